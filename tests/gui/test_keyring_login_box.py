"""The "Remember password" box of the login dialog follows the keyring: disabled with an explanation when there
is none (keyring's fail backend), nothing crashes; unticking it on a successful login forgets the password."""

from __future__ import annotations

import keyring
import pytest
from gui_fakes import PASSWORD, FakeConnector
from keyring.backends import fail
from pytestqt.qtbot import QtBot

from ocpm_desk.bootstrap import make_connector
from ocpm_desk.gui.accounts.login import LoginDialog

pytestmark = pytest.mark.gui

NO_KEYRING = (
    "Aucun trousseau de clés n'est disponible sur ce poste\u00a0: le mot de passe sera demandé à chaque connexion."
)


def open_dialog(qtbot: QtBot, connector: object, **kwargs: str) -> LoginDialog:
    dialog = LoginDialog(connector, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.keyring_usable is not None)
    return dialog


def test_without_a_keyring_the_box_is_disabled_with_an_explanation(qtbot: QtBot, connector: FakeConnector) -> None:
    connector.keyring_usable = False
    dialog = open_dialog(qtbot, connector)
    box = dialog.remember_check
    assert dialog.keyring_usable is False
    assert not box.isEnabled() and not box.isChecked()
    assert box.toolTip() == NO_KEYRING
    assert box.accessibleDescription() == NO_KEYRING


def test_without_a_keyring_a_login_works_and_touches_no_keyring(qtbot: QtBot, connector: FakeConnector) -> None:
    connector.keyring_usable = False
    dialog = open_dialog(qtbot, connector, username="cdubois")
    dialog.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert dialog.session is not None
    # neither remembered nor forgotten (a look-up may have gone out before the keyring answered: it found nothing)
    assert [call for call in connector.keyring_calls if call[0] != "saved_password"] == []
    # the box stays disabled after the busy state gave the other fields back
    assert not dialog.remember_check.isEnabled()


def test_a_failed_login_without_a_keyring_keeps_the_box_disabled(qtbot: QtBot, connector: FakeConnector) -> None:
    connector.keyring_usable = False
    dialog = open_dialog(qtbot, connector, username="cdubois")
    dialog.password_edit.setText("wrong")
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.message_label.isVisible())
    assert dialog.user_edit.isEnabled() and not dialog.remember_check.isEnabled()


def test_with_a_keyring_the_box_is_enabled_without_a_tooltip(qtbot: QtBot, connector: FakeConnector) -> None:
    dialog = open_dialog(qtbot, connector)
    assert dialog.keyring_usable is True
    assert dialog.remember_check.isEnabled() and dialog.remember_check.toolTip() == ""


def test_unticking_remember_on_a_successful_login_forgets_the_stored_password(
    qtbot: QtBot, connector: FakeConnector
) -> None:
    connector.keyring[("demo", "cdubois")] = PASSWORD
    dialog = open_dialog(qtbot, connector, username="cdubois")
    qtbot.waitUntil(lambda: dialog.password_edit.text() == PASSWORD)
    assert dialog.remember_check.isChecked()
    dialog.remember_check.setChecked(False)
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert connector.keyring == {}
    assert ("forget_password", "demo", "cdubois") in connector.keyring_calls


def test_the_real_connector_with_keyrings_fail_backend(qtbot: QtBot) -> None:
    """What a headless Linux workstation has: the dialog opens, looks up nothing, disables the box."""
    keyring.set_keyring(fail.Keyring())  # the autouse fixture puts the in-memory one back afterwards
    connector = make_connector()
    assert not connector.keyring_available()
    dialog = open_dialog(qtbot, connector, username="gestionnaire")
    assert dialog.keyring_usable is False
    assert not dialog.remember_check.isEnabled()
    assert dialog.remember_check.toolTip() == NO_KEYRING
    assert dialog.password_edit.text() == ""


def test_the_real_connector_with_a_usable_keyring_fills_the_remembered_password(qtbot: QtBot) -> None:
    connector = make_connector()
    connector.remember_password("demo", "gestionnaire", "remembered")
    dialog = open_dialog(qtbot, connector, username="gestionnaire")
    assert dialog.keyring_usable is True and dialog.remember_check.isEnabled()
    qtbot.waitUntil(lambda: dialog.password_edit.text() == "remembered")
    assert dialog.remember_check.isChecked()
