"""« Importer des commandes » (DESIGN §6 and §9, supervisors).

A supervisor chooses an intake file of the e-démarches platform (JSON Lines) and imports it. The import runs on a
worker thread (``DeskSession.import_orders``) in batches, each committed on its own; the screen shows a progress bar
(bytes read) and a Cancel button, and the rest of the window stays usable meanwhile. Cancel is honoured between
batches: what was written before stays, and importing the same file again finishes it (the lines already done then
count as unchanged). The result shows the counts of DESIGN §9 and, when lines were quarantined, leads to the
quarantine.

The lines that could not become orders are the quarantine's (``gui.intake.quarantine``, its resolve dialog in
``gui.intake.resolve``); the window and the tests name those screens from here too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ocpm_desk.gui.background import Progress, run_reporting
from ocpm_desk.gui.failures import describe_failure
from ocpm_desk.gui.formatting import format_count
from ocpm_desk.gui.intake.quarantine import QuarantineScreen, reason_text
from ocpm_desk.gui.intake.resolve import ResolveDialog
from ocpm_desk.gui.intake.style import STYLE
from ocpm_desk.gui.screen import ActionScreen
from ocpm_desk.gui.widgets import (
    CountCard,
    MessageLabel,
    action_buttons,
    named,
    repolish,
    screen_action,
    section_heading,
    set_tab_order,
    spaced,
)
from ocpm_desk.session import DeskSession

if TYPE_CHECKING:  # the services' dataclasses, for annotations only (the GUI never imports the services' modules)
    from ocpm_desk.features.intake.api import ImportSummary, QuarantineList

__all__ = ["PROGRESS_STEPS", "ImportScreen", "QuarantineScreen", "ResolveDialog", "reason_text"]

#: The progress bar counts in steps of this many parts of the file (a file may exceed the 32-bit range in bytes).
PROGRESS_STEPS = 1000


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


class ImportScreen(ActionScreen):
    """Choose an intake file, import it in the background (the screen's action on its way: ``busy``), see what
    became of its lines."""

    quarantine_requested = Signal()
    reload_on_show = True  # the quarantine's open count may have changed meanwhile

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        self.summary: ImportSummary | None = None
        self.open_quarantined: int | None = None  # lines waiting in the quarantine, as last read
        self.bytes_done = 0  # read by the import on its way (after each batch)
        self.cancel_asked = False
        self._progress: Progress | None = None
        self._file_name = ""
        super().__init__(session, parent, name="importScreen", style=STYLE)

    # -- DataScreen ------------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Import orders")

    def build_content(self) -> QWidget:
        page = QWidget(self)
        column = spaced(QVBoxLayout(page), 12)
        intro = QLabel(self.tr("An intake file of the e-démarches platform: one order per line (JSON Lines, "
                               "*.jsonl). Each well-formed line becomes an order in the queues; a line that cannot "
                               "become an order goes to the quarantine with its reasons. Importing the same file "
                               "again changes nothing."), page)  # fmt: skip
        intro.setObjectName("intakeIntro")
        intro.setWordWrap(True)
        column.addWidget(intro)

        file_row = QHBoxLayout()
        file_label = QLabel(self.tr("&File:"), page)
        self.file_edit = named(QLineEdit(page), "intakeFile", self.tr("Intake file to import"))
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
        self.progress_bar = named(QProgressBar(page), "importProgress", self.tr("Import progress"))
        self.progress_bar.setRange(0, PROGRESS_STEPS)
        self.progress_bar.setValue(0)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setFormat(self.tr("%p%"))
        self.progress_text = named(QLabel(page), "progressText")
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
        self.action_buttons = action_buttons((self.choose_action, self.import_action, self.quarantine_action),
                                             self.content, self.file_buttons)
        self.action_buttons |= action_buttons((self.cancel_action,), self.content, self.progress_buttons)
        # Tab follows the eye: the file, its buttons, then Cancel beside the progress bar
        set_tab_order(self.file_edit, *self.action_buttons.values())

    def screen_actions(self) -> list[QAction]:
        return [self.choose_action, self.import_action, self.cancel_action, self.quarantine_action]

    def _update_actions(self) -> None:
        if not hasattr(self, "cancel_action"):
            return
        busy = self.busy
        self.choose_action.setEnabled(not busy)
        self.file_edit.setReadOnly(busy)
        self.import_action.setEnabled(not busy and bool(self.file_edit.text().strip()))
        self.cancel_action.setEnabled(busy and not self.cancel_asked)
        self.action_buttons["cancelImport"].setVisible(busy)

    def ask_file(self) -> str:
        """The open-file dialog (tests replace it)."""
        start = str(Path(self.file_edit.text().strip()).parent) if self.file_edit.text().strip() else ""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the intake file"), start,
            self.tr("Intake files (*.jsonl *.json *.txt);;All files (*)"))  # fmt: skip
        return path

    def choose_file(self) -> None:
        path = self.ask_unless_busy(self.ask_file)
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
        self._action_task, self._progress = run_reporting(self, job, self._imported, self._import_failed,
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
        self._action_task = None
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
