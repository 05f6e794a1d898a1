"""The "Decision and hearing" section of an order's page: the right to be heard, then each version of the refusal
decision (author, approver, hearing, the SHA-256 of its content and of its archived PDF, the supervisor's comment),
with the buttons that open an issued decision's PDF or print a copy.

The texts keep the order page's translation context ("OrderPage").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ocpm_desk.features.casework.api import OrderDetail
from ocpm_desk.gui.casework.order_cards import Card, hash_line, pair_grid, value_label
from ocpm_desk.gui.formatting import geneva_moment
from ocpm_desk.gui.stored_text import decision_status_label, hearing_mode_label, hearing_text
from ocpm_desk.gui.widgets import spaced

if TYPE_CHECKING:
    # the refusal decisions of the order, as the casework API's OrderDetail carries them
    from ocpm_desk.features.refusals.api import DecisionVersion

#: Opens an issued decision's PDF: ``(decision_id, copy)`` (the original, or a copy marked COPIE).
OpenDecision = Callable[[int, bool], None]


class DecisionSection(QWidget):
    """The hearing's card (``hearing_value``), then a card per version of the decision (``decision_cards``)."""

    def __init__(self, d: OrderDetail, parent: QWidget, open_decision: OpenDecision | None = None) -> None:
        super().__init__(parent)
        self._open_decision = open_decision
        column = spaced(QVBoxLayout(self), 8)
        card = Card(parent, QCoreApplication.translate("OrderPage", "Right to be heard"))
        self.hearing_value = value_label(hearing_text(d.hearing), card, "orderHearing")
        card.column.addWidget(self.hearing_value)
        if d.hearing is not None and d.hearing.document_sha256:
            card.column.addWidget(hash_line(QCoreApplication.translate("OrderPage", "Hearing letter (SHA-256)"),
                                            d.hearing.document_sha256, card))  # fmt: skip
        column.addWidget(card)
        self.decision_cards: dict[int, QFrame] = {}
        for number, version in enumerate(d.decisions, start=1):
            version_card = self._decision_card(number, version, parent)
            self.decision_cards[version.decision_id] = version_card
            column.addWidget(version_card)

    def _decision_card(self, number: int, v: DecisionVersion, parent: QWidget) -> Card:
        title = QCoreApplication.translate("OrderPage", "Version {number} — {status}").format(
            number=number, status=decision_status_label(v.status))
        if v.number:
            title += " — " + QCoreApplication.translate("OrderPage", "decision no. {number}").format(number=v.number)
        card = Card(parent, title)
        card.setAccessibleName(title)
        pairs: list[tuple[str, QWidget] | None] = [
            (QCoreApplication.translate("OrderPage", "Author"),
             value_label(f"{v.author_name} ({v.author})", card, "decisionAuthor")),
            (QCoreApplication.translate("OrderPage", "Proposed on"), value_label(geneva_moment(v.proposed_at), card)),
        ]  # fmt: skip
        if v.approver:
            pairs += [(QCoreApplication.translate("OrderPage", "Decided by"),
                       value_label(f"{v.approver_name or v.approver} ({v.approver})", card, "decisionApprover")),
                      (QCoreApplication.translate("OrderPage", "Decided on"),
                       value_label(geneva_moment(v.decided_at), card))]  # fmt: skip
        if v.hearing:
            note = hearing_mode_label(v.hearing) + (f" — {v.hearing_note}" if v.hearing_note else "")
            pairs += [None, (QCoreApplication.translate("OrderPage", "Hearing"),
                             value_label(note, card, "decisionHearing"))]  # fmt: skip
        card.column.addLayout(pair_grid(card, pairs))
        card.column.addWidget(hash_line(QCoreApplication.translate("OrderPage", "Content (SHA-256)"),
                                        v.content_sha256, card))  # fmt: skip
        if v.pdf_sha256:
            card.column.addWidget(hash_line(QCoreApplication.translate("OrderPage", "Archived PDF (SHA-256)"),
                                            v.pdf_sha256, card))  # fmt: skip
        if v.return_comment:
            card.column.addWidget(value_label(QCoreApplication.translate(
                "OrderPage", "Returned with this comment: {comment}").format(comment=v.return_comment),
                card, "decisionReturnComment"))  # fmt: skip
        if v.status == "issued" and self._open_decision is not None:
            card.column.addLayout(self._pdf_buttons(v.decision_id, card, self._open_decision))
        return card

    @staticmethod
    def _pdf_buttons(decision_id: int, card: QWidget, opener: OpenDecision) -> QHBoxLayout:
        row = QHBoxLayout()
        open_button = QPushButton(QCoreApplication.translate("OrderPage", "Open the PDF"), card)
        open_button.setObjectName("openDecisionPdf")
        open_button.setToolTip(QCoreApplication.translate(
            "OrderPage", "The archived original, as signed (Ctrl+Shift+O for the latest)"))
        copy_button = QPushButton(QCoreApplication.translate("OrderPage", "Print a copy…"), card)
        copy_button.setObjectName("printDecisionCopy")
        copy_button.setToolTip(QCoreApplication.translate(
            "OrderPage", "A copy marked COPIE, saved to a file (Ctrl+Shift+P for the latest)"))
        open_button.clicked.connect(lambda _c=False: opener(decision_id, False))
        copy_button.clicked.connect(lambda _c=False: opener(decision_id, True))
        row.addWidget(open_button)
        row.addWidget(copy_button)
        row.addStretch(1)
        return row
