"""Appends events to the audit chain inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
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
) -> AuditEvent:
    """Chain a new event after the current head, in the caller's transaction (committed or rolled back with it).

    SQLite has a single writer (the unit of work begins writes IMMEDIATE), so the head cannot move under us. On
    PostgreSQL a transaction-scoped advisory lock serialises the appends.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext('ocpm_desk.audit_chain'))"))
    head = session.execute(select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).first()
    event_id, prev = (head[0] + 1, head[1]) if head else (1, GENESIS_HASH)
    moment = occurred_at or datetime.now(UTC)
    body = canonical_payload(payload or {})
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
