"""The facts of an order's page: its summary (reference, status, assignee, service, dates, delivery clock, and the
banners of a removed service, a returned proposal, a hold), each person beside the population register, the
delivery and the payment.

Each is a card built once from the ``OrderDetail``; the texts keep the order page's translation context
("OrderPage"). Colour is never the only signal: every highlight has its words.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QSizePolicy, QWidget

from ocpm_desk.features.casework.api import OrderDetail, PersonComparison
from ocpm_desk.gui.casework.order_cards import Card, field_name, pair_grid, value_label
from ocpm_desk.gui.casework.order_tables import comparison_table
from ocpm_desk.gui.casework.queue_model import CLOCK_COLOURS, CLOCK_TINTS
from ocpm_desk.gui.formatting import format_chf, format_date, format_percent, geneva_moment
from ocpm_desk.gui.labels import CodeLabels, clock_explanation, clock_label, local, status_label
from ocpm_desk.gui.stored_text import person_role_label, register_fact, stored_text
from ocpm_desk.gui.widgets import named
from ocpm_desk.kernel.phrases import QT_TRANSLATE_NOOP


def _has_vat(rate: str) -> bool:
    try:
        return Decimal(rate.strip() or "0") != 0
    except InvalidOperation:
        return False


_outcome = CodeLabels("OrderPage", {
    "granted": QT_TRANSLATE_NOOP("OrderPage", "granted"),
    "refused": QT_TRANSLATE_NOOP("OrderPage", "refused"),
    "withdrawn": QT_TRANSLATE_NOOP("OrderPage", "withdrawn (the fee is kept)"),
    "cancelled": QT_TRANSLATE_NOOP("OrderPage", "cancelled before payment"),
})


def _banner(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


class SummaryCard(Card):
    """Reference, status, assignee, service, dates and the delivery clock; below them what the user must know first
    (a service no longer offered, a proposal returned by the supervisor, a hold)."""

    def __init__(self, d: OrderDetail, parent: QWidget) -> None:
        super().__init__(parent)
        service = f"{d.service_code} — {local(d.service_label)}"
        self.status_value = value_label(status_label(d.status), self, "orderStatus")
        self.assignee_value = value_label(d.assigned_to or QCoreApplication.translate("OrderPage", "not assigned"),
                                          self, "orderAssignee")  # fmt: skip
        self.clock_value = self._clock_label(d)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        cells: list[tuple[int, int, str, QWidget, int]] = [
            (0, 0, QCoreApplication.translate("OrderPage", "Reference"), value_label(d.reference, self,
                                                                                    "orderReference"), 1),
            (0, 1, QCoreApplication.translate("OrderPage", "Status"), self.status_value, 1),
            (0, 2, QCoreApplication.translate("OrderPage", "Assigned to"), self.assignee_value, 1),
            (1, 0, QCoreApplication.translate("OrderPage", "Service"), value_label(service, self, "orderService"), 3),
            (2, 0, QCoreApplication.translate("OrderPage", "Ordered on"), value_label(geneva_moment(d.ordered_at),
                                                                                     self), 1),
            (2, 1, QCoreApplication.translate("OrderPage", "Paid on"), value_label(geneva_moment(d.paid_at), self), 1),
            (2, 2, QCoreApplication.translate("OrderPage", "Delivery clock"), self.clock_value, 1),
        ]  # fmt: skip
        if d.outcome:
            cells.append((3, 0, QCoreApplication.translate("OrderPage", "Outcome"),
                          value_label(_outcome(d.outcome), self, "orderOutcome"), 3))  # fmt: skip
        for row, col, name, widget, span in cells:
            grid.addWidget(field_name(name, self, widget), row, col * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(widget, row, col * 2 + 1, 1, span * 2 - 1, Qt.AlignmentFlag.AlignTop)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)
        self.column.addLayout(grid)
        self.removed_label: QLabel | None = None
        if d.service_removed:
            self.removed_label = _banner(QCoreApplication.translate(
                "OrderPage", "⚠ This service is no longer offered. Orders already placed are processed to the end "
                "(general terms, G4)."), self, "serviceRemoved")  # fmt: skip
            self.column.addWidget(self.removed_label)
        self.return_label: QLabel | None = None
        if d.return_comment:
            self.return_label = _banner(QCoreApplication.translate(
                "OrderPage", "⚠ Refusal proposal returned by the supervisor: {comment}").format(
                    comment=d.return_comment), self, "returnBanner")  # fmt: skip
            self.return_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.column.addWidget(self.return_label)
        self.hold_label: QLabel | None = None
        if d.hold_reason or d.hold_until:
            self.hold_label = _banner(QCoreApplication.translate("OrderPage", "On hold: {reason} — follow-up on {date}")
                                      .format(reason=stored_text(d.hold_reason) or "—",
                                              date=format_date(d.hold_until) if d.hold_until else "—"),
                                      self, "holdInfo")  # fmt: skip
            self.column.addWidget(self.hold_label)

    def _clock_label(self, d: OrderDetail) -> QLabel:
        if d.clock is None or d.working_days is None:
            label = value_label(QCoreApplication.translate(
                "OrderPage", "— (the clock runs only for paid orders not yet decided)"), self)
            label.setObjectName("orderClock")
            return label
        bucket = d.clock.value
        if d.working_days == 1:
            days = QCoreApplication.translate("OrderPage", "1 working day")
        else:
            days = QCoreApplication.translate("OrderPage", "{count} working days").format(count=d.working_days)
        label = named(QLabel(f"{days} · {clock_label(bucket)}", self), "orderClock")
        label.setToolTip(f"{clock_label(bucket)}: {clock_explanation(bucket)}")
        label.setStyleSheet(f"color: {CLOCK_COLOURS[bucket]}; background: {CLOCK_TINTS[bucket]}; "
                            "border-radius: 3px; padding: 1px 6px; font-weight: 600;")  # fmt: skip
        label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        return label


class PersonCard(Card):
    """One person of the order beside the register (``table``), and what the register says of them."""

    def __init__(self, person: PersonComparison, parent: QWidget, *, alone: bool = False) -> None:
        title = person_role_label(person.role)
        if alone:
            title = QCoreApplication.translate("OrderPage", "Applicant, who is also the person concerned")
        super().__init__(parent, title)
        self.setAccessibleName(person_role_label(person.role))
        if not person.found_in_register:
            missing = QLabel(QCoreApplication.translate(
                "OrderPage", "✗ Not found in the population register: nothing to compare with."), self)
            missing.setObjectName("notInRegister")
            missing.setWordWrap(True)
            self.column.addWidget(missing)
        self.table = comparison_table(person, self)
        self.column.addWidget(self.table)
        if person.register_facts:
            facts = value_label(" · ".join(register_fact(f) for f in person.register_facts), self, "registerFacts")
            self.column.addWidget(facts)
        self.column.addStretch(1)


def delivery_card(d: OrderDetail, parent: QWidget) -> Card:
    card = Card(parent, QCoreApplication.translate("OrderPage", "Delivery"))
    card.column.addWidget(value_label("\n".join(d.address_lines) or "—", card, "deliveryAddress"))
    product = value_label(d.delivery_product, card, "deliveryProduct")
    card.column.addLayout(pair_grid(card, [(QCoreApplication.translate("OrderPage", "Postal product"), product)], 1))
    card.column.addStretch(1)
    return card


class PaymentCard(Card):
    """Card, provider reference, date, fee (with its VAT when there is some), postage and total."""

    def __init__(self, d: OrderDetail, parent: QWidget) -> None:
        super().__init__(parent, QCoreApplication.translate("OrderPage", "Payment"))
        p = d.payment
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(4)
        rows = (
            (QCoreApplication.translate("OrderPage", "Card"), p.brand or "—", "paymentBrand"),
            (QCoreApplication.translate("OrderPage", "Provider reference"), p.provider_reference or "—",
             "paymentReference"),
            (QCoreApplication.translate("OrderPage", "Paid on"), geneva_moment(p.paid_at), "paymentPaidAt"),
            (QCoreApplication.translate("OrderPage", "Fee"), format_chf(p.fee_centimes), "paymentFee"),
        )  # fmt: skip
        for name, text, object_name in rows:
            self._row(form, name, text, object_name)
        self.vat_label: QLabel | None = None
        if _has_vat(p.vat_rate):  # the fee includes VAT (general terms ch. 5); postage is passed on as it is
            vat = QCoreApplication.translate("OrderPage", "of which VAT {rate}: {amount}").format(
                rate=format_percent(p.vat_rate), amount=format_chf(p.vat_centimes))
            self.vat_label = value_label(vat, self, "paymentVat")
            form.addRow("", self.vat_label)
        self._row(form, QCoreApplication.translate("OrderPage", "Postage"), format_chf(p.postage_centimes),
                  "paymentPostage")
        self._row(form, QCoreApplication.translate("OrderPage", "Total"), format_chf(p.total_centimes),
                  "paymentTotal")
        self.column.addLayout(form)
        self.column.addStretch(1)

    def _row(self, form: QFormLayout, name: str, text: str, object_name: str) -> None:
        label = field_name(name, self)
        form.addRow(label, value_label(text, self, object_name))
