"""Returns (DESIGN §3, §4.4): a returned envelope records its reason — the order goes back to its caseworker as
``returned`` — and ``send_again`` sends it again, to a corrected delivery address or the same one.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, load_only

from ocpm_desk.features.casework.steps import committed, load_order_at, move, order_address
from ocpm_desk.features.mailroom.api import ShipmentView
from ocpm_desk.features.mailroom.postal_items import (
    ORDER_COLUMNS,
    load_mail_order,
    mail_orders,
    normalize_item_number,
    shipment_view,
)
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel.addresses import PostalAddress, address_problems
from ocpm_desk.kernel.calendar import notification_date
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError, NotFound
from ocpm_desk.kernel.lifecycle import OrderState, Status, check_transition
from ocpm_desk.kernel.notes import Code
from ocpm_desk.kernel.notes import note as stored
from ocpm_desk.kernel.permissions import Permission
from ocpm_desk.kernel.phrases import SEMICOLON, Listing

RETURN_REASONS = ("not_collected", "unknown_address", "refused", "moved", "other")


def _find_shipment(session: Session, code: str) -> tuple[m.Shipment, m.Order]:
    number = normalize_item_number(code)
    row = session.execute(
        select(m.Shipment, m.Order).join(m.Order, m.Order.id == m.Shipment.order_id)
        .options(load_only(*ORDER_COLUMNS)).where(m.Shipment.item_number == number)
    ).first()
    if row is None:
        order = session.scalars(mail_orders().where(m.Order.reference == code.strip().upper())).first()
        if order is not None:
            shipment = session.scalars(
                select(m.Shipment).where(m.Shipment.order_id == order.id).order_by(m.Shipment.id.desc()).limit(1)
            ).first()
            if shipment is not None:
                return shipment, order
        raise NotFound(QT_TRANSLATE_NOOP("Message", "no shipped item has the number or order reference {code!r}"),
                       code=code.strip())
    return row[0], row[1]


@use_case(Permission.RECORD_RETURN)
def record_return(engine: Engine, actor: Actor, code: str, reason: str, note: str = "", *,
                  today: date | None = None) -> ShipmentView:
    """A returned envelope: the shipment is ``returned`` with its reason; the order too (back to its caseworker),
    except for a hearing letter. A decision or a hearing letter not collected counts as notified at the end of the
    holding period (the time to appeal, or to comment, runs from then)."""
    if reason not in RETURN_REASONS:
        raise DomainError(QT_TRANSLATE_NOOP("Message", "the reason of a return is one of: {reasons}"),
                          reasons=", ".join(RETURN_REASONS))
    text = " ".join((note or "").split())
    if reason == "other" and len(text) < 5:
        raise DomainError(QT_TRANSLATE_NOOP("Message", "say what the other reason of the return is"))
    with UnitOfWork(engine) as uow:
        session = uow.session
        shipment, order = _find_shipment(session, code)
        if shipment.status == "returned":
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "the item of order {reference} is already recorded as returned"), reference=order.reference)
        shipment.status = "returned"
        shipment.return_reason = reason
        if (shipment.content in ("decision", "hearing_letter") and reason == "not_collected"
                and shipment.first_attempt_on is not None):
            shipment.notified_on = notification_date(shipment.first_attempt_on, None)
        session.flush()
        if shipment.content != "hearing_letter":
            order = load_mail_order(uow, order.id)
            check_transition(order.status, Status.RETURNED, actor.roles, actor=actor.username)
            move(uow, actor, order, Status.RETURNED, note=stored(
                "history.returned_note", reason=Code("return_reason", reason), text=text) if text else stored(
                "history.returned", reason=Code("return_reason", reason)))
        uow.audit(actor, "shipment.returned", "shipment", shipment.id,
                  {"order_id": order.id, "reason": reason, "content": shipment.content})
        view = shipment_view(shipment, order.reference)
        uow.commit()
        return view


#: Each field of a postal address and the ``orders`` column that keeps it (``addr_`` + field, ``addr_line``).
_ADDRESS_COLUMNS = {f.name: "addr_line" if f.name == "address_line" else f"addr_{f.name}"
                    for f in dataclasses.fields(PostalAddress)}


@use_case(Permission.SEND_AGAIN)
def send_again(engine: Engine, actor: Actor, order_id: int, expected_version: int,
               address: dict[str, str | None] | None) -> OrderState:
    """returned → ready_to_ship, with a corrected delivery address (or the same one)."""
    with UnitOfWork(engine) as uow:
        session = uow.session
        order = load_order_at(uow, order_id, expected_version)
        check_transition(order.status, Status.READY_TO_SHIP, actor.roles, actor=actor.username)
        last = session.scalars(select(m.Shipment).where(m.Shipment.order_id == order.id)
                               .order_by(m.Shipment.id.desc()).limit(1)).first()
        if last is not None and last.content == "decision" and last.return_reason == "not_collected":
            if last.notified_on:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Message", "the decision of order {reference} was not collected: it counts as notified on {date} "
                    "and is not sent again (LPA art. 62 al. 4)"), reference=order.reference, date=last.notified_on)
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "the decision of order {reference} was not collected: it counts as notified and is not "
                "sent again (LPA art. 62 al. 4)"), reference=order.reference)
        changed: list[str] = []
        if address is not None:
            unknown = sorted(set(address) - set(_ADDRESS_COLUMNS))
            if unknown:
                raise DomainError(QT_TRANSLATE_NOOP("Message", "unknown address fields: {fields}"),
                                  fields=", ".join(unknown))
            current = order_address(order)
            values = {f: getattr(current, f) for f in _ADDRESS_COLUMNS}
            values.update({k: (v.strip() if isinstance(v, str) and v.strip() else None) for k, v in address.items()})
            values["first_name"] = values["first_name"] or ""
            new = PostalAddress(**values)
            problems = address_problems(new)
            if problems:
                raise DomainError(QT_TRANSLATE_NOOP("Message", "the corrected address is not valid: {problems}"),
                                  problems=Listing((p.phrase or p.message for p in problems), SEMICOLON))
            for field_name, column in _ADDRESS_COLUMNS.items():
                value = getattr(new, field_name) or None
                if getattr(order, column) != value:
                    setattr(order, column, value)
                    changed.append(field_name)
        move(uow, actor, order, Status.READY_TO_SHIP,
              note=stored("history.sent_again_corrected", fields=Listing(Code("field", f) for f in changed))
              if changed else stored("history.sent_again"))
        uow.audit(actor, "order.send_again", "order", order.id, {"address_fields_changed": changed})
        return committed(uow, order)
