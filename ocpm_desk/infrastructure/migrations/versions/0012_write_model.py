"""The write model that leaves a staff login no gap (PostgreSQL; issue 15).

Revision ID: 0012
Revises: 0011

``ocpm_desk.infrastructure.migrations.pg_write_model`` says what it is and what it answers: complete column grants and a
row check on every table a staff role writes, the database stamping who and when, decisions with their own
lifecycle, audit events written only by the database (``ocpm_audit``) with actions from a fixed set, every
owner-rights function with ``search_path = pg_catalog, public, pg_temp``, no temporary objects for staff, no session
setting that turns a check off, the audit chain sealed under a lock no staff role can take, and a reaper of staff
sessions that hold locks. The downgrade puts 0011's functions, triggers and grants back (with their holes), so
that the chain can be walked down and up again.
"""

from collections.abc import Sequence

from alembic import op

from ocpm_desk.infrastructure.migrations import pg_security, pg_write_model
from ocpm_desk.infrastructure.migrations.pg_security import GROUPS, role_prefix
from ocpm_desk.infrastructure.migrations.revisions import execute, revision_module

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The row checks this revision adds, by table (those of orders, decisions and their grounds were there).
_NEW_CHECKS = {
    "order_events": ("ocpm_check_order_event", "ocpm_order_event_moved"),
    "condition_results": ("ocpm_check_condition_result",), "hearings": ("ocpm_check_hearing",),
    "documents": ("ocpm_check_document",), "shipments": ("ocpm_check_shipment",),
    "tracking_events": ("ocpm_check_tracking_event",), "deposit_lists": ("ocpm_check_deposit_list",),
    "correction_requests": ("ocpm_check_correction",), "import_quarantine": ("ocpm_check_quarantine",),
}  # fmt: skip


def upgrade() -> None:
    pg_write_model.install(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    p = role_prefix()
    g = {name: f"{p}{name}" for name in GROUPS}
    groups = ", ".join(g.values())
    sealing, chain_at_once = revision_module("0004_audit_sealing"), revision_module("0006_claim_chain_at_once")
    seal_off, refusals = revision_module("0007_seal_off_commit"), revision_module("0008_refusal_decisions")
    mail_room, intake = revision_module("0009_mail_room"), revision_module("0010_order_intake")
    statements = ["SELECT ocpm_seal_audit()"]
    for table, functions in _NEW_CHECKS.items():
        for function in functions:
            statements += [f"DROP TRIGGER IF EXISTS {function} ON {table}", f"DROP FUNCTION IF EXISTS {function}()"]
    statements += [f"DROP TRIGGER IF EXISTS ocpm_row_audit ON {t}" for t in pg_write_model.ROW_AUDITED
                   if t not in ("decisions", "shipments", "hearings")]
    statements += [
        "DROP FUNCTION IF EXISTS ocpm_audit(text, text, text, text, text, timestamptz)",
        "DROP FUNCTION IF EXISTS ocpm_try_seal_audit()",
        "DROP FUNCTION IF EXISTS ocpm_seal_audit()",
        "DROP FUNCTION IF EXISTS ocpm_take_seal_lock(boolean)",
        "DROP FUNCTION IF EXISTS ocpm_reap_sessions(boolean)",
        "DROP FUNCTION IF EXISTS ocpm_reaper_ready()",
        "DROP FUNCTION IF EXISTS ocpm_skip_row_audit()",
        *sealing._trust_functions(p, cached=True),
        sealing._SEAL_PENDING,
        sealing._SEAL_AUDIT,
        sealing._IMMUTABLE_SEALABLE,
        seal_off._chain_pending(),
        seal_off._TRY_SEAL,
        chain_at_once._check_order(trusted_first=True),
        refusals._CHECK_DECISION,
        refusals._CHECK_GROUNDS,
        intake._row_audit(),
        intake._INSERTED,
        "DROP FUNCTION IF EXISTS ocpm_bulk_load()",
        "DROP SCHEMA IF EXISTS ocpm_private CASCADE",
        "DO $$ BEGIN EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO PUBLIC', current_database()); END $$",
        # 0002's grants, then 0008's, 0009's and 0010's
        *[s for s in pg_security.security_statements(p) if s.startswith(("GRANT", "REVOKE"))],
        f"REVOKE ALL ON SEQUENCE ocpm_audit_seal_hint, ocpm_audit_seal_head, ocpm_audit_seal_probe FROM {groups}",
        "REVOKE ALL ON FUNCTION ocpm_audit_seal_pending(integer, boolean) FROM PUBLIC",
        "REVOKE ALL ON FUNCTION ocpm_seal_audit() FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION ocpm_seal_audit(), ocpm_try_seal_audit() TO {groups}",
        f"GRANT SELECT ON hearings TO {g['caseworker']}, {g['supervisor']}, {g['auditor']}",
        f"GRANT INSERT, UPDATE ON hearings TO {g['caseworker']}, {g['supervisor']}",
        f"GRANT UPDATE (printed_at, printed_by) ON documents TO {p}mailroom",
        f"GRANT SELECT (assigned_to), UPDATE (assigned_to) ON orders TO {p}mailroom",
        f"GRANT SELECT (id) ON order_events TO {p}mailroom",
        f"GRANT UPDATE ({', '.join(mail_room.ADDRESS_COLUMNS)}) ON orders TO {p}caseworker, {p}supervisor",
        f"GRANT SELECT (intake_digest), UPDATE (intake_digest) ON orders TO {p}intake",
        f"GRANT UPDATE (intake_digest) ON orders TO {p}supervisor",
    ]
    execute(op.get_bind(), statements)
