"""The overview at a million orders: an index on ``orders (status, ordered_at)``.

Revision ID: 0011
Revises: 0010

The overview's delivery clock counts the open orders (paid, in review, on hold, refusal proposed) per Geneva day of
their order date. Without this index PostgreSQL read the whole table for it (257 ms at 1 000 000 orders, 270 000
of them open); with it, an index-only scan of the open orders' entries (77 ms). The status counts beside it use the
same index. Both databases.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_orders_status_ordered_at", "orders", ["status", "ordered_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_orders_status_ordered_at", table_name="orders")
