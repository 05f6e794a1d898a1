"""``init-db`` and ``upgrade``: the database brought to the current schema (and its reference data)."""

from __future__ import annotations

import typer

from ocpm_desk.admin.common import DatabaseOption, open_engine, run


def init_db(database: DatabaseOption = None) -> None:
    """Migrate to the current schema and load the reference data (idempotent)."""
    from ocpm_desk.infrastructure.database import init_database
    from ocpm_desk.infrastructure.uow import SYSTEM_CLI

    engine = open_engine(database)
    state = run(lambda: init_database(engine, SYSTEM_CLI))
    typer.echo(
        f"database at revision {state.revision}; {state.reference_rows_changed} reference rows added or changed"
    )
    warn_reaper(state.reaper_ready)


def warn_reaper(ready: bool | None) -> None:
    if ready is False:
        typer.echo("warning: the database owner lacks pg_signal_backend or pg_read_all_stats: a staff "
                   "session that keeps locks is not ended (README, « Central database »)", err=True)


def upgrade(database: DatabaseOption = None) -> None:
    """Bring any earlier version of the schema to the current one."""
    from ocpm_desk.infrastructure.database import upgrade as do_upgrade

    engine = open_engine(database)
    state = run(lambda: do_upgrade(engine))
    before = state.revision_before or "empty"
    typer.echo(f"database upgraded from {before} to {state.revision}")
    warn_reaper(state.reaper_ready)
