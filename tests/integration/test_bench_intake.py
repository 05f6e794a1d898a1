"""bench/intake.py with a small file: its generator writes lines that do what it says, and the script imports them
with the real CLI into SQLite (and PostgreSQL), checks the counts and ends with one JSON line (DESIGN §8). No
wall-clock assertions: only that it runs, that the counts add up and match, and that it reports its figures."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from bench_support import BENCH, bench_env, bench_figures, bench_help, run_bench

SCRIPT = BENCH / "intake.py"
RECORDS = 2000
PER_DATABASE = ("records_per_s", "rerun_records_per_s", "small_records_per_s", "peak_rss_mb", "small_peak_rss_mb",
                "peak_rss_ratio", "startup_s")


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_intake", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _env() -> dict[str, str]:
    return bench_env("OCPM_ROLE_PREFIX")  # the script makes (and drops) its own group roles


def _run(args: list[str]) -> dict[str, Any]:
    figures = bench_figures(SCRIPT, "--records", str(RECORDS), *args, env=_env(), timeout=900)
    assert figures["benchmark"] == "intake"
    assert figures["records"] == RECORDS and figures["records_small"] == RECORDS // 10
    expected = figures["expected"]
    assert expected["lines"] == RECORDS
    assert expected["lines"] == (expected["imported"] + expected["updated"] + expected["unchanged"]
                                 + expected["quarantined"])
    assert min(expected.values()) > 0  # every kind of outcome is exercised
    assert figures["counts_ok"] is True  # each import's summary matched the generator, re-import all unchanged
    assert figures["parse_records_per_s"] > 0
    assert figures["target_records_per_s"] == 5000
    for key in PER_DATABASE:
        assert isinstance(figures[f"sqlite_{key}"], float) and figures[f"sqlite_{key}"] > 0, key
    assert isinstance(figures["peak_rss_ratio"], float)
    assert isinstance(figures["targets_met"]["sqlite_records_per_s"], bool)
    return figures


def test_help_answers() -> None:
    help_text = bench_help(SCRIPT, _env())
    for option in ("--records", "--seed", "--postgres", "--skip-postgres"):
        assert option in help_text


def test_rejects_too_few_records() -> None:
    result = run_bench(SCRIPT, "--records", "10", env=_env())
    assert result.returncode != 0
    assert "--records" in result.stderr


def test_generated_lines_do_what_the_generator_says(tmp_path: Path) -> None:
    from ocpm_desk.features.intake.rules import IntakeOrder, Quarantined, read_line
    from ocpm_desk.kernel.identifiers import is_valid_avs

    bench = _bench()
    path = tmp_path / "intake.jsonl"
    expected = bench.write_records(path, 3000, seed=7)
    assert bench.write_records(tmp_path / "again.jsonl", 3000, seed=7).counts() == expected.counts()
    assert (tmp_path / "again.jsonl").read_bytes() == path.read_bytes()  # deterministic
    assert expected.lines == 3000 and path.stat().st_size == expected.bytes
    services = frozenset(bench.SERVICES)
    quarantined = 0
    reasons: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    wrong_avs: set[str] = set()  # references (a payment line or a line sent twice repeats its order's)
    with path.open("rb") as f:
        for number, raw in enumerate(f, 1):
            parsed = read_line(number, raw.rstrip(b"\n"), services)
            if isinstance(parsed, Quarantined):
                quarantined += 1
                reasons["card" if parsed.card_number else parsed.reasons[0].key] += 1
                assert "4111 1111 1111" not in parsed.text and "411111111111" not in parsed.text
            else:
                assert isinstance(parsed, IntakeOrder)
                statuses[parsed.status.value] += 1
                if not is_valid_avs(parsed.applicant.avs):
                    wrong_avs.add(parsed.reference)
                assert parsed.ordered_at.year == 2026
    assert quarantined == expected.parse_quarantined
    assert reasons["card"] == expected.kinds["card_number"] > 0
    assert set(statuses) == {"paid", "awaiting_payment", "cancelled"}
    assert len(wrong_avs) == expected.defects["wrong_avs_check_digit"] > 0


@pytest.mark.slow
def test_small_run_on_sqlite_reports_json() -> None:
    figures = _run(["--skip-postgres"])
    assert "postgresql_records_per_s" not in figures
    assert figures["targets_met"]["postgresql_records_per_s"] is None


@pytest.mark.postgres
@pytest.mark.slow
def test_small_run_on_both_databases_reports_json(pg_server: dict[str, str]) -> None:
    # --postgres names the server through the run's test database: the script creates and drops its own beside it
    figures = _run(["--postgres", pg_server["url"]])
    for key in PER_DATABASE:
        assert isinstance(figures[f"postgresql_{key}"], float) and figures[f"postgresql_{key}"] > 0, key
    assert isinstance(figures["targets_met"]["postgresql_records_per_s"], bool)
