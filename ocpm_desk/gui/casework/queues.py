"""Work queues (DESIGN §6): « À traiter », « Mes dossiers », « En attente », « Toutes les commandes ».

One screen class, one instance per queue. The table shows a ``QueueTableModel``: the count and the pages around what
is visible come from SQL in the background, so a million orders scroll like a hundred. Caseworkers and supervisors
claim the next order, claim or release a selection (one background job; a result per order), supervisors assign or
reassign it; auditors only look. Enter or a double click opens the order (``order_requested``).
The visible queue is polled every 10 s, keeping scroll position and selection (live notification comes later).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ocpm_desk.features.casework.api import CLOCK_STATUSES, Queue, QueueRow, QueueSpec, SortKey
from ocpm_desk.features.reference.api import Catalogue
from ocpm_desk.gui.background import BackgroundTask, run_in_background
from ocpm_desk.gui.casework.dialogs import AssignDialog
from ocpm_desk.gui.casework.queue_model import (
    APPLICANT,
    PAID_ON,
    REFERENCE,
    SERVICE,
    SORTABLE,
    STATUS,
    WORKING_DAYS,
    QueueTableModel,
)
from ocpm_desk.gui.failures import describe_failure
from ocpm_desk.gui.formatting import format_count
from ocpm_desk.gui.labels import clock_explanation, clock_label, local, status_label
from ocpm_desk.gui.screen import ORDERS_MENU, DataScreen, ScreenState
from ocpm_desk.gui.widgets import set_tab_order, setup_read_only_table
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.calendar import GENEVA, DeliveryClock
from ocpm_desk.kernel.errors import DomainError, NothingToClaim, PermissionDenied, StaleVersion
from ocpm_desk.kernel.lifecycle import OrderState, Status, TransitionNotAllowed
from ocpm_desk.kernel.permissions import Permission, has_permission
from ocpm_desk.kernel.roles import Role
from ocpm_desk.session import DeskSession

POLL_MS = 10_000
# A bulk action acts on at most this many orders (a selection of the whole list is a slip, not a plan).
MAX_BULK = 200
COLUMN_WIDTHS = {REFERENCE: 150, SERVICE: 115, APPLICANT: 210, PAID_ON: 95, WORKING_DAYS: 140, STATUS: 110}


def queue_title(queue: Queue) -> str:
    return {
        Queue.TO_PROCESS: QCoreApplication.translate("QueueScreen", "To process"),
        Queue.MINE: QCoreApplication.translate("QueueScreen", "My orders"),
        Queue.ON_HOLD: QCoreApplication.translate("QueueScreen", "On hold"),
        Queue.ALL: QCoreApplication.translate("QueueScreen", "All orders"),
    }[queue]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one order of a bulk action: ``error`` None when it was done."""

    row: QueueRow
    error: DomainError | None


def _act_on_each(act: Callable[[int, int], OrderState], rows: Sequence[QueueRow]) -> list[Outcome]:
    """Runs on a worker thread: one call per order, each order's refusal recorded, the others still tried."""
    outcomes = []
    for row in rows:
        try:
            act(row.id, row.version)
        except DomainError as exc:
            outcomes.append(Outcome(row, exc))
        else:
            outcomes.append(Outcome(row, None))
    return outcomes


class QueueScreen(DataScreen):
    order_requested = Signal(int)  # Enter, a double click on a row or "Claim the next one": the window opens it

    def __init__(self, session: DeskSession, parent: QWidget | None = None, *, queue: Queue,
                 poll_ms: int = POLL_MS) -> None:  # fmt: skip
        self.queue = queue
        self.key = queue.value
        roles = session.identity.roles
        self._sort = SortKey.ORDERED_AT if queue is Queue.ALL else SortKey.PAID_AT
        self._descending = queue is Queue.ALL  # the whole list: newest first; the work queues: oldest first
        self._loading_spec: QueueSpec | None = None
        self._action_task: BackgroundTask | None = None
        self._services_requested = False
        self.result_dialog: QMessageBox | None = None
        self.last_outcomes: list[tuple[str, str]] = []  # (reference, what became of it) of the last bulk action
        self.filters: QWidget | None = None
        self._may_claim = has_permission(roles, Permission.CLAIM_ORDER) and queue is not Queue.ON_HOLD
        self._may_release = has_permission(roles, Permission.RELEASE_ORDER) and queue in (Queue.MINE, Queue.ALL)
        self._may_assign = has_permission(roles, Permission.ASSIGN_ORDER)
        self.assign_dialog: AssignDialog | None = None
        super().__init__(session, parent)
        self.set_details(self._description())
        self.filters = self._build_filters() if queue is Queue.ALL else None
        self.action_bar = self._build_action_bar()
        column = self.layout()
        assert isinstance(column, QVBoxLayout)
        position = 1
        if self.filters is not None:
            column.insertWidget(position, self.filters)  # visible in every state, like the action bar
            position += 1
        column.insertWidget(position, self.action_bar)
        # the filters and the actions above the table (both were built after it)
        filters: list[QWidget] = []
        if self.filters is not None:
            filters = [self.search_edit, self.service_combo, self.status_combo, self.search_button, self.clock_combo,
                       self.paid_from_check, self.paid_from_date, self.paid_to_check, self.paid_to_date]  # fmt: skip
        set_tab_order(self.refresh_button, *filters, *self.action_buttons, self.state_pane.button, self.view)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(poll_ms)
        self.poll_timer.timeout.connect(self.poll)
        self.state_changed.connect(lambda _state: self._update_actions())
        self._update_actions()

    # -- DataScreen ------------------------------------------------------------------------------------------

    def title(self) -> str:
        return queue_title(self.queue)

    def build_content(self) -> QWidget:
        self.model = QueueTableModel(self._session, self.current_spec(), self)
        self.model.count_changed.connect(self._count_changed)
        self.model.failed.connect(self._failed)
        view = QTableView(self)
        view.setObjectName("queueTable")
        view.setAccessibleName(self.tr("Orders"))
        view.setModel(self.model)
        setup_read_only_table(view, row_height=28, selection=QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform heights: rows not measured
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for section, width in COLUMN_WIDTHS.items():
            header.resizeSection(section, width)
        header.setStretchLastSection(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self._sort_column(), self._sort_order())
        header.sectionClicked.connect(self._header_clicked)
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        view.activated.connect(self._activated)  # Enter, or a double click
        self.view = view
        return view

    def loader(self) -> Callable[[], object]:
        spec = self.current_spec()
        self._loading_spec = spec
        if self.filters is not None and not self._services_requested:
            self._services_requested = True
            session = self._session
            run_in_background(self, lambda: session.reference.catalogue(clock.today()), self._services_loaded,
                              lambda _exc: None)  # fmt: skip  # the filter then offers "all services" only
        return self.model.first_load(spec)

    def show_data(self, data: object) -> bool:
        assert isinstance(data, tuple) and self._loading_spec is not None
        total, first_page = data
        self.model.set_loaded(self._loading_spec, total, first_page)
        return bool(total)

    def empty_text(self) -> tuple[str, str]:
        return {
            Queue.TO_PROCESS: (self.tr("Nothing to process"),
                               self.tr("Every paid order has been taken. New ones appear here by themselves.")),
            Queue.MINE: (self.tr("You have no order in progress"),
                         self.tr("Take the next order waiting with “Claim the next one” (Ctrl+Shift+N).")
                         if self._may_claim else ""),
            Queue.ON_HOLD: (self.tr("No order on hold"), ""),
            Queue.ALL: (self.tr("No order matches"), self.tr("Change the search or the filters.")),
        }[self.queue]  # fmt: skip

    def _description(self) -> str:
        return {
            Queue.TO_PROCESS: self.tr("Paid orders nobody has taken yet, the oldest payment first"),
            Queue.MINE: self.tr("Orders assigned to you, in review or with a refusal proposed"),
            Queue.ON_HOLD: self.tr("Orders put on hold, waiting for a document or an answer"),
            Queue.ALL: self.tr("Every order, the newest first: search by reference, name or AVS number"),
        }[self.queue]

    # -- the queue ---------------------------------------------------------------------------------------------

    def current_spec(self) -> QueueSpec:
        """The queue as the filters and the sort say; the services check the roles and ownership again."""
        roles = self._session.identity.roles
        me = self._session.identity.username
        own_holds = not (Role.SUPERVISOR in roles or Role.AUDITOR in roles)
        username = me if self.queue is Queue.MINE or (self.queue is Queue.ON_HOLD and own_holds) else None
        search: str | None = None
        services: tuple[str, ...] = ()
        statuses: tuple[Status, ...] = ()
        clock: DeliveryClock | None = None
        paid_from = paid_to = None
        if self.filters is not None:
            search = self.search_edit.text().strip() or None
            service = self.service_combo.currentData()
            services = (service,) if isinstance(service, str) else ()
            status = self.status_combo.currentData()
            statuses = (Status(status),) if isinstance(status, str) else ()
            bucket = self.clock_combo.currentData()
            clock = DeliveryClock(bucket) if isinstance(bucket, str) else None
            if self.paid_from_check.isChecked():
                paid_from = _geneva_midnight(_pydate(self.paid_from_date.date()))
            if self.paid_to_check.isChecked():  # the whole day "to" is included
                paid_to = _geneva_midnight(_pydate(self.paid_to_date.date()) + timedelta(days=1))
        return QueueSpec(self.queue, username=username, search=search, service_codes=services, statuses=statuses,
                         paid_from=paid_from, paid_to=paid_to, clock=clock, sort=self._sort,
                         descending=self._descending)  # fmt: skip

    def search(self) -> None:
        self.reload()

    def _sort_column(self) -> int:
        return next((column for column, key in SORTABLE.items() if key is self._sort), -1)

    def _sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def _header_clicked(self, column: int) -> None:
        key = SORTABLE.get(column)
        if key is not None:
            self._descending = not self._descending if key is self._sort else False
            self._sort = key
            self.model.sort(column, self._sort_order())
        # a column without a key in SQL does not sort: the indicator stays where the sort is
        self.view.horizontalHeader().setSortIndicator(self._sort_column(), self._sort_order())

    def _count_changed(self, total: int) -> None:
        if total == 0:
            self.count_label.setText(self.tr("No order"))
        elif total == 1:
            self.count_label.setText(self.tr("1 order"))
        else:
            self.count_label.setText(self.tr("{count} orders").format(count=format_count(total)))
        if total == 0 and self.state is ScreenState.READY:
            self.reload()  # show the empty state
        self._update_actions()

    def poll(self) -> None:
        """Every few seconds on the visible queue: count and visible pages again, or look whether it filled."""
        if self._action_task is not None and not self._action_task.done:
            return
        if self.state is ScreenState.READY and not self.model.loading:
            self.model.refresh()
        elif self.state is ScreenState.EMPTY:
            session, spec = self._session, self.current_spec()
            run_in_background(self, lambda: session.casework.queue_count(spec),
                              lambda total: self.reload() if total and self.state is ScreenState.EMPTY else None,
                              lambda _exc: None)  # fmt: skip

    def _after_change(self) -> None:
        if self.state is ScreenState.READY:
            self.model.refresh()
        else:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._install_menu()
        self.poll_timer.start()
        if self.state is ScreenState.READY:
            self.model.refresh()  # another queue may have moved orders here

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.poll_timer.stop()
        menu = self._orders_menu(create=False)
        if menu is not None:
            for action in self.screen_actions():
                menu.removeAction(action)
            menu.menuAction().setVisible(bool(menu.actions()))

    # -- opening an order ----------------------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.order_requested.emit(row.id)

    def open_current(self) -> None:
        """Open the order of the current row (as Enter does)."""
        self._activated(self.view.currentIndex())

    def current_reference(self) -> str | None:
        """The reference of the current (or first selected) row, to propose when opening an order by reference."""
        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None:
            selected = self.selected_rows() or []
            row = selected[0] if selected else None
        return row.reference if row is not None else None

    # -- filters (all orders) ------------------------------------------------------------------------------------

    def _build_filters(self) -> QWidget:
        box = QWidget(self)
        box.setObjectName("queueFilters")
        rows = QVBoxLayout(box)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(8)
        row = QHBoxLayout()
        row.setSpacing(10)
        second = QHBoxLayout()  # the delivery clock and the payment dates, on a line of their own
        second.setSpacing(10)
        rows.addLayout(row)
        rows.addLayout(second)
        self.search_edit = QLineEdit(box)
        self.search_edit.setObjectName("queueSearch")
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.search_edit.setPlaceholderText(self.tr("Reference, last name or AVS number"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(280)
        self.service_combo = QComboBox(box)
        self.service_combo.setObjectName("queueServiceFilter")
        self.service_combo.setAccessibleName(self.tr("Service"))
        self.service_combo.addItem(self.tr("All services"), None)
        self.service_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.service_combo.activated.connect(lambda _index: self.search())
        self.status_combo = QComboBox(box)
        self.status_combo.setObjectName("queueStatusFilter")
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status_combo.addItem(status_label(status), status.value)
        self.status_combo.activated.connect(lambda _index: self.search())
        self.clock_combo = QComboBox(box)
        self.clock_combo.setObjectName("queueClockFilter")
        self.clock_combo.setAccessibleName(self.tr("Delivery clock"))
        self.clock_combo.setToolTip(self.tr("Delivery clock of open orders (working days since the order)"))
        self.clock_combo.addItem(self.tr("Any delivery clock"), None)
        for bucket in DeliveryClock:
            self.clock_combo.addItem(clock_label(bucket.value), bucket.value)
            self.clock_combo.setItemData(self.clock_combo.count() - 1, clock_explanation(bucket.value),
                                         Qt.ItemDataRole.ToolTipRole)  # fmt: skip
        self.clock_combo.activated.connect(lambda _index: self.search())
        today = clock.today()
        self.paid_from_check = QCheckBox(self.tr("&Paid from"), box)
        self.paid_from_check.setObjectName("queuePaidFromCheck")
        self.paid_from_date = _date_edit(box, today - timedelta(days=30), "queuePaidFrom")
        self.paid_from_date.setAccessibleName(self.tr("Paid from date"))
        self.paid_to_check = QCheckBox(self.tr("&to"), box)
        self.paid_to_check.setObjectName("queuePaidToCheck")
        self.paid_to_date = _date_edit(box, today, "queuePaidTo")
        self.paid_to_date.setAccessibleName(self.tr("Paid to date"))
        self.paid_from_check.toggled.connect(self.paid_from_date.setEnabled)
        self.paid_to_check.toggled.connect(self.paid_to_date.setEnabled)
        self.search_button = QPushButton(self.tr("&Search"), box)
        self.search_button.setObjectName("queueSearchButton")
        self.search_button.setToolTip(self.tr("Search with these filters (Enter)"))
        self.search_button.clicked.connect(self.search)
        row.addWidget(self.search_edit, 2)
        row.addWidget(self.service_combo, 1)
        row.addWidget(self.status_combo)
        row.addWidget(self.search_button)
        second.addWidget(self.clock_combo)
        second.addSpacing(6)
        second.addWidget(self.paid_from_check)
        second.addWidget(self.paid_from_date)
        second.addWidget(self.paid_to_check)
        second.addWidget(self.paid_to_date)
        second.addStretch(1)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), box)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.search)
        return box

    def _services_loaded(self, catalogue: Catalogue) -> None:
        seen: set[str] = set()
        for service in catalogue.services:
            if service.code in seen:
                continue
            seen.add(service.code)
            self.service_combo.addItem(service.code, service.code)
            self.service_combo.setItemData(self.service_combo.count() - 1, local(service.label),
                                           Qt.ItemDataRole.ToolTipRole)  # fmt: skip

    # -- actions -------------------------------------------------------------------------------------------------

    def _build_action_bar(self) -> QWidget:
        bar = QWidget(self)
        bar.setObjectName("queueActions")
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.count_label = QLabel(bar)
        self.count_label.setObjectName("queueCount")
        self.message_label = QLabel(bar)
        self.message_label.setObjectName("queueMessage")
        self.message_label.setWordWrap(True)
        row.addWidget(self.count_label)
        row.addWidget(self.message_label, 1)

        self.claim_next_action = self._action(self.tr("Claim the &next one"), "Ctrl+Shift+N", self.claim_next,
                                              self.tr("Take the order waiting longest and put it in My orders"))
        self.claim_action = self._action(self.tr("&Claim"), "Ctrl+Shift+C", self.claim_selected,
                                         self.tr("Take the selected orders"))
        self.release_action = self._action(self.tr("Re&lease"), "Ctrl+Shift+R", self.release_selected,
                                           self.tr("Give the selected orders back to “To process”"))  # fmt: skip
        self.assign_action = self._action(self.tr("Assi&gn…"), "Ctrl+Shift+G", self.assign_selected,
                                          self.tr("Give the selected orders to a caseworker (or take them from one)"))
        self.action_buttons: list[QPushButton] = []
        for action in self.screen_actions():
            button = QPushButton(action.text(), bar)
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            self.action_buttons.append(button)
            row.addWidget(button)
        return bar

    def _action(self, text: str, keys: str, slot: Callable[[], None], tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setToolTip(f"{tip} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        return action

    def screen_actions(self) -> list[QAction]:
        """The actions this queue offers to these roles (none to an auditor)."""
        actions = []
        if self._may_claim:
            actions.append(self.claim_next_action)
            if self.queue in (Queue.TO_PROCESS, Queue.ALL):
                actions.append(self.claim_action)
        if self._may_release:
            actions.append(self.release_action)
        if self._may_assign:
            actions.append(self.assign_action)
        return actions

    def _orders_menu(self, *, create: bool) -> QMenu | None:
        window = self.window()
        if not isinstance(window, QMainWindow):
            return None
        menu = window.menuBar().findChild(QMenu, ORDERS_MENU)
        if menu is None and create:
            bar = window.menuBar()
            menu = QMenu(self.tr("&Orders"), bar)
            menu.setObjectName(ORDERS_MENU)
            existing = bar.actions()
            if existing:
                bar.insertMenu(existing[-1], menu)  # before Help
            else:
                bar.addMenu(menu)
        return menu

    def _install_menu(self) -> None:
        """The queue's actions in the window's menu while it shows, so that F1 lists their shortcuts."""
        actions = self.screen_actions()
        for action in actions:
            self.addAction(action)  # the shortcut works while this screen is visible
        menu = self._orders_menu(create=bool(actions))
        if menu is None:
            return
        menu.clear()
        menu.addActions(actions)
        menu.menuAction().setVisible(bool(actions))

    @property
    def busy(self) -> bool:
        return self._action_task is not None and not self._action_task.done

    def _update_actions(self) -> None:
        idle = not self.busy
        has_rows = self.state is ScreenState.READY and self.view.selectionModel().hasSelection()
        self.claim_next_action.setEnabled(idle)
        self.claim_action.setEnabled(idle and has_rows)
        self.release_action.setEnabled(idle and has_rows)
        self.assign_action.setEnabled(idle and has_rows)
        for button, action in zip(self.action_buttons, self.screen_actions(), strict=True):
            button.setEnabled(action.isEnabled())

    def selected_rows(self) -> list[QueueRow] | None:
        """The loaded rows selected, in table order; None when the selection is too large for one action."""
        ranges = self.view.selectionModel().selection()
        if sum(ranges.at(i).height() for i in range(ranges.count())) > MAX_BULK:
            return None
        numbers = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [row for row in (self.model.row_at(n) for n in numbers) if row is not None]

    def _say(self, text: str, kind: str = "info") -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("kind", kind)

    def claim_next(self) -> None:
        if self.busy or not self._may_claim:
            return
        self._say(self.tr("Taking the next order…"))
        self._action_task = run_in_background(self, self._session.casework.claim_next, self._claimed_next,
                                              self._claim_next_failed)  # fmt: skip
        self._update_actions()

    def _claimed_next(self, state: OrderState) -> None:
        self._say(self.tr("Order {reference} taken: it is in My orders.").format(reference=state.reference), "ok")
        self._update_actions()
        self._after_change()
        self.order_requested.emit(state.order_id)  # the caseworker took it to work on it: open it at once

    def _claim_next_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NothingToClaim):
            self._say(self.tr("No paid order is waiting: nothing to take."))
        else:
            self._say(describe_failure(exc), "error")
        self._update_actions()

    def claim_selected(self) -> None:
        self._bulk(self._session.casework.claim, self.tr("Claim"), kind="claim")

    def release_selected(self) -> None:
        self._bulk(self._session.casework.release, self.tr("Release"), kind="release")

    def assign_selected(self) -> None:
        """Supervisor: pick a person (with their open orders), then assign every selected order to them."""
        if self.busy or not self._may_assign:
            return
        rows = self.selected_rows()
        if rows is None:
            self._say(self.tr("Select at most {count} orders for one action.").format(count=MAX_BULK), "error")
            return
        if not rows:
            return
        count = len(rows)
        title = (self.tr("Assign {reference}").format(reference=rows[0].reference) if count == 1
                 else self.tr("Assign {count} orders").format(count=count))
        intro = (self.tr("Choose who takes order {reference}.").format(reference=rows[0].reference) if count == 1
                 else self.tr("Choose who takes the {count} selected orders. Each order gets its own result.").format(
                     count=count))  # fmt: skip
        current = rows[0].assigned_to if count == 1 else None
        dialog = AssignDialog(title, intro, self._session.casework.assignable_staff, self, current=current)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        session = self._session

        def go() -> None:
            username = dialog.username
            assert username is not None  # validated
            dialog.set_busy(False)
            dialog.accept()
            self._bulk(lambda order_id, version: session.casework.assign(order_id, username, version),
                       self.tr("Assign"), kind="assign", rows=rows, assignee=username)

        dialog.submitted.connect(go)
        dialog.finished.connect(lambda _result: setattr(self, "assign_dialog", None))
        self.assign_dialog = dialog
        dialog.open()

    def _bulk(self, act: Callable[[int, int], OrderState], title: str, *, kind: str,
              rows: list[QueueRow] | None = None, assignee: str = "") -> None:  # fmt: skip
        if self.busy:
            return
        if rows is None:
            rows = self.selected_rows()
        if rows is None:
            self._say(self.tr("Select at most {count} orders for one action.").format(count=MAX_BULK), "error")
            return
        if not rows:
            return
        chosen = rows
        self._say(self.tr("Working on {count} orders…").format(count=len(chosen)))
        self._action_task = run_in_background(
            self, lambda: _act_on_each(act, chosen),
            lambda outcomes: self._bulk_done(title, kind, outcomes, assignee), self._bulk_failed,
        )  # fmt: skip
        self._update_actions()

    def _bulk_failed(self, exc: BaseException) -> None:
        self._say(describe_failure(exc), "error")
        self._update_actions()
        self._after_change()

    def _bulk_done(self, title: str, kind: str, outcomes: list[Outcome], assignee: str = "") -> None:
        self.last_outcomes = [(o.row.reference, self._outcome_text(o, kind, assignee)) for o in outcomes]
        done = sum(1 for o in outcomes if o.error is None)
        summary = self.tr("{done} of {count} orders done.").format(done=done, count=len(outcomes))
        self._say(summary, "ok" if done == len(outcomes) else "error")
        dialog = QMessageBox(self)
        dialog.setObjectName("bulkResultDialog")
        dialog.setWindowTitle(title)
        dialog.setIcon(QMessageBox.Icon.Information if done == len(outcomes) else QMessageBox.Icon.Warning)
        dialog.setText(summary)
        dialog.setInformativeText("\n".join(f"{reference} — {text}" for reference, text in self.last_outcomes))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.result_dialog = dialog
        self._update_actions()
        self._after_change()

    def _outcome_text(self, outcome: Outcome, kind: str, assignee: str = "") -> str:
        exc = outcome.error
        if exc is None:
            if kind == "assign":
                return self.tr("assigned to {person}").format(person=assignee)
            return self.tr("released") if kind == "release" else self.tr("taken")
        if isinstance(exc, StaleVersion):
            who = exc.changed_by or self.tr("someone else")
            if kind == "release":
                return self.tr("changed by {person} meanwhile").format(person=who)
            return self.tr("already taken by {person} (changed meanwhile)").format(person=who)
        if isinstance(exc, PermissionDenied):
            return self.tr("not allowed: your roles do not allow this")
        if isinstance(exc, TransitionNotAllowed) or (kind == "assign" and outcome.row.status not in CLOCK_STATUSES):
            try:
                status = status_label(getattr(exc, "from_status", None) or outcome.row.status)
            except ValueError:
                status = getattr(exc, "from_status", None) or "?"
            return self.tr("not allowed: the order is “{status}”").format(status=status)
        return describe_failure(exc)  # "La démarche n'a pas abouti…", for a lost connection too


def _date_edit(parent: QWidget, value: date, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day), parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setEnabled(False)
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return edit


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _geneva_midnight(day: date) -> datetime:
    return datetime.combine(day, time(), GENEVA)
