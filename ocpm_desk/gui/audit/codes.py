"""What the audit trail calls the codes its payloads hold (issue 17): the reference data's postal products, refusal
grounds and conditions (held in French only by the reference data, and read here without a query), what a second
administrator confirms, who an error is attributable to, the parts of a renderer's fingerprint; roles and statuses
by the application's labels.

The labels are English source strings marked for the French catalogue (context ``AuditCode``).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from ocpm_desk.gui.labels import role_label, status_label
from ocpm_desk.gui.stored_text import decision_status_label, shipment_status_label
from ocpm_desk.kernel.lifecycle import Status
from ocpm_desk.kernel.phrases import QT_TRANSLATE_NOOP
from ocpm_desk.kernel.roles import Role

CODE = "AuditCode"

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


def code_label(table: Mapping[str, str], value: object) -> str:
    """``value``'s label in one of the tables above; a code the table does not know as it is."""
    source = table.get(str(value))
    return QCoreApplication.translate(CODE, source) if source is not None else str(value)


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
