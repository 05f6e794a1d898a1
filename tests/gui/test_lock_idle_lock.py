"""The idle lock of the main window: it locks after the session's idle minutes (the database's setting), shows no
data while locked, and unlocks only with the user's password (checked by the real service, off the GUI thread)."""

from __future__ import annotations

import pytest
from gui_fakes import GUI_THREAD, PASSWORD, session_for
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from screen_steps import LoggedIn, OpenWindow, shortcuts_dialog
from sqlalchemy import Engine, text
from test_gui_main_window import add_delivered

from ocpm_desk.gui.help import ShortcutsDialog
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.gui.screen import ScreenState
from ocpm_desk.kernel.errors import ConnectionFailed
from ocpm_desk.kernel.phrases import Phrase
from ocpm_desk.wiring import AppDeskSession

pytestmark = pytest.mark.gui

WRONG = "Utilisateur inconnu ou mot de passe erroné."  # the login dialog's message, word for word
UNREACHABLE = (
    "La démarche n'a pas abouti\u00a0: la base de données est injoignable. Vérifiez la connexion et réessayez."
)


def visible_texts(window: MainWindow) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel) if label.isVisible() and label.text()]


def assert_nothing_but_the_lock_page(window: MainWindow) -> None:
    lock = window.screen_lock
    assert window.locked
    assert lock.page.isVisible()
    assert not lock.body.isVisible() and not window.stack.isVisible() and not window.navigation.isVisible()
    for key in window.screen_keys():
        assert not window.screen_by_key(key).isVisible()
    assert not window.statusBar().isVisible() and not window.menuBar().isVisible()
    assert window.windowTitle() == "OCPM Desk"
    shown = [label for label in window.findChildren(QLabel) if label.isVisible()]
    assert all(lock.page.isAncestorOf(label) for label in shown)


def unlock(qtbot: QtBot, window: MainWindow, password: str) -> None:
    edit = window.screen_lock.page.password_edit
    edit.clear()
    qtbot.keyClicks(edit, password)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_the_window_locks_after_its_idle_time(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("cdubois", idle_lock_ms=240)
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    assert_nothing_but_the_lock_page(window)
    page = window.screen_lock.page
    assert page.title_label.text() == "Session verrouillée"
    assert page.message_label.text() == (
        "La session de cdubois est verrouillée. Saisissez votre mot de passe pour continuer."
    )
    assert "sans activité" in page.when_label.text()
    assert page.password_edit.echoMode() == page.password_edit.EchoMode.Password
    assert page.password_edit.hasFocus() or QApplication.focusWidget() is page.password_edit


def test_the_idle_minutes_are_the_database_setting_and_the_window_stays_unlocked_meanwhile(
    qtbot: QtBot, logged_in: LoggedIn, gui_engine: Engine
) -> None:
    with gui_engine.begin() as conn:  # as ocpm-desk-admin set-setting writes it
        conn.execute(text("UPDATE settings SET value = '7' WHERE key = 'idle_lock_minutes'"))
    session, window = logged_in("cdubois")
    qtbot.waitUntil(lambda: window.screen_lock.idle_minutes == 7)
    assert not window.locked and window.stack.isVisible() and window.statusBar().isVisible()
    # the setting was read in the background
    assert session.thread_of("idle_lock_minutes") and GUI_THREAD not in session.thread_of("idle_lock_minutes")


def test_nothing_of_the_data_is_painted_while_locked(qtbot: QtBot, open_window: OpenWindow, gui_engine: Engine
                                                     ) -> None:  # fmt: skip
    """Two windows of the same user showing different figures and databases look the same, pixel for pixel."""
    first = session_for(gui_engine, "cdubois")
    windows = [open_window(first, screen="overview")]  # no order yet
    add_delivered(gui_engine, 7_777)
    second = AppDeskSession(gui_engine, first.identity, Phrase(
        "{profile} — {where}", context="Profile", profile=Phrase("Central", context="Profile"),
        where="db.example/secret"))  # fmt: skip
    windows.append(open_window(second, screen="overview"))
    for window in windows:
        window.resize(1100, 700)
    unlocked = [window.grab().toImage() for window in windows]
    assert unlocked[0] != unlocked[1]
    assert any("7'777" in text for text in visible_texts(windows[1]))

    for window in windows:
        window.screen_lock.lock("Verrouillée à 12:00.")
        assert_nothing_but_the_lock_page(window)
    for window in windows:
        window.screen_lock.page.password_edit.clearFocus()  # one of the two has the focus (and its frame)
    qtbot.wait(50)
    locked = [window.grab().toImage() for window in windows]
    assert locked[0] == locked[1], "something of the screens shows through the lock page"
    assert not any("7'777" in text or "secret" in text for text in visible_texts(windows[1]))
    # and the grab is not blank: it is the lock page
    image = locked[0]
    assert len({image.pixel(x, image.height() // 2) for x in range(0, image.width(), 5)}) > 2


def test_the_right_password_unlocks_and_gives_everything_back(qtbot: QtBot, logged_in: LoggedIn,
                                                               gui_engine: Engine) -> None:  # fmt: skip
    session, window = logged_in("jmeyer")
    window.show_screen("catalogue")
    qtbot.waitUntil(lambda: window.screen_by_key("catalogue").settled)
    title = window.windowTitle()
    enabled = {action.text(): action.isEnabled() for action in window.shortcut_actions()}
    window.lock_now()
    assert_nothing_but_the_lock_page(window)
    assert not any(action.isEnabled() for action in window.shortcut_actions())

    unlock(qtbot, window, PASSWORD)
    qtbot.waitUntil(lambda: not window.locked)
    assert window.windowTitle() == title == "OCPM Desk — Julie Meyer"
    assert window.stack.isVisible() and window.statusBar().isVisible() and window.menuBar().isVisible()
    assert window.current_key() == "catalogue" and window.screen_by_key("catalogue").isVisible()
    assert {action.text(): action.isEnabled() for action in window.shortcut_actions()} == enabled
    assert not window.screen_lock.page.isVisible()
    assert window.screen_lock.page.password_edit.text() == ""
    assert session.thread_of("unlock") and GUI_THREAD not in session.thread_of("unlock")
    assert window.screen_lock.watcher.active  # counting again


def test_a_wrong_password_stays_locked_with_the_login_message(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("cdubois")
    window.lock_now()
    unlock(qtbot, window, "not the password")
    page = window.screen_lock.page
    qtbot.waitUntil(lambda: page.error_label.isVisible())
    assert page.error_label.text() == WRONG
    assert page.password_edit.text() == "" and page.password_edit.isEnabled()
    assert_nothing_but_the_lock_page(window)


def test_an_unreachable_database_stays_locked(qtbot: QtBot, logged_in: LoggedIn, gui_engine: Engine) -> None:
    session, window = logged_in("cdubois")
    window.lock_now()
    session.fail("unlock", ConnectionFailed("no route to host"))
    unlock(qtbot, window, PASSWORD)
    page = window.screen_lock.page
    qtbot.waitUntil(lambda: page.error_label.isVisible())
    assert page.error_label.text() == UNREACHABLE
    assert_nothing_but_the_lock_page(window)


def test_an_empty_password_is_asked_for_without_calling_the_database(
    qtbot: QtBot, logged_in: LoggedIn, gui_engine: Engine
) -> None:
    session, window = logged_in("cdubois")
    window.lock_now()
    qtbot.mouseClick(window.screen_lock.page.unlock_button, Qt.MouseButton.LeftButton)
    assert window.screen_lock.page.error_label.text() == "Saisissez votre mot de passe."
    assert session.thread_of("unlock") == []


def test_input_keeps_the_window_unlocked(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("cdubois", idle_lock_ms=600)
    window.activateWindow()
    # 1.5 s of activity, one key every 150 ms: more than twice the limit, never locked
    for _ in range(10):
        qtbot.wait(150)
        qtbot.keyClick(window.navigation, Qt.Key.Key_Shift)
        assert not window.locked
    assert window.screen_lock.watcher.idle_for_ms() < 600
    # then no input: it locks
    qtbot.waitUntil(lambda: window.locked, timeout=3000)


def test_mouse_input_counts_too(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("cdubois", idle_lock_ms=600)
    for _ in range(8):
        qtbot.wait(150)
        qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton)
        assert not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=3000)


def test_ctrl_l_locks_and_shortcuts_do_nothing_while_locked(qtbot: QtBot, open_window: OpenWindow,
                                                            gui_engine: Engine) -> None:  # fmt: skip
    session = session_for(gui_engine, "cdubois")
    window = open_window(session, screen="overview")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    assert window.current_key() == "overview"
    loads = len(session.thread_of("overview.overview"))
    edit = window.screen_lock.page.password_edit
    qtbot.keyClick(edit, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_F5)
    qtbot.keyClick(edit, Qt.Key.Key_F1)
    qtbot.wait(100)
    assert window.current_key() == "overview"
    assert len(session.thread_of("overview.overview")) == loads
    assert window.findChild(ShortcutsDialog) is None
    assert window.locked and window.screen_by_key("catalogue").state is ScreenState.IDLE


def test_log_out_from_the_lock_page(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("cdubois")
    window.lock_now()
    with qtbot.waitSignal(window.logout_requested):
        qtbot.mouseClick(window.screen_lock.page.logout_button, Qt.MouseButton.LeftButton)


def test_dialogs_of_the_window_are_hidden_while_locked_and_come_back(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("cdubois")
    dialog = shortcuts_dialog(qtbot, window)
    qtbot.waitUntil(dialog.isVisible)
    window.lock_now()
    assert not dialog.isVisible()
    assert not any(
        w.isVisible() for w in QApplication.topLevelWidgets() if w is not window and window.isAncestorOf(w)
    )
    unlock(qtbot, window, PASSWORD)
    qtbot.waitUntil(lambda: not window.locked)
    assert dialog.isVisible()
    dialog.close()


def test_the_lock_shortcut_is_listed_in_help(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("cdubois")
    dialog = shortcuts_dialog(qtbot, window)
    assert dict(dialog.shortcuts())["Verrouiller"] == "Ctrl+L"
    dialog.close()


def test_the_lock_survives_a_window_that_never_read_its_setting(qtbot: QtBot, gui_engine: Engine) -> None:
    """A failing setting read keeps the default (15 min) and does not lock at once."""
    session = session_for(gui_engine, "cdubois")
    session.fail("idle_lock_minutes", ConnectionFailed("down"))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.current_screen() is not None and window.current_screen().settled)
    qtbot.wait(50)
    assert window.screen_lock.idle_minutes == 15 and not window.locked
