"""The audit trail: verify the chain, read its head, search it, and record views of personal data (DESIGN §5).

``verify_chain`` recomputes every event's hash in id order with the domain's formula, streaming (a server-side
cursor on PostgreSQL, SQLite's lazy cursor), and names the first broken event. ``expect_head`` ("ID:HASH", as
``chain_head`` gave it and someone kept outside the database) also catches a truncated or rewritten tail, which
a chain that is consistent with itself cannot reveal. Each workstation also keeps a *witness* of the newest head it
saw (``verify_with_witness``, ``refresh_witness``; the file: adapters/witness.py): the command line and the
auditors' screen report a chain that no longer contains it, without anyone having to keep a head by hand.

On PostgreSQL the database extends the chain itself (triggers and a sealing step, migration 0004): events not
sealed yet have a NULL ``hash`` (and an id above every sealed one). ``verify_chain`` and ``chain_head`` seal first
(``ocpm_seal_audit()``), so only events of transactions still in flight can be left; such trailing events are
*pending*: verification stops there and counts only what it checked. A NULL hash followed by a sealed event is a
break.

Searching the audit is itself audited (``audit.searched``, with the filters, never personal data); opening an
order's personal data writes ``order.viewed`` (LIPAD access trail).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Engine, Select, select
from sqlalchemy.engine import Connection

from ocpm_desk.features.audit.api import AuditFilter, AuditRow, AuditVerification, AuditWitness
from ocpm_desk.infrastructure.audit_store import seal_pending
from ocpm_desk.infrastructure.db.models import AuditEvent, Order, Staff
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.infrastructure.witness import DatabaseIdentity, Witness, database_identity, read_witness, write_witness
from ocpm_desk.kernel.audit import GENESIS_HASH, chain_hash
from ocpm_desk.kernel.calendar import GENEVA
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError, NotFound
from ocpm_desk.kernel.permissions import Permission, has_permission
from ocpm_desk.kernel.phrases import render

#: Rows fetched per round trip while verifying: memory stays flat whatever the length of the chain.
VERIFY_BATCH = 5_000
VERIFY_PHASE = "verifying the audit chain"
MAX_SEARCH_LIMIT = 5_000
_HEAD = re.compile(r"^\s*(\d{1,18})\s*:\s*([0-9a-fA-F]{64})\s*$")

_events = AuditEvent.__table__
log = logging.getLogger(__name__)


# --------------------------------------------------------------------------------------------------- the head
_NOT_A_HEAD = QT_TRANSLATE_NOOP(
    "Message", "expected head {head!r} is not ID:HASH (an event id, a colon and 64 hexadecimal digits), as "
    "'ocpm-desk-admin audit-head' prints it")


def parse_head(text: str) -> tuple[int, str]:
    """``"ID:HASH"`` → ``(id, lowercase hash)``; a ValueError that says what is expected otherwise."""
    match = _HEAD.match(text)
    if match is None or int(match.group(1)) < 1:
        raise ValueError(render(_NOT_A_HEAD, {"head": text.strip()}))
    return int(match.group(1)), match.group(2).lower()


def format_head(event_id: int, event_hash: str) -> str:
    return f"{event_id}:{event_hash}"


def _last_sealed(conn: Connection) -> tuple[int, str] | None:
    row = conn.execute(
        select(_events.c.id, _events.c.hash).where(_events.c.hash.is_not(None)).order_by(_events.c.id.desc()).limit(1)
    ).first()
    return (int(row[0]), str(row[1])) if row is not None else None


def _seal(engine: Engine) -> None:
    """PostgreSQL: chain what has been committed before reading the chain (its own transaction); no-op on SQLite.

    If the seal lock stays held (a transaction left open after sealing), the chain is read as it is: its unsealed
    tail is reported as pending.
    """
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            seal_pending(conn)


@use_case(Permission.VERIFY_AUDIT)
def chain_head(engine: Engine, actor: Actor) -> tuple[int, str] | None:
    """The id and hash of the newest sealed event (after sealing what was committed), or None when it is empty."""
    _seal(engine)
    with engine.connect() as conn:
        return _last_sealed(conn)


# ----------------------------------------------------------------------------------------------- verification
@dataclass
class _Walk:
    """State of one pass over the chain."""

    checked: int = 0
    last_id: int | None = None
    last_hash: str = GENESIS_HASH
    pending_from: int | None = None  # first event with a NULL hash (not sealed yet)
    pending: int = 0
    broken_id: int | None = None
    reason: str | None = None
    expected_seen: bool = False

    def fail(self, event_id: int, reason: str) -> None:
        self.broken_id, self.reason = event_id, reason


def _stream(conn: Connection) -> Iterator[Any]:
    columns = (
        _events.c.id, _events.c.occurred_at, _events.c.actor, _events.c.action, _events.c.entity,
        _events.c.entity_id, _events.c.payload, _events.c.prev_hash, _events.c.hash,
    )  # fmt: skip
    result = conn.execution_options(yield_per=VERIFY_BATCH).execute(select(*columns).order_by(_events.c.id))
    try:
        for partition in result.partitions():
            yield from partition
    finally:
        result.close()


def _check_row(walk: _Walk, row: Any, expected: tuple[int, str] | None) -> None:
    """Check one event against the previous one; sets ``walk.broken_id``/``reason`` on the first break."""
    # unpacked once: attribute access on a result row costs more than the hash itself
    raw_id, occurred_at, actor, action, entity, entity_id, payload, prev_hash, stored_hash = row
    event_id = int(raw_id)
    if stored_hash is None:  # not sealed yet: pending, as long as nothing sealed follows
        if walk.pending_from is None:
            walk.pending_from = event_id
        walk.pending += 1
        return
    if walk.pending_from is not None:
        walk.fail(walk.pending_from, f"event {walk.pending_from} is not sealed but a later event ({event_id}) is")
        return
    previous = walk.last_id
    want = 1 if previous is None else previous + 1
    if event_id != want:
        if event_id < want:
            walk.fail(event_id, f"event {event_id} has an invalid id: the chain starts at event 1")
        elif previous is None:
            walk.fail(want, f"event 1 is missing: the chain starts at event {event_id}")
        elif event_id == want + 1:
            walk.fail(want, f"event {want} is missing: ids jump from {previous} to {event_id}")
        else:
            walk.fail(want, f"events {want} to {event_id - 1} are missing: ids jump from {previous} to {event_id}")
        return
    if prev_hash != walk.last_hash:
        if previous is None:
            walk.fail(event_id, f"event {event_id} does not start the chain: its prev_hash is not 64 zeros")
        else:
            walk.fail(event_id, f"event {event_id} does not follow {previous}: prev_hash differs")
        return
    try:
        computed = chain_hash(prev_hash, event_id, occurred_at, actor, action, entity, entity_id, payload)
    except (TypeError, ValueError, AttributeError):
        computed = None  # a NULL or malformed column: the content cannot give the stored hash
    if computed != stored_hash:
        walk.fail(event_id, f"event {event_id} was altered: its hash does not match its content")
        return
    if expected is not None and event_id == expected[0]:
        walk.expected_seen = True
        if stored_hash != expected[1]:
            walk.fail(event_id, f"event {event_id} was rewritten: its hash differs from the expected head")
            return
    walk.checked += 1
    walk.last_id, walk.last_hash = event_id, stored_hash


@use_case(Permission.VERIFY_AUDIT)
def verify_chain(
    engine: Engine,
    actor: Actor,
    expect_head: str | None = None,
    *,
    progress: Callable[[str, int, int], None] | None = None,
) -> AuditVerification:
    """Recompute the whole chain in id order; name the first broken event.

    ``expect_head`` ("ID:HASH") must still be in the chain with that hash: otherwise the tail was truncated or
    rewritten. A malformed ``expect_head`` is a DomainError. On PostgreSQL committed pending events are sealed
    first; otherwise the chain is read, never written. ``progress(phase, done, total)`` is called every few
    thousand events (the total is the highest sealed id: an estimate).
    """
    try:
        expected = parse_head(expect_head) if expect_head is not None else None
    except ValueError:
        raise DomainError(_NOT_A_HEAD, head=(expect_head or "").strip()) from None
    _seal(engine)
    walk = _Walk()
    with engine.connect() as conn:
        total = 0
        if progress is not None:
            sealed_head = _last_sealed(conn)  # pending ids (PENDING_ID_BASE on) would make a useless estimate
            total = sealed_head[0] if sealed_head is not None else 0
        for done, row in enumerate(_stream(conn), start=1):
            _check_row(walk, row, expected)
            if walk.broken_id is not None:
                break
            if progress is not None and done % VERIFY_BATCH == 0:
                progress(VERIFY_PHASE, done, max(total, done))
        if progress is not None:
            progress(VERIFY_PHASE, total, total)
        head = (walk.last_id, walk.last_hash) if walk.last_id is not None else None
        if walk.broken_id is not None:
            head = _last_sealed(conn)  # what audit-head prints, for the record
    if walk.broken_id is None and expected is not None and not walk.expected_seen:
        if walk.pending_from is not None and expected[0] >= walk.pending_from:
            walk.fail(expected[0], f"event {expected[0]} was rewritten: it is no longer sealed")
        else:
            last = walk.last_id or 0
            walk.fail(last + 1, f"the chain was truncated before event {expected[0]}: it ends at event {last}")
    return AuditVerification(
        intact=walk.broken_id is None,
        checked=walk.checked,
        head_id=head[0] if head else None,
        head_hash=head[1] if head else None,
        first_broken_id=walk.broken_id,
        reason=walk.reason,
        pending=walk.pending if walk.broken_id is None else 0,
    )


# ------------------------------------------------------------------------------------------------ the witness
# Each workstation (the command line and the GUI of one user) keeps the newest head it saw of each database
# (adapters/witness.py): a chain that no longer contains it lost its tail, even if it is consistent with itself.
def _public(witness: Witness, *, lost: bool = False) -> AuditWitness:
    return AuditWitness(witness.head_id, witness.head_hash, witness.recorded_at, lost=lost)


def _identity(engine: Engine) -> DatabaseIdentity | None:
    with engine.connect() as conn:
        return database_identity(conn)


def _contains(conn: Connection, witness: Witness) -> bool:
    """The chain still holds the witness's event, sealed, with the witness's hash."""
    stored = conn.scalar(select(_events.c.hash).where(_events.c.id == witness.head_id))
    return stored is not None and str(stored).lower() == witness.head_hash


def _record(
    identity: DatabaseIdentity, head: tuple[int, str], kept: Witness | None, *, again: bool
) -> Witness | None:
    """Record ``head`` as the witness (the same head ``again`` only: its time says when it was last verified); a
    file that cannot be written is logged and the witness kept stays."""
    if not again and kept is not None and (kept.head_id, kept.head_hash) == head:
        return kept
    try:
        return write_witness(identity, *head)
    except OSError as exc:
        log.warning("audit witness not recorded: %s", type(exc).__name__)
        return kept


def _lost(result: AuditVerification, witness: Witness) -> AuditVerification:
    seen = witness.recorded_at.strftime("%Y-%m-%d %H:%M UTC")
    last = result.head_id or 0
    if witness.head_id > last:
        ends = f"it ends at event {last}" if last else "it is empty"
        broken, reason = last + 1, (
            f"the chain no longer contains event {witness.head_id}, the head this workstation saw on {seen}: {ends}"
        )
    else:
        broken, reason = witness.head_id, (
            f"event {witness.head_id} was rewritten: its hash differs from the head this workstation saw on {seen}"
        )
    return replace(result, intact=False, first_broken_id=broken, reason=reason, pending=0,
                   witness=_public(witness, lost=True))


@use_case(Permission.VERIFY_AUDIT)
def verify_with_witness(
    engine: Engine,
    actor: Actor,
    expect_head: str | None = None,
    *,
    accept_head: str | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> AuditVerification:
    """``verify_chain``, and this workstation's witness of the database: the chain must still contain it.

    If it does not (its event is gone or has another hash), the result is not intact and its ``witness`` is the
    witness kept, ``lost`` (a chain broken before that is reported as such, with the witness as it is). After a
    successful verification the head verified becomes the witness. ``accept_head`` ("ID:HASH") records a legitimate
    restore first: the witness becomes that head, then verification proceeds (an OSError when it cannot be
    written). A malformed ``accept_head`` is a DomainError, as for ``expect_head``.
    """
    try:
        accepted = parse_head(accept_head) if accept_head is not None else None
    except ValueError:
        raise DomainError(_NOT_A_HEAD, head=(accept_head or "").strip()) from None
    identity = _identity(engine)
    if identity is not None and accepted is not None:
        write_witness(identity, *accepted)
    result = verify_chain(engine, actor, expect_head, progress=progress)
    if identity is None:
        return result
    witness = read_witness(identity)
    if witness is not None and result.intact:  # a chain broken before is reported as such, as for expect_head
        with engine.connect() as conn:
            if not _contains(conn, witness):
                return _lost(result, witness)
    if result.intact and result.head_id is not None and result.head_hash is not None:
        witness = _record(identity, (result.head_id, result.head_hash), witness, again=True)
    return replace(result, witness=_public(witness) if witness is not None else None)


@use_case(Permission.VERIFY_AUDIT)
def refresh_witness(engine: Engine, actor: Actor) -> AuditWitness | None:
    """Cheap, when an auditor opens the audit screen: the witness moves on to the newest sealed head if the chain
    still contains it (no verification, no sealing); a lost witness stays as it is (``lost``) for the next
    verification to report. None when there is no witness (an empty chain, an in-memory database)."""
    identity = _identity(engine)
    if identity is None:
        return None
    witness = read_witness(identity)
    with engine.connect() as conn:
        if witness is not None and not _contains(conn, witness):
            return _public(witness, lost=True)
        head = _last_sealed(conn)
    if head is not None:
        witness = _record(identity, head, witness, again=False)
    return _public(witness) if witness is not None else None


# ------------------------------------------------------------------------------------------------------ search
def geneva_day_bounds(day_from: date | None, day_to: date | None) -> tuple[datetime | None, datetime | None]:
    """Geneva calendar days → ``[start, end)`` in UTC; ``day_to`` is inclusive (its end is the next midnight)."""
    start = datetime.combine(day_from, time(0), GENEVA).astimezone(UTC) if day_from else None
    end = datetime.combine(day_to + timedelta(days=1), time(0), GENEVA).astimezone(UTC) if day_to else None
    return start, end


def _clean(text: str | None) -> str | None:
    value = (text or "").strip()
    return value or None


#: Entities whose ``entity_id`` is an order id: the services' events ("order") and, on PostgreSQL, the row-change
#: events the database's triggers write (named after the table).
ORDER_ENTITIES = ("order", "orders")


def _search_statement(filters: AuditFilter, order_id: int | None, team: list[str] | None = None) -> Select[Any]:
    e = AuditEvent
    stmt = select(e.id, e.occurred_at, e.actor, e.action, e.entity, e.entity_id, e.payload)
    if team is not None:
        stmt = stmt.where(AuditEvent.actor.in_(team))
    if order_id is not None:
        stmt = stmt.where(AuditEvent.entity.in_(ORDER_ENTITIES), AuditEvent.entity_id == str(order_id))
    actor = _clean(filters.actor)
    if actor:
        stmt = stmt.where(AuditEvent.actor == actor.lower())
    action = _clean(filters.action)
    if action:
        if action.endswith("."):
            escaped = action.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            stmt = stmt.where(AuditEvent.action.like(f"{escaped}%", escape="\\"))
        else:
            stmt = stmt.where(AuditEvent.action == action)
    start, end = geneva_day_bounds(filters.date_from, filters.date_to)
    if start is not None:
        stmt = stmt.where(AuditEvent.occurred_at >= start)
    if end is not None:
        stmt = stmt.where(AuditEvent.occurred_at < end)
    limit = min(max(int(filters.limit), 1), MAX_SEARCH_LIMIT)
    return stmt.order_by(AuditEvent.id.desc()).limit(limit)


def _team_of(uow: UnitOfWork, username: str) -> list[str]:
    """A supervisor audits their team (DESIGN §2): the members of their team, themselves included."""
    team_id = uow.session.scalar(select(Staff.team_id).where(Staff.username == username))
    if team_id is None:
        return [username]
    members = uow.session.scalars(select(Staff.username).where(Staff.team_id == team_id))
    return sorted({*members, username})


def _order_id_of(entity: str, entity_id: str) -> int | None:
    return int(entity_id) if entity in ORDER_ENTITIES and entity_id.isdigit() else None


def _chunks(values: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _filters_payload(filters: AuditFilter, found: int) -> dict[str, Any]:
    """What was asked, for the audit of the search: references, usernames, actions, days — no personal data."""
    return {
        "order_reference": _clean(filters.order_reference),
        "actor": _clean(filters.actor),
        "action": _clean(filters.action),
        "date_from": filters.date_from.isoformat() if filters.date_from else None,
        "date_to": filters.date_to.isoformat() if filters.date_to else None,
        "limit": filters.limit,
        "found": found,
    }


@use_case(Permission.VIEW_AUDIT, Permission.VIEW_TEAM_AUDIT)
def search_audit(engine: Engine, actor: Actor, filters: AuditFilter) -> list[AuditRow]:
    """Audit events matching ``filters``, newest first (supervisors and auditors).

    The search is recorded as ``audit.searched`` before the rows are returned: if that record cannot be written,
    nothing is shown.
    """
    reference = _clean(filters.order_reference)
    with UnitOfWork(engine, write=False) as uow:
        events: list[Any] = []
        order_id: int | None = None
        if reference is not None:
            order_id = uow.session.scalar(select(Order.id).where(Order.reference == reference.upper()))
        team = None if has_permission(actor.roles, Permission.VIEW_AUDIT) else _team_of(uow, actor.username)
        if reference is None or order_id is not None:
            events = list(uow.session.execute(_search_statement(filters, order_id, team)))
        # the references in a second query by primary key: joining on a cast of orders.id would defeat its index
        order_ids = sorted({i for e in events if (i := _order_id_of(e.entity, e.entity_id)) is not None})
        references: dict[int, str] = {}
        for chunk in _chunks(order_ids, 500):
            found = uow.session.execute(select(Order.id, Order.reference).where(Order.id.in_(chunk))).tuples()
            references.update(found.all())
    rows = []
    for e in events:
        order_of = _order_id_of(e.entity, e.entity_id)
        reference_of = references.get(order_of) if order_of is not None else None
        rows.append(AuditRow(e.id, e.occurred_at, e.actor, e.action, e.entity, e.entity_id, reference_of, e.payload))
    with UnitOfWork(engine) as uow:
        uow.audit(actor, "audit.searched", "audit", "search", _filters_payload(filters, len(rows)))
        uow.commit()
    return rows


# ----------------------------------------------------------------------------------------- access trail (LIPAD)
@use_case(Permission.VIEW_ORDER)
def record_order_view(engine: Engine, actor: Actor, order_id: int) -> None:
    """Write ``order.viewed``: ``actor`` opened the personal data of the order (call it before showing them)."""
    with UnitOfWork(engine) as uow:
        reference = uow.session.scalar(select(Order.reference).where(Order.id == order_id))
        if reference is None:
            raise NotFound(QT_TRANSLATE_NOOP("Message", "order #{order_id} does not exist"), order_id=order_id)
        uow.audit(actor, "order.viewed", "order", order_id, {"reference": reference})
        uow.commit()
