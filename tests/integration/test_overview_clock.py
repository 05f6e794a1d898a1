"""The overview's delivery clock counts from the Geneva day of the order, summer time included."""

from __future__ import annotations

from datetime import UTC, date, datetime

from ocpm_factories import add_orders
from sqlalchemy import Engine

from ocpm_desk.features.overview.counts import load_overview
from ocpm_desk.kernel.roles import Role


def test_an_order_placed_after_midnight_in_summer_counts_from_the_geneva_day(engine: Engine) -> None:
    # 2 July 2026 22:30 UTC is Friday 3 July 00:30 in Geneva (UTC+2): on 13 July that is 6 working days (on
    # track), whereas counted from 2 July it would be 7 (due).
    add_orders(engine, 1, start=datetime(2026, 7, 2, 22, 30, tzinfo=UTC))
    overview = load_overview(engine, frozenset({Role.CASEWORKER}), today=date(2026, 7, 13))
    assert (overview.on_track, overview.due, overview.late) == (1, 0, 0)
