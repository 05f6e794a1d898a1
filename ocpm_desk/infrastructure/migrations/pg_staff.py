"""PostgreSQL only: staff accounts given by two administrators (migration 0013, issue 16 §1).

Anything that gives a role — a new account, a role added to one, an account reactivated — is a *request*
(``staff_requests``) that takes effect only when a second administrator confirms it (``ocpm_confirm_staff``). A login
never confirms a request it made, one for itself, nor one made by an account it created. The database owner (who runs
``init-db``) acts at once (bootstrap). What removes access (revoking a role, deactivating an account) takes effect at
once, by one administrator.

The requester never knows a usable password: an administrator's request carries none; the confirming administrator
gives either none (the server authenticates the person against the directory) or a one-time password, valid 72 hours
(``VALID UNTIL``), which the person replaces with ``ocpm_set_own_password`` (the verifier of a new password, hashed
on the client). Every verifier must be a well-formed SCRAM-SHA-256 verifier: PostgreSQL would store anything else as
a plain password the caller knows. Deactivating an account makes its login ``NOLOGIN``, ends its open sessions, and
returns the open orders it holds (for reassignment). Each function writes its own audit event.
"""

from __future__ import annotations

from sqlalchemy import Connection

from ocpm_desk.infrastructure.migrations.pg_security import GROUPS, role_prefix
from ocpm_desk.infrastructure.migrations.pg_write_model import PATH
from ocpm_desk.infrastructure.migrations.revisions import execute

#: A SCRAM-SHA-256 verifier as libpq writes it: iterations, base64 salt, base64 StoredKey and ServerKey (32 bytes).
SCRAM = r"^SCRAM-SHA-256\$[0-9]{4,7}:[A-Za-z0-9+/]{16,}={0,2}\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=$"
ONE_TIME_VALIDITY = "72 hours"


def _sql(p: str) -> list[str]:
    g = {name: f"{p}{name}" for name in GROUPS}
    group_names = ", ".join(f"'{n}'" for n in GROUPS)
    deny = "USING ERRCODE = '42501'"
    invalid = "USING ERRCODE = '22023'"
    common = f"""LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$"""
    admin_check = f"""
          trusted := public.ocpm_is_trusted();
          IF NOT (trusted OR 'admin' = ANY(public.ocpm_session_roles())) THEN
            RAISE EXCEPTION 'only an administrator manages staff accounts' {deny};
          END IF;"""
    return [
        f"""CREATE OR REPLACE FUNCTION public.ocpm_scram_ok(v text) RETURNS boolean
        LANGUAGE sql IMMUTABLE {PATH} AS $$
          SELECT v ~ '{SCRAM}'
             AND length(decode(split_part(split_part(v, '$', 3), ':', 1), 'base64')) = 32
             AND length(decode(split_part(split_part(v, '$', 3), ':', 2), 'base64')) = 32
             AND split_part(split_part(v, '$', 2), ':', 1)::integer >= 4096
        $$""",
        f"""CREATE OR REPLACE FUNCTION public.ocpm_staff_audit(p_action text, p_username text, p_payload jsonb)
        RETURNS void {common}
        BEGIN
          INSERT INTO public.audit_events (occurred_at, actor, action, entity, entity_id, payload)
          VALUES (clock_timestamp(), session_user, p_action, 'staff', p_username, p_payload::text);
        END $$""",
        # the account and its roles, as confirmed: the login role, its groups, the staff rows
        f"""CREATE OR REPLACE FUNCTION public.ocpm_apply_staff(p_username text, p_display_name text,
            p_verifier text, p_one_time boolean, p_roles text[]) RETURNS void {common}
        DECLARE r text;
        BEGIN
          IF p_verifier IS NULL THEN
            EXECUTE format('CREATE ROLE %I LOGIN', p_username);
          ELSIF p_one_time THEN
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L VALID UNTIL %L', p_username, p_verifier,
                           (clock_timestamp() + interval '{ONE_TIME_VALIDITY}')::text);
          ELSE
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_username, p_verifier);
          END IF;
          FOREACH r IN ARRAY p_roles LOOP
            EXECUTE format('GRANT %I TO %I', '{p}' || r, p_username);
          END LOOP;
          INSERT INTO public.staff (username, display_name, password_hash, active, failed_logins, created_at)
          VALUES (p_username, p_display_name, NULL, true, 0, now());
          INSERT INTO public.staff_roles (username, role) SELECT p_username, unnest(p_roles);
        END $$""",
        f"""CREATE OR REPLACE FUNCTION public.ocpm_create_staff(p_username text, p_display_name text,
            p_password_verifier text, p_roles text[]) RETURNS text {common}
        DECLARE
          r text;
          trusted boolean;
        BEGIN
          {admin_check}
          IF p_username = session_user THEN
            RAISE EXCEPTION 'nobody may give themselves a role' {deny};
          END IF;
          IF p_username !~ '^[a-z][a-z0-9_.-]{{1,62}}$' THEN
            RAISE EXCEPTION 'user name % is not valid', p_username {invalid};
          END IF;
          IF p_password_verifier IS NOT NULL AND NOT public.ocpm_scram_ok(p_password_verifier) THEN
            RAISE EXCEPTION 'the password must arrive as a well-formed SCRAM-SHA-256 verifier' {invalid};
          END IF;
          IF array_length(p_roles, 1) IS NULL THEN
            RAISE EXCEPTION 'give the user at least one role' {invalid};
          END IF;
          FOREACH r IN ARRAY p_roles LOOP
            IF r NOT IN ({group_names}) THEN
              RAISE EXCEPTION 'unknown role %', r {invalid};
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
                            'one-time password, or none (directory)' {deny};
          END IF;
          INSERT INTO public.staff_requests (username, kind, roles, display_name, requested_by, requested_at)
          VALUES (p_username, 'create', array_to_string(p_roles, ','), p_display_name, session_user, now());
          PERFORM public.ocpm_staff_audit('staff.requested', p_username,
                                          jsonb_build_object('kind', 'create', 'roles', p_roles));
          RETURN 'requested';
        END $$""",
        f"""CREATE OR REPLACE FUNCTION public.ocpm_grant_staff_role(p_username text, p_role text) RETURNS text
        {common}
        DECLARE trusted boolean;
        BEGIN
          {admin_check}
          IF p_username = session_user THEN
            RAISE EXCEPTION 'nobody may give themselves a role' {deny};
          END IF;
          IF p_role NOT IN ({group_names}) THEN
            RAISE EXCEPTION 'unknown role %', p_role {invalid};
          END IF;
          IF NOT EXISTS (SELECT 1 FROM public.staff s WHERE s.username = p_username) THEN
            RAISE EXCEPTION 'unknown account %', p_username USING ERRCODE = '22023';
          END IF;
          IF EXISTS (SELECT 1 FROM public.staff_roles s WHERE s.username = p_username AND s.role = p_role) THEN
            RAISE EXCEPTION '% already has the role %', p_username, p_role USING ERRCODE = '22023';
          END IF;
          IF trusted THEN
            EXECUTE format('GRANT %I TO %I', '{p}' || p_role, p_username);
            INSERT INTO public.staff_roles (username, role) VALUES (p_username, p_role);
            PERFORM public.ocpm_staff_audit('staff.role_granted', p_username, jsonb_build_object('role', p_role));
            RETURN 'granted';
          END IF;
          INSERT INTO public.staff_requests (username, kind, roles, requested_by, requested_at)
          VALUES (p_username, 'grant', p_role, session_user, now());
          PERFORM public.ocpm_staff_audit('staff.requested', p_username,
                                          jsonb_build_object('kind', 'grant', 'roles', ARRAY[p_role]));
          RETURN 'requested';
        END $$""",
        f"""CREATE OR REPLACE FUNCTION public.ocpm_revoke_staff_role(p_username text, p_role text) RETURNS text
        {common}
        DECLARE trusted boolean;
        BEGIN
          {admin_check}
          IF NOT EXISTS (SELECT 1 FROM public.staff_roles s WHERE s.username = p_username AND s.role = p_role) THEN
            RAISE EXCEPTION '% does not have the role %', p_username, p_role USING ERRCODE = '22023';
          END IF;
          EXECUTE format('REVOKE %I FROM %I', '{p}' || p_role, p_username);
          DELETE FROM public.staff_roles s WHERE s.username = p_username AND s.role = p_role;
          DELETE FROM public.staff_requests q WHERE q.username = p_username AND q.kind = 'grant'
             AND q.roles = p_role AND q.confirmed_at IS NULL;
          PERFORM public.ocpm_staff_audit('staff.role_revoked', p_username, jsonb_build_object('role', p_role));
          RETURN 'revoked';
        END $$""",
        f"""CREATE OR REPLACE FUNCTION public.ocpm_confirm_staff(p_username text, p_one_time_verifier text)
        RETURNS text {common}
        DECLARE
          trusted boolean;
          q record;
          done text[] := '{{}}';
          creator text;
        BEGIN
          {admin_check}
          IF NOT EXISTS (SELECT 1 FROM public.staff_requests x WHERE x.username = p_username
                          AND x.confirmed_at IS NULL) THEN
            RAISE EXCEPTION 'nothing is pending for %', p_username USING ERRCODE = '22023';
          END IF;
          IF p_one_time_verifier IS NOT NULL AND NOT public.ocpm_scram_ok(p_one_time_verifier) THEN
            RAISE EXCEPTION 'the password must arrive as a well-formed SCRAM-SHA-256 verifier' {invalid};
          END IF;
          FOR q IN SELECT * FROM public.staff_requests x WHERE x.username = p_username AND x.confirmed_at IS NULL
                    ORDER BY x.id FOR UPDATE LOOP
            SELECT c.requested_by INTO creator FROM public.staff_requests c
             WHERE c.username = q.requested_by AND c.kind = 'create' AND c.confirmed_at IS NOT NULL
             ORDER BY c.id DESC LIMIT 1;
            IF NOT trusted AND (q.requested_by = session_user OR p_username = session_user
                                OR creator IS NOT DISTINCT FROM session_user) THEN
              RAISE EXCEPTION 'a second administrator confirms: not the one who asked, not for themselves, not '
                              'for an account they created' {deny};
            END IF;
            IF q.kind = 'create' THEN
              PERFORM public.ocpm_apply_staff(q.username, q.display_name, p_one_time_verifier, true,
                                              string_to_array(q.roles, ','));
            ELSIF q.kind = 'grant' THEN
              EXECUTE format('GRANT %I TO %I', '{p}' || q.roles, q.username);
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
        END $$""",
        f"""CREATE OR REPLACE FUNCTION public.ocpm_deactivate_staff(p_username text)
        RETURNS TABLE (reference text, status text) {common}
        DECLARE trusted boolean;
        BEGIN
          {admin_check}
          IF NOT EXISTS (SELECT 1 FROM public.staff s WHERE s.username = p_username) THEN
            RAISE EXCEPTION 'unknown account %', p_username USING ERRCODE = '22023';
          END IF;
          IF p_username = session_user THEN
            RAISE EXCEPTION 'an administrator does not deactivate their own account' {deny};
          END IF;
          IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles x WHERE x.rolname = p_username) THEN
            EXECUTE format('ALTER ROLE %I NOLOGIN', p_username);
            PERFORM pg_catalog.pg_terminate_backend(a.pid) FROM pg_catalog.pg_stat_activity a
              WHERE a.usename = p_username AND a.pid <> pg_catalog.pg_backend_pid();
          END IF;
          UPDATE public.staff SET active = false WHERE username = p_username;
          PERFORM public.ocpm_staff_audit('staff.deactivated', p_username, '{{}}'::jsonb);
          RETURN QUERY SELECT o.reference::text, o.status::text FROM public.orders o
                        WHERE o.assigned_to = p_username ORDER BY o.reference;
        END $$""",
        f"""CREATE OR REPLACE FUNCTION public.ocpm_reactivate_staff(p_username text) RETURNS text {common}
        DECLARE trusted boolean;
        BEGIN
          {admin_check}
          IF NOT EXISTS (SELECT 1 FROM public.staff s WHERE s.username = p_username AND NOT s.active) THEN
            RAISE EXCEPTION 'no deactivated account %', p_username USING ERRCODE = '22023';
          END IF;
          IF p_username = session_user THEN
            RAISE EXCEPTION 'nobody may give themselves a role' {deny};
          END IF;
          IF trusted THEN
            EXECUTE format('ALTER ROLE %I LOGIN', p_username);
            UPDATE public.staff SET active = true WHERE username = p_username;
            PERFORM public.ocpm_staff_audit('staff.reactivated', p_username, '{{}}'::jsonb);
            RETURN 'reactivated';
          END IF;
          INSERT INTO public.staff_requests (username, kind, requested_by, requested_at)
          VALUES (p_username, 'reactivate', session_user, now());
          PERFORM public.ocpm_staff_audit('staff.requested', p_username, jsonb_build_object('kind', 'reactivate'));
          RETURN 'requested';
        END $$""",
        f"""CREATE OR REPLACE FUNCTION public.ocpm_set_own_password(p_verifier text) RETURNS void {common}
        BEGIN
          IF NOT public.ocpm_scram_ok(p_verifier) THEN
            RAISE EXCEPTION 'the password must arrive as a well-formed SCRAM-SHA-256 verifier' {invalid};
          END IF;
          IF NOT EXISTS (SELECT 1 FROM public.staff s WHERE s.username = session_user AND s.active) THEN
            RAISE EXCEPTION 'only an active staff account sets its password here' {deny};
          END IF;
          EXECUTE format('ALTER ROLE %I PASSWORD %L VALID UNTIL %L', session_user, p_verifier, 'infinity');
          PERFORM public.ocpm_staff_audit('staff.password_set', session_user, '{{}}'::jsonb);
        END $$""",
        # grants: the functions, and no direct way around them
        "REVOKE ALL ON FUNCTION public.ocpm_create_staff(text, text, text, text[]), "
        "public.ocpm_grant_staff_role(text, text), public.ocpm_revoke_staff_role(text, text), "
        "public.ocpm_confirm_staff(text, text), public.ocpm_deactivate_staff(text), "
        "public.ocpm_reactivate_staff(text), public.ocpm_set_own_password(text), "
        "public.ocpm_apply_staff(text, text, text, boolean, text[]), "
        "public.ocpm_staff_audit(text, text, jsonb), public.ocpm_scram_ok(text) FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION public.ocpm_create_staff(text, text, text, text[]), "
        f"public.ocpm_grant_staff_role(text, text), public.ocpm_revoke_staff_role(text, text), "
        f"public.ocpm_confirm_staff(text, text), public.ocpm_deactivate_staff(text), "
        f"public.ocpm_reactivate_staff(text) TO {g['admin']}",
        f"GRANT EXECUTE ON FUNCTION public.ocpm_set_own_password(text) TO {', '.join(g.values())}",
        f"REVOKE UPDATE ON staff FROM {g['admin']}",
        f"GRANT UPDATE (display_name, team_id) ON staff TO {g['admin']}",
        f"GRANT SELECT ON staff_requests TO {g['admin']}, {g['auditor']}",
    ]


def install(connection: Connection) -> None:
    if connection.dialect.name != "postgresql":
        return
    execute(connection, _sql(role_prefix()))
