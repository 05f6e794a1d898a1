"""Bringing a database to the current schema and reference data (``init-db``, ``upgrade``)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DBAPIError

from ocpm_desk.infrastructure import migrations
from ocpm_desk.infrastructure.db.models import Order
from ocpm_desk.infrastructure.migrations.pg_write_model import reaper_ready
from ocpm_desk.infrastructure.reference_data import load_reference_data, read_reference_data
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, ConnectionFailed, DomainError
from ocpm_desk.kernel.permissions import Permission


@dataclass(frozen=True, slots=True)
class DatabaseState:
    revision_before: str | None
    revision: str
    reference_rows_changed: int
    #: PostgreSQL: whether the owner may end staff sessions that hold locks (``pg_signal_backend`` and
    #: ``pg_read_all_stats``, granted by the server's administrator); None on SQLite.
    reaper_ready: bool | None = None


def upgrade(engine: Engine) -> DatabaseState:
    """Migrate any earlier version of the schema to head (idempotent)."""
    try:
        before = migrations.current_revision(engine)
        migrations.upgrade(engine)
    except DBAPIError as exc:
        raise ConnectionFailed(" ".join(str(exc.orig).split()) if exc.orig else type(exc).__name__) from None
    with engine.connect() as connection:
        ready = reaper_ready(connection)
    return DatabaseState(before, migrations.head_revision(), 0, ready)


@use_case(Permission.MANAGE_REFERENCE_DATA)
def init_database(engine: Engine, actor: Actor) -> DatabaseState:
    """Migrate, then load the reference data of ``resources/reference`` (idempotent; audited when it changes)."""
    try:
        data = read_reference_data()
    except ValueError as exc:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "reference data is invalid: {detail}"), detail=str(exc)) from None
    state = upgrade(engine)
    with UnitOfWork(engine) as uow:
        changed = load_reference_data(uow.session, data)
        if changed:
            uow.audit(actor, "reference.loaded", "reference_data", "resources/reference", {"rows_changed": changed})
        uow.commit()
    return DatabaseState(state.revision_before, state.revision, changed, state.reaper_ready)


def is_current(engine: Engine) -> bool:
    return migrations.current_revision(engine) == migrations.head_revision()


def order_count(engine: Engine) -> int:
    with UnitOfWork(engine, write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Order)) or 0)
