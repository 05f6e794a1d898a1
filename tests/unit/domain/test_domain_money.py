"""Money: Swiss 5-centime rounding, VAT included, CHF parsing and display, order totals (DESIGN §3.3)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ocpm_desk.kernel.money import format_chf, order_total, parse_chf, round_to_5_centimes, vat_included


@pytest.mark.parametrize(
    ("centimes", "expected"),
    [
        (0, 0), (1, 0), (2, 0), (3, 5), (4, 5), (5, 5), (6, 5), (7, 5), (8, 10), (9, 10), (10, 10),
        (2497, 2495), (2498, 2500), (2502, 2500), (2503, 2505), (123456, 123455), (123458, 123460),
    ],
)  # fmt: skip
def test_round_to_5_centimes(centimes: int, expected: int) -> None:
    assert round_to_5_centimes(centimes) == expected


@pytest.mark.parametrize(
    ("centimes", "expected"), [(-1, 0), (-2, 0), (-3, -5), (-7, -5), (-8, -10), (-2503, -2505)]
)
def test_negative_amounts_round_symmetrically(centimes: int, expected: int) -> None:
    assert round_to_5_centimes(centimes) == expected


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_round_to_5_centimes_is_the_nearest_multiple_of_5(centimes: int) -> None:
    rounded = round_to_5_centimes(centimes)
    assert rounded % 5 == 0
    assert abs(rounded - centimes) <= 2
    assert round_to_5_centimes(-centimes) == -rounded
    assert round_to_5_centimes(rounded) == rounded


@pytest.mark.parametrize("rate", ["8.1", 8.1, Decimal("8.1"), " 8.1 "])
def test_vat_included_at_8_1_percent(rate: Decimal | str | float) -> None:
    assert vat_included(2500, rate) == 187  # 187.33…


@pytest.mark.parametrize(
    ("centimes", "rate", "expected"),
    [
        (2500, "7.7", 179),  # 178.74 (2018–2023 rate)
        (2500, "0", 0),
        (2500, 0, 0),
        (0, "8.1", 0),
        (10810, "8.1", 810),  # exactly 8.1 % of 100.00 on top of 100.00
        (107700, "7.7", 7700),
        (5, "100", 3),  # 2.5 → 3: half up, not banker's rounding (which gives 2)
        (6, "300", 5),  # 4.5 → 5 (banker's: 4)
        (7, "100", 4),  # 3.5 → 4
        (1, "8.1", 0),
        (-2500, "8.1", -187),
        (-5, "100", -3),  # half away from zero for credits
    ],
)
def test_vat_included(centimes: int, rate: str | int, expected: int) -> None:
    assert vat_included(centimes, rate) == expected


def test_vat_float_rate_is_read_as_written_not_as_its_binary_value() -> None:
    # 64 × 2.4 / 102.4 is exactly 1.5 → 2; the float 2.4 is 2.39999999999999991…, which would give 1.4999… → 1
    assert vat_included(64, "2.4") == 2
    assert vat_included(64, 2.4) == 2


@pytest.mark.parametrize("rate", ["-1", -8.1, "abc", "", "nan", "inf", float("nan"), float("inf"), True])
def test_vat_rejects_a_meaningless_rate(rate: object) -> None:
    with pytest.raises(ValueError, match="VAT rate"):
        vat_included(2500, rate)  # type: ignore[arg-type]


@given(st.integers(min_value=0, max_value=10**9), st.decimals(min_value=0, max_value=100, places=2))
def test_vat_is_part_of_the_amount(centimes: int, rate: Decimal) -> None:
    vat = vat_included(centimes, rate)
    assert 0 <= vat <= centimes
    exact = Decimal(centimes) * rate / (100 + rate)
    assert abs(Decimal(vat) - exact) <= Decimal("0.5")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("25.00", 2500), ("0.00", 0), ("0.05", 5), ("1.20", 120), ("1250.50", 125050), ("1000000.99", 100000099)],
)
def test_parse_chf(text: str, expected: int) -> None:
    assert parse_chf(text) == expected


@pytest.mark.parametrize(
    "text",
    ["25", "25.0", "25.000", "-1.00", "+1.00", " 25.00", "25.00 ", "25,00", "1'250.00", ".50", "25.",
     "1e2", "", "CHF 25.00", "٢٥.٠٠", "25.0O", "0x1.00", "1_000.00"],
)  # fmt: skip
def test_parse_chf_rejects_anything_but_a_plain_two_place_decimal(text: str) -> None:
    with pytest.raises(ValueError, match="exactly two places") as excinfo:
        parse_chf(text)
    assert repr(text) in str(excinfo.value)


@pytest.mark.parametrize("value", [25, 25.0, None, b"25.00"])
def test_parse_chf_rejects_non_strings(value: object) -> None:
    with pytest.raises(ValueError, match="must be a string"):
        parse_chf(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("centimes", "expected"),
    [
        (2500, "CHF 25.00"),
        (0, "CHF 0.00"),
        (5, "CHF 0.05"),
        (120, "CHF 1.20"),
        (99999, "CHF 999.99"),
        (100000, "CHF 1'000.00"),
        (125000, "CHF 1'250.00"),
        (123456789, "CHF 1'234'567.89"),
        (-2500, "CHF -25.00"),
        (-125005, "CHF -1'250.05"),
    ],
)
def test_format_chf(centimes: int, expected: str) -> None:
    assert format_chf(centimes) == expected


@given(st.integers(min_value=0, max_value=10**13))
def test_format_then_parse_gives_the_amount_back(centimes: int) -> None:
    shown = format_chf(centimes)
    assert shown.startswith("CHF ")
    assert parse_chf(shown.removeprefix("CHF ").replace("'", "")) == centimes


@pytest.mark.parametrize(
    ("fee", "quantity", "postage", "expected"),
    [
        (2500, 1, 0, 2500),  # B-mail is free (G9)
        (2500, 2, 120, 5120),  # two attestations by A-mail
        (2500, 1, 123, 2625),  # 2623 → 2625
        (2500, 1, 122, 2620),  # 2622 → 2620
        (1999, 3, 0, 5995),  # 5997 → 5995
        (1999, 1, 1, 2000),
    ],
)
def test_order_total(fee: int, quantity: int, postage: int, expected: int) -> None:
    assert order_total(fee, quantity, postage) == expected


@pytest.mark.parametrize(("fee", "quantity", "postage"), [(2500, 0, 0), (2500, -1, 0), (-2500, 1, 0), (2500, 1, -5)])
def test_order_total_rejects_impossible_orders(fee: int, quantity: int, postage: int) -> None:
    with pytest.raises(ValueError):
        order_total(fee, quantity, postage)
