"""The base of the action dialogs (a form, OK and Cancel, Escape, a message line, busy while the work runs), the
multi-line text box they share, and the dialogs that ask for one text (a note, a comment)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ocpm_desk.gui.widgets import MessageLabel, named, spaced

if TYPE_CHECKING:
    pass


def text_box(parent: QWidget, name: str, lines: int = 4) -> QPlainTextEdit:
    """A plain-text box ``lines`` high that Tab leaves, for the dialogs of every screen."""
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setTabChangesFocus(True)  # Tab leaves the box: every field is reachable from the keyboard
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class ActionDialog(QDialog):
    """Base of the action dialogs: a text, a form, a message line, OK and Cancel (Ctrl+Enter is OK too)."""

    submitted = Signal()

    def __init__(self, title: str, intro: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self._busy = False
        self._fields: list[QWidget] = []
        self.intro_label = named(QLabel(intro, self), "dialogIntro")
        self.intro_label.setWordWrap(True)
        self.intro_label.setVisible(bool(intro))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.message_label = MessageLabel(self, "dialogMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = named(QPushButton(ok_text, self), "dialogOk")
        self.ok_button.setDefault(True)
        self.ok_button.setToolTip(self.tr("Confirm (Ctrl+Enter)"))
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            if button is not self.ok_button and isinstance(button, QPushButton):
                button.setAutoDefault(False)  # Enter confirms, even after the focus passed over Cancel
        self._focus_before: QWidget | None = None
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.confirm)

        column = spaced(QVBoxLayout(self), 12, (22, 18, 22, 14))
        column.addWidget(self.intro_label)
        column.addLayout(self.form)
        column.addWidget(self.message_label)
        column.addStretch(1)
        column.addWidget(self.buttons)

    # -- for subclasses ------------------------------------------------------------------------------------------

    def validate(self) -> str | None:
        """What is missing or wrong, in one sentence; None when the action may go."""
        return None

    def inputs(self) -> list[QWidget]:
        """The fields disabled while the action runs: those of ``add_fields``."""
        return list(self._fields)

    def add_fields(self, *rows: tuple[str, QWidget]) -> None:
        """The form's rows (label, field) in order: the fields are the dialog's inputs, the first takes the focus."""
        for label, field in rows:
            self.form.addRow(label, field)
            self._fields.append(field)
        rows[0][1].setFocus()

    # -- the flow --------------------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def confirm(self) -> None:
        if self._busy:
            return
        problem = self.validate()
        if problem:
            self.show_message(problem, "error")
            return
        self.set_busy(True)
        self.show_message(self.tr("Working…"), "info")
        self.submitted.emit()

    def set_busy(self, busy: bool) -> None:
        if busy and not self._busy:
            self._focus_before = self.focusWidget()
        self._busy = busy
        self.ok_button.setEnabled(not busy)
        fields = self.inputs()
        for widget in fields:
            widget.setEnabled(not busy)
        if not busy:
            self.ok_button.setDefault(True)  # Enter confirms again (disabling the button gave the default away)
            back = self._focus_before if self._focus_before in fields else next(iter(fields), None)
            if back is not None:
                back.setFocus()  # where the user was typing: the text is still there to correct

    def show_message(self, text: str, kind: str = "error") -> None:
        self.message_label.say(text, kind)

    def succeeded(self) -> None:
        """The action went through: the dialog closes."""
        self.set_busy(False)
        self.accept()

    def failed(self, message: str) -> None:
        """The action did not go through: say why; what was typed stays."""
        self.set_busy(False)
        self.show_message(message, "error")

    def reject(self) -> None:
        if not self._busy:  # the action is on its way: its result decides
            super().reject()


class TextDialog(ActionDialog):
    """An action dialog whose form asks for one text (a note, a comment: ``text_box`` with its ``add_text_row``),
    read without the spaces around it; the box is the dialog's input."""

    text_edit: QPlainTextEdit

    def add_text_row(self, label: str, name: str, placeholder: str, lines: int = 4) -> QPlainTextEdit:
        """The text box of ``lines`` lines, named ``name``, under ``label``, with the focus."""
        self.text_edit = text_box(self, name, lines)
        self.text_edit.setPlaceholderText(placeholder)
        self.add_fields((label, self.text_edit))
        return self.text_edit

    @property
    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def shorter_than(self, length: int) -> bool:
        """Fewer than ``length`` characters typed (the box then takes the focus: the user completes it)."""
        if len(self.text) >= length:
            return False
        self.text_edit.setFocus()
        return True
