"""Import a file of orders by its path: what the intake screen calls (the file opened, read to the end, closed)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from ocpm_desk.features.intake.api import ImportSummary
from ocpm_desk.features.intake.imports import import_orders
from ocpm_desk.infrastructure.uow import Actor
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError
from ocpm_desk.kernel.permissions import Permission


@use_case(Permission.IMPORT_ORDERS)
def import_file(
    engine: Engine,
    actor: Actor,
    path: str,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Import the orders of the file at ``path`` in batches, each committed on its own; a file that cannot be opened,
    or stops being readable half-way, is said in a ``DomainError`` (what was imported before stays)."""
    file = Path(path)
    try:
        stream = file.open("rb")
        total = os.fstat(stream.fileno()).st_size
    except OSError as exc:
        raise DomainError(QT_TRANSLATE_NOOP("Message", "the file {name} cannot be read: {detail}"),
                          name=file.name or path, detail=exc.strerror or str(exc)) from None
    with stream:
        try:
            return import_orders(engine, actor, stream, file.name, total_bytes=total, progress=progress,
                                 cancelled=cancelled)
        except OSError as exc:  # the file went away or the disk failed while reading it
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "the file {name} could not be read to the end: {detail}; what was imported before "
                "stays, import the same file again"), name=file.name, detail=exc.strerror or str(exc)) from None
