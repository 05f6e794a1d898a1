"""Appends events to the audit chain inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ocpm_desk.adapters.db.models import AuditEvent
from ocpm_desk.domain.audit import GENESIS_HASH, canonical_payload, chain_hash


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
    PostgreSQL the database's trigger chains the row (so direct SQL is chained the same way) and nothing is
    returned: staff may write events without reading the chain.
    """
    moment = occurred_at or datetime.now(UTC)
    body = canonical_payload(payload or {})
    if session.get_bind().dialect.name == "postgresql":
        # The database extends the chain itself (trigger ocpm_audit_chain): id, prev_hash and hash are its own,
        # and staff may insert events without being allowed to read the chain (no RETURNING).
        session.execute(
            insert(AuditEvent).values(id=0, occurred_at=moment, actor=actor, action=action, entity=entity,
                                      entity_id=str(entity_id), payload=body, prev_hash="", hash="")
        )
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
