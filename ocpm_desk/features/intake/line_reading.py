"""Reading one line of an intake file (DESIGN §9): ``read_line`` turns it into an ``IntakeOrder`` or a
``Quarantined`` line.

One JSON object per line. A well-formed record keeps its business defects intact (those fail as conditions in
review); what cannot become an order is quarantined with reasons a person can act on, masked first when it holds a
card number (``masking``). ``read_lines`` is the unit of work of a reading process: it is pickled by its module
path, so it stays at module level.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Mapping
from typing import Any

from pydantic import ValidationError

from ocpm_desk.features.intake.masking import (
    ESCAPE_RE,
    UNSTORABLE_RE,
    cards_in_raw,
    mask_node,
    quarantine_line,
    rejected,
    spell_escape,
    walk_cards,
)
from ocpm_desk.features.intake.reasons import CARD_REASON, REASONS, reason
from ocpm_desk.features.intake.record_model import PersonIn, RecordIn, validation_reasons
from ocpm_desk.features.intake.results import IntakeOrder, PaymentData, PersonData, Quarantined, order_digest
from ocpm_desk.kernel.identifiers import mask_every_digit
from ocpm_desk.kernel.lifecycle import Status
from ocpm_desk.kernel.phrases import Phrase, parse
from ocpm_desk.kernel.references import ORDER_REFERENCE_RE

#: A longer line is not read whole: it is quarantined (its first bytes kept, masked).
MAX_LINE_BYTES = 64 * 1024
#: Records are 4 levels deep; a deeper line is not read further (nesting must not exhaust the stack).
MAX_DEPTH = 32

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


def _json_detail(message: str) -> Phrase | str:
    """A message of Python's json module as a reason's part (the words of a version that writes others: as they
    are). Python's English, not ours, is read here: what is stored is a key."""
    template, values = parse(message, list(_JSON_KEYS))
    return reason(_JSON_KEYS[template], **values) if template else message


def _unstorable(node: Any) -> bool:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if UNSTORABLE_RE.search(item):
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


# --------------------------------------------------------------------------------------------- one line
def read_line(line_number: int, raw: bytes, services: Collection[str]) -> IntakeOrder | Quarantined:
    """One line of an intake file (without its line break) → an order to import or a quarantined line."""
    if len(raw) > MAX_LINE_BYTES:
        loose = raw.decode("utf-8", errors="replace")
        return rejected(line_number, loose, [_TOO_LONG], cards_in_raw(loose))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        loose = raw.decode("utf-8", errors="replace")
        reasons = [reason("intake.not_utf8", byte=exc.start + 1)]
        # unreadable bytes inside a card number must not hide it: look again without them
        cards = cards_in_raw(loose) or cards_in_raw(loose.replace("\ufffd", ""))
        if not cards and cards_in_raw(re.sub(r"[^\w \t-]", "", loose)):
            # digits that might be a card damaged with its signs: none of them is kept; said to be a card only when
            # escapes spell one (shown spelled, so that its masked place shows)
            spelled = ESCAPE_RE.sub(spell_escape, loose) if "\\" in loose else ""
            if spelled and cards_in_raw(spelled):
                return quarantine_line(line_number, mask_every_digit(spelled), [CARD_REASON, *reasons],
                                       card_number=True)
            return quarantine_line(line_number, mask_every_digit(loose), reasons)
        return rejected(line_number, loose, reasons, cards)
    if text.startswith("\ufeff"):
        text = text[1:]
    raw_cards = cards_in_raw(text)
    if not raw_cards and "\\" not in text:  # the common case: parsed and checked by pydantic in one pass
        try:
            fast = RecordIn.model_validate_json(text, context={"services": services})
        except ValidationError:
            pass  # read again below, for every reason at once
        else:
            if (fast.payment is not None) == (fast.status == "paid"):
                return _order(line_number, fast)
    try:
        obj = json.loads(text)
    except RecursionError:
        return rejected(line_number, text, [DEPTH_REASON], raw_cards)
    except ValueError as exc:
        why = (reason("intake.not_json_at", detail=_json_detail(exc.msg), column=exc.colno)
               if isinstance(exc, json.JSONDecodeError) else reason("intake.not_json", detail=str(exc)))
        return rejected(line_number, text, [why], raw_cards)
    if not isinstance(obj, dict):
        return rejected(line_number, text, [_NOT_AN_OBJECT[type(obj).__name__]], raw_cards)
    if text.count("{") + text.count("[") > MAX_DEPTH and _too_deep(obj):
        return rejected(line_number, text, [DEPTH_REASON], raw_cards)
    cards = list(raw_cards)
    if "\\" in text:  # escapes (\\u0034, \\t, \\/…) may spell digits or separators the raw text does not show
        walk_cards(obj, None, cards)
    reference = obj.get("reference")
    readable = reference if isinstance(reference, str) and ORDER_REFERENCE_RE.fullmatch(reference) else None
    if cards:
        masked = mask_node(obj, None)
        reasons = [CARD_REASON]
        try:
            RecordIn.model_validate(masked, context={"services": services})
        except ValidationError as exc:
            reasons += validation_reasons(exc)
        stored = json.dumps(masked, ensure_ascii=False, separators=(", ", ": "))
        if UNSTORABLE_RE.search(stored):
            stored = json.dumps(masked, ensure_ascii=True, separators=(", ", ": "))
        return quarantine_line(line_number, stored, reasons, reference=readable, cards=cards, card_number=True)
    reasons = _consistency(obj)
    try:
        record = RecordIn.model_validate(obj, context={"services": services})
    except ValidationError as exc:
        return quarantine_line(line_number, text, reasons + validation_reasons(exc), reference=readable)
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


def _person(p: PersonIn) -> PersonData:
    return PersonData(p.avs, p.last_name, p.first_name, p.birth_date, p.email, p.language)


def _order(line_number: int, r: RecordIn) -> IntakeOrder:
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
        digest=order_digest(r.reference, r.service_code, r.quantity, r.ordered_at, applicant, concerned,
                       r.delivery.product, address, payment),
    )


def read_lines(lines: list[tuple[int, bytes]], services: Collection[str]) -> list[IntakeOrder | Quarantined]:
    """``read_line`` over a chunk of (line number, line) pairs: the unit of work of a reading process."""
    return [read_line(number, raw, services) for number, raw in lines]
