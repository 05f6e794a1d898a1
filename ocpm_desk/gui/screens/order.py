"""The order screen (DESIGN §6): one order, its people beside the population register, delivery, payment, the legal
conditions, the history, and the actions the user may take on it now.

It is pushed in the main window's stack over the queue it was opened from ("Back to the list": Alt+Left or Escape).
What the user may do comes from ``OrderDetail.actions`` (the services decide; the buttons only follow). Every action
runs in the background and brings back the order as it now stands; an action refused because the order changed
meanwhile (``StaleVersion``) says who changed it and reloads the order, and its dialog keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ocpm_desk.domain.calendar import GENEVA
from ocpm_desk.domain.errors import DomainError, NothingToClaim, StaleVersion, TransitionNotAllowed
from ocpm_desk.domain.lifecycle import Status
from ocpm_desk.domain.permissions import Permission, has_permission
from ocpm_desk.gui.background import BackgroundTask, run_in_background
from ocpm_desk.gui.failures import describe_failure
from ocpm_desk.gui.formatting import format_chf, format_percent
from ocpm_desk.gui.labels import clock_explanation, clock_label, status_label
from ocpm_desk.gui.models.queue import CLOCK_COLOURS, CLOCK_TINTS
from ocpm_desk.gui.order_text import (
    condition_message,
    evaluator_label,
    evidence_value,
    field_label,
    history_action_label,
    history_note,
    person_role_label,
    refusal_text,
    register_fact,
    result_label,
    result_text,
    rule_set_text,
)
from ocpm_desk.gui.screens.base import DataScreen, ScreenState
from ocpm_desk.gui.screens.order_dialogs import (
    ActionDialog,
    ApproveDialog,
    AssignDialog,
    ConditionDialog,
    HoldDialog,
    WithdrawDialog,
)
from ocpm_desk.gui.widgets import repolish, section_heading
from ocpm_desk.services.desk import DeskSession, OrderAction, OrderDetail, PersonComparison

if TYPE_CHECKING:
    from ocpm_desk.services.review import ConditionView

ORDERS_MENU = "ordersMenu"  # the window's "Orders" menu, shared with the queue screens
RESULT_COLOURS = {"met": ("#2e7d32", "#eaf4eb"), "not_met": ("#c62828", "#fbe9e9"),
                  "unknown": ("#b35f00", "#fdf1e1"), None: ("#1f4e79", "#e2eaf3")}  # fmt: skip
DIFFERS_TINT = "#fbe9e9"
DIFFERS_TEXT = "#c62828"

STYLE = """
QLabel#orderMessage[kind="error"] { color: #b3261e; font-weight: 600; }
QLabel#orderMessage[kind="ok"] { color: #2e7d32; }
QLabel#approveBlockers, QLabel#notInRegister {
    color: #8c1d18; background: #fdecea; border: 1px solid #f3c1bc; border-radius: 4px; padding: 6px 8px;
}
QLabel#serviceRemoved, QLabel#holdInfo {
    color: #6b3d00; background: #fdf1e1; border: 1px solid #f1cf9c; border-radius: 4px; padding: 6px 8px;
}
QFrame#orderCard, QFrame#conditionCard { background: #ffffff; border: 1px solid #d5dae0; border-radius: 6px; }
QLabel#fieldName { color: #5b6570; }
QLabel#cardTitle { font-weight: 600; font-size: 11pt; }
QLabel#conditionTitle { font-weight: 600; }
QLabel#conditionMeta, QLabel#registerFacts { color: #5b6570; }
QLabel#overrideInfo { color: #6b3d00; }
QLabel#paymentTotal { font-weight: 600; }
"""


def geneva_moment(value: datetime | None) -> str:
    """``12.03.2026 10:02`` in Geneva time, whatever the workstation's time zone."""
    if value is None:
        return "—"
    local = value.astimezone(GENEVA) if value.tzinfo is not None else value
    return local.strftime("%d.%m.%Y %H:%M")


def _has_vat(rate: str) -> bool:
    try:
        return Decimal(rate.strip() or "0") != 0
    except InvalidOperation:
        return False


def _then_open(act: Callable[[DeskSession, int, int], object]) -> Callable[[DeskSession, int, int], OrderDetail]:
    """A job for a worker: the action, then the order as it now stands (one trip from the screen's view)."""

    def job(session: DeskSession, order_id: int, version: int) -> OrderDetail:
        act(session, order_id, version)
        return session.open_order(order_id)

    return job


class OrderScreen(DataScreen):
    back_requested = Signal()

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        self.order_id: int | None = None
        self.detail: OrderDetail | None = None
        self.dialog: ActionDialog | None = None
        self._action_task: BackgroundTask | None = None
        roles = session.identity.roles
        self._may_claim = has_permission(roles, Permission.CLAIM_ORDER)
        super().__init__(session, parent)
        self.setObjectName("orderScreen")
        self.setStyleSheet(STYLE)
        self._build_actions()
        self.action_bar = self._build_action_bar()
        column = self.layout()
        assert isinstance(column, QVBoxLayout)
        column.insertWidget(1, self.action_bar)
        first = column.itemAt(0)
        header = first.layout() if first is not None else None
        assert isinstance(header, QHBoxLayout)  # DataScreen's title row
        header.insertWidget(1, self.claim_next_button)
        header.insertWidget(2, self.back_button)
        self.state_changed.connect(lambda _state: self._update_actions())
        self._update_actions()

    # -- DataScreen ------------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Order")

    def build_content(self) -> QWidget:
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("orderScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget(self.scroll_area)
        self.scroll_area.setWidget(self.body)
        return self.scroll_area

    def loader(self) -> Callable[[], object]:
        session, order_id = self._session, self.order_id
        assert order_id is not None, "show_order() says which order"
        return lambda: session.open_order(order_id)

    def show_data(self, data: object) -> bool:
        assert isinstance(data, OrderDetail)
        scrolled = self.scroll_area.verticalScrollBar().value() if data.order_id == self.order_id else 0
        self.detail = data
        self.order_id = data.order_id
        self._title.setText(self.tr("Order {reference}").format(reference=data.reference))
        self.set_details(f"{data.service_label} · {status_label(data.status)}")
        self._fill(data)
        # keep the place when the same order comes back after an action
        QTimer.singleShot(0, lambda: self.scroll_area.verticalScrollBar().setValue(scrolled))
        self._update_actions()
        return True

    def _refresh_tooltip(self) -> str:
        return self.tr("Load the order again from the database (F5)")

    # -- which order -----------------------------------------------------------------------------------------

    def show_order(self, order_id: int) -> None:
        """Load ``order_id`` (in the background); another order than the one shown starts from "Loading…"."""
        if order_id != self.order_id or self.detail is None:
            self.order_id = order_id
            self.detail = None
            self._title.setText(self.title())
            self.set_details("")
            self._say("")
            self._set_state(ScreenState.IDLE)
        self.reload()

    @property
    def reference(self) -> str | None:
        return self.detail.reference if self.detail is not None else None

    # -- the page --------------------------------------------------------------------------------------------

    def _fill(self, detail: OrderDetail) -> None:
        old = self.body
        self.body = QWidget(self.scroll_area)
        self.body.setObjectName("orderBody")
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 12, 12)
        column.setSpacing(12)
        column.addWidget(self._summary(detail))
        column.addWidget(section_heading(self.tr("Applicant and person concerned"), self.body))
        column.addLayout(self._people(detail))
        column.addLayout(self._conditions_heading())
        column.addWidget(self._conditions(detail))
        column.addWidget(section_heading(self.tr("Delivery and payment"), self.body))
        delivery_payment = QHBoxLayout()
        delivery_payment.setSpacing(12)
        delivery_payment.addWidget(self._delivery(detail), 1)
        delivery_payment.addWidget(self._payment(detail), 1)
        column.addLayout(delivery_payment)
        column.addWidget(section_heading(self.tr("History"), self.body))
        column.addWidget(self._history(detail))
        column.addStretch(1)
        self.scroll_area.setWidget(self.body)  # the scroll area deletes the old body
        del old

    def _card(self, title: str = "") -> tuple[QFrame, QVBoxLayout]:
        card = QFrame(self.body)
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
        service = f"{d.service_code} — {d.service_label}"
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
        self.hold_label = None
        if d.hold_reason or d.hold_until:
            self.hold_label = QLabel(
                self.tr("On hold: {reason} — follow-up on {date}").format(
                    reason=d.hold_reason or "—", date=d.hold_until.strftime("%d.%m.%Y") if d.hold_until else "—"),
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
        table.setHorizontalHeaderLabels(list(headers))
        for r, comparison in enumerate(person.fields):
            given = evidence_value(comparison.field, comparison.given)
            register = evidence_value(comparison.field, comparison.register)
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
            (self.tr("Postage"), format_chf(p.postage_centimes), "paymentPostage"),
            (self.tr("Total"), format_chf(p.total_centimes), "paymentTotal"),
        )
        for name, text, object_name in rows:
            label = QLabel(name, card)
            label.setObjectName("fieldName")
            form.addRow(label, self._value(text, card, object_name))
        self.vat_label: QLabel | None = None
        if _has_vat(p.vat_rate):
            vat = self.tr("of which VAT {rate}: {amount}").format(rate=format_percent(p.vat_rate),
                                                                  amount=format_chf(p.vat_centimes))
            self.vat_label = self._value(vat, card, "paymentVat")
            form.addRow("", self.vat_label)
        column.addLayout(form)
        column.addStretch(1)
        return card

    # conditions

    def _conditions_heading(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(section_heading(self.tr("Legal conditions"), self.body), 1)
        row.addWidget(self.evaluate_button)
        row.addWidget(self.tick_button)
        return row

    def _conditions(self, d: OrderDetail) -> QWidget:
        box = QWidget(self.body)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        rule_set = self._value(rule_set_text(d.rule_set_label), box, "ruleSet")
        rule_set.setObjectName("conditionMeta")
        column.addWidget(rule_set)
        self.blockers_label = QLabel(box)
        self.blockers_label.setObjectName("approveBlockers")
        self.blockers_label.setWordWrap(True)
        self.blockers_label.setText(self.blockers_text(d))
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

    def blockers_text(self, d: OrderDetail) -> str:
        """Which mandatory conditions keep the order from being approved (shown, while the order is in review, to
        those who work on it)."""
        works_the_case = d.actions & {OrderAction.TICK, OrderAction.EVALUATE, OrderAction.APPROVE}
        if not d.approve_blockers or d.status is not Status.IN_REVIEW or not works_the_case:
            return ""
        labels = {c.code: c.label for c in d.conditions}
        names = "; ".join(self.tr("“{condition}” ({result})").format(
            condition=labels.get(code, code), result=result_label(self._effective(d, code)).lower())
            for code in d.approve_blockers)  # fmt: skip
        return self.tr("Cannot be approved yet: these mandatory conditions are neither met nor overridden — "
                       "{conditions}.").format(conditions=names)

    @staticmethod
    def _effective(d: OrderDetail, code: str) -> str | None:
        view = next((c for c in d.conditions if c.code == code), None)
        return view.effective if view is not None else None

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
        evidence_pairs = [(e.field, e.matches) for e in view.evidence]
        message = condition_message(view.code, view.message, evidence_pairs)
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
            cells = (field_label(evidence.field), evidence_value(evidence.field, evidence.given),
                     evidence_value(evidence.field, evidence.register), mark)  # fmt: skip
            for c, text in enumerate(cells):
                label = QLabel(text, box)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if not evidence.matches:
                    label.setStyleSheet(f"color: {DIFFERS_TEXT};" + (" font-weight: 600;" if c == 3 else ""))
                grid.addWidget(label, r, c)
        grid.setColumnStretch(4, 1)
        return box

    # history

    def _history(self, d: OrderDetail) -> QTableWidget:
        headers = (self.tr("Date and time"), self.tr("By"), self.tr("Action"), self.tr("Status"), self.tr("Note"))
        table = QTableWidget(len(d.history), len(headers), self.body)
        table.setObjectName("orderHistory")
        table.setHorizontalHeaderLabels(list(headers))
        labels = {c.code: c.label for c in d.conditions}
        for r, entry in enumerate(d.history):
            if entry.from_status is not None and entry.to_status is not None and entry.from_status != entry.to_status:
                moved = f"{status_label(entry.from_status)} → {status_label(entry.to_status)}"
            elif entry.to_status is not None:
                moved = status_label(entry.to_status)
            else:
                moved = ""
            cells = (geneva_moment(entry.occurred_at), entry.actor, history_action_label(entry.action), moved,
                     history_note(entry.action, entry.note, labels))  # fmt: skip
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(r, c, item)
        table.setWordWrap(True)
        _fit_table(table, stretch=(4,), widths={1: 120, 2: 170, 3: 200})
        return table

    # -- actions -----------------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.back_action = self._action(self.tr("&Back to the list"), ("Alt+Left", "Escape"), self.go_back,
                                        self.tr("Back to the queue this order was opened from"), "back")
        self.claim_next_action = self._action(self.tr("Claim the &next one"), ("Ctrl+Shift+N",), self.claim_next,
                                              self.tr("Take the order waiting longest and open it"), "claimNext")
        self.claim_action = self._action(self.tr("&Claim"), ("Ctrl+Shift+C",), self.claim,
                                         self.tr("Take this order: it goes to My orders"), "claim")
        self.release_action = self._action(self.tr("Re&lease"), ("Ctrl+Shift+R",), self.release,
                                           self.tr("Give this order back to “To process”"), "release")
        self.hold_action = self._action(self.tr("Put on &hold…"), ("Ctrl+Shift+H",), self.hold,
                                        self.tr("Wait for a document or an answer, until a follow-up date"), "hold")
        self.resume_action = self._action(self.tr("Res&ume"), ("Ctrl+Shift+U",), self.resume,
                                          self.tr("End the hold and go on with the review"), "resume")
        self.approve_action = self._action(self.tr("&Approve…"), ("Ctrl+Shift+A",), self.approve,
                                           self.tr("Grant the order: the documents go to the mail room"), "approve")
        self.withdraw_action = self._action(self.tr("Record a &withdrawal…"), ("Ctrl+Shift+W",), self.withdraw,
                                            self.tr("The applicant withdrew in writing; the fee is kept"), "withdraw")
        self.assign_action = self._action(self.tr("Assi&gn…"), ("Ctrl+Shift+G",), self.assign,
                                          self.tr("Give this order to a caseworker (supervisor)"), "assign")
        self.evaluate_action = self._action(self.tr("&Evaluate again"), ("Ctrl+Shift+E",), self.evaluate,
                                            self.tr("Run the automatic conditions again (overrides are kept)"),
                                            "evaluate")  # fmt: skip
        self.tick_action = self._action(self.tr("&Tick or override…"), ("Ctrl+Shift+T",), self.tick,
                                        self.tr("Tick a manual condition or override an automatic result"), "tick")
        self._by_order_action = {
            OrderAction.CLAIM: self.claim_action, OrderAction.RELEASE: self.release_action,
            OrderAction.HOLD: self.hold_action, OrderAction.RESUME: self.resume_action,
            OrderAction.APPROVE: self.approve_action, OrderAction.WITHDRAW: self.withdraw_action,
            OrderAction.ASSIGN: self.assign_action, OrderAction.EVALUATE: self.evaluate_action,
            OrderAction.TICK: self.tick_action,
        }  # fmt: skip

    def _action(self, text: str, keys: tuple[str, ...], slot: Callable[[], None], tip: str, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        native = ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        action.setToolTip(f"{tip} ({native})")
        action.triggered.connect(slot)
        return action

    def _build_action_bar(self) -> QWidget:
        bar = QWidget(self)
        bar.setObjectName("orderActions")
        column = QVBoxLayout(bar)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.action_buttons: dict[str, QPushButton] = {}
        for action in (self.claim_action, self.release_action, self.hold_action, self.resume_action,
                       self.approve_action, self.withdraw_action, self.assign_action):  # fmt: skip
            button = self._button(action, bar)
            self.action_buttons[action.objectName()] = button
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self.message_label = QLabel(bar)
        self.message_label.setObjectName("orderMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)
        column.addWidget(self.message_label)
        self.back_button = self._button(self.back_action, self)
        self.claim_next_button = self._button(self.claim_next_action, self)
        # the condition buttons sit in the conditions' heading (moved into each new page)
        self.evaluate_button = self._button(self.evaluate_action, self)
        self.tick_button = self._button(self.tick_action, self)
        self.evaluate_button.hide()
        self.tick_button.hide()
        self.action_buttons["evaluate"] = self.evaluate_button
        self.action_buttons["tick"] = self.tick_button
        return bar

    @staticmethod
    def _button(action: QAction, parent: QWidget) -> QPushButton:
        button = QPushButton(action.text(), parent)
        button.setObjectName(f"{action.objectName()}Button")
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        return button

    def screen_actions(self) -> list[QAction]:
        """Every action of this screen, for the window's Orders menu (F1 lists their shortcuts)."""
        return [self.back_action, self.claim_next_action, *self._by_order_action.values()]

    @property
    def busy(self) -> bool:
        return self._action_task is not None and not self._action_task.done

    def _update_actions(self) -> None:
        d = self.detail
        ready = d is not None and self.state is ScreenState.READY and not self.busy
        allowed = d.actions if d is not None else frozenset()
        works_the_case = bool(allowed & {OrderAction.TICK, OrderAction.EVALUATE})
        for key, action in self._by_order_action.items():
            available = key in allowed
            if key is OrderAction.APPROVE:
                available = available and not (d is not None and d.approve_blockers)
                shown = key in allowed or (d is not None and d.status is Status.IN_REVIEW and works_the_case)
            else:
                shown = available
            action.setEnabled(ready and available)
            action.setData(shown)  # the buttons show what the order offers now; the menu lists everything
            button = self.action_buttons.get(action.objectName())
            if button is not None:
                button.setVisible(shown)
        if d is not None and d.assigned_to and OrderAction.ASSIGN in allowed:
            self.assign_action.setText(self.tr("Reassi&gn…"))
        else:
            self.assign_action.setText(self.tr("Assi&gn…"))
        self.action_buttons["assign"].setText(self.assign_action.text())
        blockers = self.blockers_text(d) if d is not None else ""
        self.approve_action.setToolTip(blockers or self.tr("Grant the order: the documents go to the mail room "
                                                           "(Ctrl+Shift+A)"))  # fmt: skip
        self.action_buttons["approve"].setToolTip(self.approve_action.toolTip())
        self.claim_next_action.setEnabled(self._may_claim and not self.busy)
        self.claim_next_button.setVisible(self._may_claim)
        self.back_action.setEnabled(True)

    def _say(self, text: str, kind: str = "info") -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("kind", kind)
        self.message_label.setVisible(bool(text))
        repolish(self.message_label)

    @property
    def message(self) -> str:
        return self.message_label.text()

    def go_back(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return
        self.back_requested.emit()

    # the runner

    def _run(self, job: Callable[[DeskSession, int, int], OrderDetail], done: Callable[[OrderDetail], str],
             dialog: ActionDialog | None = None) -> None:  # fmt: skip
        """Run ``job(session, order_id, version)`` on a worker; show the order it returns, or why it failed."""
        if self.busy or self.detail is None:
            if dialog is not None:
                dialog.failed(self.tr("Another action is still on its way; try again in a moment."))
            return
        session, order_id, version = self._session, self.detail.order_id, self.detail.version
        if dialog is None:
            self._say(self.tr("Working…"))
        self._action_task = run_in_background(
            self, lambda: job(session, order_id, version),
            lambda detail: self._done(detail, done, dialog), lambda exc: self._action_failed(exc, dialog),
        )  # fmt: skip
        self._update_actions()

    def _done(self, detail: OrderDetail, done: Callable[[OrderDetail], str], dialog: ActionDialog | None) -> None:
        self._action_task = None
        if dialog is not None:
            dialog.set_busy(False)
            dialog.accept()
            if self.dialog is dialog:
                self.dialog = None
        self._loaded(detail)  # as a load would: the page, the state, the actions
        self._say(done(detail), "ok")
        self._update_actions()

    def _action_failed(self, exc: BaseException, dialog: ActionDialog | None) -> None:
        self._action_task = None
        if isinstance(exc, StaleVersion):
            text = self.tr("Order {reference} was changed by {person} meanwhile. It has been reloaded: check it, "
                           "then try again.").format(reference=exc.reference,
                                                     person=exc.changed_by or self.tr("someone else"))
            self.reload()
        elif isinstance(exc, NothingToClaim):
            text = self.tr("No paid order is waiting: nothing to take.")
        elif isinstance(exc, TransitionNotAllowed):
            text = self.tr("The procedure did not succeed: this action is no longer possible on this order. Reload "
                           "it (F5) to see where it stands.")
        else:
            known = refusal_text(str(exc)) if type(exc) is DomainError else None
            text = known or describe_failure(exc)
        self._say(text, "error")
        if dialog is not None:
            dialog.failed(text)
        self._update_actions()

    def _open_dialog(self, dialog: ActionDialog, job: Callable[[], Callable[[DeskSession, int, int], OrderDetail]],
                     done: Callable[[OrderDetail], str]) -> ActionDialog:  # fmt: skip
        """Show ``dialog``; its OK runs the job ``job()`` builds from what was typed (read at that moment)."""
        if self.dialog is not None:
            self.dialog.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda: self._run(job(), done, dialog))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: ActionDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    # the actions

    def claim(self) -> None:
        self._run(_then_open(lambda s, i, v: s.claim(i, v)),
                  lambda d: self.tr("Order {reference} is yours: it is in My orders.").format(reference=d.reference))

    def release(self) -> None:
        self._run(_then_open(lambda s, i, v: s.release(i, v)),
                  lambda d: self.tr("Order {reference} released: it is back in “To process”.").format(
                      reference=d.reference))

    def resume(self) -> None:
        self._run(_then_open(lambda s, i, v: s.resume(i, v)),
                  lambda d: self.tr("The review of order {reference} goes on.").format(reference=d.reference))

    def evaluate(self) -> None:
        self._run(lambda s, i, v: s.evaluate_conditions(i, v),
                  lambda d: self.tr("Conditions evaluated again."))

    def hold(self) -> None:
        if self.detail is None or not self.hold_action.isEnabled():
            return
        dialog = HoldDialog(self.detail.reference, self)

        def job() -> Callable[[DeskSession, int, int], OrderDetail]:
            reason, day = dialog.reason, dialog.follow_up
            assert day is not None  # validated
            return _then_open(lambda s, i, v: s.hold(i, v, reason, day))

        self._open_dialog(dialog, job, lambda d: self.tr("Order {reference} is on hold until {date}.").format(
            reference=d.reference, date=d.hold_until.strftime("%d.%m.%Y") if d.hold_until else "—"))

    def approve(self) -> None:
        if self.detail is None or not self.approve_action.isEnabled():
            return
        dialog = ApproveDialog(self.detail.reference, self.detail.service_label, self)
        self._open_dialog(dialog, lambda: _then_open(lambda s, i, v: s.approve(i, v)),
                          lambda d: self.tr("Order {reference} approved. Take the next one with Ctrl+Shift+N.").format(
                              reference=d.reference))

    def withdraw(self) -> None:
        if self.detail is None or not self.withdraw_action.isEnabled():
            return
        dialog = WithdrawDialog(self.detail.reference, self.detail.payment.total_centimes, self)

        def job() -> Callable[[DeskSession, int, int], OrderDetail]:
            note = dialog.note
            return _then_open(lambda s, i, v: s.withdraw(i, v, note))

        self._open_dialog(dialog, job, lambda d: self.tr(
            "Withdrawal of order {reference} recorded; the fee is kept.").format(reference=d.reference))

    def tick(self, code: str | None = None) -> None:
        if self.detail is None or not self.tick_action.isEnabled():
            return
        current = code or next((c.code for c in self.detail.conditions if not c.satisfied), None)
        dialog = ConditionDialog(self.detail.reference, self.detail.conditions, current, self)

        def job() -> Callable[[DeskSession, int, int], OrderDetail]:
            view, result, note = dialog.condition, dialog.chosen_result, dialog.note
            assert view is not None and result is not None  # validated
            return lambda s, i, v: s.set_condition(i, v, view.code, result, note)

        self._open_dialog(dialog, job, lambda d: self.tr("Condition saved."))

    def assign(self) -> None:
        if self.detail is None or not self.assign_action.isEnabled():
            return
        session = self._session
        reassign = bool(self.detail.assigned_to)
        title = (self.tr("Reassign — {reference}") if reassign else self.tr("Assign — {reference}")).format(
            reference=self.detail.reference)
        intro = (self.tr("Order {reference} is assigned to {person}. Choose who takes it over.").format(
                    reference=self.detail.reference, person=self.detail.assigned_to) if reassign
                 else self.tr("Choose who takes order {reference}.").format(reference=self.detail.reference))
        dialog = AssignDialog(title, intro, session.assignable_staff, self, current=self.detail.assigned_to)

        def job() -> Callable[[DeskSession, int, int], OrderDetail]:
            username = dialog.username
            assert username is not None  # validated
            return _then_open(lambda s, i, v: s.assign(i, v, username))

        self._open_dialog(dialog, job, lambda d: self.tr("Order {reference} assigned to {person}.").format(
            reference=d.reference, person=d.assigned_to or "—"))

    def claim_next(self) -> None:
        """Take the order waiting longest and show it here (the caseworker's "next, please")."""
        if self.busy or not self._may_claim:
            return
        session = self._session
        self._say(self.tr("Taking the next order…"))

        def job() -> OrderDetail:
            return session.open_order(session.claim_next().order_id)

        def taken(detail: OrderDetail) -> None:
            self.order_id = detail.order_id
            self._done(detail, lambda d: self.tr("Order {reference} taken: it is in My orders.").format(
                reference=d.reference), None)

        self._action_task = run_in_background(self, job, taken, lambda exc: self._action_failed(exc, None))
        self._update_actions()

    # -- the Orders menu -------------------------------------------------------------------------------------

    def _orders_menu(self) -> QMenu | None:
        window = self.window()
        if not isinstance(window, QMainWindow):
            return None
        menu = window.menuBar().findChild(QMenu, ORDERS_MENU)
        if menu is None:
            bar = window.menuBar()
            menu = QMenu(self.tr("&Orders"), bar)
            menu.setObjectName(ORDERS_MENU)
            existing = bar.actions()
            if existing:
                bar.insertMenu(existing[-1], menu)  # before Help
            else:
                bar.addMenu(menu)
        return menu

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        actions = self.screen_actions()
        for action in actions:
            self.addAction(action)  # the shortcuts work while the order shows
        menu = self._orders_menu()
        if menu is not None:
            menu.clear()
            menu.addActions(actions)
            menu.menuAction().setVisible(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        window = self.window()
        menu = window.menuBar().findChild(QMenu, ORDERS_MENU) if isinstance(window, QMainWindow) else None
        if menu is not None:
            for action in self.screen_actions():
                menu.removeAction(action)
            menu.menuAction().setVisible(bool(menu.actions()))
        if self.dialog is not None and not self.dialog.busy:
            self.dialog.close()


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
