"""How numbers, amounts and dates look on screen (Swiss conventions, in the current language)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from ocpm_desk.kernel.clock import in_geneva
from ocpm_desk.kernel.money import format_chf

if TYPE_CHECKING:
    pass

__all__ = ["format_chf", "format_count", "format_date", "format_datetime", "format_percent", "format_time"]

DATE_FORMAT = "%d.%m.%Y"


def format_count(value: int) -> str:
    """``12'345``: the Swiss apostrophe separates thousands, in French and English alike (as in amounts)."""
    return f"{int(value):,}".replace(",", "'")


def format_percent(rate: str) -> str:
    """A VAT rate given as text (``"8.1"``) with the locale's decimal separator: ``8,1 %`` in French."""
    text = rate.strip()
    if "." in text:
        text = text.replace(".", QLocale().decimalPoint())
    return f"{text} %"


def format_date(value: date | None) -> str:
    """``26.11.2025``; a year before 1000 keeps its four digits (glibc's ``%Y`` drops the zeros: ``02.01.1``)."""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}" if value is not None else "—"


def format_datetime(value: datetime) -> str:
    """Geneva date and time, ``26.11.2025 14:05``: an aware datetime is read in Geneva time first (whatever the
    workstation's zone), a naive one is shown as it is."""
    if value.tzinfo is not None:
        value = in_geneva(value)
    return value.strftime(f"{DATE_FORMAT} %H:%M")


def format_time(value: datetime) -> str:
    """``14:05`` in Geneva time (as ``format_datetime``)."""
    if value.tzinfo is not None:
        value = in_geneva(value)
    return value.strftime("%H:%M")


def geneva_moment(value: datetime | None) -> str:
    """``12.03.2026 10:02`` in Geneva time, whatever the workstation's time zone."""
    return "—" if value is None else format_datetime(value)
