"""What the GUI calls the domain's values on screen: statuses, roles, server profiles, delivery clock.

English source strings, translated at call time (``QCoreApplication.translate``), so that a language switch
applies to the next label built.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from ocpm_desk.domain.lifecycle import Status
from ocpm_desk.domain.roles import Role


def _status_labels() -> dict[Status, str]:
    t = QCoreApplication.translate
    return {
        Status.AWAITING_PAYMENT: t("Status", "Awaiting payment"),
        Status.CANCELLED: t("Status", "Cancelled"),
        Status.PAID: t("Status", "Paid"),
        Status.IN_REVIEW: t("Status", "In review"),
        Status.ON_HOLD: t("Status", "On hold"),
        Status.REFUSAL_PROPOSED: t("Status", "Refusal proposed"),
        Status.REFUSED: t("Status", "Refused"),
        Status.APPROVED: t("Status", "Approved"),
        Status.READY_TO_SHIP: t("Status", "Ready to ship"),
        Status.SHIPPED: t("Status", "Shipped"),
        Status.DELIVERED: t("Status", "Delivered"),
        Status.RETURNED: t("Status", "Returned"),
        Status.WITHDRAWN: t("Status", "Withdrawn"),
    }


def status_label(status: Status | str) -> str:
    return _status_labels()[Status(status)]


#: The statuses grouped by stage of the lifecycle, in the order the overview shows them.
STATUS_STAGES: tuple[tuple[str, tuple[Status, ...]], ...] = (
    ("payment", (Status.AWAITING_PAYMENT, Status.CANCELLED)),
    ("review", (Status.PAID, Status.IN_REVIEW, Status.ON_HOLD, Status.REFUSAL_PROPOSED)),
    ("decision", (Status.APPROVED, Status.REFUSED, Status.WITHDRAWN)),
    ("shipping", (Status.READY_TO_SHIP, Status.SHIPPED, Status.DELIVERED, Status.RETURNED)),
)


def stage_label(stage: str) -> str:
    t = QCoreApplication.translate
    return {
        "payment": t("Status", "Payment"),
        "review": t("Status", "Review"),
        "decision": t("Status", "Decision"),
        "shipping": t("Status", "Shipping"),
    }[stage]


#: Roles in the order they are listed (the order of DESIGN §2).
ROLE_ORDER: tuple[Role, ...] = (
    Role.CASEWORKER,
    Role.SUPERVISOR,
    Role.MAILROOM,
    Role.ADMIN,
    Role.AUDITOR,
    Role.INTAKE,
)


def role_label(role: Role | str) -> str:
    t = QCoreApplication.translate
    return {
        Role.CASEWORKER: t("Role", "Caseworker"),
        Role.SUPERVISOR: t("Role", "Supervisor"),
        Role.MAILROOM: t("Role", "Mail room"),
        Role.ADMIN: t("Role", "Administrator"),
        Role.AUDITOR: t("Role", "Auditor"),
        Role.INTAKE: t("Role", "Intake"),
    }[Role(role)]


def roles_text(roles: Iterable[Role]) -> str:
    held = set(roles)
    return ", ".join(role_label(r) for r in ROLE_ORDER if r in held)


def profile_label(source_label: str) -> str:
    """The label of a server profile (``ProfileChoice.label``, an English source string), translated."""
    t = QCoreApplication.translate
    known = {
        "Demo": t("Profile", "Demo"),
        "Local": t("Profile", "Local"),
        "Central": t("Profile", "Central"),
    }
    return known.get(source_label, source_label)


def clock_label(bucket: str) -> str:
    """``on_track``, ``due`` or ``late`` (DESIGN §4.2)."""
    t = QCoreApplication.translate
    return {
        "on_track": t("DeliveryClock", "On track"),
        "due": t("DeliveryClock", "Due"),
        "late": t("DeliveryClock", "Late"),
    }[bucket]


def clock_explanation(bucket: str) -> str:
    t = QCoreApplication.translate
    return {
        "on_track": t("DeliveryClock", "fewer than 7 working days since the order"),
        "due": t("DeliveryClock", "7 to 14 working days since the order"),
        "late": t("DeliveryClock", "more than 14 working days since the order"),
    }[bucket]
