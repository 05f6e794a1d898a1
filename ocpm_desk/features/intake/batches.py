"""The batches of an import on their way to the database, and the writers that write them (DESIGN §9).

Each batch is written entirely or not at all: one transaction per batch, committed in file order; a failure anywhere
in a batch leaves nothing of it, and no later batch is committed. On PostgreSQL two batches are in flight on two
connections: the next one plans on the effects of the one before while that one is written, and commits after it
(``Batch``).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError

from ocpm_desk.features.intake.batch_writing import NOTHING, Counts, Effects, apply_batch
from ocpm_desk.features.intake.bulk_sql import StaleOrder
from ocpm_desk.features.intake.reference_data import ReferenceData
from ocpm_desk.features.intake.stream_reading import Line
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError

_RETRIES = 3  # a batch that met a concurrent import (same reference inserted meanwhile) is read again


class _Replan(Exception):
    """The batch before this one was planned again (it met a concurrent change): plan this one again after it."""


class _Yield(Exception):
    """The batch before this one takes long to commit: give up this transaction (and its locks, in case that batch
    waits for one of them), wait for it outside any transaction, then write this batch again."""


class _Abandoned(Exception):
    """The batch before this one failed: this one is not written (a failure stops the import)."""


class Batch:
    """One batch on its way to the database: its lines, its effects once planned, its outcome once written.

    Batch ``n`` plans on the effects of batch ``n - 1`` (``previous``) as soon as they are known, writes what does
    not depend on them while that batch is still being written, and commits only after it (or not at all when it
    failed): each batch is one transaction, and the batches commit in file order."""

    def __init__(self, number: int, lines: list[Line], done_bytes: int, previous: Batch | None) -> None:
        self.number = number
        self.lines = lines
        self.first, self.last = lines[0].number, lines[-1].number
        self.done_bytes = done_bytes
        self.previous = previous
        self._state = threading.Condition()
        self._planned: Effects | None = None
        self._committed: Effects | None = None
        self._failed = False

    def plan(self, effects: Effects) -> None:
        with self._state:
            self._planned = effects
            self._state.notify_all()

    def planned(self) -> Effects:
        """The effects this batch will have (or had, once committed); ``_Abandoned`` if it failed."""
        with self._state:
            self._state.wait_for(lambda: self._planned is not None or self._failed or self._committed is not None)
            if self._failed:
                raise _Abandoned(self.number)
            return self._committed or self._planned or NOTHING

    def committed(self, timeout: float | None) -> Effects | None:
        """The effects committed, once the batch is; None if it is not after ``timeout`` seconds; ``_Abandoned``
        if it failed."""
        with self._state:
            self._state.wait_for(lambda: self._committed is not None or self._failed, timeout)
            if self._failed:
                raise _Abandoned(self.number)
            return self._committed

    def succeed(self, effects: Effects) -> None:
        with self._state:
            self._committed = effects
            self.lines = []  # written: only the effects are still needed, by the next batch
            self._state.notify_all()

    def fail(self) -> None:
        with self._state:
            self._failed = True
            self.lines = []
            self._state.notify_all()


#: How long a batch waits, inside its transaction, for the batch before it to commit; then it gives up its
#: transaction and waits outside (see ``_Yield``): a batch never holds locks for long while it waits.
_SETTLE_SECONDS = 20.0


def write_batch(engine: Engine, user: Actor, source: str, batch: Batch, ref: ReferenceData) -> Counts:
    """Write ``batch`` in one transaction for ``user`` (whose permission ``import_orders`` checked), after the batch
    before it; ``batch.succeed`` once committed."""
    previous = batch.previous
    attempt = 0
    while True:
        if previous is not None and previous.committed(0) is not None:
            previous = None  # committed: the database shows what it wrote (and any change made since)
        before = previous.planned() if previous is not None else NOTHING

        def settled(previous: Batch | None = previous, before: Effects = before) -> None:
            if previous is None:
                return
            done = previous.committed(_SETTLE_SECONDS)
            if done is None:
                raise _Yield
            if done is not before:
                raise _Replan

        try:
            with UnitOfWork(engine) as uow:
                counts, audit, effects = apply_batch(uow.session, user, source, batch.lines, ref, clock.now(),
                                                     before, batch.plan, settled)
                uow.audit(user, "orders.imported", "import", source[:40], audit)
                uow.commit()
        except _Yield:
            assert previous is not None
            previous.committed(None)  # outside the transaction; raises _Abandoned if it failed
            continue  # planned again on what the database shows
        except _Replan:
            continue
        except (IntegrityError, StaleOrder):
            attempt += 1
            if attempt == _RETRIES:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Message", "lines {first}–{last} could not be written: another import or a caseworker changed "
                    "the same orders meanwhile; run the import again (what is done stays)"),
                    first=batch.first, last=batch.last) from None
            continue
        batch.succeed(effects)
        batch.previous = None  # committed after it: the chain of batches is not kept
        return counts


class Writers:
    """Writes the batches: in the calling thread when there is one writer, else batch ``n`` by thread ``n % count``,
    each with its own connection, up to ``count`` batches in flight (``Batch`` orders them). Each queue holds at
    most ``_AHEAD`` batches (memory stays flat). The first error stops the submissions and is raised by ``finish``;
    the batches after the failing one are not committed, those committed before it stay."""

    _AHEAD = 1

    def __init__(self, count: int, write: Callable[[Batch], Counts]) -> None:
        self._write = write
        self._count = count
        self._lock = threading.Lock()
        self.total = Counts()
        self.done_bytes = 0
        self._written: dict[int, int] = {}  # batch written → bytes read up to it, until the batches before are
        self._next = 0
        self._low = 0  # the first batch not written yet
        self._last: Batch | None = None
        self._error: BaseException | None = None
        self._queues: list[queue.Queue[Batch | None]] = []
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> Writers:
        if self._count > 1:
            for i in range(self._count):
                q: queue.Queue[Batch | None] = queue.Queue(maxsize=self._AHEAD)
                thread = threading.Thread(target=self._run, args=(q,), name=f"intake-writer-{i}", daemon=True)
                self._queues.append(q)
                self._threads.append(thread)
                thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop()

    def _record(self, batch: Batch, counts: Counts) -> None:
        with self._lock:
            self.total.add(counts)
            self._written[batch.number] = batch.done_bytes
            while self._low in self._written:  # every batch up to here is written
                self.done_bytes = self._written.pop(self._low)
                self._low += 1

    def _failed(self, batch: Batch, exc: BaseException) -> None:
        with self._lock:  # the first real error wins over the batches abandoned because of it
            if self._error is None or isinstance(self._error, _Abandoned):
                self._error = exc
        batch.fail()

    def _run(self, q: queue.Queue[Batch | None]) -> None:
        while True:
            batch = q.get()
            if batch is None:
                return
            if self._error is not None:
                batch.fail()  # drain: nothing more is written after an error
                continue
            try:
                self._record(batch, self._write(batch))
            except BaseException as exc:  # raised by finish() in the calling thread
                self._failed(batch, exc)

    def submit(self, lines: list[Line], done_bytes: int) -> None:
        if self._error is not None:
            self.finish()
        batch = Batch(self._next, lines, done_bytes, self._last if self._count > 1 else None)
        self._next += 1
        self._last = batch
        if self._count == 1:
            try:
                self._record(batch, self._write(batch))
            except BaseException as exc:
                self._failed(batch, exc)
                self.finish()
            return
        self._queues[batch.number % self._count].put(batch)

    def _stop(self) -> None:
        for q in self._queues:
            q.put(None)
        for thread in self._threads:
            thread.join()
        self._queues, self._threads = [], []

    def finish(self) -> None:
        self._stop()
        self._last = None
        if self._error is not None:
            error, self._error = self._error, None
            raise error
