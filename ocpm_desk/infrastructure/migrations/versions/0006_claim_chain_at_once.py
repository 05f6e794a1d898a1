"""Cheaper triggers for a write that is its own transaction, such as a claim (PostgreSQL).

Revision ID: 0006
Revises: 0005

A claim (``claiming.claim_next``) is one statement, run in autocommit: its audit event was written *pending* by
``ocpm_audit_chain`` (0004), then, at its commit, the deferred row-audit trigger took the seal lock, sealed it (an
update of its primary key: every index of ``audit_events`` written twice, ``ocpm_audit_immutable`` run) and wrote
its own event chained at once. For such a transaction, chaining its first event at once holds the seal lock hardly
longer: it would be taken a moment later at commit anyway, and held to the end.

**Chaining at once on request.** A statement may ask for it with the transaction-local setting
``ocpm.audit_chain_now = 'on'`` (set within it, before its first event, e.g. by ``set_config(…, true)``).
``ocpm_audit_chain`` then, if ``pg_try_advisory_xact_lock`` gets the seal lock at once (READ COMMITTED only, as in
0004), first seals what is pending and visible (``ocpm_audit_seal_pending``, what the commit trigger would have
done; it also marks the transaction as sealing) and chains the event at once (head + 1, hashed), as 0004 does for
events written after sealing. If the lock is busy, the event is written pending, as before.

The pass is skipped (the transaction only marked as sealing) when it would start at its hint and find nothing
there, by its own tests: the head not below the one the last pass left, the hint not from another cluster, no
event at or above the hint. The hint must also be at most 256 transaction ids behind the snapshot's xmin (else the
pass runs and moves it on), so that the test never walks far through the dead entries sealed events leave in the
primary key.

The setting is a hint about lock holding, never a trust: the chain's correctness rests on the lock and the unique
ids, as in 0004, so a staff login setting it in a long transaction only keeps the seal lock longer (other writers
then write pending events, sealed later), which it could already do by writing an event and waiting.

**Lifecycle check, trusted sessions first.** ``ocpm_check_order`` computed the session's roles before asking
whether the session is trusted (the owner), which returns at once: the roles are now read after that test. Staff
logins are checked exactly as before.

Downgrade puts back the functions of 0004 and 0002.
"""

from collections.abc import Sequence

from alembic import op

from ocpm_desk.infrastructure.migrations import pg_security
from ocpm_desk.infrastructure.migrations.pg_security import role_prefix
from ocpm_desk.infrastructure.migrations.revisions import edited, execute, revision_module

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: 0004: its values, and the text of the function this revision writes again.
_SEALING = revision_module("0004_audit_sealing")
PENDING_ID_BASE, PENDING_SPAN = _SEALING.PENDING_ID_BASE, _SEALING.PENDING_SPAN
SEAL_LOCK, SEAL_BATCH = _SEALING.SEAL_LOCK, _SEALING.SEAL_BATCH
#: A hint more than this many transaction ids behind the snapshot's xmin is moved on by a pass.
HINT_LAG = 256
#: ocpm_desk.features.casework.claiming sets it (frozen there too).
CHAIN_NOW = "ocpm.audit_chain_now"

#: Where 0004's ``ocpm_audit_chain`` decides to chain the event at once, and what this revision decides there.
_CHAIN_AT_ONCE_0004 = f"""  IF current_setting('ocpm.audit_sealing', true) = 'on' AND current_setting('transaction_isolation') = 'read committed'
     AND pg_try_advisory_xact_lock({SEAL_LOCK}) THEN
    -- this transaction seals (it holds the seal lock until it ends): the event is chained at once, as a sealing
    -- pass would (events written at commit by the row-audit trigger, mostly)
"""
_CHAIN_AT_ONCE = f"""  IF (sealing OR current_setting('{CHAIN_NOW}', true) = 'on')
     AND current_setting('transaction_isolation') = 'read committed'
     AND pg_try_advisory_xact_lock({SEAL_LOCK}) THEN
    IF NOT sealing THEN
      -- asked to chain at once (a one-statement transaction): seal first what is pending, as its commit would;
      -- the pass is skipped when it would start at the hint and find nothing (its own tests, in the same order)
      SELECT a.id INTO head_id FROM audit_events a WHERE a.id < {PENDING_ID_BASE} ORDER BY a.id DESC LIMIT 1;
      SELECT last_value INTO hint FROM ocpm_audit_seal_hint;
      snap := pg_current_snapshot();
      -- the first event at or above the hint, by the key's index (as a query of its own: inside EXISTS, the generic
      -- plan would scan the table)
      SELECT a.id INTO pending_id FROM audit_events a WHERE a.id >= hint ORDER BY a.id LIMIT 1;
      IF (SELECT last_value FROM ocpm_audit_seal_head) > coalesce(head_id, 0)
         OR hint > {PENDING_ID_BASE} + pg_snapshot_xmax(snap)::text::bigint * {PENDING_SPAN}
         -- a hint far behind: the pass moves it on (else the test below would walk the dead entries behind it)
         OR hint < {PENDING_ID_BASE} + (pg_snapshot_xmin(snap)::text::bigint - {HINT_LAG}) * {PENDING_SPAN}
         OR pending_id IS NOT NULL THEN
        PERFORM ocpm_audit_seal_pending({SEAL_BATCH}, false);
      ELSE
        PERFORM set_config('ocpm.audit_sealing', 'on', true);  -- as the pass would: this transaction seals
      END IF;
    END IF;
    -- this transaction seals (it holds the seal lock until it ends): the event is chained at once, as a sealing
    -- pass would
"""

#: 0004's ``ocpm_audit_chain``, chaining at once also when the statement asks for it.
_CHAIN = edited(
    _SEALING._CHAIN_PENDING,
    ("  head_hash text;\n", """  head_hash text;
  hint bigint;
  snap pg_snapshot;
  pending_id bigint;
  sealing boolean := current_setting('ocpm.audit_sealing', true) = 'on';
"""),
    (_CHAIN_AT_ONCE_0004, _CHAIN_AT_ONCE),
    what="0004's ocpm_audit_chain")


def _check_order(*, trusted_first: bool) -> str:
    """``ocpm_check_order`` as 0002 wrote it (roles read first), or reading the roles after the trusted test, on the
    line after it. The downgrade puts 0002's back with that line blank, as it always has."""
    trusted = "IF ocpm_is_trusted() THEN RETURN NEW; END IF;\n"
    declare_roles = "roles text[];" if trusted_first else "roles text[] := ocpm_session_roles();"
    read_roles = "roles := ocpm_session_roles();" if trusted_first else ""
    return edited(pg_security.function(role_prefix(), "ocpm_check_order"),
                  ("roles text[] := ocpm_session_roles();", declare_roles),
                  (trusted, f"{trusted}          {read_roles}\n"),
                  what="0002's ocpm_check_order")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    execute(op.get_bind(), [_CHAIN, _check_order(trusted_first=True)])


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    execute(op.get_bind(), [_SEALING._CHAIN_PENDING, _check_order(trusted_first=False)])
