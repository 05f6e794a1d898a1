"""Read side of the overview screen: counts by status and the delivery clock of open orders."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Date, Engine, cast, func, select
from sqlalchemy.orm import Session

from ocpm_desk.adapters.db.models import CalendarClosure, Order
from ocpm_desk.domain.calendar import DeliveryClock, delivery_clock
from ocpm_desk.domain.lifecycle import Status
from ocpm_desk.domain.roles import Role
from ocpm_desk.services.desk import Overview, StatusCount

GENEVA = ZoneInfo("Europe/Zurich")
#: Orders whose delivery clock runs (G6): paid and not yet decided.
OPEN_STATUSES = (Status.PAID, Status.IN_REVIEW, Status.ON_HOLD, Status.REFUSAL_PROPOSED)
#: What the mail room sees: orders ready to print, ship or follow up (no case data).
SHIPPING_STATUSES = (Status.APPROVED, Status.REFUSED, Status.READY_TO_SHIP, Status.SHIPPED, Status.DELIVERED,
                     Status.RETURNED)


def visible_statuses(roles: frozenset[Role]) -> tuple[Status, ...]:
    if roles & {Role.CASEWORKER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN}:
        return tuple(Status)
    if Role.MAILROOM in roles:
        return SHIPPING_STATUSES
    return ()


def closure_days(session: Session) -> frozenset[date]:
    return frozenset(session.scalars(select(CalendarClosure.day)))


def _order_day(session: Session):  # type: ignore[no-untyped-def]
    """The Geneva calendar day of ``ordered_at``, computed in SQL."""
    if session.get_bind().dialect.name == "postgresql":
        return cast(func.timezone("Europe/Zurich", Order.ordered_at), Date)
    # SQLite stores UTC without offset; Geneva is UTC+1/+2, so add the offset of the day in winter time.
    return func.date(Order.ordered_at, "+1 hour")


def load_overview(engine: Engine, roles: frozenset[Role], *, today: date | None = None) -> Overview:
    statuses = visible_statuses(roles)
    if not statuses:
        return Overview((), 0, 0, 0, datetime.now(UTC))
    today = today or datetime.now(GENEVA).date()
    with Session(engine) as session:
        rows = session.execute(
            select(Order.status, func.count())
            .where(Order.status.in_([s.value for s in statuses]))
            .group_by(Order.status)
        ).all()
        counts = {Status(status): n for status, n in rows}
        clock = {DeliveryClock.ON_TRACK: 0, DeliveryClock.DUE: 0, DeliveryClock.LATE: 0}
        clock_shown = all(s in statuses for s in OPEN_STATUSES)
        if clock_shown:
            closures = closure_days(session)
            day = _order_day(session).label("day")
            per_day = session.execute(
                select(day, func.count())
                .where(Order.status.in_([s.value for s in OPEN_STATUSES]))
                .group_by(day)
            ).all()
            for ordered_on, n in per_day:
                d = ordered_on if isinstance(ordered_on, date) else date.fromisoformat(str(ordered_on))
                clock[delivery_clock(d, today, closures=closures)] += n
    return Overview(
        tuple(StatusCount(s, counts.get(s, 0)) for s in statuses),
        clock[DeliveryClock.ON_TRACK],
        clock[DeliveryClock.DUE],
        clock[DeliveryClock.LATE],
        datetime.now(UTC),
        clock_shown,
    )
