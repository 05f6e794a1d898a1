"""Shipping (DESIGN §3, §6): a scanned order barcode names what waits for the post; registered items (decisions
and hearing letters always, and attestations sent registered) need their item number — domestic
``98.xx.xxxxxx.xxxxxxxx`` or, abroad, UPU S10 — valid and never used before. Each item is its own transaction
(``shipments``); ``shipments`` lists an order's items.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ocpm_desk.features.casework.steps import check_version, order_address
from ocpm_desk.features.mailroom.api import ScanItem, ShipmentView
from ocpm_desk.features.mailroom.postal_items import (
    load_mail_order,
    mail_orders,
    normalize_item_number,
    postal_product,
    postal_tariff,
    product_code,
    shipment_view,
)
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.addresses import address_lines
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, StaleVersion
from ocpm_desk.kernel.identifiers import is_valid_domestic_item_number, is_valid_s10
from ocpm_desk.kernel.lifecycle import Outcome, Status, check_transition
from ocpm_desk.kernel.notes import Code, encode
from ocpm_desk.kernel.notes import note as stored
from ocpm_desk.kernel.permissions import Permission
from ocpm_desk.kernel.phrases import Phrase, Words


def _waiting_hearing_letter(session: Session, order: m.Order) -> m.Document | None:
    """A printed hearing letter of the order not shipped yet."""
    doc = session.scalars(
        select(m.Document).where(m.Document.order_id == order.id, m.Document.kind == "hearing_letter",
                                 m.Document.printed_at.is_not(None))
        .order_by(m.Document.id.desc()).limit(1)
    ).first()
    if doc is None or doc.printed_at is None:
        return None
    shipped = session.scalar(
        select(func.count()).select_from(m.Shipment)
        .where(m.Shipment.order_id == order.id, m.Shipment.content == "hearing_letter",
               m.Shipment.shipped_at >= doc.printed_at)
    )
    return None if shipped else doc


def _scan_item(session: Session, order: m.Order, today: date) -> ScanItem:
    if order.status == Status.READY_TO_SHIP.value:
        content = "decision" if order.outcome == Outcome.REFUSED.value else "attestation"
    elif _waiting_hearing_letter(session, order) is not None:
        content = "hearing_letter"
    else:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "order {reference} is {status}: nothing of it waits to be shipped (print it first)"),
            reference=order.reference, status=Words(Status(order.status)))
    product = postal_product(session, product_code(order, content))
    return ScanItem(
        order_id=order.id, reference=order.reference, version=order.version, status=Status(order.status),
        content=content, address_lines=tuple(address_lines(order_address(order))), product=product.code,
        product_label=product.label_fr, registered=product.registered, international=product.international,
        postage_centimes=postal_tariff(session, product.code, today), needs_item_number=product.registered,
    )


def _order_by_reference(session: Session, code: str) -> m.Order:
    reference = (code or "").strip().upper()
    if not reference:
        raise DomainError(QT_TRANSLATE_NOOP("Message", "scan an order barcode (ED-YYYY-NNNNNNNN)"))
    order = session.scalars(mail_orders().where(m.Order.reference == reference)).first()
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("Message", "no order has the reference {reference!r}"), reference=reference)
    return order


@use_case(Permission.MARK_SHIPPED)
def scan(engine: Engine, actor: Actor, code: str, *, today: date | None = None) -> ScanItem:
    with UnitOfWork(engine, write=False) as uow:
        return _scan_item(uow.session, _order_by_reference(uow.session, code), today or clock.today())


@use_case(Permission.MARK_SHIPPED)
def ship(engine: Engine, actor: Actor, order_id: int, expected_version: int, item_number: str | None, *,
         today: date | None = None) -> ShipmentView:
    """One item handed to the post, in its own transaction."""
    day = today or clock.today()
    with UnitOfWork(engine) as uow:
        session = uow.session
        order = load_mail_order(uow, order_id)
        check_version(order, expected_version)
        item = _scan_item(session, order, day)
        number: str | None = None
        if item.needs_item_number:
            number = normalize_item_number(item_number or "")
            if not number:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Message", "{product} is registered: scan the item number before shipping"),
                    product=item.product_label)
            valid = is_valid_s10(number) if item.international else is_valid_domestic_item_number(number)
            if not valid:
                expected = (QT_TRANSLATE_NOOP("Message", "a UPU S10 number like RR123456785CH") if item.international
                            else QT_TRANSLATE_NOOP("Message", "a Swiss Post number 98.xx.xxxxxx.xxxxxxxx"))
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Message", "{number!r} is not a valid item number for {product}: expected {expected} (check "
                    "digit included)"), number=number, product=item.product_label, expected=Phrase(expected))
        elif item_number and item_number.strip():
            raise DomainError(QT_TRANSLATE_NOOP("Message", "{product} is not registered: it has no item number"),
                              product=item.product_label)
        now = clock.now()
        shipment = m.Shipment(order_id=order.id, content=item.content, product=item.product, item_number=number,
                              shipped_at=now, shipped_by=actor.username, status="shipped")
        session.add(shipment)
        action = "ship_" + item.content
        if item.content != "hearing_letter":
            # the lifecycle step inline (one flush for the shipment, the order and its history; one audit event)
            transition = check_transition(order.status, Status.SHIPPED, actor.roles, actor=actor.username,
                                          assignee=order.assigned_to)
            action = f"order.{transition.action}"
            session.add(m.OrderEvent(order_id=order.id, occurred_at=now, actor=actor.username,
                                     action=transition.action, from_status=order.status,
                                     to_status=Status.SHIPPED.value,
                                     note=encode(stored("history.shipped_numbered", product=Code(
                                         "product", item.product), number=number) if number else stored(
                                         "history.shipped", product=Code("product", item.product)))))
            order.status = Status.SHIPPED.value
            order.updated_at = now
            order.updated_by = actor.username
        try:
            session.flush()
        except IntegrityError:
            # the item number is unique (uq_shipments_item_number): say for which order it was used
            session.rollback()
            used = session.scalar(select(m.Order.reference).join(m.Shipment, m.Shipment.order_id == m.Order.id)
                                  .where(m.Shipment.item_number == number))
            if used:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Message", "item number {number} was already used for order {reference}: take a new label"),
                    number=number, reference=used) from None
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "item number {number} was already used for order another item: take a new label"),
                number=number) from None
        except StaleDataError:
            raise StaleVersion(order.reference, None, None) from None
        uow.audit(actor, action if item.content != "hearing_letter" else "shipment.hearing_letter_shipped",
                  "order", order.id,
                  {"shipment_id": shipment.id, "content": item.content, "product": item.product,
                   "item_number": number, "postage_centimes": item.postage_centimes, "to": order.status})
        view = shipment_view(shipment, order.reference)
        uow.commit()
        return view


@use_case(Permission.VIEW_SHIPPING, Permission.VIEW_ORDER)
def shipments(engine: Engine, actor: Actor, order_id: int) -> list[ShipmentView]:
    with UnitOfWork(engine, write=False) as uow:
        order = uow.session.scalars(mail_orders().where(m.Order.id == order_id)).one_or_none()
        if order is None:
            raise NotFound(QT_TRANSLATE_NOOP("Message", "order #{order_id} does not exist"), order_id=order_id)
        rows = uow.session.scalars(select(m.Shipment).where(m.Shipment.order_id == order_id)
                                   .order_by(m.Shipment.id)).all()
        return [shipment_view(s, order.reference) for s in rows]
