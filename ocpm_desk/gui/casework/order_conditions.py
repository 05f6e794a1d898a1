"""The legal conditions of an order's page: the rule set, what keeps the order from being approved, and one card per
condition (its result as a badge with words, its evidence beside the register, its note and override).

The texts keep the order page's translation context ("OrderPage"). Colour is never the only signal.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ocpm_desk.features.casework.api import OrderAction, OrderDetail
from ocpm_desk.gui.casework.order_cards import value_label
from ocpm_desk.gui.casework.order_tables import DIFFERS_TEXT
from ocpm_desk.gui.stored_text import (
    condition_message,
    evaluator_label,
    evidence_value,
    field_label,
    result_label,
    result_text,
    rule_set_text,
)
from ocpm_desk.gui.widgets import named, section_heading, spaced
from ocpm_desk.kernel.lifecycle import Status

if TYPE_CHECKING:
    from ocpm_desk.features.casework.api import ConditionView

#: A result's text colour and the tint behind it (None: not evaluated yet).
RESULT_COLOURS = {"met": ("#2e7d32", "#eaf4eb"), "not_met": ("#c62828", "#fbe9e9"),
                  "unknown": ("#b35f00", "#fdf1e1"), None: ("#1f4e79", "#e2eaf3")}  # fmt: skip


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


def conditions_heading(parent: QWidget, buttons: Sequence[QWidget]) -> QHBoxLayout:
    """The section's heading, with the screen's "evaluate" and "tick" buttons beside it."""
    row = QHBoxLayout()
    row.setSpacing(10)
    row.addWidget(section_heading(QCoreApplication.translate("OrderPage", "Legal conditions"), parent), 1)
    for button in buttons:
        row.addWidget(button)
    return row


class ConditionsPanel(QWidget):
    """The rule set, the approval's blockers (``blockers_label``) and a card per condition (``condition_cards``)."""

    def __init__(self, d: OrderDetail, parent: QWidget) -> None:
        super().__init__(parent)
        column = spaced(QVBoxLayout(self), 8)
        rule_set = value_label(rule_set_text(d.rule_set_label), self, "ruleSet")
        rule_set.setObjectName("conditionMeta")
        column.addWidget(rule_set)
        self.blockers_label = named(QLabel(self), "approveBlockers")
        self.blockers_label.setWordWrap(True)
        self.blockers_label.setText(blockers_text(d))
        self.blockers_label.setVisible(bool(self.blockers_label.text()))
        column.addWidget(self.blockers_label)
        self.condition_cards: dict[str, QFrame] = {}
        if not d.conditions:
            column.addWidget(QLabel(QCoreApplication.translate("OrderPage", "No condition to show."), self))
        for view in d.conditions:
            card = condition_card(view, self)
            self.condition_cards[view.code] = card
            column.addWidget(card)


def _badge_text(view: ConditionView) -> str:
    effective = view.effective
    if effective is None and view.evaluator != "manual":
        # an automatic condition waiting for its first evaluation
        return "○ " + QCoreApplication.translate("OrderPage", "Not evaluated")
    overridden = " " + QCoreApplication.translate("OrderPage", "(overridden)") if view.override_result else ""
    return result_text(effective) + overridden


def _message(view: ConditionView) -> str:
    message = condition_message(view.message)
    if view.result is None and view.evaluator == "manual":
        return message or QCoreApplication.translate(
            "OrderPage", "To be ticked by hand, with a note saying what was checked.")
    if view.result is None:
        return message or QCoreApplication.translate(
            "OrderPage", "Evaluated automatically when the caseworker who took the order opens it.")
    return message


def _note(view: ConditionView) -> str:
    note = getattr(view, "note", None)
    if not note:
        return ""
    who = getattr(view, "decided_by", None)
    if who:
        return QCoreApplication.translate("OrderPage", "Note by {person}: {note}").format(person=who, note=note)
    return QCoreApplication.translate("OrderPage", "Note: {note}").format(note=note)


def _override(view: ConditionView) -> str:
    if not view.override_result:
        return ""
    who = getattr(view, "overridden_by", None)
    automatic = result_label(view.result)
    forced = result_label(view.override_result)
    justification = view.override_justification or "—"
    if who:
        return QCoreApplication.translate(
            "OrderPage", "Overridden by {person}: “{automatic}” → “{forced}”. Justification: {justification}").format(
                person=who, automatic=automatic, forced=forced, justification=justification)  # fmt: skip
    return QCoreApplication.translate(
        "OrderPage", "Overridden: “{automatic}” → “{forced}”. Justification: {justification}").format(
            automatic=automatic, forced=forced, justification=justification)  # fmt: skip


def condition_card(view: ConditionView, parent: QWidget) -> QFrame:
    card = named(QFrame(parent), "conditionCard")
    grid = spaced(QGridLayout(card), None, (12, 8, 12, 10))
    grid.setHorizontalSpacing(12)
    grid.setVerticalSpacing(4)
    effective = view.effective
    text, tint = RESULT_COLOURS.get(effective, RESULT_COLOURS[None])
    badge = named(QLabel(_badge_text(view), card), "conditionResult")
    badge.setStyleSheet(f"color: {text}; background: {tint}; border-radius: 3px; padding: 2px 8px; "
                        "font-weight: 600;")  # fmt: skip
    badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
    badge.setMinimumWidth(150)
    badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Maximum)
    title = named(QLabel(view.label, card), "conditionTitle")
    title.setWordWrap(True)
    kind = (QCoreApplication.translate("OrderPage", "mandatory") if view.mandatory
            else QCoreApplication.translate("OrderPage", "optional"))  # fmt: skip
    meta = QLabel(QCoreApplication.translate("OrderPage", "{kind} · {evaluator} · legal basis: {basis}").format(
        kind=kind, evaluator=evaluator_label(view.evaluator), basis=view.legal_basis or "—"), card)
    meta.setObjectName("conditionMeta")
    meta.setWordWrap(True)
    grid.addWidget(badge, 0, 0, Qt.AlignmentFlag.AlignTop)
    grid.addWidget(title, 0, 1)
    grid.addWidget(meta, 1, 1)
    row = 2
    message = _message(view)
    if message:
        grid.addWidget(value_label(message, card, "conditionMessage"), row, 1)
        row += 1
    if view.evidence:
        grid.addWidget(_evidence(view, card), row, 1)
        row += 1
    note = _note(view)
    if note:
        grid.addWidget(value_label(note, card, "conditionNote"), row, 1)
        row += 1
    override = _override(view)
    if override:
        grid.addWidget(value_label(override, card, "overrideInfo"), row, 1)
        row += 1
    grid.setColumnStretch(1, 1)
    card.setAccessibleName(f"{view.label}: {result_label(effective)}")
    return card


def _evidence(view: ConditionView, parent: QWidget) -> QWidget:
    """What the automatic evaluation compared: each field as given, as in the register (or the tariff), and whether
    they match."""
    box = QWidget(parent)
    grid = spaced(QGridLayout(box), None, (0, 2, 0, 0))
    grid.setHorizontalSpacing(14)
    grid.setVerticalSpacing(2)
    headers = (QCoreApplication.translate("OrderPage", "Checked"), QCoreApplication.translate("OrderPage",
               "In the order"), QCoreApplication.translate("OrderPage", "Register or tariff"), "")  # fmt: skip
    for c, text in enumerate(headers):
        header = named(QLabel(text, box), "fieldName")
        grid.addWidget(header, 0, c)
    for r, evidence in enumerate(view.evidence, start=1):
        mark = (QCoreApplication.translate("OrderPage", "✓ matches") if evidence.matches
                else QCoreApplication.translate("OrderPage", "✗ does not match"))  # fmt: skip
        cells = (field_label(evidence.field), evidence_value(evidence.given), evidence_value(evidence.register), mark)
        for c, text in enumerate(cells):
            label = QLabel(text, box)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if not evidence.matches:
                label.setStyleSheet(f"color: {DIFFERS_TEXT};" + (" font-weight: 600;" if c == 3 else ""))
            grid.addWidget(label, r, c)
    grid.setColumnStretch(4, 1)
    return box
