"""Order intake (DESIGN §9): an e-démarches JSON Lines file becomes orders, updates and quarantined lines.

``import_orders(engine, actor, stream, source)`` reads the stream line by line (never whole: memory stays flat)
and works in **batches** of ``batch_size`` lines, each written entirely or not at all: one transaction per batch,
committed in file order; a failure anywhere in a batch (a line, a statement, the commit) leaves nothing of it, and
no later batch is committed. On PostgreSQL two batches are in flight on two connections: the next one plans on the
effects of the one before while that one is written, and commits after it (``Batch``). An import killed mid-file
and run again ends in exactly the state of one clean run (the lines of the committed batches are then
``unchanged``). Within a batch:

- every line goes through ``ocpm_desk.features.intake.rules.read_line`` (pydantic models of the format, card numbers);
- records are compared with the orders already imported under their references (``decide``: new, awaiting_payment
  → paid/cancelled, unchanged, conflict) and with the earlier lines of the same file;
- new orders are inserted with their applicants and a ``receive`` history row; a paid order is pinned to the fee
  schedule, postal tariff and condition rule set in force on the (Geneva) day its payment was validated (G3) and
  appears at once in the open queues;
- lines that cannot become an order, and conflicts, go to ``import_quarantine`` with their line number, the
  reference when readable and the reasons; a line equal to one already quarantined counts as ``unchanged``;
- one audit event ``orders.imported`` per batch: the counts, the line range and the references concerned (on
  PostgreSQL the row triggers add one event per order row as well).

The summary's counts always add up: ``lines = imported + updated + unchanged + quarantined`` (blank lines are not
records and are not counted). Card numbers never reach the database or a log: the domain masks them first.

The parts live beside this module: ``stream_reading`` (the lines, in batches, checked), ``batch_writing`` (one
batch: decided and written), ``bulk_sql`` (the statements sent to the driver), ``batches`` (the batches in flight
and their writers), ``reference_data`` (the services and versions read once); the quarantine's use cases are in
``quarantine``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import IO

from sqlalchemy import Engine

from ocpm_desk.features.intake.api import MIN_NOTE, ImportSummary, QuarantineRow
from ocpm_desk.features.intake.batch_writing import Counts
from ocpm_desk.features.intake.batches import Batch, Writers, write_batch
from ocpm_desk.features.intake.quarantine import quarantine_rows, resolve_quarantine
from ocpm_desk.features.intake.reference_data import ReferenceData
from ocpm_desk.features.intake.stream_reading import InlineReader, ProcessReader
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError
from ocpm_desk.kernel.identifiers import mask_card_numbers_in
from ocpm_desk.kernel.permissions import Permission

__all__ = [
    "DEFAULT_BATCH",
    "MIN_NOTE",
    "ImportSummary",
    "QuarantineRow",
    "import_orders",
    "quarantine_rows",
    "resolve_quarantine",
]

DEFAULT_BATCH = 1000


#: PostgreSQL: this many batches are written at once, each by its own connection in its own transaction: the server
#: checks and indexes the rows of one on a core while the other's are prepared, sent and checked on the other. A
#: batch commits after the one before it; what it updates of the orders that batch wrote, it writes after that
#: batch committed (``apply_batch``). SQLite has one writer: one batch at a time.
_WRITERS = 2


#: An input of at least this many bytes is read and checked in a separate process (``ProcessReader``): threads
#: share one interpreter lock, so a reading thread slowed the writes as much as it saved (measured: 100 000 lines
#: on PostgreSQL, 5 000–5 900 lines/s so, 4 500–5 100 with the checks in the writers' process). Smaller inputs and
#: standard input are read in the calling thread.
PROCESS_READER_BYTES = 8 * 1024 * 1024


@use_case(Permission.RECEIVE_ORDER)
def import_orders(
    engine: Engine,
    actor: Actor,
    stream: IO[bytes],
    source: str,
    *,
    total_bytes: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch_size: int = DEFAULT_BATCH,
) -> ImportSummary:
    """Import an intake file (JSON Lines) read from ``stream``; ``source`` names it (a file name, not a path).

    ``progress(done, total)`` is called after each batch with bytes read and ``total_bytes`` (0 when unknown).
    ``cancelled()`` is asked between batches: the import then stops, keeping the batches already committed.
    An input of ``PROCESS_READER_BYTES`` or more (``total_bytes``) is checked in a separate process, a few batches
    ahead of the writes; on PostgreSQL two writer threads write two batches at once (each batch one transaction,
    committed in file order). Memory holds a few batches at most.
    """
    actor.require(Permission.RECEIVE_ORDER)
    if batch_size < 1:
        raise DomainError(QT_TRANSLATE_NOOP("Message", "the batch size must be at least 1 line"))
    started = time.perf_counter()
    source = mask_card_numbers_in(source or "stdin")[:255]  # a file name is written too (notes, quarantine, audit)
    with UnitOfWork(engine, write=False) as uow:
        ref = ReferenceData.read(uow.session)
    batches = 0
    stopped = False
    writers = _WRITERS if engine.dialect.name == "postgresql" else 1
    reader_kind = ProcessReader if (total_bytes or 0) >= PROCESS_READER_BYTES else InlineReader

    def write(batch: Batch) -> Counts:
        return write_batch(engine, actor, source, batch, ref)

    with reader_kind(stream, ref.services, batch_size) as reader, Writers(writers, write) as pool:
        for batch, done_bytes in reader:
            if cancelled is not None and cancelled():  # asked before each batch: after the last one, nothing is left
                stopped = True
                break
            pool.submit(batch, done_bytes)
            batches += 1
            if progress is not None and pool.done_bytes:
                progress(pool.done_bytes, total_bytes or 0)
        pool.finish()
    total = pool.total
    if progress is not None and pool.done_bytes:
        progress(pool.done_bytes, total_bytes or 0)
    return ImportSummary(source, total.lines, total.imported, total.updated, total.unchanged, total.quarantined,
                         time.perf_counter() - started, stopped, batches)
