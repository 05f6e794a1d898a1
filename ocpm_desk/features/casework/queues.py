"""Read side of the work queues (DESIGN §6): filter, sort and page in SQL, never a full load.

A queue is a ``QueueSpec`` (which orders, which order). The table model asks ``count`` once, then pages of rows
around what is visible: ``page_after`` / ``page_before`` walk the sort key in either direction (keyset paging on
``(sort column, id)``, which the indexes serve), and ``page_at`` jumps to any row number (an index-only ``OFFSET`` to
find the key there, then keyset from it); ``page_from_end`` does the same counting from the last row, so a jump
walks at most half the index and the last rows cost what the first ones do.

Reads go through a Core connection (one snapshot per call, no ORM session): the rows are plain tuples turned into
``QueueRow`` with the delivery clock worked out once per order day.

Each queue is defined once, by ``members`` (which orders it holds) and ``_order`` (in which order): the lists page
through that, and « Prendre la suivante » (``services.claiming.claim_next``) takes ``head(to_process(service))``, the
first row of the « À traiter » list in its default order, built from the same conditions (its PostgreSQL statement
included). ``tests/integration/test_queue_definition.py`` checks that they agree on both databases.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Date,
    Engine,
    Integer,
    ScalarSelect,
    Select,
    bindparam,
    exists,
    func,
    literal,
    select,
    tuple_,
    union_all,
)

from ocpm_desk.features.casework.api import CLOCK_STATUSES, Queue, QueueRow, QueueSpec, SortKey
from ocpm_desk.infrastructure.db.models import Applicant, CalendarClosure, Order, TZDateTime
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.calendar import (
    GENEVA,
    LIMIT_WORKING_DAYS,
    TARGET_WORKING_DAYS,
    DeliveryClock,
    delivery_clock,
    geneva_date,
    is_working_day,
    working_days_between,
)
from ocpm_desk.kernel.identifiers import is_valid_avs, is_valid_order_reference, normalize_avs
from ocpm_desk.kernel.lifecycle import OPEN_STATUSES, Status

_SORT_COLUMNS = {
    SortKey.PAID_AT: Order.paid_at,
    SortKey.ORDERED_AT: Order.ordered_at,
    SortKey.REFERENCE: Order.reference,
}


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


def _clock_condition(bucket: DeliveryClock, today: date) -> list[ColumnElement[bool]]:
    """The delivery clock as a range of ``ordered_at`` (the index serves it), open orders only."""
    conditions: list[ColumnElement[bool]] = [Order.status.in_([s.value for s in OPEN_STATUSES])]
    due_from = _working_day_start(today, TARGET_WORKING_DAYS)  # 7 working days elapsed: due
    late_from = _working_day_start(today, LIMIT_WORKING_DAYS + 1)  # 15: late
    if bucket is DeliveryClock.ON_TRACK:
        conditions.append(Order.ordered_at >= due_from)
    elif bucket is DeliveryClock.DUE:
        conditions += [Order.ordered_at < due_from, Order.ordered_at >= late_from]
    else:
        conditions.append(Order.ordered_at < late_from)
    return conditions


def members(queue: Queue, username: str | None = None) -> list[ColumnElement[bool]]:
    """Which orders ``queue`` holds, before the user's filters: the one definition of each queue.

    « À traiter »: paid (hence unassigned); « Mes dossiers »: assigned to ``username``, in review or with a refusal
    proposed; « En attente »: on hold (a caseworker's own when ``username`` is given); « Toutes »: every order."""
    if queue is Queue.TO_PROCESS:
        return [Order.status == Status.PAID.value]
    if queue is Queue.MINE:
        return [Order.assigned_to == username,
                Order.status.in_([Status.IN_REVIEW.value, Status.REFUSAL_PROPOSED.value])]
    if queue is Queue.ON_HOLD:
        return [Order.status == Status.ON_HOLD.value, *([Order.assigned_to == username] if username else [])]
    return []


def _where(spec: QueueSpec, *, today: date | None = None, sortable_only: bool = True) -> list[ColumnElement[bool]]:
    """``today`` (Geneva) reads the delivery clock; the clock's day by default. ``sortable_only=False`` leaves out
    the condition that the sort key be there (orders without a payment date, when sorting by it)."""
    conditions = members(spec.queue, spec.username)
    if spec.statuses:
        conditions.append(Order.status.in_([s.value for s in spec.statuses]))
    if spec.service_codes:
        conditions.append(Order.service_code.in_(spec.service_codes))
    if spec.sort is SortKey.PAID_AT and sortable_only:
        conditions.append(Order.paid_at.is_not(None))  # unpaid orders have no payment date to sort by
    if spec.paid_from is not None:
        conditions.append(Order.paid_at >= spec.paid_from)
    if spec.paid_to is not None:
        conditions.append(Order.paid_at < spec.paid_to)
    if spec.clock is not None:
        conditions += _clock_condition(spec.clock, today or clock.today())
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


#: The columns a queue row is built from, in this order; the sort value is one of them (``_SORT_INDEX``).
_COLUMNS = (Order.id, Order.reference, Order.service_code, Applicant.last_name, Applicant.first_name, Order.paid_at,
            Order.ordered_at, Order.status, Order.assigned_to, Order.version)  # fmt: skip
_SORT_INDEX = {SortKey.PAID_AT: 5, SortKey.ORDERED_AT: 6, SortKey.REFERENCE: 1}
_STATUSES = {s.value: s for s in Status}


def _base(spec: QueueSpec, today: date | None = None) -> Select[Any]:
    return select(*_COLUMNS).join(Applicant, Applicant.id == Order.applicant_id).where(*_where(spec, today=today))


def _order(spec: QueueSpec, forward: bool = True) -> tuple[Any, Any]:
    sort = _SORT_COLUMNS[spec.sort]
    if forward != spec.descending:
        return sort.asc(), Order.id.asc()
    return sort.desc(), Order.id.desc()


def to_process(service_code: str | None = None) -> QueueSpec:
    """« À traiter » as « Prendre la suivante » takes from it: the list's default order (payment date, oldest
    first), all services or one."""
    return QueueSpec(Queue.TO_PROCESS, service_codes=(service_code,) if service_code else ())


def head(spec: QueueSpec, *columns: Any) -> Select[Any]:
    """The first order of the list ``spec`` (its ``columns``; the mapped ``Order`` when none are given): the
    conditions and the order the list pages with, so that what is taken next is the list's first row."""
    return select(*(columns or (Order,))).where(*_where(spec)).order_by(*_order(spec)).limit(1)


# The statements are built once per queue and shape, with the key, the offset and the limit as parameters: a page
# then costs SQLAlchemy a cache look-up, not a new expression tree and its cache key (a third of a page's time).


@lru_cache(maxsize=128)
def _count_statement(spec: QueueSpec, today: date) -> Select[Any]:
    if spec.sort is not SortKey.PAID_AT:
        return select(func.count()).select_from(Order).where(*_where(spec, today=today))
    # The orders of the queue minus those without a payment date, rather than a count checking ``paid_at IS NOT
    # NULL`` row by row: PostgreSQL counts ``status = 'paid'`` on a small index (in parallel) but reads the whole
    # table for that check, and the orders without a payment date sit together on the (status, paid_at) index.
    # One million paid orders: 190 → 100 ms on PostgreSQL; about the same on SQLite.
    conditions = _where(spec, today=today, sortable_only=False)
    every = select(func.count()).select_from(Order).where(*conditions).scalar_subquery()
    unpaid = select(func.count()).select_from(Order).where(*conditions, Order.paid_at.is_(None)).scalar_subquery()
    return select(every - unpaid)


@lru_cache(maxsize=256)
def _page_statement(spec: QueueSpec, today: date, forward: bool, bound: str) -> Select[Any]:
    """Rows in the queue's order (reversed unless ``forward``) from the key ``:k_sort, :k_id`` when ``bound`` is
    ``"after"`` (excluded) or ``"from"`` (included), from the start when ``"none"``; ``:limit`` of them."""
    sort = _SORT_COLUMNS[spec.sort]
    stmt = _base(spec, today)
    if bound != "none":
        key = tuple_(sort, Order.id)
        value = tuple_(bindparam("k_sort", type_=sort.type), bindparam("k_id", type_=Order.id.type))
        inclusive = bound == "from"
        if forward != spec.descending:
            stmt = stmt.where(key >= value if inclusive else key > value)
        else:
            stmt = stmt.where(key <= value if inclusive else key < value)
    return stmt.order_by(*_order(spec, forward)).limit(bindparam("limit", type_=Integer))


@lru_cache(maxsize=128)
def _key_statement(spec: QueueSpec, today: date, forward: bool) -> Select[Any]:
    """The key ``(sort value, id)`` of the row ``:offset`` rows from the first (the last unless ``forward``): the
    index alone answers it."""
    sort = _SORT_COLUMNS[spec.sort]
    return (select(sort, Order.id).where(*_where(spec, today=today)).order_by(*_order(spec, forward))
            .offset(bindparam("offset", type_=Integer)).limit(1))  # fmt: skip


_CLOSURES = select(CalendarClosure.day)


def count(engine: Engine, spec: QueueSpec, *, today: date | None = None) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(_count_statement(spec, today or clock.today())) or 0)


def _rows(conn: Connection, spec: QueueSpec, today: date, forward: bool, bound: str, key: tuple[Any, int] | None,
          limit: int) -> list[QueueRow]:  # fmt: skip
    params: dict[str, Any] = {"limit": limit}
    if key is not None:
        params["k_sort"], params["k_id"] = key
    closures = frozenset(conn.scalars(_CLOSURES))
    by_day: dict[date, tuple[int, DeliveryClock]] = {}  # a page holds a few order days: each is worked out once
    sort_index = _SORT_INDEX[spec.sort]
    out = []
    for r in conn.execute(_page_statement(spec, today, forward, bound), params):
        order_id, reference, service_code, last_name, first_name, paid_at, ordered_at, status, assigned_to, \
            version = r  # fmt: skip
        ordered_on = geneva_date(ordered_at)
        known = by_day.get(ordered_on)
        if known is None:
            known = by_day[ordered_on] = (working_days_between(ordered_on, today, closures=closures),
                                          delivery_clock(ordered_on, today, closures=closures))
        state = _STATUSES[status]
        out.append(QueueRow(order_id, reference, service_code, f"{last_name}, {first_name}", paid_at, ordered_at,
                            known[0], known[1] if state in CLOCK_STATUSES else None, state, assigned_to, version,
                            r[sort_index]))  # fmt: skip
    if not forward:
        out.reverse()
    return out


def _key_at(conn: Connection, spec: QueueSpec, today: date, offset: int, forward: bool) -> tuple[Any, int] | None:
    found = conn.execute(_key_statement(spec, today, forward), {"offset": max(offset, 0)}).first()
    return None if found is None else (found[0], found[1])


def page_after(engine: Engine, spec: QueueSpec, after: tuple[Any, int] | None, limit: int = 100,
               *, today: date | None = None) -> list[QueueRow]:
    """The ``limit`` rows following the key ``(sort value, id)`` in the queue's order (from the top if None)."""
    with engine.connect() as conn:
        return _rows(conn, spec, today or clock.today(), True, "none" if after is None else "after", after, limit)


def page_before(engine: Engine, spec: QueueSpec, before: tuple[Any, int] | None, limit: int = 100,
                *, today: date | None = None) -> list[QueueRow]:
    """The ``limit`` rows preceding the key (the last rows if None), returned in the queue's order."""
    with engine.connect() as conn:
        return _rows(conn, spec, today or clock.today(), False, "none" if before is None else "after", before, limit)


def page_at(engine: Engine, spec: QueueSpec, row: int, limit: int = 100, *, today: date | None = None
            ) -> list[QueueRow]:
    """``limit`` rows from row number ``row`` (0-based): the key there is found on the index, then keyset."""
    day = today or clock.today()
    with engine.connect() as conn:
        key = _key_at(conn, spec, day, row, True)
        return [] if key is None else _rows(conn, spec, day, True, "from", key, limit)


def page_from_end(engine: Engine, spec: QueueSpec, k: int, limit: int = 100, *, today: date | None = None
                  ) -> list[QueueRow]:
    """The ``limit`` rows ending with the ``k``-th row from the end (``k`` = 1: the last row), in the queue's
    order: ``page_at`` counting from the other end, so that the second half of a queue costs what the first does."""
    day = today or clock.today()
    with engine.connect() as conn:
        key = _key_at(conn, spec, day, k - 1, False)
        return [] if key is None else _rows(conn, spec, day, False, "from", key, limit)


