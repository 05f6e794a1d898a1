"""The building blocks of the mail room's use cases: what the mail room may read of an order, the postal product
and tariff of an item (reference data kept a minute), its addressee and town, item numbers, a shipment's view.

Need to know: what the mail room is given here is addresses, products and documents — never register data nor
payment details (the dataclasses have no such fields; on PostgreSQL the grants say the same).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from time import monotonic

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, load_only

from ocpm_desk.features.casework.steps import order_address
from ocpm_desk.features.mailroom.api import ShipmentView
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.db.effective import in_force_sql, latest_first
from ocpm_desk.infrastructure.migrations.pg_security import ORDER_MAILROOM_COLUMNS
from ocpm_desk.infrastructure.uow import UnitOfWork
from ocpm_desk.kernel.addresses import address_lines
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError, NotFound

# Need to know: the columns the mail room may read (its PostgreSQL grants); every order and decision the mail room
# reads loads only those (a decision's are in ``printing.py``), so that a mail-room login never touches a personal
# or payment column.
ORDER_COLUMNS = [getattr(m.Order, c) for c in (*ORDER_MAILROOM_COLUMNS, "assigned_to")]


def mail_orders() -> Select[tuple[m.Order]]:
    """The orders as the mail room may read them (its columns only)."""
    return select(m.Order).options(load_only(*ORDER_COLUMNS))


def load_mail_order(uow: UnitOfWork, order_id: int) -> m.Order:
    """The order (the mail room's columns) locked for the unit of work; ``NotFound`` if none."""
    order = uow.session.scalars(mail_orders().where(m.Order.id == order_id).with_for_update()).one_or_none()
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("Message", "order #{order_id} does not exist"), order_id=order_id)
    return order


def product_code(order: m.Order, content: str) -> str:
    """Decisions and hearing letters always go registered at OCPM's cost (G9); attestations as ordered."""
    if content == "attestation":
        return order.delivery_product
    return "R" if order.addr_country == "CH" else "INT-R"


@dataclass(frozen=True, slots=True)
class ProductInfo:
    """What an item's postal product says (reference data, cached)."""

    code: str
    label_fr: str
    registered: bool
    international: bool


#: Postal products and tariffs are reference data that change a few times a year: kept per engine and day for a
#: minute, so that a scan costs one query for the order and nothing for its product (bench/mailroom.py).
_REFERENCE_TTL_S = 60.0
_products: dict[tuple[str, str], tuple[float, ProductInfo]] = {}
_tariffs: dict[tuple[str, str, date], tuple[float, int]] = {}


def _engine_key(session: Session) -> str:
    return str(session.get_bind().engine.url)


def postal_tariff(session: Session, product: str, day: date) -> int:
    """The price of ``product`` in force on ``day``, in centimes."""
    key = (_engine_key(session), product, day)
    cached = _tariffs.get(key)
    if cached is not None and monotonic() - cached[0] < _REFERENCE_TTL_S:
        return cached[1]
    price = session.scalar(
        select(m.PostalTariff.price_centimes)
        .where(m.PostalTariff.product_code == product)
        .where(in_force_sql(m.PostalTariff.valid_from, m.PostalTariff.valid_to, day))
        .order_by(latest_first(m.PostalTariff.valid_from))
    )
    if price is None:
        raise DomainError(QT_TRANSLATE_NOOP("Message", "no postal tariff of product {product} is in force on {date}"),
                          product=product, date=day)
    _tariffs[key] = (monotonic(), int(price))
    return int(price)


def town(order: m.Order) -> str:
    """The town line of the order's delivery address (with the country abroad)."""
    lines = address_lines(order_address(order))
    return lines[-1] if order.addr_country == "CH" else f"{lines[-2]} ({lines[-1]})"


def addressee(order: m.Order) -> str:
    """Who the item is addressed to: first and last name."""
    return " ".join(p for p in (order.addr_first_name, order.addr_last_name) if p) or order.addr_last_name


def postal_product(session: Session, code: str) -> ProductInfo:
    """The postal product ``code``; ``DomainError`` if unknown."""
    key = (_engine_key(session), code)
    cached = _products.get(key)
    if cached is not None and monotonic() - cached[0] < _REFERENCE_TTL_S:
        return cached[1]
    product = session.get(m.PostalProduct, code)
    if product is None:
        raise DomainError(QT_TRANSLATE_NOOP("Message", "unknown postal product {code!r}"), code=code)
    info = ProductInfo(product.code, product.label_fr, product.registered, product.international)
    _products[key] = (monotonic(), info)
    return info


def shipment_view(shipment: m.Shipment, reference: str) -> ShipmentView:
    """A shipment as the screens show it, with its order's reference."""
    return ShipmentView(shipment.id, shipment.order_id, reference, shipment.content, shipment.product,
                        shipment.item_number, shipment.shipped_at, shipment.status, shipment.return_reason,
                        shipment.first_attempt_on, shipment.delivered_on, shipment.notified_on)


_DOTS_SPACES = re.compile(r"[\s.]")


def normalize_item_number(text: str) -> str:
    """Domestic numbers in their dotted form ``98.xx.xxxxxx.xxxxxxxx``; S10 in capitals; else as typed, trimmed."""
    raw = (text or "").strip().upper()
    digits = _DOTS_SPACES.sub("", raw)
    if len(digits) == 18 and digits.isdigit():
        return f"{digits[:2]}.{digits[2:4]}.{digits[4:10]}.{digits[10:]}"
    return raw.replace(" ", "")
