"""The dialogs of the order actions: hold, withdrawal, approval, condition, assignment, and "open an order".

Each is an ``ActionDialog``: OK checks what was typed (and says what is missing, in the dialog), then emits
``submitted``; the screen runs the action in the background while the dialog waits, busy. When the action went
through the screen closes the dialog; when it was refused (the order changed meanwhile, the connection dropped) the
dialog says why and keeps what was typed, so that the user can try again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ocpm_desk.features.casework.api import Queue, QueueRow, QueueSpec, SortKey, StaffChoice
from ocpm_desk.gui.background import BackgroundTask, run_in_background
from ocpm_desk.gui.dialogs import ActionDialog, text_box
from ocpm_desk.gui.failures import describe_failure
from ocpm_desk.gui.formatting import format_chf, format_count, format_date
from ocpm_desk.gui.stored_text import evaluator_label, result_label, result_text
from ocpm_desk.gui.widgets import set_tab_order
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.calendar import add_working_days, is_working_day
from ocpm_desk.kernel.identifiers import is_valid_order_reference
from ocpm_desk.session import DeskSession

if TYPE_CHECKING:
    from ocpm_desk.features.casework.api import ConditionView

#: The shortest written justification of an override, and of a withdrawal note (services.casework says the same).
MIN_JUSTIFICATION = 10
MIN_WITHDRAWAL_NOTE = 10


# ---- hold --------------------------------------------------------------------------------------------------------


class HoldDialog(ActionDialog):
    """Put on hold: a reason and a follow-up date, both mandatory, the date a working day after today."""

    def __init__(self, reference: str, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(
            self.tr("Put on hold — {reference}").format(reference=reference),
            self.tr("The order waits in “On hold” until the follow-up date. Say what it waits for."),
            self.tr("&Put on hold"),
            parent,
        )
        self.setObjectName("holdDialog")
        self._today = today or clock.today()
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("holdReason")
        self.reason_edit.setPlaceholderText(self.tr("e.g. waiting for a copy of the passport"))
        self.reason_edit.setMaxLength(300)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("holdFollowUp")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        # The minimum stands for "no date chosen yet": the field shows a prompt until a date is picked.
        self.date_edit.setMinimumDate(_qdate(self._today))
        self.date_edit.setSpecialValueText(self.tr("choose a date"))
        self.date_edit.setDate(_qdate(self._today))
        self.form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.form.addRow(self.tr("&Follow-up on:"), self.date_edit)
        self.reason_edit.setFocus()

    def inputs(self) -> list[QWidget]:
        return [self.reason_edit, self.date_edit]

    @property
    def reason(self) -> str:
        return self.reason_edit.text().strip()

    @property
    def follow_up(self) -> date | None:
        chosen = _pydate(self.date_edit.date())
        return None if chosen <= self._today else chosen

    def set_follow_up(self, day: date) -> None:
        self.date_edit.setDate(_qdate(day))

    def validate(self) -> str | None:
        if not self.reason:
            self.reason_edit.setFocus()
            return self.tr("Give the reason of the hold.")
        day = self.follow_up
        if day is None:
            self.date_edit.setFocus()
            return self.tr("Choose a follow-up date after today.")
        if not is_working_day(day):
            self.date_edit.setFocus()
            return self.tr("{date} is not a working day; the next one is {next}.").format(
                date=format_date(day), next=format_date(add_working_days(day, 1)))
        return None


# ---- withdrawal --------------------------------------------------------------------------------------------------


class WithdrawDialog(ActionDialog):
    """The applicant's written withdrawal: a note (date and means); the fee is kept (G2)."""

    def __init__(self, reference: str, paid_centimes: int, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Record a withdrawal — {reference}").format(reference=reference),
            self.tr("Record the applicant's written withdrawal. The order ends here; nothing is sent."),
            self.tr("&Record the withdrawal"),
            parent,
        )
        self.setObjectName("withdrawDialog")
        self.fee_label = QLabel(
            self.tr("The fee is kept: the {amount} paid are not refunded (general terms: a paid order is "
                    "definitive).").format(amount=format_chf(paid_centimes)),
            self,
        )
        self.fee_label.setObjectName("withdrawFeeKept")
        self.fee_label.setWordWrap(True)
        self.note_edit = text_box(self, "withdrawNote")
        self.note_edit.setPlaceholderText(self.tr("e.g. letter of 12.03.2026 received by post"))
        self.form.addRow(self.tr("&Written withdrawal:"), self.note_edit)
        self.form.addRow(self.fee_label)
        self.note_edit.setFocus()

    def inputs(self) -> list[QWidget]:
        return [self.note_edit]

    @property
    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def validate(self) -> str | None:
        if len(self.note) < MIN_WITHDRAWAL_NOTE:
            return self.tr("Say when and how the applicant withdrew (at least {count} characters).").format(
                count=MIN_WITHDRAWAL_NOTE)
        return None


# ---- approval ----------------------------------------------------------------------------------------------------


class ApproveDialog(ActionDialog):
    def __init__(self, reference: str, service: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Approve — {reference}").format(reference=reference),
            self.tr("Approve order {reference} ({service})? Every mandatory condition is met; the documents then "
                    "go to the mail room to be printed and sent.").format(reference=reference, service=service),
            self.tr("&Approve"),
            parent,
        )
        self.setObjectName("approveDialog")


# ---- conditions --------------------------------------------------------------------------------------------------


class ConditionDialog(ActionDialog):
    """Tick a manual condition, or override an automatic result with a written justification (or remove it)."""

    REMOVE = ""

    def __init__(self, reference: str, conditions: Sequence[ConditionView], current: str | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(
            self.tr("Tick or override a condition — {reference}").format(reference=reference),
            "",
            self.tr("&Save"),
            parent,
        )
        self.setObjectName("conditionDialog")
        self.setMinimumWidth(600)
        self._conditions = list(conditions)
        self.condition_combo = QComboBox(self)
        self.condition_combo.setObjectName("conditionChoice")
        for view in self._conditions:
            self.condition_combo.addItem(view.label, view.code)
        self.condition_combo.setMaximumWidth(560)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("conditionState")
        self.state_label.setWordWrap(True)
        self.met_radio = QRadioButton(self.tr("&Met"), self)
        self.not_met_radio = QRadioButton(self.tr("&Not met"), self)
        self.remove_radio = QRadioButton(self.tr("Remove the o&verride (back to the automatic result)"), self)
        self.result_group = QButtonGroup(self)
        for button in (self.met_radio, self.not_met_radio, self.remove_radio):
            self.result_group.addButton(button)
        results = QWidget(self)
        results_column = QVBoxLayout(results)
        results_column.setContentsMargins(0, 0, 0, 0)
        results_column.setSpacing(4)
        for button in (self.met_radio, self.not_met_radio, self.remove_radio):
            results_column.addWidget(button)
        self.note_edit = text_box(self, "conditionNote")
        self.note_label = QLabel(self)
        self.rule_label = QLabel(self)
        self.rule_label.setObjectName("conditionRule")
        self.rule_label.setWordWrap(True)
        self.form.addRow(self.tr("&Condition:"), self.condition_combo)
        self.form.addRow("", self.state_label)
        self.form.addRow(self.tr("Result:"), results)
        self.form.addRow(self.note_label, self.note_edit)
        self.form.addRow("", self.rule_label)
        self.note_label.setBuddy(self.note_edit)
        self.condition_combo.currentIndexChanged.connect(lambda _i: self._condition_changed())
        index = self.condition_combo.findData(current) if current else -1
        self.condition_combo.setCurrentIndex(max(index, 0))
        self._condition_changed()
        self.condition_combo.setFocus()

    def inputs(self) -> list[QWidget]:
        return [self.condition_combo, self.met_radio, self.not_met_radio, self.remove_radio, self.note_edit]

    @property
    def condition(self) -> ConditionView | None:
        index = self.condition_combo.currentIndex()
        return self._conditions[index] if 0 <= index < len(self._conditions) else None

    @property
    def overriding(self) -> bool:
        view = self.condition
        return view is not None and view.evaluator == "automatic"

    @property
    def chosen_result(self) -> str | None:
        """``met``, ``not_met``, ``REMOVE`` (remove the override), or None while nothing is chosen."""
        if self.met_radio.isChecked():
            return "met"
        if self.not_met_radio.isChecked():
            return "not_met"
        if self.remove_radio.isChecked():
            return self.REMOVE
        return None

    @property
    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def _condition_changed(self) -> None:
        view = self.condition
        if view is None:
            return
        state = self.tr("{kind} condition, {mandatory}; result now: {result}").format(
            kind=evaluator_label(view.evaluator),
            mandatory=self.tr("mandatory") if view.mandatory else self.tr("optional"),
            result=result_text(view.result),
        )
        if view.override_result:
            state += "\n" + self.tr("Overridden to “{result}”: {justification}").format(
                result=result_label(view.override_result), justification=view.override_justification or "")
        self.state_label.setText(state)
        self.remove_radio.setVisible(self.overriding and bool(view.override_result))
        self.result_group.setExclusive(False)
        for button in (self.met_radio, self.not_met_radio, self.remove_radio):
            button.setChecked(False)
        self.result_group.setExclusive(True)
        if self.overriding:
            self.note_label.setText(self.tr("&Justification:"))
            self.rule_label.setText(self.tr(
                "Overriding an automatic result needs a written justification of at least {count} characters; it "
                "is kept in the audit trail.").format(count=MIN_JUSTIFICATION))
        else:
            self.note_label.setText(self.tr("&Note:"))
            self.rule_label.setText(self.tr("Say what you checked (document, call, register extract)."))
        self.show_message("")

    def validate(self) -> str | None:
        view = self.condition
        if view is None:
            return self.tr("Choose a condition.")
        result = self.chosen_result
        if result is None:
            return self.tr("Choose the result.")
        if self.overriding:
            if result == self.REMOVE:
                return None
            if result == view.result:
                return self.tr("The automatic result is already “{result}”: there is nothing to override.").format(
                    result=result_label(result))
            if len(self.note) < MIN_JUSTIFICATION:
                self.note_edit.setFocus()
                return self.tr("Write a justification of at least {count} characters ({typed} typed).").format(
                    count=MIN_JUSTIFICATION, typed=len(self.note))
            return None
        if not self.note:
            self.note_edit.setFocus()
            return self.tr("Write a note saying what you checked.")
        return None


# ---- assignment --------------------------------------------------------------------------------------------------


class AssignDialog(ActionDialog):
    """A supervisor picks the person who takes the orders; the list (with open orders) loads in the background."""

    def __init__(self, title: str, intro: str, load: Callable[[], list[StaffChoice]], parent: QWidget | None = None,
                 *, current: str | None = None) -> None:  # fmt: skip
        super().__init__(title, intro, self.tr("&Assign"), parent)
        self.setObjectName("assignDialog")
        self._current = current
        self.staff_list = QListWidget(self)
        self.staff_list.setObjectName("assignStaff")
        self.staff_list.setAccessibleName(self.tr("Caseworkers"))
        self.staff_list.setMinimumHeight(220)
        self.staff_list.itemDoubleClicked.connect(lambda _item: self.confirm())
        self.form.addRow(self.staff_list)
        self.staff_list.setFocus()
        self.ok_button.setEnabled(False)
        self.show_message(self.tr("Loading the caseworkers…"), "info")
        self._task: BackgroundTask | None = run_in_background(self, load, self._loaded, self._load_failed)

    def inputs(self) -> list[QWidget]:
        return [self.staff_list]

    @property
    def loaded(self) -> bool:
        return self._task is not None and self._task.done

    def _loaded(self, staff: list[StaffChoice]) -> None:
        self.show_message("")
        for person in staff:
            if person.open_orders == 0:
                load = self.tr("no open order")
            elif person.open_orders == 1:
                load = self.tr("1 open order")
            else:
                load = self.tr("{count} open orders").format(count=format_count(person.open_orders))
            text = f"{person.display_name} ({person.username}) — {load}"
            if person.username == self._current:
                text += " — " + self.tr("assigned now")
            item = QListWidgetItem(text, self.staff_list)
            item.setData(Qt.ItemDataRole.UserRole, person.username)
        if self.staff_list.count():
            self.staff_list.setCurrentRow(0)
            self.ok_button.setEnabled(True)
        else:
            self.show_message(self.tr("No active caseworker or supervisor to assign to."), "error")

    def _load_failed(self, exc: BaseException) -> None:
        self.show_message(describe_failure(exc), "error")

    @property
    def username(self) -> str | None:
        item = self.staff_list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, str) else None

    def choose(self, username: str) -> None:
        for row in range(self.staff_list.count()):
            if self.staff_list.item(row).data(Qt.ItemDataRole.UserRole) == username:
                self.staff_list.setCurrentRow(row)

    def validate(self) -> str | None:
        if self.username is None:
            return self.tr("Choose the person who takes the order.")
        if self.username == self._current:
            return self.tr("The order is already assigned to {person}.").format(person=self.username)
        return None


# ---- refusals: the right to be heard, the supervisor's decision ---------------------------------------------------


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
        self.answered_radio = QRadioButton(self.tr("The applicant &answered"), self)
        self.answered_radio.setObjectName("hearingAnswered")
        self.no_answer_radio = QRadioButton(self.tr("No answer came &within the time limit"), self)
        self.no_answer_radio.setObjectName("hearingNoAnswer")
        group = QButtonGroup(self)
        group.addButton(self.answered_radio)
        group.addButton(self.no_answer_radio)
        self.answered_radio.setChecked(True)
        self.answer_edit = text_box(self, "hearingAnswer", 5)
        self.answer_edit.setPlaceholderText(self.tr("the applicant's comments, as received"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("hearingAnsweredOn")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setMaximumDate(_qdate(self._today))
        if sent_on is not None:
            self.date_edit.setMinimumDate(_qdate(min(sent_on, self._today)))
        self.date_edit.setDate(_qdate(self._today))
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
        return _pydate(self.date_edit.date()) if self.answered_radio.isChecked() else None

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
        self.hash_label = QLabel(content_sha256, self)
        self.hash_label.setObjectName("contentSha256")
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hash_label.setWordWrap(True)
        self.hash_label.setStyleSheet("font-family: monospace;")
        self.form.addRow(self.tr("Content approved (SHA-256):"), self.hash_label)


class ReturnRefusalDialog(ActionDialog):
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
        self.comment_edit = text_box(self, "returnComment", 5)
        self.comment_edit.setPlaceholderText(self.tr("what to change, and why"))
        self.form.addRow(self.tr("&Comment:"), self.comment_edit)
        self.comment_edit.setFocus()

    def inputs(self) -> list[QWidget]:
        return [self.comment_edit]

    @property
    def comment(self) -> str:
        return self.comment_edit.toPlainText().strip()

    def validate(self) -> str | None:
        if not self.comment:
            self.comment_edit.setFocus()
            return self.tr("Write a comment for the author: what to change, and why.")
        return None


# ---- open an order -----------------------------------------------------------------------------------------------


class OpenOrderDialog(ActionDialog):
    """Ctrl+O: type (or keep) a reference; the order is looked up in the background, then ``found`` opens it."""

    found = Signal(int)

    def __init__(self, session: DeskSession, reference: str = "", parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Open an order"),
            self.tr("Type the reference of the order (on the applicant's receipt or letter)."),
            self.tr("&Open"),
            parent,
        )
        self.setObjectName("openOrderDialog")
        self.setMinimumWidth(440)
        self._session = session
        self.reference_edit = QLineEdit(reference, self)
        self.reference_edit.setObjectName("openOrderReference")
        self.reference_edit.setPlaceholderText("ED-2026-00000012")
        self.reference_edit.selectAll()
        self.form.addRow(self.tr("&Reference:"), self.reference_edit)
        self.reference_edit.setFocus()
        self.submitted.connect(self._look_up)

    def inputs(self) -> list[QWidget]:
        return [self.reference_edit]

    @property
    def reference(self) -> str:
        return self.reference_edit.text().strip().upper()

    def validate(self) -> str | None:
        if not is_valid_order_reference(self.reference):
            return self.tr("Type a reference such as ED-2026-00000012.")
        return None

    def _look_up(self) -> None:
        session, reference = self._session, self.reference
        spec = QueueSpec(Queue.ALL, search=reference, sort=SortKey.ORDERED_AT)
        run_in_background(self, lambda: session.casework.queue_page(spec, limit=1), self._looked_up,
                          lambda exc: self.failed(describe_failure(exc)))  # fmt: skip

    def _looked_up(self, rows: list[QueueRow]) -> None:
        if not rows:
            self.failed(self.tr("No order has the reference {reference}.").format(reference=self.reference))
            return
        self.set_busy(False)
        self.accept()
        self.found.emit(rows[0].id)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


# ---- after shipping: correction requests (G5) and sending a returned order again --------------------------------

OCPM, APPLICANT = "ocpm", "applicant"
#: The eCH-0010 fields of a delivery address, in the order the dialog shows them.
ADDRESS_FIELDS = ("mr_mrs", "first_name", "last_name", "street", "house_number", "swiss_zip_code",
                  "foreign_zip_code", "town", "country")  # fmt: skip
_SALUTATIONS = {"Monsieur": "2", "Madame": "1"}  # eCH-0010 mrMrs codes


class CorrectionDialog(ActionDialog):
    """A correction request on a shipped or delivered order: when it came, what is wrong, and whose error it is."""

    def __init__(self, reference: str, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(
            self.tr("Correction request — {reference}").format(reference=reference),
            self.tr("The applicant says the document is wrong. An error of the OCPM is corrected free of charge (a "
                    "new document is issued); an error in the applicant's own data needs a new order and a new "
                    "fee (general terms)."),
            self.tr("&Record the request"),
            parent,
        )  # fmt: skip
        self.setObjectName("correctionDialog")
        self._today = today or clock.today()
        self.received_edit = QDateEdit(self)
        self.received_edit.setObjectName("correctionReceived")
        self.received_edit.setAccessibleName(self.tr("Received on"))
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat("dd.MM.yyyy")
        self.received_edit.setMaximumDate(_qdate(self._today))
        self.received_edit.setDate(_qdate(self._today))
        self.description_edit = text_box(self, "correctionDescription")
        self.description_edit.setAccessibleName(self.tr("What is wrong"))
        self.description_edit.setPlaceholderText(self.tr("e.g. the date of arrival in Geneva is wrong"))
        self.group = QButtonGroup(self)
        self.ocpm_radio = QRadioButton(self.tr("Error of the &OCPM: reissue, no new fee"), self)
        self.ocpm_radio.setObjectName("correctionOcpm")
        self.applicant_radio = QRadioButton(self.tr("Error in the &applicant's data: a new order is needed"), self)
        self.applicant_radio.setObjectName("correctionApplicant")
        for radio in (self.ocpm_radio, self.applicant_radio):
            self.group.addButton(radio)
        self.form.addRow(self.tr("Received &on:"), self.received_edit)
        self.form.addRow(self.tr("&What is wrong:"), self.description_edit)
        self.form.addRow(self.ocpm_radio)
        self.form.addRow(self.applicant_radio)
        self.description_edit.setFocus()

    def inputs(self) -> list[QWidget]:
        return [self.received_edit, self.description_edit, self.ocpm_radio, self.applicant_radio]

    @property
    def received_on(self) -> date:
        return _pydate(self.received_edit.date())

    @property
    def description(self) -> str:
        return self.description_edit.toPlainText().strip()

    @property
    def attributable_to(self) -> str | None:
        if self.ocpm_radio.isChecked():
            return OCPM
        return APPLICANT if self.applicant_radio.isChecked() else None

    def validate(self) -> str | None:
        if not self.description:
            self.description_edit.setFocus()
            return self.tr("Describe what is wrong in the document.")
        if self.attributable_to is None:
            self.ocpm_radio.setFocus()
            return self.tr("Say whose error it is: the OCPM's or the applicant's.")
        return None


def address_fields(lines: Sequence[str]) -> dict[str, str]:
    """The eCH-0010 fields read back from printed address lines (salutation, name, street and number,
    postcode and town, country); a best guess the user checks in the dialog."""
    rest = [line.strip() for line in lines if line.strip()]
    fields = dict.fromkeys(ADDRESS_FIELDS, "")
    if rest and rest[0] in _SALUTATIONS:
        fields["mr_mrs"] = rest.pop(0)
    if rest:
        first, _, last = rest.pop(0).partition(" ")
        fields["first_name"], fields["last_name"] = first, last
    if rest and rest[-1].isupper() and not rest[-1][:1].isdigit():
        fields["country"] = rest.pop()
    if rest:
        code, _, town = rest.pop().partition(" ")
        if code.isdigit() and len(code) == 4 and not fields["country"]:
            fields["swiss_zip_code"] = code
        else:
            fields["foreign_zip_code"] = code
        fields["town"] = town.removesuffix(" GE").strip() if not fields["country"] else town.strip()
    if rest:
        street, _, number = rest[0].rpartition(" ")
        if street and number[:1].isdigit():
            fields["street"], fields["house_number"] = street, number
        else:
            fields["street"] = rest[0]
    return fields


class SendAgainDialog(ActionDialog):
    """A returned order goes back to the mail room: to the same address, or to a corrected one."""

    def __init__(self, reference: str, address_lines: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Send again — {reference}").format(reference=reference),
            self.tr("The order goes back to “To ship”. Correct the address if the post's reason of the return "
                    "says it is wrong."),
            self.tr("&Send again"),
            parent,
        )  # fmt: skip
        self.setObjectName("sendAgainDialog")
        self.same_radio = QRadioButton(self.tr("The &same address"), self)
        self.same_radio.setObjectName("sendAgainSame")
        self.corrected_radio = QRadioButton(self.tr("A &corrected address:"), self)
        self.corrected_radio.setObjectName("sendAgainCorrected")
        self.group = QButtonGroup(self)
        self.group.addButton(self.same_radio)
        self.group.addButton(self.corrected_radio)
        self.same_radio.setChecked(True)
        self.form.addRow(QLabel("\n".join(address_lines) or "—", self))
        self.form.addRow(self.same_radio)
        self.form.addRow(self.corrected_radio)
        labels = {
            "mr_mrs": self.tr("Salutation:"), "first_name": self.tr("First name:"), "last_name": self.tr("Last name:"),
            "street": self.tr("Street:"), "house_number": self.tr("Number:"),
            "swiss_zip_code": self.tr("Swiss postcode:"), "foreign_zip_code": self.tr("Foreign postcode:"),
            "town": self.tr("Town:"), "country": self.tr("Country (abroad):"),
        }  # fmt: skip
        self.address_edits: dict[str, QLineEdit] = {}
        prefill = address_fields(address_lines)
        for name in ADDRESS_FIELDS:
            edit = QLineEdit(prefill[name], self)
            edit.setObjectName(f"address_{name}")
            edit.setAccessibleName(labels[name].removesuffix(":"))
            edit.setMaxLength(150)
            edit.textEdited.connect(lambda _text: self.corrected_radio.setChecked(True))
            self.address_edits[name] = edit
            self.form.addRow(labels[name], edit)
        self.same_radio.setFocus()

    def inputs(self) -> list[QWidget]:
        return [self.same_radio, self.corrected_radio, *self.address_edits.values()]

    def address(self) -> dict[str, str | None] | None:
        """None for the same address; else the eCH-0010 fields (empty ones as None)."""
        if self.same_radio.isChecked():
            return None
        values: dict[str, str | None] = {n: (e.text().strip() or None) for n, e in self.address_edits.items()}
        salutation = values["mr_mrs"]
        if salutation in _SALUTATIONS:
            values["mr_mrs"] = _SALUTATIONS[salutation]
        return values

    def validate(self) -> str | None:
        address = self.address()
        if address is None:
            return None
        for name in ("last_name", "street", "town"):
            if not address[name]:
                self.address_edits[name].setFocus()
                return self.tr("A corrected address needs at least the last name, the street and the town.")
        if not address["swiss_zip_code"] and not (address["foreign_zip_code"] and address["country"]):
            self.address_edits["swiss_zip_code"].setFocus()
            return self.tr("Give a Swiss postcode, or a foreign postcode with the country.")
        return None
