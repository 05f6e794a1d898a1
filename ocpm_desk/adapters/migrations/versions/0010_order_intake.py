"""Order intake: what the intake account needs to tell a repeated record from a changed one.

Revision ID: 0010
Revises: 0009

Both databases: ``orders.intake_digest`` — for an order received through ``import-orders``, a compact JSON object with
one 16-hex SHA-256 prefix per part of the record as it was imported (``order``, ``applicant``, ``concerned_person``,
``delivery``, ``payment``; ``ocpm_desk.domain.intake``). A record sent again is compared with it: equal → unchanged,
a payment after ``awaiting_payment`` → updated, anything else → a conflict naming the parts that differ. The
intake account reads no personal column to decide this. NULL for orders that did not come through an import.
An index on ``import_quarantine.reference`` (the quarantine screen finds a reference's lines).

PostgreSQL grants: the intake account may read and write that column (with the payment columns it already writes);
supervisors, who may run an import from the application, may write it too.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from ocpm_desk.adapters.migrations.pg_security import role_prefix

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("orders", schema=None) as batch:
        batch.add_column(sa.Column("intake_digest", sa.Text(), nullable=True))
    op.create_index("ix_import_quarantine_reference", "import_quarantine", ["reference"], unique=False)
    if op.get_bind().dialect.name != "postgresql":
        return
    p = role_prefix()
    op.execute(f"GRANT SELECT (intake_digest), UPDATE (intake_digest) ON orders TO {p}intake")
    op.execute(f"GRANT UPDATE (intake_digest) ON orders TO {p}supervisor")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        p = role_prefix()
        op.execute(f"REVOKE SELECT (intake_digest), UPDATE (intake_digest) ON orders FROM {p}intake")
        op.execute(f"REVOKE UPDATE (intake_digest) ON orders FROM {p}supervisor")
    op.drop_index("ix_import_quarantine_reference", table_name="import_quarantine")
    with op.batch_alter_table("orders", schema=None) as batch:
        batch.drop_column("intake_digest")
