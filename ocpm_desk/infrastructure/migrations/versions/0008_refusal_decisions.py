"""Refusal decisions: drafts, the final text of each ground, the right to be heard, four-eyes bound to a hash.

Revision ID: 0008
Revises: 0007

Both databases:

* ``decisions`` gains the status ``draft`` (the author's autosaved editor state) and ``updated_at``; ``number``,
  ``hearing`` and ``proposed_at`` may be NULL on a draft. An issued decision must carry its number, approver, PDF,
  PDF hash and date (``ck_decisions_issued_complete``); a proposal says how the applicant was heard
  (``ck_decisions_proposal_heard``; a draft, or a draft withdrawn unsubmitted, need not). At most one open
  version (draft or proposal) per order
  (``uq_decisions_open_per_order``, a partial unique index).
* ``decision_grounds.text``: the final paragraph of each chosen ground as printed.
* ``hearings`` (new): a hearing letter sent (its ``documents`` row, the date, the last day to comment, the answer)
  or the recorded reason why hearing is not needed (LPA art. 41).

PostgreSQL (the database defends itself, DESIGN §5): ``ocpm_check_decision`` is replaced so that

* a row is inserted only by its author, as a draft or a proposal, without approver, number or PDF;
* only the author changes the content of a draft; a proposal's content is frozen (what the supervisor reads is what
  they sign); nothing of an issued decision changes, ever;
* approval is by a supervisor other than the author, in their own name, and only with ``content_sha256`` equal to
  the SHA-256 of ``content`` and ``pdf_sha256`` equal to the SHA-256 of ``pdf``;

and ``ocpm_check_decision_grounds`` refuses any change to the grounds of a decision that is no longer a draft.
Grants: caseworkers and supervisors read, insert and update ``hearings``; auditors read them; the row-change audit
covers ``hearings``.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from ocpm_desk.infrastructure.migrations import pg_security
from ocpm_desk.infrastructure.migrations.pg_security import role_prefix
from ocpm_desk.infrastructure.migrations.revisions import reindented

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_OPEN = "status IN ('draft', 'proposed')"

_CHECK_DECISION = r"""
CREATE OR REPLACE FUNCTION ocpm_check_decision() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
BEGIN
  IF ocpm_is_trusted() THEN RETURN NEW; END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW.author IS DISTINCT FROM session_user OR NEW.approver IS NOT NULL OR NEW.pdf IS NOT NULL
       OR NEW.number IS NOT NULL OR NEW.status NOT IN ('draft', 'proposed') THEN
      RAISE EXCEPTION 'a refusal is written by its author, as a draft or a proposal, without approver or number'
        USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
  END IF;
  IF OLD.status = 'issued' OR OLD.approver IS NOT NULL THEN
    IF NEW IS DISTINCT FROM OLD THEN
      RAISE EXCEPTION 'decision % is issued: it cannot change', OLD.number USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.author IS DISTINCT FROM OLD.author THEN
    RAISE EXCEPTION 'the author of a decision cannot change' USING ERRCODE = '42501';
  END IF;
  IF NEW.content IS DISTINCT FROM OLD.content OR NEW.content_sha256 IS DISTINCT FROM OLD.content_sha256 THEN
    IF OLD.status <> 'draft' OR OLD.author <> session_user THEN
      RAISE EXCEPTION 'only the author changes a draft; a proposal is read and signed as it was submitted'
        USING ERRCODE = '42501';
    END IF;
  END IF;
  IF NEW.approver IS NOT NULL OR NEW.status = 'issued' THEN
    IF OLD.status <> 'proposed' OR NEW.status <> 'issued' OR NEW.approver IS DISTINCT FROM session_user
       OR NEW.approver = NEW.author OR NOT ('supervisor' = ANY(ocpm_session_roles())) THEN
      RAISE EXCEPTION 'a refusal is approved by a supervisor other than its author, in their own name'
        USING ERRCODE = '42501';
    END IF;
    IF NEW.content_sha256 IS DISTINCT FROM encode(sha256(convert_to(NEW.content, 'UTF8')), 'hex')
       OR NEW.pdf IS NULL OR NEW.pdf_sha256 IS DISTINCT FROM encode(sha256(NEW.pdf), 'hex') THEN
      RAISE EXCEPTION 'decision %: the hashes do not match the approved content and its PDF', NEW.number
        USING ERRCODE = '42501';
    END IF;
  ELSIF NEW.pdf IS NOT NULL OR NEW.number IS NOT NULL THEN
    RAISE EXCEPTION 'only an approval gives a decision its number and PDF' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$
"""

_CHECK_GROUNDS = r"""
CREATE OR REPLACE FUNCTION ocpm_check_decision_grounds() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  d decisions%ROWTYPE;
BEGIN
  IF ocpm_is_trusted() THEN RETURN coalesce(NEW, OLD); END IF;
  SELECT * INTO d FROM decisions WHERE id = coalesce(NEW.decision_id, OLD.decision_id);
  IF d.status <> 'draft' AND NOT (TG_OP = 'INSERT' AND d.status = 'proposed' AND d.author = session_user
                                  AND d.approver IS NULL) THEN
    RAISE EXCEPTION 'the grounds of decision % (%) cannot change', coalesce(d.number, d.id::text), d.status
      USING ERRCODE = '42501';
  END IF;
  IF d.author <> session_user THEN
    RAISE EXCEPTION 'only the author chooses the grounds of a refusal' USING ERRCODE = '42501';
  END IF;
  RETURN coalesce(NEW, OLD);
END $$
"""


def upgrade() -> None:
    with op.batch_alter_table("decisions", schema=None) as batch:
        batch.alter_column("number", existing_type=sa.String(20), nullable=True)
        batch.alter_column("hearing", existing_type=sa.String(12), nullable=True)
        batch.alter_column("proposed_at", existing_type=sa.DateTime(timezone=True), nullable=True)
        batch.add_column(sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True))
        batch.drop_constraint(op.f("ck_decisions_status"), type_="check")
        batch.create_check_constraint(op.f("ck_decisions_status"), "status IN ('draft', 'proposed', 'returned', 'issued', 'withdrawn')"
        )
        batch.create_check_constraint(op.f("ck_decisions_issued_complete"),
            "status <> 'issued' OR (number IS NOT NULL AND approver IS NOT NULL AND pdf IS NOT NULL "
            "AND pdf_sha256 IS NOT NULL AND decided_at IS NOT NULL)",
        )
        batch.create_check_constraint(op.f("ck_decisions_proposal_heard"), "status IN ('draft', 'withdrawn') OR (hearing IS NOT NULL AND proposed_at IS NOT NULL)"
        )
    op.create_index("uq_decisions_open_per_order", "decisions", ["order_id"], unique=True,
                    sqlite_where=sa.text(_OPEN), postgresql_where=sa.text(_OPEN))
    with op.batch_alter_table("decision_grounds", schema=None) as batch:
        batch.add_column(sa.Column("text", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "hearings",
        sa.Column("id", _ID, nullable=False),
        sa.Column("order_id", _ID, nullable=False),
        sa.Column("mode", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("document_id", _ID, nullable=True),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("reply_by", sa.Date(), nullable=True),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("answer_recorded_by", sa.String(length=63), nullable=True),
        sa.Column("answer_recorded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=63), nullable=False),
        sa.CheckConstraint("mode IN ('letter', 'not_needed')", name=op.f("ck_hearings_mode")),
        sa.CheckConstraint(
            "(mode = 'letter' AND document_id IS NOT NULL AND sent_on IS NOT NULL AND reply_by IS NOT NULL) "
            "OR (mode = 'not_needed' AND reason IS NOT NULL)",
            name=op.f("ck_hearings_mode_complete"),
        ),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name=op.f("fk_hearings_order_id_orders")),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], name=op.f("fk_hearings_document_id_documents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hearings")),
    )
    op.create_index(op.f("ix_hearings_order_id"), "hearings", ["order_id"], unique=False)

    if op.get_bind().dialect.name != "postgresql":
        return
    g = {name: f"{role_prefix()}{name}" for name in ("caseworker", "supervisor", "auditor")}
    op.execute(_CHECK_DECISION)
    op.execute(_CHECK_GROUNDS)
    op.execute("DROP TRIGGER IF EXISTS ocpm_check_decision_grounds ON decision_grounds")
    op.execute("""CREATE TRIGGER ocpm_check_decision_grounds BEFORE INSERT OR UPDATE OR DELETE ON decision_grounds
                  FOR EACH ROW EXECUTE FUNCTION ocpm_check_decision_grounds()""")
    op.execute("""CREATE CONSTRAINT TRIGGER ocpm_row_audit AFTER INSERT OR UPDATE OR DELETE ON hearings
                  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ocpm_row_audit()""")
    op.execute("REVOKE ALL ON hearings FROM PUBLIC")
    op.execute(f"GRANT SELECT ON hearings TO {g['caseworker']}, {g['supervisor']}, {g['auditor']}")
    op.execute(f"GRANT INSERT, UPDATE ON hearings TO {g['caseworker']}, {g['supervisor']}")
    op.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "
               f"{', '.join(g.values())}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS ocpm_check_decision_grounds ON decision_grounds")
        op.execute("DROP FUNCTION IF EXISTS ocpm_check_decision_grounds()")
        # 0002's, as this revision has always written it (no indentation, a newline before and after)
        check_decision = pg_security.function(role_prefix(), "ocpm_check_decision")
        op.execute(f"\n{reindented(check_decision, ' ' * 8, '')}\n")
    op.drop_index(op.f("ix_hearings_order_id"), table_name="hearings")
    op.drop_table("hearings")
    with op.batch_alter_table("decision_grounds", schema=None) as batch:
        batch.drop_column("text")
    op.drop_index("uq_decisions_open_per_order", table_name="decisions")
    op.execute("DELETE FROM decision_grounds WHERE decision_id IN (SELECT id FROM decisions WHERE status = 'draft')")
    op.execute("DELETE FROM decisions WHERE status = 'draft' OR number IS NULL")
    with op.batch_alter_table("decisions", schema=None) as batch:
        batch.drop_constraint(op.f("ck_decisions_proposal_heard"), type_="check")
        batch.drop_constraint(op.f("ck_decisions_issued_complete"), type_="check")
        batch.drop_constraint(op.f("ck_decisions_status"), type_="check")
        batch.create_check_constraint(op.f("ck_decisions_status"), "status IN ('proposed', 'returned', 'issued', 'withdrawn')")
        batch.drop_column("updated_at")
        batch.alter_column("proposed_at", existing_type=sa.DateTime(timezone=True), nullable=False)
        batch.alter_column("hearing", existing_type=sa.String(12), nullable=False)
        batch.alter_column("number", existing_type=sa.String(20), nullable=False)
