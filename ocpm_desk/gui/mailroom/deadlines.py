"""« Délais de recours » (supervisors): each issued decision's notification and appeal deadline (DESIGN §4.3–4.4).

The services compute the dates (court holidays, the 7-day holding period of a registered letter not collected);
the screen lists them by deadline, the nearest first, decisions not notified yet at the end, and reads them again
when orders change anywhere (live updates), like the approvals screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QWidget

from ocpm_desk.features.mailroom.api import AppealDeadline
from ocpm_desk.gui.formatting import format_count, format_date
from ocpm_desk.gui.screen import DataScreen
from ocpm_desk.gui.stored_text import deadline_state_text
from ocpm_desk.gui.table_model import Column, RowsModel
from ocpm_desk.gui.widgets import read_only_table
from ocpm_desk.session import DeskSession

#: A deadline this close (calendar days) is shown in the "due" colour.
SOON_DAYS = 5
COLOURS = {"over": "#5b6570", "soon": "#b3261e", "not_notified": "#6b3d00"}


def deadline_order(row: AppealDeadline) -> tuple[bool, date, str]:
    """The nearest deadline first; decisions not notified (no deadline yet) at the end, oldest shipment first."""
    return (row.deadline is None, row.deadline or row.shipped_on or date.max, row.number)


def deadline_colour(row: AppealDeadline) -> str | None:
    """The colour of the deadline and the state: due soon, over, or not notified yet; None for the palette's."""
    if row.state == "running" and row.days_left is not None and row.days_left <= SOON_DAYS:
        return COLOURS["soon"]
    return COLOURS.get(row.state)


def _iso(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


class DeadlinesScreen(DataScreen):
    order_requested = Signal(int)

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        self.rows: list[AppealDeadline] = []
        super().__init__(session, parent)
        self.setObjectName("deadlinesScreen")

    def title(self) -> str:
        return self.tr("Appeal deadlines")

    def build_content(self) -> QWidget:
        self.model: RowsModel[AppealDeadline] = RowsModel((
            Column(lambda: self.tr("Decision no."), lambda r: r.number),
            Column(lambda: self.tr("Reference"), lambda r: r.reference),
            Column(lambda: self.tr("Shipped on"), lambda r: format_date(r.shipped_on), lambda r: _iso(r.shipped_on)),
            Column(lambda: self.tr("Notified on"), lambda r: format_date(r.notified_on),
                   lambda r: _iso(r.notified_on)),
            Column(lambda: self.tr("Deadline"), lambda r: format_date(r.deadline), lambda r: _iso(r.deadline),
                   colour=deadline_colour),
            Column(lambda: self.tr("State"), lambda r: deadline_state_text(r.state, r.days_left), lambda r: r.state,
                   colour=deadline_colour),
        ), self)  # fmt: skip
        self.table = read_only_table(self, self.model, "deadlinesTable", self.tr("Appeal deadlines of the decisions"))
        self.table.activated.connect(self._activated)
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
        self.model.set_rows(self.rows)
        return bool(self.rows)

    def empty_text(self) -> tuple[str, str]:
        return self.tr("No decision issued"), self.tr("Issued refusal decisions appear here once they are "
                                                      "shipped, with their appeal deadline.")  # fmt: skip

    def state_texts(self) -> list[str]:
        return [self.model.cell_text(r, 5) for r in range(self.model.rowCount())]

    def row_texts(self, row: int) -> list[str]:
        """The cells of row ``row`` as shown (for tests)."""
        return [self.model.cell_text(row, c) for c in range(self.model.columnCount())]

    def _activated(self, index: QModelIndex) -> None:
        """Enter or a double-click: the decision's order."""
        if index.isValid():
            self.order_requested.emit(self.model.row_object(index.row()).order_id)

    def refresh(self) -> None:
        """Orders changed somewhere: read the list again when nothing is on its way."""
        if self.settled:
            self.reload()
