"""The background helper: work off the GUI thread, results and failures back on it, cancel, early close."""

from __future__ import annotations

import threading
import time

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ocpm_desk.gui.background import (
    PROGRESS_INTERVAL_S,
    OperationCancelled,
    Progress,
    pending_count,
    run_in_background,
    run_with_progress,
)
from ocpm_desk.kernel.errors import ConnectionFailed

pytestmark = pytest.mark.gui

GUI_THREAD = threading.get_ident()


def test_work_runs_off_the_gui_thread_and_its_result_comes_back_on_it(qtbot: QtBot) -> None:
    parent = QObject()
    threads: dict[str, int] = {}
    results: list[int] = []

    def work() -> int:
        threads["work"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        threads["callback"] = threading.get_ident()
        results.append(value)

    task = run_in_background(parent, work, done)
    qtbot.waitUntil(lambda: task.done)

    assert results == [42]
    assert threads["work"] != GUI_THREAD
    assert threads["callback"] == GUI_THREAD


def test_a_failure_is_delivered_on_the_gui_thread_and_success_is_not_called(qtbot: QtBot) -> None:
    parent = QObject()
    error = ConnectionFailed("server down")
    failures: list[tuple[BaseException, int]] = []
    successes: list[object] = []

    def work() -> None:
        raise error

    task = run_in_background(parent, work, successes.append, lambda exc: failures.append((exc, threading.get_ident())))
    qtbot.waitUntil(lambda: task.done)

    assert failures == [(error, GUI_THREAD)]
    assert successes == []


def test_a_failure_without_handler_is_logged(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    def work() -> None:
        raise ValueError("broken")

    parent = QObject()
    task = run_in_background(parent, work, lambda _: None)
    qtbot.waitUntil(lambda: task.done)

    assert any(r.exc_info and isinstance(r.exc_info[1], ValueError) for r in caplog.records)


def test_the_call_returns_at_once_and_the_event_loop_keeps_running(qtbot: QtBot) -> None:
    gate = threading.Event()
    results: list[str] = []
    parent = QObject()
    task = run_in_background(parent, lambda: gate.wait(5) and "done", results.append)
    assert not task.done  # returned while the work still waits for its gate
    qtbot.wait(100)  # the GUI thread processes events meanwhile
    assert not task.done and results == []
    gate.set()
    qtbot.waitUntil(lambda: task.done)
    assert results == ["done"]


def test_a_parent_that_dies_unreferenced_drops_the_callbacks(qtbot: QtBot) -> None:
    calls: list[object] = []
    task = run_in_background(QObject(), lambda: 1, calls.append, calls.append)
    qtbot.waitUntil(lambda: task.done)
    assert calls == []


def test_callbacks_are_dropped_when_the_parent_is_destroyed_first(qtbot: QtBot) -> None:
    parent = QWidget()
    gate = threading.Event()
    calls: list[object] = []
    task = run_in_background(parent, lambda: gate.wait(5), calls.append, calls.append)

    shiboken6.delete(parent)
    gate.set()
    qtbot.waitUntil(lambda: task.done)

    assert calls == []
    assert pending_count() == 0


def test_a_discarded_task_delivers_nothing(qtbot: QtBot) -> None:
    calls: list[object] = []
    gate = threading.Event()
    parent = QObject()
    task = run_in_background(parent, lambda: gate.wait(5), calls.append)
    task.discard()
    gate.set()
    qtbot.waitUntil(lambda: task.done)
    assert calls == []


def test_many_tasks_all_deliver_and_nothing_stays_pending(qtbot: QtBot) -> None:
    parent = QObject()
    results: list[int] = []
    tasks = [run_in_background(parent, lambda n=n: n * n, results.append) for n in range(300)]
    qtbot.waitUntil(lambda: all(t.done for t in tasks), timeout=10_000)
    assert sorted(results) == [n * n for n in range(300)]
    assert pending_count() == 0


def test_progress_reaches_the_dialog_and_the_result_the_callback(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    step = threading.Semaphore(0)
    results: list[int] = []

    def work(progress: Progress) -> int:
        for done in range(1, 5):
            step.acquire(timeout=5)
            progress.report(done, 4)
        return 4

    task, _progress, dialog = run_with_progress(window, "Printing", work, results.append, minimum_duration_ms=0)
    assert dialog.labelText() == "Printing"
    step.release(1)
    qtbot.waitUntil(lambda: dialog.value() == 1 and dialog.maximum() == 4)
    time.sleep(PROGRESS_INTERVAL_S + 0.02)  # reports closer together than this are merged
    step.release(1)
    qtbot.waitUntil(lambda: dialog.value() == 2)
    step.release(2)  # the last report always goes through
    qtbot.waitUntil(lambda: task.done)
    assert results == [4]


def test_cancel_button_stops_the_work_and_calls_on_cancelled(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    outcome: list[str] = []
    started = threading.Event()

    def work(progress: Progress) -> str:
        started.set()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            progress.raise_if_cancelled()
            progress.report(0, 0)
            time.sleep(0.01)
        return "finished"

    task, progress, dialog = run_with_progress(
        window,
        "Importing",
        work,
        lambda result: outcome.append(result),
        lambda exc: outcome.append(f"failed: {exc!r}"),
        lambda: outcome.append("cancelled"),
        minimum_duration_ms=0,
    )
    assert started.wait(5)
    qtbot.waitUntil(dialog.isVisible)
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert progress.cancelled
    qtbot.waitUntil(lambda: task.done)
    assert outcome == ["cancelled"]


def test_a_cancelled_flag_without_exception_still_delivers_the_partial_result(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    results: list[int] = []

    def work(progress: Progress) -> int:
        done = 0
        while not progress.cancelled and done < 10_000:
            done += 1
            time.sleep(0.001)
        return done

    task, progress, _dialog = run_with_progress(window, "Counting", work, results.append)
    progress.cancel()
    qtbot.waitUntil(lambda: task.done)
    assert len(results) == 1 and results[0] < 10_000


def test_raise_if_cancelled_raises_only_after_cancel() -> None:
    progress = Progress()
    progress.raise_if_cancelled()
    progress.cancel()
    with pytest.raises(OperationCancelled):
        progress.raise_if_cancelled()
