"""Resolving a quarantined line: the note saying what was done about it (``ResolveDialog``, opened by the quarantine
screen's "Resolve…")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ocpm_desk.features.intake.api import MIN_NOTE
from ocpm_desk.gui.dialogs import ActionDialog, text_box

if TYPE_CHECKING:  # the services' dataclasses, for annotations only
    from ocpm_desk.features.intake.api import QuarantineRow

#: The shortest note that resolves a quarantined line (``services.intake`` says the same).
MIN_RESOLUTION_NOTE = MIN_NOTE  # the service's rule, checked in the dialog first


class ResolveDialog(ActionDialog):
    """A note saying what was done about a quarantined line (at least ``MIN_RESOLUTION_NOTE`` characters)."""

    def __init__(self, row: QuarantineRow, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Resolve a quarantined line — {file}, line {line}").format(file=row.source,
                                                                                line=row.line_number),
            self.tr("Say what was done about this line: for instance, the platform sent the order again corrected, "
                    "or the applicant was told. The note is kept with the line and in the audit trail."),
            self.tr("&Resolve"),
            parent,
        )  # fmt: skip
        self.setObjectName("resolveQuarantineDialog")
        self.row = row
        self.note_edit = text_box(self, "resolutionNote", lines=4)
        self.note_edit.setAccessibleName(self.tr("What was done about the line"))
        self.note_edit.setPlaceholderText(self.tr("e.g. sent again corrected by the platform on 12.03.2026"))
        self.form.addRow(self.tr("&Note:"), self.note_edit)
        self.note_edit.setFocus()

    def inputs(self) -> list[QWidget]:
        return [self.note_edit]

    @property
    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def validate(self) -> str | None:
        if len(self.note) < MIN_RESOLUTION_NOTE:
            self.note_edit.setFocus()
            return self.tr("Say in at least {count} characters what was done about this line.").format(
                count=MIN_RESOLUTION_NOTE)
        return None
