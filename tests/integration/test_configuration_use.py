"""The configuration where it is used: the admin CLI's listing, the entry points refusing a bad environment with one
line naming it, the database's settings read through their declarations, the reference data checked by them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from ocpm_desk.features.reference.letterhead import read_letterhead
from ocpm_desk.features.reference.settings import database_settings, read_idle_lock_minutes
from ocpm_desk.infrastructure import config
from ocpm_desk.infrastructure.database import init_database
from ocpm_desk.infrastructure.reference_data import read_reference_data
from ocpm_desk.infrastructure.uow import SYSTEM_CLI
from ocpm_desk.kernel.errors import DomainError

REPO = Path(__file__).resolve().parents[2]


def run(module: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The command in a child process whose OCPM_* environment is only ``env`` (the PostgreSQL fixtures set
    ``OCPM_ROLE_PREFIX`` in this process once they have run)."""
    inherited = {k: v for k, v in os.environ.items() if not k.startswith("OCPM_") or k in _DIRECTORIES}
    return subprocess.run([sys.executable, "-m", module, *args], capture_output=True, text=True, timeout=300,
                          env={**inherited, "COLUMNS": "200", **(env or {})})


#: the isolated app directories tests/conftest.py gives every test
_DIRECTORIES = ("OCPM_DATA_DIR", "OCPM_CONFIG_DIR", "OCPM_LOG_DIR", "OCPM_STATE_DIR")


def store(engine: Engine, key: str, value: str | None) -> None:
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM settings WHERE key = :k"), {"k": key})
        if value is not None:
            conn.execute(text("INSERT INTO settings (key, value) VALUES (:k, :v)"), {"k": key, "v": value})


def test_the_admin_lists_every_setting_with_its_value_and_source(sqlite_engine: Engine) -> None:
    url = sqlite_engine.url.render_as_string(hide_password=False)
    store(sqlite_engine, "idle_lock_minutes", "20")
    path = config.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"printer": "Bureau-2e", "idle_lock_minutes": 999,
                                "central_url": "postgresql://camille:s3cret@db.example/ocpm"}), encoding="utf-8")
    result = run("ocpm_desk.cli", "settings", "--database", url, env={"OCPM_LANG": "en"})
    assert result.returncode == 0, result.stderr
    rows = {line.split("\t")[0]: line.split("\t") for line in result.stdout.splitlines()}
    assert list(rows) == [s.name for s in config.SETTINGS]
    assert all(len(row) == 4 and row[3] == config.setting(name).description for name, row in rows.items())
    assert rows["language"][1:3] == ["en", "environment OCPM_LANG"]
    assert rows["printer"][1:3] == ["Bureau-2e", "file"]
    assert rows["workstation_idle_lock_minutes"][1:3] == ["(the database's setting)", "default"]  # 999 set aside
    assert rows["central_url"][1:3] == ["postgresql://camille:***@db.example/ocpm", "file"]
    assert rows["idle_lock_minutes"][1:3] == ["20", "database"]
    assert rows["letterhead"][1].startswith("Office cantonal de la population et des migrations, Route de Chancy")
    assert rows["role_prefix"][1:3] == ["ocpm_", "default"]
    assert "s3cret" not in result.stdout


@pytest.mark.parametrize(("module", "args", "env", "line"), [
    ("ocpm_desk.cli", ["upgrade"], {"OCPM_ROLE_PREFIX": "Bad-"},
     "ocpm-desk-admin: error: OCPM_ROLE_PREFIX: 'Bad-' is not valid: expected lowercase letters, digits and '_', "
     "starting with a letter, at most 31"),
    ("ocpm_desk.cli", ["upgrade"], {"OCPM_DATABASE_URL": "mysql://u@h/db"},
     "ocpm-desk-admin: error: OCPM_DATABASE_URL: is not valid: expected a database URL: sqlite:///FILE or "
     "postgresql://USER@HOST:PORT/DATABASE"),
    ("ocpm_desk", [], {"OCPM_DATABASE_URL": "mysql://u@h/db"},
     "ocpm-desk: error: OCPM_DATABASE_URL: is not valid: expected a database URL: sqlite:///FILE or "
     "postgresql://USER@HOST:PORT/DATABASE"),
])  # fmt: skip
def test_a_bad_environment_stops_the_program_with_one_line_naming_it(
    module: str, args: list[str], env: dict[str, str], line: str
) -> None:
    result = run(module, *args, env=env)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [line]
    assert result.stdout == ""


def test_the_database_settings_are_read_through_their_declarations(engine: Engine) -> None:
    assert read_idle_lock_minutes(engine) == 15
    store(engine, "idle_lock_minutes", '"30"')
    assert read_idle_lock_minutes(engine) == 30
    store(engine, "idle_lock_minutes", "0")
    assert read_idle_lock_minutes(engine) == 1
    values = database_settings(engine)
    assert values["idle_lock_minutes"] == 1 and values["delivery_clock"] == config.DELIVERY_CLOCK.default


def test_a_damaged_letterhead_is_refused_with_what_to_do(engine: Engine) -> None:
    with Session(engine) as session:
        assert read_letterhead(session).office_short == "OCPM"
    store(engine, "letterhead", json.dumps({"office": "OCPM"}))
    with Session(engine) as session, pytest.raises(DomainError) as refused:
        read_letterhead(session)
    assert str(refused.value) == "the letterhead (setting 'letterhead') is not valid: run init-db to restore it"
    assert isinstance(database_settings(engine)["letterhead"], config.SettingError)
    store(engine, "letterhead", None)
    with Session(engine) as session, pytest.raises(DomainError, match="the letterhead is not configured"):
        read_letterhead(session)
    init_database(engine, SYSTEM_CLI)  # restores it from the reference data
    with Session(engine) as session:
        assert read_letterhead(session).place == "Genève"


def test_the_reference_data_may_hold_declared_settings_only(tmp_path: Path) -> None:
    shipped = (REPO / "resources" / "reference" / "letterhead.yaml").read_text(encoding="utf-8")
    (tmp_path / "letterhead.yaml").write_text(shipped, encoding="utf-8")
    assert read_reference_data(tmp_path).settings["idle_lock_minutes"] == 15
    (tmp_path / "zz-extra.yaml").write_text("settings:\n  colour: red\n", encoding="utf-8")
    with pytest.raises(ValueError, match="'colour' is not a database setting"):
        read_reference_data(tmp_path)
    (tmp_path / "zz-extra.yaml").write_text("settings:\n  idle_lock_minutes: 500\n", encoding="utf-8")
    with pytest.raises(config.SettingError, match=r"idle_lock_minutes \(database\): 500 is not valid"):
        read_reference_data(tmp_path)
