"""PostgreSQL only: the write model that leaves a staff login no gap (migration 0012, DESIGN §5, issue 15).

**The threat.** A staff member with ``psql`` and their own login (caseworker, supervisor, mail room, administrator,
auditor, the intake account) tries to do more than the application lets them: change a row they do not own, skip a
lifecycle step, sign their own refusal, write history or audit events in someone else's name or at another date,
turn a check off, or stop the office (hold locks, block the audit chain).

**The model: complete column grants and a row check on every table a role may write.** Staff keep writing the
business tables with plain SQL (the services' statements are unchanged), but

* every column a role may write is granted by name; every other column and table is not;
* a ``BEFORE`` trigger on every table a staff role may write checks the row against the rules of the use case that
  writes it (the actor, the order's lifecycle, ownership, four-eyes) and **stamps who and when** itself for staff
  (``updated_by``, ``evaluated_by``, ``overridden_by``, ``recorded_by``, ``printed_by``, ``shipped_by``, history
  actors and times): a staff session cannot choose them; the database owner (migrations, ``seed-demo``, the admin
  CLI) is trusted and may set them;
* decisions have their own lifecycle in the database: draft → proposed → returned / issued / withdrawn; the author
  never changes, the approver is never the author, an issued decision never changes;
* audit events are written only by the database: the row-audit triggers, and ``ocpm_audit(...)`` which the services
  call on PostgreSQL — staff have no ``INSERT`` on ``audit_events``; the action must belong to the fixed set of
  ``ocpm_desk.kernel.audit_actions`` for one of the caller's roles; actor and time are the database's;
* functions that run with the owner's rights pin ``search_path = pg_catalog, public, pg_temp`` (``pg_temp`` last) and
  name catalog tables with their schema; staff may not create temporary objects (``TEMPORARY`` is revoked from
  ``PUBLIC`` on the database) nor anything in ``public``; every function's ``EXECUTE`` is revoked from ``PUBLIC`` and
  granted where the application needs it;
* no session setting turns a check off: the owner's bulk loads mark their own transaction in an owner-only table
  (``ocpm_skip_row_audit()``), the sealing transaction is recognised by the row it locked, not by a setting;
* the state the database keeps for itself lives in the schema ``ocpm_private``, which no staff role may use;
* **a SQL client cannot stop the office**: the audit chain is sealed under a row lock in ``ocpm_private`` (staff can
  neither take nor wait on it; advisory locks, which any session may take, are no longer used), and
  ``ocpm_reap_sessions()`` — run with the owner's rights at most once a second from every workstation's sealing call
  — ends a staff session that holds a table lock stronger than ``ROW EXCLUSIVE`` (the application never takes one),
  that holds the seal lock while idle in a transaction, that has been idle in a transaction for a minute, or whose
  transaction is a minute old and blocks another session. It needs the owner to hold ``pg_signal_backend`` and
  ``pg_read_all_stats`` (README, « Central database »); without them it does nothing and ``init-db`` says so.

SQLite has none of this: there the service layer is the only gate (one workstation, one file), and it enforces the
same rules (the services check the actor, lifecycle, ownership and four-eyes before every write).
"""

from __future__ import annotations

from sqlalchemy import Connection

from ocpm_desk.infrastructure.migrations import pg_security
from ocpm_desk.infrastructure.migrations.pg_security import (
    GROUPS,
    ORDER_ADMIN_COLUMNS,
    REFERENCE_TABLES,
    REGISTER_TABLES,
    role_prefix,
)
from ocpm_desk.infrastructure.migrations.revisions import edited, execute, reindented, revision_module
from ocpm_desk.kernel.audit_actions import AUDIT_ACTIONS, HISTORY_ACTIONS
from ocpm_desk.kernel.lifecycle import ASSIGNED_STATUSES

PENDING_ID_BASE = 2**62
PENDING_SPAN = 2**22
PROBE_LAG = 256
#: How long a staff session may stay idle in a transaction, or keep a transaction that blocks others, before the
#: reaper ends it.
IDLE_LIMIT = "60 seconds"
#: A staff session idle in a transaction while holding the seal lock is ended after this long.
SEAL_HOLD_LIMIT = "2 seconds"
#: The reaper runs at most this often (it is called from every workstation's sealing call, every 0.2 s or so).
REAP_EVERY = "1 second"

#: search_path of every function: catalog first, the application's schema, temporary objects last.
PATH = "SET search_path = pg_catalog, public, pg_temp"

#: What each table holds that a staff session stamps nothing else into: the columns of the payment, written by
#: intake (and a supervisor importing a file) only while the order awaits payment.
PAYMENT_COLUMNS = ("paid_at", "payment_brand", "payment_provider_reference", "fee_paid_centimes",
                   "postage_paid_centimes", "fee_schedule_id", "postal_tariff_id", "rule_set_id", "intake_digest")
HOLD_COLUMNS = ("hold_reason", "hold_until", "clock_stopped")
ADDRESS_COLUMNS = ("addr_mr_mrs", "addr_first_name", "addr_last_name", "addr_organisation", "addr_line",
                   "addr_street", "addr_house_number", "addr_dwelling_number", "addr_post_office_box",
                   "addr_swiss_zip_code", "addr_foreign_zip_code", "addr_town", "addr_country")
#: Columns of an order no staff session ever changes after it was created.
ORDER_FIXED_COLUMNS = ("id", "reference", "service_code", "quantity", "ordered_at", "applicant_id",
                       "concerned_person_id", "delivery_product")


def _changed(columns: tuple[str, ...]) -> str:
    """SQL: true when any of ``columns`` differs between OLD and NEW."""
    return "(" + " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in columns) + ")"


def _sql_list(values: object) -> str:
    return ", ".join(f"'{v}'" for v in values)  # type: ignore[attr-defined]


def audit_actions_sql() -> list[str]:
    """Write the domain's audit actions into ``ocpm_private.audit_actions`` (a migration that changes them runs it)."""
    return [
        "DELETE FROM ocpm_private.audit_actions",
        "INSERT INTO ocpm_private.audit_actions (action, role) VALUES "
        + ", ".join(f"('{action}', '{role}')" for action, roles in sorted(AUDIT_ACTIONS.items())
                    for role in sorted(roles)),
    ]


def _sealing_call(name: str, lock: str, from_base: str) -> str:
    """The function ``name``: reap, take the seal lock (``lock``, PL/pgSQL), seal everything in batches of 10 000,
    starting at the base or at the hint (``from_base``: ``true`` or ``false``)."""
    return f"""CREATE OR REPLACE FUNCTION public.{name}() RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$
        DECLARE
          sealed integer;
          total integer := 0;
        BEGIN
          PERFORM public.ocpm_reap_sessions();
          {lock}
          LOOP
            sealed := public.ocpm_audit_seal_pending(10000, {from_base});
            total := total + sealed;
            EXIT WHEN sealed < 10000;
          END LOOP;
          RETURN total;
        END $$"""


def _infrastructure(p: str) -> list[str]:
    groups = {name: f"{p}{name}" for name in GROUPS}
    group_list = _sql_list(groups.values())
    hash_expr = """encode(sha256(convert_to(
      prev || '|' || (next_id + n)::text || '|' ||
      to_char(r.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '+00:00' || '|' ||
      r.actor || '|' || r.action || '|' || r.entity || '|' || r.entity_id || '|' || r.payload,
      'UTF8')), 'hex')"""
    return [
        # ------------------------------------------------------------------ what staff may create: nothing
        "DO $$ BEGIN EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database()); END $$",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        # ------------------------------------------------------------------ the database's own state
        "CREATE SCHEMA IF NOT EXISTS ocpm_private",
        "REVOKE ALL ON SCHEMA ocpm_private FROM PUBLIC",
        """CREATE TABLE IF NOT EXISTS ocpm_private.seal_lock (
             id integer PRIMARY KEY CHECK (id = 1), holder xid8, sealed_at timestamptz)""",
        "INSERT INTO ocpm_private.seal_lock (id) VALUES (1) ON CONFLICT DO NOTHING",
        f"""CREATE TABLE IF NOT EXISTS ocpm_private.reaper (
             id integer PRIMARY KEY CHECK (id = 1),
             idle_limit interval NOT NULL DEFAULT '{IDLE_LIMIT}',
             seal_hold_limit interval NOT NULL DEFAULT '{SEAL_HOLD_LIMIT}',
             every interval NOT NULL DEFAULT '{REAP_EVERY}')""",
        "INSERT INTO ocpm_private.reaper (id) VALUES (1) ON CONFLICT DO NOTHING",
        # when the reaper last ran (epoch milliseconds) and how many sessions it ended: sequences, so that no
        # caller holds a lock on them for the rest of its transaction (a staff session may call the sealing
        # functions inside a transaction it then leaves open)
        "CREATE SEQUENCE IF NOT EXISTS ocpm_private.reaper_clock AS bigint MINVALUE 0 START 0",
        "CREATE SEQUENCE IF NOT EXISTS ocpm_private.reaped AS bigint MINVALUE 0 START 0",
        "CREATE TABLE IF NOT EXISTS ocpm_private.bulk_load (xact xid8 PRIMARY KEY, at timestamptz NOT NULL)",
        """CREATE TABLE IF NOT EXISTS ocpm_private.audit_actions (
             action text NOT NULL, role text NOT NULL, PRIMARY KEY (action, role))""",
        *audit_actions_sql(),
        # ------------------------------------------------------------------ who is acting
        f"""CREATE OR REPLACE FUNCTION public.ocpm_session_roles() RETURNS text[]
        LANGUAGE plpgsql STABLE SECURITY DEFINER {PATH} AS $$
        BEGIN
          -- by name, one cached membership test per group (no scan of pg_roles: this runs in every row check)
          RETURN array_remove(ARRAY[{", ".join(
              f"CASE WHEN pg_catalog.pg_has_role(session_user, '{p}{name}', 'MEMBER') THEN '{name}' END"
              for name in sorted(GROUPS))}], NULL);
        END $$""",
        f"""CREATE OR REPLACE FUNCTION public.ocpm_is_trusted() RETURNS boolean
        LANGUAGE plpgsql STABLE SECURITY DEFINER {PATH} AS $$
        BEGIN
          RETURN pg_catalog.pg_has_role(session_user,
                   (SELECT d.datdba FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database()),
                   'MEMBER');
        END $$""",
        # ------------------------------------------------------------------ bulk loads by the owner
        f"""CREATE OR REPLACE FUNCTION public.ocpm_skip_row_audit() RETURNS void
        LANGUAGE plpgsql {PATH} AS $$
        BEGIN
          IF NOT public.ocpm_is_trusted() THEN
            RAISE EXCEPTION 'only the database owner loads in bulk' USING ERRCODE = '42501';
          END IF;
          INSERT INTO ocpm_private.bulk_load VALUES (pg_catalog.pg_current_xact_id(), pg_catalog.now())
          ON CONFLICT DO NOTHING;
          PERFORM pg_catalog.set_config('ocpm.skip_row_audit', 'on', true);
        END $$""",
        f"""CREATE OR REPLACE FUNCTION public.ocpm_bulk_load() RETURNS boolean
        LANGUAGE sql STABLE {PATH} AS $$
          SELECT EXISTS (SELECT 1 FROM ocpm_private.bulk_load b
                          WHERE b.xact = pg_catalog.pg_current_xact_id_if_assigned())
        $$""",
        # ------------------------------------------------------------------ the audit chain
        f"""CREATE OR REPLACE FUNCTION public.ocpm_audit_chain() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$
        DECLARE
          xact bigint;
          n integer;
          head_id bigint;
          head_hash text;
        BEGIN
          IF NEW.actor IS DISTINCT FROM session_user AND NOT public.ocpm_is_trusted() THEN
            NEW.actor := session_user;  -- nobody writes events in someone else's name
          END IF;
          NEW.occurred_at := date_trunc('microseconds', coalesce(NEW.occurred_at, clock_timestamp()));
          IF current_setting('ocpm.audit_sealing', true) = 'on'
             AND (SELECT s.holder FROM ocpm_private.seal_lock s WHERE s.id = 1) = pg_current_xact_id() THEN
            -- this transaction seals (it holds the seal row until it ends): the event is chained at once
            SELECT a.id, a.hash INTO head_id, head_hash FROM public.audit_events a
             WHERE a.id < {PENDING_ID_BASE} ORDER BY a.id DESC LIMIT 1;
            NEW.id := coalesce(head_id, 0) + 1;
            NEW.prev_hash := coalesce(head_hash, repeat('0', 64));
            NEW.hash := encode(sha256(convert_to(
              NEW.prev_hash || '|' || (NEW.id)::text || '|' ||
              to_char(NEW.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '+00:00' || '|' ||
              NEW.actor || '|' || NEW.action || '|' || NEW.entity || '|' || NEW.entity_id || '|' || NEW.payload,
              'UTF8')), 'hex');
            RETURN NEW;
          END IF;
          -- a pending id: this transaction's id, then its n-th event (a session may reset its counter: that only
          -- makes its own inserts collide and fail)
          xact := pg_current_xact_id()::text::bigint;
          n := greatest(coalesce(nullif(current_setting('ocpm.audit_pending_n', true), '')::integer, 0), 0) + 1;
          IF n >= {PENDING_SPAN} OR xact >= 1099511627776 THEN
            RAISE EXCEPTION 'no pending audit id left (transaction %, event %)', xact, n USING ERRCODE = '54000';
          END IF;
          PERFORM set_config('ocpm.audit_pending_n', n::text, true);
          NEW.id := {PENDING_ID_BASE} + xact * {PENDING_SPAN} + n;
          NEW.prev_hash := NULL;
          NEW.hash := NULL;
          RETURN NEW;
        END $$""",
        f"""CREATE OR REPLACE FUNCTION public.ocpm_audit_immutable() RETURNS trigger
        LANGUAGE plpgsql {PATH} AS $$
        BEGIN
          -- sealing a pending event, with the owner's rights (inside the SECURITY DEFINER sealing functions)
          IF TG_OP = 'UPDATE' AND OLD.id >= {PENDING_ID_BASE} AND OLD.hash IS NULL
             AND NEW.id < {PENDING_ID_BASE} AND NEW.hash IS NOT NULL AND NEW.prev_hash IS NOT NULL
             AND (NEW.occurred_at, NEW.actor, NEW.action, NEW.entity, NEW.entity_id, NEW.payload)
                 = (OLD.occurred_at, OLD.actor, OLD.action, OLD.entity, OLD.entity_id, OLD.payload)
             AND pg_catalog.pg_has_role(current_user,
                   (SELECT d.datdba FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database()),
                   'MEMBER')
          THEN
            RETURN NEW;
          END IF;
          IF public.ocpm_is_trusted() THEN RETURN coalesce(NEW, OLD); END IF;
          RAISE EXCEPTION 'audit events cannot be changed or deleted' USING ERRCODE = '42501';
        END $$""",
        # the one way staff write an event: an action of the fixed set for one of their roles, their own name,
        # the database's clock (the owner may give both: the demo seed writes the past)
        f"""CREATE OR REPLACE FUNCTION public.ocpm_audit(p_action text, p_entity text, p_entity_id text,
            p_payload text, p_actor text DEFAULT NULL, p_occurred_at timestamptz DEFAULT NULL) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$
        DECLARE
          trusted boolean := public.ocpm_is_trusted();
        BEGIN
          IF NOT trusted THEN
            IF NOT EXISTS (SELECT 1 FROM ocpm_private.audit_actions a
                            WHERE a.action = p_action AND a.role = ANY(public.ocpm_session_roles())) THEN
              RAISE EXCEPTION 'audit action % is not one this login writes', p_action USING ERRCODE = '42501';
            END IF;
            p_actor := session_user;
            p_occurred_at := clock_timestamp();
          END IF;
          IF p_payload IS NULL OR pg_catalog.jsonb_typeof(p_payload::jsonb) <> 'object' THEN
            RAISE EXCEPTION 'an audit payload is a JSON object' USING ERRCODE = '22023';
          END IF;
          INSERT INTO public.audit_events (id, occurred_at, actor, action, entity, entity_id, payload)
          VALUES (0, coalesce(p_occurred_at, clock_timestamp()), coalesce(p_actor, session_user), p_action,
                  p_entity, p_entity_id, p_payload);
        END $$""",
        f"""CREATE OR REPLACE FUNCTION public.ocpm_audit_seal_pending(max_events integer, from_base boolean)
        RETURNS integer LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$
        DECLARE
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
          -- the caller holds the seal row (ocpm_private.seal_lock, holder = this transaction) until it ends
          IF (SELECT s.holder FROM ocpm_private.seal_lock s WHERE s.id = 1) IS DISTINCT FROM pg_current_xact_id()
          THEN
            RAISE EXCEPTION 'the audit chain is sealed under the seal lock only' USING ERRCODE = '55P03';
          END IF;
          PERFORM set_config('ocpm.audit_sealing', 'on', true);
          SELECT last_value INTO hint FROM public.ocpm_audit_seal_hint;
          settled := xmin8;
          IF xmax8 - xmin8 > {PROBE_LAG} AND hint < {PENDING_ID_BASE} + (xmax8 - {PROBE_LAG}) * {PENDING_SPAN} THEN
            SELECT last_value INTO probe FROM public.ocpm_audit_seal_probe;
            IF xmax8 - probe >= {PROBE_LAG} THEN
              PERFORM setval('public.ocpm_audit_seal_probe', xmax8);
              SELECT min(xmax8 + (((t.transactionid::text::bigint - (xmax8 & 4294967295)) + 2147483648)
                                  & 4294967295) - 2147483648)
                INTO local_min
                FROM pg_catalog.pg_locks t
               WHERE t.locktype = 'transactionid'
                 AND EXISTS (SELECT 1 FROM pg_catalog.pg_locks l
                              WHERE l.virtualtransaction = t.virtualtransaction AND l.locktype = 'relation'
                                AND l.database = (SELECT d.oid FROM pg_catalog.pg_database d
                                                   WHERE d.datname = current_database()));
              settled := greatest(xmin8, least(coalesce(local_min, xmax8), xmax8));
            END IF;
          END IF;
          SELECT a.id, a.hash INTO head_id, prev FROM public.audit_events a
           WHERE a.id < {PENDING_ID_BASE} ORDER BY a.id DESC LIMIT 1;
          next_id := coalesce(head_id, 0);
          prev := coalesce(prev, repeat('0', 64));
          IF (SELECT last_value FROM public.ocpm_audit_seal_head) > next_id
             OR hint > {PENDING_ID_BASE} + xmax8 * {PENDING_SPAN} THEN
            hint := {PENDING_ID_BASE};
          END IF;
          start_at := CASE WHEN from_base THEN {PENDING_ID_BASE} ELSE hint END;
          FOR r IN SELECT a.id, a.occurred_at, a.actor, a.action, a.entity, a.entity_id, a.payload
                     FROM public.audit_events a WHERE a.id >= start_at ORDER BY a.id LIMIT max_events LOOP
            n := n + 1;
            h := {hash_expr};
            UPDATE public.audit_events SET id = next_id + n, prev_hash = prev, hash = h WHERE id = r.id;
            prev := h;
            last_pending := r.id;
          END LOOP;
          new_hint := {PENDING_ID_BASE} + settled * {PENDING_SPAN};
          IF n = max_events THEN
            new_hint := least(new_hint, last_pending + 1);
          END IF;
          new_hint := greatest(new_hint, hint);
          IF new_hint <> hint OR n > 0 THEN
            PERFORM setval('public.ocpm_audit_seal_hint', new_hint);
            PERFORM setval('public.ocpm_audit_seal_head', next_id + n);
          END IF;
          RETURN n;
        END $$""",
        # the seal lock: a row no staff role can read, lock or wait on
        f"""CREATE OR REPLACE FUNCTION public.ocpm_take_seal_lock(wait boolean) RETURNS boolean
        LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$
        BEGIN
          IF current_setting('transaction_isolation') <> 'read committed' THEN
            RAISE EXCEPTION 'the audit chain is sealed in READ COMMITTED transactions only' USING ERRCODE = '25000';
          END IF;
          IF wait THEN
            PERFORM 1 FROM ocpm_private.seal_lock s WHERE s.id = 1 FOR UPDATE;
          ELSE
            PERFORM 1 FROM ocpm_private.seal_lock s WHERE s.id = 1 FOR UPDATE SKIP LOCKED;
            IF NOT FOUND THEN RETURN false; END IF;
          END IF;
          UPDATE ocpm_private.seal_lock SET holder = pg_current_xact_id(), sealed_at = clock_timestamp()
           WHERE id = 1;
          RETURN true;
        END $$""",
        # sealing on demand, waiting for the seal lock, from the base; in the background, from the hint, not waiting
        _sealing_call("ocpm_seal_audit", "PERFORM public.ocpm_take_seal_lock(true);", "true"),
        _sealing_call("ocpm_try_seal_audit", """IF NOT public.ocpm_take_seal_lock(false) THEN
            RETURN NULL;  -- another transaction is sealing
          END IF;""", "false"),
        # ------------------------------------------------------------------ the reaper
        f"""CREATE OR REPLACE FUNCTION public.ocpm_reaper_ready() RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER {PATH} AS $$
          SELECT pg_catalog.pg_has_role(current_user, 'pg_signal_backend', 'USAGE')
             AND pg_catalog.pg_has_role(current_user, 'pg_read_all_stats', 'USAGE')
        $$""",
        f"""CREATE OR REPLACE FUNCTION public.ocpm_reap_sessions(force boolean DEFAULT false) RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$
        DECLARE
          me_db oid := (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = current_database());
          owner_oid oid := (SELECT d.datdba FROM pg_catalog.pg_database d WHERE d.datname = current_database());
          seal_xid xid;
          limits record;
          victim record;
          n integer := 0;
          now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
        BEGIN
          IF NOT public.ocpm_reaper_ready() THEN
            RETURN NULL;  -- the DBA has not granted pg_signal_backend and pg_read_all_stats to the owner
          END IF;
          SELECT r.idle_limit, r.seal_hold_limit, r.every INTO limits FROM ocpm_private.reaper r WHERE r.id = 1;
          IF NOT force AND now_ms - (SELECT c.last_value FROM ocpm_private.reaper_clock c)
                           < (extract(epoch FROM limits.every) * 1000)::bigint THEN
            RETURN 0;  -- reaped a moment ago
          END IF;
          PERFORM setval('ocpm_private.reaper_clock', now_ms);
          SELECT s.xmax INTO seal_xid FROM ocpm_private.seal_lock s WHERE s.id = 1;
          FOR victim IN
            SELECT a.pid FROM pg_catalog.pg_stat_activity a
             WHERE a.datid = me_db AND a.pid <> pg_catalog.pg_backend_pid() AND a.backend_type = 'client backend'
               AND NOT pg_catalog.pg_has_role(a.usesysid, owner_oid, 'MEMBER')
               AND EXISTS (SELECT 1 FROM pg_catalog.pg_roles g WHERE g.rolname IN ({group_list})
                            AND pg_catalog.pg_has_role(a.usesysid, g.oid, 'MEMBER'))
               AND (
                 -- a whole-table lock the application never takes
                 EXISTS (SELECT 1 FROM pg_catalog.pg_locks l
                          WHERE l.pid = a.pid AND l.locktype = 'relation' AND l.database = me_db AND l.granted
                            AND l.mode NOT IN ('AccessShareLock', 'RowShareLock', 'RowExclusiveLock'))
                 -- the seal lock kept in an open transaction
                 OR (a.backend_xid = seal_xid AND seal_xid <> '0'::xid
                     AND a.state LIKE 'idle in transaction%'
                     AND a.state_change < clock_timestamp() - limits.seal_hold_limit)
                 -- idle in a transaction for a minute
                 OR (a.state LIKE 'idle in transaction%'
                     AND a.state_change < clock_timestamp() - limits.idle_limit)
                 -- a transaction a minute old that another session waits for
                 OR (a.xact_start < clock_timestamp() - limits.idle_limit
                     AND EXISTS (SELECT 1 FROM pg_catalog.pg_stat_activity w
                                  WHERE w.datid = me_db AND a.pid = ANY(pg_catalog.pg_blocking_pids(w.pid))))
               )
          LOOP
            IF pg_catalog.pg_terminate_backend(victim.pid) THEN
              n := n + 1;
            END IF;
          END LOOP;
          IF n > 0 THEN
            PERFORM setval('ocpm_private.reaped', (SELECT c.last_value FROM ocpm_private.reaped c) + n);
          END IF;
          RETURN n;
        END $$""",
    ]


#: What every row check does first: the owner is trusted; for staff, who is acting and with which roles.
_CHECK_HEAD = f"""LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$
        DECLARE
          me text := session_user;
          roles text[];
          o record;
        BEGIN
          IF public.ocpm_is_trusted() THEN RETURN coalesce(NEW, OLD); END IF;
          roles := public.ocpm_session_roles();"""


def _row_check(function: str, table: str, events: str, body: str) -> list[str]:
    """The row check ``function`` (``_CHECK_HEAD``, then ``body`` up to its last ``RETURN``) as a ``BEFORE`` trigger of
    the same name on ``table`` (replaced if it exists)."""
    return [f"CREATE OR REPLACE FUNCTION public.{function}() RETURNS trigger {_CHECK_HEAD}{body}\n        END $$",
            f"DROP TRIGGER IF EXISTS {function} ON {table}",
            f"CREATE TRIGGER {function} BEFORE {events} ON {table} FOR EACH ROW EXECUTE FUNCTION public.{function}()"]


def _stamp_or_keep(column: str) -> str:
    """PL/pgSQL: this session and now stamped into ``<column>_by`` and ``<column>_at``, or (``ELSE``) both kept."""
    return f"""NEW.{column}_by := me;
            NEW.{column}_at := now();
          ELSE
            NEW.{column}_by := OLD.{column}_by;
            NEW.{column}_at := OLD.{column}_at;"""


def _tables(p: str) -> list[str]:
    """The row checks: one ``BEFORE`` trigger per table a staff role writes (the owner is trusted)."""
    assigned = _sql_list(sorted(s.value for s in ASSIGNED_STATUSES))
    # an order this session works: its assignee, or any supervisor (who may take over any case)
    works = "(o.assigned_to = me OR 'supervisor' = ANY(roles))"
    # the order was changed earlier in this very transaction (the use case that moved it writes its documents)
    moved_here = "(o.updated_by = me AND o.updated_at = now())"  # stamped by ocpm_check_order for staff
    # the case is being worked: under review or on hold, or proposed for refusal by this very transaction
    in_case = f"(o.status IN ('in_review', 'on_hold') OR (o.status = 'refusal_proposed' AND {moved_here}))"
    deny = "USING ERRCODE = '42501'"
    stmts = [
        "INSERT INTO ocpm_private.audit_actions (action, role) VALUES ('-', '-') ON CONFLICT DO NOTHING",
        "DELETE FROM ocpm_private.audit_actions WHERE action = '-'",
        """CREATE TABLE IF NOT EXISTS ocpm_private.history_actions (
             action text NOT NULL, role text NOT NULL, PRIMARY KEY (action, role))""",
        "DELETE FROM ocpm_private.history_actions",
        "INSERT INTO ocpm_private.history_actions (action, role) VALUES "
        + ", ".join(f"('{action}', '{role}')" for action, roles in sorted(HISTORY_ACTIONS.items())
                    for role in sorted(roles)),
        # ------------------------------------------------------------------ orders
        *_row_check("ocpm_check_order", "orders", "INSERT OR UPDATE", f"""
          IF TG_OP = 'INSERT' THEN
            SELECT t.outcome INTO o FROM public.lifecycle_transitions t
             WHERE t.from_status IS NULL AND t.to_status = NEW.status AND t.role = ANY(roles) LIMIT 1;
            IF NOT FOUND THEN
              RAISE EXCEPTION 'a new order cannot start as % for %', NEW.status, me {deny};
            END IF;
            IF NEW.assigned_to IS NOT NULL OR NEW.hold_reason IS NOT NULL OR NEW.hold_until IS NOT NULL THEN
              RAISE EXCEPTION 'a new order has no assignee and no hold' {deny};
            END IF;
            NEW.outcome := o.outcome;
            NEW.updated_by := me;
            NEW.updated_at := now();
            RETURN NEW;
          END IF;
          NEW.version := OLD.version + 1;  -- every change is seen by whoever quotes the version they read
          IF {_changed(PAYMENT_COLUMNS)} AND OLD.status <> 'awaiting_payment' THEN
            RAISE EXCEPTION 'order %: the payment is recorded once, while the order awaits it', OLD.reference
              {deny};
          END IF;
          IF NEW.status IS DISTINCT FROM OLD.status THEN
            IF NOT EXISTS (
              SELECT 1 FROM public.lifecycle_transitions t
               WHERE t.from_status = OLD.status AND t.to_status = NEW.status AND t.role = ANY(roles)
                 AND CASE t.qualifier
                       WHEN 'any' THEN true
                       WHEN 'self' THEN NEW.assigned_to IS NOT DISTINCT FROM me
                       WHEN 'assignee' THEN OLD.assigned_to IS NOT DISTINCT FROM me
                       WHEN 'not_author' THEN EXISTS (
                         SELECT 1 FROM public.decisions d
                          WHERE d.order_id = OLD.id AND d.status = 'proposed' AND d.author <> me
                            AND d.id = (SELECT max(d2.id) FROM public.decisions d2
                                         WHERE d2.order_id = OLD.id AND d2.status = 'proposed'))
                       ELSE false END) THEN
              RAISE EXCEPTION '% may not move order % from % to %', me, OLD.reference, OLD.status, NEW.status
                {deny};
            END IF;
            SELECT t.outcome INTO NEW.outcome FROM public.lifecycle_transitions t
             WHERE t.from_status = OLD.status AND t.to_status = NEW.status AND t.outcome IS NOT NULL LIMIT 1;
            NEW.outcome := coalesce(NEW.outcome, OLD.outcome);
            IF NEW.status IN ({assigned}) THEN
              IF NEW.assigned_to IS NULL
                 OR (NEW.assigned_to IS DISTINCT FROM OLD.assigned_to AND NEW.assigned_to <> me
                     AND NOT 'supervisor' = ANY(roles)) THEN
                RAISE EXCEPTION 'order %: only a supervisor gives a case to someone else', OLD.reference {deny};
              END IF;
            ELSIF NEW.assigned_to IS NOT NULL THEN
              RAISE EXCEPTION 'order % has no assignee once it leaves the case work', OLD.reference {deny};
            END IF;
            IF {_changed(ADDRESS_COLUMNS)} AND NOT (OLD.status = 'returned' AND NEW.status = 'ready_to_ship') THEN
              RAISE EXCEPTION 'order %: the address is corrected only to send a returned item again',
                OLD.reference {deny};
            END IF;
          ELSE
            IF NEW.outcome IS DISTINCT FROM OLD.outcome THEN
              RAISE EXCEPTION 'the outcome of order % follows its status only', OLD.reference {deny};
            END IF;
            IF {_changed(HOLD_COLUMNS)} OR {_changed(ADDRESS_COLUMNS)} THEN
              RAISE EXCEPTION 'order %: the hold and the address change with a step of the lifecycle only',
                OLD.reference {deny};
            END IF;
            IF NEW.assigned_to IS DISTINCT FROM OLD.assigned_to THEN
              IF NOT 'supervisor' = ANY(roles) OR OLD.status NOT IN ({assigned}) OR NOT EXISTS (
                   SELECT 1 FROM public.staff s JOIN public.staff_roles r ON r.username = s.username
                    WHERE s.username = NEW.assigned_to AND s.active AND r.role IN ('caseworker', 'supervisor'))
              THEN
                RAISE EXCEPTION 'only a supervisor reassigns order %, to an active caseworker', OLD.reference
                  {deny};
              END IF;
            ELSIF NOT ('supervisor' = ANY(roles) OR OLD.assigned_to = me
                       OR ('caseworker' = ANY(roles) AND OLD.status IN ('shipped', 'delivered'))) THEN
              RAISE EXCEPTION '% does not work order %', me, OLD.reference {deny};
            END IF;
          END IF;
          NEW.updated_by := me;
          NEW.updated_at := now();
          RETURN NEW;"""),
        # ------------------------------------------------------------------ history lines
        *_row_check("ocpm_check_order_event", "order_events", "INSERT", f"""
          -- a step of the lifecycle is checked against the transition table below; the other lines here
          IF (NEW.to_status IS NULL OR NEW.action = 'reassign') AND NOT EXISTS (
               SELECT 1 FROM ocpm_private.history_actions h WHERE h.action = NEW.action AND h.role = ANY(roles)) THEN
            RAISE EXCEPTION 'history line % is not one this login writes', NEW.action {deny};
          END IF;
          SELECT x.status, x.assigned_to INTO o FROM public.orders x WHERE x.id = NEW.order_id;
          IF NEW.from_status IS NULL AND NEW.to_status IS NOT NULL THEN
            -- a new order (intake): its first line (the order may have taken its next step in the same batch)
            IF (NEW.to_status IS DISTINCT FROM o.status AND NOT EXISTS (
                  SELECT 1 FROM public.lifecycle_transitions t WHERE t.from_status = NEW.to_status
                     AND t.to_status = o.status AND t.role = ANY(roles))) OR NOT EXISTS (
                 SELECT 1 FROM public.lifecycle_transitions t WHERE t.from_status IS NULL
                    AND t.to_status = NEW.to_status AND t.action = NEW.action AND t.role = ANY(roles)) THEN
              RAISE EXCEPTION 'history line % does not match the order', NEW.action {deny};
            END IF;
          ELSIF NEW.to_status IS NOT NULL AND NEW.action = 'reassign' THEN
            IF NEW.from_status IS DISTINCT FROM o.status OR NEW.to_status IS DISTINCT FROM o.status THEN
              RAISE EXCEPTION 'history line % does not match the order', NEW.action {deny};
            END IF;
          ELSIF NEW.to_status IS NOT NULL THEN
            -- a step of the lifecycle this login may take, written beside it (the order is at one end of it)
            IF o.status NOT IN (NEW.from_status, NEW.to_status) OR NOT EXISTS (
                 SELECT 1 FROM public.lifecycle_transitions t WHERE t.from_status = NEW.from_status
                    AND t.to_status = NEW.to_status AND t.action = NEW.action AND t.role = ANY(roles)) THEN
              RAISE EXCEPTION 'history line % does not match the order', NEW.action {deny};
            END IF;
          ELSIF NEW.from_status IS NOT NULL THEN
            RAISE EXCEPTION 'history line % does not match the order', NEW.action {deny};
          ELSIF NOT ('supervisor' = ANY(roles) OR o.assigned_to = me
                     OR (NEW.action = 'correction_recorded' AND o.status IN ('shipped', 'delivered'))) THEN
            RAISE EXCEPTION '% does not work order %', me, NEW.order_id {deny};
          END IF;
          NEW.actor := me;
          NEW.occurred_at := now();
          RETURN NEW;"""),
        # at commit: a history line goes with a change of its order made by the same login in the same transaction
        # (the claim writes both in one statement, whose parts cannot see each other: hence deferred)
        f"""CREATE OR REPLACE FUNCTION public.ocpm_order_event_moved() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$
        DECLARE
          me text := session_user;
          o record;
        BEGIN
          IF public.ocpm_is_trusted() THEN RETURN NULL; END IF;
          SELECT x.updated_by, x.updated_at INTO o FROM public.orders x WHERE x.id = NEW.order_id;
          IF NOT {moved_here} THEN
            RAISE EXCEPTION 'a history line goes with a change of order %', NEW.order_id {deny};
          END IF;
          RETURN NULL;
        END $$""",
        "DROP TRIGGER IF EXISTS ocpm_order_event_moved ON order_events",
        """CREATE CONSTRAINT TRIGGER ocpm_order_event_moved AFTER INSERT ON order_events
           DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.ocpm_order_event_moved()""",
        # ------------------------------------------------------------------ conditions
        *_row_check("ocpm_check_condition_result", "condition_results", "INSERT OR UPDATE", f"""
          SELECT x.status, x.assigned_to INTO o FROM public.orders x WHERE x.id = NEW.order_id;
          IF o.status IS DISTINCT FROM 'in_review' OR NOT {works} THEN
            RAISE EXCEPTION '% does not review order %', me, NEW.order_id {deny};
          END IF;
          IF TG_OP = 'UPDATE' AND (NEW.order_id <> OLD.order_id OR NEW.rule_id <> OLD.rule_id) THEN
            RAISE EXCEPTION 'a condition result stays with its order and rule' {deny};
          END IF;
          IF TG_OP = 'INSERT' OR NEW.result IS DISTINCT FROM OLD.result OR NEW.evidence IS DISTINCT FROM OLD.evidence
          THEN
            {_stamp_or_keep("evaluated")}
          END IF;
          IF NEW.override_result IS NULL THEN
            NEW.override_justification := NULL;
            NEW.overridden_by := NULL;
            NEW.overridden_at := NULL;
          ELSIF TG_OP = 'INSERT' OR NEW.override_result IS DISTINCT FROM OLD.override_result
                OR NEW.override_justification IS DISTINCT FROM OLD.override_justification THEN
            IF length(coalesce(NEW.override_justification, '')) < 10 THEN
              RAISE EXCEPTION 'an override is justified in writing' USING ERRCODE = '23514';
            END IF;
            {_stamp_or_keep("overridden")}
          END IF;
          RETURN NEW;"""),
        # ------------------------------------------------------------------ hearings
        *_row_check("ocpm_check_hearing", "hearings", "INSERT OR UPDATE", f"""
          SELECT x.status, x.assigned_to INTO o FROM public.orders x
           WHERE x.id = CASE WHEN TG_OP = 'INSERT' THEN NEW.order_id ELSE OLD.order_id END;
          IF o.status NOT IN ('in_review', 'on_hold') OR NOT {works} THEN
            RAISE EXCEPTION '% does not work order %', me, NEW.order_id {deny};
          END IF;
          IF TG_OP = 'INSERT' THEN
            IF NEW.answer IS NOT NULL OR NEW.answered_on IS NOT NULL THEN
              RAISE EXCEPTION 'a hearing is recorded before its answer' {deny};
            END IF;
            IF NEW.mode = 'letter' AND NOT EXISTS (
                 SELECT 1 FROM public.documents d WHERE d.id = NEW.document_id AND d.order_id = NEW.order_id
                    AND d.kind = 'hearing_letter') THEN
              RAISE EXCEPTION 'a hearing letter belongs to its order' {deny};
            END IF;
            NEW.recorded_by := me;
            NEW.recorded_at := now();
            NEW.answer_recorded_by := NULL;
            NEW.answer_recorded_at := NULL;
            RETURN NEW;
          END IF;
          IF OLD.mode <> 'letter' OR OLD.answer_recorded_at IS NOT NULL THEN
            RAISE EXCEPTION 'the answer to a hearing letter is recorded once' {deny};
          END IF;
          IF NEW.answered_on > current_date + 1 THEN
            RAISE EXCEPTION 'an answer is not received in the future' USING ERRCODE = '23514';
          END IF;
          NEW.answer_recorded_by := me;
          NEW.answer_recorded_at := now();
          RETURN NEW;"""),
        # ------------------------------------------------------------------ documents
        *_row_check("ocpm_check_document", "documents", "INSERT OR UPDATE", f"""
          IF TG_OP = 'UPDATE' THEN  -- the mail room marks what it printed
            NEW.printed_by := me;
            NEW.printed_at := now();
            RETURN NEW;
          END IF;
          SELECT x.status, x.assigned_to, x.updated_by, x.updated_at INTO o
            FROM public.orders x WHERE x.id = NEW.order_id;
          IF NOT (
               (NEW.kind = 'hearing_letter' AND {works}
                AND (o.status = 'in_review' OR (o.status = 'on_hold' AND {moved_here})))
               OR (NEW.kind = 'attestation' AND o.status = 'approved' AND {moved_here})) THEN
            RAISE EXCEPTION '% may not add a % to order %', me, NEW.kind, NEW.order_id {deny};
          END IF;
          IF NEW.sha256 IS DISTINCT FROM encode(sha256(NEW.pdf), 'hex') THEN
            RAISE EXCEPTION 'a document is stored with the SHA-256 of its PDF' USING ERRCODE = '23514';
          END IF;
          NEW.created_by := me;
          NEW.created_at := now();
          NEW.printed_by := NULL;
          NEW.printed_at := NULL;
          RETURN NEW;"""),
        # ------------------------------------------------------------------ decisions: their own lifecycle
        *_row_check("ocpm_check_decision", "decisions", "INSERT OR UPDATE", f"""
          SELECT x.status, x.assigned_to, x.updated_by, x.updated_at INTO o FROM public.orders x
           WHERE x.id = CASE WHEN TG_OP = 'INSERT' THEN NEW.order_id ELSE OLD.order_id END;
          IF TG_OP = 'INSERT' THEN
            IF NEW.author IS DISTINCT FROM me OR NEW.status <> 'draft' OR NEW.approver IS NOT NULL
               OR NEW.pdf IS NOT NULL OR NEW.pdf_sha256 IS NOT NULL OR NEW.number IS NOT NULL
               OR NEW.return_comment IS NOT NULL OR NEW.decided_at IS NOT NULL OR NEW.proposed_at IS NOT NULL THEN
              RAISE EXCEPTION 'a refusal starts as its author''s draft, without approver, number or PDF' {deny};
            END IF;
            IF NOT {in_case} OR NOT {works} THEN
              RAISE EXCEPTION '% does not work order %', me, NEW.order_id {deny};
            END IF;
            NEW.updated_at := now();
            RETURN NEW;
          END IF;
          IF NEW.id <> OLD.id OR NEW.order_id <> OLD.order_id OR NEW.author IS DISTINCT FROM OLD.author THEN
            RAISE EXCEPTION 'a decision keeps its order and its author' {deny};
          END IF;
          IF OLD.status IN ('issued', 'returned', 'withdrawn') THEN
            RAISE EXCEPTION 'decision % is %: it cannot change', coalesce(OLD.number, OLD.id::text), OLD.status
              {deny};
          END IF;
          IF OLD.status = 'proposed' AND (NEW.content IS DISTINCT FROM OLD.content
               OR NEW.content_sha256 IS DISTINCT FROM OLD.content_sha256 OR NEW.hearing IS DISTINCT FROM OLD.hearing
               OR NEW.hearing_note IS DISTINCT FROM OLD.hearing_note
               OR NEW.proposed_at IS DISTINCT FROM OLD.proposed_at) THEN
            RAISE EXCEPTION 'a proposal is read and signed as it was submitted' {deny};
          END IF;
          IF NEW.status NOT IN ('issued') AND (NEW.approver IS NOT NULL OR NEW.pdf IS NOT NULL
               OR NEW.pdf_sha256 IS NOT NULL OR NEW.number IS NOT NULL) THEN
            RAISE EXCEPTION 'only an approval gives a decision its approver, number and PDF' {deny};
          END IF;
          IF NEW.content_sha256 IS DISTINCT FROM encode(sha256(convert_to(NEW.content, 'UTF8')), 'hex') THEN
            RAISE EXCEPTION 'a decision is stored with the SHA-256 of its content' USING ERRCODE = '23514';
          END IF;
          IF OLD.status = 'draft' AND NEW.status IN ('draft', 'proposed') THEN
            IF OLD.author <> me OR NOT {in_case} OR NOT {works} THEN
              RAISE EXCEPTION 'only its author, working the case, changes or submits a draft' {deny};
            END IF;
            IF NEW.return_comment IS NOT NULL OR NEW.decided_at IS NOT NULL THEN
              RAISE EXCEPTION 'a draft has no return nor decision yet' {deny};
            END IF;
            IF NEW.status = 'proposed' THEN
              NEW.proposed_at := now();
            END IF;
          ELSIF NEW.status = 'withdrawn' THEN
            -- the case is decided otherwise (approved, withdrawn) or taken over by whoever works it now
            IF NOT roles && ARRAY['caseworker', 'supervisor'] THEN
              RAISE EXCEPTION '% may not withdraw decision %', me, OLD.id {deny};
            END IF;
            IF OLD.status = 'proposed' AND o.status IS DISTINCT FROM 'withdrawn' THEN
              RAISE EXCEPTION 'a proposal is withdrawn with its order only' {deny};
            END IF;
          ELSIF OLD.status = 'proposed' AND NEW.status IN ('returned', 'issued') THEN
            IF NOT 'supervisor' = ANY(roles) OR OLD.author = me THEN
              RAISE EXCEPTION 'a refusal is decided by a supervisor other than its author' {deny};
            END IF;
            IF o.status NOT IN ('refusal_proposed', 'refused', 'in_review') THEN
              RAISE EXCEPTION 'decision %: its order is no longer proposed for refusal', OLD.id {deny};
            END IF;
            IF EXISTS (SELECT 1 FROM public.decisions d WHERE d.order_id = OLD.order_id AND d.id > OLD.id
                          AND d.status <> 'withdrawn') THEN
              RAISE EXCEPTION 'decision %: a later version of the refusal exists', OLD.id {deny};
            END IF;
            NEW.decided_at := now();
            IF NEW.status = 'returned' THEN
              IF length(coalesce(NEW.return_comment, '')) < 10 OR NEW.approver IS NOT NULL THEN
                RAISE EXCEPTION 'a returned proposal carries its comment and no approver' {deny};
              END IF;
            ELSE
              IF NEW.approver IS DISTINCT FROM me OR NEW.return_comment IS NOT NULL THEN
                RAISE EXCEPTION 'a refusal is approved by a supervisor other than its author, in their own name'
                  {deny};
              END IF;
              IF NEW.number IS NULL OR NEW.pdf IS NULL
                 OR NEW.pdf_sha256 IS DISTINCT FROM encode(sha256(NEW.pdf), 'hex') THEN
                RAISE EXCEPTION 'decision %: the hashes do not match the approved content and its PDF', NEW.number
                  {deny};
              END IF;
            END IF;
          ELSIF NEW.status IS DISTINCT FROM OLD.status OR NEW IS DISTINCT FROM OLD THEN
            RAISE EXCEPTION 'decision % cannot go from % to %', OLD.id, OLD.status, NEW.status {deny};
          END IF;
          IF NEW.approver IS NOT NULL AND NEW.approver = NEW.author THEN
            RAISE EXCEPTION 'a refusal is never approved by its author' {deny};
          END IF;
          NEW.updated_at := now();
          RETURN NEW;"""),
        *_row_check("ocpm_check_decision_grounds", "decision_grounds", "INSERT OR UPDATE OR DELETE", f"""
          SELECT d.status, d.author, d.approver, d.number, d.id INTO o FROM public.decisions d
           WHERE d.id = coalesce(NEW.decision_id, OLD.decision_id);
          IF TG_OP = 'UPDATE' AND NEW.decision_id <> OLD.decision_id THEN
            RAISE EXCEPTION 'a ground stays with its decision' {deny};
          END IF;
          IF o.status <> 'draft' AND NOT (TG_OP = 'INSERT' AND o.status = 'proposed' AND o.author = me
                                          AND o.approver IS NULL) THEN
            RAISE EXCEPTION 'the grounds of decision % (%) cannot change', coalesce(o.number, o.id::text), o.status
              {deny};
          END IF;
          IF o.author <> me THEN
            RAISE EXCEPTION 'only the author chooses the grounds of a refusal' {deny};
          END IF;
          RETURN coalesce(NEW, OLD);"""),
        # ------------------------------------------------------------------ the mail room
        *_row_check("ocpm_check_shipment", "shipments", "INSERT OR UPDATE", f"""
          IF TG_OP = 'INSERT' THEN
            SELECT x.status, x.updated_by, x.updated_at INTO o FROM public.orders x WHERE x.id = NEW.order_id;
            IF NEW.status <> 'shipped' OR NEW.return_reason IS NOT NULL OR NEW.delivered_on IS NOT NULL
               OR NEW.notified_on IS NOT NULL OR NEW.first_attempt_on IS NOT NULL OR NEW.deposit_list_id IS NOT NULL
            THEN
              RAISE EXCEPTION 'a shipment starts as shipped, with nothing delivered nor returned' {deny};
            END IF;
            IF NOT (NEW.content = 'hearing_letter' OR o.status = 'ready_to_ship'
                    OR (o.status = 'shipped' AND {moved_here})) THEN
              RAISE EXCEPTION 'order % is not ready to ship', NEW.order_id {deny};
            END IF;
            NEW.shipped_by := me;
            NEW.shipped_at := now();
            RETURN NEW;
          END IF;
          IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
               (OLD.status = 'shipped' AND NEW.status IN ('delivered', 'returned'))
               OR (OLD.status = 'delivered' AND NEW.status = 'returned' AND 'mailroom' = ANY(roles))) THEN
            RAISE EXCEPTION 'shipment % cannot go from % to %', OLD.id, OLD.status, NEW.status {deny};
          END IF;
          IF NEW.status = 'returned' AND NOT 'mailroom' = ANY(roles) THEN
            RAISE EXCEPTION 'the mail room records returned envelopes' {deny};
          END IF;
          IF (OLD.delivered_on IS NOT NULL AND NEW.delivered_on IS DISTINCT FROM OLD.delivered_on)
             OR (OLD.first_attempt_on IS NOT NULL AND NEW.first_attempt_on IS DISTINCT FROM OLD.first_attempt_on)
             OR (OLD.notified_on IS NOT NULL AND NEW.notified_on IS DISTINCT FROM OLD.notified_on)
             OR (OLD.deposit_list_id IS NOT NULL AND NEW.deposit_list_id IS DISTINCT FROM OLD.deposit_list_id)
             OR (OLD.return_reason IS NOT NULL AND NEW.return_reason IS DISTINCT FROM OLD.return_reason) THEN
            RAISE EXCEPTION 'shipment %: what was recorded stays recorded', OLD.id {deny};
          END IF;
          IF NEW.delivered_on IS NOT NULL AND OLD.delivered_on IS NULL AND NEW.status <> 'delivered' THEN
            RAISE EXCEPTION 'shipment %: a delivery date comes with the delivery', OLD.id {deny};
          END IF;
          IF NEW.return_reason IS NOT NULL AND OLD.return_reason IS NULL AND NEW.status <> 'returned' THEN
            RAISE EXCEPTION 'shipment %: a return reason comes with the return', OLD.id {deny};
          END IF;
          IF NEW.delivered_on < OLD.shipped_at::date OR NEW.delivered_on > current_date + 1
             OR NEW.first_attempt_on < OLD.shipped_at::date OR NEW.first_attempt_on > current_date + 1
             OR NEW.notified_on < OLD.shipped_at::date THEN
            RAISE EXCEPTION 'shipment %: a date between its shipping and today', OLD.id USING ERRCODE = '23514';
          END IF;
          RETURN NEW;"""),
        *_row_check("ocpm_check_tracking_event", "tracking_events", "INSERT", f"""
          IF NOT EXISTS (SELECT 1 FROM public.shipments s WHERE s.id = NEW.shipment_id
                          AND s.item_number = NEW.item_number) THEN
            RAISE EXCEPTION 'a tracking event names its shipment''s item number' {deny};
          END IF;
          NEW.recorded_by := me;
          RETURN NEW;"""),
        *_row_check("ocpm_check_deposit_list", "deposit_lists", "INSERT", """
          IF NEW.sha256 IS DISTINCT FROM encode(sha256(NEW.pdf), 'hex') THEN
            RAISE EXCEPTION 'a deposit list is stored with the SHA-256 of its PDF' USING ERRCODE = '23514';
          END IF;
          NEW.created_by := me;
          NEW.created_at := now();
          RETURN NEW;"""),
        *_row_check("ocpm_check_correction", "correction_requests", "INSERT", f"""
          SELECT x.status, x.updated_by, x.updated_at INTO o FROM public.orders x WHERE x.id = NEW.order_id;
          IF NOT (o.status IN ('shipped', 'delivered') OR (o.status = 'approved' AND {moved_here})) THEN
            RAISE EXCEPTION 'a correction is requested on a shipped or delivered order' {deny};
          END IF;
          NEW.recorded_by := me;
          NEW.recorded_at := now();
          RETURN NEW;"""),
        *_row_check("ocpm_check_quarantine", "import_quarantine", "INSERT OR UPDATE", f"""
          IF TG_OP = 'INSERT' THEN
            NEW.received_at := now();
            NEW.resolved_at := NULL;
            NEW.resolved_by := NULL;
            NEW.resolution_note := NULL;
            RETURN NEW;
          END IF;
          IF OLD.resolved_at IS NOT NULL THEN
            RAISE EXCEPTION 'quarantine line % is resolved already', OLD.id {deny};
          END IF;
          NEW.resolved_by := me;
          NEW.resolved_at := now();
          RETURN NEW;"""),
    ]
    return stmts


#: Tables whose row changes the database chains into the audit trail itself (``row.insert|update|delete``).
ROW_AUDITED = ("decisions", "shipments", "hearings", "condition_results", "documents", "tracking_events",
               "deposit_lists", "correction_requests", "import_quarantine")


def _row_audit_0007() -> str:
    """``ocpm_row_audit`` as 0007 left it (0010's cheaper one is not kept), at this file's indentation, with the
    names schema-qualified, the hardened search_path and the owner's bulk-load test."""
    text = revision_module("0007_seal_off_commit")._row_audit_pending()
    return edited(
        reindented(text.removeprefix("\n"), "", " " * 8),
        ("FUNCTION ocpm_row_audit()", "FUNCTION public.ocpm_row_audit()"),
        ("SET search_path = public, pg_catalog AS", f"{PATH} AS"),
        ("""AND ocpm_is_trusted() THEN
            RETURN NULL;  -- bulk loads by the database owner (demo seed) write one summary event instead""",
         """AND public.ocpm_bulk_load() THEN
            RETURN NULL;  -- a bulk load by the database owner (demo seed) writes one summary event instead"""),
        ("            FROM jsonb_each(to_jsonb(NEW)) n", "              FROM jsonb_each(to_jsonb(NEW)) n"),
        ("INSERT INTO audit_events", "INSERT INTO public.audit_events"),
        what="0007's ocpm_row_audit")


def _row_audit() -> list[str]:
    skip = """IF current_setting('ocpm.skip_row_audit', true) = 'on' AND public.ocpm_bulk_load() THEN
            RETURN NULL;  -- a bulk load by the database owner (demo seed) writes one summary event instead
          END IF;"""
    stmts = [
        _row_audit_0007(),
        f"""CREATE OR REPLACE FUNCTION public.ocpm_row_audit_inserted() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$
        BEGIN
          {skip}
          INSERT INTO public.audit_events (occurred_at, actor, action, entity, entity_id, payload)
          SELECT clock_timestamp(), session_user, 'row.insert', TG_TABLE_NAME, n.id::text,
                 jsonb_build_object('status', n.status)::text
            FROM new_rows n ORDER BY n.id;
          RETURN NULL;
        END $$""",
    ]
    for table in ROW_AUDITED:
        stmts += [
            f"DROP TRIGGER IF EXISTS ocpm_row_audit ON {table}",
            f"""CREATE CONSTRAINT TRIGGER ocpm_row_audit AFTER INSERT OR UPDATE OR DELETE ON {table}
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.ocpm_row_audit()""",
        ]
    return stmts


#: What each group may write, column by column (``None``: the whole row). Everything else is read-only or hidden.
CASE_ORDER_UPDATE = ("status", "outcome", "assigned_to", "version", "hold_reason", "hold_until", "updated_at",
                     "updated_by", *ADDRESS_COLUMNS)
PAYMENT_ORDER_UPDATE = ("status", "outcome", "version", "updated_at", "updated_by", *PAYMENT_COLUMNS)
MAILROOM_ORDER_UPDATE = ("status", "version", "updated_at", "updated_by")
ORDER_MAILROOM_COLUMNS = (
    "id", "reference", "service_code", "quantity", "status", "outcome", "assigned_to", "version", "ordered_at",
    "paid_at", "delivery_product", *ADDRESS_COLUMNS, "updated_at", "updated_by",
)  # fmt: skip
#: What the intake login reads of an order: no name, no address (tracking reads the status, not the envelope).
ORDER_INTAKE_COLUMNS = ("id", "reference", "service_code", "status", "outcome", "assigned_to", "version",
                        "ordered_at", "paid_at", "updated_at", "updated_by", "intake_digest")
CASE_TABLES = (*pg_security.CASE_TABLES, "hearings")  # hearings came with migration 0008
#: Tables each group inserts rows into (their id sequences are the only sequences staff may use).
INSERTS = {
    "caseworker": ("order_events", "condition_results", "decisions", "decision_grounds", "documents", "hearings",
                   "correction_requests"),
    "supervisor": ("order_events", "condition_results", "decisions", "decision_grounds", "documents", "hearings",
                   "correction_requests", "orders", "applicants", "import_quarantine"),
    "mailroom": ("order_events", "shipments", "tracking_events", "deposit_lists"),
    "intake": ("orders", "applicants", "order_events", "import_quarantine", "tracking_events"),
    "admin": tuple(t for t in REFERENCE_TABLES if t != "lifecycle_transitions"),
    "auditor": (),
}


def _grants(p: str) -> list[str]:
    g = {name: f"{p}{name}" for name in GROUPS}
    everyone = ", ".join(g.values())
    case = f"{g['caseworker']}, {g['supervisor']}"
    cols = ", ".join
    stmts = [
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {everyone}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, {everyone}",
        f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC, {everyone}",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {everyone}",
        # what the application calls
        f"GRANT EXECUTE ON FUNCTION public.ocpm_session_roles(), public.ocpm_is_trusted(), public.ocpm_seal_audit(), "
        f"public.ocpm_try_seal_audit(), public.ocpm_audit(text, text, text, text, text, timestamptz) TO {everyone}",
        f"GRANT EXECUTE ON FUNCTION public.ocpm_create_staff(text, text, text, text[]) TO {g['admin']}",
        # reading
        f"GRANT SELECT ON {cols(REFERENCE_TABLES)}, staff, staff_roles, alembic_version TO {everyone}",
        f"GRANT SELECT ON audit_events TO {g['supervisor']}, {g['auditor']}",
        f"GRANT SELECT ON {cols(CASE_TABLES + REGISTER_TABLES)} TO {case}, {g['auditor']}",
        f"GRANT SELECT ({cols(ORDER_MAILROOM_COLUMNS)}) ON orders TO {g['mailroom']}",
        f"GRANT SELECT ({cols(ORDER_INTAKE_COLUMNS)}) ON orders TO {g['intake']}",
        f"GRANT SELECT ON documents, shipments, tracking_events, deposit_lists TO {g['mailroom']}",
        f"GRANT SELECT (id, order_id, number, status, pdf, pdf_sha256, decided_at) ON decisions TO {g['mailroom']}",
        f"GRANT SELECT (id, order_id, action) ON order_events TO {g['mailroom']}, {g['intake']}",
        f"GRANT SELECT ({cols(ORDER_ADMIN_COLUMNS)}) ON orders TO {g['admin']}",
        f"GRANT SELECT ON shipments, tracking_events TO {g['intake']}",
        f"GRANT SELECT (id, line_sha256, reference) ON import_quarantine TO {g['intake']}",
        f"GRANT SELECT (id) ON applicants TO {g['intake']}",
        # case work
        f"GRANT UPDATE ({cols(CASE_ORDER_UPDATE)}) ON orders TO {case}",
        f"GRANT UPDATE (result, evidence, evaluated_by, evaluated_at, override_result, override_justification, "
        f"overridden_by, overridden_at) ON condition_results TO {case}",
        f"GRANT UPDATE (status, content, content_sha256, updated_at, proposed_at, hearing, hearing_note, number, "
        f"approver, pdf, pdf_sha256, decided_at, return_comment) ON decisions TO {case}",
        f"GRANT DELETE ON decision_grounds TO {case}",
        f"GRANT UPDATE (answer, answered_on, answer_recorded_by, answer_recorded_at) ON hearings TO {case}",
        # intake (and a supervisor importing a file)
        f"GRANT UPDATE ({cols(PAYMENT_ORDER_UPDATE)}) ON orders TO {g['supervisor']}, {g['intake']}",
        f"GRANT UPDATE (resolved_at, resolved_by, resolution_note) ON import_quarantine TO {g['supervisor']}",
        # the mail room and delivery tracking
        f"GRANT UPDATE ({cols(MAILROOM_ORDER_UPDATE)}) ON orders TO {g['mailroom']}, {g['intake']}",
        f"GRANT UPDATE (printed_at, printed_by) ON documents TO {g['mailroom']}",
        f"GRANT UPDATE (status, return_reason, notified_on, first_attempt_on, delivered_on, deposit_list_id) "
        f"ON shipments TO {g['mailroom']}",
        f"GRANT UPDATE (status, delivered_on, notified_on, first_attempt_on) ON shipments TO {g['intake']}",
        # administration: reference data and the accounts' names, teams and state
        f"GRANT UPDATE ON {cols(INSERTS['admin'])} TO {g['admin']}",
        f"GRANT UPDATE (display_name, team_id, active) ON staff TO {g['admin']}",
    ]
    sequences = []
    for group, tables in INSERTS.items():
        if tables:
            stmts.append(f"GRANT INSERT ON {cols(tables)} TO {g[group]}")
        for table in tables:
            sequences.append(f"""DO $$ DECLARE s text;
                BEGIN
                  IF EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a WHERE a.attrelid = 'public.{table}'::regclass
                                AND a.attname = 'id' AND NOT a.attisdropped) THEN
                    s := pg_catalog.pg_get_serial_sequence('public.{table}', 'id');
                    IF s IS NOT NULL THEN EXECUTE format('GRANT USAGE ON SEQUENCE %s TO {g[group]}', s); END IF;
                  END IF;
                END $$""")
    return stmts + sequences


def _owner_check() -> list[str]:
    """Harden the search_path of every ``ocpm_`` function, whichever migration wrote it."""
    return [
        f"""DO $$ DECLARE f regprocedure;
        BEGIN
          FOR f IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
                     JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
                    WHERE n.nspname = 'public' AND p.proname LIKE 'ocpm\\_%' LOOP
            EXECUTE format('ALTER FUNCTION %s {PATH}', f);
          END LOOP;
        END $$""",
    ]


def statements(prefix: str | None = None) -> list[str]:
    p = prefix if prefix is not None else role_prefix()
    return _infrastructure(p) + _tables(p) + _row_audit() + _grants(p) + _owner_check()


def install(connection: Connection) -> None:
    """Create or replace the write model (idempotent); a no-op on SQLite."""
    if connection.dialect.name != "postgresql":
        return
    execute(connection, statements())


def reaper_ready(connection: Connection) -> bool | None:
    """PostgreSQL: whether the owner may end staff sessions (None on SQLite)."""
    if connection.dialect.name != "postgresql":
        return None
    return bool(connection.exec_driver_sql("SELECT public.ocpm_reaper_ready()").scalar())
