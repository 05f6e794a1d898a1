"""Geneva calendar: public holidays, working days, delivery clock, notification and appeal deadlines (DESIGN §4)."""

from __future__ import annotations

import inspect
from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ocpm_desk.kernel import calendar
from ocpm_desk.kernel.calendar import (
    HEARING_PERIOD_DAYS,
    LIMIT_WORKING_DAYS,
    TARGET_WORKING_DAYS,
    DeliveryClock,
    add_working_days,
    appeal_deadline,
    delivery_clock,
    easter_sunday,
    hearing_comment_deadline,
    is_court_holiday,
    is_public_holiday,
    is_working_day,
    legal_deadline,
    notification_date,
    public_holidays,
    working_days_between,
)

D = date
ONE = timedelta(days=1)
# State closure days of a typical year (Conseil d'État): 1 May, 24 December, 26–30 December.
CLOSURES_2026 = frozenset(
    {D(2026, 5, 1), D(2026, 12, 24), D(2026, 12, 26), D(2026, 12, 28), D(2026, 12, 29), D(2026, 12, 30)}
)


# --- public holidays ------------------------------------------------------------------------------------------

GENEVA_2026 = {
    D(2026, 1, 1),  # Nouvel An
    D(2026, 4, 3),  # Vendredi saint
    D(2026, 4, 6),  # Lundi de Pâques
    D(2026, 5, 14),  # Ascension
    D(2026, 5, 25),  # Lundi de Pentecôte
    D(2026, 8, 1),  # Fête nationale (a Saturday)
    D(2026, 9, 10),  # Jeûne genevois
    D(2026, 12, 25),  # Noël
    D(2026, 12, 31),  # Restauration de la République
}
GENEVA_2027 = {
    D(2027, 1, 1), D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 6), D(2027, 5, 17), D(2027, 8, 1),
    D(2027, 9, 9), D(2027, 12, 25), D(2027, 12, 31),
}  # fmt: skip


def test_geneva_public_holidays_2026_and_2027_exactly() -> None:
    assert public_holidays(2026) == GENEVA_2026
    assert public_holidays(2027) == GENEVA_2027


@pytest.mark.parametrize(
    "day",
    [D(2026, 1, 2), D(2026, 12, 26), D(2026, 5, 1), D(2026, 12, 24), D(2026, 4, 5), D(2026, 5, 24), D(2026, 3, 19)],
)
def test_days_that_are_not_geneva_public_holidays(day: date) -> None:
    # Berchtoldstag, St Stephen, Labour Day, Christmas Eve: holidays elsewhere or closure days, not in Geneva.
    assert not is_public_holiday(day)


@pytest.mark.parametrize("year", range(1990, 2081))
def test_every_year_has_the_nine_geneva_holidays(year: int) -> None:
    days = public_holidays(year)
    easter = easter_sunday(year)
    september_1 = D(year, 9, 1)
    first_sunday = september_1 + timedelta(days=(6 - september_1.weekday()) % 7)
    expected = {
        D(year, 1, 1), easter - 2 * ONE, easter + ONE, easter + 39 * ONE, easter + 50 * ONE, D(year, 8, 1),
        first_sunday + 4 * ONE, D(year, 12, 25), D(year, 12, 31),
    }  # fmt: skip
    assert days == expected
    jeune = first_sunday + 4 * ONE
    assert jeune.weekday() == 3 and 5 <= jeune.day <= 11  # a Thursday, 5–11 September
    assert (easter + 39 * ONE).weekday() == 3  # Ascension is a Thursday
    assert (easter + 50 * ONE).weekday() == 0  # Whit Monday


def test_the_holidays_package_still_gives_what_geneva_keeps() -> None:
    """If ``holidays`` dropped a Geneva holiday, filtering could not bring it back: catch it here."""
    provided = set(holidays.country_holidays("CH", subdiv="GE", years=range(2024, 2031)))
    for year in range(2024, 2031):
        assert public_holidays(year) <= provided


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2024, D(2024, 3, 31)), (2025, D(2025, 4, 20)), (2026, D(2026, 4, 5)), (2027, D(2027, 3, 28)),
     (2038, D(2038, 4, 25)), (2285, D(2285, 3, 22)), (1943, D(1943, 4, 25)), (2008, D(2008, 3, 23))],
)  # fmt: skip
def test_easter_sunday(year: int, expected: date) -> None:
    assert easter_sunday(year) == expected
    assert expected.weekday() == 6


def test_easter_agrees_with_the_holidays_package_good_friday() -> None:
    for year in range(1900, 2101):
        good_friday = easter_sunday(year) - 2 * ONE
        assert good_friday in holidays.country_holidays("CH", subdiv="GE", years=year), year


# --- working days ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2026, 9, 10), False),  # Jeûne genevois 2026 (Thursday)
        (D(2026, 9, 9), True),
        (D(2026, 9, 11), True),
        (D(2026, 9, 12), False),  # Saturday
        (D(2026, 9, 13), False),  # Sunday
        (D(2026, 4, 3), False),  # Good Friday
        (D(2026, 4, 6), False),  # Easter Monday
        (D(2026, 5, 14), False),  # Ascension
        (D(2026, 5, 25), False),  # Whit Monday
        (D(2026, 12, 25), False),
        (D(2026, 12, 31), False),
        (D(2027, 1, 1), False),
        (D(2026, 1, 2), True),  # 2 January is not a holiday in Geneva
        (D(2026, 5, 1), True),  # 1 May is a closure day, not a public holiday
        (D(2026, 12, 24), True),
        (D(2025, 8, 1), False),  # 1 August on a Friday
    ],
)
def test_is_working_day(day: date, working: bool) -> None:
    assert is_working_day(day) is working


def test_closure_days_are_not_working_days() -> None:
    assert not is_working_day(D(2026, 5, 1), closures=CLOSURES_2026)
    assert not is_working_day(D(2026, 12, 24), closures=[D(2026, 12, 24)])
    assert is_working_day(D(2026, 12, 23), closures=CLOSURES_2026)


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (D(2026, 11, 21), 0, D(2026, 11, 21)),  # n = 0 returns the day itself, even a Saturday
        (D(2026, 11, 21), 1, D(2026, 11, 23)),  # Saturday + 1 → Monday
        (D(2026, 11, 22), 1, D(2026, 11, 23)),  # Sunday + 1 → Monday
        (D(2026, 11, 20), 1, D(2026, 11, 23)),  # Friday + 1 → Monday
        (D(2026, 11, 23), 5, D(2026, 11, 30)),  # a whole week
        (D(2026, 11, 21), 5, D(2026, 11, 27)),  # from Saturday, 5 → Friday (not the next Saturday)
        (D(2026, 11, 23), 7, D(2026, 12, 2)),
        (D(2026, 11, 23), 14, D(2026, 12, 11)),
        (D(2026, 4, 2), 1, D(2026, 4, 7)),  # over Good Friday and Easter Monday
        (D(2026, 9, 9), 1, D(2026, 9, 11)),  # over Jeûne genevois
        (D(2026, 12, 21), 5, D(2026, 12, 29)),  # 22, 23, 24, 28, 29 (25 is a holiday)
        (D(2026, 12, 30), 1, D(2027, 1, 4)),  # over 31 Dec, 1 Jan, the weekend
        (D(2026, 1, 1), 253, D(2026, 12, 30)),  # 2026 has 253 working days (last one 30 Dec)
    ],
)
def test_add_working_days(start: date, n: int, expected: date) -> None:
    assert add_working_days(start, n) == expected


def test_add_working_days_skips_closure_days() -> None:
    # 22, 23 Dec; 24 closed; 25 holiday; 28–30 closed; 31, 1 Jan holidays; 4, 5, 6 Jan
    assert add_working_days(D(2026, 12, 21), 5, closures=CLOSURES_2026) == D(2027, 1, 6)
    assert add_working_days(D(2026, 4, 30), 1, closures=CLOSURES_2026) == D(2026, 5, 4)
    assert add_working_days(D(2026, 4, 30), 1, closures=[D(2026, 5, 1), D(2026, 5, 1)]) == D(2026, 5, 4)
    assert add_working_days(D(2026, 4, 30), 1) == D(2026, 5, 1)


def test_add_working_days_refuses_a_negative_count() -> None:
    with pytest.raises(ValueError, match="≥ 0"):
        add_working_days(D(2026, 1, 5), -1)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (D(2026, 11, 23), D(2026, 11, 23), 0),
        (D(2026, 11, 24), D(2026, 11, 23), 0),  # end before start
        (D(2026, 11, 20), D(2026, 11, 23), 1),  # Friday → Monday
        (D(2026, 11, 21), D(2026, 11, 22), 0),  # Saturday → Sunday
        (D(2026, 11, 21), D(2026, 11, 23), 1),  # Saturday → Monday
        (D(2026, 11, 23), D(2026, 11, 27), 4),  # start excluded, end included
        (D(2026, 4, 2), D(2026, 4, 7), 1),  # Thursday before Easter → Tuesday after
        (D(2026, 9, 7), D(2026, 9, 11), 3),  # the week of Jeûne genevois
        (D(2025, 12, 31), D(2026, 12, 31), 253),  # the whole of 2026: 261 weekdays − 8 weekday holidays
        (D(2026, 12, 31), D(2027, 12, 31), 254),  # 2027: 261 weekdays − 7 (1 Aug, 25 Dec on a weekend)
        (D(2019, 12, 31), D(2029, 12, 31), sum(  # ten years, year by year
            len([d for d in (D(y, 1, 1) + k * ONE for k in range(366)) if d.year == y and d.weekday() < 5])
            - len([h for h in public_holidays(y) if h.weekday() < 5]) for y in range(2020, 2030))),
    ],
)
def test_working_days_between(start: date, end: date, expected: int) -> None:
    assert working_days_between(start, end) == expected


def test_working_days_between_counts_each_closure_day_once() -> None:
    start, end = D(2026, 12, 18), D(2027, 1, 8)
    assert working_days_between(start, end) == 12  # 21–24, 28–30 Dec, 4–8 Jan (25, 31 Dec, 1 Jan holidays)
    # 24, 28, 29, 30 are closed weekdays; 26 is a Saturday; a closure on a holiday or weekend counts once.
    assert working_days_between(start, end, closures=CLOSURES_2026) == 8
    doubled = [*CLOSURES_2026, *CLOSURES_2026, D(2026, 12, 25), D(2026, 12, 27)]
    assert working_days_between(start, end, closures=doubled) == 8
    # the start day is excluded, the end day included
    assert working_days_between(D(2026, 12, 24), D(2026, 12, 28), closures={D(2026, 12, 24)}) == 1
    assert working_days_between(D(2026, 12, 23), D(2026, 12, 24), closures={D(2026, 12, 24)}) == 0
    # a closure outside the span changes nothing
    assert working_days_between(D(2026, 6, 1), D(2026, 6, 30), closures=CLOSURES_2026) == 21  # 22 weekdays − 1 June


def _naive_between(start: date, end: date, closures: frozenset[date]) -> int:
    count, day = 0, start
    while day < end:
        day += ONE
        if day.weekday() < 5 and not is_public_holiday(day) and day not in closures:
            count += 1
    return count


dates = st.dates(min_value=D(2018, 1, 1), max_value=D(2032, 12, 31))
closure_sets = st.frozensets(st.dates(min_value=D(2018, 1, 1), max_value=D(2032, 12, 31)), max_size=30)


@settings(max_examples=300)
@given(dates, st.integers(min_value=0, max_value=400), closure_sets)
def test_working_days_between_agrees_with_counting_day_by_day(
    start: date, span: int, closures: frozenset[date]
) -> None:
    end = start + span * ONE
    assert working_days_between(start, end, closures=closures) == _naive_between(start, end, closures)
    assert working_days_between(end, start, closures=closures) == 0


@settings(max_examples=300)
@given(dates, st.integers(min_value=0, max_value=300), closure_sets)
def test_add_working_days_properties(start: date, n: int, closures: frozenset[date]) -> None:
    result = add_working_days(start, n, closures=closures)
    assert working_days_between(start, result, closures=closures) == n
    if n == 0:
        assert result == start
    else:
        assert is_working_day(result, closures=closures)
        # the first day that reaches n: the day before is one working day short
        assert working_days_between(start, result - ONE, closures=closures) == n - 1


def test_working_days_between_arithmetic_matches_counting_day_by_day() -> None:
    # The fast path (whole weeks + holiday lookups) must agree with the obvious loop; speed is measured in bench/.
    spans = [(D(2020, 1, 1) + (i * 37 % 1500) * ONE, D(2020, 1, 1) + (i * 91 % 2200) * ONE) for i in range(300)]
    for start, end in spans:
        naive = sum(
            1 for k in range(1, (end - start).days + 1) if is_working_day(start + k * ONE, closures=CLOSURES_2026)
        )
        assert working_days_between(start, end, closures=CLOSURES_2026) == naive


# --- delivery clock -------------------------------------------------------------------------------------------


def test_delivery_clock_limits() -> None:
    assert (TARGET_WORKING_DAYS, LIMIT_WORKING_DAYS) == (7, 14)
    assert [c.value for c in DeliveryClock] == ["on_track", "due", "late"]


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2026, 11, 2), DeliveryClock.ON_TRACK),  # ordered today
        (D(2026, 11, 10), DeliveryClock.ON_TRACK),  # 6 working days
        (D(2026, 11, 11), DeliveryClock.DUE),  # 7
        (D(2026, 11, 20), DeliveryClock.DUE),  # 14
        (D(2026, 11, 22), DeliveryClock.DUE),  # Sunday, still 14
        (D(2026, 11, 23), DeliveryClock.LATE),  # 15
        (D(2027, 3, 1), DeliveryClock.LATE),
        (D(2026, 10, 30), DeliveryClock.ON_TRACK),  # a clock read before the order date (clock skew)
    ],
)
def test_delivery_clock(today: date, expected: DeliveryClock) -> None:
    assert delivery_clock(D(2026, 11, 2), today) is expected  # ordered Monday 2 November 2026


def test_delivery_clock_does_not_run_on_closure_days() -> None:
    ordered = D(2026, 12, 14)
    assert delivery_clock(ordered, D(2026, 12, 23)) is DeliveryClock.DUE  # 15–18, 21–23: 7
    assert delivery_clock(ordered, D(2027, 1, 5), closures=CLOSURES_2026) is DeliveryClock.DUE  # 7 + 4, 5 Jan = 9
    assert delivery_clock(ordered, D(2027, 1, 5)) is DeliveryClock.DUE  # 7 + 24, 28–30, 4, 5 = 13
    assert delivery_clock(ordered, D(2027, 1, 6)) is DeliveryClock.DUE  # 14
    assert delivery_clock(ordered, D(2027, 1, 7)) is DeliveryClock.LATE  # 15
    assert delivery_clock(ordered, D(2027, 1, 7), closures=CLOSURES_2026) is DeliveryClock.DUE  # 11


# --- notification ---------------------------------------------------------------------------------------------


def test_uncollected_letter_is_notified_at_the_end_of_the_holding_period() -> None:
    assert notification_date(D(2026, 11, 2), None) == D(2026, 11, 9)
    # the deemed date is not moved off a weekend or holiday (only a deadline's last day is)
    assert notification_date(D(2026, 12, 24), None) == D(2026, 12, 31)
    assert notification_date(D(2026, 11, 7), None) == D(2026, 11, 14)  # a Saturday


def test_collected_letter_is_notified_when_collected() -> None:
    assert notification_date(D(2026, 11, 2), D(2026, 11, 2)) == D(2026, 11, 2)  # handed over at once
    assert notification_date(D(2026, 11, 2), D(2026, 11, 5)) == D(2026, 11, 5)
    assert notification_date(D(2026, 11, 2), D(2026, 11, 9)) == D(2026, 11, 9)  # last day of the period


def test_collected_after_the_holding_period_the_deemed_date_wins() -> None:
    assert notification_date(D(2026, 11, 2), D(2026, 11, 10)) == D(2026, 11, 9)
    assert notification_date(D(2026, 11, 2), D(2026, 12, 15)) == D(2026, 11, 9)


def test_collection_before_the_first_attempt_is_impossible() -> None:
    with pytest.raises(ValueError, match="before its first delivery attempt"):
        notification_date(D(2026, 11, 2), D(2026, 11, 1))


# --- court holidays and appeal deadlines ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "suspended"),
    [
        (D(2026, 3, 28), False), (D(2026, 3, 29), True), (D(2026, 4, 5), True), (D(2026, 4, 12), True),
        (D(2026, 4, 13), False), (D(2026, 7, 14), False), (D(2026, 7, 15), True), (D(2026, 8, 15), True),
        (D(2026, 8, 16), False), (D(2026, 12, 17), False), (D(2026, 12, 18), True), (D(2026, 12, 31), True),
        (D(2027, 1, 1), True), (D(2027, 1, 2), True), (D(2027, 1, 3), False),
        (D(2027, 3, 20), False), (D(2027, 3, 21), True), (D(2027, 4, 4), True), (D(2027, 4, 5), False),
    ],
)  # fmt: skip
def test_court_holidays(day: date, suspended: bool) -> None:
    assert is_court_holiday(day) is suspended


@pytest.mark.parametrize(
    ("notified", "deadline"),
    [
        # the example of DESIGN §4.3: day 30 is Saturday 31 October → Monday 2 November
        (D(2026, 10, 1), D(2026, 11, 2)),
        (D(2026, 10, 2), D(2026, 11, 2)),  # day 30 is Sunday 1 November
        (D(2026, 10, 5), D(2026, 11, 4)),  # plain: Wednesday
        # Easter 2026 (5 April): 29 March–12 April do not count. 21–28 March = 8 days, 13 April = day 9 … 4 May
        (D(2026, 3, 20), D(2026, 5, 4)),
        # notified during the Easter court holidays: day 1 is 13 April
        (D(2026, 4, 1), D(2026, 5, 12)),
        # summer: 2–14 July = 13 days, 16 August = day 14 … 1 September
        (D(2026, 7, 1), D(2026, 9, 1)),
        # notified in the summer court holidays: day 1 is 16 August, day 30 Monday 14 September
        (D(2026, 8, 1), D(2026, 9, 14)),
        # Christmas: 2–17 December = 16 days, 3 January = day 17, day 30 Saturday 16 January → Monday 18
        (D(2026, 12, 1), D(2027, 1, 18)),
        # notified in the Christmas court holidays: day 1 is 3 January, day 30 Monday 1 February
        (D(2026, 12, 20), D(2027, 2, 1)),
        # day 30 on a public holiday: Ascension Thursday 14 May 2026 → Friday 15 May
        (D(2026, 4, 14), D(2026, 5, 15)),
        # Whit Monday 25 May 2026 → Tuesday 26 May
        (D(2026, 4, 25), D(2026, 5, 26)),
        # 11–14 July = 4 days, 16 August = day 5, day 30 Thursday 10 September = Jeûne genevois → Friday 11
        (D(2026, 7, 10), D(2026, 9, 11)),
        # Easter 2027 (28 March): court holidays 21 March–4 April; 9–20 March = 12 days, 5 April = day 13 … 22 April
        (D(2027, 3, 8), D(2027, 4, 22)),
    ],
)
def test_appeal_deadline(notified: date, deadline: date) -> None:
    assert appeal_deadline(notified) == deadline


def test_closure_days_do_not_move_an_appeal_deadline() -> None:
    assert "closures" not in inspect.signature(appeal_deadline).parameters
    with pytest.raises(TypeError):
        appeal_deadline(D(2026, 10, 1), closures=[D(2026, 11, 2)])  # type: ignore[call-arg]
    # 18–28 March = 11 days, Easter court holidays, 13 April = day 12 … day 30 = Friday 1 May 2026: a typical
    # State closure day, but not a public holiday — the deadline stays on it.
    assert appeal_deadline(D(2026, 3, 17)) == D(2026, 5, 1)
    assert not is_working_day(D(2026, 5, 1), closures=CLOSURES_2026)


def test_public_holidays_beyond_the_range_of_the_holidays_package_follow_the_same_rules() -> None:
    assert public_holidays(2101) == {
        D(2101, 1, 1), D(2101, 4, 15), D(2101, 4, 18), D(2101, 5, 26), D(2101, 6, 6), D(2101, 8, 1),
        D(2101, 9, 8), D(2101, 12, 25), D(2101, 12, 31),
    }  # fmt: skip
    assert not is_working_day(D(2101, 9, 8)) and is_working_day(D(2101, 9, 7))


def _counted_days(after: date, up_to: date) -> int:
    return sum(1 for k in range(1, (up_to - after).days + 1) if not is_court_holiday(after + k * ONE))


@settings(max_examples=500)
@given(st.dates(min_value=D(2000, 1, 1), max_value=D(2060, 12, 31)))
def test_appeal_deadline_properties(notified: date) -> None:
    deadline = appeal_deadline(notified)
    assert deadline.weekday() < 5 and not is_public_holiday(deadline)
    assert deadline >= notified + 30 * ONE
    # the 30th counted day, then moved over at most a few weekend/holiday days
    day_30 = deadline
    while _counted_days(notified, day_30 - ONE) >= 30:
        day_30 -= ONE
    assert _counted_days(notified, day_30) == 30 and not is_court_holiday(day_30)
    skipped = [day_30 + k * ONE for k in range((deadline - day_30).days)]
    assert all(d.weekday() >= 5 or is_public_holiday(d) for d in skipped)
    assert appeal_deadline(notified + ONE) >= deadline  # never earlier for a later notification


# --- time to comment on a hearing letter (issue 19) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("notified", "deadline"),
    [
        (D(2026, 11, 2), D(2026, 11, 12)),  # plain: Monday → Thursday 12 November
        (D(2026, 12, 3), D(2026, 12, 14)),  # day 10 is Sunday 13 December → Monday 14
        # 12–17 December = 6 days, court holidays 18 December–2 January, 3–6 January = days 7–10
        (D(2026, 12, 11), D(2027, 1, 6)),
        (D(2026, 12, 24), D(2027, 1, 12)),  # notified in the court holidays: day 1 is 3 January
        # Easter 2027 (28 March): 17–20 March = 4 days, 5–10 April = days 5–10 → Saturday 10 → Monday 12 April
        (D(2027, 3, 16), D(2027, 4, 12)),
        # day 10 on a public holiday: Jeûne genevois, Thursday 9 September 2027 → Friday 10
        (D(2027, 8, 30), D(2027, 9, 10)),
    ],
)
def test_the_time_to_comment_runs_ten_days_from_the_notification_like_an_appeal(notified: date, deadline: date
                                                                               ) -> None:
    assert hearing_comment_deadline(notified) == deadline
    assert hearing_comment_deadline(notified) == legal_deadline(notified, HEARING_PERIOD_DAYS)


def test_the_court_holidays_switch_of_the_time_to_comment(monkeypatch: pytest.MonkeyPatch) -> None:
    """LPA art. 63 for a time limit the authority sets is to be confirmed: one switch decides, nothing else moves."""
    monkeypatch.setattr(calendar, "HEARING_PERIOD_SUSPENDED_BY_COURT_HOLIDAYS", False)
    # 12–21 December = 10 days without the suspension: Monday 21 December
    assert hearing_comment_deadline(D(2026, 12, 11)) == D(2026, 12, 21)
    # still moved off a weekend or a public holiday: day 10 Friday 25 December → Monday 28 December
    assert hearing_comment_deadline(D(2026, 12, 15)) == D(2026, 12, 28)
    assert appeal_deadline(D(2026, 12, 1)) == D(2027, 1, 18)  # the appeal keeps its court holidays


@settings(max_examples=300)
@given(st.dates(min_value=D(2000, 1, 1), max_value=D(2060, 12, 31)))
def test_the_time_to_comment_properties(notified: date) -> None:
    deadline = hearing_comment_deadline(notified)
    assert deadline.weekday() < 5 and not is_public_holiday(deadline)
    assert notified + HEARING_PERIOD_DAYS * ONE <= deadline <= appeal_deadline(notified)
    assert hearing_comment_deadline(notified + ONE) >= deadline
