"""The quarantine reasons OCPM Desk 0.1 stored as English, read back once into keyed reasons (migration 0014).

0.1 kept ``import_quarantine.reasons`` as a JSON list of English sentences written from the templates of
``domain.intake``, and the quarantine screen parsed them back. Since 0014 each reason is a stored phrase
(``{"key": "intake.…", "params": {…}}``, values typed as ``domain.notes`` types them, a reason's parts nested as
``{"$phrase": …}``), read with the catalogue ``domain.intake.REASONS``. This module holds 0.1's templates under their
keys, frozen (an English wording changed later must not stop an old database from converting), and is the only place
that parses a reason's English: a reason it does not recognise is kept word for word under the key ``legacy``.

Card numbers: 0.1 masked the line and its reasons before writing them; the words are carried over, nothing is added.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import sqlalchemy as sa

from ocpm_desk.kernel.phrases import parse

__all__ = ["convert_quarantine_reasons", "reason_phrase"]

Stored = dict[str, Any]

#: 0.1's reasons (and the parts a reason names), by the key 0014 stores; in the order they are tried, the most
#: specific first ("{where}: {problem}" reads any text after a field's path: last).
_REASONS_01: dict[str, str] = {
    "intake.card_number": "card number present: the line was masked and not imported; never send card data (G10)",
    "intake.too_deep": "nested more than {depth} levels deep: not an order record",
    "intake.unstorable": "a \\u escape gives a character that cannot be stored (NUL or a lone surrogate): the "
                         "platform must send text",
    "intake.too_long": "longer than {size} KiB: not an order record",
    "intake.not_utf8": "not UTF-8 text (byte {byte} cannot be read): the platform must send UTF-8",
    "intake.not_object.text": "not a JSON object but text",
    "intake.not_object.list": "not a JSON object but a list",
    "intake.not_object.number": "not a JSON object but a number",
    "intake.not_object.boolean": "not a JSON object but true or false",
    "intake.not_object.null": "not a JSON object but null",
    "intake.not_json_at": "not a JSON object: {detail} (column {column})",
    "intake.not_json": "not a JSON object: {detail}",
    "intake.payment.missing": "payment: missing although the status is paid",
    "intake.payment.not_paid": "payment: present although the status is {status} (a payment comes only with status "
                               "paid)",
    "intake.conflict.not_imported": "order {reference} already exists and was not received through an import: "
                                    "compare it with this line by hand",
    "intake.conflict.differs": "differs from order {reference} already imported ({sections}): a change after import "
                               "is made in OCPM Desk, not by sending the order again",
    "intake.conflict.cancelled_before": "order {reference} was cancelled before payment: a payment cannot follow; the "
                                        "applicant places a new order",
    "intake.conflict.paid_not_cancelled": "order {reference} is paid: it can no longer be cancelled and the fee is "
                                          "kept (G2); a withdrawal is recorded by a caseworker",
    "intake.conflict.other_payment": "the payment differs from the one already recorded for order {reference}",
    "intake.field.missing_null": "{where}: missing (null)",
    "intake.field.missing": "{where}: missing",
    "intake.field.unknown_value": "{where}: unknown value {value} (expected {expected})",
    "intake.field.text_one_of": "{where}: must be text, one of {expected} (got {value})",
    "intake.field.too_long": "{where}: is longer than {maximum} characters and cannot be stored",
    "intake.field.empty": "{where}: is empty",
    "intake.field.problem": "{where}: {problem}",
}
#: The problem of one field (``{problem}`` above).
_PROBLEMS_01: dict[str, str] = {
    "intake.problem.must_be_datetime": "must be a date and time as text, e.g. 2026-11-20T09:15:00+01:00",
    "intake.problem.no_offset": "the date and time has no offset (add +01:00, +02:00 or Z)",
    "intake.problem.not_iso": "not an ISO 8601 date and time with offset, e.g. 2026-11-20T09:15:00+01:00",
    "intake.problem.not_real_datetime": "not a real date and time",
    "intake.problem.out_of_range": "cannot be stored or placed on the Geneva calendar: only dates from {earliest} to "
                                   "{latest} (UTC)",
    "intake.problem.must_be_date": "must be a date written YYYY-MM-DD",
    "intake.problem.not_real_date": "not a real date",
    "intake.problem.must_be_amount": 'must be an amount as text with two decimals, e.g. "25.00"',
    "intake.problem.not_amount": 'must be a non-negative amount with exactly two decimals, e.g. "25.00"',
    "intake.problem.too_much": "is more than CHF 1 000 000.00",
    "intake.problem.must_be_avs": "must be an AVS number as text, e.g. 756.1234.5678.97",
    "intake.problem.not_avs": "is not an AVS number (13 digits, written 756.XXXX.XXXX.XX)",
    "intake.problem.not_language": "must be a two-letter language code in lower case (fr, de, it, en…)",
    "intake.problem.not_country": "must be an ISO 3166 country code of two capital letters (CH, FR…)",
    "intake.problem.not_reference": "is not an order reference (ED-, the year, -, 8 digits: ED-2026-00012345)",
    "intake.problem.unknown_service": "unknown service {value} (the catalogue has {services})",
    "intake.problem.quantity": "must be a whole number from 1 to {maximum}",
    "intake.problem.must_be_text": "must be text",
    "intake.problem.must_be_whole_number": "must be a whole number",
    "intake.problem.must_be_object": "must be an object",
    "intake.problem.must_be_boolean": "must be true or false",
}
#: The messages of Python's json module a reason quoted (``{detail}``).
_JSON_01: dict[str, str] = {
    "intake.json.expecting_value": "Expecting value",
    "intake.json.expecting_property_name": "Expecting property name enclosed in double quotes",
    "intake.json.expecting_colon": "Expecting ':' delimiter",
    "intake.json.expecting_comma": "Expecting ',' delimiter",
    "intake.json.unterminated_string": "Unterminated string starting at",
    "intake.json.control_character": "Invalid control character at",
    "intake.json.control_character_named": "Invalid control character {char} at",
    "intake.json.invalid_escape": "Invalid \\escape",
    "intake.json.invalid_escape_named": "Invalid \\escape: {char}",
    "intake.json.invalid_unicode_escape": "Invalid \\uXXXX escape",
    "intake.json.extra_data": "Extra data",
    "intake.json.trailing_comma_object": "Illegal trailing comma before end of object",
    "intake.json.trailing_comma_array": "Illegal trailing comma before end of array",
}
#: The sections of an order a conflict named, in 0.1's order, joined by ", " (a label holds ", " itself).
_SECTIONS_01 = (
    ("intake.section.order", "service, quantity or order date"),
    ("intake.section.applicant", "applicant"),
    ("intake.section.concerned_person", "person concerned"),
    ("intake.section.delivery", "delivery product or address"),
)

_DIGITS = r"[0-9]+"
_ISO_DATE = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
#: A field's path in the record (``applicant.avs``, ``delivery.address.town``, ``record``): no space, no colon.
_GROUPS = {"where": r"[^\s:]+", "column": _DIGITS, "byte": _DIGITS, "size": _DIGITS, "depth": _DIGITS,
           "maximum": _DIGITS, "earliest": _ISO_DATE, "latest": _ISO_DATE}
_NUMBERS = frozenset({"column", "byte", "size", "depth", "maximum"})
_DATES = frozenset({"earliest", "latest"})


def _phrase(key: str, **params: Any) -> Stored:
    return {"key": key, "params": params}


def _keyed(text: str, catalogue: dict[str, str]) -> Stored | None:
    """``text`` read with the first template of ``catalogue`` that gives it, its numbers and dates typed."""
    template, values = parse(text, list(catalogue.values()), _GROUPS)
    if not template:
        return None
    key = next(k for k, t in catalogue.items() if t == template)
    params: dict[str, Any] = {}
    for name, value in values.items():
        if name in _NUMBERS:
            params[name] = int(value)
        elif name in _DATES:
            params[name] = {"$date": date.fromisoformat(value).isoformat()}
        else:
            params[name] = value
    return _phrase(key, **params)


def _sections(text: str) -> Stored | None:
    for mask in range(1, 2 ** len(_SECTIONS_01)):
        chosen = [s for i, s in enumerate(_SECTIONS_01) if mask >> i & 1]
        if ", ".join(label for _key, label in chosen) == text:
            return {"$list": [{"$phrase": _phrase(key)} for key, _label in chosen]}
    return None


def reason_phrase(reason: str) -> Stored:
    """The stored form of a reason 0.1 wrote (``legacy`` with its words when no template of 0.1 gives it)."""
    legacy = _phrase("legacy", text=reason)
    try:
        found = _keyed(reason, _REASONS_01)
    except ValueError:  # a date that is not one
        return legacy
    if found is None:
        return legacy
    params = found["params"]
    if found["key"] == "intake.field.problem":
        try:
            problem = _keyed(params["problem"], _PROBLEMS_01)
        except ValueError:
            problem = None
        if problem is None:
            return legacy
        params["problem"] = {"$phrase": problem}
    elif found["key"] in ("intake.not_json_at", "intake.not_json"):
        detail = _keyed(params["detail"], _JSON_01)
        if detail is not None:  # else: words of another version of Python, kept as they are
            params["detail"] = {"$phrase": detail}
    elif found["key"] == "intake.conflict.differs":
        sections = _sections(params["sections"])
        if sections is None:
            return legacy
        params["sections"] = sections
    return found


def _converted(text: str | None) -> str | None:
    """The 0014 form of a 0.1 ``reasons`` value; None when there is nothing to change (already converted)."""
    try:
        items = json.loads(text) if text else []
    except ValueError:
        items = [text]
    if not isinstance(items, list):
        items = [text]
    if all(isinstance(item, dict) for item in items):
        return None
    stored = [item if isinstance(item, dict) else reason_phrase(str(item)) for item in items]
    return json.dumps(stored, ensure_ascii=False, sort_keys=True)


def convert_quarantine_reasons(connection: sa.Connection, batch: int = 5000) -> int:
    """Rewrite ``import_quarantine.reasons`` from 0.1's English list to keyed reasons, in batches; the number of
    rows rewritten (a row already converted is left alone: running it twice changes nothing)."""
    quarantine = sa.table("import_quarantine", sa.column("id"), sa.column("reasons"))
    done, last = 0, 0
    while True:
        rows = connection.execute(
            sa.select(quarantine.c.id, quarantine.c.reasons)
            .where(quarantine.c.id > last).order_by(quarantine.c.id).limit(batch)).all()
        if not rows:
            return done
        last = rows[-1][0]
        changes = [{"i": row_id, "v": new} for row_id, text in rows if (new := _converted(text)) is not None]
        if changes:
            connection.execute(quarantine.update().where(quarantine.c.id == sa.bindparam("i")).values(
                reasons=sa.bindparam("v")), changes)
            done += len(changes)
