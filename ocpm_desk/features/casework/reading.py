"""The work queues' read use cases: how many orders a queue holds and one page of it, for this user."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import Engine

from ocpm_desk.features.casework import queues
from ocpm_desk.features.casework.api import Queue, QueueRow, QueueSpec
from ocpm_desk.infrastructure.uow import Actor
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel.permissions import Permission


@use_case(Permission.VIEW_QUEUES)
def queue_count(engine: Engine, actor: Actor, spec: QueueSpec) -> int:
    return queues.count(engine, _own(spec, actor))


@use_case(Permission.VIEW_QUEUES)
def queue_page(
    engine: Engine,
    actor: Actor,
    spec: QueueSpec,
    *,
    after: tuple[Any, int] | None = None,
    before: tuple[Any, int] | None = None,
    at: int | None = None,
    limit: int = 100,
) -> list[QueueRow]:
    """A page of a queue: after a key, before a key (``before=None, after=None, at=None``: the first page), or
    from a row number (``at``). A negative ``at`` counts from the end: ``at=-k`` is the ``limit`` rows ending with
    the ``k``-th row from the end (``at=-1``: the last page), which the index walks from that end."""
    spec = _own(spec, actor)
    if at == -1:
        return queues.page_before(engine, spec, None, limit)
    if at is not None and at < 0:
        return queues.page_from_end(engine, spec, -at, limit)
    if at is not None:
        return queues.page_at(engine, spec, at, limit)
    if before is not None:
        return queues.page_before(engine, spec, before, limit)
    return queues.page_after(engine, spec, after, limit)


def _own(spec: QueueSpec, actor: Actor) -> QueueSpec:
    """« Mes dossiers » is always the actor's own; nobody lists someone else's by naming them."""
    if spec.queue is Queue.MINE:
        return replace(spec, username=actor.username)
    return spec
