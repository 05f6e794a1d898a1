"""Delivery tracking (DESIGN §4.4): a CSV of tracking events (``item number, event, date``) records deliveries and
delivery attempts; a decision's notification date follows DESIGN §4.4.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, time

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import load_only

from ocpm_desk.features.casework.steps import move
from ocpm_desk.features.mailroom.api import TrackingImport
from ocpm_desk.features.mailroom.postal_items import normalize_item_number
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel.calendar import GENEVA, geneva_date, notification_date
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError
from ocpm_desk.kernel.lifecycle import Status
from ocpm_desk.kernel.notes import note as stored
from ocpm_desk.kernel.permissions import Permission
from ocpm_desk.kernel.phrases import Phrase

#: Tracking events that change something; any other event is kept in ``tracking_events`` only.
DELIVERED_EVENTS = frozenset({"delivered", "distribue", "distribué", "collected", "retire", "retiré"})
ATTEMPT_EVENTS = frozenset({"attempted", "notice", "avise", "avisé", "delivery_attempt"})
MAX_TRACKING_LINES = 200_000

#: What delivery tracking reads of an order (the intake login imports tracking too, and reads no address).
_TRACKED_ORDER_COLUMNS = [getattr(m.Order, c) for c in (
    "id", "reference", "service_code", "status", "outcome", "assigned_to", "version", "updated_at", "updated_by")]


def _parse_day(text: str) -> date:
    value = text.strip()
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    try:
        return datetime.strptime(value[:10], "%d.%m.%Y").date()
    except ValueError:
        raise ValueError(f"{value!r} is not a date (YYYY-MM-DD or DD.MM.YYYY)") from None


@use_case(Permission.RECORD_DELIVERY)
def import_tracking(engine: Engine, actor: Actor, csv_text: str) -> TrackingImport:
    """Tracking events ``item number, event, date`` (a header line is allowed): stored in ``tracking_events``;
    ``delivered`` marks the shipment (and a shipped order) delivered, an ``attempted`` delivery notes the first
    attempt. Unknown item numbers are reported; nothing else changes. Importing the same file again adds nothing."""
    rows = list(csv.reader(io.StringIO(csv_text or "")))
    if len(rows) > MAX_TRACKING_LINES:
        raise DomainError(QT_TRANSLATE_NOOP("Message", "a tracking file has at most {maximum} lines"),
                          maximum=MAX_TRACKING_LINES)
    rejected: list[Phrase] = []
    parsed: list[tuple[int, str, str, date]] = []
    for number, row in enumerate(rows, start=1):
        if not row or all(not c.strip() for c in row):
            continue
        if number == 1 and row[0].strip().lower() in {"item", "item_number", "numero", "numéro", "envoi"}:
            continue
        if len(row) < 3:
            rejected.append(Phrase(QT_TRANSLATE_NOOP("Message", "line {line}: expected item number, event, date"),
                                   line=number))
            continue
        try:
            day = _parse_day(row[2])
        except ValueError:
            rejected.append(Phrase(QT_TRANSLATE_NOOP(
                "Message", "line {line}: {value!r} is not a date (YYYY-MM-DD or DD.MM.YYYY)"), line=number,
                value=row[2].strip()))
            continue
        parsed.append((number, normalize_item_number(row[0]), row[1].strip().lower(), day))
    recorded = delivered = 0
    unknown: list[str] = []
    with UnitOfWork(engine) as uow:
        session = uow.session
        for _line, item, event, day in parsed:
            found = session.execute(
                select(m.Shipment, m.Order).join(m.Order, m.Order.id == m.Shipment.order_id)
                .options(load_only(*_TRACKED_ORDER_COLUMNS)).where(m.Shipment.item_number == item)
            ).first()
            if found is None:
                if item not in unknown:
                    unknown.append(item)
                continue
            shipment, order = found
            occurred = datetime.combine(day, time(12), GENEVA).astimezone(UTC)
            duplicate = session.scalar(select(func.count()).select_from(m.TrackingEvent).where(
                m.TrackingEvent.item_number == item, m.TrackingEvent.event == event,
                m.TrackingEvent.occurred_at == occurred))
            if duplicate:
                continue
            session.add(m.TrackingEvent(shipment_id=shipment.id, item_number=item, occurred_at=occurred, event=event,
                                        recorded_by=actor.username))
            recorded += 1
            if event in ATTEMPT_EVENTS and (shipment.first_attempt_on is None or day < shipment.first_attempt_on):
                shipment.first_attempt_on = day
            if event in DELIVERED_EVENTS and shipment.status == "shipped":
                if day < geneva_date(shipment.shipped_at):
                    rejected.append(Phrase(QT_TRANSLATE_NOOP(
                        "Message", "{item}: delivered on {date}, before it was shipped"), item=item, date=day))
                    continue
                shipment.status = "delivered"
                shipment.delivered_on = day
                first = shipment.first_attempt_on if shipment.first_attempt_on and shipment.first_attempt_on <= day \
                    else day
                shipment.notified_on = notification_date(first, day)
                delivered += 1
                if shipment.content != "hearing_letter" and order.status == Status.SHIPPED.value:
                    move(uow, actor, order, Status.DELIVERED, note=stored(
                        "history.delivered", date=day, item=item))
            session.flush()
        uow.audit(actor, "tracking.imported", "tracking", "import",
                  {"lines": len(rows), "recorded": recorded, "delivered": delivered, "unknown": len(unknown),
                   "rejected": len(rejected)})
        uow.commit()
    return TrackingImport(len(rows), recorded, delivered, tuple(unknown), tuple(rejected))
