"""The one clock (issue 17): Geneva's day and time from an aware UTC now, settable by tests, and nothing else in the
package reading the system time."""

from __future__ import annotations

import ast
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

import ocpm_desk
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.calendar import GENEVA
from ocpm_desk.kernel.clock import FixedClock, SystemClock, in_geneva, set_clock, use_clock

PACKAGE = Path(ocpm_desk.__file__).parent
CLOCK_MODULE = PACKAGE / "kernel" / "clock.py"


# --- Geneva's day and time ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("utc", "day", "local"),
    [
        pytest.param(datetime(2026, 7, 1, 21, 59, tzinfo=UTC), date(2026, 7, 1), "23:59", id="summer, before midnight"),
        pytest.param(datetime(2026, 7, 1, 22, 0, tzinfo=UTC), date(2026, 7, 2), "00:00", id="summer, Geneva midnight"),
        pytest.param(datetime(2026, 7, 1, 23, 30, tzinfo=UTC), date(2026, 7, 2), "01:30",
                     id="summer, 23:30 UTC is the next day"),
        pytest.param(datetime(2026, 1, 15, 22, 59, tzinfo=UTC), date(2026, 1, 15), "23:59", id="winter, before"),
        pytest.param(datetime(2026, 1, 15, 23, 0, tzinfo=UTC), date(2026, 1, 16), "00:00", id="winter, midnight"),
        pytest.param(datetime(2025, 12, 31, 23, 30, tzinfo=UTC), date(2026, 1, 1), "00:30", id="the new year"),
        pytest.param(datetime(2026, 3, 29, 1, 0, tzinfo=UTC), date(2026, 3, 29), "03:00",
                     id="spring forward (02:00 does not exist)"),
        pytest.param(datetime(2026, 10, 25, 0, 30, tzinfo=UTC), date(2026, 10, 25), "02:30",
                     id="fall back, first 02:30"),
        pytest.param(datetime(2026, 10, 25, 1, 30, tzinfo=UTC), date(2026, 10, 25), "02:30",
                     id="fall back, second 02:30"),
    ],
)
def test_today_and_local_time_are_geneva_s(utc: datetime, day: date, local: str) -> None:
    fixed = FixedClock(utc)
    assert fixed.now() == utc and fixed.now().utcoffset() == timedelta(0)
    assert fixed.today() == day
    assert fixed.local_now().strftime("%H:%M") == local
    # the same moment read in Geneva (compared in UTC: PEP 495 makes ambiguous times unequal across zones)
    assert fixed.local_now().astimezone(UTC) == utc
    with use_clock(fixed):
        assert (clock.now(), clock.today(), clock.local_now()) == (utc, day, fixed.local_now())
        assert clock.local_now().tzinfo is GENEVA


def test_a_day_is_noon_in_geneva_and_the_clock_advances() -> None:
    fixed = FixedClock(date(2026, 3, 2))
    assert fixed.local_now() == datetime(2026, 3, 2, 12, 0, tzinfo=GENEVA)
    assert fixed.now() == datetime(2026, 3, 2, 11, 0, tzinfo=UTC)
    assert fixed.now() == fixed.now()  # stands still
    assert fixed.advance(hours=11, minutes=59) == datetime(2026, 3, 2, 22, 59, tzinfo=UTC)
    assert fixed.today() == date(2026, 3, 2)
    fixed.advance(timedelta(minutes=1))
    assert fixed.today() == date(2026, 3, 3)  # Geneva's midnight, 23:00 UTC in winter
    fixed.set(date(2026, 8, 1))
    assert fixed.now() == datetime(2026, 8, 1, 10, 0, tzinfo=UTC)  # noon in summer


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        FixedClock(datetime(2026, 3, 2, 12, 0))
    with pytest.raises(ValueError, match="naive"):
        in_geneva(datetime(2026, 3, 2, 12, 0))
    assert in_geneva(datetime(2026, 7, 1, 10, 0, tzinfo=UTC)).hour == 12


def test_the_system_clock_is_utc_and_the_default() -> None:
    assert isinstance(clock.current(), SystemClock)
    before = datetime.now(UTC)
    now = clock.now()
    assert now.utcoffset() == timedelta(0) and before <= now <= datetime.now(UTC)
    local = clock.local_now()
    assert local.tzinfo is GENEVA and clock.today() in (local.date(), clock.local_now().date())  # midnight between


def test_use_clock_restores_the_clock_before_it_even_after_an_error() -> None:
    default = clock.current()
    outer, inner = FixedClock(date(2026, 1, 5)), FixedClock(date(2027, 1, 5))
    with use_clock(outer):
        with pytest.raises(RuntimeError), use_clock(inner):
            assert clock.today() == date(2027, 1, 5)
            raise RuntimeError
        assert clock.current() is outer
    assert clock.current() is default
    previous = set_clock(inner)
    try:
        assert previous is default and clock.today() == date(2027, 1, 5)
    finally:
        set_clock(previous)


def test_the_clock_is_process_wide_so_workers_see_the_window_s_day() -> None:
    seen: list[date] = []
    fixed = FixedClock(date(2026, 5, 4))
    with use_clock(fixed):
        worker = threading.Thread(target=lambda: seen.append(clock.today()))
        worker.start()
        worker.join()
    assert seen == [date(2026, 5, 4)]


def test_a_fixed_clock_advanced_from_several_threads_loses_no_step() -> None:
    fixed = FixedClock(datetime(2026, 1, 1, tzinfo=UTC))

    def tick() -> None:
        for _ in range(1000):
            fixed.advance(seconds=1)

    workers = [threading.Thread(target=tick) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert fixed.now() == datetime(2026, 1, 1, 1, 6, 40, tzinfo=UTC)  # 4000 s


# --- nothing else reads the system time ------------------------------------------------------------------------
#: Calls that read the system's time or the workstation's zone: the clock does that, nothing else.
FORBIDDEN_CALLS = frozenset({
    "datetime.datetime.now", "datetime.datetime.utcnow", "datetime.datetime.today", "datetime.date.today",
    "datetime.datetime.fromtimestamp", "datetime.datetime.utcfromtimestamp", "datetime.date.fromtimestamp",
    "time.time", "time.time_ns", "time.localtime", "time.gmtime", "time.ctime", "time.asctime", "time.strftime",
    "PySide6.QtCore.QDateTime.currentDateTime", "PySide6.QtCore.QDateTime.currentDateTimeUtc",
    "PySide6.QtCore.QDateTime.currentMSecsSinceEpoch", "PySide6.QtCore.QDateTime.currentSecsSinceEpoch",
    "PySide6.QtCore.QDate.currentDate", "PySide6.QtCore.QTime.currentTime",
})  # fmt: skip


def _imported_names(tree: ast.Module) -> dict[str, str]:
    """What each imported name stands for: ``dt`` → ``datetime.datetime`` after ``from datetime import datetime
    as dt``, ``_time`` → ``time`` after ``import time as _time``."""
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                names[alias.asname or alias.name.split(".")[0]] = alias.name if alias.asname else alias.name.split(
                    ".")[0]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names


def _qualified(node: ast.expr, names: dict[str, str]) -> str | None:
    if isinstance(node, ast.Name):
        return names.get(node.id, node.id)
    if isinstance(node, ast.Attribute):
        base = _qualified(node.value, names)
        return None if base is None else f"{base}.{node.attr}"
    return None


def readings_of_the_system_time(source: str) -> list[tuple[int, str]]:
    """The lines of ``source`` that read the system time or the workstation's zone, and what they call."""
    tree = ast.parse(source)
    names = _imported_names(tree)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _qualified(node.func, names)
        if name in FORBIDDEN_CALLS:
            found.append((node.lineno, name))
        elif (isinstance(node.func, ast.Attribute) and node.func.attr == "astimezone" and not node.args
              and not node.keywords):  # fmt: skip
            found.append((node.lineno, "astimezone() (the workstation's zone)"))
    return found


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from datetime import date\ndate.today()", "datetime.date.today"),
        ("import datetime\ndatetime.datetime.now()", "datetime.datetime.now"),
        ("import datetime as dt\ndt.date.today()", "datetime.date.today"),
        ("from datetime import UTC, datetime\nx = datetime.now(UTC)", "datetime.datetime.now"),
        ("from datetime import datetime as D\nD.utcnow()", "datetime.datetime.utcnow"),
        ("from datetime import datetime\ndatetime.today()", "datetime.datetime.today"),
        ("import time\nstamp = time.time()", "time.time"),
        ("import time as _time\n_time.localtime()", "time.localtime"),
        ("from time import time\ntime()", "time.time"),
        ("from PySide6.QtCore import QDateTime\nQDateTime.currentDateTime()",
         "PySide6.QtCore.QDateTime.currentDateTime"),
        ("from PySide6.QtCore import QDate\nQDate.currentDate()", "PySide6.QtCore.QDate.currentDate"),
        ("def f(moment):\n    return moment.astimezone()", "astimezone() (the workstation's zone)"),
    ],
)
def test_the_scan_finds_every_way_of_reading_the_system_time(source: str, expected: str) -> None:
    assert [name for _line, name in readings_of_the_system_time(source)] == [expected]


def test_the_scan_lets_durations_and_explicit_zones_be() -> None:
    source = (
        "import time\nfrom datetime import UTC, datetime\nfrom ocpm_desk.kernel import clock\n"
        "t = time.monotonic(); p = time.perf_counter()\nclock.now(); clock.today()\n"
        "datetime(2026, 1, 1, tzinfo=UTC).astimezone(UTC)\ndatetime.fromisoformat('2026-01-01')\n"
    )
    assert readings_of_the_system_time(source) == []


def test_only_the_clock_reads_the_system_time() -> None:
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 50  # the package itself, not an empty folder
    offences = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {name}"
        for path in modules
        if path != CLOCK_MODULE
        for line, name in readings_of_the_system_time(path.read_text(encoding="utf-8"))
    ]
    assert offences == [], "use ocpm_desk.kernel.clock (now(), today(), local_now(), in_geneva()):\n" + "\n".join(
        offences)
    assert readings_of_the_system_time(CLOCK_MODULE.read_text(encoding="utf-8"))  # the one place that does
