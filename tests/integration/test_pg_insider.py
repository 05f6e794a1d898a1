"""An insider with psql and their own login, against a private cluster with demo data (issue 15, DESIGN §5).

One cluster for the module, with real passwords: the database belongs to a login that is not a superuser (as an
office's DBA would set it up: CREATEROLE, owner of the database, ``pg_signal_backend`` and ``pg_read_all_stats``
granted, the log settings README names), migrated and seeded with the demo data by that owner. Each staff member
connects with psycopg under their own login — two caseworkers, two supervisors, two administrators, the mail room,
an auditor and the intake account — and tries what the application would not let them do.

Every attack asserts that the business tables are **unchanged** (a digest of every table, audit events and the
database's own state included, before and after), not only that an error came back. Attacks that must be refused
also assert the error; what the database stamps itself (who and when) is checked inside a transaction that is rolled
back, so the data stay as they were.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
from pg_cluster import PrivateCluster, private_cluster
from sqlalchemy import text

from ocpm_desk.demo.seed import seed_demo
from ocpm_desk.infrastructure.database import init_database
from ocpm_desk.infrastructure.db.engine import make_engine
from ocpm_desk.infrastructure.migrations.pg_write_model import INSERTS
from ocpm_desk.infrastructure.uow import SYSTEM_CLI

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

SUPERUSER_PW = "insider-suite-superuser"
OWNER = "ocpm_owner"
OWNER_PW = "owner-Pa55-word"
#: login → group (the demo seed's staff rows name the same people; admin2 is added).
LOGINS = {
    "gestionnaire": "caseworker", "gestionnaire2": "caseworker", "responsable": "supervisor",
    "responsable2": "supervisor", "courrier": "mailroom", "admin": "admin", "admin2": "admin",
    "auditeur": "auditor", "intake": "intake",
}  # fmt: skip
ONE_PER_ROLE = ("gestionnaire", "responsable", "courrier", "admin", "auditeur", "intake")
#: Tables of the database's own state that change by design whenever anyone seals or the reaper runs.
VOLATILE = {("ocpm_private", "seal_lock"), ("ocpm_private", "reaper")}
PERSONAL_MARK = "Zzyzxbrandt"  # a last name that must never reach the server log


@dataclass
class Insider:
    cluster: PrivateCluster
    port: int
    ids: dict[str, Any]

    def dsn(self, user: str, password: str, database: str = "ocpm") -> str:
        return f"host=127.0.0.1 port={self.port} dbname={database} user={user} password={password}"

    def superuser(self, database: str = "ocpm") -> psycopg.Connection:
        return psycopg.connect(self.dsn("postgres", SUPERUSER_PW, database), autocommit=True)

    def owner(self) -> psycopg.Connection:
        return psycopg.connect(self.dsn(OWNER, OWNER_PW), autocommit=True)

    def login(self, who: str, *, autocommit: bool = False) -> psycopg.Connection:
        return psycopg.connect(self.dsn(who, f"pw-{who}-{self.port}"), autocommit=autocommit)

    def digest(self) -> dict[str, str]:
        """md5 of every table's rows (public and ocpm_private), of the audit sealing sequences and of the roles."""
        out: dict[str, str] = {}
        with self.superuser() as conn:
            tables = conn.execute(
                "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE c.relkind = 'r' AND n.nspname IN ('public', 'ocpm_private') ORDER BY 1, 2").fetchall()
            for schema, table in tables:
                if (schema, table) in VOLATILE:
                    continue
                (value,) = conn.execute(
                    f'SELECT md5(coalesce(string_agg(md5(t::text), \'\' ORDER BY md5(t::text)), \'\')) '
                    f'FROM "{schema}"."{table}" t').fetchone()  # type: ignore[misc]
                out[f"{schema}.{table}"] = value
            # the head the last sealing pass left (the hint and the probe only say where the next pass starts,
            # and move with the transaction ids whenever anyone seals)
            out["seal_head"] = str(conn.execute("SELECT last_value FROM ocpm_audit_seal_head").fetchone())
            out["roles"] = str(conn.execute(
                "SELECT string_agg(r.rolname || ':' || r.rolcanlogin || ':' || coalesce(m.groups, ''), ',' "
                "ORDER BY r.rolname) FROM pg_roles r LEFT JOIN LATERAL (SELECT string_agg(g.rolname, '+' ORDER BY "
                "g.rolname) AS groups FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                "WHERE a.member = r.oid) m ON true").fetchone())
        return out

    def attempt(self, who: str, statements: list[str | tuple[str, tuple[Any, ...]]]) -> psycopg.Error | None:
        """Run the statements in one transaction as ``who``; commit if none fails. The first error, or None."""
        with self.login(who) as conn:
            try:
                for statement in statements:
                    if isinstance(statement, tuple):
                        conn.execute(statement[0], statement[1])
                    else:
                        conn.execute(statement)
                conn.commit()
            except psycopg.Error as exc:
                conn.rollback()
                return exc
        return None


def _seal(insider: Insider) -> None:
    with insider.owner() as conn:
        conn.execute("SELECT ocpm_seal_audit()")


#: The rows the attacks aim at: the first (lowest id) of a table in a status…
FIRST_BY_STATUS = {
    "paid": ("orders", "paid"), "awaiting": ("orders", "awaiting_payment"), "approved": ("orders", "approved"),
    "shipped": ("orders", "shipped"), "issued": ("decisions", "issued"), "proposal": ("decisions", "proposed"),
    "shipment": ("shipments", "shipped"), "delivered": ("shipments", "delivered"),
}  # fmt: skip
#: … and the others, by the query that finds them.
TARGETS = {
    "paid2": "SELECT id FROM orders WHERE status = 'paid' ORDER BY id DESC LIMIT 1",
    "mine": "SELECT id FROM orders WHERE status = 'in_review' AND assigned_to = 'gestionnaire' ORDER BY id LIMIT 1",
    "theirs": "SELECT id FROM orders WHERE status IN ('in_review', 'on_hold') AND assigned_to = 'gestionnaire2' "
              "ORDER BY id LIMIT 1",
    "document": "SELECT id FROM documents ORDER BY id LIMIT 1",
    "letter_hearing": "SELECT h.id FROM hearings h JOIN orders o ON o.id = h.order_id "
                      "WHERE h.mode = 'letter' AND o.assigned_to <> 'gestionnaire' ORDER BY h.id LIMIT 1",
    "their_result": "SELECT c.id FROM condition_results c JOIN orders o ON o.id = c.order_id "
                    "WHERE o.assigned_to IS DISTINCT FROM 'gestionnaire' ORDER BY c.id LIMIT 1",
}


def _prepare(insider: Insider) -> dict[str, Any]:
    """Rows the attacks aim at, found in the demo data (and a four-eyes scene added by the owner)."""
    ids: dict[str, Any] = {}
    with insider.owner() as conn:
        def one(sql: str, *args: Any) -> Any:
            row = conn.execute(sql, args).fetchone()
            assert row is not None, sql
            return row[0]

        for name, (table, status) in FIRST_BY_STATUS.items():
            ids[name] = one(f"SELECT id FROM {table} WHERE status = '{status}' ORDER BY id LIMIT 1")
        for name, sql in TARGETS.items():
            ids[name] = one(sql)
        ids["proposal_author"] = one("SELECT author FROM decisions WHERE id = %s", ids["proposal"])
        # the four-eyes scene of the issue: an order proposed for refusal by a supervisor (responsable), whose
        # earlier proposal by a caseworker (gestionnaire2) was returned
        order = one("SELECT id FROM orders WHERE status = 'in_review' AND assigned_to = 'gestionnaire2' "
                    "ORDER BY id DESC LIMIT 1")
        conn.execute("UPDATE orders SET status = 'refusal_proposed', assigned_to = 'responsable' WHERE id = %s",
                     (order,))
        content = '{"grounds": []}'
        ids["returned"] = one(
            "INSERT INTO decisions (order_id, status, author, hearing, content, content_sha256, proposed_at, "
            "decided_at, return_comment, updated_at) VALUES (%s, 'returned', 'gestionnaire2', 'not_needed', %s, "
            "encode(sha256(convert_to(%s, 'UTF8')), 'hex'), now(), now(), 'Motifs à revoir, merci.', now()) "
            "RETURNING id", order, content, content)
        ids["own_proposal"] = one(
            "INSERT INTO decisions (order_id, status, author, hearing, content, content_sha256, proposed_at, "
            "updated_at) VALUES (%s, 'proposed', 'responsable', 'not_needed', %s, "
            "encode(sha256(convert_to(%s, 'UTF8')), 'hex'), now(), now()) RETURNING id", order, content, content)
        ids["scene_order"] = order
    return ids


@pytest.fixture(scope="module")
def insider() -> Iterator[Insider]:
    previous = os.environ.get("OCPM_ROLE_PREFIX")
    os.environ["OCPM_ROLE_PREFIX"] = "ocpm_"
    with private_cluster("the insider suite", password=SUPERUSER_PW) as cluster:
        insider = Insider(cluster, cluster.port, {})
        with insider.superuser("postgres") as su:
            su.execute(f"CREATE ROLE {OWNER} LOGIN CREATEROLE PASSWORD '{OWNER_PW}'")
            su.execute(f"GRANT pg_signal_backend, pg_read_all_stats TO {OWNER}")
            su.execute(f"CREATE DATABASE ocpm OWNER {OWNER}")
            su.execute("ALTER SYSTEM SET log_error_verbosity = 'terse'")
            su.execute("ALTER SYSTEM SET log_min_error_statement = 'panic'")
            su.execute("SELECT pg_reload_conf()")
        engine = make_engine(f"postgresql+psycopg://{OWNER}:{OWNER_PW}@127.0.0.1:{cluster.port}/ocpm")
        try:
            init_database(engine, SYSTEM_CLI)
            seed_demo(engine, orders=400)
            with engine.begin() as conn:
                for login, group in LOGINS.items():
                    conn.execute(text(f"CREATE ROLE {login} LOGIN PASSWORD 'pw-{login}-{cluster.port}' "
                                      f"IN ROLE ocpm_{group}"))
                conn.execute(text("INSERT INTO staff (username, display_name, active, failed_logins, created_at) "
                                  "VALUES ('admin2', 'Second administrateur', true, 0, now())"))
                conn.execute(text("INSERT INTO staff_roles (username, role) VALUES ('admin2', 'admin')"))
                # the reaper's limits, shortened for the suite (the owner's setting; 60 s in production)
                conn.execute(text("UPDATE ocpm_private.reaper SET idle_limit = '2 seconds', every = '0 seconds'"))
        finally:
            engine.dispose()
        insider.ids = _prepare(insider)
        _seal(insider)
        yield insider
    if previous is None:
        os.environ.pop("OCPM_ROLE_PREFIX", None)
    else:
        os.environ["OCPM_ROLE_PREFIX"] = previous


@pytest.fixture
def unchanged(insider: Insider) -> Iterator[Callable[[], None]]:
    """Asserts at the end of the test (and when called) that no table changed since the test began."""
    before = insider.digest()

    def check() -> None:
        after = insider.digest()
        changed = sorted(k for k in before if before[k] != after.get(k))
        assert not changed, f"changed by the attack: {changed}"

    yield check
    check()


#: SQLSTATEs of a refusal: no privilege (the grants, or a row check of a trigger), a check or unique violation.
REFUSALS = {"42501", "23514", "23505", "23502", "42809", "22023"}


def refused(error: psycopg.Error | None, *fragments: str) -> None:
    """The attack failed, refused by the database (not by a typo in the attack), saying one of ``fragments``."""
    assert error is not None, "the statement went through"
    message = str(error)
    assert error.sqlstate in REFUSALS, f"{error.sqlstate}: {message}"
    assert any(f in message for f in fragments) or not fragments, message


DENIED = ("permission denied", "may not", "cannot", "only", "does not", "not one this login", "is not")


# ================================================================================== 1. turning checks off
@pytest.mark.parametrize("who", ONE_PER_ROLE)
@pytest.mark.parametrize("shadow", [
    "CREATE TEMP TABLE pg_database AS SELECT datname, (SELECT oid FROM pg_catalog.pg_roles "
    "WHERE rolname = session_user) AS datdba FROM pg_catalog.pg_database",
    "CREATE TEMP TABLE lifecycle_transitions AS SELECT * FROM public.lifecycle_transitions",
    "CREATE TEMP TABLE audit_events (id bigint)",
    "CREATE TEMP TABLE pg_roles AS SELECT * FROM pg_catalog.pg_roles",
    "CREATE TEMP VIEW pg_database AS SELECT datname, 10::oid AS datdba FROM pg_catalog.pg_database",
    "CREATE TEMP SEQUENCE ocpm_audit_seal_hint",
    "CREATE TABLE public.pg_database (datname name, datdba oid)",
    "CREATE FUNCTION public.pg_has_role(name, oid, text) RETURNS boolean LANGUAGE sql AS 'SELECT true'",
    "CREATE OR REPLACE FUNCTION public.ocpm_is_trusted() RETURNS boolean LANGUAGE sql AS 'SELECT true'",
    "CREATE SCHEMA mine",
    "ALTER FUNCTION public.ocpm_is_trusted() SET search_path = pg_temp, pg_catalog",
], ids=["temp-pg_database", "temp-lifecycle", "temp-audit_events", "temp-pg_roles", "temp-view", "temp-sequence",
        "public-table", "public-function", "replace-trust", "schema", "alter-function"])
def test_no_staff_login_can_create_an_object_that_shadows_a_check(
    insider: Insider, unchanged: Callable[[], None], who: str, shadow: str
) -> None:
    refused(insider.attempt(who, [shadow]), "permission denied", "must be owner")


def test_the_temp_table_attack_of_the_issue_changes_nothing(insider: Insider, unchanged: Callable[[], None]) -> None:
    ids = insider.ids
    refused(insider.attempt("gestionnaire", [
        "create temp table pg_database as select datname, (select oid from pg_catalog.pg_roles "
        "where rolname = session_user) as datdba from pg_catalog.pg_database",
        "set ocpm.skip_row_audit = on",
        f"UPDATE decisions SET status = 'issued', approver = 'gestionnaire' WHERE id = {ids['proposal']}",
    ]), "permission denied")
    # and the steps one by one, without the shadow
    for statement in (
        f"UPDATE orders SET status = 'delivered' WHERE id = {ids['paid']}",
        f"UPDATE decisions SET pdf = 'forged'::bytea, pdf_sha256 = encode(sha256('forged'::bytea), 'hex') "
        f"WHERE id = {ids['issued']}",
        "INSERT INTO audit_events (occurred_at, actor, action, entity, entity_id, payload) VALUES "
        "('2020-01-01', 'responsable', 'decision.issued', 'decision', '1', '{}')",
    ):
        refused(insider.attempt("gestionnaire", ["set ocpm.skip_row_audit = on", statement]), *DENIED)


@pytest.mark.parametrize("who", ONE_PER_ROLE)
def test_no_session_setting_turns_the_row_audit_off(insider: Insider, unchanged: Callable[[], None],
                                                    who: str) -> None:
    refused(insider.attempt(who, ["SELECT ocpm_skip_row_audit()"]), "permission denied")


def test_a_supervisor_who_sets_the_skip_switch_is_still_audited(insider: Insider,
                                                                unchanged: Callable[[], None]) -> None:
    paid = insider.ids["paid"]
    with insider.login("responsable") as conn:
        conn.execute("SET ocpm.skip_row_audit = on")
        conn.execute("SET ocpm.audit_sealing = on")
        conn.execute("UPDATE orders SET status = 'in_review', assigned_to = 'responsable' WHERE id = %s", (paid,))
        conn.execute("SET CONSTRAINTS ALL IMMEDIATE")  # the deferred row audit runs now
        rows = conn.execute("SELECT actor, hash FROM audit_events WHERE entity = 'orders' AND entity_id = %s "
                            "AND action = 'row.update' AND occurred_at > now() - interval '1 minute'",
                            (str(paid),)).fetchall()
        assert rows == [("responsable", None)]  # traced, and pending: a session setting does not seal
        conn.rollback()


# ================================================================================== 2. four eyes
def test_a_supervisor_cannot_withdraw_their_proposal_revive_a_returned_one_and_sign_it(
    insider: Insider, unchanged: Callable[[], None]
) -> None:
    ids = insider.ids
    refused(insider.attempt("responsable", [
        f"UPDATE decisions SET status = 'withdrawn' WHERE id = {ids['own_proposal']}"]), "withdrawn with its order")
    refused(insider.attempt("responsable", [
        f"UPDATE decisions SET status = 'proposed' WHERE id = {ids['returned']}"]), "returned: it cannot change")
    refused(insider.attempt("responsable", [
        f"UPDATE decisions SET status = 'issued', approver = 'responsable', number = 'D-2026-999', "
        f"pdf = 'mine'::bytea, pdf_sha256 = encode(sha256('mine'::bytea), 'hex'), decided_at = now() "
        f"WHERE id = {ids['returned']}"]), "cannot change")
    refused(insider.attempt("responsable", [
        f"UPDATE decisions SET status = 'issued', approver = 'responsable', number = 'D-2026-998', "
        f"pdf = 'mine'::bytea, pdf_sha256 = encode(sha256('mine'::bytea), 'hex'), decided_at = now() "
        f"WHERE id = {ids['own_proposal']}"]), "other than its author")


@pytest.mark.parametrize(("who", "statement", "why"), [
    ("gestionnaire", "UPDATE decisions SET status = 'issued', approver = 'gestionnaire', number = 'D-1', "
     "pdf = 'x'::bytea, pdf_sha256 = encode(sha256('x'::bytea), 'hex') WHERE id = {proposal}", "supervisor"),
    ("gestionnaire", "UPDATE decisions SET status = 'returned', return_comment = 'Pas convaincu du tout.' "
     "WHERE id = {proposal}", "supervisor"),
    ("responsable2", "UPDATE decisions SET approver = 'responsable' WHERE id = {proposal}", "only an approval"),
    ("responsable2", "UPDATE decisions SET author = 'responsable2' WHERE id = {proposal}", "keeps"),
    ("responsable2", "UPDATE decisions SET content = '{{}}', content_sha256 = encode(sha256('{{}}'), 'hex') "
     "WHERE id = {proposal}", "as it was submitted"),
    ("responsable2", "UPDATE decisions SET status = 'draft' WHERE id = {proposal}", "cannot go"),
    ("responsable2", "UPDATE decisions SET status = 'proposed' WHERE id = {issued}", "cannot change"),
    ("responsable2", "UPDATE decisions SET decided_at = now() - interval '1 year' WHERE id = {issued}",
     "cannot change"),
    ("responsable2", "INSERT INTO decisions (order_id, status, author, approver, content, content_sha256, number, "
     "pdf, pdf_sha256, hearing, proposed_at, decided_at, updated_at) SELECT order_id, 'issued', 'gestionnaire', "
     "'responsable2', content, content_sha256, 'D-2099-1', pdf, pdf_sha256, hearing, now(), now(), now() "
     "FROM decisions WHERE id = {issued}", "starts as"),
    ("responsable", "INSERT INTO decisions (order_id, status, author, content, content_sha256, updated_at) "
     "VALUES ({paid}, 'draft', 'gestionnaire', '{{}}', encode(sha256('{{}}'), 'hex'), now())", "starts as"),
    ("gestionnaire", "UPDATE decisions SET status = 'withdrawn' WHERE id = {proposal}", "withdrawn with its order"),
    ("auditeur", "UPDATE decisions SET status = 'withdrawn' WHERE id = {proposal}", "permission denied"),
    ("courrier", "UPDATE decisions SET pdf = 'x'::bytea WHERE id = {issued}", "permission denied"),
    ("responsable2", "DELETE FROM decision_grounds WHERE decision_id = {issued}", "cannot change"),
    ("gestionnaire", "DELETE FROM decision_grounds WHERE decision_id = {issued}", "cannot change"),
], ids=lambda v: v if isinstance(v, str) and len(v) < 20 else None)
def test_decisions_keep_their_lifecycle_and_four_eyes(
    insider: Insider, unchanged: Callable[[], None], who: str, statement: str, why: str
) -> None:
    refused(insider.attempt(who, [statement.format(**insider.ids)]), why, "permission denied")


# ================================================================================== 3. columns and rows
@pytest.mark.parametrize(("who", "statement"), [
    # a caseworker on someone else's case
    ("gestionnaire", "UPDATE orders SET hold_reason = 'x', hold_until = current_date + 5 WHERE id = {theirs}"),
    ("gestionnaire", "UPDATE orders SET addr_street = 'Rue du Détournement' WHERE id = {approved}"),
    ("gestionnaire", "UPDATE orders SET status = 'paid', assigned_to = NULL WHERE id = {theirs}"),
    ("gestionnaire", "UPDATE orders SET assigned_to = 'gestionnaire' WHERE id = {theirs}"),
    ("gestionnaire", "UPDATE orders SET updated_at = now() WHERE id = {theirs}"),
    ("gestionnaire", "UPDATE hearings SET answer = 'Je conteste', answered_on = current_date "
                     "WHERE id = {letter_hearing}"),
    ("gestionnaire", "UPDATE condition_results SET override_result = 'met', override_justification = "
                     "'Vu au guichet, tout est en ordre', overridden_by = 'responsable' WHERE id = {their_result}"),
    ("gestionnaire", "INSERT INTO condition_results (order_id, rule_id, result, evaluated_by, evaluated_at) "
                     "SELECT {theirs}, r.id, 'met', 'gestionnaire2', now() FROM condition_rules r LIMIT 1"),
    ("gestionnaire", "INSERT INTO order_events (order_id, occurred_at, actor, action, from_status, to_status) "
                     "VALUES ({mine}, '2020-01-01', 'responsable', 'approve_refusal', 'refusal_proposed', "
                     "'refused')"),
    ("gestionnaire", "INSERT INTO order_events (order_id, occurred_at, actor, action, note) "
                     "VALUES ({theirs}, now(), 'gestionnaire', 'condition_ticked', 'x')"),
    ("gestionnaire", "INSERT INTO order_events (order_id, occurred_at, actor, action, from_status, to_status) "
                     "VALUES ({paid}, now(), 'gestionnaire', 'claim', 'paid', 'in_review')"),
    ("gestionnaire", "INSERT INTO order_events (order_id, occurred_at, actor, action) "
                     "VALUES ({mine}, now(), 'gestionnaire', 'mood')"),
    ("gestionnaire", "INSERT INTO documents (order_id, kind, pdf, sha256, created_at, created_by) VALUES "
                     "({approved}, 'attestation', 'x'::bytea, encode(sha256('x'::bytea), 'hex'), now(), 'x')"),
    ("gestionnaire", "INSERT INTO hearings (order_id, mode, reason, recorded_at, recorded_by) VALUES "
                     "({theirs}, 'not_needed', 'Pas nécessaire du tout', now(), 'gestionnaire2')"),
    ("gestionnaire", "INSERT INTO correction_requests (order_id, received_on, description, attributable_to, "
                     "recorded_by, recorded_at) VALUES ({paid}, current_date, 'x', 'ocpm', 'x', now())"),
    ("gestionnaire", "UPDATE orders SET outcome = 'granted' WHERE id = {mine}"),
    ("gestionnaire", "UPDATE orders SET status = 'approved', assigned_to = NULL WHERE id = {theirs}"),
    # a supervisor on money and finished orders
    ("responsable", "UPDATE orders SET fee_paid_centimes = 1, paid_at = '2020-01-01' WHERE id = {shipped}"),
    ("responsable", "UPDATE orders SET status = 'delivered' WHERE id = {shipped}"),
    ("responsable", "UPDATE orders SET assigned_to = 'courrier' WHERE id = {mine}"),
    ("responsable", "UPDATE import_quarantine SET resolved_at = NULL WHERE resolved_at IS NOT NULL"),
    # intake on orders already paid, and on deliveries
    ("intake", "UPDATE orders SET fee_paid_centimes = 1, payment_brand = 'x' WHERE id = {mine}"),
    ("intake", "UPDATE orders SET paid_at = '2020-01-01' WHERE id = {paid}"),
    ("intake", "UPDATE shipments SET delivered_on = delivered_on - 20 WHERE id = {delivered}"),
    ("intake", "UPDATE shipments SET status = 'delivered', delivered_on = shipped_at::date - 30 WHERE id = {shipment}"),
    ("intake", "UPDATE shipments SET status = 'returned' WHERE id = {shipment}"),
    ("intake", "INSERT INTO orders (reference, service_code, quantity, status, version, ordered_at, delivery_product, "
               "clock_stopped) SELECT 'ED-2099-000001', service_code, 1, 'delivered', 1, now(), delivery_product, "
               "false FROM orders WHERE id = {paid}"),
    ("intake", "INSERT INTO order_events (order_id, occurred_at, actor, action, from_status, to_status) "
               "VALUES ({mine}, now(), 'intake', 'claim', 'paid', 'in_review')"),
    ("intake", "SELECT addr_last_name FROM orders LIMIT 1"),
    ("intake", "SELECT last_name FROM applicants LIMIT 1"),
    # the mail room
    ("courrier", "UPDATE shipments SET item_number = '98.00.000000.00000000' WHERE id = {shipment}"),
    ("courrier", "UPDATE shipments SET shipped_by = 'gestionnaire' WHERE id = {shipment}"),
    ("courrier", "UPDATE shipments SET delivered_on = current_date - 400, status = 'delivered' WHERE id = {shipment}"),
    ("courrier", "UPDATE shipments SET status = 'shipped' WHERE id = {delivered}"),
    ("courrier", "UPDATE orders SET assigned_to = 'courrier' WHERE id = {approved}"),
    ("courrier", "UPDATE orders SET status = 'delivered' WHERE id = {approved}"),
    ("courrier", "INSERT INTO shipments (order_id, content, product, item_number, shipped_at, shipped_by, status) "
                 "VALUES ({paid}, 'attestation', 'A', '98.00.000000.00000001', now(), 'x', 'shipped')"),
    ("courrier", "INSERT INTO deposit_lists (day, pdf, sha256, created_at, created_by) "
                 "VALUES (current_date, 'x'::bytea, 'deadbeef', now(), 'x')"),
    ("courrier", "INSERT INTO tracking_events (shipment_id, item_number, occurred_at, event, recorded_by) "
                 "VALUES ({shipment}, 'not-its-number', now(), 'delivered', 'x')"),
    ("courrier", "SELECT last_name FROM register_persons LIMIT 1"),
    # the auditor writes nothing
    ("auditeur", "INSERT INTO audit_events (occurred_at, actor, action, entity, entity_id, payload) "
                 "VALUES (now(), 'auditeur', 'x', 'x', 'x', '{{}}')"),
    ("auditeur", "SELECT ocpm_audit('decision.issued', 'decision', '1', '{{}}')"),
    ("auditeur", "SELECT nextval('ocpm_audit_seal_hint')"),
    ("auditeur", "SELECT setval('ocpm_audit_seal_head', 1)"),
    ("auditeur", "SELECT nextval(pg_get_serial_sequence('orders', 'id'))"),
    ("auditeur", "SELECT ocpm_audit_seal_pending(10, true)"),
    ("auditeur", "UPDATE orders SET status = 'paid' WHERE id = {mine}"),
    # the administrator reads no personal data and gives no role
    ("admin", "SELECT addr_last_name FROM orders LIMIT 1"),
    ("admin", "SELECT * FROM applicants LIMIT 1"),
    ("admin", "INSERT INTO staff_roles (username, role) VALUES ('admin', 'supervisor')"),
    ("admin", "UPDATE staff SET password_hash = 'x' WHERE username = 'gestionnaire'"),
    ("admin", "GRANT ocpm_supervisor TO admin"),
    ("admin", "INSERT INTO lifecycle_transitions (from_status, to_status, action, role, qualifier) "
              "VALUES ('paid', 'shipped', 'x', 'admin', 'any')"),
    # audit events in anyone's name
    ("responsable", "INSERT INTO audit_events (occurred_at, actor, action, entity, entity_id, payload) "
                    "VALUES ('2020-01-01', 'responsable2', 'decision.issued', 'decision', '1', '{{}}')"),
    ("courrier", "SELECT ocpm_audit('order.approve', 'order', '1', '{{}}')"),
    ("intake", "SELECT ocpm_audit('staff.created', 'staff', 'x', '{{}}')"),
])
def test_rows_and_columns_a_role_may_not_write(
    insider: Insider, unchanged: Callable[[], None], who: str, statement: str
) -> None:
    refused(insider.attempt(who, [statement.format(**insider.ids)]))


def test_the_database_stamps_who_and_when_for_staff(insider: Insider, unchanged: Callable[[], None]) -> None:
    ids = insider.ids
    with insider.login("gestionnaire") as conn:
        conn.execute("UPDATE orders SET updated_by = 'responsable', updated_at = '2020-01-01' WHERE id = %s",
                     (ids["mine"],))
        assert conn.execute("SELECT updated_by, updated_at > now() - interval '1 minute' FROM orders "
                            "WHERE id = %s", (ids["mine"],)).fetchone() == ("gestionnaire", True)
        conn.execute("INSERT INTO order_events (order_id, occurred_at, actor, action, note) "
                     "VALUES (%s, '2020-01-01', 'responsable', 'condition_ticked', 'x')", (ids["mine"],))
        assert conn.execute("SELECT actor, occurred_at > now() - interval '1 minute' FROM order_events "
                            "WHERE order_id = %s ORDER BY id DESC LIMIT 1", (ids["mine"],)).fetchone() == (
            "gestionnaire", True)
        conn.execute("SELECT ocpm_audit('order.viewed', 'order', %s, '{}', 'responsable', '2020-01-01')",
                     (str(ids["mine"]),))
        result = conn.execute("SELECT id FROM condition_results WHERE order_id = %s LIMIT 1", (ids["mine"],))
        row = result.fetchone()
        if row is not None:
            conn.execute("UPDATE condition_results SET override_result = 'met', override_justification = "
                         "'Vérifié au guichet sur pièce', overridden_by = 'responsable', overridden_at = '2020-01-01' "
                         "WHERE id = %s", (row[0],))
            assert conn.execute("SELECT overridden_by FROM condition_results WHERE id = %s",
                                (row[0],)).fetchone() == ("gestionnaire",)
        conn.rollback()
    with insider.login("courrier") as conn:
        conn.execute("UPDATE documents SET printed_by = 'gestionnaire', printed_at = '2020-01-01' WHERE id = %s",
                     (ids["document"],))
        assert conn.execute("SELECT printed_by, printed_at > now() - interval '1 minute' FROM documents "
                            "WHERE id = %s", (ids["document"],)).fetchone() == ("courrier", True)
        conn.rollback()
    with insider.login("responsable") as conn:
        conn.execute("SELECT ocpm_audit('order.viewed', 'order', '1', '{}', 'responsable2', '2020-01-01')")
        assert conn.execute("SELECT actor, occurred_at > now() - interval '1 minute' FROM audit_events "
                            "WHERE action = 'order.viewed' ORDER BY occurred_at DESC LIMIT 1").fetchone() == (
            "responsable", True)
        conn.rollback()


# ================================================================================== the matrix
BUSINESS_TABLES = (
    "orders", "order_events", "applicants", "condition_results", "decisions", "decision_grounds", "documents",
    "hearings", "shipments", "tracking_events", "deposit_lists", "correction_requests", "import_quarantine",
    "audit_events", "staff", "staff_roles", "teams", "services", "fee_schedules", "vat_rates", "postal_products",
    "postal_tariffs", "condition_rule_sets", "condition_rules", "refusal_grounds", "calendar_closures", "settings",
    "lifecycle_transitions", "register_persons", "register_residences", "register_guardianships",
)  # fmt: skip
#: One column per table that an attacker would like to rewrite, and a value.
TAMPER = {
    "orders": "status = 'delivered'", "order_events": "actor = 'mallory'", "applicants": "last_name = 'X'",
    "condition_results": "result = 'met'", "decisions": "author = 'mallory'", "decision_grounds": "text = 'x'",
    "documents": "sha256 = 'x'", "hearings": "answer = 'x'", "shipments": "item_number = 'x'",
    "tracking_events": "event = 'x'", "deposit_lists": "sha256 = 'x'", "correction_requests": "description = 'x'",
    "import_quarantine": "reasons = 'x'", "audit_events": "actor = 'mallory'", "staff": "active = false",
    "staff_roles": "role = 'supervisor'", "teams": "name = 'x'", "services": "label_fr = 'x'",
    "fee_schedules": "fee_centimes = 0", "vat_rates": "rate_bp = 0", "postal_products": "label_fr = 'x'",
    "postal_tariffs": "price_centimes = 0", "condition_rule_sets": "remedy = 'x'",
    "condition_rules": "mandatory = false",
    "refusal_grounds": "paragraph = 'x'", "calendar_closures": "label = 'x'", "settings": "value = 'x'",
    "lifecycle_transitions": "role = 'auditor'", "register_persons": "last_name = 'X'",
    "register_residences": "town = 'X'", "register_guardianships": "kind = 'x'",
}  # fmt: skip
#: (table, login) pairs where the tampering statement is the role's own work (the administrator keeps reference
#: data: two-person publication is issue 21's); excluded from the update class only.
OWN_WORK = {(t, "admin") for t in ("teams", "services", "fee_schedules", "vat_rates", "postal_products",
                                  "postal_tariffs", "condition_rule_sets", "condition_rules", "refusal_grounds",
                                  "calendar_closures", "settings", "staff")}


def _dead(conn: psycopg.Connection) -> bool:
    try:
        conn.execute("SELECT 1")
    except psycopg.OperationalError:
        return True
    return False


@pytest.mark.parametrize("table", BUSINESS_TABLES)
def test_every_table_by_every_role_insert_delete_truncate_update_lock_shadow(
    insider: Insider, unchanged: Callable[[], None], table: str
) -> None:
    for who in ONE_PER_ROLE:
        refused(insider.attempt(who, [f"TRUNCATE {table}"]), "permission denied")
        error = insider.attempt(who, [f"DELETE FROM {table}"])
        assert error is not None or table == "decision_grounds", f"{who} deleted from {table}"
        if (table, who) not in OWN_WORK:
            error = insider.attempt(who, [f"UPDATE {table} SET {TAMPER[table]}"])
            assert error is not None, f"{who} updated {table}"
        refused(insider.attempt(who, [f"CREATE TEMP TABLE {table} (id bigint)"]), "permission denied")
        if table not in INSERTS[LOGINS[who]]:  # (forged rows where a role inserts: the tests above)
            refused(insider.attempt(who, [f"INSERT INTO {table} DEFAULT VALUES"]), "permission denied")
        # a whole-table lock: refused, or the session ends at the reaper's next pass
        conn = insider.login(who)
        try:
            conn.execute(f"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE")
        except psycopg.Error as exc:
            assert "permission denied" in str(exc)
            conn.close()
            continue
        with insider.login("gestionnaire2", autocommit=True) as other:
            other.execute("SELECT ocpm_try_seal_audit()")  # every workstation's background call runs the reaper
        assert _dead(conn), f"{who} keeps a lock on {table}"
        conn.close()


# ================================================================================== 4. stopping the office
def test_an_advisory_lock_on_the_old_seal_key_does_not_stop_sealing(insider: Insider) -> None:
    with insider.login("gestionnaire", autocommit=True) as blocker:
        blocker.execute("SELECT pg_advisory_lock(hashtext('ocpm_desk.audit_seal'))")
        blocker.execute("SELECT pg_advisory_lock(hashtext('ocpm_desk.audit_chain'))")
        with insider.login("responsable") as writer:
            writer.execute("UPDATE orders SET status = 'in_review', assigned_to = 'responsable' WHERE id = %s",
                           (insider.ids["paid2"],))
            writer.rollback()
        with insider.owner() as owner:
            owner.execute("SET lock_timeout = '3s'")
            owner.execute("SELECT ocpm_seal_audit()")  # does not wait on anything a staff session holds


def test_a_session_that_keeps_the_seal_lock_open_is_ended(insider: Insider) -> None:
    holder = insider.login("auditeur")
    holder.execute("SELECT ocpm_seal_audit()")  # and the transaction stays open
    time.sleep(2.5)
    with insider.login("gestionnaire2", autocommit=True) as other:
        other.execute("SELECT ocpm_try_seal_audit()")
    assert _dead(holder)
    holder.close()
    with insider.owner() as owner:
        owner.execute("SET lock_timeout = '3s'")
        owner.execute("SELECT ocpm_seal_audit()")


def test_row_locks_held_idle_in_a_transaction_are_released(insider: Insider) -> None:
    holder = insider.login("gestionnaire")
    holder.execute("SELECT id FROM orders WHERE status = 'paid' FOR UPDATE")
    time.sleep(2.5)  # idle in transaction longer than the (shortened) limit
    with insider.login("gestionnaire2", autocommit=True) as other:
        other.execute("SELECT ocpm_try_seal_audit()")
        assert _dead(holder)
        other.execute("SET lock_timeout = '2s'")
        other.execute("BEGIN")
        other.execute("SELECT id FROM orders WHERE status = 'paid' FOR UPDATE")
        other.execute("ROLLBACK")
    holder.close()


def test_a_busy_transaction_that_blocks_others_is_ended(insider: Insider) -> None:
    holder = insider.login("gestionnaire")
    holder.execute("SELECT id FROM orders WHERE id = %s FOR UPDATE", (insider.ids["mine"],))
    holder.execute("SELECT pg_sleep(0)")
    time.sleep(2.2)
    with insider.login("responsable") as waiter:
        waiter.execute("SET lock_timeout = '6s'")
        with insider.login("gestionnaire2", autocommit=True) as other:
            # the waiter queues behind the holder; the reaper, run meanwhile, ends the holder
            import threading

            def reap() -> None:
                time.sleep(0.5)
                other.execute("SELECT ocpm_try_seal_audit()")

            thread = threading.Thread(target=reap)
            thread.start()
            waiter.execute("SELECT id FROM orders WHERE id = %s FOR UPDATE", (insider.ids["mine"],))
            thread.join()
        waiter.rollback()
    assert _dead(holder)
    holder.close()


# ================================================================================== 5. the server log
def test_a_refused_write_leaves_no_personal_value_in_the_server_log(insider: Insider,
                                                                  unchanged: Callable[[], None]) -> None:
    error = insider.attempt("intake", [(
        "INSERT INTO orders (reference, service_code, quantity, status, version, ordered_at, delivery_product, "
        "addr_last_name, clock_stopped) SELECT 'ED-2099-000002', s.code, 0, 'awaiting_payment', 1, now(), p.code, "
        "%s, false FROM services s, postal_products p LIMIT 1", (PERSONAL_MARK,))])
    refused(error, "violates")
    error = insider.attempt("gestionnaire", [(
        "UPDATE orders SET addr_last_name = %s WHERE id = %s", (PERSONAL_MARK, insider.ids["theirs"]))])
    refused(error, *DENIED)
    with insider.superuser() as su:
        su.execute("SELECT pg_catalog.pg_sleep(0.2)")
    log = insider.cluster.log.read_text(errors="replace")
    assert "violates" in log  # the refusal is logged...
    assert PERSONAL_MARK not in log  # ...without the row


# ================================================================================== the database's own copies
def test_the_database_knows_the_actions_of_the_domain(insider: Insider) -> None:
    from ocpm_desk.kernel.audit_actions import AUDIT_ACTIONS, HISTORY_ACTIONS

    with insider.owner() as conn:
        audit = set(conn.execute("SELECT action, role FROM ocpm_private.audit_actions").fetchall())
        history = set(conn.execute("SELECT action, role FROM ocpm_private.history_actions").fetchall())
    # a change of the domain's sets needs a migration that writes them again (pg_write_model.install)
    assert audit == {(a, r) for a, roles in AUDIT_ACTIONS.items() for r in roles}
    assert history == {(a, r) for a, roles in HISTORY_ACTIONS.items() for r in roles}


def test_an_owner_without_the_servers_grants_is_told_the_reaper_cannot_work(
    insider: Insider, capsys: pytest.CaptureFixture[str]
) -> None:
    from ocpm_desk.admin.schema import warn_reaper
    from ocpm_desk.infrastructure.database import upgrade

    with insider.superuser("postgres") as su:
        su.execute("CREATE ROLE plain_owner LOGIN CREATEROLE PASSWORD 'plain-Pa55'")
        su.execute("CREATE DATABASE plain OWNER plain_owner")
    engine = make_engine(f"postgresql+psycopg://plain_owner:plain-Pa55@127.0.0.1:{insider.port}/plain")
    try:
        state = upgrade(engine)
    finally:
        engine.dispose()
    assert state.reaper_ready is False
    warn_reaper(state.reaper_ready)
    assert "pg_signal_backend" in capsys.readouterr().err
    engine = make_engine(f"postgresql+psycopg://{OWNER}:{OWNER_PW}@127.0.0.1:{insider.port}/ocpm")
    try:
        assert upgrade(engine).reaper_ready is True
    finally:
        engine.dispose()


# ================================================================================== staff accounts: two administrators
# (these tests change the data on purpose: they come last in the module)
SCRAM_X = ("SCRAM-SHA-256$4096:2sZNjUHbhunYiFGTHodpSA==$KK1QwXAYVIxOqcaspMfeyPEkpsGvNzE8lJaGmuuJj3I="
           ":PWgaCfV0GnyxxtmkemfU32+yYKPp1V704WnH3B4mLH8=")


def _refused_unchanged(insider: Insider, who: str, statements: list[str | tuple[str, tuple[Any, ...]]],
                       *fragments: str) -> None:
    before = insider.digest()
    refused(insider.attempt(who, statements), *fragments)
    assert insider.digest() == before


def _members(insider: Insider, login: str) -> set[str]:
    with insider.owner() as conn:
        return {r[0] for r in conn.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = %s", (login,)).fetchall()}


def test_an_account_takes_two_administrators_and_its_requester_never_knows_the_password(insider: Insider) -> None:
    for bad in ("plain", "SCRAM-SHA-256$4096:c2FsdA==$a:b", SCRAM_X.replace("$4096:", "$10:"), SCRAM_X[:-5] + "="):
        _refused_unchanged(insider, "admin", [("SELECT ocpm_create_staff('mallory', 'M', %s, ARRAY['auditor'])",
                                               (bad,))], "well-formed SCRAM")
    _refused_unchanged(insider, "admin", [("SELECT ocpm_create_staff('mallory', 'M', %s, ARRAY['auditor'])",
                                           (SCRAM_X,))], "never knows the password")
    _refused_unchanged(insider, "admin", [  # asking and confirming oneself, in one go
        "SELECT ocpm_create_staff('mallory', 'M', NULL, ARRAY['auditor'])",
        ("SELECT ocpm_confirm_staff('mallory', %s)", (SCRAM_X,))], "second administrator")
    for sql in ("INSERT INTO staff_requests (username, kind, roles, requested_by, requested_at, confirmed_by, "
                "confirmed_at) VALUES ('mallory', 'create', 'auditor', 'admin2', now(), 'admin2', now())",
                "UPDATE staff SET active = true WHERE username = 'gestionnaire'",
                "SELECT ocpm_apply_staff('mallory', 'M', NULL, false, ARRAY['auditor'])",
                "ALTER ROLE gestionnaire CREATEROLE", "CREATE ROLE mallory LOGIN"):
        _refused_unchanged(insider, "admin", [sql], "permission denied")
    _refused_unchanged(insider, "gestionnaire", ["SELECT ocpm_create_staff('mallory', 'M', NULL, ARRAY['auditor'])"])
    # the right way: one asks, the other confirms with a one-time password
    assert insider.attempt("admin", ["SELECT ocpm_create_staff('camille', 'Camille', NULL, ARRAY['caseworker'])"]) \
        is None
    assert _members(insider, "camille") == set()
    assert insider.attempt("admin2", [("SELECT ocpm_confirm_staff('camille', %s)", (SCRAM_X,))]) is None
    assert _members(insider, "camille") == {"ocpm_caseworker"}
    with insider.owner() as conn:
        (valid_until,) = conn.execute("SELECT rolvaliduntil FROM pg_roles WHERE rolname = 'camille'").fetchone()
    assert valid_until is not None  # one-time: 72 hours
    with psycopg.connect(insider.dsn("camille", "x")) as camille:  # the person replaces it at their first login
        camille.execute("SELECT ocpm_set_own_password(%s)", (SCRAM_X,))
        camille.commit()
    with insider.owner() as conn:
        assert conn.execute("SELECT rolvaliduntil = 'infinity' FROM pg_roles WHERE rolname = 'camille'"
                            ).fetchone() == (True,)


def test_a_role_is_given_by_two_administrators_never_by_the_creator_of_the_requester(insider: Insider) -> None:
    # admin creates a puppet administrator (confirmed by admin2); the puppet asks for a role; admin may not confirm
    assert insider.attempt("admin", ["SELECT ocpm_create_staff('puppet', 'P', NULL, ARRAY['admin'])"]) is None
    assert insider.attempt("admin2", [("SELECT ocpm_confirm_staff('puppet', %s)", (SCRAM_X,))]) is None
    with insider.owner() as conn:
        conn.execute("ALTER ROLE puppet PASSWORD 'pw-puppet' VALID UNTIL 'infinity'")
    with psycopg.connect(insider.dsn("puppet", "pw-puppet")) as puppet:
        puppet.execute("SELECT ocpm_grant_staff_role('gestionnaire', 'supervisor')")
        puppet.commit()
    _refused_unchanged(insider, "admin", ["SELECT ocpm_confirm_staff('gestionnaire', NULL)"], "second administrator")
    _refused_unchanged(insider, "admin", ["SELECT ocpm_grant_staff_role('admin', 'supervisor')"], "themselves")
    assert "ocpm_supervisor" not in _members(insider, "gestionnaire")
    assert insider.attempt("admin2", ["SELECT ocpm_confirm_staff('gestionnaire', NULL)"]) is None
    assert "ocpm_supervisor" in _members(insider, "gestionnaire")
    assert insider.attempt("admin", ["SELECT ocpm_revoke_staff_role('gestionnaire', 'supervisor')"]) is None
    assert "ocpm_supervisor" not in _members(insider, "gestionnaire")


def test_a_deactivated_login_cannot_connect_and_its_sessions_end(insider: Insider) -> None:
    session = insider.login("gestionnaire2", autocommit=True)
    with insider.login("admin") as conn:
        held = conn.execute("SELECT reference, status FROM ocpm_deactivate_staff('gestionnaire2')").fetchall()
        conn.commit()
    assert held and all(status in ("in_review", "on_hold", "refusal_proposed") for _ref, status in held)
    assert _dead(session)
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        insider.login("gestionnaire2")
    _refused_unchanged(insider, "admin", ["SELECT ocpm_reactivate_staff('gestionnaire2')",
                                          "SELECT ocpm_confirm_staff('gestionnaire2', NULL)"], "second administrator")
    assert insider.attempt("admin", ["SELECT ocpm_reactivate_staff('gestionnaire2')"]) is None
    assert insider.attempt("admin2", ["SELECT ocpm_confirm_staff('gestionnaire2', NULL)"]) is None
    insider.login("gestionnaire2").close()
