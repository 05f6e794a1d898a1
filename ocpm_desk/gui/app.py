"""The GUI's entry point: the application object, then login → main window → (log out) → login …"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ocpm_desk.connector import Connector
from ocpm_desk.gui.accounts.login import LoginDialog
from ocpm_desk.gui.background import run_in_background, wait_for_background
from ocpm_desk.gui.i18n import install_translators
from ocpm_desk.gui.paths import icon_path
from ocpm_desk.gui.style import apply_style
from ocpm_desk.infrastructure import config

if TYPE_CHECKING:
    # The main window (every screen, the PDF viewer…) is imported at the first login, not before the login dialog.
    from ocpm_desk.gui.main_window import MainWindow
    from ocpm_desk.session import DeskSession

log = logging.getLogger(__name__)

APPLICATION_NAME = "OCPM Desk"
ORGANIZATION_NAME = "Etat de Geneve"
#: How long quitting waits for background work (closing the session) before giving up.
SHUTDOWN_WAIT_MS = 5_000
# : Set by ``bench/startup.py`` (the setting ``startup_probe`` of ``ocpm_desk.infrastructure.config``): the
# application quits as soon
#: as the login dialog has painted, after printing one line ``ocpm-startup-probe login_dialog_shown_s=S
#: monotonic=M``. S counts from the ``time.monotonic()`` value the variable holds (taken by the parent just before
#: it started the process), or, when it holds ``1``, from the process's start time in ``/proc/self/stat`` (10 ms
#: resolution).
STARTUP_PROBE_ENV = config.STARTUP_PROBE.env
#: What the login dialog does not need, loaded at first use (issue 8, point 7): the probe line names those found
#: loaded at the dialog's first paint (``early=`` followed by a comma-separated list, ``-`` for none).
DEFERRED_MODULES = ("sqlalchemy", "sqlalchemy.orm", "alembic", "psycopg", "reportlab", "PySide6.QtPdf",
                    "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport", "keyring", "holidays", "pydantic",
                    "ocpm_desk.wiring", "ocpm_desk.session", "ocpm_desk.gui.main_window")  # fmt: skip


def application(argv: Sequence[str] | None = None, *, language: str | None = None) -> QApplication:
    """The QApplication (created if none exists), named, styled and translated."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or ["ocpm-desk"]))
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName(APPLICATION_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setWindowIcon(QIcon(str(icon_path("ocpm-desk"))))
    install_translators(app, language)
    apply_style(app)
    return app


class DeskController(QObject):
    """Drives the login dialog and the main window; the application quits when either is closed for good."""

    def __init__(
        self, connector: Connector, app: QApplication, *, connection_check_ms: int | None = None
    ) -> None:
        """``connection_check_ms``: how often the main window checks the connection (default: its own)."""
        super().__init__(app)
        self._connector = connector
        self._app = app
        self._connection_check_ms = connection_check_ms
        self.login_dialog: LoginDialog | None = None
        self.window: MainWindow | None = None
        self._session: DeskSession | None = None
        self._last_username = ""
        self._last_profile: str | None = None

    def start(self, *, username: str = "", profile: str | None = None) -> None:
        self._show_login(username=username, profile=profile)

    def _show_login(self, *, username: str = "", profile: str | None = None) -> None:
        dialog = LoginDialog(self._connector, username=username, profile=profile)
        dialog.accepted.connect(self._logged_in)
        dialog.rejected.connect(self._login_cancelled)
        self.login_dialog = dialog
        dialog.show()
        dialog.activateWindow()

    def _logged_in(self) -> None:
        dialog = self.login_dialog
        assert dialog is not None and dialog.session is not None
        self._session = dialog.session
        self._last_username, self._last_profile = dialog.username, dialog.profile_key
        self.login_dialog = None
        dialog.deleteLater()
        from ocpm_desk.gui.main_window import CONNECTION_CHECK_MS, MainWindow

        window = MainWindow(self._session, connection_check_ms=self._connection_check_ms or CONNECTION_CHECK_MS)
        window.logout_requested.connect(self._logged_out)
        window.closed.connect(self._window_closed)
        self.window = window
        window.show()

    def _login_cancelled(self) -> None:
        dialog, self.login_dialog = self.login_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self._app.quit()

    def _logged_out(self) -> None:
        self._drop_window()
        self._close_session()
        self._show_login(username=self._last_username, profile=self._last_profile)

    def _window_closed(self) -> None:
        self._drop_window()
        self._close_session()
        self._app.quit()

    def _drop_window(self) -> None:
        window, self.window = self.window, None
        if window is not None:
            window.deleteLater()

    def _close_session(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            run_in_background(
                self._app,
                session.close,
                lambda _: None,
                lambda exc: log.warning("the session did not close cleanly: %s", exc),
            )

    def shutdown(self) -> None:
        """Close what is still open (the session) and wait briefly for background work."""
        if self.window is not None:
            self.window.close()
        self._close_session()
        if not wait_for_background(SHUTDOWN_WAIT_MS):
            log.warning("background work still running at exit")


def _process_started_monotonic(probe: float) -> float:
    """When the process started, on the ``time.monotonic()`` clock (see ``STARTUP_PROBE_ENV``)."""
    return probe if probe != 1 else _proc_start_monotonic()


def _proc_start_monotonic() -> float:
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        ticks = int(fields[19])  # field 22, starttime: clock ticks after boot
        since_start = time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK")
        return time.monotonic() - since_start
    except (OSError, IndexError, ValueError, AttributeError):
        return time.monotonic() - time.process_time()  # no /proc: the CPU time so far, a lower bound


class _StartupProbe(QObject):
    """Quits the application right after the watched window's first paint, printing how long start-up took."""

    def __init__(self, app: QApplication, window: QObject, started: float) -> None:
        super().__init__(app)
        self._app = app
        self._started = started
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            now = time.monotonic()
            early = ",".join(name for name in DEFERRED_MODULES if name in sys.modules) or "-"
            print(f"ocpm-startup-probe login_dialog_shown_s={now - self._started:.6f} monotonic={now:.6f} "
                  f"early={early}", flush=True)
            QTimer.singleShot(0, self._app.quit)
        return False


def render_login_check(connector: Connector) -> tuple[int, int]:
    """Render the login dialog offscreen (the installer's self-test): its size in pixels; raises if it is blank.

    The caller sets ``QT_QPA_PLATFORM=offscreen`` before anything creates the QApplication.
    """
    application(["ocpm-desk-self-test"])
    dialog = LoginDialog(connector)
    try:
        dialog.show()
        QCoreApplication.processEvents()
        image = dialog.grab().toImage()
        if image.isNull() or image.width() == 0 or image.height() == 0:
            raise RuntimeError("the login dialog rendered nothing")
        if len({image.pixel(x, image.height() // 2) for x in range(0, image.width(), 7)}) < 2:
            raise RuntimeError("the login dialog rendered blank")
        return image.width(), image.height()
    finally:
        dialog.close()
        dialog.deleteLater()
        QCoreApplication.processEvents()


def run_app(connector: Connector, argv: list[str], *, language: str | None = None) -> int:
    """Run the desktop application until the user quits; returns the exit code.

    ``language`` (``fr``/``en``) overrides ``OCPM_LANG``; French is the default.
    """
    app = application(argv, language=language)
    # The login dialog closes before the main window opens: quitting is decided by the controller.
    app.setQuitOnLastWindowClosed(False)
    from ocpm_desk.gui.crash import install_crash_reporter, uninstall_crash_reporter

    install_crash_reporter(app)  # an error nobody caught: logged, then shown with the log file's location
    controller = DeskController(connector, app)
    controller.start()
    probe = config.value(config.STARTUP_PROBE)
    if probe is not None and controller.login_dialog is not None:
        _StartupProbe(app, controller.login_dialog, _process_started_monotonic(probe))
    code = app.exec()
    controller.shutdown()
    uninstall_crash_reporter()
    return code
