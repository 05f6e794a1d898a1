"""The record model of the intake format (DESIGN §9): the pydantic models a line must fit, their field parsers, and
their validation errors said as reasons.

Besides the fields of DESIGN §9, the delivery address may carry the optional eCH-0010 fields ``organisation``,
``address_line``, ``dwelling_number``, ``post_office_box`` and ``foreign_zip_code``; unknown fields are ignored.
Lengths are bounded by the database columns (a longer value cannot be stored: quarantined); the narrower eCH-0010
limits are a business defect (``address_deliverable`` fails in review).

Dates and times (``ordered_at``, ``validated_at``) are kept only between ``EARLIEST`` and ``LATEST``: the years
Python, the drivers and the Geneva calendar hold, a day inside them on each side so that the moment reads back in
any session time zone. Another one is quarantined with a reason (it used to overflow).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection
from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from ocpm_desk.features.intake.reasons import reason
from ocpm_desk.kernel.identifiers import mask_card_numbers_in
from ocpm_desk.kernel.phrases import Phrase
from ocpm_desk.kernel.references import ORDER_REFERENCE_RE

PRODUCTS = ("B", "A", "R", "INT-ECO", "INT-PRIO", "INT-R")
BRANDS = ("VISA", "MASTERCARD", "POSTFINANCE")
INTAKE_STATUSES = ("awaiting_payment", "paid", "cancelled")
MAX_QUANTITY = 999
MAX_CENTIMES = 100_000_000  # CHF 1 000 000.00: more is not a fee (and would not fit the columns)


class _Problem(ValueError):
    """The problem of one field, raised by a parser or a validator: pydantic keeps the exception in the error's
    context, where ``validation_reasons`` finds the phrase (its English is the exception's text)."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(str(phrase))
        self.phrase = phrase


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

_MONEY_RE = re.compile(r"(0|[1-9][0-9]{0,8})\.([0-9]{2})")
_AWARE_RE = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?(Z|[+-][0-9]{2}:[0-9]{2})"
)
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_AVS_FORM_RE = re.compile(r"[0-9]{3}\.?[0-9]{4}\.?[0-9]{4}\.?[0-9]{2}")
_COUNTRY_RE = re.compile(r"[A-Z]{2}")
_LANGUAGE_RE = re.compile(r"[a-z]{2}")

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


def _matching(pattern: re.Pattern[str], problem: Phrase) -> Callable[[str], str]:
    """The check of a text field that ``pattern`` must match whole: otherwise the field's ``problem``."""

    def check(value: str) -> str:
        if pattern.fullmatch(value) is None:
            raise _Problem(problem)
        return value

    return check


_NOT_BLANK = r"\S"  # checked by pydantic-core with the lengths, not by a Python call per field
AwareTime = Annotated[datetime, BeforeValidator(_aware)]
Day = Annotated[date, BeforeValidator(_day)]
Centimes = Annotated[int, BeforeValidator(_money)]
Avs = Annotated[str, BeforeValidator(_avs)]
Language = Annotated[str, AfterValidator(_matching(_LANGUAGE_RE, _NOT_LANGUAGE))]
Country = Annotated[str, AfterValidator(_matching(_COUNTRY_RE, _NOT_COUNTRY))]
OrderReference = Annotated[str, AfterValidator(_matching(ORDER_REFERENCE_RE, _NOT_REFERENCE))]


# --------------------------------------------------------------------------------------------- the format
class _Model(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)


class PersonIn(_Model):
    avs: Avs
    last_name: Annotated[str, StringConstraints(max_length=100, pattern=_NOT_BLANK)]
    first_name: Annotated[str, StringConstraints(max_length=100, pattern=_NOT_BLANK)]
    birth_date: Day
    email: Annotated[str, StringConstraints(max_length=254)] | None = None
    language: Language


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
    country: Country


class _DeliveryIn(_Model):
    product: Literal["B", "A", "R", "INT-ECO", "INT-PRIO", "INT-R"]
    address: _AddressIn


class _PaymentIn(_Model):
    provider_reference: Annotated[str, StringConstraints(max_length=64, pattern=_NOT_BLANK)]
    brand: Literal["VISA", "MASTERCARD", "POSTFINANCE"]
    fee_chf: Centimes
    postage_chf: Centimes
    validated_at: AwareTime


class RecordIn(_Model):
    reference: OrderReference
    service_code: str
    quantity: int
    ordered_at: AwareTime
    status: Literal["awaiting_payment", "paid", "cancelled"]
    applicant: PersonIn
    concerned_person: PersonIn | None = None
    delivery: _DeliveryIn
    payment: _PaymentIn | None = None

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


def _quoted(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value)
    text = mask_card_numbers_in(text)
    return repr(text if len(text) <= 30 else text[:29] + "…")


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


def validation_reasons(exc: ValidationError) -> list[Phrase]:
    """The reasons of the errors of a record that does not fit the model (``RecordIn``), each said once."""
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
