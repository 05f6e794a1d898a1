"""What the refusal use cases share (DESIGN §6, §7): their limits and titles, ``DecisionIntegrityError``, who may
work the case (``require_case``, ``case_blocker``), the author's draft row (``save_draft_row``), the letter preview,
loading a decision, and the PDF renderer (loaded on first use only).

The use cases themselves: ``drafting`` (the editor), ``hearing`` (the right to be heard), ``approval`` (four eyes)
and ``originals`` (the archived decision handed out); ``decisions`` gathers them all.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from ocpm_desk.features.casework.steps import load_order
from ocpm_desk.features.reference.steps import read_letterhead
from ocpm_desk.features.refusals.api import DraftInput, SubmitBlocker, SubmitBlockerKind
from ocpm_desk.features.refusals.letter_body import grounds_in_force, letter_body
from ocpm_desk.features.refusals.proposals import latest_hearing, open_decision, works_the_case
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError, NotFound
from ocpm_desk.kernel.letters import Letter, LetterBody, LetterKind, Mark, body_json, body_sha256, hearing_reply_by
from ocpm_desk.kernel.lifecycle import Status
from ocpm_desk.kernel.phrases import Listing, Phrase, Words

#: Shortest comment of a returned proposal, and of the reason why hearing is not needed.
MIN_COMMENT = 10
SIGNATORY_TITLE = "Responsable de secteur"
CASEWORKER_TITLE = "Gestionnaire"


class DecisionIntegrityError(DomainError):
    """An archived decision's PDF no longer matches its recorded hash: it is not handed out."""


#: A decision's status as the messages say it ("decision #12 is issued").
_STATUS_WORDS = {
    "draft": QT_TRANSLATE_NOOP("Message", "draft"),
    "proposed": QT_TRANSLATE_NOOP("Message", "proposed"),
    "returned": QT_TRANSLATE_NOOP("Message", "returned"),
    "issued": QT_TRANSLATE_NOOP("Message", "issued"),
    "withdrawn": QT_TRANSLATE_NOOP("Message", "withdrawn"),
}
_NOT_WHILE = QT_TRANSLATE_NOOP("Message", "order {reference} is {status}: {what} only while it is {allowed}")
_NOT_YOURS = QT_TRANSLATE_NOOP(
    "Message", "only the assignee ({assignee}) or a supervisor may {what} on order {reference}")
_NOBODYS = QT_TRANSLATE_NOOP("Message", "only the assignee (nobody) or a supervisor may {what} on order {reference}")
_OR = QT_TRANSLATE_NOOP("Message", " or ")


def decision_status(status: str) -> Phrase:
    return Phrase(_STATUS_WORDS.get(status, status))


def render_pdf(letter: Letter) -> bytes:
    from ocpm_desk.infrastructure.pdf.letters import render_letter  # reportlab is loaded on first use only

    return render_letter(letter)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def case_blocker(user: Actor, order: m.Order, what: str) -> SubmitBlocker | None:
    """Why ``user`` may not submit a refusal of ``order`` as it stands (the same words as ``require_case``)."""
    if order.status != Status.IN_REVIEW.value:
        return SubmitBlocker(SubmitBlockerKind.STATUS, Phrase(
            _NOT_WHILE, reference=order.reference, status=Words(Status(order.status)), what=Phrase(what),
            allowed=Listing((Words(Status.IN_REVIEW),), _OR)))
    if not works_the_case(user, order):
        if order.assigned_to:
            return SubmitBlocker(SubmitBlockerKind.ASSIGNEE, Phrase(
                _NOT_YOURS, assignee=order.assigned_to, what=Phrase(what), reference=order.reference))
        return SubmitBlocker(SubmitBlockerKind.ASSIGNEE, Phrase(_NOBODYS, what=Phrase(what),
                                                                reference=order.reference))
    return None


def require_case(user: Actor, order: m.Order, statuses: tuple[Status, ...], what: str) -> None:
    """``what``: a marked template, the words of the work ("send a hearing letter")."""
    if order.status not in {s.value for s in statuses}:
        allowed = Listing((Words(s) for s in statuses), _OR)
        raise DomainError(_NOT_WHILE, reference=order.reference, status=Words(Status(order.status)),
                          what=Phrase(what), allowed=allowed)
    if not works_the_case(user, order):
        if order.assigned_to:
            raise DomainError(_NOT_YOURS, assignee=order.assigned_to, what=Phrase(what), reference=order.reference)
        raise DomainError(_NOBODYS, what=Phrase(what), reference=order.reference)


def _store_grounds(session: Session, decision: m.Decision, body: LetterBody) -> None:
    session.execute(delete(m.DecisionGround).where(m.DecisionGround.decision_id == decision.id))
    order = session.get(m.Order, decision.order_id)
    assert order is not None
    # the catalogue version in force for the order: letter_body took the grounds from the same catalogue
    ground_ids = {g.code: g.id for g in grounds_in_force(session, order)}
    for position, ground in enumerate(body.grounds, start=1):
        session.add(m.DecisionGround(decision_id=decision.id, ground_id=ground_ids[ground.code], position=position,
                                     text=ground.text))
    session.flush()


def save_draft_row(uow: UnitOfWork, actor: Actor, order: m.Order, body: LetterBody) -> m.Decision:
    """The actor's draft for the order, created or updated (another author's draft is withdrawn)."""
    session = uow.session
    now = clock.now()
    current = open_decision(session, order.id)
    if current is not None and current.status == "proposed":
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "order {reference} already has a refusal proposal waiting for approval"),
            reference=order.reference)
    if current is not None and current.author != actor.username:
        current.status = "withdrawn"
        session.flush()
        uow.audit(actor, "decision.draft_taken_over", "decision", current.id,
                  {"order_id": order.id, "previous_author": current.author})
        current = None
    if current is None:
        current = m.Decision(order_id=order.id, status="draft", author=actor.username, content=body_json(body),
                             content_sha256=body_sha256(body), updated_at=now)
        session.add(current)
        session.flush()
        uow.audit(actor, "decision.draft_created", "decision", current.id, {"order_id": order.id})
    else:
        current.content = body_json(body)
        current.content_sha256 = body_sha256(body)
        current.updated_at = now
        session.flush()
    _store_grounds(session, current, body)
    return current


def preview_letter(engine: Engine, order_id: int, draft: DraftInput, kind: LetterKind) -> bytes:
    """The letter of ``kind`` as the draft stands today, marked PROJET; nothing is written."""
    with UnitOfWork(engine, write=False) as uow:
        session = uow.session
        order = load_order(uow, order_id, lock=False)
        hearing = latest_hearing(session, order.id)
        today = clock.today()
        reply_by = hearing_reply_by(today) if kind is LetterKind.HEARING else None
        body = letter_body(session, order, draft, kind, reply_by=reply_by, hearing=hearing)
        letter = Letter(read_letterhead(session), body, today, mark=Mark.DRAFT)
    return render_pdf(letter)


def load_decision(uow: UnitOfWork, decision_id: int, *, lock: bool = True) -> m.Decision:
    stmt = select(m.Decision).where(m.Decision.id == decision_id)
    if lock:
        stmt = stmt.with_for_update()
    decision = uow.session.scalars(stmt).one_or_none()
    if decision is None:
        raise NotFound(QT_TRANSLATE_NOOP("Message", "decision #{id} does not exist"), id=decision_id)
    return decision
