"""The services and queries decide "today" and stamp "now" with the one clock (issue 17): a test sets the day, and
the use cases see it without being told, on both databases."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from ocpm_factories import add_orders, add_staff
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from ocpm_desk.features.casework import claiming
from ocpm_desk.features.casework import handling as casework
from ocpm_desk.features.casework import queues as q
from ocpm_desk.infrastructure.db.models import AuditEvent, Order, OrderEvent
from ocpm_desk.kernel.calendar import DeliveryClock
from ocpm_desk.kernel.clock import FixedClock, use_clock
from ocpm_desk.kernel.errors import DomainError
from ocpm_desk.kernel.roles import Role

pytestmark = pytest.mark.usefixtures("catalogue_as_shipped")

ORDERED = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)  # add_orders' first order (a Monday); paid two minutes later


def test_a_follow_up_date_is_after_the_clock_s_day(engine: Engine) -> None:
    anne = add_staff(engine, "anne", Role.CASEWORKER)
    (order_id,) = add_orders(engine, 1)
    version = claiming.claim(engine, anne, order_id, 1).version
    monday = date(2026, 11, 23)
    with use_clock(FixedClock(monday)):
        for day in (date(2026, 11, 20), monday):
            with pytest.raises(DomainError) as refused:
                casework.hold(engine, anne, order_id, version, "Attente de la procuration", day)
            assert refused.value.params["today"] == monday
    # a day long past is "after today" when the clock says so: the clock decides, not the computer's calendar
    with use_clock(FixedClock(date(2020, 3, 2))):
        held = casework.hold(engine, anne, order_id, version, "Attente de la procuration", date(2020, 3, 3))
    assert held.version == version + 1
    with Session(engine) as s:
        assert s.get_one(Order, order_id).hold_until == date(2020, 3, 3)


def test_the_queue_s_delivery_clock_filter_reads_the_clock_s_day(engine: Engine) -> None:
    (order_id,) = add_orders(engine, 1, start=ORDERED)
    spec = {bucket: q.QueueSpec(q.Queue.ALL, clock=bucket, sort=q.SortKey.ORDERED_AT) for bucket in DeliveryClock}

    def buckets() -> dict[DeliveryClock, int]:
        return {bucket: q.count(engine, s) for bucket, s in spec.items()}

    on_track, due, late = DeliveryClock.ON_TRACK, DeliveryClock.DUE, DeliveryClock.LATE
    with use_clock(FixedClock(date(2026, 11, 3))):  # 1 working day after the order
        assert buckets() == {on_track: 1, due: 0, late: 0}
        (row,) = q.page_after(engine, spec[on_track], None, 10)
        assert (row.id, row.working_days, row.clock) == (order_id, 1, on_track)
    with use_clock(FixedClock(date(2026, 11, 13))):  # 9 working days
        assert buckets() == {on_track: 0, due: 1, late: 0}
    with use_clock(FixedClock(date(2026, 12, 15))) as fixed:  # 31 working days
        assert buckets() == {on_track: 0, due: 0, late: 1}
        fixed.set(date(2026, 11, 4))  # the clock moves: the next read follows it
        assert buckets() == {on_track: 1, due: 0, late: 0}


def test_a_claim_is_stamped_with_the_clock_s_moment(engine: Engine) -> None:
    """The order, its history line and its audit event carry the clock's moment (as the database's owner, whom the
    PostgreSQL write model trusts to stamp its own rows: for staff logins the database stamps its own time)."""
    anna = add_staff(engine, "anna", Role.CASEWORKER)
    (order_id,) = add_orders(engine, 1)
    moment = datetime(2030, 1, 2, 23, 30, tzinfo=UTC)
    with use_clock(FixedClock(moment)):
        claiming.claim_next(engine, anna)
    with Session(engine) as s:
        order = s.get_one(Order, order_id)
        event = s.scalars(select(OrderEvent).where(OrderEvent.order_id == order_id)).one()
        audit = s.scalars(select(AuditEvent).where(AuditEvent.action == "order.claim")).one()
    assert order.updated_at == event.occurred_at == audit.occurred_at == moment
