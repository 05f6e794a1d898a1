"""Small builders for integration and screen tests: staff and orders written straight to the database, a real desk
session for a user (what the GUI holds after a login, over the real services), staff logging in as their own
PostgreSQL roles, and an engine on a fresh copy of a SQLite file."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from ocpm_desk.features.accounts.api import StaffIdentity
from ocpm_desk.infrastructure.db.engine import make_engine
from ocpm_desk.infrastructure.db.models import Applicant, Order, Staff, StaffRole
from ocpm_desk.infrastructure.uow import Actor
from ocpm_desk.kernel.phrases import Phrase
from ocpm_desk.kernel.roles import Role
from ocpm_desk.wiring import AppDeskSession

# Tables the reference data does not own: emptied between tests that share the PostgreSQL database.
MUTABLE_TABLES = (
    "tracking_events", "shipments", "deposit_lists", "hearings", "documents", "decision_grounds", "decisions",
    "condition_results", "correction_requests", "order_events", "orders", "applicants", "register_guardianships",
    "register_residences", "register_persons", "staff_roles", "staff", "teams", "audit_events", "import_quarantine",
)  # fmt: skip

_seq = itertools.count(1)


@contextmanager
def engine_on_copy(template: Path, url: str) -> Iterator[Engine]:
    """An engine on the SQLite database of ``url``, a fresh copy of the file ``template`` (a migrated database),
    for a ``with`` block (or a fixture's): disposed of at its end."""
    shutil.copyfile(template, make_url(url).database or "")
    engine = make_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()


def add_staff(engine: Engine, username: str, *roles: Role) -> Actor:
    with Session(engine) as s:
        s.add(Staff(username=username, display_name=username.title(), password_hash=None, active=True,
                    failed_logins=0, created_at=datetime.now(UTC), roles=[StaffRole(role=r.value) for r in roles]))
        s.commit()
    return Actor(username, frozenset(roles))


#: The integration tests' staff and their roles: the same people do the same jobs in every scene.
CAST: dict[str, tuple[Role, ...]] = {
    "anne": (Role.CASEWORKER,), "luca": (Role.CASEWORKER,), "sophie": (Role.SUPERVISOR,),
    "paul": (Role.SUPERVISOR, Role.CASEWORKER), "elise": (Role.AUDITOR,), "marc": (Role.MAILROOM,),
    "thomas": (Role.ADMIN,),
}  # fmt: skip


def add_cast(engine: Engine, *names: str) -> dict[str, Actor]:
    """The members of ``CAST`` named, added as staff with their roles, by name."""
    return {name: add_staff(engine, name, *CAST[name]) for name in names}


def desk_session(engine: Engine, username: str, *roles: Role) -> AppDeskSession:
    """A staff member ``username`` with ``roles`` (added unless present), logged in: the real session the GUI holds,
    its features' APIs bound to the real use cases on ``engine``."""
    with Session(engine) as s:
        known = s.get(Staff, username) is not None
    if not known:
        add_staff(engine, username, *roles)
    identity = StaffIdentity(username, username.title(), frozenset(roles))
    return AppDeskSession(engine, identity, Phrase("test"))


def add_orders(engine: Engine, n: int, *, status: str = "paid", start: datetime | None = None) -> list[int]:
    """``n`` paid orders, oldest first, one minute apart."""
    start = start or datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
    ids = []
    with Session(engine) as s:
        for i in range(n):
            k = next(_seq)
            applicant = Applicant(avs="756.9217.0769.85", last_name="Dupont", first_name="Anne",
                                  birth_date=datetime(1980, 2, 29).date(), email=None, language="fr")
            s.add(applicant)
            s.flush()
            at = start + timedelta(minutes=i)
            paid = status != "awaiting_payment"
            order = Order(
                reference=f"ED-2026-{k:08d}", service_code="ATT-RES", quantity=1, status=status,
                outcome=None, assigned_to=None, ordered_at=at, paid_at=at + timedelta(minutes=2) if paid else None,
                applicant_id=applicant.id, delivery_product="B", addr_mr_mrs="1", addr_first_name="Anne",
                addr_last_name="Dupont", addr_street="Rue de Lausanne", addr_house_number="12",
                addr_swiss_zip_code="1201", addr_town="Genève", addr_country="CH",
                payment_brand="VISA" if paid else None, payment_provider_reference=f"PSP-{k:08X}" if paid else None,
                fee_paid_centimes=2500 if paid else None, postage_paid_centimes=0 if paid else None,
                updated_at=at, updated_by="intake",
            )
            s.add(order)
            s.flush()
            ids.append(order.id)
        s.commit()
    return ids


#: A well-formed SCRAM-SHA-256 verifier (of the password "x"), as libpq writes one.
SCRAM_X = ("SCRAM-SHA-256$4096:2sZNjUHbhunYiFGTHodpSA==$KK1QwXAYVIxOqcaspMfeyPEkpsGvNzE8lJaGmuuJj3I="
           ":PWgaCfV0GnyxxtmkemfU32+yYKPp1V704WnH3B4mLH8=")


#: Staff members logging in as their own PostgreSQL roles, by name: (the actor, an engine connected as that role).
StaffLogins = dict[str, tuple[Actor, Engine]]


def pg_staff_login(pg_engine: Engine, pg_server: dict[str, str], name: str, roles: list[str]) -> tuple[Actor, Engine]:
    """A staff member logging in as their own PostgreSQL role ``<prefix><name>`` (created through
    ``ocpm_create_staff`` on first use; the run's roles outlive the per-test truncation, so later tests only add the
    ``staff`` rows again), and an engine connected as that role (dispose it after the test)."""
    login = f"{pg_server['role_prefix']}{name}"
    with pg_engine.begin() as conn:
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login}).first():
            conn.execute(text("INSERT INTO staff (username, display_name, active, failed_logins, created_at) "
                              "VALUES (:n, :n, true, 0, now())"), {"n": login})
            conn.execute(text("INSERT INTO staff_roles (username, role) SELECT :n, unnest(CAST(:r AS text[]))"),
                         {"n": login, "r": roles})
        else:
            conn.execute(text("SELECT ocpm_create_staff(:n, :d, :v, :r)"),
                         {"n": login, "d": name, "v": SCRAM_X, "r": roles})
    url = make_url(pg_server["url"]).set(username=login, password="x")
    return Actor(login, frozenset(Role(r) for r in roles)), make_engine(url, pool_size=1)


@contextmanager
def pg_staff_logins(pg_engine: Engine, pg_server: dict[str, str], wanted: dict[str, list[str]], *,
                    prefix: str = "") -> Iterator[StaffLogins]:
    """``pg_staff_login`` of ``<prefix><name>`` with its roles for each name ``wanted``, by name, for a ``with``
    block (or a fixture's): their engines are disposed of at its end."""
    logins = {name: pg_staff_login(pg_engine, pg_server, f"{prefix}{name}", roles) for name, roles in wanted.items()}
    try:
        yield logins
    finally:
        for _, engine in logins.values():
            engine.dispose()


@contextmanager
def pg_login(pg_engine: Engine, pg_server: dict[str, str], name: str, roles: list[str]
             ) -> Iterator[tuple[Actor, Engine]]:
    """One ``pg_staff_login`` for a ``with`` block: (the actor, an engine connected as them, disposed of at its end)."""
    with pg_staff_logins(pg_engine, pg_server, {name: roles}) as logins:
        yield logins[name]
