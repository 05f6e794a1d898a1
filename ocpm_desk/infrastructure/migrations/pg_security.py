"""PostgreSQL only: the database defends itself (DESIGN §5).

Group roles ``<prefix>caseworker`` … ``<prefix>intake`` (prefix from ``OCPM_ROLE_PREFIX``, default ``ocpm_``), table
and column grants per group, a trigger that checks every order status change and every new order against
``lifecycle_transitions`` for the session user's roles, four-eyes and immutability of decisions, an insert-only audit
chain extended inside the database, row-change audit of orders, decisions and shipments, and the function through
which administrators create staff logins. The database owner (who runs the migrations and the admin CLI) is trusted.

SQLite has none of this: there the service layer is the only gate (one workstation, one file).

This is migration 0002's first version of the defences, kept as 0002 runs it. Migration 0012
(``pg_write_model.py``) replaces its grants, triggers and functions with the write model that leaves a staff login
no gap; ``ocpm_create_staff`` and the group roles stay as created here.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from ocpm_desk.infrastructure import config
from ocpm_desk.infrastructure.migrations.revisions import execute, statement

GROUPS = ("caseworker", "supervisor", "mailroom", "admin", "auditor", "intake")


def role_prefix() -> str:
    """The setting ``role_prefix`` (``OCPM_ROLE_PREFIX``, default ``ocpm_``); ``ValueError`` naming it when invalid."""
    return config.value(config.ROLE_PREFIX)


# Tables holding reference data any staff member may read.
REFERENCE_TABLES = (
    "services", "fee_schedules", "vat_rates", "postal_products", "postal_tariffs", "condition_rule_sets",
    "condition_rules", "refusal_grounds", "calendar_closures", "settings", "lifecycle_transitions", "teams",
)  # fmt: skip
REGISTER_TABLES = ("register_persons", "register_residences", "register_guardianships")
CASE_TABLES = (
    "orders", "order_events", "applicants", "condition_results", "decisions", "decision_grounds", "documents",
    "shipments", "tracking_events", "deposit_lists", "correction_requests", "import_quarantine",
)  # fmt: skip
# Columns of orders without personal data: what the administrator may read (counts, dashboards).
ORDER_ADMIN_COLUMNS = (
    "id", "reference", "service_code", "quantity", "status", "outcome", "assigned_to", "version", "ordered_at",
    "paid_at", "delivery_product", "payment_brand", "fee_paid_centimes", "postage_paid_centimes", "fee_schedule_id",
    "postal_tariff_id", "rule_set_id", "hold_until", "clock_stopped", "updated_at", "updated_by",
)  # fmt: skip
# What the mail room may read of an order: the address and the product, no case data.
ORDER_MAILROOM_COLUMNS = (
    "id", "reference", "service_code", "quantity", "status", "outcome", "version", "ordered_at", "paid_at",
    "delivery_product", "addr_mr_mrs", "addr_first_name", "addr_last_name", "addr_organisation", "addr_line",
    "addr_street", "addr_house_number", "addr_dwelling_number", "addr_post_office_box", "addr_swiss_zip_code",
    "addr_foreign_zip_code", "addr_town", "addr_country", "updated_at", "updated_by",
)  # fmt: skip
ORDER_WRITE_COLUMNS = ("status", "outcome", "assigned_to", "version", "hold_reason", "hold_until", "clock_stopped",
                       "updated_at", "updated_by")
ORDER_INTAKE_COLUMNS = ("status", "outcome", "version", "paid_at", "payment_brand", "payment_provider_reference",
                        "fee_paid_centimes", "postage_paid_centimes", "fee_schedule_id", "postal_tariff_id",
                        "rule_set_id", "updated_at", "updated_by")


def security_statements(prefix: str) -> list[str]:
    """The statements creating the group roles with ``prefix`` and their grants, which later migrations replay."""
    g = {name: f"{prefix}{name}" for name in GROUPS}
    all_groups = ", ".join(g.values())
    group_list = ", ".join(f"'{v}'" for v in g.values())
    p = prefix
    stmts: list[str] = []
    for role in g.values():
        stmts.append(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN "
            f"CREATE ROLE {role} NOLOGIN; END IF; END $$"
        )
    stmts += [
        # -------------------------------------------------------------------------------- who is acting
        f"""CREATE OR REPLACE FUNCTION ocpm_session_roles() RETURNS text[]
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
          SELECT coalesce(array_agg(substr(r.rolname, {len(p) + 1}) ORDER BY r.rolname), '{{}}')
          FROM pg_roles r
          WHERE r.rolname IN ({group_list}) AND pg_has_role(session_user, r.oid, 'MEMBER')
        $$""",
        """CREATE OR REPLACE FUNCTION ocpm_is_trusted() RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
          SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper)
              OR pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()),
                             'MEMBER')
        $$""",
        # -------------------------------------------------------------------------------- audit chain
        """CREATE OR REPLACE FUNCTION ocpm_audit_hash(prev text, id bigint, at timestamptz, actor text,
            action text, entity text, entity_id text, payload text) RETURNS text
        LANGUAGE sql IMMUTABLE AS $$
          SELECT encode(sha256(convert_to(
            prev || '|' || id::text || '|' ||
            to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '+00:00' || '|' ||
            actor || '|' || action || '|' || entity || '|' || entity_id || '|' || payload, 'UTF8')), 'hex')
        $$""",
        """CREATE OR REPLACE FUNCTION ocpm_audit_chain() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
        DECLARE head record;
        BEGIN
          -- one chain for the whole database: appends are serialised until commit
          PERFORM pg_advisory_xact_lock(hashtext('ocpm_desk.audit_chain'));
          SELECT a.id, a.hash INTO head FROM audit_events a ORDER BY a.id DESC LIMIT 1;
          NEW.id := coalesce(head.id, 0) + 1;
          NEW.prev_hash := coalesce(head.hash, repeat('0', 64));
          IF NOT ocpm_is_trusted() THEN
            NEW.actor := session_user;  -- nobody writes events in someone else's name
          END IF;
          NEW.occurred_at := date_trunc('microseconds', coalesce(NEW.occurred_at, clock_timestamp()));
          NEW.hash := ocpm_audit_hash(NEW.prev_hash, NEW.id, NEW.occurred_at, NEW.actor, NEW.action, NEW.entity,
                                      NEW.entity_id, NEW.payload);
          RETURN NEW;
        END $$""",
        "DROP TRIGGER IF EXISTS ocpm_audit_chain ON audit_events",
        """CREATE TRIGGER ocpm_audit_chain BEFORE INSERT ON audit_events
           FOR EACH ROW EXECUTE FUNCTION ocpm_audit_chain()""",
        """CREATE OR REPLACE FUNCTION ocpm_audit_immutable() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          IF ocpm_is_trusted() THEN RETURN coalesce(NEW, OLD); END IF;
          RAISE EXCEPTION 'audit events cannot be changed or deleted' USING ERRCODE = '42501';
        END $$""",
        "DROP TRIGGER IF EXISTS ocpm_audit_immutable ON audit_events",
        """CREATE TRIGGER ocpm_audit_immutable BEFORE UPDATE OR DELETE ON audit_events
           FOR EACH ROW EXECUTE FUNCTION ocpm_audit_immutable()""",
        # row changes of orders, decisions and shipments, chained like any event (no personal values: the
        # payload names the changed columns and the status move only)
        """CREATE OR REPLACE FUNCTION ocpm_row_audit() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
        DECLARE
          changed text[];
          payload jsonb;
          row_id text;
        BEGIN
          IF current_setting('ocpm.skip_row_audit', true) = 'on' AND ocpm_is_trusted() THEN
            RETURN NULL;  -- bulk loads by the database owner (demo seed) write one summary event instead
          END IF;
          IF TG_OP = 'UPDATE' THEN
            SELECT array_agg(n.key ORDER BY n.key) INTO changed
            FROM jsonb_each(to_jsonb(NEW)) n JOIN jsonb_each(to_jsonb(OLD)) o USING (key)
            WHERE n.value IS DISTINCT FROM o.value;
            IF changed IS NULL THEN RETURN NULL; END IF;
            row_id := NEW.id::text;
            payload := jsonb_build_object('columns', to_jsonb(changed));
            IF TG_TABLE_NAME IN ('orders', 'decisions', 'shipments') AND 'status' = ANY(changed) THEN
              payload := payload
                || jsonb_build_object('from', to_jsonb(OLD) -> 'status', 'to', to_jsonb(NEW) -> 'status');
            END IF;
          ELSIF TG_OP = 'INSERT' THEN
            row_id := NEW.id::text;
            payload := jsonb_build_object('status', to_jsonb(NEW) -> 'status');
          ELSE
            row_id := OLD.id::text;
            payload := jsonb_build_object('status', to_jsonb(OLD) -> 'status');
          END IF;
          INSERT INTO audit_events (id, occurred_at, actor, action, entity, entity_id, payload, prev_hash, hash)
          VALUES (0, clock_timestamp(), session_user, 'row.' || lower(TG_OP), TG_TABLE_NAME, row_id,
                  payload::text, '', '');
          RETURN NULL;
        END $$""",
    ]
    for table in ("orders", "decisions", "shipments"):
        stmts += [
            f"DROP TRIGGER IF EXISTS ocpm_row_audit ON {table}",
            # deferred to commit: the audit chain's lock is then taken at the end of the transaction, not held
            # while the client still works (bench/claims.py measures it)
            f"""CREATE CONSTRAINT TRIGGER ocpm_row_audit AFTER INSERT OR UPDATE OR DELETE ON {table}
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ocpm_row_audit()""",
        ]
    stmts += [
        # -------------------------------------------------------------------------------- the lifecycle
        """CREATE OR REPLACE FUNCTION ocpm_check_order() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
        DECLARE
          roles text[] := ocpm_session_roles();
          me text := session_user;
          proposal_author text;
          ok boolean;
        BEGIN
          IF ocpm_is_trusted() THEN RETURN NEW; END IF;
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
        END $$""",
        "DROP TRIGGER IF EXISTS ocpm_check_order ON orders",
        """CREATE TRIGGER ocpm_check_order BEFORE INSERT OR UPDATE ON orders
           FOR EACH ROW EXECUTE FUNCTION ocpm_check_order()""",
        # -------------------------------------------------------------------------------- decisions
        """CREATE OR REPLACE FUNCTION ocpm_check_decision() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
        BEGIN
          IF ocpm_is_trusted() THEN RETURN NEW; END IF;
          IF TG_OP = 'INSERT' THEN
            IF NEW.author IS DISTINCT FROM session_user OR NEW.approver IS NOT NULL OR NEW.pdf IS NOT NULL THEN
              RAISE EXCEPTION 'a proposal is written by its author and has no approver yet' USING ERRCODE = '42501';
            END IF;
            RETURN NEW;
          END IF;
          IF OLD.approver IS NOT NULL OR OLD.status = 'issued' THEN
            IF NEW.content IS DISTINCT FROM OLD.content OR NEW.content_sha256 IS DISTINCT FROM OLD.content_sha256
               OR NEW.pdf IS DISTINCT FROM OLD.pdf OR NEW.pdf_sha256 IS DISTINCT FROM OLD.pdf_sha256
               OR NEW.approver IS DISTINCT FROM OLD.approver OR NEW.author IS DISTINCT FROM OLD.author
               OR NEW.number IS DISTINCT FROM OLD.number THEN
              RAISE EXCEPTION 'decision % is approved: its content cannot change', OLD.number USING ERRCODE = '42501';
            END IF;
            RETURN NEW;
          END IF;
          IF NEW.author IS DISTINCT FROM OLD.author THEN
            RAISE EXCEPTION 'the author of a decision cannot change' USING ERRCODE = '42501';
          END IF;
          IF NEW.approver IS NOT NULL THEN
            IF NEW.approver IS DISTINCT FROM session_user OR NEW.approver = NEW.author
               OR NOT ('supervisor' = ANY(ocpm_session_roles())) THEN
              RAISE EXCEPTION 'a refusal is approved by a supervisor other than its author, in their own name'
                USING ERRCODE = '42501';
            END IF;
          ELSIF NEW.content IS DISTINCT FROM OLD.content AND OLD.author <> session_user THEN
            RAISE EXCEPTION 'only the author changes a proposal' USING ERRCODE = '42501';
          END IF;
          RETURN NEW;
        END $$""",
        "DROP TRIGGER IF EXISTS ocpm_check_decision ON decisions",
        """CREATE TRIGGER ocpm_check_decision BEFORE INSERT OR UPDATE ON decisions
           FOR EACH ROW EXECUTE FUNCTION ocpm_check_decision()""",
        # -------------------------------------------------------------------------------- staff logins
        f"""CREATE OR REPLACE FUNCTION ocpm_create_staff(p_username text, p_display_name text,
            p_password_verifier text, p_roles text[]) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
        DECLARE r text;
        BEGIN
          IF NOT (ocpm_is_trusted() OR 'admin' = ANY(ocpm_session_roles())) THEN
            RAISE EXCEPTION 'only an administrator may create staff logins' USING ERRCODE = '42501';
          END IF;
          IF p_username = session_user THEN
            RAISE EXCEPTION 'nobody may give themselves a role' USING ERRCODE = '42501';
          END IF;
          IF p_username !~ '^[a-z][a-z0-9_.-]{{1,62}}$' THEN
            RAISE EXCEPTION 'user name % is not valid', p_username USING ERRCODE = '22023';
          END IF;
          IF p_password_verifier !~ '^SCRAM-SHA-256\\$' THEN
            RAISE EXCEPTION 'the password must arrive SCRAM-hashed' USING ERRCODE = '22023';
          END IF;
          IF array_length(p_roles, 1) IS NULL THEN
            RAISE EXCEPTION 'give the user at least one role' USING ERRCODE = '22023';
          END IF;
          IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_username)
             OR EXISTS (SELECT 1 FROM staff WHERE username = p_username) THEN
            RAISE EXCEPTION 'a user named % already exists', p_username USING ERRCODE = '42710';
          END IF;
          FOREACH r IN ARRAY p_roles LOOP
            IF r NOT IN ({", ".join(f"'{n}'" for n in GROUPS)}) THEN
              RAISE EXCEPTION 'unknown role %', r USING ERRCODE = '22023';
            END IF;
          END LOOP;
          EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_username, p_password_verifier);
          FOREACH r IN ARRAY p_roles LOOP
            EXECUTE format('GRANT %I TO %I', '{p}' || r, p_username);
          END LOOP;
          INSERT INTO staff (username, display_name, password_hash, active, failed_logins, created_at)
          VALUES (p_username, p_display_name, NULL, true, 0, now());
          INSERT INTO staff_roles (username, role) SELECT p_username, unnest(p_roles);
        END $$""",
        "REVOKE ALL ON FUNCTION ocpm_create_staff(text, text, text, text[]) FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION ocpm_create_staff(text, text, text, text[]) TO {g['admin']}",
        # -------------------------------------------------------------------------------- grants
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {all_groups}",
        f"GRANT USAGE ON SCHEMA public TO {all_groups}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {all_groups}",
        f"GRANT SELECT ON {', '.join(REFERENCE_TABLES)} TO {all_groups}",
        f"GRANT SELECT ON staff, staff_roles, alembic_version TO {all_groups}",
        f"GRANT INSERT ON audit_events TO {all_groups}",
        f"GRANT SELECT ON audit_events TO {g['supervisor']}, {g['auditor']}",
        # case work
        f"GRANT SELECT ON {', '.join(CASE_TABLES + REGISTER_TABLES)} TO {g['caseworker']}, {g['supervisor']}, "
        f"{g['auditor']}",
        f"GRANT UPDATE ({', '.join(ORDER_WRITE_COLUMNS)}) ON orders TO {g['caseworker']}, {g['supervisor']}",
        f"GRANT INSERT ON order_events, condition_results, decisions, decision_grounds, documents, "
        f"correction_requests TO {g['caseworker']}, {g['supervisor']}",
        f"GRANT UPDATE ON condition_results, decisions, correction_requests TO {g['caseworker']}, {g['supervisor']}",
        f"GRANT DELETE ON decision_grounds TO {g['caseworker']}, {g['supervisor']}",
        f"GRANT UPDATE (status) ON shipments TO {g['caseworker']}, {g['supervisor']}",
        f"GRANT INSERT, UPDATE ON import_quarantine TO {g['supervisor']}",
        f"GRANT INSERT ON orders, applicants TO {g['supervisor']}",
        f"GRANT UPDATE ({', '.join(ORDER_INTAKE_COLUMNS)}) ON orders TO {g['supervisor']}",
        # mail room: addresses, products, documents; never the register nor the applicants
        f"GRANT SELECT ({', '.join(ORDER_MAILROOM_COLUMNS)}) ON orders TO {g['mailroom']}",
        f"GRANT UPDATE (status, version, updated_at, updated_by) ON orders TO {g['mailroom']}",
        f"GRANT SELECT ON documents, shipments, tracking_events, deposit_lists TO {g['mailroom']}",
        f"GRANT SELECT (id, order_id, number, status, pdf, pdf_sha256, decided_at) ON decisions TO {g['mailroom']}",
        f"GRANT INSERT, UPDATE ON shipments, tracking_events, deposit_lists TO {g['mailroom']}",
        f"GRANT INSERT ON order_events TO {g['mailroom']}",
        # administration: reference data and accounts, no personal columns
        f"GRANT INSERT, UPDATE ON {', '.join(t for t in REFERENCE_TABLES if t != 'lifecycle_transitions')} "
        f"TO {g['admin']}",
        f"GRANT UPDATE (display_name, team_id, active) ON staff TO {g['admin']}",
        f"GRANT SELECT ({', '.join(ORDER_ADMIN_COLUMNS)}) ON orders TO {g['admin']}",
        # intake: new orders, payment validation, cancellation before payment, tracking events
        f"GRANT SELECT (id, reference, status, version, service_code, ordered_at, paid_at) ON orders TO {g['intake']}",
        f"GRANT INSERT ON orders, applicants, order_events, import_quarantine, tracking_events TO {g['intake']}",
        f"GRANT UPDATE ({', '.join(ORDER_INTAKE_COLUMNS)}) ON orders TO {g['intake']}",
        f"GRANT SELECT (id, item_number, order_id, status) ON shipments TO {g['intake']}",
        f"GRANT UPDATE (status, delivered_on, notified_on, first_attempt_on) ON shipments TO {g['intake']}",
        f"GRANT SELECT (line_sha256, reference) ON import_quarantine TO {g['intake']}",
    ]
    return stmts


def function(prefix: str, name: str) -> str:
    """0002's ``CREATE OR REPLACE FUNCTION name(…)`` for the group roles of ``prefix``: later revisions put it back
    or write it again with their change."""
    return statement(security_statements(prefix), f"CREATE OR REPLACE FUNCTION {name}(")


def install(connection: Connection) -> None:
    """Create or replace every PostgreSQL defence (idempotent); a no-op on SQLite."""
    if connection.dialect.name != "postgresql":
        return
    execute(connection, security_statements(role_prefix()))


def uninstall(connection: Connection) -> None:
    if connection.dialect.name != "postgresql":
        return
    for table in ("orders", "decisions", "shipments"):
        connection.execute(text(f"DROP TRIGGER IF EXISTS ocpm_row_audit ON {table}"))
    for trigger, table in (("ocpm_check_order", "orders"), ("ocpm_check_decision", "decisions"),
                           ("ocpm_audit_chain", "audit_events"), ("ocpm_audit_immutable", "audit_events")):
        connection.execute(text(f"DROP TRIGGER IF EXISTS {trigger} ON {table}"))
    for fn in ("ocpm_row_audit()", "ocpm_check_order()", "ocpm_check_decision()", "ocpm_audit_chain()",
               "ocpm_audit_immutable()", "ocpm_create_staff(text, text, text, text[])",
               "ocpm_audit_hash(text, bigint, timestamptz, text, text, text, text, text)", "ocpm_session_roles()",
               "ocpm_is_trusted()"):
        connection.execute(text(f"DROP FUNCTION IF EXISTS {fn}"))
