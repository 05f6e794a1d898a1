"""bench/mailroom.py with tiny settings: it prepares its databases itself, prints one job to a PDF file, scans and
ships on SQLite (and on PostgreSQL), and ends with one JSON line (DESIGN §8). No wall-clock assertions: only that it
runs and reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench_support import BENCH, bench_env, bench_figures, bench_help

SCRIPT = BENCH / "mailroom.py"


def _env(pg_server: dict[str, str] | None = None) -> dict[str, str]:
    if pg_server is not None:
        return bench_env("CUPS_SERVER", OCPM_ROLE_PREFIX=pg_server["role_prefix"])
    return bench_env("CUPS_SERVER")


def _run(args: list[str], env: dict[str, str]) -> dict[str, object]:
    return bench_figures(SCRIPT, "--documents", "6", "--scans", "4", "--sink", "file", *args, env=env, timeout=600)


def _check_sqlite(figures: dict[str, object]) -> None:
    assert figures["benchmark"] == "mailroom"
    assert figures["print_target"] == "pdf-file"
    assert figures["print_documents"] == 6 and figures["print_pages"] == 6
    for key in ("print_merge_s", "print_submit_s", "print_total_s", "scan_ship_p50_ms_sqlite",
                "scan_ship_p95_ms_sqlite", "bare_p95_ms_sqlite", "ratio_p95_vs_bare_sqlite"):
        assert isinstance(figures[key], float) and figures[key] > 0, key
    assert figures["scan_items"] == 4
    targets = figures["targets_met"]
    assert isinstance(targets, dict) and targets["print_total_s"] is None  # judged at 500 documents only


def test_help_answers() -> None:
    help_text = bench_help(SCRIPT, _env())
    assert "--documents" in help_text and "--scans" in help_text and "--pg-url" in help_text


@pytest.mark.slow
def test_tiny_run_on_sqlite_reports_json(tmp_path: Path) -> None:
    figures = _run(["--no-postgres", "--sqlite", str(tmp_path / "mailroom.sqlite")], _env())
    _check_sqlite(figures)
    assert figures["print_database"] == "sqlite"
    assert "scan_ship_p95_ms_pg" not in figures
    assert figures["targets_met"] == {"print_total_s": None, "scan_ship_p95_ms_pg": None}


@pytest.mark.postgres
@pytest.mark.slow
def test_tiny_run_on_both_databases_reports_json(pg_server: dict[str, str], tmp_path: Path) -> None:
    figures = _run(["--pg-url", pg_server["url"], "--sqlite", str(tmp_path / "mailroom.sqlite")], _env(pg_server))
    _check_sqlite(figures)
    assert figures["print_database"] == "postgresql"
    for key in ("scan_ship_p50_ms_pg", "scan_ship_p95_ms_pg", "bare_p95_ms_pg", "ratio_p95_vs_bare_pg",
                "print_total_s_sqlite"):
        assert isinstance(figures[key], float) and figures[key] > 0, key
    targets = figures["targets_met"]
    assert isinstance(targets, dict) and isinstance(targets["scan_ship_p95_ms_pg"], bool)
