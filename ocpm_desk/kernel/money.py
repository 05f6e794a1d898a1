"""Money in Swiss francs (DESIGN §3.3, general terms G1, G8, G9).

Amounts are integers in centimes. Totals are rounded to 5 centimes (the smallest Swiss coin); fees *include* VAT,
whose part is ``amount × rate / (100 + rate)`` rounded half up to the centime, computed exactly with ``Decimal``
(``vat_included(2500, "8.1") == 187``; the rate is data of each fee schedule and may be 0). Amounts are displayed
``CHF 1'250.00`` (Swiss apostrophe as thousands separator) and arrive from the web platform as decimal strings
with exactly two places (DESIGN §9).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

__all__ = ["format_chf", "order_total", "parse_chf", "round_to_5_centimes", "vat_included"]

_CHF_RE = re.compile(r"([0-9]+)\.([0-9]{2})")


def round_to_5_centimes(centimes: int) -> int:
    """``centimes`` rounded to the nearest multiple of 5 (Swiss cash rounding).

    1, 2 go down and 3, 4 go up (2 → 0, 3 → 5, 7 → 5, 8 → 10). An integer is never exactly halfway between two
    multiples of 5, so "half up" needs no tie rule; negative amounts (credits) round symmetrically to the
    positive ones: -2 → 0, -3 → -5, -8 → -10.
    """
    if centimes < 0:
        return -round_to_5_centimes(-centimes)
    return (centimes + 2) // 5 * 5


def _rate(rate_percent: Decimal | str | float) -> Decimal:
    if isinstance(rate_percent, bool):
        raise ValueError("the VAT rate must be a number of percent, not a boolean")
    try:
        # str() first: the float 8.1 becomes Decimal("8.1"), not 8.0999999999999996447…
        rate = rate_percent if isinstance(rate_percent, Decimal) else Decimal(str(rate_percent).strip())
    except InvalidOperation:
        raise ValueError(f"the VAT rate {rate_percent!r} is not a number") from None
    if not rate.is_finite() or rate < 0:
        raise ValueError(f"the VAT rate must be a finite number of percent ≥ 0, not {rate_percent!r}")
    return rate


def vat_included(centimes: int, rate_percent: Decimal | str | float) -> int:
    """The VAT contained in a VAT-inclusive amount: ``centimes × rate / (100 + rate)``, half up to the centime.

    ``vat_included(2500, "8.1") == 187`` (187.33…); a rate of 0 gives 0. Negative amounts give the symmetric
    negative VAT (half away from zero).
    """
    rate = _rate(rate_percent)
    vat = Decimal(centimes) * rate / (Decimal(100) + rate)
    return int(vat.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def parse_chf(text: str) -> int:
    """Centimes from a decimal string with exactly two places: ``"25.00"`` → 2500.

    Only ASCII digits, one dot and two decimals are accepted: no sign, no spaces, no thousands separator, no
    comma, no exponent. Anything else is a ``ValueError`` that says what was expected.
    """
    if not isinstance(text, str):
        raise ValueError(f"an amount in CHF must be a string like '25.00', not {type(text).__name__}")
    match = _CHF_RE.fullmatch(text)
    if match is None:
        raise ValueError(
            f"{text!r} is not an amount in CHF: expected a non-negative decimal with exactly two places, "
            "like '25.00'"
        )
    return int(match.group(1)) * 100 + int(match.group(2))


def format_chf(centimes: int) -> str:
    """``"CHF 25.00"``; thousands separated by the Swiss apostrophe: ``"CHF 1'250.00"``; ``"CHF -5.00"``."""
    sign = "-" if centimes < 0 else ""
    francs, cents = divmod(abs(centimes), 100)
    return f"CHF {sign}{francs:,}.{cents:02d}".replace(",", "'")


def order_total(fee_centimes: int, quantity: int, postage_centimes: int) -> int:
    """What an order costs (G1, G9): fee × quantity + postage, rounded to 5 centimes."""
    if quantity < 1:
        raise ValueError(f"the quantity must be at least 1, not {quantity}")
    if fee_centimes < 0 or postage_centimes < 0:
        raise ValueError("a fee or a postage cannot be negative")
    return round_to_5_centimes(fee_centimes * quantity + postage_centimes)
