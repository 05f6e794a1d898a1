"""The dialogs of the refusal procedure: the right to be heard (LPA art. 41) and the applicant's answer, asked on the
order screen, the editor's confirmation before it submits, and the supervisor's decision on a proposal (approve and
sign, or return), asked on « Décisions à approuver ».

Each is an ``ActionDialog`` (see ``gui.dialogs``): OK checks what was typed, then the screen runs the action in the
background; a refusal keeps the dialog open with what was typed and says why.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QDateEdit, QLabel, QRadioButton, QWidget

from ocpm_desk.gui.dialogs import ActionDialog, TextDialog, text_box
from ocpm_desk.gui.formatting import format_date
from ocpm_desk.gui.qdates import pydate, qdate
from ocpm_desk.gui.widgets import named, set_tab_order
from ocpm_desk.kernel import clock


class HearingDialog(ActionDialog):
    """Before a refusal (LPA art. 41): send a hearing letter (the editor opens), or say why hearing is not needed."""

    letter_chosen = Signal()

    def __init__(self, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Right to be heard — {reference}").format(reference=reference),
            self.tr("Before a refusal the applicant is heard: a hearing letter gives them 10 days to comment. "
                    "Record why it is not needed if so."),
            self.tr("&Continue"),
            parent,
        )
        self.setObjectName("hearingDialog")
        self.letter_radio = QRadioButton(self.tr("Send a hearing &letter (opens the editor with its preview)"), self)
        self.letter_radio.setObjectName("hearingLetter")
        self.not_needed_radio = QRadioButton(self.tr("Hearing the applicant is &not needed"), self)
        self.not_needed_radio.setObjectName("hearingNotNeeded")
        self.reason_edit = text_box(self, "hearingReason", 3)
        self.reason_edit.setPlaceholderText(self.tr("e.g. the facts come from the register and are not disputed"))
        group = QButtonGroup(self)
        group.addButton(self.letter_radio)
        group.addButton(self.not_needed_radio)
        self.letter_radio.setChecked(True)
        self.form.addRow(self.letter_radio)
        self.form.addRow(self.not_needed_radio)
        self.form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.not_needed_radio.toggled.connect(self._chosen)
        self.reason_edit.textChanged.connect(self._reason_typed)
        self._chosen()
        self.letter_radio.setFocus()

    def _reason_typed(self) -> None:
        if self.reason_edit.toPlainText():
            self.not_needed_radio.setChecked(True)  # typing a reason chooses "not needed"

    def _chosen(self) -> None:
        self.ok_button.setText(self.tr("&Record") if self.not_needed_radio.isChecked() else self.tr("&Continue"))

    def inputs(self) -> list[QWidget]:
        return [self.letter_radio, self.not_needed_radio, self.reason_edit]

    @property
    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def confirm(self) -> None:
        if self.letter_radio.isChecked() and not self.busy:
            self.accept()
            self.letter_chosen.emit()
            return
        super().confirm()

    def validate(self) -> str | None:
        if not self.reason:
            self.reason_edit.setFocus()
            return self.tr("Say why hearing the applicant is not needed.")
        return None


class HearingAnswerDialog(ActionDialog):
    """The applicant's comments on the hearing letter (with the date they came), or that none came in time."""

    def __init__(self, reference: str, sent_on: date | None, reply_by: date | None, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:  # fmt: skip
        super().__init__(
            self.tr("Answer to the hearing letter — {reference}").format(reference=reference),
            self.tr("Hearing letter sent on {sent}; comments were due by {reply_by}.").format(
                sent=format_date(sent_on), reply_by=format_date(reply_by)),
            self.tr("&Record"),
            parent,
        )
        self.setObjectName("hearingAnswerDialog")
        self._today = today or clock.today()
        self._sent_on = sent_on
        self._reply_by = reply_by
        self.answered_radio = named(QRadioButton(self.tr("The applicant &answered"), self), "hearingAnswered")
        self.no_answer_radio = QRadioButton(self.tr("No answer came &within the time limit"), self)
        self.no_answer_radio.setObjectName("hearingNoAnswer")
        group = QButtonGroup(self)
        group.addButton(self.answered_radio)
        group.addButton(self.no_answer_radio)
        self.answered_radio.setChecked(True)
        self.answer_edit = text_box(self, "hearingAnswer", 5)
        self.answer_edit.setPlaceholderText(self.tr("the applicant's comments, as received"))
        self.date_edit = named(QDateEdit(self), "hearingAnsweredOn")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setMaximumDate(qdate(self._today))
        if sent_on is not None:
            self.date_edit.setMinimumDate(qdate(min(sent_on, self._today)))
        self.date_edit.setDate(qdate(self._today))
        self.form.addRow(self.answered_radio)
        self.form.addRow(self.tr("&Comments:"), self.answer_edit)
        self.form.addRow(self.tr("Received &on:"), self.date_edit)
        self.form.addRow(self.no_answer_radio)
        # top to bottom, as laid out (the radio buttons were built before the fields between them)
        set_tab_order(self.answered_radio, self.answer_edit, self.date_edit, self.no_answer_radio)
        self.answered_radio.toggled.connect(self._chosen)
        self._chosen()
        self.answer_edit.setFocus()

    def _chosen(self) -> None:
        answered = self.answered_radio.isChecked()
        self.answer_edit.setEnabled(answered and not self.busy)
        self.date_edit.setEnabled(answered and not self.busy)

    def inputs(self) -> list[QWidget]:
        return [self.answered_radio, self.no_answer_radio, self.answer_edit, self.date_edit]

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if not busy:
            self._chosen()

    @property
    def answer(self) -> str:
        return self.answer_edit.toPlainText().strip() if self.answered_radio.isChecked() else ""

    @property
    def received_on(self) -> date | None:
        return pydate(self.date_edit.date()) if self.answered_radio.isChecked() else None

    def validate(self) -> str | None:
        if self.answered_radio.isChecked():
            if not self.answer:
                self.answer_edit.setFocus()
                return self.tr("Write the applicant's comments, or choose “No answer”.")
            return None
        if self._reply_by is not None and self._today <= self._reply_by:
            return self.tr("The time to comment runs until {date}: “no answer” can be recorded only after it.").format(
                date=format_date(self._reply_by))
        return None


class ApproveRefusalDialog(ActionDialog):
    """The supervisor signs: the decision is issued with the content they saw (its SHA-256 is quoted back)."""

    def __init__(self, reference: str, author: str, content_sha256: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Approve and sign — {reference}").format(reference=reference),
            self.tr("Approve the refusal of order {reference} proposed by {author}? The decision is issued with a "
                    "number, signed in your name, and goes to the mail room to be sent registered.").format(
                        reference=reference, author=author),
            self.tr("&Approve and sign"),
            parent,
        )
        self.setObjectName("approveRefusalDialog")
        self.hash_label = named(QLabel(content_sha256, self), "contentSha256")
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hash_label.setWordWrap(True)
        self.hash_label.setStyleSheet("font-family: monospace;")
        self.form.addRow(self.tr("Content approved (SHA-256):"), self.hash_label)


class ReturnRefusalDialog(TextDialog):
    """The supervisor returns the proposal to its author with a comment (mandatory)."""

    def __init__(self, reference: str, author: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Return the proposal — {reference}").format(reference=reference),
            self.tr("The proposal goes back to {author}, with your comment; the order is in review again.").format(
                author=author),
            self.tr("&Return"),
            parent,
        )
        self.setObjectName("returnRefusalDialog")
        self.comment_edit = self.add_text_row(self.tr("&Comment:"), "returnComment",
                                              self.tr("what to change, and why"), 5)

    @property
    def comment(self) -> str:
        return self.text

    def validate(self) -> str | None:
        if self.shorter_than(1):
            return self.tr("Write a comment for the author: what to change, and why.")
        return None


class ConfirmSubmitDialog(ActionDialog):
    """The refusal editor asks before it submits the refusal to a supervisor, or sends the hearing letter."""

    def __init__(self, title: str, intro: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, intro, ok_text, parent)
        self.setObjectName("confirmSubmitDialog")
