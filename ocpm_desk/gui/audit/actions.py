"""What the audit trail calls its actions (issue 17): one label per action any version, the database or the demo
seed ever wrote, the row events of the database's triggers with their table, and the journal's action filter.

The labels are English source strings marked for the French catalogue (context ``AuditAction``), translated when an
event is described; an action these tables do not know is shown as its code rather than hidden.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from ocpm_desk.gui.audit.entities import TABLES, table_label
from ocpm_desk.kernel.phrases import QT_TRANSLATE_NOOP

ACTION = "AuditAction"

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


def action_label(action: str, entity: str = "") -> str:
    """An action as people name it; a row event with its table (``entity``); an unknown action as its code."""
    if action in ROW_OPERATIONS:
        if entity in TABLES:
            return QCoreApplication.translate(ACTION, ROW_OPERATIONS[action]).format(table=table_label(entity))
        return QCoreApplication.translate(ACTION, _ROW_OF_UNKNOWN_TABLE[action])
    source = ACTIONS.get(action)
    return QCoreApplication.translate(ACTION, source) if source is not None else action


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
