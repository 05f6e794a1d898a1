"""GUI fixtures: the application configured as ``run_app`` does it (French), a database for the screens, the login
fake, a window opener.

The screens run over the real services: ``gui_engine`` is the test's own SQLite database (``sqlite_engine``:
migrated, with the reference data) with the staff of ``gui_fakes.USERS``; ``workload`` adds the orders the queue
screens show (``add_workload``); ``demo_engine`` is a copy of a database filled by the demo seed (refusal work, the
mail room's day, a quarantine), for the walks over every screen; ``clean`` and ``mine`` are an order in review of
cdubois (every condition met; the applicant's name not the register's). ``open_window("cdubois")`` opens a window on
a real session of that user on ``gui_engine``; ``login("cdubois")`` is that session, for a test that watches it
(``watched_order``: the order screen of such a session, the calls it watches). ``today`` runs a test on
``casework_data.TODAY``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import TypedDict, Unpack

import pytest
from casework_data import fixed_today, mismatched_order, order_in_review
from gui_fakes import Calls, FakeConnector, Login, WatchedSession, add_users, session_for
from ocpm_factories import add_orders, engine_on_copy
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from screen_steps import LoggedIn, OpenWindow, OrderWindow, WatchedOrder, open_order
from sqlalchemy import Engine, select, update

from ocpm_desk.gui.app import application
from ocpm_desk.gui.background import pending_count, wait_for_background
from ocpm_desk.gui.casework.order import OrderScreen
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.infrastructure.db.models import Applicant, Order
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.calendar import GENEVA
from ocpm_desk.kernel.clock import FixedClock
from ocpm_desk.session import DeskSession

#: The offscreen platform plugin warns whenever a window's size constraints change (a layout grows); the real
#: platforms do not. Only that message is ignored; any other Qt warning still fails the test.
OFFSCREEN_NOISE = r"^This plugin does not support propagateSizeHints\(\)$"
HERE = Path(__file__).resolve().parent
#: How many orders the demo database holds: enough for every kind of refusal and mail-room work (a hearing letter
#: waiting for its answer, a proposal to decide, a return, a letter to print), seeded once per run.
DEMO_ORDERS = 300

#: The workload of ``add_workload``: (first order, last order, status, assignee, version, applicant's last name).
WORKLOAD = (
    (1, 30, "paid", None, 1, "Dupont"),
    (31, 35, "in_review", "cdubois", 2, "Martin"),
    (36, 38, "in_review", "jmeyer", 2, "Rochat"),
    (39, 40, "on_hold", "cdubois", 3, "Favre"),
    (41, 43, "approved", None, 4, "Bonvin"),
    (44, 45, "awaiting_payment", None, 1, "Keller"),
)
SERVICES = ("ATT-RES", "ATT-RES-HIST", "ATT-DEP")  # order n asks for SERVICES[n % 3]


class WindowTimings(TypedDict, total=False):
    """The keywords ``open_window`` hands to ``MainWindow``."""

    connection_check_ms: int
    reconnect_ms: int
    idle_lock_ms: int | None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.resolve().parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, extend=True))


@pytest.fixture(scope="session", autouse=True)
def gui_app(qapp: QApplication) -> QApplication:
    """The test QApplication, configured as ``run_app`` does it: named, styled, in French."""
    return application(language="fr")


@pytest.fixture(autouse=True)
def _background_drained() -> Iterator[None]:
    """Each test ends with no background work running and no busy cursor left behind."""
    yield
    assert wait_for_background(10_000), "background work still running after the test"
    for _ in range(20):
        if pending_count() == 0:
            break
        QCoreApplication.processEvents()
    leaked_cursor = QGuiApplication.overrideCursor() is not None
    while QGuiApplication.overrideCursor() is not None:
        QGuiApplication.restoreOverrideCursor()
    assert not leaked_cursor, "a busy cursor was left set"


# ---- the databases -----------------------------------------------------------------------------------------------


@pytest.fixture
def gui_engine(sqlite_engine: Engine) -> Engine:
    """The test's database (reference data, no orders) with the staff of ``USERS``."""
    add_users(sqlite_engine)
    return sqlite_engine


def paid_on(n: int) -> datetime:
    """When order ``n`` of the workload was paid: ``46 - n`` days before today, at 09:00 in Geneva (older as ``n``
    is smaller; the delivery clock of the first ones is late, of the last ones due or on track)."""
    day = clock.today() - timedelta(days=46 - n)
    return datetime.combine(day, time(9), GENEVA).astimezone(UTC)


def add_workload(engine: Engine) -> None:
    """A small office's orders (``WORKLOAD``), order ``n`` with id ``n`` and reference ``ED-2026-{n:08d}``, for
    ``n`` in 1…45: 30 paid, cdubois's five in review and two on hold, jmeyer's three in review, three approved,
    two waiting for their payment. The applicant of order ``n`` is « <last name>, Jean <n> »."""
    for first, last, status, assignee, version, name in WORKLOAD:
        paid = "awaiting_payment" if status == "awaiting_payment" else "paid"  # then moved on: a valid row all along
        ids = add_orders(engine, last - first + 1, status=paid)
        with engine.begin() as conn:
            for n, order_id in zip(range(first, last + 1), ids, strict=True):
                at = paid_on(n)
                conn.execute(update(Order).where(Order.id == order_id).values(
                    id=n, reference=f"ED-2026-{n:08d}", service_code=SERVICES[n % 3], status=status,
                    assigned_to=assignee, version=version, outcome="granted" if status == "approved" else None,
                    ordered_at=at - timedelta(minutes=5), paid_at=None if status == "awaiting_payment" else at))
                conn.execute(update(Applicant).where(Applicant.id == select(Order.applicant_id).where(
                    Order.id == n).scalar_subquery()).values(last_name=name, first_name=f"Jean {n}"))


@pytest.fixture
def workload(gui_engine: Engine) -> Engine:
    """``gui_engine`` with the orders of ``add_workload``."""
    add_workload(gui_engine)
    return gui_engine


@pytest.fixture(scope="session")
def demo_template(migrated_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database filled once per run by the demo seed (``DEMO_ORDERS`` orders), with the staff of ``USERS``."""
    from ocpm_desk.demo.seed import seed_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with engine_on_copy(migrated_sqlite_template, f"sqlite:///{path}") as engine:
        seed_demo(engine, orders=DEMO_ORDERS)
        add_users(engine)
    return path


@pytest.fixture
def demo_engine(demo_template: Path, sqlite_url: str) -> Iterator[Engine]:
    """A copy of the demo database for the test."""
    with engine_on_copy(demo_template, sqlite_url) as engine:
        yield engine


@pytest.fixture
def clean(sqlite_engine: Engine) -> int:
    """An order in review of cdubois, every condition met (``casework_data.order_in_review``)."""
    return order_in_review(sqlite_engine)


@pytest.fixture
def mine(sqlite_engine: Engine) -> int:
    """An order in review of cdubois whose applicant the register knows by another name
    (``casework_data.mismatched_order``): ``identity_match`` not met, approval blocked, a refusal suggested."""
    return mismatched_order(sqlite_engine)


# ---- the login and the window --------------------------------------------------------------------------------------


@pytest.fixture
def today() -> Iterator[FixedClock]:
    """The application's clock on ``casework_data.TODAY`` (noon in Geneva): the services and the screens agree."""
    with fixed_today() as fixed:
        yield fixed


@pytest.fixture
def connector(gui_engine: Engine) -> FakeConnector:
    return FakeConnector(gui_engine)


@pytest.fixture
def login(gui_engine: Engine) -> Iterator[Login]:
    """``login(username)``: the real session of a member of ``gui_fakes.USERS`` on ``gui_engine``, watched, closed
    after the test."""
    sessions: list[WatchedSession] = []

    def login_(username: str) -> WatchedSession:
        sessions.append(session_for(gui_engine, username))
        return sessions[-1]

    yield login_
    for session in sessions:
        session.close()


@pytest.fixture
def open_window(qtbot: QtBot, request: pytest.FixtureRequest) -> Callable[..., MainWindow]:
    """``open_window(session_or_username, screen=None)``: a shown main window whose first screen (the one the role
    lands on) has loaded, or the screen named ``screen`` (shown from the navigation, as the user would). A username
    of ``USERS`` logs in on ``gui_engine``."""

    def open_(who: str | DeskSession, *, screen: str | None = None, **kwargs: Unpack[WindowTimings]) -> MainWindow:
        session = session_for(request.getfixturevalue("gui_engine"), who) if isinstance(who, str) else who
        window = MainWindow(session, **kwargs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.connection_state != "unknown")
        if screen is not None:
            window.show_screen(screen)
        current = window.current_screen()
        if current is not None:
            qtbot.waitUntil(lambda: current.settled)
        return window

    return open_


@pytest.fixture
def logged_in(gui_engine: Engine, open_window: OpenWindow) -> LoggedIn:
    """``logged_in(username)``: the session of ``username`` of ``USERS`` on ``gui_engine`` (watched: the test may
    gate it, fail its calls, see their threads) and the window opened on it."""

    def log_in(username: str) -> tuple[WatchedSession, MainWindow]:
        session = session_for(gui_engine, username)
        return session, open_window(session)

    return log_in


@pytest.fixture
def order_window(qtbot: QtBot, open_window: OpenWindow) -> OrderWindow:
    """``order_window(who, order_id)``: a window of ``who`` (as ``open_window`` takes it) showing the order screen
    of ``order_id``, the order loaded."""

    def open_(who: str | DeskSession, order_id: int) -> tuple[MainWindow, OrderScreen]:
        window = open_window(who)
        return window, open_order(qtbot, window, order_id)

    return open_


@pytest.fixture
def watched_order(login: Login, order_window: OrderWindow) -> WatchedOrder:
    """``watched_order(username, order_id, *calls)``: ``username`` logged in (``login``), each of ``calls`` of their
    session watched from then on (``WatchedSession.watch``), and a window on that session showing the order screen of
    ``order_id`` (``order_window``): the window, its order screen and the ``Calls`` of each call, in that order."""

    def open_(username: str, order_id: int, *calls: str) -> tuple[MainWindow, OrderScreen, tuple[Calls, ...]]:
        session = login(username)
        watched = tuple(session.watch(call) for call in calls)
        window, screen = order_window(session, order_id)
        return window, screen, watched

    return open_
