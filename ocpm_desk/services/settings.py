"""Settings an administrator keeps in the table ``settings`` (JSON values), read by the application."""

from __future__ import annotations

import json

from sqlalchemy import Engine

from ocpm_desk.adapters.db.models import Setting
from ocpm_desk.services.uow import UnitOfWork

DEFAULT_IDLE_LOCK_MINUTES = 15


def read_idle_lock_minutes(engine: Engine) -> int:
    """``idle_lock_minutes`` (1–240), 15 when unset or not a number."""
    with UnitOfWork(engine, write=False) as uow:
        row = uow.session.get(Setting, "idle_lock_minutes")
        text = row.value if row is not None else None  # read while the unit of work is open
    if text is None:
        return DEFAULT_IDLE_LOCK_MINUTES
    try:
        value = int(json.loads(text))
    except (ValueError, TypeError):
        return DEFAULT_IDLE_LOCK_MINUTES
    return min(max(value, 1), 240)
