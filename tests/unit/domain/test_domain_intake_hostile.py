"""Issue 16, part 4: intake never crashes on a line, and never lets a card number through (DESIGN §9, G10).

Pure: no database (``tests/integration/test_intake_hostile.py`` imports the same lines into SQLite and PostgreSQL).

- Dates and times the platform can send but Python, the databases or the Geneva calendar cannot hold
  (``9999-12-31T23:59:59-14:00``, ``0001-01-01T00:00:00+14:00``, ``9999-12-31T23:59:59Z``…) are quarantined with a
  keyed reason that is stored and read back whole; the bounds (``EARLIEST``, ``LATEST``) are imported and every
  Geneva calendar rule, and every time zone, holds them. Hypothesis: any ISO 8601-like text, any offset, any year:
  ``read_line`` never raises.
- Card numbers written with dots, slashes, low lines, runs of spaces, tabs, no-break and narrow no-break spaces,
  " - ", full-width, Arabic-Indic or any other Unicode digits, zero-width characters between digits, raw or as JSON
  escapes: found, the line quarantined, masked to at most its first 6 and last 4 digits. Hypothesis: a Luhn-valid
  number interleaved with random separators, invisible characters and digits of random scripts, anywhere in a record:
  never an order, never readable in what ``read_line`` returns.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from intake_support import (
    ARABIC_INDIC,
    CARD,
    EXAMPLE,
    FULL_WIDTH,
    ISSUE_FORMS,
    assert_card_hidden,
    digits,
    grouped,
    luhn_numbers,
    spelled,
)
from intake_support import example_record as record

from ocpm_desk.features.intake.rules import (
    CARD_REASON,
    EARLIEST,
    LATEST,
    OUT_OF_RANGE,
    IntakeOrder,
    Quarantined,
    read_line,
    read_reasons,
    reason,
    stored_reasons,
)
from ocpm_desk.kernel.calendar import (
    appeal_deadline,
    delivery_clock,
    geneva_date,
    is_working_day,
    working_days_between,
)
from ocpm_desk.kernel.identifiers import mask_card_number
from ocpm_desk.kernel.phrases import Phrase

SERVICES = frozenset({"ATT-RES", "ATT-RES-HIST", "ATT-RES-CIV", "ATT-DEP", "ATT-DEP-HIST"})


def read(d: Any, *, ascii_only: bool = False) -> IntakeOrder | Quarantined:
    raw = d if isinstance(d, bytes) else json.dumps(d, ensure_ascii=ascii_only).encode("utf-8")
    return read_line(1, raw, SERVICES)


# ============================================================================================ dates
#: The dates of the issue: two overflow when brought to UTC, the third when brought to Geneva time.
ISSUE_DATES = ["9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59Z"]
#: More that cannot be held: past the last day readable in every session time zone, before the first.
OUT_OF_RANGE_DATES = [*ISSUE_DATES, "9999-12-31T00:00:00Z", "9999-12-31T00:00:00-00:01", "0001-01-01T23:59:59Z",
                      "0001-01-01T00:00:00-00:01", "0001-01-02T00:00:00+00:01", "9999-12-31T23:59:59.999999+00:00",
                      "0001-01-01T00:00:00Z"]
#: The bounds themselves, written several ways: imported.
IN_RANGE_DATES = ["0001-01-02T00:00:00Z", "0001-01-02T14:00:00+14:00", "0001-01-01T12:00:00-12:00",
                  "9999-12-30T23:59:59.999999Z", "9999-12-30T11:59:59.999999-12:00", "9999-12-31T13:59:59+14:00"]


@pytest.mark.parametrize("where", ["ordered_at", "payment.validated_at"])
@pytest.mark.parametrize("moment", OUT_OF_RANGE_DATES)
def test_a_date_no_database_or_calendar_can_hold_is_quarantined_with_its_reason(where: str, moment: str) -> None:
    result = read(record(**{where.replace(".", "__"): moment}))
    assert isinstance(result, Quarantined), result
    assert result.reasons == (out_of_range(where),)
    assert result.reference == EXAMPLE["reference"] and not result.card_number
    assert moment in result.text  # kept as sent, for the person who reads the quarantine


def out_of_range(where: str) -> Phrase:
    return reason("intake.field.problem", where=where, problem=OUT_OF_RANGE)


def test_the_reason_names_the_bounds_and_is_stored_with_its_key_and_dates() -> None:
    assert str(OUT_OF_RANGE) == ("cannot be stored or placed on the Geneva calendar: only dates from 0001-01-02 to "
                                 "9999-12-30 (UTC)")
    (phrase,) = read_reasons(stored_reasons([out_of_range("ordered_at")]))
    assert str(phrase) == f"ordered_at: {OUT_OF_RANGE}" and phrase.key == "intake.field.problem"
    assert phrase == Phrase("{where}: {problem}", "IntakeReason", where="ordered_at", problem=Phrase(
        "cannot be stored or placed on the Geneva calendar: only dates from {earliest} to {latest} (UTC)",
        "IntakeReason", earliest=date(1, 1, 2), latest=date(9999, 12, 30)))
    assert phrase.params["problem"].key == "intake.problem.out_of_range"


@pytest.mark.parametrize("moment", IN_RANGE_DATES)
def test_the_bounds_are_imported_and_held_by_the_geneva_calendar_and_every_time_zone(moment: str) -> None:
    result = read(record(ordered_at=moment, payment__validated_at=moment))
    assert isinstance(result, IntakeOrder), getattr(result, "reasons", result)
    assert result.payment is not None
    for value in (result.ordered_at, result.payment.validated_at):
        assert EARLIEST <= value <= LATEST and value.utcoffset() == timedelta(0)
        day = geneva_date(value)
        for hours in range(-23, 24):  # any session time zone reads it back (PostgreSQL answers in the session's)
            value.astimezone(timezone(timedelta(hours=hours, minutes=59 if hours >= 0 else -59)))
        delivery_clock(day, date(2026, 11, 26))
        delivery_clock(date(2026, 11, 26), day)
        working_days_between(day, date(2026, 11, 26), closures={date(2026, 12, 24)})
        is_working_day(day)
        if day.year < 9999:
            appeal_deadline(day)


def test_the_bounds_are_exact() -> None:
    assert datetime(1, 1, 2, tzinfo=UTC) == EARLIEST
    assert datetime(9999, 12, 30, 23, 59, 59, 999_999, tzinfo=UTC) == LATEST
    just_before = (EARLIEST - timedelta(microseconds=1)).isoformat()
    just_after = (LATEST + timedelta(microseconds=1)).isoformat()
    for moment, imported in ((EARLIEST.isoformat(), True), (LATEST.isoformat(), True), (just_before, False),
                             (just_after, False)):
        assert isinstance(read(record(ordered_at=moment)), IntakeOrder) is imported, moment


def test_the_rest_of_the_record_is_still_checked_beside_the_date() -> None:
    result = read(record(ordered_at=ISSUE_DATES[0], quantity=0, payment__validated_at=ISSUE_DATES[1]))
    assert isinstance(result, Quarantined)
    assert {str(r) for r in result.reasons} == {f"ordered_at: {OUT_OF_RANGE}", f"payment.validated_at: {OUT_OF_RANGE}",
                                                "quantity: must be a whole number from 1 to 999"}


def _two(n: int) -> st.SearchStrategy[str]:
    return st.integers(0, 10**n - 1).map(lambda v: f"{v:0{n}d}")


@st.composite
def iso_like(draw: st.DrawFn) -> str:
    """ISO 8601-like text: any 4-digit year, out-of-range fields, any offset (real or not), any precision."""
    text = f"{draw(_two(4))}-{draw(_two(2))}-{draw(_two(2))}{draw(st.sampled_from(['T', 'T', ' ', 't']))}"
    text += f"{draw(_two(2))}:{draw(_two(2))}"
    if draw(st.booleans()):
        text += f":{draw(_two(2))}"
        if draw(st.booleans()):
            text += "." + draw(st.text("0123456789", min_size=1, max_size=9))
    offset = draw(st.one_of(
        st.sampled_from(["Z", "z", "", "+00:00", "-00:00", "+14:00", "-14:00", "+23:59", "-23:59", "+24:00", "+1:00",
                         "+0100", "+01:00:30", "UTC"]),
        st.tuples(st.sampled_from("+-"), _two(2), _two(2)).map(lambda t: f"{t[0]}{t[1]}:{t[2]}")))
    return text + offset


@st.composite
def aware_extremes(draw: st.DrawFn) -> str:
    """Real aware datetimes of any year, with any offset Python allows (up to ±23:59), written by isoformat."""
    moment = draw(st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59, 999_999)))
    minutes = draw(st.integers(-(24 * 60 - 1), 24 * 60 - 1))
    text = moment.replace(tzinfo=timezone(timedelta(minutes=minutes))).isoformat(
        timespec=draw(st.sampled_from(["minutes", "seconds", "microseconds"])))
    return text.replace("+00:00", "Z") if draw(st.booleans()) else text


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(iso_like(), aware_extremes(), st.text(max_size=40)), st.sampled_from(["ordered_at", "validated_at"]))
@example(ISSUE_DATES[0], "ordered_at")
@example(ISSUE_DATES[1], "validated_at")
@example(ISSUE_DATES[2], "validated_at")
@example("9999-12-31T23:59:59+23:59", "ordered_at")
@example("0001-01-01T00:00:00-23:59", "ordered_at")
def test_any_date_text_never_crashes_the_reading(moment: str, where: str) -> None:
    d = record(**({"ordered_at": moment} if where == "ordered_at" else {"payment__validated_at": moment}))
    result = read(d, ascii_only=len(moment) % 2 == 0)
    assert isinstance(result, IntakeOrder | Quarantined)
    if isinstance(result, IntakeOrder):
        assert result.payment is not None
        for value in (result.ordered_at, result.payment.validated_at):
            assert EARLIEST <= value <= LATEST
            geneva_date(value)
            delivery_clock(geneva_date(value), date(2026, 11, 26))
    else:
        about = [r for r in result.reasons if r != CARD_REASON]  # random text may hold a card number, masked
        assert about and all(r.params["where"] in {"ordered_at", "payment.validated_at"} for r in about), about
        assert read_reasons(stored_reasons(result.reasons)) == result.reasons


# ============================================================================================ card numbers
#: Every spelling of issue 16 (and a few more): the full number must never be stored.
FORMS = {
    **ISSUE_FORMS,
    "full-width, grouped": grouped(FULL_WIDTH, "\u3000"),
    "Arabic-Indic, grouped": grouped(ARABIC_INDIC, " "),
    "Extended Arabic-Indic": "".join(chr(0x06F0 + int(d)) for d in CARD),
    "Devanagari": "".join(chr(0x0966 + int(d)) for d in CARD),
    "mixed scripts": "".join(chr(z + int(d)) for z, d in zip([0x30, 0xFF10, 0x0660, 0x0966] * 4, CARD, strict=True)),
    "zero-width between groups": grouped(CARD, "\u200b"),
    "soft hyphens": grouped(CARD, "\u00ad"),
    "en dashes": grouped(CARD, "\u2013"),
    "full-width stops": grouped(CARD, "\uff0e"),
}


PLACES = {
    "street": lambda d, c: d["delivery"]["address"].update(street=f"Rue {c}"),
    "email": lambda d, c: d["applicant"].update(email=f"{c}@example.ch"),
    "provider reference": lambda d, c: d["payment"].update(provider_reference=c),
    "an unknown field": lambda d, c: d.update(remarks=f"payé avec {c}, merci"),
    "a key": lambda d, c: d.update({c: "x"}),
    "a malformed field": lambda d, c: d.update(service_code=c),
}


@pytest.mark.parametrize("ascii_only", [False, True], ids=["UTF-8", "escaped"])
@pytest.mark.parametrize("place", sorted(PLACES))
@pytest.mark.parametrize("form", sorted(FORMS))
def test_every_spelling_of_a_card_number_is_quarantined_and_masked(form: str, place: str, ascii_only: bool) -> None:
    written = FORMS[form]
    assert digits(written) == CARD
    d = record()
    PLACES[place](d, written)
    result = read(d, ascii_only=ascii_only)
    assert isinstance(result, Quarantined), result
    assert result.card_number and result.reasons[0] == CARD_REASON
    assert_card_hidden(result, CARD)
    assert CARD[:6] + CARD[-4:] in digits(result.text)  # the first 6 and last 4 digits: kept, and no more


@pytest.mark.parametrize("form", sorted(FORMS))
def test_the_masked_form_keeps_at_most_the_first_six_and_last_four_digits(form: str) -> None:
    masked = mask_card_number(FORMS[form])
    assert digits(masked) == CARD[:6] + CARD[-4:]
    assert masked.count("*") == len(CARD) - 10
    assert len(masked) == len(FORMS[form])  # separators and invisible characters stay where they were


@pytest.mark.parametrize("escape", ["\\t", "\\/", "\\u00a0", "\\u200b", "\\n", "\\f", "\\b", "\\r"])
@pytest.mark.parametrize("damage", [lambda raw: raw, lambda raw: raw[:-10], lambda raw: b"\xff" + raw],
                         ids=["a record", "cut: not JSON", "not UTF-8"])
def test_a_card_number_split_by_json_escapes_is_found(escape: str, damage: Any) -> None:
    """JSON escapes between the digits: the raw text shows backslashes, what the line says has separators."""
    raw = json.dumps(record(), ensure_ascii=False).encode()
    raw = damage(raw.replace(b'"Rue de Lausanne"', f'"Rue {escape.join(CARD[i:i + 4] for i in range(0, 16, 4))}"'
                             .encode()))
    result = read_line(1, raw, SERVICES)
    assert isinstance(result, Quarantined)
    assert result.card_number and result.reasons[0] == CARD_REASON
    assert_card_hidden(result, CARD)


def test_the_quoted_value_in_a_reason_is_masked_in_every_spelling() -> None:
    for written in FORMS.values():
        result = read(record(delivery__product=written))
        assert isinstance(result, Quarantined)
        assert any(str(r).startswith("delivery.product: unknown value") for r in result.reasons), result.reasons
        assert_card_hidden(result, CARD)


# --- hypothesis: any spelling ----------------------------------------------------------------------------------
#: The zero of a few decimal digit scripts (Unicode Nd blocks run from their zero to nine).
ZEROS = [0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xE50, 0xF20, 0x1040, 0x17E0, 0x1810, 0xFF10, 0x104A0,
         0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E950]
SEPARATORS = [" ", "  ", "\t", ".", "/", "_", "-", " - ", "\u00a0", "\u202f", "\u2007", "\u2009", "\u3000", "\u2013",
              "\u2014", "\u2212", "\uff0e", "\uff0f", "\uff3f", "\u00ad", "\u00b7", "\u2024", "\x0b", "\x1f"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u2061", "\u034f", "\ufe0f",
             "\U000e0020", "\u180e", "\x7f", "\x85"]


#: Text around a card: letters, punctuation, spaces, separators; no digit (a digit glued to a card makes another
#: number: "94111…" is not the card "4111…").
AROUND = st.text(st.sampled_from("abcXYZ éà,;:!?()'\"{}[]@#&*+=<>.-/_ \t\u00a0\u200b"), max_size=12)
FIELDS = ["street", "email", "provider reference", "an unknown field", "a key", "a malformed field", "town",
          "last name", "a list"]


def _place(d: dict[str, Any], field: str, text: str) -> None:
    if field in PLACES:
        PLACES[field](d, text)
    elif field == "town":
        d["delivery"]["address"]["town"] = text
    elif field == "last name":
        d["applicant"]["last_name"] = text
    else:
        d["notes"] = ["x", {"y": text}]


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), luhn_numbers(), AROUND, AROUND, st.sampled_from(FIELDS), st.booleans())
def test_a_card_number_in_any_spelling_anywhere_never_survives_unmasked(
        data: st.DataObject, card: str, before: str, after: str, field: str, ascii_only: bool) -> None:
    written = data.draw(spelled(card, ZEROS, SEPARATORS + INVISIBLE, max_gap=3, ascii_too=True))
    assert digits(written) == card
    d = record()
    _place(d, field, f"{before}{written}{after}")
    result = read(d, ascii_only=ascii_only)
    assert isinstance(result, Quarantined), result  # never an order
    assert result.card_number and CARD_REASON in result.reasons
    assert_card_hidden(result, card)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), luhn_numbers(), AROUND, st.binary(max_size=4))
def test_a_card_number_in_any_spelling_in_a_broken_line_never_survives_unmasked(
        data: st.DataObject, card: str, around: str, junk: bytes) -> None:
    written = data.draw(spelled(card, ZEROS, SEPARATORS + INVISIBLE, max_gap=3, ascii_too=True))
    raw = json.dumps(record(), ensure_ascii=data.draw(st.booleans())).encode()
    raw = raw.replace(b'"Rue de Lausanne"', json.dumps(f"{around}{written}{around}").encode())
    cut = data.draw(st.integers(0, 3))
    raw = [raw, raw[:-5], junk + raw, raw + junk][cut]
    result = read_line(1, raw, SERVICES)
    assert isinstance(result, Quarantined)
    assert_card_hidden(result, card)
