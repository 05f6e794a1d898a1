"""The delivery-clock filter of the queues runs in SQL and agrees with the clock shown on each row (G6).

The filter reads the clock today, so the demo is seeded relative to today; State closure days among the last
working days prove the database skips closures exactly as ``delivery_clock`` does.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from ocpm_desk.demo.seed import seed_demo
from ocpm_desk.features.casework import queues as q
from ocpm_desk.infrastructure.db.models import CalendarClosure
from ocpm_desk.kernel.calendar import GENEVA, DeliveryClock, is_working_day
from ocpm_desk.kernel.lifecycle import OPEN_STATUSES


def _today() -> date:
    return datetime.now(GENEVA).date()


def _all(engine: Engine, spec: q.QueueSpec) -> list[q.QueueRow]:
    return q.page_after(engine, spec, None, 1000, today=_today())


def _recent_working_days(today: date, n: int) -> list[date]:
    days, day = [], today
    while len(days) < n:
        if is_working_day(day):
            days.append(day)
        day -= timedelta(days=1)
    return days


@pytest.fixture
def seeded(engine: Engine) -> Engine:
    """The demo seeded today, with State closure days that move an order from "due" back to "on track"."""
    today = _today()
    seed_demo(engine, orders=300, seed=11, today=today)
    due = [r.working_days for r in _all(engine, q.QueueSpec(q.Queue.ALL, clock=DeliveryClock.DUE,
                                                            sort=q.SortKey.ORDERED_AT))]  # fmt: skip
    closures = min(due) - 6  # the working days to close so that the least-due order has 6 elapsed
    assert 0 < closures <= 5, due
    with Session(engine) as session, session.begin():
        for day in _recent_working_days(today, closures):
            if session.scalar(select(CalendarClosure).where(CalendarClosure.day == day)) is None:
                session.add(CalendarClosure(day=day, label="Fermeture de test"))
    after = _all(engine, q.QueueSpec(q.Queue.ALL, sort=q.SortKey.ORDERED_AT))
    assert any(r.working_days == 6 and r.clock is DeliveryClock.ON_TRACK for r in after)
    return engine


def test_the_clock_filter_gives_exactly_the_rows_whose_clock_reads_so(seeded: Engine) -> None:
    every = _all(seeded, q.QueueSpec(q.Queue.ALL, sort=q.SortKey.ORDERED_AT))
    open_rows = [r for r in every if r.status in OPEN_STATUSES]
    found: dict[DeliveryClock, set[str]] = {}
    for clock in DeliveryClock:
        spec = q.QueueSpec(q.Queue.ALL, clock=clock, sort=q.SortKey.ORDERED_AT)
        rows = _all(seeded, spec)
        assert all(r.clock is clock for r in rows), clock
        assert q.count(seeded, spec) == len(rows)
        found[clock] = {r.reference for r in rows}
        assert found[clock] == {r.reference for r in open_rows if r.clock is clock}, clock
    assert all(found.values()), "the demo has orders in each state of the clock"
    assert sum(len(refs) for refs in found.values()) == len(open_rows)


def test_the_clock_filter_combines_with_a_queue_and_a_payment_date_range(seeded: Engine) -> None:
    late = _all(seeded, q.QueueSpec(q.Queue.TO_PROCESS, clock=DeliveryClock.LATE))
    assert late and all(r.status.value == "paid" and r.clock is DeliveryClock.LATE for r in late)
    paid_days = sorted({r.paid_at.astimezone(GENEVA).date() for r in late if r.paid_at is not None})
    first = paid_days[len(paid_days) // 2]
    start = datetime.combine(first, datetime.min.time(), GENEVA)
    ranged = _all(seeded, q.QueueSpec(q.Queue.TO_PROCESS, clock=DeliveryClock.LATE, paid_from=start,
                                      paid_to=start + timedelta(days=1)))  # fmt: skip
    assert ranged and {r.reference for r in ranged} == {
        r.reference for r in late if r.paid_at is not None and r.paid_at.astimezone(GENEVA).date() == first}
