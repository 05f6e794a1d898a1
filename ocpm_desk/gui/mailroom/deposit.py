"""The day's deposit list in a window (``DepositListDialog``): the PDF for the post office, to save as a file or print
on paper."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ocpm_desk.features.mailroom.api import DepositListView
from ocpm_desk.gui.formatting import format_count, format_date
from ocpm_desk.gui.mailroom.paper import choose_qt_printer, print_pdf_with_qt
from ocpm_desk.gui.pdf_preview import PdfDialog
from ocpm_desk.gui.widgets import named

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


class DepositListDialog(PdfDialog):
    """The day's deposit list in a window, to save as a PDF file or print on paper."""

    def __init__(self, view: DepositListView, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Deposit list of {day}").format(day=format_date(view.day)), data, parent)
        self.setObjectName("depositListDialog")
        self.view = view
        self.data = data
        info = QLabel(self.tr("{items} registered item(s) · SHA-256 {sha}…").format(
            items=format_count(view.items), sha=view.sha256[:16]), self)
        info.setObjectName("depositListInfo")
        row = QHBoxLayout()
        self.save_button = named(QPushButton(self.tr("&Save as PDF…"), self), "saveDepositList",
                                 self.tr("Save the deposit list as PDF"))
        self.save_button.clicked.connect(self.save)
        self.print_button = named(QPushButton(self.tr("&Print…"), self), "printDepositList",
                                  self.tr("Print the deposit list"))
        self.print_button.clicked.connect(self.print_on_paper)
        for button in (self.save_button, self.print_button):
            button.setAutoDefault(False)
        row.addWidget(info, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        column = self.layout()
        assert isinstance(column, QVBoxLayout)
        column.insertLayout(0, row)
        self.status_label = named(QLabel(self), "depositListStatus")
        column.insertWidget(1, self.status_label)

    def ask_path(self) -> str:
        suggested = f"liste-de-depot-{self.view.day.isoformat()}.pdf"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the deposit list"), suggested,
                                                    self.tr("PDF documents (*.pdf)"))  # fmt: skip
        return path

    def save(self) -> None:
        path = self.ask_path()
        if not path:
            return
        try:
            Path(path).write_bytes(self.data)
        except OSError as exc:
            self.status_label.setText(self.tr("The file could not be written: {reason}").format(reason=exc.strerror))
            return
        self.status_label.setText(self.tr("Saved to {path}.").format(path=path))

    def choose_printer(self) -> QPrinter | None:
        """Qt's print dialog (tests replace it)."""
        return choose_qt_printer(self)

    def print_on_paper(self) -> None:
        printer = self.choose_printer()
        if printer is None:
            return
        try:
            pages = print_pdf_with_qt(self.data, printer)
        except OSError as exc:
            self.status_label.setText(str(exc))
            return
        self.status_label.setText(self.tr("{pages} page(s) printed.").format(pages=pages))
