"""An order's history (``order_events``): the row a change that is not a status move writes (``touch``), and the
history the order screen shows, with the labels the office gave the codes its stored phrases name.

A status move writes its own row (``claiming.move``); every other change of the case — condition work, a hearing's
answer — bumps the order's version through ``touch``, so that a second session editing the same order is told.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ocpm_desk.features.casework.api import HistoryEntry
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.errors import StaleVersion
from ocpm_desk.kernel.lifecycle import Status
from ocpm_desk.kernel.notes import decode, encode, with_labels
from ocpm_desk.kernel.phrases import Phrase


def touch(uow: UnitOfWork, actor: Actor, order: m.Order, action: str, note: Phrase | None) -> None:
    """A change that is not a status move: bump the order's version and write its history row."""
    now = clock.now()
    order.updated_at = now
    order.updated_by = actor.username
    uow.session.add(m.OrderEvent(order_id=order.id, occurred_at=now, actor=actor.username, action=action,
                                 from_status=None, to_status=None, note=encode(note) if note else None))
    try:
        uow.session.flush()
    except StaleDataError:
        raise StaleVersion(order.reference, None, None) from None


def order_history(session: Session, order: m.Order) -> tuple[HistoryEntry, ...]:
    """The order's history rows, oldest first, their notes labelled with the office's names of the codes."""
    events = session.scalars(
        select(m.OrderEvent).where(m.OrderEvent.order_id == order.id).order_by(m.OrderEvent.occurred_at,
                                                                               m.OrderEvent.id))
    labels = code_labels(session)
    return tuple(
        HistoryEntry(e.occurred_at, e.actor, e.action, Status(e.from_status) if e.from_status else None,
                     Status(e.to_status) if e.to_status else None, with_labels(decode(e.note), labels))
        for e in events
    )


def code_labels(session: Session) -> dict[tuple[str, str], str]:
    """The labels the office gave the codes of its reference data that stored phrases name (conditions, refusal
    grounds, postal products): ``(kind, code) → label``."""
    labels = {("condition", code): label for code, label in session.execute(
        select(m.ConditionRule.code, m.ConditionRule.label).order_by(m.ConditionRule.id))}
    labels.update({("ground", code): title for code, title in session.execute(
        select(m.RefusalGround.code, m.RefusalGround.title))})
    labels.update({("product", code): label for code, label in session.execute(
        select(m.PostalProduct.code, m.PostalProduct.label_fr))})
    return labels
