""""In force on a day" in SQL: the one predicate every query of effective-dated rows is built with (G3).

The twin of ``domain.effective.in_force``, with the same bounds: ``valid_from`` is the first day in force,
``valid_to`` the last (inclusive), ``NULL`` open-ended; a row whose end precedes its start is never in force. Where
several versions of one key are in force, the one that started last wins: ``latest_first`` orders them so.
``tests/integration/test_in_force_sql.py`` checks on both databases that this predicate and the Python function
give the same answer on every edge (before the start, on it, inside, on the end, after it, open end).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, UnaryExpression, and_, or_
from sqlalchemy.orm import QueryableAttribute

__all__ = ["in_force_sql", "latest_first"]

#: A bound: a mapped attribute (``FeeSchedule.valid_from``) or a column expression.
Bound = QueryableAttribute[Any] | ColumnElement[Any]


def in_force_sql(valid_from: Bound, valid_to: Bound, day: date | ColumnElement[Any]) -> ColumnElement[bool]:
    """Whether the row whose bounds are the columns ``valid_from`` and ``valid_to`` (both inclusive; ``NULL``:
    open) covers ``day`` (a date, or a column or expression of dates)."""
    return and_(valid_from <= day, or_(valid_to.is_(None), valid_to >= day))


def latest_first(valid_from: Bound) -> UnaryExpression[Any]:
    """The order that puts first, among versions in force, the one that supersedes the others."""
    return valid_from.desc()
