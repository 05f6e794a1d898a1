"""Reading an order (DESIGN §3, §3.2): the order screen's detail — the order, its people beside their register
record, its payment, its conditions, its history, and what the user may do now.

Opening an order writes ``order.viewed`` (LIPAD access trail) in the same transaction that reads the personal
data; for the assignee of an order in review whose automatic conditions were never evaluated, they are evaluated
first.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from ocpm_desk.features.casework.api import ConditionView, OrderDetail, PaymentView
from ocpm_desk.features.casework.claiming import load_order, order_address
from ocpm_desk.features.casework.history import order_history
from ocpm_desk.features.casework.order_actions import order_actions
from ocpm_desk.features.casework.register import compare_with_register
from ocpm_desk.features.casework.review import never_evaluated, order_conditions, record_evaluation
from ocpm_desk.features.reference.steps import closure_days
from ocpm_desk.features.refusals.steps import decision_versions, hearing_view, last_return_comment, latest_hearing
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.addresses import address_lines
from ocpm_desk.kernel.calendar import delivery_clock, geneva_date, working_days_between
from ocpm_desk.kernel.effective import version_in_force
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP
from ocpm_desk.kernel.lifecycle import OPEN_STATUSES, Status
from ocpm_desk.kernel.money import vat_included
from ocpm_desk.kernel.notes import decode
from ocpm_desk.kernel.permissions import Permission, permissions_of
from ocpm_desk.kernel.phrases import Bilingual, Phrase


def _fee_schedule(session: Session, order: m.Order) -> m.FeeSchedule | None:
    """The fee schedule the order is pinned to, or the one in force on the (Geneva) day of payment (G3)."""
    if order.fee_schedule_id is not None:
        pinned = session.get(m.FeeSchedule, order.fee_schedule_id)
        if pinned is not None:
            return pinned
    day = geneva_date(order.paid_at or order.ordered_at)
    return version_in_force(
        session.scalars(select(m.FeeSchedule).where(m.FeeSchedule.service_code == order.service_code)), day)


def _rate_text(bp: int) -> str:
    return format((Decimal(bp) / 100).normalize(), "f")


def _payment(session: Session, order: m.Order) -> PaymentView:
    fee = order.fee_paid_centimes or 0
    postage = order.postage_paid_centimes or 0
    total = fee + postage
    schedule = _fee_schedule(session, order)
    rate = _rate_text(schedule.vat_rate_bp) if schedule is not None else "0"
    # The fees include VAT (general terms ch. 5: « Elles incluent la TVA »); postage is passed on as it is.
    return PaymentView(order.payment_brand, order.payment_provider_reference, order.paid_at, fee, postage, total,
                       rate, vat_included(fee, rate))


def _blockers(views: Iterable[ConditionView]) -> tuple[str, ...]:
    return tuple(v.code for v in views if v.mandatory and not v.satisfied)


def detail_of(uow: UnitOfWork, actor: Actor, order: m.Order, today: date) -> OrderDetail:
    """What the order screen shows of ``order`` on ``today``, for ``actor`` (flushes the unit of work first)."""
    session = uow.session
    session.flush()
    service = session.get(m.Service, order.service_code)
    assert service is not None  # foreign key
    product = session.get(m.PostalProduct, order.delivery_product)
    status = Status(order.status)
    working_days: int | None = None
    clock = None
    if status in OPEN_STATUSES:
        closures = closure_days(session)
        ordered_on = geneva_date(order.ordered_at)
        working_days = working_days_between(ordered_on, today, closures=closures)
        clock = delivery_clock(ordered_on, today, closures=closures)
    people = [compare_with_register(session, "applicant", order.applicant, today)]
    if order.concerned_person is not None:
        people.append(compare_with_register(session, "concerned", order.concerned_person, today))
    rule_set, views, evaluated = order_conditions(session, order)
    rule_set_label = Phrase(QT_TRANSLATE_NOOP("OrderText", "No rule set was in force on the payment date."),
                            context="OrderText")
    if rule_set is not None and rule_set.valid_to is None:
        rule_set_label = Phrase(QT_TRANSLATE_NOOP("OrderText", "Rule set {service}, in force from {start}"),
                                context="OrderText", service=rule_set.service_code, start=rule_set.valid_from)
    elif rule_set is not None:
        rule_set_label = Phrase(QT_TRANSLATE_NOOP("OrderText", "Rule set {service}, in force from {start} to {end}"),
                                context="OrderText", service=rule_set.service_code, start=rule_set.valid_from,
                                end=rule_set.valid_to)
    blockers = _blockers(views)
    return OrderDetail(
        order_id=order.id,
        reference=order.reference,
        version=order.version,
        service_code=order.service_code,
        service_label=Bilingual(service.label_fr, service.label_en),
        service_removed=service.active_to is not None and service.active_to < today,
        status=status,
        outcome=order.outcome,
        assigned_to=order.assigned_to,
        ordered_at=order.ordered_at,
        paid_at=order.paid_at,
        working_days=working_days,
        clock=clock,
        hold_reason=decode(order.hold_reason),
        hold_until=order.hold_until,
        delivery_product=product.label_fr if product is not None else order.delivery_product,
        address_lines=tuple(address_lines(order_address(order))),
        people=tuple(people),
        payment=_payment(session, order),
        rule_set_label=rule_set_label,
        conditions=tuple(views),
        history=order_history(session, order),
        actions=order_actions(session, actor, order, rule_set is not None and evaluated and not blockers),
        approve_blockers=blockers,
        hearing=hearing_view(session, latest_hearing(session, order.id)),
        decisions=decision_versions(session, order.id),
        return_comment=last_return_comment(session, order),
    )


# ---------------------------------------------------------------------------------------------- the use case
@use_case(Permission.VIEW_ORDER)
def order_detail(engine: Engine, actor: Actor, order_id: int, *, today: date | None = None) -> OrderDetail:
    """The order with its personal data and register record; writes ``order.viewed`` in the same transaction.

    For the assignee of an order in review whose automatic conditions were never evaluated, evaluates them
    first (which bumps the version: the detail carries the new one).
    """
    day = today or clock.today()
    with UnitOfWork(engine) as uow:
        order = load_order(uow, order_id, lock=False)
        if (
            order.status == Status.IN_REVIEW.value
            and order.assigned_to == actor.username
            and Permission.EVALUATE_CONDITIONS in permissions_of(actor.roles)
            and never_evaluated(uow.session, order)
        ):
            # under the row lock, and checked again: two windows opening at once evaluate once
            order = uow.session.scalars(
                select(m.Order).where(m.Order.id == order_id).with_for_update()
                .execution_options(populate_existing=True)
            ).one()
            if order.status == Status.IN_REVIEW.value and never_evaluated(uow.session, order):
                record_evaluation(uow, actor, order, day)
        uow.audit(actor, "order.viewed", "order", order.id, {"reference": order.reference})
        detail = detail_of(uow, actor, order, day)
        uow.commit()
        return detail
