"""The reasons of the intake (DESIGN §9): why a line is quarantined, or a record conflicts, as keyed phrases.

Reasons are keyed phrases (``REASONS``: key → English template, marked for the translators under the context
``IntakeReason``) with typed values, a reason's parts (the problem of a field, the words of Python's json module,
the sections of an order) nested as keyed phrases too. ``import_quarantine.reasons`` keeps them as a JSON list of
stored phrases (``domain.notes``; ``stored_reasons``), ``read_reasons`` reads them back and the GUI says them in
the user's language; ``str()`` of a reason is its English.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ocpm_desk.kernel.notes import decode_loaded, encode
from ocpm_desk.kernel.phrases import QT_TRANSLATE_NOOP, Phrase

#: The translation context of the reasons.
INTAKE_REASON = "IntakeReason"

#: Every reason the intake gives, and every part of one (the problem of a field, the words of Python's json module,
#: the sections of an order), by key: ``intake.<what>``, ``intake.field.*`` (``{where}``: the field's path in the
#: record, e.g. applicant.avs), ``intake.problem.*`` (the ``{problem}`` of ``intake.field.problem``),
#: ``intake.json.*`` (the ``{detail}`` of ``intake.not_json*``), ``intake.section.*`` (the ``{sections}`` of
#: ``intake.conflict.differs``), ``intake.conflict.*`` (what ``decide`` says). A key never changes once written: the
#: stored rows name it; its English may.
REASONS: dict[str, str] = {
    "intake.card_number": QT_TRANSLATE_NOOP(
        "IntakeReason", "card number present: the line was masked and not imported; never send card data (G10)"),
    "intake.too_deep": QT_TRANSLATE_NOOP("IntakeReason", "nested more than {depth} levels deep: not an order record"),
    "intake.unstorable": QT_TRANSLATE_NOOP(
        "IntakeReason", "a \\u escape gives a character that cannot be stored (NUL or a lone surrogate): the platform "
        "must send text"),
    "intake.too_long": QT_TRANSLATE_NOOP("IntakeReason", "longer than {size} KiB: not an order record"),
    "intake.not_utf8": QT_TRANSLATE_NOOP(
        "IntakeReason", "not UTF-8 text (byte {byte} cannot be read): the platform must send UTF-8"),
    "intake.not_json_at": QT_TRANSLATE_NOOP("IntakeReason", "not a JSON object: {detail} (column {column})"),
    "intake.not_json": QT_TRANSLATE_NOOP("IntakeReason", "not a JSON object: {detail}"),
    # what a line holds when it is JSON but not an object
    "intake.not_object.text": QT_TRANSLATE_NOOP("IntakeReason", "not a JSON object but text"),
    "intake.not_object.list": QT_TRANSLATE_NOOP("IntakeReason", "not a JSON object but a list"),
    "intake.not_object.number": QT_TRANSLATE_NOOP("IntakeReason", "not a JSON object but a number"),
    "intake.not_object.boolean": QT_TRANSLATE_NOOP("IntakeReason", "not a JSON object but true or false"),
    "intake.not_object.null": QT_TRANSLATE_NOOP("IntakeReason", "not a JSON object but null"),
    # the messages of Python's json module (3.11–3.13), said in the user's language in the reasons that quote them
    "intake.json.expecting_value": QT_TRANSLATE_NOOP("IntakeReason", "Expecting value"),
    "intake.json.expecting_property_name": QT_TRANSLATE_NOOP(
        "IntakeReason", "Expecting property name enclosed in double quotes"),
    "intake.json.expecting_colon": QT_TRANSLATE_NOOP("IntakeReason", "Expecting ':' delimiter"),
    "intake.json.expecting_comma": QT_TRANSLATE_NOOP("IntakeReason", "Expecting ',' delimiter"),
    "intake.json.unterminated_string": QT_TRANSLATE_NOOP("IntakeReason", "Unterminated string starting at"),
    "intake.json.control_character": QT_TRANSLATE_NOOP("IntakeReason", "Invalid control character at"),
    "intake.json.control_character_named": QT_TRANSLATE_NOOP("IntakeReason", "Invalid control character {char} at"),
    "intake.json.invalid_escape": QT_TRANSLATE_NOOP("IntakeReason", "Invalid \\escape"),
    "intake.json.invalid_escape_named": QT_TRANSLATE_NOOP("IntakeReason", "Invalid \\escape: {char}"),
    "intake.json.invalid_unicode_escape": QT_TRANSLATE_NOOP("IntakeReason", "Invalid \\uXXXX escape"),
    "intake.json.extra_data": QT_TRANSLATE_NOOP("IntakeReason", "Extra data"),
    "intake.json.trailing_comma_object": QT_TRANSLATE_NOOP(
        "IntakeReason", "Illegal trailing comma before end of object"),
    "intake.json.trailing_comma_array": QT_TRANSLATE_NOOP("IntakeReason", "Illegal trailing comma before end of array"),
    # a field of the record
    "intake.field.missing": QT_TRANSLATE_NOOP("IntakeReason", "{where}: missing"),
    "intake.field.missing_null": QT_TRANSLATE_NOOP("IntakeReason", "{where}: missing (null)"),
    "intake.field.unknown_value": QT_TRANSLATE_NOOP(
        "IntakeReason", "{where}: unknown value {value} (expected {expected})"),
    "intake.field.text_one_of": QT_TRANSLATE_NOOP(
        "IntakeReason", "{where}: must be text, one of {expected} (got {value})"),
    "intake.field.too_long": QT_TRANSLATE_NOOP(
        "IntakeReason", "{where}: is longer than {maximum} characters and cannot be stored"),
    "intake.field.empty": QT_TRANSLATE_NOOP("IntakeReason", "{where}: is empty"),
    "intake.field.problem": QT_TRANSLATE_NOOP("IntakeReason", "{where}: {problem}"),
    "intake.payment.missing": QT_TRANSLATE_NOOP("IntakeReason", "payment: missing although the status is paid"),
    "intake.payment.not_paid": QT_TRANSLATE_NOOP(
        "IntakeReason", "payment: present although the status is {status} (a payment comes only with status paid)"),
    # the problem of one field: the field parsers' and validators' messages, the type errors
    "intake.problem.must_be_datetime": QT_TRANSLATE_NOOP(
        "IntakeReason", "must be a date and time as text, e.g. 2026-11-20T09:15:00+01:00"),
    "intake.problem.no_offset": QT_TRANSLATE_NOOP(
        "IntakeReason", "the date and time has no offset (add +01:00, +02:00 or Z)"),
    "intake.problem.not_iso": QT_TRANSLATE_NOOP(
        "IntakeReason", "not an ISO 8601 date and time with offset, e.g. 2026-11-20T09:15:00+01:00"),
    "intake.problem.not_real_datetime": QT_TRANSLATE_NOOP("IntakeReason", "not a real date and time"),
    "intake.problem.out_of_range": QT_TRANSLATE_NOOP(
        "IntakeReason", "cannot be stored or placed on the Geneva calendar: only dates from {earliest} to {latest} "
        "(UTC)"),
    "intake.problem.must_be_date": QT_TRANSLATE_NOOP("IntakeReason", "must be a date written YYYY-MM-DD"),
    "intake.problem.not_real_date": QT_TRANSLATE_NOOP("IntakeReason", "not a real date"),
    "intake.problem.must_be_amount": QT_TRANSLATE_NOOP(
        "IntakeReason", 'must be an amount as text with two decimals, e.g. "25.00"'),
    "intake.problem.not_amount": QT_TRANSLATE_NOOP(
        "IntakeReason", 'must be a non-negative amount with exactly two decimals, e.g. "25.00"'),
    "intake.problem.too_much": QT_TRANSLATE_NOOP("IntakeReason", "is more than CHF 1 000 000.00"),
    "intake.problem.must_be_avs": QT_TRANSLATE_NOOP(
        "IntakeReason", "must be an AVS number as text, e.g. 756.1234.5678.97"),
    "intake.problem.not_avs": QT_TRANSLATE_NOOP(
        "IntakeReason", "is not an AVS number (13 digits, written 756.XXXX.XXXX.XX)"),
    "intake.problem.not_language": QT_TRANSLATE_NOOP(
        "IntakeReason", "must be a two-letter language code in lower case (fr, de, it, en…)"),
    "intake.problem.not_country": QT_TRANSLATE_NOOP(
        "IntakeReason", "must be an ISO 3166 country code of two capital letters (CH, FR…)"),
    "intake.problem.not_reference": QT_TRANSLATE_NOOP(
        "IntakeReason", "is not an order reference (ED-, the year, -, 8 digits: ED-2026-00012345)"),
    "intake.problem.unknown_service": QT_TRANSLATE_NOOP(
        "IntakeReason", "unknown service {value} (the catalogue has {services})"),
    "intake.problem.quantity": QT_TRANSLATE_NOOP("IntakeReason", "must be a whole number from 1 to {maximum}"),
    "intake.problem.must_be_text": QT_TRANSLATE_NOOP("IntakeReason", "must be text"),
    "intake.problem.must_be_whole_number": QT_TRANSLATE_NOOP("IntakeReason", "must be a whole number"),
    "intake.problem.must_be_object": QT_TRANSLATE_NOOP("IntakeReason", "must be an object"),
    "intake.problem.must_be_boolean": QT_TRANSLATE_NOOP("IntakeReason", "must be true or false"),
    # the sections of an order a conflict names
    "intake.section.order": QT_TRANSLATE_NOOP("IntakeReason", "service, quantity or order date"),
    "intake.section.applicant": QT_TRANSLATE_NOOP("IntakeReason", "applicant"),
    "intake.section.concerned_person": QT_TRANSLATE_NOOP("IntakeReason", "person concerned"),
    "intake.section.delivery": QT_TRANSLATE_NOOP("IntakeReason", "delivery product or address"),
    "intake.section.payment": QT_TRANSLATE_NOOP("IntakeReason", "payment"),
    # a record against the order already imported under its reference (``decide``)
    "intake.conflict.not_imported": QT_TRANSLATE_NOOP(
        "IntakeReason", "order {reference} already exists and was not received through an import: compare it with "
        "this line by hand"),
    "intake.conflict.differs": QT_TRANSLATE_NOOP(
        "IntakeReason", "differs from order {reference} already imported ({sections}): a change after import is made "
        "in OCPM Desk, not by sending the order again"),
    "intake.conflict.cancelled_before": QT_TRANSLATE_NOOP(
        "IntakeReason", "order {reference} was cancelled before payment: a payment cannot follow; the applicant "
        "places a new order"),
    "intake.conflict.paid_not_cancelled": QT_TRANSLATE_NOOP(
        "IntakeReason", "order {reference} is paid: it can no longer be cancelled and the fee is kept (G2); a "
        "withdrawal is recorded by a caseworker"),
    "intake.conflict.other_payment": QT_TRANSLATE_NOOP(
        "IntakeReason", "the payment differs from the one already recorded for order {reference}"),
}


def reason(key: str, /, **params: Any) -> Phrase:
    """The reason (or part of one) ``key`` of ``REASONS`` with its values: text and numbers, a date, a nested reason
    (``Phrase``) or a ``Listing`` of them. Not checked here (this runs for every line quarantined): the tests write
    every key and read it back (``read_reasons`` keeps only a key whose values fit its template)."""
    phrase = Phrase(REASONS[key], INTAKE_REASON, **params)
    phrase.key = key
    return phrase


def stored_reasons(reasons: Iterable[Phrase]) -> str:
    """The reasons as ``import_quarantine.reasons`` keeps them: a JSON list of stored phrases (``notes.encode``)."""
    return "[" + ", ".join(encode(r) for r in reasons) + "]"


def read_reasons(stored: str | None) -> tuple[Phrase, ...]:
    """The reasons ``stored_reasons`` wrote, for the GUI to say them in the user's language (``str()`` gives the
    English). An item this version cannot read — a key no longer known, a text written by hand — comes back as its
    words (key ``legacy``)."""
    if not stored:
        return ()
    try:
        items = json.loads(stored)
    except ValueError:
        items = None
    if not isinstance(items, list):
        return (decode_loaded(stored),)
    return tuple(decode_loaded(item, REASONS, INTAKE_REASON) for item in items)


CARD_REASON = reason("intake.card_number")
