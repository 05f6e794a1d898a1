"""The steps of the screen tests, as the user takes them: a screen shown from the navigation once it has loaded,
an order opened, an action's dialog, the texts a widget shows, the cells of a table read, what F1 lists; and the
types of the conftest's window fixtures (``open_window``, ``logged_in``, ``order_window``, ``watched_order``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from gui_fakes import Calls, WatchedSession
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ocpm_desk.gui.casework.order import OrderScreen
from ocpm_desk.gui.dialogs import ActionDialog
from ocpm_desk.gui.help import ShortcutsDialog
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.gui.screen import ActionScreen, DataScreen
from ocpm_desk.session import DeskSession

#: French typography's no-break space: before ":" and ";", inside « ».
NBSP = "\u00a0"
#: The conftest's ``open_window`` fixture.
OpenWindow = Callable[..., MainWindow]
#: The conftest's ``logged_in`` fixture: a username → the session (watched) and its window.
LoggedIn = Callable[[str], tuple[WatchedSession, MainWindow]]
#: The conftest's ``order_window`` fixture: who (a username or a session), the order → the window, its order screen.
OrderWindow = Callable[[str | DeskSession, int], tuple[MainWindow, OrderScreen]]
#: The conftest's ``watched_order`` fixture: a username, the order, the calls to watch → the window, its order screen,
#: what each call is given.
WatchedOrder = Callable[..., tuple[MainWindow, OrderScreen, tuple[Calls, ...]]]
#: How ``widget_texts`` reads an item view's model: (how, text) of what it shows.
ModelTexts = Callable[[QAbstractItemModel], Iterable[tuple[str, str]]]
AnyScreen = TypeVar("AnyScreen", bound=DataScreen)
AnyDialog = TypeVar("AnyDialog", bound=ActionDialog)

# ---- opening a screen ----------------------------------------------------------------------------------------------


def show_screen(qtbot: QtBot, window: MainWindow, key: str, kind: type[AnyScreen],
                ready: Callable[[AnyScreen], bool] = lambda _screen: True) -> AnyScreen:
    """The screen ``key`` shown from the navigation, once it has loaded and is ``ready``."""
    window.show_screen(key)
    screen = window.screen_by_key(key)
    assert isinstance(screen, kind), key
    qtbot.waitUntil(lambda: screen.settled and ready(screen))
    return screen


def open_order(qtbot: QtBot, window: MainWindow, order_id: int) -> OrderScreen:
    """The order screen on ``order_id`` (as Ctrl+O opens it), once the order is shown and nothing is on its way."""
    window.open_order(order_id)
    screen = window.order_screen
    assert screen is not None
    qtbot.waitUntil(lambda: screen.settled and screen.order_id == order_id and not screen.busy)
    return screen

def opened_dialog(screen: ActionScreen, action: QAction, kind: type[AnyDialog]) -> AnyDialog:
    """Trigger ``action`` of ``screen``: the dialog it opens, a ``kind``."""
    action.trigger()
    dialog = screen.dialog
    assert isinstance(dialog, kind)
    return dialog


def waited_dialog(qtbot: QtBot, screen: ActionScreen, kind: type[AnyDialog]) -> AnyDialog:
    """The dialog ``screen`` opens (after a key, a click), a ``kind``, once it is there."""
    qtbot.waitUntil(lambda: isinstance(screen.dialog, kind))
    dialog = screen.dialog
    assert isinstance(dialog, kind)
    return dialog


def inside_calendar(widget: QWidget) -> bool:
    """``widget`` is part of a date field's calendar: Qt's own widget, which the walks over every screen pass over."""
    current: QWidget | None = widget
    while current is not None:
        if isinstance(current, QCalendarWidget):
            return True
        current = current.parentWidget()
    return False


# ---- what a widget shows ------------------------------------------------------------------------------------------


def widget_texts(widget: QWidget, model_texts: ModelTexts, *, held: bool = False) -> Iterator[tuple[str, str]]:
    """(how, text) of what ``widget`` shows as a widget of its kind: a label's or a button's text, a group box's title,
    a text field's placeholder, a combo box's items, the tabs of a tab bar (and their tool tips) or of a tab widget,
    what ``model_texts`` reads of an item view's model (not of a header: its view's); with ``held``, what it holds
    too: the text of a line, text or spin box (and a spin box's special value), a progress bar's, a combo box's
    current text. (Not what every widget has: its tool tip, its accessible name.)"""
    if isinstance(widget, QLabel | QAbstractButton):
        yield "text", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "title", widget.title()
    elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        if held:
            yield "text", widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QAbstractSpinBox):
        if held:
            yield "text", widget.text()
            yield "special value", widget.specialValueText()
    elif isinstance(widget, QProgressBar):
        if held:
            yield "text", widget.text()
    elif isinstance(widget, QComboBox):
        if held:
            yield "current text", widget.currentText()
        for i in range(widget.count()):
            yield f"item {i}", widget.itemText(i)
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield f"tab {i}", widget.tabText(i)
            yield f"tab tip {i}", widget.tabToolTip(i)
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield f"tab {i}", widget.tabText(i)
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        model = widget.model()
        if model is not None:
            yield from model_texts(model)


# ---- a screen's table ----------------------------------------------------------------------------------------------


def row_count(view: QAbstractItemView) -> int:
    """The rows a table shows (a ``QTableWidget`` or a view over a model)."""
    return view.model().rowCount()


def cell(view: QAbstractItemView, row: int, column: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> str:
    """A cell as the table shows it (its text, or its tooltip with ``role``)."""
    value = view.model().index(row, column).data(role)
    return "" if value is None else str(value)


def column_texts(view: QAbstractItemView, column: int) -> list[str]:
    return [cell(view, r, column) for r in range(row_count(view))]


def row_texts(view: QAbstractItemView, row: int) -> list[str]:
    return [cell(view, row, c) for c in range(view.model().columnCount())]


# ---- the keyboard --------------------------------------------------------------------------------------------------


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make ``window`` the active window, as a click on it does (Qt runs the shortcuts of the active window only)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key,
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press ``key`` (with ``modifiers``) on ``widget`` as the user does: in its window, made the active one first."""
    activate(qtbot, widget.window())
    QTest.keyClick(widget, key, modifiers)  # what ``qtbot.keyClick`` runs (typed)


def f1_keys(window: MainWindow) -> set[str]:
    """The shortcuts F1 lists, as it writes them."""
    return {keys for _title, keys in ShortcutsDialog(window.shortcut_actions(), window).shortcuts()}


def shortcuts_dialog(qtbot: QtBot, window: MainWindow) -> ShortcutsDialog:
    """F1: the window's list of shortcuts, once it is there."""
    window.show_shortcuts()
    qtbot.waitUntil(lambda: window.findChild(ShortcutsDialog) is not None)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    return dialog


def actions_in_f1(qtbot: QtBot, window: MainWindow, key: str) -> ActionScreen:
    """Show the screen ``key`` and check its actions: each has a shortcut, F1 lists it, and it is not the window's
    "Open an order" (Ctrl+O). The screen."""
    screen = show_screen(qtbot, window, key, ActionScreen)
    listed = f1_keys(window)
    open_order = window.open_order_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    for action in screen.screen_actions():
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert keys, f"{action.objectName()} has no shortcut"
        assert keys in listed, f"{action.objectName()} is not in the F1 list"
        assert keys != open_order, action.objectName()
    return screen
