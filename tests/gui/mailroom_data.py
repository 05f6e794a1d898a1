"""Mail-room data for screen tests, built on a real database by the real use cases (issue 18).

Orders come from ``casework_data`` (approved by a caseworker, refused by a supervisor, a hearing letter sent, printed
and shipped); the mail room's part goes through the session of its clerk ``nfavre``: shipping, tracking.
Tests run on a fixed clock (``casework_data.fixed_today``): the print queue is sorted by when each original was
made, so builders that make several move the clock on a minute between them.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from casework_data import (
    approved_order,
    hearing_letter_sent,
    issued_decision,
    mismatched_order,
    order_row,
    printed,
    shipped_order,
)
from gui_fakes import session_for
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from ocpm_desk.infrastructure.db.models import Decision, Document, Shipment
from ocpm_desk.infrastructure.printing import count_pages
from ocpm_desk.kernel.clock import FixedClock

#: A valid Swiss domestic registered item number, another one, and a valid UPU S10 one (check digit 5).
DOMESTIC_ITEM = "98.40.123456.12345678"
OTHER_DOMESTIC_ITEM = "98.40.123456.00000001"
S10_ITEM = "RR123456785CH"


class PrintQueue(NamedTuple):
    """The orders of the three kinds of originals waiting to be printed, in the queue's order."""

    attestation: int  # approved, B mail
    decision: int  # refused: its issued decision goes registered
    hearing: int  # in review, its hearing letter sent: on hold, the letter goes registered


def waiting_to_print(engine: Engine, clock: FixedClock) -> PrintQueue:
    """An approved attestation, an issued decision and a hearing letter, made a minute apart."""
    attestation = approved_order(engine)
    clock.advance(minutes=1)
    decision, _decision_id = issued_decision(engine)
    clock.advance(minutes=1)
    hearing = mismatched_order(engine)
    hearing_letter_sent(engine, "cdubois", hearing)
    clock.advance(minutes=1)
    return PrintQueue(attestation, decision, hearing)


def move_abroad(engine: Engine, order_id: int) -> None:
    """The order's delivery address in Paris: its decision or hearing letter goes international registered."""
    with engine.begin() as conn:
        conn.execute(text("UPDATE orders SET addr_country = 'FR', addr_swiss_zip_code = NULL, addr_foreign_zip_code "
                          "= '75001', addr_town = 'Paris', addr_street = 'Rue de Rivoli', addr_house_number = '12' "
                          "WHERE id = :i"), {"i": order_id})  # fmt: skip


def ready_to_ship(engine: Engine, product: str = "B") -> int:
    """An attestation approved to go by ``product`` (B, A, R: registered), printed: ready to ship."""
    order_id = approved_order(engine, product=product)
    printed(engine, order_id)
    return order_id


def decision_ready_abroad(engine: Engine) -> int:
    """A refusal whose applicant lives in Paris, its decision printed: ready to ship, international registered."""
    order_id, _decision_id = issued_decision(engine)
    move_abroad(engine, order_id)
    printed(engine, order_id)
    return order_id


def shipped_registered(engine: Engine, item_number: str = DOMESTIC_ITEM) -> int:
    """An attestation approved to go registered, printed and shipped with ``item_number`` today."""
    order_id = approved_order(engine, product="R")
    shipped_order(engine, order_id, item_number)
    return order_id


class Deadline(NamedTuple):
    order_id: int
    number: str  # the decision's number, as issued


def decisions_shipped(engine: Engine, count: int) -> list[Deadline]:
    """``count`` refusals issued and their decisions shipped registered today (item numbers 98.40.000000.0000000n),
    not delivered yet: their appeal deadline has not started."""
    out = []
    for n in range(1, count + 1):
        order_id, decision_id = issued_decision(engine)
        shipped_order(engine, order_id, f"98.40.000000.{n:08d}")
        with Session(engine) as s:
            number = s.scalar(select(Decision.number).where(Decision.id == decision_id))
        assert number is not None
        out.append(Deadline(order_id, number))
    return out


def delivered(engine: Engine, clock: FixedClock, item_number: str, day: date) -> None:
    """The post's tracking file, imported on ``day``, says ``item_number`` was delivered that day."""
    clock.set(day)
    session_for(engine, "nfavre").mailroom.import_tracking(f"item_number,event,date\n{item_number},delivered,"
                                                           f"{day.isoformat()}\n")  # fmt: skip


# ---- reading the database back ------------------------------------------------------------------------------------


def reference_of(engine: Engine, order_id: int) -> str:
    return order_row(engine, order_id).reference


def shipments_of(engine: Engine, order_id: int) -> list[Shipment]:
    """The order's shipments, oldest first (detached)."""
    with Session(engine) as s:
        return list(s.scalars(select(Shipment).where(Shipment.order_id == order_id).order_by(Shipment.id)))


def hearing_letter_printed(engine: Engine, order_id: int) -> bool:
    with Session(engine) as s:
        printed_at = s.scalars(select(Document.printed_at).where(Document.order_id == order_id,
                                                                 Document.kind == "hearing_letter")).one()
    return printed_at is not None


def original_pages(engine: Engine, order_id: int) -> int:
    """The pages of what the order has to print: its attestation or hearing letter, or its issued decision."""
    with Session(engine) as s:
        pdf = s.scalars(select(Document.pdf).where(Document.order_id == order_id).order_by(Document.id.desc())
                        ).first() or s.scalar(select(Decision.pdf).where(Decision.order_id == order_id,
                                                                           Decision.status == "issued"))
    assert pdf is not None
    pages = count_pages(pdf)
    assert pages is not None
    return pages
