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
"""

from __future__ import annotations

import collections
import hashlib
import json
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from ocpm_desk.kernel.identifiers import (
    card_digits,
    find_card_numbers,
    is_valid_avs,
    mask_card_numbers_in,
    mask_every_digit,
)
from ocpm_desk.kernel.lifecycle import Status
from ocpm_desk.kernel.notes import decode_loaded, encode
from ocpm_desk.kernel.phrases import QT_TRANSLATE_NOOP, Listing, Phrase, parse
from ocpm_desk.kernel.references import ORDER_REFERENCE_RE

__all__ = [
    "BRANDS",
    "EARLIEST",
    "LATEST",
    "MAX_LINE_BYTES",
    "OUT_OF_RANGE",
    "PRODUCTS",
    "REASONS",
    "Decision",
    "ExistingOrder",
    "IntakeOrder",
    "Outcome",
    "PaymentData",
    "PersonData",
    "Quarantined",
    "decide",
    "quarantine_line",
    "read_line",
    "read_reasons",
    "reason",
    "stored_reasons",
]

PRODUCTS = ("B", "A", "R", "INT-ECO", "INT-PRIO", "INT-R")
BRANDS = ("VISA", "MASTERCARD", "POSTFINANCE")
INTAKE_STATUSES = ("awaiting_payment", "paid", "cancelled")
#: A longer line is not read whole: it is quarantined (its first bytes kept, masked).
MAX_LINE_BYTES = 64 * 1024
#: The stored (masked) text of a quarantined line is cut after this many characters.
MAX_STORED_CHARS = 8 * 1024
MAX_QUANTITY = 999
MAX_CENTIMES = 100_000_000  # CHF 1 000 000.00: more is not a fee (and would not fit the columns)
#: The translation context of the reasons.
INTAKE_REASON = "IntakeReason"
#: Records are 4 levels deep; a deeper line is not read further (nesting must not exhaust the stack).
MAX_DEPTH = 32

#: Every reason this module gives, and every part of one (the problem of a field, the words of Python's json module,
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


class _Problem(ValueError):
    """The problem of one field, raised by a parser or a validator: pydantic keeps the exception in the error's
    context, where ``_reasons`` finds the phrase (its English is the exception's text)."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(str(phrase))
        self.phrase = phrase


CARD_REASON = reason("intake.card_number")
DEPTH_REASON = reason("intake.too_deep", depth=MAX_DEPTH)
UNSTORABLE_REASON = reason("intake.unstorable")
_TOO_LONG = reason("intake.too_long", size=MAX_LINE_BYTES // 1024)
#: The reason of a line that is JSON but not an object, by the Python type ``json.loads`` gave.
_NOT_AN_OBJECT = {
    "str": reason("intake.not_object.text"),
    "list": reason("intake.not_object.list"),
    "int": reason("intake.not_object.number"),
    "float": reason("intake.not_object.number"),
    "bool": reason("intake.not_object.boolean"),
    "NoneType": reason("intake.not_object.null"),
}
_JSON_KEYS = {REASONS[k]: k for k in REASONS if k.startswith("intake.json.")}
_PAID_WITHOUT_PAYMENT = reason("intake.payment.missing")
_MUST_BE_DATETIME = reason("intake.problem.must_be_datetime")
_NO_OFFSET = reason("intake.problem.no_offset")
_NOT_ISO = reason("intake.problem.not_iso")
_NOT_REAL_DATETIME = reason("intake.problem.not_real_datetime")
_MUST_BE_DATE = reason("intake.problem.must_be_date")
_NOT_REAL_DATE = reason("intake.problem.not_real_date")
_MUST_BE_AMOUNT = reason("intake.problem.must_be_amount")
_NOT_AMOUNT = reason("intake.problem.not_amount")
_TOO_MUCH = reason("intake.problem.too_much")
_MUST_BE_AVS = reason("intake.problem.must_be_avs")
_NOT_AVS = reason("intake.problem.not_avs")
_NOT_LANGUAGE = reason("intake.problem.not_language")
_NOT_COUNTRY = reason("intake.problem.not_country")
_NOT_REFERENCE = reason("intake.problem.not_reference")
_QUANTITY = reason("intake.problem.quantity", maximum=MAX_QUANTITY)


def _json_detail(message: str) -> Phrase | str:
    """A message of Python's json module as a reason's part (the words of a version that writes others: as they
    are). Python's English, not ours, is read here: what is stored is a key."""
    template, values = parse(message, list(_JSON_KEYS))
    return reason(_JSON_KEYS[template], **values) if template else message


_MONEY_RE = re.compile(r"(0|[1-9][0-9]{0,8})\.([0-9]{2})")
_AWARE_RE = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?(Z|[+-][0-9]{2}:[0-9]{2})"
)
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_AVS_FORM_RE = re.compile(r"[0-9]{3}\.?[0-9]{4}\.?[0-9]{4}\.?[0-9]{2}")
_COUNTRY_RE = re.compile(r"[A-Z]{2}")
_LANGUAGE_RE = re.compile(r"[a-z]{2}")
_UNSTORABLE_RE = re.compile("[\x00\ud800-\udfff]")  # PostgreSQL text holds no NUL; UTF-8 no lone surrogate
#: A JSON escape: \\uXXXX or one of the short ones (\\t, \\/…); the short ones may hide separators too.
_ESCAPE_RE = re.compile(r'\\(?:u([0-9a-fA-F]{4})|([bfnrt/\\"]))')
_SHORT_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "/": "/", "\\": "\\", '"': '"'}
#: The values of the ``avs`` fields of a line as written (without escapes).
_AVS_VALUE_RE = re.compile(r'"avs"\s*:\s*"([^"\\]*)"')

#: The moments an order may carry: Python's years 1 to 9999 (SQLite's text, psycopg's datetimes, the Geneva
#: calendar), a day inside them on each side so that the moment reads back in any session time zone (PostgreSQL
#: returns it in the session's zone: 9999-12-31T23:00Z is year 10000 in Geneva, and cannot be read).
EARLIEST = datetime(1, 1, 2, tzinfo=UTC)
LATEST = datetime(9999, 12, 30, 23, 59, 59, 999_999, tzinfo=UTC)
OUT_OF_RANGE = reason("intake.problem.out_of_range", earliest=EARLIEST.date(), latest=LATEST.date())


# --------------------------------------------------------------------------------------------- field parsers
def _aware(value: Any) -> datetime:
    if not isinstance(value, str):
        raise _Problem(_MUST_BE_DATETIME)
    if _AWARE_RE.fullmatch(value) is None:
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+", value):
            raise _Problem(_NO_OFFSET)
        raise _Problem(_NOT_ISO)
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise _Problem(_NOT_REAL_DATETIME) from None
    try:  # an offset may carry the moment out of Python's years (9999-12-31T23:59:59-14:00)
        moment = parsed.astimezone(UTC)
    except OverflowError:
        raise _Problem(OUT_OF_RANGE) from None
    if not EARLIEST <= moment <= LATEST:
        raise _Problem(OUT_OF_RANGE)
    return moment


def _day(value: Any) -> date:
    if not isinstance(value, str) or _DATE_RE.fullmatch(value) is None:
        raise _Problem(_MUST_BE_DATE)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _Problem(_NOT_REAL_DATE) from None


def _money(value: Any) -> int:
    if not isinstance(value, str):
        raise _Problem(_MUST_BE_AMOUNT)
    found = _MONEY_RE.fullmatch(value)
    if found is None:
        raise _Problem(_NOT_AMOUNT)
    centimes = int(found.group(1)) * 100 + int(found.group(2))
    if centimes > MAX_CENTIMES:
        raise _Problem(_TOO_MUCH)
    return centimes


def _avs(value: Any) -> str:
    """13 digits, dots optional: stored dotted. A wrong check digit is a business defect (identity_match)."""
    if not isinstance(value, str):
        raise _Problem(_MUST_BE_AVS)
    if _AVS_FORM_RE.fullmatch(value) is None:
        raise _Problem(_NOT_AVS)
    d = value.replace(".", "")
    return f"{d[:3]}.{d[3:7]}.{d[7:11]}.{d[11:]}"


_NOT_BLANK = r"\S"  # checked by pydantic-core with the lengths, not by a Python call per field
AwareTime = Annotated[datetime, BeforeValidator(_aware)]
Day = Annotated[date, BeforeValidator(_day)]
Centimes = Annotated[int, BeforeValidator(_money)]
Avs = Annotated[str, BeforeValidator(_avs)]


# --------------------------------------------------------------------------------------------- the format
class _Model(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)


class _PersonIn(_Model):
    avs: Avs
    last_name: Annotated[str, StringConstraints(max_length=100, pattern=_NOT_BLANK)]
    first_name: Annotated[str, StringConstraints(max_length=100, pattern=_NOT_BLANK)]
    birth_date: Day
    email: Annotated[str, StringConstraints(max_length=254)] | None = None
    language: str

    @field_validator("language")
    @classmethod
    def _language(cls, value: str) -> str:
        if _LANGUAGE_RE.fullmatch(value) is None:
            raise _Problem(_NOT_LANGUAGE)
        return value


class _AddressIn(_Model):
    mr_mrs: Literal["1", "2", "3"] | None = None
    first_name: Annotated[str, StringConstraints(max_length=100)] | None = None
    last_name: Annotated[str, StringConstraints(max_length=100, pattern=_NOT_BLANK)]
    organisation: Annotated[str, StringConstraints(max_length=100)] | None = None
    address_line: Annotated[str, StringConstraints(max_length=100)] | None = None
    street: Annotated[str, StringConstraints(max_length=100)] | None = None
    house_number: Annotated[str, StringConstraints(max_length=30)] | None = None
    dwelling_number: Annotated[str, StringConstraints(max_length=30)] | None = None
    post_office_box: Annotated[str, StringConstraints(max_length=30)] | None = None
    swiss_zip_code: Annotated[str, StringConstraints(max_length=10)] | None = None
    foreign_zip_code: Annotated[str, StringConstraints(max_length=30)] | None = None
    town: Annotated[str, StringConstraints(max_length=100, pattern=_NOT_BLANK)]
    country: str

    @field_validator("country")
    @classmethod
    def _country(cls, value: str) -> str:
        if _COUNTRY_RE.fullmatch(value) is None:
            raise _Problem(_NOT_COUNTRY)
        return value


class _DeliveryIn(_Model):
    product: Literal["B", "A", "R", "INT-ECO", "INT-PRIO", "INT-R"]
    address: _AddressIn


class _PaymentIn(_Model):
    provider_reference: Annotated[str, StringConstraints(max_length=64, pattern=_NOT_BLANK)]
    brand: Literal["VISA", "MASTERCARD", "POSTFINANCE"]
    fee_chf: Centimes
    postage_chf: Centimes
    validated_at: AwareTime


class _RecordIn(_Model):
    reference: str
    service_code: str
    quantity: int
    ordered_at: AwareTime
    status: Literal["awaiting_payment", "paid", "cancelled"]
    applicant: _PersonIn
    concerned_person: _PersonIn | None = None
    delivery: _DeliveryIn
    payment: _PaymentIn | None = None

    @field_validator("reference")
    @classmethod
    def _reference(cls, value: str) -> str:
        if ORDER_REFERENCE_RE.fullmatch(value) is None:
            raise _Problem(_NOT_REFERENCE)
        return value

    @field_validator("service_code")
    @classmethod
    def _service(cls, value: str, info: ValidationInfo) -> str:
        known: Collection[str] = (info.context or {}).get("services", ())
        if value not in known:
            raise _Problem(reason("intake.problem.unknown_service", value=_quoted(value),
                                  services=", ".join(sorted(known))))
        return value

    @field_validator("quantity")
    @classmethod
    def _quantity(cls, value: int) -> int:
        if not 1 <= value <= MAX_QUANTITY:
            raise _Problem(_QUANTITY)
        return value


# --------------------------------------------------------------------------------------------- results
@dataclass(frozen=True, slots=True)
class PersonData:
    avs: str
    last_name: str
    first_name: str
    birth_date: date
    email: str | None
    language: str


@dataclass(frozen=True, slots=True)
class PaymentData:
    brand: str
    provider_reference: str
    fee_centimes: int
    postage_centimes: int
    validated_at: datetime  # UTC


SECTIONS = ("order", "applicant", "concerned_person", "delivery", "payment")
_SORTED_SECTIONS = tuple(sorted(SECTIONS))
#: A section as a conflict names it.
_SECTION_PHRASES = {s: reason(f"intake.section.{s}") for s in SECTIONS}


@dataclass(frozen=True, slots=True)
class IntakeOrder:
    """A well-formed record, ready to become (or to compare with) an order."""

    line_number: int
    reference: str
    service_code: str
    quantity: int
    ordered_at: datetime  # UTC
    status: Status
    applicant: PersonData
    concerned_person: PersonData | None
    product: str
    address: Mapping[str, str | None]  # the ``orders.addr_*`` columns
    payment: PaymentData | None
    digest: Mapping[str, str | None]  # section → short SHA-256 (see ``digest_text``)

    def digest_text(self) -> str:
        """The compact JSON kept in ``orders.intake_digest``: one 16-hex SHA-256 prefix per section."""
        d = self.digest  # written by hand (hex or null, keys sorted): json.dumps cost more than the rest of a row
        return "{" + ",".join(f'"{k}":null' if d.get(k) is None else f'"{k}":"{d[k]}"' for k in _SORTED_SECTIONS) + "}"


@dataclass(frozen=True, slots=True)
class Quarantined:
    """A line that cannot become an order: only its masked text ever leaves this module."""

    line_number: int
    reference: str | None
    text: str  # card numbers masked; cut after MAX_STORED_CHARS
    sha256: str  # of ``text``
    reasons: tuple[Phrase, ...]  # keyed (``REASONS``): stored by ``stored_reasons``
    card_number: bool = False


def _quoted(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value)
    text = mask_card_numbers_in(text)
    return repr(text if len(text) <= 30 else text[:29] + "…")


def _short(*parts: Any) -> str:
    """A 16-hex SHA-256 prefix of values (text, numbers, None, tuples of those): ``repr`` is exact for them."""
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:16]


def _person_digest(person: PersonData | None) -> tuple[Any, ...]:
    if person is None:
        return ()
    return (person.avs, person.last_name, person.first_name, person.birth_date.isoformat(), person.email,
            person.language)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _digest(reference: str, service: str, quantity: int, ordered_at: datetime, applicant: PersonData,
            concerned: PersonData | None, product: str, address: Mapping[str, str | None],
            payment: PaymentData | None) -> dict[str, str | None]:
    return {
        "order": _short(reference, service, quantity, _iso(ordered_at)),
        "applicant": _short(*_person_digest(applicant)),
        "concerned_person": None if concerned is None else _short(*_person_digest(concerned)),
        "delivery": _short(product, tuple(sorted(address.items()))),
        "payment": None if payment is None else _short(payment.brand, payment.provider_reference,
                                                       payment.fee_centimes, payment.postage_centimes,
                                                       _iso(payment.validated_at)),
    }


# --------------------------------------------------------------------------------------------- card numbers
def _cards_in(value: str, *, avs_field: bool) -> list[str]:
    found = find_card_numbers(value)
    if avs_field and found and is_valid_avs(value.strip()):
        return []
    return found


def _walk_cards(node: Any, key: str | None, out: list[str]) -> None:
    if isinstance(node, dict):
        for k, v in node.items():
            out.extend(_cards_in(k, avs_field=False))
            _walk_cards(v, k, out)
    elif isinstance(node, list):
        for item in node:
            _walk_cards(item, key, out)
    elif isinstance(node, str):
        out.extend(_cards_in(node, avs_field=key == "avs"))
    elif isinstance(node, int | float) and not isinstance(node, bool):
        out.extend(find_card_numbers(repr(node)))


def _mask_node(node: Any, key: str | None) -> Any:
    if isinstance(node, dict):
        return {mask_card_numbers_in(k): _mask_node(v, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_mask_node(item, key) for item in node]
    if isinstance(node, str):
        if key == "avs" and is_valid_avs(node.strip()):
            return node
        return mask_card_numbers_in(node)
    if isinstance(node, int | float) and not isinstance(node, bool):
        text = repr(node)
        masked = mask_card_numbers_in(text)
        return node if masked == text else masked
    return node


def _cut(text: str) -> str:
    return text if len(text) <= MAX_STORED_CHARS else text[:MAX_STORED_CHARS] + "…"


def quarantine_line(line_number: int, text: str, reasons: list[Phrase], *, reference: str | None = None,
                    cards: Collection[str] = (), card_number: bool = False) -> Quarantined:
    """The quarantine record of a line: masked, cut, hashed. ``cards`` are numbers known to be in ``text``."""
    stored = _cut(mask_card_numbers_in(text)).replace("\x00", "\ufffd")
    numbers = {card_digits(c) for c in cards}
    if numbers:
        shown = card_digits(stored)
        if any(d and d in shown for d in numbers):  # a card glued to other text: hide every digit (of any script)
            stored = mask_every_digit(stored)
    return Quarantined(line_number, reference, stored, hashlib.sha256(stored.encode("utf-8")).hexdigest(),
                       tuple(reasons), card_number)


# --------------------------------------------------------------------------------------------- errors → reasons
_TYPE_WORDS = {
    "string_type": reason("intake.problem.must_be_text"),
    "int_type": reason("intake.problem.must_be_whole_number"),
    "model_type": reason("intake.problem.must_be_object"),
    "dict_type": reason("intake.problem.must_be_object"),
    "model_attributes_type": reason("intake.problem.must_be_object"),
    "bool_type": reason("intake.problem.must_be_boolean"),
}


def _where(loc: tuple[int | str, ...]) -> str:
    parts = [str(p) for p in loc if not (isinstance(p, str) and (p.startswith("function-") or p in {
        "str", "int", "none", "is-instance[date]", "is-instance[datetime]", "literal['1','2','3']"}))]
    return ".".join(parts) or "record"


def _reasons(exc: ValidationError) -> list[Phrase]:
    out: list[Phrase] = []
    for error in exc.errors(include_url=False, include_input=True):
        where = _where(error["loc"])
        kind = error["type"]
        if kind == "missing":
            text = reason("intake.field.missing", where=where)
        elif kind == "literal_error":
            expected = error.get("ctx", {}).get("expected", "")
            given = error.get("input")
            if isinstance(given, str) or given is None:
                text = reason("intake.field.unknown_value", where=where, value=_quoted(given), expected=expected)
            else:  # 1 for "1": a wrong type, not an unknown value
                text = reason("intake.field.text_one_of", where=where, expected=expected,
                              value=mask_card_numbers_in(json.dumps(given))[:30])
        elif kind == "string_too_long":
            text = reason("intake.field.too_long", where=where, maximum=error.get("ctx", {}).get("max_length"))
        elif kind == "string_pattern_mismatch":  # the one pattern: not blank
            text = reason("intake.field.empty", where=where)
        elif kind == "value_error":
            raised = error.get("ctx", {}).get("error")
            problem = (raised.phrase if isinstance(raised, _Problem)
                       else str(error["msg"]).removeprefix("Value error, "))  # not one of ours: as it is
            text = reason("intake.field.problem", where=where, problem=problem)
        elif kind in _TYPE_WORDS:
            text = (reason("intake.field.missing_null", where=where) if error.get("input") is None
                    else reason("intake.field.problem", where=where, problem=_TYPE_WORDS[kind]))
        else:  # pydantic's own words (a kind this format does not produce today): shown as they are
            text = reason("intake.field.problem", where=where, problem=str(error["msg"]))
        if text not in out:
            out.append(text)
    return out


def _raw_cards(text: str) -> list[str]:
    """Card numbers in the raw text, but a valid AVS number that is the value of an ``avs`` field."""
    found = find_card_numbers(text)
    if not found:
        return found
    out: list[str] = []
    exempt: dict[str, int] | None = None  # as many as there are ``avs`` values: the same digits elsewhere count
    for c in found:
        if is_valid_avs(c):
            if exempt is None:
                exempt = collections.Counter(_AVS_VALUE_RE.findall(text))
            if exempt[c]:
                exempt[c] -= 1
                continue
        out.append(c)
    return out


def _spell(match: re.Match[str]) -> str:
    if match.group(1) is None:
        return _SHORT_ESCAPES[match.group(2)]
    ch = chr(int(match.group(1), 16))
    return "\ufffd" if _UNSTORABLE_RE.match(ch) else ch


def _unstorable(node: Any) -> bool:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _UNSTORABLE_RE.search(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
    return False


def _too_deep(node: Any) -> bool:
    stack = [(node, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        if depth > MAX_DEPTH:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def _rejected(line_number: int, text: str, reasons: list[Phrase], cards: list[str]) -> Quarantined:
    if "\\" in text:  # escapes may spell a card number the raw text does not show: keep what they spell, masked
        spelled = _ESCAPE_RE.sub(_spell, text)
        known = {card_digits(c) for c in cards}
        spelled_cards = [c for c in _raw_cards(spelled) if card_digits(c) not in known]
        if spelled_cards:  # every card known is hidden in what is kept (quarantine_line masks them all)
            text, cards = spelled, [*cards, *spelled_cards]
    if cards:
        reasons = [CARD_REASON, *reasons]
    return quarantine_line(line_number, text, reasons, cards=cards, card_number=bool(cards))


# --------------------------------------------------------------------------------------------- one line
def read_line(line_number: int, raw: bytes, services: Collection[str]) -> IntakeOrder | Quarantined:
    """One line of an intake file (without its line break) → an order to import or a quarantined line."""
    if len(raw) > MAX_LINE_BYTES:
        loose = raw.decode("utf-8", errors="replace")
        return _rejected(line_number, loose, [_TOO_LONG], _raw_cards(loose))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        loose = raw.decode("utf-8", errors="replace")
        reasons = [reason("intake.not_utf8", byte=exc.start + 1)]
        # unreadable bytes inside a card number must not hide it: look again without them
        cards = _raw_cards(loose) or _raw_cards(loose.replace("\ufffd", ""))
        if not cards and _raw_cards(re.sub(r"[^\w \t-]", "", loose)):
            # digits that might be a card damaged with its signs: none of them is kept; said to be a card only when
            # escapes spell one (shown spelled, so that its masked place shows)
            spelled = _ESCAPE_RE.sub(_spell, loose) if "\\" in loose else ""
            if spelled and _raw_cards(spelled):
                return quarantine_line(line_number, mask_every_digit(spelled), [CARD_REASON, *reasons],
                                       card_number=True)
            return quarantine_line(line_number, mask_every_digit(loose), reasons)
        return _rejected(line_number, loose, reasons, cards)
    if text.startswith("\ufeff"):
        text = text[1:]
    raw_cards = _raw_cards(text)
    if not raw_cards and "\\" not in text:  # the common case: parsed and checked by pydantic in one pass
        try:
            fast = _RecordIn.model_validate_json(text, context={"services": services})
        except ValidationError:
            pass  # read again below, for every reason at once
        else:
            if (fast.payment is not None) == (fast.status == "paid"):
                return _order(line_number, fast)
    try:
        obj = json.loads(text)
    except RecursionError:
        return _rejected(line_number, text, [DEPTH_REASON], raw_cards)
    except ValueError as exc:
        why = (reason("intake.not_json_at", detail=_json_detail(exc.msg), column=exc.colno)
               if isinstance(exc, json.JSONDecodeError) else reason("intake.not_json", detail=str(exc)))
        return _rejected(line_number, text, [why], raw_cards)
    if not isinstance(obj, dict):
        return _rejected(line_number, text, [_NOT_AN_OBJECT[type(obj).__name__]], raw_cards)
    if text.count("{") + text.count("[") > MAX_DEPTH and _too_deep(obj):
        return _rejected(line_number, text, [DEPTH_REASON], raw_cards)
    cards = list(raw_cards)
    if "\\" in text:  # escapes (\\u0034, \\t, \\/…) may spell digits or separators the raw text does not show
        _walk_cards(obj, None, cards)
    reference = obj.get("reference")
    readable = reference if isinstance(reference, str) and ORDER_REFERENCE_RE.fullmatch(reference) else None
    if cards:
        masked = _mask_node(obj, None)
        reasons = [CARD_REASON]
        try:
            _RecordIn.model_validate(masked, context={"services": services})
        except ValidationError as exc:
            reasons += _reasons(exc)
        stored = json.dumps(masked, ensure_ascii=False, separators=(", ", ": "))
        if _UNSTORABLE_RE.search(stored):
            stored = json.dumps(masked, ensure_ascii=True, separators=(", ", ": "))
        return quarantine_line(line_number, stored, reasons, reference=readable, cards=cards, card_number=True)
    reasons = _consistency(obj)
    try:
        record = _RecordIn.model_validate(obj, context={"services": services})
    except ValidationError as exc:
        return quarantine_line(line_number, text, reasons + _reasons(exc), reference=readable)
    if reasons:
        return quarantine_line(line_number, text, reasons, reference=readable)
    if "\\u" in text and _unstorable(record.model_dump()):
        return quarantine_line(line_number, text, [UNSTORABLE_REASON], reference=readable)
    return _order(line_number, record)


def _consistency(obj: Mapping[str, Any]) -> list[Phrase]:
    status = obj.get("status")
    payment = obj.get("payment")
    if status == "paid" and payment is None:
        return [_PAID_WITHOUT_PAYMENT]
    if status in ("awaiting_payment", "cancelled") and payment is not None:
        return [reason("intake.payment.not_paid", status=status)]
    return []


def _person(p: _PersonIn) -> PersonData:
    return PersonData(p.avs, p.last_name, p.first_name, p.birth_date, p.email, p.language)


def _order(line_number: int, r: _RecordIn) -> IntakeOrder:
    a = r.delivery.address
    address = {
        "addr_mr_mrs": a.mr_mrs, "addr_first_name": a.first_name, "addr_last_name": a.last_name,
        "addr_organisation": a.organisation, "addr_line": a.address_line, "addr_street": a.street,
        "addr_house_number": a.house_number, "addr_dwelling_number": a.dwelling_number,
        "addr_post_office_box": a.post_office_box, "addr_swiss_zip_code": a.swiss_zip_code,
        "addr_foreign_zip_code": a.foreign_zip_code, "addr_town": a.town, "addr_country": a.country,
    }
    payment = None
    if r.payment is not None:
        p = r.payment
        payment = PaymentData(p.brand, p.provider_reference, p.fee_chf, p.postage_chf, p.validated_at)
    applicant = _person(r.applicant)
    concerned = _person(r.concerned_person) if r.concerned_person is not None else None
    return IntakeOrder(
        line_number=line_number, reference=r.reference, service_code=r.service_code, quantity=r.quantity,
        ordered_at=r.ordered_at, status=Status(r.status), applicant=applicant, concerned_person=concerned,
        product=r.delivery.product, address=address, payment=payment,
        digest=_digest(r.reference, r.service_code, r.quantity, r.ordered_at, applicant, concerned,
                       r.delivery.product, address, payment),
    )


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


def read_lines(lines: list[tuple[int, bytes]], services: Collection[str]) -> list[IntakeOrder | Quarantined]:
    """``read_line`` over a chunk of (line number, line) pairs: the unit of work of a reading process."""
    return [read_line(number, raw, services) for number, raw in lines]
