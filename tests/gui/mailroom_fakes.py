"""The mail room's part of the fake ``DeskSession`` (``FakeCasework`` mixes it in, so every ``FakeSession`` has it).

Its orders are its own (``mail_orders``, references ED-2026-00000101…): the print queue, the envelopes ready to
ship, their shipments and the decisions' appeal deadlines, with the services' checks that the screens must show
(item numbers validated and used once, a registered item needs one). ``print_gate`` holds ``print_batch`` until
the test sets it. Every call records its thread (``_enter``) and its arguments (``mail_calls``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from ocpm_desk.features.accounts.api import StaffIdentity
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
from ocpm_desk.kernel.errors import DomainError, PermissionDenied
from ocpm_desk.kernel.identifiers import is_valid_domestic_item_number, is_valid_s10
from ocpm_desk.kernel.lifecycle import Status
from ocpm_desk.kernel.permissions import Permission, has_permission
from ocpm_desk.kernel.phrases import Phrase

SHIPPED_AT = datetime(2026, 3, 12, 10, 15, tzinfo=UTC)
#: A valid Swiss domestic registered item number and a valid S10 one (check digit 5).
DOMESTIC_ITEM = "98.40.123456.12345678"
S10_ITEM = "RR123456785CH"
PRINTERS = (PrinterChoice("courrier-hp", True, True), PrinterChoice("etage2-kyocera", False, True),
            PrinterChoice("ancienne-lexmark", False, False))  # fmt: skip


def pages_pdf(pages: list[list[str]]) -> bytes:
    """An A4 PDF of ``len(pages)`` pages of Helvetica text, written by hand (safe on any thread)."""

    def escaped(text: str) -> bytes:
        raw = text.encode("cp1252", "replace")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    n = len(pages)
    kids = b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(n))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n]
    font = 3 + 2 * n
    for i, lines in enumerate(pages):
        content = b"BT /F1 11 Tf 56 780 Td 14 TL " + b" ".join(b"(" + escaped(t) + b") '" for t in lines) + b" ET"
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R "
                       b">> >> /Contents %d 0 R >>" % (font, 4 + 2 * i))  # fmt: skip
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


@dataclass
class MailOrder:
    order_id: int
    reference: str
    version: int
    status: Status
    content: str
    addressee: str
    address_lines: tuple[str, ...]
    product: str
    product_label: str
    registered: bool
    international: bool
    postage_centimes: int
    key: str


def demo_mail_orders() -> dict[str, MailOrder]:
    """Three envelopes printed and ready to ship (B-mail, registered, registered abroad), three waiting to print."""
    def order(n: int, status: Status, content: str, name: str, lines: tuple[str, ...], product: str,
              key: str) -> MailOrder:  # fmt: skip
        label, registered, abroad, price = {
            "B": ("Courrier B", False, False, 0), "A": ("Courrier A", False, False, 120),
            "R": ("Lettre recommandée", True, False, 620), "INT-R": ("Recommandé international", True, True, 900),
        }[product]  # fmt: skip
        return MailOrder(n, f"ED-2026-{n:08d}", 5, status, content, name, (name, *lines), product, label,
                         registered, abroad, price, key)  # fmt: skip

    orders = [
        order(101, Status.READY_TO_SHIP, "attestation", "Madame Anne Dupont", ("Rue de Carouge 12", "1205 Genève"),
              "B", "document:201"),
        order(102, Status.READY_TO_SHIP, "attestation", "Monsieur Luc Martin", ("Route de Chêne 3",
              "1224 Chêne-Bougeries"), "R", "document:202"),
        order(103, Status.READY_TO_SHIP, "decision", "Monsieur Paul Favre", ("12 rue de Rivoli", "75001 Paris",
              "FRANCE"), "INT-R", "decision:31"),
        order(104, Status.APPROVED, "attestation", "Madame Léa Bonvin", ("Avenue de Champel 8", "1206 Genève"),
              "A", "document:204"),
        order(105, Status.REFUSED, "decision", "Monsieur Karl Keller", ("Quai Wilson 47", "1201 Genève"), "R",
              "decision:32"),
        order(106, Status.ON_HOLD, "hearing_letter", "Madame Inès Rochat", ("Chemin des Crêts 5", "1218 Le Grand-"
              "Saconnex"), "R", "document:206"),
    ]  # fmt: skip
    return {o.reference: o for o in orders}


class FakeMailroom:
    """Mixed into ``FakeSession`` (through ``FakeCasework``); uses its ``_identity`` and ``_enter``."""

    _identity: StaffIdentity

    def _enter(self, name: str) -> None: ...  # FakeSession's

    def _init_mailroom(self) -> None:
        self.mail_orders = demo_mail_orders()
        self.printer_choices: list[PrinterChoice] = list(PRINTERS)
        self.mail_calls: list[tuple[str, tuple[Any, ...]]] = []
        self.mail_fail_next: dict[str, BaseException] = {}  # method → raised once
        self.print_gate: threading.Event | None = None  # holds print_batch until set
        self.printed_pdfs: list[str] = []  # files written by print_batch to a "file" destination
        self.shipments_made: list[ShipmentView] = []
        self.used_items: set[str] = {"98.40.000000.00000001"}
        self.deposit_lists: dict[date, DepositListView] = {}
        self.deadlines: list[AppealDeadline] = [
            AppealDeadline(31, "2026-0031", 103, "ED-2026-00000103", None, None, None, "not_notified", None),
            AppealDeadline(28, "2026-0028", 90, "ED-2026-00000090", date(2026, 2, 2), date(2026, 2, 4),
                           date(2026, 3, 6), "over", None),
            AppealDeadline(29, "2026-0029", 91, "ED-2026-00000091", date(2026, 2, 20), date(2026, 2, 23),
                           date(2026, 3, 25), "running", 13),
            AppealDeadline(30, "2026-0030", 92, "ED-2026-00000092", date(2026, 3, 2), date(2026, 3, 9),
                           date(2026, 3, 16), "running", 4),
        ]  # fmt: skip

    def _mail(self, name: str, args: tuple[Any, ...], permission: Permission) -> None:
        self._enter(name)
        self.mail_calls.append((name, args))
        if not has_permission(self._identity.roles, permission):
            raise PermissionDenied(self._identity.username, permission.value)
        failure = self.mail_fail_next.pop(name, None)
        if failure is not None:
            raise failure

    def mail_calls_of(self, name: str) -> list[tuple[Any, ...]]:
        return [args for call, args in self.mail_calls if call == name]

    # ---- printing

    def _printable(self) -> list[MailOrder]:
        return [o for o in self.mail_orders.values()
                if o.status in (Status.APPROVED, Status.REFUSED, Status.ON_HOLD) and not o.key.endswith(":printed")]

    def print_queue(self) -> list[PrintItem]:
        self._mail("print_queue", (), Permission.PRINT_DOCUMENTS)
        created = datetime(2026, 3, 12, 8, 0, tzinfo=UTC)
        return [PrintItem(o.key, o.order_id, o.reference, o.content, o.addressee, o.address_lines[-1], o.product,
                          o.product_label, o.registered, created) for o in self._printable()]  # fmt: skip

    def printers(self) -> list[PrinterChoice]:
        self._mail("printers", (), Permission.PRINT_DOCUMENTS)
        return list(self.printer_choices)

    def _by_key(self, keys: list[str]) -> list[MailOrder]:
        by_key = {o.key: o for o in self._printable()}
        missing = [k for k in keys if k not in by_key]
        if missing:
            raise DomainError(f"{missing[0]} is no longer waiting to be printed")
        return [by_key[k] for k in keys]

    def print_preview(self, keys: list[str]) -> bytes:
        self._mail("print_preview", (list(keys),), Permission.PRINT_DOCUMENTS)
        return pages_pdf([[o.content.upper(), o.reference, *o.address_lines] for o in self._by_key(keys)])

    def _mark(self, orders: list[MailOrder], job_id: str, destination: str) -> PrintOutcome:
        ready, hearings = [], []
        for o in orders:
            if o.status is Status.ON_HOLD:
                hearings.append(o.reference)
                o.key = o.key + ":printed"
            else:
                o.status = Status.READY_TO_SHIP
                o.version += 1
                ready.append(o.reference)
        return PrintOutcome(job_id, destination, len(orders), len(orders), tuple(ready), tuple(hearings))

    def print_batch(self, keys: list[str], destination: PrintDestination) -> PrintOutcome:
        self._mail("print_batch", (list(keys), destination), Permission.PRINT_DOCUMENTS)
        if self.print_gate is not None and not self.print_gate.wait(10):
            raise TimeoutError("print_batch: the test never opened the gate")
        orders = self._by_key(keys)
        if destination.kind == "cups":
            choice = next((p for p in self.printer_choices if p.name == destination.name), None)
            if choice is None or not choice.accepting:
                raise DomainError(f"the printer {destination.name} does not accept jobs")
            return self._mark(orders, f"{destination.name}-{len(self.mail_calls)}", destination.name)
        with open(destination.name, "wb") as out:
            out.write(pages_pdf([[o.reference] for o in orders]))
        self.printed_pdfs.append(destination.name)
        name = destination.name.rsplit("/", 1)[-1]
        return self._mark(orders, name, destination.name)

    def mark_printed(self, keys: list[str], job_id: str, destination: str) -> PrintOutcome:
        self._mail("mark_printed", (list(keys), job_id, destination), Permission.PRINT_DOCUMENTS)
        return self._mark(self._by_key(keys), job_id, destination)

    # ---- shipping

    def _scan_item(self, o: MailOrder) -> ScanItem:
        return ScanItem(o.order_id, o.reference, o.version, o.status, o.content, o.address_lines, o.product,
                        o.product_label, o.registered, o.international, o.postage_centimes, o.registered)

    def scan(self, code: str) -> ScanItem:
        self._mail("scan", (code,), Permission.MARK_SHIPPED)
        order = self.mail_orders.get(code.strip())
        if order is None:
            raise DomainError(f"no order {code} is known to the mail room")
        if order.status is not Status.READY_TO_SHIP:
            raise DomainError(f"order {order.reference} is not ready to ship")
        return self._scan_item(order)

    def ship(self, order_id: int, version: int, item_number: str | None) -> ShipmentView:
        self._mail("ship", (order_id, version, item_number), Permission.MARK_SHIPPED)
        order = next(o for o in self.mail_orders.values() if o.order_id == order_id)
        if order.version != version or order.status is not Status.READY_TO_SHIP:
            raise DomainError(f"order {order.reference} is not ready to ship")
        if order.registered:
            if not item_number:
                raise DomainError(f"order {order.reference} goes registered: scan its item number")
            if not (is_valid_domestic_item_number(item_number) or is_valid_s10(item_number)):
                raise DomainError(f"{item_number} is not a registered item number (98.xx.xxxxxx.xxxxxxxx or S10)")
            if item_number in self.used_items:
                raise DomainError(f"item number {item_number} is already used by another shipment")
            self.used_items.add(item_number)
        elif item_number:
            raise DomainError(f"order {order.reference} does not go registered: it has no item number")
        order.status = Status.SHIPPED
        order.version += 1
        shipment = ShipmentView(len(self.shipments_made) + 1, order.order_id, order.reference, order.content,
                                order.product, item_number, SHIPPED_AT, "shipped", None, None, None, None)
        self.shipments_made.append(shipment)
        return shipment

    def record_return(self, code: str, reason: str, note: str = "") -> ShipmentView:
        self._mail("record_return", (code, reason, note), Permission.RECORD_RETURN)
        for i, shipment in enumerate(self.shipments_made):
            if code in (shipment.reference, shipment.item_number) and shipment.status == "shipped":
                self.shipments_made[i] = returned = replace(shipment, status="returned", return_reason=reason)
                self.mail_orders[shipment.reference].status = Status.RETURNED
                return returned
        raise DomainError(f"no shipped item {code} to record a return for")

    def import_tracking(self, csv_text: str) -> TrackingImport:
        self._mail("import_tracking", (csv_text,), Permission.RECORD_DELIVERY)
        lines = [line for line in csv_text.splitlines() if line.strip()]
        known = {s.item_number for s in self.shipments_made if s.item_number}
        recorded = delivered = 0
        unknown: list[str] = []
        rejected: list[Phrase] = []
        for number, line in enumerate(lines, start=1):
            parts = [p.strip() for p in line.split(",")]
            if len(parts) != 3:
                rejected.append(Phrase("line {line}: expected item number, event, date", line=number))  # the service's
                continue
            item, event, _day = parts
            if item not in known:
                unknown.append(item)
                continue
            recorded += 1
            delivered += event == "delivered"
        return TrackingImport(len(lines), recorded, delivered, tuple(unknown), tuple(rejected))

    def deposit_list(self, day: date) -> DepositListView:
        self._mail("deposit_list", (day,), Permission.DEPOSIT_LIST)
        if day not in self.deposit_lists:
            items = sum(1 for s in self.shipments_made if s.item_number)
            self.deposit_lists[day] = DepositListView(len(self.deposit_lists) + 1, day, items, "ab12" * 16,
                                                      SHIPPED_AT, self._identity.username)  # fmt: skip
        return self.deposit_lists[day]

    def deposit_list_pdf(self, deposit_list_id: int) -> bytes:
        self._mail("deposit_list_pdf", (deposit_list_id,), Permission.DEPOSIT_LIST)
        view = next(v for v in self.deposit_lists.values() if v.deposit_list_id == deposit_list_id)
        numbers = [s.item_number or "" for s in self.shipments_made if s.item_number]
        return pages_pdf([["LISTE DE DEPOT", view.day.isoformat(), *numbers]])

    # ---- deadlines

    def appeal_deadlines(self) -> list[AppealDeadline]:
        self._mail("appeal_deadlines", (), Permission.DECIDE_REFUSAL)
        return list(self.deadlines)

    def shipment_for_status(self, order_id: int, reference: str, status: Status) -> ShipmentView:
        """A shipment as the services would have recorded it for an order of the queues already shipped."""
        state = {Status.DELIVERED: "delivered", Status.RETURNED: "returned"}.get(status, "shipped")
        shipped = SHIPPED_AT - timedelta(days=6)
        return ShipmentView(900 + order_id, order_id, reference, "attestation", "R", "98.40.123456.00000042",
                            shipped, state, "unknown_address" if state == "returned" else None, None,
                            date(2026, 3, 9) if state == "delivered" else None,
                            date(2026, 3, 9) if state == "delivered" else None)  # fmt: skip
