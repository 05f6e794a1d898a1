"""« Importer des commandes » and « Quarantaine » (DESIGN §6 and §9, supervisors).

**Import.** A supervisor chooses an intake file of the e-démarches platform (JSON Lines) and imports it. The import
runs on a worker thread (``DeskSession.import_orders``) in batches, each committed on its own; the screen shows a
progress bar (bytes read) and a Cancel button, and the rest of the window stays usable meanwhile. Cancel is honoured
between batches: what was written before stays, and importing the same file again finishes it (the lines already
done then count as unchanged). The result shows the counts of DESIGN §9 and, when lines were quarantined, leads to
the quarantine.

**Quarantine.** The lines that could not become orders (``DeskSession.quarantine``), open ones by default: their
file, line number, reference when readable, reasons (keyed phrases, said in the user's language), and the line
itself as stored (card numbers masked by the services before anything was written). "Resolve…" closes a line with a
note saying what was done about it (``DeskSession.resolve_quarantine``); resolved lines keep who, when and the note.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QFontDatabase, QHideEvent, QShowEvent, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ocpm_desk.features.intake.imports import MIN_NOTE
from ocpm_desk.gui.background import BackgroundTask, Progress, run_in_background, run_reporting
from ocpm_desk.gui.dialogs import ActionDialog, text_box
from ocpm_desk.gui.failures import describe_failure, phrase_text
from ocpm_desk.gui.formatting import format_count, geneva_moment
from ocpm_desk.gui.screen import DataScreen, install_screen_actions, remove_screen_actions
from ocpm_desk.gui.widgets import (
    CountCard,
    MessageLabel,
    action_button,
    repolish,
    screen_action,
    section_heading,
    setup_read_only_table,
)
from ocpm_desk.kernel.errors import DomainError
from ocpm_desk.kernel.phrases import Phrase
from ocpm_desk.session import DeskSession

if TYPE_CHECKING:  # the services' dataclasses, for annotations only (the GUI never imports the services' modules)
    from ocpm_desk.features.intake.api import ImportSummary, QuarantineList, QuarantineRow

#: The shortest note that resolves a quarantined line (``services.intake`` says the same).
MIN_RESOLUTION_NOTE = MIN_NOTE  # the service's rule, checked in the dialog first
#: The progress bar counts in steps of this many parts of the file (a file may exceed the 32-bit range in bytes).
PROGRESS_STEPS = 1000
ID_ROLE = Qt.ItemDataRole.UserRole
STYLE = """
QLabel#intakeMessage[kind="error"] { color: #b3261e; font-weight: 600; }
QLabel#intakeMessage[kind="ok"] { color: #2e7d32; }
QLabel#intakeIntro, QLabel#fieldName, QLabel#progressText { color: #5b6570; }
QLabel#quarantineReasons { color: #6b3d00; }
QPlainTextEdit#quarantineLine { background: #f7f8fa; }
"""


def format_size(size: int) -> str:
    """``850 octets``, ``12,4 Ko``, ``3,1 Mo`` (decimal separator of the language)."""
    if size < 1024:
        return QCoreApplication.translate("ImportScreen", "{size} bytes").format(size=format_count(size))
    point = QLocale().decimalPoint()
    if size < 1024 * 1024:
        return QCoreApplication.translate("ImportScreen", "{size} KB").format(
            size=f"{size / 1024:.1f}".replace(".", point))
    return QCoreApplication.translate("ImportScreen", "{size} MB").format(
        size=f"{size / (1024 * 1024):.1f}".replace(".", point))


def format_duration(seconds: float) -> str:
    """``0,4 s``, ``12 s``, ``2 min 05 s``."""
    if seconds < 10:
        return QCoreApplication.translate("ImportScreen", "{seconds} s").format(
            seconds=f"{seconds:.1f}".replace(".", QLocale().decimalPoint()))
    whole = round(seconds)
    if whole < 60:
        return QCoreApplication.translate("ImportScreen", "{seconds} s").format(seconds=whole)
    return QCoreApplication.translate("ImportScreen", "{minutes} min {seconds} s").format(
        minutes=whole // 60, seconds=f"{whole % 60:02d}")


# ---- import ------------------------------------------------------------------------------------------------------


class ImportScreen(DataScreen):
    """Choose an intake file, import it in the background, see what became of its lines."""

    quarantine_requested = Signal()

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        self.summary: ImportSummary | None = None
        self.open_quarantined: int | None = None  # lines waiting in the quarantine, as last read
        self.bytes_done = 0  # read by the import on its way (after each batch)
        self.cancel_asked = False
        self._import_task: BackgroundTask | None = None
        self._progress: Progress | None = None
        self._file_name = ""
        super().__init__(session, parent)
        self.setObjectName("importScreen")
        self.setStyleSheet(STYLE)
        self._build_actions()
        self._update_actions()

    # -- DataScreen ------------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Import orders")

    def build_content(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        intro = QLabel(self.tr("An intake file of the e-démarches platform: one order per line (JSON Lines, "
                               "*.jsonl). Each well-formed line becomes an order in the queues; a line that cannot "
                               "become an order goes to the quarantine with its reasons. Importing the same file "
                               "again changes nothing."), page)  # fmt: skip
        intro.setObjectName("intakeIntro")
        intro.setWordWrap(True)
        column.addWidget(intro)

        file_row = QHBoxLayout()
        file_label = QLabel(self.tr("&File:"), page)
        self.file_edit = QLineEdit(page)
        self.file_edit.setObjectName("intakeFile")
        self.file_edit.setAccessibleName(self.tr("Intake file to import"))
        self.file_edit.setPlaceholderText(self.tr("Choose a .jsonl file (Ctrl+Shift+O) or type its path"))
        self.file_edit.setClearButtonEnabled(True)
        self.file_edit.textChanged.connect(lambda _text: self._update_actions())
        self.file_edit.returnPressed.connect(lambda: self.start_import())
        file_label.setBuddy(self.file_edit)
        file_row.addWidget(file_label)
        file_row.addWidget(self.file_edit, 1)
        self.file_buttons = QHBoxLayout()
        file_row.addLayout(self.file_buttons)
        column.addLayout(file_row)

        progress_row = QHBoxLayout()
        self.progress_bar = QProgressBar(page)
        self.progress_bar.setObjectName("importProgress")
        self.progress_bar.setAccessibleName(self.tr("Import progress"))
        self.progress_bar.setRange(0, PROGRESS_STEPS)
        self.progress_bar.setValue(0)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setFormat(self.tr("%p%"))
        self.progress_text = QLabel(page)
        self.progress_text.setObjectName("progressText")
        progress_row.addWidget(self.progress_bar, 1)
        self.progress_buttons = QHBoxLayout()
        progress_row.addLayout(self.progress_buttons)
        column.addLayout(progress_row)
        column.addWidget(self.progress_text)
        self._show_progress_idle()

        self.message_label = MessageLabel(page, "intakeMessage")
        column.addWidget(self.message_label)

        self.result_heading = section_heading(self.tr("Last import"), page)
        column.addWidget(self.result_heading)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.cards: dict[str, CountCard] = {}
        names = (("lines", self.tr("Lines read")), ("imported", self.tr("Imported (new orders)")),
                 ("updated", self.tr("Updated (payment or cancellation)")), ("unchanged", self.tr("Unchanged")),
                 ("quarantined", self.tr("Quarantined")), ("duration", self.tr("Duration")))  # fmt: skip
        for index, (key, label) in enumerate(names):
            card = CountCard(label, "—", page)
            card.setProperty("key", key)
            self.cards[key] = card
            grid.addWidget(card, index // 3, index % 3)
        column.addLayout(grid)
        self.result_heading.setVisible(False)
        for card in self.cards.values():
            card.setVisible(False)
        column.addStretch(1)
        return page

    def loader(self) -> Callable[[], object]:
        session = self._session
        return lambda: session.intake.quarantine_rows(limit=0)  # only its open count is shown here

    def show_data(self, data: object) -> bool:
        listing = cast("QuarantineList", data)
        self.open_quarantined = listing.open_count
        if listing.open_count:
            self.set_details(self.tr("{count} line(s) waiting in the quarantine (Ctrl+G)").format(
                count=format_count(listing.open_count)))
        else:
            self.set_details(self.tr("No line waiting in the quarantine"))
        self._update_actions()
        return True

    # -- actions -----------------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.choose_action = screen_action(self, self.tr("&Choose a file…"), "Ctrl+Shift+O", self.choose_file,
                                           self.tr("Choose the intake file to import"), "chooseIntakeFile")
        self.import_action = screen_action(self, self.tr("&Import"), "Ctrl+I", self.start_import,
                                           self.tr("Import the chosen file, in the background"), "startImport")
        self.cancel_action = screen_action(self, self.tr("Ca&ncel the import"), "Escape", self.cancel_import,
                                           self.tr("Stop after the batch being written; what was imported stays"),
                                           "cancelImport")  # fmt: skip
        self.quarantine_action = screen_action(self, self.tr("Open the &quarantine"), "Ctrl+G",
                                               self.quarantine_requested.emit,
                                               self.tr("The lines that could not become orders"),
                                               "openQuarantine")  # fmt: skip
        self.action_buttons: dict[str, QPushButton] = {}
        for act, row in ((self.choose_action, self.file_buttons), (self.import_action, self.file_buttons),
                         (self.cancel_action, self.progress_buttons),
                         (self.quarantine_action, self.file_buttons)):  # fmt: skip
            button = action_button(act, self.content)
            self.action_buttons[act.objectName()] = button
            row.addWidget(button)
        # Tab follows the eye: the file, its buttons, then Cancel beside the progress bar
        chain = [self.file_edit, *(self.action_buttons[name] for name in ("chooseIntakeFile", "startImport",
                                                                          "openQuarantine", "cancelImport"))]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def screen_actions(self) -> list[QAction]:
        return [self.choose_action, self.import_action, self.cancel_action, self.quarantine_action]

    @property
    def busy(self) -> bool:
        """An import is on its way."""
        return self._import_task is not None and not self._import_task.done

    def _update_actions(self) -> None:
        if not hasattr(self, "cancel_action"):
            return
        busy = self.busy
        self.choose_action.setEnabled(not busy)
        self.file_edit.setReadOnly(busy)
        self.import_action.setEnabled(not busy and bool(self.file_edit.text().strip()))
        self.cancel_action.setEnabled(busy and not self.cancel_asked)
        self.action_buttons["cancelImport"].setVisible(busy)

    @property
    def message(self) -> str:
        return self.message_label.text()

    def ask_file(self) -> str:
        """The open-file dialog (tests replace it)."""
        start = str(Path(self.file_edit.text().strip()).parent) if self.file_edit.text().strip() else ""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the intake file"), start,
            self.tr("Intake files (*.jsonl *.json *.txt);;All files (*)"))  # fmt: skip
        return path

    def choose_file(self) -> None:
        if self.busy:
            return
        path = self.ask_file()
        if not path:
            return
        self.file_edit.setText(path)
        self.message_label.say(self.tr("Ready to import {file}: press Import (Ctrl+I).").format(
            file=Path(path).name))
        self.action_buttons["startImport"].setFocus()

    def start_import(self) -> None:
        path = self.file_edit.text().strip()
        if not path or self.busy:
            return
        session = self._session

        def job(progress: Progress) -> ImportSummary:
            return session.intake.import_file(path, progress.report, lambda: progress.cancelled)

        self.bytes_done = 0
        self.cancel_asked = False
        self._file_name = Path(path).name
        self._import_task, self._progress = run_reporting(self, job, self._imported, self._import_failed,
                                                          self._progressed)  # fmt: skip
        # Closing the window (logging out) stops the import at the next batch instead of leaving it running.
        self.destroyed.connect(self._progress.cancel)
        self.progress_bar.setRange(0, 0)  # busy until the first batch is written
        self.progress_text.setText(self.tr("Importing {file}… The rest of the window stays usable meanwhile.")
                                   .format(file=self._file_name))  # fmt: skip
        self.message_label.say("")
        self._update_actions()
        self.action_buttons["cancelImport"].setFocus()

    def cancel_import(self) -> None:
        """Ask the import to stop at the next batch boundary."""
        if not self.busy or self._progress is None or self.cancel_asked:
            return
        self._progress.cancel()
        self.cancel_asked = True
        self.progress_text.setText(self.tr("Cancelling: the batch being written is finished first…"))
        self._update_actions()

    def _progressed(self, done: int, total: int) -> None:
        self.bytes_done = done
        if total > 0:
            self.progress_bar.setRange(0, PROGRESS_STEPS)
            self.progress_bar.setValue(min(PROGRESS_STEPS, done * PROGRESS_STEPS // total))
            read = self.tr("{done} of {total} read").format(done=format_size(done), total=format_size(total))
        else:
            read = self.tr("{done} read").format(done=format_size(done))
        if not self.cancel_asked:
            self.progress_text.setText(self.tr("Importing {file}: {read}.").format(file=self._file_name, read=read))

    def _finished(self) -> None:
        self._import_task = None
        self._progress = None
        self._update_actions()

    def _imported(self, summary: ImportSummary) -> None:
        self._finished()
        self.summary = summary
        self._show_summary(summary)
        counts = summary.counts()
        if summary.cancelled:
            self.progress_text.setText(self.tr("Cancelled."))
            text = self.tr("Import of {file} cancelled after {lines} line(s). What was imported before stays; import "
                           "the same file again to finish it (the lines already done then count as unchanged)."
                           ).format(file=summary.source, lines=format_count(counts["lines"]))  # fmt: skip
            kind = "info"
        else:
            self.progress_bar.setRange(0, PROGRESS_STEPS)
            self.progress_bar.setValue(PROGRESS_STEPS)
            self.progress_text.setText(self.tr("Done."))
            text = self.tr("{file} imported: {lines} line(s) read in {duration} — {imported} new order(s), {updated} "
                           "updated, {unchanged} unchanged, {quarantined} quarantined.").format(
                file=summary.source, duration=format_duration(summary.elapsed_seconds),
                **{k: format_count(v) for k, v in counts.items()})  # fmt: skip
            kind = "ok"
        if summary.quarantined:
            text += " " + self.tr("{count} line(s) went to the quarantine: open the Quarantine screen (Ctrl+G) to "
                                  "see why and resolve them.").format(count=format_count(summary.quarantined))
        self.message_label.say(text, kind)
        self.reload()  # the quarantine's open count

    def _import_failed(self, exc: BaseException) -> None:
        self._finished()
        self._show_progress_idle()
        text = describe_failure(exc)
        if self.bytes_done:
            text += " " + self.tr("The lines read before the problem stay imported; import the same file again once "
                                  "it is solved: they then count as unchanged.")  # fmt: skip
        else:
            text += " " + self.tr("Nothing was imported.")
        self.message_label.say(text, "error")
        self.reload()

    def _show_progress_idle(self) -> None:
        self.progress_bar.setRange(0, PROGRESS_STEPS)
        self.progress_bar.setValue(0)
        self.progress_text.setText(self.tr("No import running."))

    def _show_summary(self, summary: ImportSummary) -> None:
        self.result_heading.setText(self.tr("Last import: {file}").format(file=summary.source)
                                    + (" — " + self.tr("cancelled") if summary.cancelled else ""))
        self.result_heading.setVisible(True)
        values = {k: format_count(v) for k, v in summary.counts().items()}
        values["duration"] = format_duration(summary.elapsed_seconds)
        for key, card in self.cards.items():
            card.count_label.setText(values[key])
            card.setAccessibleName(f"{card.name_label.text()}: {values[key]}")
            card.setVisible(True)
        quarantined = self.cards["quarantined"]
        quarantined.setProperty("accent", "orange" if summary.quarantined else "")
        repolish(quarantined)

    def card_values(self) -> dict[str, str]:
        return {key: card.count_label.text() for key, card in self.cards.items() if card.isVisibleTo(self)}

    # -- showing ---------------------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        install_screen_actions(self, self.screen_actions())
        if self.settled and not self.busy:
            self.reload()  # the quarantine's open count may have changed meanwhile

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        remove_screen_actions(self, self.screen_actions())


# ---- quarantine --------------------------------------------------------------------------------------------------


def reason_text(reason: Phrase) -> str:
    """A quarantine reason (a keyed phrase of ``domain.intake.REASONS``) in the user's language, dates the Swiss
    way; words this version does not know (``legacy``) as they were written."""
    return phrase_text(reason)


def reasons_summary(reasons: tuple[Phrase, ...]) -> str:
    """The first reason, and how many more."""
    if len(reasons) <= 1:
        return reason_text(reasons[0]) if reasons else "—"
    return QCoreApplication.translate("QuarantineScreen", "{first} (+{count} more)").format(
        first=reason_text(reasons[0]), count=len(reasons) - 1)


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


class QuarantineScreen(DataScreen):
    """The quarantined lines: the list, the selected line in full, and "Resolve…"."""

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        self.rows: list[QuarantineRow] = []
        self.open_count = 0
        self.total = 0
        self.dialog: ResolveDialog | None = None
        self._wanted: int | None = None  # the row to select once the list is read again
        self._action_task: BackgroundTask | None = None
        super().__init__(session, parent)
        self.setObjectName("quarantineScreen")
        self.setStyleSheet(STYLE)
        self._build_actions()
        self._show_row(None)
        self._update_actions()

    # -- DataScreen ------------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Quarantine")

    def build_content(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.buttons_row = QHBoxLayout()
        column.addLayout(self.buttons_row)
        self.show_resolved_box = QCheckBox(self.tr("Show r&esolved lines too"), page)
        self.show_resolved_box.setObjectName("showResolved")
        self.show_resolved_box.setAccessibleName(self.tr("Show resolved lines too"))
        self.show_resolved_box.setToolTip(self.tr("Resolved lines with who resolved them, when and why (Ctrl+H)"))
        self.show_resolved_box.toggled.connect(self._resolved_toggled)
        self.message_label = MessageLabel(page, "intakeMessage")
        column.addWidget(self.message_label)

        self.empty_label = QLabel(self.tr("No line waiting in the quarantine: every line of the files imported became "
                                          "an order or was resolved."), page)  # fmt: skip
        self.empty_label.setObjectName("quarantineEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(False)
        column.addWidget(self.empty_label)
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        headers = (self.tr("File"), self.tr("Line"), self.tr("Reference"), self.tr("Received"), self.tr("Reasons"),
                   self.tr("State"))  # fmt: skip
        self.table = QTableWidget(0, len(headers), splitter)
        self.table.setObjectName("quarantineTable")
        self.table.setAccessibleName(self.tr("Quarantined lines"))
        self.table.setHorizontalHeaderLabels(list(headers))
        setup_read_only_table(self.table, row_height=28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _item: self.resolve())

        detail = QWidget(splitter)
        detail.setObjectName("quarantineDetail")
        row = QHBoxLayout(detail)
        row.setContentsMargins(0, 6, 0, 0)
        row.setSpacing(16)
        facts = QWidget(detail)
        facts_column = QVBoxLayout(facts)
        facts_column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fact_labels: dict[str, QLabel] = {}
        for key, name in (("where", self.tr("File and line")), ("reference", self.tr("Reference")),
                          ("received", self.tr("Received")), ("state", self.tr("State"))):  # fmt: skip
            label = QLabel(name, facts)
            label.setObjectName("fieldName")
            value = QLabel(facts)
            value.setObjectName(f"quarantine_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = value
            form.addRow(label, value)
        facts_column.addLayout(form)
        facts_column.addWidget(section_heading(self.tr("Reasons"), facts))
        self.reasons_label = QLabel(facts)
        self.reasons_label.setObjectName("quarantineReasons")
        self.reasons_label.setAccessibleName(self.tr("Reasons of the quarantine"))
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasons_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        facts_column.addWidget(self.reasons_label)
        facts_column.addStretch(1)

        text_column = QVBoxLayout()
        text_heading = section_heading(self.tr("The line as received (card numbers masked)"), detail)
        self.line_text = QPlainTextEdit(detail)
        self.line_text.setObjectName("quarantineLine")
        self.line_text.setAccessibleName(self.tr("Text of the quarantined line, card numbers masked"))
        self.line_text.setReadOnly(True)
        self.line_text.setTabChangesFocus(True)
        self.line_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.line_text.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.line_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        text_heading.setBuddy(self.line_text)
        text_column.addWidget(text_heading)
        text_column.addWidget(self.line_text, 1)
        row.addWidget(facts, 2)
        row.addLayout(text_column, 3)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setSizes([260, 360])
        column.addWidget(splitter, 1)
        return page

    @property
    def include_resolved(self) -> bool:
        return self.show_resolved_box.isChecked()

    def loader(self) -> Callable[[], object]:
        session, include = self._session, self.include_resolved
        return lambda: session.intake.quarantine_rows(include_resolved=include)

    def show_data(self, data: object) -> bool:
        listing = cast("QuarantineList", data)
        current = self.selected_id()
        wanted = self._wanted if self._wanted is not None else current
        self._wanted = None
        self.rows = list(listing.rows)
        self.open_count, self.total = listing.open_count, listing.total
        details = self.tr("{open} line(s) waiting, {total} in all").format(
            open=format_count(listing.open_count), total=format_count(listing.total))
        shown = len(self.rows)
        expected = listing.total if self.include_resolved else listing.open_count
        if shown < expected:
            details += " — " + self.tr("the {count} newest shown").format(count=format_count(shown))
        self.set_details(details)
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.rows))
        for r, line in enumerate(self.rows):
            cells = (line.source, format_count(line.line_number), line.reference or "—",
                     geneva_moment(line.received_at), reasons_summary(line.reasons), self._short_state(line))
            tips = {4: "\n".join(map(reason_text, line.reasons)), 5: self._state_text(line, note=True)}
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, line.id)
                item.setToolTip(tips.get(c, text))
                if c == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        target = next((r for r, line in enumerate(self.rows) if line.id == wanted), None)
        if target is None and self.rows:
            target = 0
        if target is not None:
            self.table.selectRow(target)
        self._selection_changed()
        if self.include_resolved:
            self.empty_label.setText(self.tr("No line was ever quarantined."))
        else:
            self.empty_label.setText(self.tr("No line waiting in the quarantine: every line of the files imported "
                                             "became an order or was resolved."))  # fmt: skip
        self.empty_label.setVisible(not self.rows)
        return True  # the content stays, with its "show resolved" box, even when the list is empty

    def _state_text(self, line: QuarantineRow, *, note: bool = False) -> str:
        if line.resolved_at is None:
            return self.tr("Open")
        text = self.tr("Resolved on {date} by {user}").format(date=geneva_moment(line.resolved_at),
                                                              user=line.resolved_by or "—")
        if note and line.resolution_note:
            text += "\n" + self.tr("Note: {note}").format(note=line.resolution_note)
        return text

    def _short_state(self, line: QuarantineRow) -> str:
        """The table's column: who and the day (the detail below says the time and the note)."""
        if line.resolved_at is None:
            return self.tr("Open")
        return self.tr("Resolved ({user}, {date})").format(user=line.resolved_by or "—",
                                                           date=geneva_moment(line.resolved_at)[:10])

    # -- selection ---------------------------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        items = self.table.selectedItems() if hasattr(self, "table") else []
        value = items[0].data(ID_ROLE) if items else None
        return value if isinstance(value, int) else None

    def selected_row(self) -> QuarantineRow | None:
        wanted = self.selected_id()
        return next((line for line in self.rows if line.id == wanted), None)

    def select_line(self, quarantine_id: int) -> None:
        row = next((r for r, line in enumerate(self.rows) if line.id == quarantine_id), None)
        if row is not None:
            self.table.selectRow(row)

    def _selection_changed(self) -> None:
        self._show_row(self.selected_row())
        self._update_actions()

    def _show_row(self, line: QuarantineRow | None) -> None:
        labels = self.fact_labels
        if line is None:
            for label in labels.values():
                label.setText("—")
            self.reasons_label.setText("—")
            self.line_text.setPlainText("")
            self.line_text.setPlaceholderText(self.tr("Choose a line to see it in full."))
            return
        labels["where"].setText(self.tr("{file}, line {line}").format(file=line.source,
                                                                      line=format_count(line.line_number)))
        labels["reference"].setText(line.reference or self.tr("not readable"))
        labels["received"].setText(geneva_moment(line.received_at))
        labels["state"].setText(self._state_text(line, note=True))
        self.reasons_label.setText("\n".join(f"• {reason_text(reason)}" for reason in line.reasons) or "—")
        self.line_text.setPlainText(line.text)

    # -- actions -----------------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.resolve_action = screen_action(self, self.tr("&Resolve…"), "Ctrl+R", self.resolve,
                                            self.tr("Close the selected line with a note saying what was done"),
                                            "resolveQuarantine")  # fmt: skip
        self.show_resolved_action = screen_action(self, self.tr("Show resolved lines too"), "Ctrl+H",
                                                  self.show_resolved_box.toggle,
                                                  self.tr("Resolved lines with who resolved them, when and why"),
                                                  "showResolvedQuarantine")  # fmt: skip
        self.resolve_button = action_button(self.resolve_action, self.content)
        self.buttons_row.addWidget(self.resolve_button)
        self.buttons_row.addSpacing(12)
        self.buttons_row.addWidget(self.show_resolved_box)
        self.buttons_row.addStretch(1)
        chain = [self.resolve_button, self.show_resolved_box, self.table, self.line_text]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def screen_actions(self) -> list[QAction]:
        return [self.resolve_action, self.show_resolved_action]

    @property
    def busy(self) -> bool:
        return self._action_task is not None and not self._action_task.done

    def _update_actions(self) -> None:
        if not hasattr(self, "resolve_action"):
            return
        line = self.selected_row()
        self.resolve_action.setEnabled(line is not None and line.resolved_at is None and not self.busy)

    @property
    def message(self) -> str:
        return self.message_label.text()

    def _resolved_toggled(self, _checked: bool) -> None:
        self.message_label.say("")
        self.reload()

    def resolve(self) -> None:
        line = self.selected_row()
        if line is None or not self.resolve_action.isEnabled():
            return
        if self.dialog is not None:
            self.dialog.close()
        dialog = ResolveDialog(line, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        session, quarantine_id = self._session, line.id

        def run() -> None:
            if self.busy:
                dialog.failed(self.tr("Another action is still on its way; try again in a moment."))
                return
            note = dialog.note  # read here, on the GUI thread
            self._action_task = run_in_background(
                self, lambda: session.intake.resolve_quarantine(quarantine_id, note),
                lambda resolved: self._resolved(dialog, resolved), lambda exc: self._resolve_failed(dialog, exc))
            self._update_actions()

        dialog.submitted.connect(run)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: ResolveDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _resolved(self, dialog: ResolveDialog, resolved: QuarantineRow) -> None:
        self._action_task = None
        dialog.set_busy(False)
        dialog.accept()
        self.message_label.say(self.tr("Line {line} of {file} resolved.").format(
            line=format_count(resolved.line_number), file=resolved.source), "ok")
        self._wanted = self._next_after(resolved.id)
        self.reload()

    def _next_after(self, quarantine_id: int) -> int | None:
        """What to select once a line is resolved: itself when resolved lines show, else the next one."""
        if self.include_resolved:
            return quarantine_id
        ids = [line.id for line in self.rows]
        if quarantine_id not in ids:
            return None
        index = ids.index(quarantine_id)
        rest = ids[index + 1:] or ids[:index][-1:]
        return rest[0] if rest else None

    def _resolve_failed(self, dialog: ResolveDialog, exc: BaseException) -> None:
        self._action_task = None
        text = describe_failure(exc)
        if isinstance(exc, DomainError):  # resolved meanwhile by someone else, or gone: the list is read again
            self.reload()
        dialog.failed(text)
        self._update_actions()

    # -- showing ---------------------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        install_screen_actions(self, self.screen_actions())
        if self.settled and not self.busy and self.dialog is None:
            self.reload()  # an import may have quarantined lines meanwhile

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        remove_screen_actions(self, self.screen_actions())
