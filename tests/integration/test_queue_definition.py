"""One definition of each queue (issue 17): « Prendre la suivante » takes the first row of the « À traiter » list,
whatever the orders' statuses, assignees, holds, services and payment dates, on both databases; every queue holds
exactly the orders its definition says; and the PostgreSQL claim is still served by the queue's index."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from ocpm_factories import add_staff
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from ocpm_desk.features.casework import claiming
from ocpm_desk.features.casework import queues as q
from ocpm_desk.features.casework.claiming import _claim_next_sql
from ocpm_desk.infrastructure.db.models import Applicant, Order
from ocpm_desk.kernel.errors import NothingToClaim
from ocpm_desk.kernel.lifecycle import Status
from ocpm_desk.kernel.roles import Role

pytestmark = pytest.mark.usefixtures("catalogue_as_shipped")

T0 = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
RES, HIST = "ATT-RES", "ATT-RES-HIST"


@dataclass(frozen=True, slots=True)
class Situation:
    status: Status
    service: str = RES
    paid_minutes: int | None = 0  # paid this many minutes after T0; None: no payment date
    assignee: str | None = None
    hold_until_days: int | None = None


#: Every situation an order can be in, in the shuffled order they are written (so ids do not follow payment dates).
SITUATIONS = (
    Situation(Status.PAID, RES, 30),
    Situation(Status.PAID, HIST, 5),
    Situation(Status.AWAITING_PAYMENT, RES, None),
    Situation(Status.PAID, RES, 10),
    Situation(Status.IN_REVIEW, RES, 1, "anna"),
    Situation(Status.PAID, RES, 10),  # the same payment moment as the one before: the id decides
    Situation(Status.ON_HOLD, RES, 2, "anna", 5),
    Situation(Status.PAID, HIST, 20),
    Situation(Status.REFUSAL_PROPOSED, HIST, 3, "marc"),
    Situation(Status.PAID, RES, None),  # paid without a payment date (an anomaly): not in the list, not claimed
    Situation(Status.CANCELLED, RES, None),
    Situation(Status.APPROVED, RES, 4),
    Situation(Status.ON_HOLD, HIST, 6, "marc", 2),
    Situation(Status.PAID, RES, 0),
    Situation(Status.READY_TO_SHIP, RES, 7),
    Situation(Status.SHIPPED, HIST, 8),
    Situation(Status.DELIVERED, RES, 9),
    Situation(Status.RETURNED, RES, 11),
    Situation(Status.REFUSED, HIST, 12),
    Situation(Status.WITHDRAWN, RES, 13),
    Situation(Status.IN_REVIEW, HIST, 14, "marc"),
    Situation(Status.PAID, HIST, 40),
    Situation(Status.PAID, RES, 25),
)


def _write(engine: Engine, situations: tuple[Situation, ...]) -> dict[int, Situation]:
    written: dict[int, Situation] = {}
    with Session(engine) as s:
        for k, sit in enumerate(situations):
            applicant = Applicant(avs="756.9217.0769.85", last_name=f"Nom{k:02d}", first_name="Anne",
                                  birth_date=datetime(1980, 2, 29).date(), email=None, language="fr")
            s.add(applicant)
            s.flush()
            paid_at = None if sit.paid_minutes is None else T0 + timedelta(minutes=sit.paid_minutes)
            order = Order(
                reference=f"ED-2026-{90000000 + k:08d}", service_code=sit.service, quantity=1, status=sit.status.value,
                outcome=None, assigned_to=sit.assignee, ordered_at=T0 - timedelta(days=1, minutes=k), paid_at=paid_at,
                applicant_id=applicant.id, delivery_product="B", addr_last_name="Dupont", addr_town="Genève",
                addr_country="CH", addr_swiss_zip_code="1201",
                hold_until=None if sit.hold_until_days is None else (T0 + timedelta(days=sit.hold_until_days)).date(),
                updated_at=T0, updated_by="intake",
            )  # fmt: skip
            s.add(order)
            s.flush()
            written[order.id] = sit
        s.commit()
    return written


@pytest.fixture
def orders(engine: Engine) -> Iterator[tuple[Engine, dict[int, Situation]]]:
    add_staff(engine, "anna", Role.CASEWORKER)
    add_staff(engine, "marc", Role.CASEWORKER, Role.SUPERVISOR)
    yield engine, _write(engine, SITUATIONS)


def _list(engine: Engine, spec: q.QueueSpec) -> list[int]:
    return [row.id for row in q.page_after(engine, spec, None, 1000)]


@pytest.mark.parametrize("service", [None, RES, HIST])
def test_claim_next_takes_the_first_row_of_the_list_until_it_is_empty(
    orders: tuple[Engine, dict[int, Situation]], service: str | None
) -> None:
    engine, written = orders
    worker = add_staff(engine, "lea", Role.CASEWORKER)
    spec = q.to_process(service)
    assert spec == q.QueueSpec(q.Queue.TO_PROCESS, service_codes=(service,) if service else ())  # the default list
    first_list = _list(engine, spec)
    expected = sorted(
        (i for i, s in written.items() if s.status is Status.PAID and s.paid_minutes is not None
         and service in (None, s.service)),
        key=lambda i: (written[i].paid_minutes, i),
    )  # fmt: skip
    assert first_list == expected and len(expected) >= 2
    taken = []
    while True:
        listed = _list(engine, spec)
        if not listed:
            with pytest.raises(NothingToClaim):
                claiming.claim_next(engine, worker, service)
            break
        state = claiming.claim_next(engine, worker, service)
        assert state.order_id == listed[0], (taken, listed)  # the list's first row, every time
        assert state.status is Status.IN_REVIEW and state.assigned_to == "lea"
        taken.append(state.order_id)
    assert taken == first_list  # nothing the list did not show was taken, nothing it showed was left
    with Session(engine) as s:
        untouched = {o.id: o.status for o in s.query(Order) if o.id not in taken}
    assert untouched == {i: sit.status.value for i, sit in written.items() if i not in taken}


def test_each_queue_holds_what_its_definition_says(orders: tuple[Engine, dict[int, Situation]]) -> None:
    engine, written = orders
    by_order = q.SortKey.ORDERED_AT  # every order has an order date (not every one a payment date)

    def ids(spec: q.QueueSpec) -> set[int]:
        return set(_list(engine, spec))

    def where(test: object) -> set[int]:
        return {i for i, s in written.items() if test(s)}  # type: ignore[operator]

    paid = where(lambda s: s.status is Status.PAID)
    assert ids(q.QueueSpec(q.Queue.TO_PROCESS, sort=by_order)) == paid
    assert ids(q.QueueSpec(q.Queue.TO_PROCESS)) == paid - where(lambda s: s.paid_minutes is None)
    for who in ("anna", "marc"):
        assert ids(q.QueueSpec(q.Queue.MINE, username=who, sort=by_order)) == where(
            lambda s, who=who: s.assignee == who and s.status in {Status.IN_REVIEW, Status.REFUSAL_PROPOSED})
        assert ids(q.QueueSpec(q.Queue.ON_HOLD, username=who, sort=by_order)) == where(
            lambda s, who=who: s.assignee == who and s.status is Status.ON_HOLD)
    assert ids(q.QueueSpec(q.Queue.ON_HOLD, sort=by_order)) == where(lambda s: s.status is Status.ON_HOLD)
    assert ids(q.QueueSpec(q.Queue.ALL, sort=by_order)) == set(written)


@pytest.mark.postgres
@pytest.mark.parametrize(("service", "index"), [
    (None, "ix_orders_status_paid_at_id"),
    (HIST, "ix_orders_service_code_status_paid_at_id"),
])  # fmt: skip
def test_the_postgresql_claim_picks_from_the_queue_index_without_sorting(
    pg_engine: Engine, service: str | None, index: str
) -> None:
    statement = str(_claim_next_sql(pg_engine.dialect, service).compile(dialect=pg_engine.dialect))
    picked = statement[statement.index("(") + 1:statement.index("), moved AS")].strip()
    # the picked order is the list's head, compiled: the same conditions and order, locked
    head = q.head(q.to_process(service), Order.id).with_for_update(skip_locked=True)
    assert picked == str(head.compile(dialect=pg_engine.dialect, compile_kwargs={"literal_binds": True})).strip()
    with pg_engine.connect() as conn:
        conn.execute(text("SET LOCAL enable_seqscan = off"))  # a few test rows: make the planner show its index
        plan = "\n".join(conn.execute(text("EXPLAIN " + picked)).scalars())
        conn.rollback()
    assert index in plan and "Sort" not in plan, plan


def test_a_service_code_is_a_value_of_the_claim_not_sql(engine: Engine) -> None:
    worker = add_staff(engine, "lea", Role.CASEWORKER)
    for odd in ("X' OR '1'='1", "A:B", "50%"):
        with pytest.raises(NothingToClaim):
            claiming.claim_next(engine, worker, odd)
