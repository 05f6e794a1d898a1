"""« À imprimer » (DESIGN §6, mail room): the originals waiting to be printed, previewed and printed as one job.

The list comes from ``print_queue()``. The selection (Ctrl+A: all) is previewed as one merged PDF
(``print_preview``) and printed as one job (``print_batch``) to a CUPS printer or a PDF file, chosen in
``PrintDestinationDialog``. Only once the print system accepted the job do the services move the orders to
"ready to ship" (and mark hearing letters printed): the screen says what they did.

Without CUPS (``printers()`` empty, e.g. on Windows) paper still works through Qt: the merged PDF is rasterised
page by page with QtPdf onto a printer chosen in Qt's print dialog (``print_pdf_with_qt``), then
``mark_printed`` records the job.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QHideEvent, QImage, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ocpm_desk.features.mailroom.api import PrintDestination, PrinterChoice, PrintItem, PrintOutcome
from ocpm_desk.gui.background import BackgroundTask, run_in_background, run_with_progress
from ocpm_desk.gui.dialogs import ActionDialog
from ocpm_desk.gui.failures import describe_failure
from ocpm_desk.gui.formatting import format_count
from ocpm_desk.gui.pdf_preview import PdfPreview
from ocpm_desk.gui.screen import DataScreen, install_screen_actions, remove_screen_actions
from ocpm_desk.gui.stored_text import content_label
from ocpm_desk.gui.widgets import MessageLabel, action_button, screen_action, set_tab_order, setup_read_only_table
from ocpm_desk.session import DeskSession

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

KEY_ROLE = Qt.ItemDataRole.UserRole
MAX_COPIES = 9
STYLE = """
QLabel#mailroomMessage[kind="error"] { color: #b3261e; font-weight: 600; }
QLabel#mailroomMessage[kind="ok"] { color: #2e7d32; }
"""


# ---- the QtPdf fallback ------------------------------------------------------------------------------------------


def print_pdf_with_qt(data: bytes, printer: QPrinter) -> int:
    """Print the PDF ``data`` on ``printer`` by rasterising each page (QtPdf); returns the number of pages printed.

    On the GUI thread (QPainter on a printer). ``QPdfDocument.render()`` gives a transparent image: each page is
    painted on white (DESIGN §11). Raises ``OSError`` when the document cannot be read or the printer not opened.
    """
    from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions  # loaded with the first fallback print

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise OSError("the document to print could not be read")
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        dpi = max(72, min(printer.resolution(), 300))
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72)))
            rendered = document.render(index, size, QPdfDocumentRenderOptions())
            page = QImage(size, QImage.Format.Format_RGB32)
            page.fill(QColor("white"))
            on_white = QPainter(page)
            on_white.drawImage(0, 0, rendered)
            on_white.end()
            target = painter.viewport()
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), page)
        return document.pageCount()
    finally:
        painter.end()
        document.close()
        buffer.close()


def choose_qt_printer(parent: QWidget) -> QPrinter | None:
    """Qt's print dialog: the printer to rasterise onto, or None when the user cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # loaded with the first print dialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PrintQueueScreen", "Print"))
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


# ---- the destination -----------------------------------------------------------------------------------------------


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
        self.printer_radio = QRadioButton(self.tr("P&rinter:"), self)
        self.printer_radio.setObjectName("destinationPrinter")
        self.printer_list = QListWidget(self)
        self.printer_list.setObjectName("printerList")
        self.printer_list.setAccessibleName(self.tr("Printers"))
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
        self.file_radio = QRadioButton(self.tr("PDF &file:"), self)
        self.file_radio.setObjectName("destinationFile")
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("destinationPath")
        self.file_edit.setAccessibleName(self.tr("PDF file to write"))
        self.file_edit.setPlaceholderText(self.tr("choose where to save the PDF"))
        self.browse_button = QPushButton(self.tr("C&hoose…"), self)
        self.browse_button.setObjectName("destinationBrowse")
        self.browse_button.setAccessibleName(self.tr("Choose the PDF file"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        self.qt_radio = QRadioButton(self.tr("Printer of this &computer (through Qt)…"), self)
        self.qt_radio.setObjectName("destinationQt")
        self.qt_radio.setToolTip(self.tr("No print system (CUPS) answers: the pages are sent as images through "
                                         "the system's print dialog."))  # fmt: skip
        self.copies_spin = QSpinBox(self)
        self.copies_spin.setObjectName("destinationCopies")
        self.copies_spin.setAccessibleName(self.tr("Copies"))
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


# ---- the screen --------------------------------------------------------------------------------------------------


class PrintQueueScreen(DataScreen):
    count_changed = Signal(int)

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        self.items: list[PrintItem] = []
        self.dialog: PrintDestinationDialog | None = None
        self.progress: QProgressDialog | None = None
        self.outcome: PrintOutcome | None = None
        self._task: BackgroundTask | None = None
        self._action_task: BackgroundTask | None = None
        super().__init__(session, parent)
        self.setObjectName("printQueueScreen")
        self.setStyleSheet(STYLE)
        self._build_actions()
        self._update_actions()

    # -- DataScreen ------------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("To print")

    def build_content(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.buttons_row = QHBoxLayout()
        column.addLayout(self.buttons_row)
        self.message_label = MessageLabel(page, "mailroomMessage")
        column.addWidget(self.message_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        headers = (self.tr("Reference"), self.tr("Content"), self.tr("Addressee"), self.tr("Town"),
                   self.tr("Product"), self.tr("Registered"))  # fmt: skip
        self.table = QTableWidget(0, len(headers), splitter)
        self.table.setObjectName("printQueueTable")
        self.table.setAccessibleName(self.tr("Documents waiting to be printed"))
        self.table.setHorizontalHeaderLabels(list(headers))
        setup_read_only_table(self.table, row_height=28, selection=QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.preview = PdfPreview(splitter, empty_text=self.tr("Select documents, then “Preview” (Ctrl+Shift+V)."))
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setSizes([620, 420])
        column.addWidget(splitter, 1)
        return page

    def loader(self) -> Callable[[], object]:
        session = self._session
        return session.mailroom.print_queue

    def show_data(self, data: object) -> bool:
        assert isinstance(data, list)
        chosen = set(self.selected_keys())
        self.items = list(data)
        self.count_changed.emit(len(self.items))
        self.set_details(self.tr("{count} document(s) to print").format(count=format_count(len(self.items))))
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.items))
        for r, item in enumerate(self.items):
            cells = (item.reference, content_label(item.content), item.addressee, item.town, item.product_label,
                     self.tr("yes") if item.registered else self.tr("no"))  # fmt: skip
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(KEY_ROLE, item.key)
                self.table.setItem(r, c, cell)
        self.table.blockSignals(False)
        for r, item in enumerate(self.items):
            if item.key in chosen:
                self.table.selectionModel().select(
                    self.table.model().index(r, 0),
                    self.table.selectionModel().SelectionFlag.Select | self.table.selectionModel().SelectionFlag.Rows)
        self._update_actions()
        return bool(self.items)

    def empty_text(self) -> tuple[str, str]:
        return self.tr("Nothing to print"), self.tr("Approved attestations, issued decisions and hearing letters "
                                                    "appear here.")  # fmt: skip

    # -- selection ---------------------------------------------------------------------------------------------

    def selected_keys(self) -> list[str]:
        """The keys of the selected rows, in the list's order (the order of the merged PDF)."""
        if not hasattr(self, "table"):
            return []
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.items[r].key for r in rows if r < len(self.items)]

    def select_keys(self, keys: list[str]) -> None:
        self.table.clearSelection()
        model, selection = self.table.model(), self.table.selectionModel()
        for r, item in enumerate(self.items):
            if item.key in keys:
                selection.select(model.index(r, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)

    # -- actions -----------------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.select_all_action = screen_action(self, self.tr("Select &all"), "Ctrl+A", self.select_all,
                                               self.tr("Select every document of the list"), "selectAllPrint")
        self.preview_action = screen_action(self, self.tr("Pre&view"), "Ctrl+Shift+V", self.show_preview,
                                            self.tr("The selection merged into one PDF, as it will print"),
                                            "previewPrint")  # fmt: skip
        self.print_action = screen_action(self, self.tr("&Print…"), "Ctrl+P", self.print_selection,
                                          self.tr("Print the selection as one job, on paper or to a PDF file"),
                                          "printBatch")  # fmt: skip
        self.action_buttons: dict[str, QPushButton] = {}
        for act in self.screen_actions():
            button = action_button(act, self.content)
            self.action_buttons[act.objectName()] = button
            self.buttons_row.addWidget(button)
        self.buttons_row.addStretch(1)
        # the buttons above the list (they were built after it)
        set_tab_order(self.refresh_button, *self.action_buttons.values(), self.table)

    def screen_actions(self) -> list[QAction]:
        return [self.select_all_action, self.preview_action, self.print_action]

    @property
    def busy(self) -> bool:
        return self._action_task is not None and not self._action_task.done

    def _update_actions(self) -> None:
        if not hasattr(self, "print_action"):
            return
        chosen = bool(self.selected_keys())
        self.select_all_action.setEnabled(bool(self.items))
        self.preview_action.setEnabled(chosen and not self.busy)
        self.print_action.setEnabled(chosen and not self.busy)

    @property
    def message(self) -> str:
        return self.message_label.text()

    def select_all(self) -> None:
        self.table.selectAll()
        self.table.setFocus()

    def show_preview(self) -> None:
        keys = self.selected_keys()
        if not keys or self.busy:
            return
        session = self._session
        self.preview.clear(self.tr("Preparing the preview…"))
        self._action_task = run_in_background(self, lambda: session.mailroom.print_preview(keys), self._preview_ready,
                                              self._preview_failed)  # fmt: skip
        self._update_actions()

    def _preview_ready(self, data: bytes) -> None:
        self._action_task = None
        self.preview.show_pdf(data)
        self._update_actions()

    def _preview_failed(self, exc: BaseException) -> None:
        self._action_task = None
        self.preview.clear(describe_failure(exc))
        self._update_actions()

    # printing

    def print_selection(self) -> None:
        """Ctrl+P: the printers are asked for (in the background), then the destination dialog opens."""
        keys = self.selected_keys()
        if not keys or self.busy:
            return
        session = self._session
        self.message_label.say(self.tr("Looking for the printers…"))
        self._action_task = run_in_background(self, session.mailroom.printers,
                                              lambda printers: self._choose(keys, printers), self._failed)
        self._update_actions()

    def _choose(self, keys: list[str], printers: list[PrinterChoice]) -> None:
        self._action_task = None
        self.message_label.say("")
        self._update_actions()
        if self.dialog is not None:
            self.dialog.close()
        dialog = PrintDestinationDialog(len(keys), printers, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda: self._destination_chosen(dialog, keys))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: PrintDestinationDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _destination_chosen(self, dialog: PrintDestinationDialog, keys: list[str]) -> None:
        destination = dialog.destination()
        dialog.set_busy(False)
        dialog.accept()
        if destination is None:
            self.print_through_qt(keys)
        else:
            self.print_batch(keys, destination)

    def print_batch(self, keys: list[str], destination: PrintDestination) -> None:
        """Hand the batch over in the background, with a progress dialog whose Cancel stops the waiting."""
        session = self._session
        where = destination.name if destination.kind == "cups" else Path(destination.name).name
        label = self.tr("Printing {count} document(s) on {destination}…\n\nCancel stops waiting for the answer; "
                        "a job already handed to the print system cannot be recalled.").format(
            count=format_count(len(keys)), destination=where)  # fmt: skip
        self.message_label.say(self.tr("Printing…"))
        task, _progress, progress_dialog = run_with_progress(
            self, label, lambda _p: session.mailroom.print_batch(keys, destination), self._printed, self._failed,
            title=self.tr("Printing"))  # fmt: skip
        progress_dialog.setObjectName("printProgress")
        progress_dialog.canceled.connect(lambda: self._abandoned(task))
        self._action_task = task
        self.progress = progress_dialog
        self._update_actions()

    def cancel_printing(self) -> None:
        """What the progress dialog's Cancel button does (tests press it through here)."""
        if self.progress is not None:
            self.progress.canceled.emit()

    def _abandoned(self, task: BackgroundTask) -> None:
        if task.done:
            return
        task.discard()
        self._action_task = None
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
        self.progress = None
        self.message_label.say(self.tr("Stopped waiting for the print system. A job it has already accepted cannot be "
                                       "recalled from here: look at the printer, then refresh the list (F5) to see "
                                       "what was marked printed."), "error")  # fmt: skip
        self._update_actions()

    def _printed(self, outcome: PrintOutcome) -> None:
        self._action_task = None
        self.progress = None
        self.outcome = outcome
        self.message_label.say(self.outcome_text(outcome), "ok")
        self.reload()

    def outcome_text(self, outcome: PrintOutcome) -> str:
        text = self.tr("Job {job} accepted by {destination}: {documents} document(s)").format(
            job=outcome.job_id, destination=outcome.destination, documents=format_count(outcome.documents))
        if outcome.pages is not None:
            text += self.tr(", {pages} page(s)").format(pages=format_count(outcome.pages))
        text += "."
        if outcome.ready_to_ship:
            text += " " + self.tr("Now ready to ship: {references}.").format(
                references=", ".join(outcome.ready_to_ship))
        if outcome.hearing_letters:
            text += " " + self.tr("Hearing letters marked printed: {references}.").format(
                references=", ".join(outcome.hearing_letters))
        return text

    def _failed(self, exc: BaseException) -> None:
        self._action_task = None
        self.progress = None
        self.message_label.say(describe_failure(exc), "error")
        self._update_actions()

    # the QtPdf fallback

    def choose_qt_printer(self) -> QPrinter | None:
        """Qt's print dialog (tests replace it): the printer to rasterise onto, or None when cancelled."""
        return choose_qt_printer(self)

    def print_through_qt(self, keys: list[str]) -> None:
        session = self._session
        self.message_label.say(self.tr("Preparing the documents…"))
        self._action_task = run_in_background(self, lambda: session.mailroom.print_preview(keys),
                                              lambda data: self._print_merged(keys, data), self._failed)
        self._update_actions()

    def _print_merged(self, keys: list[str], data: bytes) -> None:
        self._action_task = None
        printer = self.choose_qt_printer()
        if printer is None:
            self.message_label.say(self.tr("Printing cancelled: nothing was printed."))
            self._update_actions()
            return
        try:
            pages = print_pdf_with_qt(data, printer)
        except OSError as exc:
            self.message_label.say(self.tr("The procedure did not succeed: {reason}. Nothing was marked printed.")
                                   .format(reason=str(exc)), "error")
            self._update_actions()
            return
        where = printer.printerName() or printer.outputFileName() or "Qt"
        job_id = f"qt-{uuid.uuid4().hex[:12]}"
        session = self._session
        self.message_label.say(
            self.tr("{pages} page(s) sent to {printer}; recording…").format(pages=pages, printer=where))
        self._action_task = run_in_background(self, lambda: session.mailroom.mark_printed(keys, job_id, where),
                                              self._printed, self._failed)  # fmt: skip
        self._update_actions()

    # -- showing ---------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Orders changed somewhere: read the list again unless something is on its way (keeps the selection)."""
        if self.settled and not self.busy and self.dialog is None:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        install_screen_actions(self, self.screen_actions())

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        remove_screen_actions(self, self.screen_actions())
