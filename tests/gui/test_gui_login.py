"""The login dialog against the fake connector (a password checked by the fake, a keyring in a dict; the session it
opens is a real one): messages, busy state, keyring, server profiles, the choice of one's own password."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from gui_fakes import GUI_THREAD, PASSWORD, FakeConnector
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from ocpm_desk.features.accounts import accounts
from ocpm_desk.gui.accounts.login import LoginDialog
from ocpm_desk.kernel.errors import AuthenticationFailed

pytestmark = pytest.mark.gui

WRONG = "Utilisateur inconnu ou mot de passe erroné."
UNREACHABLE = (
    "La démarche n'a pas abouti\u00a0: la base de données est injoignable. Vérifiez la connexion et réessayez."
)


@pytest.fixture
def dialog(qtbot: QtBot, connector: FakeConnector) -> LoginDialog:
    dlg = LoginDialog(connector)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def fill(qtbot: QtBot, dlg: LoginDialog, username: str, password: str) -> None:
    dlg.user_edit.clear()
    qtbot.keyClicks(dlg.user_edit, username)
    dlg.password_edit.clear()
    qtbot.keyClicks(dlg.password_edit, password)


def log_in(qtbot: QtBot, dlg: LoginDialog) -> None:
    qtbot.mouseClick(dlg.login_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def held_login(qtbot: QtBot, dialog: LoginDialog, connector: FakeConnector) -> Iterator[threading.Event]:
    """cdubois logs in, and the server holds its answer until the test sets the event (set after the test anyway)."""
    connector.gate = threading.Event()
    fill(qtbot, dialog, "cdubois", PASSWORD)
    log_in(qtbot, dialog)
    yield connector.gate
    connector.gate.set()


def wait_for_message(qtbot: QtBot, dlg: LoginDialog) -> str:
    qtbot.waitUntil(lambda: not dlg.busy and dlg.message_label.isVisible())
    return dlg.message_label.text()


def test_the_dialog_is_in_french_with_a_password_field(dialog: LoginDialog) -> None:
    assert dialog.windowTitle() == "OCPM Desk — Connexion"
    assert dialog.login_button.text() == "Se &connecter"
    assert dialog.cancel_button.text().replace("&", "") == "Annuler"  # Qt's own translation
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password
    assert dialog.login_button.isDefault()


def test_a_successful_login_exposes_the_session_opened_off_the_gui_thread(
    qtbot: QtBot, dialog: LoginDialog, connector: FakeConnector
) -> None:
    fill(qtbot, dialog, "cdubois", PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        log_in(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.session is connector.sessions[0]
    assert dialog.session.identity.username == "cdubois"
    profile, username, url, thread = connector.open_calls[0]
    assert (profile, username, url) == ("demo", "cdubois", None)
    assert thread != GUI_THREAD


def test_enter_logs_in(qtbot: QtBot, dialog: LoginDialog) -> None:
    fill(qtbot, dialog, "cdubois", PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.session is not None


def test_escape_cancels(qtbot: QtBot, dialog: LoginDialog, connector: FakeConnector) -> None:
    fill(qtbot, dialog, "cdubois", PASSWORD)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Escape)
    assert dialog.session is None
    assert connector.open_calls == []


@pytest.mark.parametrize(("username", "password"), [("cdubois", "wrong"), ("nobody", PASSWORD)])
def test_wrong_password_and_unknown_user_get_the_same_message(
    qtbot: QtBot, dialog: LoginDialog, username: str, password: str
) -> None:
    fill(qtbot, dialog, username, password)
    log_in(qtbot, dialog)
    assert wait_for_message(qtbot, dialog) == WRONG
    assert dialog.isVisible() and dialog.session is None


def test_a_failure_clears_the_password_only(qtbot: QtBot, dialog: LoginDialog) -> None:
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData("local"))
    fill(qtbot, dialog, "cdubois", "wrong")
    dialog.remember_check.setChecked(True)
    log_in(qtbot, dialog)
    wait_for_message(qtbot, dialog)
    assert dialog.user_edit.text() == "cdubois"
    assert dialog.password_edit.text() == ""
    assert dialog.profile_key == "local"
    assert dialog.remember_check.isChecked()
    assert dialog.password_edit.hasFocus() or QGuiApplication.focusObject() is dialog.password_edit


def test_a_locked_account_says_until_when(qtbot: QtBot, dialog: LoginDialog, connector: FakeConnector) -> None:
    until = datetime.now().replace(second=0, microsecond=0) + timedelta(minutes=15)
    connector.locked_until["cdubois"] = until
    fill(qtbot, dialog, "cdubois", PASSWORD)
    log_in(qtbot, dialog)
    message = wait_for_message(qtbot, dialog)
    assert "verrouillé" in message
    assert until.strftime("%H:%M") in message


def test_an_unreachable_database_says_the_procedure_did_not_succeed(
    qtbot: QtBot, dialog: LoginDialog, connector: FakeConnector
) -> None:
    connector.unreachable = True
    fill(qtbot, dialog, "cdubois", PASSWORD)
    log_in(qtbot, dialog)
    assert wait_for_message(qtbot, dialog) == UNREACHABLE


def test_empty_fields_are_asked_for_without_calling_the_server(
    qtbot: QtBot, dialog: LoginDialog, connector: FakeConnector
) -> None:
    log_in(qtbot, dialog)
    assert dialog.message_label.text() == "Saisissez votre nom d'utilisateur."
    qtbot.keyClicks(dialog.user_edit, "cdubois")
    log_in(qtbot, dialog)
    assert dialog.message_label.text() == "Saisissez votre mot de passe."
    assert connector.open_calls == []


def test_the_form_is_disabled_with_a_busy_cursor_while_logging_in(
    qtbot: QtBot, dialog: LoginDialog, held_login: threading.Event
) -> None:
    assert dialog.busy
    assert not dialog.login_button.isEnabled()
    assert not dialog.user_edit.isEnabled() and not dialog.password_edit.isEnabled()
    assert dialog.cancel_button.isEnabled()
    cursor = QGuiApplication.overrideCursor()
    assert cursor is not None and cursor.shape() == Qt.CursorShape.WaitCursor
    assert dialog.message_label.text() == "Connexion en cours…"
    held_login.set()
    qtbot.waitUntil(lambda: dialog.session is not None)
    assert QGuiApplication.overrideCursor() is None


def test_cancelling_during_login_closes_the_session_that_arrives_late(
    qtbot: QtBot, dialog: LoginDialog, connector: FakeConnector, held_login: threading.Event
) -> None:
    dialog.reject()
    assert QGuiApplication.overrideCursor() is None
    held_login.set()
    qtbot.waitUntil(lambda: bool(connector.sessions) and connector.sessions[0].closed)
    assert dialog.session is None


def test_remember_password_stores_it_in_the_keyring_after_a_successful_login(
    qtbot: QtBot, dialog: LoginDialog, connector: FakeConnector
) -> None:
    fill(qtbot, dialog, "cdubois", PASSWORD)
    dialog.remember_check.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        log_in(qtbot, dialog)
    assert ("remember_password", "demo", "cdubois", PASSWORD) in connector.keyring_calls
    assert connector.keyring == {("demo", "cdubois"): PASSWORD}


def test_a_saved_password_is_offered_when_leaving_the_user_field_and_unchecking_forgets_it(
    qtbot: QtBot, dialog: LoginDialog, connector: FakeConnector
) -> None:
    connector.keyring[("demo", "cdubois")] = "old password"
    dialog.user_edit.setFocus()
    qtbot.keyClicks(dialog.user_edit, "cdubois")
    qtbot.keyClick(dialog.user_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.password_edit.text() == "old password")
    assert dialog.remember_check.isChecked()

    dialog.remember_check.setChecked(False)
    dialog.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        log_in(qtbot, dialog)
    assert ("forget_password", "demo", "cdubois") in connector.keyring_calls
    assert connector.keyring == {}


def test_a_saved_password_is_filled_in(qtbot: QtBot, connector: FakeConnector) -> None:
    connector.keyring[("demo", "cdubois")] = PASSWORD
    dlg = LoginDialog(connector, username="cdubois")
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.password_edit.text() == PASSWORD)
    assert dlg.remember_check.isChecked()


def test_a_failed_login_does_not_touch_the_keyring(qtbot: QtBot, dialog: LoginDialog, connector: FakeConnector) -> None:
    fill(qtbot, dialog, "cdubois", "wrong")
    dialog.remember_check.setChecked(True)
    log_in(qtbot, dialog)
    wait_for_message(qtbot, dialog)
    assert [c for c in connector.keyring_calls if c[0] != "saved_password"] == []


def test_profiles_are_listed_translated_with_the_default_selected(qtbot: QtBot, connector: FakeConnector) -> None:
    connector.default = "local"
    dlg = LoginDialog(connector)
    qtbot.addWidget(dlg)
    combo = dlg.profile_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Démo", "Local", "Central"]
    assert dlg.profile_key == "local"


def test_the_server_address_is_asked_only_for_the_central_profile(
    qtbot: QtBot, dialog: LoginDialog, connector: FakeConnector
) -> None:
    assert not dialog.url_field_shown()
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData("central"))
    assert dialog.url_field_shown()
    assert dialog.url_edit.text() == "postgresql://db.ocpm.etat-ge.ch/ocpm"
    dialog.url_edit.setText("postgresql://other.example/ocpm")
    fill(qtbot, dialog, "cdubois", PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        log_in(qtbot, dialog)
    assert connector.open_calls[0][:3] == ("central", "cdubois", "postgresql://other.example/ocpm")


def test_the_address_field_hides_again_for_a_file_profile(qtbot: QtBot, dialog: LoginDialog) -> None:
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData("central"))
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData("local"))
    assert not dialog.url_field_shown()


def test_once_painted_the_dialog_prepares_the_login_off_the_gui_thread(
    qtbot: QtBot, dialog: LoginDialog, connector: FakeConnector
) -> None:
    """The keyring probe and ``Connector.prepare`` (the ORM, the services, the driver) start after the first paint,
    once, in the background, so that the dialog comes up first and the login is quicker once typed."""
    qtbot.waitUntil(lambda: connector.prepared == 1 and dialog.keyring_usable is not None)
    dialog.hide()
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    assert connector.prepared == 1


def test_a_dialog_never_shown_still_asks_the_keyring(qtbot: QtBot, connector: FakeConnector) -> None:
    hidden = LoginDialog(connector)
    qtbot.addWidget(hidden)
    qtbot.waitUntil(lambda: hidden.keyring_usable is True and connector.prepared == 1)


def test_a_one_time_password_makes_the_person_choose_their_own_before_the_main_window(
    qtbot: QtBot, dialog: LoginDialog, connector: FakeConnector
) -> None:
    from ocpm_desk.gui.accounts.new_password import NewPasswordDialog

    connector.one_time.add("cdubois")
    seen: list[str] = []

    def choose() -> None:
        chooser = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewPasswordDialog)
                       and w.isVisible())
        assert chooser.windowTitle() == "Choisissez votre mot de passe"
        qtbot.keyClicks(chooser.first, "court")
        qtbot.keyClicks(chooser.second, "court")
        chooser.accept()
        seen.append(chooser.message.text())  # too short: said, and nothing sent
        chooser.first.clear()
        chooser.second.clear()
        qtbot.keyClicks(chooser.first, "un-vrai-mot-de-passe")
        qtbot.keyClicks(chooser.second, "un-autre-mot-de-passe")
        chooser.accept()
        seen.append(chooser.message.text())
        qtbot.keyClicks(chooser.second, "un-vrai-mot-de-passe")
        chooser.accept()

    fill(qtbot, dialog, "cdubois", PASSWORD)
    QTimer.singleShot(200, choose)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        log_in(qtbot, dialog)
    session = connector.sessions[0]
    assert session.thread_of("set_own_password") and GUI_THREAD not in session.thread_of("set_own_password")
    assert not dialog.session.identity.must_change_password
    assert "8 caractères" in seen[0] and "diffèrent" in seen[1]
    # the database holds the password chosen, and only that one
    assert accounts.authenticate(connector.engine, "cdubois", "un-vrai-mot-de-passe").username == "cdubois"
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(connector.engine, "cdubois", PASSWORD)


def test_cancelling_the_choice_of_a_password_closes_the_session(
    qtbot: QtBot, dialog: LoginDialog, connector: FakeConnector
) -> None:
    from ocpm_desk.gui.accounts.new_password import NewPasswordDialog

    connector.one_time.add("cdubois")

    def cancel() -> None:
        chooser = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewPasswordDialog)
                       and w.isVisible())
        chooser.reject()

    fill(qtbot, dialog, "cdubois", PASSWORD)
    QTimer.singleShot(200, cancel)
    log_in(qtbot, dialog)
    message = wait_for_message(qtbot, dialog)
    assert "mot de passe à usage unique" in message
    assert dialog.session is None and dialog.isVisible()
    qtbot.waitUntil(lambda: connector.sessions[0].closed)
