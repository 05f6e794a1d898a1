"""Dates between Python and Qt: the ``date`` the services take and the ``QDate`` of the date fields, and the date
fields of the screens' filters."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QSizePolicy, QWidget


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def filter_date_edit(parent: QWidget, value: date, name: str) -> QDateEdit:
    """A filter's date (Swiss format, a calendar to pick from), on ``value``; off until its box is ticked."""
    edit = QDateEdit(qdate(value), parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setEnabled(False)
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return edit
