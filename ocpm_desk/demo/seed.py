"""Demo data (DESIGN §5 ``seed-demo``): staff accounts, a coherent population register, realistic orders, and the
refusal and mail-room work the services make — every status of DESIGN §3.

``seed_demo(engine, orders=N)`` migrates the database and loads the reference data (both idempotent), then works in
four phases.

**Phase 1, one transaction, bulk-loaded:**

- the demo accounts (``DEMO_ACCOUNTS``, password ``DEMO_PASSWORD``; argon2 hashes on SQLite, NULL on PostgreSQL
  where the server checks passwords) in the team ``Équipe attestations``;
- the population register: persons with valid AVS numbers, Geneva residences (open for residents, closed with a
  destination for departed persons, several for a residence history), parents as guardians of minors;
- the orders with their applicants (the person as typed on the web platform) and their history (``order_events``),
  in the statuses ``awaiting_payment``, ``cancelled``, ``paid``, ``in_review``, ``on_hold``, ``approved``,
  ``shipped``, ``delivered``, ``withdrawn``. Every status path is checked against the lifecycle's transition table
  (``find_transition``, and ``check_transition`` with the actor's roles) before it is written; actions, outcome and
  ``version`` (1 + status changes) come from it. Paid orders are pinned to the fee schedule, postal tariff and rule
  set in force at ``paid_at`` (G3); payments keep a brand and a provider reference only, never a card number (G10).
- granted orders (about two thirds): the latest ones (``_RECENT_APPROVALS``: one in 25 orders, 4 to 30) are approved
  on the last two working days; those approved then stay ``approved`` — the latest ``_WAITING_MAX`` at most — and
  get their attestation as the approval makes it (``documents.make_attestation`` as their approver, dated the day of
  approval, in this transaction: ≈ 10 ms each). All the others went through the mail room (as ``courrier``): printed
  the same or the next working day (``ready_to_ship``), shipped the same day (``shipped``; a ``shipments`` row:
  content ``attestation``, the product ordered, an item number only for registered products — unique, Swiss Post
  domestic ``98.40.117063.1xxxxxxx`` or UPU S10 ``RR…CH`` abroad), and, for tracked products once the post reported
  it before today, ``delivered`` (``delivered_on``, ``notified_on``; ``tracking_events`` rows, a delivery attempt
  first for one in five, collected at the post office later). The post reports nothing of unregistered letters:
  those stay ``shipped``. **Historic orders have no stored attestation PDF** (rendering tens of thousands would take
  minutes; documents exist from this version on) and their registered shipments no deposit list.
- one audit event ``demo.seeded`` with the counts of this phase (not one event per row).

A share of the open orders is made to fail one automatic condition each, so that every condition has cases to
show: ``payment_complete`` (fee paid short), ``identity_match`` (a name spelled differently, a birth date off, an
AVS number with a wrong check digit), ``registered_in_geneva``, ``residence_history_exists`` (a person not in the
register, so ``identity_match`` fails too), ``swiss_citizen``, ``departed_from_geneva``, ``requester_entitled`` (a
third party orders for an adult), ``address_deliverable`` (over the eCH-0010 limits, or a Swiss product to an
address abroad). Approved orders carry none of them; orders in review twice as often as the other open ones (they
were claimed soon after payment), since phase 2 takes its cases among them.
``service_available_when_ordered`` cannot fail: every service of the catalogue has been active since 2018.

**Phase 2, refusal work through the services** (``casework``, ``decisions``; each call its own transaction with
its history rows and audit events), as the demo accounts and with the seed's ``today``: orders in review made to
fail a condition are opened by their assignee (which evaluates their conditions; an order whose refusal draft
suggests no ground is skipped) and taken — about one order of each kind per 500 orders, at least one when there
are candidates enough, at most 8 — to

- a hearing letter sent in the last days and waiting for its answer (``on_hold``; ``documents`` kind
  ``hearing_letter``, ``hearings``, the refusal draft);
- a refusal proposal waiting for a supervisor (``refusal_proposed``): proposals by each caseworker and one by
  ``responsable``, which ``responsable2`` is to decide;
- a proposal returned with a comment, back in review with its author;
- a decision issued by the supervisor who is not its author (``refused``: number, PDF and its SHA-256).

Before proposing, the applicant is heard in turn: recorded as not needed (with the reason), or a hearing letter
sent about 20 days before today whose comments — or their absence, after the time limit — are recorded.
``SeedSummary.refusals`` counts them. Two more decisions than other kinds are issued, so that the mail room has
some to send and one is left to print.

**Phase 3, the mail room's day through the services** (``mailroom``; see ``MailWork``), as ``courrier`` and the
caseworkers: the hearing letters of phase 2 printed and shipped; up to 5 waiting attestations (at most half of them;
the others stay ``approved``) and all issued decisions but one (left ``refused``) printed in one job to a temporary
PDF file (deleted), then shipped — but one attestation left ``ready_to_ship`` — with new item numbers; a tracking
import (a delivery, a delivery attempt); returns: an attestation ``unknown_address`` sent again to a corrected
address by its caseworker (``ready_to_ship``), one ``moved`` left ``returned``, a decision ``not_collected`` after
the attempt (``returned``, deemed notified); corrections on two historic orders, attributable to the OCPM (reissued:
``approved`` with a new attestation) and to the applicant (recorded); the day's deposit list with its SHA-256.
``SeedSummary.mailroom`` counts them. The services stamp their rows with the clock (``shipped_at``, ``printed_at``):
the deposit list is the one of the day the items were really shipped, and tracking dates are not before it.

**Phase 4, the intake** (``intake.import_orders`` as the intake account): a small file from the e-démarches
platform whose five lines cannot become orders — a card number typed into the e-mail field (stored masked), a
service the catalogue does not have, an amount without its decimals, a paid order without its payment, a line cut
off in transfer — goes to ``import_quarantine``; the supervisor ``responsable`` resolves the unknown service with a
note. ``SeedSummary.intake`` counts them. The orders of phases 1–3 do not change.

``statuses`` and the services' tables in ``rows`` are read back from the database. If phase 2, 3 or 4 fails, what the
seed wrote is deleted again (see ``seed_demo``).

The same ``seed`` and ``today`` give the same data (but for what the services take from the clock). Rows of phase 1
are written with SQLAlchemy Core ``insert`` in chunks, ids assigned here (orders reference their applicants without
a round trip): 100 000 orders take about a minute on SQLite; phases 2 and 3 add a few seconds (about 150 ms per
order worked on, letters rendered included). 2 000 orders (``make run``) take a few seconds.

The parts of the seed are modules of ``ocpm_desk.demo``: ``staff`` (the accounts), ``people`` (the register),
``orders`` with ``applicants``, ``histories`` and ``shipments`` (phase 1, spread by ``proportions`` over
``places``), ``refusal_work`` (phase 2), ``mailroom_work`` (phase 3), ``intake_work`` (phase 4) and ``reset``;
this module runs them in turn.
"""

from __future__ import annotations

import random
import time as _time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Engine, func, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ocpm_desk.demo.bulk import BulkWriter, Progress, geneva_to_utc
from ocpm_desk.demo.intake_work import intake_work
from ocpm_desk.demo.mailroom_work import MAIL_COUNTS, MailWork
from ocpm_desk.demo.orders import OrderSeeder
from ocpm_desk.demo.people import Register, draw_pools
from ocpm_desk.demo.reference import read_reference
from ocpm_desk.demo.refusal_work import REFUSAL_COUNTS, RefusalWork, refusal_slots
from ocpm_desk.demo.reset import SEEDED_ID_TABLES, delete_demo, reset_sequences, undo
from ocpm_desk.demo.staff import (
    DEMO_ACCOUNTS,
    DEMO_PASSWORD,
    DEMO_TEAM,
    SEED_ACTOR,
    replace_demo_staff,
    seed_staff,
)
from ocpm_desk.infrastructure.audit_store import append_audit
from ocpm_desk.infrastructure.database import upgrade
from ocpm_desk.infrastructure.db.models import Base
from ocpm_desk.infrastructure.passwords import hash_password
from ocpm_desk.infrastructure.reference_data import load_reference_data
from ocpm_desk.infrastructure.uow import UnitOfWork
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError

__all__ = [
    "DEMO_ACCOUNTS",
    "DEMO_PASSWORD",
    "DEMO_TEAM",
    "SEED_ACTOR",
    "SeedSummary",
    "seed_demo",
]


@dataclass(frozen=True, slots=True)
class SeedSummary:
    """What ``seed_demo`` wrote. Counts are rows written by the seed and the services it called (reference data not
    included); ``statuses`` are read back from the database at the end."""

    orders: int
    seed: int
    today: date
    rows: Mapping[str, int]  # table → rows written
    statuses: Mapping[str, int]  # order status → orders
    services: Mapping[str, int]  # service code → orders
    products: Mapping[str, int]  # postal product → orders
    defects: Mapping[str, int]  # automatic condition → orders made to fail it
    refusals: Mapping[str, int]  # refusal work done through the services (``REFUSAL_COUNTS``) → orders
    mailroom: Mapping[str, int]  # mail-room work done through the services (``MAIL_COUNTS``) → count
    intake: Mapping[str, int]  # phase 4: lines of the demo intake file quarantined, and resolved
    replaced_orders: int  # orders deleted first (reset=True)
    elapsed_seconds: float


#: Tables the services write to in phase 2 (their counts in the summary are read back from the database).
_SERVICE_TABLES = ("order_events", "condition_results", "hearings", "documents", "decisions", "decision_grounds",
                   "shipments", "tracking_events", "deposit_lists", "correction_requests", "import_quarantine")


def _count_rows(conn: Connection, table: str) -> int:
    return int(conn.execute(select(func.count()).select_from(Base.metadata.tables[table])).scalar_one())


def seed_demo(
    engine: Engine,
    *,
    orders: int,
    seed: int = 2026,
    reset: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
) -> SeedSummary:
    """Fill the database with demo staff, register, ``orders`` orders and refusal work (DESIGN §5 ``seed-demo``).

    Migrates and loads the reference data first (idempotent), so an empty database will do. A database that already
    holds orders is refused (``DomainError``) unless ``reset`` is true; then orders and everything hanging off them,
    applicants, the register, the demo accounts and the audit trail are deleted and written afresh.

    Phase 1 (accounts, register, orders with their shipments, the waiting attestations, the ``demo.seeded`` event)
    is one transaction: an error there changes nothing. Phases 2 (refusal work) and 3 (the mail room's) then call the
    services, each call its own transaction; if any of them fails,
    the orders, applicants and register rows the seed wrote are deleted again (``demo.seed_failed`` is audited, the
    demo accounts and the audit events stay) and the error is raised: the database holds no orders, as before the
    seed — or, after ``reset``, without the replaced ones. Only if that clean-up fails too (the database gone) are
    phase 1's data and part of the work through the services left; ``--reset`` then replaces them. The same ``seed`` and
    ``today`` give the same data.
    """
    if orders < 0:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "the number of orders cannot be negative ({orders})"), orders=orders)
    started = _time.perf_counter()
    today = today or clock.today()
    report: Progress = progress or (lambda _phase, _done, _total: None)
    report("prepare", 0, 1)
    upgrade(engine)  # a database that cannot be reached fails here, as ConnectionFailed
    dialect = engine.dialect.name
    # hashed once for every account; on PostgreSQL the server checks passwords (no hash stored)
    password_hash = hash_password(DEMO_PASSWORD) if dialect == "sqlite" else None
    t = Base.metadata.tables
    with UnitOfWork(engine) as uow:
        session: Session = uow.session
        reference_rows = load_reference_data(session)
        conn = session.connection()
        if dialect == "postgresql":
            # A bulk load by the database owner: one summary event instead of a row event per order (only the
            # owner may mark its transaction so; see adapters/migrations/pg_write_model.py).
            conn.execute(text("SELECT ocpm_skip_row_audit()"))
        existing = conn.execute(select(func.count()).select_from(t["orders"])).scalar_one()
        if existing and not reset:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "the database already holds {count} orders; use --reset to replace them"), count=existing)
        report("prepare", 1, 1)
        if reset:
            report("reset", 0, 1)
            delete_demo(conn)
            report("reset", 1, 1)
        replace_demo_staff(conn)
        ref = read_reference(conn)
        rng = random.Random(seed)  # the bulk load's one generator: the same seed gives the same rows
        writer = BulkWriter(conn, report)
        register = Register(writer, rng, today, draw_pools(seed))
        seeder = OrderSeeder(writer, rng, today, ref, register)
        for name in SEEDED_ID_TABLES:
            writer.next_id[name] = conn.execute(select(func.coalesce(func.max(t[name].c.id), 0))).scalar_one() + 1
        first_ids = dict(writer.next_id)
        register.avs_taken.update(conn.execute(select(t["register_persons"].c.avs)).scalars())
        created_at = geneva_to_utc(datetime.combine(today - timedelta(days=2 * 365), time(8)))
        seed_staff(writer, password_hash, created_at)
        register.seed_register(orders)
        seeder.seed_orders(orders)
        seeder.seed_attestations(session)
        if dialect == "postgresql":
            reset_sequences(conn, SEEDED_ID_TABLES)
        bulk_rows = dict(sorted(writer.rows.items()))
        bulk_rows["audit_events"] = 1
        append_audit(session, SEED_ACTOR, "demo.seeded", "database", "demo", {
            "orders": orders, "seed": seed, "today": today.isoformat(), "reset": reset, "replaced_orders": existing,
            "rows": bulk_rows, "statuses": dict(sorted(seeder.statuses.items())),
            "reference_rows_changed": reference_rows,
        })
        audit_after_bulk = _count_rows(conn, "audit_events")
        uow.commit()
    try:
        work = RefusalWork(engine, seed, today, ref.closures, report)
        refusals = work.run(work.candidates(seeder.refusal_candidates), refusal_slots(orders))
        mail = MailWork(engine, seed, today, report).run()
        intake_counts = intake_work(engine, today)
        with engine.connect() as conn:
            statuses = dict(conn.execute(
                select(t["orders"].c.status, func.count()).group_by(t["orders"].c.status).order_by(t["orders"].c.status)
            ).tuples().all())
            rows = dict(bulk_rows)
            for name in _SERVICE_TABLES:
                rows[name] = _count_rows(conn, name)  # the database held no orders before the seed
            rows["audit_events"] = 1 + _count_rows(conn, "audit_events") - audit_after_bulk
    except BaseException as exc:  # an interrupted seed too: no half-written demo
        try:
            undo(engine, first_ids, exc)
        except Exception as cleanup:
            exc.add_note(f"the demo data could not be deleted again ({cleanup}): run seed-demo --reset")
        raise
    return SeedSummary(
        orders=orders,
        seed=seed,
        today=today,
        rows=dict(sorted(rows.items())),
        statuses=statuses,
        services=dict(sorted(seeder.services.items())),
        products=dict(sorted(seeder.products.items())),
        defects=dict(sorted(seeder.defects.items())),
        refusals={key: refusals[key] for key in REFUSAL_COUNTS},
        mailroom={key: mail[key] for key in MAIL_COUNTS},
        intake=intake_counts,
        replaced_orders=existing if reset else 0,
        elapsed_seconds=round(_time.perf_counter() - started, 3),
    )
