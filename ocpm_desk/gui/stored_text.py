"""What the screens call the values the database stores (DESIGN §6), in the reader's language: condition results,
compared fields, register facts, history actions and notes, decision and shipment statuses, hearing modes, return
reasons, appeal deadlines — shared by the order screen, the refusal screens, the mail room and the audit journal.

The services give codes, ``key:value`` facts and phrases (stored ones are keys with typed values, see
``kernel.notes``); this module says them in the user's language at call time — no sentence is ever parsed back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ocpm_desk.gui.failures import phrase_text, quoted, reader_value, render_translated
from ocpm_desk.gui.formatting import format_date, format_datetime
from ocpm_desk.gui.labels import CodeLabels, status_label
from ocpm_desk.kernel.errors import DomainError
from ocpm_desk.kernel.lifecycle import Status
from ocpm_desk.kernel.notes import Chf, Code
from ocpm_desk.kernel.phrases import QT_TRANSLATE_NOOP, Listing, Phrase

if TYPE_CHECKING:
    from ocpm_desk.features.refusals.api import HearingView, SubmitBlocker, SubmitBlockerKind


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


#: ``met``, ``not_met``, ``unknown``, or None for a manual condition not ticked yet.
result_label = CodeLabels("OrderText", {
    "met": QT_TRANSLATE_NOOP("OrderText", "Met"),
    "not_met": QT_TRANSLATE_NOOP("OrderText", "Not met"),
    "unknown": QT_TRANSLATE_NOOP("OrderText", "Unknown"),
    None: QT_TRANSLATE_NOOP("OrderText", "To tick"),
})


def result_text(result: str | None) -> str:
    """The mark and the word: colour is never the only signal."""
    return f"{RESULT_MARKS.get(result, '•')} {result_label(result)}"


evaluator_label = CodeLabels("OrderText", {
    "automatic": QT_TRANSLATE_NOOP("OrderText", "automatic"),
    "manual": QT_TRANSLATE_NOOP("OrderText", "manual"),
})


# ---- compared fields and evidence ----------------------------------------------------------------------------


_FIELDS = CodeLabels("OrderText", {
    "avs": QT_TRANSLATE_NOOP("OrderText", "AVS number"),
    "last_name": QT_TRANSLATE_NOOP("OrderText", "Last name"),
    "first_name": QT_TRANSLATE_NOOP("OrderText", "First name"),
    "birth_date": QT_TRANSLATE_NOOP("OrderText", "Birth date"),
    "fee": QT_TRANSLATE_NOOP("OrderText", "Fee"),
    "postage": QT_TRANSLATE_NOOP("OrderText", "Postage"),
    "total": QT_TRANSLATE_NOOP("OrderText", "Total"),
    "current_residence": QT_TRANSLATE_NOOP("OrderText", "Current residence"),
    "residences": QT_TRANSLATE_NOOP("OrderText", "Geneva residences"),
    "swiss_citizen": QT_TRANSLATE_NOOP("OrderText", "Swiss citizen"),
    "departed_on": QT_TRANSLATE_NOOP("OrderText", "Departure"),
    "person_concerned": QT_TRANSLATE_NOOP("OrderText", "Person concerned"),
    "adult": QT_TRANSLATE_NOOP("OrderText", "Aged 18 or over"),
    "minor": QT_TRANSLATE_NOOP("OrderText", "Under 18"),
    "legal_representative": QT_TRANSLATE_NOOP("OrderText", "Legal representative"),
    "ordered_on": QT_TRANSLATE_NOOP("OrderText", "Order date"),
    "product": QT_TRANSLATE_NOOP("OrderText", "Postal product"),
    "mr_mrs": QT_TRANSLATE_NOOP("OrderText", "Salutation"),
    "street": QT_TRANSLATE_NOOP("OrderText", "Street"),
    "house_number": QT_TRANSLATE_NOOP("OrderText", "House number"),
    "swiss_zip_code": QT_TRANSLATE_NOOP("OrderText", "Postcode"),
    "foreign_zip_code": QT_TRANSLATE_NOOP("OrderText", "Foreign postcode"),
    "town": QT_TRANSLATE_NOOP("OrderText", "Town"),
    "country": QT_TRANSLATE_NOOP("OrderText", "Country"),
    "organisation": QT_TRANSLATE_NOOP("OrderText", "Organisation"),
    "address_line": QT_TRANSLATE_NOOP("OrderText", "Address line"),
    "dwelling_number": QT_TRANSLATE_NOOP("OrderText", "Dwelling number"),
    "post_office_box": QT_TRANSLATE_NOOP("OrderText", "Post office box"),
})


def field_label(field: str) -> str:
    return _FIELDS(field) if field in _FIELDS else field.replace("_", " ")


def evidence_value(value: Any) -> str:
    """A value of the evidence (or of a compared field) as a person reads it: a date the Swiss way, yes or no, an
    amount, a count, a phrase in the reader's language, text as it was given."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return (QCoreApplication.translate("OrderText", "yes") if value
                else QCoreApplication.translate("OrderText", "no"))
    return stored_text(value) if isinstance(value, Phrase) else reader_value(value)


# ---- stored phrases: condition messages, history notes, hold reasons -------------------------------------------


def _code_label(code: Code) -> str:
    if code.label:
        return code.label
    value = code.value or ""
    if code.kind == "result":
        return result_label(code.value)
    if code.kind == "field":
        return field_label(value).lower()
    if code.kind == "return_reason":
        return return_reason_label(value)
    if code.kind == "content":
        return content_label(value)
    if code.kind == "status" and value in Status._value2member_map_:
        return status_label(Status(value))
    return value


def _readable(value: Any) -> Any:
    """A value of a stored phrase made ready for ``render_translated``: codes by their labels, amounts as CHF."""
    if isinstance(value, Code):
        return _code_label(value)
    if isinstance(value, Chf):
        return str(value)
    if isinstance(value, bool):
        return evidence_value(value)
    if isinstance(value, Listing):
        return Listing((_readable(item) for item in value.items), value.separator, value.context)
    if isinstance(value, Phrase):
        return stored_text(value)
    return value


def stored_text(phrase: Phrase | None) -> str:
    """A stored phrase (``kernel.notes``: a hold reason, a history note, what a condition found) in the user's
    language; "" for none."""
    if phrase is None:
        return ""
    return render_translated(phrase.template, {name: _readable(v) for name, v in phrase.params.items()},
                             phrase.context)


def condition_message(message: Phrase | None) -> str:
    """What an automatic condition found, in the user's language."""
    return stored_text(message)


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


person_role_label = CodeLabels("OrderText", {
    "applicant": QT_TRANSLATE_NOOP("OrderText", "Applicant"),
    "concerned": QT_TRANSLATE_NOOP("OrderText", "Person concerned"),
})


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
        "hearing_not_needed": QCoreApplication.translate("OrderText", "Hearing not needed"),
        "hearing_answer": QCoreApplication.translate("OrderText", "Hearing answer recorded"),
        "correction_recorded": QCoreApplication.translate("OrderText", "Correction request recorded"),
    }
    return labels.get(action.removeprefix("order."), action)


def history_note(note: Phrase | None) -> str:
    """The note of a history entry in the user's language."""
    return stored_text(note)


def rule_set_text(rule_set: Phrase) -> str:
    """The rule set the order is examined under, in the user's language."""
    return phrase_text(rule_set)


# ---- refusals of the services -------------------------------------------------------------------------------------

#: The refusals of the casework services (``DomainError.key``, see ``services.casework`` and ``services.claiming``)
#: that the order screen says with what to do.
REFUSALS: dict[str, str] = {
    "follow_up.not_working_day": "not_working_day",
    "follow_up.past": "follow_up_past",
    "approve.blocked": "blocked",
    "conditions.never_evaluated": "never_evaluated",
    "assign.not_assignable": "not_assignable",
    "order.not_open": "not_open",
}


def refusal_text(exc: DomainError) -> str | None:
    """A refusal of the casework services said in the user's language with what to do; None for another error
    (the caller then says it with ``failures.describe_failure``)."""
    kind = REFUSALS.get(exc.key)
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


decision_status_label = CodeLabels("OrderText", {
    "draft": QT_TRANSLATE_NOOP("OrderText", "Draft"),
    "proposed": QT_TRANSLATE_NOOP("OrderText", "Proposed to a supervisor"),
    "returned": QT_TRANSLATE_NOOP("OrderText", "Returned to its author"),
    "issued": QT_TRANSLATE_NOOP("OrderText", "Issued (signed)"),
    "withdrawn": QT_TRANSLATE_NOOP("OrderText", "Withdrawn"),
})


#: ``letter_sent`` / ``letter`` or ``not_needed`` (``DecisionVersion.hearing``, ``ProposalRow.hearing``).
hearing_mode_label = CodeLabels("OrderText", {
    "letter_sent": QT_TRANSLATE_NOOP("OrderText", "hearing letter sent"),
    "letter": QT_TRANSLATE_NOOP("OrderText", "hearing letter sent"),
    "not_needed": QT_TRANSLATE_NOOP("OrderText", "hearing not needed"),
}, missing="—")


def submit_blocker_lines(blockers: Iterable[SubmitBlocker], titles: Mapping[str, str] | None = None
                         ) -> list[tuple[SubmitBlockerKind, str]]:
    """``RefusalDraft.submit_blockers`` (or ``RefusalNotReady.blockers``) in the user's language, each with what to
    do, decided by their kind: one line per kind (the grounds without text named together, by their ``titles``),
    those about the order first, then the hearing's, then the draft's."""
    from ocpm_desk.features.refusals.api import SubmitBlockerKind

    by_kind: dict[SubmitBlockerKind, list[SubmitBlocker]] = {}
    for blocker in blockers:
        by_kind.setdefault(blocker.kind, []).append(blocker)
    return [(kind, _blocker_line(kind, by_kind[kind], titles or {})) for kind in SubmitBlockerKind
            if kind in by_kind]  # fmt: skip


def _blocker_line(kind: SubmitBlockerKind, found: list[SubmitBlocker], titles: Mapping[str, str]) -> str:
    from ocpm_desk.features.refusals.api import SubmitBlockerKind as Kind

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


def hearing_text(hearing: HearingView | None) -> str:
    """Where the right to be heard stands, in a sentence or two (the order, the editor, the approvals)."""
    if hearing is None:
        return QCoreApplication.translate("OrderText", "The applicant has not been heard yet.")
    if hearing.mode == "not_needed":
        return QCoreApplication.translate(
            "OrderText", "Hearing not needed (recorded by {person} on {date}): {reason}").format(
            person=hearing.recorded_by, date=format_datetime(hearing.recorded_at), reason=hearing.reason or "—")
    text = QCoreApplication.translate("OrderText", "Hearing letter sent on {sent}; comments by {reply_by}.").format(
        sent=format_date(hearing.sent_on), reply_by=format_date(hearing.reply_by))
    if hearing.answer is None:
        return text + " " + QCoreApplication.translate("OrderText", "No answer recorded yet.")
    if hearing.answer == "":
        return text + " " + QCoreApplication.translate("OrderText", "No answer came within the time limit.")
    return text + " " + QCoreApplication.translate("OrderText", "Answer received on {date}: {answer}").format(
        date=format_date(hearing.answered_on), answer=hearing.answer)


# ---- mail room: what is sent, how it came back, where a shipment stands, appeal deadlines --------------------------


#: ``PrintItem.content`` / ``ScanItem.content``: what the envelope holds.
content_label = CodeLabels("OrderText", {
    "attestation": QT_TRANSLATE_NOOP("OrderText", "Attestation"),
    "decision": QT_TRANSLATE_NOOP("OrderText", "Decision"),
    "hearing_letter": QT_TRANSLATE_NOOP("OrderText", "Hearing letter"),
})


#: The postal reasons of a return (``record_return(reason=…)``), in the order the dialog offers them.
RETURN_REASONS = ("not_collected", "unknown_address", "refused", "moved", "other")


return_reason_label = CodeLabels("OrderText", {
    "not_collected": QT_TRANSLATE_NOOP("OrderText", "Not collected"),
    "unknown_address": QT_TRANSLATE_NOOP("OrderText", "Unknown address"),
    "refused": QT_TRANSLATE_NOOP("OrderText", "Refused"),
    "moved": QT_TRANSLATE_NOOP("OrderText", "Moved"),
    "other": QT_TRANSLATE_NOOP("OrderText", "Other"),
}, missing="—")


shipment_status_label = CodeLabels("OrderText", {
    "shipped": QT_TRANSLATE_NOOP("OrderText", "Shipped"),
    "delivered": QT_TRANSLATE_NOOP("OrderText", "Delivered"),
    "returned": QT_TRANSLATE_NOOP("OrderText", "Returned"),
})


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
