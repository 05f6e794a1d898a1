"""bench/queue.py with tiny settings on a temporary SQLite file: it loads the database itself, measures ours and
both peers, and ends with one JSON line (DESIGN §8). No wall-clock assertions: only that it runs and reports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "bench" / "queue.py"


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("OCPM_DATABASE_URL", None)
    return env


def test_help_answers() -> None:
    result = subprocess.run([sys.executable, str(SCRIPT), "--help"], capture_output=True, text=True, timeout=60,
                            env=_env(), check=False)
    assert result.returncode == 0, result.stderr
    assert "--orders" in result.stdout and "--repeat" in result.stdout and "--database" in result.stdout


def test_rejects_a_tiny_queue() -> None:
    result = subprocess.run([sys.executable, str(SCRIPT), "--orders", "10"], capture_output=True, text=True,
                            timeout=60, env=_env(), check=False)
    assert result.returncode != 0
    assert "at least" in result.stderr


@pytest.mark.slow
def test_tiny_run_reports_json(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'queue.sqlite'}"
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--orders", "2000", "--repeat", "1", "--database", url],
        capture_output=True, text=True, timeout=600, env=_env(), cwd=ROOT, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
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
