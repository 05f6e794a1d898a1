"""bench/claims.py on PostgreSQL, with tiny settings: it prepares the database, claims without double claims, keeps
the audit chain intact and ends with one JSON line (DESIGN §8)."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench_support import BENCH, bench_env, bench_figures, bench_help, run_bench

SCRIPT = BENCH / "claims.py"


def test_help_answers() -> None:
    help_text = bench_help(SCRIPT, bench_env())
    assert "--workers" in help_text and "--no-pgbench" in help_text


def test_refuses_sqlite(tmp_path: Path) -> None:
    result = run_bench(SCRIPT, "--database", f"sqlite:///{tmp_path / 'x.sqlite'}", "--no-pgbench", env=bench_env(),
                       timeout=120)
    assert result.returncode != 0
    assert "PostgreSQL" in result.stderr


@pytest.mark.postgres
@pytest.mark.slow
def test_eight_processes_claiming_at_once_never_get_the_same_order(pg_server: dict[str, str]) -> None:
    env = bench_env(OCPM_DATABASE_URL=pg_server["url"], OCPM_ROLE_PREFIX=pg_server["role_prefix"])
    figures = bench_figures(SCRIPT, "--workers", "1,8", "--seconds", "2", "--orders", "2000", "--no-pgbench", env=env,
                            timeout=600)
    assert figures["double_claims"] == 0
    assert figures["audit_chain_intact"] is True
    assert set(figures["claims_per_s"]) == {"1", "8"}
    assert all(rate > 0 for rate in figures["claims_per_s"].values())
    assert figures["pgbench_simple_update_tps_4"] is None
    assert figures["target_ratio"] == 0.3
