"""Staff accounts: log in and create users.

Local (SQLite) accounts carry argon2 hashes in ``staff``; a wrong password and an unknown user give the same
error; five failures in a row lock the account for 15 minutes.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError

from ocpm_desk.features.accounts.api import StaffIdentity
from ocpm_desk.infrastructure.db.models import Order, Staff, StaffRole
from ocpm_desk.infrastructure.passwords import hash_password, verify_password
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.errors import (
    QT_TRANSLATE_NOOP,
    AccountLocked,
    AuthenticationFailed,
    ConnectionFailed,
    DomainError,
)
from ocpm_desk.kernel.permissions import Permission
from ocpm_desk.kernel.phrases import parse
from ocpm_desk.kernel.roles import Role

MAX_FAILURES = 5
LOCK_DURATION = timedelta(minutes=15)
_USERNAME = re.compile(r"^[a-z][a-z0-9_.-]{1,62}$")
MIN_PASSWORD = 8
_USER_EXISTS = QT_TRANSLATE_NOOP("Message", "a user named {name!r} already exists")
_NO_ROLE = QT_TRANSLATE_NOOP("Message", "give the user at least one role (--role)")
#: What an administrator may not do to their own account.
_OWN_ACCOUNT = {
    "roles": QT_TRANSLATE_NOOP("Message", "nobody may create or change their own account's roles"),
    "deactivate": QT_TRANSLATE_NOOP("Message", "an administrator does not deactivate their own account"),
}
_UNKNOWN_ACCOUNT = QT_TRANSLATE_NOOP("Message", "unknown account {name}")
_ONE_TIME_EXPIRED = QT_TRANSLATE_NOOP(
    "Message", "your one-time password has expired: ask an administrator for a new one")
#: How long a password set by someone else (a one-time password) lets its holder log in to choose their own.
ONE_TIME_VALIDITY = timedelta(hours=72)
_NOTHING_PENDING = QT_TRANSLATE_NOOP("Message", "nothing is pending for {name}")
#: The refusals of the database's own checks (``adapters/migrations/pg_security.py``), said as the services say
#: them (server text → template; the values keep their names).
_SERVER_REFUSALS: dict[str, str] = {
    "a user named {name} already exists": _USER_EXISTS,
    "give the user at least one role": _NO_ROLE,
    "user name {name} is not valid": QT_TRANSLATE_NOOP("Message", "user name {name} is not valid"),
    "unknown role {role}": QT_TRANSLATE_NOOP("Message", "unknown role {role}"),
    "the password must arrive SCRAM-hashed": QT_TRANSLATE_NOOP("Message", "the password must arrive SCRAM-hashed"),
    "nobody may give themselves a role": QT_TRANSLATE_NOOP("Message", "nobody may give themselves a role"),
    "only an administrator may create staff logins": QT_TRANSLATE_NOOP(
        "Message", "only an administrator may create staff logins"),
    "only an administrator manages staff accounts": QT_TRANSLATE_NOOP(
        "Message", "only an administrator manages staff accounts"),
    "the password must arrive as a well-formed SCRAM-SHA-256 verifier": QT_TRANSLATE_NOOP(
        "Message", "the password must arrive as a well-formed SCRAM-SHA-256 verifier"),
    "the administrator who asks never knows the password: the one who confirms sets a one-time password, or none "
    "(directory)": QT_TRANSLATE_NOOP(
        "Message", "the administrator who asks never knows the password: the one who confirms sets a one-time "
        "password, or none (directory)"),
    "unknown account {name}": _UNKNOWN_ACCOUNT,
    "nothing is pending for {name}": _NOTHING_PENDING,
    "a second administrator confirms: not the one who asked, not for themselves, not for an account they created":
        QT_TRANSLATE_NOOP("Message", "a second administrator confirms: not the one who asked, not for themselves, "
                          "not for an account they created"),
    "{name} already has the role {role}": QT_TRANSLATE_NOOP("Message", "{name} already has the role {role}"),
    "{name} does not have the role {role}": QT_TRANSLATE_NOOP("Message", "{name} does not have the role {role}"),
    "no deactivated account {name}": QT_TRANSLATE_NOOP("Message", "no deactivated account {name}"),
    "an administrator does not deactivate their own account": QT_TRANSLATE_NOOP(
        "Message", "an administrator does not deactivate their own account"),
}


def authenticate(engine: Engine, username: str, password: str, *, now: datetime | None = None) -> StaffIdentity:
    """Check a local account's password; raises AuthenticationFailed or AccountLocked."""
    now = now or clock.now()
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
        if staff.password_expires_at is not None and staff.password_expires_at <= now:
            uow.commit()
            raise DomainError(_ONE_TIME_EXPIRED)
        identity = StaffIdentity(staff.username, staff.display_name, frozenset(Role(r.role) for r in staff.roles),
                                 must_change_password=staff.password_expires_at is not None)
        uow.audit(staff.username, "staff.login", "staff", staff.username, {})
        uow.commit()
        return identity


def check_username(username: str) -> str:
    """The login name as stored (lowercase), or a DomainError saying what a valid one looks like."""
    name = username.strip().lower()
    if not _USERNAME.match(name):
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "user name {name!r} is not valid: 2–63 characters, lowercase letters, digits, '.', '_' or '-', "
            "starting with a letter"), name=username)
    return name


def _another_account(username: str, actor: Actor, change: Literal["roles", "deactivate"]) -> str:
    """``username`` as stored (``check_username``); a DomainError when it is the actor's own, whose account they may
    not ``change`` so."""
    name = check_username(username)
    if name == actor.username:
        raise DomainError(_OWN_ACCOUNT[change])
    return name


@use_case(Permission.MANAGE_USERS)
def create_local_user(
    engine: Engine,
    actor: Actor,
    username: str,
    roles: Iterable[Role],
    password: str,
    display_name: str | None = None,
) -> StaffIdentity:
    """Create a local account; an existing name is an error and nothing is written."""
    name = check_username(username)
    role_set = frozenset(Role(r) for r in roles)
    if not role_set:
        raise DomainError(_NO_ROLE)
    if name == actor.username:
        raise DomainError(_OWN_ACCOUNT["roles"])
    if engine.dialect.name == "postgresql" and not password:  # the directory authenticates the person
        return _create_login_role(engine, actor, name, role_set, None, (display_name or name).strip())
    if len(password) < MIN_PASSWORD:
        raise DomainError(QT_TRANSLATE_NOOP("Message", "a password needs at least {minimum} characters"),
                          minimum=MIN_PASSWORD)
    if engine.dialect.name == "postgresql":
        return _create_login_role(engine, actor, name, role_set, password, (display_name or name).strip())
    password_hash = hash_password(password)
    now = clock.now()
    with UnitOfWork(engine) as uow:
        if uow.session.get(Staff, name) is not None:
            raise DomainError(_USER_EXISTS, name=name)
        staff = Staff(
            username=name,
            display_name=(display_name or name).strip(),
            password_hash=password_hash,
            active=True,
            failed_logins=0,
            created_at=now,
            # the creator typed it: one-time, replaced at the person's first login
            password_expires_at=now + ONE_TIME_VALIDITY,
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


def _verifier(uow: UnitOfWork, name: str, password: str) -> str:
    """SCRAM-hash a password on the client (libpq's PQencryptPasswordConn): neither the password nor its hash
    travels in SQL text, and the server never sees the password itself."""
    dbapi = uow.session.connection().connection.dbapi_connection
    return str(dbapi.pgconn.encrypt_password(  # type: ignore[union-attr]
        password.encode("utf-8"), name.encode("utf-8"), b"scram-sha-256").decode("ascii"))


def _create_login_role(
    engine: Engine, actor: Actor, name: str, roles: frozenset[Role], password: str | None, display_name: str
) -> StaffIdentity:
    """PostgreSQL: a login role and its group memberships, through the database function ``ocpm_create_staff``:
    at once for the database owner (bootstrap), as a request a second administrator confirms for an administrator
    (``StaffIdentity.pending``; the database writes the audit events)."""
    with UnitOfWork(engine) as uow:
        verifier = _verifier(uow, name, password) if password else None
        try:
            outcome = uow.session.execute(
                text("SELECT ocpm_create_staff(:username, :display_name, :verifier, :roles)"),
                {"username": name, "display_name": display_name, "verifier": verifier,
                 "roles": sorted(r.value for r in roles)},
            ).scalar_one()
        except DBAPIError as exc:
            raise database_refusal(exc) from None
        uow.commit()
    return StaffIdentity(name, display_name, roles, pending=outcome == "requested")


#: A one-time password the confirming administrator hands over: valid 72 hours, replaced at the first login.
ONE_TIME_PASSWORD_BYTES = 12


@dataclass(frozen=True, slots=True)
class StaffChange:
    """What a staff-administration command did: ``done`` (at once), ``requested`` (a second administrator
    confirms), or the confirmed changes; a one-time password to hand over; the open orders of a deactivated
    account (reference, status) for reassignment."""

    username: str
    outcome: str
    one_time_password: str | None = None
    open_orders: tuple[tuple[str, str], ...] = ()


def _staff_call(engine: Engine, sql: str, params: dict[str, object]) -> str:
    with UnitOfWork(engine) as uow:
        try:
            outcome = uow.session.execute(text(sql), params).scalar_one()
        except DBAPIError as exc:
            raise database_refusal(exc) from None
        uow.commit()
    return str(outcome)


def _local_staff(uow: UnitOfWork, name: str) -> Staff:
    staff = uow.session.get(Staff, name)
    if staff is None:
        raise DomainError(_UNKNOWN_ACCOUNT, name=name)
    return staff


@use_case(Permission.MANAGE_USERS)
def grant_role(engine: Engine, actor: Actor, username: str, role: Role) -> StaffChange:
    """Add a role: a request on PostgreSQL (unless the owner asks), at once on SQLite."""
    name = _another_account(username, actor, "roles")
    if engine.dialect.name == "postgresql":
        return StaffChange(name, _staff_call(engine, "SELECT ocpm_grant_staff_role(:n, :r)",
                                             {"n": name, "r": role.value}))
    with UnitOfWork(engine) as uow:
        staff = _local_staff(uow, name)
        if role.value in {r.role for r in staff.roles}:
            raise DomainError(QT_TRANSLATE_NOOP("Message", "{name} already has the role {role}"), name=name,
                              role=role)
        staff.roles.append(StaffRole(role=role.value))
        uow.audit(actor, "staff.role_granted", "staff", name, {"role": role.value})
        uow.commit()
    return StaffChange(name, "granted")


@use_case(Permission.MANAGE_USERS)
def revoke_role(engine: Engine, actor: Actor, username: str, role: Role) -> StaffChange:
    """Remove a role: at once, by one administrator (it gives nothing)."""
    name = check_username(username)
    if engine.dialect.name == "postgresql":
        return StaffChange(name, _staff_call(engine, "SELECT ocpm_revoke_staff_role(:n, :r)",
                                             {"n": name, "r": role.value}))
    with UnitOfWork(engine) as uow:
        staff = _local_staff(uow, name)
        kept = [r for r in staff.roles if r.role != role.value]
        if len(kept) == len(staff.roles):
            raise DomainError(QT_TRANSLATE_NOOP("Message", "{name} does not have the role {role}"), name=name,
                              role=role)
        staff.roles = kept
        uow.audit(actor, "staff.role_revoked", "staff", name, {"role": role.value})
        uow.commit()
    return StaffChange(name, "revoked")


@use_case(Permission.MANAGE_USERS)
def confirm_user(engine: Engine, actor: Actor, username: str, *, one_time_password: bool = False) -> StaffChange:
    """PostgreSQL: confirm what is pending for the account, as a second administrator; with ``one_time_password``
    a new account gets a random password valid 72 hours (returned, to hand over), else none (the directory). On
    SQLite nothing is ever pending (the CLI acts at once)."""
    name = check_username(username)
    if engine.dialect.name != "postgresql":
        raise DomainError(_NOTHING_PENDING, name=name)
    password = secrets.token_urlsafe(ONE_TIME_PASSWORD_BYTES) if one_time_password else None
    with UnitOfWork(engine) as uow:
        verifier = _verifier(uow, name, password) if password else None
        try:
            outcome = uow.session.execute(text("SELECT ocpm_confirm_staff(:n, :v)"),
                                          {"n": name, "v": verifier}).scalar_one()
        except DBAPIError as exc:
            raise database_refusal(exc) from None
        uow.commit()
    return StaffChange(name, str(outcome), password)


@use_case(Permission.MANAGE_USERS)
def deactivate_user(engine: Engine, actor: Actor, username: str) -> StaffChange:
    """The login cannot connect from now on, its open sessions end; the open orders it holds are returned."""
    name = _another_account(username, actor, "deactivate")
    if engine.dialect.name == "postgresql":
        with UnitOfWork(engine) as uow:
            try:
                rows = uow.session.execute(text("SELECT reference, status FROM ocpm_deactivate_staff(:n)"),
                                           {"n": name}).all()
            except DBAPIError as exc:
                raise database_refusal(exc) from None
            uow.commit()
        return StaffChange(name, "deactivated", open_orders=tuple((r[0], r[1]) for r in rows))
    with UnitOfWork(engine) as uow:
        staff = _local_staff(uow, name)
        staff.active = False
        held = uow.session.execute(select(Order.reference, Order.status).where(Order.assigned_to == name)
                                   .order_by(Order.reference)).all()
        uow.audit(actor, "staff.deactivated", "staff", name, {})
        uow.commit()
    return StaffChange(name, "deactivated", open_orders=tuple((r[0], r[1]) for r in held))


@use_case(Permission.MANAGE_USERS)
def reactivate_user(engine: Engine, actor: Actor, username: str) -> StaffChange:
    """Let a deactivated account log in again: a request on PostgreSQL (unless the owner asks), at once on SQLite."""
    name = _another_account(username, actor, "roles")
    if engine.dialect.name == "postgresql":
        return StaffChange(name, _staff_call(engine, "SELECT ocpm_reactivate_staff(:n)", {"n": name}))
    with UnitOfWork(engine) as uow:
        staff = _local_staff(uow, name)
        if staff.active:
            raise DomainError(QT_TRANSLATE_NOOP("Message", "{name} is active already"), name=name)
        staff.active = True
        staff.failed_logins = 0
        uow.audit(actor, "staff.reactivated", "staff", name, {})
        uow.commit()
    return StaffChange(name, "reactivated")


def database_refusal(exc: DBAPIError) -> DomainError:
    """The database's own refusal (a trigger, a grant, a function's check) as a domain error a person can read."""
    orig = exc.orig
    state = getattr(orig, "sqlstate", None)
    diag = getattr(orig, "diag", None)
    message = (getattr(diag, "message_primary", None) or str(orig)).strip()
    if state not in ("42501", "42710", "22023", "23505", "23514"):
        raise exc
    server_template, values = parse(message, list(_SERVER_REFUSALS))
    if server_template:
        return DomainError(_SERVER_REFUSALS[server_template], **values)
    return DomainError(QT_TRANSLATE_NOOP("Message", "the database refused: {detail}"), detail=message)


def authenticate_central(url: str, username: str, password: str) -> tuple[Engine, StaffIdentity]:
    """PostgreSQL: log in as the staff member's own role; the server checks the password (SCRAM, LDAP…).

    Returns an engine bound to that login (its pool lives in this process only; the password is never written)
    and the identity, whose roles are the login's memberships in the OCPM group roles.
    """
    from sqlalchemy.engine import make_url

    from ocpm_desk.infrastructure.db.engine import make_engine

    target = make_url(url).set(username=username.strip(), password=password)
    engine = make_engine(target)
    try:
        with engine.connect() as conn:
            roles = conn.execute(text("SELECT ocpm_session_roles()")).scalar_one()
            display = conn.execute(
                text("SELECT display_name FROM staff WHERE username = session_user AND active")
            ).scalar_one_or_none()
            # a one-time password (VALID UNTIL, set by the administrator who confirmed the account)
            one_time = conn.execute(text("SELECT rolvaliduntil IS NOT NULL AND rolvaliduntil <> 'infinity' "
                                         "FROM pg_roles WHERE rolname = session_user")).scalar()
    except DBAPIError as exc:
        engine.dispose()
        detail = " ".join(str(exc.orig).split()) if exc.orig else type(exc).__name__
        if "password authentication failed" in detail or ("role" in detail and "does not exist" in detail):
            raise AuthenticationFailed() from None
        raise ConnectionFailed(detail) from None
    if display is None or not roles:
        engine.dispose()
        raise AuthenticationFailed()
    identity = StaffIdentity(username.strip(), str(display), frozenset(Role(r) for r in roles),
                             must_change_password=bool(one_time))
    with UnitOfWork(engine) as uow:
        uow.audit(identity.username, "staff.login", "staff", identity.username, {})
        uow.commit()
    return engine, identity


def set_own_password(engine: Engine, identity: StaffIdentity, new_password: str) -> StaffIdentity:
    """The logged-in person replaces their password (a one-time one, at the first login): hashed here, on the
    client; on PostgreSQL through ``ocpm_set_own_password`` (the login's own role, valid without end)."""
    if len(new_password) < MIN_PASSWORD:
        raise DomainError(QT_TRANSLATE_NOOP("Message", "a password needs at least {minimum} characters"),
                          minimum=MIN_PASSWORD)
    with UnitOfWork(engine) as uow:
        if engine.dialect.name == "postgresql":
            try:
                uow.session.execute(text("SELECT ocpm_set_own_password(:v)"),
                                    {"v": _verifier(uow, identity.username, new_password)})
            except DBAPIError as exc:
                raise database_refusal(exc) from None
        else:
            staff = _local_staff(uow, identity.username)
            staff.password_hash = hash_password(new_password)
            staff.password_expires_at = None
            uow.audit(identity.username, "staff.password_set", "staff", identity.username, {})
        uow.commit()
    return StaffIdentity(identity.username, identity.display_name, identity.roles)
