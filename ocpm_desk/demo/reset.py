"""Emptying what the demo seed writes: the order and register tables before a seed with ``reset``, PostgreSQL's
sequences after the ids the seed gave, and the undo after a failure in phase 2, 3 or 4 (``demo.seed_failed``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import Engine, delete, func, select, text
from sqlalchemy.engine import Connection

from ocpm_desk.demo.staff import SEED_ACTOR
from ocpm_desk.infrastructure.audit_store import append_audit
from ocpm_desk.infrastructure.db.models import Base
from ocpm_desk.infrastructure.uow import UnitOfWork

# Everything that hangs off orders, children first; then orders, applicants and the register.
ORDER_TABLES = (
    "tracking_events", "shipments", "deposit_lists", "decision_grounds", "decisions", "hearings", "documents",
    "correction_requests", "condition_results", "order_events", "orders", "applicants",
    "register_guardianships", "register_residences", "register_persons", "import_quarantine",
)
SEEDED_ID_TABLES = ("register_persons", "register_residences", "register_guardianships", "applicants", "orders",
                    "order_events", "shipments", "tracking_events")


def delete_demo(conn: Connection) -> None:
    """Empty the order and register tables and the audit trail (children first)."""
    t = Base.metadata.tables
    if conn.dialect.name == "postgresql":
        # one TRUNCATE: row-by-row DELETE would check every foreign key per row (orders.concerned_person_id has no
        # index, so emptying applicants alone takes minutes for 100 000 orders)
        conn.execute(text(f"TRUNCATE {', '.join((*ORDER_TABLES, 'audit_events'))}"))
        return
    for name in ORDER_TABLES:
        conn.execute(delete(t[name]))
    conn.execute(delete(t["audit_events"]))


def reset_sequences(conn: Connection, tables: Sequence[str]) -> None:
    """PostgreSQL: ids were given explicitly, so move each serial sequence past them."""
    for name in tables:
        conn.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, "
            "false)"
        ))


def undo(engine: Engine, first_ids: Mapping[str, int], error: BaseException) -> int:
    """After a failure in phase 2 or 3: delete what the seed wrote (the database held no orders before it), record
    why.

    Orders and everything hanging off them and the applicants are emptied; the register loses the rows the seed
    added (ids from ``first_ids``); the demo accounts stay. The audit trail is not rewritten: it keeps the seed's
    and the services' events and gets ``demo.seed_failed``. Returns the number of orders deleted."""
    t = Base.metadata.tables
    register = ("register_guardianships", "register_residences", "register_persons")
    with UnitOfWork(engine) as uow:
        conn = uow.session.connection()
        deleted = int(conn.execute(select(func.count()).select_from(t["orders"])).scalar_one())
        hanging = [name for name in ORDER_TABLES if name not in register]
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT ocpm_skip_row_audit()"))
            conn.execute(text(f"TRUNCATE {', '.join(hanging)}"))
        else:
            for name in hanging:
                conn.execute(delete(t[name]))
        for name in register:
            conn.execute(delete(t[name]).where(t[name].c.id >= first_ids[name]))
        append_audit(uow.session, SEED_ACTOR, "demo.seed_failed", "database", "demo", {
            "error": f"{type(error).__name__}: {error}"[:1000], "orders_deleted": deleted,
        })
        uow.commit()
    return deleted
