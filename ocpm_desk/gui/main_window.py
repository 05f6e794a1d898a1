"""The main window: navigation by role on the left, the screens on the right, who/where/connection below.

The window opens an order over the queue it came from, the refusal editor over the order, and the approvals on a
proposal; it locks itself when idle, and reads the visible list again when orders change anywhere (live updates).
Its menus are ``window_menus.WindowMenus`` (its base); its status bar and connection watch, ``window_status``.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from ocpm_desk.gui.accounts.idle_lock import WindowLock
from ocpm_desk.gui.casework.dialogs import OpenOrderDialog
from ocpm_desk.gui.casework.order import OrderScreen
from ocpm_desk.gui.casework.queues import QueueScreen
from ocpm_desk.gui.intake.screen import ImportScreen
from ocpm_desk.gui.labels import roles_text
from ocpm_desk.gui.live import LiveUpdates
from ocpm_desk.gui.mailroom.deadlines import DeadlinesScreen
from ocpm_desk.gui.mailroom.printing import PrintQueueScreen
from ocpm_desk.gui.navigation import ScreenSpec, landing_screen, screens_for
from ocpm_desk.gui.paths import icon_path
from ocpm_desk.gui.refusals.approvals import ApprovalsScreen
from ocpm_desk.gui.refusals.editor import REFUSAL, RefusalEditor
from ocpm_desk.gui.screen import DataScreen, ScreenState
from ocpm_desk.gui.widgets import StatePane, named, spaced
from ocpm_desk.gui.window_menus import WindowMenus
from ocpm_desk.gui.window_status import CONNECTION_CHECK_MS as CONNECTION_CHECK_MS  # the window's, as before
from ocpm_desk.gui.window_status import RECONNECT_MS, WindowStatus
from ocpm_desk.gui.window_status import ConnectionState as ConnectionState
from ocpm_desk.kernel.permissions import Permission, has_permission
from ocpm_desk.session import DeskSession

log = logging.getLogger(__name__)

#: With live updates the queues' own polling is only a safety net (a listener that could not connect).
LIVE_POLL_MS = 60_000
#: A change announced while the visible queue is busy (loading, acting) is applied this long after.
LIVE_RETRY_MS = 300


class MainWindow(WindowMenus):
    logout_requested = Signal()
    closed = Signal()
    settings_dialog: QDialog | None = None  # Fichier → Paramètres…, while open

    def __init__(
        self,
        session: DeskSession,
        parent: QWidget | None = None,
        *,
        connection_check_ms: int = CONNECTION_CHECK_MS,
        reconnect_ms: int = RECONNECT_MS,
        idle_lock_ms: int | None = None,
    ) -> None:
        """``idle_lock_ms`` overrides the session's idle lock setting (tests)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._session = session
        self._identity = session.identity
        self._logging_out = False
        self._specs: list[ScreenSpec] = screens_for(self._identity.roles)
        self._screens: dict[str, DataScreen] = {}
        self._load_started: dict[str, float] = {}
        self._order_screen: OrderScreen | None = None  # pushed over the queue it was opened from
        self._refusal_editor: RefusalEditor | None = None  # pushed over the order it was opened from
        self._order_origin: str | None = None
        self._may_open_orders = has_permission(self._identity.roles, Permission.VIEW_ORDER)

        self.setWindowTitle(self.tr("OCPM Desk — {name}").format(name=self._identity.display_name))
        self.setWindowIcon(QIcon(str(icon_path("ocpm-desk"))))
        self.setMinimumSize(960, 600)
        self.resize(1280, 800)

        self._build_body()
        self._build_menus()
        self.status = WindowStatus(self, session, check_ms=connection_check_ms, reconnect_ms=reconnect_ms)
        self.status.restored.connect(self._connection_restored)
        # the window's names for its status bar's labels (tests and the language walk use them)
        self.user_label, self.roles_label = self.status.user_label, self.status.roles_label
        self.database_label, self.connection_label = self.status.database_label, self.status.connection_label
        # The idle lock takes the body into a stack beside its lock page (DESIGN §6: no data visible while locked).
        self.screen_lock = WindowLock(self, session, idle_ms=idle_lock_ms)
        self.screen_lock.page.logout_requested.connect(self.log_out)

        # Checked now and periodically; an action that could not reach the database has the connection checked at
        # once (the status bar shows the loss, and the reconnection attempts begin, without the periodic check).
        self.status.start()

        # Live updates (DESIGN §5): the visible queue reads its rows again when orders change anywhere.
        self.live_updates = LiveUpdates(session, self)
        self.live_updates.ordersChanged.connect(self.orders_changed)
        self._live_retry = QTimer(self)
        self._live_retry.setSingleShot(True)
        self._live_retry.setInterval(LIVE_RETRY_MS)
        self._live_retry.timeout.connect(self.orders_changed)
        queues = [screen for screen in self._screens.values() if isinstance(screen, QueueScreen)]
        for screen in queues:
            screen.poll_timer.setInterval(LIVE_POLL_MS)
        if queues or self._live_screens():
            self.live_updates.start()

        approvals = self._approvals()
        if approvals is not None:
            approvals.reload()  # the count beside its navigation entry, before it is opened
        landing = landing_screen(self._identity.roles, self.screen_keys())
        to_print = self._screens.get("to_print")
        if to_print is not None and landing != "to_print":
            to_print.reload()  # its count too
        if landing is not None:
            self.navigation.setCurrentRow(self.screen_keys().index(landing))

    # -- layout ----------------------------------------------------------------------------------------------

    def _build_body(self) -> None:
        central = QWidget(self)
        row = spaced(QHBoxLayout(central), 0)

        self.navigation = named(QListWidget(central), "navigation", self.tr("Navigation"))
        self.navigation.setFixedWidth(220)
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = named(QStackedWidget(central), "screens")

        for spec in self._specs:
            screen = spec.create(self._session, self.stack)
            self._screens[spec.key] = screen
            self.stack.addWidget(screen)
            screen.state_changed.connect(lambda state, key=spec.key: self._screen_state_changed(key, state))
            if isinstance(screen, QueueScreen | ApprovalsScreen | DeadlinesScreen):
                screen.order_requested.connect(self.open_order)
            if isinstance(screen, ApprovalsScreen | PrintQueueScreen):
                screen.count_changed.connect(lambda count, key=spec.key: self._show_count(key, count))
            if isinstance(screen, ImportScreen):
                screen.quarantine_requested.connect(self._show_quarantine)
            item = QListWidgetItem(QIcon(str(icon_path(spec.icon))), spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, 40))
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._navigate)
        # a click on the entry already selected comes back to it (from an order pushed over it)
        self.navigation.itemClicked.connect(lambda item: self._navigate(self.navigation.row(item)))

        self.no_screens = StatePane(self.stack)
        self.no_screens.setObjectName("noScreensPane")
        if not self._specs:
            self.no_screens.show_state(
                self.tr("No screens for this account"),
                self.tr(
                    "The roles of this account ({roles}) give access to no screen of OCPM Desk. The intake "
                    "account is the web platform's: it delivers orders, it does not process them. Log out and "
                    "log in with a staff account."
                ).format(roles=roles_text(self._identity.roles) or "—"),
                kind="empty",
                action_text=self.tr("&Log out"),
                action=self.log_out,
            )
            self.stack.addWidget(self.no_screens)
            self.stack.setCurrentWidget(self.no_screens)
            self.navigation.setVisible(False)

        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    # -- navigation ------------------------------------------------------------------------------------------

    def screen_keys(self) -> list[str]:
        """The keys of the navigation entries, in order."""
        return [spec.key for spec in self._specs]

    def screen_by_key(self, key: str) -> DataScreen:
        return self._screens[key]

    def current_screen(self) -> DataScreen | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, DataScreen) else None

    def current_key(self) -> str | None:
        screen = self.current_screen()
        for key, candidate in self._screens.items():
            if candidate is screen:
                return key
        return None

    def show_screen(self, key: str) -> None:
        self.show_row(self.screen_keys().index(key))

    def _show_quarantine(self) -> None:
        if "quarantine" in self._screens:
            self.show_screen("quarantine")

    def show_row(self, row: int) -> None:
        """The screen of navigation entry ``row``, even when that entry is selected already (under an order)."""
        if self.navigation.currentRow() == row:
            self._navigate(row)
        else:
            self.navigation.setCurrentRow(row)

    # -- orders ----------------------------------------------------------------------------------------------

    @property
    def order_screen(self) -> OrderScreen | None:
        return self._order_screen

    def open_order(self, order_id: int) -> None:
        """Show an order over the current queue ("Back to the list" returns there)."""
        if not self._may_open_orders:
            return
        if self._order_screen is None:
            self._order_screen = OrderScreen(self._session, self.stack)
            self._order_screen.back_requested.connect(self.back_to_list)
            self._order_screen.refusal_editor_requested.connect(self.open_refusal_editor)
            self._order_screen.proposal_requested.connect(self.open_proposal)
            self.stack.addWidget(self._order_screen)
        key = self.current_key()
        if key is not None:
            self._order_origin = key
        self.stack.setCurrentWidget(self._order_screen)
        self._order_screen.show_order(order_id)

    @property
    def refusal_editor(self) -> RefusalEditor | None:
        return self._refusal_editor

    def open_refusal_editor(self, order_id: int, mode: str = REFUSAL) -> None:
        """The refusal editor (or the hearing letter's) over the order; Escape comes back to the order."""
        if self._refusal_editor is None:
            self._refusal_editor = RefusalEditor(self._session, self.stack)
            self._refusal_editor.back_requested.connect(self.back_to_order)
            self._refusal_editor.submitted.connect(self._refusal_submitted)
            self.stack.addWidget(self._refusal_editor)
        self.stack.setCurrentWidget(self._refusal_editor)
        self._refusal_editor.open_for(order_id, mode)

    def back_to_order(self) -> None:
        editor = self._refusal_editor
        order_id = editor.order_id if editor is not None else None
        if order_id is None:
            self.back_to_list()
            return
        if self._order_screen is None:
            self.open_order(order_id)
            return
        self.stack.setCurrentWidget(self._order_screen)
        self._order_screen.show_order(order_id)

    def _refusal_submitted(self, order_id: int, text: str) -> None:
        self.back_to_order()
        if self._order_screen is not None:
            self._order_screen.announce(text)

    def _approvals(self) -> ApprovalsScreen | None:
        screen = self._screens.get("approvals")
        return screen if isinstance(screen, ApprovalsScreen) else None

    def _live_screens(self) -> list[PrintQueueScreen | DeadlinesScreen]:
        """The screens besides the queues and approvals that read their list again when orders change."""
        return [s for s in self._screens.values() if isinstance(s, PrintQueueScreen | DeadlinesScreen)]

    def open_proposal(self, decision_id: int) -> None:
        """The approvals screen on one proposal (an order's "Decide the refusal")."""
        approvals = self._approvals()
        if approvals is None:
            return
        self.show_screen("approvals")
        approvals.select_decision(decision_id)

    def _show_count(self, key: str, count: int) -> None:
        row = self.screen_keys().index(key)
        spec = self._specs[row]
        text = f"{spec.title()} ({count})" if count else spec.title()
        item = self.navigation.item(row)
        if item is not None:
            item.setText(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)

    def back_to_list(self) -> None:
        keys = self.screen_keys()
        key = self._order_origin if self._order_origin in keys else next(
            (k for k in ("mine", "to_process", "all") if k in keys), keys[0] if keys else None)
        if key is not None:
            self.show_screen(key)
            screen = self._screens[key]
            if isinstance(screen, QueueScreen):
                screen.view.setFocus()  # on the row of the order just seen: Down, Enter opens the next one

    def ask_order(self) -> None:
        """Ctrl+O: the reference of the selected row (or of the order shown) is proposed; Enter opens it."""
        if not self._may_open_orders:
            return
        screen = self.current_screen()
        hint = ""
        if isinstance(screen, QueueScreen):
            hint = screen.current_reference() or ""
        elif isinstance(screen, OrderScreen):
            hint = screen.reference or ""
        dialog = OpenOrderDialog(self._session, hint, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.found.connect(self.open_order)
        self.open_order_dialog = dialog
        dialog.open()

    def _navigate(self, row: int) -> None:
        if not 0 <= row < len(self._specs):
            return
        screen = self._screens[self._specs[row].key]
        self.stack.setCurrentWidget(screen)
        screen.ensure_loaded()

    def _screen_state_changed(self, key: str, state: str) -> None:
        """The log records how long each screen took to load (never what it showed)."""
        if state == ScreenState.LOADING:
            self._load_started[key] = time.monotonic()
            return
        started = self._load_started.pop(key, None)
        if started is None:
            return
        elapsed_ms = (time.monotonic() - started) * 1000
        if state == ScreenState.FAILED:
            failure = self._screens[key].failure
            log.warning("screen %s failed to load after %d ms: %s", key, elapsed_ms,
                        type(failure).__name__ if failure is not None else "unknown error")
        else:
            log.info("screen %s loaded (%s) in %d ms", key, state, elapsed_ms)

    # -- idle lock ---------------------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.screen_lock.locked

    def lock_now(self) -> None:
        self.screen_lock.lock_now()

    def refresh_current(self) -> None:
        screen = self.current_screen()
        if screen is not None:
            screen.reload()

    def open_settings(self) -> None:
        """Fichier → Paramètres… (Ctrl+,): this workstation's preferences; a new idle lock applies at once."""
        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self.settings_dialog.activateWindow()
            return
        from ocpm_desk.gui.workstation.settings_dialog import SettingsDialog  # loaded on first use

        dialog = SettingsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _settings: self.screen_lock.reload_minutes())
        dialog.finished.connect(lambda _result: setattr(self, "settings_dialog", None))
        self.settings_dialog = dialog
        dialog.open()

    # -- connection ------------------------------------------------------------------------------------------

    @property
    def connection_state(self) -> str:
        return self.status.state

    def check_connection_now(self) -> None:
        """Ask the database whether it answers (in the background); one check at a time."""
        self.status.check_now()

    def _connection_restored(self) -> None:
        """The connection is back: screens that failed meanwhile load again by themselves (G11)."""
        extra: list[DataScreen] = [s for s in (self._order_screen, self._refusal_editor) if s is not None]
        for screen in [*self._screens.values(), *extra]:
            if screen.state is ScreenState.FAILED:
                screen.reload()

    # -- leaving -----------------------------------------------------------------------------------------------

    def log_out(self) -> None:
        log.info("log out: %s", self._identity.username)
        self._logging_out = True
        self.close()

    def orders_changed(self) -> None:
        """Orders changed in the database: the queue on screen polls at once (the others refresh when shown)."""
        approvals = self._approvals()
        if approvals is not None:
            approvals.refresh()  # its count shows in the navigation, visible or not
        for live in self._live_screens():
            if live is self.current_screen() or isinstance(live, PrintQueueScreen):  # its count shows too
                live.refresh()
        screen = self.current_screen()
        if not isinstance(screen, QueueScreen):
            return
        if screen.busy or screen.model.loading or not screen.settled:
            self._live_retry.start()  # once the work on its way is done
            return
        screen.poll()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.live_updates.stop()
        self._live_retry.stop()
        self.screen_lock.stop()
        self.status.stop()
        super().closeEvent(event)
        if self._logging_out:
            self.logout_requested.emit()
        else:
            self.closed.emit()
