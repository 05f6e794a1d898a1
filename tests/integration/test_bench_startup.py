"""bench/startup.py with tiny settings: the start-up beside a bare PySide6 window, then login → a filled queue on a
fresh PostgreSQL database it seeds and drops; it ends with one JSON line (DESIGN §8). No wall-clock assertions."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "bench" / "startup.py"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
PG_SERVER = os.environ.get("OCPM_TEST_POSTGRES_URL", "postgresql://127.0.0.1:5432/postgres")


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("OCPM_DATABASE_URL", None)
    env.pop("OCPM_ROLE_PREFIX", None)  # the bench gives its own to the database it creates
    return env


def test_help_answers() -> None:
    result = subprocess.run([sys.executable, str(SCRIPT), "--help"], capture_output=True, text=True, timeout=60,
                            env=_env(), check=False)
    assert result.returncode == 0, result.stderr
    assert "--runs" in result.stdout and "--orders" in result.stdout and "--skip-postgres" in result.stdout


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
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--runs", "2", "--orders", "2000", "--server", PG_SERVER],
        capture_output=True, text=True, timeout=900, env=_env(), cwd=ROOT, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
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
    result = subprocess.run([sys.executable, str(SCRIPT), "--runs", "1", "--skip-postgres"], capture_output=True,
                            text=True, timeout=300, env=_env(), cwd=ROOT, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert "login" not in figures and figures["login_dialog_s_median"] > 0 and figures["bare_window_s_median"] > 0
    # The ORM, the PDF and print modules, the driver, keyring, holidays, pydantic, the main window: none is loaded
    # before the login dialog has painted (issue 8, point 7).
    assert figures["startup"]["deferred_modules_loaded_early"] == []
