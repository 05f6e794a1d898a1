"""The dialogs of the casework actions on an order: hold, withdrawal, approval, condition, assignment, and "open an
order". The refusal dialogs are in ``gui.refusals.dialogs``, the mail room's (correction, send again) in
``gui.mailroom.dialogs``.

Each is an ``ActionDialog``: OK checks what was typed (and says what is missing, in the dialog), then emits
``submitted``; the screen runs the action in the background while the dialog waits, busy. When the action went
through the screen closes the dialog; when it was refused (the order changed meanwhile, the connection dropped) the
dialog says why and keeps what was typed, so that the user can try again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
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
from ocpm_desk.gui.dialogs import ActionDialog, TextDialog, text_box
from ocpm_desk.gui.failures import describe_failure
from ocpm_desk.gui.formatting import format_chf, format_count, format_date
from ocpm_desk.gui.qdates import pydate, qdate
from ocpm_desk.gui.stored_text import evaluator_label, result_label, result_text
from ocpm_desk.gui.widgets import named, spaced
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
        self.reason_edit = named(QLineEdit(self), "holdReason")
        self.reason_edit.setPlaceholderText(self.tr("e.g. waiting for a copy of the passport"))
        self.reason_edit.setMaxLength(300)
        self.date_edit = named(QDateEdit(self), "holdFollowUp")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        # The minimum stands for "no date chosen yet": the field shows a prompt until a date is picked.
        self.date_edit.setMinimumDate(qdate(self._today))
        self.date_edit.setSpecialValueText(self.tr("choose a date"))
        self.date_edit.setDate(qdate(self._today))
        self.add_fields((self.tr("&Reason:"), self.reason_edit), (self.tr("&Follow-up on:"), self.date_edit))

    @property
    def reason(self) -> str:
        return self.reason_edit.text().strip()

    @property
    def follow_up(self) -> date | None:
        chosen = pydate(self.date_edit.date())
        return None if chosen <= self._today else chosen

    def set_follow_up(self, day: date) -> None:
        self.date_edit.setDate(qdate(day))

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


class WithdrawDialog(TextDialog):
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
        self.note_edit = self.add_text_row(self.tr("&Written withdrawal:"), "withdrawNote",
                                           self.tr("e.g. letter of 12.03.2026 received by post"))
        self.form.addRow(self.fee_label)

    @property
    def note(self) -> str:
        return self.text

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
        self.condition_combo = named(QComboBox(self), "conditionChoice")
        for view in self._conditions:
            self.condition_combo.addItem(view.label, view.code)
        self.condition_combo.setMaximumWidth(560)
        self.state_label = named(QLabel(self), "conditionState")
        self.state_label.setWordWrap(True)
        self.met_radio = QRadioButton(self.tr("&Met"), self)
        self.not_met_radio = QRadioButton(self.tr("&Not met"), self)
        self.remove_radio = QRadioButton(self.tr("Remove the o&verride (back to the automatic result)"), self)
        self.result_group = QButtonGroup(self)
        for button in (self.met_radio, self.not_met_radio, self.remove_radio):
            self.result_group.addButton(button)
        results = QWidget(self)
        results_column = spaced(QVBoxLayout(results), 4)
        for button in (self.met_radio, self.not_met_radio, self.remove_radio):
            results_column.addWidget(button)
        self.note_edit = text_box(self, "conditionNote")
        self.note_label = QLabel(self)
        self.rule_label = named(QLabel(self), "conditionRule")
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
        self.staff_list = named(QListWidget(self), "assignStaff", self.tr("Caseworkers"))
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
        self.reference_edit = named(QLineEdit(reference, self), "openOrderReference")
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
        self.succeeded()
        self.found.emit(rows[0].id)
