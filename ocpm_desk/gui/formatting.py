"""How numbers, amounts and dates look on screen (Swiss conventions, in the current language)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from importlib import import_module

from PySide6.QtCore import QLocale

DATE_FORMAT = "%d.%m.%Y"


@cache
def _domain_format_chf() -> Callable[[int], str] | None:
    # ocpm_desk.domain.money.format_chf is the reference; it is looked up lazily so that the GUI also runs
    # against a domain that does not have it yet.
    try:
        module = import_module("ocpm_desk.domain.money")
    except ImportError:
        return None
    formatter = getattr(module, "format_chf", None)
    return formatter if callable(formatter) else None


def format_chf(centimes: int) -> str:
    """``2500`` → ``CHF 25.00`` (DESIGN §3.3)."""
    formatter = _domain_format_chf()
    if formatter is not None:
        return str(formatter(centimes))
    sign = "-" if centimes < 0 else ""
    francs, cents = divmod(abs(int(centimes)), 100)
    return f"CHF {sign}{francs}.{cents:02d}"


def format_count(value: int) -> str:
    """A count with the thousands separator of the current locale."""
    return QLocale().toString(int(value))


def format_percent(rate: str) -> str:
    """A VAT rate given as text (``"8.1"``) with the locale's decimal separator: ``8,1 %`` in French."""
    text = rate.strip()
    if "." in text:
        text = text.replace(".", QLocale().decimalPoint())
    return f"{text} %"


def format_date(value: date | None) -> str:
    return value.strftime(DATE_FORMAT) if value is not None else "—"


def format_datetime(value: datetime) -> str:
    """Local date and time, ``26.11.2025 14:05``; an aware datetime is converted to local time first."""
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime(f"{DATE_FORMAT} %H:%M")


def format_time(value: datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%H:%M")
