"""The small tables of an order's page, each a ``QTableView`` over a ``RowsModel`` column list: a person beside the
population register, the order's shipments and its history.

They are shown whole (no inner scrolling: the page scrolls), read only, without selection. Their texts keep the
order page's translation context ("OrderPage"). ``row_texts(view, row)`` reads a row back as shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ocpm_desk.features.casework.api import FieldComparison, HistoryEntry, PersonComparison
from ocpm_desk.gui.formatting import format_date, geneva_moment
from ocpm_desk.gui.labels import status_label
from ocpm_desk.gui.stored_text import (
    content_label,
    evidence_value,
    field_label,
    history_action_label,
    history_note,
    person_role_label,
    return_reason_label,
    shipment_status_label,
)
from ocpm_desk.gui.table_model import Column, Index, RowsModel
from ocpm_desk.kernel.calendar import appeal_deadline

if TYPE_CHECKING:
    # the mail room's shipments of the order, shown on its page (read through the session's mailroom API)
    from ocpm_desk.features.mailroom.api import ShipmentView

#: A field that differs from the register: a light red behind the row, red words.
DIFFERS_TINT = "#fbe9e9"
DIFFERS_TEXT = "#c62828"
VERDICT = 3  # the comparison's column ("≠ differs"), in bold when the field differs


def _no_tip(_row: object) -> str:
    return ""


def row_texts(view: QTableView, row: int) -> list[str]:
    """The texts of ``row`` of a table of the page, as shown (for tests and the language walk)."""
    model = view.model()
    assert isinstance(model, RowsModel)
    return [model.cell_text(row, column) for column in range(model.columnCount())]


def fit_table(view: QTableView, *, stretch: tuple[int, ...] = (), widths: dict[int, int] | None = None,
              row_height: int = 0) -> None:  # fmt: skip
    """A small read-only table shown whole (no inner scrolling): its height follows its rows."""
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setShowGrid(False)
    view.setAlternatingRowColors(False)
    view.verticalHeader().setVisible(False)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    for column in range(view.model().columnCount()):
        if column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        elif widths and column in widths:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, widths[column])
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    if row_height:  # one line a cell: no measuring
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(row_height)
    else:
        view.resizeRowsToContents()
    height = header.sizeHint().height() + view.verticalHeader().length() + 2 * view.frameWidth() + 2
    view.setFixedHeight(height)


def _table(model: RowsModel[Any], parent: QWidget, name: str, accessible_name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible_name)
    view.setModel(model)
    return view


# ---- a person beside the register ---------------------------------------------------------------------------------


class ComparisonModel(RowsModel[FieldComparison]):
    """A person's fields: as given in the order, as in the register, and the verdict. A field that differs has its
    row tinted and its verdict in bold red (the words say it too); the values are red only when the person was
    found in the register (else nothing was compared)."""

    def __init__(self, found_in_register: bool, parent: Any = None) -> None:
        def red(c: int) -> Any:
            return lambda f: None if f.matches or not (c == VERDICT or found_in_register) else DIFFERS_TEXT

        def verdict(f: FieldComparison) -> str:
            if f.matches:
                return QCoreApplication.translate("OrderPage", "= same")
            if not found_in_register:
                return QCoreApplication.translate("OrderPage", "? not found")
            return QCoreApplication.translate("OrderPage", "≠ differs")

        super().__init__((
            Column(lambda: QCoreApplication.translate("OrderPage", "Field"), lambda f: field_label(f.field),
                   colour=red(0)),
            Column(lambda: QCoreApplication.translate("OrderPage", "In the order"), lambda f: evidence_value(f.given),
                   colour=red(1)),
            Column(lambda: QCoreApplication.translate("OrderPage", "In the register"),
                   lambda f: evidence_value(f.register), colour=red(2)),
            Column(lambda: QCoreApplication.translate("OrderPage", "Comparison"), verdict, colour=red(VERDICT)),
        ), parent)  # fmt: skip
        self._tint = QBrush(QColor(DIFFERS_TINT))
        self._bold = QFont()
        self._bold.setBold(True)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole or role == Qt.ItemDataRole.FontRole:
            if not index.isValid() or self.row_object(index.row()).matches:
                return None
            if role == Qt.ItemDataRole.BackgroundRole:
                return self._tint
            return self._bold if index.column() == VERDICT else None
        return super().data(index, role)


def comparison_table(person: PersonComparison, parent: QWidget) -> QTableView:
    model = ComparisonModel(person.found_in_register, parent)
    model.set_rows(person.fields)
    view = _table(model, parent, f"person_{person.role}", QCoreApplication.translate(
        "OrderPage", "{person}: the order beside the register").format(person=person_role_label(person.role)))
    fit_table(view, stretch=(1, 2), widths={0: 170, 3: 170}, row_height=28)
    return view


# ---- shipments ----------------------------------------------------------------------------------------------------


def _appeal_deadline(s: ShipmentView) -> str:
    # a decision's appeal deadline runs from its notification (DESIGN §4.3–4.4)
    return format_date(appeal_deadline(s.notified_on)) if s.content == "decision" and s.notified_on else ""


def shipments_table(shipments: Sequence[ShipmentView], parent: QWidget) -> QTableView:
    model: RowsModel[ShipmentView] = RowsModel((
        Column(lambda: QCoreApplication.translate("OrderPage", "Content"), lambda s: content_label(s.content),
               tooltip=_no_tip),
        Column(lambda: QCoreApplication.translate("OrderPage", "Product"), lambda s: s.product, tooltip=_no_tip),
        Column(lambda: QCoreApplication.translate("OrderPage", "Item number"), lambda s: s.item_number or "—",
               tooltip=_no_tip),
        Column(lambda: QCoreApplication.translate("OrderPage", "Shipped"), lambda s: geneva_moment(s.shipped_at),
               tooltip=_no_tip),
        Column(lambda: QCoreApplication.translate("OrderPage", "Status"), lambda s: shipment_status_label(s.status),
               tooltip=_no_tip),
        Column(lambda: QCoreApplication.translate("OrderPage", "Return reason"),
               lambda s: return_reason_label(s.return_reason) if s.return_reason else "", tooltip=_no_tip),
        Column(lambda: QCoreApplication.translate("OrderPage", "Delivered on"), lambda s: format_date(s.delivered_on),
               tooltip=_no_tip),
        Column(lambda: QCoreApplication.translate("OrderPage", "Notified on"), lambda s: format_date(s.notified_on),
               tooltip=_no_tip),
        Column(lambda: QCoreApplication.translate("OrderPage", "Appeal deadline"), _appeal_deadline,
               tooltip=_no_tip),
    ), parent)  # fmt: skip
    model.set_rows(shipments)
    view = _table(model, parent, "orderShipments", QCoreApplication.translate("OrderPage", "Shipments of the order"))
    fit_table(view, stretch=(5,), row_height=28)
    return view


# ---- history ------------------------------------------------------------------------------------------------------


def _moved(entry: HistoryEntry) -> str:
    if entry.from_status is not None and entry.to_status is not None and entry.from_status != entry.to_status:
        return f"{status_label(entry.from_status)} → {status_label(entry.to_status)}"
    return status_label(entry.to_status) if entry.to_status is not None else ""


def history_table(history: Sequence[HistoryEntry], parent: QWidget) -> QTableView:
    model: RowsModel[HistoryEntry] = RowsModel((
        Column(lambda: QCoreApplication.translate("OrderPage", "Date and time"),
               lambda e: geneva_moment(e.occurred_at)),
        Column(lambda: QCoreApplication.translate("OrderPage", "By"), lambda e: e.actor),
        Column(lambda: QCoreApplication.translate("OrderPage", "Action"), lambda e: history_action_label(e.action)),
        Column(lambda: QCoreApplication.translate("OrderPage", "Status"), _moved),
        Column(lambda: QCoreApplication.translate("OrderPage", "Note"), lambda e: history_note(e.note)),
    ), parent)  # fmt: skip
    model.set_rows(history)
    view = _table(model, parent, "orderHistory", QCoreApplication.translate("OrderPage", "History of the order"))
    view.setWordWrap(True)
    fit_table(view, stretch=(4,), widths={1: 120, 2: 170, 3: 200})
    return view
