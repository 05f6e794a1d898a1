"""The State's closure days (table ``calendar_closures``): the working-day rules of every feature leave them out."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocpm_desk.infrastructure.db.models import CalendarClosure


def closure_days(session: Session) -> frozenset[date]:
    return frozenset(session.scalars(select(CalendarClosure.day)))
