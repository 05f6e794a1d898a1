"""The right to be heard (LPA art. 41, DESIGN §6) before a refusal is proposed.

Either a hearing letter (``send_hearing_letter``: stored in ``documents`` as kind ``hearing_letter``; the order waits
``on_hold`` until the working day after the time to comment) whose answer — or its absence — is then recorded
(``record_hearing_answer``), or the recorded reason why hearing is not needed (``record_hearing_not_needed``); both
are ``hearings`` rows. ``preview_hearing_letter`` renders the letter as the editor's draft stands, marked PROJET.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine

from ocpm_desk.features.casework.steps import committed, load_order_at, move, touch
from ocpm_desk.features.reference.steps import closure_days, read_letterhead
from ocpm_desk.features.refusals.api import DraftInput, RefusalNotReady
from ocpm_desk.features.refusals.common import (
    CASEWORKER_TITLE,
    MIN_COMMENT,
    preview_letter,
    render_pdf,
    require_case,
    save_draft_row,
    sha256_hex,
)
from ocpm_desk.features.refusals.letter_body import content_blockers, letter_body
from ocpm_desk.features.refusals.proposals import awaiting_answer, display_names, latest_hearing
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.calendar import add_working_days
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError
from ocpm_desk.kernel.letters import Letter, LetterKind, Signature, clean_text, hearing_reply_by
from ocpm_desk.kernel.lifecycle import OrderState, Status, check_transition
from ocpm_desk.kernel.notes import encode, text_note
from ocpm_desk.kernel.notes import note as stored
from ocpm_desk.kernel.permissions import Permission


@use_case(Permission.PROPOSE_REFUSAL)
def preview_hearing_letter(engine: Engine, actor: Actor, order_id: int, draft: DraftInput) -> bytes:
    return preview_letter(engine, order_id, draft, LetterKind.HEARING)


@use_case(Permission.PROPOSE_REFUSAL)
def send_hearing_letter(engine: Engine, actor: Actor, order_id: int, expected_version: int, draft: DraftInput,
                        *, today: date | None = None) -> OrderState:
    """The hearing letter is stored (``documents``) and the order waits on hold for the applicant's comments."""
    day = today or clock.today()
    with UnitOfWork(engine) as uow:
        session = uow.session
        order = load_order_at(uow, order_id, expected_version)
        require_case(actor, order, (Status.IN_REVIEW,), QT_TRANSLATE_NOOP("Message", "send a hearing letter"))
        check_transition(order.status, Status.ON_HOLD, actor.roles, actor=actor.username,
                         assignee=order.assigned_to)
        if awaiting_answer(latest_hearing(session, order.id)):
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "a hearing letter for order {reference} is still waiting for its answer"),
                reference=order.reference)
        reply_by = hearing_reply_by(day)
        body = letter_body(session, order, draft, LetterKind.HEARING, reply_by=reply_by)
        problems = content_blockers(body, hearing_letter=True)
        if problems:
            raise RefusalNotReady(order.reference, problems, hearing_letter=True)
        names = display_names(session, [actor.username])
        letter = Letter(read_letterhead(session), body, day,
                        signature=Signature(names.get(actor.username, actor.username), CASEWORKER_TITLE, day))
        pdf = render_pdf(letter)
        now = clock.now()
        document = m.Document(order_id=order.id, kind="hearing_letter", pdf=pdf, sha256=sha256_hex(pdf), created_at=now,
                              created_by=actor.username)
        session.add(document)
        session.flush()
        session.add(m.Hearing(order_id=order.id, mode="letter", document_id=document.id, sent_on=day,
                              reply_by=reply_by, recorded_at=now, recorded_by=actor.username))
        # the editor's text is kept as the refusal draft, so that the decision starts from it
        save_draft_row(uow, actor, order, letter_body(session, order, draft, LetterKind.DECISION))
        follow_up = add_working_days(reply_by, 1, closures=closure_days(session))
        order.hold_reason = encode(stored("hold.hearing", date=reply_by))
        order.hold_until = follow_up
        move(uow, actor, order, Status.ON_HOLD,
              note=stored("history.hearing_sent", reply_by=reply_by, follow_up=follow_up))
        uow.audit(actor, "order.hearing_letter_sent", "order", order.id,
                  {"document_id": document.id, "sha256": document.sha256, "reply_by": reply_by.isoformat()})
        return committed(uow, order)


@use_case(Permission.PROPOSE_REFUSAL)
def record_hearing_not_needed(engine: Engine, actor: Actor, order_id: int, expected_version: int, reason: str
                              ) -> OrderState:
    text = clean_text(reason)
    with UnitOfWork(engine) as uow:
        session = uow.session
        order = load_order_at(uow, order_id, expected_version)
        require_case(actor, order, (Status.IN_REVIEW,), QT_TRANSLATE_NOOP("Message", "record the hearing"))
        if awaiting_answer(latest_hearing(session, order.id)):
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "a hearing letter for order {reference} is waiting for its answer: record the answer (or "
                "that none came) instead"), reference=order.reference)
        if len(text) < MIN_COMMENT:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "say why hearing the applicant is not needed, in at least {minimum} characters (LPA art. "
                "41)"), minimum=MIN_COMMENT)
        session.add(m.Hearing(order_id=order.id, mode="not_needed", reason=text, recorded_at=clock.now(),
                              recorded_by=actor.username))
        touch(uow, actor, order, "hearing_not_needed", text_note(text))
        uow.audit(actor, "order.hearing_not_needed", "order", order.id, {"reason": text})
        return committed(uow, order)


@use_case(Permission.PROPOSE_REFUSAL)
def record_hearing_answer(engine: Engine, actor: Actor, order_id: int, expected_version: int, answer: str,
                          received_on: date | None, *, today: date | None = None) -> OrderState:
    """The applicant's comments and their date, or (``answer=""``, ``received_on=None``) that none came in time.

    An order waiting on hold for them goes back to review."""
    day = today or clock.today()
    text = clean_text(answer)
    with UnitOfWork(engine) as uow:
        session = uow.session
        order = load_order_at(uow, order_id, expected_version)
        require_case(actor, order, (Status.IN_REVIEW, Status.ON_HOLD),
                     QT_TRANSLATE_NOOP("Message", "record the hearing"))
        hearing = latest_hearing(session, order.id)
        if hearing is None or not awaiting_answer(hearing):
            raise DomainError(QT_TRANSLATE_NOOP("Message", "order {reference} has no hearing letter waiting for an "
                                                           "answer"), reference=order.reference)
        assert hearing.reply_by is not None and hearing.sent_on is not None
        if not text:
            if received_on is not None:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Message", "an answer received on a date needs its content (a summary of the comments)"))
            if day <= hearing.reply_by:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Message", "the time to comment runs until {date}: 'no answer' can be recorded only after it"),
                    date=hearing.reply_by)
        else:
            if received_on is None:
                raise DomainError(QT_TRANSLATE_NOOP("Message", "say on which day the applicant's comments were "
                                                               "received"))
            if received_on < hearing.sent_on or received_on > day:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Message", "the comments' date must lie between the hearing letter ({sent}) and today ({today})"),
                    sent=hearing.sent_on, today=day)
        hearing.answer = text
        hearing.answered_on = received_on if text else None
        hearing.answer_recorded_by = actor.username
        hearing.answer_recorded_at = clock.now()
        session.flush()
        payload = {"answered": bool(text), "received_on": received_on.isoformat() if received_on else None}
        uow.audit(actor, "order.hearing_answer_recorded", "order", order.id, payload)
        note = (stored("history.hearing_comments", date=received_on) if text and received_on
                else stored("history.hearing_no_comments"))
        if order.status == Status.ON_HOLD.value:
            check_transition(order.status, Status.IN_REVIEW, actor.roles, actor=actor.username,
                             assignee=order.assigned_to)
            order.hold_reason = None
            order.hold_until = None
            move(uow, actor, order, Status.IN_REVIEW, note=note)
        else:
            touch(uow, actor, order, "hearing_answer", note)
        return committed(uow, order)
