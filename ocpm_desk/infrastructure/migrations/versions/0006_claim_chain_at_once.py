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

import importlib
from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Frozen here (0004's values).
PENDING_ID_BASE = 2**62
PENDING_SPAN = 2**22
MAX_XID8 = 2**40
SEAL_LOCK = "hashtext('ocpm_desk.audit_seal')"
SEAL_BATCH = 10_000
#: A hint more than this many transaction ids behind the snapshot's xmin is moved on by a pass.
HINT_LAG = 256
#: ocpm_desk.features.casework.claiming sets it (frozen there too).
CHAIN_NOW = "ocpm.audit_chain_now"


def _hash(prev: str, event_id: str, row: str) -> str:
    """``ocpm_audit_hash`` (0002) written out, as in 0004."""
    return f"""encode(sha256(convert_to(
      {prev} || '|' || ({event_id})::text || '|' ||
      to_char({row}.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '+00:00' || '|' ||
      {row}.actor || '|' || {row}.action || '|' || {row}.entity || '|' || {row}.entity_id || '|' || {row}.payload,
      'UTF8')), 'hex')"""


_CHAIN = f"""
CREATE OR REPLACE FUNCTION ocpm_audit_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  xact bigint;
  n integer;
  head_id bigint;
  head_hash text;
  hint bigint;
  snap pg_snapshot;
  pending_id bigint;
  sealing boolean := current_setting('ocpm.audit_sealing', true) = 'on';
BEGIN
  IF NEW.actor IS DISTINCT FROM session_user AND NOT ocpm_is_trusted() THEN
    NEW.actor := session_user;  -- nobody writes events in someone else's name
  END IF;
  NEW.occurred_at := date_trunc('microseconds', coalesce(NEW.occurred_at, clock_timestamp()));
  IF (sealing OR current_setting('{CHAIN_NOW}', true) = 'on')
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
    SELECT a.id, a.hash INTO head_id, head_hash FROM audit_events a
     WHERE a.id < {PENDING_ID_BASE} ORDER BY a.id DESC LIMIT 1;
    NEW.id := coalesce(head_id, 0) + 1;
    NEW.prev_hash := coalesce(head_hash, repeat('0', 64));
    NEW.hash := {_hash("NEW.prev_hash", "NEW.id", "NEW")};
    RETURN NEW;
  END IF;
  -- no lock, no head: a pending id (this transaction's id, then its n-th event); the chain is extended when the
  -- event is sealed (ocpm_audit_seal_pending)
  xact := pg_current_xact_id()::text::bigint;
  n := coalesce(nullif(current_setting('ocpm.audit_pending_n', true), ''), '0')::integer + 1;
  IF n >= {PENDING_SPAN} OR xact >= {MAX_XID8} THEN
    RAISE EXCEPTION 'no pending audit id left (transaction %, event %)', xact, n USING ERRCODE = '54000';
  END IF;
  PERFORM set_config('ocpm.audit_pending_n', n::text, true);
  NEW.id := {PENDING_ID_BASE} + xact * {PENDING_SPAN} + n;
  NEW.prev_hash := NULL;
  NEW.hash := NULL;
  RETURN NEW;
END $$"""


def _check_order(*, trusted_first: bool) -> str:
    """``ocpm_check_order`` as 0002 wrote it (roles read first), or reading the roles after the trusted test."""
    declare_roles = "roles text[];" if trusted_first else "roles text[] := ocpm_session_roles();"
    read_roles = "roles := ocpm_session_roles();" if trusted_first else ""
    return f"""CREATE OR REPLACE FUNCTION ocpm_check_order() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
        DECLARE
          {declare_roles}
          me text := session_user;
          proposal_author text;
          ok boolean;
        BEGIN
          IF ocpm_is_trusted() THEN RETURN NEW; END IF;
          {read_roles}
          IF TG_OP = 'INSERT' THEN
            IF NOT EXISTS (SELECT 1 FROM lifecycle_transitions t WHERE t.from_status IS NULL
                           AND t.to_status = NEW.status AND t.role = ANY(roles)) THEN
              RAISE EXCEPTION 'a new order cannot start as % for %', NEW.status, me USING ERRCODE = '42501';
            END IF;
            NEW.updated_by := me;
            RETURN NEW;
          END IF;
          IF NEW.status IS DISTINCT FROM OLD.status THEN
            SELECT d.author INTO proposal_author FROM decisions d
             WHERE d.order_id = OLD.id AND d.status = 'proposed' ORDER BY d.id DESC LIMIT 1;
            SELECT EXISTS (
              SELECT 1 FROM lifecycle_transitions t
               WHERE t.from_status = OLD.status AND t.to_status = NEW.status AND t.role = ANY(roles)
                 AND CASE t.qualifier
                       WHEN 'any' THEN true
                       WHEN 'self' THEN NEW.assigned_to IS NOT DISTINCT FROM me
                       WHEN 'assignee' THEN OLD.assigned_to IS NOT DISTINCT FROM me
                       WHEN 'not_author' THEN proposal_author IS NOT NULL AND proposal_author <> me
                       ELSE false END) INTO ok;
            IF NOT ok THEN
              RAISE EXCEPTION '% may not move order % from % to %', me, OLD.reference, OLD.status, NEW.status
                USING ERRCODE = '42501';
            END IF;
            SELECT t.outcome INTO NEW.outcome FROM lifecycle_transitions t
             WHERE t.from_status = OLD.status AND t.to_status = NEW.status AND t.outcome IS NOT NULL LIMIT 1;
            NEW.outcome := coalesce(NEW.outcome, OLD.outcome);
          ELSIF NEW.assigned_to IS DISTINCT FROM OLD.assigned_to AND NOT ('supervisor' = ANY(roles)) THEN
            RAISE EXCEPTION 'only a supervisor may reassign order %', OLD.reference USING ERRCODE = '42501';
          ELSIF NEW.outcome IS DISTINCT FROM OLD.outcome THEN
            RAISE EXCEPTION 'the outcome of order % follows its status only', OLD.reference USING ERRCODE = '42501';
          END IF;
          NEW.updated_by := me;
          RETURN NEW;
        END $$"""


def _execute(statements: list[str]) -> None:
    cursor = op.get_bind().connection.cursor()  # the DBAPI cursor: no bind-parameter parsing of ':' or '%'
    try:
        for statement in statements:
            cursor.execute(statement)
    finally:
        cursor.close()


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _execute([_CHAIN, _check_order(trusted_first=True)])


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    sealing = importlib.import_module("ocpm_desk.infrastructure.migrations.versions.0004_audit_sealing")
    _execute([sealing._CHAIN_PENDING, _check_order(trusted_first=False)])
