"""What the order screen calls the values of an order on screen (DESIGN §6): condition results, compared fields,
register facts, history actions and notes.

The services speak English source form (codes, ``key:value`` facts, plain-English messages and notes); this module
turns them into the user's language at call time. A text it does not know is shown as it is rather than hidden.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ocpm_desk.domain.calendar import GENEVA
from ocpm_desk.domain.errors import DomainError
from ocpm_desk.gui.failures import phrase_text, quoted, reader_value, render_translated
from ocpm_desk.gui.formatting import format_date

if TYPE_CHECKING:
    from ocpm_desk.services.desk import HearingView, SubmitBlocker, SubmitBlockerKind


def iso_date(text: str | None) -> str:
    """``2026-03-12`` → ``12.03.2026``; anything else unchanged ("—" for nothing)."""
    if text is None or text == "":
        return "—"
    try:
        return format_date(date.fromisoformat(text))
    except ValueError:
        return text


# ---- condition results -----------------------------------------------------------------------------------------

RESULT_MARKS = {"met": "✓", "not_met": "✗", "unknown": "?", None: "☐"}


def result_label(result: str | None) -> str:
    """``met``, ``not_met``, ``unknown``, or None for a manual condition not ticked yet."""
    return {
        "met": QCoreApplication.translate("OrderText", "Met"),
        "not_met": QCoreApplication.translate("OrderText", "Not met"),
        "unknown": QCoreApplication.translate("OrderText", "Unknown"),
        None: QCoreApplication.translate("OrderText", "To tick"),
    }.get(result, result or "")


def result_text(result: str | None) -> str:
    """The mark and the word: colour is never the only signal."""
    return f"{RESULT_MARKS.get(result, '•')} {result_label(result)}"


def evaluator_label(evaluator: str) -> str:
    return {
        "automatic": QCoreApplication.translate("OrderText", "automatic"),
        "manual": QCoreApplication.translate("OrderText", "manual"),
    }.get(evaluator, evaluator)


# ---- compared fields and evidence ----------------------------------------------------------------------------


def _field_labels() -> dict[str, str]:
    return {
        "avs": QCoreApplication.translate("OrderText", "AVS number"),
        "last_name": QCoreApplication.translate("OrderText", "Last name"),
        "first_name": QCoreApplication.translate("OrderText", "First name"),
        "birth_date": QCoreApplication.translate("OrderText", "Birth date"),
        "fee": QCoreApplication.translate("OrderText", "Fee"),
        "postage": QCoreApplication.translate("OrderText", "Postage"),
        "total": QCoreApplication.translate("OrderText", "Total"),
        "current_residence": QCoreApplication.translate("OrderText", "Current residence"),
        "residences": QCoreApplication.translate("OrderText", "Geneva residences"),
        "swiss_citizen": QCoreApplication.translate("OrderText", "Swiss citizen"),
        "departed_on": QCoreApplication.translate("OrderText", "Departure"),
        "person_concerned": QCoreApplication.translate("OrderText", "Person concerned"),
        "adult": QCoreApplication.translate("OrderText", "Aged 18 or over"),
        "minor": QCoreApplication.translate("OrderText", "Under 18"),
        "legal_representative": QCoreApplication.translate("OrderText", "Legal representative"),
        "ordered_on": QCoreApplication.translate("OrderText", "Order date"),
        "product": QCoreApplication.translate("OrderText", "Postal product"),
        "mr_mrs": QCoreApplication.translate("OrderText", "Salutation"),
        "street": QCoreApplication.translate("OrderText", "Street"),
        "house_number": QCoreApplication.translate("OrderText", "House number"),
        "swiss_zip_code": QCoreApplication.translate("OrderText", "Postcode"),
        "foreign_zip_code": QCoreApplication.translate("OrderText", "Foreign postcode"),
        "town": QCoreApplication.translate("OrderText", "Town"),
        "country": QCoreApplication.translate("OrderText", "Country"),
        "organisation": QCoreApplication.translate("OrderText", "Organisation"),
        "address_line": QCoreApplication.translate("OrderText", "Address line"),
        "dwelling_number": QCoreApplication.translate("OrderText", "Dwelling number"),
        "post_office_box": QCoreApplication.translate("OrderText", "Post office box"),
    }


def field_label(field: str) -> str:
    return _field_labels().get(field, field.replace("_", " "))


_SINCE = re.compile(r"since (\d{4}-\d{2}-\d{2})")
_WINDOW = re.compile(r"(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2}|open)")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def evidence_value(field: str, value: str | None) -> str:
    """A value of the evidence (or of a compared field) as a person reads it: dates, yes/no, a few phrases."""
    if value is None:
        return "—"
    words = {
        "yes": QCoreApplication.translate("OrderText", "yes"),
        "no": QCoreApplication.translate("OrderText", "no"),
        "the applicant": QCoreApplication.translate("OrderText", "the applicant"),
        "another person": QCoreApplication.translate("OrderText", "another person"),
    }
    if value in words:
        return words[value]
    if _ISO.fullmatch(value):
        return iso_date(value)
    since = _SINCE.fullmatch(value)
    if since:
        return QCoreApplication.translate("OrderText", "since {date}").format(date=iso_date(since.group(1)))
    window = _WINDOW.fullmatch(value)
    if window:
        start, end = window.groups()
        if end == "open":
            return QCoreApplication.translate("OrderText", "offered from {start}").format(start=iso_date(start))
        return QCoreApplication.translate("OrderText", "offered from {start} to {end}").format(
            start=iso_date(start), end=iso_date(end))
    return value


# ---- messages of the automatic conditions ----------------------------------------------------------------------

_PatternText = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


def _message_patterns() -> list[_PatternText]:
    return [
        (re.compile(r"The amount paid covers the (CHF [\d.']+) due\."),
         lambda m: QCoreApplication.translate("OrderText", "The amount paid covers the {due} due.").format(
             due=m.group(1))),
        (re.compile(r"The amount paid is (CHF [\d.']+) short of the (CHF [\d.']+) due\."),
         lambda m: QCoreApplication.translate("OrderText", "The amount paid is {short} short of the {due} due.").format(
             short=m.group(1), due=m.group(2))),
        (re.compile(r"The amount due cannot be computed: .*"),
         lambda m: QCoreApplication.translate("OrderText", "The amount due cannot be computed; check it by hand.")),
        (re.compile(r"The register holds (\d+) Geneva residence\(s\)\."),
         lambda m: QCoreApplication.translate("OrderText", "The register holds {count} Geneva residence(s).").format(
             count=m.group(1))),
    ]  # fmt: skip


#: The fixed messages of the automatic conditions (``domain.conditions``), translated as they are written.
KNOWN_MESSAGES = frozenset({
    QT_TRANSLATE_NOOP("OrderText", "The order has not been paid."),
    QT_TRANSLATE_NOOP("OrderText",
                      "No fee schedule or postage tariff is known at the payment date; check the amount by hand."),
    QT_TRANSLATE_NOOP("OrderText", "The identity given matches the register."),
    QT_TRANSLATE_NOOP("OrderText", "The person concerned was not found in the register."),
    QT_TRANSLATE_NOOP("OrderText", "The person concerned was not found in the register; check by hand."),
    QT_TRANSLATE_NOOP("OrderText", "The person concerned was not found in the register, so the legal "
                                   "representative cannot be checked; check by hand."),
    QT_TRANSLATE_NOOP("OrderText", "The person is registered in Geneva."),
    QT_TRANSLATE_NOOP("OrderText", "The register shows no current residence in Geneva."),
    QT_TRANSLATE_NOOP("OrderText", "The register holds no Geneva residence."),
    QT_TRANSLATE_NOOP("OrderText", "The person is a Swiss citizen."),
    QT_TRANSLATE_NOOP("OrderText", "The register does not record Swiss citizenship."),
    QT_TRANSLATE_NOOP("OrderText", "The person still lives in Geneva."),
    QT_TRANSLATE_NOOP("OrderText", "The register records no departure from Geneva."),
    QT_TRANSLATE_NOOP("OrderText", "The register records a departure from Geneva."),
    QT_TRANSLATE_NOOP("OrderText", "The applicant is the adult person concerned."),
    QT_TRANSLATE_NOOP("OrderText", "The applicant is a minor ordering for themselves; check the consent of a "
                                   "legal representative."),
    QT_TRANSLATE_NOOP("OrderText", "The applicant orders for another adult; check the power of attorney."),
    QT_TRANSLATE_NOOP("OrderText", "The applicant is the recorded legal representative of the minor concerned."),
    QT_TRANSLATE_NOOP("OrderText", "The applicant is not recorded as the minor's legal representative today; "
                                   "check the power of attorney."),
    QT_TRANSLATE_NOOP("OrderText", "The address is complete and the postal product suits the destination."),
    QT_TRANSLATE_NOOP("OrderText", "The service was available on the order date."),
    QT_TRANSLATE_NOOP("OrderText", "The service was ordered before it was offered."),
    QT_TRANSLATE_NOOP("OrderText", "The service was ordered after it was withdrawn."),
})  # fmt: skip


def condition_message(code: str, message: str, evidence: Iterable[tuple[str, bool]] = ()) -> str:
    """The message of an automatic condition in the user's language; ``evidence`` gives (field, matches) pairs,
    which name the fields in the messages that list them (identity, address)."""
    if not message:
        return ""
    if message in KNOWN_MESSAGES:
        return QCoreApplication.translate("OrderText", message)
    differing = [field_label(field).lower() for field, matches in evidence if not matches]
    if message.startswith("Differs from the register:"):
        text = QCoreApplication.translate("OrderText", "Differs from the register: {fields}.").format(
            fields=", ".join(differing))
        if "is not a valid one" in message:
            text += " " + QCoreApplication.translate(
                "OrderText", "The AVS number given is not a valid one (756.XXXX.XXXX.XC with a correct check digit).")
        return text
    if message.startswith("The delivery cannot go out as given:"):
        return QCoreApplication.translate("OrderText", "The delivery cannot go out as given; check: {fields}.").format(
            fields=", ".join(differing))
    for pattern, build in _message_patterns():
        found = pattern.fullmatch(message)
        if found:
            return build(found)
    return message


# ---- register facts --------------------------------------------------------------------------------------------


def register_fact(line: str) -> str:
    """A ``key:value`` fact of the register record (see ``services.casework``) as one line of text."""
    key, _, value = line.partition(":")
    yes = value == "yes"
    texts = {
        "registered_in_geneva": (QCoreApplication.translate("OrderText", "Lives in Geneva") if yes
                                 else QCoreApplication.translate("OrderText", "No current residence in Geneva")),
        "swiss_citizen": (QCoreApplication.translate("OrderText", "Swiss citizen") if yes
                          else QCoreApplication.translate("OrderText", "Not a Swiss citizen")),
        "minor": (QCoreApplication.translate("OrderText", "Under 18") if yes
                  else QCoreApplication.translate("OrderText", "18 or over")),
    }  # fmt: skip
    if key in texts:
        return texts[key]
    formats = {
        "resident_since": (QCoreApplication.translate("OrderText", "In Geneva since {value}"), iso_date(value)),
        "commune": (QCoreApplication.translate("OrderText", "Commune: {value}"), value),
        "departed_on": (QCoreApplication.translate("OrderText", "Left Geneva on {value}"), iso_date(value)),
        "residences": (QCoreApplication.translate("OrderText", "Geneva residences in the register: {value}"), value),
        "nationality": (QCoreApplication.translate("OrderText", "Nationality: {value}"), value),
        "permit": (QCoreApplication.translate("OrderText", "Residence permit: {value}"), value),
        "guardian_of": (QCoreApplication.translate("OrderText", "Legal representation of {value}"), value),
        "represented_by": (QCoreApplication.translate("OrderText", "Legally represented by {value}"), value),
    }
    if key in formats:
        text, shown = formats[key]
        return text.format(value=shown)
    return line


# ---- people ----------------------------------------------------------------------------------------------------


def person_role_label(role: str) -> str:
    return {
        "applicant": QCoreApplication.translate("OrderText", "Applicant"),
        "concerned": QCoreApplication.translate("OrderText", "Person concerned"),
    }.get(role, role)


# ---- history ---------------------------------------------------------------------------------------------------


def history_action_label(action: str) -> str:
    labels = {
        "receive": QCoreApplication.translate("OrderText", "Order received"),
        "validate_payment": QCoreApplication.translate("OrderText", "Payment validated"),
        "cancel": QCoreApplication.translate("OrderText", "Cancelled before payment"),
        "claim": QCoreApplication.translate("OrderText", "Claimed"),
        "release": QCoreApplication.translate("OrderText", "Released"),
        "reassign": QCoreApplication.translate("OrderText", "Reassigned"),
        "assign": QCoreApplication.translate("OrderText", "Assigned"),
        "hold": QCoreApplication.translate("OrderText", "Put on hold"),
        "resume": QCoreApplication.translate("OrderText", "Review resumed"),
        "approve": QCoreApplication.translate("OrderText", "Approved"),
        "propose_refusal": QCoreApplication.translate("OrderText", "Refusal proposed"),
        "return_refusal": QCoreApplication.translate("OrderText", "Refusal proposal returned"),
        "approve_refusal": QCoreApplication.translate("OrderText", "Refusal approved"),
        "withdraw": QCoreApplication.translate("OrderText", "Withdrawal recorded"),
        "print": QCoreApplication.translate("OrderText", "Documents printed"),
        "ship": QCoreApplication.translate("OrderText", "Handed to the post"),
        "deliver": QCoreApplication.translate("OrderText", "Delivered"),
        "record_return": QCoreApplication.translate("OrderText", "Returned by the post"),
        "send_again": QCoreApplication.translate("OrderText", "Sent again"),
        "reissue": QCoreApplication.translate("OrderText", "Reissued (error attributable to OCPM)"),
        "conditions_evaluated": QCoreApplication.translate("OrderText", "Conditions evaluated"),
        "condition_ticked": QCoreApplication.translate("OrderText", "Condition ticked"),
        "condition_overridden": QCoreApplication.translate("OrderText", "Result overridden"),
        "condition_override_removed": QCoreApplication.translate("OrderText", "Override removed"),
    }
    return labels.get(action.removeprefix("order."), action)


_EVALUATED = re.compile(r"(\d+) met, (\d+) not met, (\d+) unknown")
_HOLD = re.compile(r"(?s)(.*) \(follow-up on (\d{4}-\d{2}-\d{2})\)")
_WITHDRAW = re.compile(r"(?s)(.*) — the fee paid \((CHF [\d.']+)\) is kept, not refunded \(G2\)")
_TICKED = re.compile(r"(?s)([a-z_]+): (met|not_met) — (.*)")
_OVERRIDDEN = re.compile(r"(?s)([a-z_]+): (met|not_met|unknown|None) → (met|not_met) — (.*)")
_REMOVED = re.compile(r"(?s)([a-z_]+): override (met|not_met) removed(?: — (.*))?")


def history_note(action: str, note: str | None, condition_labels: dict[str, str]) -> str:
    """The note of a history entry in the user's language where the services wrote it in a known form."""
    if not note:
        return ""
    action = action.removeprefix("order.")

    def label(code: str) -> str:
        return condition_labels.get(code, code)

    if action == "conditions_evaluated" and (m := _EVALUATED.fullmatch(note)):
        return QCoreApplication.translate("OrderText", "{met} met, {not_met} not met, {unknown} unknown").format(
            met=m.group(1), not_met=m.group(2), unknown=m.group(3))
    if action == "hold" and (m := _HOLD.fullmatch(note)):
        return QCoreApplication.translate("OrderText", "{reason} (follow-up on {date})").format(
            reason=m.group(1), date=iso_date(m.group(2)))
    if action == "withdraw" and (m := _WITHDRAW.fullmatch(note)):
        return QCoreApplication.translate("OrderText", "{note} — the fee paid ({amount}) is kept, not refunded").format(
            note=m.group(1), amount=m.group(2))
    if action == "condition_ticked" and (m := _TICKED.fullmatch(note)):
        return f"{label(m.group(1))} : {result_label(m.group(2))} — {m.group(3)}"
    if action == "condition_overridden" and (m := _OVERRIDDEN.fullmatch(note)):
        before = m.group(2)
        return (f"{label(m.group(1))} : {result_label(None if before == 'None' else before)} → "
                f"{result_label(m.group(3))} — {m.group(4)}")
    if action == "condition_override_removed" and (m := _REMOVED.fullmatch(note)):
        text = QCoreApplication.translate("OrderText", "{condition}: override “{result}” removed").format(
            condition=label(m.group(1)), result=result_label(m.group(2)))
        return f"{text} — {m.group(3)}" if m.group(3) else text
    return note


_RULE_SET = re.compile(r"(\S+) from (\d{4}-\d{2}-\d{2})(?: to (\d{4}-\d{2}-\d{2}))?")


def rule_set_text(label: str) -> str:
    """``ATT-RES from 2024-01-01`` → the rule set in the user's language."""
    if not label:
        return QCoreApplication.translate("OrderText", "No rule set was in force on the payment date.")
    found = _RULE_SET.fullmatch(label)
    if found is None:
        return label
    code, start, end = found.groups()
    if end:
        return QCoreApplication.translate("OrderText", "Rule set {service}, in force from {start} to {end}").format(
            service=code, start=iso_date(start), end=iso_date(end))
    return QCoreApplication.translate("OrderText", "Rule set {service}, in force from {start}").format(
        service=code, start=iso_date(start))


# ---- refusals of the services -------------------------------------------------------------------------------------

#: The refusals of the casework services (``DomainError.template``, see ``services.casework`` and
#: ``services.claiming``) that the order screen says with what to do.
REFUSALS: dict[str, str] = {
    "the follow-up date {date} is not a working day; the next one is {next}": "not_working_day",
    "the follow-up date must be after today ({today})": "follow_up_past",
    "order {reference} cannot be approved: mandatory conditions not met: {conditions}": "blocked",
    "the conditions of order {reference} were never evaluated: evaluate them before approving": "never_evaluated",
    "some conditions of order {reference} were never evaluated: evaluate them before approving": "never_evaluated",
    "{code} was never evaluated: evaluate the conditions before overriding a result": "never_evaluated",
    "there is no active staff member named {name!r}": "not_assignable",
    "{name} is neither a caseworker nor a supervisor and cannot be assigned orders": "not_assignable",
    "order {reference} is {status}: only open orders can be assigned": "not_open",
    "order {reference} is {status}: its conditions can be changed only while it is in review": "not_open",
}


def refusal_text(exc: DomainError) -> str | None:
    """A refusal of the casework services said in the user's language with what to do; None for another error
    (the caller then says it with ``failures.describe_failure``)."""
    kind = REFUSALS.get(exc.template)
    if kind is not None:
        if kind == "not_working_day":
            return QCoreApplication.translate(
                "OrderText", "The procedure did not succeed: {date} is a day the offices are closed. Choose another "
                "follow-up date, for example {next}.").format(date=reader_value(exc.params.get("date")),
                                                              next=reader_value(exc.params.get("next")))
        return {
            "follow_up_past": QCoreApplication.translate(
                "OrderText", "The procedure did not succeed: the follow-up date must be after today. Choose another."),
            "blocked": QCoreApplication.translate(
                "OrderText", "The procedure did not succeed: mandatory conditions are not met. Reload the order (F5) "
                "to see which."),
            "never_evaluated": QCoreApplication.translate(
                "OrderText", "The procedure did not succeed: the conditions were never evaluated. Evaluate them "
                "(Ctrl+Shift+E), then try again."),
            "not_assignable": QCoreApplication.translate(
                "OrderText", "The procedure did not succeed: this person cannot be given orders (account inactive or "
                "without the caseworker role). Choose someone else."),
            "not_open": QCoreApplication.translate(
                "OrderText", "The procedure did not succeed: the order is no longer open for this. Reload it (F5)."),
        }[kind]
    return None


# ---- refusal decisions: hearing, versions, reasons why a proposal cannot be submitted yet --------------------------


def decision_status_label(status: str) -> str:
    return {
        "draft": QCoreApplication.translate("OrderText", "Draft"),
        "proposed": QCoreApplication.translate("OrderText", "Proposed to a supervisor"),
        "returned": QCoreApplication.translate("OrderText", "Returned to its author"),
        "issued": QCoreApplication.translate("OrderText", "Issued (signed)"),
        "withdrawn": QCoreApplication.translate("OrderText", "Withdrawn"),
    }.get(status, status)


def hearing_mode_label(mode: str | None) -> str:
    """``letter_sent`` / ``letter`` or ``not_needed`` (``DecisionVersion.hearing``, ``ProposalRow.hearing``)."""
    return {
        "letter_sent": QCoreApplication.translate("OrderText", "hearing letter sent"),
        "letter": QCoreApplication.translate("OrderText", "hearing letter sent"),
        "not_needed": QCoreApplication.translate("OrderText", "hearing not needed"),
    }.get(mode or "", mode or "—")


def submit_blocker_lines(blockers: Iterable[SubmitBlocker], titles: Mapping[str, str] | None = None
                         ) -> list[tuple[SubmitBlockerKind, str]]:
    """``RefusalDraft.submit_blockers`` (or ``RefusalNotReady.blockers``) in the user's language, each with what to
    do, decided by their kind: one line per kind (the grounds without text named together, by their ``titles``),
    those about the order first, then the hearing's, then the draft's."""
    from ocpm_desk.services.desk import SubmitBlockerKind

    by_kind: dict[SubmitBlockerKind, list[SubmitBlocker]] = {}
    for blocker in blockers:
        by_kind.setdefault(blocker.kind, []).append(blocker)
    return [(kind, _blocker_line(kind, by_kind[kind], titles or {})) for kind in SubmitBlockerKind
            if kind in by_kind]  # fmt: skip


def _blocker_line(kind: SubmitBlockerKind, found: list[SubmitBlocker], titles: Mapping[str, str]) -> str:
    from ocpm_desk.services.desk import SubmitBlockerKind as Kind

    params = found[0].phrase.params
    if kind is Kind.STATUS and "status" in params:
        return render_translated(str(QT_TRANSLATE_NOOP(
            "OrderText", "The order is {status}: a refusal is submitted only while it is in review. Go back to the "
            "order (Esc).")), {"status": params["status"]}, "OrderText")
    if kind is Kind.ASSIGNEE:
        return QCoreApplication.translate(
            "OrderText", "Only the assignee of the order or a supervisor may propose a refusal.")
    if kind is Kind.NOT_HEARD:
        return QCoreApplication.translate(
            "OrderText", "The applicant has not been heard yet: send a hearing letter, or record why it is not "
            "needed (Ctrl+Shift+L on the order).")
    if kind is Kind.ANSWER_PENDING and "date" in params:
        return render_translated(str(QT_TRANSLATE_NOOP(
            "OrderText", "No answer to the hearing letter is recorded yet (time to comment until {date}): record it "
            "on the order, or that none came (Ctrl+Shift+Y).")), {"date": params["date"]}, "OrderText")
    if kind is Kind.GROUNDS:
        return QCoreApplication.translate("OrderText", "Choose at least one ground.")
    if kind is Kind.GROUND_TEXT:
        names = [quoted(titles.get(str(b.phrase.params.get("code")), str(b.phrase.params.get("code"))))
                 for b in found]  # fmt: skip
        if len(names) == 1:
            return QCoreApplication.translate(
                "OrderText", "The ground {ground} has no text: write its paragraph or untick it.").format(
                ground=names[0])
        return QCoreApplication.translate(
            "OrderText", "The grounds {grounds} have no text: write their paragraphs or untick them.").format(
            grounds=", ".join(names))
    if kind is Kind.FACTS:
        return QCoreApplication.translate("OrderText", "State at least one fact (Ctrl+Shift+I adds a line).")
    return " ".join(_sentence(phrase_text(b.phrase)) for b in found)


def _sentence(text: str) -> str:
    text = text.strip().rstrip(".")
    return text[:1].upper() + text[1:] + "."


def _moment(value: datetime) -> str:
    local = value.astimezone(GENEVA) if value.tzinfo is not None else value
    return local.strftime("%d.%m.%Y %H:%M")


def hearing_text(hearing: HearingView | None) -> str:
    """Where the right to be heard stands, in a sentence or two (the order, the editor, the approvals)."""
    if hearing is None:
        return QCoreApplication.translate("OrderText", "The applicant has not been heard yet.")
    if hearing.mode == "not_needed":
        return QCoreApplication.translate(
            "OrderText", "Hearing not needed (recorded by {person} on {date}): {reason}").format(
            person=hearing.recorded_by, date=_moment(hearing.recorded_at), reason=hearing.reason or "—")
    text = QCoreApplication.translate("OrderText", "Hearing letter sent on {sent}; comments by {reply_by}.").format(
        sent=format_date(hearing.sent_on), reply_by=format_date(hearing.reply_by))
    if hearing.answer is None:
        return text + " " + QCoreApplication.translate("OrderText", "No answer recorded yet.")
    if hearing.answer == "":
        return text + " " + QCoreApplication.translate("OrderText", "No answer came within the time limit.")
    return text + " " + QCoreApplication.translate("OrderText", "Answer received on {date}: {answer}").format(
        date=format_date(hearing.answered_on), answer=hearing.answer)


# ---- mail room: what is sent, how it came back, where a shipment stands, appeal deadlines --------------------------


def content_label(content: str) -> str:
    """``PrintItem.content`` / ``ScanItem.content``: what the envelope holds."""
    return {
        "attestation": QCoreApplication.translate("OrderText", "Attestation"),
        "decision": QCoreApplication.translate("OrderText", "Decision"),
        "hearing_letter": QCoreApplication.translate("OrderText", "Hearing letter"),
    }.get(content, content)


#: The postal reasons of a return (``record_return(reason=…)``), in the order the dialog offers them.
RETURN_REASONS = ("not_collected", "unknown_address", "refused", "moved", "other")


def return_reason_label(reason: str | None) -> str:
    return {
        "not_collected": QCoreApplication.translate("OrderText", "Not collected"),
        "unknown_address": QCoreApplication.translate("OrderText", "Unknown address"),
        "refused": QCoreApplication.translate("OrderText", "Refused"),
        "moved": QCoreApplication.translate("OrderText", "Moved"),
        "other": QCoreApplication.translate("OrderText", "Other"),
    }.get(reason or "", reason or "—")


def shipment_status_label(status: str) -> str:
    return {
        "shipped": QCoreApplication.translate("OrderText", "Shipped"),
        "delivered": QCoreApplication.translate("OrderText", "Delivered"),
        "returned": QCoreApplication.translate("OrderText", "Returned"),
    }.get(status, status)


def deadline_state_text(state: str, days_left: int | None) -> str:
    """``AppealDeadline.state`` with the days left while the deadline runs."""
    if state == "not_notified":
        return QCoreApplication.translate("OrderText", "Not notified")
    if state == "running":
        if days_left is None:
            return QCoreApplication.translate("OrderText", "Running")
        if days_left == 0:
            return QCoreApplication.translate("OrderText", "Running — last day today")
        if days_left == 1:
            return QCoreApplication.translate("OrderText", "Running — 1 day left")
        return QCoreApplication.translate("OrderText", "Running — {days} days left").format(days=days_left)
    if state == "over":
        return QCoreApplication.translate("OrderText", "Over")
    return state
