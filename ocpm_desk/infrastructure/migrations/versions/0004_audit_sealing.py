"""Audit chain sealed after commit: writers no longer wait on one chain head (PostgreSQL).

Revision ID: 0004
Revises: 0003

Until 0003 the BEFORE INSERT trigger ``ocpm_audit_chain`` took one advisory transaction lock, read the head and
hashed the new event: every writing transaction held the chain's lock from its first event to the end of its
commit (WAL flush included), so writers ran one at a time (bench/claims.py: fewer claims/s with 4 workers than
with 1).

**Writing** an event now takes no lock and reads no head. ``ocpm_audit_chain`` gives the row a *pending* id,
``PENDING_ID_BASE`` (2^62) + the writing transaction's id (``pg_current_xact_id()``) * 2^22 + n (its n-th event),
and leaves ``prev_hash`` and ``hash`` NULL (it still stamps ``occurred_at`` and, for staff, ``actor =
session_user``). Pending ids sort after every sealed id, so pending events are the tail of the table in id order:
what ``verify_chain`` reports as *pending* (a NULL hash before a sealed event stays a break).

**Sealing** (``ocpm_audit_seal_pending``, under the advisory transaction lock ``ocpm_desk.audit_seal``) reads the
head (the highest id below the base) and gives every pending event it can see, in pending-id order, its final id
(head + 1, + 2, ...), ``prev_hash`` and ``hash`` -- the formula of ``ocpm_desk.kernel.audit.chain_hash``, as
``ocpm_audit_hash`` computes it, unchanged.

*Why final ids are given at sealing.* A sequence would hand out ids at insert time, but transactions commit in
another order: a lower id may become visible after a higher one was sealed and could then never be chained in id
order, and ids of rolled-back transactions would leave gaps that verification would have to excuse (hiding deleted
events). Here the chain is ordered by sealing, which comes after commit: a transaction that wrote early and commits
late is simply sealed later, after the events that committed before it. A sealer sees only committed events (and
its own transaction's, which commit or roll back together with the sealing), so a sealed event can never vanish
and ids stay dense: a missing id is still a deleted event. No snapshot horizon is needed for correctness.

*Where a pass starts (cost, not correctness).* Each sealed event leaves its pending version dead in the primary
key until VACUUM, and while any transaction of the cluster is old, PostgreSQL cannot even mark those entries dead
for index scans. So that a pass does not walk through all of them, it starts at a hint (sequence
``ocpm_audit_seal_hint``): pending ids below ``base + settled * 2^22`` belong to transactions that had ended when
the pass took its snapshot, so the pass saw every event of theirs that exists, and the next pass starts there.
``settled`` is the snapshot's xmin; when that lags far behind (a long transaction, perhaps in another database of
the cluster), at most once per 256 transaction ids the pass looks in ``pg_locks`` for the oldest transaction of
*this* database still running (one with an id below the snapshot's xmax took its first table lock here before its
id, hence before the snapshot, hence is listed). The hint is not transactional (``setval``); the pass also records
the head it left (``ocpm_audit_seal_head``), and a later pass that finds a lower head (that sealing was rolled
back, or the tail was cut) starts again from the base, as it does when the hint is beyond the current transaction
ids (a database restored into another cluster). ``ocpm_seal_audit()`` always starts from the base.

**When sealing runs:**

* at commit of every transaction that wrote events: the deferred constraint trigger ``ocpm_audit_seal`` (after
  the deferred row-audit triggers have added their events) seals *if* ``pg_try_advisory_xact_lock`` gets the lock
  at once; otherwise another committing transaction is sealing and a later one takes these events too. A
  transaction alone in the database therefore seals its own events before its commit returns. The work at commit
  is bounded (10 000 events); the rest waits for the next commit or an explicit seal. The deferred row-audit
  trigger tries the lock first, the same way: a transaction that holds it (it sealed, and keeps the lock until it
  ends) writes its further events already chained -- head + 1, hashed -- instead of pending (the row event of a
  claim, typically: one update less per claim). A stale snapshot cannot fork the chain: ids are unique.
* on demand: ``ocpm_seal_audit()`` (SECURITY DEFINER, EXECUTE granted to every OCPM group role) waits for the lock
  and seals everything committed; ``verify-audit`` and ``audit-head`` (``ocpm_desk.features.audit.trail``) call it first.
  Events of transactions still in flight stay pending until they commit: verification reports them as pending.

Sealing runs only in READ COMMITTED transactions (each statement then sees what the previous sealer committed before
releasing the lock); ``ocpm_seal_audit()`` refuses other isolation levels and the commit trigger skips them.

**Defences kept:** staff may still only INSERT events (no UPDATE/DELETE grant, and ``ocpm_audit_immutable``
refuses any change by anyone but the owner); the sealing functions are SECURITY DEFINER, owned by the owner, and the
immutable trigger lets through, besides the owner's own sessions, only an update made with the owner's rights
(inside those functions) that seals a pending event: final id, ``prev_hash`` and ``hash`` set, nothing else
touched. Once sealed, any change is caught by ``verify_chain``.

**Cheaper triggers on the same path** (same behaviour): ``ocpm_is_trusted()`` and ``ocpm_session_roles()`` become
PL/pgSQL around the same queries (as SQL functions they were planned again at every call, ~0.2 ms each, several
times per claim; a superuser is a member of every role for ``pg_has_role``, which makes 0002's separate superuser
test redundant); ``ocpm_audit_chain`` asks whether the session is trusted only when the event names another actor;
``ocpm_row_audit`` compares the old and new rows with one ``jsonb_each`` instead of joining two.

``prev_hash`` and ``hash`` become nullable on both databases (the same columns everywhere); SQLite still chains in
the service layer and never leaves them NULL. Downgrade waits for the writers in flight, seals everything, and puts
back the functions of 0002.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from ocpm_desk.infrastructure.migrations import pg_security
from ocpm_desk.infrastructure.migrations.pg_security import GROUPS, role_prefix
from ocpm_desk.infrastructure.migrations.revisions import edited, execute, reindented

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Pending ids: PENDING_ID_BASE + xid8 * PENDING_SPAN + n (frozen here; ocpm_desk.infrastructure.audit_store mirrors the
#: base). 2^22 events per transaction, 2^40 transaction ids: both far beyond what the desk will ever use.
PENDING_ID_BASE = 2**62
PENDING_SPAN = 2**22
MAX_XID8 = 2**40
SEAL_LOCK = "hashtext('ocpm_desk.audit_seal')"
SEAL_BATCH = 10_000
PROBE_LAG = 256


def _hash(prev: str, event_id: str, row: str) -> str:
    """``ocpm_audit_hash`` (0002) written out, so that PL/pgSQL evaluates it without calling a SQL function."""
    return f"""encode(sha256(convert_to(
      {prev} || '|' || ({event_id})::text || '|' ||
      to_char({row}.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '+00:00' || '|' ||
      {row}.actor || '|' || {row}.action || '|' || {row}.entity || '|' || {row}.entity_id || '|' || {row}.payload,
      'UTF8')), 'hex')"""


_HASH = _hash("prev", "next_id + n", "r")


def _definer(signature: str, body: str) -> str:
    """``CREATE OR REPLACE FUNCTION signature``, PL/pgSQL run with the owner's rights; ``body`` stands between its
    ``$$`` up to its last ``END``."""
    return (f"\nCREATE OR REPLACE FUNCTION {signature}\n"
            f"LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $${body} $$")


_SEAL_PENDING = _definer("ocpm_audit_seal_pending(max_events integer, from_base boolean) RETURNS integer", f"""
DECLARE
  -- taken first: the snapshot of the statement that called us (older is only more cautious)
  snap pg_snapshot := pg_current_snapshot();
  xmin8 bigint := pg_snapshot_xmin(snap)::text::bigint;
  xmax8 bigint := pg_snapshot_xmax(snap)::text::bigint;
  settled bigint;
  local_min bigint;
  probe bigint;
  head_id bigint;
  prev text;
  next_id bigint;
  hint bigint;
  start_at bigint;
  new_hint bigint;
  r record;
  h text;
  n integer := 0;
  last_pending bigint;
BEGIN
  -- The caller holds the seal lock ({SEAL_LOCK}) in a READ COMMITTED transaction, until it ends: the events this
  -- transaction writes from now on are chained at once (ocpm_audit_chain).
  PERFORM set_config('ocpm.audit_sealing', 'on', true);
  -- Correctness needs none of what follows up to the scan: it only chooses where the scan starts (see the
  -- migration's docstring).
  SELECT last_value INTO hint FROM ocpm_audit_seal_hint;
  -- Transactions below xmin have ended (their events are visible now or never will be).
  settled := xmin8;
  IF xmax8 - xmin8 > {PROBE_LAG} AND hint < {PENDING_ID_BASE} + (xmax8 - {PROBE_LAG}) * {PENDING_SPAN} THEN
    -- xmin is far behind (a long transaction, maybe in another database of the cluster): at most once per
    -- {PROBE_LAG} transaction ids, find the oldest transaction of *this* database still running. Any that has an
    -- id below xmax took its first table lock here before its id, so before the snapshot, so it is listed.
    SELECT last_value INTO probe FROM ocpm_audit_seal_probe;
    IF xmax8 - probe >= {PROBE_LAG} THEN
      PERFORM setval('ocpm_audit_seal_probe', xmax8);
      SELECT min(xmax8 + (((t.transactionid::text::bigint - (xmax8 & 4294967295)) + 2147483648) & 4294967295)
                 - 2147483648)
        INTO local_min
        FROM pg_locks t
       WHERE t.locktype = 'transactionid'
         AND EXISTS (SELECT 1 FROM pg_locks l
                      WHERE l.virtualtransaction = t.virtualtransaction AND l.locktype = 'relation'
                        AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()));
      settled := greatest(xmin8, least(coalesce(local_min, xmax8), xmax8));
    END IF;
  END IF;
  SELECT a.id, a.hash INTO head_id, prev FROM audit_events a
   WHERE a.id < {PENDING_ID_BASE} ORDER BY a.id DESC LIMIT 1;
  next_id := coalesce(head_id, 0);
  prev := coalesce(prev, repeat('0', 64));
  -- The pass that set the hint sealed every visible pending event below it; trust it only if that sealing is still
  -- there (its head not rolled back nor cut) and the hint is not from another cluster (restored dump).
  IF (SELECT last_value FROM ocpm_audit_seal_head) > next_id OR hint > {PENDING_ID_BASE} + xmax8 * {PENDING_SPAN} THEN
    hint := {PENDING_ID_BASE};
  END IF;
  start_at := CASE WHEN from_base THEN {PENDING_ID_BASE} ELSE hint END;
  FOR r IN SELECT a.id, a.occurred_at, a.actor, a.action, a.entity, a.entity_id, a.payload
             FROM audit_events a WHERE a.id >= start_at ORDER BY a.id LIMIT max_events LOOP
    n := n + 1;
    h := {_HASH};
    UPDATE audit_events SET id = next_id + n, prev_hash = prev, hash = h WHERE id = r.id;
    prev := h;
    last_pending := r.id;
  END LOOP;
  new_hint := {PENDING_ID_BASE} + settled * {PENDING_SPAN};
  IF n = max_events THEN
    new_hint := least(new_hint, last_pending + 1);  -- a full batch may have left visible events behind
  END IF;
  new_hint := greatest(new_hint, hint);
  IF new_hint <> hint OR n > 0 THEN
    PERFORM setval('ocpm_audit_seal_hint', new_hint);
    PERFORM setval('ocpm_audit_seal_head', next_id + n);
  END IF;
  RETURN n;
END""")

_SEAL_AUDIT = _definer("ocpm_seal_audit() RETURNS integer", f"""
DECLARE
  sealed integer;
  total integer := 0;
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'ocpm_seal_audit() runs in READ COMMITTED transactions only' USING ERRCODE = '25000';
  END IF;
  PERFORM pg_advisory_xact_lock({SEAL_LOCK});
  LOOP
    sealed := ocpm_audit_seal_pending({SEAL_BATCH}, true);  -- from the base: strays, if any, are found too
    total := total + sealed;
    EXIT WHEN sealed < {SEAL_BATCH};
  END LOOP;
  RETURN total;
END""")

_SEAL_AT_COMMIT = _definer("ocpm_audit_seal_at_commit() RETURNS trigger", f"""
BEGIN
  -- NEW.id is the pending id: gone when an earlier firing in this transaction sealed the event already
  IF current_setting('transaction_isolation') = 'read committed'
     AND EXISTS (SELECT 1 FROM audit_events a WHERE a.id = NEW.id)
     AND pg_try_advisory_xact_lock({SEAL_LOCK}) THEN
    PERFORM ocpm_audit_seal_pending({SEAL_BATCH}, false);  -- bounded work at commit; the rest next time
  END IF;
  RETURN NULL;
END""")

_CHAIN_PENDING = _definer("ocpm_audit_chain() RETURNS trigger", f"""
DECLARE
  xact bigint;
  n integer;
  head_id bigint;
  head_hash text;
BEGIN
  IF NEW.actor IS DISTINCT FROM session_user AND NOT ocpm_is_trusted() THEN
    NEW.actor := session_user;  -- nobody writes events in someone else's name
  END IF;
  NEW.occurred_at := date_trunc('microseconds', coalesce(NEW.occurred_at, clock_timestamp()));
  IF current_setting('ocpm.audit_sealing', true) = 'on' AND current_setting('transaction_isolation') = 'read committed'
     AND pg_try_advisory_xact_lock({SEAL_LOCK}) THEN
    -- this transaction seals (it holds the seal lock until it ends): the event is chained at once, as a sealing
    -- pass would (events written at commit by the row-audit trigger, mostly)
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
END""")

_IMMUTABLE_SEALABLE = f"""
CREATE OR REPLACE FUNCTION ocpm_audit_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- sealing a pending event, with the owner's rights (inside the SECURITY DEFINER sealing functions)
  IF TG_OP = 'UPDATE' AND OLD.id >= {PENDING_ID_BASE} AND OLD.hash IS NULL
     AND NEW.id < {PENDING_ID_BASE} AND NEW.hash IS NOT NULL AND NEW.prev_hash IS NOT NULL
     AND (NEW.occurred_at, NEW.actor, NEW.action, NEW.entity, NEW.entity_id, NEW.payload)
         = (OLD.occurred_at, OLD.actor, OLD.action, OLD.entity, OLD.entity_id, OLD.payload)
     AND pg_has_role(current_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER')
  THEN
    RETURN NEW;  -- (superusers are members of every role)
  END IF;
  IF ocpm_is_trusted() THEN RETURN coalesce(NEW, OLD); END IF;
  RAISE EXCEPTION 'audit events cannot be changed or deleted' USING ERRCODE = '42501';
END $$"""

#: What ``ocpm_row_audit`` does at commit, before it writes its event (0007 takes it out again).
_ROW_AUDIT_SEALS = f"""  -- at commit (deferred): when the seal lock is free, seal what is pending (this transaction's events too), so
  -- that this event is chained at once instead of written pending and sealed after
  IF current_setting('ocpm.audit_sealing', true) IS DISTINCT FROM 'on'
     AND current_setting('transaction_isolation') = 'read committed'
     AND pg_try_advisory_xact_lock({SEAL_LOCK}) THEN
    PERFORM ocpm_audit_seal_pending({SEAL_BATCH}, false);
  END IF;
"""


def _function_0002(name: str) -> str:
    """0002's function ``name`` as this revision writes it: after a newline, not indented where ``pg_security``
    indents with 8 spaces (PostgreSQL keeps a body's white space: these are the bytes it has always had)."""
    return "\n" + reindented(pg_security.function(role_prefix(), name), " " * 8, "")


def _row_audit() -> str:
    """0002's ``ocpm_row_audit`` with this revision's changes: the old and new rows compared with one
    ``jsonb_each``, the status move of every audited table, the sealing at commit, and the id and hashes left to
    ``ocpm_audit_chain``."""
    return edited(
        _function_0002("ocpm_row_audit"),
        ("  row_id text;\n", "  row_id text;\n  old_row jsonb;\n"),
        ("  IF TG_OP = 'UPDATE' THEN\n", "  IF TG_OP = 'UPDATE' THEN\n    old_row := to_jsonb(OLD);\n"),
        ("""n JOIN jsonb_each(to_jsonb(OLD)) o USING (key)
    WHERE n.value IS DISTINCT FROM o.value;""", "n WHERE n.value IS DISTINCT FROM old_row -> n.key;"),
        ("""TG_TABLE_NAME IN ('orders', 'decisions', 'shipments') AND 'status' = ANY(changed) THEN
      payload := payload
        || jsonb_build_object('from', to_jsonb(OLD) -> 'status',""",
         "'status' = ANY(changed) THEN\n      payload := payload || jsonb_build_object('from', old_row -> 'status',"),
        ("""  INSERT INTO audit_events (id, occurred_at, actor, action, entity, entity_id, payload, prev_hash, hash)
  VALUES (0, clock_timestamp(), session_user, 'row.' || lower(TG_OP), TG_TABLE_NAME, row_id,
          payload::text, '', '');""", f"""{_ROW_AUDIT_SEALS}  INSERT INTO audit_events (occurred_at, actor, action, entity, entity_id, payload)
  VALUES (clock_timestamp(), session_user, 'row.' || lower(TG_OP), TG_TABLE_NAME, row_id, payload::text);"""),
        what="0002's ocpm_row_audit")


def _trust_functions(prefix: str, *, cached: bool) -> list[str]:
    """``ocpm_is_trusted()`` and ``ocpm_session_roles()``, the same queries either way: as 0002 wrote them (SQL
    functions, planned again at every call: ~0.2 ms each, several times per claim) or in PL/pgSQL (plans kept
    for the session). A superuser is a member of every role for ``pg_has_role``, so the superuser test of 0002
    is kept only in its own text."""
    groups = ", ".join(f"'{prefix}{name}'" for name in GROUPS)
    roles_query = f"""SELECT coalesce(array_agg(substr(r.rolname, {len(prefix) + 1}) ORDER BY r.rolname), '{{}}')
          FROM pg_roles r
          WHERE r.rolname IN ({groups}) AND pg_has_role(session_user, r.oid, 'MEMBER')"""
    if not cached:
        return [
            f"""CREATE OR REPLACE FUNCTION ocpm_session_roles() RETURNS text[]
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
              {roles_query}
            $$""",
            # 0002's, 4 spaces deeper (the bytes this downgrade has always written)
            reindented(pg_security.function(prefix, "ocpm_is_trusted"), " " * 8, " " * 12),
        ]
    return [
        f"""CREATE OR REPLACE FUNCTION ocpm_session_roles() RETURNS text[]
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
        BEGIN
          RETURN ({roles_query});
        END $$""",
        """CREATE OR REPLACE FUNCTION ocpm_is_trusted() RETURNS boolean
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
        BEGIN
          RETURN pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()),
                             'MEMBER');
        END $$""",
    ]


def upgrade() -> None:
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        for column in ("prev_hash", "hash"):
            batch_op.alter_column(column, existing_type=sa.String(length=64), nullable=True)
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    groups = ", ".join(f"{role_prefix()}{name}" for name in GROUPS)
    execute(connection, [
        # where the next sealing pass starts, and the head that pass left (non-transactional: see the pass)
        f"CREATE SEQUENCE IF NOT EXISTS ocpm_audit_seal_hint AS bigint MINVALUE 0 START {PENDING_ID_BASE}",
        "CREATE SEQUENCE IF NOT EXISTS ocpm_audit_seal_head AS bigint MINVALUE 0 START 0",
        "CREATE SEQUENCE IF NOT EXISTS ocpm_audit_seal_probe AS bigint MINVALUE 0 START 0",
        "REVOKE ALL ON SEQUENCE ocpm_audit_seal_hint, ocpm_audit_seal_head, ocpm_audit_seal_probe FROM PUBLIC",
        f"REVOKE ALL ON SEQUENCE ocpm_audit_seal_hint, ocpm_audit_seal_head, ocpm_audit_seal_probe FROM {groups}",
        *_trust_functions(role_prefix(), cached=True),
        _CHAIN_PENDING,
        _IMMUTABLE_SEALABLE,
        _row_audit(),
        _SEAL_PENDING,
        _SEAL_AUDIT,
        _SEAL_AT_COMMIT,
        "DROP TRIGGER IF EXISTS ocpm_audit_seal ON audit_events",
        # only pending events need sealing (WHEN is evaluated as the row is written, not at commit)
        f"""CREATE CONSTRAINT TRIGGER ocpm_audit_seal AFTER INSERT ON audit_events
           DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.id >= {PENDING_ID_BASE})
           EXECUTE FUNCTION ocpm_audit_seal_at_commit()""",
        "REVOKE ALL ON FUNCTION ocpm_audit_seal_pending(integer, boolean) FROM PUBLIC",
        "REVOKE ALL ON FUNCTION ocpm_audit_seal_at_commit() FROM PUBLIC",
        "REVOKE ALL ON FUNCTION ocpm_seal_audit() FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION ocpm_seal_audit() TO {groups}",
    ])  # fmt: skip


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        execute(connection, [
            # wait for the writers in flight and keep new ones out, then seal everything they committed
            "LOCK TABLE audit_events IN SHARE ROW EXCLUSIVE MODE",
            "SELECT ocpm_seal_audit()",
            "DROP TRIGGER IF EXISTS ocpm_audit_seal ON audit_events",
            "DROP FUNCTION IF EXISTS ocpm_seal_audit()",
            "DROP FUNCTION IF EXISTS ocpm_audit_seal_at_commit()",
            "DROP FUNCTION IF EXISTS ocpm_audit_seal_pending(integer, boolean)",
            # 0002's functions
            _function_0002("ocpm_audit_chain"),
            _function_0002("ocpm_audit_immutable"),
            _function_0002("ocpm_row_audit"),
            *_trust_functions(role_prefix(), cached=False),
            "DROP SEQUENCE IF EXISTS ocpm_audit_seal_hint",
            "DROP SEQUENCE IF EXISTS ocpm_audit_seal_head",
            "DROP SEQUENCE IF EXISTS ocpm_audit_seal_probe",
            # left by the first draft of this revision (commit 5732d5d), on databases migrated with it
            "DROP FUNCTION IF EXISTS ocpm_audit_seal_pending(integer)",
            "DROP SEQUENCE IF EXISTS ocpm_audit_pending_seq",
        ])  # fmt: skip
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        for column in ("prev_hash", "hash"):
            batch_op.alter_column(column, existing_type=sa.String(length=64), nullable=False)
