"""The order screen (DESIGN §6): one order (its page: ``order_page``) and the actions the user may take on it now.

It is pushed in the main window's stack over the queue it was opened from ("Back to the list": Alt+Left or Escape).
What the user may do comes from ``OrderDetail.actions`` (the services decide; the buttons only follow). Every action
runs in the background and brings back the order as it now stands; an action refused because the order changed
meanwhile (``StaleVersion``) says who changed it and reloads the order, and its dialog keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ocpm_desk.features.casework.api import OrderAction, OrderDetail
from ocpm_desk.features.mailroom.api import ShipmentView
from ocpm_desk.gui.background import BackgroundTask, run_in_background
from ocpm_desk.gui.casework.dialogs import (
    ApproveDialog,
    AssignDialog,
    ConditionDialog,
    CorrectionDialog,
    HearingAnswerDialog,
    HearingDialog,
    HoldDialog,
    SendAgainDialog,
    WithdrawDialog,
)
from ocpm_desk.gui.casework.order_conditions import blockers_text
from ocpm_desk.gui.casework.order_page import OrderPage
from ocpm_desk.gui.dialogs import ActionDialog
from ocpm_desk.gui.failures import describe_failure
from ocpm_desk.gui.labels import local, status_label
from ocpm_desk.gui.pdf_preview import PdfDialog
from ocpm_desk.gui.screen import DataScreen, ScreenState, install_screen_actions, remove_screen_actions
from ocpm_desk.gui.stored_text import refusal_text
from ocpm_desk.gui.widgets import MessageLabel, action_button, screen_action, set_tab_order
from ocpm_desk.kernel.errors import DomainError, NothingToClaim, StaleVersion
from ocpm_desk.kernel.lifecycle import Status, TransitionNotAllowed
from ocpm_desk.kernel.permissions import Permission, has_permission
from ocpm_desk.session import DeskSession

#: Statuses of an order that may have shipments to show (shipped once, possibly returned or reissued since).
AFTER_PRINTING = frozenset({Status.APPROVED, Status.REFUSED, Status.READY_TO_SHIP, Status.SHIPPED, Status.DELIVERED,
                            Status.RETURNED})  # fmt: skip
STYLE = """
QLabel#orderMessage[kind="error"] { color: #b3261e; font-weight: 600; }
QLabel#orderMessage[kind="ok"] { color: #2e7d32; }
QLabel#approveBlockers, QLabel#notInRegister {
    color: #8c1d18; background: #fdecea; border: 1px solid #f3c1bc; border-radius: 4px; padding: 6px 8px;
}
QLabel#serviceRemoved, QLabel#holdInfo {
    color: #6b3d00; background: #fdf1e1; border: 1px solid #f1cf9c; border-radius: 4px; padding: 6px 8px;
}
QFrame#orderCard, QFrame#conditionCard { background: #ffffff; border: 1px solid #d5dae0; border-radius: 6px; }
QLabel#fieldName { color: #5b6570; }
QLabel#cardTitle { font-weight: 600; font-size: 11pt; }
QLabel#conditionTitle { font-weight: 600; }
QLabel#conditionMeta, QLabel#registerFacts { color: #5b6570; }
QLabel#overrideInfo { color: #6b3d00; }
QLabel#paymentTotal { font-weight: 600; }
"""


def _then_open(act: Callable[[DeskSession, int, int], object]) -> Callable[[DeskSession, int, int], OrderDetail]:
    """A job for a worker: the action, then the order as it now stands (one trip from the screen's view)."""

    def job(session: DeskSession, order_id: int, version: int) -> OrderDetail:
        act(session, order_id, version)
        return session.casework.order_detail(order_id)

    return job


class OrderScreen(DataScreen):
    back_requested = Signal()
    refusal_editor_requested = Signal(int, str)  # order id, "refusal" or "hearing"
    proposal_requested = Signal(int)  # the decision id of the refusal proposed on this order

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        self.order_id: int | None = None
        self.detail: OrderDetail | None = None
        self.dialog: ActionDialog | None = None
        self._action_task: BackgroundTask | None = None
        roles = session.identity.roles
        self._may_claim = has_permission(roles, Permission.CLAIM_ORDER)
        self._may_correct = has_permission(roles, Permission.HANDLE_CORRECTION)
        self._may_send_again = has_permission(roles, Permission.SEND_AGAIN)
        self._shipments_task: BackgroundTask | None = None
        self.shipments: list[ShipmentView] | None = None
        super().__init__(session, parent)
        self.setObjectName("orderScreen")
        self.setStyleSheet(STYLE)
        self._build_actions()
        self.action_bar = self._build_action_bar()
        column = self.layout()
        assert isinstance(column, QVBoxLayout)
        column.insertWidget(1, self.action_bar)
        first = column.itemAt(0)
        header = first.layout() if first is not None else None
        assert isinstance(header, QHBoxLayout)  # DataScreen's title row
        header.insertWidget(1, self.claim_next_button)
        header.insertWidget(2, self.back_button)
        # the header row left to right, the action bar, then the page (the buttons were built after the page)
        bar_buttons = [b for b in self.action_buttons.values() if b not in (self.evaluate_button, self.tick_button)]
        set_tab_order(self.claim_next_button, self.back_button, self.refresh_button, *bar_buttons,
                      self.state_pane.button, self.scroll_area)  # fmt: skip
        self.state_changed.connect(lambda _state: self._update_actions())
        self._update_actions()

    # -- DataScreen ------------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Order")

    def build_content(self) -> QWidget:
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("orderScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.page: QWidget = QWidget(self.scroll_area)  # an OrderPage once an order is loaded
        self.scroll_area.setWidget(self.page)
        return self.scroll_area

    def loader(self) -> Callable[[], object]:
        session, order_id = self._session, self.order_id
        assert order_id is not None, "show_order() says which order"
        return lambda: session.casework.order_detail(order_id)

    def show_data(self, data: object) -> bool:
        assert isinstance(data, OrderDetail)
        same_order = self.detail is not None and data.order_id == self.detail.order_id
        scrolled = self.scroll_area.verticalScrollBar().value() if same_order else 0
        self.detail = data
        self.order_id = data.order_id
        self._title.setText(self.tr("Order {reference}").format(reference=data.reference))
        self.set_details(f"{local(data.service_label)} · {status_label(data.status)}")
        old = self.page
        self.page = OrderPage(data, (self.evaluate_button, self.tick_button), self.scroll_area,
                              open_decision=self.open_decision)
        self.scroll_area.setWidget(self.page)  # the scroll area deletes the old page
        del old
        self._load_shipments(data)
        # keep the place when the same order comes back after an action
        QTimer.singleShot(0, lambda: self.scroll_area.verticalScrollBar().setValue(scrolled))
        if not same_order and self.isVisible():
            self.scroll_area.setFocus()  # Page Down reads on; the actions have their shortcuts
        self._update_actions()
        return True

    def _refresh_tooltip(self) -> str:
        return self.tr("Load the order again from the database (F5)")

    # -- which order -----------------------------------------------------------------------------------------

    def show_order(self, order_id: int) -> None:
        """Load ``order_id`` (in the background); another order than the one shown starts from "Loading…"."""
        if order_id != self.order_id or self.detail is None:
            self.order_id = order_id
            self.detail = None
            self._title.setText(self.title())
            self.set_details("")
            self.message_label.say("")
            self._set_state(ScreenState.IDLE)
        self.reload()

    @property
    def reference(self) -> str | None:
        return self.detail.reference if self.detail is not None else None

    # -- actions -----------------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.back_action = screen_action(self, self.tr("&Back to the list"), ("Alt+Left", "Escape"), self.go_back,
                                        self.tr("Back to the queue this order was opened from"), "back")
        self.claim_next_action = screen_action(self, self.tr("Claim the &next one"), ("Ctrl+Shift+N",), self.claim_next,
                                              self.tr("Take the order waiting longest and open it"), "claimNext")
        self.claim_action = screen_action(self, self.tr("&Claim"), ("Ctrl+Shift+C",), self.claim,
                                         self.tr("Take this order: it goes to My orders"), "claim")
        self.release_action = screen_action(self, self.tr("Re&lease"), ("Ctrl+Shift+R",), self.release,
                                           self.tr("Give this order back to “To process”"), "release")
        self.hold_action = screen_action(self, self.tr("Put on &hold…"), ("Ctrl+Shift+H",), self.hold,
                                        self.tr("Wait for a document or an answer, until a follow-up date"), "hold")
        self.resume_action = screen_action(self, self.tr("Res&ume"), ("Ctrl+Shift+U",), self.resume,
                                          self.tr("End the hold and go on with the review"), "resume")
        self.approve_action = screen_action(self, self.tr("&Approve…"), ("Ctrl+Shift+A",), self.approve,
                                           self.tr("Grant the order: the documents go to the mail room"), "approve")
        self.withdraw_action = screen_action(self, self.tr("Record a &withdrawal…"), ("Ctrl+Shift+W",), self.withdraw,
                                            self.tr("The applicant withdrew in writing; the fee is kept"), "withdraw")
        self.assign_action = screen_action(self, self.tr("Assi&gn…"), ("Ctrl+Shift+G",), self.assign,
                                          self.tr("Give this order to a caseworker (supervisor)"), "assign")
        self.evaluate_action = screen_action(self, self.tr("&Evaluate again"), ("Ctrl+Shift+E",), self.evaluate,
                                            self.tr("Run the automatic conditions again (overrides are kept)"),
                                            "evaluate")  # fmt: skip
        self.tick_action = screen_action(self, self.tr("&Tick or override…"), ("Ctrl+Shift+T",), self.tick,
                                        self.tr("Tick a manual condition or override an automatic result"), "tick")
        self.hearing_action = screen_action(self, self.tr("Right to be &heard…"), ("Ctrl+Shift+L",), self.hearing,
                                           self.tr("Before a refusal: send a hearing letter, or record why it is "
                                                   "not needed"), "hearing")  # fmt: skip
        self.hearing_answer_action = screen_action(self,
            self.tr("Answer to the hearing &letter…"), ("Ctrl+Shift+Y",), self.hearing_answer,
            self.tr("Record the applicant's comments, or that none came in time"), "hearingAnswer")  # fmt: skip
        self.propose_refusal_action = screen_action(self,
            self.tr("Propose a re&fusal…"), ("Ctrl+Shift+X",), self.propose_refusal,
            self.tr("Open the refusal editor: grounds, facts and the letter's preview"), "proposeRefusal")  # fmt: skip
        self.decide_refusal_action = screen_action(self,
            self.tr("&Decide the refusal…"), ("Ctrl+Shift+D",), self.decide_refusal,
            self.tr("Approve or return the refusal proposed on this order (supervisor)"), "decideRefusal")  # fmt: skip
        self.open_decision_action = screen_action(self,
            self.tr("&Open the decision (PDF)"), ("Ctrl+Shift+O",), lambda: self.open_decision(None, False),
            self.tr("The archived original of the latest issued decision"), "openDecision")  # fmt: skip
        self.print_copy_action = screen_action(self,
            self.tr("&Print a copy of the decision…"), ("Ctrl+Shift+P",), lambda: self.open_decision(None, True),
            self.tr("A copy marked COPIE of the latest issued decision, saved to a file"), "printCopy")  # fmt: skip
        self.correction_action = screen_action(self,
            self.tr("Co&rrection request…"), ("Ctrl+Shift+K",), self.correction,
            self.tr("The applicant says the document is wrong: reissue (OCPM's error) or a new order"),
            "correction")  # fmt: skip
        self.send_again_action = screen_action(self,
            self.tr("&Send again…"), ("Ctrl+Shift+S",), self.send_again,
            self.tr("A returned order goes back to the mail room, to the same or a corrected address"),
            "sendAgain")  # fmt: skip
        self._by_order_action = {
            OrderAction.CLAIM: self.claim_action, OrderAction.RELEASE: self.release_action,
            OrderAction.HOLD: self.hold_action, OrderAction.RESUME: self.resume_action,
            OrderAction.APPROVE: self.approve_action, OrderAction.WITHDRAW: self.withdraw_action,
            OrderAction.ASSIGN: self.assign_action, OrderAction.EVALUATE: self.evaluate_action,
            OrderAction.TICK: self.tick_action, OrderAction.HEARING: self.hearing_action,
            OrderAction.HEARING_ANSWER: self.hearing_answer_action,
            OrderAction.PROPOSE_REFUSAL: self.propose_refusal_action,
            OrderAction.DECIDE_REFUSAL: self.decide_refusal_action,
        }  # fmt: skip

    def _build_action_bar(self) -> QWidget:
        bar = QWidget(self)
        bar.setObjectName("orderActions")
        column = QVBoxLayout(bar)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.action_buttons: dict[str, QPushButton] = {}
        for action in (self.claim_action, self.release_action, self.hold_action, self.resume_action,
                       self.approve_action, self.hearing_action, self.hearing_answer_action,
                       self.propose_refusal_action, self.decide_refusal_action, self.withdraw_action,
                       self.assign_action, self.correction_action, self.send_again_action):  # fmt: skip
            button = action_button(action, bar)
            self.action_buttons[action.objectName()] = button
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self.message_label = MessageLabel(bar, "orderMessage")
        column.addWidget(self.message_label)
        self.back_button = action_button(self.back_action, self)
        self.claim_next_button = action_button(self.claim_next_action, self)
        # the condition buttons sit in the conditions' heading (moved into each new page)
        self.evaluate_button = action_button(self.evaluate_action, self)
        self.tick_button = action_button(self.tick_action, self)
        self.evaluate_button.hide()
        self.tick_button.hide()
        self.action_buttons["evaluate"] = self.evaluate_button
        self.action_buttons["tick"] = self.tick_button
        return bar

    def screen_actions(self) -> list[QAction]:
        """Every action of this screen, for the window's Orders menu (F1 lists their shortcuts)."""
        return [self.back_action, self.claim_next_action, *self._by_order_action.values(), self.open_decision_action,
                self.print_copy_action, self.correction_action, self.send_again_action]

    @property
    def busy(self) -> bool:
        return self._action_task is not None and not self._action_task.done

    def _update_actions(self) -> None:
        d = self.detail
        ready = d is not None and self.state is ScreenState.READY and not self.busy
        allowed = d.actions if d is not None else frozenset()
        works_the_case = bool(allowed & {OrderAction.TICK, OrderAction.EVALUATE})
        for key, action in self._by_order_action.items():
            available = key in allowed
            if key is OrderAction.APPROVE:
                available = available and not (d is not None and d.approve_blockers)
                shown = key in allowed or (d is not None and d.status is Status.IN_REVIEW and works_the_case)
            else:
                shown = available
            action.setEnabled(ready and available)
            action.setData(shown)  # the buttons show what the order offers now; the menu lists everything
            button = self.action_buttons.get(action.objectName())
            if button is not None:
                button.setVisible(shown)
        if d is not None and d.assigned_to and OrderAction.ASSIGN in allowed:
            self.assign_action.setText(self.tr("Reassi&gn…"))
        else:
            self.assign_action.setText(self.tr("Assi&gn…"))
        self.action_buttons["assign"].setText(self.assign_action.text())
        blockers = blockers_text(d) if d is not None else ""
        self.approve_action.setToolTip(blockers or self.tr("Grant the order: the documents go to the mail room "
                                                           "(Ctrl+Shift+A)"))  # fmt: skip
        self.action_buttons["approve"].setToolTip(self.approve_action.toolTip())
        issued = self._latest_issued() is not None
        self.open_decision_action.setEnabled(ready and issued)
        self.print_copy_action.setEnabled(ready and issued)
        status = d.status if d is not None else None
        correctable = self._may_correct and status in (Status.SHIPPED, Status.DELIVERED)
        returned = self._may_send_again and status is Status.RETURNED
        for action, available in ((self.correction_action, correctable), (self.send_again_action, returned)):
            action.setEnabled(ready and available)
            self.action_buttons[action.objectName()].setVisible(available)
        self.claim_next_action.setEnabled(self._may_claim and not self.busy)
        self.claim_next_button.setVisible(self._may_claim)
        self.back_action.setEnabled(True)

    @property
    def message(self) -> str:
        return self.message_label.text()

    def announce(self, text: str) -> None:
        """Say what another screen did on this order (the refusal editor's submission)."""
        self.message_label.say(text, "ok")

    def go_back(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return
        self.back_requested.emit()

    # the runner

    def _run(self, job: Callable[[DeskSession, int, int], OrderDetail], done: Callable[[OrderDetail], str],
             dialog: ActionDialog | None = None) -> None:  # fmt: skip
        """Run ``job(session, order_id, version)`` on a worker; show the order it returns, or why it failed."""
        if self.busy or self.detail is None:
            if dialog is not None:
                dialog.failed(self.tr("Another action is still on its way; try again in a moment."))
            return
        session, order_id, version = self._session, self.detail.order_id, self.detail.version
        if dialog is None:
            self.message_label.say(self.tr("Working…"))
        self._action_task = run_in_background(
            self, lambda: job(session, order_id, version),
            lambda detail: self._done(detail, done, dialog), lambda exc: self._action_failed(exc, dialog),
        )  # fmt: skip
        self._update_actions()

    def _done(self, detail: OrderDetail, done: Callable[[OrderDetail], str], dialog: ActionDialog | None) -> None:
        self._action_task = None
        if dialog is not None:
            dialog.set_busy(False)
            dialog.accept()
            if self.dialog is dialog:
                self.dialog = None
        self._loaded(detail)  # as a load would: the page, the state, the actions
        self.message_label.say(done(detail), "ok")
        self._update_actions()

    def _action_failed(self, exc: BaseException, dialog: ActionDialog | None) -> None:
        self._action_task = None
        if isinstance(exc, StaleVersion):
            text = self.tr("Order {reference} was changed by {person} meanwhile. It has been reloaded: check it, "
                           "then try again.").format(reference=exc.reference,
                                                     person=exc.changed_by or self.tr("someone else"))
            self.reload()
        elif isinstance(exc, NothingToClaim):
            text = self.tr("No paid order is waiting: nothing to take.")
        elif isinstance(exc, TransitionNotAllowed):
            text = self.tr("The procedure did not succeed: this action is no longer possible on this order. Reload "
                           "it (F5) to see where it stands.")
        else:
            known = refusal_text(exc) if isinstance(exc, DomainError) else None
            text = known or describe_failure(exc)
        self.message_label.say(text, "error")
        if dialog is not None:
            dialog.failed(text)
        self._update_actions()

    def _open_dialog(self, dialog: ActionDialog, job: Callable[[], Callable[[DeskSession, int, int], OrderDetail]],
                     done: Callable[[OrderDetail], str]) -> ActionDialog:  # fmt: skip
        """Show ``dialog``; its OK runs the job ``job()`` builds from what was typed (read at that moment)."""
        if self.dialog is not None:
            self.dialog.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda: self._run(job(), done, dialog))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: ActionDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    # the actions

    def claim(self) -> None:
        self._run(_then_open(lambda s, i, v: s.casework.claim(i, v)),
                  lambda d: self.tr("Order {reference} is yours: it is in My orders.").format(reference=d.reference))

    def release(self) -> None:
        self._run(_then_open(lambda s, i, v: s.casework.release(i, v)),
                  lambda d: self.tr("Order {reference} released: it is back in “To process”.").format(
                      reference=d.reference))

    def resume(self) -> None:
        self._run(_then_open(lambda s, i, v: s.casework.resume(i, v)),
                  lambda d: self.tr("The review of order {reference} goes on.").format(reference=d.reference))

    def evaluate(self) -> None:
        self._run(lambda s, i, v: s.casework.evaluate(i, v),
                  lambda d: self.tr("Conditions evaluated again."))

    def hold(self) -> None:
        if self.detail is None or not self.hold_action.isEnabled():
            return
        dialog = HoldDialog(self.detail.reference, self)

        def job() -> Callable[[DeskSession, int, int], OrderDetail]:
            reason, day = dialog.reason, dialog.follow_up
            assert day is not None  # validated
            return _then_open(lambda s, i, v: s.casework.hold(i, v, reason, day))

        self._open_dialog(dialog, job, lambda d: self.tr("Order {reference} is on hold until {date}.").format(
            reference=d.reference, date=d.hold_until.strftime("%d.%m.%Y") if d.hold_until else "—"))

    def approve(self) -> None:
        if self.detail is None or not self.approve_action.isEnabled():
            return
        dialog = ApproveDialog(self.detail.reference, local(self.detail.service_label), self)
        self._open_dialog(dialog, lambda: _then_open(lambda s, i, v: s.casework.approve(i, v)),
                          lambda d: self.tr("Order {reference} approved. Take the next one with Ctrl+Shift+N.").format(
                              reference=d.reference))

    def withdraw(self) -> None:
        if self.detail is None or not self.withdraw_action.isEnabled():
            return
        dialog = WithdrawDialog(self.detail.reference, self.detail.payment.total_centimes, self)

        def job() -> Callable[[DeskSession, int, int], OrderDetail]:
            note = dialog.note
            return _then_open(lambda s, i, v: s.casework.withdraw(i, v, note))

        self._open_dialog(dialog, job, lambda d: self.tr(
            "Withdrawal of order {reference} recorded; the fee is kept.").format(reference=d.reference))

    def tick(self, code: str | None = None) -> None:
        if self.detail is None or not self.tick_action.isEnabled():
            return
        current = code or next((c.code for c in self.detail.conditions if not c.satisfied), None)
        dialog = ConditionDialog(self.detail.reference, self.detail.conditions, current, self)

        def job() -> Callable[[DeskSession, int, int], OrderDetail]:
            view, result, note = dialog.condition, dialog.chosen_result, dialog.note
            assert view is not None and result is not None  # validated
            return lambda s, i, v: s.casework.set_condition(i, v, view.code, result, note)

        self._open_dialog(dialog, job, lambda d: self.tr("Condition saved."))

    def assign(self) -> None:
        if self.detail is None or not self.assign_action.isEnabled():
            return
        session = self._session
        reassign = bool(self.detail.assigned_to)
        title = (self.tr("Reassign — {reference}") if reassign else self.tr("Assign — {reference}")).format(
            reference=self.detail.reference)
        intro = (self.tr("Order {reference} is assigned to {person}. Choose who takes it over.").format(
                    reference=self.detail.reference, person=self.detail.assigned_to) if reassign
                 else self.tr("Choose who takes order {reference}.").format(reference=self.detail.reference))
        dialog = AssignDialog(title, intro, session.casework.assignable_staff, self, current=self.detail.assigned_to)

        def job() -> Callable[[DeskSession, int, int], OrderDetail]:
            username = dialog.username
            assert username is not None  # validated
            return _then_open(lambda s, i, v: s.casework.assign(i, username, v))

        self._open_dialog(dialog, job, lambda d: self.tr("Order {reference} assigned to {person}.").format(
            reference=d.reference, person=d.assigned_to or "—"))

    # refusals

    def hearing(self) -> None:
        if self.detail is None or not self.hearing_action.isEnabled():
            return
        dialog = HearingDialog(self.detail.reference, self)
        order_id = self.detail.order_id
        dialog.letter_chosen.connect(lambda: self.refusal_editor_requested.emit(order_id, "hearing"))

        def job() -> Callable[[DeskSession, int, int], OrderDetail]:
            reason = dialog.reason
            return _then_open(lambda s, i, v: s.refusals.record_hearing_not_needed(i, v, reason))

        self._open_dialog(dialog, job, lambda d: self.tr(
            "Recorded: hearing the applicant is not needed. The refusal may now be proposed (Ctrl+Shift+X)."))

    def hearing_answer(self) -> None:
        d = self.detail
        if d is None or not self.hearing_answer_action.isEnabled():
            return
        hearing = d.hearing
        dialog = HearingAnswerDialog(d.reference, hearing.sent_on if hearing else None,
                                     hearing.reply_by if hearing else None, self)  # fmt: skip

        def job() -> Callable[[DeskSession, int, int], OrderDetail]:
            answer, received_on = dialog.answer, dialog.received_on
            return _then_open(lambda s, i, v: s.refusals.record_hearing_answer(i, v, answer, received_on))

        self._open_dialog(dialog, job, lambda d: self.tr(
            "The answer to the hearing letter of order {reference} is recorded.").format(reference=d.reference))

    def propose_refusal(self) -> None:
        if self.detail is None or not self.propose_refusal_action.isEnabled():
            return
        self.refusal_editor_requested.emit(self.detail.order_id, "refusal")

    def decide_refusal(self) -> None:
        if self.detail is None or not self.decide_refusal_action.isEnabled():
            return
        proposed = [v for v in self.detail.decisions if v.status == "proposed"]
        if proposed:
            self.proposal_requested.emit(proposed[-1].decision_id)

    def correction(self) -> None:
        if self.detail is None or not self.correction_action.isEnabled():
            return
        dialog = CorrectionDialog(self.detail.reference, self)

        def job() -> Callable[[DeskSession, int, int], OrderDetail]:
            received, text, whose = dialog.received_on, dialog.description, dialog.attributable_to
            assert whose is not None  # validated
            return _then_open(lambda s, i, v: s.mailroom.record_correction(i, v, received, text, whose))

        def done(d: OrderDetail) -> str:
            if d.status is Status.APPROVED:
                return self.tr("Correction recorded: order {reference} is approved again, its new document goes to "
                               "the mail room (no new fee).").format(reference=d.reference)
            return self.tr("Correction request recorded on order {reference}: the applicant is told that a new order "
                           "is needed.").format(reference=d.reference)  # fmt: skip

        self._open_dialog(dialog, job, done)

    def send_again(self) -> None:
        if self.detail is None or not self.send_again_action.isEnabled():
            return
        dialog = SendAgainDialog(self.detail.reference, self.detail.address_lines, self)

        def job() -> Callable[[DeskSession, int, int], OrderDetail]:
            address = dialog.address()
            return _then_open(lambda s, i, v: s.mailroom.send_again(i, v, address))

        self._open_dialog(dialog, job, lambda d: self.tr("Order {reference} goes back to “To ship”.").format(
            reference=d.reference))

    def _load_shipments(self, detail: OrderDetail) -> None:
        """The order's shipments, read after the order (in the background) once it has gone to the mail room."""
        if self._shipments_task is not None:
            self._shipments_task.discard()
        self._shipments_task = None
        self.shipments = None
        if detail.status not in AFTER_PRINTING:
            return
        session, order_id, page = self._session, detail.order_id, self.page
        self._shipments_task = run_in_background(self, lambda: session.mailroom.shipments(order_id),
                                                 lambda rows: self._shipments_loaded(page, rows),
                                                 lambda exc: self._shipments_loaded(page, exc))  # fmt: skip

    def _shipments_loaded(self, page: QWidget, result: object) -> None:
        self._shipments_task = None
        if page is not self.page or not isinstance(self.page, OrderPage):
            return
        if isinstance(result, BaseException):
            self.page.show_shipments_failure(describe_failure(result))
            return
        assert isinstance(result, list)
        self.shipments = result
        self.page.show_shipments(result)

    @property
    def shipments_loading(self) -> bool:
        return self._shipments_task is not None and not self._shipments_task.done

    def _latest_issued(self) -> int | None:
        issued = [v for v in self.detail.decisions if v.status == "issued"] if self.detail is not None else []
        return issued[-1].decision_id if issued else None

    def open_decision(self, decision_id: int | None, copy: bool) -> None:
        """Show an issued decision's archived PDF, or save a copy marked COPIE to a file (in the background)."""
        decision_id = decision_id if decision_id is not None else self._latest_issued()
        if decision_id is None or self.detail is None:
            return
        session, reference = self._session, self.detail.reference
        self.message_label.say(self.tr("Fetching the decision…"))
        run_in_background(self, lambda: session.refusals.decision_pdf(decision_id, copy=copy),
                          lambda data: self._decision_fetched(reference, data, copy),
                          lambda exc: self.message_label.say(describe_failure(exc), "error"))  # fmt: skip

    def _decision_fetched(self, reference: str, data: bytes, copy: bool) -> None:
        if copy:
            path = self.ask_save_path(f"{reference}-copie.pdf")
            if not path:
                self.message_label.say("")
                return
            try:
                with open(path, "wb") as out:
                    out.write(data)
            except OSError as exc:
                self.message_label.say(
                    self.tr("The copy could not be written: {reason}").format(reason=exc.strerror or exc), "error")
                return
            self.message_label.say(self.tr("Copy of the decision saved to {path}.").format(path=path), "ok")
            return
        self.message_label.say("")
        viewer = PdfDialog(self.tr("Decision — {reference}").format(reference=reference), data, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pdf_dialog = viewer
        viewer.open()

    def ask_save_path(self, suggested: str) -> str:
        """Where to write a copy (a file dialog; tests replace it)."""
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save a copy of the decision"), suggested,
                                                    self.tr("PDF documents (*.pdf)"))  # fmt: skip
        return path

    def claim_next(self) -> None:
        """Take the order waiting longest and show it here (the caseworker's "next, please")."""
        if self.busy or not self._may_claim:
            return
        session = self._session
        self.message_label.say(self.tr("Taking the next order…"))

        def job() -> OrderDetail:
            return session.casework.order_detail(session.casework.claim_next().order_id)

        def taken(detail: OrderDetail) -> None:
            self.order_id = detail.order_id
            self._done(detail, lambda d: self.tr("Order {reference} taken: it is in My orders.").format(
                reference=d.reference), None)

        self._action_task = run_in_background(self, job, taken, lambda exc: self._action_failed(exc, None))
        self._update_actions()

    # -- the Orders menu -------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        install_screen_actions(self, self.screen_actions())

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        remove_screen_actions(self, self.screen_actions())
        if self.dialog is not None and not self.dialog.busy:
            self.dialog.close()


