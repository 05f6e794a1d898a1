"""Read-only table model of audit events (newest first): when (Geneva time), who, what, which order, details.

Cells are formatted once when the rows are set; ``data()`` only looks them up and returns at once for the roles it
does not serve (DESIGN §11). Known actions are named in the current language; an unknown one shows its code.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ocpm_desk.domain.calendar import GENEVA
from ocpm_desk.domain.lifecycle import Status
from ocpm_desk.gui.labels import status_label
from ocpm_desk.services.desk import AuditRow

# The raw value of a cell (timestamp, username, action code…), for tests and for a future sort.
RAW_ROLE = Qt.ItemDataRole.UserRole
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_SERVED = frozenset({_DISPLAY, _TOOLTIP, _ALIGN, RAW_ROLE})
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

Index = QModelIndex | QPersistentModelIndex

WHEN, PERSON, ACTION, ORDER, DETAILS = range(5)


def action_labels() -> dict[str, str]:
    """The actions the services and the database write, named for people (each literal, for lupdate)."""
    return {
        "order.viewed": QCoreApplication.translate("AuditAction", "Personal data viewed"),
        "order.receive": QCoreApplication.translate("AuditAction", "Order received"),
        "order.validate_payment": QCoreApplication.translate("AuditAction", "Payment validated"),
        "order.cancel": QCoreApplication.translate("AuditAction", "Order cancelled"),
        "order.claim": QCoreApplication.translate("AuditAction", "Order claimed"),
        "order.release": QCoreApplication.translate("AuditAction", "Order released"),
        "order.reassign": QCoreApplication.translate("AuditAction", "Order reassigned"),
        "order.hold": QCoreApplication.translate("AuditAction", "Order put on hold"),
        "order.resume": QCoreApplication.translate("AuditAction", "Review resumed"),
        "order.approve": QCoreApplication.translate("AuditAction", "Order approved"),
        "order.propose_refusal": QCoreApplication.translate("AuditAction", "Refusal proposed"),
        "order.return_refusal": QCoreApplication.translate("AuditAction", "Refusal proposal returned"),
        "order.approve_refusal": QCoreApplication.translate("AuditAction", "Refusal approved"),
        "order.withdraw": QCoreApplication.translate("AuditAction", "Withdrawal recorded"),
        "order.print": QCoreApplication.translate("AuditAction", "Documents printed"),
        "order.ship": QCoreApplication.translate("AuditAction", "Handed to the post"),
        "order.deliver": QCoreApplication.translate("AuditAction", "Delivery recorded"),
        "order.record_return": QCoreApplication.translate("AuditAction", "Return recorded"),
        "order.send_again": QCoreApplication.translate("AuditAction", "Sent again"),
        "order.reissue": QCoreApplication.translate("AuditAction", "Reissue (error attributable to OCPM)"),
        "staff.login": QCoreApplication.translate("AuditAction", "Logged in"),
        "staff.login_failed": QCoreApplication.translate("AuditAction", "Failed login"),
        "staff.created": QCoreApplication.translate("AuditAction", "Account created"),
        "audit.searched": QCoreApplication.translate("AuditAction", "Audit trail searched"),
        "reference.loaded": QCoreApplication.translate("AuditAction", "Reference data loaded"),
        "demo.seeded": QCoreApplication.translate("AuditAction", "Demo data created"),
        "row.insert": QCoreApplication.translate("AuditAction", "Row added (in the database)"),
        "row.update": QCoreApplication.translate("AuditAction", "Row changed (in the database)"),
        "row.delete": QCoreApplication.translate("AuditAction", "Row deleted (in the database)"),
    }


def action_label(action: str) -> str:
    return action_labels().get(action, action)


def format_moment(value: datetime) -> str:
    """``26.11.2026 14:05:09`` in Geneva time, whatever the workstation's time zone."""
    local = value.astimezone(GENEVA) if value.tzinfo is not None else value
    return local.strftime("%d.%m.%Y %H:%M:%S")


def _status(value: object) -> str:
    try:
        return status_label(Status(str(value)))
    except ValueError:
        return str(value)


def _plain(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(_plain(v) for v in value)
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("AuditModel", "yes")
        return QCoreApplication.translate("AuditModel", "no")
    return str(value)


def _key_labels() -> dict[str, str]:
    """Payload keys the services write, named for people; ``""`` hides a key that says nothing to them."""
    return {
        "order_reference": QCoreApplication.translate("AuditModel", "order"),
        "reference": QCoreApplication.translate("AuditModel", "order"),
        "actor": QCoreApplication.translate("AuditModel", "person"),
        "action": QCoreApplication.translate("AuditModel", "action"),
        "date_from": QCoreApplication.translate("AuditModel", "from"),
        "date_to": QCoreApplication.translate("AuditModel", "to"),
        "roles": QCoreApplication.translate("AuditModel", "roles"),
        "locked": QCoreApplication.translate("AuditModel", "locked"),
        "columns": QCoreApplication.translate("AuditModel", "columns"),
        "rows_changed": QCoreApplication.translate("AuditModel", "rows changed"),
        "limit": "",
    }


def describe_payload(row: AuditRow) -> str:
    """The payload in a line: status moves with their names, then the other keys; the reference only if new."""
    try:
        data = json.loads(row.payload) if row.payload else {}
    except ValueError:
        return row.payload
    if not isinstance(data, dict):
        return _plain(data)
    parts: list[str] = []
    if "from" in data and "to" in data:
        parts.append(f"{_status(data.pop('from'))} → {_status(data.pop('to'))}")
    if isinstance(data.get("status"), str):
        parts.append(_status(data.pop("status")))
    if data.get("reference") == row.order_reference:
        data.pop("reference", None)
    assigned = data.pop("assigned_to", None)
    if assigned:
        parts.append(QCoreApplication.translate("AuditModel", "assigned to {person}").format(person=assigned))
    if "found" in data:
        parts.append(QCoreApplication.translate("AuditModel", "{count} found").format(count=data.pop("found")))
    labels = _key_labels()
    for key, value in data.items():
        label = labels.get(key, key)
        if not label or value is None or value == "" or value == []:
            continue
        pair = QCoreApplication.translate("AuditModel", "{label}: {value}")
        parts.append(pair.format(label=label, value=_plain(value)))
    if not parts and not row.order_reference and row.entity_id and row.entity_id != row.actor:
        parts.append(f"{row.entity} {row.entity_id}".strip())
    return " · ".join(parts)


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
            (lambda: QCoreApplication.translate("AuditModel", "Person"), lambda r: r.actor, lambda r: r.actor),
            (lambda: QCoreApplication.translate("AuditModel", "Action"), lambda r: action_label(r.action),
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
        event = QCoreApplication.translate("AuditModel", "Event {id}").format(id=row.id)
        return (
            f"{event} · {row.occurred_at.isoformat(timespec='microseconds')}",
            cells[PERSON],
            row.action,
            f"{row.entity} {row.entity_id}",
            row.payload,
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
