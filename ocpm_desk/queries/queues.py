"""Read side of the work queues (DESIGN §6): filter, sort and page in SQL, never a full load.

A queue is a ``QueueSpec`` (which orders, which order). The table model asks ``count`` once, then pages of rows
around what is visible: ``page_after`` / ``page_before`` walk the sort key in either direction (keyset paging on
``(sort column, id)``, which the indexes serve), and ``page_at`` jumps to any row number (an index-only ``OFFSET`` to
find the key there, then keyset from it), so the first row, row 500 000 and the last row cost about the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Engine,
    ScalarSelect,
    Select,
    exists,
    func,
    literal,
    select,
    tuple_,
    union_all,
)
from sqlalchemy.orm import Session

from ocpm_desk.adapters.db.models import Applicant, CalendarClosure, Order, TZDateTime
from ocpm_desk.domain.calendar import (
    GENEVA,
    LIMIT_WORKING_DAYS,
    TARGET_WORKING_DAYS,
    DeliveryClock,
    delivery_clock,
    geneva_date,
    is_working_day,
    working_days_between,
)
from ocpm_desk.domain.identifiers import is_valid_avs, is_valid_order_reference, normalize_avs
from ocpm_desk.domain.lifecycle import Status
from ocpm_desk.queries.overview import OPEN_STATUSES, closure_days

CLOCK_STATUSES = frozenset(OPEN_STATUSES)


class Queue(StrEnum):
    TO_PROCESS = "to_process"  # « À traiter »: paid, unassigned, oldest first
    MINE = "mine"  # « Mes dossiers »: assigned to me, in review or with a refusal proposed
    ON_HOLD = "on_hold"  # « En attente »
    ALL = "all"  # « Toutes les commandes »: search and filters


class SortKey(StrEnum):
    PAID_AT = "paid_at"
    ORDERED_AT = "ordered_at"
    REFERENCE = "reference"


_SORT_COLUMNS = {
    SortKey.PAID_AT: Order.paid_at,
    SortKey.ORDERED_AT: Order.ordered_at,
    SortKey.REFERENCE: Order.reference,
}


@dataclass(frozen=True, slots=True)
class QueueSpec:
    queue: Queue
    username: str | None = None  # for MINE (and ON_HOLD of a caseworker)
    search: str | None = None  # reference, last name (prefix) or AVS number
    service_codes: tuple[str, ...] = ()
    statuses: tuple[Status, ...] = ()
    paid_from: datetime | None = None
    paid_to: datetime | None = None  # exclusive
    clock: DeliveryClock | None = None  # open orders whose delivery clock reads this today (G6)
    sort: SortKey = SortKey.PAID_AT  # the whole list ("all") sorts by order date: unpaid orders have no paid_at
    descending: bool = False


@dataclass(frozen=True, slots=True)
class QueueRow:
    id: int
    reference: str
    service_code: str
    applicant: str  # "Last, First" of the applicant as given
    paid_at: datetime | None
    ordered_at: datetime
    working_days: int
    clock: DeliveryClock | None  # None once the order left the clock (unpaid, decided, withdrawn…): G6 runs
    # from the order until a decision, for paid orders only
    status: Status
    assigned_to: str | None
    version: int
    sort_value: Any = field(compare=False)  # the key to page from


#: Room for State closure days among the recent working days the clock filter looks back over.
_CLOSURE_ROOM = 30


def _working_day_start(today: date, k: int) -> ScalarSelect[Any]:
    """Where the ``k``-th most recent working day up to ``today`` begins (Geneva midnight, as UTC), in SQL.

    An order placed before that moment has at least ``k`` working days elapsed. Weekends and public holidays are
    left out here; the State closure days (``calendar_closures``) are left out by the database, so the bound is
    the one ``delivery_clock`` uses, computed once per statement.
    """
    days: list[date] = []
    day = today
    while len(days) < k + _CLOSURE_ROOM:
        if is_working_day(day):
            days.append(day)
        day -= timedelta(days=1)
    candidates = union_all(*(
        select(literal(datetime.combine(d, time(), GENEVA), TZDateTime).label("starts"))
        .where(~exists().where(CalendarClosure.day == literal(d, Date)))
        for d in days
    )).subquery("working_days")  # fmt: skip
    return select(candidates.c.starts).order_by(candidates.c.starts.desc()).offset(k - 1).limit(1).scalar_subquery()


def _clock_condition(clock: DeliveryClock, today: date) -> list[ColumnElement[bool]]:
    """The delivery clock as a range of ``ordered_at`` (the index serves it), open orders only."""
    conditions: list[ColumnElement[bool]] = [Order.status.in_([s.value for s in OPEN_STATUSES])]
    due_from = _working_day_start(today, TARGET_WORKING_DAYS)  # 7 working days elapsed: due
    late_from = _working_day_start(today, LIMIT_WORKING_DAYS + 1)  # 15: late
    if clock is DeliveryClock.ON_TRACK:
        conditions.append(Order.ordered_at >= due_from)
    elif clock is DeliveryClock.DUE:
        conditions += [Order.ordered_at < due_from, Order.ordered_at >= late_from]
    else:
        conditions.append(Order.ordered_at < late_from)
    return conditions


def _where(spec: QueueSpec, *, today: date | None = None) -> list[ColumnElement[bool]]:
    """``today`` (Geneva) reads the delivery clock; now by default."""
    conditions: list[ColumnElement[bool]] = []
    if spec.queue is Queue.TO_PROCESS:
        conditions.append(Order.status == Status.PAID.value)
    elif spec.queue is Queue.MINE:
        conditions += [Order.assigned_to == spec.username,
                       Order.status.in_([Status.IN_REVIEW.value, Status.REFUSAL_PROPOSED.value])]
    elif spec.queue is Queue.ON_HOLD:
        conditions.append(Order.status == Status.ON_HOLD.value)
        if spec.username:
            conditions.append(Order.assigned_to == spec.username)
    if spec.statuses:
        conditions.append(Order.status.in_([s.value for s in spec.statuses]))
    if spec.service_codes:
        conditions.append(Order.service_code.in_(spec.service_codes))
    if spec.sort is SortKey.PAID_AT:
        conditions.append(Order.paid_at.is_not(None))  # unpaid orders have no payment date to sort by
    if spec.paid_from is not None:
        conditions.append(Order.paid_at >= spec.paid_from)
    if spec.paid_to is not None:
        conditions.append(Order.paid_at < spec.paid_to)
    if spec.clock is not None:
        conditions += _clock_condition(spec.clock, today or datetime.now(GENEVA).date())
    text = (spec.search or "").strip()
    if text:
        if is_valid_order_reference(text.upper()):
            conditions.append(Order.reference == text.upper())
        elif is_valid_avs(text):
            avs = normalize_avs(text)
            conditions.append(Order.applicant_id.in_(select(Applicant.id).where(Applicant.avs == avs)))
        else:
            prefix = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            conditions.append(
                Order.applicant_id.in_(
                    select(Applicant.id).where(Applicant.last_name.like(f"{prefix}%", escape="\\"))
                )
            )
    return conditions


def _base(spec: QueueSpec) -> Select[Any]:
    sort = _SORT_COLUMNS[spec.sort]
    return (
        select(Order.id, Order.reference, Order.service_code, Applicant.last_name, Applicant.first_name,
               Order.paid_at, Order.ordered_at, Order.status, Order.assigned_to, Order.version, sort.label("k"))
        .join(Applicant, Applicant.id == Order.applicant_id)
        .where(*_where(spec))
    )


def count(engine: Engine, spec: QueueSpec) -> int:
    with Session(engine) as session:
        return int(session.scalar(select(func.count()).select_from(Order).where(*_where(spec))) or 0)


def _rows(session: Session, statement: Select[Any], today: date) -> list[QueueRow]:
    closures = closure_days(session)
    out = []
    for r in session.execute(statement):
        ordered_on = geneva_date(r.ordered_at)
        days = working_days_between(ordered_on, today, closures=closures)
        status = Status(r.status)
        clock = delivery_clock(ordered_on, today, closures=closures) if status in CLOCK_STATUSES else None
        out.append(QueueRow(r.id, r.reference, r.service_code, f"{r.last_name}, {r.first_name}", r.paid_at,
                            r.ordered_at, days, clock, status, r.assigned_to, r.version, r.k))
    return out


def _keyset(spec: QueueSpec, after: tuple[Any, int] | None, forward: bool, limit: int) -> Select[Any]:
    sort = _SORT_COLUMNS[spec.sort]
    ascending = forward != spec.descending
    stmt = _base(spec)
    if after is not None:
        key = tuple_(sort, Order.id)
        bound = tuple_(literal(after[0], sort.type), literal(after[1], Order.id.type))
        stmt = stmt.where(key > bound if ascending else key < bound)
    order = (sort.asc(), Order.id.asc()) if ascending else (sort.desc(), Order.id.desc())
    return stmt.order_by(*order).limit(limit)


def page_after(engine: Engine, spec: QueueSpec, after: tuple[Any, int] | None, limit: int = 100,
               *, today: date | None = None) -> list[QueueRow]:
    """The ``limit`` rows following the key ``(sort value, id)`` in the queue's order (from the top if None)."""
    today = today or datetime.now(GENEVA).date()
    with Session(engine) as session:
        return _rows(session, _keyset(spec, after, True, limit), today)


def page_before(engine: Engine, spec: QueueSpec, before: tuple[Any, int] | None, limit: int = 100,
                *, today: date | None = None) -> list[QueueRow]:
    """The ``limit`` rows preceding the key (the last rows if None), returned in the queue's order."""
    today = today or datetime.now(GENEVA).date()
    with Session(engine) as session:
        rows = _rows(session, _keyset(spec, before, False, limit), today)
    rows.reverse()
    return rows


def page_at(engine: Engine, spec: QueueSpec, row: int, limit: int = 100, *, today: date | None = None
            ) -> list[QueueRow]:
    """``limit`` rows from row number ``row`` (0-based): the key there is found on the index, then keyset."""
    today = today or datetime.now(GENEVA).date()
    sort = _SORT_COLUMNS[spec.sort]
    ascending = not spec.descending
    order = (sort.asc(), Order.id.asc()) if ascending else (sort.desc(), Order.id.desc())
    with Session(engine) as session:
        key = session.execute(
            select(sort, Order.id).where(*_where(spec)).order_by(*order).offset(max(row, 0)).limit(1)
        ).first()
        if key is None:
            return []
        head = _rows(session, _base(spec).where(Order.id == key[1]), today)
        rest = _rows(session, _keyset(spec, (key[0], key[1]), True, limit - 1), today) if limit > 1 else []
    return head + rest


def sort_key(row: QueueRow) -> tuple[Any, int]:
    return (row.sort_value, row.id)


