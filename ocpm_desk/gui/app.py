"""The GUI's entry point: the application object, then login → main window → (log out) → login …"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ocpm_desk.gui.background import run_in_background, wait_for_background
from ocpm_desk.gui.i18n import install_translators
from ocpm_desk.gui.login import LoginDialog
from ocpm_desk.gui.main_window import CONNECTION_CHECK_MS, MainWindow
from ocpm_desk.gui.paths import icon_path
from ocpm_desk.gui.style import apply_style
from ocpm_desk.services.desk import Connector, DeskSession

log = logging.getLogger(__name__)

APPLICATION_NAME = "OCPM Desk"
ORGANIZATION_NAME = "Etat de Geneve"
#: How long quitting waits for background work (closing the session) before giving up.
SHUTDOWN_WAIT_MS = 5_000


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
        self, connector: Connector, app: QApplication, *, connection_check_ms: int = CONNECTION_CHECK_MS
    ) -> None:
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
        window = MainWindow(self._session, connection_check_ms=self._connection_check_ms)
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
    code = app.exec()
    controller.shutdown()
    uninstall_crash_reporter()
    return code
