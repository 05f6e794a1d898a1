"""Staff accounts: log in and create users.

Local (SQLite) accounts carry argon2 hashes in ``staff``; a wrong password and an unknown user give the same
error; five failures in a row lock the account for 15 minutes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, select

from ocpm_desk.adapters.db.models import Staff, StaffRole
from ocpm_desk.adapters.passwords import hash_password, verify_password
from ocpm_desk.domain.errors import AccountLocked, AuthenticationFailed, DomainError
from ocpm_desk.domain.permissions import Permission
from ocpm_desk.domain.roles import Role
from ocpm_desk.services.desk import StaffIdentity
from ocpm_desk.services.uow import Actor, UnitOfWork

MAX_FAILURES = 5
LOCK_DURATION = timedelta(minutes=15)
_USERNAME = re.compile(r"^[a-z][a-z0-9_.-]{1,62}$")


def authenticate(engine: Engine, username: str, password: str, *, now: datetime | None = None) -> StaffIdentity:
    """Check a local account's password; raises AuthenticationFailed or AccountLocked."""
    now = now or datetime.now(UTC)
    with UnitOfWork(engine) as uow:
        staff = uow.session.get(Staff, username.strip().lower())
        if staff is None or not staff.active:
            verify_password(None, password)  # same work as a real check
            raise AuthenticationFailed()
        if staff.locked_until is not None and staff.locked_until > now:
            raise AccountLocked(staff.locked_until)
        if not verify_password(staff.password_hash, password):
            staff.failed_logins += 1
            locked = staff.failed_logins >= MAX_FAILURES
            if locked:
                staff.locked_until = now + LOCK_DURATION
                staff.failed_logins = 0
            uow.audit(staff.username, "staff.login_failed", "staff", staff.username, {"locked": locked})
            uow.commit()
            raise AuthenticationFailed()
        staff.failed_logins = 0
        staff.locked_until = None
        identity = StaffIdentity(staff.username, staff.display_name, frozenset(Role(r.role) for r in staff.roles))
        uow.audit(staff.username, "staff.login", "staff", staff.username, {})
        uow.commit()
        return identity


def create_local_user(
    engine: Engine,
    actor: Actor,
    username: str,
    roles: Iterable[Role],
    password: str,
    display_name: str | None = None,
) -> StaffIdentity:
    """Create a local account; an existing name is an error and nothing is written."""
    actor.require(Permission.MANAGE_USERS)
    name = username.strip().lower()
    if not _USERNAME.match(name):
        raise DomainError(
            f"user name {username!r} is not valid: 2–63 characters, lowercase letters, digits, '.', '_' or '-', "
            "starting with a letter"
        )
    role_set = frozenset(Role(r) for r in roles)
    if not role_set:
        raise DomainError("give the user at least one role (--role)")
    if name == actor.username:
        raise DomainError("nobody may create or change their own account's roles")
    try:
        password_hash = hash_password(password)
    except ValueError as exc:
        raise DomainError(str(exc)) from None
    with UnitOfWork(engine) as uow:
        if uow.session.get(Staff, name) is not None:
            raise DomainError(f"a user named {name!r} already exists")
        staff = Staff(
            username=name,
            display_name=(display_name or name).strip(),
            password_hash=password_hash,
            active=True,
            failed_logins=0,
            created_at=datetime.now(UTC),
            roles=[StaffRole(role=r.value) for r in sorted(role_set)],
        )
        uow.session.add(staff)
        uow.session.flush()
        uow.audit(actor, "staff.created", "staff", name, {"roles": sorted(r.value for r in role_set)})
        uow.commit()
        return StaffIdentity(name, staff.display_name, role_set)


def staff_identity(engine: Engine, username: str) -> StaffIdentity | None:
    with UnitOfWork(engine, write=False) as uow:
        staff = uow.session.scalars(select(Staff).where(Staff.username == username)).one_or_none()
        if staff is None:
            return None
        return StaffIdentity(staff.username, staff.display_name, frozenset(Role(r.role) for r in staff.roles))
