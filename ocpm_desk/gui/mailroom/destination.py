"""Where a print batch goes: a CUPS printer, a PDF file, or — without CUPS — a printer chosen through Qt; and how
many copies (``PrintDestinationDialog``, opened by the print queue's Ctrl+P)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ocpm_desk.features.mailroom.api import PrintDestination, PrinterChoice
from ocpm_desk.gui.dialogs import ActionDialog
from ocpm_desk.gui.formatting import format_count
from ocpm_desk.gui.widgets import named

MAX_COPIES = 9


class PrintDestinationDialog(ActionDialog):
    """Where the batch goes: a CUPS printer (the default preselected; those not accepting jobs greyed out with the
    reason), a PDF file, or — without CUPS — a printer chosen through Qt; and how many copies."""

    CUPS, FILE, QT = "cups", "file", "qt"

    def __init__(self, documents: int, printers: list[PrinterChoice], parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Print — {count} document(s)").format(count=format_count(documents)),
            self.tr("The selection goes as one job. Once the print system has accepted it, the orders are ready to "
                    "ship; a job already handed over cannot be recalled from here."),
            self.tr("&Print"),
            parent,
        )  # fmt: skip
        self.setObjectName("printDestinationDialog")
        self.group = QButtonGroup(self)
        self.printer_radio = named(QRadioButton(self.tr("P&rinter:"), self), "destinationPrinter")
        self.printer_list = named(QListWidget(self), "printerList", self.tr("Printers"))
        self.printer_list.setMaximumHeight(120)
        default_row = None
        for choice in printers:
            text = choice.name + (" — " + self.tr("default") if choice.is_default else "")
            if not choice.accepting:
                text += " — " + self.tr("not accepting jobs")
            item = QListWidgetItem(text, self.printer_list)
            item.setData(Qt.ItemDataRole.UserRole, choice.name)
            if not choice.accepting:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(self.tr("This printer does not accept jobs now (stopped or disabled in CUPS)."))
            elif default_row is None or choice.is_default:
                default_row = self.printer_list.row(item)
        self.file_radio = named(QRadioButton(self.tr("PDF &file:"), self), "destinationFile")
        self.file_edit = named(QLineEdit(self), "destinationPath", self.tr("PDF file to write"))
        self.file_edit.setPlaceholderText(self.tr("choose where to save the PDF"))
        self.browse_button = named(QPushButton(self.tr("C&hoose…"), self), "destinationBrowse",
                                   self.tr("Choose the PDF file"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        self.qt_radio = QRadioButton(self.tr("Printer of this &computer (through Qt)…"), self)
        self.qt_radio.setObjectName("destinationQt")
        self.qt_radio.setToolTip(self.tr("No print system (CUPS) answers: the pages are sent as images through "
                                         "the system's print dialog."))  # fmt: skip
        self.copies_spin = named(QSpinBox(self), "destinationCopies", self.tr("Copies"))
        self.copies_spin.setRange(1, MAX_COPIES)
        for radio in (self.printer_radio, self.file_radio, self.qt_radio):
            self.group.addButton(radio)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.form.addRow(self.printer_radio)
        self.form.addRow(self.printer_list)
        self.form.addRow(self.file_radio)
        self.form.addRow(file_row)
        self.form.addRow(self.qt_radio)
        self.form.addRow(self.tr("C&opies:"), self.copies_spin)
        has_printers = bool(printers)
        self.printer_radio.setVisible(has_printers)
        self.printer_list.setVisible(has_printers)
        self.qt_radio.setVisible(not has_printers)
        if default_row is not None:
            self.printer_list.setCurrentRow(default_row)
            self.printer_radio.setChecked(True)
        elif has_printers:
            self.file_radio.setChecked(True)
        else:
            self.qt_radio.setChecked(True)
        self.printer_list.itemClicked.connect(lambda _item: self.printer_radio.setChecked(True))
        self.file_edit.textEdited.connect(lambda _text: self.file_radio.setChecked(True))

    def inputs(self) -> list[QWidget]:
        return [self.printer_list, self.file_edit, self.browse_button, self.copies_spin, self.printer_radio,
                self.file_radio, self.qt_radio]  # fmt: skip

    def ask_file(self) -> str:
        """The save-file dialog (tests replace it)."""
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the batch as PDF"), "impression.pdf",
                                                    self.tr("PDF documents (*.pdf)"))  # fmt: skip
        return path

    def browse(self) -> None:
        path = self.ask_file()
        if path:
            self.file_edit.setText(path)
            self.file_radio.setChecked(True)

    @property
    def kind(self) -> str:
        if self.printer_radio.isChecked():
            return self.CUPS
        return self.FILE if self.file_radio.isChecked() else self.QT

    @property
    def copies(self) -> int:
        return self.copies_spin.value()

    def select_printer(self, name: str) -> None:
        for row in range(self.printer_list.count()):
            item = self.printer_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                self.printer_list.setCurrentItem(item)
                self.printer_radio.setChecked(True)

    def select_file(self, path: str) -> None:
        self.file_edit.setText(path)
        self.file_radio.setChecked(True)

    def destination(self) -> PrintDestination | None:
        """The CUPS or file destination chosen (None for the Qt fallback)."""
        if self.kind == self.CUPS:
            item = self.printer_list.currentItem()
            name = item.data(Qt.ItemDataRole.UserRole) if item is not None else ""
            return PrintDestination("cups", str(name), self.copies)
        if self.kind == self.FILE:
            path = self.file_edit.text().strip()
            if path and not path.lower().endswith(".pdf"):
                path += ".pdf"
            return PrintDestination("file", path, self.copies)
        return None

    def validate(self) -> str | None:
        if self.kind == self.CUPS:
            item = self.printer_list.currentItem()
            if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
                self.printer_list.setFocus()
                return self.tr("Choose a printer that accepts jobs.")
        elif self.kind == self.FILE and not self.file_edit.text().strip():
            self.file_edit.setFocus()
            return self.tr("Choose the PDF file to write.")
        return None
