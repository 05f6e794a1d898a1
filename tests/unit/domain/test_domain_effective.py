"""Effective-dated versions (G3): which version of a reference row is in force on a day (``domain.effective``)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from random import Random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ocpm_desk.infrastructure.reference_data import read_reference_data
from ocpm_desk.kernel.effective import in_force, version_in_force

D = date
ONE = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class V:
    name: str
    valid_from: date
    valid_to: date | None = None


# As the shipped fee schedules: 7.7 % until 31.12.2023 (its last day), 8.1 % from 1.1.2024, open-ended.
OLD = V("old", D(2018, 1, 1), D(2023, 12, 31))
NEW = V("new", D(2024, 1, 1))


# --- the days around the change: in_force of the old version, version_in_force of the two -----------------------
#: (the day, whether ``OLD`` is in force, the version of [OLD, NEW] in force)
AROUND_THE_CHANGE = [
    pytest.param(D(2017, 12, 31), False, None, id="the day before the first: none"),
    pytest.param(D(2018, 1, 1), True, OLD, id="the first day of the first"),
    pytest.param(D(2020, 6, 15), True, OLD, id="inside the old one"),
    pytest.param(D(2023, 12, 31), True, OLD, id="the last day of the old one (valid_to is inclusive)"),
    pytest.param(D(2024, 1, 1), False, NEW, id="the day after the last: the first day of the new one"),
    pytest.param(D(2099, 12, 31), False, NEW, id="open-ended"),
]


@pytest.mark.parametrize(("day", "old_in_force", "expected"), AROUND_THE_CHANGE)
def test_both_ends_are_inclusive_and_consecutive_versions_follow_each_other(
    day: date, old_in_force: bool, expected: V | None
) -> None:
    assert in_force(OLD.valid_from, OLD.valid_to, day) is old_in_force
    assert version_in_force([OLD, NEW], day) is expected
    assert version_in_force([NEW, OLD], day) is expected  # in any order


# --- in_force: one version --------------------------------------------------------------------------------------
def test_an_open_version_is_in_force_from_its_first_day_on() -> None:
    assert not in_force(NEW.valid_from, None, D(2023, 12, 31))
    assert in_force(NEW.valid_from, None, D(2024, 1, 1))
    assert in_force(NEW.valid_from, None, date.max)


def test_a_one_day_version_and_an_inverted_one() -> None:
    day = D(2026, 5, 1)
    assert in_force(day, day, day)
    assert not in_force(day, day, day - ONE) and not in_force(day, day, day + ONE)
    assert not any(in_force(day + ONE, day, d) for d in (day - ONE, day, day + ONE, day + 2 * ONE))


# --- version_in_force: the versions of one key ------------------------------------------------------------------
def test_no_versions_nothing_in_force() -> None:
    assert version_in_force([], D(2026, 1, 1)) is None


def test_a_gap_has_nothing_in_force() -> None:
    first = V("first", D(2020, 1, 1), D(2020, 12, 31))
    second = V("second", D(2022, 1, 1))
    versions = [first, second]
    assert version_in_force(versions, D(2020, 12, 31)) is first
    assert version_in_force(versions, D(2021, 1, 1)) is None
    assert version_in_force(versions, D(2021, 12, 31)) is None
    assert version_in_force(versions, D(2022, 1, 1)) is second


def test_overlapping_versions_the_one_that_started_last_wins() -> None:
    """The tables forbid two versions of a key starting on the same day, not overlapping periods."""
    base = V("base", D(2018, 1, 1))  # never closed
    amendment = V("amendment", D(2024, 1, 1), D(2024, 6, 30))
    for versions in ([base, amendment], [amendment, base]):
        assert version_in_force(versions, D(2023, 12, 31)) is base
        assert version_in_force(versions, D(2024, 1, 1)) is amendment
        assert version_in_force(versions, D(2024, 6, 30)) is amendment
        assert version_in_force(versions, D(2024, 7, 1)) is base


def test_on_the_same_first_day_the_first_given_wins() -> None:
    a, b = V("a", D(2024, 1, 1)), V("b", D(2024, 1, 1), D(2024, 12, 31))
    assert version_in_force([a, b], D(2024, 3, 1)) is a
    assert version_in_force([b, a], D(2024, 3, 1)) is b


def test_any_iterable_is_read_once() -> None:
    assert version_in_force(iter([OLD, NEW]), D(2024, 1, 1)) is NEW


# --- properties -------------------------------------------------------------------------------------------------
START = D(2018, 1, 1)
days = st.integers(min_value=-5, max_value=60).map(lambda n: START + n * ONE)


@st.composite
def versions(draw: st.DrawFn) -> list[V]:
    """Versions of one key: distinct first days (the tables' unique constraint), any ends, gaps and overlaps."""
    firsts = draw(st.lists(st.integers(0, 50), unique=True, max_size=6))
    out = []
    for i, first in enumerate(firsts):
        length = draw(st.none() | st.integers(-1, 30))  # -1: inverted, never in force; None: open-ended
        out.append(V(f"v{i}", START + first * ONE, None if length is None else START + (first + length) * ONE))
    return out


@given(versions(), days)
def test_the_chosen_version_is_the_latest_started_of_those_in_force(given_versions: list[V], day: date) -> None:
    chosen = version_in_force(given_versions, day)
    covering = [v for v in given_versions if v.valid_from <= day and (v.valid_to is None or day <= v.valid_to)]
    if not covering:
        assert chosen is None
    else:
        assert chosen is max(covering, key=lambda v: v.valid_from)
        assert in_force(chosen.valid_from, chosen.valid_to, day)


@given(versions(), days, st.randoms(use_true_random=False))
def test_the_order_of_the_versions_does_not_matter(given_versions: list[V], day: date, rnd: Random) -> None:
    shuffled = list(given_versions)
    rnd.shuffle(shuffled)
    assert version_in_force(shuffled, day) is version_in_force(given_versions, day)


@given(st.lists(st.integers(1, 40), min_size=1, max_size=6), days)
def test_versions_closed_on_the_eve_of_the_next_cover_every_day_once(lengths: list[int], day: date) -> None:
    """As the reference data is written: each version's last day is the eve of the next one's first day."""
    chain, first = [], START
    for i, length in enumerate(lengths):
        last = None if i == len(lengths) - 1 else first + (length - 1) * ONE
        chain.append(V(f"v{i}", first, last))
        first = (last or first) + ONE
    covering = [v for v in chain if in_force(v.valid_from, v.valid_to, day)]
    assert len(covering) == (0 if day < START else 1)
    assert version_in_force(chain, day) is (covering[0] if covering else None)


# --- the shipped reference data follows the convention -----------------------------------------------------------
def test_the_shipped_versions_follow_each_other_without_gap_or_overlap() -> None:
    """resources/reference/*.yaml: every key's versions are consecutive with inclusive ends (valid_to is the eve of
    the next valid_from), the last open, so every day from the first has exactly one version in force."""
    data = read_reference_data()
    tables: dict[str, dict[str, list[V]]] = {
        "fee_schedules": defaultdict(list), "postal_tariffs": defaultdict(list), "vat_rates": defaultdict(list),
        "condition_rule_sets": defaultdict(list), "refusal_grounds": defaultdict(list)}
    for f in data.fee_schedules:
        tables["fee_schedules"][f.service_code].append(V(f.service_code, f.valid_from, f.valid_to))
    for t in data.postal_tariffs:
        tables["postal_tariffs"][t.product_code].append(V(t.product_code, t.valid_from, t.valid_to))
    for r in data.vat_rates:
        tables["vat_rates"]["CH"].append(V("CH", r.valid_from, r.valid_to))
    for s in data.condition_rule_sets:
        tables["condition_rule_sets"][s.service_code].append(V(s.service_code, s.valid_from, s.valid_to))
    for g in data.refusal_grounds:
        tables["refusal_grounds"][g.code].append(V(g.code, g.valid_from, g.valid_to))
    for table, keys in tables.items():
        assert keys, table
        for key, chain in keys.items():
            chain.sort(key=lambda v: v.valid_from)
            for before, after in pairwise(chain):
                assert before.valid_to is not None and before.valid_to + ONE == after.valid_from, (table, key)
                assert version_in_force(chain, before.valid_to) is before, (table, key)
                assert version_in_force(chain, after.valid_from) is after, (table, key)
            assert chain[-1].valid_to is None, (table, key)
            assert version_in_force(chain, chain[0].valid_from - ONE) is None, (table, key)
