"""The demo accounts (``DEMO_ACCOUNTS``, password ``DEMO_PASSWORD``) in the team ``DEMO_TEAM``, the accounts the
other parts of the seed give work to (assignees, supervisors, the mail room, the intake), and how phase 1 writes
them afresh on every seed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection

from ocpm_desk.demo.bulk import BulkWriter
from ocpm_desk.infrastructure.db.models import Base
from ocpm_desk.kernel.roles import Role

DEMO_PASSWORD = "ocpm-demo"
DEMO_TEAM = "Équipe attestations"
SEED_ACTOR = "system:seed"

#: (username, display name, roles) of the demo accounts; two supervisors so that four-eyes approval can be shown.
DEMO_ACCOUNTS: tuple[tuple[str, str, tuple[Role, ...]], ...] = (
    ("gestionnaire", "Camille Rochat", (Role.CASEWORKER,)),
    ("gestionnaire2", "Luca Ferrari", (Role.CASEWORKER,)),
    ("responsable", "Sophie Favre", (Role.SUPERVISOR,)),
    ("responsable2", "Marc Dubois", (Role.SUPERVISOR,)),
    ("courrier", "Nadia Benali", (Role.MAILROOM,)),
    ("admin", "Thomas Keller", (Role.ADMIN,)),
    ("auditeur", "Élise Morand", (Role.AUDITOR,)),
    ("intake", "Plateforme e-démarches", (Role.INTAKE,)),
)
TEAM_MEMBERS = ("gestionnaire", "gestionnaire2", "responsable", "responsable2")
ROLES_OF: dict[str, frozenset[Role]] = {name: frozenset(roles) for name, _d, roles in DEMO_ACCOUNTS}
INTAKE = "intake"
ASSIGNEES = ("gestionnaire", "gestionnaire2", "responsable")
ASSIGNEE_WEIGHTS = (40, 40, 20)
SUPERVISORS = ("responsable", "responsable2")
MAIL = "courrier"


def seed_staff(writer: BulkWriter, password_hash: str | None, created_at: datetime) -> None:
    """The demo accounts and their roles, the team members in ``DEMO_TEAM`` (created if it is missing)."""
    t = writer.tables
    team_id = writer.conn.execute(select(t["teams"].c.id).where(t["teams"].c.name == DEMO_TEAM)).scalar()
    if team_id is None:
        key = writer.conn.execute(insert(t["teams"]).values(name=DEMO_TEAM)).inserted_primary_key
        assert key is not None
        team_id = key[0]
        writer.rows["teams"] += 1
    writer.insert("staff", [
        {"username": name, "display_name": display, "team_id": team_id if name in TEAM_MEMBERS else None,
         "password_hash": password_hash, "active": True, "failed_logins": 0, "locked_until": None,
         "created_at": created_at}
        for name, display, _roles in DEMO_ACCOUNTS
    ])
    writer.insert("staff_roles", [
        {"username": name, "role": role.value} for name, _display, roles in DEMO_ACCOUNTS for role in roles
    ])


def replace_demo_staff(conn: Connection) -> None:
    """Demo accounts are written afresh (no order refers to them any more at this point)."""
    t = Base.metadata.tables
    names = [name for name, _d, _r in DEMO_ACCOUNTS]
    conn.execute(delete(t["staff_roles"]).where(t["staff_roles"].c.username.in_(names)))
    conn.execute(delete(t["staff"]).where(t["staff"].c.username.in_(names)))
