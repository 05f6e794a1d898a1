"""Order references (ED-YYYY-NNNNNNNN) and decision numbers (DEC-YYYY-NNNNNN)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ocpm_desk.kernel.identifiers import is_valid_order_reference
from ocpm_desk.kernel.references import (
    make_decision_number,
    make_order_reference,
    parse_decision_number,
    parse_order_reference,
)


def test_make_decision_number() -> None:
    assert make_decision_number(2026, 123) == "DEC-2026-000123"
    assert make_decision_number(2027, 1) == "DEC-2027-000001"
    assert make_decision_number(2026, 999_999) == "DEC-2026-999999"


def test_make_order_reference() -> None:
    assert make_order_reference(2026, 12345) == "ED-2026-00012345"
    assert make_order_reference(2026, 99_999_999) == "ED-2026-99999999"


@pytest.mark.parametrize(("year", "seq"), [(2026, 0), (2026, -1), (2026, 1_000_000), (999, 1), (10_000, 1)])
def test_decision_number_out_of_range(year: int, seq: int) -> None:
    with pytest.raises(ValueError, match="decision number"):
        make_decision_number(year, seq)


@pytest.mark.parametrize(("year", "seq"), [(2026, 0), (2026, 100_000_000), (26, 1), (20260, 1)])
def test_order_reference_out_of_range(year: int, seq: int) -> None:
    with pytest.raises(ValueError, match="order reference"):
        make_order_reference(year, seq)


def test_parse_order_reference() -> None:
    assert parse_order_reference("ED-2026-00012345") == (2026, 12345)
    assert parse_order_reference("ED-2026-99999999") == (2026, 99_999_999)


@pytest.mark.parametrize(
    "text",
    ["ED-2026-0001234", "ED-2026-000123456", "ed-2026-00012345", "ED-2026-00012345\n", " ED-2026-00012345",
     "DEC-2026-000123", "ED-202-600012345", "ED-２０２６-00012345", ""],
)  # fmt: skip
def test_parse_order_reference_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="not an order reference"):
        parse_order_reference(text)
    assert not is_valid_order_reference(text)


def test_parse_decision_number() -> None:
    assert parse_decision_number("DEC-2026-000123") == (2026, 123)
    for bad in ["DEC-2026-00123", "DEC-2026-0001234", "ED-2026-00012345", "dec-2026-000123"]:
        with pytest.raises(ValueError, match="not a decision number"):
            parse_decision_number(bad)


@given(st.integers(min_value=1000, max_value=9999), st.integers(min_value=1, max_value=99_999_999))
def test_order_reference_round_trip(year: int, seq: int) -> None:
    reference = make_order_reference(year, seq)
    assert is_valid_order_reference(reference)
    assert parse_order_reference(reference) == (year, seq)


@given(st.integers(min_value=1000, max_value=9999), st.integers(min_value=1, max_value=999_999))
def test_decision_number_round_trip(year: int, seq: int) -> None:
    number = make_decision_number(year, seq)
    assert len(number) == 15
    assert parse_decision_number(number) == (year, seq)


def test_numbers_sort_in_issue_order_within_a_year() -> None:
    numbers = [make_decision_number(2026, s) for s in (1, 9, 10, 123, 100_000)]
    assert sorted(numbers) == numbers
