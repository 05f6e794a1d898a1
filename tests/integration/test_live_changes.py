"""Live updates (DESIGN §5): a change committed on one workstation wakes the others — PostgreSQL within a second
(LISTEN/NOTIFY, migration 0005), SQLite by ``PRAGMA data_version`` every 2 s. Real databases, real sessions."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from ocpm_factories import add_orders, add_staff
from sqlalchemy import Engine, text

from ocpm_desk.bootstrap import AppDeskSession
from ocpm_desk.features.accounts.api import StaffIdentity
from ocpm_desk.features.casework import claiming
from ocpm_desk.infrastructure import migrations
from ocpm_desk.infrastructure.db.changes import PostgresListener, SqliteWatcher
from ocpm_desk.infrastructure.uow import Actor
from ocpm_desk.kernel.phrases import Phrase
from ocpm_desk.kernel.roles import Role


def _session(engine: Engine, actor: Actor) -> AppDeskSession:
    return AppDeskSession(engine, StaffIdentity(actor.username, actor.username.title(), actor.roles), Phrase("test"))


class Waiter:
    """``wait_for_change`` on a thread of its own (as the GUI's worker does), and what it returned."""

    def __init__(self, wait: object, timeout: float) -> None:
        self.result: bool | None = None
        self._wait = wait
        self._thread = threading.Thread(target=self._run, args=(timeout,), daemon=True)
        self._thread.start()

    def _run(self, timeout: float) -> None:
        self.result = self._wait(timeout)  # type: ignore[operator]

    def join(self, timeout: float = 10) -> bool | None:
        self._thread.join(timeout)
        assert not self._thread.is_alive(), "wait_for_change did not return"
        return self.result


def assert_closing_wakes(wait: Callable[[float], bool], close: Callable[[], None], *, after: float) -> None:
    """``close``, ``after`` seconds of a ``wait`` (30 s) on a thread of its own, ends that wait: it returns False
    long before its 30 s are out."""
    waiting = Waiter(wait, 30.0)
    time.sleep(after)
    close()
    assert waiting.join(5) is False


def _settle(session: AppDeskSession) -> None:
    """The listener connected and nothing pending (the orders just written announced themselves)."""
    session.wait_for_change(0.3)
    while session.wait_for_change(0.3):
        pass


# ------------------------------------------------------------------------------------------------ PostgreSQL


@pytest.fixture
def two_sessions(pg_engine: Engine) -> Iterator[tuple[AppDeskSession, AppDeskSession, list[int]]]:
    anne = add_staff(pg_engine, "anne", Role.CASEWORKER)
    luca = add_staff(pg_engine, "luca", Role.CASEWORKER)
    orders = add_orders(pg_engine, 3)
    first, second = _session(pg_engine, anne), _session(pg_engine, luca)
    yield first, second, orders
    first.close()
    second.close()


@pytest.mark.postgres
def test_a_claim_on_one_workstation_wakes_the_other_by_its_notification(
    two_sessions: tuple[AppDeskSession, AppDeskSession, list[int]],
) -> None:
    first, second, orders = two_sessions
    _settle(first)
    _settle(second)
    waiting = Waiter(first.wait_for_change, 5.0)
    time.sleep(0.2)  # waiting in select
    second.casework.claim(orders[0], 1)
    assert waiting.join() is True  # woken by the notification, not at the end of its 5 s wait
    # and the other way round
    waiting = Waiter(second.wait_for_change, 5.0)
    time.sleep(0.2)
    first.casework.claim(orders[1], 1)
    assert waiting.join() is True


@pytest.mark.postgres
def test_the_watcher_seals_what_writers_left_pending(
    pg_engine: Engine, two_sessions: tuple[AppDeskSession, AppDeskSession, list[int]],
) -> None:
    """Writers never seal (migration 0007): a running desk's watcher does, after a notification or a timeout."""
    first, second, orders = two_sessions
    _settle(first)
    pending = text("SELECT count(*) FROM audit_events WHERE hash IS NULL")
    second.casework.claim(orders[0], 1)
    with pg_engine.connect() as conn:
        assert conn.scalar(pending) > 0  # the claim's events, written pending
    deadline = time.monotonic() + 3.0
    first.wait_for_change(1.0)  # woken by the claim, then seals
    while time.monotonic() < deadline:
        with pg_engine.connect() as conn:
            if conn.scalar(pending) == 0:
                break
        first.wait_for_change(0.3)
    with pg_engine.connect() as conn:
        assert conn.scalar(pending) == 0
        assert conn.scalar(text("SELECT count(*) FROM audit_events WHERE action = 'order.claim'")) == 1


@pytest.mark.postgres
def test_one_transaction_is_one_change_and_a_rollback_none(pg_engine: Engine) -> None:
    add_orders(pg_engine, 3)
    session = _session(pg_engine, add_staff(pg_engine, "anne", Role.CASEWORKER))
    try:
        _settle(session)
        with pg_engine.begin() as conn:  # three statements, one transaction
            for reference in ("ED-2026-%1", "ED-2026-%2", "ED-2026-%3"):
                conn.execute(text("UPDATE orders SET updated_by = 'direct sql' WHERE reference LIKE :r"),
                             {"r": reference})  # fmt: skip
        assert session.wait_for_change(2.0) is True
        assert session.wait_for_change(0.3) is False  # folded into one notification
        with pg_engine.connect() as conn:
            conn.execute(text("UPDATE orders SET updated_by = 'never'"))
            conn.rollback()
        assert session.wait_for_change(0.5) is False
    finally:
        session.close()


@pytest.mark.postgres
def test_the_listener_comes_back_after_losing_its_connection(pg_engine: Engine) -> None:
    (order_id,) = add_orders(pg_engine, 1)
    listener = PostgresListener(pg_engine.url)
    try:
        assert listener.wait(0.2) is False  # connects and listens
        pid = listener.backend_pid
        assert pid is not None
        with pg_engine.connect() as conn:
            assert conn.scalar(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}) is True
        deadline = time.monotonic() + 5
        while listener.backend_pid == pid and time.monotonic() < deadline:
            assert listener.wait(0.2) is False  # the loss is noticed
        assert listener.wait(1.0) is True  # connected again: changes may have been missed, said as a change
        assert listener.backend_pid not in (None, pid)
        with pg_engine.begin() as conn:
            conn.execute(text("UPDATE orders SET updated_by = 'after' WHERE id = :id"), {"id": order_id})
        assert listener.wait(2.0) is True
    finally:
        listener.close()


@pytest.mark.postgres
def test_closing_wakes_a_waiting_listener_at_once(pg_engine: Engine) -> None:
    session = _session(pg_engine, add_staff(pg_engine, "anne", Role.CASEWORKER))
    _settle(session)
    assert_closing_wakes(session.wait_for_change, session.close, after=0.2)
    assert session.wait_for_change(5.0) is False  # closed: returns at once, no new connection


@pytest.mark.postgres
def test_the_trigger_is_dropped_by_the_downgrade_and_comes_back(pg_engine: Engine) -> None:
    def triggers() -> list[str]:
        with pg_engine.connect() as conn:
            return list(conn.scalars(text("SELECT tgname FROM pg_trigger WHERE tgrelid = 'orders'::regclass "
                                          "AND tgname = 'ocpm_orders_notify'")))  # fmt: skip

    assert triggers() == ["ocpm_orders_notify"]
    try:
        migrations.downgrade(pg_engine, "0004")
        assert triggers() == []
    finally:
        migrations.upgrade(pg_engine)
    assert triggers() == ["ocpm_orders_notify"]


# ------------------------------------------------------------------------------------------------ SQLite


def test_sqlite_sees_a_commit_of_another_connection_by_its_data_version(sqlite_engine: Engine) -> None:
    (order_id,) = add_orders(sqlite_engine, 1)
    session = _session(sqlite_engine, add_staff(sqlite_engine, "anne", Role.CASEWORKER))
    try:
        assert session.wait_for_change(0.1) is False  # the first look only notes the version
        started = time.monotonic()
        assert session.wait_for_change(2.5) is False  # nothing changed: it waited
        assert time.monotonic() - started >= 2.4
        claiming.claim(sqlite_engine, Actor("anne", frozenset({Role.CASEWORKER})), order_id, 1)
        assert session.wait_for_change(5.0) is True  # at the next check (every 2 s), before the 5 s are out
        assert session.wait_for_change(0.1) is False
    finally:
        session.close()


def test_sqlite_watcher_close_wakes_a_waiter(sqlite_engine: Engine) -> None:
    watcher = SqliteWatcher(str(sqlite_engine.url.database), check_every=60)
    assert watcher.wait(0.05) is False
    assert_closing_wakes(watcher.wait, watcher.close, after=0.1)


def test_sqlite_watcher_reads_a_file_whatever_its_path(tmp_path: Path) -> None:
    folder = tmp_path / "Données de Jean #1?"
    folder.mkdir()
    path = folder / "ocpm.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    watcher = SqliteWatcher(str(path), check_every=0.05)
    try:
        assert watcher.wait(0.01) is False
        with sqlite3.connect(path) as conn:
            conn.execute("INSERT INTO t VALUES (1)")
        assert watcher.wait(2.0) is True
    finally:
        watcher.close()
