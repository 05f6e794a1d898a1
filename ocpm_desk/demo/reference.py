"""The reference data phase 1 reads once (fee schedules, postal tariffs, rule sets, services, calendar closures,
postal products), and the version of a schedule in force on a day, to which paid orders are pinned (G3)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ocpm_desk.infrastructure.db.models import Base
from ocpm_desk.kernel.effective import version_in_force
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError
from ocpm_desk.kernel.phrases import Phrase


@dataclass(frozen=True, slots=True)
class Version:
    id: int
    valid_from: date
    valid_to: date | None
    amount: int


def in_force(versions: Sequence[Version], day: date, what: str, **values: str) -> Version:
    """The version in force on ``day`` (``version_in_force``), which must exist: ``what`` (a template with
    ``values``) names the data for the error."""
    version = version_in_force(versions, day)
    if version is None:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "the reference data has no {what} in force on {date:%d.%m.%Y}; run init-db with complete data"),
            what=Phrase(what, **values), date=day)
    return version


@dataclass(slots=True)
class Reference:
    fees: dict[str, list[Version]]
    tariffs: dict[str, list[Version]]
    rule_sets: dict[str, list[Version]]
    services: dict[str, tuple[date, date | None]]
    closures: frozenset[date]
    products: dict[str, tuple[bool, bool, bool]]  # postal product → (registered, international, tracked)


def read_reference(conn: Connection) -> Reference:
    t = Base.metadata.tables
    fees: dict[str, list[Version]] = {}
    for r in conn.execute(select(t["fee_schedules"]).order_by(t["fee_schedules"].c.valid_from)):
        fees.setdefault(r.service_code, []).append(Version(r.id, r.valid_from, r.valid_to, r.fee_centimes))
    tariffs: dict[str, list[Version]] = {}
    for r in conn.execute(select(t["postal_tariffs"]).order_by(t["postal_tariffs"].c.valid_from)):
        tariffs.setdefault(r.product_code, []).append(Version(r.id, r.valid_from, r.valid_to, r.price_centimes))
    rule_sets: dict[str, list[Version]] = {}
    for r in conn.execute(select(t["condition_rule_sets"]).order_by(t["condition_rule_sets"].c.valid_from)):
        rule_sets.setdefault(r.service_code, []).append(Version(r.id, r.valid_from, r.valid_to, 0))
    services = {r.code: (r.active_from, r.active_to) for r in conn.execute(select(t["services"]))}
    closures = frozenset(r.day for r in conn.execute(select(t["calendar_closures"].c.day)))
    products = {r.code: (bool(r.registered), bool(r.international), bool(r.tracked))
                for r in conn.execute(select(t["postal_products"]))}
    return Reference(fees, tariffs, rule_sets, services, closures, products)
