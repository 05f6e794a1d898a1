"""Resolving a quarantined line: the note saying what was done about it (``ResolveDialog``, opened by the quarantine
screen's "Resolve…")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ocpm_desk.features.intake.api import MIN_NOTE
from ocpm_desk.gui.dialogs import TextDialog

if TYPE_CHECKING:  # the services' dataclasses, for annotations only
    from ocpm_desk.features.intake.api import QuarantineRow

#: The shortest note that resolves a quarantined line (``services.intake`` says the same).
MIN_RESOLUTION_NOTE = MIN_NOTE  # the service's rule, checked in the dialog first


class ResolveDialog(TextDialog):
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
        self.note_edit = self.add_text_row(self.tr("&Note:"), "resolutionNote",
                                           self.tr("e.g. sent again corrected by the platform on 12.03.2026"))
        self.note_edit.setAccessibleName(self.tr("What was done about the line"))

    @property
    def note(self) -> str:
        return self.text

    def validate(self) -> str | None:
        if self.shorter_than(MIN_RESOLUTION_NOTE):
            return self.tr("Say in at least {count} characters what was done about this line.").format(
                count=MIN_RESOLUTION_NOTE)
        return None
