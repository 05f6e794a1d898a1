"""Read side of the overview screen: counts by status and the delivery clock of open orders."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Date, Engine, cast, func, select
from sqlalchemy.orm import Session

from ocpm_desk.features.overview.api import Overview, StatusCount
from ocpm_desk.features.reference.steps import closure_days
from ocpm_desk.infrastructure.db.models import Order
from ocpm_desk.infrastructure.uow import Actor
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.calendar import DeliveryClock, delivery_clock, geneva_date
from ocpm_desk.kernel.lifecycle import OPEN_STATUSES, Status
from ocpm_desk.kernel.permissions import Permission
from ocpm_desk.kernel.roles import Role

#: What the mail room sees: orders ready to print, ship or follow up (no case data).
SHIPPING_STATUSES = (Status.APPROVED, Status.REFUSED, Status.READY_TO_SHIP, Status.SHIPPED, Status.DELIVERED,
                     Status.RETURNED)


def visible_statuses(roles: frozenset[Role]) -> tuple[Status, ...]:
    if roles & {Role.CASEWORKER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN}:
        return tuple(Status)
    if Role.MAILROOM in roles:
        return SHIPPING_STATUSES
    return ()


def _open_orders_per_geneva_day(session: Session) -> dict[date, int]:
    """Open orders counted per Geneva calendar day of ``ordered_at``.

    PostgreSQL converts in SQL. SQLite keeps UTC without an offset and knows no time zones: it groups by UTC hour
    (a few thousand groups at most) and Python converts each hour to its Geneva day, summer time included.
    """
    open_orders = Order.status.in_([s.value for s in OPEN_STATUSES])
    per_day: dict[date, int] = {}
    if session.get_bind().dialect.name == "postgresql":
        day = cast(func.timezone("Europe/Zurich", Order.ordered_at), Date).label("day")
        for d, n in session.execute(select(day, func.count()).where(open_orders).group_by(day)):
            per_day[d] = per_day.get(d, 0) + n
        return per_day
    hour = func.strftime("%Y-%m-%d %H:00:00", Order.ordered_at).label("hour")
    for text_hour, n in session.execute(select(hour, func.count()).where(open_orders).group_by(hour)):
        d = geneva_date(datetime.fromisoformat(text_hour).replace(tzinfo=UTC))
        per_day[d] = per_day.get(d, 0) + n
    return per_day


def load_overview(engine: Engine, roles: frozenset[Role], *, today: date | None = None) -> Overview:
    statuses = visible_statuses(roles)
    if not statuses:
        return Overview((), 0, 0, 0, clock.now())
    today = today or clock.today()
    with Session(engine) as session:
        rows = session.execute(
            select(Order.status, func.count())
            .where(Order.status.in_([s.value for s in statuses]))
            .group_by(Order.status)
        ).all()
        counts = {Status(status): n for status, n in rows}
        per_clock = {DeliveryClock.ON_TRACK: 0, DeliveryClock.DUE: 0, DeliveryClock.LATE: 0}
        clock_shown = all(s in statuses for s in OPEN_STATUSES)
        if clock_shown:
            closures = closure_days(session)
            for d, n in _open_orders_per_geneva_day(session).items():
                per_clock[delivery_clock(d, today, closures=closures)] += n
    return Overview(
        tuple(StatusCount(s, counts.get(s, 0)) for s in statuses),
        per_clock[DeliveryClock.ON_TRACK],
        per_clock[DeliveryClock.DUE],
        per_clock[DeliveryClock.LATE],
        clock.now(),
        clock_shown,
    )


@use_case(Permission.VIEW_OVERVIEW)
def overview(engine: Engine, actor: Actor) -> Overview:
    return load_overview(engine, actor.roles)
