"""Effective-dated reference data (G3): which version of a row is in force on a day.

Fee schedules, postal tariffs, condition rule sets, refusal grounds and VAT rates are kept as *versions*, each in
force from ``valid_from`` to ``valid_to``; an order is pinned to the versions in force on the (Geneva) day its
payment was validated (DESIGN G3). The convention, the same everywhere (these functions, the SQL predicate
``adapters.db.effective.in_force_sql`` that every query of these tables uses, the shipped data):

- **both ends are inclusive**: ``valid_from`` is the first day in force, ``valid_to`` the last. The reference data
  closes a version on the eve of the next one (``valid_to: 2023-12-31``, then ``valid_from: 2024-01-01``, DESIGN
  §3.3: "8.1 % since 2024-01-01, 7.7 % 2018–2023"), so with an exclusive end 31 December 2023 would have no
  version at all;
- ``valid_to`` ``None`` is open-ended; a version whose ``valid_to`` precedes its ``valid_from`` is never in force;
- the tables forbid only two versions of one key starting on the same day (unique ``(key, valid_from)``), not
  overlapping periods. When several versions are in force on a day, **the one that started last wins** (it
  supersedes the older one), as the services' SQL readers choose (``ORDER BY valid_from DESC``); between versions
  starting on the same day (possible only across keys), the first given wins.

Gaps are allowed: on a day no version covers, there is nothing in force (``None``); what that means is the caller's
business (an imported order is left unpinned, the demo seed refuses to run).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Protocol, TypeVar

__all__ = ["EffectiveDated", "in_force", "version_in_force"]


class EffectiveDated(Protocol):
    """A version of a reference row: a dataclass, a named tuple or a mapped row with these two attributes."""

    @property
    def valid_from(self) -> date: ...

    @property
    def valid_to(self) -> date | None: ...


_V = TypeVar("_V", bound=EffectiveDated)


def in_force(valid_from: date, valid_to: date | None, day: date) -> bool:
    """Whether a version valid from ``valid_from`` to ``valid_to`` (both inclusive; ``None``: open) covers ``day``."""
    return valid_from <= day and (valid_to is None or day <= valid_to)


def version_in_force(versions: Iterable[_V], day: date) -> _V | None:
    """The version of ``versions`` in force on ``day``, or ``None`` when none covers it (a gap, or before the first).

    ``versions`` are the versions of one key (a service's fee schedules, a product's tariffs…), in any order. When
    several overlap on ``day``, the latest ``valid_from`` wins; on equal ``valid_from``, the first given.
    """
    chosen: _V | None = None
    for version in versions:
        start = version.valid_from
        if start <= day and (version.valid_to is None or day <= version.valid_to) and (
                chosen is None or start > chosen.valid_from):
            chosen = version
    return chosen
