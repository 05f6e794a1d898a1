"""Refusal decisions (DESIGN §3, §6, §7): grounds, the right to be heard, drafts, four-eyes approval, the archive.

* **Grounds** come from the catalogue (``refusal_grounds``) in force on the day of payment (G3); each paragraph's
  placeholders are filled from the order; the editor pre-ticks the grounds whose condition is not met.
* **Right to be heard** (LPA art. 41), before a refusal is proposed: a hearing letter (``documents`` kind
  ``hearing_letter``; the order waits ``on_hold`` until the working day after the time to comment) whose answer —
  or its absence — is then recorded, or the recorded reason why hearing is not needed (``hearings``).
* **Drafts** are ``decisions`` rows with status ``draft``, autosaved by their author; **submitting** freezes the
  content (``proposed``) and moves the order to ``refusal_proposed``.
* **Four-eyes**: a supervisor other than the author approves — only the exact content they read (its SHA-256 is
  quoted back) — which numbers the decision, renders the final PDF with their name and date and stores it with its
  hash (``issued``; the order is ``refused``); or returns it with a mandatory comment (back to the author).
* **Archive**: the issued PDF is the original; it is handed out only after its hash is checked (exported, against
  the hash sealed in the audit event of its issue too: ``services/archive.py``, which also proves the archive by
  rendering it again); a copy for any other purpose is rendered again from the approved content, marked COPIE, and
  not stored.

Every change writes its history row and its audit event in its own transaction; a stale order version is refused.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar, cast

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from ocpm_desk.features.casework.api import OrderState
from ocpm_desk.features.casework.claiming import check_version, load_order, move, order_state
from ocpm_desk.features.casework.handling import order_address, touch
from ocpm_desk.features.casework.review import condition_view, order_rule_set
from ocpm_desk.features.overview.counts import closure_days
from ocpm_desk.features.reference.letterhead import read_letterhead
from ocpm_desk.features.refusals.api import (
    DraftInput,
    GroundChoice,
    IssuedDecision,
    ProposalRow,
    ProposalView,
    RefusalDraft,
    RefusalNotReady,
    SubmitBlocker,
    SubmitBlockerKind,
    draft_blockers,
)
from ocpm_desk.features.refusals.archive import issue_payload, issue_records, original_letter, pdf_problem, seal
from ocpm_desk.features.refusals.proposals import (
    awaiting_answer,
    display_names,
    hearing_view,
    last_return_comment,
    latest_hearing,
    open_decision,
    works_the_case,
)
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.addresses import address_lines
from ocpm_desk.kernel.calendar import GENEVA, add_working_days, geneva_date
from ocpm_desk.kernel.effective import in_force
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, TransitionNotAllowed
from ocpm_desk.kernel.letters import (
    Letter,
    LetterBody,
    LetterGround,
    LetterKind,
    Mark,
    Signature,
    body_from_json,
    body_json,
    body_sha256,
    clean_text,
    fill_paragraph,
    format_date_fr,
    hearing_reply_by,
)
from ocpm_desk.kernel.lifecycle import Status, check_transition
from ocpm_desk.kernel.money import format_chf
from ocpm_desk.kernel.notes import Code, encode, text_note
from ocpm_desk.kernel.notes import note as stored
from ocpm_desk.kernel.permissions import Permission
from ocpm_desk.kernel.phrases import Bilingual, Listing, Phrase, Words

T = TypeVar("T")

#: Shortest comment of a returned proposal, and of the reason why hearing is not needed.
MIN_COMMENT = 10
SIGNATORY_TITLE = "Responsable de secteur"
CASEWORKER_TITLE = "Gestionnaire"
MAX_GROUNDS = 12
MAX_FACTS = 40
MAX_TEXT = 20_000


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
_PROPOSE = QT_TRANSLATE_NOOP("Message", "propose a refusal")


def _decision_status(status: str) -> Phrase:
    return Phrase(_STATUS_WORDS.get(status, status))


def _render(letter: Letter) -> bytes:
    from ocpm_desk.infrastructure.pdf.letters import render_letter  # reportlab is loaded on first use only

    return render_letter(letter)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _decision_number(decision: m.Decision, day: date) -> str:
    """``D-2026-000042``: the year of approval and the row's id (unique without a shared counter to lock)."""
    return f"D-{day.year}-{decision.id:06d}"


# ------------------------------------------------------------------------------------------------ building blocks
def _payment_day(order: m.Order) -> date:
    return geneva_date(order.paid_at or order.ordered_at)


def _memo(session: Session, key: tuple[object, ...], compute: Callable[[], T]) -> T:
    """``compute()`` once per unit of work (its session): the catalogue and the unmet conditions of an order are read
    by several steps of one use case (the editor's state, the letter body, its grounds) and do not change there."""
    cache: dict[tuple[object, ...], Any] = session.info.setdefault("ocpm_decisions_memo", {})
    if key not in cache:
        cache[key] = compute()
    return cast(T, cache[key])


def _grounds_in_force(session: Session, order: m.Order) -> list[m.RefusalGround]:
    """The catalogue on the day of payment (G3): per code, the version in force then, in catalogue order."""
    return _memo(session, ("grounds", order.id), lambda: _read_grounds_in_force(session, order))


def _read_grounds_in_force(session: Session, order: m.Order) -> list[m.RefusalGround]:
    day = _payment_day(order)
    rows = session.scalars(select(m.RefusalGround).order_by(m.RefusalGround.id)).all()
    chosen: dict[str, m.RefusalGround] = {}
    for row in rows:
        if in_force(row.valid_from, row.valid_to, day):
            current = chosen.get(row.code)
            if current is None or row.valid_from > current.valid_from:
                chosen[row.code] = row
    return list(chosen.values())


def _person(order: m.Order) -> m.Applicant:
    return order.concerned_person or order.applicant


def _full_name(person: m.Applicant) -> str:
    return f"{person.first_name} {person.last_name}".strip()


def _placeholders(session: Session, order: m.Order) -> dict[str, str]:
    service = session.get(m.Service, order.service_code)
    person = _person(order)
    return {
        "service": service.label_fr if service is not None else order.service_code,
        "person": _full_name(person),
        "birth_date": format_date_fr(person.birth_date),
        "reference": order.reference,
        "ordered_on": format_date_fr(geneva_date(order.ordered_at)),
        "paid_on": format_date_fr(_payment_day(order)),
    }


def _unmet_conditions(session: Session, order: m.Order) -> list[tuple[str, str]]:
    """(code, label) of mandatory conditions that are not satisfied (by result or override)."""
    return _memo(session, ("unmet", order.id), lambda: _read_unmet_conditions(session, order))


def _read_unmet_conditions(session: Session, order: m.Order) -> list[tuple[str, str]]:
    try:
        rule_set = order_rule_set(session, order)
    except DomainError:
        return []
    stored = {r.rule_id: r for r in session.scalars(
        select(m.ConditionResult).where(m.ConditionResult.order_id == order.id))}
    out = []
    for rule in rule_set.rules:
        view = condition_view(rule, stored.get(rule.id))
        if view.mandatory and view.effective is not None and not view.satisfied:
            out.append((rule.code, rule.label))
    return out


def _catalogue(session: Session, order: m.Order) -> tuple[GroundChoice, ...]:
    values = _placeholders(session, order)
    unmet = {code for code, _ in _unmet_conditions(session, order)}
    out = []
    for ground in _grounds_in_force(session, order):
        try:
            filled = fill_paragraph(ground.paragraph, values)
        except ValueError:
            filled = ground.paragraph
        out.append(GroundChoice(ground.code, ground.title, ground.legal_basis, ground.paragraph, filled,
                                ground.condition_code, ground.condition_code in unmet))
    return tuple(out)


def _prefill_facts(session: Session, order: m.Order) -> tuple[str, ...]:
    values = _placeholders(session, order)
    applicant = order.applicant
    facts = []
    ordered = (f"Le {values['ordered_on']}, {_full_name(applicant)} a commandé en ligne la prestation "
               f"«\u00a0{values['service']}\u00a0» (commande {order.reference})")
    if order.concerned_person is not None:
        ordered += f" concernant {values['person']}, né(e) le {values['birth_date']}"
    facts.append(ordered + ".")
    paid = (order.fee_paid_centimes or 0) + (order.postage_paid_centimes or 0)
    if order.paid_at is not None:
        facts.append(f"Le montant de {format_chf(paid)} a été payé en ligne le {values['paid_on']}.")
    unmet = _unmet_conditions(session, order)
    if len(unmet) == 1:
        facts.append("L'examen de la commande au regard du registre cantonal de la population a montré que la "
                     f"condition «\u00a0{unmet[0][1]}\u00a0» n'est pas remplie.")
    elif unmet:
        labels = "; ".join(f"«\u00a0{label}\u00a0»" for _, label in unmet)
        facts.append("L'examen de la commande au regard du registre cantonal de la population a montré que les "
                     f"conditions suivantes ne sont pas remplies\u00a0: {labels}.")
    return tuple(facts)


def _hearing_summary(hearing: m.Hearing | None) -> str:
    """The last fact of a decision: how the applicant was heard (nothing when hearing was not needed)."""
    if hearing is None or hearing.mode != "letter" or hearing.sent_on is None or hearing.reply_by is None:
        return ""
    text = (f"Par courrier du {format_date_fr(hearing.sent_on)}, l'OCPM a informé le demandeur de son intention de "
            f"refuser la prestation et lui a imparti un délai au {format_date_fr(hearing.reply_by)} pour se "
            "déterminer (art. 41 LPA).")
    if hearing.answer:
        received = f" le {format_date_fr(hearing.answered_on)}" if hearing.answered_on else ""
        text += f" Le demandeur a fait part de ses observations{received}; elles ne permettent pas de retenir " \
                "que les conditions de délivrance sont remplies."
    elif hearing.answer == "":
        text += " Le demandeur ne s'est pas déterminé dans le délai imparti."
    return text


def _salutation(order: m.Order) -> str:
    return {"1": "Madame,", "2": "Monsieur,", "3": "Mademoiselle,"}.get(order.addr_mr_mrs or "", "Madame, Monsieur,")


def _body(session: Session, order: m.Order, draft: DraftInput, kind: LetterKind, *, reply_by: date | None = None,
          hearing: m.Hearing | None = None) -> LetterBody:
    """The letter body for ``draft``; unknown or repeated grounds are refused, texts cleaned."""
    catalogue = {g.code: g for g in _grounds_in_force(session, order)}
    if len(draft.grounds) > MAX_GROUNDS or len(draft.facts) > MAX_FACTS:
        raise DomainError(QT_TRANSLATE_NOOP("Message", "a decision has at most {grounds} grounds and {facts} facts"),
                          grounds=MAX_GROUNDS, facts=MAX_FACTS)
    grounds: list[LetterGround] = []
    seen: set[str] = set()
    for code, paragraph in draft.grounds:
        ground = catalogue.get(code)
        if ground is None:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "ground {code!r} is not in the catalogue in force on the day of payment ({date})"),
                code=code, date=_payment_day(order))
        if code in seen:
            raise DomainError(QT_TRANSLATE_NOOP("Message", "ground {code!r} is chosen twice"), code=code)
        seen.add(code)
        grounds.append(LetterGround(code, ground.title, ground.legal_basis, clean_text(paragraph)[:MAX_TEXT]))
    service = session.get(m.Service, order.service_code)
    rule_set = order_rule_set(session, order)
    address = order_address(order)
    return LetterBody(
        kind=kind,
        reference=order.reference,
        service_code=order.service_code,
        service_label=service.label_fr if service is not None else order.service_code,
        address_lines=tuple(address_lines(address)),
        abroad=not address.is_swiss,
        salutation=_salutation(order),
        person=_full_name(_person(order)),
        facts=tuple(f for f in (clean_text(x)[:MAX_TEXT] for x in draft.facts) if f),
        grounds=tuple(grounds),
        free_text=clean_text(draft.free_text)[:MAX_TEXT],
        fee_centimes=order.fee_paid_centimes or 0,
        remedy=rule_set.remedy if kind is LetterKind.DECISION else "",
        reply_by=reply_by,
        hearing_summary=_hearing_summary(hearing) if kind is LetterKind.DECISION else "",
    )


def _draft_of(body: LetterBody) -> DraftInput:
    return DraftInput(tuple((g.code, g.text) for g in body.grounds), body.facts, body.free_text)


def _content_blockers(body: LetterBody, *, hearing_letter: bool = False) -> tuple[SubmitBlocker, ...]:
    """What keeps the letter as cleaned from going (the same rule the editor applies to what it holds)."""
    return draft_blockers(_draft_of(body), hearing_letter=hearing_letter)


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


def _case_blocker(actor: Actor, order: m.Order, what: str) -> SubmitBlocker | None:
    """Why ``actor`` may not submit a refusal of ``order`` as it stands (the same words as ``_require_case``)."""
    if order.status != Status.IN_REVIEW.value:
        return SubmitBlocker(SubmitBlockerKind.STATUS, Phrase(
            _NOT_WHILE, reference=order.reference, status=Words(Status(order.status)), what=Phrase(what),
            allowed=Listing((Words(Status.IN_REVIEW),), _OR)))
    if not works_the_case(actor, order):
        if order.assigned_to:
            return SubmitBlocker(SubmitBlockerKind.ASSIGNEE, Phrase(
                _NOT_YOURS, assignee=order.assigned_to, what=Phrase(what), reference=order.reference))
        return SubmitBlocker(SubmitBlockerKind.ASSIGNEE, Phrase(_NOBODYS, what=Phrase(what),
                                                                reference=order.reference))
    return None


def _require_case(actor: Actor, order: m.Order, statuses: tuple[Status, ...], what: str) -> None:
    """``what``: a marked template, the words of the work ("send a hearing letter")."""
    if order.status not in {s.value for s in statuses}:
        allowed = Listing((Words(s) for s in statuses), _OR)
        raise DomainError(_NOT_WHILE, reference=order.reference, status=Words(Status(order.status)),
                          what=Phrase(what), allowed=allowed)
    if not works_the_case(actor, order):
        if order.assigned_to:
            raise DomainError(_NOT_YOURS, assignee=order.assigned_to, what=Phrase(what), reference=order.reference)
        raise DomainError(_NOBODYS, what=Phrase(what), reference=order.reference)


def _store_grounds(session: Session, decision: m.Decision, body: LetterBody) -> None:
    session.execute(delete(m.DecisionGround).where(m.DecisionGround.decision_id == decision.id))
    order = session.get(m.Order, decision.order_id)
    assert order is not None
    # the catalogue version in force for the order: _body took the grounds from the same catalogue
    ground_ids = {g.code: g.id for g in _grounds_in_force(session, order)}
    for position, ground in enumerate(body.grounds, start=1):
        session.add(m.DecisionGround(decision_id=decision.id, ground_id=ground_ids[ground.code], position=position,
                                     text=ground.text))
    session.flush()


def _save_draft_row(uow: UnitOfWork, actor: Actor, order: m.Order, body: LetterBody) -> m.Decision:
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


def _editor_state(session: Session, actor: Actor, order: m.Order) -> RefusalDraft:
    hearing = latest_hearing(session, order.id)
    decision = open_decision(session, order.id)
    catalogue = _catalogue(session, order)
    if decision is not None and decision.author == actor.username and decision.status == "draft":
        draft = _draft_of(body_from_json(decision.content))
        decision_id: int | None = decision.id
        saved_at = decision.updated_at
    else:
        # a fresh draft: the last returned or withdrawn version's text if any, else the prefill
        previous = session.scalars(
            select(m.Decision).where(m.Decision.order_id == order.id, m.Decision.status != "issued")
            .order_by(m.Decision.id.desc()).limit(1)
        ).first()
        if previous is not None:
            draft = _draft_of(body_from_json(previous.content))
        else:
            draft = DraftInput(tuple((g.code, g.text) for g in catalogue if g.suggested), _prefill_facts(session,
                                                                                                       order), "")
        decision_id, saved_at = None, None
    case = _case_blocker(actor, order, _PROPOSE)
    blockers = [*([case] if case is not None else []), *_hearing_blockers(hearing), *draft_blockers(draft)]
    address = order_address(order)
    return RefusalDraft(
        order_id=order.id, reference=order.reference, order_version=order.version, status=Status(order.status),
        decision_id=decision_id, saved_at=saved_at, catalogue=catalogue, draft=draft,
        hearing=hearing_view(session, hearing), abroad=not address.is_swiss,
        address_lines=tuple(address_lines(address)), return_comment=last_return_comment(session, order),
        submit_blockers=tuple(blockers),
    )


# ------------------------------------------------------------------------------------------------ the editor
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
        _require_case(actor, order, (Status.IN_REVIEW, Status.ON_HOLD),
                      QT_TRANSLATE_NOOP("Message", "write a refusal"))
        body = _body(uow.session, order, draft, LetterKind.DECISION, hearing=latest_hearing(uow.session, order.id))
        _save_draft_row(uow, actor, order, body)
        state = _editor_state(uow.session, actor, order)
        uow.commit()
        return state


def _preview(engine: Engine, actor: Actor, order_id: int, draft: DraftInput, kind: LetterKind) -> bytes:
    with UnitOfWork(engine, write=False) as uow:
        session = uow.session
        order = load_order(uow, order_id, lock=False)
        hearing = latest_hearing(session, order.id)
        today = clock.today()
        reply_by = hearing_reply_by(today) if kind is LetterKind.HEARING else None
        body = _body(session, order, draft, kind, reply_by=reply_by, hearing=hearing)
        letter = Letter(read_letterhead(session), body, today, mark=Mark.DRAFT)
    return _render(letter)


@use_case(Permission.PROPOSE_REFUSAL, Permission.DECIDE_REFUSAL)
def preview_refusal(engine: Engine, actor: Actor, order_id: int, draft: DraftInput) -> bytes:
    """The decision as the draft stands, marked PROJET, unsigned and unnumbered; nothing is written."""
    return _preview(engine, actor, order_id, draft, LetterKind.DECISION)


@use_case(Permission.PROPOSE_REFUSAL)
def preview_hearing_letter(engine: Engine, actor: Actor, order_id: int, draft: DraftInput) -> bytes:
    return _preview(engine, actor, order_id, draft, LetterKind.HEARING)


@use_case(Permission.PROPOSE_REFUSAL)
def submit_refusal(engine: Engine, actor: Actor, order_id: int, expected_version: int, draft: DraftInput
                   ) -> OrderState:
    """in_review → refusal_proposed: the content is frozen and hashed; the hearing must be done."""
    with UnitOfWork(engine) as uow:
        session = uow.session
        order = load_order(uow, order_id)
        check_version(order, expected_version)
        check_transition(order.status, Status.REFUSAL_PROPOSED, actor.roles, actor=actor.username,
                         assignee=order.assigned_to)
        hearing = latest_hearing(session, order.id)
        body = _body(session, order, draft, LetterKind.DECISION, hearing=hearing)
        problems = [*_hearing_blockers(hearing), *_content_blockers(body)]
        if problems:
            raise RefusalNotReady(order.reference, problems)
        assert hearing is not None
        decision = _save_draft_row(uow, actor, order, body)
        now = clock.now()
        decision.status = "proposed"
        decision.proposed_at = now
        decision.hearing = "letter_sent" if hearing.mode == "letter" else "not_needed"
        decision.hearing_note = hearing.reason if hearing.mode == "not_needed" else _hearing_summary(hearing)
        session.flush()
        move(uow, actor, order, Status.REFUSAL_PROPOSED,
              note=stored("history.propose_refusal", count=len(body.grounds),
                          grounds=Listing(Code("ground", g.code) for g in body.grounds)))
        uow.audit(actor, "decision.proposed", "decision", decision.id,
                  {"order_id": order.id, "content_sha256": decision.content_sha256,
                   "grounds": [g.code for g in body.grounds], "hearing": decision.hearing})
        uow.commit()
        return order_state(order)


# ------------------------------------------------------------------------------------------------ the hearing
@use_case(Permission.PROPOSE_REFUSAL)
def send_hearing_letter(engine: Engine, actor: Actor, order_id: int, expected_version: int, draft: DraftInput,
                        *, today: date | None = None) -> OrderState:
    """The hearing letter is stored (``documents``) and the order waits on hold for the applicant's comments."""
    day = today or clock.today()
    with UnitOfWork(engine) as uow:
        session = uow.session
        order = load_order(uow, order_id)
        check_version(order, expected_version)
        _require_case(actor, order, (Status.IN_REVIEW,), QT_TRANSLATE_NOOP("Message", "send a hearing letter"))
        check_transition(order.status, Status.ON_HOLD, actor.roles, actor=actor.username,
                         assignee=order.assigned_to)
        if awaiting_answer(latest_hearing(session, order.id)):
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "a hearing letter for order {reference} is still waiting for its answer"),
                reference=order.reference)
        reply_by = hearing_reply_by(day)
        body = _body(session, order, draft, LetterKind.HEARING, reply_by=reply_by)
        problems = _content_blockers(body, hearing_letter=True)
        if problems:
            raise RefusalNotReady(order.reference, problems, hearing_letter=True)
        names = display_names(session, [actor.username])
        letter = Letter(read_letterhead(session), body, day,
                        signature=Signature(names.get(actor.username, actor.username), CASEWORKER_TITLE, day))
        pdf = _render(letter)
        now = clock.now()
        document = m.Document(order_id=order.id, kind="hearing_letter", pdf=pdf, sha256=_sha(pdf), created_at=now,
                              created_by=actor.username)
        session.add(document)
        session.flush()
        session.add(m.Hearing(order_id=order.id, mode="letter", document_id=document.id, sent_on=day,
                              reply_by=reply_by, recorded_at=now, recorded_by=actor.username))
        # the editor's text is kept as the refusal draft, so that the decision starts from it
        _save_draft_row(uow, actor, order, _body(session, order, draft, LetterKind.DECISION))
        follow_up = add_working_days(reply_by, 1, closures=closure_days(session))
        order.hold_reason = encode(stored("hold.hearing", date=reply_by))
        order.hold_until = follow_up
        move(uow, actor, order, Status.ON_HOLD,
              note=stored("history.hearing_sent", reply_by=reply_by, follow_up=follow_up))
        uow.audit(actor, "order.hearing_letter_sent", "order", order.id,
                  {"document_id": document.id, "sha256": document.sha256, "reply_by": reply_by.isoformat()})
        uow.commit()
        return order_state(order)


@use_case(Permission.PROPOSE_REFUSAL)
def record_hearing_not_needed(engine: Engine, actor: Actor, order_id: int, expected_version: int, reason: str
                              ) -> OrderState:
    text = clean_text(reason)
    with UnitOfWork(engine) as uow:
        session = uow.session
        order = load_order(uow, order_id)
        check_version(order, expected_version)
        _require_case(actor, order, (Status.IN_REVIEW,), QT_TRANSLATE_NOOP("Message", "record the hearing"))
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
        uow.commit()
        return order_state(order)


@use_case(Permission.PROPOSE_REFUSAL)
def record_hearing_answer(engine: Engine, actor: Actor, order_id: int, expected_version: int, answer: str,
                          received_on: date | None, *, today: date | None = None) -> OrderState:
    """The applicant's comments and their date, or (``answer=""``, ``received_on=None``) that none came in time.

    An order waiting on hold for them goes back to review."""
    day = today or clock.today()
    text = clean_text(answer)
    with UnitOfWork(engine) as uow:
        session = uow.session
        order = load_order(uow, order_id)
        check_version(order, expected_version)
        _require_case(actor, order, (Status.IN_REVIEW, Status.ON_HOLD),
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
        uow.commit()
        return order_state(order)


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


def _load_decision(uow: UnitOfWork, decision_id: int, *, lock: bool = True) -> m.Decision:
    stmt = select(m.Decision).where(m.Decision.id == decision_id)
    if lock:
        stmt = stmt.with_for_update()
    decision = uow.session.scalars(stmt).one_or_none()
    if decision is None:
        raise NotFound(QT_TRANSLATE_NOOP("Message", "decision #{id} does not exist"), id=decision_id)
    return decision


@use_case(Permission.DECIDE_REFUSAL)
def proposal(engine: Engine, actor: Actor, decision_id: int) -> ProposalView:
    """A proposal as the supervisor reads it, with the letter as it would be issued (marked PROJET).

    Reading it shows personal data: writes ``order.viewed``."""
    with UnitOfWork(engine) as uow:
        session = uow.session
        decision = _load_decision(uow, decision_id, lock=False)
        if decision.status != "proposed":
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "decision #{id} is {decision_status}, not a proposal waiting for approval"),
                id=decision_id, decision_status=_decision_status(decision.status))
        order = load_order(uow, decision.order_id, lock=False)
        names = display_names(session, [decision.author])
        body = body_from_json(decision.content)
        letter = Letter(read_letterhead(session), body, clock.today(), mark=Mark.DRAFT)
        view = ProposalView(
            row=_proposal_row(session, actor, decision, order, names), order_version=order.version,
            content_sha256=decision.content_sha256,
            grounds=tuple((g.title, g.legal_basis) for g in body.grounds),
            hearing=hearing_view(session, latest_hearing(session, order.id)), hearing_note=decision.hearing_note,
            preview_pdf=_render(letter),
        )
        uow.audit(actor, "order.viewed", "order", order.id, {"reference": order.reference, "decision": decision.id})
        uow.commit()
        return view


def _require_decidable(actor: Actor, decision: m.Decision, content_sha256: str) -> None:
    if decision.status != "proposed":
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "decision #{id} is {decision_status}: only a proposal waiting for approval can be approved or "
            "returned"), id=decision.id, decision_status=_decision_status(decision.status))
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
        decision = _load_decision(uow, decision_id)
        order = load_order(uow, decision.order_id)
        _require_decidable(actor, decision, content_sha256)
        check_transition(order.status, Status.REFUSED, actor.roles, actor=actor.username,
                         assignee=order.assigned_to, author=decision.author)
        names = display_names(session, [actor.username])
        number = _decision_number(decision, day)
        letterhead = read_letterhead(session)
        signature = Signature(names.get(actor.username, actor.username), SIGNATORY_TITLE, day)
        pdf = _render(original_letter(letterhead, decision.content, number, signature))
        # the order first: its trigger finds the proposal's author while the decision is still proposed
        move(uow, actor, order, Status.REFUSED, author=decision.author,
              note=stored("history.decision_issued", number=number))
        now = clock.now()
        decision.status = "issued"
        decision.number = number
        decision.approver = actor.username
        decision.pdf = pdf
        decision.pdf_sha256 = _sha(pdf)
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
        decision = _load_decision(uow, decision_id)
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
        uow.commit()
        return order_state(order)


# ------------------------------------------------------------------------------------------------ the archive
_ALTERED = QT_TRANSLATE_NOOP(
    "Message", "decision {number}: the archived PDF does not match its recorded SHA-256 (recorded {recorded}, found "
    "{found}); it was altered — report it, do not send it")
_UNPROVEN = QT_TRANSLATE_NOOP(
    "Message", "decision {number}: no sealed audit event of its issue vouches for the archived PDF; it is not handed "
    "out as the original — report it")


def _original(decision: m.Decision) -> bytes:
    if decision.status != "issued" or decision.pdf is None or decision.pdf_sha256 is None:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "decision #{id} is {decision_status}: only an issued decision has an original"),
            id=decision.id, decision_status=_decision_status(decision.status))
    actual = _sha(decision.pdf)
    if actual != decision.pdf_sha256:
        raise DecisionIntegrityError(_ALTERED, number=decision.number, recorded=decision.pdf_sha256, found=actual)
    return decision.pdf


def _vouched_original(engine: Engine, uow: UnitOfWork, decision: m.Decision) -> None:
    """The original goes out only when the sealed audit event of its issue records its SHA-256 (services/archive:
    the bytes and the hash stored beside them prove nothing by themselves)."""
    pdf = _original(decision)
    seal(engine)  # PostgreSQL: its event is sealed now (read committed: this unit of work sees it)
    record = issue_records(uow.session, [(decision.id, decision.approver)]).get(decision.id)
    if pdf_problem(pdf, decision.pdf_sha256, record) is None:
        return
    if record is not None and record.problem is None and record.pdf_sha256 is not None:
        raise DecisionIntegrityError(_ALTERED, number=decision.number, recorded=record.pdf_sha256, found=_sha(pdf))
    raise DecisionIntegrityError(_UNPROVEN, number=decision.number)


def _copy(session: Session, decision: m.Decision) -> bytes:
    assert decision.decided_at is not None and decision.approver is not None
    signed_on = decision.decided_at.astimezone(GENEVA).date()
    names = display_names(session, [decision.approver])
    letter = Letter(read_letterhead(session), body_from_json(decision.content), signed_on, number=decision.number,
                    signature=Signature(names.get(decision.approver, decision.approver), SIGNATORY_TITLE, signed_on),
                    mark=Mark.COPY)
    return _render(letter)


def _hand_out(uow: UnitOfWork, actor: Actor, decision: m.Decision, copy: bool) -> bytes:
    original = _original(decision)  # a copy too is refused when the archive does not hold
    data = _copy(uow.session, decision) if copy else original
    uow.audit(actor, "decision.copy_made" if copy else "decision.original_read", "decision", decision.id,
              {"number": decision.number, "sha256": _sha(data)})
    uow.commit()
    return data


@use_case(Permission.VIEW_ORDER)
def decision_pdf(engine: Engine, actor: Actor, decision_id: int, *, copy: bool = False) -> bytes:
    """The archived original (hash checked), or a copy marked COPIE rendered again and not stored."""
    with UnitOfWork(engine) as uow:
        return _hand_out(uow, actor, _load_decision(uow, decision_id, lock=False), copy)


@use_case(Permission.VIEW_ORDER)
def export_decision(engine: Engine, actor: Actor, reference: str, number: str | None = None, *,
                    copy: bool = False) -> tuple[str, bytes]:
    """(number, PDF) of the order's latest issued decision, or the one numbered ``number``."""
    with UnitOfWork(engine) as uow:
        order_id = uow.session.scalar(select(m.Order.id).where(m.Order.reference == reference.strip()))
        if order_id is None:
            raise NotFound(QT_TRANSLATE_NOOP(
                "Message", "no order has the reference {reference!r}"), reference=reference)
        stmt = select(m.Decision).where(m.Decision.order_id == order_id, m.Decision.status == "issued")
        if number is not None:
            stmt = stmt.where(m.Decision.number == number.strip())
        decision = uow.session.scalars(stmt.order_by(m.Decision.id.desc()).limit(1)).first()
        if decision is None:
            if number:
                raise NotFound(QT_TRANSLATE_NOOP("Message", "order {reference} has no issued decision numbered "
                                                            "{number}"), reference=reference, number=number)
            raise NotFound(QT_TRANSLATE_NOOP(
                "Message", "order {reference} has no issued decision"), reference=reference)
        assert decision.number is not None
        if not copy:
            _vouched_original(engine, uow, decision)
        return decision.number, _hand_out(uow, actor, decision, copy)

