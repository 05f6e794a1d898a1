"""The window shows and decides in Geneva time through the one clock (issue 17), even on a workstation set to UTC:
the lock screen's « Verrouillée à », the mail room's « Heure », a locked account's time, the crash dialog's time,
and the days the screens start from (the catalogue's, the queue filters', a follow-up date's)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from gui_fakes import session_for
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from screen_steps import OpenWindow
from sqlalchemy import Engine

from ocpm_desk.gui.casework.dialogs import HoldDialog
from ocpm_desk.gui.casework.queues import QueueScreen
from ocpm_desk.gui.crash import install_crash_reporter, uninstall_crash_reporter
from ocpm_desk.gui.failures import account_locked_message
from ocpm_desk.gui.formatting import format_datetime, format_time
from ocpm_desk.kernel.clock import FixedClock, use_clock
from ocpm_desk.kernel.errors import AccountLocked

pytestmark = pytest.mark.gui

#: A summer evening: 21:45 in UTC is 23:45 in Geneva (UTC+2), still 1 July there.
EVENING = datetime(2026, 7, 1, 21, 45, tzinfo=UTC)
#: Half past eleven UTC on a summer night is already the next day in Geneva.
NEXT_DAY = datetime(2026, 7, 1, 23, 30, tzinfo=UTC)


@pytest.fixture
def utc_workstation(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The workstation's zone is UTC (as a server image or a badly set up PC is): local time is not Geneva's."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    assert datetime(2026, 7, 1, 12, 0, tzinfo=UTC).astimezone().utcoffset() == timedelta(0)
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("utc_workstation")
def test_the_lock_screen_says_geneva_s_time_on_a_utc_workstation(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("cdubois")
    with use_clock(FixedClock(EVENING)):
        window.lock_now()
    text = window.screen_lock.page.when_label.text()
    assert "23:45" in text and "21:45" not in text, text


@pytest.mark.usefixtures("utc_workstation")
def test_times_of_the_mail_room_and_the_messages_are_geneva_s_on_a_utc_workstation() -> None:
    shipped_at = datetime(2026, 1, 15, 8, 5, tzinfo=UTC)  # winter: UTC+1
    assert format_time(shipped_at) == "09:05"  # the mail room's « Heure » column
    assert format_datetime(NEXT_DAY) == "02.07.2026 01:30"
    with use_clock(FixedClock(EVENING)):
        # a lock ending later today (in Geneva) says the time only; on another day the date too
        assert account_locked_message(AccountLocked(EVENING + timedelta(minutes=10))).endswith("23:55.")
        assert account_locked_message(AccountLocked(EVENING + timedelta(minutes=20))).endswith(
            "02.07.2026 00:05.")  # after midnight in Geneva, though still 1 July in UTC


@pytest.mark.usefixtures("utc_workstation")
def test_the_crash_dialog_says_geneva_s_time_on_a_utc_workstation(qtbot: QtBot) -> None:
    def boom() -> None:
        raise ValueError("boom")

    with qtbot.captureExceptions(), use_clock(FixedClock(EVENING)):
        reporter = install_crash_reporter(QApplication.instance())
        try:
            QTimer.singleShot(0, boom)
            qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=3000)
            assert reporter.dialog is not None
            assert "23:45:00" in reporter.dialog.message_label.text()
        finally:
            dialog = reporter.dialog
            uninstall_crash_reporter()
            if dialog is not None:
                dialog.close()


def test_the_screens_start_from_the_clock_s_day(qtbot: QtBot, open_window: OpenWindow, gui_engine: Engine) -> None:
    session = session_for(gui_engine, "jmeyer")
    asked = session.args_of  # the days the catalogue was asked for: asked("reference.catalogue")
    with use_clock(FixedClock(NEXT_DAY)):
        window = open_window(session, screen="catalogue")
        window.show_screen("all")
        screen = window.screen_by_key("all")
        assert isinstance(screen, QueueScreen)
        qtbot.waitUntil(lambda: screen.settled and len(asked("reference.catalogue")) >= 2)
        hold = HoldDialog("ED-2026-00000001")
        qtbot.addWidget(hold)
    # the catalogue screen, the queue's service filter
    assert asked("reference.catalogue") == [(date(2026, 7, 2),), (date(2026, 7, 2),)]
    assert screen.paid_to_date.date() == QDate(2026, 7, 2)
    assert screen.paid_from_date.date() == QDate(2026, 6, 2)  # 30 days before
    assert hold.date_edit.minimumDate() == QDate(2026, 7, 2)  # "after today": today is the clock's
