"""The refusal editor (DESIGN §6): grounds from the catalogue, facts, free text, and the letter beside them, live.

Opened from an order, over it in the main window's stack (Escape or Alt+Left goes back to the order). Two modes
share the screen: ``refusal`` (the decision proposed to a supervisor) and ``hearing`` (the hearing letter sent to
the applicant before a refusal, LPA art. 41: same grounds and facts, another letter).

Every change starts two timers: the preview (~120 ms after the last change: the letter is rendered in the
background; one render at a time, the latest draft next; a result for a draft that changed meanwhile is dropped)
and the autosave (~1.5 s after the last change, and on leaving the screen). The editor never waits for either.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ocpm_desk.features.refusals.api import DraftInput, GroundChoice, RefusalDraft, RefusalNotReady, draft_blockers
from ocpm_desk.gui.background import BackgroundTask, run_in_background
from ocpm_desk.gui.crash import on_unexpected_error
from ocpm_desk.gui.dialogs import ActionDialog
from ocpm_desk.gui.failures import describe_failure, domain_message
from ocpm_desk.gui.labels import in_sentence
from ocpm_desk.gui.pdf_preview import PdfPreview
from ocpm_desk.gui.screen import DataScreen, ScreenState, install_screen_actions, remove_screen_actions
from ocpm_desk.gui.stored_text import hearing_text, submit_blocker_lines
from ocpm_desk.gui.widgets import MessageLabel, action_button, screen_action, section_heading, set_tab_order
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.errors import DomainError, StaleVersion
from ocpm_desk.kernel.lifecycle import Status
from ocpm_desk.session import DeskSession

PREVIEW_DELAY_MS = 120
AUTOSAVE_DELAY_MS = 1500
REFUSAL = "refusal"
HEARING = "hearing"
CODE_ROLE = Qt.ItemDataRole.UserRole

STYLE = """
QLabel#abroadBanner, QLabel#returnBanner {
    color: #6b3d00; background: #fdf1e1; border: 1px solid #f1cf9c; border-radius: 4px; padding: 6px 8px;
}
QLabel#submitBlockers { color: #8c1d18; background: #fdecea; border: 1px solid #f3c1bc; border-radius: 4px;
    padding: 6px 8px; }
QLabel#editorMessage[kind="error"] { color: #b3261e; font-weight: 600; }
QLabel#editorMessage[kind="ok"] { color: #2e7d32; }
QLabel#autosaveStatus, QLabel#groundBasis, QLabel#hearingStatus { color: #5b6570; }
"""


class ConfirmSubmitDialog(ActionDialog):
    def __init__(self, title: str, intro: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, intro, ok_text, parent)
        self.setObjectName("confirmSubmitDialog")


class RefusalEditor(DataScreen):
    back_requested = Signal()
    submitted = Signal(int, str)  # order id, what to say on the order screen

    def __init__(self, session: DeskSession, parent: QWidget | None = None, *,
                 preview_delay_ms: int = PREVIEW_DELAY_MS, autosave_delay_ms: int = AUTOSAVE_DELAY_MS
                 ) -> None:  # fmt: skip
        self.order_id: int | None = None
        self.mode = REFUSAL
        self.state_data: RefusalDraft | None = None
        self.dialog: ActionDialog | None = None
        self._texts: dict[str, str] = {}  # ground code → its paragraph as edited
        self._catalogue: dict[str, GroundChoice] = {}
        self._filling = False
        self._keep_edits = False
        self._submitted = False
        self._saved_draft: DraftInput | None = None
        self._previewed: DraftInput | None = None
        self._preview_task: BackgroundTask | None = None
        self._preview_pending = False
        self._save_task: BackgroundTask | None = None
        self._save_pending = False
        self._submit_task: BackgroundTask | None = None
        self.previews_shown = 0
        self.previews_dropped = 0
        super().__init__(session, parent)
        self.setObjectName("refusalEditor")
        self.setStyleSheet(STYLE)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(preview_delay_ms)
        self._preview_timer.timeout.connect(self.request_preview)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(autosave_delay_ms)
        self._save_timer.timeout.connect(self.save_now)
        on_unexpected_error(self, self.save_now)  # an error elsewhere: the draft is saved at once, not in 1.5 s
        self._build_actions()
        column = self.layout()
        assert isinstance(column, QVBoxLayout)
        first = column.itemAt(0)
        header = first.layout() if first is not None else None
        assert isinstance(header, QHBoxLayout)
        header.insertWidget(1, self.back_button)
        self.state_changed.connect(lambda _state: self._update_submit())

    # -- DataScreen ------------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Hearing letter") if self.mode == HEARING else self.tr("Refusal decision")

    def build_content(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("refusalSplitter")
        splitter.setChildrenCollapsible(False)
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._build_form(scroll))
        self._form_scroll = scroll
        self.preview = PdfPreview(splitter, empty_text=self.tr("The preview of the letter appears here."))
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 520])
        return splitter

    def loader(self) -> Callable[[], object]:
        session, order_id = self._session, self.order_id
        assert order_id is not None, "open_for() says which order"
        return lambda: session.refusals.refusal_draft(order_id)

    def show_data(self, data: object) -> bool:
        assert isinstance(data, RefusalDraft)
        keep = self._keep_edits and self.state_data is not None and self.state_data.order_id == data.order_id
        self._keep_edits = False
        self.state_data = data
        self._catalogue = {g.code: g for g in data.catalogue}
        self._title.setText(self.title() + " — " + data.reference)
        self.set_details(self.tr("Order {reference}").format(reference=data.reference))
        if not keep:
            self._fill(data.draft)
            # what was loaded is the baseline: an untouched prefill is not written as a draft on leaving
            self._saved_draft = data.draft
            self._previewed = None
            if data.saved_at is not None:
                self._say_saved(data.saved_at)
            else:
                self.autosave_label.setText("")
        self._show_situation(data)
        self._update_submit()
        self.request_preview()
        return True

    def _refresh_tooltip(self) -> str:
        return self.tr("Load the order's situation again; what you typed stays (F5)")

    def reload(self) -> None:
        if self.state_data is not None:
            self._keep_edits = True  # a refresh never throws away what was typed
        super().reload()

    # -- which order -------------------------------------------------------------------------------------------

    def open_for(self, order_id: int, mode: str = REFUSAL) -> None:
        """Edit the refusal (or the hearing letter) of ``order_id``; loads in the background."""
        self.order_id = order_id
        self.mode = mode
        self.state_data = None
        self._keep_edits = False
        self._submitted = False
        self._texts = {}
        self._saved_draft = self._previewed = None
        self._preview_pending = self._save_pending = False
        self._preview_timer.stop()
        self._save_timer.stop()
        self.preview.clear(self.tr("The preview of the letter appears here."))
        self._title.setText(self.title())
        self.set_details("")
        self.autosave_label.setText("")
        self.message_label.say("")
        hearing = mode == HEARING
        self.submit_action.setText(self.tr("&Send the hearing letter…") if hearing
                                   else self.tr("&Submit to a supervisor…"))  # fmt: skip
        self.submit_button.setText(self.submit_action.text())
        self._set_state(ScreenState.IDLE)
        super().reload()

    # -- the form ----------------------------------------------------------------------------------------------

    def _build_form(self, parent: QWidget) -> QWidget:
        form = QWidget(parent)
        form.setObjectName("refusalForm")
        column = QVBoxLayout(form)
        column.setContentsMargins(0, 0, 12, 12)
        column.setSpacing(8)
        self.return_banner = self._banner(form, "returnBanner")
        self.abroad_banner = self._banner(form, "abroadBanner")
        self.abroad_banner.setText(self.tr("⚠ Decision addressed abroad: notification by post is not valid "
                                           "everywhere."))  # fmt: skip
        column.addWidget(self.return_banner)
        column.addWidget(self.abroad_banner)
        self.hearing_label = QLabel(form)
        self.hearing_label.setObjectName("hearingStatus")
        self.hearing_label.setWordWrap(True)
        self.hearing_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.hearing_label)

        grounds_heading = section_heading(self.tr("&Grounds"), form)
        column.addWidget(grounds_heading)
        self.grounds_list = QListWidget(form)
        self.grounds_list.setObjectName("groundsList")
        self.grounds_list.setAccessibleName(self.tr("Grounds of the catalogue (Space ticks)"))
        self.grounds_list.setMinimumHeight(110)
        self.grounds_list.itemChanged.connect(self._ground_ticked)
        self.grounds_list.currentItemChanged.connect(lambda _c, _p: self._show_ground())
        grounds_heading.setBuddy(self.grounds_list)
        column.addWidget(self.grounds_list)
        self.ground_basis = QLabel(form)
        self.ground_basis.setObjectName("groundBasis")
        self.ground_basis.setWordWrap(True)
        column.addWidget(self.ground_basis)
        text_label = QLabel(self.tr("&Paragraph of the ground:"), form)
        self.ground_text = QPlainTextEdit(form)
        self.ground_text.setObjectName("groundText")
        self.ground_text.setTabChangesFocus(True)
        self.ground_text.setAccessibleName(self.tr("Paragraph of the chosen ground"))
        self.ground_text.setFixedHeight(self.ground_text.fontMetrics().lineSpacing() * 4 + 14)
        self.ground_text.textChanged.connect(self._ground_edited)
        text_label.setBuddy(self.ground_text)
        column.addWidget(text_label)
        column.addWidget(self.ground_text)

        facts_heading = section_heading(self.tr("&Facts"), form)
        column.addWidget(facts_heading)
        self.facts_list = QListWidget(form)
        self.facts_list.setObjectName("factsList")
        self.facts_list.setAccessibleName(self.tr("Facts, in order (F2 edits a line)"))
        self.facts_list.setWordWrap(True)
        self.facts_list.setMinimumHeight(110)
        self.facts_list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.EditKeyPressed
                                        | QAbstractItemView.EditTrigger.SelectedClicked)  # fmt: skip
        self.facts_list.itemChanged.connect(lambda _item: self.changed())
        facts_heading.setBuddy(self.facts_list)
        column.addWidget(self.facts_list)
        self.fact_buttons = QGridLayout()  # two by two: four long French labels in one row would widen the form
        self.fact_buttons.setSpacing(8)
        column.addLayout(self.fact_buttons)

        free_label = QLabel(self.tr("Free te&xt (optional):"), form)
        self.free_text = QPlainTextEdit(form)
        self.free_text.setObjectName("freeText")
        self.free_text.setTabChangesFocus(True)
        self.free_text.setAccessibleName(self.tr("Free text of the letter"))
        self.free_text.setFixedHeight(self.free_text.fontMetrics().lineSpacing() * 4 + 14)
        self.free_text.textChanged.connect(self.changed)
        free_label.setBuddy(self.free_text)
        column.addWidget(free_label)
        column.addWidget(self.free_text)

        self.blockers_label = QLabel(form)
        self.blockers_label.setObjectName("submitBlockers")
        self.blockers_label.setWordWrap(True)
        self.blockers_label.setVisible(False)
        column.addWidget(self.blockers_label)
        self.submit_row = QHBoxLayout()
        self.autosave_label = QLabel(form)
        self.autosave_label.setObjectName("autosaveStatus")
        self.submit_row.addWidget(self.autosave_label, 1)
        column.addLayout(self.submit_row)
        self.message_label = MessageLabel(form, "editorMessage")
        column.addWidget(self.message_label)
        column.addStretch(1)
        return form

    @staticmethod
    def _banner(parent: QWidget, name: str) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setVisible(False)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _fill(self, draft: DraftInput) -> None:
        """The widgets from ``draft`` (no change signal: filling is not editing)."""
        self._filling = True
        try:
            chosen = dict(draft.grounds)
            self._texts = {g.code: chosen.get(g.code, g.text) for g in self._catalogue.values()}
            self.grounds_list.clear()
            order = [code for code, _t in draft.grounds] + [c for c in self._catalogue if c not in chosen]
            for code in order:
                ground = self._catalogue.get(code)
                title = ground.title if ground is not None else code
                basis = ground.legal_basis if ground is not None else ""
                item = QListWidgetItem(f"{title} — {basis}" if basis else title, self.grounds_list)
                item.setData(CODE_ROLE, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
                if ground is not None and ground.suggested:
                    item.setToolTip(self.tr("Suggested: the condition this ground answers is not met."))
            if self.grounds_list.count():
                self.grounds_list.setCurrentRow(0)
            self.facts_list.clear()
            for fact in draft.facts:
                self._fact_item(fact)
            self.free_text.setPlainText(draft.free_text)
        finally:
            self._filling = False
        self._show_ground()

    def _fact_item(self, text: str, row: int | None = None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        if row is None:
            self.facts_list.addItem(item)
        else:
            self.facts_list.insertItem(row, item)
        return item

    def _show_situation(self, data: RefusalDraft) -> None:
        self.hearing_label.setText(self.tr("Right to be heard: {state}").format(state=hearing_text(data.hearing)))
        self.abroad_banner.setVisible(data.abroad)
        comment = data.return_comment
        self.return_banner.setText(self.tr("Returned by the supervisor: {comment}").format(comment=comment or ""))
        self.return_banner.setVisible(bool(comment))

    # -- editing -----------------------------------------------------------------------------------------------

    def _current_code(self) -> str | None:
        item = self.grounds_list.currentItem()
        code = item.data(CODE_ROLE) if item is not None else None
        return code if isinstance(code, str) else None

    def _show_ground(self) -> None:
        code = self._current_code()
        ground = self._catalogue.get(code) if code else None
        self._filling, was = True, self._filling
        try:
            self.ground_text.setPlainText(self._texts.get(code, "") if code else "")
        finally:
            self._filling = was
        item = self.grounds_list.currentItem()
        ticked = item is not None and item.checkState() == Qt.CheckState.Checked
        self.ground_text.setReadOnly(not ticked)
        if ground is None:
            self.ground_basis.setText("")
        else:
            basis = self.tr("Legal basis: {basis}").format(basis=ground.legal_basis)
            self.ground_basis.setText(basis if ticked else basis + " — " + self.tr("tick the ground to use it"))

    def _ground_ticked(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        if item is self.grounds_list.currentItem():
            self._show_ground()
        self.changed()

    def _ground_edited(self) -> None:
        if self._filling:
            return
        code = self._current_code()
        if code is not None:
            self._texts[code] = self.ground_text.toPlainText()
        self.changed()

    def draft(self) -> DraftInput:
        """What the editor holds now."""
        grounds = []
        for row in range(self.grounds_list.count()):
            item = self.grounds_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                code = item.data(CODE_ROLE)
                grounds.append((code, self._texts.get(code, "").strip()))
        facts = tuple(t for t in (self.facts_list.item(r).text().strip() for r in range(self.facts_list.count())) if t)
        return DraftInput(tuple(grounds), facts, self.free_text.toPlainText().strip())

    def changed(self) -> None:
        """Something was edited: the preview follows, the autosave waits for a pause."""
        if self._filling or self.state_data is None:
            return
        self._preview_timer.start()
        if self._may_save():
            self._save_timer.start()
        self._update_submit()

    def set_ground(self, code: str, ticked: bool) -> None:
        for row in range(self.grounds_list.count()):
            item = self.grounds_list.item(row)
            if item.data(CODE_ROLE) == code:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def add_fact(self) -> None:
        row = self.facts_list.currentRow() + 1 if self.facts_list.currentRow() >= 0 else self.facts_list.count()
        item = self._fact_item("", row)
        self.facts_list.setCurrentItem(item)
        self.facts_list.setFocus()
        self.facts_list.editItem(item)

    def remove_fact(self) -> None:
        row = self.facts_list.currentRow()
        if row >= 0:
            self.facts_list.takeItem(row)
            self.changed()

    def move_fact(self, step: int) -> None:
        row = self.facts_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.facts_list.count():
            return
        item = self.facts_list.takeItem(row)
        self.facts_list.insertItem(target, item)
        self.facts_list.setCurrentRow(target)
        self.changed()

    def reset_ground_text(self) -> None:
        code = self._current_code()
        ground = self._catalogue.get(code) if code else None
        if ground is not None and not self.ground_text.isReadOnly():
            self.ground_text.setPlainText(ground.text)  # textChanged records it

    # -- preview -----------------------------------------------------------------------------------------------

    @property
    def preview_busy(self) -> bool:
        return self._preview_task is not None and not self._preview_task.done

    def request_preview(self) -> None:
        """Render the draft as it stands, unless a render is on its way (then the latest draft goes next)."""
        if self.state_data is None or self.order_id is None:
            return
        if self.preview_busy:
            self._preview_pending = True
            return
        draft = self.draft()
        if draft == self._previewed:
            return
        session, order_id = self._session, self.order_id
        render = session.refusals.preview_hearing_letter if self.mode == HEARING else session.refusals.preview_refusal
        self._preview_pending = False
        self._preview_task = run_in_background(
            self, lambda: render(order_id, draft),
            lambda data: self._previewed_ok(draft, data), lambda exc: self._preview_failed(draft, exc))  # fmt: skip

    def _previewed_ok(self, draft: DraftInput, data: bytes) -> None:
        self._preview_task = None
        if draft == self.draft():
            self._previewed = draft
            self.preview.show_pdf(data)
            self.previews_shown += 1
        else:
            self.previews_dropped += 1  # the draft changed while it was rendered: only the latest matters
        self._next_preview()

    def _preview_failed(self, draft: DraftInput, exc: BaseException) -> None:
        self._preview_task = None
        if draft == self.draft():
            self._previewed = draft  # not again for the same draft: the next change tries again
            self.preview.show_message(self.tr("No preview: {reason}").format(reason=describe_failure(exc)))
        self._next_preview()

    def _next_preview(self) -> None:
        if self._preview_pending or self.draft() != self._previewed:
            self._preview_pending = False
            if not self._preview_timer.isActive():
                self.request_preview()

    # -- autosave ----------------------------------------------------------------------------------------------

    def _may_save(self) -> bool:
        data = self.state_data
        return data is not None and data.status is Status.IN_REVIEW and not self._submitted

    @property
    def save_busy(self) -> bool:
        return self._save_task is not None and not self._save_task.done

    @property
    def unsaved(self) -> bool:
        return self.state_data is not None and self.draft() != self._saved_draft

    def save_now(self) -> None:
        """Save the draft in the background if it changed since the last save."""
        self._save_timer.stop()
        if not self._may_save() or self.order_id is None or not self.unsaved:
            return
        if self.save_busy:
            self._save_pending = True
            return
        session, order_id, draft = self._session, self.order_id, self.draft()
        self._save_pending = False
        self._save_task = run_in_background(
            self, lambda: session.refusals.save_refusal_draft(order_id, draft),
            lambda state: self._saved(draft, state), self._save_failed)  # fmt: skip

    def _saved(self, draft: DraftInput, state: RefusalDraft) -> None:
        self._save_task = None
        self._saved_draft = draft
        if self.state_data is not None and state.order_id == self.state_data.order_id:
            self.state_data = state  # blockers and version as they now stand; the editor keeps its text
            self._show_situation(state)
            self._update_submit()
        self._say_saved(state.saved_at)
        if self._save_pending:
            self.save_now()

    def _save_failed(self, exc: BaseException) -> None:
        self._save_task = None
        self.autosave_label.setText(self.tr("The draft could not be saved: {reason}").format(
            reason=describe_failure(exc)))
        if self._save_pending:
            self._save_pending = False
            self._save_timer.start()

    def _say_saved(self, when: datetime | None) -> None:
        moment = (clock.in_geneva(when) if when is not None and when.tzinfo is not None
                  else when or clock.local_now())  # fmt: skip
        self.autosave_label.setText(self.tr("Draft saved at {time}").format(time=moment.strftime("%H:%M:%S")))

    # -- submitting --------------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._submit_task is not None and not self._submit_task.done

    def blockers(self) -> list[str]:
        """Why submitting would fail now, in the user's language with what to do, one line per kind: the service's
        reasons about the order and the hearing, and the editor's own about the draft (the service judged the draft
        as last saved; a hearing letter needs no facts, and is what answers the hearing's reasons)."""
        data = self.state_data
        if data is None:
            return []
        letter = self.mode == HEARING
        kept = [b for b in data.submit_blockers
                if b.kind.about != "draft" and not (letter and b.kind.about == "hearing")]  # fmt: skip
        lines = submit_blocker_lines([*kept, *draft_blockers(self.draft(), hearing_letter=letter)],
                                     {g.code: g.title for g in data.catalogue})  # fmt: skip
        reasons = [text for _kind, text in lines]
        if letter and data.hearing is not None:  # with the hearing's reasons: after the order's, before the draft's
            at = sum(1 for kind, _text in lines if kind.about == "order")
            reasons.insert(at, self.tr("The applicant has already been heard on this order."))
        return reasons

    def _update_submit(self) -> None:
        reasons = self.blockers()
        ready = self.state is ScreenState.READY and self.state_data is not None and not self.busy
        self.submit_action.setEnabled(ready and not reasons)
        self.blockers_label.setText("\n".join(f"• {r}" for r in reasons))
        self.blockers_label.setVisible(bool(reasons) and self.state_data is not None)
        tip = (self.tr("Cannot be sent yet:") + " " + " ".join(reasons)) if reasons else self._submit_tip()
        self.submit_button.setToolTip(tip)

    def _submit_tip(self) -> str:
        if self.mode == HEARING:
            return self.tr("Send the hearing letter: the order waits for the applicant's comments (Ctrl+Return)")
        return self.tr("Propose the refusal to a supervisor, who approves or returns it (Ctrl+Return)")

    def submit(self) -> None:
        data = self.state_data
        if data is None or self.busy:
            return
        reasons = self.blockers()
        if reasons:
            self.message_label.say(" ".join(reasons), "error")
            return
        if self.dialog is not None:
            self.dialog.close()
        if self.mode == HEARING:
            dialog = ConfirmSubmitDialog(
                self.tr("Send the hearing letter — {reference}").format(reference=data.reference),
                self.tr("The hearing letter is kept with the order and the order waits on hold until the time to "
                        "comment is over. Send it?"), self.tr("&Send"), self)  # fmt: skip
        else:
            dialog = ConfirmSubmitDialog(
                self.tr("Submit the refusal — {reference}").format(reference=data.reference),
                self.tr("The refusal of order {reference} goes to a supervisor, who approves (signs) or returns it. "
                        "You can no longer change it meanwhile. Submit it?").format(reference=data.reference),
                self.tr("&Submit"), self)  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda: self._run_submit(dialog))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: ActionDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _run_submit(self, dialog: ActionDialog) -> None:
        data = self.state_data
        assert data is not None and self.order_id is not None
        session, order_id, version, draft = self._session, self.order_id, data.order_version, self.draft()
        hearing = self.mode == HEARING
        self._save_timer.stop()

        def job() -> object:
            if hearing:
                return session.refusals.send_hearing_letter(order_id, version, draft)
            return session.refusals.submit_refusal(order_id, version, draft)

        self._submit_task = run_in_background(self, job, lambda _state: self._submit_done(dialog, hearing),
                                              lambda exc: self._submit_failed(dialog, exc))  # fmt: skip
        self._update_submit()

    def _submit_done(self, dialog: ActionDialog, hearing: bool) -> None:
        self._submit_task = None
        self._submitted = True
        dialog.set_busy(False)
        dialog.accept()
        reference = self.state_data.reference if self.state_data is not None else ""
        if hearing:
            text = self.tr("Hearing letter of order {reference} recorded: the order waits for the applicant's "
                           "comments.").format(reference=reference)  # fmt: skip
        else:
            text = self.tr("Refusal of order {reference} submitted to a supervisor.").format(reference=reference)
        assert self.order_id is not None
        self.submitted.emit(self.order_id, text)

    def _submit_failed(self, dialog: ActionDialog, exc: BaseException) -> None:
        self._submit_task = None
        if isinstance(exc, StaleVersion):
            text = self.tr("Order {reference} was changed by {person} meanwhile. Its situation has been reloaded; "
                           "your text is kept: check it, then submit again.").format(
                               reference=exc.reference, person=exc.changed_by or self.tr("someone else"))  # fmt: skip
            self.reload()  # keeps the editor's text
        elif isinstance(exc, RefusalNotReady):  # each reason with what to do
            titles = {g.code: g.title for g in data.catalogue} if (data := self.state_data) is not None else {}
            reason = in_sentence(" ".join(text for _kind, text in submit_blocker_lines(exc.blockers, titles)))
            text = self.tr("The procedure did not succeed: {reason}").format(reason=reason)
        elif type(exc) is DomainError:
            text = self.tr("The procedure did not succeed: {reason}").format(
                reason=domain_message(exc).rstrip(".") + ".")
        else:
            text = describe_failure(exc)
        self.message_label.say(text, "error")
        dialog.failed(text)
        self._update_submit()

    # -- messages, actions, leaving ----------------------------------------------------------------------------

    @property
    def message(self) -> str:
        return self.message_label.text()

    def _build_actions(self) -> None:
        self.back_action = screen_action(self, self.tr("&Back to the order"), ("Alt+Left", "Escape"), self.go_back,
                                  self.tr("Back to the order; the draft is saved"), "refusalBack")
        self.submit_action = screen_action(self, self.tr("&Submit to a supervisor…"), ("Ctrl+Return", "Ctrl+Enter"),
                                           self.submit, self.tr("Propose the refusal to a supervisor"),
                                           "refusalSubmit")
        self.save_action = screen_action(self, self.tr("Sa&ve the draft now"), ("Ctrl+S",), self.save_now,
                                  self.tr("The draft is also saved by itself after each pause"), "refusalSave")
        self.add_fact_action = screen_action(self, self.tr("&Add a fact"), ("Ctrl+Shift+I",), self.add_fact,
                                      self.tr("A new line of facts after the selected one"), "addFact")
        self.remove_fact_action = screen_action(self, self.tr("&Remove the fact"), ("Ctrl+Shift+Del",),
                                                self.remove_fact, self.tr("Remove the selected line of facts"),
                                                "removeFact")
        self.fact_up_action = screen_action(self, self.tr("Move the fact &up"), ("Alt+Shift+Up",),
                                            lambda: self.move_fact(-1), self.tr("Move the selected fact up"), "factUp")
        self.fact_down_action = screen_action(self, self.tr("Move the fact &down"), ("Alt+Shift+Down",),
                                       lambda: self.move_fact(1), self.tr("Move the selected fact down"), "factDown")
        self.reset_ground_action = screen_action(self, self.tr("Catalogue &text of the ground"), ("Ctrl+Shift+B",),
                                          self.reset_ground_text,
                                          self.tr("Put back the catalogue's paragraph of the selected ground"),
                                          "resetGround")  # fmt: skip
        self.back_button = action_button(self.back_action, self)
        self.submit_button = action_button(self.submit_action, self)
        self.submit_row.addWidget(self.submit_button)
        fact_buttons = [action_button(act, self) for act in (self.add_fact_action, self.remove_fact_action,
                                                             self.fact_up_action, self.fact_down_action)]  # fmt: skip
        for i, button in enumerate(fact_buttons):
            self.fact_buttons.addWidget(button, i // 2, i % 2)
        self.fact_buttons.setColumnStretch(2, 1)
        self.reset_button = action_button(self.reset_ground_action, self)
        form = self.ground_text.parentWidget()
        layout = form.layout() if form is not None else None
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(layout.indexOf(self.ground_text) + 1, self.reset_button, 0,
                                Qt.AlignmentFlag.AlignLeft)  # fmt: skip
        # the header row left to right, the form top to bottom, then the letter beside it (the buttons were built
        # after the form and the letter)
        set_tab_order(self.back_button, self.refresh_button, self.state_pane.button, self._form_scroll,
                      self.grounds_list, self.ground_text, self.reset_button, self.facts_list, *fact_buttons,
                      self.free_text, self.submit_button, self.preview.view)  # fmt: skip

    def screen_actions(self) -> list[QAction]:
        return [self.back_action, self.submit_action, self.save_action, self.add_fact_action,
                self.remove_fact_action, self.fact_up_action, self.fact_down_action, self.reset_ground_action]

    def go_back(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return
        self.save_now()
        self.back_requested.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        install_screen_actions(self, self.screen_actions())

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        remove_screen_actions(self, self.screen_actions())
        self.save_now()  # leaving the screen, however: the draft is kept
        if self.dialog is not None and not self.dialog.busy:
            self.dialog.close()
