"""Writers never seal: the audit chain is sealed off the commit path, in batches (PostgreSQL).

Revision ID: 0007
Revises: 0006

Since 0004 a writing transaction, at commit, tried the seal lock and, when it got it, sealed what was pending; 0006
let a one-statement transaction (a claim) chain its own event at once. The lock is held through the commit's WAL
flush, so concurrent writers found it busy and most of their events were still written twice (pending, then
sealed by a later committer), while the one that sealed did the others' work inside its own commit.

**Writing** an event is now always one insert of a *pending* event (``ocpm_audit_chain`` as 0004 wrote it: no
lock, no head read; the ``ocpm.audit_chain_now`` setting of 0006 is ignored). One fix there: 0004 tested
``current_setting('ocpm.audit_sealing', true) = 'on' AND … AND pg_try_advisory_xact_lock(…)``; in a session that
never set the setting it is NULL, and AND goes on evaluating after a NULL operand, so every such writer took the
seal lock and chained its event at once. The lock is now tried only when the setting is 'on' (a sealing
transaction, which holds it already). The deferred constraint trigger
``ocpm_audit_seal`` (and its function) is dropped, and the deferred row-audit trigger ``ocpm_row_audit`` no longer
tries the seal lock at commit: it writes its event pending too.

**Sealing** is a separate step, ``ocpm_audit_seal_pending`` of 0004 unchanged (same ids, hashes and hint), run:

* on demand, waiting for the lock: ``ocpm_seal_audit()`` (0004; ``verify-audit``, ``audit-head``);
* in the background, never waiting: ``ocpm_try_seal_audit()`` (new; SECURITY DEFINER, EXECUTE granted to every
  OCPM group role) returns NULL at once when the seal lock is busy, else seals every committed pending event in
  batches of 10 000 starting at the hint (as the commit-time pass did) and returns how many. Run as its own short
  transaction, by the running application (``ocpm_desk.infrastructure.db.changes``: after each notification or timeout of
  the live-update watcher) and by ``bench/claims.py`` during its measurement.

Events written inside a transaction that sealed (holding the lock) are still chained at once by
``ocpm_audit_chain`` (0004's behaviour), so the chain stays in commit order either way.

**Defences kept:** unchanged from 0004 (staff may only INSERT events; ``ocpm_audit_immutable`` lets through only
the sealing of a pending event with the owner's rights; ``verify_chain`` reports committed but unsealed trailing
events as pending and sealed-after-pending as a break).

Downgrade seals what is committed and puts back 0006's functions and 0004's commit trigger.
"""

from collections.abc import Sequence

from alembic import op

from ocpm_desk.infrastructure.migrations.pg_security import GROUPS, role_prefix
from ocpm_desk.infrastructure.migrations.revisions import edited, execute, revision_module

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Frozen here (0004's values).
PENDING_ID_BASE = 2**62
SEAL_LOCK = "hashtext('ocpm_desk.audit_seal')"

#: 0004, whose functions this revision writes again or puts back.
_SEALING = revision_module("0004_audit_sealing")

#: 0004's ``ocpm_seal_audit()`` that does not wait: NULL at once when the seal lock is busy, else it seals from the
#: hint, as the commit-time pass did.
_TRY_SEAL = edited(
    _SEALING._SEAL_AUDIT,
    ("FUNCTION ocpm_seal_audit()", "FUNCTION ocpm_try_seal_audit()"),
    ("'ocpm_seal_audit() runs", "'ocpm_try_seal_audit() runs"),
    (f"  PERFORM pg_advisory_xact_lock({SEAL_LOCK});\n", f"""  IF NOT pg_try_advisory_xact_lock({SEAL_LOCK}) THEN
    RETURN NULL;  -- another transaction is sealing
  END IF;
"""),
    ("true);  -- from the base: strays, if any, are found too", "false);  -- from the hint, as the commit-time pass did"),
    what="0004's ocpm_seal_audit")


def _row_audit_pending() -> str:
    """0004's ``ocpm_row_audit`` without its commit-time sealing: its event is written pending."""
    return edited(_SEALING._row_audit(), (_SEALING._ROW_AUDIT_SEALS, ""), what="0004's ocpm_row_audit")


#: The test of 0004's ``ocpm_audit_chain``: with the setting never set in the session, ``current_setting`` is NULL,
#: and AND evaluates every operand that is not false, so the try-lock ran (and took the lock) for every writer.
_CHAIN_TEST_0004 = f"""  IF current_setting('ocpm.audit_sealing', true) = 'on' AND current_setting('transaction_isolation') = 'read committed'
     AND pg_try_advisory_xact_lock({SEAL_LOCK}) THEN"""
_CHAIN_TEST = f"""  IF coalesce(current_setting('ocpm.audit_sealing', true) = 'on', false)  -- false, never NULL: AND stops there
     AND current_setting('transaction_isolation') = 'read committed'
     AND pg_try_advisory_xact_lock({SEAL_LOCK}) THEN"""


def _chain_pending() -> str:
    """0004's ``ocpm_audit_chain``, the lock tried only by a transaction that sealed (it holds it already)."""
    return edited(_SEALING._CHAIN_PENDING, (_CHAIN_TEST_0004, _CHAIN_TEST), what="0004's ocpm_audit_chain")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    groups = ", ".join(f"{role_prefix()}{name}" for name in GROUPS)
    execute(op.get_bind(), [
        "DROP TRIGGER IF EXISTS ocpm_audit_seal ON audit_events",
        "DROP FUNCTION IF EXISTS ocpm_audit_seal_at_commit()",
        _chain_pending(),
        _row_audit_pending(),
        _TRY_SEAL,
        "REVOKE ALL ON FUNCTION ocpm_try_seal_audit() FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION ocpm_try_seal_audit() TO {groups}",
    ])  # fmt: skip


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    execute(op.get_bind(), [
        "DROP FUNCTION IF EXISTS ocpm_try_seal_audit()",
        _SEALING._row_audit(),
        revision_module("0006_claim_chain_at_once")._CHAIN,
        _SEALING._SEAL_AT_COMMIT,
        "REVOKE ALL ON FUNCTION ocpm_audit_seal_at_commit() FROM PUBLIC",
        "DROP TRIGGER IF EXISTS ocpm_audit_seal ON audit_events",
        f"""CREATE CONSTRAINT TRIGGER ocpm_audit_seal AFTER INSERT ON audit_events
           DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.id >= {PENDING_ID_BASE})
           EXECUTE FUNCTION ocpm_audit_seal_at_commit()""",
        "SELECT ocpm_seal_audit()",
    ])  # fmt: skip
