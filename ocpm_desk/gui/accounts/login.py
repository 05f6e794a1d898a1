"""The login dialog: user, password, server profile, "remember password" (keyring through the connector).

The login itself (``Connector.open``) and every keyring access run in the background; the dialog stays
responsive, shows a busy cursor and can be cancelled meanwhile. On success ``session`` holds the ``DeskSession``.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ocpm_desk.connector import Connector, ProfileChoice
from ocpm_desk.gui.background import BackgroundTask, run_in_background
from ocpm_desk.gui.designer import load_form
from ocpm_desk.gui.failures import describe_failure
from ocpm_desk.gui.labels import profile_label
from ocpm_desk.gui.paths import icon_path

if TYPE_CHECKING:
    from ocpm_desk.session import DeskSession

log = logging.getLogger(__name__)


def _prepare(connector: Connector) -> Callable[[], None]:
    """What a login will need, loaded while the user types: the connector's part (the ORM, the services, the
    driver), then the main window's modules (every screen). Imports only: no widget is made off the GUI thread."""

    def prepare() -> None:
        connector.prepare()
        importlib.import_module("ocpm_desk.gui.main_window")

    return prepare

#: Width in pixels the database location is shortened to (in the middle: the file name stays visible).
LOCATION_WIDTH = 300


class LoginDialog(QDialog):
    def __init__(
        self,
        connector: Connector,
        parent: QWidget | None = None,
        *,
        username: str = "",
        profile: str | None = None,
    ) -> None:
        super().__init__(parent)
        ui = load_form("login_dialog")
        ui.setupUi(self)
        self.user_edit: QLineEdit = ui.userEdit
        self.password_edit: QLineEdit = ui.passwordEdit
        self.profile_combo: QComboBox = ui.profileCombo
        self.url_edit: QLineEdit = ui.urlEdit
        self.remember_check: QCheckBox = ui.rememberCheck
        self.message_label: QLabel = ui.errorLabel
        self._location_label: QLabel = ui.locationLabel
        self._form: QFormLayout = ui.formLayout
        buttons: QDialogButtonBox = ui.buttonBox
        self.login_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self._connector = connector
        self._session: DeskSession | None = None
        self._busy = False
        self._abandoned = False
        self._login_task: BackgroundTask | None = None
        # None until the connector said whether a keyring is usable on this workstation.
        self._keyring_ok: bool | None = None
        self._profiles: dict[str, ProfileChoice] = {p.key: p for p in connector.profiles()}

        self.setWindowIcon(QIcon(str(icon_path("ocpm-desk"))))
        self.login_button.setText(self.tr("&Log in"))
        self.login_button.setDefault(True)
        self.login_button.setAutoDefault(True)
        self.message_label.setAccessibleName(self.tr("Login message"))
        self.message_label.setVisible(False)
        # A margin, not a style-sheet padding: QLabel counts it when it wraps the text to compute its height.
        self.message_label.setMargin(8)

        # The workstation's settings (profiles, printer, language, idle lock) may be changed before logging in.
        self.settings_dialog: QDialog | None = None
        self.settings_button: QPushButton = buttons.addButton(
            self.tr("&Settings…"), QDialogButtonBox.ButtonRole.HelpRole)  # HelpRole: on the left, apart
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.settings_button.setAutoDefault(False)
        self.settings_button.setToolTip(self.tr("Profiles, default printer, language, idle lock (Ctrl+,)"))
        self.settings_button.clicked.connect(self.open_settings)
        QShortcut(QKeySequence("Ctrl+,"), self, self.open_settings)

        self._fill_profiles(profile if profile in self._profiles else connector.default_profile())

        self.profile_combo.currentIndexChanged.connect(self._profile_changed)
        self.user_edit.editingFinished.connect(self._look_up_saved_password)
        self.user_edit.setText(username)
        if username:
            self.password_edit.setFocus()
        else:
            self.user_edit.setFocus()
        # Once the dialog has painted, the keyring is asked and the login prepared (the ORM, the services, the
        # driver) in the background while the user types, instead of delaying the first paint. A dialog that is not
        # shown does it from the event loop.
        self._first_paint_done = False
        self.installEventFilter(self)
        QTimer.singleShot(0, self, self._after_first_paint_unless_shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint and not self._first_paint_done:
            self.removeEventFilter(self)
            QTimer.singleShot(0, self, self._after_first_paint)
        return super().eventFilter(watched, event)

    def _after_first_paint_unless_shown(self) -> None:
        if not self.isVisible():
            self._after_first_paint()
        else:  # shown but not painted yet (a minimised window): at the latest in a second
            QTimer.singleShot(1000, self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        if self._first_paint_done:
            return
        self._first_paint_done = True
        connector = self._connector
        run_in_background(
            self,
            connector.keyring_available,
            lambda ok: self._keyring_checked(bool(ok)),
            lambda _exc: self._keyring_checked(False),
        )
        if self.username:
            self._look_up_saved_password()
        run_in_background(self, _prepare(connector), lambda _none: None,
                          lambda exc: log.warning("the login could not be prepared: %s", type(exc).__name__))

    # -- what the rest of the GUI (and the tests) use ------------------------------------------------------

    @property
    def session(self) -> DeskSession | None:
        """The session opened by a successful login (None before)."""
        return self._session

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def username(self) -> str:
        return self.user_edit.text().strip()

    @property
    def profile_key(self) -> str:
        return str(self.profile_combo.currentData())

    def url_field_shown(self) -> bool:
        return not self.url_edit.isHidden()

    @property
    def keyring_usable(self) -> bool | None:
        """Whether passwords can be remembered here (None while the keyring is being asked)."""
        return self._keyring_ok

    # -- profile ---------------------------------------------------------------------------------------------

    def _fill_profiles(self, wanted: str) -> None:
        combo = self.profile_combo
        combo.blockSignals(True)
        combo.clear()
        for choice in self._profiles.values():
            combo.addItem(profile_label(choice.label), choice.key)
        combo.setCurrentIndex(max(combo.findData(wanted), 0))
        combo.blockSignals(False)
        self._profile_changed()

    # -- settings --------------------------------------------------------------------------------------------

    def open_settings(self) -> None:
        """The settings dialog over this one; once saved, the profiles show what it changed."""
        if self._busy or (self.settings_dialog is not None and self.settings_dialog.isVisible()):
            return
        from ocpm_desk.gui.workstation.settings_dialog import (
            SettingsDialog,  # not needed to show the login: loaded on demand
        )

        dialog = SettingsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._settings_saved)
        dialog.finished.connect(self._settings_closed)
        self.settings_dialog = dialog
        dialog.open()

    def _settings_closed(self) -> None:
        self.settings_dialog = None
        self.activateWindow()

    def _settings_saved(self, settings: object) -> None:
        self._profiles = {p.key: p for p in self._connector.profiles()}
        central = self._profiles.get("central")
        if central is not None and central.location:
            self.url_edit.setText(central.location)
        self._fill_profiles(str(getattr(settings, "profile", self.profile_key)))

    def _current_profile(self) -> ProfileChoice | None:
        return self._profiles.get(self.profile_key)

    def _profile_changed(self) -> None:
        choice = self._current_profile()
        needs_url = bool(choice and choice.needs_url)
        layout = self._form
        layout.setRowVisible(self.url_edit, needs_url)
        if needs_url and choice is not None and not self.url_edit.text():
            self.url_edit.setText(choice.location)
        show_location = bool(choice and choice.location and not needs_url)
        if choice is not None and show_location:
            # A long path is shortened in the middle: its start and the file name stay readable.
            metrics = self._location_label.fontMetrics()
            prefix = self.tr("Database: {location}").format(location="")
            room = LOCATION_WIDTH - metrics.horizontalAdvance(prefix)
            location = metrics.elidedText(choice.location, Qt.TextElideMode.ElideMiddle, room)
            self._location_label.setText(self.tr("Database: {location}").format(location=location))
            self._location_label.setToolTip(choice.location)
        layout.setRowVisible(self._location_label, show_location)
        self._fit_height()
        self._look_up_saved_password()

    def _fit_height(self) -> None:
        """As tall as the visible rows need: rows appear and disappear with the profile."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(max(self.width(), self.minimumWidth()), self.minimumSizeHint().height())

    # -- saved password (keyring) ----------------------------------------------------------------------------

    def _keyring_checked(self, ok: bool) -> None:
        self._keyring_ok = ok
        if ok:
            return
        # Without a keyring nothing can be remembered: say so where the user looks for it.
        explanation = self.tr(
            "No keyring is available on this workstation: the password will be asked at each login."
        )
        self.remember_check.setChecked(False)
        self.remember_check.setEnabled(False)
        self.remember_check.setToolTip(explanation)
        self.remember_check.setStatusTip(explanation)
        self.remember_check.setAccessibleDescription(explanation)

    def _look_up_saved_password(self) -> None:
        username, profile = self.username, self.profile_key
        if not username or self._busy or self._keyring_ok is False:
            return
        connector = self._connector
        run_in_background(
            self,
            lambda: connector.saved_password(profile, username),
            lambda password: self._apply_saved_password(profile, username, password),
            lambda exc: log.info("no saved password available: %s", exc),
        )

    def _apply_saved_password(self, profile: str, username: str, password: str | None) -> None:
        if password is None or (profile, username) != (self.profile_key, self.username) or self._busy:
            return
        if self.password_edit.text():
            return  # the user typed one meanwhile: theirs wins
        self.password_edit.setText(password)
        self.remember_check.setChecked(True)

    # -- login -----------------------------------------------------------------------------------------------

    def accept(self) -> None:
        """Enter and the Log in button come here: start the login; the dialog closes once it succeeded."""
        if self._busy:
            return
        choice = self._current_profile()
        username, password = self.username, self.password_edit.text()
        url = self.url_edit.text().strip() if choice is not None and choice.needs_url else None
        if not username:
            self._show_message(self.tr("Enter your user name."), error=True)
            self.user_edit.setFocus()
            return
        if not password:
            self._show_message(self.tr("Enter your password."), error=True)
            self.password_edit.setFocus()
            return
        if url is not None and not url:
            self._show_message(self.tr("Enter the server address."), error=True)
            self.url_edit.setFocus()
            return

        profile, remember = self.profile_key, self.remember_check.isChecked()
        keyring_ok = self._keyring_ok is not False
        connector = self._connector

        def log_in() -> DeskSession:
            session = connector.open(profile, username, password, url)
            if not keyring_ok:
                return session
            # The keyring is only touched once the password proved right; its failure does not fail the login.
            # Unticked "remember" forgets a password remembered before.
            try:
                if remember:
                    connector.remember_password(profile, username, password)
                else:
                    connector.forget_password(profile, username)
            except Exception as exc:
                log.warning("the password could not be saved or removed in the keyring: %s", type(exc).__name__)
            return session

        self._set_busy(True)
        self._show_message(self.tr("Connecting…"), error=False)
        self._login_task = run_in_background(self, log_in, self._logged_in, self._login_failed)

    def reject(self) -> None:
        if self._busy:
            # The login goes on in the background; a session it opens after all is closed at once.
            self._abandoned = True
            self._set_busy(False)
        super().reject()

    def _logged_in(self, session: DeskSession) -> None:
        if self._abandoned:
            app = QCoreApplication.instance()
            if app is not None:
                run_in_background(app, session.close, lambda _: None)
            return
        self._set_busy(False)
        if session.identity.must_change_password and not self._choose_password(session):
            app = QCoreApplication.instance()
            if app is not None:
                run_in_background(app, session.close, lambda _: None)
            self.password_edit.clear()
            self._show_message(self.tr("Choose your own password to continue: log in again with the one-time "
                                       "password."), error=True)
            return
        self._session = session
        super().accept()

    def _choose_password(self, session: DeskSession) -> bool:
        """A one-time password: the person chooses their own before the main window opens (False: cancelled)."""
        from ocpm_desk.gui.accounts.new_password import NewPasswordDialog

        dialog = NewPasswordDialog(session.identity.username, self)

        def submit(password: str) -> None:  # database work off the GUI thread; the dialog waits, disabled
            self._password_task = run_in_background(
                self, lambda: session.set_own_password(password), lambda _: dialog.finish(),
                lambda exc: dialog.failed(describe_failure(exc)))

        dialog.submitted.connect(submit)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _login_failed(self, exc: BaseException) -> None:
        if self._abandoned:
            return
        self._set_busy(False)
        self.password_edit.clear()
        self.password_edit.setFocus()
        self._show_message(describe_failure(exc), error=True)

    def _set_busy(self, busy: bool) -> None:
        if busy == self._busy:
            return
        self._busy = busy
        for widget in (self.user_edit, self.password_edit, self.profile_combo, self.url_edit):
            widget.setEnabled(not busy)
        self.remember_check.setEnabled(not busy and self._keyring_ok is not False)
        self.login_button.setEnabled(not busy)
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QGuiApplication.restoreOverrideCursor()

    def _show_message(self, text: str, *, error: bool) -> None:
        label = self.message_label
        label.setProperty("kind", "error" if error else "info")
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)
        label.setVisible(bool(text))
        self._fit_height()
