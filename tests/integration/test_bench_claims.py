"""bench/claims.py on PostgreSQL, with tiny settings: it prepares the database, claims without double claims, keeps
the audit chain intact and ends with one JSON line (DESIGN §8)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "bench" / "claims.py"


def _env(pg_server: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("OCPM_DATABASE_URL", None)
    if pg_server is not None:
        env["OCPM_DATABASE_URL"] = pg_server["url"]
        env["OCPM_ROLE_PREFIX"] = pg_server["role_prefix"]
    return env


def test_help_answers() -> None:
    result = subprocess.run([sys.executable, str(SCRIPT), "--help"], capture_output=True, text=True, timeout=60,
                            env=_env(), check=False)
    assert result.returncode == 0, result.stderr
    assert "--workers" in result.stdout and "--no-pgbench" in result.stdout


def test_refuses_sqlite(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, str(SCRIPT), "--database", f"sqlite:///{tmp_path / 'x.sqlite'}",
                             "--no-pgbench"], capture_output=True, text=True, timeout=120, env=_env(), check=False)
    assert result.returncode != 0
    assert "PostgreSQL" in result.stderr


@pytest.mark.postgres
@pytest.mark.slow
def test_eight_processes_claiming_at_once_never_get_the_same_order(pg_server: dict[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--workers", "1,8", "--seconds", "2", "--orders", "2000", "--no-pgbench"],
        capture_output=True, text=True, timeout=600, env=_env(pg_server), cwd=ROOT, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["double_claims"] == 0
    assert figures["audit_chain_intact"] is True
    assert set(figures["claims_per_s"]) == {"1", "8"}
    assert all(rate > 0 for rate in figures["claims_per_s"].values())
    assert figures["pgbench_simple_update_tps_4"] is None
    assert figures["target_ratio"] == 0.3
