"""Work queues (DESIGN §6): « À traiter », « Mes dossiers », « En attente », « Toutes les commandes ».

One screen class, one instance per queue. The table shows a ``QueueTableModel``: the count and the pages around what
is visible come from SQL in the background, so a million orders scroll like a hundred. Caseworkers and supervisors
claim the next order, claim or release a selection (one background job; a result per order), supervisors assign or
reassign it; auditors only look: those actions are ``queue_actions.QueueActions``, this screen's base. « Toutes les
commandes » has a filter bar (``queue_filters``). Enter or a double click opens the order (``order_requested``).
The visible queue is polled every 10 s, keeping scroll position and selection (live notification comes later).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMessageBox, QTableView, QVBoxLayout, QWidget

from ocpm_desk.features.casework.api import Queue, QueueSpec, SortKey
from ocpm_desk.gui.background import BackgroundTask, run_in_background
from ocpm_desk.gui.casework.dialogs import AssignDialog
from ocpm_desk.gui.casework.queue_actions import QueueActions
from ocpm_desk.gui.casework.queue_filters import QueueFilters
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
from ocpm_desk.gui.formatting import format_count
from ocpm_desk.gui.screen import ScreenState, remove_screen_actions
from ocpm_desk.gui.widgets import named, set_tab_order, setup_read_only_table
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.permissions import Permission, has_permission
from ocpm_desk.kernel.roles import Role
from ocpm_desk.session import DeskSession

POLL_MS = 10_000
COLUMN_WIDTHS = {REFERENCE: 150, SERVICE: 115, APPLICANT: 210, PAID_ON: 95, WORKING_DAYS: 140, STATUS: 110}


def queue_title(queue: Queue) -> str:
    return {
        Queue.TO_PROCESS: QCoreApplication.translate("QueueScreen", "To process"),
        Queue.MINE: QCoreApplication.translate("QueueScreen", "My orders"),
        Queue.ON_HOLD: QCoreApplication.translate("QueueScreen", "On hold"),
        Queue.ALL: QCoreApplication.translate("QueueScreen", "All orders"),
    }[queue]


class QueueScreen(QueueActions):
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
        self.filters: QueueFilters | None = None
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
        filters = self.filters.tab_chain() if self.filters is not None else []
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
        view = named(QTableView(self), "queueTable", self.tr("Orders"))
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
            filters = self.filters
            run_in_background(self, lambda: session.reference.catalogue(clock.today()), filters.add_services,
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
        spec = QueueSpec(self.queue, username=username, sort=self._sort, descending=self._descending)
        return self.filters.apply(spec) if self.filters is not None else spec

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
        remove_screen_actions(self, self.screen_actions())

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

    # -- filters (all orders) ------------------------------------------------------------------------------------

    def _build_filters(self) -> QueueFilters:
        filters = QueueFilters(self)
        filters.search_requested.connect(self.search)
        # the screen's names for the filters (tests and the window use them)
        self.search_edit, self.service_combo, self.status_combo = (filters.search_edit, filters.service_combo,
                                                                   filters.status_combo)  # fmt: skip
        self.clock_combo, self.search_button = filters.clock_combo, filters.search_button
        self.paid_from_check, self.paid_from_date = filters.paid_from_check, filters.paid_from_date
        self.paid_to_check, self.paid_to_date = filters.paid_to_check, filters.paid_to_date
        return filters
