"""Read-only table model of audit events (newest first): when (Geneva time), who, what, which order, details.

Cells are formatted once when the rows are set; ``data()`` only looks them up and returns at once for the roles it
does not serve (DESIGN §11). Actions, payload fields and their values are said in the current language by
``gui.audit_text``; the tooltips keep what is stored (the action's code, the exact instant, the payload).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ocpm_desk.features.audit.api import AuditRow
from ocpm_desk.gui.audit.text import action_label, describe_payload, entity_text, format_moment, person_text

# The raw value of a cell (timestamp, username, action code…), for tests and for a future sort.
RAW_ROLE = Qt.ItemDataRole.UserRole
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_SERVED = frozenset({_DISPLAY, _TOOLTIP, _ALIGN, RAW_ROLE})
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

Index = QModelIndex | QPersistentModelIndex

WHEN, PERSON, ACTION, ORDER, DETAILS = range(5)


Column = tuple[Callable[[], str], Callable[[AuditRow], str], Callable[[AuditRow], object]]


class AuditEventsModel(QAbstractTableModel):
    """Audit events as given (newest first): date and time, person, action, order, details."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []
        self._cells: list[tuple[str, ...]] = []
        self._tips: list[tuple[str, ...]] = []
        self._columns: tuple[Column, ...] = (
            (
                lambda: QCoreApplication.translate("AuditModel", "Date and time"),
                lambda r: format_moment(r.occurred_at),
                lambda r: r.occurred_at.isoformat(),
            ),
            (lambda: QCoreApplication.translate("AuditModel", "Person"), lambda r: person_text(r.actor),
             lambda r: r.actor),
            (lambda: QCoreApplication.translate("AuditModel", "Action"), lambda r: action_label(r.action, r.entity),
             lambda r: r.action),
            (
                lambda: QCoreApplication.translate("AuditModel", "Order"),
                lambda r: r.order_reference or "—",
                lambda r: r.order_reference or "",
            ),
            (lambda: QCoreApplication.translate("AuditModel", "Details"), describe_payload, lambda r: r.payload),
        )  # fmt: skip

    def set_events(self, rows: Sequence[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [tuple(text(r) for _, text, _ in self._columns) for r in self._rows]
        self._tips = [self._tooltips(r, cells) for r, cells in zip(self._rows, self._cells, strict=True)]
        self.endResetModel()

    @staticmethod
    def _tooltips(row: AuditRow, cells: tuple[str, ...]) -> tuple[str, ...]:
        """The whole text of a cell the column may cut, with what is stored: the exact instant, the actor's and the
        action's codes, the payload as written."""
        event = QCoreApplication.translate("AuditModel", "Event {id}").format(id=row.id)
        stored = QCoreApplication.translate("AuditModel", "As stored: {payload}").format(payload=row.payload)
        return (
            f"{event} · {row.occurred_at.isoformat(timespec='microseconds')}",
            row.actor,
            f"{cells[ACTION]} ({row.action})" if cells[ACTION] != row.action else row.action,
            entity_text(row.entity, row.entity_id) or cells[ORDER],
            f"{cells[DETAILS]}\n{stored}" if cells[DETAILS] else stored,
        )

    def row_event(self, row: int) -> AuditRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _SERVED or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == _DISPLAY:
            return self._cells[row][column]
        if role == _TOOLTIP:
            return self._tips[row][column]
        if role == _ALIGN:
            return _LEFT
        return self._columns[column][2](self._rows[row])

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == _DISPLAY:
            return self._columns[section][0]()
        if role == _ALIGN:
            return _LEFT
        if role == _TOOLTIP and section == ORDER:
            return QCoreApplication.translate(
                "AuditModel", "Double-click an event of an order to see that order's whole trail."
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
