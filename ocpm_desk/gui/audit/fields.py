"""What the audit trail calls the keys of its payloads and the columns of the row-audited tables (issue 17), inside
a line of details (lower case: « motif : Adresse inconnue »).

The labels are English source strings marked for the French catalogue (contexts ``AuditField`` and
``AuditColumn``); the delivery address's columns are the order screen's field labels, and the results counted by
``order.conditions_evaluated`` are named as the results are.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from ocpm_desk.gui.labels import in_sentence
from ocpm_desk.gui.stored_text import field_label, result_label
from ocpm_desk.kernel.phrases import QT_TRANSLATE_NOOP

FIELD, COLUMN = "AuditField", "AuditColumn"

#: Every key a payload holds (services, migrations' functions, row-audit triggers, demo seed, older versions) →
#: its label inside a line of details (lower case: « motif : Adresse inconnue »).
FIELDS: Mapping[str, str] = {
    "order_reference": QT_TRANSLATE_NOOP("AuditField", "order"),
    "reference": QT_TRANSLATE_NOOP("AuditField", "order"),
    "actor": QT_TRANSLATE_NOOP("AuditField", "person"),
    "action": QT_TRANSLATE_NOOP("AuditField", "action"),
    "date_from": QT_TRANSLATE_NOOP("AuditField", "from"),
    "date_to": QT_TRANSLATE_NOOP("AuditField", "to"),
    "limit": QT_TRANSLATE_NOOP("AuditField", "at most"),
    "found": QT_TRANSLATE_NOOP("AuditField", "results"),
    "roles": QT_TRANSLATE_NOOP("AuditField", "roles"),
    "role": QT_TRANSLATE_NOOP("AuditField", "role"),
    "locked": QT_TRANSLATE_NOOP("AuditField", "account locked"),
    "columns": QT_TRANSLATE_NOOP("AuditField", "columns"),
    "rows_changed": QT_TRANSLATE_NOOP("AuditField", "rows changed"),
    "from": QT_TRANSLATE_NOOP("AuditField", "before"),
    "to": QT_TRANSLATE_NOOP("AuditField", "order status"),
    "status": QT_TRANSLATE_NOOP("AuditField", "status"),
    "assigned_to": QT_TRANSLATE_NOOP("AuditField", "assigned to"),
    "address_fields_changed": QT_TRANSLATE_NOOP("AuditField", "address fields changed"),
    "attributable_to": QT_TRANSLATE_NOOP("AuditField", "error attributable to"),
    "author": QT_TRANSLATE_NOOP("AuditField", "author"),
    "previous_author": QT_TRANSLATE_NOOP("AuditField", "previous author"),
    "code": QT_TRANSLATE_NOOP("AuditField", "condition"),
    "comment": QT_TRANSLATE_NOOP("AuditField", "comment"),
    "content": QT_TRANSLATE_NOOP("AuditField", "content"),
    "content_sha256": QT_TRANSLATE_NOOP("AuditField", "content fingerprint"),
    "pdf_sha256": QT_TRANSLATE_NOOP("AuditField", "PDF fingerprint"),
    "sha256": QT_TRANSLATE_NOOP("AuditField", "fingerprint"),
    "day": QT_TRANSLATE_NOOP("AuditField", "day"),
    "decision": QT_TRANSLATE_NOOP("AuditField", "decision no. {id}"),
    "delivered": QT_TRANSLATE_NOOP("AuditField", "delivered"),
    "destination": QT_TRANSLATE_NOOP("AuditField", "destination"),
    "documents": QT_TRANSLATE_NOOP("AuditField", "documents"),
    "error": QT_TRANSLATE_NOOP("AuditField", "error"),
    "grounds": QT_TRANSLATE_NOOP("AuditField", "grounds"),
    "hearing": QT_TRANSLATE_NOOP("AuditField", "hearing"),
    "hearing_letters": QT_TRANSLATE_NOOP("AuditField", "hearing letters"),
    "item_number": QT_TRANSLATE_NOOP("AuditField", "item number"),
    "items": QT_TRANSLATE_NOOP("AuditField", "items"),
    "justification": QT_TRANSLATE_NOOP("AuditField", "justification"),
    "line": QT_TRANSLATE_NOOP("AuditField", "line"),
    "lines": QT_TRANSLATE_NOOP("AuditField", "lines read"),
    "note": QT_TRANSLATE_NOOP("AuditField", "note"),
    "number": QT_TRANSLATE_NOOP("AuditField", "decision number"),
    "order_id": QT_TRANSLATE_NOOP("AuditField", "order no. {id}"),
    "orders": QT_TRANSLATE_NOOP("AuditField", "orders"),
    "orders_deleted": QT_TRANSLATE_NOOP("AuditField", "orders deleted"),
    "override": QT_TRANSLATE_NOOP("AuditField", "forced result"),
    "pages": QT_TRANSLATE_NOOP("AuditField", "pages"),
    "postage_centimes": QT_TRANSLATE_NOOP("AuditField", "postage"),
    "previous": QT_TRANSLATE_NOOP("AuditField", "previous result"),
    "product": QT_TRANSLATE_NOOP("AuditField", "postal product"),
    "ready_to_ship": QT_TRANSLATE_NOOP("AuditField", "ready to ship"),
    "reason": QT_TRANSLATE_NOOP("AuditField", "reason"),
    "recorded": QT_TRANSLATE_NOOP("AuditField", "tracking events recorded"),
    "reference_rows_changed": QT_TRANSLATE_NOOP("AuditField", "reference rows changed"),
    "rejected": QT_TRANSLATE_NOOP("AuditField", "lines rejected"),
    "replaced_orders": QT_TRANSLATE_NOOP("AuditField", "orders replaced"),
    "reply_by": QT_TRANSLATE_NOOP("AuditField", "comments expected by"),
    "request_id": QT_TRANSLATE_NOOP("AuditField", "correction request no. {id}"),
    "reset": QT_TRANSLATE_NOOP("AuditField", "existing data replaced"),
    "result": QT_TRANSLATE_NOOP("AuditField", "result"),
    "removed": QT_TRANSLATE_NOOP("AuditField", "override removed"),
    "rows": QT_TRANSLATE_NOOP("AuditField", "rows written"),
    "seed": QT_TRANSLATE_NOOP("AuditField", "random seed"),
    "shipment_id": QT_TRANSLATE_NOOP("AuditField", "shipment no. {id}"),
    "document_id": QT_TRANSLATE_NOOP("AuditField", "document no. {id}"),
    "source": QT_TRANSLATE_NOOP("AuditField", "file"),
    "statuses": QT_TRANSLATE_NOOP("AuditField", "statuses"),
    "today": QT_TRANSLATE_NOOP("AuditField", "day of the data"),
    "unknown": QT_TRANSLATE_NOOP("AuditField", "unknown item numbers"),
    "first_line": QT_TRANSLATE_NOOP("AuditField", "first line"),
    "last_line": QT_TRANSLATE_NOOP("AuditField", "last line"),
    "imported": QT_TRANSLATE_NOOP("AuditField", "imported"),
    "updated": QT_TRANSLATE_NOOP("AuditField", "updated"),
    "unchanged": QT_TRANSLATE_NOOP("AuditField", "unchanged"),
    "quarantined_lines": QT_TRANSLATE_NOOP("AuditField", "lines in quarantine"),
    "answered": QT_TRANSLATE_NOOP("AuditField", "answer received"),
    "received_on": QT_TRANSLATE_NOOP("AuditField", "received on"),
    "renderer": QT_TRANSLATE_NOOP("AuditField", "renderer"),
    "signature": QT_TRANSLATE_NOOP("AuditField", "signature"),
    "confirmed": QT_TRANSLATE_NOOP("AuditField", "confirmed"),
    "one_time_password": QT_TRANSLATE_NOOP("AuditField", "one-time password given"),
    "kind": QT_TRANSLATE_NOOP("AuditField", "request"),
}
#: A key whose meaning depends on the action (``(action, key)`` → its label).
ACTION_FIELDS: Mapping[tuple[str, str], str] = {
    ("order.condition_overridden", "result"): QT_TRANSLATE_NOOP("AuditField", "automatic result"),
    ("order.condition_override_removed", "result"): QT_TRANSLATE_NOOP("AuditField", "automatic result"),
    ("orders.imported", "lines"): QT_TRANSLATE_NOOP("AuditField", "lines"),
}
#: ``order.conditions_evaluated`` counts the results by their code: its keys are named as the results are.
RESULT_COUNTS = ("met", "not_met", "unknown")
#: Keys whose value is the number of a row: their label is a template (``order no. {id}``).
ID_FIELDS = frozenset({"order_id", "shipment_id", "document_id", "request_id", "decision"})
#: Keys not shown: the search's page size says nothing about what was searched.
HIDDEN_FIELDS = frozenset({"limit"})

#: The columns of the row-audited tables (``row.update`` names those it changed), as a list of details says them.
#: The delivery address's (``addr_*``) are the order screen's field labels.
COLUMNS: Mapping[str, str] = {
    "answer": QT_TRANSLATE_NOOP("AuditColumn", "answer"),
    "answer_recorded_at": QT_TRANSLATE_NOOP("AuditColumn", "answer recorded at"),
    "answer_recorded_by": QT_TRANSLATE_NOOP("AuditColumn", "answer recorded by"),
    "answered_on": QT_TRANSLATE_NOOP("AuditColumn", "answer date"),
    "applicant_id": QT_TRANSLATE_NOOP("AuditColumn", "applicant"),
    "approver": QT_TRANSLATE_NOOP("AuditColumn", "approver"),
    "assigned_to": QT_TRANSLATE_NOOP("AuditColumn", "assignee"),
    "attributable_to": QT_TRANSLATE_NOOP("AuditColumn", "attributable to"),
    "author": QT_TRANSLATE_NOOP("AuditColumn", "author"),
    "clock_stopped": QT_TRANSLATE_NOOP("AuditColumn", "delivery clock stopped"),
    "concerned_person_id": QT_TRANSLATE_NOOP("AuditColumn", "person concerned"),
    "content": QT_TRANSLATE_NOOP("AuditColumn", "content"),
    "content_sha256": QT_TRANSLATE_NOOP("AuditColumn", "content fingerprint"),
    "created_at": QT_TRANSLATE_NOOP("AuditColumn", "created at"),
    "created_by": QT_TRANSLATE_NOOP("AuditColumn", "created by"),
    "day": QT_TRANSLATE_NOOP("AuditColumn", "day"),
    "decided_at": QT_TRANSLATE_NOOP("AuditColumn", "decided at"),
    "delivered_on": QT_TRANSLATE_NOOP("AuditColumn", "delivery date"),
    "delivery_product": QT_TRANSLATE_NOOP("AuditColumn", "postal product"),
    "deposit_list_id": QT_TRANSLATE_NOOP("AuditColumn", "deposit list"),
    "description": QT_TRANSLATE_NOOP("AuditColumn", "description"),
    "detail": QT_TRANSLATE_NOOP("AuditColumn", "detail"),
    "document_id": QT_TRANSLATE_NOOP("AuditColumn", "document"),
    "evaluated_at": QT_TRANSLATE_NOOP("AuditColumn", "evaluated at"),
    "evaluated_by": QT_TRANSLATE_NOOP("AuditColumn", "evaluated by"),
    "event": QT_TRANSLATE_NOOP("AuditColumn", "event"),
    "evidence": QT_TRANSLATE_NOOP("AuditColumn", "evidence"),
    "fee_paid_centimes": QT_TRANSLATE_NOOP("AuditColumn", "fee paid"),
    "fee_schedule_id": QT_TRANSLATE_NOOP("AuditColumn", "fee schedule"),
    "first_attempt_on": QT_TRANSLATE_NOOP("AuditColumn", "first delivery attempt"),
    "hearing": QT_TRANSLATE_NOOP("AuditColumn", "hearing"),
    "hearing_note": QT_TRANSLATE_NOOP("AuditColumn", "note on the hearing"),
    "hold_reason": QT_TRANSLATE_NOOP("AuditColumn", "reason for the hold"),
    "hold_until": QT_TRANSLATE_NOOP("AuditColumn", "follow-up date"),
    "id": QT_TRANSLATE_NOOP("AuditColumn", "identifier"),
    "intake_digest": QT_TRANSLATE_NOOP("AuditColumn", "intake fingerprint"),
    "item_number": QT_TRANSLATE_NOOP("AuditColumn", "item number"),
    "kind": QT_TRANSLATE_NOOP("AuditColumn", "kind of document"),
    "line_masked": QT_TRANSLATE_NOOP("AuditColumn", "line (masked)"),
    "line_number": QT_TRANSLATE_NOOP("AuditColumn", "line number"),
    "line_sha256": QT_TRANSLATE_NOOP("AuditColumn", "line fingerprint"),
    "mode": QT_TRANSLATE_NOOP("AuditColumn", "hearing mode"),
    "notified_on": QT_TRANSLATE_NOOP("AuditColumn", "notification date"),
    "number": QT_TRANSLATE_NOOP("AuditColumn", "number"),
    "occurred_at": QT_TRANSLATE_NOOP("AuditColumn", "occurred at"),
    "order_id": QT_TRANSLATE_NOOP("AuditColumn", "order"),
    "ordered_at": QT_TRANSLATE_NOOP("AuditColumn", "order date"),
    "outcome": QT_TRANSLATE_NOOP("AuditColumn", "outcome"),
    "overridden_at": QT_TRANSLATE_NOOP("AuditColumn", "overridden at"),
    "overridden_by": QT_TRANSLATE_NOOP("AuditColumn", "overridden by"),
    "override_justification": QT_TRANSLATE_NOOP("AuditColumn", "justification of the override"),
    "override_result": QT_TRANSLATE_NOOP("AuditColumn", "forced result"),
    "paid_at": QT_TRANSLATE_NOOP("AuditColumn", "payment date"),
    "payment_brand": QT_TRANSLATE_NOOP("AuditColumn", "means of payment"),
    "payment_provider_reference": QT_TRANSLATE_NOOP("AuditColumn", "payment reference"),
    "pdf": QT_TRANSLATE_NOOP("AuditColumn", "PDF"),
    "pdf_sha256": QT_TRANSLATE_NOOP("AuditColumn", "PDF fingerprint"),
    "postage_paid_centimes": QT_TRANSLATE_NOOP("AuditColumn", "postage paid"),
    "postal_tariff_id": QT_TRANSLATE_NOOP("AuditColumn", "postal tariff"),
    "printed_at": QT_TRANSLATE_NOOP("AuditColumn", "printed at"),
    "printed_by": QT_TRANSLATE_NOOP("AuditColumn", "printed by"),
    "product": QT_TRANSLATE_NOOP("AuditColumn", "postal product"),
    "proposed_at": QT_TRANSLATE_NOOP("AuditColumn", "proposed at"),
    "quantity": QT_TRANSLATE_NOOP("AuditColumn", "quantity"),
    "reason": QT_TRANSLATE_NOOP("AuditColumn", "reason"),
    "reasons": QT_TRANSLATE_NOOP("AuditColumn", "reasons"),
    "received_at": QT_TRANSLATE_NOOP("AuditColumn", "received at"),
    "received_on": QT_TRANSLATE_NOOP("AuditColumn", "date received"),
    "recorded_at": QT_TRANSLATE_NOOP("AuditColumn", "recorded at"),
    "recorded_by": QT_TRANSLATE_NOOP("AuditColumn", "recorded by"),
    "reference": QT_TRANSLATE_NOOP("AuditColumn", "reference"),
    "reply_by": QT_TRANSLATE_NOOP("AuditColumn", "comments expected by"),
    "resolution_note": QT_TRANSLATE_NOOP("AuditColumn", "resolution note"),
    "resolved_at": QT_TRANSLATE_NOOP("AuditColumn", "resolved at"),
    "resolved_by": QT_TRANSLATE_NOOP("AuditColumn", "resolved by"),
    "result": QT_TRANSLATE_NOOP("AuditColumn", "result"),
    "return_comment": QT_TRANSLATE_NOOP("AuditColumn", "comment of the return"),
    "return_reason": QT_TRANSLATE_NOOP("AuditColumn", "reason of the return"),
    "rule_id": QT_TRANSLATE_NOOP("AuditColumn", "condition"),
    "rule_set_id": QT_TRANSLATE_NOOP("AuditColumn", "rule set"),
    "sent_on": QT_TRANSLATE_NOOP("AuditColumn", "date sent"),
    "service_code": QT_TRANSLATE_NOOP("AuditColumn", "service"),
    "sha256": QT_TRANSLATE_NOOP("AuditColumn", "fingerprint"),
    "shipment_id": QT_TRANSLATE_NOOP("AuditColumn", "shipment"),
    "shipped_at": QT_TRANSLATE_NOOP("AuditColumn", "shipped at"),
    "shipped_by": QT_TRANSLATE_NOOP("AuditColumn", "shipped by"),
    "source": QT_TRANSLATE_NOOP("AuditColumn", "file"),
    "status": QT_TRANSLATE_NOOP("AuditColumn", "status"),
    "updated_at": QT_TRANSLATE_NOOP("AuditColumn", "changed at"),
    "updated_by": QT_TRANSLATE_NOOP("AuditColumn", "changed by"),
    "version": QT_TRANSLATE_NOOP("AuditColumn", "version"),
}
#: ``orders.addr_<field>`` → the order screen's name of the address field (``addr_line`` is its ``address_line``).
ADDRESS_PREFIX = "addr_"
_ADDRESS_FIELDS = {"line": "address_line"}


def column_label(column: str) -> str:
    """A column of a row-audited table as a list of changed columns says it; an unknown one as its name."""
    if column.startswith(ADDRESS_PREFIX):
        name = column.removeprefix(ADDRESS_PREFIX)
        return in_sentence(field_label(_ADDRESS_FIELDS.get(name, name)))
    source = COLUMNS.get(column)
    return QCoreApplication.translate(COLUMN, source) if source is not None else column


def payload_field_label(key: str, action: str = "") -> str:
    """The label of payload key ``key`` of an ``action`` event; the key itself when it is not known."""
    if action == "order.conditions_evaluated" and key in RESULT_COUNTS:
        return in_sentence(result_label(key))
    source = ACTION_FIELDS.get((action, key)) or FIELDS.get(key)
    return QCoreApplication.translate(FIELD, source) if source is not None else key
