"""Four-eyes approval of a refusal (DESIGN §6, §7): the proposals a supervisor reads, approves or returns.

A supervisor other than the author approves (``approve_refusal``) — only the exact content they read (its SHA-256 is
quoted back) — which numbers the decision, renders the final PDF with their name and date and stores it with its
hash (``issued``; the order is ``refused``), the hashes and the renderer's fingerprint sealed in the audit event of
its issue (``archive``); or returns it (``return_refusal``) with a mandatory comment (back to the author).
``refusal_proposals`` lists the proposals waiting; ``proposal`` shows one with its letter marked PROJET.
"""

from __future__ import annotations

import hashlib
from datetime import date

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from ocpm_desk.features.casework.steps import committed, load_order, move
from ocpm_desk.features.reference.steps import read_letterhead
from ocpm_desk.features.refusals.api import IssuedDecision, ProposalRow, ProposalView
from ocpm_desk.features.refusals.archive import issue_payload, original_letter
from ocpm_desk.features.refusals.common import (
    MIN_COMMENT,
    SIGNATORY_TITLE,
    DecisionIntegrityError,
    decision_status,
    load_decision,
    render_pdf,
    sha256_hex,
)
from ocpm_desk.features.refusals.proposals import display_names, hearing_view, latest_hearing
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError
from ocpm_desk.kernel.letters import Letter, Mark, Signature, body_from_json, clean_text
from ocpm_desk.kernel.lifecycle import OrderState, Status, TransitionNotAllowed, check_transition
from ocpm_desk.kernel.notes import note as stored
from ocpm_desk.kernel.permissions import Permission
from ocpm_desk.kernel.phrases import Bilingual, Phrase


def _decision_number(decision: m.Decision, day: date) -> str:
    """``D-2026-000042``: the year of approval and the row's id (unique without a shared counter to lock)."""
    return f"D-{day.year}-{decision.id:06d}"


# ------------------------------------------------------------------------------------------------ four eyes
def _proposal_row(session: Session, actor: Actor, decision: m.Decision, order: m.Order,
                  names: dict[str, str]) -> ProposalRow:
    service = session.get(m.Service, order.service_code)
    assert decision.proposed_at is not None and decision.hearing is not None
    return ProposalRow(
        decision_id=decision.id, order_id=order.id, reference=order.reference, service_code=order.service_code,
        service_label=Bilingual(service.label_fr, service.label_en) if service is not None else order.service_code,
        author=decision.author,
        author_name=names.get(decision.author, decision.author), proposed_at=decision.proposed_at,
        hearing=decision.hearing, abroad=order.addr_country != "CH", own=decision.author == actor.username,
    )


@use_case(Permission.DECIDE_REFUSAL)
def refusal_proposals(engine: Engine, actor: Actor) -> list[ProposalRow]:
    """Proposals waiting for a supervisor, oldest first (own ones included, flagged: they cannot decide them)."""
    with UnitOfWork(engine, write=False) as uow:
        session = uow.session
        pairs = session.execute(
            select(m.Decision, m.Order).join(m.Order, m.Order.id == m.Decision.order_id)
            .where(m.Decision.status == "proposed").order_by(m.Decision.proposed_at, m.Decision.id)
        ).all()
        names = display_names(session, [d.author for d, _ in pairs])
        return [_proposal_row(session, actor, d, o, names) for d, o in pairs]


@use_case(Permission.DECIDE_REFUSAL)
def proposal(engine: Engine, actor: Actor, decision_id: int) -> ProposalView:
    """A proposal as the supervisor reads it, with the letter as it would be issued (marked PROJET).

    Reading it shows personal data: writes ``order.viewed``."""
    with UnitOfWork(engine) as uow:
        session = uow.session
        decision = load_decision(uow, decision_id, lock=False)
        if decision.status != "proposed":
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "decision #{id} is {decision_status}, not a proposal waiting for approval"),
                id=decision_id, decision_status=decision_status(decision.status))
        order = load_order(uow, decision.order_id, lock=False)
        names = display_names(session, [decision.author])
        body = body_from_json(decision.content)
        letter = Letter(read_letterhead(session), body, clock.today(), mark=Mark.DRAFT)
        view = ProposalView(
            row=_proposal_row(session, actor, decision, order, names), order_version=order.version,
            content_sha256=decision.content_sha256,
            grounds=tuple((g.title, g.legal_basis) for g in body.grounds),
            hearing=hearing_view(session, latest_hearing(session, order.id)), hearing_note=decision.hearing_note,
            preview_pdf=render_pdf(letter),
        )
        uow.audit(actor, "order.viewed", "order", order.id, {"reference": order.reference, "decision": decision.id})
        uow.commit()
        return view


def _require_decidable(actor: Actor, decision: m.Decision, content_sha256: str) -> None:
    if decision.status != "proposed":
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "decision #{id} is {decision_status}: only a proposal waiting for approval can be approved or "
            "returned"), id=decision.id, decision_status=decision_status(decision.status))
    if decision.author == actor.username:
        raise TransitionNotAllowed(Status.REFUSAL_PROPOSED.value, Status.REFUSED.value, Phrase(QT_TRANSLATE_NOOP(
            "Message", "a refusal must be approved or returned by a supervisor other than its author")))
    stored = hashlib.sha256(decision.content.encode("utf-8")).hexdigest()
    if stored != decision.content_sha256:
        raise DecisionIntegrityError(QT_TRANSLATE_NOOP(
            "Message", "decision #{id}: its content no longer matches its recorded SHA-256; it cannot be approved"),
            id=decision.id)
    if content_sha256 != decision.content_sha256:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "the proposal changed since you read it (SHA-256 {read}… is no longer its content, now "
            "{now}…): read it again"), read=content_sha256[:12], now=decision.content_sha256[:12])


@use_case(Permission.DECIDE_REFUSAL)
def approve_refusal(engine: Engine, actor: Actor, decision_id: int, content_sha256: str, *,
                    today: date | None = None) -> IssuedDecision:
    """Sign: number, final PDF with the approver's name and date, stored with its hash; the order is refused."""
    day = today or clock.today()
    with UnitOfWork(engine) as uow:
        session = uow.session
        decision = load_decision(uow, decision_id)
        order = load_order(uow, decision.order_id)
        _require_decidable(actor, decision, content_sha256)
        check_transition(order.status, Status.REFUSED, actor.roles, actor=actor.username,
                         assignee=order.assigned_to, author=decision.author)
        names = display_names(session, [actor.username])
        number = _decision_number(decision, day)
        letterhead = read_letterhead(session)
        signature = Signature(names.get(actor.username, actor.username), SIGNATORY_TITLE, day)
        pdf = render_pdf(original_letter(letterhead, decision.content, number, signature))
        # the order first: its trigger finds the proposal's author while the decision is still proposed
        move(uow, actor, order, Status.REFUSED, author=decision.author,
              note=stored("history.decision_issued", number=number))
        now = clock.now()
        decision.status = "issued"
        decision.number = number
        decision.approver = actor.username
        decision.pdf = pdf
        decision.pdf_sha256 = sha256_hex(pdf)
        decision.decided_at = now
        session.flush()
        # sealed in the audit chain: the hashes, and what it takes to render the same bytes again (services/archive)
        uow.audit(actor, "decision.issued", "decision", decision.id,
                  {"order_id": order.id, "number": number, "content_sha256": decision.content_sha256,
                   "pdf_sha256": decision.pdf_sha256, "author": decision.author,
                   **issue_payload(letterhead, signature)})
        uow.commit()
        return IssuedDecision(decision.id, number, order.id, order.reference, actor.username, now,
                              decision.pdf_sha256)


@use_case(Permission.DECIDE_REFUSAL)
def return_refusal(engine: Engine, actor: Actor, decision_id: int, content_sha256: str, comment: str) -> OrderState:
    """Back to its author's "Mes dossiers" (in review) with a mandatory comment; the proposal is kept."""
    text = clean_text(comment)
    with UnitOfWork(engine) as uow:
        session = uow.session
        decision = load_decision(uow, decision_id)
        order = load_order(uow, decision.order_id)
        _require_decidable(actor, decision, content_sha256)
        if len(text) < MIN_COMMENT:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "returning a proposal needs a comment of at least {minimum} characters telling its author "
                "what to change"), minimum=MIN_COMMENT)
        check_transition(order.status, Status.IN_REVIEW, actor.roles, actor=actor.username,
                         assignee=order.assigned_to, author=decision.author)
        author_active = session.scalar(select(m.Staff.active).where(m.Staff.username == decision.author))
        move(uow, actor, order, Status.IN_REVIEW, author=decision.author,
              new_assignee=decision.author if author_active else None,
              note=stored("history.refusal_returned", text=text))
        decision.status = "returned"
        decision.return_comment = text
        decision.decided_at = clock.now()
        session.flush()
        uow.audit(actor, "decision.returned", "decision", decision.id,
                  {"order_id": order.id, "content_sha256": decision.content_sha256, "comment": text})
        return committed(uow, order)
