"""Live updates (DESIGN §5): told when orders change anywhere, the open queue refreshes within a second.

``LiveUpdates`` runs ``DeskSession.wait_for_change`` in a loop on a thread of its own (it blocks: never the GUI
thread, and not one of the pool's workers, which it would hold for good) and emits ``ordersChanged`` on the GUI
thread when a change came — at most every ``min_interval_s``, however busy the database: the changes of a burst
make one refresh.

Stopping is immediate for the GUI (``stop`` only raises a flag, under the lock the worker emits under, so nothing is
emitted after ``stop`` returned); the thread itself ends when its current wait does (``wait_s``, or at once when the
session is closed, which wakes it). Destroying the object stops it too. The thread emits through a relay owned by
the application, never through an object that may be gone.
"""

from __future__ import annotations

import logging
import threading
import time

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from ocpm_desk.session import DeskSession

log = logging.getLogger(__name__)

#: One wait of the worker: how long after ``stop`` the thread may still run (closing the session cuts it short).
WAIT_S = 0.5
#: At most one refresh per this many seconds.
MIN_INTERVAL_S = 0.5
#: After an unexpected error of the session, the next try.
RETRY_S = 5.0


class _Relay(QObject):
    """Lives on the GUI thread as a child of the application; the worker emits on it."""

    changed = Signal()


def _halt(stop: threading.Event, emitting: threading.Lock, relay: _Relay) -> None:
    """Stop the worker and let the relay go; no reference to the ``LiveUpdates`` (also run as it is destroyed)."""
    with emitting:
        if stop.is_set():
            return
        stop.set()
    if shiboken6.isValid(relay):  # the application may have gone first
        relay.deleteLater()


class LiveUpdates(QObject):
    """Emits ``ordersChanged`` (on the GUI thread) when orders changed in the database, between ``start`` and
    ``stop``."""

    ordersChanged = Signal()  # Qt-style name: connected to like any Qt signal

    def __init__(self, session: DeskSession, parent: QObject | None = None, *, wait_s: float = WAIT_S,
                 min_interval_s: float = MIN_INTERVAL_S) -> None:  # fmt: skip
        super().__init__(parent)
        self._session = session
        self._wait_s = wait_s
        self._min_interval_s = min_interval_s
        self._stop = threading.Event()
        self._emitting = threading.Lock()
        self._relay = _Relay(QCoreApplication.instance())
        self._relay.changed.connect(self._relayed)
        self._thread: threading.Thread | None = None
        stop, emitting, relay = self._stop, self._emitting, self._relay
        self.destroyed.connect(lambda *_: _halt(stop, emitting, relay))

    @property
    def running(self) -> bool:
        """The worker thread is alive (it may outlive ``stop`` by one wait)."""
        return self._thread is not None and self._thread.is_alive()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def start(self) -> None:
        if self._thread is not None or self._stop.is_set():
            return
        thread = threading.Thread(target=self._run, name="ocpm-live-updates", daemon=True)
        self._thread = thread
        thread.start()

    def stop(self) -> None:
        """No ``ordersChanged`` after this returns; the thread ends within one wait."""
        _halt(self._stop, self._emitting, self._relay)

    def join(self, timeout: float = 5.0) -> bool:
        """Wait for the thread to end (tests, shutdown); True when it has. Call ``stop`` first."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return True

    @Slot()
    def _relayed(self) -> None:
        if not self._stop.is_set():
            self.ordersChanged.emit()

    def _run(self) -> None:
        # Everything the loop needs, as locals: the thread never touches this object (only the relay, under the lock).
        session, stop, emitting, relay = self._session, self._stop, self._emitting, self._relay
        wait_s, min_interval_s = self._wait_s, self._min_interval_s
        last = 0.0
        while not stop.is_set():
            try:
                changed = session.wait_for_change(wait_s)
            except Exception as exc:  # the session's business; never the end of live updates
                log.warning("waiting for changes failed: %s", type(exc).__name__)
                stop.wait(RETRY_S)
                continue
            if not changed:
                continue
            pause = last + min_interval_s - time.monotonic()
            if pause > 0 and stop.wait(pause):
                break
            with emitting:
                if stop.is_set() or not shiboken6.isValid(relay):
                    break
                relay.changed.emit()
            last = time.monotonic()
