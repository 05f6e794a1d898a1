"""The page of one order (DESIGN §6): the summary, the applicant and the person concerned beside the population
register, the legal conditions with their evidence and overrides, the decision and hearing, delivery and payment,
the shipments (once read) and the history.

An ``OrderPage`` is built from one ``OrderDetail`` and never changes: the order screen builds a new page when the
order comes back (after a load or an action). It lays out the sections of ``order_facts``, ``order_conditions``,
``order_decisions`` and ``order_tables``, and keeps their widgets the screen and the tests look at. Colour is never
the only signal: every highlight has its words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from ocpm_desk.features.casework.api import OrderDetail
from ocpm_desk.gui.casework.order_conditions import ConditionsPanel, conditions_heading
from ocpm_desk.gui.casework.order_decisions import DecisionSection, OpenDecision
from ocpm_desk.gui.casework.order_facts import PaymentCard, PersonCard, SummaryCard, delivery_card
from ocpm_desk.gui.casework.order_tables import history_table, row_texts, shipments_table
from ocpm_desk.gui.widgets import section_heading, spaced

if TYPE_CHECKING:
    # the mail room's shipments of the order, read after the page (through the session's mailroom API)
    from ocpm_desk.features.mailroom.api import ShipmentView


class OrderPage(QWidget):
    def __init__(self, detail: OrderDetail, condition_buttons: Sequence[QWidget], parent: QWidget | None = None,
                 *, open_decision: OpenDecision | None = None) -> None:  # fmt: skip
        """``condition_buttons`` (the screen's "evaluate" and "tick" buttons) sit in the conditions' heading;
        ``open_decision(decision_id, copy)`` opens an issued decision's PDF (the original, or a copy)."""
        super().__init__(parent)
        self.setObjectName("orderBody")
        self.detail = detail
        column = spaced(QVBoxLayout(self), 12, (0, 0, 12, 12))
        summary = SummaryCard(detail, self)
        self.status_value, self.assignee_value, self.clock_value = (summary.status_value, summary.assignee_value,
                                                                    summary.clock_value)  # fmt: skip
        self.removed_label, self.return_label, self.hold_label = (summary.removed_label, summary.return_label,
                                                                  summary.hold_label)  # fmt: skip
        column.addWidget(summary)
        column.addWidget(section_heading(self.tr("Applicant and person concerned"), self))
        column.addLayout(self._people(detail))
        column.addLayout(conditions_heading(self, condition_buttons))
        conditions = ConditionsPanel(detail, self)
        self.blockers_label, self.condition_cards = conditions.blockers_label, conditions.condition_cards
        column.addWidget(conditions)
        self.decision_section: DecisionSection | None = None
        self.hearing_value: QLabel | None = None
        self.decision_cards: dict[int, QFrame] = {}
        if detail.hearing is not None or detail.decisions or detail.return_comment:
            column.addWidget(section_heading(self.tr("Decision and hearing"), self))
            self.decision_section = DecisionSection(detail, self, open_decision)
            self.hearing_value = self.decision_section.hearing_value
            self.decision_cards = self.decision_section.decision_cards
            column.addWidget(self.decision_section)
        column.addWidget(section_heading(self.tr("Delivery and payment"), self))
        delivery_payment = QHBoxLayout()
        delivery_payment.setSpacing(12)
        delivery_payment.addWidget(delivery_card(detail, self), 1)
        payment = PaymentCard(detail, self)
        self.vat_label = payment.vat_label
        delivery_payment.addWidget(payment, 1)
        column.addLayout(delivery_payment)
        self.shipments_table: QTableView | None = None
        self._history_heading = section_heading(self.tr("History"), self)
        column.addWidget(self._history_heading)
        self.history_table = history_table(detail.history, self)
        column.addWidget(self.history_table)
        column.addStretch(1)

    def _people(self, d: OrderDetail) -> QVBoxLayout:
        stack = QVBoxLayout()
        stack.setSpacing(12)
        self.person_tables: dict[str, QTableView] = {}
        for person in d.people:
            card = PersonCard(person, self, alone=len(d.people) == 1 and person.role == "applicant")
            self.person_tables[person.role] = card.table
            stack.addWidget(card)
        return stack

    # shipments (loaded after the page: ``show_shipments``)

    def _insert_before_history(self, widgets: Sequence[QWidget]) -> None:
        column = self.layout()
        assert isinstance(column, QVBoxLayout)
        at = column.indexOf(self._history_heading)
        for offset, widget in enumerate(widgets):
            column.insertWidget(at + offset, widget)

    def show_shipments(self, shipments: Sequence[ShipmentView]) -> None:
        if not shipments or self.shipments_table is not None:
            return
        self.shipments_table = shipments_table(shipments, self)
        self._insert_before_history([section_heading(self.tr("Shipments"), self), self.shipments_table])

    def show_shipments_failure(self, text: str) -> None:
        label = QLabel(self.tr("The shipments could not be loaded: {reason}").format(reason=text), self)
        label.setObjectName("shipmentsFailure")
        label.setWordWrap(True)
        self._insert_before_history([section_heading(self.tr("Shipments"), self), label])

    # the tables' texts, as shown (tests read them here)

    def person_rows(self, role: str) -> list[list[str]]:
        """The comparison of ``role`` ("applicant", "concerned"): field, in the order, in the register, verdict."""
        table = self.person_tables[role]
        return [row_texts(table, r) for r in range(table.model().rowCount())]

    def history_rows(self) -> list[list[str]]:
        """The history: date and time, by, action, status, note."""
        return [row_texts(self.history_table, r) for r in range(self.history_table.model().rowCount())]

    def shipment_rows(self) -> list[list[str]]:
        """The shipments as listed (none before they are read): content, product, item number, shipped, status,
        return reason, delivered on, notified on, appeal deadline."""
        table = self.shipments_table
        return [] if table is None else [row_texts(table, r) for r in range(table.model().rowCount())]
