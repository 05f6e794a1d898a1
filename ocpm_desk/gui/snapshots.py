"""Render the login dialog and every screen of every given account to PNG files, offscreen, for review.

The caller sets ``QT_QPA_PLATFORM=offscreen`` before anything creates the QApplication (there is no display on a
build machine). Used by ``ocpm-desk-admin snapshots DIR``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QThread
from PySide6.QtWidgets import QWidget

from ocpm_desk.gui.app import application
from ocpm_desk.gui.login import LoginDialog
from ocpm_desk.gui.main_window import ConnectionState, MainWindow
from ocpm_desk.gui.screens.base import DataScreen
from ocpm_desk.services.desk import Connector

WINDOW_SIZE = (1280, 800)
LOAD_TIMEOUT_S = 60.0


def _wait_until(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} did not finish within {timeout_s:.0f} s")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThread.msleep(5)
    # Let layouts and style changes triggered by the last callbacks settle before grabbing.
    for _ in range(3):
        QCoreApplication.processEvents()


def _connection_known(window: MainWindow) -> bool:
    return window.connection_state != ConnectionState.UNKNOWN


def _settled(screen: DataScreen) -> bool:
    return screen.settled


def _file_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("_") or "user"


def _save(widget: QWidget, path: Path) -> Path:
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path


def render_snapshots(
    connector: Connector,
    out_dir: Path,
    accounts: Sequence[tuple[str, str]],
    profile: str,
    *,
    timeout_s: float = LOAD_TIMEOUT_S,
) -> list[Path]:
    """``login.png``, then ``<username>-<screen key>.png`` for each navigation entry of each account.

    An account whose roles give no screen gets ``<username>-no-screens.png``. Raises the connector's errors
    (wrong password, unreachable database) and ``TimeoutError`` when a screen does not load in time.
    """
    application(["ocpm-desk-snapshots"], language="fr")
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    login = LoginDialog(connector, profile=profile)
    login.show()
    _wait_until(lambda: True, timeout_s, "the login dialog")
    written.append(_save(login, out_dir / "login.png"))
    login.close()
    login.deleteLater()

    for username, password in accounts:
        session = connector.open(profile, username, password)
        window = MainWindow(session)
        try:
            window.resize(*WINDOW_SIZE)
            window.show()
            _wait_until(partial(_connection_known, window), timeout_s, "the connection check")
            keys = window.screen_keys()
            if not keys:
                _wait_until(lambda: True, timeout_s, "the window")
                written.append(_save(window, out_dir / f"{_file_name(username)}-no-screens.png"))
            for key in keys:
                window.show_screen(key)
                screen = window.screen_by_key(key)
                _wait_until(partial(_settled, screen), timeout_s, f"screen {key} of {username}")
                written.append(_save(window, out_dir / f"{_file_name(username)}-{key}.png"))
        finally:
            window.close()
            window.deleteLater()
            session.close()
            QCoreApplication.processEvents()
    return written
