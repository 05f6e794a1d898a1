"""The first login with a one-time password: the person chooses their own before working (issue 16 §1).

A one-time password was given by the administrator who confirmed the account (PostgreSQL, valid 72 hours) or typed
by whoever created a local account (SQLite): the login dialog opens this dialog before the main window, and the
session is closed if the person cancels.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

# As the services require (accounts.MIN_PASSWORD), said here so that the dialog needs no service import.
MIN_LENGTH = 8


class NewPasswordDialog(QDialog):
    """Two fields (the new password, again). OK emits ``submitted`` once the password is long enough and typed twice
    the same; the caller sets it off the GUI thread, then calls ``finish`` — or ``show_error`` with the refusal."""

    submitted = Signal(str)

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose your password"))
        self.setAccessibleName(self.tr("Choose your password"))
        intro = QLabel(self.tr("You logged in as {user} with a one-time password. Choose your own password "
                               "(at least {minimum} characters) to continue.").format(user=username,
                                                                                    minimum=MIN_LENGTH))
        intro.setWordWrap(True)
        self.first = QLineEdit()
        self.second = QLineEdit()
        for edit, name in ((self.first, self.tr("New password")), (self.second, self.tr("New password again"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Password message"))
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        form = QFormLayout()
        for text, edit in ((self.tr("&New password:"), self.first), (self.tr("&Again:"), self.second)):
            label = QLabel(text)
            label.setBuddy(edit)  # Alt+N, Alt+A
            form.addRow(label, edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.first.setFocus()

    @property
    def password(self) -> str:
        return self.first.text()

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
        self.message.setAccessibleDescription(text)
        self.first.setFocus()

    def accept(self) -> None:
        if len(self.first.text()) < MIN_LENGTH:
            self.show_error(self.tr("The password needs at least {minimum} characters.").format(minimum=MIN_LENGTH))
            return
        if self.first.text() != self.second.text():
            self.show_error(self.tr("The two passwords differ."))
            self.second.clear()
            return
        self.setEnabled(False)
        self.submitted.emit(self.first.text())

    def finish(self) -> None:
        super().accept()

    def failed(self, text: str) -> None:
        self.setEnabled(True)
        self.show_error(text)
