"""The order screen's actions (DESIGN §6): each ``QAction`` (its text, shortcuts and tip) and what it does — the
dialog it opens, the service it calls in the background, what it says when it went through or why it was refused.

``OrderActions`` is the order screen's base: ``OrderScreen`` (``order.py``) lays the screen out, loads the order and
enables the actions by what ``OrderDetail.actions`` offers. Every action brings back the order as it now stands; an
action refused because the order changed meanwhile (``StaleVersion``) says who changed it and reloads the order, and
its dialog keeps what was typed. The texts keep the order screen's translation context ("OrderScreen").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction

from ocpm_desk.features.casework.api import OrderAction, OrderDetail
from ocpm_desk.gui.background import run_in_background
from ocpm_desk.gui.casework.dialogs import ApproveDialog, AssignDialog, ConditionDialog, HoldDialog, WithdrawDialog
from ocpm_desk.gui.dialogs import ActionDialog
from ocpm_desk.gui.failures import describe_failure
from ocpm_desk.gui.labels import local
from ocpm_desk.gui.mailroom.dialogs import CorrectionDialog, SendAgainDialog
from ocpm_desk.gui.refusals.dialogs import HearingAnswerDialog, HearingDialog
from ocpm_desk.gui.screen import ActionScreen
from ocpm_desk.gui.stored_text import refusal_text
from ocpm_desk.gui.widgets import screen_action
from ocpm_desk.kernel.errors import DomainError, NothingToClaim, StaleVersion
from ocpm_desk.kernel.lifecycle import Status, TransitionNotAllowed
from ocpm_desk.session import DeskSession

#: What a worker runs: ``job(session, order_id, version)`` → the order as it now stands.
Job = Callable[[DeskSession, int, int], OrderDetail]


def _then_open(act: Callable[[DeskSession, int, int], object]) -> Job:
    """A job for a worker: the action, then the order as it now stands (one trip from the screen's view)."""

    def job(session: DeskSession, order_id: int, version: int) -> OrderDetail:
        act(session, order_id, version)
        return session.casework.order_detail(order_id)

    return job


class OrderActions(ActionScreen):
    """The actions of one order and their runner; the screen (``OrderScreen``) provides the hooks below."""

    refusal_editor_requested = Signal(int, str)  # order id, "refusal" or "hearing"
    proposal_requested = Signal(int)  # the decision id of the refusal proposed on this order

    detail: OrderDetail | None
    order_id: int | None
    _may_claim: bool

    # -- the screen's hooks ----------------------------------------------------------------------------------------

    def _update_actions(self) -> None:
        """Enable and show the actions by what the order offers now."""
        raise NotImplementedError

    def go_back(self) -> None:
        raise NotImplementedError

    def open_decision(self, decision_id: int | None, copy: bool) -> None:
        """Show an issued decision's archived PDF (None: the latest), or save a copy marked COPIE to a file."""
        raise NotImplementedError

    # -- the actions -----------------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def act(text: str, keys: tuple[str, ...], slot: Callable[[], None], tip: str, name: str) -> QAction:
            return screen_action(self, text, keys, slot, tip, name)

        translate = QCoreApplication.translate  # lupdate reads translate("OrderScreen", …)
        self.back_action = act(
            translate("OrderScreen", "&Back to the list"), ("Alt+Left", "Escape"), self.go_back,
            translate("OrderScreen", "Back to the queue this order was opened from"), "back")
        self.claim_next_action = act(
            translate("OrderScreen", "Claim the &next one"), ("Ctrl+Shift+N",), self.claim_next,
            translate("OrderScreen", "Take the order waiting longest and open it"), "claimNext")
        self.claim_action = act(
            translate("OrderScreen", "&Claim"), ("Ctrl+Shift+C",), self.claim,
            translate("OrderScreen", "Take this order: it goes to My orders"), "claim")
        self.release_action = act(
            translate("OrderScreen", "Re&lease"), ("Ctrl+Shift+R",), self.release,
            translate("OrderScreen", "Give this order back to “To process”"), "release")
        self.hold_action = act(
            translate("OrderScreen", "Put on &hold…"), ("Ctrl+Shift+H",), self.hold,
            translate("OrderScreen", "Wait for a document or an answer, until a follow-up date"), "hold")
        self.resume_action = act(
            translate("OrderScreen", "Res&ume"), ("Ctrl+Shift+U",), self.resume,
            translate("OrderScreen", "End the hold and go on with the review"), "resume")
        self.approve_action = act(
            translate("OrderScreen", "&Approve…"), ("Ctrl+Shift+A",), self.approve,
            translate("OrderScreen", "Grant the order: the documents go to the mail room"), "approve")
        self.withdraw_action = act(
            translate("OrderScreen", "Record a &withdrawal…"), ("Ctrl+Shift+W",), self.withdraw,
            translate("OrderScreen", "The applicant withdrew in writing; the fee is kept"), "withdraw")
        self.assign_action = act(
            translate("OrderScreen", "Assi&gn…"), ("Ctrl+Shift+G",), self.assign,
            translate("OrderScreen", "Give this order to a caseworker (supervisor)"), "assign")
        self.evaluate_action = act(
            translate("OrderScreen", "&Evaluate again"), ("Ctrl+Shift+E",), self.evaluate,
            translate("OrderScreen", "Run the automatic conditions again (overrides are kept)"), "evaluate")
        self.tick_action = act(
            translate("OrderScreen", "&Tick or override…"), ("Ctrl+Shift+T",), self.tick,
            translate("OrderScreen", "Tick a manual condition or override an automatic result"), "tick")
        self.hearing_action = act(
            translate("OrderScreen", "Right to be &heard…"), ("Ctrl+Shift+L",), self.hearing,
            translate("OrderScreen", "Before a refusal: send a hearing letter, or record why it is not needed"),
            "hearing")
        self.hearing_answer_action = act(
            translate("OrderScreen", "Answer to the hearing &letter…"), ("Ctrl+Shift+Y",), self.hearing_answer,
            translate("OrderScreen", "Record the applicant's comments, or that none came in time"), "hearingAnswer")
        self.propose_refusal_action = act(
            translate("OrderScreen", "Propose a re&fusal…"), ("Ctrl+Shift+X",), self.propose_refusal,
            translate("OrderScreen", "Open the refusal editor: grounds, facts and the letter's preview"),
            "proposeRefusal")
        self.decide_refusal_action = act(
            translate("OrderScreen", "&Decide the refusal…"), ("Ctrl+Shift+D",), self.decide_refusal,
            translate("OrderScreen", "Approve or return the refusal proposed on this order (supervisor)"),
            "decideRefusal")
        self.open_decision_action = act(
            translate("OrderScreen", "&Open the decision (PDF)"),
            ("Ctrl+Shift+O",), lambda: self.open_decision(None, False),
            translate("OrderScreen", "The archived original of the latest issued decision"), "openDecision")
        self.print_copy_action = act(
            translate("OrderScreen", "&Print a copy of the decision…"),
            ("Ctrl+Shift+P",), lambda: self.open_decision(None, True),
            translate("OrderScreen", "A copy marked COPIE of the latest issued decision, saved to a file"), "printCopy")
        self.correction_action = act(
            translate("OrderScreen", "Co&rrection request…"), ("Ctrl+Shift+K",), self.correction,
            translate("OrderScreen", "The applicant says the document is wrong: reissue (OCPM's error) or a new order"),
            "correction")
        self.send_again_action = act(
            translate("OrderScreen", "&Send again…"), ("Ctrl+Shift+S",), self.send_again,
            translate("OrderScreen", "A returned order goes back to the mail room, to the same or a corrected address"),
            "sendAgain")
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

    def screen_actions(self) -> list[QAction]:
        """Every action of this screen, for the window's Orders menu (F1 lists their shortcuts)."""
        return [self.back_action, self.claim_next_action, *self._by_order_action.values(), self.open_decision_action,
                self.print_copy_action, self.correction_action, self.send_again_action]

    # -- the runner ------------------------------------------------------------------------------------------------

    def _run(self, job: Job, done: Callable[[OrderDetail], str], dialog: ActionDialog | None = None) -> None:
        """Run ``job(session, order_id, version)`` on a worker; show the order it returns, or why it failed."""
        if self.busy or self.detail is None:
            if dialog is not None:
                dialog.failed(QCoreApplication.translate(
                    "OrderScreen", "Another action is still on its way; try again in a moment."))
            return
        session, order_id, version = self._session, self.detail.order_id, self.detail.version
        if dialog is None:
            self.message_label.say(QCoreApplication.translate("OrderScreen", "Working…"))
        self._action_task = run_in_background(
            self, lambda: job(session, order_id, version),
            lambda detail: self._done(detail, done, dialog), lambda exc: self._action_failed(exc, dialog),
        )  # fmt: skip
        self._update_actions()

    def _done(self, detail: OrderDetail, done: Callable[[OrderDetail], str], dialog: ActionDialog | None) -> None:
        self._action_task = None
        if dialog is not None:
            dialog.succeeded()
            self._dialog_closed(dialog)
        self._loaded(detail)  # as a load would: the page, the state, the actions
        self.message_label.say(done(detail), "ok")
        self._update_actions()

    def _action_failed(self, exc: BaseException, dialog: ActionDialog | None) -> None:
        self._action_task = None
        if isinstance(exc, StaleVersion):
            text = QCoreApplication.translate(
                "OrderScreen", "Order {reference} was changed by {person} meanwhile. It has been reloaded: check it, "
                "then try again.").format(reference=exc.reference, person=exc.changed_by or QCoreApplication.translate(
                    "OrderScreen", "someone else"))  # fmt: skip
            self.reload()
        elif isinstance(exc, NothingToClaim):
            text = QCoreApplication.translate("OrderScreen", "No paid order is waiting: nothing to take.")
        elif isinstance(exc, TransitionNotAllowed):
            text = QCoreApplication.translate(
                "OrderScreen", "The procedure did not succeed: this action is no longer possible on this order. "
                "Reload it (F5) to see where it stands.")  # fmt: skip
        else:
            known = refusal_text(exc) if isinstance(exc, DomainError) else None
            text = known or describe_failure(exc)
        self.message_label.say(text, "error")
        if dialog is not None:
            dialog.failed(text)
        self._update_actions()

    def _open_dialog(self, dialog: ActionDialog, job: Callable[[], Job], done: Callable[[OrderDetail], str]
                     ) -> ActionDialog:  # fmt: skip
        """Show ``dialog``; its OK runs the job ``job()`` builds from what was typed (read at that moment)."""
        self.open_dialog(dialog, lambda: self._run(job(), done, dialog))
        return dialog

    # -- casework --------------------------------------------------------------------------------------------------

    def claim(self) -> None:
        self._run(_then_open(lambda s, i, v: s.casework.claim(i, v)), lambda d: QCoreApplication.translate(
            "OrderScreen", "Order {reference} is yours: it is in My orders.").format(reference=d.reference))

    def release(self) -> None:
        self._run(_then_open(lambda s, i, v: s.casework.release(i, v)), lambda d: QCoreApplication.translate(
            "OrderScreen", "Order {reference} released: it is back in “To process”.").format(reference=d.reference))

    def resume(self) -> None:
        self._run(_then_open(lambda s, i, v: s.casework.resume(i, v)), lambda d: QCoreApplication.translate(
            "OrderScreen", "The review of order {reference} goes on.").format(reference=d.reference))

    def evaluate(self) -> None:
        self._run(lambda s, i, v: s.casework.evaluate(i, v),
                  lambda d: QCoreApplication.translate("OrderScreen", "Conditions evaluated again."))

    def hold(self) -> None:
        if self.detail is None or not self.hold_action.isEnabled():
            return
        dialog = HoldDialog(self.detail.reference, self)

        def job() -> Job:
            reason, day = dialog.reason, dialog.follow_up
            assert day is not None  # validated
            return _then_open(lambda s, i, v: s.casework.hold(i, v, reason, day))

        self._open_dialog(dialog, job, lambda d: QCoreApplication.translate(
            "OrderScreen", "Order {reference} is on hold until {date}.").format(
                reference=d.reference, date=d.hold_until.strftime("%d.%m.%Y") if d.hold_until else "—"))

    def approve(self) -> None:
        if self.detail is None or not self.approve_action.isEnabled():
            return
        dialog = ApproveDialog(self.detail.reference, local(self.detail.service_label), self)
        self._open_dialog(dialog, lambda: _then_open(lambda s, i, v: s.casework.approve(i, v)),
                          lambda d: QCoreApplication.translate(
                              "OrderScreen", "Order {reference} approved. Take the next one with Ctrl+Shift+N.").format(
                                  reference=d.reference))  # fmt: skip

    def withdraw(self) -> None:
        if self.detail is None or not self.withdraw_action.isEnabled():
            return
        dialog = WithdrawDialog(self.detail.reference, self.detail.payment.total_centimes, self)

        def job() -> Job:
            note = dialog.note
            return _then_open(lambda s, i, v: s.casework.withdraw(i, v, note))

        self._open_dialog(dialog, job, lambda d: QCoreApplication.translate(
            "OrderScreen", "Withdrawal of order {reference} recorded; the fee is kept.").format(reference=d.reference))

    def tick(self, code: str | None = None) -> None:
        if self.detail is None or not self.tick_action.isEnabled():
            return
        current = code or next((c.code for c in self.detail.conditions if not c.satisfied), None)
        dialog = ConditionDialog(self.detail.reference, self.detail.conditions, current, self)

        def job() -> Job:
            view, result, note = dialog.condition, dialog.chosen_result, dialog.note
            assert view is not None and result is not None  # validated
            return lambda s, i, v: s.casework.set_condition(i, v, view.code, result, note)

        self._open_dialog(dialog, job, lambda d: QCoreApplication.translate("OrderScreen", "Condition saved."))

    def assign(self) -> None:
        d = self.detail
        if d is None or not self.assign_action.isEnabled():
            return
        session = self._session
        if d.assigned_to:
            title = QCoreApplication.translate("OrderScreen", "Reassign — {reference}").format(reference=d.reference)
            intro = QCoreApplication.translate(
                "OrderScreen", "Order {reference} is assigned to {person}. Choose who takes it over.").format(
                    reference=d.reference, person=d.assigned_to)  # fmt: skip
        else:
            title = QCoreApplication.translate("OrderScreen", "Assign — {reference}").format(reference=d.reference)
            intro = QCoreApplication.translate("OrderScreen", "Choose who takes order {reference}.").format(
                reference=d.reference)
        dialog = AssignDialog(title, intro, session.casework.assignable_staff, self, current=d.assigned_to)

        def job() -> Job:
            username = dialog.username
            assert username is not None  # validated
            return _then_open(lambda s, i, v: s.casework.assign(i, username, v))

        self._open_dialog(dialog, job, lambda d: QCoreApplication.translate(
            "OrderScreen", "Order {reference} assigned to {person}.").format(
                reference=d.reference, person=d.assigned_to or "—"))  # fmt: skip

    def claim_next(self) -> None:
        """Take the order waiting longest and show it here (the caseworker's "next, please")."""
        if self.busy or not self._may_claim:
            return
        session = self._session
        self.message_label.say(QCoreApplication.translate("OrderScreen", "Taking the next order…"))

        def job() -> OrderDetail:
            return session.casework.order_detail(session.casework.claim_next().order_id)

        def taken(detail: OrderDetail) -> None:
            self.order_id = detail.order_id
            self._done(detail, lambda d: QCoreApplication.translate(
                "OrderScreen", "Order {reference} taken: it is in My orders.").format(reference=d.reference), None)

        self._action_task = run_in_background(self, job, taken, lambda exc: self._action_failed(exc, None))
        self._update_actions()

    # -- refusals --------------------------------------------------------------------------------------------------

    def hearing(self) -> None:
        if self.detail is None or not self.hearing_action.isEnabled():
            return
        dialog = HearingDialog(self.detail.reference, self)
        order_id = self.detail.order_id
        dialog.letter_chosen.connect(lambda: self.refusal_editor_requested.emit(order_id, "hearing"))

        def job() -> Job:
            reason = dialog.reason
            return _then_open(lambda s, i, v: s.refusals.record_hearing_not_needed(i, v, reason))

        self._open_dialog(dialog, job, lambda d: QCoreApplication.translate(
            "OrderScreen",
            "Recorded: hearing the applicant is not needed. The refusal may now be proposed (Ctrl+Shift+X)."))

    def hearing_answer(self) -> None:
        d = self.detail
        if d is None or not self.hearing_answer_action.isEnabled():
            return
        hearing = d.hearing
        dialog = HearingAnswerDialog(d.reference, hearing.sent_on if hearing else None,
                                     hearing.reply_by if hearing else None, self)  # fmt: skip

        def job() -> Job:
            answer, received_on = dialog.answer, dialog.received_on
            return _then_open(lambda s, i, v: s.refusals.record_hearing_answer(i, v, answer, received_on))

        self._open_dialog(dialog, job, lambda d: QCoreApplication.translate(
            "OrderScreen", "The answer to the hearing letter of order {reference} is recorded.").format(
                reference=d.reference))  # fmt: skip

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

    # -- after shipping (the mail room's dialogs) ------------------------------------------------------------------

    def correction(self) -> None:
        if self.detail is None or not self.correction_action.isEnabled():
            return
        dialog = CorrectionDialog(self.detail.reference, self)

        def job() -> Job:
            received, text, whose = dialog.received_on, dialog.description, dialog.attributable_to
            assert whose is not None  # validated
            return _then_open(lambda s, i, v: s.mailroom.record_correction(i, v, received, text, whose))

        def done(d: OrderDetail) -> str:
            if d.status is Status.APPROVED:
                return QCoreApplication.translate(
                    "OrderScreen", "Correction recorded: order {reference} is approved again, its new document goes "
                    "to the mail room (no new fee).").format(reference=d.reference)  # fmt: skip
            return QCoreApplication.translate(
                "OrderScreen", "Correction request recorded on order {reference}: the applicant is told that a new "
                "order is needed.").format(reference=d.reference)  # fmt: skip

        self._open_dialog(dialog, job, done)

    def send_again(self) -> None:
        if self.detail is None or not self.send_again_action.isEnabled():
            return
        dialog = SendAgainDialog(self.detail.reference, self.detail.address_lines, self)

        def job() -> Job:
            address = dialog.address()
            return _then_open(lambda s, i, v: s.mailroom.send_again(i, v, address))

        self._open_dialog(dialog, job, lambda d: QCoreApplication.translate(
            "OrderScreen", "Order {reference} goes back to “To ship”.").format(reference=d.reference))
