"""Order intake: what the intake account needs to tell a repeated record from a changed one.

Revision ID: 0010
Revises: 0009

Both databases: ``orders.intake_digest`` — for an order received through ``import-orders``, a compact JSON object with
one 16-hex SHA-256 prefix per part of the record as it was imported (``order``, ``applicant``, ``concerned_person``,
``delivery``, ``payment``; ``ocpm_desk.features.intake.rules``). A record sent again is compared with it: equal → unchanged,
a payment after ``awaiting_payment`` → updated, anything else → a conflict naming the parts that differ. The
intake account reads no personal column to decide this. NULL for orders that did not come through an import.
An index on ``import_quarantine.reference`` (the quarantine screen finds a reference's lines).

PostgreSQL grants: the intake account may read and write that column (with the payment columns it already writes);
supervisors, who may run an import from the application, may write it too.

PostgreSQL, ``ocpm_row_audit`` (0007's) made cheaper for the bulk inserts of an import, with the same events: the
owner's ``ocpm.skip_row_audit`` test asks ``ocpm_is_trusted()`` only when the setting is on (SQL's AND evaluated it
for every row), and an inserted row's status is read from the row instead of converting the whole row to JSON
(``hearings``, the one audited table without a status, keeps ``{"status": null}``). An import of 20 000 orders
spent 0.8 s in that trigger, 0.44 s now. And new order rows are audited by one statement-level trigger
(``ocpm_row_audit_inserted``, ``REFERENCING NEW TABLE``) that writes the same ``row.insert`` events for all the rows
of a statement at once, at its end rather than at commit; changes and deletions keep the deferred row trigger.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from ocpm_desk.infrastructure.migrations.pg_security import role_prefix
from ocpm_desk.infrastructure.migrations.revisions import edited, execute, revision_module

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_SKIP_0007 = """  IF current_setting('ocpm.skip_row_audit', true) = 'on' AND ocpm_is_trusted() THEN
    RETURN NULL;  -- bulk loads by the database owner (demo seed) write one summary event instead
  END IF;"""
_SKIP = """  IF current_setting('ocpm.skip_row_audit', true) = 'on' THEN
    IF ocpm_is_trusted() THEN
      RETURN NULL;  -- bulk loads by the database owner (demo seed) write one summary event instead
    END IF;
  END IF;"""
_INSERT_0007 = """    payload := jsonb_build_object('status', to_jsonb(NEW) -> 'status');"""
_INSERT = """    IF TG_TABLE_NAME = 'hearings' THEN  -- the one audited table without a status
      payload := '{"status": null}'::jsonb;
    ELSE
      payload := jsonb_build_object('status', NEW.status);
    END IF;"""


def _row_audit_0007() -> str:
    return str(revision_module("0007_seal_off_commit")._row_audit_pending())


def _row_audit() -> str:
    return edited(_row_audit_0007(), (_SKIP_0007, _SKIP), (_INSERT_0007, _INSERT), what="0007's ocpm_row_audit")


_INSERTED = """
CREATE OR REPLACE FUNCTION ocpm_row_audit_inserted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
BEGIN
  IF current_setting('ocpm.skip_row_audit', true) = 'on' THEN
    IF ocpm_is_trusted() THEN
      RETURN NULL;  -- bulk loads by the database owner (demo seed) write one summary event instead
    END IF;
  END IF;
  INSERT INTO audit_events (occurred_at, actor, action, entity, entity_id, payload)
  SELECT clock_timestamp(), session_user, 'row.insert', TG_TABLE_NAME, n.id::text,
         jsonb_build_object('status', n.status)::text
  FROM new_rows n ORDER BY n.id;
  RETURN NULL;
END $$"""


def upgrade() -> None:
    with op.batch_alter_table("orders", schema=None) as batch:
        batch.add_column(sa.Column("intake_digest", sa.Text(), nullable=True))
    op.create_index("ix_import_quarantine_reference", "import_quarantine", ["reference"], unique=False)
    if op.get_bind().dialect.name != "postgresql":
        return
    p = role_prefix()
    op.execute(f"GRANT SELECT (intake_digest), UPDATE (intake_digest) ON orders TO {p}intake")
    op.execute(f"GRANT UPDATE (intake_digest) ON orders TO {p}supervisor")
    execute(op.get_bind(), [
        _row_audit(),
        _INSERTED,
        "DROP TRIGGER IF EXISTS ocpm_row_audit ON orders",
        """CREATE CONSTRAINT TRIGGER ocpm_row_audit AFTER UPDATE OR DELETE ON orders
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ocpm_row_audit()""",
        """CREATE TRIGGER ocpm_row_audit_inserted AFTER INSERT ON orders REFERENCING NEW TABLE AS new_rows
                FOR EACH STATEMENT EXECUTE FUNCTION ocpm_row_audit_inserted()""",
    ])  # fmt: skip


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        p = role_prefix()
        op.execute(f"REVOKE SELECT (intake_digest), UPDATE (intake_digest) ON orders FROM {p}intake")
        op.execute(f"REVOKE UPDATE (intake_digest) ON orders FROM {p}supervisor")
        execute(op.get_bind(), [
            "DROP TRIGGER IF EXISTS ocpm_row_audit_inserted ON orders",
            "DROP FUNCTION IF EXISTS ocpm_row_audit_inserted()",
            "DROP TRIGGER IF EXISTS ocpm_row_audit ON orders",
            """CREATE CONSTRAINT TRIGGER ocpm_row_audit AFTER INSERT OR UPDATE OR DELETE ON orders
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ocpm_row_audit()""",
            _row_audit_0007(),
        ])  # fmt: skip
    op.drop_index("ix_import_quarantine_reference", table_name="import_quarantine")
    with op.batch_alter_table("orders", schema=None) as batch:
        batch.drop_column("intake_digest")
