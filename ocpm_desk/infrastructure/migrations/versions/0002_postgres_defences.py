"""PostgreSQL defences: group roles, grants, lifecycle and decision triggers, in-database audit chain.

Revision ID: 0002
Revises: 0001

What each statement defends is said in ``pg_security``, which holds them (later revisions put some of them back
when they downgrade). SQLite has none of this.
"""

from collections.abc import Sequence

from alembic import op

from ocpm_desk.infrastructure.migrations.pg_security import install, uninstall

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    install(op.get_bind())


def downgrade() -> None:
    uninstall(op.get_bind())
