"""Reading an intake stream (DESIGN §9): its lines, in batches, each line checked by ``read_line``.

The stream is read line by line, never whole (memory stays flat). ``InlineReader`` checks the lines in the calling
thread; ``ProcessReader`` has them checked in one other process, a few batches ahead of the writes. Both give the
batches as lists of ``Line`` with the bytes read up to their last line.
"""

from __future__ import annotations

import collections
import multiprocessing
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import IO

from ocpm_desk.features.intake.line_reading import MAX_LINE_BYTES, read_line, read_lines
from ocpm_desk.features.intake.results import IntakeOrder, Quarantined


@dataclass(slots=True)
class Line:
    """A line of the stream: its number, its bytes (without the line break) and what ``read_line`` made of it."""

    number: int
    raw: bytes
    parsed: IntakeOrder | Quarantined


def _lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes, int]]:
    """(line number, line without its break, bytes read so far); blank lines skipped; a too-long line is cut."""
    number = 0
    done = 0
    while True:
        raw = stream.readline(MAX_LINE_BYTES + 2)  # + 2: a line of the maximum length and its CR LF
        if not raw:
            return
        number += 1
        done += len(raw)
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while True:  # skip the rest of the line without keeping it
                rest = stream.readline(1 << 20)
                done += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, raw, done
            continue
        line = raw[:-1] if raw.endswith(b"\n") else raw
        if line.endswith(b"\r"):
            line = line[:-1]
        if not line.strip():
            continue
        yield number, line, done


def _chunks(stream: IO[bytes], size: int) -> Iterator[tuple[list[tuple[int, bytes]], int]]:
    """The lines of ``_lines`` as (line number, line) pairs in lists of ``size`` (the last one possibly shorter),
    each list with the bytes read up to its last line: the batches of both readers."""
    chunk: list[tuple[int, bytes]] = []
    done = 0
    for number, raw, done in _lines(stream):
        chunk.append((number, raw))
        if len(chunk) >= size:
            yield chunk, done
            chunk = []
    if chunk:
        yield chunk, done


class InlineReader:
    """Reads and checks batches in the calling thread."""

    def __init__(self, stream: IO[bytes], services: frozenset[str], batch_size: int) -> None:
        self._stream = stream
        self._services = services
        self._size = batch_size

    def __enter__(self) -> InlineReader:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def __iter__(self) -> Iterator[tuple[list[Line], int]]:
        for chunk, done in _chunks(self._stream, self._size):
            yield [Line(number, raw, read_line(number, raw, self._services)) for number, raw in chunk], done


class ProcessReader:
    """Reads lines here and has them checked (``read_lines``) in one other process, a few batches ahead of the
    writes and never more (memory stays flat): the checks run on one core while this process and the database
    write on the other. The process is started with ``spawn`` (safe beside Qt and threads) and imports only the
    domain; it ends with the import, also when the import fails or is cancelled."""

    _AHEAD = 3

    def __init__(self, stream: IO[bytes], services: frozenset[str], batch_size: int) -> None:
        self._stream = stream
        self._services = services
        self._size = batch_size
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> ProcessReader:
        self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __iter__(self) -> Iterator[tuple[list[Line], int]]:
        assert self._pool is not None
        pending: collections.deque[tuple[list[tuple[int, bytes]], int, Future[list[IntakeOrder | Quarantined]]]]
        pending = collections.deque()
        chunks = _chunks(self._stream, self._size)
        exhausted = False
        while True:
            while not exhausted and len(pending) < self._AHEAD:
                try:
                    chunk, done = next(chunks)
                except StopIteration:
                    exhausted = True
                    break
                pending.append((chunk, done, self._pool.submit(read_lines, chunk, self._services)))
            if not pending:
                return
            chunk, done, future = pending.popleft()
            parsed = future.result()
            yield [Line(number, raw, p) for (number, raw), p in zip(chunk, parsed, strict=True)], done
