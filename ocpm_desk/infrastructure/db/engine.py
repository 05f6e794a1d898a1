"""Engines for the embedded SQLite file and the central PostgreSQL."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

#: A pooled PostgreSQL connection idle for longer than this is pinged before use (one round trip); one given back
#: a moment ago is used as it is: a busy workstation (or worker) does not pay a ping per unit of work.
PING_AFTER_IDLE_S = 1.0


def normalize_url(url: str | URL) -> URL:
    """``postgresql://`` → the psycopg 3 driver; anything else unchanged."""
    u = make_url(url) if isinstance(url, str) else url
    if u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername="postgresql+psycopg")
    return u


def make_engine(url: str | URL, *, pool_size: int = 5, **kwargs: Any) -> Engine:
    u = normalize_url(url)
    if u.get_backend_name() == "sqlite":
        engine = create_engine(u, poolclass=NullPool if u.database in (None, "", ":memory:") else None,
                               connect_args={"timeout": 30}, **kwargs)
        _configure_sqlite(engine)
        return engine
    if u.get_backend_name() == "postgresql":
        engine = create_engine(
            u,
            pool_size=pool_size,
            max_overflow=pool_size,
            pool_recycle=1800,
            connect_args={"connect_timeout": 5, "application_name": "ocpm-desk"},
            **kwargs,
        )
        _ping_idle_connections(engine)
        return engine
    raise ValueError(f"unsupported database {u.get_backend_name()!r}: use sqlite:/// or postgresql://")


def _configure_sqlite(engine: Engine) -> None:
    """WAL, foreign keys, and explicit BEGIN so that writers can take the lock up front.

    pysqlite's own transaction handling is turned off; every transaction starts with ``BEGIN`` — or
    ``BEGIN IMMEDIATE`` when the connection carries the execution option ``sqlite_begin="IMMEDIATE"``
    (the unit of work does so for writes): the single-writer equivalent of PostgreSQL's row locks, since
    SQLAlchemy silently drops ``with_for_update`` on SQLite.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def _ping_idle_connections(engine: Engine) -> None:
    """Pessimistic disconnect handling, as ``pool_pre_ping`` but only for connections idle a while.

    A connection that fails its ping is replaced before the caller sees it (the pool retries on
    ``DisconnectionError``); one that died within the last second fails its unit of work, which reports
    ``ConnectionFailed`` and leaves the pool a fresh connection for the next attempt.
    """

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_connection: Any, record: Any) -> None:
        record.info["ocpm_idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        idle_since = record.info.pop("ocpm_idle_since", None)
        if idle_since is None or time.monotonic() - idle_since <= PING_AFTER_IDLE_S:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except Exception as error:
            raise exc.DisconnectionError(f"stale connection: {type(error).__name__}") from error
        if not alive:
            raise exc.DisconnectionError("stale connection")
