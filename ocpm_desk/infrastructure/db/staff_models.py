"""SQLAlchemy mapping of the people and their roles: teams, staff accounts, their roles, and the requests that
give a role (a second administrator confirms them)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ocpm_desk.infrastructure.db.model_base import Base, Id, TZDateTime, sql_in


# --------------------------------------------------------------------------------------------- people and roles
class Team(Base):
    __tablename__ = "teams"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)


class Staff(Base):
    __tablename__ = "staff"
    username: Mapped[str] = mapped_column(String(63), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(120))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    # argon2 hash for local (SQLite) accounts; NULL on PostgreSQL, where the server checks passwords.
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(TZDateTime)
    created_at: Mapped[datetime] = mapped_column(TZDateTime)
    # SQLite: a password set by someone else is one-time — valid until then, replaced at the first login (on
    # PostgreSQL the login role's VALID UNTIL says the same)
    password_expires_at: Mapped[datetime | None] = mapped_column(TZDateTime)
    roles: Mapped[list[StaffRole]] = relationship(cascade="all, delete-orphan", lazy="selectin")


class StaffRole(Base):
    """Roles of local accounts; on PostgreSQL the group-role memberships are authoritative."""

    __tablename__ = "staff_roles"
    username: Mapped[str] = mapped_column(ForeignKey("staff.username", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(20), primary_key=True)
    __table_args__ = (CheckConstraint(sql_in("role", ["caseworker", "supervisor", "mailroom", "admin", "auditor",
                                                        "intake"]), name="role"),)


class StaffRequest(Base):
    """What gives a role (a new account, a role added, a reactivation) and who asked and confirmed it: it takes
    effect when a second administrator confirms it (PostgreSQL; on SQLite the CLI acts at once)."""

    __tablename__ = "staff_requests"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    username: Mapped[str] = mapped_column(String(63), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    roles: Mapped[str | None] = mapped_column(String(120))  # comma-separated
    display_name: Mapped[str | None] = mapped_column(String(120))
    requested_by: Mapped[str] = mapped_column(String(63))
    requested_at: Mapped[datetime] = mapped_column(TZDateTime)
    confirmed_by: Mapped[str | None] = mapped_column(String(63))
    confirmed_at: Mapped[datetime | None] = mapped_column(TZDateTime)
    __table_args__ = (CheckConstraint(sql_in("kind", ["create", "grant", "reactivate"]), name="kind"),)
