"""The shipments of phase 1's granted orders: registered item numbers (Swiss Post domestic, UPU S10 abroad), and a
granted order's way through the mail room after its approval — printed, shipped the same day and, for tracked
products once the post reported it, delivered (a delivery attempt first for some) — with its ``shipments`` and
``tracking_events`` rows."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from ocpm_desk.demo.bulk import BulkWriter, Row, geneva_to_utc
from ocpm_desk.demo.histories import Histories, Step
from ocpm_desk.demo.staff import MAIL
from ocpm_desk.kernel.calendar import notification_date
from ocpm_desk.kernel.identifiers import is_valid_domestic_item_number, is_valid_s10, s10_check_digit
from ocpm_desk.kernel.lifecycle import Status
from ocpm_desk.kernel.notes import Code
from ocpm_desk.kernel.notes import note as stored

_ATTEMPT_SHARE = 0.2  # registered items first found nobody at home
_FRANKING = "117063"  # the office's Swiss Post customer number in its domestic item numbers
_BULK_SERIAL = 10_000_000  # item serial numbers: the bulk load's from here, the mail-room work's from SERVICE_SERIAL
SERVICE_SERIAL = 90_000_000


def item_number(serial: int, international: bool) -> str:
    digits = f"{serial:08d}"
    number = f"RR{digits}{s10_check_digit(digits)}CH" if international else f"98.40.{_FRANKING}.{digits}"
    assert (is_valid_s10 if international else is_valid_domestic_item_number)(number), number
    return number


class BulkShipments:
    """The shipments and tracking events of the granted orders of phase 1, kept until the orders' chunk is written
    (``flush``). ``products`` maps a postal product to (registered, international, tracked)."""

    def __init__(self, writer: BulkWriter, rng: random.Random, today: date,
                 products: dict[str, tuple[bool, bool, bool]], histories: Histories) -> None:
        self.writer = writer
        self.rng = rng
        self.today = today
        self.products = products
        self.histories = histories
        self.shipment_rows: list[Row] = []
        self.tracking_rows: list[Row] = []
        self.item_serial = 0

    def _item_number(self, international: bool) -> str:
        """A registered item's number, unique: Swiss Post domestic, or UPU S10 abroad (check digit included)."""
        self.item_serial += 1
        return item_number(_BULK_SERIAL + self.item_serial, international)

    def mail_room(self, row: Row, steps: list[Step], gap: int) -> None:
        """A granted order's way through the mail room, after its approval: printed (``gap`` working days later),
        shipped the same day, and — tracked products only, once the post reports it — delivered. Appends the
        steps and writes the shipment (and its tracking events)."""
        rng = self.rng
        product = str(row["delivery_product"])
        registered, international, tracked = self.products[product]
        printed = self.histories.next_moment(steps[-1].at, gap)
        steps.append(Step(Status.READY_TO_SHIP, MAIL, printed, stored(
            "history.printed_daily", date=printed.date())))
        shipped = self.histories.next_moment(printed, 0)
        number = self._item_number(international) if registered else None
        steps.append(Step(Status.SHIPPED, MAIL, shipped, stored(
            "history.shipped_numbered", product=Code("product", product), number=number) if number else stored(
            "history.shipped", product=Code("product", product))))
        shipment_id = self.writer.new_id("shipments")
        shipment: Row = {
            "id": shipment_id, "order_id": row["id"], "content": "attestation", "product": product,
            "item_number": number, "shipped_at": geneva_to_utc(shipped), "shipped_by": MAIL, "status": "shipped",
            "return_reason": None, "first_attempt_on": None, "delivered_on": None, "notified_on": None,
            "deposit_list_id": None,
        }
        self.shipment_rows.append(shipment)
        if not tracked or number is None:
            return  # the post reports nothing of an unregistered letter: it stays shipped
        index = self.histories.working_after(shipped.date(), rng.randint(3, 8) if international else 1)
        attempt = self.histories.working_days[index]
        if attempt <= shipped.date() or attempt >= self.today:
            return  # on its way
        collected = attempt
        if rng.random() < _ATTEMPT_SHARE:  # nobody at home: a notice, collected at the post office later
            shipment["first_attempt_on"] = attempt
            self._tracking(shipment_id, number, attempt, "attempted")
            collected = attempt + timedelta(days=rng.randint(1, 6))
            if collected >= self.today:
                return  # still waiting at the post office
        shipment.update(status="delivered", delivered_on=collected, notified_on=notification_date(attempt, collected))
        self._tracking(shipment_id, number, collected, "delivered")
        imported = self.histories.next_moment(max(datetime.combine(collected, time(12)), shipped), 1)
        steps.append(Step(Status.DELIVERED, MAIL, imported, stored(
            "history.delivered", date=collected, item=number)))

    def _tracking(self, shipment_id: int, number: str, day: date, event: str) -> None:
        self.tracking_rows.append({
            "id": self.writer.new_id("tracking_events"), "shipment_id": shipment_id, "item_number": number,
            "occurred_at": geneva_to_utc(datetime.combine(day, time(12))), "event": event, "detail": None,
            "recorded_by": MAIL,
        })

    def flush(self) -> None:
        """Write the shipments and tracking events kept so far (after their orders)."""
        self.writer.insert("shipments", self.shipment_rows)
        self.writer.insert("tracking_events", self.tracking_rows)
        self.shipment_rows.clear()
        self.tracking_rows.clear()
