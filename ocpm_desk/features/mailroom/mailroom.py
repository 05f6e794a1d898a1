"""The mail room (DESIGN §3, §4.3–4.4, §6): printing, shipping, returns, deliveries, deposit lists, deadlines.

Need to know: what the mail room is given here is addresses, products and documents — never register data nor
payment details (the dataclasses have no such fields; on PostgreSQL the grants say the same).

* **Printing.** "À imprimer" lists the originals waiting: the attestation of each approved order, the issued decision
  of each refused order, and hearing letters not printed yet. A selection is merged into one PDF and handed to the
  print system as one job (``ocpm_desk.infrastructure.printing``); only once it was accepted are the orders moved to
  ``ready_to_ship`` and the hearing letters marked printed (their order keeps its status).
* **Shipping.** A scanned order barcode names what waits for the post; registered items (decisions and hearing
  letters always, and attestations sent registered) need their item number — domestic ``98.xx.xxxxxx.xxxxxxxx`` or,
  abroad, UPU S10 — valid and never used before. Each item is its own transaction (``shipments``).
* **Returns and deliveries.** A returned envelope records its reason (the order goes back to its caseworker as
  ``returned``); a CSV of tracking events (``item number, event, date``) records deliveries and delivery attempts.
  A decision's notification date follows DESIGN §4.4 and its appeal deadline §4.3.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from time import monotonic

from sqlalchemy import Engine, Select, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, defer, load_only
from sqlalchemy.orm.exc import StaleDataError

from ocpm_desk.features.casework.api import OrderState
from ocpm_desk.features.casework.claiming import check_version, load_order, move, order_state
from ocpm_desk.features.casework.handling import order_address
from ocpm_desk.features.mailroom.api import (
    AppealDeadline,
    DepositListView,
    PrintDestination,
    PrinterChoice,
    PrintItem,
    PrintOutcome,
    ScanItem,
    ShipmentView,
    TrackingImport,
)
from ocpm_desk.features.reference.letterhead import read_letterhead
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.db.effective import in_force_sql, latest_first
from ocpm_desk.infrastructure.migrations.pg_security import ORDER_MAILROOM_COLUMNS
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.addresses import PostalAddress, address_lines, address_problems
from ocpm_desk.kernel.calendar import GENEVA, appeal_deadline, geneva_date, notification_date
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, StaleVersion
from ocpm_desk.kernel.identifiers import is_valid_domestic_item_number, is_valid_s10
from ocpm_desk.kernel.lifecycle import Outcome, Status, check_transition
from ocpm_desk.kernel.notes import Code, encode
from ocpm_desk.kernel.notes import note as stored
from ocpm_desk.kernel.permissions import Permission
from ocpm_desk.kernel.phrases import SEMICOLON, Listing, Phrase, Words

RETURN_REASONS = ("not_collected", "unknown_address", "refused", "moved", "other")
#: Tracking events that change something; any other event is kept in ``tracking_events`` only.
DELIVERED_EVENTS = frozenset({"delivered", "distribue", "distribué", "collected", "retire", "retiré"})
ATTEMPT_EVENTS = frozenset({"attempted", "notice", "avise", "avisé", "delivery_attempt"})
MAX_TRACKING_LINES = 200_000
#: An order's outcome as the messages say it ("order … was refused").
_OUTCOME_WORDS = {
    Outcome.REFUSED.value: QT_TRANSLATE_NOOP("Message", "refused"),
    Outcome.WITHDRAWN.value: QT_TRANSLATE_NOOP("Message", "withdrawn"),
    Outcome.CANCELLED.value: QT_TRANSLATE_NOOP("Message", "cancelled"),
}


# ------------------------------------------------------------------------------------------------ building blocks
# Need to know: the columns the mail room may read (its PostgreSQL grants); every order and decision read here
# loads only those, so that a mail-room login never touches a personal or payment column.
_ORDER_COLUMNS = [getattr(m.Order, c) for c in (*ORDER_MAILROOM_COLUMNS, "assigned_to")]
_DECISION_COLUMNS = [m.Decision.id, m.Decision.order_id, m.Decision.number, m.Decision.status, m.Decision.pdf,
                     m.Decision.pdf_sha256, m.Decision.decided_at]

#: What delivery tracking reads of an order (the intake login imports tracking too, and reads no address).
_TRACKED_ORDER_COLUMNS = [getattr(m.Order, c) for c in (
    "id", "reference", "service_code", "status", "outcome", "assigned_to", "version", "updated_at", "updated_by")]


def _orders() -> Select[tuple[m.Order]]:
    return select(m.Order).options(load_only(*_ORDER_COLUMNS))


def _load_order(uow: UnitOfWork, order_id: int) -> m.Order:
    order = uow.session.scalars(_orders().where(m.Order.id == order_id).with_for_update()).one_or_none()
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("Message", "order #{order_id} does not exist"), order_id=order_id)
    return order


def _product_code(order: m.Order, content: str) -> str:
    """Decisions and hearing letters always go registered at OCPM's cost (G9); attestations as ordered."""
    if content == "attestation":
        return order.delivery_product
    return "R" if order.addr_country == "CH" else "INT-R"


@dataclass(frozen=True, slots=True)
class _ProductInfo:
    code: str
    label_fr: str
    registered: bool
    international: bool


#: Postal products and tariffs are reference data that change a few times a year: kept per engine and day for a
#: minute, so that a scan costs one query for the order and nothing for its product (bench/mailroom.py).
_REFERENCE_TTL_S = 60.0
_products: dict[tuple[str, str], tuple[float, _ProductInfo]] = {}
_tariffs: dict[tuple[str, str, date], tuple[float, int]] = {}


def _engine_key(session: Session) -> str:
    return str(session.get_bind().engine.url)


def _tariff(session: Session, product: str, day: date) -> int:
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


def _town(order: m.Order) -> str:
    lines = address_lines(order_address(order))
    return lines[-1] if order.addr_country == "CH" else f"{lines[-2]} ({lines[-1]})"


def _addressee(order: m.Order) -> str:
    return " ".join(p for p in (order.addr_first_name, order.addr_last_name) if p) or order.addr_last_name


def _product(session: Session, code: str) -> _ProductInfo:
    key = (_engine_key(session), code)
    cached = _products.get(key)
    if cached is not None and monotonic() - cached[0] < _REFERENCE_TTL_S:
        return cached[1]
    product = session.get(m.PostalProduct, code)
    if product is None:
        raise DomainError(QT_TRANSLATE_NOOP("Message", "unknown postal product {code!r}"), code=code)
    info = _ProductInfo(product.code, product.label_fr, product.registered, product.international)
    _products[key] = (monotonic(), info)
    return info


def _item(session: Session, key: str, content: str, order: m.Order, created_at: datetime) -> PrintItem:
    product = _product(session, _product_code(order, content))
    return PrintItem(key=key, order_id=order.id, reference=order.reference, content=content,
                     addressee=_addressee(order), town=_town(order), product=product.code,
                     product_label=product.label_fr, registered=product.registered, created_at=created_at)


@dataclass(frozen=True, slots=True)
class _Printable:
    item: PrintItem
    document: m.Document | None  # attestation or hearing letter
    decision: m.Decision | None
    order: m.Order

    @property
    def pdf(self) -> bytes:
        data = self.document.pdf if self.document is not None else self.decision.pdf if self.decision else None
        assert data is not None
        return data


def _parse_keys(keys: Sequence[str]) -> tuple[set[int], set[int]]:
    documents: set[int] = set()
    decided: set[int] = set()
    for key in keys:
        kind, _, number = key.partition(":")
        if not number.isdigit() or kind not in ("document", "decision"):
            raise DomainError(QT_TRANSLATE_NOOP("Message", "{key!r} is not a printable document"), key=key)
        (documents if kind == "document" else decided).add(int(number))
    return documents, decided


def _printables(session: Session, keys: Sequence[str] | None = None, *, with_pdf: bool = False) -> list[_Printable]:
    """The originals waiting to be printed (only those of ``keys`` when given), oldest first: three queries,
    the PDFs loaded only when asked."""
    documents, decided = _parse_keys(keys) if keys is not None else (set(), set())
    pdf_option = [] if with_pdf else [defer(m.Document.pdf)]
    out: list[_Printable] = []
    if keys is None or documents:
        latest = (select(func.max(m.Document.id)).where(m.Document.kind == "attestation")
                  .group_by(m.Document.order_id).scalar_subquery())
        stmt = (select(m.Document, m.Order).join(m.Order, m.Order.id == m.Document.order_id)
                .options(load_only(*_ORDER_COLUMNS), *pdf_option)
                .where(m.Order.status == Status.APPROVED.value, m.Document.kind == "attestation",
                       m.Document.id.in_(latest)))
        if keys is not None:
            stmt = stmt.where(m.Document.id.in_(documents))
        for doc, order in session.execute(stmt):
            out.append(_Printable(_item(session, f"document:{doc.id}", "attestation", order, doc.created_at), doc,
                                  None, order))
        stmt = (select(m.Document, m.Order).join(m.Order, m.Order.id == m.Document.order_id)
                .options(load_only(*_ORDER_COLUMNS), *pdf_option)
                .where(m.Document.kind == "hearing_letter", m.Document.printed_at.is_(None)))
        if keys is not None:
            stmt = stmt.where(m.Document.id.in_(documents))
        for doc, order in session.execute(stmt):
            out.append(_Printable(_item(session, f"document:{doc.id}", "hearing_letter", order, doc.created_at),
                                  doc, None, order))
    if keys is None or decided:
        columns = _DECISION_COLUMNS if with_pdf else [c for c in _DECISION_COLUMNS if c is not m.Decision.pdf]
        refused = (select(m.Decision, m.Order).join(m.Order, m.Order.id == m.Decision.order_id)
                   .options(load_only(*columns), load_only(*_ORDER_COLUMNS))
                   .where(m.Order.status == Status.REFUSED.value, m.Decision.status == "issued"))
        if keys is not None:
            refused = refused.where(m.Decision.id.in_(decided))
        for decision, order in session.execute(refused):
            assert decision.decided_at is not None
            out.append(_Printable(_item(session, f"decision:{decision.id}", "decision", order, decision.decided_at),
                                  None, decision, order))
    out.sort(key=lambda p: (p.item.created_at, p.item.key))
    return out


def _chosen(session: Session, keys: Sequence[str], *, with_pdf: bool = False) -> list[_Printable]:
    if not keys:
        raise DomainError(QT_TRANSLATE_NOOP("Message", "choose at least one document to print"))
    if len(set(keys)) != len(keys):
        raise DomainError(QT_TRANSLATE_NOOP("Message", "a document is chosen twice"))
    waiting = {p.item.key: p for p in _printables(session, keys, with_pdf=with_pdf)}
    missing = [k for k in keys if k not in waiting]
    if missing:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "{count} of the chosen documents no longer wait to be printed (printed or changed meanwhile): "
            "refresh the list"), count=len(missing))
    return [waiting[k] for k in keys]


# ------------------------------------------------------------------------------------------------ printing
@use_case(Permission.PRINT_DOCUMENTS)
def print_queue(engine: Engine, actor: Actor) -> list[PrintItem]:
    with UnitOfWork(engine, write=False) as uow:
        return [p.item for p in _printables(uow.session)]


@use_case(Permission.PRINT_DOCUMENTS)
def printers(engine: Engine, actor: Actor) -> list[PrinterChoice]:
    from ocpm_desk.infrastructure.printing import cups_printers

    return [PrinterChoice(p.name, p.is_default, p.accepting) for p in cups_printers()]


@use_case(Permission.PRINT_DOCUMENTS)
def print_preview(engine: Engine, actor: Actor, keys: Sequence[str]) -> bytes:
    from ocpm_desk.infrastructure.printing import merge_pdfs

    with UnitOfWork(engine, write=False) as uow:
        parts = [p.pdf for p in _chosen(uow.session, keys, with_pdf=True)]
    return merge_pdfs(parts)


def _mark(engine: Engine, actor: Actor, keys: Sequence[str], job_id: str, destination: str, pages: int | None
          ) -> PrintOutcome:
    """After the job was accepted: every order of the batch moves in one statement round (a stale one aborts all,
    nothing half-marked), hearing letters are marked printed; one audit event names the batch."""
    with UnitOfWork(engine) as uow:
        session = uow.session
        chosen = _chosen(session, keys)
        now = clock.now()
        moving = [p for p in chosen if p.item.content != "hearing_letter"]
        locked = {o.id: o for o in session.scalars(
            _orders().where(m.Order.id.in_([p.order.id for p in moving])).with_for_update()
            .execution_options(populate_existing=True))}
        ready: list[str] = []
        hearing: list[str] = []
        note = encode(stored("history.printed", job=job_id, destination=destination))
        for p in chosen:
            if p.document is not None:
                p.document.printed_at = now
                p.document.printed_by = actor.username
            if p.item.content == "hearing_letter":
                hearing.append(p.item.reference)
                continue
            order = locked[p.order.id]
            transition = check_transition(order.status, Status.READY_TO_SHIP, actor.roles, actor=actor.username,
                                          assignee=order.assigned_to)
            session.add(m.OrderEvent(order_id=order.id, occurred_at=now, actor=actor.username,
                                     action=transition.action, from_status=order.status,
                                     to_status=Status.READY_TO_SHIP.value, note=note))
            order.status = Status.READY_TO_SHIP.value
            order.updated_at = now
            order.updated_by = actor.username
            ready.append(order.reference)
        try:
            session.flush()
        except StaleDataError:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "an order of the batch changed meanwhile: nothing was marked; refresh the list and print "
                "the rest again")) from None
        uow.audit(actor, "print.batch", "print_job", job_id,
                  {"destination": destination, "documents": [p.item.key for p in chosen], "pages": pages,
                   "ready_to_ship": ready, "hearing_letters": hearing})
        uow.commit()
    return PrintOutcome(job_id, destination, len(chosen), pages, tuple(ready), tuple(hearing))


@use_case(Permission.PRINT_DOCUMENTS)
def print_batch(engine: Engine, actor: Actor, keys: Sequence[str], destination: PrintDestination) -> PrintOutcome:
    """Merge, hand over as one job, then (only then) mark: orders → ready_to_ship, hearing letters printed."""
    from ocpm_desk.infrastructure.printing import CupsPrinter, PdfFileSink, PrintFailed, merge_pdfs

    if destination.copies < 1 or destination.copies > 20:
        raise DomainError(QT_TRANSLATE_NOOP("Message", "print between 1 and 20 copies"))
    with UnitOfWork(engine, write=False) as uow:
        parts = [p.pdf for p in _chosen(uow.session, keys, with_pdf=True)]
    merged = merge_pdfs(parts)
    target = (CupsPrinter(destination.name) if destination.kind == "cups"
              else PdfFileSink(destination.name) if destination.kind == "file" else None)
    if target is None:
        raise DomainError(QT_TRANSLATE_NOOP("Message", "unknown print destination {kind!r}: a printer or a PDF file"),
                          kind=destination.kind)
    try:
        receipt = target.submit(merged, title=f"OCPM {len(parts)} document(s)", copies=destination.copies)
    except PrintFailed as exc:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "the print system did not accept the job: {detail}; nothing was marked printed"),
            detail=exc.phrase) from None
    return _mark(engine, actor, keys, receipt.job_id, target.name, receipt.pages)


@use_case(Permission.PRINT_DOCUMENTS)
def mark_printed(engine: Engine, actor: Actor, keys: Sequence[str], job_id: str, destination: str) -> PrintOutcome:
    """The GUI's QtPdf fallback printed the selection and the printer accepted it."""
    if not job_id.strip():
        raise DomainError(QT_TRANSLATE_NOOP("Message", "a print job needs its identifier"))
    return _mark(engine, actor, keys, job_id.strip(), destination.strip() or "printer", None)


# ------------------------------------------------------------------------------------------------ shipping
_DOTS_SPACES = re.compile(r"[\s.]")


def normalize_item_number(text: str) -> str:
    """Domestic numbers in their dotted form ``98.xx.xxxxxx.xxxxxxxx``; S10 in capitals; else as typed, trimmed."""
    raw = (text or "").strip().upper()
    digits = _DOTS_SPACES.sub("", raw)
    if len(digits) == 18 and digits.isdigit():
        return f"{digits[:2]}.{digits[2:4]}.{digits[4:10]}.{digits[10:]}"
    return raw.replace(" ", "")


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
    product = _product(session, _product_code(order, content))
    return ScanItem(
        order_id=order.id, reference=order.reference, version=order.version, status=Status(order.status),
        content=content, address_lines=tuple(address_lines(order_address(order))), product=product.code,
        product_label=product.label_fr, registered=product.registered, international=product.international,
        postage_centimes=_tariff(session, product.code, today), needs_item_number=product.registered,
    )


def _order_by_reference(session: Session, code: str) -> m.Order:
    reference = (code or "").strip().upper()
    if not reference:
        raise DomainError(QT_TRANSLATE_NOOP("Message", "scan an order barcode (ED-YYYY-NNNNNNNN)"))
    order = session.scalars(_orders().where(m.Order.reference == reference)).first()
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("Message", "no order has the reference {reference!r}"), reference=reference)
    return order


@use_case(Permission.MARK_SHIPPED)
def scan(engine: Engine, actor: Actor, code: str, *, today: date | None = None) -> ScanItem:
    with UnitOfWork(engine, write=False) as uow:
        return _scan_item(uow.session, _order_by_reference(uow.session, code), today or clock.today())


def _view(shipment: m.Shipment, reference: str) -> ShipmentView:
    return ShipmentView(shipment.id, shipment.order_id, reference, shipment.content, shipment.product,
                        shipment.item_number, shipment.shipped_at, shipment.status, shipment.return_reason,
                        shipment.first_attempt_on, shipment.delivered_on, shipment.notified_on)


@use_case(Permission.MARK_SHIPPED)
def ship(engine: Engine, actor: Actor, order_id: int, expected_version: int, item_number: str | None, *,
         today: date | None = None) -> ShipmentView:
    """One item handed to the post, in its own transaction."""
    day = today or clock.today()
    with UnitOfWork(engine) as uow:
        session = uow.session
        order = _load_order(uow, order_id)
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
        view = _view(shipment, order.reference)
        uow.commit()
        return view


def _find_shipment(session: Session, code: str) -> tuple[m.Shipment, m.Order]:
    number = normalize_item_number(code)
    row = session.execute(
        select(m.Shipment, m.Order).join(m.Order, m.Order.id == m.Shipment.order_id)
        .options(load_only(*_ORDER_COLUMNS)).where(m.Shipment.item_number == number)
    ).first()
    if row is None:
        order = session.scalars(_orders().where(m.Order.reference == code.strip().upper())).first()
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
    except for a hearing letter. A decision not collected counts as notified at the end of the holding period."""
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
        if shipment.content == "decision" and reason == "not_collected" and shipment.first_attempt_on is not None:
            shipment.notified_on = notification_date(shipment.first_attempt_on, None)
        session.flush()
        if shipment.content != "hearing_letter":
            order = _load_order(uow, order.id)
            check_transition(order.status, Status.RETURNED, actor.roles, actor=actor.username)
            move(uow, actor, order, Status.RETURNED, note=stored(
                "history.returned_note", reason=Code("return_reason", reason), text=text) if text else stored(
                "history.returned", reason=Code("return_reason", reason)))
        uow.audit(actor, "shipment.returned", "shipment", shipment.id,
                  {"order_id": order.id, "reason": reason, "content": shipment.content})
        view = _view(shipment, order.reference)
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
        order = load_order(uow, order_id)
        check_version(order, expected_version)
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
        uow.commit()
        return order_state(order)


# ------------------------------------------------------------------------------------------------ tracking
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


# ------------------------------------------------------------------------------------------------ lists
@use_case(Permission.VIEW_SHIPPING, Permission.VIEW_ORDER)
def shipments(engine: Engine, actor: Actor, order_id: int) -> list[ShipmentView]:
    with UnitOfWork(engine, write=False) as uow:
        order = uow.session.scalars(_orders().where(m.Order.id == order_id)).one_or_none()
        if order is None:
            raise NotFound(QT_TRANSLATE_NOOP("Message", "order #{order_id} does not exist"), order_id=order_id)
        rows = uow.session.scalars(select(m.Shipment).where(m.Shipment.order_id == order_id)
                                   .order_by(m.Shipment.id)).all()
        return [_view(s, order.reference) for s in rows]


@use_case(Permission.DECIDE_REFUSAL, Permission.VIEW_AUDIT)
def appeal_deadlines(engine: Engine, actor: Actor, *, today: date | None = None) -> list[AppealDeadline]:
    """Every issued decision with its notification date and appeal deadline, the soonest deadline first."""
    day = today or clock.today()
    out: list[AppealDeadline] = []
    # one query: each issued decision (not its PDF) with the latest shipment of a decision of its order
    latest = (select(func.max(m.Shipment.id)).where(m.Shipment.content == "decision")
              .group_by(m.Shipment.order_id).scalar_subquery())
    with UnitOfWork(engine, write=False) as uow:
        rows = uow.session.execute(
            select(m.Decision.id, m.Decision.number, m.Order.id, m.Order.reference, m.Shipment.shipped_at,
                   m.Shipment.notified_on)
            .join(m.Order, m.Order.id == m.Decision.order_id)
            .outerjoin(m.Shipment, (m.Shipment.order_id == m.Order.id) & m.Shipment.id.in_(latest))
            .where(m.Decision.status == "issued")
        ).all()
    for decision_id, number, order_id, reference, shipped_at, notified in rows:
        deadline = appeal_deadline(notified) if notified is not None else None
        state = "not_notified" if deadline is None else ("over" if deadline < day else "running")
        out.append(AppealDeadline(
            decision_id, number, order_id, reference, geneva_date(shipped_at) if shipped_at is not None else None,
            notified, deadline, state, (deadline - day).days if deadline is not None else None))
    out.sort(key=lambda a: (a.deadline is None, a.deadline or date.max, a.number))
    return out


# ------------------------------------------------------------------------------------------------ deposit list
@use_case(Permission.DEPOSIT_LIST)
def deposit_list(engine: Engine, actor: Actor, day: date) -> DepositListView:
    """The day's registered items: the list is made once (with the items shipped so far) and stored with its hash;
    items shipped later that day go on a further list."""
    from ocpm_desk.infrastructure.pdf.deposit_list import render_deposit_list
    from ocpm_desk.kernel.documents import DepositItem, DepositListContent
    start = datetime.combine(day, time(0), GENEVA).astimezone(UTC)
    end = start + timedelta(days=1)
    with UnitOfWork(engine) as uow:
        session = uow.session
        pending = session.execute(
            select(m.Shipment, m.Order).join(m.Order, m.Order.id == m.Shipment.order_id)
            .options(load_only(*_ORDER_COLUMNS))
            .where(m.Shipment.item_number.is_not(None), m.Shipment.deposit_list_id.is_(None),
                   m.Shipment.shipped_at >= start, m.Shipment.shipped_at < end)
            .order_by(m.Shipment.shipped_at, m.Shipment.id)
        ).all()
        if not pending:
            existing = session.scalars(select(m.DepositList).where(m.DepositList.day == day)
                                       .order_by(m.DepositList.id.desc()).limit(1)).first()
            if existing is None:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Message", "no registered item was shipped on {date}: there is no deposit list"), date=day)
            return _deposit_view(session, existing)
        items = []
        for shipment, order in pending:
            product = _product(session, shipment.product)
            assert shipment.item_number is not None
            items.append(DepositItem(item_number=shipment.item_number, product=product.label_fr,
                                     addressee=_addressee(order), town=_town(order), reference=order.reference))
        head = read_letterhead(session)
        content = DepositListContent(letterhead=head, day=day, sender=(head.office, *head.address_lines),
                                     items=tuple(items))
        pdf = render_deposit_list(content)
        row = m.DepositList(day=day, pdf=pdf, sha256=hashlib.sha256(pdf).hexdigest(), created_at=clock.now(),
                            created_by=actor.username)
        session.add(row)
        session.flush()
        for shipment, _order in pending:
            shipment.deposit_list_id = row.id
        session.flush()
        uow.audit(actor, "deposit_list.created", "deposit_list", row.id,
                  {"day": day.isoformat(), "items": len(items), "sha256": row.sha256})
        view = _deposit_view(session, row)
        uow.commit()
        return view


def _deposit_view(session: Session, row: m.DepositList) -> DepositListView:
    count = session.scalar(select(func.count()).select_from(m.Shipment).where(m.Shipment.deposit_list_id == row.id))
    return DepositListView(row.id, row.day, int(count or 0), row.sha256, row.created_at, row.created_by)


@use_case(Permission.DEPOSIT_LIST)
def deposit_list_pdf(engine: Engine, actor: Actor, deposit_list_id: int) -> bytes:
    with UnitOfWork(engine, write=False) as uow:
        row = uow.session.get(m.DepositList, deposit_list_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Message", "deposit list #{id} does not exist"), id=deposit_list_id)
        if hashlib.sha256(row.pdf).hexdigest() != row.sha256:
            raise DomainError(QT_TRANSLATE_NOOP("Message", "deposit list #{id} no longer matches its recorded SHA-256"),
                              id=deposit_list_id)
        return row.pdf


# ------------------------------------------------------------------------------------------------ corrections (G5)
@use_case(Permission.HANDLE_CORRECTION)
def record_correction(engine: Engine, actor: Actor, order_id: int, expected_version: int, received_on: date,
                      description: str, attributable_to: str, *, today: date | None = None) -> OrderState:
    """A correction request on a shipped or delivered order. Attributable to the OCPM: reissue — back to
    ``approved`` with a new attestation, no new fee. Attributable to the applicant: recorded only; the applicant is
    told a new order (and a new fee) is needed (G5)."""
    from ocpm_desk.features.casework.attestations import make_attestation

    day = today or clock.today()
    text = " ".join((description or "").split())
    if attributable_to not in ("ocpm", "applicant"):
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "a correction is attributable to the OCPM ('ocpm') or to the applicant ('applicant')"))
    if len(text) < 10:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "describe the correction requested in at least {minimum} characters"), minimum=10)
    if received_on > day:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "the request cannot have been received after today ({today})"), today=day)
    with UnitOfWork(engine) as uow:
        session = uow.session
        order = load_order(uow, order_id)
        check_version(order, expected_version)
        if order.status not in (Status.SHIPPED.value, Status.DELIVERED.value):
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "order {reference} is {status}: corrections are requested on shipped or delivered orders"),
                reference=order.reference, status=Words(Status(order.status)))
        if order.outcome != Outcome.GRANTED.value:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "order {reference} was {outcome}: a decision is not corrected by a reissue (the applicant "
                "may appeal it)"), reference=order.reference,
                outcome=Phrase(_OUTCOME_WORDS.get(order.outcome or "", str(order.outcome))))
        if order.ordered_at is not None and received_on < geneva_date(order.ordered_at):
            raise DomainError(QT_TRANSLATE_NOOP("Message", "the request cannot have been received before the order"))
        request = m.CorrectionRequest(order_id=order.id, received_on=received_on, description=text,
                                      attributable_to=attributable_to, recorded_by=actor.username,
                                      recorded_at=clock.now())
        session.add(request)
        session.flush()
        if attributable_to == "ocpm":
            move(uow, actor, order, Status.APPROVED, note=stored("history.reissue", text=text))
            document = make_attestation(session, actor, order, day)
            uow.audit(actor, "order.correction_reissued", "order", order.id,
                      {"request_id": request.id, "document_id": document.id, "sha256": document.sha256})
        else:
            order.updated_at = clock.now()
            order.updated_by = actor.username
            session.add(m.OrderEvent(order_id=order.id, occurred_at=order.updated_at, actor=actor.username,
                                     action="correction_recorded", from_status=None, to_status=None,
                                     note=encode(stored("history.new_order_needed", text=text))))
            session.flush()
            uow.audit(actor, "order.correction_recorded", "order", order.id,
                      {"request_id": request.id, "attributable_to": "applicant"})
        uow.commit()
        return order_state(order)
