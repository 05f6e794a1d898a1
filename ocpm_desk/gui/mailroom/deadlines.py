"""« Délais de recours » (supervisors): each issued decision's notification and appeal deadline (DESIGN §4.3–4.4).

The services compute the dates (court holidays, the 7-day holding period of a registered letter not collected);
the screen lists them by deadline, the nearest first, decisions not notified yet at the end, and reads them again
when orders change anywhere (live updates), like the approvals screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ocpm_desk.features.mailroom.api import AppealDeadline
from ocpm_desk.gui.formatting import format_count, format_date
from ocpm_desk.gui.screen import DataScreen
from ocpm_desk.gui.stored_text import deadline_state_text
from ocpm_desk.gui.widgets import setup_read_only_table
from ocpm_desk.session import DeskSession

ORDER_ROLE = Qt.ItemDataRole.UserRole
#: A deadline this close (calendar days) is shown in the "due" colour.
SOON_DAYS = 5
COLOURS = {"over": "#5b6570", "soon": "#b3261e", "not_notified": "#6b3d00"}


def deadline_order(row: AppealDeadline) -> tuple[bool, date, str]:
    """The nearest deadline first; decisions not notified (no deadline yet) at the end, oldest shipment first."""
    return (row.deadline is None, row.deadline or row.shipped_on or date.max, row.number)


class DeadlinesScreen(DataScreen):
    order_requested = Signal(int)

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        self.rows: list[AppealDeadline] = []
        super().__init__(session, parent)
        self.setObjectName("deadlinesScreen")

    def title(self) -> str:
        return self.tr("Appeal deadlines")

    def build_content(self) -> QWidget:
        headers = (self.tr("Decision no."), self.tr("Reference"), self.tr("Shipped on"), self.tr("Notified on"),
                   self.tr("Deadline"), self.tr("State"))  # fmt: skip
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName("deadlinesTable")
        self.table.setAccessibleName(self.tr("Appeal deadlines of the decisions"))
        self.table.setHorizontalHeaderLabels(list(headers))
        setup_read_only_table(self.table, row_height=28)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemActivated.connect(self._activated)
        return self.table

    def loader(self) -> Callable[[], object]:
        session = self._session
        return session.mailroom.appeal_deadlines

    def show_data(self, data: object) -> bool:
        assert isinstance(data, list)
        self.rows = sorted(data, key=deadline_order)
        running = sum(1 for r in self.rows if r.state == "running")
        self.set_details(self.tr("{count} decision(s), {running} deadline(s) running").format(
            count=format_count(len(self.rows)), running=format_count(running)))
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            cells = (row.number, row.reference, format_date(row.shipped_on), format_date(row.notified_on),
                     format_date(row.deadline), deadline_state_text(row.state, row.days_left))  # fmt: skip
            colour = self._colour(row)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ORDER_ROLE, row.order_id)
                if colour is not None and c >= 4:
                    item.setForeground(QBrush(QColor(colour)))
                self.table.setItem(r, c, item)
        return bool(self.rows)

    @staticmethod
    def _colour(row: AppealDeadline) -> str | None:
        if row.state == "running" and row.days_left is not None and row.days_left <= SOON_DAYS:
            return COLOURS["soon"]
        return COLOURS.get(row.state)

    def empty_text(self) -> tuple[str, str]:
        return self.tr("No decision issued"), self.tr("Issued refusal decisions appear here once they are "
                                                      "shipped, with their appeal deadline.")  # fmt: skip

    def state_texts(self) -> list[str]:
        items = (self.table.item(r, 5) for r in range(self.table.rowCount()))
        return [item.text() if item is not None else "" for item in items]

    def _activated(self, item: QTableWidgetItem) -> None:
        order_id = item.data(ORDER_ROLE)
        if isinstance(order_id, int):
            self.order_requested.emit(order_id)

    def refresh(self) -> None:
        """Orders changed somewhere: read the list again when nothing is on its way."""
        if self.settled:
            self.reload()
