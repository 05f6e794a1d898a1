"""The page of one order (DESIGN §6): the summary, the applicant and the person concerned beside the population
register, the legal conditions with their evidence and overrides, delivery and payment, and the history.

An ``OrderPage`` is built from one ``OrderDetail`` and never changes: the order screen builds a new page when the
order comes back (after a load or an action). Colour is never the only signal: every highlight has its words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ocpm_desk.features.casework.api import OrderAction, OrderDetail, PersonComparison
from ocpm_desk.features.mailroom.api import ShipmentView
from ocpm_desk.features.refusals.api import DecisionVersion
from ocpm_desk.gui.casework.queue_model import CLOCK_COLOURS, CLOCK_TINTS
from ocpm_desk.gui.formatting import format_chf, format_date, format_percent, geneva_moment
from ocpm_desk.gui.labels import clock_explanation, clock_label, local, status_label
from ocpm_desk.gui.stored_text import (
    condition_message,
    content_label,
    decision_status_label,
    evaluator_label,
    evidence_value,
    field_label,
    hearing_mode_label,
    hearing_text,
    history_action_label,
    history_note,
    person_role_label,
    register_fact,
    result_label,
    result_text,
    return_reason_label,
    rule_set_text,
    shipment_status_label,
    stored_text,
)
from ocpm_desk.gui.widgets import section_heading
from ocpm_desk.kernel.calendar import appeal_deadline
from ocpm_desk.kernel.lifecycle import Status

if TYPE_CHECKING:
    from ocpm_desk.features.casework.api import ConditionView

RESULT_COLOURS = {"met": ("#2e7d32", "#eaf4eb"), "not_met": ("#c62828", "#fbe9e9"),
                  "unknown": ("#b35f00", "#fdf1e1"), None: ("#1f4e79", "#e2eaf3")}  # fmt: skip
DIFFERS_TINT = "#fbe9e9"
DIFFERS_TEXT = "#c62828"


def _has_vat(rate: str) -> bool:
    try:
        return Decimal(rate.strip() or "0") != 0
    except InvalidOperation:
        return False


def blockers_text(d: OrderDetail) -> str:
    """Which mandatory conditions keep the order from being approved (said, while the order is in review, to those
    who work on it)."""
    works_the_case = d.actions & {OrderAction.TICK, OrderAction.EVALUATE, OrderAction.APPROVE}
    if not d.approve_blockers or d.status is not Status.IN_REVIEW or not works_the_case:
        return ""
    labels = {c.code: c.label for c in d.conditions}
    effective = {c.code: c.effective for c in d.conditions}
    names = "; ".join(QCoreApplication.translate("OrderPage", "“{condition}” ({result})").format(
        condition=labels.get(code, code), result=result_label(effective.get(code)).lower())
        for code in d.approve_blockers)  # fmt: skip
    return QCoreApplication.translate(
        "OrderPage", "Cannot be approved yet: these mandatory conditions are neither met nor overridden — "
        "{conditions}.").format(conditions=names)


class OrderPage(QWidget):
    def __init__(self, detail: OrderDetail, condition_buttons: Sequence[QWidget], parent: QWidget | None = None,
                 *, open_decision: Callable[[int, bool], None] | None = None) -> None:  # fmt: skip
        """``condition_buttons`` (the screen's "evaluate" and "tick" buttons) sit in the conditions' heading;
        ``open_decision(decision_id, copy)`` opens an issued decision's PDF (the original, or a copy)."""
        super().__init__(parent)
        self._open_decision = open_decision
        self.setObjectName("orderBody")
        self.detail = detail
        self._condition_buttons = list(condition_buttons)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 12, 12)
        column.setSpacing(12)
        column.addWidget(self._summary(detail))
        column.addWidget(section_heading(self.tr("Applicant and person concerned"), self))
        column.addLayout(self._people(detail))
        column.addLayout(self._conditions_heading())
        column.addWidget(self._conditions(detail))
        self.decision_section: QWidget | None = None
        if detail.hearing is not None or detail.decisions or detail.return_comment:
            column.addWidget(section_heading(self.tr("Decision and hearing"), self))
            self.decision_section = self._decision_part(detail)
            column.addWidget(self.decision_section)
        column.addWidget(section_heading(self.tr("Delivery and payment"), self))
        delivery_payment = QHBoxLayout()
        delivery_payment.setSpacing(12)
        delivery_payment.addWidget(self._delivery(detail), 1)
        delivery_payment.addWidget(self._payment(detail), 1)
        column.addLayout(delivery_payment)
        self.shipments_table: QTableWidget | None = None
        self._history_heading = section_heading(self.tr("History"), self)
        column.addWidget(self._history_heading)
        self.history_table = self._history(detail)
        column.addWidget(self.history_table)
        column.addStretch(1)

    def _card(self, title: str = "") -> tuple[QFrame, QVBoxLayout]:
        card = QFrame(self)
        card.setObjectName("orderCard")
        column = QVBoxLayout(card)
        column.setContentsMargins(14, 10, 14, 12)
        column.setSpacing(6)
        if title:
            heading = QLabel(title, card)
            heading.setObjectName("cardTitle")
            column.addWidget(heading)
        return card, column

    @staticmethod
    def _value(text: str, parent: QWidget, name: str = "") -> QLabel:
        label = QLabel(text, parent)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if name:
            label.setObjectName(name)
        return label

    def _pair_grid(self, parent: QWidget, pairs: Iterable[tuple[str, QWidget] | None], columns: int = 2
                   ) -> QGridLayout:  # fmt: skip
        """Name/value pairs, ``columns`` pairs a row; a ``None`` pair moves on to the next row."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        row = col = 0
        for pair in pairs:
            if pair is None or col == columns:
                row, col = row + 1, 0
                if pair is None:
                    continue
            name, widget = pair
            label = QLabel(name, parent)
            label.setObjectName("fieldName")
            label.setBuddy(widget)
            grid.addWidget(label, row, col * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(widget, row, col * 2 + 1, Qt.AlignmentFlag.AlignTop)
            col += 1
        for c in range(columns):
            grid.setColumnStretch(c * 2 + 1, 1)
        return grid

    def _summary(self, d: OrderDetail) -> QWidget:
        card, column = self._card()
        service = f"{d.service_code} — {local(d.service_label)}"
        self.status_value = self._value(status_label(d.status), card, "orderStatus")
        self.assignee_value = self._value(d.assigned_to or self.tr("not assigned"), card, "orderAssignee")
        self.clock_value = self._clock_label(d, card)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        cells: list[tuple[int, int, str, QWidget, int]] = [
            (0, 0, self.tr("Reference"), self._value(d.reference, card, "orderReference"), 1),
            (0, 1, self.tr("Status"), self.status_value, 1),
            (0, 2, self.tr("Assigned to"), self.assignee_value, 1),
            (1, 0, self.tr("Service"), self._value(service, card, "orderService"), 3),
            (2, 0, self.tr("Ordered on"), self._value(geneva_moment(d.ordered_at), card), 1),
            (2, 1, self.tr("Paid on"), self._value(geneva_moment(d.paid_at), card), 1),
            (2, 2, self.tr("Delivery clock"), self.clock_value, 1),
        ]
        if d.outcome:
            cells.append((3, 0, self.tr("Outcome"), self._value(self._outcome(d.outcome), card, "orderOutcome"), 3))
        for row, col, name, widget, span in cells:
            label = QLabel(name, card)
            label.setObjectName("fieldName")
            label.setBuddy(widget)
            grid.addWidget(label, row, col * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(widget, row, col * 2 + 1, 1, span * 2 - 1, Qt.AlignmentFlag.AlignTop)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)
        column.addLayout(grid)
        self.removed_label = None
        if d.service_removed:
            self.removed_label = QLabel(
                self.tr("⚠ This service is no longer offered. Orders already placed are processed to the end "
                        "(general terms, G4)."), card)  # fmt: skip
            self.removed_label.setObjectName("serviceRemoved")
            self.removed_label.setWordWrap(True)
            column.addWidget(self.removed_label)
        self.return_label = None
        if d.return_comment:
            self.return_label = QLabel(self.tr("⚠ Refusal proposal returned by the supervisor: {comment}").format(
                comment=d.return_comment), card)  # fmt: skip
            self.return_label.setObjectName("returnBanner")
            self.return_label.setWordWrap(True)
            self.return_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(self.return_label)
        self.hold_label = None
        if d.hold_reason or d.hold_until:
            self.hold_label = QLabel(
                self.tr("On hold: {reason} — follow-up on {date}").format(
                    reason=stored_text(d.hold_reason) or "—",
                    date=format_date(d.hold_until) if d.hold_until else "—"),
                card)  # fmt: skip
            self.hold_label.setObjectName("holdInfo")
            self.hold_label.setWordWrap(True)
            column.addWidget(self.hold_label)
        return card

    def _outcome(self, outcome: str) -> str:
        return {
            "granted": self.tr("granted"),
            "refused": self.tr("refused"),
            "withdrawn": self.tr("withdrawn (the fee is kept)"),
            "cancelled": self.tr("cancelled before payment"),
        }.get(outcome, outcome)

    def _clock_label(self, d: OrderDetail, parent: QWidget) -> QLabel:
        if d.clock is None or d.working_days is None:
            label = self._value(self.tr("— (the clock runs only for paid orders not yet decided)"), parent)
            label.setObjectName("orderClock")
            return label
        bucket = d.clock.value
        if d.working_days == 1:
            days = self.tr("1 working day")
        else:
            days = self.tr("{count} working days").format(count=d.working_days)
        label = QLabel(f"{days} · {clock_label(bucket)}", parent)
        label.setObjectName("orderClock")
        label.setToolTip(f"{clock_label(bucket)}: {clock_explanation(bucket)}")
        label.setStyleSheet(f"color: {CLOCK_COLOURS[bucket]}; background: {CLOCK_TINTS[bucket]}; "
                            "border-radius: 3px; padding: 1px 6px; font-weight: 600;")  # fmt: skip
        label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        return label

    # people

    def _people(self, d: OrderDetail) -> QVBoxLayout:
        stack = QVBoxLayout()
        stack.setSpacing(12)
        self.person_tables: dict[str, QTableWidget] = {}
        for person in d.people:
            alone = len(d.people) == 1 and person.role == "applicant"
            stack.addWidget(self._person(person, alone))
        return stack

    def _person(self, person: PersonComparison, alone: bool = False) -> QFrame:
        title = person_role_label(person.role)
        if alone:
            title = self.tr("Applicant, who is also the person concerned")
        card, column = self._card(title)
        card.setAccessibleName(person_role_label(person.role))
        if not person.found_in_register:
            missing = QLabel(self.tr("✗ Not found in the population register: nothing to compare with."), card)
            missing.setObjectName("notInRegister")
            missing.setWordWrap(True)
            column.addWidget(missing)
        headers = (self.tr("Field"), self.tr("In the order"), self.tr("In the register"), self.tr("Comparison"))
        table = QTableWidget(len(person.fields), len(headers), card)
        table.setObjectName(f"person_{person.role}")
        table.setAccessibleName(self.tr("{person}: the order beside the register").format(
            person=person_role_label(person.role)))
        table.setHorizontalHeaderLabels(list(headers))
        for r, comparison in enumerate(person.fields):
            given = evidence_value(comparison.given)
            register = evidence_value(comparison.register)
            if comparison.matches:
                verdict = self.tr("= same")
            elif not person.found_in_register:
                verdict = self.tr("? not found")
            else:
                verdict = self.tr("≠ differs")
            cells = (field_label(comparison.field), given, register, verdict)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if not comparison.matches:
                    item.setBackground(QBrush(QColor(DIFFERS_TINT)))
                    if c == 3 or person.found_in_register:
                        item.setForeground(QBrush(QColor(DIFFERS_TEXT)))
                    if c == 3:
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                table.setItem(r, c, item)
        _fit_table(table, stretch=(1, 2), widths={0: 170, 3: 170}, row_height=28)
        self.person_tables[person.role] = table
        column.addWidget(table)
        if person.register_facts:
            facts = self._value(" · ".join(register_fact(f) for f in person.register_facts), card, "registerFacts")
            column.addWidget(facts)
        column.addStretch(1)
        return card

    # delivery and payment

    def _delivery(self, d: OrderDetail) -> QFrame:
        card, column = self._card(self.tr("Delivery"))
        column.addWidget(self._value("\n".join(d.address_lines) or "—", card, "deliveryAddress"))
        column.addLayout(self._pair_grid(card, [(self.tr("Postal product"),
                                                  self._value(d.delivery_product, card, "deliveryProduct"))], 1))
        column.addStretch(1)
        return card

    def _payment(self, d: OrderDetail) -> QFrame:
        card, column = self._card(self.tr("Payment"))
        p = d.payment
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(4)
        rows = (
            (self.tr("Card"), p.brand or "—", "paymentBrand"),
            (self.tr("Provider reference"), p.provider_reference or "—", "paymentReference"),
            (self.tr("Paid on"), geneva_moment(p.paid_at), "paymentPaidAt"),
            (self.tr("Fee"), format_chf(p.fee_centimes), "paymentFee"),
        )
        for name, text, object_name in rows:
            self._payment_row(form, card, name, text, object_name)
        self.vat_label: QLabel | None = None
        if _has_vat(p.vat_rate):  # the fee includes VAT (general terms ch. 5); postage is passed on as it is
            vat = self.tr("of which VAT {rate}: {amount}").format(rate=format_percent(p.vat_rate),
                                                                  amount=format_chf(p.vat_centimes))
            self.vat_label = self._value(vat, card, "paymentVat")
            form.addRow("", self.vat_label)
        self._payment_row(form, card, self.tr("Postage"), format_chf(p.postage_centimes), "paymentPostage")
        self._payment_row(form, card, self.tr("Total"), format_chf(p.total_centimes), "paymentTotal")
        column.addLayout(form)
        column.addStretch(1)
        return card

    def _payment_row(self, form: QFormLayout, card: QFrame, name: str, text: str, object_name: str) -> None:
        label = QLabel(name, card)
        label.setObjectName("fieldName")
        form.addRow(label, self._value(text, card, object_name))

    # conditions

    def _conditions_heading(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(section_heading(self.tr("Legal conditions"), self), 1)
        for button in self._condition_buttons:
            row.addWidget(button)
        return row

    def _conditions(self, d: OrderDetail) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        rule_set = self._value(rule_set_text(d.rule_set_label), box, "ruleSet")
        rule_set.setObjectName("conditionMeta")
        column.addWidget(rule_set)
        self.blockers_label = QLabel(box)
        self.blockers_label.setObjectName("approveBlockers")
        self.blockers_label.setWordWrap(True)
        self.blockers_label.setText(blockers_text(d))
        self.blockers_label.setVisible(bool(self.blockers_label.text()))
        column.addWidget(self.blockers_label)
        self.condition_cards: dict[str, QFrame] = {}
        if not d.conditions:
            column.addWidget(QLabel(self.tr("No condition to show."), box))
        for view in d.conditions:
            card = self._condition(view, box)
            self.condition_cards[view.code] = card
            column.addWidget(card)
        return box

    def _condition(self, view: ConditionView, parent: QWidget) -> QFrame:
        card = QFrame(parent)
        card.setObjectName("conditionCard")
        grid = QGridLayout(card)
        grid.setContentsMargins(12, 8, 12, 10)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        effective = view.effective
        text, tint = RESULT_COLOURS.get(effective, RESULT_COLOURS[None])
        if effective is None and view.evaluator != "manual":
            shown = "○ " + self.tr("Not evaluated")  # an automatic condition waiting for its first evaluation
        else:
            shown = result_text(effective) + (" " + self.tr("(overridden)") if view.override_result else "")
        badge = QLabel(shown, card)
        badge.setObjectName("conditionResult")
        badge.setStyleSheet(f"color: {text}; background: {tint}; border-radius: 3px; padding: 2px 8px; "
                            "font-weight: 600;")  # fmt: skip
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setMinimumWidth(150)
        badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Maximum)
        title = QLabel(view.label, card)
        title.setObjectName("conditionTitle")
        title.setWordWrap(True)
        kind = self.tr("mandatory") if view.mandatory else self.tr("optional")
        meta = QLabel(self.tr("{kind} · {evaluator} · legal basis: {basis}").format(
            kind=kind, evaluator=evaluator_label(view.evaluator), basis=view.legal_basis or "—"), card)
        meta.setObjectName("conditionMeta")
        meta.setWordWrap(True)
        grid.addWidget(badge, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(title, 0, 1)
        grid.addWidget(meta, 1, 1)
        row = 2
        message = condition_message(view.message)
        if view.result is None and view.evaluator == "manual":
            message = message or self.tr("To be ticked by hand, with a note saying what was checked.")
        elif view.result is None:
            message = message or self.tr("Evaluated automatically when the caseworker who took the order opens it.")
        if message:
            grid.addWidget(self._value(message, card, "conditionMessage"), row, 1)
            row += 1
        if view.evidence:
            grid.addWidget(self._evidence(view, card), row, 1)
            row += 1
        note = getattr(view, "note", None)
        if note:
            who = getattr(view, "decided_by", None)
            text_note = (self.tr("Note by {person}: {note}").format(person=who, note=note) if who
                         else self.tr("Note: {note}").format(note=note))  # fmt: skip
            grid.addWidget(self._value(text_note, card, "conditionNote"), row, 1)
            row += 1
        if view.override_result:
            who = getattr(view, "overridden_by", None)
            automatic = result_label(view.result)
            forced = result_label(view.override_result)
            if who:
                text_override = self.tr("Overridden by {person}: “{automatic}” → “{forced}”. Justification: "
                                        "{justification}").format(person=who, automatic=automatic, forced=forced,
                                                                  justification=view.override_justification or "—")
            else:
                text_override = self.tr("Overridden: “{automatic}” → “{forced}”. Justification: {justification}"
                                        ).format(automatic=automatic, forced=forced,
                                                 justification=view.override_justification or "—")
            grid.addWidget(self._value(text_override, card, "overrideInfo"), row, 1)
            row += 1
        grid.setColumnStretch(1, 1)
        card.setAccessibleName(f"{view.label}: {result_label(effective)}")
        return card

    def _evidence(self, view: ConditionView, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 2, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        for c, text in enumerate((self.tr("Checked"), self.tr("In the order"), self.tr("Register or tariff"), "")):
            header = QLabel(text, box)
            header.setObjectName("fieldName")
            grid.addWidget(header, 0, c)
        for r, evidence in enumerate(view.evidence, start=1):
            mark = self.tr("✓ matches") if evidence.matches else self.tr("✗ does not match")
            cells = (field_label(evidence.field), evidence_value(evidence.given), evidence_value(evidence.register),
                     mark)
            for c, text in enumerate(cells):
                label = QLabel(text, box)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if not evidence.matches:
                    label.setStyleSheet(f"color: {DIFFERS_TEXT};" + (" font-weight: 600;" if c == 3 else ""))
                grid.addWidget(label, r, c)
        grid.setColumnStretch(4, 1)
        return box

    # decision and hearing

    def _decision_part(self, d: OrderDetail) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        card, inner = self._card(self.tr("Right to be heard"))
        card.setObjectName("orderCard")
        self.hearing_value = self._value(hearing_text(d.hearing), card, "orderHearing")
        inner.addWidget(self.hearing_value)
        if d.hearing is not None and d.hearing.document_sha256:
            inner.addWidget(self._hash_line(self.tr("Hearing letter (SHA-256)"), d.hearing.document_sha256, card))
        column.addWidget(card)
        self.decision_cards: dict[int, QFrame] = {}
        for number, version in enumerate(d.decisions, start=1):
            version_card = self._decision_card(number, version)
            self.decision_cards[version.decision_id] = version_card
            column.addWidget(version_card)
        return box

    def _hash_line(self, name: str, value: str, parent: QWidget) -> QWidget:
        line = QWidget(parent)
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(name, line)
        label.setObjectName("fieldName")
        shown = self._value(value, line, "sha256")
        shown.setStyleSheet("font-family: monospace;")
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)  # fmt: skip
        shown.setWordWrap(False)
        label.setBuddy(shown)
        row.addWidget(label)
        row.addWidget(shown, 1)
        return line

    def _decision_card(self, number: int, v: DecisionVersion) -> QFrame:
        title = self.tr("Version {number} — {status}").format(number=number, status=decision_status_label(v.status))
        if v.number:
            title += " — " + self.tr("decision no. {number}").format(number=v.number)
        card, column = self._card(title)
        card.setObjectName("orderCard")
        card.setAccessibleName(title)
        pairs: list[tuple[str, QWidget] | None] = [
            (self.tr("Author"), self._value(f"{v.author_name} ({v.author})", card, "decisionAuthor")),
            (self.tr("Proposed on"), self._value(geneva_moment(v.proposed_at), card)),
        ]
        if v.approver:
            pairs += [(self.tr("Decided by"), self._value(f"{v.approver_name or v.approver} ({v.approver})", card,
                                                          "decisionApprover")),
                      (self.tr("Decided on"), self._value(geneva_moment(v.decided_at), card))]  # fmt: skip
        if v.hearing:
            note = hearing_mode_label(v.hearing) + (f" — {v.hearing_note}" if v.hearing_note else "")
            pairs += [None, (self.tr("Hearing"), self._value(note, card, "decisionHearing"))]
        column.addLayout(self._pair_grid(card, pairs))
        column.addWidget(self._hash_line(self.tr("Content (SHA-256)"), v.content_sha256, card))
        if v.pdf_sha256:
            column.addWidget(self._hash_line(self.tr("Archived PDF (SHA-256)"), v.pdf_sha256, card))
        if v.return_comment:
            comment = self._value(self.tr("Returned with this comment: {comment}").format(comment=v.return_comment),
                                  card, "decisionReturnComment")  # fmt: skip
            column.addWidget(comment)
        if v.status == "issued" and self._open_decision is not None:
            row = QHBoxLayout()
            open_button = QPushButton(self.tr("Open the PDF"), card)
            open_button.setObjectName("openDecisionPdf")
            open_button.setToolTip(self.tr("The archived original, as signed (Ctrl+Shift+O for the latest)"))
            copy_button = QPushButton(self.tr("Print a copy…"), card)
            copy_button.setObjectName("printDecisionCopy")
            copy_button.setToolTip(self.tr("A copy marked COPIE, saved to a file (Ctrl+Shift+P for the latest)"))
            opener = self._open_decision
            open_button.clicked.connect(lambda _c=False, i=v.decision_id: opener(i, False))
            copy_button.clicked.connect(lambda _c=False, i=v.decision_id: opener(i, True))
            row.addWidget(open_button)
            row.addWidget(copy_button)
            row.addStretch(1)
            column.addLayout(row)
        return card

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
        headers = (self.tr("Content"), self.tr("Product"), self.tr("Item number"), self.tr("Shipped"),
                   self.tr("Status"), self.tr("Return reason"), self.tr("Delivered on"), self.tr("Notified on"),
                   self.tr("Appeal deadline"))
        table = QTableWidget(len(shipments), len(headers), self)
        table.setObjectName("orderShipments")
        table.setAccessibleName(self.tr("Shipments of the order"))
        table.setHorizontalHeaderLabels(list(headers))
        for r, s in enumerate(shipments):
            cells = (content_label(s.content), s.product, s.item_number or "—", geneva_moment(s.shipped_at),
                     shipment_status_label(s.status), return_reason_label(s.return_reason) if s.return_reason else "",
                     format_date(s.delivered_on), format_date(s.notified_on),
                     # a decision's appeal deadline runs from its notification (DESIGN §4.3–4.4)
                     format_date(appeal_deadline(s.notified_on)) if s.content == "decision" and s.notified_on
                     else "")  # fmt: skip
            for c, text in enumerate(cells):
                table.setItem(r, c, QTableWidgetItem(text))
        _fit_table(table, stretch=(5,), row_height=28)
        self.shipments_table = table
        self._insert_before_history([section_heading(self.tr("Shipments"), self), table])

    def show_shipments_failure(self, text: str) -> None:
        label = QLabel(self.tr("The shipments could not be loaded: {reason}").format(reason=text), self)
        label.setObjectName("shipmentsFailure")
        label.setWordWrap(True)
        self._insert_before_history([section_heading(self.tr("Shipments"), self), label])

    # history

    def _history(self, d: OrderDetail) -> QTableWidget:
        headers = (self.tr("Date and time"), self.tr("By"), self.tr("Action"), self.tr("Status"), self.tr("Note"))
        table = QTableWidget(len(d.history), len(headers), self)
        table.setObjectName("orderHistory")
        table.setAccessibleName(self.tr("History of the order"))
        table.setHorizontalHeaderLabels(list(headers))
        for r, entry in enumerate(d.history):
            if entry.from_status is not None and entry.to_status is not None and entry.from_status != entry.to_status:
                moved = f"{status_label(entry.from_status)} → {status_label(entry.to_status)}"
            elif entry.to_status is not None:
                moved = status_label(entry.to_status)
            else:
                moved = ""
            cells = (geneva_moment(entry.occurred_at), entry.actor, history_action_label(entry.action), moved,
                     history_note(entry.note))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(r, c, item)
        table.setWordWrap(True)
        _fit_table(table, stretch=(4,), widths={1: 120, 2: 170, 3: 200})
        return table


def _fit_table(table: QTableWidget, *, stretch: tuple[int, ...] = (), widths: dict[int, int] | None = None,
               row_height: int = 0) -> None:  # fmt: skip
    """A small read-only table shown whole (no inner scrolling): its height follows its rows."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setShowGrid(False)
    table.setAlternatingRowColors(False)
    table.verticalHeader().setVisible(False)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    for column in range(table.columnCount()):
        if column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        elif widths and column in widths:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, widths[column])
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    if row_height:  # one line a cell: no measuring
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(row_height)
    else:
        table.resizeRowsToContents()
    height = header.sizeHint().height() + table.verticalHeader().length() + 2 * table.frameWidth() + 2
    table.setFixedHeight(height)
