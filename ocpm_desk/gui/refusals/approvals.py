"""« Décisions à approuver » (DESIGN §6, supervisors): refusals proposed by others, approved (signed) or returned.

The list comes from ``refusal_proposals()``; selecting a row loads ``proposal(decision_id)`` in the background (a
later selection supersedes an earlier one): the order's summary on the left, the letter as it will be issued on the
right. Approving quotes back the SHA-256 of the content shown, so that what is signed is what was seen. A proposal
of one's own is listed but cannot be decided (four eyes). The list refreshes after each action and when orders
change anywhere (live updates).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ocpm_desk.features.refusals.api import IssuedDecision, ProposalRow, ProposalView
from ocpm_desk.gui.background import BackgroundTask, run_in_background
from ocpm_desk.gui.dialogs import ActionDialog
from ocpm_desk.gui.failures import describe_failure
from ocpm_desk.gui.formatting import geneva_moment
from ocpm_desk.gui.labels import local
from ocpm_desk.gui.pdf_preview import PdfPreview
from ocpm_desk.gui.refusals.dialogs import ApproveRefusalDialog, ReturnRefusalDialog
from ocpm_desk.gui.screen import ActionScreen
from ocpm_desk.gui.stored_text import hearing_mode_label, hearing_text
from ocpm_desk.gui.table_model import Column, RowsModel
from ocpm_desk.gui.widgets import (
    MessageLabel,
    action_buttons,
    named,
    read_only_table,
    screen_action,
    set_tab_order,
    spaced,
)
from ocpm_desk.kernel.errors import DomainError
from ocpm_desk.session import DeskSession

STYLE = """
QLabel#approvalMessage[kind="error"] { color: #b3261e; font-weight: 600; }
QLabel#approvalMessage[kind="ok"] { color: #2e7d32; }
QLabel#ownProposal, QLabel#abroadFlag {
    color: #6b3d00; background: #fdf1e1; border: 1px solid #f1cf9c; border-radius: 4px; padding: 6px 8px;
}
QLabel#fieldName { color: #5b6570; }
"""


class ApprovalsScreen(ActionScreen):
    count_changed = Signal(int)
    order_requested = Signal(int)

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        self.rows: list[ProposalRow] = []
        self.view: ProposalView | None = None
        self._wanted: int | None = None  # the decision to select once the list is there
        self._proposal_task: BackgroundTask | None = None
        super().__init__(session, parent, name="approvalsScreen", style=STYLE)

    # -- DataScreen ------------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Decisions to approve")

    def build_content(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.model: RowsModel[ProposalRow] = RowsModel(self._columns(), self)
        self.table = read_only_table(splitter, self.model, "proposalsTable", self.tr("Refusals waiting for a decision"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.activated.connect(lambda _index: self.open_order())  # Enter, or a double click
        lower = QSplitter(Qt.Orientation.Horizontal, splitter)
        scroll = QScrollArea(lower)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.summary = named(QWidget(scroll), "proposalSummary")
        self.summary_column = spaced(QVBoxLayout(self.summary), 8, (0, 0, 12, 0))
        self.summary_labels: dict[str, QLabel] = {}
        for key, name in (("reference", self.tr("Reference")), ("service", self.tr("Service")),
                          ("author", self.tr("Proposed by")), ("grounds", self.tr("Grounds")),
                          ("hearing", self.tr("Right to be heard")),
                          ("hash", self.tr("Content (SHA-256)"))):  # fmt: skip
            label = named(QLabel(name, self.summary), "fieldName")
            value = named(QLabel(self.summary), f"proposal_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setBuddy(value)
            self.summary_labels[key] = value
            self.summary_column.addWidget(label)
            self.summary_column.addWidget(value)
        self.summary_labels["hash"].setStyleSheet("font-family: monospace;")
        self.abroad_label = QLabel(self.tr("⚠ Decision addressed abroad: notification by post is not valid "
                                           "everywhere."), self.summary)  # fmt: skip
        self.abroad_label.setObjectName("abroadFlag")
        self.abroad_label.setWordWrap(True)
        self.abroad_label.setVisible(False)
        self.own_label = QLabel(self.tr("Your proposal: another supervisor decides it (four eyes)."), self.summary)
        self.own_label.setObjectName("ownProposal")
        self.own_label.setWordWrap(True)
        self.own_label.setVisible(False)
        self.summary_column.addWidget(self.abroad_label)
        self.summary_column.addWidget(self.own_label)
        self.buttons_row = QHBoxLayout()
        self.summary_column.addLayout(self.buttons_row)
        self.message_label = MessageLabel(self.summary, "approvalMessage")
        self.summary_column.addWidget(self.message_label)
        self.summary_column.addStretch(1)
        scroll.setWidget(self.summary)
        self.preview = PdfPreview(lower, empty_text=self.tr("Choose a proposal to see its letter."))
        lower.addWidget(scroll)
        lower.addWidget(self.preview)
        lower.setSizes([420, 560])
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([180, 520])
        return splitter

    def _columns(self) -> tuple[Column[ProposalRow], ...]:
        """Reference, service (its label as tooltip), author, date, hearing, abroad, and an empty column that takes
        the rest of the width."""
        return (
            Column(lambda: self.tr("Reference"), lambda r: r.reference),
            Column(lambda: self.tr("Service"), lambda r: r.service_code, tooltip=lambda r: local(r.service_label)),
            Column(lambda: self.tr("Proposed by"),
                   lambda r: r.author_name + (" — " + self.tr("your proposal") if r.own else "")),
            Column(lambda: self.tr("Proposed on"), lambda r: geneva_moment(r.proposed_at)),
            Column(lambda: self.tr("Hearing"), lambda r: hearing_mode_label(r.hearing)),
            Column(lambda: self.tr("Abroad"), lambda r: self.tr("⚠ abroad") if r.abroad else ""),
            Column(lambda: "", lambda _r: ""),
        )

    def loader(self) -> Callable[[], object]:
        session = self._session
        return session.refusals.refusal_proposals

    def show_data(self, data: object) -> bool:
        assert isinstance(data, list)
        current = self.selected_decision()
        wanted = self._wanted if self._wanted is not None else current
        self.rows = list(data)
        self.count_changed.emit(len(self.rows))
        self.set_details(self.tr("{count} proposal(s) waiting").format(count=len(self.rows)))
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.model.set_rows(self.rows)
        selection.blockSignals(False)
        target = next((r for r, row in enumerate(self.rows) if row.decision_id == wanted), None)
        if target is None and self.rows:
            target = 0
        if target is not None:
            self._wanted = None
            self.table.selectRow(target)
            self._selection_changed()
        else:
            self._show_proposal(None)
        return bool(self.rows)

    def empty_text(self) -> tuple[str, str]:
        return self.tr("No refusal waiting for a decision"), self.tr("Proposals of refusal appear here as soon as "
                                                                     "a caseworker submits one.")  # fmt: skip

    # -- selection ---------------------------------------------------------------------------------------------

    def selected_decision(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if hasattr(self, "table") else []
        return self.model.row_object(rows[0].row()).decision_id if rows else None

    def row_texts(self, row: int) -> list[str]:
        """The texts of ``row`` of the list, as shown."""
        return [self.model.cell_text(row, column) for column in range(self.model.columnCount())]

    def selected_row(self) -> ProposalRow | None:
        decision = self.selected_decision()
        return next((r for r in self.rows if r.decision_id == decision), None)

    def select_decision(self, decision_id: int) -> None:
        """Show ``decision_id`` (from an order's "Decide the refusal"): selected now, or once the list is loaded."""
        self._wanted = decision_id
        row = next((r for r, p in enumerate(self.rows) if p.decision_id == decision_id), None)
        if row is not None and self.settled:
            self._wanted = None
            self.table.selectRow(row)
        self.reload()

    def _selection_changed(self) -> None:
        decision = self.selected_decision()
        if self.view is not None and self.view.row.decision_id == decision:
            return
        if self._proposal_task is not None:
            self._proposal_task.discard()
        self._show_proposal(None)
        if decision is None:
            return
        session = self._session
        self.preview.clear(self.tr("Loading the letter…"))
        self._proposal_task = run_in_background(self, lambda: session.refusals.proposal(decision), self._show_proposal,
                                                self._proposal_failed)  # fmt: skip

    @property
    def proposal_loading(self) -> bool:
        return self._proposal_task is not None and not self._proposal_task.done

    def _proposal_failed(self, exc: BaseException) -> None:
        self._proposal_task = None
        self.preview.clear(describe_failure(exc))

    def _show_proposal(self, view: ProposalView | None) -> None:
        if view is not None:
            self._proposal_task = None
        self.view = view
        labels = self.summary_labels
        if view is None:
            for label in labels.values():
                label.setText("—")
            self.abroad_label.setVisible(False)
            self.own_label.setVisible(False)
            self._update_actions()
            return
        row = view.row
        labels["reference"].setText(row.reference)
        labels["service"].setText(f"{row.service_code} — {local(row.service_label)}")
        labels["author"].setText(self.tr("{name} ({username}) on {date}").format(
            name=row.author_name, username=row.author, date=geneva_moment(row.proposed_at)))
        labels["grounds"].setText("\n".join(f"• {title} — {basis}" for title, basis in view.grounds) or "—")
        hearing = hearing_text(view.hearing)
        if view.hearing_note and view.hearing_note not in hearing:
            hearing += "\n" + self.tr("Note: {note}").format(note=view.hearing_note)
        labels["hearing"].setText(hearing)
        # in groups of 16: a label wraps only at spaces, and 64 characters in one piece would widen the column
        sha = view.content_sha256
        labels["hash"].setText(" ".join(sha[i:i + 16] for i in range(0, len(sha), 16)))
        self.abroad_label.setVisible(row.abroad)
        self.own_label.setVisible(row.own)
        self.preview.show_pdf(view.preview_pdf)
        self._update_actions()

    # -- actions -----------------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.approve_action = screen_action(self, self.tr("&Approve and sign…"), "Ctrl+Shift+A", self.approve,
                                     self.tr("Issue the decision as shown, signed in your name"), "approveRefusal")
        self.return_action = screen_action(self, self.tr("&Return…"), "Ctrl+Shift+R", self.return_proposal,
                                    self.tr("Send the proposal back to its author with a comment"), "returnRefusal")
        self.open_order_action = screen_action(self, self.tr("Open the &order"), "Ctrl+Shift+Return", self.open_order,
                                        self.tr("The order of the selected proposal"), "openProposalOrder")
        self.action_buttons = action_buttons(self.screen_actions(), self.summary, self.buttons_row)
        self.buttons_row.addStretch(1)
        # the buttons under the summary, before the letter beside it (they were built after the letter)
        set_tab_order(*self.action_buttons.values(), self.preview.view)

    def screen_actions(self) -> list[QAction]:
        return [self.approve_action, self.return_action, self.open_order_action]

    def _update_actions(self) -> None:
        view = self.view
        decidable = view is not None and not view.row.own and not self.busy
        for act in (self.approve_action, self.return_action):
            act.setEnabled(decidable)
        self.open_order_action.setEnabled(view is not None)
        if view is not None and view.row.own:
            reason = self.tr("Your own proposal: another supervisor decides it (four eyes).")
            for name in ("approveRefusal", "returnRefusal"):
                self.action_buttons[name].setToolTip(reason)
        else:
            self.action_buttons["approveRefusal"].setToolTip(self.approve_action.toolTip())
            self.action_buttons["returnRefusal"].setToolTip(self.return_action.toolTip())

    def open_order(self) -> None:
        view = self.view
        if view is not None:
            self.order_requested.emit(view.row.order_id)

    def approve(self) -> None:
        view = self.view
        if view is None or not self.approve_action.isEnabled():
            return
        dialog = ApproveRefusalDialog(view.row.reference, view.row.author_name, view.content_sha256, self)
        decision_id, sha = view.row.decision_id, view.content_sha256
        session = self._session
        self._open(dialog, lambda: lambda: session.refusals.approve_refusal(decision_id, sha), self._approved)

    def _approved(self, issued: object) -> str:
        assert isinstance(issued, IssuedDecision)
        return self.tr("Decision no. {number} issued for order {reference}: it goes to the mail room.").format(
            number=issued.number, reference=issued.reference)

    def return_proposal(self) -> None:
        view = self.view
        if view is None or not self.return_action.isEnabled():
            return
        dialog = ReturnRefusalDialog(view.row.reference, view.row.author_name, self)
        decision_id, sha, session = view.row.decision_id, view.content_sha256, self._session
        reference = view.row.reference

        def job() -> Callable[[], object]:
            comment = dialog.comment  # read here, on the GUI thread
            return lambda: session.refusals.return_refusal(decision_id, sha, comment)

        self._open(dialog, job, lambda _state: self.tr("The proposal on order {reference} was returned to its "
                                                       "author.").format(reference=reference))  # fmt: skip

    def _open(self, dialog: ActionDialog, job: Callable[[], Callable[[], object]], done: Callable[[object], str]
              ) -> None:  # fmt: skip
        """Show ``dialog``; its OK runs the work ``job()`` builds from what was typed (read at that moment)."""

        def run() -> None:
            if self.busy:
                dialog.failed(self.tr("Another action is still on its way; try again in a moment."))
                return
            self._action_task = run_in_background(self, job(), lambda result: self._action_done(dialog, done(result)),
                                                  lambda exc: self._action_failed(dialog, exc))  # fmt: skip
            self._update_actions()

        self.open_dialog(dialog, run)

    def _action_done(self, dialog: ActionDialog, text: str) -> None:
        self._action_task = None
        dialog.succeeded()
        self.view = None
        self.message_label.say(text, "ok")
        self.reload()

    def _action_failed(self, dialog: ActionDialog, exc: BaseException) -> None:
        self._action_task = None
        text = describe_failure(exc)
        if type(exc) is DomainError:
            text += " " + self.tr("The list has been reloaded.")
            self.view = None
            self.reload()
        self.message_label.say(text, "error")
        dialog.failed(text)
        self._update_actions()
