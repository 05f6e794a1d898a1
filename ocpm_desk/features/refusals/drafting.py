"""Writing a refusal (DESIGN §6, §7): the editor's state, its autosave, the preview and the submission.

* **Drafts** are ``decisions`` rows with status ``draft``, autosaved by their author (``save_refusal_draft``); the
  editor (``refusal_draft``) shows the catalogue of grounds, the draft (or a prefill), the hearing and what keeps the
  refusal from being submitted; ``preview_refusal`` renders the decision as it stands, marked PROJET.
* **Submitting** (``submit_refusal``) freezes the content (``proposed``, its SHA-256 recorded) and moves the order to
  ``refusal_proposed``, once the applicant was heard (``hearing``); a supervisor then approves or returns it
  (``approval``).
"""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from ocpm_desk.features.casework.steps import committed, load_order, load_order_at, move, order_address
from ocpm_desk.features.refusals.api import (
    DraftInput,
    RefusalDraft,
    RefusalNotReady,
    SubmitBlocker,
    SubmitBlockerKind,
    draft_blockers,
)
from ocpm_desk.features.refusals.common import case_blocker, preview_letter, require_case, save_draft_row
from ocpm_desk.features.refusals.letter_body import (
    content_blockers,
    draft_of,
    ground_catalogue,
    hearing_summary,
    letter_body,
    prefill_facts,
)
from ocpm_desk.features.refusals.proposals import (
    awaiting_answer,
    hearing_view,
    last_return_comment,
    latest_hearing,
    open_decision,
)
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.addresses import address_lines
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP
from ocpm_desk.kernel.letters import LetterKind, body_from_json
from ocpm_desk.kernel.lifecycle import OrderState, Status, check_transition
from ocpm_desk.kernel.notes import Code
from ocpm_desk.kernel.notes import note as stored
from ocpm_desk.kernel.permissions import Permission
from ocpm_desk.kernel.phrases import Listing, Phrase

_PROPOSE = QT_TRANSLATE_NOOP("Message", "propose a refusal")


def _hearing_blockers(hearing: m.Hearing | None) -> list[SubmitBlocker]:
    if hearing is None:
        return [SubmitBlocker(SubmitBlockerKind.NOT_HEARD, Phrase(QT_TRANSLATE_NOOP(
            "Message", "the applicant was not heard: send a hearing letter or record why hearing is not needed "
            "(LPA art. 41)")))]
    if awaiting_answer(hearing):
        assert hearing.reply_by is not None
        return [SubmitBlocker(SubmitBlockerKind.ANSWER_PENDING, Phrase(QT_TRANSLATE_NOOP(
            "Message", "the answer to the hearing letter is not recorded yet (time to comment until {date})"),
            date=hearing.reply_by))]
    return []


# ------------------------------------------------------------------------------------------------ the editor
def _editor_state(session: Session, actor: Actor, order: m.Order) -> RefusalDraft:
    hearing = latest_hearing(session, order.id)
    decision = open_decision(session, order.id)
    catalogue = ground_catalogue(session, order)
    if decision is not None and decision.author == actor.username and decision.status == "draft":
        draft = draft_of(body_from_json(decision.content))
        decision_id: int | None = decision.id
        saved_at = decision.updated_at
    else:
        # a fresh draft: the last returned or withdrawn version's text if any, else the prefill
        previous = session.scalars(
            select(m.Decision).where(m.Decision.order_id == order.id, m.Decision.status != "issued")
            .order_by(m.Decision.id.desc()).limit(1)
        ).first()
        if previous is not None:
            draft = draft_of(body_from_json(previous.content))
        else:
            draft = DraftInput(tuple((g.code, g.text) for g in catalogue if g.suggested),
                               prefill_facts(session, order), "")
        decision_id, saved_at = None, None
    case = case_blocker(actor, order, _PROPOSE)
    blockers = [*([case] if case is not None else []), *_hearing_blockers(hearing), *draft_blockers(draft)]
    address = order_address(order)
    return RefusalDraft(
        order_id=order.id, reference=order.reference, order_version=order.version, status=Status(order.status),
        decision_id=decision_id, saved_at=saved_at, catalogue=catalogue, draft=draft,
        hearing=hearing_view(session, hearing), abroad=not address.is_swiss,
        address_lines=tuple(address_lines(address)), return_comment=last_return_comment(session, order),
        submit_blockers=tuple(blockers),
    )


@use_case(Permission.PROPOSE_REFUSAL)
def refusal_draft(engine: Engine, actor: Actor, order_id: int) -> RefusalDraft:
    with UnitOfWork(engine, write=False) as uow:
        order = load_order(uow, order_id, lock=False)
        return _editor_state(uow.session, actor, order)


@use_case(Permission.PROPOSE_REFUSAL)
def save_refusal_draft(engine: Engine, actor: Actor, order_id: int, draft: DraftInput) -> RefusalDraft:
    """Autosave: the actor's draft is written; the order itself (and its version) does not change."""
    with UnitOfWork(engine) as uow:
        order = load_order(uow, order_id)
        require_case(actor, order, (Status.IN_REVIEW, Status.ON_HOLD),
                     QT_TRANSLATE_NOOP("Message", "write a refusal"))
        body = letter_body(uow.session, order, draft, LetterKind.DECISION,
                           hearing=latest_hearing(uow.session, order.id))
        save_draft_row(uow, actor, order, body)
        state = _editor_state(uow.session, actor, order)
        uow.commit()
        return state


@use_case(Permission.PROPOSE_REFUSAL, Permission.DECIDE_REFUSAL)
def preview_refusal(engine: Engine, actor: Actor, order_id: int, draft: DraftInput) -> bytes:
    """The decision as the draft stands, marked PROJET, unsigned and unnumbered; nothing is written."""
    return preview_letter(engine, order_id, draft, LetterKind.DECISION)


@use_case(Permission.PROPOSE_REFUSAL)
def submit_refusal(engine: Engine, actor: Actor, order_id: int, expected_version: int, draft: DraftInput
                   ) -> OrderState:
    """in_review → refusal_proposed: the content is frozen and hashed; the hearing must be done."""
    with UnitOfWork(engine) as uow:
        session = uow.session
        order = load_order_at(uow, order_id, expected_version)
        check_transition(order.status, Status.REFUSAL_PROPOSED, actor.roles, actor=actor.username,
                         assignee=order.assigned_to)
        hearing = latest_hearing(session, order.id)
        body = letter_body(session, order, draft, LetterKind.DECISION, hearing=hearing)
        problems = [*_hearing_blockers(hearing), *content_blockers(body)]
        if problems:
            raise RefusalNotReady(order.reference, problems)
        assert hearing is not None
        decision = save_draft_row(uow, actor, order, body)
        now = clock.now()
        decision.status = "proposed"
        decision.proposed_at = now
        decision.hearing = "letter_sent" if hearing.mode == "letter" else "not_needed"
        decision.hearing_note = hearing.reason if hearing.mode == "not_needed" else hearing_summary(hearing)
        session.flush()
        move(uow, actor, order, Status.REFUSAL_PROPOSED,
              note=stored("history.propose_refusal", count=len(body.grounds),
                          grounds=Listing(Code("ground", g.code) for g in body.grounds)))
        uow.audit(actor, "decision.proposed", "decision", decision.id,
                  {"order_id": order.id, "content_sha256": decision.content_sha256,
                   "grounds": [g.code for g in body.grounds], "hearing": decision.hearing})
        return committed(uow, order)
