"""Database work off the GUI thread, results back on it.

Every call that may touch the database (or the keyring, or the network) goes through one of two helpers:

- ``run_in_background(parent, fn, on_success, on_failure)`` for short work (a read, a login): ``fn`` runs on a
  worker thread of a ``QThreadPool``; ``on_success(result)`` or ``on_failure(exception)`` then run on the GUI
  thread.
- ``run_with_progress(parent, label, fn, on_success, ...)`` for long work (printing, importing): the same, plus a
  window-modal ``QProgressDialog`` with a Cancel button; ``fn`` receives a ``Progress`` to report to and to ask
  whether the user cancelled.
- ``run_reporting(parent, fn, on_success, on_failure, on_progress)`` for long work a screen shows itself (its own
  progress bar and Cancel button, the rest of the window free meanwhile): ``fn`` receives a ``Progress`` as above;
  ``on_progress(done, total)`` runs on the GUI thread.

**``fn`` must not call the GUI**: no widget, no model, no ``QPixmap``, no ``tr()`` of a widget. It gets what it
needs as arguments (capture plain values in a closure, not widgets) and returns plain data; the callbacks show it.

``parent`` only scopes the callbacks: when it is destroyed before the work ends, the callbacks are dropped (the
work itself is not interrupted: a thread cannot be killed safely). The helpers keep their own references until
the result is delivered, so nothing is garbage-collected while the work runs.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ocpm_desk.kernel.errors import ConnectionFailed

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Database work is I/O-bound: more workers than cores keeps a slow query from delaying the connection check.
MIN_WORKERS = 4
#: Progress reports closer together than this are merged (the last one always goes through).
PROGRESS_INTERVAL_S = 0.05

# Bridges whose work is still running; the set holds the only strong reference to them.
_pending: set[_Bridge] = set()


def thread_pool() -> QThreadPool:
    pool = QThreadPool.globalInstance()
    if pool.maxThreadCount() < MIN_WORKERS:
        pool.setMaxThreadCount(MIN_WORKERS)
    return pool


def pending_count() -> int:
    """How many background tasks have not delivered their result yet."""
    return len(_pending)


def wait_for_background(timeout_ms: int = 10_000) -> bool:
    """Block until the workers are idle (at shutdown); True when they are."""
    return thread_pool().waitForDone(timeout_ms)


class ConnectionWatch(QObject):
    """Lives on the GUI thread as a child of the application: ``lost`` is emitted whenever background work failed
    because the database could not be reached (G11), so that the window checks the connection at once instead of
    at its next periodic check."""

    lost = Signal()


_connection_watch: ConnectionWatch | None = None


def connection_watch() -> ConnectionWatch:
    """The application's one ``ConnectionWatch`` (made on first use)."""
    global _connection_watch
    if _connection_watch is None or not shiboken6.isValid(_connection_watch):
        _connection_watch = ConnectionWatch(QCoreApplication.instance())
    return _connection_watch


class OperationCancelled(Exception):
    """Raised by ``Progress.raise_if_cancelled`` when the user pressed Cancel."""


class BackgroundTask:
    """A handle on one piece of background work."""

    def __init__(self) -> None:
        self._done = False
        self._discarded = False

    @property
    def done(self) -> bool:
        """True once the result was delivered (or dropped) on the GUI thread."""
        return self._done

    def discard(self) -> None:
        """Drop the callbacks: the work goes on, its result is thrown away (e.g. a reload superseded it)."""
        self._discarded = True


class Progress:
    """What a long ``fn`` sees of its progress dialog. Safe to use from the worker thread."""

    def __init__(self, bridge: _Bridge | None = None) -> None:
        self._bridge = bridge
        self._cancelled = threading.Event()
        self._last_report = 0.0

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def raise_if_cancelled(self) -> None:
        if self._cancelled.is_set():
            raise OperationCancelled

    def report(self, done: int, total: int) -> None:
        """``done`` units of ``total`` finished (``total`` 0: unknown, the dialog shows a busy bar)."""
        now = time.monotonic()
        final = total > 0 and done >= total
        if not final and now - self._last_report < PROGRESS_INTERVAL_S:
            return
        self._last_report = now
        if self._bridge is not None and shiboken6.isValid(self._bridge):
            self._bridge.progressed.emit(int(done), int(total))


class _Bridge(QObject):
    """Lives on the GUI thread; the worker emits its signals, Qt queues them, its slots run the callbacks."""

    finished = Signal(bool, object)  # ok, result or exception
    progressed = Signal(int, int)

    def __init__(
        self,
        parent: QObject,
        task: BackgroundTask,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        # A child of the application, not of ``parent``: destroying ``parent`` must not destroy the object the
        # worker emits on, and Qt (not Python's reference count) deletes it, after its last slot returned.
        super().__init__(QCoreApplication.instance())
        # No reference to ``parent`` is kept (it would decide when a Python-owned parent dies, possibly while
        # this object is being deleted); its ``destroyed`` signal tells when it is gone.
        self._receiver_alive = True
        self.task = task
        self._on_success: Callable[[Any], None] | None = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        parent.destroyed.connect(self._receiver_destroyed)
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.progressed.connect(self._forward_progress, Qt.ConnectionType.QueuedConnection)

    def _receiver_ok(self) -> bool:
        return self._receiver_alive and not self.task._discarded

    @Slot()
    def _receiver_destroyed(self) -> None:
        self._receiver_alive = False

    @Slot(int, int)
    def _forward_progress(self, done: int, total: int) -> None:
        if self._on_progress is not None and self._receiver_ok():
            self._on_progress(done, total)

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        _pending.discard(self)
        self.task._done = True
        receiver_ok = self._receiver_ok()
        on_success, on_failure = self._on_success, self._on_failure
        # Break the references to the widgets' bound methods before running them.
        self._on_success = self._on_failure = self._on_progress = None
        self.deleteLater()
        if not ok and isinstance(value, ConnectionFailed):
            connection_watch().lost.emit()  # even when the receiver is gone: the window should know
        if not receiver_ok:
            if not ok:
                log.info("background work failed after its window closed: %r", value)
            return
        if ok:
            if on_success is not None:
                on_success(value)
        elif on_failure is not None:
            assert isinstance(value, BaseException)
            on_failure(value)
        else:
            assert isinstance(value, BaseException)
            from ocpm_desk.gui.crash import report_unexpected

            report_unexpected(value)  # logged; shown in the crash dialog unless it is a DomainError


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], object], bridge: _Bridge) -> None:
        super().__init__()  # auto-deleted by the pool once run() returns
        self._fn = fn
        self._bridge = bridge

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to on_failure; KeyboardInterrupt included on purpose
            self._bridge.finished.emit(False, exc)
        else:
            self._bridge.finished.emit(True, result)
        finally:
            self._fn = _done


def _done() -> None:
    return None


def _start(fn: Callable[[], object], bridge: _Bridge) -> None:
    if QCoreApplication.instance() is None:
        raise RuntimeError("run_in_background needs a QApplication")
    _pending.add(bridge)
    thread_pool().start(_Runnable(fn, bridge))


def run_in_background(
    parent: QObject,
    fn: Callable[[], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None] | None = None,
) -> BackgroundTask:
    """Run ``fn()`` on a worker thread; then ``on_success(result)`` or ``on_failure(exc)`` on the GUI thread.

    Call it from the GUI thread. ``fn`` must not touch any widget or other GUI object. Without ``on_failure`` an
    exception is logged. If ``parent`` is destroyed first, neither callback runs.
    """
    task = BackgroundTask()
    bridge = _Bridge(parent, task, on_success, on_failure)
    _start(fn, bridge)
    return task


def run_reporting(
    parent: QObject,
    fn: Callable[[Progress], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> tuple[BackgroundTask, Progress]:
    """Like ``run_in_background`` for long work whose progress the caller shows (no dialog): ``fn(progress)`` calls
    ``progress.report(done, total)`` and checks ``progress.cancelled``; ``on_progress(done, total)`` then runs on the
    GUI thread (reports closer than ``PROGRESS_INTERVAL_S`` merged). ``progress.cancel()`` (a Cancel button) only
    asks: ``fn`` decides where it may stop, and its result (or exception) is delivered as usual."""
    task = BackgroundTask()
    bridge = _Bridge(parent, task, on_success, on_failure, on_progress)
    progress = Progress(bridge)
    _start(lambda: fn(progress), bridge)
    return task, progress


def run_with_progress(
    parent: QWidget,
    label: str,
    fn: Callable[[Progress], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    *,
    title: str | None = None,
    minimum_duration_ms: int = 400,
) -> tuple[BackgroundTask, Progress, QProgressDialog]:
    """Like ``run_in_background`` for long work, with a window-modal progress dialog and a Cancel button.

    ``fn(progress)`` calls ``progress.report(done, total)`` as it goes and checks ``progress.cancelled`` (or
    calls ``progress.raise_if_cancelled()``) between units of work. When it raises ``OperationCancelled``,
    ``on_cancelled()`` runs instead of ``on_failure``; when it returns normally, ``on_success`` gets its result
    even if the user cancelled (a partial result is a result). The dialog appears only if the work lasts
    longer than ``minimum_duration_ms``.
    """
    dialog = QProgressDialog(parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    if title:
        dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setRange(0, 0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(minimum_duration_ms)
    dialog.setMinimumWidth(380)

    def show_progress(done: int, total: int) -> None:
        if dialog.wasCanceled():
            return
        if total > 0:
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))
        else:
            dialog.setRange(0, 0)

    def finish() -> None:
        if shiboken6.isValid(dialog):
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()

    def succeeded(result: T) -> None:
        finish()
        on_success(result)

    def failed(exc: BaseException) -> None:
        finish()
        if isinstance(exc, OperationCancelled):
            if on_cancelled is not None:
                on_cancelled()
        elif on_failure is not None:
            on_failure(exc)
        else:
            log.error("background work failed", exc_info=exc)

    task = BackgroundTask()
    bridge = _Bridge(parent, task, succeeded, failed, show_progress)
    progress = Progress(bridge)
    dialog.canceled.connect(progress.cancel)
    # A still-running task keeps its dialog: the first value triggers the minimum-duration timer.
    dialog.setValue(0)
    _start(lambda: fn(progress), bridge)
    return task, progress, dialog
