"""The quarantine of the intake (DESIGN §9): the lines an import could not turn into orders, listed and resolved.

``quarantine_rows`` lists them (card numbers masked, as stored); ``resolve_quarantine`` closes one with a note
saying what was done about it.
"""

from __future__ import annotations

from sqlalchemy import Engine, func, select

from ocpm_desk.features.intake.api import MIN_NOTE, QuarantineList, QuarantineRow
from ocpm_desk.features.intake.reasons import read_reasons
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.calendar import geneva_date
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError, NotFound
from ocpm_desk.kernel.permissions import Permission


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
