"""Geneva time: working days, the delivery clock, notification dates and appeal deadlines (DESIGN §4).

- Working day (§4.1): Monday–Friday, not a Geneva public holiday, not a State closure day. Public holidays are
  those of the State of Geneva: 1 January, Good Friday, Easter Monday, Ascension, Whit Monday, 1 August, Jeûne
  genevois (Thursday after the first Sunday of September), 25 December, 31 December (Restauration de la
  République), taken from ``holidays.Switzerland(subdiv="GE")``. Closure days (e.g. 1 May, 24 and 26–30 December)
  are decided yearly by the Conseil d'État and are data: callers pass them as ``closures``.
- Delivery clock (§4.2, general terms G6): documents go out normally 7 to 14 working days after the order.
- Notification of a registered letter (§4.4; LPA art. 62 al. 4, ATF 141 II 429): the day it is collected, or,
  if it is not collected, the last day of the 7-day holding period that starts the day after the first delivery
  attempt.
- Appeal deadline (§4.3; LPA art. 62 and 63, in line with LTF art. 45–46 and CPC art. 145): 30 days from the
  day after notification; days in the court holidays do not count (7th day before Easter to 7th day after
  Easter inclusive, 15 July–15 August, 18 December–2 January); a deadline ending on a Saturday, Sunday or public
  holiday moves to the next day that is none of these. Closure days are not public holidays: they move nothing.
- Time to comment on a hearing letter (LPA art. 41; issue 19): 10 days from the day after the letter's
  notification, counted by the same rule as the appeal deadline. Whether LPA art. 63 (court holidays) applies to a
  time limit the authority sets rather than the law is to be confirmed with OCPM's jurist: it is the one switch
  ``HEARING_PERIOD_SUSPENDED_BY_COURT_HOLIDAYS``.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections.abc import Collection
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

__all__ = [
    "APPEAL_PERIOD_DAYS",
    "HEARING_PERIOD_DAYS",
    "HEARING_PERIOD_SUSPENDED_BY_COURT_HOLIDAYS",
    "HOLDING_PERIOD_DAYS",
    "LIMIT_WORKING_DAYS",
    "TARGET_WORKING_DAYS",
    "DeliveryClock",
    "add_working_days",
    "appeal_deadline",
    "delivery_clock",
    "easter_sunday",
    "hearing_comment_deadline",
    "is_court_holiday",
    "is_public_holiday",
    "is_working_day",
    "legal_deadline",
    "notification_date",
    "public_holidays",
    "working_days_between",
]

#: Delivery target and limit in working days after the order (G6).
#: Geneva's time zone: calendar rules work on Geneva dates; the databases store UTC.
GENEVA = ZoneInfo("Europe/Zurich")


def geneva_date(moment: datetime) -> date:
    """The Geneva calendar day of an aware datetime."""
    return moment.astimezone(GENEVA).date()


TARGET_WORKING_DAYS = 7
LIMIT_WORKING_DAYS = 14
#: Days a registered letter waits at the post office after the first delivery attempt.
HOLDING_PERIOD_DAYS = 7
#: Time limit to appeal a decision, in days (LPA art. 62).
APPEAL_PERIOD_DAYS = 30
#: Days the applicant has to comment on an intended refusal, from the hearing letter's notification (LPA art. 41).
HEARING_PERIOD_DAYS = 10
#: Whether court holidays suspend the time to comment, as they suspend the time to appeal (LPA art. 63): to be
#: confirmed with OCPM's jurist (a time limit the authority sets, not the law). Hearings already recorded keep the
#: date they were given.
HEARING_PERIOD_SUSPENDED_BY_COURT_HOLIDAYS = True

_ONE_DAY = timedelta(days=1)
_NO_CLOSURES: frozenset[date] = frozenset()


class DeliveryClock(StrEnum):
    ON_TRACK = "on_track"  # fewer than 7 working days since the order
    DUE = "due"  # 7 to 14 working days
    LATE = "late"  # more than 14 working days


# --- Holidays ------------------------------------------------------------------------------------------------


@functools.cache
def easter_sunday(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (anonymous algorithm of Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_shift) // 451
    month, day = divmod(h + weekday_shift - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _design_holidays(year: int) -> frozenset[date]:
    """The Geneva public holidays DESIGN §4.1 lists, computed from their rules."""
    easter = easter_sunday(year)
    september_1 = date(year, 9, 1)
    first_sunday = september_1 + timedelta(days=(6 - september_1.weekday()) % 7)
    return frozenset(
        {
            date(year, 1, 1),
            easter - timedelta(days=2),  # Good Friday
            easter + timedelta(days=1),  # Easter Monday
            easter + timedelta(days=39),  # Ascension
            easter + timedelta(days=50),  # Whit Monday
            date(year, 8, 1),
            first_sunday + timedelta(days=4),  # Jeûne genevois
            date(year, 12, 25),
            date(year, 12, 31),  # Restauration de la République
        }
    )


@functools.cache
def public_holidays(year: int) -> frozenset[date]:
    """Geneva's public holidays of ``year`` (nine a year).

    The dates come from ``holidays.Switzerland(subdiv="GE")``, filtered to the list of DESIGN §4.1: the package
    (0.109) gives exactly those nine for Geneva, but a future version could add a day the State of Geneva does
    not keep (2 January/Berchtoldstag and 26 December are holidays in other cantons, not in Geneva) — such a
    day must not silently stop the working-day clock. The unit tests check that all nine are still provided.
    """
    # imported here, not at start-up: the package takes ~0.1 s to import and the login dialog needs none of it
    import holidays

    listed = _design_holidays(year)
    first_year = getattr(holidays.Switzerland, "start_year", 1801)  # type: ignore[attr-defined]
    last_year = getattr(holidays.Switzerland, "end_year", 2100)  # type: ignore[attr-defined]
    if not first_year <= year <= last_year:
        # The package knows nothing outside its range (1801–2100 in 0.109) and would silently give no holiday
        # at all; the rules of DESIGN §4.1 are applied instead.
        return listed
    # country_holidays("CH", …) is holidays.Switzerland, typed for mypy.
    provided = holidays.country_holidays("CH", subdiv="GE", years=year)
    return frozenset(d for d in provided if d in listed)


@functools.cache
def _weekday_holiday_ordinals(year: int) -> tuple[int, ...]:
    return tuple(sorted(d.toordinal() for d in public_holidays(year) if d.weekday() < 5))


def is_public_holiday(d: date) -> bool:
    return d in public_holidays(d.year)


def is_court_holiday(d: date) -> bool:
    """True on the days when day-counted legal time limits do not run (court holidays, LPA art. 63)."""
    easter = easter_sunday(d.year)
    if easter - timedelta(days=7) <= d <= easter + timedelta(days=7):
        return True
    month_day = (d.month, d.day)
    return (7, 15) <= month_day <= (8, 15) or month_day >= (12, 18) or month_day <= (1, 2)


# --- Working days --------------------------------------------------------------------------------------------


def is_working_day(d: date, *, closures: Collection[date] = ()) -> bool:
    """Monday–Friday, not a Geneva public holiday, not one of the ``closures`` (State closure days)."""
    return d.weekday() < 5 and d not in public_holidays(d.year) and d not in closures


def _weekdays_up_to(ordinal: int) -> int:
    """Mondays–Fridays among the ordinals 1..``ordinal`` (ordinal 1, 1 January of year 1, is a Monday)."""
    weeks, rest = divmod(ordinal, 7)
    return weeks * 5 + min(rest, 5)


def working_days_between(start: date, end: date, *, closures: Collection[date] = ()) -> int:
    """Working days after ``start`` up to and including ``end``; 0 when ``end`` is not after ``start``.

    Constant time in the length of the span: whole weeks by arithmetic, holidays by bisection in a sorted list
    per year, closure days one by one (there are a handful a year).
    """
    if end <= start:
        return 0
    first, last = start.toordinal(), end.toordinal()
    count = _weekdays_up_to(last) - _weekdays_up_to(first)
    for year in range(start.year, end.year + 1):
        ordinals = _weekday_holiday_ordinals(year)
        low = bisect_right(ordinals, first) if year == start.year else 0
        high = bisect_right(ordinals, last) if year == end.year else len(ordinals)
        count -= high - low
    if closures:
        unique = closures if isinstance(closures, set | frozenset) else set(closures)
        for closed in unique:
            if start < closed <= end and closed.weekday() < 5 and closed not in public_holidays(closed.year):
                count -= 1
    return count


def add_working_days(d: date, n: int, *, closures: Collection[date] = ()) -> date:
    """The ``n``-th working day after ``d``, whatever ``d`` is (from a Saturday, ``n = 1`` gives the Monday).

    ``n = 0`` returns ``d`` itself; a negative ``n`` is a ``ValueError``.
    """
    if n < 0:
        raise ValueError(f"the number of working days to add must be ≥ 0, not {n}")
    closed = _NO_CLOSURES if not closures else closures if isinstance(closures, frozenset) else frozenset(closures)
    current, remaining = d, n
    # Jump whole weeks while more than a week of working days remains; a week holds at most 5 working days, so
    # a jump never overshoots, and at least one day is left for the day-by-day walk, which ends on a working day.
    while remaining > 5:
        target = current + timedelta(weeks=(remaining - 1) // 5)
        remaining -= working_days_between(current, target, closures=closed)
        current = target
    while remaining > 0:
        current += _ONE_DAY
        if is_working_day(current, closures=closed):
            remaining -= 1
    return current


# --- Delivery clock ------------------------------------------------------------------------------------------


def delivery_clock(ordered_on: date, today: date, *, closures: Collection[date] = ()) -> DeliveryClock:
    """Where an order stands against G6: on track (< 7 working days), due (7–14) or late (> 14)."""
    elapsed = working_days_between(ordered_on, today, closures=closures)
    if elapsed < TARGET_WORKING_DAYS:
        return DeliveryClock.ON_TRACK
    if elapsed <= LIMIT_WORKING_DAYS:
        return DeliveryClock.DUE
    return DeliveryClock.LATE


# --- Legal time limits ---------------------------------------------------------------------------------------


def notification_date(first_attempt: date, collected_on: date | None) -> date:
    """The day a registered letter counts as notified.

    Not collected (``None``): the last day of the 7-day holding period that starts the day after the first
    delivery attempt, i.e. ``first_attempt + 7 days``, whatever day of the week that is (the deemed
    notification is not moved by weekends or holidays; only the deadline's last day is).
    Collected: the day it was collected — but a letter collected after the holding period ended (the post
    office kept it longer, or sent it again) was already deemed notified at the end of the period, and that
    earlier date wins, as the Federal Supreme Court holds (ATF 141 II 429). A collection before the first
    attempt is impossible and raises ``ValueError``.
    """
    period_end = first_attempt + timedelta(days=HOLDING_PERIOD_DAYS)
    if collected_on is None:
        return period_end
    if collected_on < first_attempt:
        raise ValueError(
            f"a letter cannot be collected ({collected_on.isoformat()}) before its first delivery attempt "
            f"({first_attempt.isoformat()})"
        )
    return min(collected_on, period_end)


def legal_deadline(notified_on: date, days: int, *, court_holidays_suspend: bool = True) -> date:
    """The last day of a time limit of ``days`` days running from a notification on ``notified_on``.

    Days are counted from the day after notification, skipping court holidays when ``court_holidays_suspend``
    (LPA art. 63); when the last day is a Saturday, a Sunday or a Geneva public holiday, the deadline is the next day
    that is none of these (even if it falls in court holidays). State closure days are deliberately not a
    parameter: they move no legal deadline.
    """
    day, counted = notified_on, 0
    while counted < days:
        day += _ONE_DAY
        if not (court_holidays_suspend and is_court_holiday(day)):
            counted += 1
    while day.weekday() >= 5 or is_public_holiday(day):
        day += _ONE_DAY
    return day


def appeal_deadline(notified_on: date) -> date:
    """The last day to appeal a decision notified on ``notified_on`` (DESIGN §4.3): ``legal_deadline`` of 30 days.

    Notified Thursday 1 October 2026 → day 30 is Saturday 31 October → Monday 2 November 2026.
    """
    return legal_deadline(notified_on, APPEAL_PERIOD_DAYS)


def hearing_comment_deadline(notified_on: date) -> date:
    """The last day to comment on a hearing letter notified on ``notified_on``: ``legal_deadline`` of 10 days,
    court holidays suspending it as long as ``HEARING_PERIOD_SUSPENDED_BY_COURT_HOLIDAYS``.

    Notified Thursday 3 December 2026 → day 10 is Sunday 13 December → Monday 14 December 2026; notified Friday
    11 December 2026 → 12–17 December count 6, court holidays from 18 December to 2 January, 3–6 January count 4
    → Wednesday 6 January 2027.
    """
    return legal_deadline(notified_on, HEARING_PERIOD_DAYS,
                          court_holidays_suspend=HEARING_PERIOD_SUSPENDED_BY_COURT_HOLIDAYS)
