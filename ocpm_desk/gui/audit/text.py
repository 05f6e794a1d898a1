"""What the audit trail calls its actions, entities, payload fields and their values on screen (issue 17).

Audit events are chained and never rewritten: an existing database holds every action and payload the services, the
migrations and the database's own triggers ever wrote, so the journal names them through fixed tables — one entry per
action (``domain.audit_actions`` plus what the database and the demo seed write, and the actions of older versions),
per payload key, per column and table of the row-audit triggers (``row.insert|update|delete``, the table as the
event's entity, the changed columns in the payload) — and says the values that are codes by their labels (statuses,
results, contents, products, roles, grounds, conditions…), days and moments the Swiss way in Geneva time, amounts in
CHF. What a person typed (a comment, a justification, a file name) is shown as it was typed; a code these tables do
not know is shown as it is rather than hidden. ``tests/gui/test_audit_text.py`` fails when an action or a key the
code writes has no label.

The tables hold English source strings marked for the French catalogue (contexts ``AuditAction``, ``AuditField``,
``AuditColumn``, ``AuditEntity``, ``AuditCode``); they are translated when an event is described, so that a language
switch applies to the next search. Reference codes (postal products, refusal grounds, conditions) are named here too:
the reference data holds them in French only, and the journal reads them without a query.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from ocpm_desk.features.audit.api import AuditRow
from ocpm_desk.gui.formatting import format_chf, format_count, format_date
from ocpm_desk.gui.labels import in_sentence, role_label, status_label
from ocpm_desk.gui.stored_text import (
    content_label,
    decision_status_label,
    field_label,
    hearing_mode_label,
    result_label,
    return_reason_label,
    shipment_status_label,
)
from ocpm_desk.kernel.calendar import GENEVA
from ocpm_desk.kernel.lifecycle import Status
from ocpm_desk.kernel.phrases import QT_TRANSLATE_NOOP
from ocpm_desk.kernel.roles import Role

ACTION, FIELD, COLUMN, ENTITY, CODE = "AuditAction", "AuditField", "AuditColumn", "AuditEntity", "AuditCode"

# ---- actions -----------------------------------------------------------------------------------------------------

#: ``audit_events.action`` → what happened. Every action of ``domain.audit_actions.AUDIT_ACTIONS``, those only the
#: database writes (``staff.requested``, ``staff.confirmed``: migration 0013) or the demo seed (``demo.*``), and
#: those older versions wrote.
ACTIONS: Mapping[str, str] = {
    "order.viewed": QT_TRANSLATE_NOOP("AuditAction", "Personal data viewed"),
    "order.receive": QT_TRANSLATE_NOOP("AuditAction", "Order received"),
    "order.validate_payment": QT_TRANSLATE_NOOP("AuditAction", "Payment validated"),
    "order.cancel": QT_TRANSLATE_NOOP("AuditAction", "Order cancelled"),
    "order.claim": QT_TRANSLATE_NOOP("AuditAction", "Order claimed"),
    "order.release": QT_TRANSLATE_NOOP("AuditAction", "Order released"),
    "order.reassign": QT_TRANSLATE_NOOP("AuditAction", "Order reassigned"),
    "order.hold": QT_TRANSLATE_NOOP("AuditAction", "Order put on hold"),
    "order.resume": QT_TRANSLATE_NOOP("AuditAction", "Review resumed"),
    "order.approve": QT_TRANSLATE_NOOP("AuditAction", "Order approved"),
    "order.propose_refusal": QT_TRANSLATE_NOOP("AuditAction", "Refusal proposed"),
    "order.return_refusal": QT_TRANSLATE_NOOP("AuditAction", "Refusal proposal returned"),
    "order.approve_refusal": QT_TRANSLATE_NOOP("AuditAction", "Refusal approved"),
    "order.withdraw": QT_TRANSLATE_NOOP("AuditAction", "Withdrawal recorded"),
    "order.print": QT_TRANSLATE_NOOP("AuditAction", "Documents printed"),
    "order.ship": QT_TRANSLATE_NOOP("AuditAction", "Handed to the post"),
    "order.deliver": QT_TRANSLATE_NOOP("AuditAction", "Delivery recorded"),
    "order.record_return": QT_TRANSLATE_NOOP("AuditAction", "Return recorded"),
    "order.send_again": QT_TRANSLATE_NOOP("AuditAction", "Sent again"),
    "order.reissue": QT_TRANSLATE_NOOP("AuditAction", "Reissue (error attributable to OCPM)"),
    "order.conditions_evaluated": QT_TRANSLATE_NOOP("AuditAction", "Conditions evaluated"),
    "order.condition_ticked": QT_TRANSLATE_NOOP("AuditAction", "Condition ticked"),
    "order.condition_overridden": QT_TRANSLATE_NOOP("AuditAction", "Result of a condition overridden"),
    "order.condition_override_removed": QT_TRANSLATE_NOOP("AuditAction", "Override of a condition removed"),
    "order.hearing_letter_sent": QT_TRANSLATE_NOOP("AuditAction", "Hearing letter sent"),
    "order.hearing_not_needed": QT_TRANSLATE_NOOP("AuditAction", "Hearing recorded as not needed"),
    "order.hearing_answer_recorded": QT_TRANSLATE_NOOP("AuditAction", "Answer to the hearing letter recorded"),
    "order.correction_reissued": QT_TRANSLATE_NOOP("AuditAction", "Correction: attestation reissued"),
    "order.correction_recorded": QT_TRANSLATE_NOOP("AuditAction", "Correction request recorded"),
    "decision.draft_created": QT_TRANSLATE_NOOP("AuditAction", "Refusal draft created"),
    "decision.draft_taken_over": QT_TRANSLATE_NOOP("AuditAction", "Refusal draft taken over"),
    "decision.proposed": QT_TRANSLATE_NOOP("AuditAction", "Refusal proposal submitted"),
    "decision.issued": QT_TRANSLATE_NOOP("AuditAction", "Refusal decision issued (signed)"),
    "decision.returned": QT_TRANSLATE_NOOP("AuditAction", "Refusal proposal returned to its author"),
    "decision.original_read": QT_TRANSLATE_NOOP("AuditAction", "Archived decision read (original)"),
    "decision.copy_made": QT_TRANSLATE_NOOP("AuditAction", "Copy of a decision made"),
    "print.batch": QT_TRANSLATE_NOOP("AuditAction", "Batch of documents printed"),
    "shipment.hearing_letter_shipped": QT_TRANSLATE_NOOP("AuditAction", "Hearing letter handed to the post"),
    "shipment.returned": QT_TRANSLATE_NOOP("AuditAction", "Shipment returned by the post"),
    "tracking.imported": QT_TRANSLATE_NOOP("AuditAction", "Tracking data imported"),
    "deposit_list.created": QT_TRANSLATE_NOOP("AuditAction", "Deposit list created"),
    "orders.imported": QT_TRANSLATE_NOOP("AuditAction", "Orders imported"),
    "quarantine.resolved": QT_TRANSLATE_NOOP("AuditAction", "Quarantined line resolved"),
    "audit.searched": QT_TRANSLATE_NOOP("AuditAction", "Audit trail searched"),
    "staff.login": QT_TRANSLATE_NOOP("AuditAction", "Logged in"),
    "staff.login_failed": QT_TRANSLATE_NOOP("AuditAction", "Failed login"),
    "staff.created": QT_TRANSLATE_NOOP("AuditAction", "Account created"),
    "staff.role_granted": QT_TRANSLATE_NOOP("AuditAction", "Role granted"),
    "staff.role_revoked": QT_TRANSLATE_NOOP("AuditAction", "Role removed"),
    "staff.deactivated": QT_TRANSLATE_NOOP("AuditAction", "Account deactivated"),
    "staff.reactivated": QT_TRANSLATE_NOOP("AuditAction", "Account reactivated"),
    "staff.password_set": QT_TRANSLATE_NOOP("AuditAction", "Own password set"),
    "staff.requested": QT_TRANSLATE_NOOP("AuditAction", "Account change requested (a second administrator confirms)"),
    "staff.confirmed": QT_TRANSLATE_NOOP("AuditAction", "Account change confirmed by a second administrator"),
    "reference.loaded": QT_TRANSLATE_NOOP("AuditAction", "Reference data loaded"),
    "demo.seeded": QT_TRANSLATE_NOOP("AuditAction", "Demo data created"),
    "demo.seed_failed": QT_TRANSLATE_NOOP("AuditAction", "Creating the demo data failed"),
    # older versions: mailroom.ship wrote this until the shipment's event became the order's (4aae61e)
    "shipment.shipped": QT_TRANSLATE_NOOP("AuditAction", "Handed to the post"),
}

#: Actions no version writes any more, kept for the events that hold them.
LEGACY_ACTIONS = frozenset({"shipment.shipped"})

#: What the row-audit triggers write (``'row.' || lower(TG_OP)``), the table being the event's entity.
ROW_OPERATIONS: Mapping[str, str] = {
    "row.insert": QT_TRANSLATE_NOOP("AuditAction", "{table}: row added (in the database)"),
    "row.update": QT_TRANSLATE_NOOP("AuditAction", "{table}: row changed (in the database)"),
    "row.delete": QT_TRANSLATE_NOOP("AuditAction", "{table}: row deleted (in the database)"),
}
#: A row event of a table this module does not name.
_ROW_OF_UNKNOWN_TABLE: Mapping[str, str] = {
    "row.insert": QT_TRANSLATE_NOOP("AuditAction", "Row added (in the database)"),
    "row.update": QT_TRANSLATE_NOOP("AuditAction", "Row changed (in the database)"),
    "row.delete": QT_TRANSLATE_NOOP("AuditAction", "Row deleted (in the database)"),
}


def _tr(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def action_label(action: str, entity: str = "") -> str:
    """An action as people name it; a row event with its table (``entity``); an unknown action as its code."""
    if action in ROW_OPERATIONS:
        if entity in TABLES:
            return _tr(ACTION, ROW_OPERATIONS[action]).format(table=table_label(entity))
        return _tr(ACTION, _ROW_OF_UNKNOWN_TABLE[action])
    source = ACTIONS.get(action)
    return _tr(ACTION, source) if source is not None else action


def action_filter_choices() -> list[tuple[str, str | None, str]]:
    """(label, action or prefix, tooltip) of the journal's action filter, and of the filter a search recorded."""
    return [
        (QCoreApplication.translate("AuditScreen", "All actions"), None, ""),
        (QCoreApplication.translate("AuditScreen", "Who viewed what"), "order.viewed",
         QCoreApplication.translate("AuditScreen", "Who opened which order's personal data (LIPAD)")),
        (QCoreApplication.translate("AuditScreen", "Everything about orders"), "order.", ""),
        (QCoreApplication.translate("AuditScreen", "Logins and accounts"), "staff.", ""),
        (QCoreApplication.translate("AuditScreen", "Searches of the audit trail"), "audit.searched", ""),
        (QCoreApplication.translate("AuditScreen", "Row changes recorded by the database"), "row.",
         QCoreApplication.translate(
             "AuditScreen", "Every change of orders, decisions and shipments, even by direct SQL (PostgreSQL)")),
        (QCoreApplication.translate("AuditScreen", "Reference data"), "reference.", ""),
    ]  # fmt: skip


def _filter_text(value: str) -> str:
    """The action filter an ``audit.searched`` event recorded: a choice of the screen, an action, or a prefix."""
    for label, action, _tip in action_filter_choices():
        if action == value:
            return label
    if value.endswith("."):
        return value  # a prefix the screen does not offer (typed elsewhere): as recorded
    return action_label(value)


# ---- entities: the tables of the row audit, and what the services' events name ------------------------------------

#: Every table of the schema, as the plural a list of rows says (row events, the demo seed's counts).
TABLES: Mapping[str, str] = {
    "applicants": QT_TRANSLATE_NOOP("AuditEntity", "Applicants"),
    "audit_events": QT_TRANSLATE_NOOP("AuditEntity", "Audit events"),
    "calendar_closures": QT_TRANSLATE_NOOP("AuditEntity", "Office closures"),
    "condition_results": QT_TRANSLATE_NOOP("AuditEntity", "Condition results"),
    "condition_rule_sets": QT_TRANSLATE_NOOP("AuditEntity", "Rule sets"),
    "condition_rules": QT_TRANSLATE_NOOP("AuditEntity", "Conditions of the rule sets"),
    "correction_requests": QT_TRANSLATE_NOOP("AuditEntity", "Correction requests"),
    "decision_grounds": QT_TRANSLATE_NOOP("AuditEntity", "Grounds of decisions"),
    "decisions": QT_TRANSLATE_NOOP("AuditEntity", "Decisions"),
    "deposit_lists": QT_TRANSLATE_NOOP("AuditEntity", "Deposit lists"),
    "documents": QT_TRANSLATE_NOOP("AuditEntity", "Documents"),
    "fee_schedules": QT_TRANSLATE_NOOP("AuditEntity", "Fee schedules"),
    "hearings": QT_TRANSLATE_NOOP("AuditEntity", "Hearings"),
    "import_quarantine": QT_TRANSLATE_NOOP("AuditEntity", "Import quarantine"),
    "lifecycle_transitions": QT_TRANSLATE_NOOP("AuditEntity", "Lifecycle transitions"),
    "order_events": QT_TRANSLATE_NOOP("AuditEntity", "Order history"),
    "orders": QT_TRANSLATE_NOOP("AuditEntity", "Orders"),
    "postal_products": QT_TRANSLATE_NOOP("AuditEntity", "Postal products"),
    "postal_tariffs": QT_TRANSLATE_NOOP("AuditEntity", "Postal tariffs"),
    "refusal_grounds": QT_TRANSLATE_NOOP("AuditEntity", "Refusal grounds"),
    "register_guardianships": QT_TRANSLATE_NOOP("AuditEntity", "Register: legal representations"),
    "register_persons": QT_TRANSLATE_NOOP("AuditEntity", "Register: persons"),
    "register_residences": QT_TRANSLATE_NOOP("AuditEntity", "Register: residences"),
    "services": QT_TRANSLATE_NOOP("AuditEntity", "Services"),
    "settings": QT_TRANSLATE_NOOP("AuditEntity", "Settings"),
    "shipments": QT_TRANSLATE_NOOP("AuditEntity", "Shipments"),
    "staff": QT_TRANSLATE_NOOP("AuditEntity", "Staff accounts"),
    "staff_requests": QT_TRANSLATE_NOOP("AuditEntity", "Staff account requests"),
    "staff_roles": QT_TRANSLATE_NOOP("AuditEntity", "Roles of the staff"),
    "teams": QT_TRANSLATE_NOOP("AuditEntity", "Teams"),
    "tracking_events": QT_TRANSLATE_NOOP("AuditEntity", "Tracking events"),
    "vat_rates": QT_TRANSLATE_NOOP("AuditEntity", "VAT rates"),
}

#: One row of an entity, by its number (``Decision no. 12``): the services' entities and the row-audited tables.
_NUMBERED: Mapping[str, str] = {
    "order": QT_TRANSLATE_NOOP("AuditEntity", "Order no. {id}"),
    "orders": QT_TRANSLATE_NOOP("AuditEntity", "Order no. {id}"),
    "decision": QT_TRANSLATE_NOOP("AuditEntity", "Decision no. {id}"),
    "decisions": QT_TRANSLATE_NOOP("AuditEntity", "Decision no. {id}"),
    "shipment": QT_TRANSLATE_NOOP("AuditEntity", "Shipment no. {id}"),
    "shipments": QT_TRANSLATE_NOOP("AuditEntity", "Shipment no. {id}"),
    "document": QT_TRANSLATE_NOOP("AuditEntity", "Document no. {id}"),
    "documents": QT_TRANSLATE_NOOP("AuditEntity", "Document no. {id}"),
    "hearings": QT_TRANSLATE_NOOP("AuditEntity", "Hearing no. {id}"),
    "condition_results": QT_TRANSLATE_NOOP("AuditEntity", "Condition result no. {id}"),
    "tracking_events": QT_TRANSLATE_NOOP("AuditEntity", "Tracking event no. {id}"),
    "deposit_list": QT_TRANSLATE_NOOP("AuditEntity", "Deposit list no. {id}"),
    "deposit_lists": QT_TRANSLATE_NOOP("AuditEntity", "Deposit list no. {id}"),
    "correction_requests": QT_TRANSLATE_NOOP("AuditEntity", "Correction request no. {id}"),
    "import_quarantine": QT_TRANSLATE_NOOP("AuditEntity", "Quarantined line no. {id}"),
    "print_job": QT_TRANSLATE_NOOP("AuditEntity", "Print job {id}"),
    "staff": QT_TRANSLATE_NOOP("AuditEntity", "Account {id}"),
}
#: Entities whose id says nothing the payload does not (a file name, "search", "demo"): not named.
SILENT_ENTITIES = frozenset({"audit", "import", "tracking", "reference_data", "database"})

#: The synthetic actors of the command line, the intake and the demo seed (``services.uow``, ``demo_seed``).
_SYSTEM_ACTORS: Mapping[str, str] = {
    "system:cli": QT_TRANSLATE_NOOP("AuditEntity", "System (command line)"),
    "system:intake": QT_TRANSLATE_NOOP("AuditEntity", "System (automatic intake)"),
    "system:seed": QT_TRANSLATE_NOOP("AuditEntity", "System (demo data)"),
}


def table_label(table: str) -> str:
    source = TABLES.get(table)
    return _tr(ENTITY, source) if source is not None else table


def entity_text(entity: str, entity_id: str) -> str:
    """``Decision no. 12``, ``Account jdupont``; ``""`` for an entity that names nothing more than its event."""
    if entity in SILENT_ENTITIES or not entity_id:
        return ""
    source = _NUMBERED.get(entity)
    if source is not None:
        return _tr(ENTITY, source).format(id=entity_id)
    if entity in TABLES:
        return f"{table_label(entity)} {entity_id}"
    return f"{entity} {entity_id}".strip()


def person_text(actor: str) -> str:
    """The person who acted: a user name as it is, the system's own actors by what they are."""
    source = _SYSTEM_ACTORS.get(actor)
    if source is not None:
        return _tr(ENTITY, source)
    if actor.startswith("system:"):
        return QCoreApplication.translate("AuditEntity", "System ({name})").format(name=actor.removeprefix("system:"))
    return actor


# ---- reference codes ---------------------------------------------------------------------------------------------

#: ``resources/reference/postal.yaml``.
PRODUCTS: Mapping[str, str] = {
    "A": QT_TRANSLATE_NOOP("AuditCode", "A mail"),
    "B": QT_TRANSLATE_NOOP("AuditCode", "B mail"),
    "R": QT_TRANSLATE_NOOP("AuditCode", "Registered"),
    "INT-ECO": QT_TRANSLATE_NOOP("AuditCode", "International Economy"),
    "INT-PRIO": QT_TRANSLATE_NOOP("AuditCode", "International Priority"),
    "INT-R": QT_TRANSLATE_NOOP("AuditCode", "International registered"),
}
#: ``resources/reference/grounds.yaml`` (the refusal grounds' titles).
GROUNDS: Mapping[str, str] = {
    "not_registered": QT_TRANSLATE_NOOP("AuditCode", "Not resident in Geneva"),
    "no_residence_history": QT_TRANSLATE_NOOP("AuditCode", "No residence history"),
    "not_swiss": QT_TRANSLATE_NOOP("AuditCode", "Not a Swiss citizen"),
    "not_departed": QT_TRANSLATE_NOOP("AuditCode", "No recorded departure"),
    "identity_mismatch": QT_TRANSLATE_NOOP("AuditCode", "Identity data do not match"),
    "requester_not_entitled": QT_TRANSLATE_NOOP("AuditCode", "Applicant not entitled"),
    "payment_incomplete": QT_TRANSLATE_NOOP("AuditCode", "Fee not paid in full"),
    "address_not_deliverable": QT_TRANSLATE_NOOP("AuditCode", "Delivery address not valid"),
    "service_not_available": QT_TRANSLATE_NOOP("AuditCode", "Service not available on the order date"),
    "minor_without_representation": QT_TRANSLATE_NOOP(
        "AuditCode", "Order for a minor without established legal representation"
    ),
}
#: ``resources/reference/conditions.yaml`` (the conditions' labels).
CONDITIONS: Mapping[str, str] = {
    "payment_complete": QT_TRANSLATE_NOOP("AuditCode", "Payment complete (fee and postage)"),
    "service_available_when_ordered": QT_TRANSLATE_NOOP("AuditCode", "Service available on the order date"),
    "identity_match": QT_TRANSLATE_NOOP("AuditCode", "Identity matches the register"),
    "requester_entitled": QT_TRANSLATE_NOOP(
        "AuditCode", "The applicant is the person concerned or their legal representative"
    ),
    "address_deliverable": QT_TRANSLATE_NOOP("AuditCode", "Delivery address complete and postal product valid"),
    "registered_in_geneva": QT_TRANSLATE_NOOP("AuditCode", "Person resident in Geneva"),
    "residence_history_exists": QT_TRANSLATE_NOOP("AuditCode", "Residence history in Geneva recorded"),
    "swiss_citizen": QT_TRANSLATE_NOOP("AuditCode", "Swiss citizen"),
    "departed_from_geneva": QT_TRANSLATE_NOOP("AuditCode", "Departure from Geneva recorded"),
}
#: What a second administrator confirms (``staff_requests.kind``, migration 0013).
REQUEST_KINDS: Mapping[str, str] = {
    "create": QT_TRANSLATE_NOOP("AuditCode", "account creation"),
    "grant": QT_TRANSLATE_NOOP("AuditCode", "role granted"),
    "reactivate": QT_TRANSLATE_NOOP("AuditCode", "reactivation"),
}
#: Who an error in a delivered document is attributable to (``record_correction``).
ATTRIBUTABLE: Mapping[str, str] = {
    "applicant": QT_TRANSLATE_NOOP("AuditCode", "the applicant"),
    "ocpm": QT_TRANSLATE_NOOP("AuditCode", "OCPM"),
}
#: The parts of a renderer's fingerprint (``adapters/pdf/fingerprint.py``): ``reportlab=4.2 … letterhead=<hash>``.
RENDERER_PARTS: Mapping[str, str] = {
    "reportlab": QT_TRANSLATE_NOOP("AuditCode", "ReportLab {value}"),
    "accel": QT_TRANSLATE_NOOP("AuditCode", "accelerator {value}"),
    "zlib": QT_TRANSLATE_NOOP("AuditCode", "zlib {value}"),
    "fonts": QT_TRANSLATE_NOOP("AuditCode", "fonts {value}"),
    "template": QT_TRANSLATE_NOOP("AuditCode", "template {value}"),
    "letterhead": QT_TRANSLATE_NOOP("AuditCode", "letterhead {value}"),
}


def _code(table: Mapping[str, str], value: object) -> str:
    source = table.get(str(value))
    return _tr(CODE, source) if source is not None else str(value)


def _role(value: object) -> str:
    try:
        return role_label(Role(str(value)))
    except ValueError:
        return str(value)


def status_text(value: object, entity: str = "order") -> str:
    """A status by its label: an order's, or a decision's or a shipment's for their row events."""
    text = str(value)
    if entity in ("decision", "decisions"):
        return decision_status_label(text)
    if entity in ("shipment", "shipments"):
        return shipment_status_label(text)
    try:
        return status_label(Status(text))
    except ValueError:
        return text


# ---- payload fields and columns ----------------------------------------------------------------------------------

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
_RESULT_COUNTS = ("met", "not_met", "unknown")
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
    return _tr(COLUMN, source) if source is not None else column


def payload_field_label(key: str, action: str = "") -> str:
    """The label of payload key ``key`` of an ``action`` event; the key itself when it is not known."""
    if action == "order.conditions_evaluated" and key in _RESULT_COUNTS:
        return in_sentence(result_label(key))
    source = ACTION_FIELDS.get((action, key)) or FIELDS.get(key)
    return _tr(FIELD, source) if source is not None else key


# ---- values ------------------------------------------------------------------------------------------------------

#: Hexadecimal digits of a fingerprint shown (the whole payload is in the cell's tooltip).
HASH_SHOWN = 12
#: Items of a list shown before "and N more".
LIST_SHOWN = 10
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_HEX = re.compile(r"[0-9a-f]{40,}")


def format_moment(value: datetime) -> str:
    """``26.11.2026 14:05:09`` in Geneva time, whatever the workstation's time zone (when an event occurred)."""
    local = value.astimezone(GENEVA) if value.tzinfo is not None else value
    return local.strftime("%d.%m.%Y %H:%M:%S")


def _yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("AuditModel", "yes")
    return QCoreApplication.translate("AuditModel", "no")


def _count(value: object) -> str:
    return format_count(value) if isinstance(value, int) and not isinstance(value, bool) else _plain(value)


def _day(value: object) -> str:
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            return value
    return _plain(value)


def _moment(text: str) -> str:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    local = moment.astimezone(GENEVA) if moment.tzinfo is not None else moment
    return local.strftime("%d.%m.%Y %H:%M")


def _hash(value: object) -> str:
    text = str(value)
    return f"{text[:HASH_SHOWN]}…" if len(text) > HASH_SHOWN else text


def _plain(value: object) -> str:
    """A value without a kind of its own: yes/no, Swiss days and moments, fingerprints shortened, lists joined."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return _yes_no(value)
    if isinstance(value, list):
        return _listed([_plain(v) for v in value])
    if isinstance(value, dict):
        return ", ".join(f"{k} {_plain(v)}" for k, v in value.items())
    if isinstance(value, str):
        if _ISO_DAY.fullmatch(value):
            return _day(value)
        if _ISO_MOMENT.match(value):
            return _moment(value)
        if _HEX.fullmatch(value):
            return _hash(value)
    return str(value)


def _listed(items: Sequence[str]) -> str:
    if len(items) <= LIST_SHOWN:
        return ", ".join(items)
    more = QCoreApplication.translate("AuditModel", "and {count} more").format(
        count=format_count(len(items) - LIST_SHOWN)
    )
    return f"{', '.join(items[:LIST_SHOWN])} {more}"


def _each(value: object, say: Callable[[object], str]) -> str:
    return _listed([say(v) for v in value]) if isinstance(value, list) else say(value)


def _document(key: object) -> str:
    """``document:18`` / ``decision:3`` (a print batch's documents, ``mailroom._item``)."""
    kind, _, number = str(key).partition(":")
    return entity_text(kind, number) if number else str(key)


def _destination(value: object) -> str:
    """A PDF file (``file:<path>``) or a CUPS printer's name (``adapters/printing``)."""
    text = str(value)
    if text.startswith("file:"):
        return QCoreApplication.translate("AuditModel", "PDF file {path}").format(path=text.removeprefix("file:"))
    return QCoreApplication.translate("AuditModel", "printer {name}").format(name=text)


def _renderer(value: object) -> str:
    """``reportlab=4.2.5 accel=0.9 zlib=1.3 fonts=<hash> template=2 letterhead=<hash>`` part by part."""
    parts = []
    for part in str(value).split():
        name, sep, shown = part.partition("=")
        source = RENDERER_PARTS.get(name)
        if not sep or source is None:
            parts.append(part)
            continue
        parts.append(_tr(CODE, source).format(value=_hash(shown) if _HEX.fullmatch(shown) else shown))
    return ", ".join(parts)


def _signature(value: object) -> str:
    if not isinstance(value, dict):
        return _plain(value)
    return QCoreApplication.translate("AuditModel", "{name}, {title}, signed on {date}").format(
        name=value.get("name", "—"), title=value.get("title", "—"), date=_day(value.get("signed_on"))
    )


def _confirmed(value: object) -> str:
    """``create:caseworker,admin``, ``grant:auditor``, ``reactivate`` (``ocpm_confirm_staff``)."""
    kind, _, roles = str(value).partition(":")
    text = _code(REQUEST_KINDS, kind)
    if roles:
        text += f" ({', '.join(_role(r) for r in roles.split(','))})"
    return text


def _counts(value: object, name: Callable[[str], str]) -> str:
    if not isinstance(value, dict):
        return _plain(value)
    return _listed([f"{name(str(k))} {_count(v)}" for k, v in value.items()])


#: How a key's value is said when it is a code, a day, an amount… (anything else: ``_plain``).
_SAYS: Mapping[str, Callable[[object], str]] = {
    "roles": _role, "role": _role,
    "content": lambda v: content_label(str(v)),
    "product": lambda v: _code(PRODUCTS, v),
    "grounds": lambda v: _code(GROUNDS, v),
    "code": lambda v: _code(CONDITIONS, v),
    "hearing": lambda v: hearing_mode_label(str(v)),
    "result": lambda v: result_label(None if v is None else str(v)),
    "override": lambda v: result_label(str(v)),
    "previous": lambda v: result_label(None if v is None else str(v)),
    "removed": lambda v: result_label(str(v)),
    "address_fields_changed": lambda v: in_sentence(field_label(str(v))),
    "attributable_to": lambda v: _code(ATTRIBUTABLE, v),
    "kind": lambda v: _code(REQUEST_KINDS, v),
    "confirmed": _confirmed,
    "documents": _document,
    "destination": _destination,
    "renderer": _renderer,
    "signature": _signature,
    "postage_centimes": lambda v: format_chf(v) if isinstance(v, int) else _plain(v),
    "action": lambda v: _filter_text(str(v)),
    "statuses": lambda v: _counts(v, lambda s: status_text(s)),
    "rows": lambda v: _counts(v, table_label),
    "day": _day, "reply_by": _day, "received_on": _day, "today": _day, "date_from": _day, "date_to": _day,
    "content_sha256": _hash, "pdf_sha256": _hash, "sha256": _hash,
    **{key: _count for key in ("items", "pages", "lines", "delivered", "recorded", "unknown", "rejected", "orders",
                               "orders_deleted", "replaced_orders", "reference_rows_changed", "rows_changed",
                               "unchanged", "found", "met", "not_met")},
}  # fmt: skip
#: Keys whose value a person typed or a system named (a reason, a file, an error): shown exactly as stored.
VERBATIM_FIELDS = frozenset({"comment", "note", "justification", "source", "error", "item_number", "number",
                             "reference", "order_reference", "actor", "author", "previous_author"})  # fmt: skip
#: Keys whose value a person typed in some actions only (elsewhere it is a code).
VERBATIM_IN: Mapping[str, frozenset[str]] = {"order.hearing_not_needed": frozenset({"reason"})}


def _value_text(action: str, key: str, value: object) -> str:
    if key in VERBATIM_FIELDS or key in VERBATIM_IN.get(action, ()):
        return "—" if value is None else str(value)
    if key == "reason":
        return return_reason_label(None if value is None else str(value))
    say = _SAYS.get(key)
    if say is None:
        return _plain(value)
    if isinstance(value, list) and key not in ("statuses", "rows"):
        return _each(value, say)
    return say(value)


def describe_payload(row: AuditRow) -> str:
    """The event's details in a line: what it is about when not an order, a status move with its names, then the
    other keys of the payload, each with its label and its value as people read it."""
    try:
        data = json.loads(row.payload) if row.payload else {}
    except ValueError:
        return row.payload
    parts: list[str] = []
    if not row.order_reference and row.entity_id != row.actor:
        subject = entity_text(row.entity, row.entity_id)
        if subject:
            parts.append(subject)
    if not isinstance(data, dict):
        parts.append(_plain(data))
        return " · ".join(parts)
    action, entity = row.action, row.entity
    if action == "order.reassign":
        before, after = data.pop("from", None), data.pop("to", None)
        parts.append(f"{before or '—'} → {after or '—'}")
    else:
        subject_kind = entity if action.startswith("row.") else "order"
        if "from" in data and "to" in data:
            before, after = data.pop("from"), data.pop("to")
            moved = f"{status_text(before, subject_kind)} → {status_text(after, subject_kind)}"
            parts.append(moved if before is not None else status_text(after, subject_kind))
        elif data.get("to") is not None:
            parts.append(_pair(payload_field_label("to", action), status_text(data.pop("to"), subject_kind)))
        if isinstance(data.get("status"), str):
            parts.append(status_text(data.pop("status"), subject_kind))
    if data.get("reference") == row.order_reference:
        data.pop("reference", None)
    assigned = data.pop("assigned_to", None)
    if assigned:
        parts.append(QCoreApplication.translate("AuditModel", "assigned to {person}").format(person=assigned))
    if "found" in data:
        parts.append(QCoreApplication.translate("AuditModel", "{count} found").format(count=_count(data.pop("found"))))
    for key, value in data.items():
        if key in HIDDEN_FIELDS or value is None or value == "" or value == [] or value == {}:
            continue
        if key in ID_FIELDS:
            parts.append(payload_field_label(key, action).format(id=value))
            continue
        if key == "columns":
            shown = _listed([column_label(str(c)) for c in value]) if isinstance(value, list) else _plain(value)
        else:
            shown = _value_text(action, key, value)
        parts.append(_pair(payload_field_label(key, action), shown))
    return " · ".join(parts)


def _pair(label: str, value: str) -> str:
    return QCoreApplication.translate("AuditModel", "{label}: {value}").format(label=label, value=value)
