"""bench/startup.py with tiny settings: the start-up beside a bare PySide6 window, then login → a filled queue on a
fresh PostgreSQL database it seeds and drops; it ends with one JSON line (DESIGN §8). No wall-clock assertions."""

from __future__ import annotations

import os

import pytest
from bench_support import BENCH, bench_env, bench_figures, bench_help

SCRIPT = BENCH / "startup.py"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
PG_SERVER = os.environ.get("OCPM_TEST_POSTGRES_URL", "postgresql://127.0.0.1:5432/postgres")


def _env() -> dict[str, str]:
    return bench_env("OCPM_ROLE_PREFIX", QT_QPA_PLATFORM="offscreen")  # the bench gives its own to its database


def test_help_answers() -> None:
    help_text = bench_help(SCRIPT, _env())
    assert "--runs" in help_text and "--orders" in help_text and "--skip-postgres" in help_text


def _server_reachable() -> bool:
    import psycopg
    from sqlalchemy.engine import make_url

    try:
        psycopg.connect(make_url(PG_SERVER).set(drivername="postgresql").render_as_string(hide_password=False),
                        connect_timeout=5).close()
    except psycopg.OperationalError:
        return False
    return True


@pytest.mark.slow
@pytest.mark.postgres
def test_tiny_run_reports_json() -> None:
    if not _server_reachable():
        if IN_CI:
            pytest.fail(f"CI=true requires PostgreSQL tests to run — unreachable: {PG_SERVER}", pytrace=False)
        pytest.skip(f"PostgreSQL unreachable at {PG_SERVER}")
    figures = bench_figures(SCRIPT, "--runs", "2", "--orders", "2000", "--server", PG_SERVER, env=_env(), timeout=900)
    assert figures["benchmark"] == "startup"
    start = figures["startup"]
    assert start["runs"] == 2
    for key in ("login_dialog_s_median", "login_dialog_s_min", "bare_window_s_median", "bare_window_s_min"):
        assert start[key] > 0, key
    login = figures["login"]
    assert login["orders"] == 2000 and login["queue_rows"] > 0 and login["runs"] == 3
    assert sorted(login["login_to_queue_s_each"])[1] == login["login_to_queue_s"]  # the median of three
    assert 0 < login["login_s"] <= login["login_to_queue_s"]
    for key in ("login_dialog_s_median", "bare_window_s_median", "login_to_queue_s"):
        assert figures[key] > 0, key
    assert set(figures["targets_met"]) == {"login_dialog_s_median", "login_to_queue_s"}


def test_skip_postgres_measures_the_start_up_only() -> None:
    figures = bench_figures(SCRIPT, "--runs", "1", "--skip-postgres", env=_env(), timeout=300)
    assert "login" not in figures and figures["login_dialog_s_median"] > 0 and figures["bare_window_s_median"] > 0
    # The ORM, the PDF and print modules, the driver, keyring, holidays, pydantic, the main window: none is loaded
    # before the login dialog has painted (issue 8, point 7).
    assert figures["startup"]["deferred_modules_loaded_early"] == []
