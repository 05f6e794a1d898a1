"""What the audit trail calls things (issue 17), in fixed tables of English source strings marked for the French
catalogue, translated when an event is described; a code these tables do not know is shown as it is rather than
hidden:

- its **entities** (context ``AuditEntity``): the tables of the row audit (a row event's entity is the table its
  trigger watched), one row of an entity by its number (``Decision no. 12``), the system's own actors (the command
  line, the automatic intake, the demo seed);
- its **actions** (context ``AuditAction``): one label per action any version, the database or the demo seed ever
  wrote, the row events of the database's triggers with their table, and the journal's action filter;
- the **codes** its payloads hold (context ``AuditCode``): the reference data's postal products, refusal grounds and
  conditions (held in French only by the reference data, and read here without a query), what a second
  administrator confirms, who an error is attributable to, the parts of a renderer's fingerprint; roles and statuses
  by the application's labels.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from ocpm_desk.gui.labels import CodeLabels, role_label, status_label
from ocpm_desk.gui.stored_text import decision_status_label, shipment_status_label
from ocpm_desk.kernel.lifecycle import Status
from ocpm_desk.kernel.phrases import QT_TRANSLATE_NOOP
from ocpm_desk.kernel.roles import Role

# The translation contexts of the tables below.
ENTITY, ACTION, CODE = "AuditEntity", "AuditAction", "AuditCode"

#: Every table of the schema, as the plural a list of rows says (row events, the demo seed's counts).
TABLES = CodeLabels(ENTITY, {
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
})

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
    return TABLES(table)


def entity_text(entity: str, entity_id: str) -> str:
    """``Decision no. 12``, ``Account jdupont``; ``""`` for an entity that names nothing more than its event."""
    if entity in SILENT_ENTITIES or not entity_id:
        return ""
    source = _NUMBERED.get(entity)
    if source is not None:
        return QCoreApplication.translate(ENTITY, source).format(id=entity_id)
    if entity in TABLES:
        return f"{table_label(entity)} {entity_id}"
    return f"{entity} {entity_id}".strip()


def person_text(actor: str) -> str:
    """The person who acted: a user name as it is, the system's own actors by what they are."""
    source = _SYSTEM_ACTORS.get(actor)
    if source is not None:
        return QCoreApplication.translate(ENTITY, source)
    if actor.startswith("system:"):
        return QCoreApplication.translate("AuditEntity", "System ({name})").format(name=actor.removeprefix("system:"))
    return actor


#: ``audit_events.action`` → what happened. Every action of ``domain.audit_actions.AUDIT_ACTIONS``, those only the
#: database writes (``staff.requested``, ``staff.confirmed``: migration 0013) or the demo seed (``demo.*``), and
#: those older versions wrote.
ACTIONS = CodeLabels(ACTION, {
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
})

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


def action_label(action: str, entity: str = "") -> str:
    """An action as people name it; a row event with its table (``entity``); an unknown action as its code."""
    if action in ROW_OPERATIONS:
        if entity in TABLES:
            return QCoreApplication.translate(ACTION, ROW_OPERATIONS[action]).format(table=table_label(entity))
        return QCoreApplication.translate(ACTION, _ROW_OF_UNKNOWN_TABLE[action])
    return ACTIONS(action)


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


def filter_text(value: str) -> str:
    """The action filter an ``audit.searched`` event recorded: a choice of the screen, an action, or a prefix."""
    for label, action, _tip in action_filter_choices():
        if action == value:
            return label
    if value.endswith("."):
        return value  # a prefix the screen does not offer (typed elsewhere): as recorded
    return action_label(value)


#: ``resources/reference/postal.yaml``.
PRODUCTS = CodeLabels(CODE, {
    "A": QT_TRANSLATE_NOOP("AuditCode", "A mail"),
    "B": QT_TRANSLATE_NOOP("AuditCode", "B mail"),
    "R": QT_TRANSLATE_NOOP("AuditCode", "Registered"),
    "INT-ECO": QT_TRANSLATE_NOOP("AuditCode", "International Economy"),
    "INT-PRIO": QT_TRANSLATE_NOOP("AuditCode", "International Priority"),
    "INT-R": QT_TRANSLATE_NOOP("AuditCode", "International registered"),
})
#: ``resources/reference/grounds.yaml`` (the refusal grounds' titles).
GROUNDS = CodeLabels(CODE, {
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
})
#: ``resources/reference/conditions.yaml`` (the conditions' labels).
CONDITIONS = CodeLabels(CODE, {
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
})
#: What a second administrator confirms (``staff_requests.kind``, migration 0013).
REQUEST_KINDS = CodeLabels(CODE, {
    "create": QT_TRANSLATE_NOOP("AuditCode", "account creation"),
    "grant": QT_TRANSLATE_NOOP("AuditCode", "role granted"),
    "reactivate": QT_TRANSLATE_NOOP("AuditCode", "reactivation"),
})
#: Who an error in a delivered document is attributable to (``record_correction``).
ATTRIBUTABLE = CodeLabels(CODE, {
    "applicant": QT_TRANSLATE_NOOP("AuditCode", "the applicant"),
    "ocpm": QT_TRANSLATE_NOOP("AuditCode", "OCPM"),
})
#: The parts of a renderer's fingerprint (``adapters/pdf/fingerprint.py``): ``reportlab=4.2 … letterhead=<hash>``.
RENDERER_PARTS: Mapping[str, str] = {
    "reportlab": QT_TRANSLATE_NOOP("AuditCode", "ReportLab {value}"),
    "accel": QT_TRANSLATE_NOOP("AuditCode", "accelerator {value}"),
    "zlib": QT_TRANSLATE_NOOP("AuditCode", "zlib {value}"),
    "fonts": QT_TRANSLATE_NOOP("AuditCode", "fonts {value}"),
    "template": QT_TRANSLATE_NOOP("AuditCode", "template {value}"),
    "letterhead": QT_TRANSLATE_NOOP("AuditCode", "letterhead {value}"),
}


def role_text(value: object) -> str:
    """A role by its label; an unknown one as it is."""
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
