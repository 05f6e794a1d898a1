"""The reason of an envelope the post brought back (``ReturnDialog``), asked when a code is scanned in the shipping
screen's "Return" mode (Ctrl+R)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from ocpm_desk.gui.dialogs import ActionDialog, text_box
from ocpm_desk.gui.stored_text import RETURN_REASONS, return_reason_label
from ocpm_desk.gui.widgets import named


class ReturnDialog(ActionDialog):
    """The reason of a returned envelope; "Other" needs a note."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Record a return — {code}").format(code=code),
            self.tr("The post brought this envelope back. Say why, as the post's label says."),
            self.tr("&Record the return"),
            parent,
        )
        self.setObjectName("returnDialog")
        self.code = code
        self.reason_combo = named(QComboBox(self), "returnReason", self.tr("Reason of the return"))
        for reason in RETURN_REASONS:
            self.reason_combo.addItem(return_reason_label(reason), reason)
        self.note_edit = text_box(self, "returnNote", lines=3)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.add_fields((self.tr("&Reason:"), self.reason_combo), (self.tr("&Note:"), self.note_edit))

    @property
    def reason(self) -> str:
        return str(self.reason_combo.currentData())

    def set_reason(self, reason: str) -> None:
        self.reason_combo.setCurrentIndex(RETURN_REASONS.index(reason))

    @property
    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def validate(self) -> str | None:
        if self.reason == "other" and not self.note:
            self.note_edit.setFocus()
            return self.tr("Say what the reason is in the note.")
        return None
