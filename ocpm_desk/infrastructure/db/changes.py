"""Being told that orders changed on another workstation (DESIGN §5, live updates).

- **PostgreSQL**: a dedicated psycopg connection (autocommit, outside the engine's pool) ``LISTEN``s on the channel
  the migration 0005 notifies after every statement writing ``orders``; ``wait`` sleeps in ``select`` on its socket
  until a notification arrives. A lost connection is opened again at the next ``wait``, which then reports a change
  (some may have been missed meanwhile). TCP keepalives find a silently dead server within about a minute.
  After each notification or timeout the watcher also seals the audit chain (migration 0007: writers never seal):
  ``ocpm_try_seal_audit()``, one short autocommit statement on a second connection of its own, which returns at once
  when another session is sealing; so a running office keeps the chain sealed within about a second of each write.
- **SQLite**: no notifications; a dedicated connection reads ``PRAGMA data_version`` every ``SQLITE_CHECK_S``
  seconds: its value changes when another connection (another process, or this one's pool) committed.

Each watcher serves one waiting thread at a time. ``close`` (from any thread) wakes a waiter at once, waits for it
to leave, then closes the connection: never a libpq call racing another thread on one connection.
"""

from __future__ import annotations

import contextlib
import logging
import select
import socket
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any, Protocol

import psycopg
from psycopg import sql
from sqlalchemy import Engine
from sqlalchemy.engine import URL

log = logging.getLogger(__name__)

#: The channel of migration 0005 (``ocpm_orders_notify``).
ORDERS_CHANNEL = "ocpm_orders"
#: How often SQLite's data_version is read.
SQLITE_CHECK_S = 2.0
#: The watcher seals the audit chain at most this often (seconds).
SEAL_EVERY_S = 0.2
#: Libpq options of the listening connection: a short connect timeout, and keepalives so that a server gone
#: without a word (network cut) is noticed and the connection opened again.
_PG_OPTIONS = {"connect_timeout": 5, "application_name": "ocpm-desk-listen", "keepalives": 1, "keepalives_idle": 30,
               "keepalives_interval": 10, "keepalives_count": 3}  # fmt: skip


class ChangeWatcher(Protocol):
    def wait(self, timeout: float) -> bool:
        """Block up to ``timeout`` seconds; True as soon as orders (PostgreSQL) or the file (SQLite) changed."""
        ...

    def close(self) -> None: ...


def watcher_for(engine: Engine) -> ChangeWatcher:
    """The watcher fitting the engine's database (a watcher that only sleeps for a database in memory)."""
    url = engine.url
    if url.get_backend_name() == "postgresql":
        return PostgresListener(url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return SqliteWatcher(str(url.database))
    return _Sleeper()


class _Sleeper:
    def __init__(self) -> None:
        self._closed = threading.Event()

    def wait(self, timeout: float) -> bool:
        self._closed.wait(max(timeout, 0.0))
        return False

    def close(self) -> None:
        self._closed.set()


class PostgresListener:
    """``LISTEN ocpm_orders`` on a connection of its own (with the login's credentials: the URL's)."""

    def __init__(self, url: URL, channel: str = ORDERS_CHANNEL) -> None:
        self._conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._channel = channel
        self._conn: psycopg.Connection[Any] | None = None
        self._lock = threading.Lock()  # held by the waiting thread; close() takes it to close the connection
        self._closed = threading.Event()
        self._wake_read, self._wake_write = socket.socketpair()
        self._wake_read.setblocking(False)
        self._lost = False  # the connection was lost: the next successful wait reports a change
        self._failing = False  # the last connection attempt failed (logged once until it works again)
        self._seal_conn: psycopg.Connection[Any] | None = None  # the audit sealer's own connection (autocommit)
        self._seal_off = False  # the database has no ocpm_try_seal_audit() (not migrated to 0007): never try again
        self._next_seal = 0.0

    @property
    def backend_pid(self) -> int | None:
        """The server process of the listening connection (tests terminate it to simulate a lost connection)."""
        conn = self._conn
        return None if conn is None or conn.closed else conn.info.backend_pid

    def wait(self, timeout: float) -> bool:
        with self._lock:
            changed = self._wait(timeout)
            if self._conn is not None and not self._closed.is_set():  # the server answers: seal
                self._seal()
            return changed

    def _seal(self) -> None:
        """Seal what writers left pending (``ocpm_try_seal_audit()``: never waits for another sealer)."""
        now = time.monotonic()
        if self._seal_off or now < self._next_seal:
            return
        self._next_seal = now + SEAL_EVERY_S
        try:
            if self._seal_conn is None or self._seal_conn.closed:
                options = {**_PG_OPTIONS, "application_name": "ocpm-desk-seal"}
                self._seal_conn = psycopg.connect(self._conninfo, autocommit=True, **options)  # type: ignore[arg-type]
            self._seal_conn.execute("SELECT ocpm_try_seal_audit()")
        except psycopg.errors.UndefinedFunction:
            self._seal_off = True
        except psycopg.Error as exc:
            log.debug("could not seal the audit chain (%s): will try again", type(exc).__name__)
            self._drop_seal()

    def _drop_seal(self) -> None:
        conn, self._seal_conn = self._seal_conn, None
        if conn is not None:
            with contextlib.suppress(psycopg.Error):
                conn.close()

    def _wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + max(timeout, 0.0)
        if self._closed.is_set():
            return False
        conn = self._conn
        if conn is None:
            try:
                conn = self._connect()
            except psycopg.Error as exc:
                if not self._failing:
                    log.warning("cannot listen for changes: %s", type(exc).__name__)
                    self._failing = True
                self._closed.wait(max(deadline - time.monotonic(), 0.0))
                return False
            if self._failing:
                log.info("listening for changes again")
                self._failing = False
            if self._lost:
                self._lost = False
                return True  # changes may have come while the connection was down
        try:
            return self._wait_on(conn, deadline)
        except (psycopg.Error, OSError) as exc:
            log.info("the listening connection was lost (%s): it will be opened again", type(exc).__name__)
            self._drop()
            self._lost = True
            return False

    def _connect(self) -> psycopg.Connection[Any]:
        conn = psycopg.connect(self._conninfo, autocommit=True, **_PG_OPTIONS)  # type: ignore[arg-type]
        try:
            conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(self._channel)))
        except BaseException:
            conn.close()
            raise
        self._conn = conn
        return conn

    def _wait_on(self, conn: psycopg.Connection[Any], deadline: float) -> bool:
        pgconn = conn.pgconn
        if self._drain(pgconn, consume=False):
            return True
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self._closed.is_set():
                return False
            wake = self._wake_read.fileno()
            readable, _, _ = select.select([pgconn.socket, wake], [], [], remaining)
            if wake in readable:
                return False  # closing
            if readable and self._drain(pgconn, consume=True):
                return True

    @staticmethod
    def _drain(pgconn: psycopg.pq.abc.PGconn, *, consume: bool) -> bool:
        """Read what the socket holds; True if notifications were among it (all of them are taken: one change)."""
        if consume:
            pgconn.consume_input()  # raises OperationalError on a dead connection
        if pgconn.status != psycopg.pq.ConnStatus.OK:
            raise psycopg.OperationalError("the listening connection is broken")
        got = False
        while pgconn.notifies() is not None:
            got = True
        return got

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(psycopg.Error):
                conn.close()

    def close(self) -> None:
        if self._closed.is_set():
            return
        self._closed.set()
        with contextlib.suppress(OSError):
            self._wake_write.send(b"\0")
        with self._lock:  # the waiter has left
            self._drop()
            self._drop_seal()
            self._wake_read.close()
            self._wake_write.close()


class SqliteWatcher:
    """``PRAGMA data_version`` of a connection of its own, read every ``check_every`` seconds."""

    def __init__(self, path: str, check_every: float = SQLITE_CHECK_S) -> None:
        self._path = path
        self._every = check_every
        self._conn: sqlite3.Connection | None = None
        self._version: int | None = None  # meaningful against the same connection's earlier values only
        self._reopened = False  # the connection was opened again: changes may have been missed
        self._next_check = 0.0
        self._lock = threading.Lock()
        self._closed = threading.Event()

    def wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + max(timeout, 0.0)
        with self._lock:
            while not self._closed.is_set():
                now = time.monotonic()
                if now >= self._next_check:
                    self._next_check = now + self._every
                    if self._changed():
                        return True
                if now >= deadline:
                    return False
                self._closed.wait(max(min(self._next_check, deadline) - now, 0.0))
            return False

    def _changed(self) -> bool:
        try:
            if self._conn is None:
                # read-only, outside any transaction: the pragma then sees every commit of other connections
                uri = Path(self._path).resolve().as_uri() + "?mode=ro"  # any path: spaces, '?', '#', drive letters
                self._conn = sqlite3.connect(uri, uri=True, timeout=5, check_same_thread=False, isolation_level=None)
            version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error as exc:
            log.info("cannot read the database's version (%s): will try again", type(exc).__name__)
            self._close_connection()
            return False
        changed = version != self._version if self._version is not None else self._reopened
        self._version, self._reopened = version, False
        return changed

    def _close_connection(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()
            self._version, self._reopened = None, True

    def close(self) -> None:
        self._closed.set()
        with self._lock:
            self._close_connection()
