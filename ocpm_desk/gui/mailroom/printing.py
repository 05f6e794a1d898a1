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

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QProgressDialog, QSplitter, QWidget

from ocpm_desk.features.mailroom.api import PrintDestination, PrinterChoice, PrintItem, PrintOutcome
from ocpm_desk.gui.background import BackgroundTask, run_in_background, run_with_progress
from ocpm_desk.gui.failures import describe_failure
from ocpm_desk.gui.formatting import format_count
from ocpm_desk.gui.mailroom.destination import PrintDestinationDialog
from ocpm_desk.gui.mailroom.paper import choose_qt_printer, print_pdf_with_qt
from ocpm_desk.gui.pdf_preview import PdfPreview
from ocpm_desk.gui.screen import ActionScreen
from ocpm_desk.gui.stored_text import content_label
from ocpm_desk.gui.table_model import Column, RowsModel
from ocpm_desk.gui.widgets import MessageLabel, action_buttons, read_only_table, screen_action, set_tab_order
from ocpm_desk.session import DeskSession

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

STYLE = """
QLabel#mailroomMessage[kind="error"] { color: #b3261e; font-weight: 600; }
QLabel#mailroomMessage[kind="ok"] { color: #2e7d32; }
"""


class PrintQueueScreen(ActionScreen):
    count_changed = Signal(int)
    dialog: PrintDestinationDialog | None

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        self.items: list[PrintItem] = []
        self.progress: QProgressDialog | None = None
        self.outcome: PrintOutcome | None = None
        self._task: BackgroundTask | None = None
        super().__init__(session, parent, name="printQueueScreen", style=STYLE)

    # -- DataScreen ------------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("To print")

    def build_content(self) -> QWidget:
        page, column = self.content_column()
        self.message_label = MessageLabel(page, "mailroomMessage")
        column.addWidget(self.message_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.model: RowsModel[PrintItem] = RowsModel((
            Column(lambda: self.tr("Reference"), lambda i: i.reference),
            Column(lambda: self.tr("Content"), lambda i: content_label(i.content), lambda i: i.content),
            Column(lambda: self.tr("Addressee"), lambda i: i.addressee),
            Column(lambda: self.tr("Town"), lambda i: i.town),
            Column(lambda: self.tr("Product"), lambda i: i.product_label),
            Column(lambda: self.tr("Registered"), lambda i: self.tr("yes") if i.registered else self.tr("no"),
                   lambda i: int(i.registered)),
        ), self)  # fmt: skip
        self.table = read_only_table(splitter, self.model, "printQueueTable",
                                     self.tr("Documents waiting to be printed"),
                                     selection=QAbstractItemView.SelectionMode.ExtendedSelection)  # fmt: skip
        self.table.selectionModel().selectionChanged.connect(lambda *_changed: self._update_actions())
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
        self.model.set_rows(self.items)  # the selection is cleared (silently) with the old rows
        self.select_keys(list(chosen))
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
        selection = self.table.selectionModel()
        for r, item in enumerate(self.items):
            if item.key in keys:
                selection.select(self.model.index(r, 0),
                                 QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)

    def row_texts(self, row: int) -> list[str]:
        """The cells of row ``row`` as shown (for tests)."""
        return [self.model.cell_text(row, c) for c in range(self.model.columnCount())]

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
        self.action_buttons = action_buttons(self.screen_actions(), self.content, self.buttons_row)
        self.buttons_row.addStretch(1)
        # the buttons above the list (they were built after it)
        set_tab_order(self.refresh_button, *self.action_buttons.values(), self.table)

    def screen_actions(self) -> list[QAction]:
        return [self.select_all_action, self.preview_action, self.print_action]

    def _update_actions(self) -> None:
        if not hasattr(self, "print_action"):
            return
        chosen = bool(self.selected_keys())
        self.select_all_action.setEnabled(bool(self.items))
        self.preview_action.setEnabled(chosen and not self.busy)
        self.print_action.setEnabled(chosen and not self.busy)

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
        dialog = PrintDestinationDialog(len(keys), printers, self)
        self.open_dialog(dialog, lambda: self._destination_chosen(dialog, keys))

    def _destination_chosen(self, dialog: PrintDestinationDialog, keys: list[str]) -> None:
        destination = dialog.destination()
        dialog.succeeded()
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
