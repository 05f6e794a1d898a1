"""The settings dialog: French, keyboard-only, every widget named; invalid input saves nothing; never a password;
reachable from the login dialog and the main window (Fichier → Paramètres…, Ctrl+,)."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from gui_fakes import GUI_THREAD, PASSWORD, FakeConnector
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from ocpm_desk.features.mailroom.api import PrinterChoice
from ocpm_desk.features.workstation import settings as workstation
from ocpm_desk.gui.accounts.login import LoginDialog
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.gui.workstation.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui

PRINTERS = [PrinterChoice("Accueil", True, True), PrinterChoice("Bureau-2e", False, True),
            PrinterChoice("Courrier", False, False)]


def settings_text() -> str:
    return workstation.settings_file().read_text(encoding="utf-8")


def open_dialog(qtbot: QtBot, printers: list[PrinterChoice] | None = None) -> SettingsDialog:
    threads: list[int] = []

    def listed() -> list[PrinterChoice]:
        threads.append(threading.get_ident())
        return list(PRINTERS if printers is None else printers)

    dialog = SettingsDialog(printers=listed)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.printers_loaded)
    assert threads and GUI_THREAD not in threads  # lpstat may take seconds: never on the GUI thread
    return dialog


def replace_text(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def test_french_labels_defaults_and_names(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    assert dialog.windowTitle() == "Paramètres"
    assert dialog.save_button.text() == "&Enregistrer"
    assert dialog.profile_combo.currentText() == "Démo"
    assert dialog.language_combo.currentText() == "Français"
    assert dialog.idle_spin.text() == "Réglage de la base de données"
    assert dialog.port_edit.text() == "5432" and dialog.database_edit.text() == "ocpm"
    assert [dialog.printer_combo.itemText(i) for i in range(dialog.printer_combo.count())] == [
        "Imprimante par défaut du système", "Accueil (défaut du système)", "Bureau-2e",
        "Courrier — n'accepte pas de travaux"]
    interactive = [w for w in dialog.findChildren(QWidget)
                   if isinstance(w, QLineEdit | QComboBox | QSpinBox | QAbstractButton) and w.isVisible()
                   and w.parent() is not dialog.idle_spin]
    assert len(interactive) >= 10
    assert [w.objectName() or type(w).__name__ for w in interactive if not w.accessibleName()] == []
    assert not any(isinstance(w, QLineEdit) and w.echoMode() != QLineEdit.EchoMode.Normal for w in interactive)


def test_keyboard_only_the_settings_are_saved_and_read_back(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot)
    with qtbot.waitSignal(dialog.saved) as saved:
        # Tab order follows the form: profile, Local file, Browse, host, port, database, printer, language, idle
        assert dialog.profile_combo.hasFocus() or dialog.focusWidget() is dialog.profile_combo
        qtbot.keyClick(dialog.profile_combo, Qt.Key.Key_End)  # Central
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.local_edit
        qtbot.keyClicks(dialog.local_edit, str(tmp_path / "bureau.sqlite"))
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.browse_button
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.host_edit
        qtbot.keyClicks(dialog.host_edit, "db.ocpm.example")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.port_edit
        dialog.port_edit.selectAll()
        qtbot.keyClicks(dialog.port_edit, "5433")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.database_edit
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.printer_combo
        qtbot.keyClick(dialog.printer_combo, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.printer_combo, Qt.Key.Key_Down)  # Bureau-2e
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.language_combo
        qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)  # English
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.idle_spin
        qtbot.keyClicks(dialog.idle_spin, "10")
        qtbot.keyClick(dialog.idle_spin, Qt.Key.Key_Return)  # Enter saves (the default button)
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    expected = workstation.WorkstationSettings(
        profile="central", local_path=str(tmp_path / "bureau.sqlite"), central_host="db.ocpm.example",
        central_port=5433, central_database="ocpm", printer="Bureau-2e", language="en", idle_lock_minutes=10)
    assert saved.args == [expected]
    assert workstation.load() == expected
    assert json.loads(settings_text())["central_url"] == "postgresql+psycopg://db.ocpm.example:5433/ocpm"

    again = open_dialog(qtbot)
    assert again.form_settings() == expected
    assert again.printer_combo.currentText() == "Bureau-2e"


def test_escape_closes_without_saving(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert not workstation.settings_file().exists()


@pytest.mark.parametrize(("field", "text", "message"), [
    ("port_edit", "70000", "Le port doit être un nombre de 1 à 65535"),
    ("port_edit", "abc", "Le port doit être un nombre de 1 à 65535"),
    ("host_edit", "", "Indiquez le nom du serveur Central"),
    ("local_edit", "/proc/1/nothing/here.sqlite", "Le fichier de la base Locale ne peut pas être écrit à cet endroit"),
])
def test_invalid_input_is_said_and_saves_nothing(qtbot: QtBot, field: str, text: str, message: str) -> None:
    dialog = open_dialog(qtbot)
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData("central"))
    replace_text(qtbot, dialog.host_edit, "db.ocpm.example")
    edit: QLineEdit = getattr(dialog, field)
    replace_text(qtbot, edit, text)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert message in dialog.message
    assert dialog.focusWidget() is edit  # the field to correct has the focus
    assert not workstation.settings_file().exists()


def test_a_folder_as_local_file_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot)
    replace_text(qtbot, dialog.local_edit, str(tmp_path))
    qtbot.keyClick(dialog.local_edit, Qt.Key.Key_Return)
    assert "est un dossier" in dialog.message
    assert not workstation.settings_file().exists()


def test_the_file_never_holds_a_password(qtbot: QtBot, connector: FakeConnector) -> None:
    """Log in with a remembered password, then save settings: neither the password nor any secret is written."""
    login = LoginDialog(connector)
    qtbot.addWidget(login)
    login.show()
    qtbot.keyClicks(login.user_edit, "cdubois")
    qtbot.keyClicks(login.password_edit, PASSWORD)
    login.open_settings()
    dialog = login.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitUntil(lambda: dialog.printers_loaded)
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData("central"))
    replace_text(qtbot, dialog.host_edit, "db.ocpm.example")
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    text = settings_text()
    assert PASSWORD not in text and "password" not in text.lower() and "cdubois" not in text


def ctrl_comma(qtbot: QtBot, owner: LoginDialog | MainWindow, focus: QWidget) -> SettingsDialog:
    """Ctrl+, in ``owner`` (``focus`` holding the focus): its settings dialog, once the printers are listed."""
    owner.activateWindow()
    qtbot.waitUntil(owner.isActiveWindow)
    qtbot.keyClick(focus, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: owner.settings_dialog is not None and owner.settings_dialog.isVisible())
    dialog = owner.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitUntil(lambda: dialog.printers_loaded)
    return dialog


def test_reachable_from_the_login_dialog_with_ctrl_comma(qtbot: QtBot, connector: FakeConnector) -> None:
    login = LoginDialog(connector)
    qtbot.addWidget(login)
    login.show()
    qtbot.waitExposed(login)
    assert login.settings_button.text() == "P&aramètres…" and login.settings_button.accessibleName()
    dialog = ctrl_comma(qtbot, login, login.user_edit)
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData("local"))
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.idle_spin, Qt.Key.Key_Return)
    assert login.profile_key == "local"  # the login proposes the profile just chosen
    assert login.settings_dialog is None
    assert workstation.load().profile == "local"


def test_reachable_from_the_main_window(qtbot: QtBot, open_window: Callable[..., MainWindow]) -> None:
    window = open_window("cdubois")
    action = window.settings_action
    assert action.shortcut().toString() == "Ctrl+,"
    assert action in window.shortcut_actions()  # listed under Aide → Raccourcis clavier
    assert action.text() == "&Paramètres…"
    dialog = ctrl_comma(qtbot, window, window.navigation)
    dialog.idle_spin.setValue(3)
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert workstation.load().idle_lock_minutes == 3
