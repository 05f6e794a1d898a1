"""The demo seed (DESIGN §5 ``seed-demo``): accounts, a coherent register, orders whose histories follow the
lifecycle, payments pinned to the reference data in force (G3), deliberate defects for each automatic condition,
never a card number (G10); historic granted orders shipped or delivered (shipments in bulk), recent ones waiting
with their attestation; refusal work done through the services (hearing letters, proposals, returns, issued
decisions), then the mail room's (printing, shipping, tracking, returns, sending again, corrections, the deposit
list): every status of DESIGN §3; deterministic, refuses to seed twice, replaces on reset, leaves nothing
half-written when the work through the services fails; SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, String, Text, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from ocpm_desk.demo.seed import DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TEAM, SeedSummary, seed_demo
from ocpm_desk.features.mailroom import mailroom
from ocpm_desk.features.refusals import decisions
from ocpm_desk.infrastructure.db.engine import make_engine
from ocpm_desk.infrastructure.db.models import Base
from ocpm_desk.infrastructure.passwords import verify_password
from ocpm_desk.infrastructure.uow import Actor
from ocpm_desk.kernel.addresses import PostalAddress, delivery_problems
from ocpm_desk.kernel.audit import GENESIS_HASH, chain_hash
from ocpm_desk.kernel.calendar import notification_date
from ocpm_desk.kernel.errors import DomainError
from ocpm_desk.kernel.identifiers import (
    find_card_numbers,
    is_valid_avs,
    is_valid_domestic_item_number,
    is_valid_s10,
)
from ocpm_desk.kernel.lifecycle import ASSIGNED_STATUSES, Status, check_transition, find_transition, outcome_after
from ocpm_desk.kernel.notes import decode
from ocpm_desk.kernel.roles import Role

TODAY = date(2026, 11, 26)
GENEVA = ZoneInfo("Europe/Zurich")
ORDERS = 600
ALL_STATUSES = {s.value for s in Status}  # DESIGN §3: all 13
T = Base.metadata.tables
ROLES = {name: frozenset(roles) for name, _display, roles in DEMO_ACCOUNTS}
SUPERVISORS = {"responsable", "responsable2"}
CASEWORKERS = {"gestionnaire", "gestionnaire2"}
MAILROOM = {"courrier"}
INTAKE = {"intake"}  # phase 4: the demo intake file


def _engine(path: Path) -> Engine:
    return make_engine(f"sqlite:///{path}")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, SeedSummary]]:
    engine = _engine(tmp_path_factory.mktemp("seed") / "demo.sqlite")
    summary = seed_demo(engine, orders=ORDERS, today=TODAY)
    yield engine, summary
    engine.dispose()


def _rows(engine: Engine, sql: str, **params: Any) -> list[Any]:
    with engine.connect() as conn:
        return list(conn.execute(text(sql), params))


def _snapshot(engine: Engine) -> list[tuple[Any, ...]]:
    """What determinism is judged on: references, statuses, times, applicants' names, register numbers."""
    o, a, p = T["orders"], T["applicants"], T["register_persons"]
    with engine.connect() as conn:  # typed columns: the same Python values from SQLite and PostgreSQL
        orders = conn.execute(
            select(o.c.reference, o.c.status, o.c.service_code, o.c.delivery_product, o.c.ordered_at, o.c.paid_at,
                   o.c.fee_paid_centimes, a.c.last_name, a.c.first_name, a.c.avs, a.c.birth_date)
            .join(a, a.c.id == o.c.applicant_id).order_by(o.c.reference)
        ).all()
        register = conn.execute(select(p.c.avs, p.c.last_name, p.c.first_name, p.c.birth_date).order_by(p.c.id)).all()
        # the refusal work (decision numbers and PDFs carry row ids, which a database's sequences give: left out)
        d, h = T["decisions"], T["hearings"]
        refusals = conn.execute(
            select(o.c.reference, d.c.status, d.c.author, d.c.approver, d.c.content_sha256, d.c.return_comment)
            .join(o, o.c.id == d.c.order_id).order_by(o.c.reference, d.c.proposed_at)
        ).all()
        hearings = conn.execute(
            select(o.c.reference, h.c.mode, h.c.reason, h.c.sent_on, h.c.reply_by, h.c.answer, h.c.answered_on)
            .join(o, o.c.id == h.c.order_id).order_by(o.c.reference)
        ).all()
        # the mail room's (dates the services take from the clock left out)
        s, c, doc = T["shipments"], T["correction_requests"], T["documents"]
        shipments = conn.execute(
            select(o.c.reference, s.c.content, s.c.product, s.c.item_number, s.c.status, s.c.return_reason)
            .join(o, o.c.id == s.c.order_id).order_by(o.c.reference, s.c.content, s.c.item_number, s.c.status)
        ).all()
        corrections = conn.execute(select(o.c.reference, c.c.attributable_to, c.c.received_on, c.c.description)
                                   .join(o, o.c.id == c.c.order_id).order_by(o.c.reference)).all()
        documents = conn.execute(select(o.c.reference, doc.c.kind, doc.c.printed_by)
                                 .join(o, o.c.id == doc.c.order_id).order_by(o.c.reference, doc.c.kind, doc.c.id)).all()
    return [tuple(r) for r in (*orders, *register, *refusals, *hearings, *shipments, *corrections, *documents)]


def _count(engine: Engine, table: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(T[table])).scalar_one())


def _local_day(moment: datetime) -> date:
    return moment.astimezone(GENEVA).date()


def _check_refusal_work(engine: Engine, summary: SeedSummary) -> None:
    """What the refusal work left, read back from the tables: every record complete and counted in the summary."""
    done = summary.refusals
    with engine.connect() as conn:
        orders = {r.id: r for r in conn.execute(select(T["orders"]))}
        versions = list(conn.execute(select(T["decisions"]).order_by(T["decisions"].c.id)))
        hearing_rows = list(conn.execute(select(T["hearings"])))
        documents = {r.id: r for r in conn.execute(select(T["documents"]))}
        grounds = Counter(conn.execute(select(T["decision_grounds"].c.decision_id)).scalars())
        evaluated = set(conn.execute(select(T["condition_results"].c.order_id).distinct()).scalars())
    hearings = {h.order_id: h for h in hearing_rows}
    assert len(hearings) == len(hearing_rows)  # one hearing per order worked on
    by_status: dict[str, list[Any]] = defaultdict(list)
    for d in versions:
        by_status[d.status].append(d)
    assert set(by_status) <= {"draft", "proposed", "returned", "issued"}
    assert len({d.order_id for d in versions}) == len(versions) == len(hearings)
    # the cases were taken among orders in review, opened by their assignee (conditions evaluated) first
    assert set(hearings) <= evaluated and len(evaluated) == done["opened"]

    issued = by_status["issued"]
    assert len(issued) == done["refused"] == sum(1 for o in orders.values() if o.outcome == "refused")
    for d in issued:  # refused, then printed and shipped by the mail room (all but one)
        order = orders[d.order_id]
        assert order.outcome == "refused" and order.assigned_to is None
        assert order.status in ("refused", "ready_to_ship", "shipped", "delivered", "returned")
        assert re.fullmatch(rf"D-{TODAY.year}-\d{{6}}", d.number)
        assert d.approver in SUPERVISORS and d.approver != d.author and d.decided_at is not None
        assert d.pdf.startswith(b"%PDF") and hashlib.sha256(d.pdf).hexdigest() == d.pdf_sha256
    proposed = by_status["proposed"]
    assert len(proposed) == done["proposals"] == summary.statuses.get("refusal_proposed", 0)
    for d in proposed:
        order = orders[d.order_id]
        assert (order.status, order.assigned_to) == ("refusal_proposed", d.author)
        assert (d.approver, d.pdf, d.number, d.decided_at) == (None, None, None, None)
    returned = by_status["returned"]
    assert len(returned) == done["returned"]
    for d in returned:  # back in its author's "Mes dossiers"
        order = orders[d.order_id]
        assert (order.status, order.outcome, order.assigned_to) == ("in_review", None, d.author)
        assert d.approver is None and d.pdf is None and len(d.return_comment) >= 10
    for d in (*issued, *proposed, *returned):
        assert d.author in CASEWORKERS | SUPERVISORS and d.proposed_at is not None
        assert hashlib.sha256(d.content.encode("utf-8")).hexdigest() == d.content_sha256
        assert grounds[d.id] >= 1
        assert d.hearing == ("not_needed" if hearings[d.order_id].mode == "not_needed" else "letter_sent")
    drafts = by_status["draft"]  # the text of a hearing letter still waiting for its answer
    assert len(drafts) == done["hearing_letters_waiting"]
    for d in drafts:
        order, hearing = orders[d.order_id], hearings[d.order_id]
        assert (order.status, order.assigned_to) == ("on_hold", d.author)
        assert (hearing.mode, hearing.answer) == ("letter", None)
        assert hearing.sent_on <= TODAY <= hearing.reply_by < order.hold_until
        assert decode(order.hold_reason).params == {"date": hearing.reply_by}  # type: ignore[union-attr]

    modes: Counter[str] = Counter()
    for order_id, h in hearings.items():
        if h.mode == "not_needed":
            assert h.document_id is None and len(h.reason) >= 10
            modes["not_needed"] += 1
            continue
        document = documents[h.document_id]
        assert (document.order_id, document.kind) == (order_id, "hearing_letter")
        assert document.pdf.startswith(b"%PDF") and hashlib.sha256(document.pdf).hexdigest() == document.sha256
        assert h.sent_on <= TODAY and h.sent_on + timedelta(days=10) <= h.reply_by
        assert h.sent_on >= _local_day(orders[order_id].paid_at)
        if h.answer:
            assert h.sent_on <= h.answered_on <= TODAY
            modes["answered"] += 1
        elif h.answer == "":  # no comments within the time limit, recorded after it
            assert h.answered_on is None and h.reply_by < TODAY
            modes["unanswered"] += 1
    letters = [d for d in documents.values() if d.kind == "hearing_letter"]
    assert len(letters) == sum(1 for h in hearings.values() if h.mode == "letter")
    assert (modes["not_needed"], modes["answered"], modes["unanswered"]) == (
        done["hearings_not_needed"], done["hearing_answers"], done["hearings_unanswered"])


# --------------------------------------------------------------------------------------------------- content
def test_every_status_is_present(seeded: tuple[Engine, SeedSummary]) -> None:
    engine, summary = seeded
    statuses = Counter(r[0] for r in _rows(engine, "SELECT status FROM orders"))
    assert set(statuses) == ALL_STATUSES and len(ALL_STATUSES) == 13
    assert sum(statuses.values()) == ORDERS == summary.orders
    assert dict(statuses) == dict(summary.statuses)
    assert summary.rows["orders"] == ORDERS
    # the seed's own event, then the services' events (one or more per step of the refusal work)
    seeded_id = _rows(engine, "SELECT id FROM audit_events WHERE action = 'demo.seeded'")[0].id
    since = _rows(engine, "SELECT COUNT(*) AS n FROM audit_events WHERE id >= :i", i=seeded_id)[0].n
    assert summary.rows["audit_events"] == since > 1
    for table in ("decisions", "hearings", "documents", "order_events", "condition_results", "shipments",
                  "tracking_events", "deposit_lists", "correction_requests", "import_quarantine"):
        assert summary.rows[table] == _count(engine, table) > 0, table
    # phase 4: the demo intake file's five lines quarantined, the card number masked, one line resolved
    assert summary.intake == {"quarantined": 5, "resolved": 1}
    quarantined = _rows(engine, "SELECT line_masked, resolved_by FROM import_quarantine ORDER BY line_number")
    assert len(quarantined) == 5
    assert "4111 11** **** 1111" in quarantined[0].line_masked
    assert not any("4111 1111 1111 1111" in q.line_masked for q in quarantined)
    assert [q.resolved_by for q in quarantined].count("responsable") == 1
    # rough shape of the mix (600 orders: wide margins)
    assert statuses["paid"] > statuses["in_review"] > statuses["on_hold"]
    granted = Counter(r[0] for r in _rows(engine, "SELECT status FROM orders WHERE outcome = 'granted'"))
    assert sum(granted.values()) > ORDERS * 0.5
    assert granted["shipped"] > granted["delivered"] > 0  # only tracked items are delivered
    assert granted["shipped"] > granted["approved"] > 0 and granted["approved"] <= 31  # 30 waiting, 1 reissued
    services = Counter(r[0] for r in _rows(engine, "SELECT service_code FROM orders"))
    assert services.most_common(1)[0][0] == "ATT-RES" and 0.4 < services["ATT-RES"] / ORDERS < 0.6
    products = Counter(r[0] for r in _rows(engine, "SELECT delivery_product FROM orders"))
    assert 0.6 < products["B"] / ORDERS < 0.8
    assert sum(products[p] for p in ("INT-ECO", "INT-PRIO", "INT-R")) > 0


def test_demo_accounts_have_their_roles_team_and_one_hash(seeded: tuple[Engine, SeedSummary]) -> None:
    engine, _summary = seeded
    staff = {r.username: r for r in _rows(engine, "SELECT username, display_name, team_id, password_hash, active "
                                                  "FROM staff")}
    roles: dict[str, set[str]] = defaultdict(set)
    for username, role in _rows(engine, "SELECT username, role FROM staff_roles"):
        roles[username].add(role)
    assert set(staff) == {name for name, _d, _r in DEMO_ACCOUNTS}
    for name, display, account_roles in DEMO_ACCOUNTS:
        assert staff[name].display_name == display
        assert roles[name] == {r.value for r in account_roles}
        assert staff[name].active
    assert roles["responsable"] == roles["responsable2"] == {"supervisor"}  # four eyes can be shown
    hashes = {row.password_hash for row in staff.values()}
    assert len(hashes) == 1  # hashed once, reused
    assert verify_password(hashes.pop(), DEMO_PASSWORD)
    team = _rows(engine, "SELECT id FROM teams WHERE name = :n", n=DEMO_TEAM)
    assert len(team) == 1
    members = {name for name, row in staff.items() if row.team_id == team[0].id}
    assert members == {"gestionnaire", "gestionnaire2", "responsable", "responsable2"}


def test_same_seed_same_data_other_seed_other_data(seeded: tuple[Engine, SeedSummary], tmp_path: Path) -> None:
    engine, _summary = seeded
    twin = _engine(tmp_path / "twin.sqlite")
    other = _engine(tmp_path / "other.sqlite")
    try:
        seed_demo(twin, orders=ORDERS, today=TODAY)
        seed_demo(other, orders=ORDERS, seed=7, today=TODAY)
        assert _snapshot(twin) == _snapshot(engine)
        assert _snapshot(other) != _snapshot(engine)
        names = {r[0] for r in _rows(engine, "SELECT last_name || ' ' || first_name FROM applicants")}
        other_names = {r[0] for r in _rows(other, "SELECT last_name || ' ' || first_name FROM applicants")}
        assert names != other_names
    finally:
        twin.dispose()
        other.dispose()


def test_refuses_a_database_with_orders_and_changes_nothing(seeded: tuple[Engine, SeedSummary]) -> None:
    engine, _summary = seeded
    before = _snapshot(engine)
    counts = {t: _count(engine, t) for t in ("orders", "order_events", "applicants", "audit_events", "staff")}
    with pytest.raises(DomainError, match=rf"already holds {ORDERS} orders; use --reset to replace them"):
        seed_demo(engine, orders=10, today=TODAY)
    assert _snapshot(engine) == before
    assert {t: _count(engine, t) for t in counts} == counts


def test_reset_replaces_everything_with_what_a_fresh_seed_gives(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "reset.sqlite")
    fresh = _engine(tmp_path / "fresh.sqlite")
    try:
        seed_demo(engine, orders=300, seed=1, today=TODAY)
        summary = seed_demo(engine, orders=250, seed=2, reset=True, today=TODAY)
        seed_demo(fresh, orders=250, seed=2, today=TODAY)
        assert summary.replaced_orders == 300
        assert _count(engine, "orders") == 250
        assert _snapshot(engine) == _snapshot(fresh)
        assert _count(engine, "staff") == len(DEMO_ACCOUNTS)
        assert _count(engine, "teams") == 1
        audit = _rows(engine, "SELECT id, actor, action, prev_hash FROM audit_events ORDER BY id")
        assert (audit[0].id, audit[0].actor, audit[0].action, audit[0].prev_hash) == (
            1, "system:seed", "demo.seeded", GENESIS_HASH)
        assert {a.actor for a in audit[1:]} <= CASEWORKERS | SUPERVISORS | MAILROOM | INTAKE
        assert len(audit) == summary.rows["audit_events"]
    finally:
        engine.dispose()
        fresh.dispose()


def test_every_history_follows_the_lifecycle(seeded: tuple[Engine, SeedSummary]) -> None:
    engine, _summary = seeded
    events: dict[int, list[Any]] = defaultdict(list)
    for e in _rows(engine, "SELECT * FROM order_events ORDER BY order_id, id"):
        events[e.order_id].append(e)
    orders = _rows(engine, "SELECT id, status, outcome, assigned_to, version, updated_at, updated_by, ordered_at, "
                           "paid_at FROM orders")
    with engine.connect() as conn:  # typed read for the timestamps
        times = {r.id: r for r in conn.execute(select(T["orders"].c.id, T["orders"].c.ordered_at,
                                                      T["orders"].c.paid_at, T["orders"].c.updated_at))}
        event_times = {r.id: r.occurred_at for r in conn.execute(select(T["order_events"].c.id,
                                                                        T["order_events"].c.occurred_at))}
    actions: Counter[str] = Counter()
    for order in orders:
        history = events[order.id]
        assert history, order.id
        status: str | None = None
        assignee: str | None = None
        author: str | None = None  # of the refusal proposal pending
        outcome = None
        previous_moment = None
        for e in history:
            moment = event_times[e.id]
            if e.to_status is None:  # a step of the services that is not a status move (it bumps the version)
                if e.action == "correction_recorded":  # on a shipped or delivered order, by a caseworker
                    assert status in ("shipped", "delivered") and e.actor in CASEWORKERS | SUPERVISORS
                else:
                    assert e.from_status is None and e.actor == assignee, (order.id, e.action)
                    assert e.action in ("conditions_evaluated", "hearing_not_needed", "hearing_answer"), e.action
                assert previous_moment is not None and moment > previous_moment
                previous_moment = moment
                actions[e.action] += 1
                continue
            assert e.from_status == status
            transition = find_transition(status, e.to_status)
            assert transition is not None, (order.id, status, e.to_status)
            assert e.action == transition.action
            new_assignee = None
            if e.action == "claim":
                match = re.fullmatch(r"Attribuée à (\S+)", str(decode(e.note) or ""))
                new_assignee = match.group(1) if match else e.actor
            check_transition(status, e.to_status, ROLES[e.actor], actor=e.actor, assignee=assignee,
                             new_assignee=new_assignee, author=author)
            if e.action == "propose_refusal":
                author = e.actor
            outcome = outcome_after(transition, outcome)
            assignee = (new_assignee or assignee) if Status(e.to_status) in ASSIGNED_STATUSES else None
            status = e.to_status
            assert moment.tzinfo is not None
            assert previous_moment is None or moment > previous_moment
            previous_moment = moment
            actions[e.action] += 1
        assert status == order.status
        assert (outcome.value if outcome else None) == order.outcome
        assert assignee == order.assigned_to
        assert order.version == len(history)
        assert order.updated_by == history[-1].actor
        assert times[order.id].updated_at == event_times[history[-1].id]
        assert history[0].action == "receive" and history[0].actor == "intake"
        assert event_times[history[0].id] == times[order.id].ordered_at
        if times[order.id].paid_at is not None:
            assert event_times[history[1].id] == times[order.id].paid_at
    assert {"receive", "validate_payment", "cancel", "claim", "hold", "approve", "withdraw", "propose_refusal",
            "return_refusal", "approve_refusal", "conditions_evaluated", "hearing_not_needed", "print", "ship",
            "deliver", "record_return", "send_again", "reissue", "correction_recorded"} <= set(actions)


def test_times_are_aware_in_the_window_and_before_today(seeded: tuple[Engine, SeedSummary]) -> None:
    engine, _summary = seeded
    midnight = datetime(TODAY.year, TODAY.month, TODAY.day, tzinfo=GENEVA)
    e = T["order_events"]
    with engine.connect() as conn:
        rows = list(conn.execute(select(T["orders"].c.ordered_at, T["orders"].c.paid_at, T["orders"].c.status)))
        seeded_at = conn.execute(select(T["audit_events"].c.occurred_at)
                                 .where(T["audit_events"].c.action == "demo.seeded")).scalar_one()
        # the bulk load invents its times, all before today; the services stamp theirs with the clock, after it
        last_invented = conn.execute(select(func.max(e.c.occurred_at)).where(e.c.occurred_at < seeded_at)).scalar_one()
        by_services = list(conn.execute(select(e.c.actor, e.c.action).where(e.c.occurred_at >= seeded_at)))
    assert last_invented.replace(tzinfo=UTC) < midnight
    assert by_services and {actor for actor, _ in by_services} <= CASEWORKERS | SUPERVISORS | MAILROOM | INTAKE
    assert {"receive", "validate_payment", "claim"}.isdisjoint(action for _, action in by_services)
    weekdays = 0
    for ordered_at, paid_at, status in rows:
        assert ordered_at.tzinfo is not None
        assert midnight - timedelta(days=122) < ordered_at < midnight
        weekdays += ordered_at.astimezone(GENEVA).weekday() < 5
        if status in ("awaiting_payment", "cancelled"):
            assert paid_at is None
        else:
            assert timedelta(minutes=1) <= paid_at - ordered_at <= timedelta(minutes=16)
    assert weekdays > 0.8 * len(rows)
    recent = sum(1 for r in rows if r.ordered_at > midnight - timedelta(days=30))
    assert recent > len(rows) * 30 / 120  # more recent orders are more numerous


def test_holds_have_a_reason_and_a_future_follow_up(seeded: tuple[Engine, SeedSummary]) -> None:
    engine, _summary = seeded
    rows = _rows(engine, "SELECT status, hold_reason, hold_until FROM orders WHERE status = 'on_hold'")
    assert rows
    for r in rows:
        assert r.hold_reason
        assert date.fromisoformat(str(r.hold_until)) > TODAY
    assert not _rows(engine, "SELECT id FROM orders WHERE status <> 'on_hold' AND hold_reason IS NOT NULL")


def test_assignee_exactly_in_assigned_statuses_and_the_constraint_holds(seeded: tuple[Engine, SeedSummary]) -> None:
    engine, _summary = seeded
    for status, assigned_to in _rows(engine, "SELECT status, assigned_to FROM orders"):
        assert (assigned_to is not None) == (status in ("in_review", "on_hold", "refusal_proposed"))
        assert assigned_to in (None, "gestionnaire", "gestionnaire2", "responsable")
    with engine.connect() as conn, pytest.raises(IntegrityError):
        conn.execute(update(T["orders"]).where(T["orders"].c.status == "paid").values(assigned_to="gestionnaire"))
    with engine.connect() as conn, pytest.raises(IntegrityError):
        conn.execute(update(T["orders"]).where(T["orders"].c.status == "in_review").values(assigned_to=None))


def test_register_is_coherent(seeded: tuple[Engine, SeedSummary]) -> None:
    engine, _summary = seeded
    persons = {p.id: p for p in _rows(engine, "SELECT * FROM register_persons")}
    residences: dict[int, list[Any]] = defaultdict(list)
    for r in _rows(engine, "SELECT * FROM register_residences ORDER BY arrived_on, id"):
        residences[r.person_id].append(r)
    assert set(residences) == set(persons)
    departed = history = 0
    for person_id, stays in residences.items():
        open_stays = [s for s in stays if s.departed_on is None]
        assert len(open_stays) <= 1
        for earlier, later in pairwise(stays):
            assert earlier.departed_on is not None and str(earlier.departed_on) <= str(later.arrived_on)
        if not open_stays:
            departed += 1
            assert stays[-1].departure_destination, person_id
        history += len(stays) > 1
        p = persons[person_id]
        assert is_valid_avs(p.avs)
        assert bool(p.swiss_citizen) == (p.permit_type is None) == (p.nationality == "CH")
    assert departed and history
    zips = {r.zip_code for r in _rows(engine, "SELECT zip_code FROM register_residences")}
    assert zips <= {str(z) for z in range(1200, 1300)}  # Geneva postal codes only
    guardianships = _rows(engine, "SELECT * FROM register_guardianships")
    assert guardianships
    for g in guardianships:
        ward, guardian = persons[g.ward_id], persons[g.guardian_id]
        assert date.fromisoformat(str(ward.birth_date)) > TODAY.replace(year=TODAY.year - 18)
        assert date.fromisoformat(str(guardian.birth_date)) < TODAY.replace(year=TODAY.year - 18)
        assert g.kind in ("parent", "guardian")


def test_avs_numbers_are_valid_except_the_deliberate_wrong_check_digits(seeded: tuple[Engine, SeedSummary]) -> None:
    engine, summary = seeded
    register = {r[0] for r in _rows(engine, "SELECT avs FROM register_persons")}
    register_bodies = {a[:-1] for a in register}
    invalid = [a for (a,) in _rows(engine, "SELECT avs FROM applicants") if not is_valid_avs(a)]
    assert invalid, "some applicants typed an AVS number with a wrong check digit"
    for avs in invalid:  # the register person's number with only the check digit changed
        assert re.fullmatch(r"756\.\d{4}\.\d{4}\.\d{2}", avs) and avs[:-1] in register_bodies
    assert len(invalid) < 0.05 * summary.rows["applicants"]


def test_payments_are_pinned_to_what_was_in_force_and_add_up(seeded: tuple[Engine, SeedSummary]) -> None:
    engine, _summary = seeded
    with engine.connect() as conn:
        fees = {r.id: r for r in conn.execute(select(T["fee_schedules"]))}
        tariffs = {r.id: r for r in conn.execute(select(T["postal_tariffs"]))}
        rule_sets = {r.id: r for r in conn.execute(select(T["condition_rule_sets"]))}
        orders = list(conn.execute(select(T["orders"])))
    brands: Counter[str] = Counter()
    short = 0
    for o in orders:
        payment = (o.payment_brand, o.payment_provider_reference, o.fee_paid_centimes, o.postage_paid_centimes,
                   o.fee_schedule_id, o.postal_tariff_id, o.rule_set_id)
        if o.paid_at is None:
            assert o.status in ("awaiting_payment", "cancelled")
            assert payment == (None,) * 7
            continue
        day = _local_day(o.paid_at)
        fee, tariff, rule_set = fees[o.fee_schedule_id], tariffs[o.postal_tariff_id], rule_sets[o.rule_set_id]
        for version in (fee, tariff, rule_set):
            assert version.valid_from <= day and (version.valid_to is None or day <= version.valid_to)
        assert fee.service_code == o.service_code == rule_set.service_code
        assert tariff.product_code == o.delivery_product
        assert o.postage_paid_centimes == tariff.price_centimes
        assert (o.postage_paid_centimes == 0) == (o.delivery_product == "B")
        assert re.fullmatch(r"PSP-[0-9A-F]{8}", o.payment_provider_reference)
        brands[o.payment_brand] += 1
        due = fee.fee_centimes * o.quantity
        if o.fee_paid_centimes != due:  # the deliberate shortfalls: less, never more, and never approved
            assert o.fee_paid_centimes < due
            assert o.status != "approved"
            short += 1
    assert set(brands) == {"VISA", "MASTERCARD", "POSTFINANCE"}
    assert 0 < short < 0.05 * len(orders)
    references = [o.payment_provider_reference for o in orders if o.payment_provider_reference]
    assert len(references) == len(set(references))


def test_delivery_addresses_are_deliverable_except_the_deliberate_ones(seeded: tuple[Engine, SeedSummary]) -> None:
    engine, summary = seeded
    with engine.connect() as conn:
        orders = list(conn.execute(select(T["orders"])))
    bad = 0
    for o in orders:
        address = PostalAddress(
            mr_mrs=o.addr_mr_mrs, first_name=o.addr_first_name, last_name=o.addr_last_name, street=o.addr_street,
            house_number=o.addr_house_number, swiss_zip_code=o.addr_swiss_zip_code,
            foreign_zip_code=o.addr_foreign_zip_code, town=o.addr_town, country=o.addr_country,
            organisation=o.addr_organisation, address_line=o.addr_line, dwelling_number=o.addr_dwelling_number,
            post_office_box=o.addr_post_office_box)
        if delivery_problems(address, o.delivery_product):
            bad += 1
            assert o.status != "approved"
    assert bad == summary.defects["address_deliverable"] > 0
    international = [o for o in orders if o.delivery_product.startswith("INT-")]
    assert international and all(o.addr_country != "CH" for o in international)


def test_each_automatic_condition_has_failing_orders(seeded: tuple[Engine, SeedSummary]) -> None:
    summary = seeded[1]
    assert set(summary.defects) == {
        "payment_complete", "identity_match", "registered_in_geneva", "residence_history_exists", "swiss_citizen",
        "departed_from_geneva", "requester_entitled", "address_deliverable",
    }
    assert all(n > 0 for n in summary.defects.values())
    assert sum(summary.defects.values()) < 0.3 * ORDERS


def test_orders_for_someone_else(seeded: tuple[Engine, SeedSummary]) -> None:
    """Parents order for their minor children (legal representatives); a few third parties order for adults."""
    engine, _summary = seeded
    rows = _rows(engine, """
        SELECT c.avs AS concerned_avs, a.avs AS applicant_avs, c.birth_date AS concerned_birth
        FROM orders o JOIN applicants a ON a.id = o.applicant_id JOIN applicants c ON c.id = o.concerned_person_id""")
    guardians = {(w, g) for w, g in _rows(engine, """
        SELECT w.avs, g.avs FROM register_guardianships rg JOIN register_persons w ON w.id = rg.ward_id
        JOIN register_persons g ON g.id = rg.guardian_id""")}
    adult = TODAY.replace(year=TODAY.year - 18)
    for_minors = [r for r in rows if date.fromisoformat(str(r.concerned_birth)) > adult]
    for_adults = [r for r in rows if date.fromisoformat(str(r.concerned_birth)) <= adult]
    assert for_minors and for_adults
    assert all((r.concerned_avs, r.applicant_avs) in guardians for r in for_minors if is_valid_avs(r.concerned_avs))


def test_no_card_number_in_any_text_column_of_any_table(seeded: tuple[Engine, SeedSummary]) -> None:
    engine, _summary = seeded
    digests = {"hash", "prev_hash", "sha256", "content_sha256", "pdf_sha256", "line_sha256"}
    checked = 0
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if not isinstance(column.type, String | Text):
                    continue
                for (value,) in conn.execute(select(column).distinct().where(column.is_not(None))):
                    checked += 1
                    if column.name in digests:  # SHA-256 in hex: not typed by anyone, may hold digit runs
                        assert re.fullmatch(r"[0-9a-f]{64}", value), (table.name, column.name)
                        continue
                    assert find_card_numbers(value) == [], (table.name, column.name, value)
    assert checked > 1000


def test_refusal_work_of_every_kind_is_done_through_the_services(seeded: tuple[Engine, SeedSummary]) -> None:
    engine, summary = seeded
    _check_refusal_work(engine, summary)
    for kind in ("hearing_letters_waiting", "hearings_not_needed", "hearing_answers", "hearings_unanswered",
                 "proposals", "returned", "refused"):
        assert summary.refusals[kind] >= 1, kind
    assert summary.refusals["opened"] <= 12  # about one order per kind per 500 orders: the demo stays quick to seed
    with engine.connect() as conn:
        authors = Counter(conn.execute(select(T["decisions"].c.author)
                                       .where(T["decisions"].c.status == "proposed")).scalars())
        returned = list(conn.execute(select(T["decisions"].c.order_id, T["decisions"].c.author,
                                            T["decisions"].c.return_comment)
                                     .where(T["decisions"].c.status == "returned")))
    # proposals by each caseworker, and one by a supervisor: the other supervisor decides it, its author cannot
    assert set(authors) == CASEWORKERS | {"responsable"} and authors["responsable"] == 1
    lists = {name: decisions.refusal_proposals(engine, Actor(name, ROLES[name])) for name in SUPERVISORS}
    assert len(lists["responsable"]) == len(lists["responsable2"]) == sum(authors.values())
    assert [r.author for r in lists["responsable"] if r.own] == ["responsable"]
    assert not any(r.own for r in lists["responsable2"])
    # a returned proposal: its author finds the comment in the refusal editor
    for order_id, author, comment in returned:
        editor = decisions.refusal_draft(engine, Actor(author, ROLES[author]), order_id)
        assert editor.return_comment == comment and editor.status is Status.IN_REVIEW
    assert ROLES["responsable"] == frozenset({Role.SUPERVISOR})


def _fail_in_the_refusal_work(engine: Engine, monkeypatch: pytest.MonkeyPatch, module: Any = decisions,
                              name: str = "approve_refusal") -> None:
    """A service call of phase 2 (or 3) fails: the error comes out, the demo written so far is gone, seeding works
    again."""

    def printer_on_fire(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("the printer is on fire")

    with monkeypatch.context() as patch:
        patch.setattr(module, name, printer_on_fire)
        with pytest.raises(RuntimeError, match="printer is on fire"):
            seed_demo(engine, orders=300, seed=11, today=TODAY)
    for table in ("orders", "applicants", "order_events", "condition_results", "hearings", "documents", "decisions",
                  "decision_grounds", "shipments", "tracking_events", "deposit_lists", "correction_requests",
                  "register_persons", "register_residences", "register_guardianships"):
        assert _count(engine, table) == 0, table
    failed = _rows(engine, "SELECT actor, payload FROM audit_events WHERE action = 'demo.seed_failed'")
    assert len(failed) == 1 and failed[0].actor == "system:seed"
    assert '"orders_deleted":300' in failed[0].payload and "printer is on fire" in failed[0].payload
    assert _count(engine, "staff") == len(DEMO_ACCOUNTS)
    # nothing is left that would need --reset
    assert seed_demo(engine, orders=50, today=TODAY).statuses
    assert _count(engine, "orders") == 50


def test_a_failure_in_the_refusal_work_leaves_no_half_written_demo(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    engine = _engine(tmp_path / "failed.sqlite")
    try:
        _fail_in_the_refusal_work(engine, monkeypatch)
    finally:
        engine.dispose()


def test_a_failure_in_the_mail_room_work_leaves_no_half_written_demo(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    engine = _engine(tmp_path / "failed-mail.sqlite")
    try:  # after the first print jobs and shipments: they go too
        _fail_in_the_refusal_work(engine, monkeypatch, mailroom, "import_tracking")
    finally:
        engine.dispose()


def _check_mail_room(engine: Engine, summary: SeedSummary) -> None:
    """What the bulk load and the mail room's work left: attestations, shipments, tracking, returns, corrections,
    the deposit list — coherent with the orders' statuses."""
    done = summary.mailroom
    with engine.connect() as conn:
        orders = {r.id: r for r in conn.execute(select(T["orders"]))}
        products = {r.code: r for r in conn.execute(select(T["postal_products"]))}
        documents = list(conn.execute(select(T["documents"]).order_by(T["documents"].c.id)))
        shipments = list(conn.execute(select(T["shipments"]).order_by(T["shipments"].c.id)))
        tracking = list(conn.execute(select(T["tracking_events"])))
        lists = list(conn.execute(select(T["deposit_lists"])))
        corrections = list(conn.execute(select(T["correction_requests"])))
        issued = {r.order_id for r in conn.execute(select(T["decisions"].c.order_id)
                                                     .where(T["decisions"].c.status == "issued"))}
    attestations: dict[int, list[Any]] = defaultdict(list)
    for d in documents:
        if d.kind == "attestation":
            attestations[d.order_id].append(d)
    # every approved order has its attestation (the print queue shows them all); not rendered for historic ones
    approved = [o for o in orders.values() if o.status == "approved"]
    assert approved and all(attestations[o.id] for o in approved)
    for docs in attestations.values():
        for d in docs:
            assert d.pdf.startswith(b"%PDF") and hashlib.sha256(d.pdf).hexdigest() == d.sha256
    queue = mailroom.print_queue(engine, Actor("courrier", ROLES["courrier"]))
    waiting = {(i.content, i.order_id) for i in queue}
    assert {("attestation", o.id) for o in approved} <= waiting
    assert {("decision", o.id) for o in orders.values() if o.status == "refused"} <= waiting
    assert not any(i.content == "hearing_letter" for i in queue)  # all printed and shipped
    assert len(approved) < len(orders) * 0.1

    by_order: dict[int, list[Any]] = defaultdict(list)
    for s in shipments:
        by_order[s.order_id].append(s)
    numbers = [s.item_number for s in shipments if s.item_number is not None]
    assert numbers and len(numbers) == len(set(numbers))
    for s in shipments:
        order = orders[s.order_id]
        product = products[s.product]
        if s.content == "attestation":
            assert s.product == order.delivery_product
        else:  # decisions and hearing letters always go registered (G9)
            assert s.product == ("R" if order.addr_country == "CH" else "INT-R")
        if product.registered:
            assert (is_valid_s10 if product.international else is_valid_domestic_item_number)(s.item_number)
        else:
            assert s.item_number is None
        assert s.shipped_by == "courrier" and s.shipped_at.tzinfo is not None
        assert (s.delivered_on is not None) == (s.status == "delivered")
        assert (s.return_reason is not None) == (s.status == "returned")
        if s.status == "delivered":
            assert product.tracked and s.notified_on == notification_date(s.first_attempt_on or s.delivered_on,
                                                                          s.delivered_on)
            assert s.delivered_on >= _local_day(s.shipped_at)
    for o in orders.values():
        main = [s for s in by_order[o.id] if s.content != "hearing_letter"]
        if o.status in ("shipped", "delivered", "returned"):
            assert main and main[-1].status == o.status, (o.id, o.status)
            assert main[-1].content == ("decision" if o.outcome == "refused" else "attestation")
        elif o.status == "refused":
            assert not main
        elif o.status == "ready_to_ship":  # printed, or returned and sent again
            assert not main or main[-1].status == "returned"
            assert (o.outcome == "refused" and o.id in issued) or any(d.printed_at for d in attestations[o.id])
    for e in tracking:
        shipment = next(s for s in shipments if s.id == e.shipment_id)
        assert e.item_number == shipment.item_number and e.event in ("delivered", "attempted")
    # returns: an attestation sent again to a corrected address, one left returned; a decision not collected
    returned = [s for s in shipments if s.status == "returned"]
    reasons = Counter((s.content, s.return_reason) for s in returned)
    assert reasons[("attestation", "unknown_address")] == 1 and reasons[("attestation", "moved")] == 1
    again = next(s for s in returned if s.return_reason == "unknown_address")
    assert orders[again.order_id].status == "ready_to_ship"
    not_collected = [s for s in returned if s.return_reason == "not_collected"]
    for s in not_collected:
        assert s.content == "decision" and orders[s.order_id].status == "returned"
        assert s.notified_on == notification_date(s.first_attempt_on, None)
    # the day's deposit list, stored with its hash, listing the registered items shipped that day
    assert len(lists) == done["deposit_lists"] >= 1
    for d in lists:
        assert d.pdf.startswith(b"%PDF") and hashlib.sha256(d.pdf).hexdigest() == d.sha256
        listed = [s for s in shipments if s.deposit_list_id == d.id]
        assert listed and all(s.item_number and _local_day(s.shipped_at) == d.day for s in listed)
    # corrections: attributable to the OCPM → reissued with a new attestation; to the applicant → recorded
    kinds = {c.attributable_to: c for c in corrections}
    assert set(kinds) == {"ocpm", "applicant"} and len(corrections) == 2
    reissued = orders[kinds["ocpm"].order_id]
    assert (reissued.status, reissued.outcome) == ("approved", "granted") and attestations[reissued.id]
    assert orders[kinds["applicant"].order_id].status in ("shipped", "delivered")
    assert (done["corrections_reissued"], done["corrections_recorded"]) == (1, 1)
    assert done["printed_attestations"] >= 3 and done["printed_decisions"] >= 1 and done["delivered"] >= 1


def test_the_mail_room_is_seeded_through_its_services(seeded: tuple[Engine, SeedSummary]) -> None:
    engine, summary = seeded
    _check_mail_room(engine, summary)
    assert summary.mailroom["returned"] == 3 and summary.mailroom["sent_again"] == 1


def test_one_audit_event_for_the_seed(seeded: tuple[Engine, SeedSummary]) -> None:
    engine, summary = seeded
    with engine.connect() as conn:
        rows = list(conn.execute(select(T["audit_events"]).order_by(T["audit_events"].c.id)))
    seeds = [r for r in rows if r.action == "demo.seeded"]
    assert len(seeds) == 1
    event = seeds[0]
    before = [r for r in rows if r.id < event.id]
    after = [r for r in rows if r.id > event.id]
    assert len(before) <= 1  # the reference data's own load may be audited as well
    # then the services' own events, as the demo accounts (no event per bulk-loaded row)
    assert after and {r.actor for r in after} <= CASEWORKERS | SUPERVISORS | MAILROOM | INTAKE
    assert {"order.viewed", "order.hearing_letter_sent", "decision.proposed", "decision.issued",
            "decision.returned", "print.batch", "tracking.imported", "shipment.returned",
            "order.send_again", "order.correction_reissued", "order.correction_recorded",
            "deposit_list.created"} <= {r.action for r in after}
    assert len(after) < 20 * (summary.refusals["opened"] + summary.mailroom["shipped"])
    assert summary.rows["audit_events"] == 1 + len(after)
    assert (event.actor, event.entity, event.entity_id) == ("system:seed", "database", "demo")
    assert f'"orders":{ORDERS}' in event.payload and '"statuses":' in event.payload
    prev = rows[0].prev_hash
    for r in rows:
        assert r.prev_hash == prev
        assert r.hash == chain_hash(prev, r.id, r.occurred_at, r.actor, r.action, r.entity, r.entity_id, r.payload)
        prev = r.hash
    assert summary.elapsed_seconds > 0


def test_progress_is_reported(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "progress.sqlite")
    calls: list[tuple[str, int, int]] = []
    try:
        seed_demo(engine, orders=50, today=TODAY, progress=lambda phase, done, total: calls.append((phase, done,
                                                                                                     total)))
    finally:
        engine.dispose()
    phases = [c[0] for c in calls]
    assert "register" in phases and "orders" in phases
    assert ("orders", 50, 50) in calls
    assert "refusals" in phases and phases.index("refusals") < phases.index("mailroom")
    assert calls[-1][0] == "mailroom" and calls[-1][1] == calls[-1][2]  # the mail room's work comes last
    assert all(0 <= done <= total for _p, done, total in calls)


# --------------------------------------------------------------------------------------------------- PostgreSQL
@pytest.mark.postgres
def test_seed_on_postgresql_matches_sqlite(pg_engine: Engine, tmp_path: Path) -> None:
    lite = _engine(tmp_path / "twin.sqlite")
    try:
        summary = seed_demo(pg_engine, orders=300, seed=11, today=TODAY)
        seed_demo(lite, orders=300, seed=11, today=TODAY)
        assert _snapshot(pg_engine) == _snapshot(lite)
    finally:
        lite.dispose()
    assert set(summary.statuses) == ALL_STATUSES
    _check_mail_room(pg_engine, summary)
    assert _count(pg_engine, "orders") == 300
    _check_refusal_work(pg_engine, summary)
    assert summary.refusals["refused"] >= 1 and summary.refusals["proposals"] >= 1
    # PostgreSQL checks passwords itself: no hash is stored there
    assert {r[0] for r in _rows(pg_engine, "SELECT password_hash FROM staff")} == {None}
    # ids were given by the seed: the sequences must have moved past them
    with pg_engine.connect() as conn:
        top = conn.execute(select(func.max(T["applicants"].c.id))).scalar_one()
        new_id = conn.execute(insert(T["applicants"]).values(
            avs="756.0000.0000.02", last_name="Test", first_name="Séquence", birth_date=date(1990, 1, 1),
            language="fr").returning(T["applicants"].c.id)).scalar_one()
        assert new_id > top
        conn.rollback()
    with pg_engine.connect() as conn, pytest.raises(IntegrityError):
        conn.execute(update(T["orders"]).where(T["orders"].c.status == "paid").values(assigned_to="gestionnaire"))
    with pytest.raises(DomainError, match="already holds 300 orders"):
        seed_demo(pg_engine, orders=10, today=TODAY)
    replaced = seed_demo(pg_engine, orders=120, seed=12, reset=True, today=TODAY)
    assert replaced.replaced_orders == 300 and _count(pg_engine, "orders") == 120
    audit = _rows(pg_engine, "SELECT actor, action FROM audit_events ORDER BY id")
    assert audit[0] == ("system:seed", "demo.seeded") and len(audit) == replaced.rows["audit_events"]
    # the services' events as the demo accounts; the row triggers' as the login the seed runs under
    login = _rows(pg_engine, "SELECT session_user")[0][0]
    assert {actor for actor, _ in audit[1:]} <= CASEWORKERS | SUPERVISORS | MAILROOM | INTAKE | {login}
    assert [action for _, action in audit].count("demo.seeded") == 1


@pytest.mark.postgres
def test_a_failure_in_the_refusal_work_on_postgresql(pg_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    _fail_in_the_refusal_work(pg_engine, monkeypatch)


def test_appeal_deadlines_of_the_demo_decisions_follow_the_calendar(seeded: tuple[Engine, SeedSummary]) -> None:
    """What the supervisors' "Délais de recours" shows for the demo decisions is what the domain functions give."""
    from ocpm_desk.kernel.calendar import appeal_deadline

    engine, summary = seeded
    rows = mailroom.appeal_deadlines(engine, Actor("responsable", frozenset({Role.SUPERVISOR})), today=summary.today)
    issued = _rows(engine, "SELECT count(*) FROM decisions WHERE status = 'issued'")[0][0]
    assert len(rows) == issued > 0
    notified = [r for r in rows if r.notified_on is not None]
    assert notified, "a demo decision was delivered or not collected: it has a notification date"
    for row in rows:
        shipment = _rows(engine, "SELECT first_attempt_on, delivered_on, return_reason, notified_on FROM shipments "
                         "WHERE order_id = :o AND content = 'decision' ORDER BY id DESC LIMIT 1", o=row.order_id)
        if row.notified_on is None:
            assert row.deadline is None and row.state == "not_notified"
            continue
        first_attempt, delivered, reason, stored = shipment[0]
        as_date = [date.fromisoformat(str(v)[:10]) if v is not None else None for v in (first_attempt, delivered)]
        expected = notification_date(as_date[0] or as_date[1], None if reason == "not_collected" else as_date[1])
        assert row.notified_on == expected == date.fromisoformat(str(stored)[:10])
        assert row.deadline == appeal_deadline(expected)
        assert row.state == ("over" if row.deadline < summary.today else "running")
