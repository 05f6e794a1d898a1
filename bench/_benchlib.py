"""What several bench scripts share: ``OCPM_DATABASE_URL`` read once, a scratch PostgreSQL database with its own
group roles, the logins and staff rows the scripts make, and what a login is to the database.

A script imports this module by name after ``sys.path.append`` of its own folder (for when it is loaded by its
path, as a test does; run as a script, the folder is already first on the path). Heavy imports stay inside the
functions, so that ``--help`` answers at once.
"""

from __future__ import annotations

import os
import secrets
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import URL



def database_from_env() -> tuple[str | None, str | None]:
    """``OCPM_DATABASE_URL`` (``None`` when unset or empty) and its backend (``sqlite``, ``postgresql``…); a URL
    that cannot be read is said on stderr and ends the script (exit 2)."""
    from sqlalchemy.engine import make_url

    url = os.environ.get("OCPM_DATABASE_URL") or None
    if not url:
        return None, None
    try:
        return url, make_url(url).get_backend_name()
    except Exception as exc:
        print(f"invalid OCPM_DATABASE_URL: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


# ------------------------------------------------------------------------------------------------ scratch databases


def admin_dsn(server_url: str | URL) -> str:
    """The libpq connection string of a server URL (password included), for psycopg."""
    from sqlalchemy.engine import make_url

    return make_url(server_url).set(drivername="postgresql").render_as_string(hide_password=False)


def drop_database_and_roles(admin: Any, name: str, prefix: str | None) -> None:
    """On ``admin`` (an autocommit psycopg connection): drop the database ``name`` and, with ``prefix``, every role
    whose name starts with it (group roles and logins are cluster-wide)."""
    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    if prefix:
        for (role,) in admin.execute("SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s)",
                                     (prefix,)).fetchall():
            admin.execute(f'DROP ROLE IF EXISTS "{role}"')


class ScratchPostgres:
    """A fresh database ``name`` on the server (one a crashed earlier run left is dropped first), with a group-role
    prefix of its own, ``<role_stem><random>_``, unless ``OCPM_ROLE_PREFIX`` gives one; dropped afterwards, roles
    included."""

    def __init__(self, server_url: str, name: str, role_stem: str) -> None:
        import psycopg
        from sqlalchemy.engine import make_url

        self.admin_dsn = admin_dsn(server_url)
        self.name = name
        self.url = make_url(server_url).set(drivername="postgresql+psycopg", database=name).render_as_string(
            hide_password=False)
        self.prefix: str | None = None
        with psycopg.connect(self.admin_dsn, autocommit=True, connect_timeout=5) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{name}"')
        if os.environ.get("OCPM_ROLE_PREFIX") is None:  # group roles are cluster-wide: this run's own
            self.prefix = f"{role_stem}{secrets.token_hex(3)}_"
            os.environ["OCPM_ROLE_PREFIX"] = self.prefix

    def drop(self) -> None:
        import psycopg

        with psycopg.connect(self.admin_dsn, autocommit=True, connect_timeout=5) as admin:
            drop_database_and_roles(admin, self.name, self.prefix)
        if self.prefix:
            os.environ.pop("OCPM_ROLE_PREFIX", None)


# ------------------------------------------------------------------------------------------------ logins and staff


def skip_row_audit(conn: Any) -> None:
    """Row audit off for the rest of the owner's transaction (a bulk load or a reset, not case work): the owner-only
    ``ocpm_skip_row_audit()`` marks the transaction (migration 0012; no session setting turns a check off).
    ``conn``: a connection or a session."""
    from sqlalchemy import text

    conn.execute(text("SELECT ocpm_skip_row_audit()"))


def ensure_login(conn: Any, name: str, group: str, password: str) -> None:
    """As the owner: the PostgreSQL login ``name``, a member of ``group``, whose password is now ``password``.

    Created when missing, else given the new password and the membership. The password is SCRAM-hashed here, on the
    client (libpq's PQencryptPasswordConn, as the application's create-user does): the server never sees it.
    """
    from psycopg import sql
    from sqlalchemy import text

    dbapi = conn.connection.dbapi_connection  # the same transaction as ``conn``
    verifier = dbapi.pgconn.encrypt_password(password.encode("utf-8"), name.encode("utf-8"),
                                             b"scram-sha-256").decode("ascii")
    role, member_of = sql.Identifier(name), sql.Identifier(group)
    if conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}) is None:
        statements = [sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(role, sql.Literal(verifier),
                                                                                  member_of)]
    else:
        statements = [sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(role, sql.Literal(verifier))]
        if not conn.scalar(text("SELECT pg_has_role(:name, :group, 'MEMBER')"), {"name": name, "group": group}):
            statements.append(sql.SQL("GRANT {} TO {}").format(member_of, role))
    with dbapi.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def ensure_staff(conn: Any, username: str, display_name: str, role: str) -> None:
    """As the owner: the ``staff`` row (active) and the ``staff_roles`` row the application's services look up."""
    from datetime import UTC, datetime

    from sqlalchemy import insert, select, update

    from ocpm_desk.infrastructure.db.models import Staff, StaffRole

    if conn.scalar(select(Staff.username).where(Staff.username == username)) is None:
        conn.execute(insert(Staff).values(username=username, display_name=display_name, active=True,
                                          failed_logins=0, created_at=datetime.now(UTC)))
    else:
        conn.execute(update(Staff).where(Staff.username == username, Staff.active.is_(False)).values(active=True))
    if conn.scalar(select(StaffRole.username).where(StaffRole.username == username, StaffRole.role == role)) is None:
        conn.execute(insert(StaffRole).values(username=username, role=role))


def login_info(url: str | URL, group: str) -> dict[str, Any]:
    """Who a URL logs in as, whether it belongs to ``group``, its ``synchronous_commit``, and whether the triggers
    trust it (``None``: unknown)."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from ocpm_desk.infrastructure.db.engine import make_engine

    engine = make_engine(url, pool_size=1)
    try:
        with engine.connect() as conn:
            info: dict[str, Any] = {
                "login": conn.execute(text("SELECT session_user")).scalar_one(),
                "member": bool(conn.execute(text("SELECT pg_has_role(session_user, :group, 'MEMBER')"),
                                            {"group": group}).scalar_one()),
                "synchronous_commit": conn.execute(text("SHOW synchronous_commit")).scalar_one(),
                "trusted": None,
            }
        try:
            with engine.connect() as conn:
                info["trusted"] = bool(conn.execute(text("SELECT ocpm_is_trusted()")).scalar_one())
        except DBAPIError:  # the function may be the owner's alone
            pass
    finally:
        engine.dispose()
    return info
