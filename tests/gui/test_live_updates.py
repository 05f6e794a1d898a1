"""Live updates in the GUI (DESIGN §5): a change announced by the session refreshes the visible queue within a
second, off the GUI thread, keeping the selection on its orders; the worker stops with the window, leaving no
thread behind. With a watched session, whose changes the test announces (as PostgreSQL's ``LISTEN`` would), over
the real services; then with the real change watchers on SQLite and PostgreSQL."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from gui_fakes import GUI_THREAD, session_for
from ocpm_factories import add_orders, desk_session
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot
from screen_steps import LoggedIn, OpenWindow, show_screen
from sqlalchemy import Engine

from ocpm_desk.gui.casework.queue_model import REFERENCE
from ocpm_desk.gui.casework.queues import QueueScreen
from ocpm_desk.gui.live import LiveUpdates
from ocpm_desk.gui.main_window import LIVE_POLL_MS, MainWindow
from ocpm_desk.kernel.roles import Role

pytestmark = pytest.mark.gui



def live_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "ocpm-live-updates"]


@pytest.fixture(autouse=True)
def _no_thread_left() -> Iterator[None]:
    """Every live-updates thread of the test has ended shortly after it (windows closed, sessions closed)."""
    yield
    deadline = time.monotonic() + 3
    while live_threads() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert live_threads() == [], "a live-updates thread outlived its test"


def test_a_change_is_signalled_on_the_gui_thread_and_waited_for_off_it(qtbot: QtBot, gui_engine: Engine) -> None:
    session = session_for(gui_engine, "cdubois")
    live = LiveUpdates(session, wait_s=0.05)
    received: list[int | None] = []
    live.ordersChanged.connect(lambda: received.append(threading.get_ident()))
    live.start()
    qtbot.waitUntil(lambda: bool(session.change_waits))
    with qtbot.waitSignal(live.ordersChanged, timeout=2000):
        session.announce_change()
    assert received == [GUI_THREAD]
    assert GUI_THREAD not in session.change_waits
    live.stop()
    assert live.join(2)


def test_nothing_is_signalled_after_stop_and_the_thread_ends(qtbot: QtBot, gui_engine: Engine) -> None:
    session = session_for(gui_engine, "cdubois")
    live = LiveUpdates(session, wait_s=0.05)
    live.start()
    assert live.running
    live.stop()
    with qtbot.assertNotEmitted(live.ordersChanged, wait=300):
        session.announce_change()
    assert live.join(2) and not live.running
    live.start()  # a stopped watcher stays stopped
    assert not live.running


def test_a_burst_of_changes_makes_one_refresh_per_interval(qtbot: QtBot, gui_engine: Engine) -> None:
    session = session_for(gui_engine, "cdubois")
    live = LiveUpdates(session, wait_s=0.02, min_interval_s=0.5)
    times: list[float] = []
    live.ordersChanged.connect(lambda: times.append(time.monotonic()))
    live.start()
    stop_announcing = time.monotonic() + 1.2
    while time.monotonic() < stop_announcing:
        session.announce_change()
        qtbot.wait(20)
    qtbot.waitUntil(lambda: len(times) >= 2)
    live.stop()
    assert live.join(2)
    assert 2 <= len(times) <= 4  # not sixty
    assert all(b - a >= 0.45 for a, b in itertools.pairwise(times))


def test_destroying_the_object_stops_its_thread(qtbot: QtBot, gui_engine: Engine) -> None:
    session = session_for(gui_engine, "cdubois")
    live = LiveUpdates(session, wait_s=0.05)
    live.start()
    stopped = live._stop  # what the worker looks at
    live.deleteLater()
    qtbot.waitUntil(stopped.is_set)


def _open_queue(qtbot: QtBot, window: MainWindow, key: str = "to_process") -> QueueScreen:
    return show_screen(qtbot, window, key, QueueScreen, lambda s: not s.model.loading)


def test_a_claim_elsewhere_refreshes_the_visible_queue_and_the_selection_follows(
    qtbot: QtBot, logged_in: LoggedIn, workload: Engine
) -> None:
    session, window = logged_in("cdubois")
    screen = _open_queue(qtbot, window)
    assert screen.poll_timer.interval() == LIVE_POLL_MS  # polling is only the safety net now
    assert window.live_updates.running
    model = screen.model
    assert model.rowCount() == 30
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    screen.view.selectionModel().select(model.index(4, 0), flags)  # ED-2026-00000005
    # another workstation takes the two oldest orders
    elsewhere = session_for(workload, "jmeyer")
    elsewhere.casework.claim(1, 1)
    elsewhere.casework.claim(2, 1)
    session.announce_change()
    qtbot.waitUntil(lambda: model.rowCount() == 28 and not model.loading, timeout=3000)
    assert model.data(model.index(0, REFERENCE)) == "ED-2026-00000003"
    assert [i.row() for i in screen.view.selectionModel().selectedRows()] == [2]
    assert [r.reference for r in screen.selected_rows() or []] == ["ED-2026-00000005"]
    assert screen.count_label.text() == "28 commandes"


def test_a_change_while_the_queue_loads_is_applied_after(qtbot: QtBot, logged_in: LoggedIn, workload: Engine
                                                        ) -> None:  # fmt: skip
    session, window = logged_in("cdubois")
    screen = _open_queue(qtbot, window)
    session.delays["casework.queue_page"] = 0.4
    screen.reload()  # busy: the change must not be lost
    session_for(workload, "jmeyer").casework.claim(3, 1)
    window.orders_changed()
    qtbot.waitUntil(lambda: screen.settled, timeout=3000)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 29 and not screen.model.loading, timeout=3000)


def test_a_change_refreshes_only_a_visible_queue(qtbot: QtBot, logged_in: LoggedIn, workload: Engine) -> None:
    session, window = logged_in("cdubois")
    queue = _open_queue(qtbot, window)
    window.show_screen("catalogue")
    qtbot.waitUntil(lambda: window.screen_by_key("catalogue").settled)
    counted = len(session.thread_of("casework.queue_count"))
    window.orders_changed()
    qtbot.wait(100)
    assert len(session.thread_of("casework.queue_count")) == counted
    window.show_screen(queue.key)  # shown again: it refreshes by itself
    qtbot.waitUntil(lambda: len(session.thread_of("casework.queue_count")) > counted)


def test_closing_the_window_stops_live_updates(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("cdubois")
    live = window.live_updates
    assert live.running
    window.close()
    assert live.stopped
    assert live.join(2)


def test_no_live_updates_without_a_queue(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("pblanc")  # an administrator: no queue to refresh
    assert not window.live_updates.running


# ------------------------------------------------------------------------------------------------ real sessions


def _signalled(qtbot: QtBot, live: LiveUpdates, act: Callable[[], object], timeout_s: float) -> None:
    with qtbot.waitSignal(live.ordersChanged, timeout=int(timeout_s * 1000)):
        act()


def _settled(qtbot: QtBot, live: LiveUpdates) -> None:
    """Connected, and the changes of the set-up announced and drained."""
    qtbot.wait(600)
    while True:
        try:
            with qtbot.waitSignal(live.ordersChanged, timeout=700):
                pass
        except qtbot.TimeoutError:
            return


@pytest.mark.postgres
def test_a_claim_on_another_workstation_is_signalled_on_postgresql(
    qtbot: QtBot, pg_engine: Engine
) -> None:
    (order_id,) = add_orders(pg_engine, 1)
    here, there = desk_session(pg_engine, "anne", Role.CASEWORKER), desk_session(pg_engine, "luca", Role.CASEWORKER)
    live = LiveUpdates(here)
    live.start()
    try:
        _settled(qtbot, live)
        _signalled(qtbot, live, lambda: there.casework.claim(order_id, 1), 3.0)
    finally:
        live.stop()
        here.close()  # wakes the waiting thread at once
        there.close()
    assert live.join(2)


def test_a_claim_on_another_connection_is_signalled_on_sqlite(qtbot: QtBot, sqlite_engine: Engine) -> None:
    (order_id,) = add_orders(sqlite_engine, 1)
    here = desk_session(sqlite_engine, "anne", Role.CASEWORKER)
    there = desk_session(sqlite_engine, "luca", Role.CASEWORKER)
    live = LiveUpdates(here)
    live.start()
    try:
        _settled(qtbot, live)
        _signalled(qtbot, live, lambda: there.casework.claim(order_id, 1), 5.0)  # data_version every 2 s
    finally:
        live.stop()
        here.close()
        there.close()
    assert live.join(2)

