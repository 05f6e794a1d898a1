"""The quarantine reasons are stored as English text; ``reason_phrase`` reads each one back into its marked template
and values, so that the GUI can say it in the user's language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ocpm_desk.domain.intake import (
    CARD_REASON,
    DEPTH_REASON,
    MAX_LINE_BYTES,
    ExistingOrder,
    IntakeOrder,
    Quarantined,
    decide,
    read_line,
    reason_phrase,
)
from ocpm_desk.domain.phrases import Listing, Phrase

DATA = Path(__file__).resolve().parents[2] / "data" / "intake"
SERVICES = frozenset({"ATT-RES", "ATT-RES-HIST", "ATT-RES-CIV", "ATT-DEP", "ATT-DEP-HIST"})


def _quarantined() -> list[str]:
    reasons: list[str] = []
    for name in ("malformed.jsonl", "card_numbers.jsonl", "lifecycle.jsonl", "business_defects.jsonl"):
        for number, raw in enumerate((DATA / name).read_bytes().split(b"\n"), start=1):
            if raw.strip():
                result = read_line(number, raw, SERVICES)
                if isinstance(result, Quarantined):
                    reasons += result.reasons
    extra = [b"x" * (MAX_LINE_BYTES + 1), b'{"a": "\xff"}', b"[1, 2]", b'"text"', b"12", b"1.5", b"true", b"null",
             b'{"a": ' * 40 + b"1" + b"}" * 40, b'{"a": "\\q"}', b'{"a": 1,}', b"{} x", b'{"a" 1}', b'{"a":1 "b"}',
             b'{"a":"x', b'{"a":"\x01"}', b'{"a":"\\u12"}', b'{"reference": "ED-2026-00000001", "status": "paid"}']
    for number, raw in enumerate(extra, start=1):
        result = read_line(number, raw, SERVICES)
        assert isinstance(result, Quarantined)
        reasons += result.reasons
    return reasons


REASONS = _quarantined()


def test_the_fixtures_give_many_kinds_of_reason() -> None:
    templates = {phrase.template for phrase in map(reason_phrase, REASONS) if phrase is not None}
    assert len(set(REASONS)) > 40 and len(templates) >= 15
    assert CARD_REASON in REASONS and DEPTH_REASON in REASONS


@pytest.mark.parametrize("reason", sorted(set(REASONS)))
def test_every_reason_written_reads_back_into_its_template(reason: str) -> None:
    phrase = reason_phrase(reason)
    assert phrase is not None, f"no template gives {reason!r}"
    assert str(phrase) == reason


def test_the_parts_are_phrases_too() -> None:
    phrase = reason_phrase("applicant.birth_date: must be a date written YYYY-MM-DD")
    assert phrase == Phrase("{where}: {problem}", "IntakeReason", where="applicant.birth_date",
                            problem=Phrase("must be a date written YYYY-MM-DD", "IntakeReason"))
    phrase = reason_phrase("not a JSON object: Expecting property name enclosed in double quotes (column 2)")
    assert phrase is not None and phrase.params["column"] == "2"
    assert phrase.params["detail"] == Phrase("Expecting property name enclosed in double quotes", "IntakeReason")
    unknown_detail = reason_phrase("not a JSON object: Something new (column 2)")
    assert unknown_detail is not None and unknown_detail.params["detail"] == "Something new"


def _order(line: dict[str, object]) -> IntakeOrder:
    result = read_line(1, json.dumps(line).encode(), SERVICES)
    assert isinstance(result, IntakeOrder)
    return result


def test_the_conflicts_read_back_with_their_sections() -> None:
    lines = [json.loads(raw) for raw in (DATA / "new_orders.jsonl").read_bytes().split(b"\n") if raw.strip()]
    first = _order(lines[0])
    changed = dict(lines[0], quantity=int(lines[0]["quantity"]) + 1)  # type: ignore[call-overload]
    changed["applicant"] = dict(changed["applicant"], first_name="Autre")  # type: ignore[call-overload]
    existing = ExistingOrder(1, first.reference, first.status.value, 1, dict(first.digest))
    (reason,) = decide(existing, _order(changed)).reasons
    phrase = reason_phrase(reason)
    assert phrase is not None and str(phrase) == reason
    sections = phrase.params["sections"]
    assert isinstance(sections, Listing)
    assert [p.template for p in sections.items] == ["service, quantity or order date", "applicant"]


def test_a_text_no_template_gives_is_left_alone() -> None:
    assert reason_phrase("something the platform team wrote by hand") is None
    assert reason_phrase("applicant.avs: a problem this version never writes") is None
