"""SQLAlchemy mapping of the audit chain and of the intake's quarantine."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from ocpm_desk.infrastructure.db.model_base import Base, Id, TZDateTime


# --------------------------------------------------------------------------------------------- audit and intake
class AuditEvent(Base):
    """One tamper-evident chain for the whole database (DESIGN §5)."""

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=False)
    occurred_at: Mapped[datetime] = mapped_column(TZDateTime)
    actor: Mapped[str] = mapped_column(String(63))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text)  # the exact JSON text that was hashed
    # NULL while pending: on PostgreSQL the database seals events after commit (migration 0004)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    __table_args__ = (Index("ix_audit_events_entity", "entity", "entity_id"),)


class ImportQuarantine(Base):
    __tablename__ = "import_quarantine"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    source: Mapped[str] = mapped_column(String(255))
    line_number: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str | None] = mapped_column(String(40), index=True)
    line_masked: Mapped[str] = mapped_column(Text)  # card numbers masked before storing
    line_sha256: Mapped[str] = mapped_column(String(64), index=True)
    reasons: Mapped[str] = mapped_column(Text)  # JSON list of keyed reasons (domain.intake.stored_reasons)
    received_at: Mapped[datetime] = mapped_column(TZDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(TZDateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(63))
    resolution_note: Mapped[str | None] = mapped_column(Text)
