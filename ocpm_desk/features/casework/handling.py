"""The order screen (DESIGN §3, §3.2, §3.3): open an order, work its conditions, approve, hold, resume, withdraw.

Every change quotes the version the user saw: a stale one raises ``StaleVersion`` naming who changed the order,
and nothing is written. Every change — condition work included — bumps ``orders.version``, so a second session
editing the same order is told rather than silently overwritten. Each use case writes its history row
(``order_events``) and its audit event in its own transaction.

The decisions on an order are here: ``approve`` (only when every mandatory condition is met, by its result or by
an override), ``hold``, ``resume``, ``withdraw``, and ``assignable_staff`` (who an order may be assigned to). The
order screen's other use cases live beside them and are imported here, so that the demo and the tests driving the
order screen find them all under one name: ``order_detail`` (``order_detail.py``), ``evaluate`` and
``set_condition`` (``condition_work.py``); so are the steps other features import from here: ``order_address``
(``claiming.py``), ``touch`` (``history.py``) and ``find_register_person`` (``register.py``).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, exists, func, select
from sqlalchemy.orm import Session

from ocpm_desk.features.casework.api import StaffChoice
from ocpm_desk.features.casework.attestations import make_attestation
from ocpm_desk.features.casework.claiming import committed, load_order_at, move
from ocpm_desk.features.casework.claiming import order_address as order_address
from ocpm_desk.features.casework.condition_work import RESULT_WORDS
from ocpm_desk.features.casework.condition_work import evaluate as evaluate
from ocpm_desk.features.casework.condition_work import set_condition as set_condition
from ocpm_desk.features.casework.history import touch as touch
from ocpm_desk.features.casework.order_detail import order_detail as order_detail
from ocpm_desk.features.casework.register import find_register_person as find_register_person
from ocpm_desk.features.casework.review import never_evaluated, order_conditions, order_rule_set
from ocpm_desk.features.reference.steps import closure_days
from ocpm_desk.features.refusals.steps import OPEN_DECISION_STATUSES
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.calendar import add_working_days, is_working_day
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError
from ocpm_desk.kernel.lifecycle import ASSIGNED_STATUSES, OrderState, Status, check_transition
from ocpm_desk.kernel.notes import Chf, encode
from ocpm_desk.kernel.notes import note as stored
from ocpm_desk.kernel.permissions import Permission
from ocpm_desk.kernel.phrases import Listing, Phrase
from ocpm_desk.kernel.roles import Role

#: Shortest note recording a written withdrawal.
MIN_WITHDRAWAL_NOTE = 10


def _close_open_decisions(session: Session, order: m.Order) -> None:
    """The order is decided otherwise (approved, withdrawn): its refusal draft or proposal is withdrawn."""
    for decision in session.scalars(select(m.Decision).where(
            m.Decision.order_id == order.id, m.Decision.status.in_(OPEN_DECISION_STATUSES))):
        decision.status = "withdrawn"
    session.flush()


@use_case(Permission.APPROVE_ORDER)
def approve(engine: Engine, actor: Actor, order_id: int, expected_version: int) -> OrderState:
    """in_review → approved (outcome granted), when every mandatory condition is met or overridden to met; the
    attestation is made from the register and stored (``documents``) in the same transaction."""
    with UnitOfWork(engine) as uow:
        order = load_order_at(uow, order_id, expected_version)
        check_transition(order.status, Status.APPROVED, actor.roles, actor=actor.username,
                         assignee=order.assigned_to)
        if never_evaluated(uow.session, order):
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "the conditions of order {reference} were never evaluated: evaluate them before approving"),
                reference=order.reference).keyed("conditions.never_evaluated")
        rule_set, views, evaluated = order_conditions(uow.session, order)
        if rule_set is None:
            order_rule_set(uow.session, order)  # raises, saying which rule set is missing
        blockers = [v for v in views if v.mandatory and not v.satisfied]
        if blockers:
            listed = Listing(Phrase(QT_TRANSLATE_NOOP("Message", "{code} ({result})"), code=v.code,
                                    result=Phrase(RESULT_WORDS.get(v.effective) or str(v.effective).replace("_", " ")))
                              for v in blockers)
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "order {reference} cannot be approved: mandatory conditions not met: {conditions}"),
                reference=order.reference, conditions=listed).keyed("approve.blocked")
        if not evaluated:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "some conditions of order {reference} were never evaluated: evaluate them before "
                "approving"), reference=order.reference).keyed("conditions.never_evaluated")
        _close_open_decisions(uow.session, order)
        move(uow, actor, order, Status.APPROVED)
        make_attestation(uow.session, actor, order, clock.today())  # the document the mail room prints
        return committed(uow, order)


@use_case(Permission.HOLD_ORDER)
def hold(
    engine: Engine,
    actor: Actor,
    order_id: int,
    expected_version: int,
    reason: str,
    follow_up_on: date,
    *,
    today: date | None = None,
) -> OrderState:
    """in_review → on_hold with a reason and a follow-up date (a working day after today)."""
    day = today or clock.today()
    text = (reason or "").strip()
    with UnitOfWork(engine) as uow:
        order = load_order_at(uow, order_id, expected_version)
        check_transition(order.status, Status.ON_HOLD, actor.roles, actor=actor.username,
                         assignee=order.assigned_to)
        if not text:
            raise DomainError(QT_TRANSLATE_NOOP("Message", "putting an order on hold needs a reason"))
        if not isinstance(follow_up_on, date) or follow_up_on <= day:
            raise DomainError(QT_TRANSLATE_NOOP("Message", "the follow-up date must be after today ({today})"),
                              today=day).keyed("follow_up.past")
        closures = closure_days(uow.session)
        if not is_working_day(follow_up_on, closures=closures):
            nearest = add_working_days(follow_up_on, 1, closures=closures)
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "the follow-up date {date} is not a working day; the next one is {next}"),
                date=follow_up_on, next=nearest).keyed("follow_up.not_working_day")
        order.hold_reason = encode(stored("hold.reason", reason=text))
        order.hold_until = follow_up_on
        move(uow, actor, order, Status.ON_HOLD, note=stored("history.hold", reason=text, date=follow_up_on))
        return committed(uow, order)


@use_case(Permission.HOLD_ORDER)
def resume(engine: Engine, actor: Actor, order_id: int, expected_version: int) -> OrderState:
    """on_hold → in_review; the hold's reason and follow-up date are cleared (the history keeps them)."""
    with UnitOfWork(engine) as uow:
        order = load_order_at(uow, order_id, expected_version)
        check_transition(order.status, Status.IN_REVIEW, actor.roles, actor=actor.username,
                         assignee=order.assigned_to)
        order.hold_reason = None
        order.hold_until = None
        move(uow, actor, order, Status.IN_REVIEW)
        return committed(uow, order)


@use_case(Permission.RECORD_WITHDRAWAL)
def withdraw(engine: Engine, actor: Actor, order_id: int, expected_version: int, note: str) -> OrderState:
    """The applicant's written withdrawal (outcome withdrawn). The fee is kept (G2): nothing is refunded.

    ``note`` records the date and means of the written withdrawal (at least ``MIN_WITHDRAWAL_NOTE`` characters).
    """
    text = (note or "").strip()
    with UnitOfWork(engine) as uow:
        order = load_order_at(uow, order_id, expected_version)
        check_transition(order.status, Status.WITHDRAWN, actor.roles, actor=actor.username,
                         assignee=order.assigned_to)
        if len(text) < MIN_WITHDRAWAL_NOTE:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "recording a withdrawal needs a note of at least {minimum} characters: the date and means "
                "of the applicant's written withdrawal"), minimum=MIN_WITHDRAWAL_NOTE)
        paid = (order.fee_paid_centimes or 0) + (order.postage_paid_centimes or 0)
        order.hold_reason = None
        order.hold_until = None
        move(uow, actor, order, Status.WITHDRAWN,
              note=stored("history.withdraw", note=text, amount=Chf(paid)))
        _close_open_decisions(uow.session, order)  # after the order: the database withdraws a proposal with it
        return committed(uow, order)


@use_case(Permission.ASSIGN_ORDER)
def assignable_staff(engine: Engine, actor: Actor) -> list[StaffChoice]:
    """Active caseworkers and supervisors, with how many open orders each holds (in review, on hold, refusal
    proposed), by display name."""
    roles = (Role.CASEWORKER.value, Role.SUPERVISOR.value)
    open_orders = (
        select(func.count(m.Order.id))
        .where(m.Order.assigned_to == m.Staff.username,
               m.Order.status.in_([s.value for s in ASSIGNED_STATUSES]))
        .scalar_subquery()
    )
    with UnitOfWork(engine, write=False) as uow:
        rows = uow.session.execute(
            select(m.Staff.username, m.Staff.display_name, open_orders)
            .where(m.Staff.active)
            .where(exists().where(m.StaffRole.username == m.Staff.username, m.StaffRole.role.in_(roles)))
            .order_by(m.Staff.display_name, m.Staff.username)
        ).all()
    return [StaffChoice(r[0], r[1], int(r[2] or 0)) for r in rows]
