"""Dates between Python and Qt: the ``date`` the services take and the ``QDate`` of the date fields."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
