"""What a decision letter and a hearing letter say (DESIGN §7), independent of how they are drawn.

A ``Letter`` is everything the PDF shows; the renderer (``ocpm_desk.infrastructure.pdf.letters``) turns it into bytes,
and the same ``Letter`` always gives the same bytes. The part a supervisor approves is ``LetterBody``: its
canonical JSON (``body_json``) is what ``decisions.content`` stores and ``decisions.content_sha256`` hashes
(``body_sha256``); the number, the signatory and the date of signature are added at approval and are not part of
the approved content.

Texts here are French: they are printed for the addressee. Pure: no Qt, no database.
"""

from __future__ import annotations

import hashlib
import json
import re
import string
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from ocpm_desk.kernel.calendar import is_working_day
from ocpm_desk.kernel.money import format_chf

_MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip

#: Days the applicant has to comment on an intended refusal (right to be heard, LPA art. 41).
HEARING_DAYS = 10


def format_date_fr(day: date) -> str:
    """``"26 novembre 2026"``; the first of the month is ``"1er janvier 2027"``."""
    return f"{'1er' if day.day == 1 else day.day} {_MONTHS_FR[day.month - 1]} {day.year}"


def format_date_short(day: date) -> str:
    """``"26.11.2026"``: the Swiss numeric form used in facts and references."""
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


class LetterKind(StrEnum):
    DECISION = "decision"  # the refusal decision (DÉCISION), sent registered
    HEARING = "hearing_letter"  # the intended refusal, 10 days to comment (lettre d'intention)


class Mark(StrEnum):
    """A diagonal mark across every page: none on an original, PROJET on a preview, COPIE on a copy."""

    NONE = ""
    DRAFT = "PROJET"
    COPY = "COPIE"


@dataclass(frozen=True, slots=True)
class Letterhead:
    authority: str  # "RÉPUBLIQUE ET CANTON DE GENÈVE"
    department: str
    office: str  # "Office cantonal de la population et des migrations"
    office_short: str  # "OCPM"
    address_lines: tuple[str, ...]
    return_address: str  # the one-line sender printed above the address in the window
    phone: str
    website: str
    place: str  # "Genève": "Genève, le 26 novembre 2026"


@dataclass(frozen=True, slots=True)
class LetterGround:
    """One ground of refusal as printed under "En droit": its title, legal basis and final paragraph."""

    code: str
    title: str
    legal_basis: str
    text: str


@dataclass(frozen=True, slots=True)
class LetterBody:
    """The content a caseworker writes and a supervisor approves (hashed as a whole)."""

    kind: LetterKind
    reference: str  # the order reference ("ED-2026-00012345"), also the barcode
    service_code: str
    service_label: str  # "Attestation de résidence"
    address_lines: tuple[str, ...]  # as printed in the window, salutation first ("Madame" / "Monsieur")
    abroad: bool  # addressed outside Switzerland: flagged to the supervisor
    salutation: str  # "Madame," / "Monsieur," / "Madame, Monsieur,"
    person: str  # the person concerned, "Anne Dupont"
    facts: tuple[str, ...]  # "En fait", numbered when printed
    grounds: tuple[LetterGround, ...]  # "En droit"
    free_text: str  # the caseworker's own paragraph(s) after the grounds; "" for none
    fee_centimes: int  # the fee paid, kept (G2): "CHF 25.00"
    remedy: str  # "Voies de recours" of the service's rule set; "" on a hearing letter
    reply_by: date | None = None  # hearing letter: the last day to comment
    hearing_summary: str = ""  # decision: how the applicant was heard, printed as the last fact when not empty


@dataclass(frozen=True, slots=True)
class Signature:
    name: str  # the approving supervisor's display name
    title: str  # "Responsable de secteur"
    signed_on: date


@dataclass(frozen=True, slots=True)
class Letter:
    """Everything a page shows. ``number`` and ``signature`` are None on a preview of a proposal."""

    letterhead: Letterhead
    body: LetterBody
    letter_date: date  # "Genève, le …"
    number: str | None = None  # decision number, e.g. "D-2026-000042"
    signature: Signature | None = None
    mark: Mark = Mark.NONE
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)  # ignored by the renderer

    @property
    def registered(self) -> bool:
        """Decisions always go registered (G9); hearing letters too, so the time to comment can be proven."""
        return True

    def with_mark(self, mark: Mark) -> Letter:
        return replace(self, mark=mark)


def fee_sentence(fee_centimes: int) -> str:
    """The G2 sentence of "Par ces motifs"."""
    return (f"L'émolument de {format_chf(fee_centimes)} perçu pour la commande reste acquis à l'État et n'est pas "
            "remboursé (conditions générales, ch. 5).")


def operative_part(body: LetterBody) -> tuple[str, ...]:
    """"Par ces motifs": what the office decides, numbered when printed."""
    return (
        f"refuse de délivrer la prestation «\u00a0{body.service_label}\u00a0» commandée sous la référence "
        f"{body.reference};",
        f"dit que l'émolument de {format_chf(body.fee_centimes)} perçu pour la commande reste acquis à l'État et "
        "n'est pas remboursé (conditions générales, ch. 5).",
    )


# ---------------------------------------------------------------------------------------------- canonical form
def body_dict(body: LetterBody) -> dict[str, Any]:
    data = asdict(body)
    data["kind"] = body.kind.value
    data["reply_by"] = body.reply_by.isoformat() if body.reply_by else None
    return data


def body_json(body: LetterBody) -> str:
    """Canonical JSON text (sorted keys, no spaces, UTF-8 characters kept): what is stored and hashed."""
    return json.dumps(body_dict(body), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def body_sha256(body: LetterBody) -> str:
    return hashlib.sha256(body_json(body).encode("utf-8")).hexdigest()


def body_from_json(text: str) -> LetterBody:
    data = json.loads(text)
    return LetterBody(
        kind=LetterKind(data["kind"]),
        reference=data["reference"],
        service_code=data["service_code"],
        service_label=data["service_label"],
        address_lines=tuple(data["address_lines"]),
        abroad=bool(data["abroad"]),
        salutation=data["salutation"],
        person=data["person"],
        facts=tuple(data["facts"]),
        grounds=tuple(LetterGround(**g) for g in data["grounds"]),
        free_text=data["free_text"],
        fee_centimes=int(data["fee_centimes"]),
        remedy=data["remedy"],
        reply_by=date.fromisoformat(data["reply_by"]) if data.get("reply_by") else None,
        hearing_summary=data.get("hearing_summary", ""),
    )


# ---------------------------------------------------------------------------------------------- ground paragraphs
_FORMATTER = string.Formatter()


def placeholders(paragraph: str) -> set[str]:
    """The ``{names}`` a catalogue paragraph uses."""
    return {name for _, name, _, _ in _FORMATTER.parse(paragraph) if name}


def fill_paragraph(paragraph: str, values: dict[str, str]) -> str:
    """The paragraph with its placeholders filled; a placeholder without a value is a ``ValueError`` naming it."""
    missing = sorted(placeholders(paragraph) - values.keys())
    if missing:
        raise ValueError(f"the ground's paragraph uses unknown placeholders: {', '.join(missing)}")
    return _FORMATTER.vformat(paragraph, (), values)


_SPACES = re.compile(r"[ \t]+")


def clean_text(text: str) -> str:
    """Trim each line, collapse runs of spaces, keep paragraph breaks (blank lines), drop trailing blank lines."""
    lines = [_SPACES.sub(" ", line).strip() for line in (text or "").replace("\r\n", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def hearing_reply_by(sent_on: date) -> date:
    """The last day to comment on a hearing letter dated ``sent_on``: ``HEARING_DAYS`` days later, moved to the next
    day that is neither a Saturday, a Sunday nor a Geneva public holiday (as a legal time limit is)."""
    day = sent_on + timedelta(days=HEARING_DAYS)
    while not is_working_day(day):
        day += timedelta(days=1)
    return day
