"""What every screen that shows data from the database has in common.

A screen loads its data in the background when it is first shown (and on Refresh), and is always in one of a few
states: loading, ready, empty, or failed with a Retry button. The window never waits for the database. A screen
with actions of its own (``ActionScreen``) offers them in the window's Orders menu while it shows, runs one at a
time in the background and opens one dialog at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ocpm_desk.gui.background import BackgroundTask, run_in_background
from ocpm_desk.gui.dialogs import ActionDialog
from ocpm_desk.gui.failures import describe_failure
from ocpm_desk.gui.widgets import MessageLabel, StatePane, named, spaced
from ocpm_desk.session import DeskSession


class ScreenState(StrEnum):
    IDLE = "idle"  # not loaded yet
    LOADING = "loading"
    READY = "ready"
    EMPTY = "empty"
    FAILED = "failed"


SETTLED = frozenset({ScreenState.READY, ScreenState.EMPTY, ScreenState.FAILED})


class DataScreen(QWidget):
    """Base of the screens: a header (title, details, Refresh) above the content or a state pane.

    Subclasses implement ``title``, ``build_content``, ``loader`` and ``show_data``.
    """

    state_changed = Signal(str)

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._state = ScreenState.IDLE
        self._task: BackgroundTask | None = None
        self._failure: BaseException | None = None

        self._title = named(QLabel(self.title(), self), "screenTitle")
        self._details = named(QLabel(self), "screenDetails")
        self.refresh_button = named(QPushButton(self._refresh_text(), self), "refreshButton")
        self.refresh_button.setToolTip(self._refresh_tooltip())
        self.refresh_button.clicked.connect(self.reload)

        header = QHBoxLayout()
        header.setSpacing(12)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self._title)
        titles.addWidget(self._details)
        header.addLayout(titles, 1)
        header.addWidget(self.refresh_button)

        self._pages = QStackedWidget(self)
        self.state_pane = StatePane(self._pages)
        self._content = self.build_content()
        self._pages.addWidget(self.state_pane)
        self._pages.addWidget(self._content)

        column = spaced(QVBoxLayout(self), 14, (28, 20, 28, 16))
        column.addLayout(header)
        column.addWidget(self._pages, 1)

    # -- for subclasses --------------------------------------------------------------------------------------

    def title(self) -> str:
        raise NotImplementedError

    def build_content(self) -> QWidget:
        """The widget that shows the data; built once, filled by ``show_data``."""
        raise NotImplementedError

    def loader(self) -> Callable[[], object]:
        """A function run in the background that fetches the data. Called on the GUI thread; the function it
        returns must not touch any widget (capture the session and plain values only)."""
        raise NotImplementedError

    def show_data(self, data: object) -> bool:
        """Fill the content with ``data``; False when there is nothing to show (the empty state is shown)."""
        raise NotImplementedError

    def empty_text(self) -> tuple[str, str]:
        return self.tr("Nothing to show"), ""

    def set_details(self, text: str) -> None:
        self._details.setText(text)

    # -- state -----------------------------------------------------------------------------------------------

    @property
    def state(self) -> ScreenState:
        return self._state

    @property
    def settled(self) -> bool:
        """Loaded, empty or failed: nothing is on its way."""
        return self._state in SETTLED

    @property
    def failure(self) -> BaseException | None:
        return self._failure

    @property
    def content(self) -> QWidget:
        return self._content

    def showing_content(self) -> bool:
        return self._pages.currentWidget() is self._content

    def ensure_loaded(self) -> None:
        if self._state is ScreenState.IDLE:
            self.reload()

    def reload(self) -> None:
        if self._task is not None:
            self._task.discard()
        if self._state is not ScreenState.READY:
            self.state_pane.show_state(self.tr("Loading…"), kind="info")
            self._pages.setCurrentWidget(self.state_pane)
        # When refreshing a screen already shown, its data stays visible until the new data arrives.
        self.refresh_button.setEnabled(False)
        self._set_state(ScreenState.LOADING)
        self._task = run_in_background(self, self.loader(), self._loaded, self._failed)

    def _loaded(self, data: object) -> None:
        self._task = None
        self._failure = None
        self.refresh_button.setEnabled(True)
        if self.show_data(data):
            self._pages.setCurrentWidget(self._content)
            self._set_state(ScreenState.READY)
        else:
            title, message = self.empty_text()
            self.state_pane.show_state(title, message, kind="empty")
            self._pages.setCurrentWidget(self.state_pane)
            self._set_state(ScreenState.EMPTY)

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self._failure = exc
        self.refresh_button.setEnabled(True)
        # Data that could not be refreshed is not shown as if it were current.
        self.state_pane.show_state(
            self.tr("The data could not be loaded"),
            describe_failure(exc),
            kind="error",
            action_text=self.tr("&Retry"),
            action=self.reload,
        )
        self._pages.setCurrentWidget(self.state_pane)
        self.set_details("")
        self._set_state(ScreenState.FAILED)

    def _set_state(self, state: ScreenState) -> None:
        if state is not self._state:
            self._state = state
            self.state_changed.emit(state.value)

    def _refresh_text(self) -> str:
        return self.tr("&Refresh")

    def _refresh_tooltip(self) -> str:
        return self.tr("Load the data again from the database (F5)")


class ActionScreen(DataScreen):
    """A data screen with actions of its own: in the window's Orders menu while it shows (F1 lists their shortcuts),
    one at a time in the background (``busy``), one dialog at a time (``open_dialog``), said on its message line.

    Subclasses lay out ``message_label`` with their content, then build their actions (``_build_actions``, once the
    content exists), enable them (``_update_actions``: it may be called before the actions exist) and list them
    (``screen_actions``)."""

    #: Read the data again whenever the screen shows (another screen may have changed what it lists).
    reload_on_show = False

    message_label: MessageLabel
    dialog: ActionDialog | None

    def __init__(self, session: DeskSession, parent: QWidget | None = None, *, name: str, style: str) -> None:
        self.dialog = None
        self._action_task: BackgroundTask | None = None
        super().__init__(session, parent)
        self.setObjectName(name)
        self.setStyleSheet(style)
        self._build_actions()
        self._update_actions()

    def _build_actions(self) -> None:
        raise NotImplementedError

    def _update_actions(self) -> None:
        raise NotImplementedError

    def screen_actions(self) -> list[QAction]:
        raise NotImplementedError

    def content_column(self, spacing: int | None = None) -> tuple[QWidget, QVBoxLayout]:
        """The content's page and its column, the row of the action buttons on top (``buttons_row``)."""
        page = QWidget(self)
        column = spaced(QVBoxLayout(page), spacing)
        self.buttons_row = QHBoxLayout()
        column.addLayout(self.buttons_row)
        return page, column

    @property
    def busy(self) -> bool:
        """An action is on its way."""
        return self._action_task is not None and not self._action_task.done

    @property
    def message(self) -> str:
        return self.message_label.text()

    def ask_unless_busy(self, ask: Callable[[], str]) -> str:
        """What ``ask`` (a file dialog) answers; "" while an action is on its way (nothing is asked then)."""
        return "" if self.busy else ask()

    def open_dialog(self, dialog: ActionDialog, run: Callable[[], None]) -> None:
        """Show ``dialog`` (instead of one still open); its OK calls ``run``."""
        if self.dialog is not None:
            self.dialog.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(run)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: ActionDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def refresh(self) -> None:
        """Orders changed somewhere: read the list again unless something is on its way (keeps the selection)."""
        if self.settled and not self.busy and self.dialog is None:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        install_screen_actions(self, self.screen_actions())
        if self.reload_on_show:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        remove_screen_actions(self, self.screen_actions())


def install_screen_actions(screen: QWidget, actions: list[QAction], menu_title: str | None = None) -> None:
    """The screen's actions in the window's Orders menu (F1 lists their shortcuts) while the screen shows; the menu
    hides while there are none. ``menu_title``: the menu's, should this screen be the first to make it."""
    for action in actions:
        screen.addAction(action)  # the shortcuts work while the screen shows
    menu = _orders_menu(screen, create=bool(actions), title=menu_title)
    if menu is not None:
        menu.clear()
        menu.addActions(actions)
        menu.menuAction().setVisible(bool(actions))


def remove_screen_actions(screen: QWidget, actions: list[QAction]) -> None:
    menu = _orders_menu(screen, create=False, title=None)
    if menu is not None:
        for action in actions:
            menu.removeAction(action)
        menu.menuAction().setVisible(bool(menu.actions()))


def _orders_menu(widget: QWidget, *, create: bool, title: str | None) -> QMenu | None:
    window = widget.window()
    if not isinstance(window, QMainWindow):
        return None
    bar = window.menuBar()
    menu = bar.findChild(QMenu, ORDERS_MENU)
    if menu is None and create:
        menu = QMenu(title or QCoreApplication.translate("OrderScreen", "&Orders"), bar)
        menu.setObjectName(ORDERS_MENU)
        existing = bar.actions()
        if existing:
            bar.insertMenu(existing[-1], menu)  # before Help
        else:
            bar.addMenu(menu)
    return menu


ORDERS_MENU = "ordersMenu"  # the window's "Orders" menu, shared with the queue screens
