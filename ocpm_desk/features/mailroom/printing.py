"""Printing the originals (DESIGN §3, §6): "À imprimer" lists the originals waiting — the attestation of each
approved order, the issued decision of each refused order, and hearing letters not printed yet.

A selection is merged into one PDF and handed to the print system as one job (``ocpm_desk.infrastructure.printing``);
only once it was accepted are the orders moved to ``ready_to_ship`` and the hearing letters marked printed (their
order keeps its status).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, defer, load_only
from sqlalchemy.orm.exc import StaleDataError

from ocpm_desk.features.mailroom.api import PrintDestination, PrinterChoice, PrintItem, PrintOutcome
from ocpm_desk.features.mailroom.postal_items import (
    ORDER_COLUMNS,
    addressee,
    mail_orders,
    postal_product,
    product_code,
    town,
)
from ocpm_desk.infrastructure import config
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError
from ocpm_desk.kernel.lifecycle import Status, check_transition
from ocpm_desk.kernel.notes import encode
from ocpm_desk.kernel.notes import note as stored
from ocpm_desk.kernel.permissions import Permission

#: The columns of a decision the mail room may read (its PostgreSQL grants), as ``postal_items.ORDER_COLUMNS``.
_DECISION_COLUMNS = [m.Decision.id, m.Decision.order_id, m.Decision.number, m.Decision.status, m.Decision.pdf,
                     m.Decision.pdf_sha256, m.Decision.decided_at]


def _item(session: Session, key: str, content: str, order: m.Order, created_at: datetime) -> PrintItem:
    product = postal_product(session, product_code(order, content))
    return PrintItem(key=key, order_id=order.id, reference=order.reference, content=content,
                     addressee=addressee(order), town=town(order), product=product.code,
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
                .options(load_only(*ORDER_COLUMNS), *pdf_option)
                .where(m.Order.status == Status.APPROVED.value, m.Document.kind == "attestation",
                       m.Document.id.in_(latest)))
        if keys is not None:
            stmt = stmt.where(m.Document.id.in_(documents))
        for doc, order in session.execute(stmt):
            out.append(_Printable(_item(session, f"document:{doc.id}", "attestation", order, doc.created_at), doc,
                                  None, order))
        stmt = (select(m.Document, m.Order).join(m.Order, m.Order.id == m.Document.order_id)
                .options(load_only(*ORDER_COLUMNS), *pdf_option)
                .where(m.Document.kind == "hearing_letter", m.Document.printed_at.is_(None)))
        if keys is not None:
            stmt = stmt.where(m.Document.id.in_(documents))
        for doc, order in session.execute(stmt):
            out.append(_Printable(_item(session, f"document:{doc.id}", "hearing_letter", order, doc.created_at),
                                  doc, None, order))
    if keys is None or decided:
        columns = _DECISION_COLUMNS if with_pdf else [c for c in _DECISION_COLUMNS if c is not m.Decision.pdf]
        refused = (select(m.Decision, m.Order).join(m.Order, m.Order.id == m.Decision.order_id)
                   .options(load_only(*columns), load_only(*ORDER_COLUMNS))
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
    """The print system's printers, this workstation's default printer (the settings dialog's) marked and first."""
    from ocpm_desk.infrastructure.printing import cups_printers

    found = [PrinterChoice(p.name, p.is_default, p.accepting) for p in cups_printers()]
    return with_preferred_printer(found, config.value(config.PRINTER))


def with_preferred_printer(printers: list[PrinterChoice], preferred: str) -> list[PrinterChoice]:
    """``printers`` with the workstation's preferred one (when present) marked default and listed first."""
    if not preferred or not any(p.name == preferred for p in printers):
        return printers
    marked = [PrinterChoice(p.name, p.name == preferred, p.accepting) for p in printers]
    return sorted(marked, key=lambda p: not p.is_default)


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
            mail_orders().where(m.Order.id.in_([p.order.id for p in moving])).with_for_update()
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
