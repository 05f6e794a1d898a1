"""« Quarantaine » (DESIGN §9, supervisors): the lines of the intake files that could not become orders.

Open ones by default: their file, line number, reference when readable, reasons (keyed phrases, said in the user's
language), and the line itself as stored (card numbers masked by the services before anything was written).
"Resolve…" closes a line with a note saying what was done about it (``DeskSession.resolve_quarantine``); resolved
lines keep who, when and the note.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFontDatabase, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ocpm_desk.gui.background import run_in_background
from ocpm_desk.gui.failures import describe_failure, phrase_text
from ocpm_desk.gui.formatting import format_count, geneva_moment
from ocpm_desk.gui.intake.resolve import ResolveDialog
from ocpm_desk.gui.intake.style import STYLE
from ocpm_desk.gui.screen import ActionScreen
from ocpm_desk.gui.table_model import RIGHT, Column, RowsModel
from ocpm_desk.gui.widgets import (
    MessageLabel,
    action_button,
    named,
    read_only_table,
    screen_action,
    section_heading,
    set_tab_order,
    spaced,
)
from ocpm_desk.kernel.errors import DomainError
from ocpm_desk.kernel.phrases import Phrase
from ocpm_desk.session import DeskSession

if TYPE_CHECKING:  # the services' dataclasses, for annotations only (the GUI never imports the services' modules)
    from ocpm_desk.features.intake.api import QuarantineList, QuarantineRow


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


class QuarantineScreen(ActionScreen):
    """The quarantined lines: the list, the selected line in full, and "Resolve…"."""

    reload_on_show = True  # an import may have quarantined lines meanwhile

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        self.rows: list[QuarantineRow] = []
        self.open_count = 0
        self.total = 0
        self._wanted: int | None = None  # the row to select once the list is read again
        super().__init__(session, parent, name="quarantineScreen", style=STYLE)
        self._show_row(None)

    # -- DataScreen ------------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Quarantine")

    def build_content(self) -> QWidget:
        page, column = self.content_column(10)
        self.show_resolved_box = named(QCheckBox(self.tr("Show r&esolved lines too"), page), "showResolved",
                                       self.tr("Show resolved lines too"))
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
        self.model: RowsModel[QuarantineRow] = RowsModel((
            Column(lambda: self.tr("File"), lambda q: q.source),
            Column(lambda: self.tr("Line"), lambda q: format_count(q.line_number), lambda q: q.line_number, RIGHT),
            Column(lambda: self.tr("Reference"), lambda q: q.reference or "—", lambda q: q.reference or ""),
            Column(lambda: self.tr("Received"), lambda q: geneva_moment(q.received_at),
                   lambda q: q.received_at.isoformat()),
            Column(lambda: self.tr("Reasons"), lambda q: reasons_summary(q.reasons), lambda q: len(q.reasons),
                   tooltip=lambda q: "\n".join(map(reason_text, q.reasons))),
            Column(lambda: self.tr("State"), self._short_state, lambda q: int(q.resolved_at is not None),
                   tooltip=lambda q: self._state_text(q, note=True)),
        ), self)  # fmt: skip
        self.table = read_only_table(splitter, self.model, "quarantineTable", self.tr("Quarantined lines"), stretch=4)
        self.table.selectionModel().selectionChanged.connect(lambda *_changed: self._selection_changed())
        self.table.activated.connect(lambda _index: self.resolve())

        detail = named(QWidget(splitter), "quarantineDetail")
        row = spaced(QHBoxLayout(detail), 16, (0, 6, 0, 0))
        facts = QWidget(detail)
        facts_column = spaced(QVBoxLayout(facts))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fact_labels: dict[str, QLabel] = {}
        for key, name in (("where", self.tr("File and line")), ("reference", self.tr("Reference")),
                          ("received", self.tr("Received")), ("state", self.tr("State"))):  # fmt: skip
            label = named(QLabel(name, facts), "fieldName")
            value = named(QLabel(facts), f"quarantine_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = value
            form.addRow(label, value)
        facts_column.addLayout(form)
        facts_column.addWidget(section_heading(self.tr("Reasons"), facts))
        self.reasons_label = named(QLabel(facts), "quarantineReasons", self.tr("Reasons of the quarantine"))
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasons_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        facts_column.addWidget(self.reasons_label)
        facts_column.addStretch(1)

        text_column = QVBoxLayout()
        text_heading = section_heading(self.tr("The line as received (card numbers masked)"), detail)
        self.line_text = named(QPlainTextEdit(detail), "quarantineLine",
                               self.tr("Text of the quarantined line, card numbers masked"))
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
        self.model.set_rows(self.rows)  # the selection is cleared (silently) with the old rows
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
        rows = self.table.selectionModel().selectedRows() if hasattr(self, "table") else []
        return self.model.row_object(rows[0].row()).id if rows else None

    def row_texts(self, row: int) -> list[str]:
        """The cells of row ``row`` as shown (for tests)."""
        return [self.model.cell_text(row, c) for c in range(self.model.columnCount())]

    def row_tooltips(self, row: int) -> list[str]:
        """The tooltips of row ``row``'s cells (for tests): the reasons in full, the state with its note."""
        tip = Qt.ItemDataRole.ToolTipRole
        return [str(self.model.data(self.model.index(row, c), tip)) for c in range(self.model.columnCount())]

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
        set_tab_order(self.resolve_button, self.show_resolved_box, self.table, self.line_text)

    def screen_actions(self) -> list[QAction]:
        return [self.resolve_action, self.show_resolved_action]

    def _update_actions(self) -> None:
        if not hasattr(self, "resolve_action"):
            return
        line = self.selected_row()
        self.resolve_action.setEnabled(line is not None and line.resolved_at is None and not self.busy)

    def _resolved_toggled(self, _checked: bool) -> None:
        self.message_label.say("")
        self.reload()

    def resolve(self) -> None:
        line = self.selected_row()
        if line is None or not self.resolve_action.isEnabled():
            return
        dialog = ResolveDialog(line, self)
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

        self.open_dialog(dialog, run)

    def _resolved(self, dialog: ResolveDialog, resolved: QuarantineRow) -> None:
        self._action_task = None
        dialog.succeeded()
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
