"""Queue indexes: sort by reference within a status, filter by service in payment order (bench/queue.py).

Revision ID: 0003
Revises: 0002

Both databases: two indexes added, the one on (service_code, status) they make redundant dropped.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_orders_service_code_status_paid_at_id", "orders", ["service_code", "status", "paid_at", "id"])
    op.create_index("ix_orders_status_reference_id", "orders", ["status", "reference", "id"])
    op.drop_index("ix_orders_service_code_status", table_name="orders")


def downgrade() -> None:
    op.create_index("ix_orders_service_code_status", "orders", ["service_code", "status"])
    op.drop_index("ix_orders_status_reference_id", table_name="orders")
    op.drop_index("ix_orders_service_code_status_paid_at_id", table_name="orders")
