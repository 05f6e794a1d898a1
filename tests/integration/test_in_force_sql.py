"""One definition of "in force on a day" (issue 17): the SQL predicate every query of effective-dated rows uses
(``adapters.db.effective``) and the Python rule (``domain.effective``) agree on every edge, on both databases, and
the catalogue the screens read is the one the Python rule picks from the shipped data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import Column, Connection, Date, Engine, Integer, MetaData, Table, insert, select
from sqlalchemy.orm import Session

from ocpm_desk.features.reference.catalogue import load_catalogue
from ocpm_desk.infrastructure.db.effective import in_force_sql, latest_first
from ocpm_desk.infrastructure.db.models import FeeSchedule, PostalTariff, Service
from ocpm_desk.kernel.effective import in_force, version_in_force

pytestmark = pytest.mark.usefixtures("catalogue_as_shipped")

D = date(2026, 5, 4)
ONE = timedelta(days=1)

#: (valid_from, valid_to, day, in force?) — the edges, with what the rule says of each (both ends inclusive).
EDGES = [
    pytest.param(D, D + 9 * ONE, D - ONE, False, id="the day before the start"),
    pytest.param(D, D + 9 * ONE, D, True, id="the first day"),
    pytest.param(D, D + 9 * ONE, D + 4 * ONE, True, id="inside"),
    pytest.param(D, D + 9 * ONE, D + 9 * ONE, True, id="the last day (inclusive)"),
    pytest.param(D, D + 9 * ONE, D + 10 * ONE, False, id="the day after the end"),
    pytest.param(D, None, D - ONE, False, id="open end, before the start"),
    pytest.param(D, None, D, True, id="open end, the first day"),
    pytest.param(D, None, date(9999, 12, 31), True, id="open end, far later"),
    pytest.param(D, D, D, True, id="a one-day version, its day"),
    pytest.param(D, D, D + ONE, False, id="a one-day version, the day after"),
    pytest.param(D, D - ONE, D, False, id="an end before the start, never"),
    pytest.param(D, D - ONE, D - ONE, False, id="an end before the start, its end"),
    pytest.param(date(2023, 12, 31), date(2024, 1, 1), date(2024, 1, 1), True, id="across a year, the last day"),
]


@pytest.fixture
def probe(engine: Engine) -> Iterator[tuple[Connection, Table]]:
    """A temporary table of Date columns as the reference tables have them (SQLite keeps dates as text), rolled
    back after the test."""
    table = Table("effective_probe", MetaData(), Column("id", Integer, primary_key=True),
                  Column("valid_from", Date, nullable=False), Column("valid_to", Date), prefixes=["TEMPORARY"])
    with engine.connect() as conn:
        table.create(conn)
        try:
            yield conn, table
        finally:
            conn.rollback()
            table.drop(conn, checkfirst=True)
            conn.commit()


@pytest.mark.parametrize(("valid_from", "valid_to", "day", "expected"), EDGES)
def test_the_sql_predicate_and_the_python_rule_agree_on_each_edge(
    probe: tuple[Connection, Table], valid_from: date, valid_to: date | None, day: date, expected: bool
) -> None:
    conn, table = probe
    conn.execute(insert(table), [{"id": 1, "valid_from": valid_from, "valid_to": valid_to}])
    in_sql = conn.scalar(select(table.c.id).where(in_force_sql(table.c.valid_from, table.c.valid_to, day)))
    assert in_force(valid_from, valid_to, day) is expected
    assert (in_sql == 1) is expected


def test_they_agree_on_every_combination_of_bounds_and_days(probe: tuple[Connection, Table]) -> None:
    conn, table = probe
    days = [D + k * ONE for k in range(-2, 5)]
    versions = [(start, end) for start in days[1:-1] for end in [*days, None]]
    conn.execute(insert(table), [{"id": i, "valid_from": s, "valid_to": e} for i, (s, e) in enumerate(versions)])
    covered = []
    for day in days:
        in_sql = set(conn.scalars(select(table.c.id).where(in_force_sql(table.c.valid_from, table.c.valid_to, day))))
        in_python = {i for i, (s, e) in enumerate(versions) if in_force(s, e, day)}
        assert in_sql == in_python, day
        covered.append(len(in_python))
    assert covered[0] == 0 and all(0 < n < len(versions) for n in covered[1:])  # none before the first start


def test_the_latest_start_wins_in_sql_as_in_python(probe: tuple[Connection, Table]) -> None:
    conn, table = probe
    versions = [(D, None), (D + 3 * ONE, D + 5 * ONE), (D + ONE, D + 8 * ONE), (D + 10 * ONE, None)]
    conn.execute(insert(table), [{"id": i, "valid_from": s, "valid_to": e} for i, (s, e) in enumerate(versions)])

    class V:
        def __init__(self, i: int) -> None:
            self.i, (self.valid_from, self.valid_to) = i, versions[i]

    for k in range(-1, 13):
        day = D + k * ONE
        chosen = conn.scalar(select(table.c.id).where(in_force_sql(table.c.valid_from, table.c.valid_to, day))
                             .order_by(latest_first(table.c.valid_from)).limit(1))  # fmt: skip
        expected = version_in_force([V(i) for i in range(len(versions))], day)
        assert chosen == (expected.i if expected else None), day


def test_the_catalogue_is_what_the_python_rule_picks_from_the_shipped_data(engine: Engine) -> None:
    with Session(engine) as s:
        fees = list(s.scalars(select(FeeSchedule)))
        tariffs = list(s.scalars(select(PostalTariff)))
        services = list(s.scalars(select(Service)))
    edges = {v.valid_from for v in fees + tariffs} | {v.valid_to for v in fees + tariffs if v.valid_to}
    days = sorted({d + k * ONE for d in edges for k in (-1, 0, 1)})
    assert date(2023, 12, 31) in days and date(2024, 1, 1) in days  # the VAT change of the shipped data
    for day in days:
        catalogue = load_catalogue(engine, day)
        expected_fees = {}
        for service in services:
            fee = version_in_force([f for f in fees if f.service_code == service.code], day)
            if fee is not None and in_force(service.active_from, service.active_to, day):
                expected_fees[service.code] = fee.fee_centimes
        assert {o.code: o.fee_centimes for o in catalogue.services} == expected_fees, day
        expected_postage = {}
        for t in tariffs:
            chosen = version_in_force([v for v in tariffs if v.product_code == t.product_code], day)
            if chosen is not None:
                expected_postage[t.product_code] = chosen.price_centimes
        assert {p.code: p.price_centimes for p in catalogue.postal_products} == expected_postage, day
