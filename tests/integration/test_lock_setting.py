"""The idle lock's setting as the real session reads it, and unlocking with the real password check."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import Engine, text

from ocpm_desk.bootstrap import AppDeskSession
from ocpm_desk.features.accounts.accounts import create_local_user
from ocpm_desk.infrastructure.uow import SYSTEM_CLI
from ocpm_desk.kernel.errors import AuthenticationFailed
from ocpm_desk.kernel.phrases import Phrase
from ocpm_desk.kernel.roles import Role


def session_on(engine: Engine) -> AppDeskSession:
    identity = create_local_user(engine, SYSTEM_CLI, "cdubois", [Role.CASEWORKER], "lock-pass-2026", "C. D.")
    return AppDeskSession(engine, identity, Phrase("test"))


def set_minutes(engine: Engine, value: object) -> None:
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM settings WHERE key = 'idle_lock_minutes'"))
        if value is not None:
            conn.execute(text("INSERT INTO settings (key, value) VALUES ('idle_lock_minutes', :v)"),
                         {"v": json.dumps(value)})


def test_the_reference_data_gives_15_minutes(sqlite_engine: Engine) -> None:
    assert session_on(sqlite_engine).idle_lock_minutes() == 15


@pytest.mark.parametrize(("stored", "minutes"), [(5, 5), (None, 15), ("abc", 15), (0, 1), (10_000, 240)])
def test_the_setting_is_read_and_bounded(sqlite_engine: Engine, stored: object, minutes: int) -> None:
    session = session_on(sqlite_engine)
    set_minutes(sqlite_engine, stored)
    assert session.idle_lock_minutes() == minutes


def test_unlock_checks_the_users_password(sqlite_engine: Engine) -> None:
    session = session_on(sqlite_engine)
    session.unlock("lock-pass-2026")
    with pytest.raises(AuthenticationFailed):
        session.unlock("wrong")


def test_the_workstation_may_only_shorten_the_databases_setting(sqlite_engine: Engine) -> None:
    from ocpm_desk.features.workstation import settings as workstation

    session = session_on(sqlite_engine)
    set_minutes(sqlite_engine, 20)
    workstation.save(workstation.WorkstationSettings(idle_lock_minutes=5))
    assert session.idle_lock_minutes() == 5
    workstation.save(workstation.WorkstationSettings(idle_lock_minutes=60))
    assert session.idle_lock_minutes() == 20  # the administrator's limit holds
    workstation.save(workstation.WorkstationSettings())
    assert session.idle_lock_minutes() == 20
