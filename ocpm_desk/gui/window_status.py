"""The main window's status bar and its connection watch: who is logged in, their roles, the database, and whether
the database answers — asked in the background every 15 s, and every 2 s while the connection is lost, so that the
window sees it come back by itself within 5 s of the server (G11); ``restored`` then lets the window reload the
screens that failed meanwhile. An action that could not reach the database has the connection checked at once.

The texts keep the main window's translation context ("MainWindow").
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QWidget

from ocpm_desk.gui.background import BackgroundTask, connection_watch, run_in_background
from ocpm_desk.gui.failures import phrase_text
from ocpm_desk.gui.labels import roles_text
from ocpm_desk.gui.widgets import named, repolish
from ocpm_desk.session import DeskSession

log = logging.getLogger(__name__)

CONNECTION_CHECK_MS = 15_000
#: While the connection is lost, it is tried again this often (G11: back by itself within 5 s of the server).
RECONNECT_MS = 2_000


class ConnectionState:
    UNKNOWN = "unknown"
    CONNECTED = "connected"
    LOST = "lost"


def _separator(parent: QWidget) -> QFrame:
    line = named(QFrame(parent), "statusSeparator")
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Plain)
    return line


class WindowStatus(QObject):
    """The labels of ``window``'s status bar, and the connection as last checked (``state``)."""

    restored = Signal()  # the connection came back after it was lost

    def __init__(self, window: QMainWindow, session: DeskSession, *, check_ms: int = CONNECTION_CHECK_MS,
                 reconnect_ms: int = RECONNECT_MS) -> None:  # fmt: skip
        super().__init__(window)
        self._session = session
        self._check_ms = check_ms
        self._reconnect_ms = reconnect_ms
        self.state = ConnectionState.UNKNOWN
        self._task: BackgroundTask | None = None
        identity = session.identity
        translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", …)
        bar = window.statusBar()
        bar.setSizeGripEnabled(False)
        self.user_label = named(QLabel(identity.display_name, bar), "statusUser")
        self.user_label.setToolTip(translate("MainWindow", "Logged in as {username}").format(
            username=identity.username))
        self.roles_label = named(QLabel(roles_text(identity.roles), bar), "statusRoles")
        self.database_label = QLabel(translate("MainWindow", "Database: {label}").format(
            label=phrase_text(session.database_label)), bar)
        self.database_label.setObjectName("statusDatabase")
        self.connection_label = named(QLabel(bar), "statusConnection")
        for widget in (self.user_label, _separator(bar), self.roles_label, _separator(bar), self.database_label):
            bar.addWidget(widget)
        bar.addPermanentWidget(self.connection_label)
        self._show()
        self.timer = QTimer(window)
        self.timer.setObjectName("connectionTimer")
        self.timer.timeout.connect(self.check_now)

    def start(self) -> None:
        """Check now, then every ``check_ms``; and at once whenever an action could not reach the database."""
        self.timer.start(self._check_ms)
        self.check_now()
        connection_watch().lost.connect(self.check_now)

    def stop(self) -> None:
        self.timer.stop()
        if self._task is not None:
            self._task.discard()

    def check_now(self) -> None:
        """Ask the database whether it answers (in the background); one check at a time."""
        if self._task is not None and not self._task.done:
            return
        self._task = run_in_background(self, self._session.check_connection, lambda ok: self._checked(bool(ok)),
                                       lambda _exc: self._checked(False))  # fmt: skip

    def _checked(self, ok: bool) -> None:
        was_lost = self.state == ConnectionState.LOST
        if ok and was_lost:
            log.info("connection to the database restored")
        elif not ok and not was_lost:
            log.warning("connection to the database lost")
        self.state = ConnectionState.CONNECTED if ok else ConnectionState.LOST
        self._show()
        self.timer.setInterval(self._check_ms if ok else self._reconnect_ms)
        if ok and was_lost:
            self.restored.emit()

    def _show(self) -> None:
        label = self.connection_label
        if self.state == ConnectionState.CONNECTED:
            text = QCoreApplication.translate("MainWindow", "Connected")
        elif self.state == ConnectionState.LOST:
            text = QCoreApplication.translate("MainWindow", "Connection lost — reconnecting")
        else:
            text = QCoreApplication.translate("MainWindow", "Checking the connection…")
        label.setText(f"●  {text}")
        label.setProperty("state", self.state)
        label.setAccessibleName(text)
        repolish(label)
