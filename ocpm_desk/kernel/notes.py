"""Phrases stored in the database as a key and its values, said in the reader's language when they are shown.

A hold reason, the note of a history line, the message of a condition's evaluation and the reasons a line of an
import was quarantined are written once and read for years, by people who read French or English. They are stored as
a *key* and its typed values, never as a sentence::

    {"key": "history.hold", "params": {"reason": "pièce manquante", "date": {"$date": "2026-12-17"}}}

The key names the sentence in ``STORED`` (its English template, marked for the French catalogue under the context
``Note``): the English wording can change without touching a stored row, and a key no longer known is still shown
(as its values). Keys are ``area.what``:

- ``text``: a person's own words (``{text}``), never translated;
- ``hold.*``: why an order waits (``orders.hold_reason``);
- ``history.<action>``: the note of a history line of that action (``order_events.note``);
- ``condition.<code>.<outcome>``: what an automatic condition found (the ``message`` of a condition result);
- ``legacy``: a note written by OCPM Desk 0.1 that the migration could not read back (kept as it was).

Values are JSON when they are text or numbers, and tagged when they are not, so that the reader gets them back
typed (a date is said the Swiss way, a code by its label): ``{"$date": "2026-12-17"}``, ``{"$chf": 1250}``
(centimes), ``{"$code": ["result", "not_met"]}``, ``{"$list": [...]}``.

The intake's quarantine reasons use the same format, with the templates of ``domain.intake`` (context
``IntakeReason``) as their catalogue.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from ocpm_desk.kernel.money import format_chf
from ocpm_desk.kernel.phrases import QT_TRANSLATE_NOOP, Listing, Phrase, ValueObject, fields_of

__all__ = ["NOTE", "STORED", "Chf", "Code", "decode", "decode_loaded", "encode", "note", "stored_value", "text_note",
           "typed_value", "with_labels"]

#: The translation context of the stored phrases.
NOTE = "Note"


class Chf(ValueObject):
    """An amount in centimes, said ``CHF 1'250.00`` in both languages."""

    __slots__ = ("centimes",)
    COMPARED = ("centimes",)

    def __init__(self, centimes: int) -> None:
        self.centimes = int(centimes)

    def __str__(self) -> str:
        return format_chf(self.centimes)


#: The kinds of code a phrase may carry; the GUI says each by its label (a condition by the title its rule set gives).
CODE_KINDS = frozenset({"result", "condition", "field", "return_reason", "content", "product", "ground", "status"})


class Code(ValueObject):
    """A code of a known ``kind`` (``Code("result", "not_met")``): English says its words, the GUI its label.

    Codes of reference data (a condition, a ground, a postal product) get the label the office gave them when a
    service reads the phrase back (``with_labels``); the label is not stored."""

    __slots__ = ("kind", "label", "value")
    COMPARED = ("kind", "value")

    def __init__(self, kind: str, value: str | None, label: str | None = None) -> None:
        if kind not in CODE_KINDS:
            raise ValueError(f"unknown kind of code {kind!r}")
        self.kind = kind
        self.value = value
        self.label = label

    def __str__(self) -> str:
        return "none" if self.value is None else self.value.replace("_", " ")


#: Every phrase OCPM Desk stores, by key. Placeholders are named; their values are typed as the module says.
STORED: dict[str, str] = {
    "text": QT_TRANSLATE_NOOP("Note", "{text}"),
    "legacy": QT_TRANSLATE_NOOP("Note", "{text}"),
    # why an order waits
    "hold.reason": QT_TRANSLATE_NOOP("Note", "{reason}"),
    "hold.hearing": QT_TRANSLATE_NOOP("Note", "Right to be heard: comments expected by {date} (LPA art. 41)"),
    "hold.hearing_notification": QT_TRANSLATE_NOOP(
        "Note", "Right to be heard: the hearing letter is not notified yet (LPA art. 41)"),
    # notes of the history lines
    "history.conditions_evaluated": QT_TRANSLATE_NOOP("Note", "{met} met, {not_met} not met, {unknown} unknown"),
    "history.hold": QT_TRANSLATE_NOOP("Note", "{reason} (follow-up on {date})"),
    "history.withdraw": QT_TRANSLATE_NOOP("Note", "{note} — the fee paid ({amount}) is kept, not refunded (G2)"),
    "history.condition_ticked": QT_TRANSLATE_NOOP("Note", "{condition}: {result} — {text}"),
    "history.condition_overridden": QT_TRANSLATE_NOOP("Note", "{condition}: {before} → {after} — {text}"),
    "history.condition_override_removed": QT_TRANSLATE_NOOP("Note", "{condition}: override {result} removed"),
    "history.condition_override_removed_note": QT_TRANSLATE_NOOP(
        "Note", "{condition}: override {result} removed — {text}"),
    "history.reassign": QT_TRANSLATE_NOOP("Note", "{before} → {after}"),
    "history.propose_refusal": QT_TRANSLATE_NOOP("Note", "{count} ground(s): {grounds}"),
    "history.hearing_sent": QT_TRANSLATE_NOOP(
        "Note", "hearing letter sent; comments by {reply_by} (follow-up on {follow_up})"),
    "history.hearing_comments": QT_TRANSLATE_NOOP("Note", "hearing: comments received on {date}"),
    "history.hearing_no_comments": QT_TRANSLATE_NOOP("Note", "hearing: no comments within the time limit"),
    "history.decision_issued": QT_TRANSLATE_NOOP("Note", "decision {number}"),
    "history.refusal_returned": QT_TRANSLATE_NOOP("Note", "returned: {text}"),
    "history.imported": QT_TRANSLATE_NOOP("Note", "{source}, line {line}"),
    "history.printed": QT_TRANSLATE_NOOP("Note", "printed: job {job} on {destination}"),
    "history.printed_daily": QT_TRANSLATE_NOOP("Note", "printed: daily run of {date}"),
    "history.shipped": QT_TRANSLATE_NOOP("Note", "{product}"),
    "history.shipped_numbered": QT_TRANSLATE_NOOP("Note", "{product} {number}"),
    "history.returned": QT_TRANSLATE_NOOP("Note", "returned: {reason}"),
    "history.returned_note": QT_TRANSLATE_NOOP("Note", "returned: {reason} — {text}"),
    "history.sent_again": QT_TRANSLATE_NOOP("Note", "sent again"),
    "history.sent_again_corrected": QT_TRANSLATE_NOOP("Note", "sent again; address corrected ({fields})"),
    "history.delivered": QT_TRANSLATE_NOOP("Note", "delivered on {date} ({item})"),
    "history.reissue": QT_TRANSLATE_NOOP("Note", "reissue (error attributable to OCPM): {text}"),
    "history.new_order_needed": QT_TRANSLATE_NOOP(
        "Note", "attributable to the applicant — a new order is needed (G5): {text}"),
    # what the automatic conditions found (domain.conditions)
    "condition.not_found": QT_TRANSLATE_NOOP("Note", "The person concerned was not found in the register."),
    "condition.not_found_check": QT_TRANSLATE_NOOP(
        "Note", "The person concerned was not found in the register; check by hand."),
    "condition.payment_complete.not_paid": QT_TRANSLATE_NOOP("Note", "The order has not been paid."),
    "condition.payment_complete.no_tariff": QT_TRANSLATE_NOOP(
        "Note", "No fee schedule or postage tariff is known at the payment date; check the amount by hand."),
    "condition.payment_complete.not_computable": QT_TRANSLATE_NOOP(
        "Note", "The amount due cannot be computed; check it by hand."),
    "condition.payment_complete.met": QT_TRANSLATE_NOOP("Note", "The amount paid covers the {due} due."),
    "condition.payment_complete.short": QT_TRANSLATE_NOOP("Note", "The amount paid is {short} short of the {due} due."),
    "condition.identity_match.met": QT_TRANSLATE_NOOP("Note", "The identity given matches the register."),
    "condition.identity_match.differs": QT_TRANSLATE_NOOP("Note", "Differs from the register: {fields}."),
    "condition.identity_match.differs_invalid_avs": QT_TRANSLATE_NOOP(
        "Note", "Differs from the register: {fields}. The AVS number given is not a valid one "
        "(756.XXXX.XXXX.XC with a correct check digit)."),
    "condition.registered_in_geneva.met": QT_TRANSLATE_NOOP("Note", "The person is registered in Geneva."),
    "condition.registered_in_geneva.not_met": QT_TRANSLATE_NOOP(
        "Note", "The register shows no current residence in Geneva."),
    "condition.residence_history_exists.met": QT_TRANSLATE_NOOP(
        "Note", "The register holds {count} Geneva residence(s)."),
    "condition.residence_history_exists.not_met": QT_TRANSLATE_NOOP("Note", "The register holds no Geneva residence."),
    "condition.swiss_citizen.met": QT_TRANSLATE_NOOP("Note", "The person is a Swiss citizen."),
    "condition.swiss_citizen.not_met": QT_TRANSLATE_NOOP("Note", "The register does not record Swiss citizenship."),
    "condition.departed_from_geneva.still_lives": QT_TRANSLATE_NOOP("Note", "The person still lives in Geneva."),
    "condition.departed_from_geneva.no_departure": QT_TRANSLATE_NOOP(
        "Note", "The register records no departure from Geneva."),
    "condition.departed_from_geneva.met": QT_TRANSLATE_NOOP("Note", "The register records a departure from Geneva."),
    "condition.requester_entitled.self_adult": QT_TRANSLATE_NOOP(
        "Note", "The applicant is the adult person concerned."),
    "condition.requester_entitled.self_minor": QT_TRANSLATE_NOOP(
        "Note", "The applicant is a minor ordering for themselves; check the consent of a legal representative."),
    "condition.requester_entitled.other_adult": QT_TRANSLATE_NOOP(
        "Note", "The applicant orders for another adult; check the power of attorney."),
    "condition.requester_entitled.not_found": QT_TRANSLATE_NOOP(
        "Note", "The person concerned was not found in the register, so the legal representative cannot be "
        "checked; check by hand."),
    "condition.requester_entitled.representative": QT_TRANSLATE_NOOP(
        "Note", "The applicant is the recorded legal representative of the minor concerned."),
    "condition.requester_entitled.not_representative": QT_TRANSLATE_NOOP(
        "Note", "The applicant is not recorded as the minor's legal representative today; check the power of "
        "attorney."),
    "condition.address_deliverable.met": QT_TRANSLATE_NOOP(
        "Note", "The address is complete and the postal product suits the destination."),
    "condition.address_deliverable.not_met": QT_TRANSLATE_NOOP(
        "Note", "The delivery cannot go out as given; check: {fields}."),
    "condition.service_available_when_ordered.met": QT_TRANSLATE_NOOP(
        "Note", "The service was available on the order date."),
    "condition.service_available_when_ordered.before_offered": QT_TRANSLATE_NOOP(
        "Note", "The service was ordered before it was offered."),
    "condition.service_available_when_ordered.after_withdrawn": QT_TRANSLATE_NOOP(
        "Note", "The service was ordered after it was withdrawn."),
    # values of the evidence the conditions compare
    "evidence.since": QT_TRANSLATE_NOOP("Note", "since {date}"),
    "evidence.offered_from": QT_TRANSLATE_NOOP("Note", "offered from {start}"),
    "evidence.offered_between": QT_TRANSLATE_NOOP("Note", "offered from {start} to {end}"),
    "evidence.the_applicant": QT_TRANSLATE_NOOP("Note", "the applicant"),
    "evidence.another_person": QT_TRANSLATE_NOOP("Note", "another person"),
}


def note(key: str, /, **params: Any) -> Phrase:
    """The stored phrase ``key`` with its values; a key or a value the catalogue does not know is a programming
    error (``ValueError``), found by the tests of the code that writes it."""
    template = STORED.get(key)
    if template is None:
        raise ValueError(f"unknown stored phrase {key!r}")
    names = {name for name, _conversion, _spec in fields_of(template)}
    if names != set(params):
        raise ValueError(f"stored phrase {key!r} takes {sorted(names)}, not {sorted(params)}")
    phrase = Phrase(template, context=NOTE, **params)
    phrase.key = key
    return phrase


def with_labels(phrase: Phrase | None, labels: Mapping[tuple[str, str], str]) -> Phrase | None:
    """``phrase`` with the codes of reference data labelled from ``labels`` ((kind, code) → label)."""
    if phrase is None:
        return None

    def labelled(value: Any) -> Any:
        if isinstance(value, Code) and value.value is not None:
            return Code(value.kind, value.value, labels.get((value.kind, value.value), value.label))
        if isinstance(value, Listing):
            return Listing((labelled(item) for item in value.items), value.separator, value.context)
        if isinstance(value, Phrase):
            return with_labels(value, labels)
        return value

    out = Phrase(phrase.template, context=phrase.context, **{n: labelled(v) for n, v in phrase.params.items()})
    out.key = phrase.key
    return out


def text_note(text: str) -> Phrase:
    """A person's own words, stored as they typed them."""
    return note("text", text=text)


def stored_value(value: Any) -> Any:
    """A value of a stored phrase (or of a condition's evidence) as JSON, tagged when JSON has no such type."""
    if isinstance(value, bool) or value is None or isinstance(value, int | str):
        return value
    if isinstance(value, Phrase):
        return {"$phrase": _stored(value)}
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, Chf):
        return {"$chf": value.centimes}
    if isinstance(value, Code):
        return {"$code": [value.kind, value.value]}
    if isinstance(value, Listing):
        return {"$list": [stored_value(item) for item in value.items]}
    raise TypeError(f"a stored phrase cannot keep a value of type {type(value).__name__}")


def typed_value(value: Any, catalogue: Mapping[str, str] | None = None, context: str = NOTE) -> Any:
    """The value ``stored_value`` wrote, typed again (a nested phrase from ``catalogue``, ``STORED`` by default,
    under ``context``: the catalogue of the phrase that holds it)."""
    if isinstance(value, dict) and len(value) == 1:
        (tag, content), = value.items()
        if tag == "$date":
            return date.fromisoformat(content)
        if tag == "$datetime":
            return datetime.fromisoformat(content)
        if tag == "$chf":
            return Chf(content)
        if tag == "$code":
            return Code(content[0], content[1])
        if tag == "$list":
            return Listing(typed_value(item, catalogue, context) for item in content)
        if tag == "$phrase":
            return _phrase(content, catalogue if catalogue is not None else STORED, context)
    return value


def encode(phrase: Phrase) -> str:
    """The stored form of a phrase made by ``note`` (or by another catalogue with a ``key``)."""
    return json.dumps(_stored(phrase), ensure_ascii=False, sort_keys=True)


def _stored(phrase: Phrase) -> dict[str, Any]:
    if not phrase.key:
        raise ValueError(f"only a phrase with a key can be stored: {phrase!r}")
    return {"key": phrase.key, "params": {name: stored_value(v) for name, v in phrase.params.items()}}


def decode(stored: str | None, catalogue: Mapping[str, str] | None = None, context: str = NOTE) -> Phrase | None:
    """The phrase a stored text holds (``catalogue``: key → template, ``STORED`` by default). A text that is not a
    stored phrase, or names a key no longer known, comes back as its words (key ``legacy``); None stays None."""
    if stored is None or stored == "":
        return None
    try:
        data = json.loads(stored) if stored.startswith("{") else None
    except ValueError:
        data = None
    if not isinstance(data, dict):
        return note("legacy", text=stored)
    return _phrase(data, catalogue if catalogue is not None else STORED, context, stored)


def decode_loaded(data: Any, catalogue: Mapping[str, str] | None = None, context: str = NOTE) -> Phrase:
    """``decode`` of a stored phrase already read from JSON (an item of a list of them, as the intake's quarantine
    reasons are kept); anything else comes back as its words (key ``legacy``)."""
    return _phrase(data, catalogue if catalogue is not None else STORED, context)


def _phrase(data: Any, catalogue: Mapping[str, str], context: str, stored: str = "") -> Phrase:
    if not isinstance(data, dict) or not isinstance(data.get("key"), str) or not isinstance(data.get("params"), dict):
        return note("legacy", text=stored or str(data))
    params = {name: typed_value(value, catalogue, context) for name, value in data["params"].items()}
    template = catalogue.get(data["key"])
    if template is None or {n for n, _c, _s in fields_of(template)} != set(params):
        words = " ".join(str(v) for v in params.values())
        return note("legacy", text=words or data["key"])
    phrase = Phrase(template, context=context, **params)
    phrase.key = data["key"]
    return phrase
