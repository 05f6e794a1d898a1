"""GUI fixtures: the application configured as ``run_app`` does it (French), the fakes, a window opener."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypedDict, Unpack

import pytest
from gui_fakes import FakeConnector, FakeSession, session_for
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ocpm_desk.gui.app import application
from ocpm_desk.gui.background import pending_count, wait_for_background
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.session import Connector, DeskSession

#: The offscreen platform plugin warns whenever a window's size constraints change (a layout grows); the real
#: platforms do not. Only that message is ignored; any other Qt warning still fails the test.
OFFSCREEN_NOISE = r"^This plugin does not support propagateSizeHints\(\)$"
HERE = Path(__file__).resolve().parent


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


@pytest.fixture
def connector() -> FakeConnector:
    fake = FakeConnector()
    _typed: Connector = fake  # the fake keeps to the protocol
    return fake


@pytest.fixture
def open_window(qtbot: QtBot) -> Callable[..., MainWindow]:
    """``open_window(session_or_username, screen=None)``: a shown main window whose first screen (the one the role
    lands on) has loaded, or the screen named ``screen`` (shown from the navigation, as the user would)."""

    def open_(who: str | DeskSession, *, screen: str | None = None, **kwargs: Unpack[WindowTimings]) -> MainWindow:
        session = session_for(who) if isinstance(who, str) else who
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
