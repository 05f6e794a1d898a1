"""Staff accounts given by two administrators (issue 16 §1): ``staff_requests``, and on PostgreSQL the functions.

Revision ID: 0013
Revises: 0012

``ocpm_desk.infrastructure.migrations.pg_staff`` says what the functions do: a well-formed SCRAM verifier only; what gives a
role takes effect when a second administrator confirms it (never the requester, never for themselves, never for an
account they created); the requester never knows a usable password; deactivation makes the login NOLOGIN and ends its
sessions. Both databases get the table (the same tables everywhere); SQLite's CLI acts at once.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from ocpm_desk.infrastructure.migrations import pg_staff
from ocpm_desk.infrastructure.migrations.pg_security import role_prefix
from ocpm_desk.infrastructure.migrations.pg_write_model import audit_actions_sql
from ocpm_desk.infrastructure.migrations.revisions import execute

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_FUNCTIONS = (
    "ocpm_grant_staff_role(text, text)", "ocpm_revoke_staff_role(text, text)", "ocpm_confirm_staff(text, text)",
    "ocpm_deactivate_staff(text)", "ocpm_reactivate_staff(text)", "ocpm_set_own_password(text)",
    "ocpm_apply_staff(text, text, text, boolean, text[])", "ocpm_staff_audit(text, text, jsonb)",
    "ocpm_scram_ok(text)",
)  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "staff_requests",
        sa.Column("id", _ID, nullable=False),
        sa.Column("username", sa.String(length=63), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("roles", sa.String(length=120), nullable=True),
        sa.Column("display_name", sa.String(length=120), nullable=True),
        sa.Column("requested_by", sa.String(length=63), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("confirmed_by", sa.String(length=63), nullable=True),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("kind IN ('create', 'grant', 'reactivate')", name=op.f("ck_staff_requests_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_requests")),
    )
    op.create_index(op.f("ix_staff_requests_username"), "staff_requests", ["username"], unique=False)
    with op.batch_alter_table("staff", schema=None) as batch:
        batch.add_column(sa.Column("password_expires_at", sa.DateTime(timezone=True), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS ocpm_create_staff(text, text, text, text[])")
        pg_staff.install(op.get_bind())
        for statement in audit_actions_sql():  # the staff actions the SQLite path writes are in the set now
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        from ocpm_desk.infrastructure.migrations import pg_security

        for fn in _FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {fn}")
        op.execute("DROP FUNCTION IF EXISTS ocpm_create_staff(text, text, text, text[])")
        execute(op.get_bind(), [s for s in pg_security.security_statements(role_prefix()) if "ocpm_create_staff" in s])
        op.execute(f"GRANT UPDATE (display_name, team_id, active) ON staff TO {role_prefix()}admin")
    with op.batch_alter_table("staff", schema=None) as batch:
        batch.drop_column("password_expires_at")
    op.drop_index(op.f("ix_staff_requests_username"), table_name="staff_requests")
    op.drop_table("staff_requests")
