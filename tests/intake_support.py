"""The e-démarches records the intake tests feed in, domain and database alike: DESIGN §9's example, changed by
path, its delivery address; the test card number in every spelling of issue 16, Luhn-valid numbers spelt at random
(hypothesis), and the check that no card number leaves the domain."""

from __future__ import annotations

import copy
import hashlib
import re
import unicodedata
from typing import Any

from hypothesis import assume
from hypothesis import strategies as st

from ocpm_desk.features.intake.rules import Quarantined, stored_reasons
from ocpm_desk.kernel.addresses import PostalAddress
from ocpm_desk.kernel.identifiers import luhn_valid

#: The classic VISA test number: passes Luhn, never issued to anybody.
CARD = "4111111111111111"
DELETE = object()  # a change that removes the field

#: DESIGN §9's example, verbatim: Anne Dupont (the applicant of the factory orders), paid.
EXAMPLE: dict[str, Any] = {
    "reference": "ED-2026-00012345", "service_code": "ATT-RES", "quantity": 1,
    "ordered_at": "2026-11-20T09:15:00+01:00", "status": "paid",
    "applicant": {"avs": "756.9217.0769.85", "last_name": "Dupont", "first_name": "Anne",
                  "birth_date": "1980-02-29", "email": "anne.dupont@example.ch", "language": "fr"},
    "concerned_person": None,
    "delivery": {"product": "B", "address": {"mr_mrs": "1", "first_name": "Anne", "last_name": "Dupont",
                 "street": "Rue de Lausanne", "house_number": "12", "swiss_zip_code": "1201", "town": "Genève",
                 "country": "CH"}},
    "payment": {"provider_reference": "PSP-7F3A9C21", "brand": "VISA", "fee_chf": "25.00",
                "postage_chf": "0.00", "validated_at": "2026-11-20T09:17:42+01:00"},
}  # fmt: skip
#: The example's delivery address as the domain holds it.
ANNE_ADDRESS = PostalAddress(**EXAMPLE["delivery"]["address"], foreign_zip_code=None)


def example_record(**changes: Any) -> dict[str, Any]:
    """A copy of ``EXAMPLE`` with ``changes`` by path, ``__`` between the parts (``payment__validated_at=…``,
    ``delivery__address__street=…``; a missing or null part becomes a dict); ``DELETE`` removes a field."""
    rec = copy.deepcopy(EXAMPLE)
    for path, value in changes.items():
        *parents, last = path.split("__")
        node = rec
        for part in parents:
            if node.get(part) is None:
                node[part] = {}
            node = node[part]
        if value is DELETE:
            node.pop(last, None)
        else:
            node[last] = copy.deepcopy(value)
    return rec


def grouped(card: str, sep: str) -> str:
    """``card`` in groups of four digits joined by ``sep``."""
    return sep.join(card[i:i + 4] for i in range(0, len(card), 4))


ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
FULL_WIDTH = "".join(chr(0xFF10 + int(d)) for d in CARD)
ARABIC_INDIC = "".join(chr(0x0660 + int(d)) for d in CARD)
#: Every spelling of ``CARD`` in issue 16 (the domain tests add more).
ISSUE_FORMS = {
    "dots": grouped(CARD, "."),
    "slashes": grouped(CARD, "/"),
    "low lines": grouped(CARD, "_"),
    "double spaces": grouped(CARD, "  "),
    "tabs": grouped(CARD, "\t"),
    "no-break spaces": grouped(CARD, "\u00a0"),
    "narrow no-break spaces": grouped(CARD, "\u202f"),
    "spaced dashes": grouped(CARD, " - "),
    "full-width digits": FULL_WIDTH,
    "Arabic-Indic digits": ARABIC_INDIC,
    **{f"zero-width U+{ord(z):04X}": z.join(CARD) for z in ZERO_WIDTH},
    "everything at once": "4\u200b1 1\u00a01.1\u202f1/1_1-1\t\uff11\u2060\u0661 - 1\ufeff1\u200c1\u200d1  1",
}


def digits(text: str) -> str:
    """The digits of ``text``, of any script, as ASCII (written here apart from the module under test)."""
    return "".join(str(unicodedata.digit(ch)) for ch in text if unicodedata.digit(ch, None) is not None)


def assert_card_hidden(q: Quarantined, card: str) -> None:
    """No full card number in what leaves the domain, in any script: the masked text and the reasons, as said and
    as stored."""
    assert digits(card) not in digits(q.text), q.text
    for why in q.reasons:
        assert digits(card) not in digits(str(why)), why
    assert digits(card) not in digits(stored_reasons(q.reasons)), q.reasons
    assert q.sha256 == hashlib.sha256(q.text.encode("utf-8")).hexdigest()


@st.composite
def luhn_numbers(draw: st.DrawFn) -> str:
    # a card's first digit (3 Amex/Diners, 4 Visa, 5 Mastercard, 6 Discover) and a few distinct digits: "0000000000000"
    # would be "found" in any line by gluing unrelated digits together
    body = draw(st.sampled_from("3456")) + draw(st.text("0123456789", min_size=11, max_size=17).filter(
        lambda t: len(set(t)) >= 4))
    return next(body + c for c in "0123456789" if luhn_valid(body + c))


#: How the office writes its AVS and Swiss Post item numbers: such a run is that number, never a card number.
OFFICE_NUMBER = re.compile(r"756\.[0-9]{4}\.[0-9]{4}\.[0-9]{2}|98\.[0-9]{2}\.[0-9]{6}\.[0-9]{8}")


@st.composite
def spelled(draw: st.DrawFn, card: str, zeros: list[int], gaps: list[str], *, max_gap: int,
            ascii_too: bool = False) -> str:
    """``card`` with each digit in a random script of ``zeros`` (the zero of each; with ``ascii_too``, half of them
    left as they are) and up to ``max_gap`` random ``gaps`` (separators, invisible characters) between."""
    out = []
    for i, d in enumerate(card):
        if i:
            out.append("".join(draw(st.lists(st.sampled_from(gaps), max_size=max_gap))))
        out.append(chr(draw(st.sampled_from(zeros)) + int(d)) if not ascii_too or draw(st.booleans()) else d)
    assume(OFFICE_NUMBER.fullmatch("".join(out)) is None)
    return "".join(out)
