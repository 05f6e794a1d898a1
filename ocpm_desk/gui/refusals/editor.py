"""The refusal editor (DESIGN §6): grounds from the catalogue, facts, free text, and the letter beside them, live.

Opened from an order, over it in the main window's stack (Escape or Alt+Left goes back to the order). Two modes
share the screen: ``refusal`` (the decision proposed to a supervisor) and ``hearing`` (the hearing letter sent to
the applicant before a refusal, LPA art. 41: same grounds and facts, another letter).

Every change starts two timers: the preview (~120 ms after the last change: the letter is rendered in the
background by ``letter_preview.LetterPreview``) and the autosave (~1.5 s after the last change, and on leaving the
screen: ``draft_work.DraftWork``, this screen's base, which also submits). The editor never waits for either. The
grounds are ``grounds.GroundsEditor``; here are the layout, the facts and the free text, and the actions.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QHideEvent
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

from ocpm_desk.features.refusals.api import DraftInput, RefusalDraft
from ocpm_desk.gui.crash import on_unexpected_error
from ocpm_desk.gui.refusals.draft_work import AUTOSAVE_DELAY_MS, DraftWork
from ocpm_desk.gui.refusals.draft_work import HEARING as HEARING  # the editor's two modes
from ocpm_desk.gui.refusals.draft_work import REFUSAL as REFUSAL
from ocpm_desk.gui.refusals.grounds import GroundsEditor
from ocpm_desk.gui.refusals.letter_preview import PREVIEW_DELAY_MS, LetterPreview
from ocpm_desk.gui.screen import ScreenState
from ocpm_desk.gui.stored_text import hearing_text
from ocpm_desk.gui.widgets import (
    MessageLabel,
    action_button,
    named,
    screen_action,
    section_heading,
    set_tab_order,
    spaced,
)
from ocpm_desk.session import DeskSession

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


class RefusalEditor(DraftWork):
    back_requested = Signal()

    def __init__(self, session: DeskSession, parent: QWidget | None = None, *,
                 preview_delay_ms: int = PREVIEW_DELAY_MS, autosave_delay_ms: int = AUTOSAVE_DELAY_MS
                 ) -> None:  # fmt: skip
        self.order_id: int | None = None
        self.mode = REFUSAL
        self.state_data: RefusalDraft | None = None
        self._filling = False
        self._keep_edits = False
        self._preview_delay_ms = preview_delay_ms  # the preview is built with the content, in DataScreen's init
        self._init_draft_work()
        super().__init__(session, parent, name="refusalEditor", style=STYLE)
        self._build_autosave(autosave_delay_ms)
        on_unexpected_error(self, self.save_now)  # an error elsewhere: the draft is saved at once, not in 1.5 s
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
        splitter = named(QSplitter(Qt.Orientation.Horizontal, self), "refusalSplitter")
        splitter.setChildrenCollapsible(False)
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._build_form(scroll))
        self._form_scroll = scroll
        self.preview = LetterPreview(splitter, self._current_draft, self._render, delay_ms=self._preview_delay_ms,
                                     empty_text=self.tr("The preview of the letter appears here."))
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
        self.grounds.set_catalogue(data.catalogue)
        self._title.setText(self.title() + " — " + data.reference)
        self.set_details(self.tr("Order {reference}").format(reference=data.reference))
        if not keep:
            self._fill(data.draft)
            # what was loaded is the baseline: an untouched prefill is not written as a draft on leaving
            self._saved_draft = data.draft
            self.preview.forget()
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
        self._saved_draft = None
        self._save_pending = False
        self._save_timer.stop()
        self.preview.reset(self.tr("The preview of the letter appears here."))
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
        form = named(QWidget(parent), "refusalForm")
        column = spaced(QVBoxLayout(form), 8, (0, 0, 12, 12))
        self.return_banner = self._banner(form, "returnBanner")
        self.abroad_banner = self._banner(form, "abroadBanner")
        self.abroad_banner.setText(self.tr("⚠ Decision addressed abroad: notification by post is not valid "
                                           "everywhere."))  # fmt: skip
        column.addWidget(self.return_banner)
        column.addWidget(self.abroad_banner)
        self.hearing_label = named(QLabel(form), "hearingStatus")
        self.hearing_label.setWordWrap(True)
        self.hearing_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.hearing_label)

        self.grounds = GroundsEditor(form)
        self.grounds.changed.connect(self.changed)
        # the screen's names for the grounds' widgets (tests and the tab order use them)
        self.grounds_list, self.ground_basis, self.ground_text = (self.grounds.grounds_list, self.grounds.ground_basis,
                                                                  self.grounds.ground_text)  # fmt: skip
        column.addWidget(self.grounds)

        facts_heading = section_heading(self.tr("&Facts"), form)
        column.addWidget(facts_heading)
        self.facts_list = named(QListWidget(form), "factsList", self.tr("Facts, in order (F2 edits a line)"))
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
        self.free_text = named(QPlainTextEdit(form), "freeText")
        self.free_text.setTabChangesFocus(True)
        self.free_text.setAccessibleName(self.tr("Free text of the letter"))
        self.free_text.setFixedHeight(self.free_text.fontMetrics().lineSpacing() * 4 + 14)
        self.free_text.textChanged.connect(self.changed)
        free_label.setBuddy(self.free_text)
        column.addWidget(free_label)
        column.addWidget(self.free_text)

        self.blockers_label = named(QLabel(form), "submitBlockers")
        self.blockers_label.setWordWrap(True)
        self.blockers_label.setVisible(False)
        column.addWidget(self.blockers_label)
        self.submit_row = QHBoxLayout()
        self.autosave_label = named(QLabel(form), "autosaveStatus")
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
            self.grounds.fill(draft.grounds)
            self.facts_list.clear()
            for fact in draft.facts:
                self._fact_item(fact)
            self.free_text.setPlainText(draft.free_text)
        finally:
            self._filling = False

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

    def draft(self) -> DraftInput:
        """What the editor holds now."""
        facts = tuple(t for t in (self.facts_list.item(r).text().strip() for r in range(self.facts_list.count())) if t)
        return DraftInput(self.grounds.grounds(), facts, self.free_text.toPlainText().strip())

    def _current_draft(self) -> DraftInput | None:
        """The draft to preview: None until the order's situation is loaded."""
        return self.draft() if self.state_data is not None and self.order_id is not None else None

    def changed(self) -> None:
        """Something was edited: the preview follows, the autosave waits for a pause."""
        if self._filling or self.state_data is None:
            return
        self.preview.schedule()
        if self._may_save():
            self._save_timer.start()
        self._update_submit()

    def set_ground(self, code: str, ticked: bool) -> None:
        self.grounds.set_ground(code, ticked)

    def reset_ground_text(self) -> None:
        self.grounds.reset_text()

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

    # -- preview (the letter beside the form) -------------------------------------------------------------------

    @property
    def preview_busy(self) -> bool:
        return self.preview.busy

    @property
    def previews_shown(self) -> int:
        return self.preview.previews_shown

    @property
    def previews_dropped(self) -> int:
        return self.preview.previews_dropped

    @property
    def _previewed(self) -> DraftInput | None:
        return self.preview.previewed

    def request_preview(self) -> None:
        """Render the draft as it stands, unless a render is on its way (then the latest draft goes next)."""
        self.preview.request()

    def _render(self, draft: DraftInput) -> Callable[[], bytes]:
        session, order_id = self._session, self.order_id
        assert order_id is not None
        render = session.refusals.preview_hearing_letter if self.mode == HEARING else session.refusals.preview_refusal
        return lambda: render(order_id, draft)

    # -- actions, leaving ---------------------------------------------------------------------------------------

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
        self.grounds.add_below_text(self.reset_button)
        # the header row left to right, the form top to bottom, then the letter beside it (the buttons were built
        # after the form and the letter)
        set_tab_order(self.back_button, self.refresh_button, self.state_pane.button, self._form_scroll,
                      self.grounds_list, self.ground_text, self.reset_button, self.facts_list, *fact_buttons,
                      self.free_text, self.submit_button, self.preview.view)  # fmt: skip

    def screen_actions(self) -> list[QAction]:
        return [self.back_action, self.submit_action, self.save_action, self.add_fact_action,
                self.remove_fact_action, self.fact_up_action, self.fact_down_action, self.reset_ground_action]

    def _update_actions(self) -> None:
        self._update_submit()

    def go_back(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return
        self.save_now()
        self.back_requested.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.save_now()  # leaving the screen, however: the draft is kept
        if self.dialog is not None and not self.dialog.busy:
            self.dialog.close()
