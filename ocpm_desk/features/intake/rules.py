"""The intake format of the e-démarches platform (DESIGN §9): what becomes an order and what is quarantined.

One JSON object per line. ``read_line`` turns one line into either an ``IntakeOrder`` (a well-formed record, with
its business defects intact: those fail as conditions in review) or a ``Quarantined`` line (what cannot become an
order, with reasons a person can act on). ``decide`` says what a record does to the order already imported under its
reference (``new``, ``update`` awaiting_payment → paid/cancelled, ``unchanged`` or ``conflict``).

Reasons are keyed phrases (``REASONS``: key → English template, marked for the translators under the context
``IntakeReason``) with typed values, a reason's parts (the problem of a field, the words of Python's json module,
the sections of an order) nested as keyed phrases too. ``import_quarantine.reasons`` keeps them as a JSON list of
stored phrases (``domain.notes``; ``stored_reasons``), ``read_reasons`` reads them back and the GUI says them in
the user's language; ``str()`` of a reason is its English.

Card numbers (G10): a run of 13–19 digits passing the Luhn check, anywhere in a line — keys, values, numbers, JSON
escapes — however it is written (``ocpm_desk.kernel.identifiers``: digits of any script, any spaces, dots, slashes,
low lines, dashes or invisible characters between them; an AVS number written ``756.XXXX.XXXX.XX`` is never one),
except a valid AVS number as the value of an ``avs`` field. Such a line is quarantined with the reason "card number
present" and is masked (at most the first 6 and last 4 digits kept) before anything leaves this module: the masked
text, the reasons and the SHA-256 of the masked text are all a caller ever sees of it.

Dates and times (``ordered_at``, ``validated_at``) are kept only between ``EARLIEST`` and ``LATEST``: the years
Python, the drivers and the Geneva calendar hold, a day inside them on each side so that the moment reads back in
any session time zone. Another one is quarantined with a reason (it used to overflow).

Besides the fields of DESIGN §9, the delivery address may carry the optional eCH-0010 fields ``organisation``,
``address_line``, ``dwelling_number``, ``post_office_box`` and ``foreign_zip_code``; unknown fields are ignored.
Lengths are bounded by the database columns (a longer value cannot be stored: quarantined); the narrower eCH-0010
limits are a business defect (``address_deliverable`` fails in review).

The rules are split by what they do: ``reasons`` (the keyed reasons, stored and read back), ``masking`` (card
numbers, the quarantine record of a line), ``record_model`` (the pydantic models of the format and their errors),
``results`` (``IntakeOrder``, ``Quarantined``), ``line_reading`` (``read_line``); this module holds ``decide`` and
offers every name of the intake rules, as it always has.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from ocpm_desk.features.intake.line_reading import (
    DEPTH_REASON,
    MAX_DEPTH,
    MAX_LINE_BYTES,
    UNSTORABLE_REASON,
    read_line,
    read_lines,
)
from ocpm_desk.features.intake.masking import MAX_STORED_CHARS, quarantine_line
from ocpm_desk.features.intake.reasons import CARD_REASON, INTAKE_REASON, REASONS, read_reasons, reason, stored_reasons
from ocpm_desk.features.intake.record_model import (
    BRANDS,
    EARLIEST,
    INTAKE_STATUSES,
    LATEST,
    MAX_CENTIMES,
    MAX_QUANTITY,
    OUT_OF_RANGE,
    PRODUCTS,
)
from ocpm_desk.features.intake.results import SECTIONS, IntakeOrder, PaymentData, PersonData, Quarantined
from ocpm_desk.kernel.lifecycle import Status
from ocpm_desk.kernel.phrases import Listing, Phrase

__all__ = [
    "BRANDS",
    "CARD_REASON",
    "DEPTH_REASON",
    "EARLIEST",
    "INTAKE_REASON",
    "INTAKE_STATUSES",
    "LATEST",
    "MAX_CENTIMES",
    "MAX_DEPTH",
    "MAX_LINE_BYTES",
    "MAX_QUANTITY",
    "MAX_STORED_CHARS",
    "OUT_OF_RANGE",
    "PRODUCTS",
    "REASONS",
    "SECTIONS",
    "UNSTORABLE_REASON",
    "Decision",
    "ExistingOrder",
    "IntakeOrder",
    "Outcome",
    "PaymentData",
    "PersonData",
    "Quarantined",
    "decide",
    "parse_digest",
    "quarantine_line",
    "read_line",
    "read_lines",
    "read_reasons",
    "reason",
    "stored_reasons",
]

#: A section as a conflict names it.
_SECTION_PHRASES = {s: reason(f"intake.section.{s}") for s in SECTIONS}


# --------------------------------------------------------------------------------------------- against the database
class Outcome(StrEnum):
    NEW = "new"
    UPDATE = "update"  # awaiting_payment → paid or cancelled
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"


@dataclass(frozen=True, slots=True)
class ExistingOrder:
    """What the intake account may read of an order already in the database."""

    id: int
    reference: str
    status: str
    version: int
    digest: Mapping[str, str | None] | None  # None: the order did not come through an import


@dataclass(frozen=True, slots=True)
class Decision:
    outcome: Outcome
    reasons: tuple[Phrase, ...] = field(default=())


_UNPAID = frozenset({Status.AWAITING_PAYMENT.value, Status.CANCELLED.value})


def _sections_listing(sections: Collection[str]) -> Listing:
    return Listing((_SECTION_PHRASES[s] for s in SECTIONS if s in sections), ", ", INTAKE_REASON)


def parse_digest(text: str | None) -> dict[str, str | None] | None:
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def decide(existing: ExistingOrder | None, record: IntakeOrder) -> Decision:
    """What ``record`` does to the order already imported under its reference (DESIGN §9, G2)."""
    if existing is None:
        return Decision(Outcome.NEW)
    ref = record.reference
    if existing.digest is None:
        return Decision(Outcome.CONFLICT, (reason("intake.conflict.not_imported", reference=ref),))
    differing = [s for s in SECTIONS[:4] if existing.digest.get(s) != record.digest.get(s)]
    if differing:
        what = _sections_listing(differing)
        return Decision(Outcome.CONFLICT, (reason("intake.conflict.differs", reference=ref, sections=what),))
    stored, incoming = existing.status, record.status.value
    if stored == Status.AWAITING_PAYMENT.value:
        if incoming == Status.AWAITING_PAYMENT.value:
            return Decision(Outcome.UNCHANGED)
        return Decision(Outcome.UPDATE)  # to the record's status: paid or cancelled
    if stored == Status.CANCELLED.value:
        if incoming in _UNPAID:
            return Decision(Outcome.UNCHANGED)
        return Decision(Outcome.CONFLICT, (reason("intake.conflict.cancelled_before", reference=ref),))
    # stored is paid or later: the payment was validated and the order is definitive (G2)
    if incoming == Status.AWAITING_PAYMENT.value:
        return Decision(Outcome.UNCHANGED)  # an earlier state of an order that has moved on
    if incoming == Status.CANCELLED.value:
        return Decision(Outcome.CONFLICT, (reason("intake.conflict.paid_not_cancelled", reference=ref),))
    if existing.digest.get("payment") != record.digest.get("payment"):
        return Decision(Outcome.CONFLICT, (reason("intake.conflict.other_payment", reference=ref),))
    return Decision(Outcome.UNCHANGED)
