"""The one clock of the application (issue 17): what "now" and "today" are, in Geneva time.

Every date or time the application decides on or shows comes from here, never from ``date.today()`` or a naive
``datetime.now()``: those read the workstation's zone, an hour or two away from Geneva's on a workstation set to
UTC, and they cannot be set by a test. ``tests/unit/domain/test_clock.py`` scans the package and fails on any
other reading of the system time.

- ``now()`` is an aware UTC datetime (what the databases store), ``today()`` the Geneva calendar day of that
  moment, ``local_now()`` the same moment as an aware Geneva datetime; ``in_geneva(moment)`` reads any aware
  datetime in Geneva time (for display).
- The clock is process-wide, not per thread: the GUI's workers run on other threads and must see the day the
  window sees. The composition root (or a test) replaces it with ``set_clock`` or, for a block, ``use_clock``.
- ``SystemClock`` reads the system time (the default); ``FixedClock`` stands still on a moment or a day until it
  is set or advanced (tests, demo data).

Monotonic timers (``time.monotonic``, Qt's elapsed timers) measure durations, not the day: they stay where they are.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta

from ocpm_desk.kernel.calendar import GENEVA

__all__ = [
    "GENEVA",
    "Clock",
    "FixedClock",
    "SystemClock",
    "current",
    "in_geneva",
    "local_now",
    "now",
    "set_clock",
    "today",
    "use_clock",
]


def in_geneva(moment: datetime) -> datetime:
    """``moment`` (aware) as Geneva's wall-clock time. A naive datetime has no zone to convert from: refused."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"a naive datetime has no time zone to read in Geneva time: {moment!r}")
    return moment.astimezone(GENEVA)


class Clock:
    """A source of the current moment. Subclasses give ``now()``; the day and Geneva's time follow from it."""

    def now(self) -> datetime:
        """The current moment, an aware UTC datetime."""
        raise NotImplementedError

    def today(self) -> date:
        """The Geneva calendar day of the current moment (what every calendar rule works on)."""
        return self.local_now().date()

    def local_now(self) -> datetime:
        """The current moment as an aware Geneva datetime (what a screen shows)."""
        return self.now().astimezone(GENEVA)


class SystemClock(Clock):
    """The system's time (the workstation's, or the server's for the CLI), read in UTC whatever its zone."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def __repr__(self) -> str:
        return "SystemClock()"


def _moment(at: datetime | date) -> datetime:
    """An aware UTC moment for ``at``: a datetime as it is (it must be aware), a day at noon in Geneva (noon is
    far from both midnights, so that the day stays the same whatever a test then does within a few hours)."""
    if isinstance(at, datetime):
        if at.tzinfo is None or at.utcoffset() is None:
            raise ValueError(f"a fixed clock needs an aware datetime (or a date), not {at!r}")
        return at.astimezone(UTC)
    return datetime.combine(at, time(12), GENEVA).astimezone(UTC)


class FixedClock(Clock):
    """A clock that stands still on a moment until it is set again or advanced.

    ``FixedClock(date(2026, 3, 2))`` is noon in Geneva that day; ``FixedClock(datetime(2026, 7, 1, 23, 30,
    tzinfo=UTC))`` that exact moment. Setting and advancing are safe from several threads."""

    def __init__(self, at: datetime | date) -> None:
        self._lock = threading.Lock()
        self._now = _moment(at)

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def set(self, at: datetime | date) -> None:
        moment = _moment(at)
        with self._lock:
            self._now = moment

    def advance(self, delta: timedelta = timedelta(0), /, **units: float) -> datetime:
        """Move forward by ``delta`` and/or ``timedelta`` units (``days=1``, ``minutes=5``…); returns the new now."""
        step = delta + timedelta(**units)
        with self._lock:
            self._now += step
            return self._now

    def __repr__(self) -> str:
        return f"FixedClock({self.now().isoformat()})"


# The current clock. A plain module attribute: rebinding it is atomic, and every thread reads the same one.
_current: Clock = SystemClock()
_swap = threading.Lock()  # so that nested or concurrent use_clock blocks restore what they replaced, in order


def current() -> Clock:
    """The clock in use."""
    return _current


def set_clock(clock: Clock) -> Clock:
    """Use ``clock`` from now on (the composition root, a test's fixture); returns the one it replaces."""
    global _current
    with _swap:
        previous, _current = _current, clock
    return previous


@contextmanager
def use_clock(clock: Clock) -> Iterator[Clock]:
    """Use ``clock`` inside the block, then the clock used before it again (even after an error)."""
    previous = set_clock(clock)
    try:
        yield clock
    finally:
        set_clock(previous)


def now() -> datetime:
    """The current moment, aware, in UTC (to store or compare)."""
    return _current.now()


def today() -> date:
    """Today in Geneva (to decide on a day: deadlines, what is in force, the delivery clock)."""
    return _current.today()


def local_now() -> datetime:
    """The current moment in Geneva time, aware (to show)."""
    return _current.local_now()
