"""Orders announce their changes: ``NOTIFY ocpm_orders`` after each statement that writes them (PostgreSQL).

Revision ID: 0005
Revises: 0004

Open queues refresh within a second on every workstation (DESIGN §5, live updates): each workstation LISTENs on
the channel ``ocpm_orders`` (``ocpm_desk.infrastructure.db.changes``) and reads its visible pages again when told.

The trigger is statement-level, with an empty payload: one notification per statement, whatever the number of
rows, and PostgreSQL folds identical notifications of a transaction into one, delivered at commit (never for a
rollback). It says only *that* orders changed, never which or how: a listener learns nothing it could not read
(LISTEN needs no privilege; the payload carries no data). Direct SQL changes are announced too.

SQLite has no notifications: the application polls ``PRAGMA data_version`` there; nothing to do.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Frozen here: ocpm_desk.infrastructure.db.changes.ORDERS_CHANNEL listens on the same name.
CHANNEL = "ocpm_orders"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"""
        CREATE OR REPLACE FUNCTION ocpm_orders_notify() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
        BEGIN
            PERFORM pg_notify('{CHANNEL}', '');
            RETURN NULL;
        END
        $$
    """)
    op.execute("""
        CREATE TRIGGER ocpm_orders_notify
        AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON orders
        FOR EACH STATEMENT EXECUTE FUNCTION ocpm_orders_notify()
    """)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS ocpm_orders_notify ON orders")
    op.execute("DROP FUNCTION IF EXISTS ocpm_orders_notify()")
