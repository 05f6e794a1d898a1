"""The quarantine reasons are keyed phrases (``domain.intake.REASONS``) with typed values: stored as a JSON list of
stored phrases (``stored_reasons``), read back into the same phrases (``read_reasons``) for the GUI to say in the
user's language, their English (``str()``) unchanged. 0.1's English reasons are read back once, by the migration
(``adapters.migrations.stored_phrases_quarantine``): every reason written today converts from its English into
exactly what the intake now stores."""

from __future__ import annotations

import json
import string
from datetime import date
from pathlib import Path

import pytest

from ocpm_desk.features.intake.rules import (
    CARD_REASON,
    DEPTH_REASON,
    MAX_LINE_BYTES,
    OUT_OF_RANGE,
    REASONS,
    ExistingOrder,
    IntakeOrder,
    Quarantined,
    decide,
    read_line,
    read_reasons,
    reason,
    stored_reasons,
)
from ocpm_desk.infrastructure.migrations.stored_phrases_quarantine import (
    _JSON_01,
    _PROBLEMS_01,
    _REASONS_01,
    reason_phrase,
)
from ocpm_desk.kernel.phrases import Listing, Phrase, fields_of

DATA = Path(__file__).resolve().parents[2] / "data" / "intake"
SERVICES = frozenset({"ATT-RES", "ATT-RES-HIST", "ATT-RES-CIV", "ATT-DEP", "ATT-DEP-HIST"})


def _order(line: dict[str, object]) -> IntakeOrder:
    result = read_line(1, json.dumps(line).encode(), SERVICES)
    assert isinstance(result, IntakeOrder)
    return result


def _conflicts() -> list[Phrase]:
    lines = [json.loads(raw) for raw in (DATA / "new_orders.jsonl").read_bytes().split(b"\n") if raw.strip()]
    first = _order(lines[0])
    changed = dict(lines[0], quantity=int(lines[0]["quantity"]) + 1)  # type: ignore[call-overload]
    changed["applicant"] = dict(changed["applicant"], first_name="Autre")  # type: ignore[call-overload]
    out: list[Phrase] = []
    for status, digest, record in (("paid", dict(first.digest), _order(changed)), ("paid", None, first),
                                   ("cancelled", dict(first.digest), first)):
        out += decide(ExistingOrder(1, first.reference, status, 1, digest), record).reasons
    return out


def _quarantined() -> list[Phrase]:
    reasons: list[Phrase] = []
    for name in ("malformed.jsonl", "card_numbers.jsonl", "lifecycle.jsonl", "business_defects.jsonl"):
        for number, raw in enumerate((DATA / name).read_bytes().split(b"\n"), start=1):
            if raw.strip():
                result = read_line(number, raw, SERVICES)
                if isinstance(result, Quarantined):
                    reasons += result.reasons
    extra = [b"x" * (MAX_LINE_BYTES + 1), b'{"a": "\xff"}', b"[1, 2]", b'"text"', b"12", b"1.5", b"true", b"null",
             b'{"a": ' * 40 + b"1" + b"}" * 40, b'{"a": "\\q"}', b'{"a": 1,}', b"{} x", b'{"a" 1}', b'{"a":1 "b"}',
             b'{"a":"x', b'{"a":"\x01"}', b'{"a":"\\u12"}', b'{"reference": "ED-2026-00000001", "status": "paid"}',
             b'{"reference": "ED-2026-00000001", "status": "cancelled", "payment": {}, "quantity": 5000, '
             b'"ordered_at": "9999-12-31T23:59:59-14:00", "service_code": "NOPE"}']
    for number, raw in enumerate(extra, start=1):
        result = read_line(number, raw, SERVICES)
        assert isinstance(result, Quarantined)
        reasons += result.reasons
    return reasons + _conflicts()


WRITTEN = _quarantined()
#: One of each distinct reason (Phrase hashes by template: distinct by English is enough here).
DISTINCT = list({str(r): r for r in WRITTEN}.values())


def _keys(phrase: Phrase) -> set[str]:
    """The keys of ``phrase`` and of the phrases nested in it."""
    out = {phrase.key}
    for value in phrase.params.values():
        items = value.items if isinstance(value, Listing) else (value,)
        for item in items:
            if isinstance(item, Phrase):
                out |= _keys(item)
    return out


def test_the_fixtures_give_many_kinds_of_reason() -> None:
    keys = set().union(*map(_keys, WRITTEN))
    assert len(DISTINCT) > 40 and len(keys) >= 30, sorted(keys)
    assert CARD_REASON in WRITTEN and DEPTH_REASON in WRITTEN
    assert {"intake.conflict.differs", "intake.section.applicant", "intake.json.expecting_value",
            "intake.problem.out_of_range", "intake.problem.unknown_service"} <= keys


@pytest.mark.parametrize("written", DISTINCT, ids=str)
def test_every_reason_written_is_keyed_and_reads_back_the_same(written: Phrase) -> None:
    assert all(key in REASONS for key in _keys(written)), written
    stored = stored_reasons([written])
    (back,) = read_reasons(stored)
    assert back == written and back.key == written.key and str(back) == str(written)
    assert back.context == "IntakeReason" and back.template == REASONS[written.key]
    words = max((literal for literal, *_rest in string.Formatter().parse(written.template)), key=len)
    assert len(words) < 12 or words not in stored, stored  # the words are the catalogue's, not the row's


def test_a_key_says_a_template_with_its_values() -> None:
    """Every template of the catalogue takes named values only (the stored params are matched by name)."""
    for key, template in REASONS.items():
        assert key.startswith("intake.") and all(name.isidentifier() for name, _c, _s in fields_of(template)), key


def test_what_is_stored_is_keys_and_typed_values_not_english() -> None:
    bounds = reason("intake.field.problem", where="ordered_at", problem=OUT_OF_RANGE)
    assert bounds in WRITTEN
    data = json.loads(stored_reasons([CARD_REASON, bounds]))
    assert data == [
        {"key": "intake.card_number", "params": {}},
        {"key": "intake.field.problem", "params": {"where": "ordered_at", "problem": {"$phrase": {
            "key": "intake.problem.out_of_range",
            "params": {"earliest": {"$date": "0001-01-02"}, "latest": {"$date": "9999-12-30"}}}}}},
    ]
    (back,) = read_reasons(stored_reasons([bounds]))[:1]
    assert back.params["problem"].params == {"earliest": date(1, 1, 2), "latest": date(9999, 12, 30)}


def test_the_parts_are_keyed_phrases_too() -> None:
    result = read_line(1, b'{"a" 1}', SERVICES)
    assert isinstance(result, Quarantined)
    (why,) = read_reasons(stored_reasons(result.reasons))
    assert why.key == "intake.not_json_at" and why.params["column"] == 6
    assert why.params["detail"] == Phrase("Expecting ':' delimiter", "IntakeReason")
    assert why.params["detail"].key == "intake.json.expecting_colon"
    (conflict,) = _conflicts()[:1]
    sections = read_reasons(stored_reasons([conflict]))[0].params["sections"]
    assert isinstance(sections, Listing)
    assert [p.key for p in sections.items] == ["intake.section.order", "intake.section.applicant"]
    assert str(conflict).startswith("differs from order ED-") and "(service, quantity or order date, applicant)" in \
        str(conflict)


def test_words_this_version_does_not_know_are_kept_as_they_are() -> None:
    unknown_json = reason("intake.not_json_at", detail="Something new", column=2)
    assert read_reasons(stored_reasons([unknown_json])) == (unknown_json,)
    legacy = read_reasons('[{"key": "legacy", "params": {"text": "written by hand"}}, '
                          '{"key": "intake.gone", "params": {"where": "x"}}, '
                          '{"key": "intake.field.missing", "params": {"where": "x", "extra": 1}}]')
    assert [(p.key, str(p)) for p in legacy] == [("legacy", "written by hand"), ("legacy", "x"), ("legacy", "x 1")]
    assert [str(p) for p in read_reasons('["an English reason of 0.1"]')] == ["an English reason of 0.1"]
    assert [str(p) for p in read_reasons("not JSON at all")] == ["not JSON at all"]
    assert read_reasons("") == () and read_reasons("[]") == ()


# ---- 0.1's English, read back once by the migration ------------------------------------------------------------


@pytest.mark.parametrize("written", DISTINCT, ids=str)
def test_the_english_of_0_1_converts_into_what_the_intake_stores(written: Phrase) -> None:
    converted = json.dumps([reason_phrase(str(written))], ensure_ascii=False, sort_keys=True)
    assert converted == stored_reasons([written])


def test_the_migration_keeps_0_1s_templates_under_todays_keys() -> None:
    """The frozen templates name keys of today's catalogue (a key never changes; the English may)."""
    assert set(_REASONS_01) | set(_PROBLEMS_01) | set(_JSON_01) <= set(REASONS)


def test_a_reason_0_1_did_not_write_is_kept_word_for_word() -> None:
    for text in ("something the platform team wrote by hand", "applicant.avs: a problem this version never writes",
                 "differs from order ED-2026-00000001 already imported (color): a change after import is made in "
                 "OCPM Desk, not by sending the order again",
                 "ordered_at: cannot be stored or placed on the Geneva calendar: only dates from 0001-13-02 to "
                 "9999-12-30 (UTC)"):
        assert reason_phrase(text) == {"key": "legacy", "params": {"text": text}}
        (back,) = read_reasons(json.dumps([reason_phrase(text)]))
        assert str(back) == text
    unknown_detail = reason_phrase("not a JSON object: Something new (column 2)")
    assert unknown_detail == {"key": "intake.not_json_at", "params": {"detail": "Something new", "column": 2}}
