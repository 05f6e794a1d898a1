"""Appeal deadlines (DESIGN §4.3, §4.4): every issued decision with its notification date and appeal deadline."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, func, select

from ocpm_desk.features.mailroom.api import AppealDeadline
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.calendar import appeal_deadline, geneva_date
from ocpm_desk.kernel.permissions import Permission


@use_case(Permission.DECIDE_REFUSAL, Permission.VIEW_AUDIT)
def appeal_deadlines(engine: Engine, actor: Actor, *, today: date | None = None) -> list[AppealDeadline]:
    """Every issued decision with its notification date and appeal deadline, the soonest deadline first."""
    day = today or clock.today()
    out: list[AppealDeadline] = []
    # one query: each issued decision (not its PDF) with the latest shipment of a decision of its order
    latest = (select(func.max(m.Shipment.id)).where(m.Shipment.content == "decision")
              .group_by(m.Shipment.order_id).scalar_subquery())
    with UnitOfWork(engine, write=False) as uow:
        rows = uow.session.execute(
            select(m.Decision.id, m.Decision.number, m.Order.id, m.Order.reference, m.Shipment.shipped_at,
                   m.Shipment.notified_on)
            .join(m.Order, m.Order.id == m.Decision.order_id)
            .outerjoin(m.Shipment, (m.Shipment.order_id == m.Order.id) & m.Shipment.id.in_(latest))
            .where(m.Decision.status == "issued")
        ).all()
    for decision_id, number, order_id, reference, shipped_at, notified in rows:
        deadline = appeal_deadline(notified) if notified is not None else None
        state = "not_notified" if deadline is None else ("over" if deadline < day else "running")
        out.append(AppealDeadline(
            decision_id, number, order_id, reference, geneva_date(shipped_at) if shipped_at is not None else None,
            notified, deadline, state, (deadline - day).days if deadline is not None else None))
    out.sort(key=lambda a: (a.deadline is None, a.deadline or date.max, a.number))
    return out
