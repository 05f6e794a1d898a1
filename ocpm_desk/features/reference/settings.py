"""Settings an administrator keeps in the table ``settings`` (JSON values), read by the application.

Their names, types, defaults and checks are declared in ``ocpm_desk.infrastructure.config`` (``Store.DATABASE``);
this module reads
them in a unit of work. They are written by ``init-db`` from the reference data (``adapters/reference_data.py``,
through ``config.encode``).
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from ocpm_desk.infrastructure import config
from ocpm_desk.infrastructure.db.models import Setting
from ocpm_desk.infrastructure.uow import UnitOfWork

T = TypeVar("T")



def read_setting(session: Session, setting: config.Setting[T]) -> T:
    """The value of a database setting, read in the caller's unit of work: its default when the row is missing; a
    stored value that is not valid is reported and gives the default, or raises ``config.SettingError`` (as the
    setting declares)."""
    row = session.get(Setting, setting.stored_as)
    return config.decode(setting, row.value if row is not None else None)


def read_idle_lock_minutes(engine: Engine) -> int:
    """``idle_lock_minutes`` (1–240; a number out of bounds is read as the nearest bound), 15 when unset or not a
    number."""
    with UnitOfWork(engine, write=False) as uow:
        return read_setting(uow.session, config.IDLE_LOCK_MINUTES)


def database_settings(engine: Engine) -> dict[str, object]:
    """Every database setting's value (``ocpm-desk-admin settings``); the ``config.SettingError`` of one whose
    stored value is refused."""
    with UnitOfWork(engine, write=False) as uow:
        out: dict[str, object] = {}
        for setting in config.in_store(config.Store.DATABASE):
            try:
                out[setting.name] = read_setting(uow.session, setting)
            except config.SettingError as error:
                out[setting.name] = error
        return out
