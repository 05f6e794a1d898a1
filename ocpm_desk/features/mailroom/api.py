"""The mail room feature's API: print items, printers, scans, shipments, tracking imports, deposit lists, deadlines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from ocpm_desk.kernel.api import reads
from ocpm_desk.kernel.lifecycle import OrderState, Status
from ocpm_desk.kernel.phrases import Phrase


# ---- mail room: printing, shipping, returns, deliveries, deadlines, corrections --------------------------------
@dataclass(frozen=True, slots=True)
class PrintItem:
    """An original waiting to be printed ("À imprimer"): addresses, products and documents only (need to know)."""

    key: str  # "document:<id>" (attestation, hearing letter) or "decision:<id>": what print_batch() takes
    order_id: int
    reference: str
    content: str  # "attestation" | "decision" | "hearing_letter"
    addressee: str  # the name line of the address
    town: str  # "1205 Genève", or "75001 Paris (FRANCE)"
    product: str  # postal product code it will go with: decisions and hearing letters always registered
    product_label: str
    registered: bool
    created_at: datetime


@dataclass(frozen=True, slots=True)
class PrinterChoice:
    name: str
    is_default: bool
    accepting: bool


@dataclass(frozen=True, slots=True)
class PrintDestination:
    """Where a batch goes: a CUPS printer (``kind="cups"``) or a PDF file (``kind="file"``, ``name`` its path)."""

    kind: str
    name: str
    copies: int = 1


@dataclass(frozen=True, slots=True)
class PrintOutcome:
    job_id: str  # as the print system named the accepted job (the file name for a PDF file)
    destination: str
    documents: int
    pages: int | None
    ready_to_ship: tuple[str, ...]  # references of orders moved to ready_to_ship
    hearing_letters: tuple[str, ...]  # references whose hearing letter is now marked printed (status unchanged)


@dataclass(frozen=True, slots=True)
class ScanItem:
    """What a scanned order barcode (or returned item) stands for, as the mail room sees it."""

    order_id: int
    reference: str
    version: int
    status: Status
    content: str  # "attestation" | "decision" | "hearing_letter"
    address_lines: tuple[str, ...]
    product: str
    product_label: str
    registered: bool
    international: bool
    postage_centimes: int  # tariff of the product in force today (what OCPM pays for decisions and hearings)
    needs_item_number: bool  # registered: the clerk scans the item number before Enter


@dataclass(frozen=True, slots=True)
class ShipmentView:
    shipment_id: int
    order_id: int
    reference: str
    content: str
    product: str
    item_number: str | None
    shipped_at: datetime
    status: str  # "shipped" | "delivered" | "returned"
    return_reason: str | None
    first_attempt_on: date | None
    delivered_on: date | None
    notified_on: date | None


@dataclass(frozen=True, slots=True)
class TrackingImport:
    lines: int
    recorded: int  # events stored in tracking_events
    delivered: int  # shipments (and orders) marked delivered
    unknown_items: tuple[str, ...]  # item numbers no shipment has
    rejected: tuple[Phrase, ...]  # why a line was not read (its number, or the item), said by the GUI


@dataclass(frozen=True, slots=True)
class DepositListView:
    deposit_list_id: int
    day: date
    items: int
    sha256: str
    created_at: datetime
    created_by: str


@dataclass(frozen=True, slots=True)
class AppealDeadline:
    """A decision's notification and appeal deadline (DESIGN §4.3–4.4), for supervisors."""

    decision_id: int
    number: str
    order_id: int
    reference: str
    shipped_on: date | None
    notified_on: date | None  # None while not delivered nor attempted
    deadline: date | None
    state: str  # "not_notified" | "running" | "over"
    days_left: int | None  # calendar days until the deadline (0 = today); None when not notified


class MailroomApi(Protocol):
    """The mail room (``session.mailroom``): printing, shipping, returns, tracking, deposit lists, deadlines."""

    @reads
    def print_queue(self) -> list[PrintItem]: ...

    @reads
    def printers(self) -> list[PrinterChoice]:
        """The print system's printers, this workstation's default printer first."""
        ...

    def print_preview(self, keys: Sequence[str]) -> bytes: ...

    def print_batch(self, keys: Sequence[str], destination: PrintDestination) -> PrintOutcome: ...

    def mark_printed(self, keys: Sequence[str], job_id: str, destination: str) -> PrintOutcome: ...

    def scan(self, code: str) -> ScanItem: ...

    def ship(self, order_id: int, expected_version: int, item_number: str | None) -> ShipmentView: ...

    def record_return(self, code: str, reason: str, note: str = "") -> ShipmentView: ...

    def send_again(
        self, order_id: int, expected_version: int, address: dict[str, str | None] | None
    ) -> OrderState: ...

    def import_tracking(self, csv_text: str) -> TrackingImport: ...

    def deposit_list(self, day: date) -> DepositListView: ...

    def deposit_list_pdf(self, deposit_list_id: int) -> bytes: ...

    @reads
    def shipments(self, order_id: int) -> list[ShipmentView]: ...

    @reads
    def appeal_deadlines(self) -> list[AppealDeadline]: ...

    def record_correction(
        self, order_id: int, expected_version: int, received_on: date, description: str, attributable_to: str
    ) -> OrderState: ...
