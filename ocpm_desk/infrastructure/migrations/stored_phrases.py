"""The English notes OCPM Desk 0.1 stored, read back once into keyed phrases (migration 0014).

0.1 wrote hold reasons, history notes and what the automatic conditions found as English sentences with their values
inside; the screens parsed them back with patterns. Since 0014 they are stored as a key and typed values
(``domain.notes``). This module holds 0.1's formats, frozen, and is the only place that parses those sentences:
a sentence it does not recognise is kept word for word under the key ``legacy`` (a person's own words typed in a
note — the demo's are French — are kept under ``text``, since they are exactly that).

Audit events (chained) and issued decisions (frozen) are not touched.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from typing import Any

import sqlalchemy as sa

__all__ = ["convert_condition_results", "convert_hold_reasons", "convert_order_events", "history_phrase"]

_DATE = r"(\d{4}-\d{2}-\d{2})"
_CHF = re.compile(r"CHF ([\d']+)\.(\d{2})")
_RETURN_REASONS = r"(not_collected|unknown_address|refused|moved|other)"

Stored = dict[str, Any]


def _phrase(key: str, **params: Any) -> Stored:
    return {"key": key, "params": params}


def _date(text: str) -> Stored:
    return {"$date": date.fromisoformat(text).isoformat()}


def _code(kind: str, value: str | None) -> Stored:
    return {"$code": [kind, value]}


def _chf(text: str) -> Stored | str:
    found = _CHF.fullmatch(text.strip())
    if found is None:
        return text
    return {"$chf": int(found.group(1).replace("'", "")) * 100 + int(found.group(2))}


def _result(text: str) -> Stored:
    return _code("result", None if text == "None" else text)


#: (actions or None for any, pattern, builder) in the order they are tried.
_Builder = Callable[[re.Match[str]], Stored]
_HISTORY: list[tuple[frozenset[str] | None, re.Pattern[str], _Builder]] = [
    (None, re.compile(r"(\d+) met, (\d+) not met, (\d+) unknown"),
     lambda m: _phrase("history.conditions_evaluated", met=int(m[1]), not_met=int(m[2]), unknown=int(m[3]))),
    (None, re.compile(rf"hearing letter sent; comments by {_DATE} \(follow-up on {_DATE}\)"),
     lambda m: _phrase("history.hearing_sent", reply_by=_date(m[1]), follow_up=_date(m[2]))),
    (None, re.compile(rf"(?:hearing: )?comments received on {_DATE}"),
     lambda m: _phrase("history.hearing_comments", date=_date(m[1]))),
    (None, re.compile(r"(?:hearing: )?no comments within the time limit"),
     lambda m: _phrase("history.hearing_no_comments")),
    (frozenset({"withdraw"}), re.compile(r"(?s)(.*) — the fee paid \((CHF [\d.']+)\) is kept, not refunded \(G2\)"),
     lambda m: _phrase("history.withdraw", note=m[1], amount=_chf(m[2]))),
    (frozenset({"condition_ticked"}), re.compile(r"(?s)([a-z_]+): (met|not_met) — (.*)"),
     lambda m: _phrase("history.condition_ticked", condition=_code("condition", m[1]), result=_result(m[2]),
                       text=m[3])),
    (frozenset({"condition_overridden"}),
     re.compile(r"(?s)([a-z_]+): (met|not_met|unknown|None) → (met|not_met) — (.*)"),
     lambda m: _phrase("history.condition_overridden", condition=_code("condition", m[1]), before=_result(m[2]),
                       after=_result(m[3]), text=m[4])),
    (frozenset({"condition_override_removed"}), re.compile(r"(?s)([a-z_]+): override (met|not_met) removed — (.*)"),
     lambda m: _phrase("history.condition_override_removed_note", condition=_code("condition", m[1]),
                       result=_result(m[2]), text=m[3])),
    (frozenset({"condition_override_removed"}), re.compile(r"([a-z_]+): override (met|not_met) removed"),
     lambda m: _phrase("history.condition_override_removed", condition=_code("condition", m[1]),
                       result=_result(m[2]))),
    (frozenset({"reassign"}), re.compile(r"(\S*) → (\S+)"),
     lambda m: _phrase("history.reassign", before=None if m[1] in ("", "None") else m[1], after=m[2])),
    (frozenset({"propose_refusal"}), re.compile(r"(\d+) ground\(s\): (.*)"),
     lambda m: _phrase("history.propose_refusal", count=int(m[1]), grounds={"$list": [
         _code("ground", code.strip()) for code in m[2].split(",") if code.strip()]})),
    (frozenset({"approve_refusal"}), re.compile(r"decision (\S+)"),
     lambda m: _phrase("history.decision_issued", number=m[1])),
    (frozenset({"return_refusal"}), re.compile(r"(?s)returned: (.*)"),
     lambda m: _phrase("history.refusal_returned", text=m[1])),
    (None, re.compile(rf"(?s)returned: {_RETURN_REASONS} — (.*)"),
     lambda m: _phrase("history.returned_note", reason=_code("return_reason", m[1]), text=m[2])),
    (None, re.compile(rf"returned: {_RETURN_REASONS}"),
     lambda m: _phrase("history.returned", reason=_code("return_reason", m[1]))),
    (None, re.compile(r"printed: job (.*) on (.*)"),
     lambda m: _phrase("history.printed", job=m[1], destination=m[2])),
    (None, re.compile(r"printed: daily run of (\d{2})\.(\d{2})\.(\d{4})"),
     lambda m: _phrase("history.printed_daily", date=_date(f"{m[3]}-{m[2]}-{m[1]}"))),
    (frozenset({"ship"}), re.compile(r"(\S+) (\S+)"),
     lambda m: _phrase("history.shipped_numbered", product=_code("product", m[1]), number=m[2])),
    (frozenset({"ship"}), re.compile(r"(\S+)"),
     lambda m: _phrase("history.shipped", product=_code("product", m[1]))),
    (None, re.compile(r"sent again; address corrected \((.*)\)"),
     lambda m: _phrase("history.sent_again_corrected", fields={"$list": [
         _code("field", f.strip()) for f in m[1].split(",") if f.strip()]})),
    (None, re.compile(r"sent again"), lambda m: _phrase("history.sent_again")),
    (None, re.compile(rf"delivered on {_DATE} \((.*)\)"),
     lambda m: _phrase("history.delivered", date=_date(m[1]), item=m[2])),
    (None, re.compile(r"(?s)reissue \(error attributable to OCPM\): (.*)"),
     lambda m: _phrase("history.reissue", text=m[1])),
    (None, re.compile(r"(?s)attributable to the applicant — a new order is needed \(G5\): (.*)"),
     lambda m: _phrase("history.new_order_needed", text=m[1])),
    (frozenset({"receive", "validate_payment", "cancel"}), re.compile(r"(.*), line (\d+)"),
     lambda m: _phrase("history.imported", source=m[1], line=int(m[2]))),
    (frozenset({"hold"}), re.compile(rf"(?s)(.*) \(follow-up on {_DATE}\)"),
     lambda m: _phrase("history.hold", reason=m[1], date=_date(m[2]))),
]


def history_phrase(action: str, note: str) -> Stored:
    """The keyed phrase of a 0.1 history note (``text`` for a person's own words)."""
    for actions, pattern, build in _HISTORY:
        if actions is not None and action not in actions:
            continue
        found = pattern.fullmatch(note)
        if found is not None:
            try:
                return build(found)
            except ValueError:  # a date that is not one: keep the words
                break
    return _phrase("text", text=note)


_HEARING_HOLD = re.compile(rf"Right to be heard: comments expected by {_DATE} \(LPA art\. 41\)")


def hold_phrase(reason: str) -> Stored:
    found = _HEARING_HOLD.fullmatch(reason)
    if found is not None:
        return _phrase("hold.hearing", date=_date(found[1]))
    return _phrase("hold.reason", reason=reason)


# ---- what the automatic conditions found -----------------------------------------------------------------------

_MESSAGES: dict[str, str] = {
    "The order has not been paid.": "condition.payment_complete.not_paid",
    "No fee schedule or postage tariff is known at the payment date; check the amount by hand.":
        "condition.payment_complete.no_tariff",
    "The identity given matches the register.": "condition.identity_match.met",
    "The person concerned was not found in the register.": "condition.not_found",
    "The person concerned was not found in the register; check by hand.": "condition.not_found_check",
    "The person concerned was not found in the register, so the legal representative cannot be checked; check by "
    "hand.": "condition.requester_entitled.not_found",
    "The person is registered in Geneva.": "condition.registered_in_geneva.met",
    "The register shows no current residence in Geneva.": "condition.registered_in_geneva.not_met",
    "The register holds no Geneva residence.": "condition.residence_history_exists.not_met",
    "The person is a Swiss citizen.": "condition.swiss_citizen.met",
    "The register does not record Swiss citizenship.": "condition.swiss_citizen.not_met",
    "The person still lives in Geneva.": "condition.departed_from_geneva.still_lives",
    "The register records no departure from Geneva.": "condition.departed_from_geneva.no_departure",
    "The register records a departure from Geneva.": "condition.departed_from_geneva.met",
    "The applicant is the adult person concerned.": "condition.requester_entitled.self_adult",
    "The applicant is a minor ordering for themselves; check the consent of a legal representative.":
        "condition.requester_entitled.self_minor",
    "The applicant orders for another adult; check the power of attorney.": "condition.requester_entitled.other_adult",
    "The applicant is the recorded legal representative of the minor concerned.":
        "condition.requester_entitled.representative",
    "The applicant is not recorded as the minor's legal representative today; check the power of attorney.":
        "condition.requester_entitled.not_representative",
    "The address is complete and the postal product suits the destination.": "condition.address_deliverable.met",
    "The service was available on the order date.": "condition.service_available_when_ordered.met",
    "The service was ordered before it was offered.": "condition.service_available_when_ordered.before_offered",
    "The service was ordered after it was withdrawn.": "condition.service_available_when_ordered.after_withdrawn",
}
_COVERS = re.compile(r"The amount paid covers the (CHF [\d.']+) due\.")
_SHORT = re.compile(r"The amount paid is (CHF [\d.']+) short of the (CHF [\d.']+) due\.")
_RESIDENCES = re.compile(r"The register holds (\d+) Geneva residence\(s\)\.")


def condition_message(message: str, evidence: list[dict[str, Any]]) -> Stored | None:
    """The keyed phrase of what a 0.1 evaluation found; None for no message (a manual tick)."""
    if not message:
        return None
    if message in _MESSAGES:
        return _phrase(_MESSAGES[message])
    if message.startswith("The amount due cannot be computed"):
        return _phrase("condition.payment_complete.not_computable")
    if found := _COVERS.fullmatch(message):
        return _phrase("condition.payment_complete.met", due=_chf(found[1]))
    if found := _SHORT.fullmatch(message):
        return _phrase("condition.payment_complete.short", short=_chf(found[1]), due=_chf(found[2]))
    if found := _RESIDENCES.fullmatch(message):
        return _phrase("condition.residence_history_exists.met", count=int(found[1]))
    differing = [e.get("field") for e in evidence if not e.get("matches")]
    if message.startswith("Differs from the register:"):
        key = ("condition.identity_match.differs_invalid_avs" if "is not a valid one" in message
               else "condition.identity_match.differs")
        return _phrase(key, fields={"$list": [_code("field", f) for f in differing]})
    if message.startswith("The delivery cannot go out as given:"):
        return _phrase("condition.address_deliverable.not_met",
                       fields={"$list": [_code("field", f) for f in dict.fromkeys(differing)]})
    return _phrase("legacy", text=message)


_ISO = re.compile(_DATE)
_SINCE = re.compile(rf"since {_DATE}")
_WINDOW = re.compile(rf"{_DATE} to ({_DATE[1:-1]}|open)")


def evidence_value(field: str, value: Any) -> Any:
    """A 0.1 evidence value (text) typed as 0014 stores it."""
    if not isinstance(value, str):
        return value
    if value in ("yes", "no"):
        return value == "yes"
    if value == "the applicant":
        return {"$phrase": _phrase("evidence.the_applicant")}
    if value == "another person":
        return {"$phrase": _phrase("evidence.another_person")}
    if _ISO.fullmatch(value):
        return _date(value)
    if found := _SINCE.fullmatch(value):
        return {"$phrase": _phrase("evidence.since", date=_date(found[1]))}
    if found := _WINDOW.fullmatch(value):
        if found[2] == "open":
            return {"$phrase": _phrase("evidence.offered_from", start=_date(found[1]))}
        return {"$phrase": _phrase("evidence.offered_between", start=_date(found[1]), end=_date(found[2]))}
    if field in ("fee", "postage", "total") and _CHF.fullmatch(value):
        return _chf(value)
    if field == "residences" and value.isdigit():
        return int(value)
    return value


def _is_new(text: str) -> bool:
    """A value already in the 0014 form (a migration run twice changes nothing)."""
    return text.startswith("{") and '"key"' in text


def _dump(stored: Stored) -> str:
    return json.dumps(stored, ensure_ascii=False, sort_keys=True)


def convert_hold_reasons(connection: sa.Connection) -> int:
    orders = sa.table("orders", sa.column("id"), sa.column("hold_reason"))
    rows = connection.execute(sa.select(orders.c.id, orders.c.hold_reason).where(orders.c.hold_reason.is_not(None)))
    changes = [{"i": i, "v": _dump(hold_phrase(reason))} for i, reason in rows if not _is_new(reason)]
    if changes:
        connection.execute(orders.update().where(orders.c.id == sa.bindparam("i")).values(
            hold_reason=sa.bindparam("v")), changes)
    return len(changes)


def convert_order_events(connection: sa.Connection, batch: int = 5000) -> int:
    """Every history note, in batches (a large office has millions of lines)."""
    events = sa.table("order_events", sa.column("id"), sa.column("action"), sa.column("note"))
    done, last = 0, 0
    while True:
        rows = connection.execute(
            sa.select(events.c.id, events.c.action, events.c.note)
            .where(events.c.id > last, events.c.note.is_not(None)).order_by(events.c.id).limit(batch)).all()
        if not rows:
            return done
        last = rows[-1][0]
        changes = [{"i": i, "v": _dump(history_phrase(action, note))} for i, action, note in rows
                   if not _is_new(note)]
        if changes:
            connection.execute(events.update().where(events.c.id == sa.bindparam("i")).values(
                note=sa.bindparam("v")), changes)
            done += len(changes)


def convert_condition_results(connection: sa.Connection) -> int:
    results = sa.table("condition_results", sa.column("id"), sa.column("evidence"))
    changes = []
    for row_id, text in connection.execute(
            sa.select(results.c.id, results.c.evidence).where(results.c.evidence.is_not(None))):
        data = json.loads(text)
        message = data.get("message")
        if not isinstance(message, str):
            continue  # already converted
        evidence = data.get("evidence") or []
        found = condition_message(message, evidence)
        data["message"] = None if found is None else {"$phrase": found}
        data["evidence"] = [{**e, "given": evidence_value(e.get("field", ""), e.get("given")),
                             "register": evidence_value(e.get("field", ""), e.get("register"))} for e in evidence]
        changes.append({"i": row_id, "v": json.dumps(data, ensure_ascii=False)})
    if changes:
        connection.execute(results.update().where(results.c.id == sa.bindparam("i")).values(
            evidence=sa.bindparam("v")), changes)
    return len(changes)
