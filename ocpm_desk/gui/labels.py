"""What the GUI calls the domain's values on screen: statuses, roles, server profiles, delivery clock.

English source strings, translated at call time (``QCoreApplication.translate``), so that a language switch
applies to the next label built.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from PySide6.QtCore import QCoreApplication

from ocpm_desk.kernel.lifecycle import Status
from ocpm_desk.kernel.phrases import QT_TRANSLATE_NOOP, Bilingual
from ocpm_desk.kernel.roles import Role


class CodeLabels:
    """The labels of stored codes: English source strings marked with ``QT_TRANSLATE_NOOP`` in one context of the
    French catalogue, translated each time one is read (a language switch applies to the next label). A code the
    table does not know reads as itself; nothing (``None``, ``""``) as ``missing``."""

    def __init__(self, context: str, sources: Mapping[str | None, str], *, missing: str = "") -> None:
        self._context = context
        self._sources = sources
        self._missing = missing

    def __call__(self, code: str | None) -> str:
        source = self._sources.get(code)
        if source is not None:
            return QCoreApplication.translate(self._context, source)
        return code if code else self._missing

    def __contains__(self, code: object) -> bool:
        return code in self._sources

    def __iter__(self) -> Iterator[str]:
        """The codes the table knows, in its order."""
        return (code for code in self._sources if code is not None)

    def translated(self) -> dict[str, str]:
        """Every code with its label, in the table's order."""
        return {code: self(code) for code in self}


def _status_labels() -> dict[Status, str]:
    return {
        Status.AWAITING_PAYMENT: QCoreApplication.translate("Status", "Awaiting payment"),
        Status.CANCELLED: QCoreApplication.translate("Status", "Cancelled"),
        Status.PAID: QCoreApplication.translate("Status", "Paid"),
        Status.IN_REVIEW: QCoreApplication.translate("Status", "In review"),
        Status.ON_HOLD: QCoreApplication.translate("Status", "On hold"),
        Status.REFUSAL_PROPOSED: QCoreApplication.translate("Status", "Refusal proposed"),
        Status.REFUSED: QCoreApplication.translate("Status", "Refused"),
        Status.APPROVED: QCoreApplication.translate("Status", "Approved"),
        Status.READY_TO_SHIP: QCoreApplication.translate("Status", "Ready to ship"),
        Status.SHIPPED: QCoreApplication.translate("Status", "Shipped"),
        Status.DELIVERED: QCoreApplication.translate("Status", "Delivered"),
        Status.RETURNED: QCoreApplication.translate("Status", "Returned"),
        Status.WITHDRAWN: QCoreApplication.translate("Status", "Withdrawn"),
    }


def status_label(status: Status | str) -> str:
    """A status as buttons, columns and cards name it ("In review", « En examen »)."""
    return _status_labels()[Status(status)]


def status_in_sentence(status: Status | str) -> str:
    """A status as a sentence says it: "the order is in review", « son statut est en examen »."""
    return in_sentence(status_label(status))


def in_sentence(label: str) -> str:
    """``label`` inside a sentence: its first letter in lower case, unless its first word is an acronym."""
    first = label.split(" ", 1)[0]
    if len(first) > 1 and first.isupper():
        return label
    return label[:1].lower() + label[1:]


#: The statuses grouped by stage of the lifecycle, in the order the overview shows them.
STATUS_STAGES: tuple[tuple[str, tuple[Status, ...]], ...] = (
    ("payment", (Status.AWAITING_PAYMENT, Status.CANCELLED)),
    ("review", (Status.PAID, Status.IN_REVIEW, Status.ON_HOLD, Status.REFUSAL_PROPOSED)),
    ("decision", (Status.APPROVED, Status.REFUSED, Status.WITHDRAWN)),
    ("shipping", (Status.READY_TO_SHIP, Status.SHIPPED, Status.DELIVERED, Status.RETURNED)),
)


#: The stages' names (``STATUS_STAGES``).
stage_label = CodeLabels("Status", {
    "payment": QT_TRANSLATE_NOOP("Status", "Payment"),
    "review": QT_TRANSLATE_NOOP("Status", "Review"),
    "decision": QT_TRANSLATE_NOOP("Status", "Decision"),
    "shipping": QT_TRANSLATE_NOOP("Status", "Shipping"),
})


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
    return {
        Role.CASEWORKER: QCoreApplication.translate("Role", "Caseworker"),
        Role.SUPERVISOR: QCoreApplication.translate("Role", "Supervisor"),
        Role.MAILROOM: QCoreApplication.translate("Role", "Mail room"),
        Role.ADMIN: QCoreApplication.translate("Role", "Administrator"),
        Role.AUDITOR: QCoreApplication.translate("Role", "Auditor"),
        Role.INTAKE: QCoreApplication.translate("Role", "Intake"),
    }[Role(role)]


def roles_text(roles: Iterable[Role]) -> str:
    held = set(roles)
    return ", ".join(role_label(r) for r in ROLE_ORDER if r in held)


#: The label of a server profile (``ProfileChoice.label``, an English source string), translated.
profile_label = CodeLabels("Profile", {
    "Demo": QT_TRANSLATE_NOOP("Profile", "Demo"),
    "Local": QT_TRANSLATE_NOOP("Profile", "Local"),
    "Central": QT_TRANSLATE_NOOP("Profile", "Central"),
})


#: The delivery clock's buckets (DESIGN §4.2): each one's label, and what it means.
CLOCK_BUCKETS: dict[str, tuple[str, str]] = {
    "on_track": (QT_TRANSLATE_NOOP("DeliveryClock", "On track"),
                 QT_TRANSLATE_NOOP("DeliveryClock", "fewer than 7 working days since the order")),
    "due": (QT_TRANSLATE_NOOP("DeliveryClock", "Due"),
            QT_TRANSLATE_NOOP("DeliveryClock", "7 to 14 working days since the order")),
    "late": (QT_TRANSLATE_NOOP("DeliveryClock", "Late"),
             QT_TRANSLATE_NOOP("DeliveryClock", "more than 14 working days since the order")),
}  # fmt: skip


def clock_label(bucket: str) -> str:
    """``on_track``, ``due`` or ``late`` (DESIGN §4.2)."""
    return QCoreApplication.translate("DeliveryClock", CLOCK_BUCKETS[bucket][0])


def clock_explanation(bucket: str) -> str:
    return QCoreApplication.translate("DeliveryClock", CLOCK_BUCKETS[bucket][1])


def local(label: str) -> str:
    """A label of the reference data in the reader's language: its English when the screens are in English and the
    office gave one (``domain.phrases.Bilingual``), the French otherwise."""
    from ocpm_desk.gui.i18n import ENGLISH, current_language

    if isinstance(label, Bilingual) and current_language() == ENGLISH:
        return label.en
    return str(label)
