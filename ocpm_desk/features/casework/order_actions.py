"""Who may do what on an order: the actions the order screen offers a user now (the transition table, roles and
qualifiers, × the permission matrix), and the check that a user works the case.

Conditions are worked on while the order is ``in_review``, by its assignee or a supervisor (the same people who
may approve it, per the transition table).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from ocpm_desk.features.casework.api import OrderAction
from ocpm_desk.features.refusals.steps import refusal_actions
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import Actor
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError
from ocpm_desk.kernel.lifecycle import ASSIGNED_STATUSES, Status, TransitionNotAllowed, check_transition
from ocpm_desk.kernel.permissions import Permission, permissions_of


def _allowed(actor: Actor, order: m.Order, to_status: Status, *, new_assignee: str | None = None) -> bool:
    try:
        check_transition(order.status, to_status, actor.roles, actor=actor.username, assignee=order.assigned_to,
                         new_assignee=new_assignee)
    except TransitionNotAllowed:
        return False
    return True


def _works_the_case(actor: Actor, order: m.Order) -> bool:
    """Conditions are worked on by those who may approve: the assignee or a supervisor, while in review."""
    return order.status == Status.IN_REVIEW.value and _allowed(actor, order, Status.APPROVED)


def require_works_the_case(user: Actor, order: m.Order) -> None:
    """Refuses (``DomainError``) unless the order is in review and ``user`` may work on its conditions."""
    if order.status != Status.IN_REVIEW.value:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "order {reference} is {status}: its conditions can be changed only while it is in review"),
            reference=order.reference, status=Status(order.status)).keyed("order.not_open")
    if not _allowed(user, order, Status.APPROVED):
        if order.assigned_to:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "only the assignee ({assignee}) or a supervisor may work on the conditions of order "
                "{reference}"), assignee=order.assigned_to, reference=order.reference)
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "only the assignee (nobody) or a supervisor may work on the conditions of order {reference}"),
            reference=order.reference)


def order_actions(session: Session, actor: Actor, order: m.Order, approvable: bool) -> frozenset[OrderAction]:
    """What ``actor`` may do now: the transition table (roles and qualifiers) × the permission matrix."""
    perms = permissions_of(actor.roles)
    status = Status(order.status)
    out: set[OrderAction] = set()
    if status is Status.PAID and Permission.CLAIM_ORDER in perms and _allowed(
        actor, order, Status.IN_REVIEW, new_assignee=actor.username
    ):
        out.add(OrderAction.CLAIM)
    if status is Status.IN_REVIEW:
        if Permission.RELEASE_ORDER in perms and _allowed(actor, order, Status.PAID):
            out.add(OrderAction.RELEASE)
        if Permission.HOLD_ORDER in perms and _allowed(actor, order, Status.ON_HOLD):
            out.add(OrderAction.HOLD)
        if approvable and Permission.APPROVE_ORDER in perms and _allowed(actor, order, Status.APPROVED):
            out.add(OrderAction.APPROVE)
        if _works_the_case(actor, order):
            if Permission.EVALUATE_CONDITIONS in perms:
                out.add(OrderAction.EVALUATE)
            if perms & {Permission.EVALUATE_CONDITIONS, Permission.OVERRIDE_CONDITION}:
                out.add(OrderAction.TICK)
    if status is Status.ON_HOLD and Permission.HOLD_ORDER in perms and _allowed(actor, order, Status.IN_REVIEW):
        out.add(OrderAction.RESUME)
    if Permission.RECORD_WITHDRAWAL in perms and _allowed(actor, order, Status.WITHDRAWN):
        out.add(OrderAction.WITHDRAW)
    if Permission.ASSIGN_ORDER in perms and (status is Status.PAID or status in ASSIGNED_STATUSES):
        out.add(OrderAction.ASSIGN)
    out |= refusal_actions(session, actor, order)
    return frozenset(out)
