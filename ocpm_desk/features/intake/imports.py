"""Order intake (DESIGN §9): an e-démarches JSON Lines file becomes orders, updates and quarantined lines.

``import_orders(engine, actor, stream, source)`` reads the stream line by line (never whole: memory stays flat)
and works in **batches** of ``batch_size`` lines, each written entirely or not at all: one transaction per batch,
committed in file order; a failure anywhere in a batch (a line, a statement, the commit) leaves nothing of it, and
no later batch is committed. On PostgreSQL two batches are in flight on two connections: the next one plans on the
effects of the one before while that one is written, and commits after it (``_Batch``). An import killed mid-file
and run again ends in exactly the state of one clean run (the lines of the committed batches are then
``unchanged``). Within a batch:

- every line goes through ``ocpm_desk.features.intake.rules.read_line`` (pydantic models of the format, card numbers);
- records are compared with the orders already imported under their references (``decide``: new, awaiting_payment
  → paid/cancelled, unchanged, conflict) and with the earlier lines of the same file;
- new orders are inserted with their applicants and a ``receive`` history row; a paid order is pinned to the fee
  schedule, postal tariff and condition rule set in force on the (Geneva) day its payment was validated (G3) and
  appears at once in the open queues;
- lines that cannot become an order, and conflicts, go to ``import_quarantine`` with their line number, the
  reference when readable and the reasons; a line equal to one already quarantined counts as ``unchanged``;
- one audit event ``orders.imported`` per batch: the counts, the line range and the references concerned (on
  PostgreSQL the row triggers add one event per order row as well).

The summary's counts always add up: ``lines = imported + updated + unchanged + quarantined`` (blank lines are not
records and are not counted). Card numbers never reach the database or a log: the domain masks them first.
"""

from __future__ import annotations

import collections
import contextlib
import multiprocessing
import queue
import threading
import time
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from operator import itemgetter
from typing import IO, Any

from sqlalchemy import Boolean, Date, Engine, func, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from ocpm_desk.features.intake.api import ImportSummary, QuarantineList, QuarantineRow
from ocpm_desk.features.intake.rules import (
    MAX_LINE_BYTES,
    Decision,
    ExistingOrder,
    IntakeOrder,
    Outcome,
    Quarantined,
    decide,
    parse_digest,
    quarantine_line,
    read_line,
    read_lines,
    read_reasons,
    stored_reasons,
)
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.calendar import geneva_date
from ocpm_desk.kernel.effective import version_in_force
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError, NotFound
from ocpm_desk.kernel.identifiers import mask_card_numbers_in
from ocpm_desk.kernel.lifecycle import Status, find_transition
from ocpm_desk.kernel.notes import encode
from ocpm_desk.kernel.notes import note as stored
from ocpm_desk.kernel.permissions import Permission

__all__ = [
    "DEFAULT_BATCH",
    "ImportSummary",
    "QuarantineRow",
    "import_orders",
    "quarantine_rows",
    "resolve_quarantine",
]

DEFAULT_BATCH = 1000
MIN_NOTE = 10
_T = m.Base.metadata.tables
_RETRIES = 3  # a batch that met a concurrent import (same reference inserted meanwhile) is read again


# --------------------------------------------------------------------------------------------- reading
def _lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes, int]]:
    """(line number, line without its break, bytes read so far); blank lines skipped; a too-long line is cut."""
    number = 0
    done = 0
    while True:
        raw = stream.readline(MAX_LINE_BYTES + 2)  # + 2: a line of the maximum length and its CR LF
        if not raw:
            return
        number += 1
        done += len(raw)
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while True:  # skip the rest of the line without keeping it
                rest = stream.readline(1 << 20)
                done += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, raw, done
            continue
        line = raw[:-1] if raw.endswith(b"\n") else raw
        if line.endswith(b"\r"):
            line = line[:-1]
        if not line.strip():
            continue
        yield number, line, done


def _chunks(stream: IO[bytes], size: int) -> Iterator[tuple[list[tuple[int, bytes]], int]]:
    """The lines of ``_lines`` as (line number, line) pairs in lists of ``size`` (the last one possibly shorter),
    each list with the bytes read up to its last line: the batches of both readers."""
    chunk: list[tuple[int, bytes]] = []
    done = 0
    for number, raw, done in _lines(stream):
        chunk.append((number, raw))
        if len(chunk) >= size:
            yield chunk, done
            chunk = []
    if chunk:
        yield chunk, done


# --------------------------------------------------------------------------------------------- reference data
@dataclass(frozen=True, slots=True)
class _Version:
    id: int
    valid_from: date
    valid_to: date | None


def _id_in_force(versions: Sequence[_Version], day: date) -> int | None:
    version = version_in_force(versions, day)
    # nothing in force: the order is imported all the same, its payment condition fails in review
    return None if version is None else version.id


@dataclass(slots=True)
class _Reference:
    services: frozenset[str]
    fees: dict[str, list[_Version]]
    tariffs: dict[str, list[_Version]]
    rule_sets: dict[str, list[_Version]]

    @classmethod
    def read(cls, session: Session) -> _Reference:
        def versions(table: Any, key: Any) -> dict[str, list[_Version]]:
            out: dict[str, list[_Version]] = {}
            for row in session.execute(select(key, table.id, table.valid_from, table.valid_to)
                                       .order_by(table.valid_from)):
                out.setdefault(row[0], []).append(_Version(row[1], row[2], row[3]))
            return out

        return cls(
            services=frozenset(session.scalars(select(m.Service.code))),
            fees=versions(m.FeeSchedule, m.FeeSchedule.service_code),
            tariffs=versions(m.PostalTariff, m.PostalTariff.product_code),
            rule_sets=versions(m.ConditionRuleSet, m.ConditionRuleSet.service_code),
        )

    def pins(self, record: IntakeOrder) -> dict[str, int | None]:
        """The versions in force on the day the payment was validated (G3)."""
        if record.payment is None:
            return {"fee_schedule_id": None, "postal_tariff_id": None, "rule_set_id": None}
        day = geneva_date(record.payment.validated_at)
        return {
            "fee_schedule_id": _id_in_force(self.fees.get(record.service_code, []), day),
            "postal_tariff_id": _id_in_force(self.tariffs.get(record.product, []), day),
            "rule_set_id": _id_in_force(self.rule_sets.get(record.service_code, []), day),
        }


# --------------------------------------------------------------------------------------------- one batch
@dataclass(slots=True)
class _Counts:
    lines: int = 0
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    quarantined: int = 0

    def add(self, other: _Counts) -> None:
        self.lines += other.lines
        self.imported += other.imported
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.quarantined += other.quarantined


@dataclass(slots=True)
class _Line:
    number: int
    raw: bytes
    parsed: IntakeOrder | Quarantined


class _StaleOrder(Exception):
    """An order changed between reading and writing (a concurrent import or a caseworker): read the batch again."""


class _Replan(Exception):
    """The batch before this one was planned again (it met a concurrent change): plan this one again after it."""


class _Yield(Exception):
    """The batch before this one takes long to commit: give up this transaction (and its locks, in case that batch
    waits for one of them), wait for it outside any transaction, then write this batch again."""


class _Abandoned(Exception):
    """The batch before this one failed: this one is not written (a failure stops the import)."""


@dataclass(frozen=True, slots=True)
class _Effects:
    """What a batch writes that the batch after it must take into account while it is not committed yet: the state
    of the orders it receives or updates, and the hashes of the lines it quarantines."""

    orders: Mapping[str, ExistingOrder]
    hashes: frozenset[str]


_NOTHING = _Effects({}, frozenset())


def _payment_columns(record: IntakeOrder, ref: _Reference) -> dict[str, Any]:
    p = record.payment
    if p is None:
        return {"paid_at": None, "payment_brand": None, "payment_provider_reference": None,
                "fee_paid_centimes": None, "postage_paid_centimes": None, **ref.pins(record)}
    return {"paid_at": p.validated_at, "payment_brand": p.brand, "payment_provider_reference": p.provider_reference,
            "fee_paid_centimes": p.fee_centimes, "postage_paid_centimes": p.postage_centimes, **ref.pins(record)}


def _outcome(from_status: Status | None, to: Status) -> str | None:
    """The outcome the lifecycle records on this step (cancelled for a cancellation, else none yet)."""
    transition = find_transition(from_status, to)
    return transition.outcome.value if transition and transition.outcome else None


def _allocate(session: Session, table: str, count: int) -> list[int]:
    """``count`` new ids for ``table``: from its sequence on PostgreSQL, after its largest id on SQLite (the unit
    of work holds the write lock there). Rows then reference each other without a round trip per row."""
    if count == 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        return list(session.scalar(  # one array, not a row per id
            text("SELECT array_agg(nextval(q.seq)) FROM (SELECT pg_get_serial_sequence(:t, 'id')::regclass AS seq) q, "
                 "generate_series(1, :n)"),
            {"t": table, "n": count}) or [])
    first = int(session.scalar(text(f"SELECT coalesce(max(id), 0) FROM {table}")) or 0) + 1
    return list(range(first, first + count))


def _apply(session: Session, actor: Actor, source: str, lines: list[_Line], ref: _Reference, now: datetime,
           before: _Effects = _NOTHING, planned: Callable[[_Effects], None] | None = None,
           settled: Callable[[], None] | None = None) -> tuple[_Counts, dict[str, Any], _Effects]:
    """Write one batch in ``session``'s transaction; its counts, its audit payload and its effects.

    ``before``: the effects of the batch before, which may not be committed yet (they win over what the database
    shows). ``planned(effects)`` is called once this batch knows what it will write, before it writes: the next
    batch may then plan on it. ``settled()`` returns once the batch before is committed (it raises if that batch
    failed or was planned again): the rows that batch may have written or locked — orders to update and their
    history lines — are written after it; new orders, their people and history, and quarantined lines before.
    """
    counts = _Counts(lines=len(lines))
    references = {ln.parsed.reference for ln in lines if isinstance(ln.parsed, IntakeOrder)}
    existing: dict[str, ExistingOrder] = {}
    for order_id, reference, status, version, digest in _select_in(
            session, "SELECT id, reference, status, version, intake_digest FROM orders WHERE reference", references):
        existing[reference] = ExistingOrder(order_id, reference, status, version, parse_digest(digest))
    for reference in references & before.orders.keys():
        existing[reference] = before.orders[reference]
    # quarantine records of every line that might be quarantined, to know which are already there
    quarantined: dict[int, Quarantined] = {}
    decisions: dict[int, Decision] = {}
    pending: dict[str, ExistingOrder] = {}  # state after the earlier lines of this batch
    for ln in lines:
        if isinstance(ln.parsed, Quarantined):
            quarantined[ln.number] = ln.parsed
            continue
        record = ln.parsed
        state = pending.get(record.reference) or existing.get(record.reference)
        decision = decide(state, record)
        decisions[ln.number] = decision
        if decision.outcome is Outcome.CONFLICT:
            quarantined[ln.number] = quarantine_line(ln.number, ln.raw.decode("utf-8"), list(decision.reasons),
                                                     reference=record.reference)
        elif decision.outcome is Outcome.NEW:
            pending[record.reference] = ExistingOrder(0, record.reference, record.status.value, 1,
                                                      dict(record.digest))
        elif decision.outcome is Outcome.UPDATE and state is not None:
            pending[record.reference] = replace(state, status=record.status.value, version=state.version + 1,
                                                digest=dict(record.digest))
    hashes = {q.sha256 for q in quarantined.values()}
    known = {row[0] for row in _select_in(session, "SELECT line_sha256 FROM import_quarantine WHERE line_sha256",
                                          hashes)}
    known |= hashes & before.hashes

    new_orders: dict[str, dict[str, Any]] = {}
    applicants: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []  # of the orders received in this batch
    later_events: list[dict[str, Any]] = []  # of the orders received before (written once the batch before is)
    quarantine: list[dict[str, Any]] = []
    updates: dict[str, dict[str, Any]] = {}  # reference → the update of an order already in the database
    imported: list[str] = []
    updated: list[str] = []
    quarantined_lines: list[int] = []
    needed_applicants = sum(
        1 + (ln.parsed.concerned_person is not None) for ln in lines
        if isinstance(ln.parsed, IntakeOrder) and decisions[ln.number].outcome is Outcome.NEW)
    applicant_ids = iter(_allocate(session, "applicants", needed_applicants))
    order_ids = iter(_allocate(session, "orders", sum(
        1 for d in decisions.values() if d.outcome is Outcome.NEW)))

    def person_row(person: Any) -> dict[str, Any]:
        row = {"id": next(applicant_ids), "avs": person.avs, "last_name": person.last_name,
               "first_name": person.first_name, "birth_date": person.birth_date, "email": person.email,
               "language": person.language}
        applicants.append(row)
        return row

    # every history line of the batch says « {source}, line {line} »: the stored phrase is encoded once, the line
    # number put in per row (what ``notes.encode`` gives, which tests/unit/domain/test_domain_notes.py checks)
    before_line, after_line = encode(stored("history.imported", source=source, line=0)).split('"line": 0', 1)

    def event(order_id: int, action: str, from_status: str | None, to_status: str, line: int, *,
              received_before: bool = False) -> None:
        (later_events if received_before else events).append({
            "order_id": order_id, "occurred_at": now, "actor": actor.username, "action": action,
            "from_status": from_status, "to_status": to_status,
            "note": f'{before_line}"line": {int(line)}{after_line}'})

    for ln in lines:
        q = quarantined.get(ln.number)
        if q is not None:
            if q.sha256 in known:
                counts.unchanged += 1
                continue
            known.add(q.sha256)
            quarantine.append({"source": source, "line_number": ln.number, "reference": q.reference,
                               "line_masked": q.text, "line_sha256": q.sha256, "reasons": stored_reasons(q.reasons),
                               "received_at": now})
            quarantined_lines.append(ln.number)
            counts.quarantined += 1
            continue
        assert isinstance(ln.parsed, IntakeOrder)
        record = ln.parsed
        decision = decisions[ln.number]
        if decision.outcome is Outcome.UNCHANGED:
            counts.unchanged += 1
        elif decision.outcome is Outcome.NEW:
            order_id = next(order_ids)
            applicant = person_row(record.applicant)
            concerned = person_row(record.concerned_person) if record.concerned_person is not None else None
            new_orders[record.reference] = {
                "id": order_id, "reference": record.reference, "service_code": record.service_code,
                "quantity": record.quantity, "status": record.status.value, "outcome": _outcome(None, record.status),
                "assigned_to": None, "version": 1, "ordered_at": record.ordered_at,
                "applicant_id": applicant["id"], "concerned_person_id": concerned["id"] if concerned else None,
                "delivery_product": record.product, **record.address, **_payment_columns(record, ref),
                "hold_reason": None, "hold_until": None, "clock_stopped": False, "updated_at": now,
                "updated_by": actor.username, "intake_digest": record.digest_text(),
            }
            event(order_id, "receive", None, record.status.value, ln.number)
            imported.append(record.reference)
            counts.imported += 1
        elif decision.outcome is Outcome.UPDATE:
            to = record.status
            transition = find_transition(Status.AWAITING_PAYMENT, to)
            assert transition is not None
            change = {"status": to.value, "outcome": transition.outcome.value if transition.outcome else None,
                      "intake_digest": record.digest_text(), **_payment_columns(record, ref)}
            received = new_orders.get(record.reference)
            if received is not None:  # received earlier in this batch
                received.update(change, version=received["version"] + 1)
                order_id = received["id"]
            else:
                current = existing[record.reference]
                earlier = updates.get(record.reference)
                base_version = earlier["version"] if earlier else current.version
                updates[record.reference] = {**change, "id": current.id, "version": base_version + 1,
                                             "expected": earlier["expected"] if earlier else current.version}
                order_id = current.id
            event(order_id, transition.action, Status.AWAITING_PAYMENT.value, to.value, ln.number,
                  received_before=received is None)
            updated.append(record.reference)
            counts.updated += 1
    effects = _Effects(
        {reference: replace(state, id=new_orders[reference]["id"]) if reference in new_orders else state
         for reference, state in pending.items()},
        frozenset(row["line_sha256"] for row in quarantine))
    if planned is not None:
        planned(effects)
    _bulk_insert(session, "applicants", applicants)
    _bulk_insert(session, "orders", list(new_orders.values()))
    _bulk_insert(session, "order_events", events)
    _bulk_insert(session, "import_quarantine", quarantine)
    if settled is not None:
        settled()
    _bulk_update_orders(session, [{**change, "updated_at": now, "updated_by": actor.username}
                                  for change in updates.values()])
    _bulk_insert(session, "order_events", later_events)
    audit = {"source": source, "first_line": lines[0].number, "last_line": lines[-1].number,
             "lines": counts.lines, "imported": imported, "updated": updated, "unchanged": counts.unchanged,
             "quarantined_lines": quarantined_lines}
    return counts, audit, effects


def _sqlite_datetime(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetime: OCPM Desk stores only aware datetimes")
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _sqlite_converter(column: Any) -> Callable[[Any], Any] | None:
    """What SQLAlchemy binds on SQLite for the column's type: UTC datetimes and dates as ISO text, booleans 0/1."""
    kind = column.type
    if isinstance(kind, m.UTCDateTime):
        return _sqlite_datetime
    if isinstance(kind, Date):
        return date.isoformat
    if isinstance(kind, Boolean):
        return int
    return None


def _bulk_insert(session: Session, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert many rows of one shape in the session's transaction, by the driver's fastest path.

    PostgreSQL: ``COPY … FROM STDIN`` (row triggers — checks, row audit, notifications — still fire for each row);
    SQLite: one prepared ``executemany``. SQLAlchemy's per-row parameter processing is what this saves: it cost more
    than the writes themselves. Column names come from ``_T`` (the mapped tables), never from the input.
    """
    if not rows:
        return
    columns = [c for c in rows[0] if c in _T[table].c]
    if len(columns) != len(rows[0]):
        raise ValueError(f"unknown columns for {table}: {sorted(set(rows[0]) - set(columns))}")
    connection = session.connection()
    driver: Any = connection.connection.driver_connection
    names = ", ".join(columns)
    if connection.dialect.name == "postgresql":
        with _driver_errors(connection, f"COPY {table} ({names}) FROM STDIN"), driver.cursor() as cursor, \
                cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([row[c] for c in columns])
        return
    marks = ", ".join("?" * len(columns))
    converters = [(i, f) for i, c in enumerate(columns) if (f := _sqlite_converter(_T[table].c[c])) is not None]
    pick = itemgetter(*columns)
    values: list[Any] = []
    for row in rows:
        value = list(pick(row))
        for i, convert in converters:
            if value[i] is not None:
                value[i] = convert(value[i])
        values.append(value)
    statement = f"INSERT INTO {table} ({names}) VALUES ({marks})"
    with _driver_errors(connection, statement), contextlib.closing(driver.cursor()) as cursor:
        cursor.executemany(statement, values)


@contextlib.contextmanager
def _driver_errors(connection: Any, statement: str) -> Iterator[None]:
    """Errors of statements sent to the driver directly, raised as SQLAlchemy raises them (``DBAPIError`` and its
    subclasses, the connection invalidated when it was lost): callers and the CLI see one kind of error."""
    dbapi_error = connection.dialect.loaded_dbapi.Error
    try:
        yield
    except dbapi_error as exc:
        driver = connection.connection.driver_connection
        lost = connection.dialect.is_disconnect(exc, driver, None)
        if lost:
            connection.invalidate(exc)
        raise DBAPIError.instance(statement, None, exc, dbapi_error, connection_invalidated=lost,
                                  dialect=connection.dialect) from exc


def _select_in(session: Session, query: str, keys: Collection[str]) -> list[tuple[Any, ...]]:
    """Rows of ``query`` (ending in ``WHERE <column>``) for the column in ``keys``, through the driver: one array
    parameter on PostgreSQL (``= ANY``), chunks of ``IN (?, …)`` on SQLite. SQLAlchemy's expanding ``IN`` of a
    thousand parameters cost tens of milliseconds a batch to build."""
    if not keys:
        return []
    connection = session.connection()
    driver: Any = connection.connection.driver_connection
    with _driver_errors(connection, query), contextlib.closing(driver.cursor()) as cursor:
        if connection.dialect.name == "postgresql":
            cursor.execute(f"{query} = ANY(%s)", (list(keys),))
            return list(cursor.fetchall())
        out: list[tuple[Any, ...]] = []
        ordered = list(keys)
        for start in range(0, len(ordered), 5000):
            chunk = ordered[start:start + 5000]
            cursor.execute(f"{query} IN ({', '.join('?' * len(chunk))})", chunk)
            out.extend(cursor.fetchall())
        return out


_UPDATE_COLUMNS = ("status", "outcome", "intake_digest", "paid_at", "payment_brand", "payment_provider_reference",
                   "fee_paid_centimes", "postage_paid_centimes", "fee_schedule_id", "postal_tariff_id", "rule_set_id",
                   "version", "updated_at", "updated_by")


def _bulk_update_orders(session: Session, changes: list[dict[str, Any]]) -> None:
    """awaiting_payment → paid/cancelled of orders imported by an earlier batch, as one prepared executemany. Each
    row is changed only if it is still at the version read and still awaiting payment; otherwise the batch is
    read again (``_StaleOrder``)."""
    if not changes:
        return
    connection = session.connection()
    driver: Any = connection.connection.driver_connection
    postgres = connection.dialect.name == "postgresql"
    mark = "%s" if postgres else "?"
    sets = ", ".join(f"{c} = {mark}" for c in _UPDATE_COLUMNS)
    sql = (f"UPDATE orders SET {sets} WHERE id = {mark} AND version = {mark} "
           f"AND status = '{Status.AWAITING_PAYMENT.value}'")
    converters = {} if postgres else {c: f for c in _UPDATE_COLUMNS
                                      if (f := _sqlite_converter(_T["orders"].c[c])) is not None}
    values = []
    for change in changes:
        row = [change[c] for c in _UPDATE_COLUMNS]
        for i, column in enumerate(_UPDATE_COLUMNS):
            convert = converters.get(column)
            if convert is not None and row[i] is not None:
                row[i] = convert(row[i])
        values.append((*row, change["id"], change["expected"]))
    with _driver_errors(connection, sql), contextlib.closing(driver.cursor()) as cursor:
        cursor.executemany(sql, values)
        changed = cursor.rowcount
    if changed != len(changes):
        raise _StaleOrder(changed)


class _Batch:
    """One batch on its way to the database: its lines, its effects once planned, its outcome once written.

    Batch ``n`` plans on the effects of batch ``n - 1`` (``previous``) as soon as they are known, writes what does
    not depend on them while that batch is still being written, and commits only after it (or not at all when it
    failed): each batch is one transaction, and the batches commit in file order."""

    def __init__(self, number: int, lines: list[_Line], done_bytes: int, previous: _Batch | None) -> None:
        self.number = number
        self.lines = lines
        self.first, self.last = lines[0].number, lines[-1].number
        self.done_bytes = done_bytes
        self.previous = previous
        self._state = threading.Condition()
        self._planned: _Effects | None = None
        self._committed: _Effects | None = None
        self._failed = False

    def plan(self, effects: _Effects) -> None:
        with self._state:
            self._planned = effects
            self._state.notify_all()

    def planned(self) -> _Effects:
        """The effects this batch will have (or had, once committed); ``_Abandoned`` if it failed."""
        with self._state:
            self._state.wait_for(lambda: self._planned is not None or self._failed or self._committed is not None)
            if self._failed:
                raise _Abandoned(self.number)
            return self._committed or self._planned or _NOTHING

    def committed(self, timeout: float | None) -> _Effects | None:
        """The effects committed, once the batch is; None if it is not after ``timeout`` seconds; ``_Abandoned``
        if it failed."""
        with self._state:
            self._state.wait_for(lambda: self._committed is not None or self._failed, timeout)
            if self._failed:
                raise _Abandoned(self.number)
            return self._committed

    def succeed(self, effects: _Effects) -> None:
        with self._state:
            self._committed = effects
            self.lines = []  # written: only the effects are still needed, by the next batch
            self._state.notify_all()

    def fail(self) -> None:
        with self._state:
            self._failed = True
            self.lines = []
            self._state.notify_all()


#: How long a batch waits, inside its transaction, for the batch before it to commit; then it gives up its
#: transaction and waits outside (see ``_Yield``): a batch never holds locks for long while it waits.
_SETTLE_SECONDS = 20.0


def _write_batch(engine: Engine, actor: Actor, source: str, batch: _Batch, ref: _Reference) -> _Counts:
    """Write ``batch`` in one transaction, after the batch before it; ``batch.succeed`` once committed."""
    previous = batch.previous
    attempt = 0
    while True:
        if previous is not None and previous.committed(0) is not None:
            previous = None  # committed: the database shows what it wrote (and any change made since)
        before = previous.planned() if previous is not None else _NOTHING

        def settled(previous: _Batch | None = previous, before: _Effects = before) -> None:
            if previous is None:
                return
            done = previous.committed(_SETTLE_SECONDS)
            if done is None:
                raise _Yield
            if done is not before:
                raise _Replan

        try:
            with UnitOfWork(engine) as uow:
                counts, audit, effects = _apply(uow.session, actor, source, batch.lines, ref, clock.now(),
                                                before, batch.plan, settled)
                uow.audit(actor, "orders.imported", "import", source[:40], audit)
                uow.commit()
        except _Yield:
            assert previous is not None
            previous.committed(None)  # outside the transaction; raises _Abandoned if it failed
            continue  # planned again on what the database shows
        except _Replan:
            continue
        except (IntegrityError, _StaleOrder):
            attempt += 1
            if attempt == _RETRIES:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Message", "lines {first}–{last} could not be written: another import or a caseworker changed "
                    "the same orders meanwhile; run the import again (what is done stays)"),
                    first=batch.first, last=batch.last) from None
            continue
        batch.succeed(effects)
        batch.previous = None  # committed after it: the chain of batches is not kept
        return counts


# --------------------------------------------------------------------------------------------- the use case
#: PostgreSQL: this many batches are written at once, each by its own connection in its own transaction: the server
#: checks and indexes the rows of one on a core while the other's are prepared, sent and checked on the other. A
#: batch commits after the one before it; what it updates of the orders that batch wrote, it writes after that
#: batch committed (``_apply``). SQLite has one writer: one batch at a time.
_WRITERS = 2


#: An input of at least this many bytes is read and checked in a separate process (``_ProcessReader``): threads
#: share one interpreter lock, so a reading thread slowed the writes as much as it saved (measured: 100 000 lines
#: on PostgreSQL, 5 000–5 900 lines/s so, 4 500–5 100 with the checks in the writers' process). Smaller inputs and
#: standard input are read in the calling thread.
PROCESS_READER_BYTES = 8 * 1024 * 1024


class _InlineReader:
    """Reads and checks batches in the calling thread."""

    def __init__(self, stream: IO[bytes], services: frozenset[str], batch_size: int) -> None:
        self._stream = stream
        self._services = services
        self._size = batch_size

    def __enter__(self) -> _InlineReader:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def __iter__(self) -> Iterator[tuple[list[_Line], int]]:
        for chunk, done in _chunks(self._stream, self._size):
            yield [_Line(number, raw, read_line(number, raw, self._services)) for number, raw in chunk], done


class _ProcessReader:
    """Reads lines here and has them checked (``read_lines``) in one other process, a few batches ahead of the
    writes and never more (memory stays flat): the checks run on one core while this process and the database
    write on the other. The process is started with ``spawn`` (safe beside Qt and threads) and imports only the
    domain; it ends with the import, also when the import fails or is cancelled."""

    _AHEAD = 3

    def __init__(self, stream: IO[bytes], services: frozenset[str], batch_size: int) -> None:
        self._stream = stream
        self._services = services
        self._size = batch_size
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> _ProcessReader:
        self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __iter__(self) -> Iterator[tuple[list[_Line], int]]:
        assert self._pool is not None
        pending: collections.deque[tuple[list[tuple[int, bytes]], int, Future[list[IntakeOrder | Quarantined]]]]
        pending = collections.deque()
        chunks = _chunks(self._stream, self._size)
        exhausted = False
        while True:
            while not exhausted and len(pending) < self._AHEAD:
                try:
                    chunk, done = next(chunks)
                except StopIteration:
                    exhausted = True
                    break
                pending.append((chunk, done, self._pool.submit(read_lines, chunk, self._services)))
            if not pending:
                return
            chunk, done, future = pending.popleft()
            parsed = future.result()
            yield [_Line(number, raw, p) for (number, raw), p in zip(chunk, parsed, strict=True)], done


class _Writers:
    """Writes the batches: in the calling thread when there is one writer, else batch ``n`` by thread ``n % count``,
    each with its own connection, up to ``count`` batches in flight (``_Batch`` orders them). Each queue holds at
    most ``_AHEAD`` batches (memory stays flat). The first error stops the submissions and is raised by ``finish``;
    the batches after the failing one are not committed, those committed before it stay."""

    _AHEAD = 1

    def __init__(self, count: int, write: Callable[[_Batch], _Counts]) -> None:
        self._write = write
        self._count = count
        self._lock = threading.Lock()
        self.total = _Counts()
        self.done_bytes = 0
        self._written: dict[int, int] = {}  # batch written → bytes read up to it, until the batches before are
        self._next = 0
        self._low = 0  # the first batch not written yet
        self._last: _Batch | None = None
        self._error: BaseException | None = None
        self._queues: list[queue.Queue[_Batch | None]] = []
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> _Writers:
        if self._count > 1:
            for i in range(self._count):
                q: queue.Queue[_Batch | None] = queue.Queue(maxsize=self._AHEAD)
                thread = threading.Thread(target=self._run, args=(q,), name=f"intake-writer-{i}", daemon=True)
                self._queues.append(q)
                self._threads.append(thread)
                thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop()

    def _record(self, batch: _Batch, counts: _Counts) -> None:
        with self._lock:
            self.total.add(counts)
            self._written[batch.number] = batch.done_bytes
            while self._low in self._written:  # every batch up to here is written
                self.done_bytes = self._written.pop(self._low)
                self._low += 1

    def _failed(self, batch: _Batch, exc: BaseException) -> None:
        with self._lock:  # the first real error wins over the batches abandoned because of it
            if self._error is None or isinstance(self._error, _Abandoned):
                self._error = exc
        batch.fail()

    def _run(self, q: queue.Queue[_Batch | None]) -> None:
        while True:
            batch = q.get()
            if batch is None:
                return
            if self._error is not None:
                batch.fail()  # drain: nothing more is written after an error
                continue
            try:
                self._record(batch, self._write(batch))
            except BaseException as exc:  # raised by finish() in the calling thread
                self._failed(batch, exc)

    def submit(self, lines: list[_Line], done_bytes: int) -> None:
        if self._error is not None:
            self.finish()
        batch = _Batch(self._next, lines, done_bytes, self._last if self._count > 1 else None)
        self._next += 1
        self._last = batch
        if self._count == 1:
            try:
                self._record(batch, self._write(batch))
            except BaseException as exc:
                self._failed(batch, exc)
                self.finish()
            return
        self._queues[batch.number % self._count].put(batch)

    def _stop(self) -> None:
        for q in self._queues:
            q.put(None)
        for thread in self._threads:
            thread.join()
        self._queues, self._threads = [], []

    def finish(self) -> None:
        self._stop()
        self._last = None
        if self._error is not None:
            error, self._error = self._error, None
            raise error


@use_case(Permission.RECEIVE_ORDER)
def import_orders(
    engine: Engine,
    actor: Actor,
    stream: IO[bytes],
    source: str,
    *,
    total_bytes: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch_size: int = DEFAULT_BATCH,
) -> ImportSummary:
    """Import an intake file (JSON Lines) read from ``stream``; ``source`` names it (a file name, not a path).

    ``progress(done, total)`` is called after each batch with bytes read and ``total_bytes`` (0 when unknown).
    ``cancelled()`` is asked between batches: the import then stops, keeping the batches already committed.
    An input of ``PROCESS_READER_BYTES`` or more (``total_bytes``) is checked in a separate process, a few batches
    ahead of the writes; on PostgreSQL two writer threads write two batches at once (each batch one transaction,
    committed in file order). Memory holds a few batches at most.
    """
    actor.require(Permission.RECEIVE_ORDER)
    if batch_size < 1:
        raise DomainError(QT_TRANSLATE_NOOP("Message", "the batch size must be at least 1 line"))
    started = time.perf_counter()
    source = mask_card_numbers_in(source or "stdin")[:255]  # a file name is written too (notes, quarantine, audit)
    with UnitOfWork(engine, write=False) as uow:
        ref = _Reference.read(uow.session)
    batches = 0
    stopped = False
    writers = _WRITERS if engine.dialect.name == "postgresql" else 1
    reader_kind = _ProcessReader if (total_bytes or 0) >= PROCESS_READER_BYTES else _InlineReader

    def write(batch: _Batch) -> _Counts:
        return _write_batch(engine, actor, source, batch, ref)

    with reader_kind(stream, ref.services, batch_size) as reader, _Writers(writers, write) as pool:
        for batch, done_bytes in reader:
            if cancelled is not None and cancelled():  # asked before each batch: after the last one, nothing is left
                stopped = True
                break
            pool.submit(batch, done_bytes)
            batches += 1
            if progress is not None and pool.done_bytes:
                progress(pool.done_bytes, total_bytes or 0)
        pool.finish()
    total = pool.total
    if progress is not None and pool.done_bytes:
        progress(pool.done_bytes, total_bytes or 0)
    return ImportSummary(source, total.lines, total.imported, total.updated, total.unchanged, total.quarantined,
                         time.perf_counter() - started, stopped, batches)


# --------------------------------------------------------------------------------------------- quarantine
def _row(q: m.ImportQuarantine) -> QuarantineRow:
    return QuarantineRow(q.id, q.source, q.line_number, q.reference, q.line_masked, read_reasons(q.reasons),
                         q.received_at, q.resolved_at, q.resolved_by, q.resolution_note)


@use_case(Permission.IMPORT_ORDERS)
def quarantine_rows(engine: Engine, actor: Actor, *, include_resolved: bool = False, limit: int = 1000
                    ) -> QuarantineList:
    """Quarantined lines, newest first (open ones only unless ``include_resolved``); card numbers masked.
    ``limit=0`` reads the counts only."""
    actor.require(Permission.IMPORT_ORDERS)
    with UnitOfWork(engine, write=False) as uow:
        session = uow.session
        query = select(m.ImportQuarantine).order_by(m.ImportQuarantine.id.desc()).limit(limit)
        if not include_resolved:
            query = query.where(m.ImportQuarantine.resolved_at.is_(None))
        rows = tuple(_row(q) for q in session.scalars(query)) if limit > 0 else ()
        open_count = int(session.scalar(select(func.count()).select_from(m.ImportQuarantine)
                                        .where(m.ImportQuarantine.resolved_at.is_(None))) or 0)
        total = int(session.scalar(select(func.count()).select_from(m.ImportQuarantine)) or 0)
    return QuarantineList(rows, open_count, total)


@use_case(Permission.IMPORT_ORDERS)
def resolve_quarantine(engine: Engine, actor: Actor, quarantine_id: int, note: str) -> QuarantineRow:
    """Close a quarantined line with a note saying what was done (e.g. the platform sent it again corrected)."""
    actor.require(Permission.IMPORT_ORDERS)
    note = (note or "").strip()
    if len(note) < MIN_NOTE:
        raise DomainError(QT_TRANSLATE_NOOP("Message", "say in at least {minimum} characters what was done about "
                                            "this line"), minimum=MIN_NOTE)
    with UnitOfWork(engine) as uow:
        row = uow.session.get(m.ImportQuarantine, quarantine_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Message", "quarantined line {id} does not exist"), id=quarantine_id)
        if row.resolved_at is not None:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "this line was already resolved by {who} on {date:%d.%m.%Y}"),
                who=row.resolved_by, date=geneva_date(row.resolved_at))
        row.resolved_at = clock.now()
        row.resolved_by = actor.username
        row.resolution_note = note
        uow.session.flush()
        uow.audit(actor, "quarantine.resolved", "import_quarantine", row.id,
                  {"source": row.source, "line": row.line_number, "reference": row.reference})
        result = _row(row)
        uow.commit()
    return result
