"""bench/work_queue.py with tiny settings on a temporary SQLite file: it loads the database itself, measures ours and
both peers, and ends with one JSON line (DESIGN §8). No wall-clock assertions: only that it runs and reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench_support import BENCH, bench_env, bench_figures, bench_help, run_bench

SCRIPT = BENCH / "work_queue.py"


def _env() -> dict[str, str]:
    return bench_env(QT_QPA_PLATFORM="offscreen")


def test_help_answers() -> None:
    help_text = bench_help(SCRIPT, _env())
    assert "--orders" in help_text and "--repeat" in help_text and "--database" in help_text


def test_rejects_a_tiny_queue() -> None:
    result = run_bench(SCRIPT, "--orders", "10", env=_env())
    assert result.returncode != 0
    assert "at least" in result.stderr


@pytest.mark.slow
def test_tiny_run_reports_json(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'queue.sqlite'}"
    figures = bench_figures(SCRIPT, "--orders", "2000", "--repeat", "1", "--database", url, env=_env(), timeout=600)
    assert figures["benchmark"] == "queue"
    assert figures["repeat"] == 1
    size = figures["sizes"]["2000"]["sqlite"]
    ours = size["ours"]
    for key in ("count_ms", "first_page_ms", "count_and_first_page_ms", "sort_change_ms", "filter_change_ms",
                "jump_half_ms", "jump_last_ms", "gui_first_screen_ms", "gui_count_known_ms", "gui_sort_change_ms",
                "gui_filter_change_ms", "gui_jump_half_ms", "gui_jump_last_ms", "gui_reach_half_ms", "rss_mb"):
        assert ours[key] > 0, key
    assert ours["half_row"] == 1000
    assert set(size["bare_query"]) >= {"count_ms", "first_page_ms", "count_and_first_page_ms", "jump_half_ms",
                                       "jump_last_ms"}
    assert set(size["qsqlquerymodel"]) >= {"reach_half_ms", "walk_half_ms", "reach_last_ms", "rss_mb_last"}
    assert size["ratio_vs_qsqlquerymodel_row_half"] > 0
    assert size["ratio_vs_qsqlquerymodel_row_half_from_open"] > 0
    assert size["ratio_vs_bare_query"] > 0
    assert size["rows_agree"] is True  # ours, the bare query and QSqlQueryModel read the same row n/2
    # the ratios to QSqlQueryModel and to the bare query are checked at row 500 000 only (one million orders)
    assert set(size["targets_met"]) == {"first_screen_ms", "sort_change_ms", "filter_change_ms", "jump_half_ms",
                                        "jump_last_ms"}
