"""Mail room: printed originals are marked; the mail room and the caseworkers get the few rights they lack.

Revision ID: 0009
Revises: 0008

Both databases: ``documents.printed_at`` / ``printed_by`` — set when a print job holding the document was accepted by
the print system (hearing letters are marked so, their order's status does not change); an index on
``shipments(status, content)`` for the deadlines and the day's deposit list, and a unique index on the item numbers of
registered items (a number is used once).

PostgreSQL grants (need to know, DESIGN §2): the mail room may mark documents printed (those two columns only) and
read (and clear, as each lifecycle step does) an order's assignee, a staff login; it still reads nothing of the
register, the applicants or the payments; caseworkers and supervisors may correct an order's delivery address (the ``addr_*``
columns) when sending a returned item again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from ocpm_desk.infrastructure.migrations.pg_security import role_prefix

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ADDRESS_COLUMNS = (
    "addr_mr_mrs", "addr_first_name", "addr_last_name", "addr_organisation", "addr_line", "addr_street",
    "addr_house_number", "addr_dwelling_number", "addr_post_office_box", "addr_swiss_zip_code",
    "addr_foreign_zip_code", "addr_town", "addr_country",
)  # fmt: skip


def upgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch:
        batch.add_column(sa.Column("printed_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("printed_by", sa.String(length=63), nullable=True))
    op.create_index("ix_shipments_status_content", "shipments", ["status", "content"], unique=False)
    op.create_index("uq_shipments_item_number", "shipments", ["item_number"], unique=True,
                    sqlite_where=sa.text("item_number IS NOT NULL"),
                    postgresql_where=sa.text("item_number IS NOT NULL"))
    if op.get_bind().dialect.name != "postgresql":
        return
    p = role_prefix()
    op.execute(f"GRANT UPDATE (printed_at, printed_by) ON documents TO {p}mailroom")
    # the order's assignee (a staff login, no personal data): the lifecycle step reads and clears it; the order
    # trigger still refuses any change of assignee but a supervisor's
    op.execute(f"GRANT SELECT (assigned_to), UPDATE (assigned_to) ON orders TO {p}mailroom")
    # the id of the history row it writes (INSERT … RETURNING id needs it)
    op.execute(f"GRANT SELECT (id) ON order_events TO {p}mailroom")
    op.execute(f"GRANT UPDATE ({', '.join(ADDRESS_COLUMNS)}) ON orders TO {p}caseworker, {p}supervisor")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        p = role_prefix()
        op.execute(f"REVOKE UPDATE (printed_at, printed_by) ON documents FROM {p}mailroom")
        op.execute(f"REVOKE SELECT (assigned_to), UPDATE (assigned_to) ON orders FROM {p}mailroom")
        op.execute(f"REVOKE SELECT (id) ON order_events FROM {p}mailroom")
        op.execute(f"REVOKE UPDATE ({', '.join(ADDRESS_COLUMNS)}) ON orders FROM {p}caseworker, {p}supervisor")
    op.drop_index("uq_shipments_item_number", table_name="shipments")
    op.drop_index("ix_shipments_status_content", table_name="shipments")
    with op.batch_alter_table("documents", schema=None) as batch:
        batch.drop_column("printed_by")
        batch.drop_column("printed_at")
