"""Read-only table model of audit events (newest first): when (Geneva time), who, what, which order, details.

Cells are formatted once when the rows are set; ``data()`` only looks them up and returns at once for the roles it
does not serve (DESIGN §11). Actions, payload fields and their values are said in the current language by
``gui.audit.text``; the tooltips keep what is stored (the action's code, the exact instant, the payload).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from ocpm_desk.features.audit.api import AuditRow
from ocpm_desk.gui.audit.text import describe_payload, format_moment
from ocpm_desk.gui.audit.vocabulary import action_label, entity_text, person_text
from ocpm_desk.gui.table_model import RAW_ROLE as TABLE_RAW_ROLE
from ocpm_desk.gui.table_model import Column, RowsModel

# The raw value of a cell (timestamp, username, action code…), for tests and for a future sort.
RAW_ROLE = TABLE_RAW_ROLE

WHEN, PERSON, ACTION, ORDER, DETAILS = range(5)


def _action_tip(row: AuditRow) -> str:
    label = action_label(row.action, row.entity)
    return f"{label} ({row.action})" if label != row.action else row.action


def _details_tip(row: AuditRow) -> str:
    details = describe_payload(row)
    stored = QCoreApplication.translate("AuditModel", "As stored: {payload}").format(payload=row.payload)
    return f"{details}\n{stored}" if details else stored


def _when_tip(row: AuditRow) -> str:
    event = QCoreApplication.translate("AuditModel", "Event {id}").format(id=row.id)
    return f"{event} · {row.occurred_at.isoformat(timespec='microseconds')}"


class AuditEventsModel(RowsModel[AuditRow]):
    """Audit events as given (newest first): date and time, person, action, order, details. The tooltips keep what
    is stored: the exact instant, the actor's and the action's codes, the payload as written."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__((
            Column(lambda: QCoreApplication.translate("AuditModel", "Date and time"),
                   lambda r: format_moment(r.occurred_at), lambda r: r.occurred_at.isoformat(), tooltip=_when_tip),
            Column(lambda: QCoreApplication.translate("AuditModel", "Person"), lambda r: person_text(r.actor),
                   lambda r: r.actor, tooltip=lambda r: r.actor),
            Column(lambda: QCoreApplication.translate("AuditModel", "Action"),
                   lambda r: action_label(r.action, r.entity), lambda r: r.action, tooltip=_action_tip),
            Column(lambda: QCoreApplication.translate("AuditModel", "Order"), lambda r: r.order_reference or "—",
                   lambda r: r.order_reference or "",
                   tooltip=lambda r: entity_text(r.entity, r.entity_id) or (r.order_reference or "—"),
                   header_tooltip=lambda: QCoreApplication.translate(
                       "AuditModel", "Double-click an event of an order to see that order's whole trail.")),
            Column(lambda: QCoreApplication.translate("AuditModel", "Details"), describe_payload,
                   lambda r: r.payload, tooltip=_details_tip),
        ), parent, align_headers=True)  # fmt: skip

    def set_events(self, rows: Sequence[AuditRow]) -> None:
        self.set_rows(rows)

    def row_event(self, row: int) -> AuditRow:
        return self.row_object(row)
