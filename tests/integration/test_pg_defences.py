"""PostgreSQL defends itself: each staff role connects with psql-like direct SQL and meets the same rules.

Every test creates its own rows as the database owner, then connects as a staff login (psycopg) and proves that
the forbidden statement fails and the allowed one works.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import psycopg
import pytest
from ocpm_factories import SCRAM_X, add_orders
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from ocpm_desk.features.accounts.accounts import create_local_user
from ocpm_desk.infrastructure.uow import SYSTEM_CLI, Actor
from ocpm_desk.kernel.audit import GENESIS_HASH, chain_hash
from ocpm_desk.kernel.errors import DomainError
from ocpm_desk.kernel.roles import Role

pytestmark = pytest.mark.postgres

STAFF = {
    "anne": ["caseworker"],
    "luca": ["caseworker"],
    "sophie": ["supervisor"],
    "marc": ["supervisor"],
    "nadia": ["mailroom"],
    "thomas": ["admin"],
    "tomas": ["admin"],
    "elise": ["auditor"],
    "web": ["intake"],
}
Connect = Callable[[str], psycopg.Connection]


@pytest.fixture
def logins(pg_engine: Engine, pg_server: dict[str, str]) -> dict[str, str]:
    """Short name → PostgreSQL login (unique to the run), created through ocpm_create_staff as the owner."""
    prefix = pg_server["role_prefix"]
    names = {}
    with pg_engine.begin() as conn:
        for short, roles in STAFF.items():
            login = f"{prefix}{short}"
            names[short] = login
            exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login}).first()
            if exists:  # from an earlier test of this run: the tables were emptied, the roles stay
                conn.execute(text("INSERT INTO staff (username, display_name, active, failed_logins, created_at) "
                                  "VALUES (:n, :n, true, 0, now())"), {"n": login})
                conn.execute(text("INSERT INTO staff_roles (username, role) SELECT :n, unnest(CAST(:r AS text[]))"),
                             {"n": login, "r": roles})
                continue
            conn.execute(text("SELECT ocpm_create_staff(:n, :d, :v, :r)"),
                         {"n": login, "d": short.title(), "v": SCRAM_X, "r": roles})
    return names


@pytest.fixture
def connect(pg_server: dict[str, str], logins: dict[str, str]) -> Iterator[Connect]:
    opened: list[psycopg.Connection] = []
    base = make_url(pg_server["url"])

    def _connect(short: str) -> psycopg.Connection:
        dsn = base.set(drivername="postgresql", username=logins[short], password="x").render_as_string(False)
        conn = psycopg.connect(dsn, autocommit=True)
        opened.append(conn)
        return conn

    yield _connect
    for conn in opened:
        conn.close()


def _order_in(engine: Engine, status: str, assignee: str | None = None, author: str | None = None) -> int:
    (order_id,) = add_orders(engine, 1)
    with engine.begin() as conn:
        conn.execute(text("UPDATE orders SET status = :s, assigned_to = :a WHERE id = :i"),
                     {"s": status, "a": assignee, "i": order_id})
        if author:
            conn.execute(text(
                "INSERT INTO decisions (order_id, status, author, hearing, content, content_sha256, "
                "proposed_at) VALUES (:o, 'proposed', :a, 'not_needed', '{}', :h, now())"),
                {"o": order_id, "a": author, "h": hashlib.sha256(b"{}").hexdigest()})
    return order_id


def _refused(conn: psycopg.Connection, sql: str, params: tuple[object, ...] = ()) -> str:
    with pytest.raises(psycopg.Error) as info:
        conn.execute(sql, params)
    assert info.value.sqlstate == "42501", info.value
    return str(info.value)


def test_a_caseworker_cannot_approve_a_refusal_and_a_supervisor_not_their_own(
    pg_engine: Engine, connect: Connect, logins: dict[str, str]
) -> None:
    order = _order_in(pg_engine, "refusal_proposed", assignee=logins["marc"], author=logins["marc"])
    refuse = "UPDATE orders SET status = 'refused', assigned_to = NULL WHERE id = %s"
    _refused(connect("anne"), refuse, (order,))
    message = _refused(connect("marc"), refuse, (order,))
    assert "may not move order" in message
    connect("sophie").execute(refuse, (order,))
    with pg_engine.connect() as conn:
        row = conn.execute(text("SELECT status, outcome, updated_by FROM orders WHERE id = :i"), {"i": order}).one()
    assert tuple(row) == ("refused", "refused", logins["sophie"])


def test_a_supervisor_cannot_sign_a_decision_in_someone_elses_name_nor_their_own(
    pg_engine: Engine, connect: Connect, logins: dict[str, str]
) -> None:
    order = _order_in(pg_engine, "refusal_proposed", assignee=logins["anne"], author=logins["marc"])
    marc, sophie = connect("marc"), connect("sophie")
    _refused(marc, "UPDATE decisions SET approver = %s WHERE order_id = %s", (logins["marc"], order))
    _refused(sophie, "UPDATE decisions SET approver = %s WHERE order_id = %s", (logins["luca"], order))
    # approving needs the true hashes of the content and of the PDF
    _refused(sophie, "UPDATE decisions SET approver = %s, status = 'issued', number = %s, pdf = 'x', "
             "pdf_sha256 = %s, decided_at = now() WHERE order_id = %s",
             (logins["sophie"], f"D-2026-{order:06d}", "1" * 64, order))
    sophie.execute("UPDATE decisions SET approver = %s, status = 'issued', number = %s, pdf = 'x', "
                   "pdf_sha256 = %s, decided_at = now() WHERE order_id = %s",
                   (logins["sophie"], f"D-2026-{order:06d}", hashlib.sha256(b"x").hexdigest(), order))
    # once approved, the content is frozen, for everybody but the database owner
    message = _refused(sophie, "UPDATE decisions SET content = '{\"changed\": true}' WHERE order_id = %s", (order,))
    assert "cannot change" in message
    _refused(sophie, "UPDATE decisions SET pdf = 'y' WHERE order_id = %s", (order,))


def test_a_caseworker_cannot_skip_a_step_of_the_lifecycle(pg_engine: Engine, connect: Connect,
                                                          logins: dict[str, str]) -> None:
    paid = _order_in(pg_engine, "paid")
    anne, luca = connect("anne"), connect("luca")
    _refused(anne, "UPDATE orders SET status = 'approved' WHERE id = %s", (paid,))
    _refused(anne, "UPDATE orders SET status = 'in_review', assigned_to = %s WHERE id = %s", (logins["luca"], paid))
    anne.execute("UPDATE orders SET status = 'in_review', assigned_to = %s WHERE id = %s", (logins["anne"], paid))
    _refused(luca, "UPDATE orders SET status = 'approved' WHERE id = %s", (paid,))  # not the assignee
    _refused(luca, "UPDATE orders SET assigned_to = %s WHERE id = %s", (logins["luca"], paid))  # reassign
    anne.execute("UPDATE orders SET status = 'approved', assigned_to = NULL WHERE id = %s", (paid,))
    with pg_engine.connect() as conn:
        assert conn.execute(text("SELECT outcome FROM orders WHERE id = :i"), {"i": paid}).scalar() == "granted"


def test_nobody_but_intake_inserts_orders_and_never_already_approved(pg_engine: Engine, connect: Connect) -> None:
    (template,) = add_orders(pg_engine, 1)
    columns = ("service_code, quantity, ordered_at, applicant_id, delivery_product, addr_last_name, addr_town, "
               "addr_country, version, clock_stopped, updated_at, updated_by")
    copy = (f"INSERT INTO orders (reference, status, {columns}) SELECT %s, %s, {columns} "
            "FROM orders WHERE id = %s")
    web = connect("web")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        connect("anne").execute(copy, ("ED-2026-90000001", "paid", template))
    # intake cannot read the template row's personal columns: give the values directly
    insert = (f"INSERT INTO orders (reference, status, {columns}) VALUES (%s, %s, 'ATT-RES', 1, now(), "
              "(SELECT applicant_id FROM (SELECT %s::bigint AS applicant_id) a), 'B', 'Test', 'Genève', 'CH', 1, "
              "false, now(), 'web')")
    with pg_engine.connect() as conn:
        applicant = conn.execute(text("SELECT applicant_id FROM orders WHERE id = :i"), {"i": template}).scalar()
    _refused(web, insert, ("ED-2026-90000002", "approved", applicant))
    web.execute(insert, ("ED-2026-90000003", "paid", applicant))


def test_nobody_deletes_or_rewrites_audit_events(pg_engine: Engine, connect: Connect, logins: dict[str, str]) -> None:
    _order_in(pg_engine, "paid")
    for who in ("anne", "sophie", "elise"):
        conn = connect(who)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM audit_events")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE audit_events SET payload = '{}'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("TRUNCATE audit_events")
    # staff never insert events themselves (migration 0012): only through ocpm_audit, with an action of their roles
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        connect("anne").execute(
            "INSERT INTO audit_events (id, occurred_at, actor, action, entity, entity_id, payload, prev_hash, hash) "
            "VALUES (999, now(), %s, 'test.spoof', 'test', '1', '{}', 'x', 'y')", (logins["sophie"],))
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="not one this login writes"):
        connect("anne").execute("SELECT ocpm_audit('decision.issued', 'decision', '1', '{}')")
    # an event written by hand carries the real author and the database's time, whatever the call said
    connect("anne").execute("SELECT ocpm_audit('order.viewed', 'order', '1', '{}', %s, '2020-01-01')",
                            (logins["sophie"],))
    with pg_engine.connect() as conn:
        row = conn.execute(text("SELECT actor, occurred_at FROM audit_events WHERE action = 'order.viewed'")).one()
    assert row.actor == logins["anne"] and row.occurred_at.year > 2020


def test_row_changes_leave_a_chained_trace_with_the_same_hash_as_python(
    pg_engine: Engine, connect: Connect, logins: dict[str, str]
) -> None:
    paid = _order_in(pg_engine, "paid")
    connect("anne").execute("UPDATE orders SET status = 'in_review', assigned_to = %s WHERE id = %s",
                            (logins["anne"], paid))
    # writers never seal (migration 0007): the login's own background pass does, as the running desk's watcher
    assert connect("anne").execute("SELECT ocpm_try_seal_audit()").fetchone()[0] >= 1
    with pg_engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM audit_events ORDER BY id")).all()
    prev = GENESIS_HASH
    for row in rows:
        assert row.prev_hash == prev
        assert row.hash == chain_hash(prev, row.id, row.occurred_at, row.actor, row.action, row.entity,
                                      row.entity_id, row.payload)
        prev = row.hash
    last = rows[-1]
    assert (last.action, last.entity, last.entity_id, last.actor) == ("row.update", "orders", str(paid),
                                                                      logins["anne"])
    payload = json.loads(last.payload)
    assert payload["from"] == "paid" and payload["to"] == "in_review"
    assert "addr_last_name" not in last.payload  # names of changed columns only, never personal values


def test_python_and_the_database_hash_the_same_row_alike(pg_engine: Engine) -> None:
    moment = datetime(2026, 11, 26, 14, 3, 5, 120034, tzinfo=UTC)
    with pg_engine.connect() as conn:
        in_db = conn.execute(text("SELECT ocpm_audit_hash(:p, 42, :t, 'anne', 'order.claim', 'order', '7', :j)"),
                             {"p": "a" * 64, "t": moment, "j": '{"é":1}'}).scalar()
    assert in_db == chain_hash("a" * 64, 42, moment, "anne", "order.claim", "order", "7", '{"é":1}')


def test_the_mail_room_reads_addresses_but_not_the_register(pg_engine: Engine, connect: Connect) -> None:
    order = _order_in(pg_engine, "approved")
    nadia = connect("nadia")
    assert nadia.execute("SELECT addr_town, delivery_product FROM orders WHERE id = %s", (order,)).fetchone() == (
        "Genève", "B")
    for sql in ("SELECT * FROM register_persons", "SELECT * FROM applicants", "SELECT applicant_id FROM orders",
                "SELECT * FROM condition_results", "SELECT content FROM decisions"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            nadia.execute(sql)


def test_the_administrator_counts_orders_but_reads_no_personal_column(pg_engine: Engine, connect: Connect) -> None:
    _order_in(pg_engine, "paid")
    thomas = connect("thomas")
    assert thomas.execute("SELECT status, count(*) FROM orders GROUP BY status").fetchall() == [("paid", 1)]
    for sql in ("SELECT addr_last_name FROM orders", "SELECT * FROM applicants", "SELECT * FROM register_persons",
                "SELECT hold_reason FROM orders"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            thomas.execute(sql)
    thomas.execute("UPDATE fee_schedules SET legal_basis = legal_basis")  # reference data is theirs


def test_the_auditor_reads_everything_and_changes_nothing(pg_engine: Engine, connect: Connect) -> None:
    order = _order_in(pg_engine, "paid")
    elise = connect("elise")
    assert elise.execute("SELECT count(*) FROM audit_events").fetchone()[0] > 0
    assert elise.execute("SELECT addr_last_name FROM orders WHERE id = %s", (order,)).fetchone() == ("Dupont",)
    for sql in ("UPDATE orders SET status = 'in_review'", "DELETE FROM orders",
                "UPDATE fee_schedules SET fee_centimes = 0"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            elise.execute(sql)


def test_staff_logins_are_created_only_by_two_administrators_and_never_for_themselves(
    connect: Connect, logins: dict[str, str], pg_server: dict[str, str]
) -> None:
    prefix = pg_server["role_prefix"]
    newbie = f"{prefix}newbie"
    _refused(connect("anne"), "SELECT ocpm_create_staff(%s, 'X', NULL, ARRAY['supervisor'])", (newbie,))
    thomas, tomas = connect("thomas"), connect("tomas")
    _refused(thomas, "SELECT ocpm_create_staff(%s, 'X', NULL, ARRAY['supervisor'])", (logins["thomas"],))
    with pytest.raises(psycopg.Error, match="unknown role"):
        thomas.execute("SELECT ocpm_create_staff(%s, 'X', NULL, ARRAY['superuser'])", (newbie,))
    for bad in ("plain password", "SCRAM-SHA-256$4096:c2FsdA==$a:b", SCRAM_X.replace("$4096:", "$1:"),
                SCRAM_X[:-5] + "="):
        with pytest.raises(psycopg.Error, match="well-formed SCRAM-SHA-256"):
            thomas.execute("SELECT ocpm_create_staff(%s, 'X', %s, ARRAY['caseworker'])", (newbie, bad))
    # the administrator who asks never knows a usable password
    _refused(thomas, "SELECT ocpm_create_staff(%s, 'Newbie', %s, ARRAY['caseworker'])", (newbie, SCRAM_X))
    assert thomas.execute("SELECT ocpm_create_staff(%s, 'Newbie', NULL, ARRAY['caseworker'])",
                          (newbie,)).fetchone() == ("requested",)
    member_of = ("SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
                 "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = %s")
    assert thomas.execute(member_of, (newbie,)).fetchall() == []  # nothing until a second administrator confirms
    _refused(thomas, "SELECT ocpm_confirm_staff(%s, NULL)", (newbie,))  # not the one who asked
    tomas.execute("SELECT ocpm_confirm_staff(%s, %s)", (newbie, SCRAM_X))
    assert thomas.execute(member_of, (newbie,)).fetchall() == [(f"{prefix}caseworker",)]
    valid_until = thomas.execute("SELECT rolvaliduntil FROM pg_roles WHERE rolname = %s", (newbie,)).fetchone()
    assert valid_until is not None and valid_until[0] is not None  # a one-time password: 72 hours


def test_create_user_on_postgresql_sends_a_scram_verifier_never_the_password(
    pg_engine: Engine, pg_server: dict[str, str]
) -> None:
    name = f"{pg_server['role_prefix']}camille"
    identity = create_local_user(pg_engine, SYSTEM_CLI, name, [Role.CASEWORKER, Role.SUPERVISOR],
                                 "a long secret", "Camille Rochat")
    assert identity.roles == {Role.CASEWORKER, Role.SUPERVISOR}
    with pg_engine.connect() as conn:
        stored = conn.execute(text("SELECT rolpassword FROM pg_authid WHERE rolname = :n"), {"n": name}).scalar()
        staff = conn.execute(text("SELECT display_name, password_hash FROM staff WHERE username = :n"),
                             {"n": name}).one()
    assert stored.startswith("SCRAM-SHA-256$") and "a long secret" not in stored
    assert tuple(staff) == ("Camille Rochat", None)
    with pytest.raises(DomainError, match="already exists"):
        create_local_user(pg_engine, SYSTEM_CLI, name, [Role.CASEWORKER], "a long secret")
    with pytest.raises(DomainError):
        create_local_user(pg_engine, Actor(name, frozenset({Role.ADMIN})), name, [Role.ADMIN], "a long secret")


def test_shipments_are_the_mail_rooms_and_leave_a_trace(pg_engine: Engine, connect: Connect,
                                                       logins: dict[str, str]) -> None:
    order = _order_in(pg_engine, "ready_to_ship")
    shipment = ("INSERT INTO shipments (order_id, content, product, item_number, shipped_at, shipped_by, status) "
                "VALUES (%s, 'attestation', 'B', NULL, now(), %s, 'shipped')")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        connect("anne").execute(shipment, (order, logins["anne"]))
    nadia = connect("nadia")
    nadia.execute(shipment, (order, logins["nadia"]))
    nadia.execute("UPDATE orders SET status = 'shipped' WHERE id = %s", (order,))
    _refused(nadia, "UPDATE orders SET status = 'approved' WHERE id = %s", (order,))  # a reissue is not theirs
    with pg_engine.connect() as conn:
        trail = conn.execute(text("SELECT entity, action, actor FROM audit_events WHERE actor = :a ORDER BY id"),
                             {"a": logins["nadia"]}).all()
    assert [tuple(t) for t in trail] == [("shipments", "row.insert", logins["nadia"]),
                                         ("orders", "row.update", logins["nadia"])]


def test_a_shipment_is_notified_on_the_day_the_law_gives_and_no_other(pg_engine: Engine, connect: Connect) -> None:
    """Migration 0015: the notification date of a registered letter (from which the appeal and the time to comment
    run) is the delivery day, at the latest the end of the holding period after the first attempt; for a decision or
    a hearing letter not collected, the end of that period. A mail-room login writing any other is refused and the
    row stays as it was."""
    order = _order_in(pg_engine, "shipped")
    ids = {}
    with pg_engine.begin() as conn:  # shipped twenty days ago, first attempt five days later
        for content, number in (("decision", "98.40.123456.00000001"), ("hearing_letter", "98.40.123456.00000002"),
                                ("attestation", "98.40.123456.00000003")):
            ids[content] = conn.execute(text(
                "INSERT INTO shipments (order_id, content, product, item_number, shipped_at, shipped_by, status, "
                "first_attempt_on) VALUES (:o, :c, 'R', :n, now() - interval '20 days', 'nadia', 'shipped', "
                "current_date - 15) RETURNING id"), {"o": order, "c": content, "n": number}).scalar_one()

    def row(shipment: int) -> tuple[object, ...]:
        with pg_engine.connect() as conn:
            return tuple(conn.execute(text("SELECT status, delivered_on, return_reason, notified_on FROM shipments "
                                           "WHERE id = :i"), {"i": shipment}).one())

    nadia = connect("nadia")

    def refused(sql: str, shipment: int) -> None:
        before = row(shipment)
        with pytest.raises(psycopg.Error) as info:
            nadia.execute(sql, (shipment,))
        assert info.value.sqlstate == "23514" and "holding period" in str(info.value), info.value
        assert row(shipment) == before

    decision, hearing, attestation = ids["decision"], ids["hearing_letter"], ids["attestation"]
    refused("UPDATE shipments SET notified_on = current_date - 8 WHERE id = %s", decision)  # neither delivered nor back
    # delivered two days ago: the holding period (first attempt + 7 days) ended before, and that day is the notification
    refused("UPDATE shipments SET status = 'delivered', delivered_on = current_date - 2, "
            "notified_on = current_date - 2 WHERE id = %s", decision)
    nadia.execute("UPDATE shipments SET status = 'delivered', delivered_on = current_date - 2, "
                  "notified_on = current_date - 8 WHERE id = %s", (decision,))
    # not collected: the end of the holding period, for a hearing letter as for a decision, never for an attestation
    refused("UPDATE shipments SET status = 'returned', return_reason = 'not_collected', notified_on = current_date - 5 "
            "WHERE id = %s", hearing)
    refused("UPDATE shipments SET status = 'returned', return_reason = 'moved', notified_on = current_date - 8 "
            "WHERE id = %s", hearing)
    refused("UPDATE shipments SET status = 'returned', return_reason = 'not_collected', notified_on = current_date - 8 "
            "WHERE id = %s", attestation)
    nadia.execute("UPDATE shipments SET status = 'returned', return_reason = 'not_collected', "
                  "notified_on = current_date - 8 WHERE id = %s", (hearing,))
    with pg_engine.connect() as conn:
        notified = dict(conn.execute(text("SELECT id, notified_on - current_date FROM shipments")).all())
    assert notified == {decision: -8, hearing: -8, attestation: None}


def test_the_services_ask_and_confirm_accounts_as_two_administrators(
    pg_engine: Engine, pg_server: dict[str, str]
) -> None:
    from ocpm_factories import pg_staff_logins

    from ocpm_desk.features.accounts import accounts

    with pg_staff_logins(pg_engine, pg_server, {"thomas": ["admin"], "tomas": ["admin"]}, prefix="svc_") as logins:
        (thomas, t_engine), (tomas, o_engine) = logins["thomas"], logins["tomas"]
        name = f"{pg_server['role_prefix']}svc_new"
        identity = accounts.create_local_user(t_engine, thomas, name, [Role.CASEWORKER], "", "Nouvelle")
        assert identity.pending
        with pytest.raises(DomainError, match="second administrator"):
            accounts.confirm_user(t_engine, thomas, name)
        change = accounts.confirm_user(o_engine, tomas, name, one_time_password=True)
        assert change.one_time_password and len(change.one_time_password) >= 16
        with pg_engine.connect() as conn:
            until = conn.execute(text("SELECT rolvaliduntil FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar()
        assert until is not None
        with pytest.raises(DomainError, match="nothing is pending"):
            accounts.confirm_user(o_engine, tomas, name)
        # the person logs in with it and must choose their own (the server here trusts local connections)
        engine, identity = accounts.authenticate_central(pg_server["url"], name, change.one_time_password)
        try:
            assert identity.must_change_password
            assert not accounts.set_own_password(engine, identity, "mon propre secret").must_change_password
        finally:
            engine.dispose()
        engine, identity = accounts.authenticate_central(pg_server["url"], name, "mon propre secret")
        engine.dispose()
        assert not identity.must_change_password
        off = accounts.deactivate_user(t_engine, thomas, name)
        assert off.outcome == "deactivated" and off.open_orders == ()
        with pg_engine.connect() as conn:
            assert conn.execute(text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar() \
                is False
