"""Reference numbers OCPM Desk reads and makes.

Order references come from the e-démarches platform: ``ED-`` + 4-digit year + ``-`` + 8 digits
(``ED-2026-00012345``, DESIGN §9); a line without a well-formed one is quarantined. Decision numbers are issued by
OCPM Desk when a supervisor signs a refusal (LPA art. 46: a decision is designated as such and identifiable):
``DEC-`` + year + ``-`` + 6 digits (``DEC-2026-000123``), one sequence per year.
"""

from __future__ import annotations

import re

__all__ = [
    "DECISION_NUMBER_RE",
    "ORDER_REFERENCE_RE",
    "make_decision_number",
    "make_order_reference",
    "parse_decision_number",
    "parse_order_reference",
]

ORDER_REFERENCE_RE = re.compile(r"ED-([0-9]{4})-([0-9]{8})")
DECISION_NUMBER_RE = re.compile(r"DEC-([0-9]{4})-([0-9]{6})")


def _check(kind: str, year: int, seq: int, digits: int) -> None:
    if not 1000 <= year <= 9999:
        raise ValueError(f"{kind}: the year must have 4 digits, not {year}")
    if not 1 <= seq < 10**digits:
        raise ValueError(f"{kind}: the sequence number must be between 1 and {10**digits - 1}, not {seq}")


def _parse(pattern: re.Pattern[str], text: str, kind: str, form: str) -> tuple[int, int]:
    """``(year, seq)`` of ``text`` if ``pattern`` matches all of it; ``ValueError`` naming the ``kind`` and its
    ``form`` otherwise."""
    match = pattern.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        raise ValueError(f"{text!r} is not {kind}: expected {form}")
    return int(match.group(1)), int(match.group(2))


def make_order_reference(year: int, seq: int) -> str:
    """``make_order_reference(2026, 12345) == "ED-2026-00012345"``."""
    _check("order reference", year, seq, 8)
    return f"ED-{year:04d}-{seq:08d}"


def parse_order_reference(text: str) -> tuple[int, int]:
    """``(year, seq)`` of an order reference; ``ValueError`` unless it is exactly ``ED-YYYY-NNNNNNNN``."""
    return _parse(ORDER_REFERENCE_RE, text, "an order reference", "ED-, a 4-digit year, -, 8 digits")


def make_decision_number(year: int, seq: int) -> str:
    """``make_decision_number(2026, 123) == "DEC-2026-000123"``."""
    _check("decision number", year, seq, 6)
    return f"DEC-{year:04d}-{seq:06d}"


def parse_decision_number(text: str) -> tuple[int, int]:
    """``(year, seq)`` of a decision number; ``ValueError`` unless it is exactly ``DEC-YYYY-NNNNNN``."""
    return _parse(DECISION_NUMBER_RE, text, "a decision number", "DEC-, a 4-digit year, -, 6 digits")
