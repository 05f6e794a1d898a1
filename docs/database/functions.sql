-- GENERATED FILE — do not edit. The PostgreSQL functions and triggers of OCPM Desk as the migrations leave them
-- (schemas public and ocpm_private; pg_get_functiondef, pg_get_triggerdef), sorted by name, role names with the
-- default prefix ocpm_. To change one, write a migration; then regenerate this file:
--     make db-functions        (scripts/dump_db_functions.py; needs PostgreSQL, default 127.0.0.1:5432)
-- tests/integration/test_db_functions_doc.py fails when it is stale.

-- 40 functions

-- public.ocpm_apply_staff(p_username text, p_display_name text, p_verifier text, p_one_time boolean, p_roles text[])
CREATE OR REPLACE FUNCTION public.ocpm_apply_staff(p_username text, p_display_name text, p_verifier text, p_one_time boolean, p_roles text[])
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        DECLARE r text;
        BEGIN
          IF p_verifier IS NULL THEN
            EXECUTE format('CREATE ROLE %I LOGIN', p_username);
          ELSIF p_one_time THEN
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L VALID UNTIL %L', p_username, p_verifier,
                           (clock_timestamp() + interval '72 hours')::text);
          ELSE
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_username, p_verifier);
          END IF;
          FOREACH r IN ARRAY p_roles LOOP
            EXECUTE format('GRANT %I TO %I', 'ocpm_' || r, p_username);
          END LOOP;
          INSERT INTO public.staff (username, display_name, password_hash, active, failed_logins, created_at)
          VALUES (p_username, p_display_name, NULL, true, 0, now());
          INSERT INTO public.staff_roles (username, role) SELECT p_username, unnest(p_roles);
        END $function$;

-- public.ocpm_audit(p_action text, p_entity text, p_entity_id text, p_payload text, p_actor text, p_occurred_at timestamp with time zone)
CREATE OR REPLACE FUNCTION public.ocpm_audit(p_action text, p_entity text, p_entity_id text, p_payload text, p_actor text DEFAULT NULL::text, p_occurred_at timestamp with time zone DEFAULT NULL::timestamp with time zone)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
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
        END $function$;

-- public.ocpm_audit_chain()
CREATE OR REPLACE FUNCTION public.ocpm_audit_chain()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
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
             WHERE a.id < 4611686018427387904 ORDER BY a.id DESC LIMIT 1;
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
          IF n >= 4194304 OR xact >= 1099511627776 THEN
            RAISE EXCEPTION 'no pending audit id left (transaction %, event %)', xact, n USING ERRCODE = '54000';
          END IF;
          PERFORM set_config('ocpm.audit_pending_n', n::text, true);
          NEW.id := 4611686018427387904 + xact * 4194304 + n;
          NEW.prev_hash := NULL;
          NEW.hash := NULL;
          RETURN NEW;
        END $function$;

-- public.ocpm_audit_hash(prev text, id bigint, at timestamp with time zone, actor text, action text, entity text, entity_id text, payload text)
CREATE OR REPLACE FUNCTION public.ocpm_audit_hash(prev text, id bigint, at timestamp with time zone, actor text, action text, entity text, entity_id text, payload text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
          SELECT encode(sha256(convert_to(
            prev || '|' || id::text || '|' ||
            to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '+00:00' || '|' ||
            actor || '|' || action || '|' || entity || '|' || entity_id || '|' || payload, 'UTF8')), 'hex')
        $function$;

-- public.ocpm_audit_immutable()
CREATE OR REPLACE FUNCTION public.ocpm_audit_immutable()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        BEGIN
          -- sealing a pending event, with the owner's rights (inside the SECURITY DEFINER sealing functions)
          IF TG_OP = 'UPDATE' AND OLD.id >= 4611686018427387904 AND OLD.hash IS NULL
             AND NEW.id < 4611686018427387904 AND NEW.hash IS NOT NULL AND NEW.prev_hash IS NOT NULL
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
        END $function$;

-- public.ocpm_audit_seal_pending(max_events integer, from_base boolean)
CREATE OR REPLACE FUNCTION public.ocpm_audit_seal_pending(max_events integer, from_base boolean)
 RETURNS integer
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
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
          IF xmax8 - xmin8 > 256 AND hint < 4611686018427387904 + (xmax8 - 256) * 4194304 THEN
            SELECT last_value INTO probe FROM public.ocpm_audit_seal_probe;
            IF xmax8 - probe >= 256 THEN
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
           WHERE a.id < 4611686018427387904 ORDER BY a.id DESC LIMIT 1;
          next_id := coalesce(head_id, 0);
          prev := coalesce(prev, repeat('0', 64));
          IF (SELECT last_value FROM public.ocpm_audit_seal_head) > next_id
             OR hint > 4611686018427387904 + xmax8 * 4194304 THEN
            hint := 4611686018427387904;
          END IF;
          start_at := CASE WHEN from_base THEN 4611686018427387904 ELSE hint END;
          FOR r IN SELECT a.id, a.occurred_at, a.actor, a.action, a.entity, a.entity_id, a.payload
                     FROM public.audit_events a WHERE a.id >= start_at ORDER BY a.id LIMIT max_events LOOP
            n := n + 1;
            h := encode(sha256(convert_to(
      prev || '|' || (next_id + n)::text || '|' ||
      to_char(r.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '+00:00' || '|' ||
      r.actor || '|' || r.action || '|' || r.entity || '|' || r.entity_id || '|' || r.payload,
      'UTF8')), 'hex');
            UPDATE public.audit_events SET id = next_id + n, prev_hash = prev, hash = h WHERE id = r.id;
            prev := h;
            last_pending := r.id;
          END LOOP;
          new_hint := 4611686018427387904 + settled * 4194304;
          IF n = max_events THEN
            new_hint := least(new_hint, last_pending + 1);
          END IF;
          new_hint := greatest(new_hint, hint);
          IF new_hint <> hint OR n > 0 THEN
            PERFORM setval('public.ocpm_audit_seal_hint', new_hint);
            PERFORM setval('public.ocpm_audit_seal_head', next_id + n);
          END IF;
          RETURN n;
        END $function$;

-- public.ocpm_bulk_load()
CREATE OR REPLACE FUNCTION public.ocpm_bulk_load()
 RETURNS boolean
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
          SELECT EXISTS (SELECT 1 FROM ocpm_private.bulk_load b
                          WHERE b.xact = pg_catalog.pg_current_xact_id_if_assigned())
        $function$;

-- public.ocpm_check_condition_result()
CREATE OR REPLACE FUNCTION public.ocpm_check_condition_result()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        DECLARE
          me text := session_user;
          roles text[];
          o record;
        BEGIN
          IF public.ocpm_is_trusted() THEN RETURN coalesce(NEW, OLD); END IF;
          roles := public.ocpm_session_roles();
          SELECT x.status, x.assigned_to INTO o FROM public.orders x WHERE x.id = NEW.order_id;
          IF o.status IS DISTINCT FROM 'in_review' OR NOT (o.assigned_to = me OR 'supervisor' = ANY(roles)) THEN
            RAISE EXCEPTION '% does not review order %', me, NEW.order_id USING ERRCODE = '42501';
          END IF;
          IF TG_OP = 'UPDATE' AND (NEW.order_id <> OLD.order_id OR NEW.rule_id <> OLD.rule_id) THEN
            RAISE EXCEPTION 'a condition result stays with its order and rule' USING ERRCODE = '42501';
          END IF;
          IF TG_OP = 'INSERT' OR NEW.result IS DISTINCT FROM OLD.result OR NEW.evidence IS DISTINCT FROM OLD.evidence
          THEN
            NEW.evaluated_by := me;
            NEW.evaluated_at := now();
          ELSE
            NEW.evaluated_by := OLD.evaluated_by;
            NEW.evaluated_at := OLD.evaluated_at;
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
            NEW.overridden_by := me;
            NEW.overridden_at := now();
          ELSE
            NEW.overridden_by := OLD.overridden_by;
            NEW.overridden_at := OLD.overridden_at;
          END IF;
          RETURN NEW;
        END $function$;

-- public.ocpm_check_correction()
CREATE OR REPLACE FUNCTION public.ocpm_check_correction()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        DECLARE
          me text := session_user;
          roles text[];
          o record;
        BEGIN
          IF public.ocpm_is_trusted() THEN RETURN coalesce(NEW, OLD); END IF;
          roles := public.ocpm_session_roles();
          SELECT x.status, x.updated_by, x.updated_at INTO o FROM public.orders x WHERE x.id = NEW.order_id;
          IF NOT (o.status IN ('shipped', 'delivered') OR (o.status = 'approved' AND (o.updated_by = me AND o.updated_at = now()))) THEN
            RAISE EXCEPTION 'a correction is requested on a shipped or delivered order' USING ERRCODE = '42501';
          END IF;
          NEW.recorded_by := me;
          NEW.recorded_at := now();
          RETURN NEW;
        END $function$;

-- public.ocpm_check_decision()
CREATE OR REPLACE FUNCTION public.ocpm_check_decision()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        DECLARE
          me text := session_user;
          roles text[];
          o record;
        BEGIN
          IF public.ocpm_is_trusted() THEN RETURN coalesce(NEW, OLD); END IF;
          roles := public.ocpm_session_roles();
          SELECT x.status, x.assigned_to, x.updated_by, x.updated_at INTO o FROM public.orders x
           WHERE x.id = CASE WHEN TG_OP = 'INSERT' THEN NEW.order_id ELSE OLD.order_id END;
          IF TG_OP = 'INSERT' THEN
            IF NEW.author IS DISTINCT FROM me OR NEW.status <> 'draft' OR NEW.approver IS NOT NULL
               OR NEW.pdf IS NOT NULL OR NEW.pdf_sha256 IS NOT NULL OR NEW.number IS NOT NULL
               OR NEW.return_comment IS NOT NULL OR NEW.decided_at IS NOT NULL OR NEW.proposed_at IS NOT NULL THEN
              RAISE EXCEPTION 'a refusal starts as its author''s draft, without approver, number or PDF' USING ERRCODE = '42501';
            END IF;
            IF NOT (o.status IN ('in_review', 'on_hold') OR (o.status = 'refusal_proposed' AND (o.updated_by = me AND o.updated_at = now()))) OR NOT (o.assigned_to = me OR 'supervisor' = ANY(roles)) THEN
              RAISE EXCEPTION '% does not work order %', me, NEW.order_id USING ERRCODE = '42501';
            END IF;
            NEW.updated_at := now();
            RETURN NEW;
          END IF;
          IF NEW.id <> OLD.id OR NEW.order_id <> OLD.order_id OR NEW.author IS DISTINCT FROM OLD.author THEN
            RAISE EXCEPTION 'a decision keeps its order and its author' USING ERRCODE = '42501';
          END IF;
          IF OLD.status IN ('issued', 'returned', 'withdrawn') THEN
            RAISE EXCEPTION 'decision % is %: it cannot change', coalesce(OLD.number, OLD.id::text), OLD.status
              USING ERRCODE = '42501';
          END IF;
          IF OLD.status = 'proposed' AND (NEW.content IS DISTINCT FROM OLD.content
               OR NEW.content_sha256 IS DISTINCT FROM OLD.content_sha256 OR NEW.hearing IS DISTINCT FROM OLD.hearing
               OR NEW.hearing_note IS DISTINCT FROM OLD.hearing_note
               OR NEW.proposed_at IS DISTINCT FROM OLD.proposed_at) THEN
            RAISE EXCEPTION 'a proposal is read and signed as it was submitted' USING ERRCODE = '42501';
          END IF;
          IF NEW.status NOT IN ('issued') AND (NEW.approver IS NOT NULL OR NEW.pdf IS NOT NULL
               OR NEW.pdf_sha256 IS NOT NULL OR NEW.number IS NOT NULL) THEN
            RAISE EXCEPTION 'only an approval gives a decision its approver, number and PDF' USING ERRCODE = '42501';
          END IF;
          IF NEW.content_sha256 IS DISTINCT FROM encode(sha256(convert_to(NEW.content, 'UTF8')), 'hex') THEN
            RAISE EXCEPTION 'a decision is stored with the SHA-256 of its content' USING ERRCODE = '23514';
          END IF;
          IF OLD.status = 'draft' AND NEW.status IN ('draft', 'proposed') THEN
            IF OLD.author <> me OR NOT (o.status IN ('in_review', 'on_hold') OR (o.status = 'refusal_proposed' AND (o.updated_by = me AND o.updated_at = now()))) OR NOT (o.assigned_to = me OR 'supervisor' = ANY(roles)) THEN
              RAISE EXCEPTION 'only its author, working the case, changes or submits a draft' USING ERRCODE = '42501';
            END IF;
            IF NEW.return_comment IS NOT NULL OR NEW.decided_at IS NOT NULL THEN
              RAISE EXCEPTION 'a draft has no return nor decision yet' USING ERRCODE = '42501';
            END IF;
            IF NEW.status = 'proposed' THEN
              NEW.proposed_at := now();
            END IF;
          ELSIF NEW.status = 'withdrawn' THEN
            -- the case is decided otherwise (approved, withdrawn) or taken over by whoever works it now
            IF NOT roles && ARRAY['caseworker', 'supervisor'] THEN
              RAISE EXCEPTION '% may not withdraw decision %', me, OLD.id USING ERRCODE = '42501';
            END IF;
            IF OLD.status = 'proposed' AND o.status IS DISTINCT FROM 'withdrawn' THEN
              RAISE EXCEPTION 'a proposal is withdrawn with its order only' USING ERRCODE = '42501';
            END IF;
          ELSIF OLD.status = 'proposed' AND NEW.status IN ('returned', 'issued') THEN
            IF NOT 'supervisor' = ANY(roles) OR OLD.author = me THEN
              RAISE EXCEPTION 'a refusal is decided by a supervisor other than its author' USING ERRCODE = '42501';
            END IF;
            IF o.status NOT IN ('refusal_proposed', 'refused', 'in_review') THEN
              RAISE EXCEPTION 'decision %: its order is no longer proposed for refusal', OLD.id USING ERRCODE = '42501';
            END IF;
            IF EXISTS (SELECT 1 FROM public.decisions d WHERE d.order_id = OLD.order_id AND d.id > OLD.id
                          AND d.status <> 'withdrawn') THEN
              RAISE EXCEPTION 'decision %: a later version of the refusal exists', OLD.id USING ERRCODE = '42501';
            END IF;
            NEW.decided_at := now();
            IF NEW.status = 'returned' THEN
              IF length(coalesce(NEW.return_comment, '')) < 10 OR NEW.approver IS NOT NULL THEN
                RAISE EXCEPTION 'a returned proposal carries its comment and no approver' USING ERRCODE = '42501';
              END IF;
            ELSE
              IF NEW.approver IS DISTINCT FROM me OR NEW.return_comment IS NOT NULL THEN
                RAISE EXCEPTION 'a refusal is approved by a supervisor other than its author, in their own name'
                  USING ERRCODE = '42501';
              END IF;
              IF NEW.number IS NULL OR NEW.pdf IS NULL
                 OR NEW.pdf_sha256 IS DISTINCT FROM encode(sha256(NEW.pdf), 'hex') THEN
                RAISE EXCEPTION 'decision %: the hashes do not match the approved content and its PDF', NEW.number
                  USING ERRCODE = '42501';
              END IF;
            END IF;
          ELSIF NEW.status IS DISTINCT FROM OLD.status OR NEW IS DISTINCT FROM OLD THEN
            RAISE EXCEPTION 'decision % cannot go from % to %', OLD.id, OLD.status, NEW.status USING ERRCODE = '42501';
          END IF;
          IF NEW.approver IS NOT NULL AND NEW.approver = NEW.author THEN
            RAISE EXCEPTION 'a refusal is never approved by its author' USING ERRCODE = '42501';
          END IF;
          NEW.updated_at := now();
          RETURN NEW;
        END $function$;

-- public.ocpm_check_decision_grounds()
CREATE OR REPLACE FUNCTION public.ocpm_check_decision_grounds()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        DECLARE
          me text := session_user;
          roles text[];
          o record;
        BEGIN
          IF public.ocpm_is_trusted() THEN RETURN coalesce(NEW, OLD); END IF;
          roles := public.ocpm_session_roles();
          SELECT d.status, d.author, d.approver, d.number, d.id INTO o FROM public.decisions d
           WHERE d.id = coalesce(NEW.decision_id, OLD.decision_id);
          IF TG_OP = 'UPDATE' AND NEW.decision_id <> OLD.decision_id THEN
            RAISE EXCEPTION 'a ground stays with its decision' USING ERRCODE = '42501';
          END IF;
          IF o.status <> 'draft' AND NOT (TG_OP = 'INSERT' AND o.status = 'proposed' AND o.author = me
                                          AND o.approver IS NULL) THEN
            RAISE EXCEPTION 'the grounds of decision % (%) cannot change', coalesce(o.number, o.id::text), o.status
              USING ERRCODE = '42501';
          END IF;
          IF o.author <> me THEN
            RAISE EXCEPTION 'only the author chooses the grounds of a refusal' USING ERRCODE = '42501';
          END IF;
          RETURN coalesce(NEW, OLD);
        END $function$;

-- public.ocpm_check_deposit_list()
CREATE OR REPLACE FUNCTION public.ocpm_check_deposit_list()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        DECLARE
          me text := session_user;
          roles text[];
          o record;
        BEGIN
          IF public.ocpm_is_trusted() THEN RETURN coalesce(NEW, OLD); END IF;
          roles := public.ocpm_session_roles();
          IF NEW.sha256 IS DISTINCT FROM encode(sha256(NEW.pdf), 'hex') THEN
            RAISE EXCEPTION 'a deposit list is stored with the SHA-256 of its PDF' USING ERRCODE = '23514';
          END IF;
          NEW.created_by := me;
          NEW.created_at := now();
          RETURN NEW;
        END $function$;

-- public.ocpm_check_document()
CREATE OR REPLACE FUNCTION public.ocpm_check_document()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        DECLARE
          me text := session_user;
          roles text[];
          o record;
        BEGIN
          IF public.ocpm_is_trusted() THEN RETURN coalesce(NEW, OLD); END IF;
          roles := public.ocpm_session_roles();
          IF TG_OP = 'UPDATE' THEN  -- the mail room marks what it printed
            NEW.printed_by := me;
            NEW.printed_at := now();
            RETURN NEW;
          END IF;
          SELECT x.status, x.assigned_to, x.updated_by, x.updated_at INTO o
            FROM public.orders x WHERE x.id = NEW.order_id;
          IF NOT (
               (NEW.kind = 'hearing_letter' AND (o.assigned_to = me OR 'supervisor' = ANY(roles))
                AND (o.status = 'in_review' OR (o.status = 'on_hold' AND (o.updated_by = me AND o.updated_at = now()))))
               OR (NEW.kind = 'attestation' AND o.status = 'approved' AND (o.updated_by = me AND o.updated_at = now()))) THEN
            RAISE EXCEPTION '% may not add a % to order %', me, NEW.kind, NEW.order_id USING ERRCODE = '42501';
          END IF;
          IF NEW.sha256 IS DISTINCT FROM encode(sha256(NEW.pdf), 'hex') THEN
            RAISE EXCEPTION 'a document is stored with the SHA-256 of its PDF' USING ERRCODE = '23514';
          END IF;
          NEW.created_by := me;
          NEW.created_at := now();
          NEW.printed_by := NULL;
          NEW.printed_at := NULL;
          RETURN NEW;
        END $function$;

-- public.ocpm_check_hearing()
CREATE OR REPLACE FUNCTION public.ocpm_check_hearing()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        DECLARE
          me text := session_user;
          roles text[];
          o record;
        BEGIN
          IF public.ocpm_is_trusted() THEN RETURN coalesce(NEW, OLD); END IF;
          roles := public.ocpm_session_roles();
          SELECT x.status, x.assigned_to INTO o FROM public.orders x
           WHERE x.id = CASE WHEN TG_OP = 'INSERT' THEN NEW.order_id ELSE OLD.order_id END;
          IF o.status NOT IN ('in_review', 'on_hold') OR NOT (o.assigned_to = me OR 'supervisor' = ANY(roles)) THEN
            RAISE EXCEPTION '% does not work order %', me, NEW.order_id USING ERRCODE = '42501';
          END IF;
          IF TG_OP = 'INSERT' THEN
            IF NEW.answer IS NOT NULL OR NEW.answered_on IS NOT NULL THEN
              RAISE EXCEPTION 'a hearing is recorded before its answer' USING ERRCODE = '42501';
            END IF;
            IF NEW.mode = 'letter' AND NOT EXISTS (
                 SELECT 1 FROM public.documents d WHERE d.id = NEW.document_id AND d.order_id = NEW.order_id
                    AND d.kind = 'hearing_letter') THEN
              RAISE EXCEPTION 'a hearing letter belongs to its order' USING ERRCODE = '42501';
            END IF;
            NEW.recorded_by := me;
            NEW.recorded_at := now();
            NEW.answer_recorded_by := NULL;
            NEW.answer_recorded_at := NULL;
            RETURN NEW;
          END IF;
          IF OLD.mode <> 'letter' OR OLD.answer_recorded_at IS NOT NULL THEN
            RAISE EXCEPTION 'the answer to a hearing letter is recorded once' USING ERRCODE = '42501';
          END IF;
          IF NEW.answered_on > current_date + 1 THEN
            RAISE EXCEPTION 'an answer is not received in the future' USING ERRCODE = '23514';
          END IF;
          NEW.answer_recorded_by := me;
          NEW.answer_recorded_at := now();
          RETURN NEW;
        END $function$;

-- public.ocpm_check_order()
CREATE OR REPLACE FUNCTION public.ocpm_check_order()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        DECLARE
          me text := session_user;
          roles text[];
          o record;
        BEGIN
          IF public.ocpm_is_trusted() THEN RETURN coalesce(NEW, OLD); END IF;
          roles := public.ocpm_session_roles();
          IF TG_OP = 'INSERT' THEN
            SELECT t.outcome INTO o FROM public.lifecycle_transitions t
             WHERE t.from_status IS NULL AND t.to_status = NEW.status AND t.role = ANY(roles) LIMIT 1;
            IF NOT FOUND THEN
              RAISE EXCEPTION 'a new order cannot start as % for %', NEW.status, me USING ERRCODE = '42501';
            END IF;
            IF NEW.assigned_to IS NOT NULL OR NEW.hold_reason IS NOT NULL OR NEW.hold_until IS NOT NULL THEN
              RAISE EXCEPTION 'a new order has no assignee and no hold' USING ERRCODE = '42501';
            END IF;
            NEW.outcome := o.outcome;
            NEW.updated_by := me;
            NEW.updated_at := now();
            RETURN NEW;
          END IF;
          NEW.version := OLD.version + 1;  -- every change is seen by whoever quotes the version they read
          IF (NEW.paid_at IS DISTINCT FROM OLD.paid_at OR NEW.payment_brand IS DISTINCT FROM OLD.payment_brand OR NEW.payment_provider_reference IS DISTINCT FROM OLD.payment_provider_reference OR NEW.fee_paid_centimes IS DISTINCT FROM OLD.fee_paid_centimes OR NEW.postage_paid_centimes IS DISTINCT FROM OLD.postage_paid_centimes OR NEW.fee_schedule_id IS DISTINCT FROM OLD.fee_schedule_id OR NEW.postal_tariff_id IS DISTINCT FROM OLD.postal_tariff_id OR NEW.rule_set_id IS DISTINCT FROM OLD.rule_set_id OR NEW.intake_digest IS DISTINCT FROM OLD.intake_digest) AND OLD.status <> 'awaiting_payment' THEN
            RAISE EXCEPTION 'order %: the payment is recorded once, while the order awaits it', OLD.reference
              USING ERRCODE = '42501';
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
                USING ERRCODE = '42501';
            END IF;
            SELECT t.outcome INTO NEW.outcome FROM public.lifecycle_transitions t
             WHERE t.from_status = OLD.status AND t.to_status = NEW.status AND t.outcome IS NOT NULL LIMIT 1;
            NEW.outcome := coalesce(NEW.outcome, OLD.outcome);
            IF NEW.status IN ('in_review', 'on_hold', 'refusal_proposed') THEN
              IF NEW.assigned_to IS NULL
                 OR (NEW.assigned_to IS DISTINCT FROM OLD.assigned_to AND NEW.assigned_to <> me
                     AND NOT 'supervisor' = ANY(roles)) THEN
                RAISE EXCEPTION 'order %: only a supervisor gives a case to someone else', OLD.reference USING ERRCODE = '42501';
              END IF;
            ELSIF NEW.assigned_to IS NOT NULL THEN
              RAISE EXCEPTION 'order % has no assignee once it leaves the case work', OLD.reference USING ERRCODE = '42501';
            END IF;
            IF (NEW.addr_mr_mrs IS DISTINCT FROM OLD.addr_mr_mrs OR NEW.addr_first_name IS DISTINCT FROM OLD.addr_first_name OR NEW.addr_last_name IS DISTINCT FROM OLD.addr_last_name OR NEW.addr_organisation IS DISTINCT FROM OLD.addr_organisation OR NEW.addr_line IS DISTINCT FROM OLD.addr_line OR NEW.addr_street IS DISTINCT FROM OLD.addr_street OR NEW.addr_house_number IS DISTINCT FROM OLD.addr_house_number OR NEW.addr_dwelling_number IS DISTINCT FROM OLD.addr_dwelling_number OR NEW.addr_post_office_box IS DISTINCT FROM OLD.addr_post_office_box OR NEW.addr_swiss_zip_code IS DISTINCT FROM OLD.addr_swiss_zip_code OR NEW.addr_foreign_zip_code IS DISTINCT FROM OLD.addr_foreign_zip_code OR NEW.addr_town IS DISTINCT FROM OLD.addr_town OR NEW.addr_country IS DISTINCT FROM OLD.addr_country) AND NOT (OLD.status = 'returned' AND NEW.status = 'ready_to_ship') THEN
              RAISE EXCEPTION 'order %: the address is corrected only to send a returned item again',
                OLD.reference USING ERRCODE = '42501';
            END IF;
          ELSE
            IF NEW.outcome IS DISTINCT FROM OLD.outcome THEN
              RAISE EXCEPTION 'the outcome of order % follows its status only', OLD.reference USING ERRCODE = '42501';
            END IF;
            IF (NEW.hold_reason IS DISTINCT FROM OLD.hold_reason OR NEW.hold_until IS DISTINCT FROM OLD.hold_until OR NEW.clock_stopped IS DISTINCT FROM OLD.clock_stopped) OR (NEW.addr_mr_mrs IS DISTINCT FROM OLD.addr_mr_mrs OR NEW.addr_first_name IS DISTINCT FROM OLD.addr_first_name OR NEW.addr_last_name IS DISTINCT FROM OLD.addr_last_name OR NEW.addr_organisation IS DISTINCT FROM OLD.addr_organisation OR NEW.addr_line IS DISTINCT FROM OLD.addr_line OR NEW.addr_street IS DISTINCT FROM OLD.addr_street OR NEW.addr_house_number IS DISTINCT FROM OLD.addr_house_number OR NEW.addr_dwelling_number IS DISTINCT FROM OLD.addr_dwelling_number OR NEW.addr_post_office_box IS DISTINCT FROM OLD.addr_post_office_box OR NEW.addr_swiss_zip_code IS DISTINCT FROM OLD.addr_swiss_zip_code OR NEW.addr_foreign_zip_code IS DISTINCT FROM OLD.addr_foreign_zip_code OR NEW.addr_town IS DISTINCT FROM OLD.addr_town OR NEW.addr_country IS DISTINCT FROM OLD.addr_country) THEN
              RAISE EXCEPTION 'order %: the hold and the address change with a step of the lifecycle only',
                OLD.reference USING ERRCODE = '42501';
            END IF;
            IF NEW.assigned_to IS DISTINCT FROM OLD.assigned_to THEN
              IF NOT 'supervisor' = ANY(roles) OR OLD.status NOT IN ('in_review', 'on_hold', 'refusal_proposed') OR NOT EXISTS (
                   SELECT 1 FROM public.staff s JOIN public.staff_roles r ON r.username = s.username
                    WHERE s.username = NEW.assigned_to AND s.active AND r.role IN ('caseworker', 'supervisor'))
              THEN
                RAISE EXCEPTION 'only a supervisor reassigns order %, to an active caseworker', OLD.reference
                  USING ERRCODE = '42501';
              END IF;
            ELSIF NOT ('supervisor' = ANY(roles) OR OLD.assigned_to = me
                       OR ('caseworker' = ANY(roles) AND OLD.status IN ('shipped', 'delivered'))) THEN
              RAISE EXCEPTION '% does not work order %', me, OLD.reference USING ERRCODE = '42501';
            END IF;
          END IF;
          NEW.updated_by := me;
          NEW.updated_at := now();
          RETURN NEW;
        END $function$;

-- public.ocpm_check_order_event()
CREATE OR REPLACE FUNCTION public.ocpm_check_order_event()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        DECLARE
          me text := session_user;
          roles text[];
          o record;
        BEGIN
          IF public.ocpm_is_trusted() THEN RETURN coalesce(NEW, OLD); END IF;
          roles := public.ocpm_session_roles();
          -- a step of the lifecycle is checked against the transition table below; the other lines here
          IF (NEW.to_status IS NULL OR NEW.action = 'reassign') AND NOT EXISTS (
               SELECT 1 FROM ocpm_private.history_actions h WHERE h.action = NEW.action AND h.role = ANY(roles)) THEN
            RAISE EXCEPTION 'history line % is not one this login writes', NEW.action USING ERRCODE = '42501';
          END IF;
          SELECT x.status, x.assigned_to INTO o FROM public.orders x WHERE x.id = NEW.order_id;
          IF NEW.from_status IS NULL AND NEW.to_status IS NOT NULL THEN
            -- a new order (intake): its first line (the order may have taken its next step in the same batch)
            IF (NEW.to_status IS DISTINCT FROM o.status AND NOT EXISTS (
                  SELECT 1 FROM public.lifecycle_transitions t WHERE t.from_status = NEW.to_status
                     AND t.to_status = o.status AND t.role = ANY(roles))) OR NOT EXISTS (
                 SELECT 1 FROM public.lifecycle_transitions t WHERE t.from_status IS NULL
                    AND t.to_status = NEW.to_status AND t.action = NEW.action AND t.role = ANY(roles)) THEN
              RAISE EXCEPTION 'history line % does not match the order', NEW.action USING ERRCODE = '42501';
            END IF;
          ELSIF NEW.to_status IS NOT NULL AND NEW.action = 'reassign' THEN
            IF NEW.from_status IS DISTINCT FROM o.status OR NEW.to_status IS DISTINCT FROM o.status THEN
              RAISE EXCEPTION 'history line % does not match the order', NEW.action USING ERRCODE = '42501';
            END IF;
          ELSIF NEW.to_status IS NOT NULL THEN
            -- a step of the lifecycle this login may take, written beside it (the order is at one end of it)
            IF o.status NOT IN (NEW.from_status, NEW.to_status) OR NOT EXISTS (
                 SELECT 1 FROM public.lifecycle_transitions t WHERE t.from_status = NEW.from_status
                    AND t.to_status = NEW.to_status AND t.action = NEW.action AND t.role = ANY(roles)) THEN
              RAISE EXCEPTION 'history line % does not match the order', NEW.action USING ERRCODE = '42501';
            END IF;
          ELSIF NEW.from_status IS NOT NULL THEN
            RAISE EXCEPTION 'history line % does not match the order', NEW.action USING ERRCODE = '42501';
          ELSIF NOT ('supervisor' = ANY(roles) OR o.assigned_to = me
                     OR (NEW.action = 'correction_recorded' AND o.status IN ('shipped', 'delivered'))) THEN
            RAISE EXCEPTION '% does not work order %', me, NEW.order_id USING ERRCODE = '42501';
          END IF;
          NEW.actor := me;
          NEW.occurred_at := now();
          RETURN NEW;
        END $function$;

-- public.ocpm_check_quarantine()
CREATE OR REPLACE FUNCTION public.ocpm_check_quarantine()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        DECLARE
          me text := session_user;
          roles text[];
          o record;
        BEGIN
          IF public.ocpm_is_trusted() THEN RETURN coalesce(NEW, OLD); END IF;
          roles := public.ocpm_session_roles();
          IF TG_OP = 'INSERT' THEN
            NEW.received_at := now();
            NEW.resolved_at := NULL;
            NEW.resolved_by := NULL;
            NEW.resolution_note := NULL;
            RETURN NEW;
          END IF;
          IF OLD.resolved_at IS NOT NULL THEN
            RAISE EXCEPTION 'quarantine line % is resolved already', OLD.id USING ERRCODE = '42501';
          END IF;
          NEW.resolved_by := me;
          NEW.resolved_at := now();
          RETURN NEW;
        END $function$;

-- public.ocpm_check_shipment()
CREATE OR REPLACE FUNCTION public.ocpm_check_shipment()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        DECLARE
          me text := session_user;
          roles text[];
          o record;
        BEGIN
          IF public.ocpm_is_trusted() THEN RETURN coalesce(NEW, OLD); END IF;
          roles := public.ocpm_session_roles();
          IF TG_OP = 'INSERT' THEN
            SELECT x.status, x.updated_by, x.updated_at INTO o FROM public.orders x WHERE x.id = NEW.order_id;
            IF NEW.status <> 'shipped' OR NEW.return_reason IS NOT NULL OR NEW.delivered_on IS NOT NULL
               OR NEW.notified_on IS NOT NULL OR NEW.first_attempt_on IS NOT NULL OR NEW.deposit_list_id IS NOT NULL
            THEN
              RAISE EXCEPTION 'a shipment starts as shipped, with nothing delivered nor returned' USING ERRCODE = '42501';
            END IF;
            IF NOT (NEW.content = 'hearing_letter' OR o.status = 'ready_to_ship'
                    OR (o.status = 'shipped' AND (o.updated_by = me AND o.updated_at = now()))) THEN
              RAISE EXCEPTION 'order % is not ready to ship', NEW.order_id USING ERRCODE = '42501';
            END IF;
            NEW.shipped_by := me;
            NEW.shipped_at := now();
            RETURN NEW;
          END IF;
          IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
               (OLD.status = 'shipped' AND NEW.status IN ('delivered', 'returned'))
               OR (OLD.status = 'delivered' AND NEW.status = 'returned' AND 'mailroom' = ANY(roles))) THEN
            RAISE EXCEPTION 'shipment % cannot go from % to %', OLD.id, OLD.status, NEW.status USING ERRCODE = '42501';
          END IF;
          IF NEW.status = 'returned' AND NOT 'mailroom' = ANY(roles) THEN
            RAISE EXCEPTION 'the mail room records returned envelopes' USING ERRCODE = '42501';
          END IF;
          IF (OLD.delivered_on IS NOT NULL AND NEW.delivered_on IS DISTINCT FROM OLD.delivered_on)
             OR (OLD.first_attempt_on IS NOT NULL AND NEW.first_attempt_on IS DISTINCT FROM OLD.first_attempt_on)
             OR (OLD.notified_on IS NOT NULL AND NEW.notified_on IS DISTINCT FROM OLD.notified_on)
             OR (OLD.deposit_list_id IS NOT NULL AND NEW.deposit_list_id IS DISTINCT FROM OLD.deposit_list_id)
             OR (OLD.return_reason IS NOT NULL AND NEW.return_reason IS DISTINCT FROM OLD.return_reason) THEN
            RAISE EXCEPTION 'shipment %: what was recorded stays recorded', OLD.id USING ERRCODE = '42501';
          END IF;
          IF NEW.delivered_on IS NOT NULL AND OLD.delivered_on IS NULL AND NEW.status <> 'delivered' THEN
            RAISE EXCEPTION 'shipment %: a delivery date comes with the delivery', OLD.id USING ERRCODE = '42501';
          END IF;
          IF NEW.return_reason IS NOT NULL AND OLD.return_reason IS NULL AND NEW.status <> 'returned' THEN
            RAISE EXCEPTION 'shipment %: a return reason comes with the return', OLD.id USING ERRCODE = '42501';
          END IF;
          IF NEW.delivered_on < OLD.shipped_at::date OR NEW.delivered_on > current_date + 1
             OR NEW.first_attempt_on < OLD.shipped_at::date OR NEW.first_attempt_on > current_date + 1
             OR NEW.notified_on < OLD.shipped_at::date THEN
            RAISE EXCEPTION 'shipment %: a date between its shipping and today', OLD.id USING ERRCODE = '23514';
          END IF;
          RETURN NEW;
        END $function$;

-- public.ocpm_check_tracking_event()
CREATE OR REPLACE FUNCTION public.ocpm_check_tracking_event()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        DECLARE
          me text := session_user;
          roles text[];
          o record;
        BEGIN
          IF public.ocpm_is_trusted() THEN RETURN coalesce(NEW, OLD); END IF;
          roles := public.ocpm_session_roles();
          IF NOT EXISTS (SELECT 1 FROM public.shipments s WHERE s.id = NEW.shipment_id
                          AND s.item_number = NEW.item_number) THEN
            RAISE EXCEPTION 'a tracking event names its shipment''s item number' USING ERRCODE = '42501';
          END IF;
          NEW.recorded_by := me;
          RETURN NEW;
        END $function$;

-- public.ocpm_confirm_staff(p_username text, p_one_time_verifier text)
CREATE OR REPLACE FUNCTION public.ocpm_confirm_staff(p_username text, p_one_time_verifier text)
 RETURNS text
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        DECLARE
          trusted boolean;
          q record;
          done text[] := '{}';
          creator text;
        BEGIN
          
          trusted := public.ocpm_is_trusted();
          IF NOT (trusted OR 'admin' = ANY(public.ocpm_session_roles())) THEN
            RAISE EXCEPTION 'only an administrator manages staff accounts' USING ERRCODE = '42501';
          END IF;
          IF NOT EXISTS (SELECT 1 FROM public.staff_requests x WHERE x.username = p_username
                          AND x.confirmed_at IS NULL) THEN
            RAISE EXCEPTION 'nothing is pending for %', p_username USING ERRCODE = '22023';
          END IF;
          IF p_one_time_verifier IS NOT NULL AND NOT public.ocpm_scram_ok(p_one_time_verifier) THEN
            RAISE EXCEPTION 'the password must arrive as a well-formed SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
          END IF;
          FOR q IN SELECT * FROM public.staff_requests x WHERE x.username = p_username AND x.confirmed_at IS NULL
                    ORDER BY x.id FOR UPDATE LOOP
            SELECT c.requested_by INTO creator FROM public.staff_requests c
             WHERE c.username = q.requested_by AND c.kind = 'create' AND c.confirmed_at IS NOT NULL
             ORDER BY c.id DESC LIMIT 1;
            IF NOT trusted AND (q.requested_by = session_user OR p_username = session_user
                                OR creator IS NOT DISTINCT FROM session_user) THEN
              RAISE EXCEPTION 'a second administrator confirms: not the one who asked, not for themselves, not '
                              'for an account they created' USING ERRCODE = '42501';
            END IF;
            IF q.kind = 'create' THEN
              PERFORM public.ocpm_apply_staff(q.username, q.display_name, p_one_time_verifier, true,
                                              string_to_array(q.roles, ','));
            ELSIF q.kind = 'grant' THEN
              EXECUTE format('GRANT %I TO %I', 'ocpm_' || q.roles, q.username);
              INSERT INTO public.staff_roles (username, role) VALUES (q.username, q.roles) ON CONFLICT DO NOTHING;
            ELSIF q.kind = 'reactivate' THEN
              EXECUTE format('ALTER ROLE %I LOGIN', q.username);
              UPDATE public.staff SET active = true WHERE username = q.username;
            END IF;
            UPDATE public.staff_requests SET confirmed_by = session_user, confirmed_at = now() WHERE id = q.id;
            done := done || (q.kind || coalesce(':' || q.roles, ''));
          END LOOP;
          PERFORM public.ocpm_staff_audit('staff.confirmed', p_username,
                                          jsonb_build_object('confirmed', to_jsonb(done),
                                                             'one_time_password', p_one_time_verifier IS NOT NULL));
          RETURN array_to_string(done, ' ');
        END $function$;

-- public.ocpm_create_staff(p_username text, p_display_name text, p_password_verifier text, p_roles text[])
CREATE OR REPLACE FUNCTION public.ocpm_create_staff(p_username text, p_display_name text, p_password_verifier text, p_roles text[])
 RETURNS text
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        DECLARE
          r text;
          trusted boolean;
        BEGIN
          
          trusted := public.ocpm_is_trusted();
          IF NOT (trusted OR 'admin' = ANY(public.ocpm_session_roles())) THEN
            RAISE EXCEPTION 'only an administrator manages staff accounts' USING ERRCODE = '42501';
          END IF;
          IF p_username = session_user THEN
            RAISE EXCEPTION 'nobody may give themselves a role' USING ERRCODE = '42501';
          END IF;
          IF p_username !~ '^[a-z][a-z0-9_.-]{1,62}$' THEN
            RAISE EXCEPTION 'user name % is not valid', p_username USING ERRCODE = '22023';
          END IF;
          IF p_password_verifier IS NOT NULL AND NOT public.ocpm_scram_ok(p_password_verifier) THEN
            RAISE EXCEPTION 'the password must arrive as a well-formed SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
          END IF;
          IF array_length(p_roles, 1) IS NULL THEN
            RAISE EXCEPTION 'give the user at least one role' USING ERRCODE = '22023';
          END IF;
          FOREACH r IN ARRAY p_roles LOOP
            IF r NOT IN ('caseworker', 'supervisor', 'mailroom', 'admin', 'auditor', 'intake') THEN
              RAISE EXCEPTION 'unknown role %', r USING ERRCODE = '22023';
            END IF;
          END LOOP;
          IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles x WHERE x.rolname = p_username)
             OR EXISTS (SELECT 1 FROM public.staff s WHERE s.username = p_username)
             OR EXISTS (SELECT 1 FROM public.staff_requests q WHERE q.username = p_username
                           AND q.kind = 'create' AND q.confirmed_at IS NULL) THEN
            RAISE EXCEPTION 'a user named % already exists', p_username USING ERRCODE = '42710';
          END IF;
          IF trusted THEN  -- the owner bootstraps the office: at once
            PERFORM public.ocpm_apply_staff(p_username, p_display_name, p_password_verifier, false, p_roles);
            INSERT INTO public.staff_requests (username, kind, roles, display_name, requested_by, requested_at,
                                               confirmed_by, confirmed_at)
            VALUES (p_username, 'create', array_to_string(p_roles, ','), p_display_name, session_user, now(),
                    session_user, now());
            PERFORM public.ocpm_staff_audit('staff.created', p_username, jsonb_build_object('roles', p_roles));
            RETURN 'created';
          END IF;
          IF p_password_verifier IS NOT NULL THEN
            RAISE EXCEPTION 'the administrator who asks never knows the password: the one who confirms sets a '
                            'one-time password, or none (directory)' USING ERRCODE = '42501';
          END IF;
          INSERT INTO public.staff_requests (username, kind, roles, display_name, requested_by, requested_at)
          VALUES (p_username, 'create', array_to_string(p_roles, ','), p_display_name, session_user, now());
          PERFORM public.ocpm_staff_audit('staff.requested', p_username,
                                          jsonb_build_object('kind', 'create', 'roles', p_roles));
          RETURN 'requested';
        END $function$;

-- public.ocpm_deactivate_staff(p_username text)
CREATE OR REPLACE FUNCTION public.ocpm_deactivate_staff(p_username text)
 RETURNS TABLE(reference text, status text)
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        DECLARE trusted boolean;
        BEGIN
          
          trusted := public.ocpm_is_trusted();
          IF NOT (trusted OR 'admin' = ANY(public.ocpm_session_roles())) THEN
            RAISE EXCEPTION 'only an administrator manages staff accounts' USING ERRCODE = '42501';
          END IF;
          IF NOT EXISTS (SELECT 1 FROM public.staff s WHERE s.username = p_username) THEN
            RAISE EXCEPTION 'unknown account %', p_username USING ERRCODE = '22023';
          END IF;
          IF p_username = session_user THEN
            RAISE EXCEPTION 'an administrator does not deactivate their own account' USING ERRCODE = '42501';
          END IF;
          IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles x WHERE x.rolname = p_username) THEN
            EXECUTE format('ALTER ROLE %I NOLOGIN', p_username);
            PERFORM pg_catalog.pg_terminate_backend(a.pid) FROM pg_catalog.pg_stat_activity a
              WHERE a.usename = p_username AND a.pid <> pg_catalog.pg_backend_pid();
          END IF;
          UPDATE public.staff SET active = false WHERE username = p_username;
          PERFORM public.ocpm_staff_audit('staff.deactivated', p_username, '{}'::jsonb);
          RETURN QUERY SELECT o.reference::text, o.status::text FROM public.orders o
                        WHERE o.assigned_to = p_username ORDER BY o.reference;
        END $function$;

-- public.ocpm_grant_staff_role(p_username text, p_role text)
CREATE OR REPLACE FUNCTION public.ocpm_grant_staff_role(p_username text, p_role text)
 RETURNS text
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        DECLARE trusted boolean;
        BEGIN
          
          trusted := public.ocpm_is_trusted();
          IF NOT (trusted OR 'admin' = ANY(public.ocpm_session_roles())) THEN
            RAISE EXCEPTION 'only an administrator manages staff accounts' USING ERRCODE = '42501';
          END IF;
          IF p_username = session_user THEN
            RAISE EXCEPTION 'nobody may give themselves a role' USING ERRCODE = '42501';
          END IF;
          IF p_role NOT IN ('caseworker', 'supervisor', 'mailroom', 'admin', 'auditor', 'intake') THEN
            RAISE EXCEPTION 'unknown role %', p_role USING ERRCODE = '22023';
          END IF;
          IF NOT EXISTS (SELECT 1 FROM public.staff s WHERE s.username = p_username) THEN
            RAISE EXCEPTION 'unknown account %', p_username USING ERRCODE = '22023';
          END IF;
          IF EXISTS (SELECT 1 FROM public.staff_roles s WHERE s.username = p_username AND s.role = p_role) THEN
            RAISE EXCEPTION '% already has the role %', p_username, p_role USING ERRCODE = '22023';
          END IF;
          IF trusted THEN
            EXECUTE format('GRANT %I TO %I', 'ocpm_' || p_role, p_username);
            INSERT INTO public.staff_roles (username, role) VALUES (p_username, p_role);
            PERFORM public.ocpm_staff_audit('staff.role_granted', p_username, jsonb_build_object('role', p_role));
            RETURN 'granted';
          END IF;
          INSERT INTO public.staff_requests (username, kind, roles, requested_by, requested_at)
          VALUES (p_username, 'grant', p_role, session_user, now());
          PERFORM public.ocpm_staff_audit('staff.requested', p_username,
                                          jsonb_build_object('kind', 'grant', 'roles', ARRAY[p_role]));
          RETURN 'requested';
        END $function$;

-- public.ocpm_is_trusted()
CREATE OR REPLACE FUNCTION public.ocpm_is_trusted()
 RETURNS boolean
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        BEGIN
          RETURN pg_catalog.pg_has_role(session_user,
                   (SELECT d.datdba FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database()),
                   'MEMBER');
        END $function$;

-- public.ocpm_order_event_moved()
CREATE OR REPLACE FUNCTION public.ocpm_order_event_moved()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        DECLARE
          me text := session_user;
          o record;
        BEGIN
          IF public.ocpm_is_trusted() THEN RETURN NULL; END IF;
          SELECT x.updated_by, x.updated_at INTO o FROM public.orders x WHERE x.id = NEW.order_id;
          IF NOT (o.updated_by = me AND o.updated_at = now()) THEN
            RAISE EXCEPTION 'a history line goes with a change of order %', NEW.order_id USING ERRCODE = '42501';
          END IF;
          RETURN NULL;
        END $function$;

-- public.ocpm_orders_notify()
CREATE OR REPLACE FUNCTION public.ocpm_orders_notify()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        BEGIN
            PERFORM pg_notify('ocpm_orders', '');
            RETURN NULL;
        END
        $function$;

-- public.ocpm_reactivate_staff(p_username text)
CREATE OR REPLACE FUNCTION public.ocpm_reactivate_staff(p_username text)
 RETURNS text
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        DECLARE trusted boolean;
        BEGIN
          
          trusted := public.ocpm_is_trusted();
          IF NOT (trusted OR 'admin' = ANY(public.ocpm_session_roles())) THEN
            RAISE EXCEPTION 'only an administrator manages staff accounts' USING ERRCODE = '42501';
          END IF;
          IF NOT EXISTS (SELECT 1 FROM public.staff s WHERE s.username = p_username AND NOT s.active) THEN
            RAISE EXCEPTION 'no deactivated account %', p_username USING ERRCODE = '22023';
          END IF;
          IF p_username = session_user THEN
            RAISE EXCEPTION 'nobody may give themselves a role' USING ERRCODE = '42501';
          END IF;
          IF trusted THEN
            EXECUTE format('ALTER ROLE %I LOGIN', p_username);
            UPDATE public.staff SET active = true WHERE username = p_username;
            PERFORM public.ocpm_staff_audit('staff.reactivated', p_username, '{}'::jsonb);
            RETURN 'reactivated';
          END IF;
          INSERT INTO public.staff_requests (username, kind, requested_by, requested_at)
          VALUES (p_username, 'reactivate', session_user, now());
          PERFORM public.ocpm_staff_audit('staff.requested', p_username, jsonb_build_object('kind', 'reactivate'));
          RETURN 'requested';
        END $function$;

-- public.ocpm_reap_sessions(force boolean)
CREATE OR REPLACE FUNCTION public.ocpm_reap_sessions(force boolean DEFAULT false)
 RETURNS integer
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
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
               AND EXISTS (SELECT 1 FROM pg_catalog.pg_roles g WHERE g.rolname IN ('ocpm_caseworker', 'ocpm_supervisor', 'ocpm_mailroom', 'ocpm_admin', 'ocpm_auditor', 'ocpm_intake')
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
        END $function$;

-- public.ocpm_reaper_ready()
CREATE OR REPLACE FUNCTION public.ocpm_reaper_ready()
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
          SELECT pg_catalog.pg_has_role(current_user, 'pg_signal_backend', 'USAGE')
             AND pg_catalog.pg_has_role(current_user, 'pg_read_all_stats', 'USAGE')
        $function$;

-- public.ocpm_revoke_staff_role(p_username text, p_role text)
CREATE OR REPLACE FUNCTION public.ocpm_revoke_staff_role(p_username text, p_role text)
 RETURNS text
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        DECLARE trusted boolean;
        BEGIN
          
          trusted := public.ocpm_is_trusted();
          IF NOT (trusted OR 'admin' = ANY(public.ocpm_session_roles())) THEN
            RAISE EXCEPTION 'only an administrator manages staff accounts' USING ERRCODE = '42501';
          END IF;
          IF NOT EXISTS (SELECT 1 FROM public.staff_roles s WHERE s.username = p_username AND s.role = p_role) THEN
            RAISE EXCEPTION '% does not have the role %', p_username, p_role USING ERRCODE = '22023';
          END IF;
          EXECUTE format('REVOKE %I FROM %I', 'ocpm_' || p_role, p_username);
          DELETE FROM public.staff_roles s WHERE s.username = p_username AND s.role = p_role;
          DELETE FROM public.staff_requests q WHERE q.username = p_username AND q.kind = 'grant'
             AND q.roles = p_role AND q.confirmed_at IS NULL;
          PERFORM public.ocpm_staff_audit('staff.role_revoked', p_username, jsonb_build_object('role', p_role));
          RETURN 'revoked';
        END $function$;

-- public.ocpm_row_audit()
CREATE OR REPLACE FUNCTION public.ocpm_row_audit()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        DECLARE
          changed text[];
          payload jsonb;
          row_id text;
          old_row jsonb;
        BEGIN
          IF current_setting('ocpm.skip_row_audit', true) = 'on' AND public.ocpm_bulk_load() THEN
            RETURN NULL;  -- a bulk load by the database owner (demo seed) writes one summary event instead
          END IF;
          IF TG_OP = 'UPDATE' THEN
            old_row := to_jsonb(OLD);
            SELECT array_agg(n.key ORDER BY n.key) INTO changed
              FROM jsonb_each(to_jsonb(NEW)) n WHERE n.value IS DISTINCT FROM old_row -> n.key;
            IF changed IS NULL THEN RETURN NULL; END IF;
            row_id := NEW.id::text;
            payload := jsonb_build_object('columns', to_jsonb(changed));
            IF 'status' = ANY(changed) THEN
              payload := payload || jsonb_build_object('from', old_row -> 'status', 'to', to_jsonb(NEW) -> 'status');
            END IF;
          ELSIF TG_OP = 'INSERT' THEN
            row_id := NEW.id::text;
            payload := jsonb_build_object('status', to_jsonb(NEW) -> 'status');
          ELSE
            row_id := OLD.id::text;
            payload := jsonb_build_object('status', to_jsonb(OLD) -> 'status');
          END IF;
          INSERT INTO public.audit_events (occurred_at, actor, action, entity, entity_id, payload)
          VALUES (clock_timestamp(), session_user, 'row.' || lower(TG_OP), TG_TABLE_NAME, row_id, payload::text);
          RETURN NULL;
        END $function$;

-- public.ocpm_row_audit_inserted()
CREATE OR REPLACE FUNCTION public.ocpm_row_audit_inserted()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        BEGIN
          IF current_setting('ocpm.skip_row_audit', true) = 'on' AND public.ocpm_bulk_load() THEN
            RETURN NULL;  -- a bulk load by the database owner (demo seed) writes one summary event instead
          END IF;
          INSERT INTO public.audit_events (occurred_at, actor, action, entity, entity_id, payload)
          SELECT clock_timestamp(), session_user, 'row.insert', TG_TABLE_NAME, n.id::text,
                 jsonb_build_object('status', n.status)::text
            FROM new_rows n ORDER BY n.id;
          RETURN NULL;
        END $function$;

-- public.ocpm_scram_ok(v text)
CREATE OR REPLACE FUNCTION public.ocpm_scram_ok(v text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
          SELECT v ~ '^SCRAM-SHA-256\$[0-9]{4,7}:[A-Za-z0-9+/]{16,}={0,2}\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=$'
             AND length(decode(split_part(split_part(v, '$', 3), ':', 1), 'base64')) = 32
             AND length(decode(split_part(split_part(v, '$', 3), ':', 2), 'base64')) = 32
             AND split_part(split_part(v, '$', 2), ':', 1)::integer >= 4096
        $function$;

-- public.ocpm_seal_audit()
CREATE OR REPLACE FUNCTION public.ocpm_seal_audit()
 RETURNS integer
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        DECLARE
          sealed integer;
          total integer := 0;
        BEGIN
          PERFORM public.ocpm_reap_sessions();
          PERFORM public.ocpm_take_seal_lock(true);
          LOOP
            sealed := public.ocpm_audit_seal_pending(10000, true);
            total := total + sealed;
            EXIT WHEN sealed < 10000;
          END LOOP;
          RETURN total;
        END $function$;

-- public.ocpm_session_roles()
CREATE OR REPLACE FUNCTION public.ocpm_session_roles()
 RETURNS text[]
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        BEGIN
          -- by name, one cached membership test per group (no scan of pg_roles: this runs in every row check)
          RETURN array_remove(ARRAY[CASE WHEN pg_catalog.pg_has_role(session_user, 'ocpm_admin', 'MEMBER') THEN 'admin' END, CASE WHEN pg_catalog.pg_has_role(session_user, 'ocpm_auditor', 'MEMBER') THEN 'auditor' END, CASE WHEN pg_catalog.pg_has_role(session_user, 'ocpm_caseworker', 'MEMBER') THEN 'caseworker' END, CASE WHEN pg_catalog.pg_has_role(session_user, 'ocpm_intake', 'MEMBER') THEN 'intake' END, CASE WHEN pg_catalog.pg_has_role(session_user, 'ocpm_mailroom', 'MEMBER') THEN 'mailroom' END, CASE WHEN pg_catalog.pg_has_role(session_user, 'ocpm_supervisor', 'MEMBER') THEN 'supervisor' END], NULL);
        END $function$;

-- public.ocpm_set_own_password(p_verifier text)
CREATE OR REPLACE FUNCTION public.ocpm_set_own_password(p_verifier text)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        BEGIN
          IF NOT public.ocpm_scram_ok(p_verifier) THEN
            RAISE EXCEPTION 'the password must arrive as a well-formed SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
          END IF;
          IF NOT EXISTS (SELECT 1 FROM public.staff s WHERE s.username = session_user AND s.active) THEN
            RAISE EXCEPTION 'only an active staff account sets its password here' USING ERRCODE = '42501';
          END IF;
          EXECUTE format('ALTER ROLE %I PASSWORD %L VALID UNTIL %L', session_user, p_verifier, 'infinity');
          PERFORM public.ocpm_staff_audit('staff.password_set', session_user, '{}'::jsonb);
        END $function$;

-- public.ocpm_skip_row_audit()
CREATE OR REPLACE FUNCTION public.ocpm_skip_row_audit()
 RETURNS void
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        BEGIN
          IF NOT public.ocpm_is_trusted() THEN
            RAISE EXCEPTION 'only the database owner loads in bulk' USING ERRCODE = '42501';
          END IF;
          INSERT INTO ocpm_private.bulk_load VALUES (pg_catalog.pg_current_xact_id(), pg_catalog.now())
          ON CONFLICT DO NOTHING;
          PERFORM pg_catalog.set_config('ocpm.skip_row_audit', 'on', true);
        END $function$;

-- public.ocpm_staff_audit(p_action text, p_username text, p_payload jsonb)
CREATE OR REPLACE FUNCTION public.ocpm_staff_audit(p_action text, p_username text, p_payload jsonb)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        BEGIN
          INSERT INTO public.audit_events (occurred_at, actor, action, entity, entity_id, payload)
          VALUES (clock_timestamp(), session_user, p_action, 'staff', p_username, p_payload::text);
        END $function$;

-- public.ocpm_take_seal_lock(wait boolean)
CREATE OR REPLACE FUNCTION public.ocpm_take_seal_lock(wait boolean)
 RETURNS boolean
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
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
        END $function$;

-- public.ocpm_try_seal_audit()
CREATE OR REPLACE FUNCTION public.ocpm_try_seal_audit()
 RETURNS integer
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
        DECLARE
          sealed integer;
          total integer := 0;
        BEGIN
          PERFORM public.ocpm_reap_sessions();
          IF NOT public.ocpm_take_seal_lock(false) THEN
            RETURN NULL;  -- another transaction is sealing
          END IF;
          LOOP
            sealed := public.ocpm_audit_seal_pending(10000, false);
            total := total + sealed;
            EXIT WHEN sealed < 10000;
          END LOOP;
          RETURN total;
        END $function$;

-- 27 triggers

-- ocpm_audit_chain ON public.audit_events
CREATE TRIGGER ocpm_audit_chain BEFORE INSERT ON public.audit_events FOR EACH ROW EXECUTE FUNCTION public.ocpm_audit_chain();

-- ocpm_audit_immutable ON public.audit_events
CREATE TRIGGER ocpm_audit_immutable BEFORE DELETE OR UPDATE ON public.audit_events FOR EACH ROW EXECUTE FUNCTION public.ocpm_audit_immutable();

-- ocpm_check_condition_result ON public.condition_results
CREATE TRIGGER ocpm_check_condition_result BEFORE INSERT OR UPDATE ON public.condition_results FOR EACH ROW EXECUTE FUNCTION public.ocpm_check_condition_result();

-- ocpm_check_correction ON public.correction_requests
CREATE TRIGGER ocpm_check_correction BEFORE INSERT ON public.correction_requests FOR EACH ROW EXECUTE FUNCTION public.ocpm_check_correction();

-- ocpm_check_decision ON public.decisions
CREATE TRIGGER ocpm_check_decision BEFORE INSERT OR UPDATE ON public.decisions FOR EACH ROW EXECUTE FUNCTION public.ocpm_check_decision();

-- ocpm_check_decision_grounds ON public.decision_grounds
CREATE TRIGGER ocpm_check_decision_grounds BEFORE INSERT OR DELETE OR UPDATE ON public.decision_grounds FOR EACH ROW EXECUTE FUNCTION public.ocpm_check_decision_grounds();

-- ocpm_check_deposit_list ON public.deposit_lists
CREATE TRIGGER ocpm_check_deposit_list BEFORE INSERT ON public.deposit_lists FOR EACH ROW EXECUTE FUNCTION public.ocpm_check_deposit_list();

-- ocpm_check_document ON public.documents
CREATE TRIGGER ocpm_check_document BEFORE INSERT OR UPDATE ON public.documents FOR EACH ROW EXECUTE FUNCTION public.ocpm_check_document();

-- ocpm_check_hearing ON public.hearings
CREATE TRIGGER ocpm_check_hearing BEFORE INSERT OR UPDATE ON public.hearings FOR EACH ROW EXECUTE FUNCTION public.ocpm_check_hearing();

-- ocpm_check_order ON public.orders
CREATE TRIGGER ocpm_check_order BEFORE INSERT OR UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.ocpm_check_order();

-- ocpm_check_order_event ON public.order_events
CREATE TRIGGER ocpm_check_order_event BEFORE INSERT ON public.order_events FOR EACH ROW EXECUTE FUNCTION public.ocpm_check_order_event();

-- ocpm_check_quarantine ON public.import_quarantine
CREATE TRIGGER ocpm_check_quarantine BEFORE INSERT OR UPDATE ON public.import_quarantine FOR EACH ROW EXECUTE FUNCTION public.ocpm_check_quarantine();

-- ocpm_check_shipment ON public.shipments
CREATE TRIGGER ocpm_check_shipment BEFORE INSERT OR UPDATE ON public.shipments FOR EACH ROW EXECUTE FUNCTION public.ocpm_check_shipment();

-- ocpm_check_tracking_event ON public.tracking_events
CREATE TRIGGER ocpm_check_tracking_event BEFORE INSERT ON public.tracking_events FOR EACH ROW EXECUTE FUNCTION public.ocpm_check_tracking_event();

-- ocpm_order_event_moved ON public.order_events
CREATE CONSTRAINT TRIGGER ocpm_order_event_moved AFTER INSERT ON public.order_events DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.ocpm_order_event_moved();

-- ocpm_orders_notify ON public.orders
CREATE TRIGGER ocpm_orders_notify AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.orders FOR EACH STATEMENT EXECUTE FUNCTION public.ocpm_orders_notify();

-- ocpm_row_audit ON public.condition_results
CREATE CONSTRAINT TRIGGER ocpm_row_audit AFTER INSERT OR DELETE OR UPDATE ON public.condition_results DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.ocpm_row_audit();

-- ocpm_row_audit ON public.correction_requests
CREATE CONSTRAINT TRIGGER ocpm_row_audit AFTER INSERT OR DELETE OR UPDATE ON public.correction_requests DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.ocpm_row_audit();

-- ocpm_row_audit ON public.decisions
CREATE CONSTRAINT TRIGGER ocpm_row_audit AFTER INSERT OR DELETE OR UPDATE ON public.decisions DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.ocpm_row_audit();

-- ocpm_row_audit ON public.deposit_lists
CREATE CONSTRAINT TRIGGER ocpm_row_audit AFTER INSERT OR DELETE OR UPDATE ON public.deposit_lists DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.ocpm_row_audit();

-- ocpm_row_audit ON public.documents
CREATE CONSTRAINT TRIGGER ocpm_row_audit AFTER INSERT OR DELETE OR UPDATE ON public.documents DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.ocpm_row_audit();

-- ocpm_row_audit ON public.hearings
CREATE CONSTRAINT TRIGGER ocpm_row_audit AFTER INSERT OR DELETE OR UPDATE ON public.hearings DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.ocpm_row_audit();

-- ocpm_row_audit ON public.import_quarantine
CREATE CONSTRAINT TRIGGER ocpm_row_audit AFTER INSERT OR DELETE OR UPDATE ON public.import_quarantine DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.ocpm_row_audit();

-- ocpm_row_audit ON public.orders
CREATE CONSTRAINT TRIGGER ocpm_row_audit AFTER DELETE OR UPDATE ON public.orders DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.ocpm_row_audit();

-- ocpm_row_audit ON public.shipments
CREATE CONSTRAINT TRIGGER ocpm_row_audit AFTER INSERT OR DELETE OR UPDATE ON public.shipments DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.ocpm_row_audit();

-- ocpm_row_audit ON public.tracking_events
CREATE CONSTRAINT TRIGGER ocpm_row_audit AFTER INSERT OR DELETE OR UPDATE ON public.tracking_events DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.ocpm_row_audit();

-- ocpm_row_audit_inserted ON public.orders
CREATE TRIGGER ocpm_row_audit_inserted AFTER INSERT ON public.orders REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.ocpm_row_audit_inserted();
