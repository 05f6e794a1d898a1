"""Appends events to the audit chain inside the caller's transaction; seals pending events on PostgreSQL.

On PostgreSQL an event is written *pending* (id from ``PENDING_ID_BASE`` on, ``prev_hash``/``hash`` NULL) and the
database chains it after commit, in a separate sealing step (migration 0007: writers never seal): on demand through
``ocpm_seal_audit()``, which ``seal_pending`` calls, or in the background through ``ocpm_try_seal_audit()``, which
``try_seal`` calls (the running application's change watcher, the claims benchmark).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ocpm_desk.infrastructure.db.models import AuditEvent
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.audit import GENESIS_HASH, canonical_payload, chain_hash

#: Ids of pending (not yet sealed) events on PostgreSQL start here (this base + the transaction id * 2^22 + n);
#: sealed ids are dense from 1 (migration 0004).
PENDING_ID_BASE = 2**62


def append_audit(
    session: Session,
    actor: str,
    action: str,
    entity: str,
    entity_id: str | int,
    payload: Mapping[str, Any] | None = None,
    *,
    occurred_at: datetime | None = None,
) -> AuditEvent | None:
    """Chain a new event after the current head, in the caller's transaction (committed or rolled back with it).

    SQLite has a single writer (the unit of work begins writes IMMEDIATE), so the head cannot move under us. On
    PostgreSQL the database gives the row a pending id and seals it into the chain after commit (so direct SQL is
    chained the same way) and nothing is returned: staff may write events without reading the chain.
    """
    moment = occurred_at or clock.now()
    body = canonical_payload(payload or {})
    if session.get_bind().dialect.name == "postgresql":
        # only the database writes events (migration 0012): ocpm_audit checks the action against the login's roles
        # and, for staff, stamps their name and the database's clock; id, prev_hash and hash are the chain's
        session.execute(_PG_AUDIT, {"action": action, "entity": entity, "entity_id": str(entity_id),
                                    "payload": body, "actor": actor, "at": moment})
        return None
    head = session.execute(select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).first()
    event_id, prev = (head[0] + 1, head[1]) if head else (1, GENESIS_HASH)
    event = AuditEvent(
        id=event_id,
        occurred_at=moment,
        actor=actor,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        payload=body,
        prev_hash=prev,
        hash=chain_hash(prev, event_id, moment, actor, action, entity, str(entity_id), body),
    )
    session.add(event)
    session.flush()
    return event


_PG_AUDIT = text("SELECT ocpm_audit(:action, :entity, :entity_id, :payload, :actor, :at)")


#: How long ``seal_pending`` waits for a sealer at work (normally a transaction committing) before giving up.
SEAL_WAIT_S = 5.0


def seal_pending(connection: Connection, *, wait_s: float | None = None) -> int | None:
    """PostgreSQL: chain every committed pending event now (``ocpm_seal_audit()``); the number sealed.

    Commit the connection's transaction afterwards. Waits at most ``wait_s`` (default ``SEAL_WAIT_S``) for the seal
    lock: None when it is held longer (a transaction left open after sealing; nothing sealed, the transaction stays
    usable). 0 on SQLite (nothing is ever pending) and on a PostgreSQL database not migrated to 0004 yet.
    """
    if connection.dialect.name != "postgresql":
        return 0
    if connection.scalar(text("SELECT to_regprocedure('ocpm_seal_audit()') IS NOT NULL")) is not True:
        return 0
    previous = connection.scalar(text("SELECT current_setting('lock_timeout')"))
    savepoint = connection.begin_nested()
    try:
        wait_ms = int((SEAL_WAIT_S if wait_s is None else wait_s) * 1000)
        connection.execute(text("SELECT set_config('lock_timeout', :wait, true)"), {"wait": f"{max(wait_ms, 1)}ms"})
        sealed = int(connection.scalar(text("SELECT ocpm_seal_audit()")) or 0)
        connection.execute(text("SELECT set_config('lock_timeout', :previous, true)"), {"previous": previous})
    except DBAPIError as exc:
        savepoint.rollback()
        if getattr(exc.orig, "sqlstate", None) == "55P03":  # lock_not_available: lock_timeout expired
            return None
        raise
    savepoint.commit()
    return sealed


def try_seal(connection: Connection) -> int | None:
    """PostgreSQL: chain the committed pending events now unless another transaction is sealing (never waits).

    The number sealed, or None when the seal lock was busy. Run it as a short transaction of its own and commit
    afterwards (the lock is held until then). 0 on SQLite and on a PostgreSQL database not migrated to 0007 yet.
    """
    if connection.dialect.name != "postgresql":
        return 0
    if connection.scalar(text("SELECT to_regprocedure('ocpm_try_seal_audit()') IS NOT NULL")) is not True:
        return 0
    sealed = connection.scalar(text("SELECT ocpm_try_seal_audit()"))
    return None if sealed is None else int(sealed)
