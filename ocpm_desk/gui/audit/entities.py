"""What the audit trail calls the entities its events are about (issue 17): the tables of the row audit (an event's
entity is the table its trigger watched), one row of an entity by its number (``Decision no. 12``), and the
system's own actors (the command line, the automatic intake, the demo seed).

The names are English source strings marked for the French catalogue (context ``AuditEntity``).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from ocpm_desk.kernel.phrases import QT_TRANSLATE_NOOP

ENTITY = "AuditEntity"

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
    return QCoreApplication.translate(ENTITY, source) if source is not None else table


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
