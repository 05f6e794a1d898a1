"""What becomes of the refusal editor's draft: autosaved in the background (~1.5 s after the last change, and on
leaving the screen), and submitted — to a supervisor (a refusal) or to the applicant (a hearing letter) — once
nothing blocks it, after a confirmation.

``DraftWork`` is the refusal editor's base: ``RefusalEditor`` (``editor.py``) lays out the form and provides the
hooks below. The texts keep the editor's translation context ("RefusalEditor").
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton

from ocpm_desk.features.refusals.api import DraftInput, RefusalDraft, RefusalNotReady, draft_blockers
from ocpm_desk.gui.background import BackgroundTask, run_in_background
from ocpm_desk.gui.dialogs import ActionDialog
from ocpm_desk.gui.failures import describe_failure, domain_message
from ocpm_desk.gui.labels import in_sentence
from ocpm_desk.gui.refusals.dialogs import ConfirmSubmitDialog
from ocpm_desk.gui.screen import ActionScreen, ScreenState
from ocpm_desk.gui.stored_text import submit_blocker_lines
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.errors import DomainError, StaleVersion
from ocpm_desk.kernel.lifecycle import Status

AUTOSAVE_DELAY_MS = 1500
REFUSAL = "refusal"
HEARING = "hearing"


class DraftWork(ActionScreen):
    """The autosave and the submission of the draft (the screen's action: ``busy`` while it is on its way); the
    editor provides the hooks below."""

    submitted = Signal(int, str)  # order id, what to say on the order screen

    order_id: int | None
    mode: str
    state_data: RefusalDraft | None
    autosave_label: QLabel
    blockers_label: QLabel
    submit_action: QAction
    submit_button: QPushButton

    def draft(self) -> DraftInput:
        """What the editor holds now."""
        raise NotImplementedError

    def _show_situation(self, data: RefusalDraft) -> None:
        """The order's situation as the service now says it (hearing, abroad, returned)."""
        raise NotImplementedError

    def _init_draft_work(self) -> None:
        """Before the screen is built (DataScreen's init may already ask ``busy``)."""
        self._submitted = False
        self._saved_draft: DraftInput | None = None
        self._save_task: BackgroundTask | None = None
        self._save_pending = False

    def _build_autosave(self, autosave_delay_ms: int) -> None:
        """Once the widget exists: the timer that saves after a pause."""
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(autosave_delay_ms)
        self._save_timer.timeout.connect(self.save_now)

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
        self.autosave_label.setText(QCoreApplication.translate(
            "RefusalEditor", "The draft could not be saved: {reason}").format(reason=describe_failure(exc)))
        if self._save_pending:
            self._save_pending = False
            self._save_timer.start()

    def _say_saved(self, when: datetime | None) -> None:
        moment = (clock.in_geneva(when) if when is not None and when.tzinfo is not None
                  else when or clock.local_now())  # fmt: skip
        self.autosave_label.setText(QCoreApplication.translate("RefusalEditor", "Draft saved at {time}").format(
            time=moment.strftime("%H:%M:%S")))

    # -- submitting --------------------------------------------------------------------------------------------

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
            reasons.insert(at, QCoreApplication.translate(
                "RefusalEditor", "The applicant has already been heard on this order."))
        return reasons

    def _update_submit(self) -> None:
        reasons = self.blockers()
        ready = self.state is ScreenState.READY and self.state_data is not None and not self.busy
        self.submit_action.setEnabled(ready and not reasons)
        self.blockers_label.setText("\n".join(f"• {r}" for r in reasons))
        self.blockers_label.setVisible(bool(reasons) and self.state_data is not None)
        if reasons:
            tip = QCoreApplication.translate("RefusalEditor", "Cannot be sent yet:") + " " + " ".join(reasons)
        else:
            tip = self._submit_tip()
        self.submit_button.setToolTip(tip)

    def _submit_tip(self) -> str:
        if self.mode == HEARING:
            return QCoreApplication.translate(
                "RefusalEditor", "Send the hearing letter: the order waits for the applicant's comments (Ctrl+Return)")
        return QCoreApplication.translate(
            "RefusalEditor", "Propose the refusal to a supervisor, who approves or returns it (Ctrl+Return)")

    def submit(self) -> None:
        data = self.state_data
        if data is None or self.busy:
            return
        reasons = self.blockers()
        if reasons:
            self.message_label.say(" ".join(reasons), "error")
            return
        translate = QCoreApplication.translate  # lupdate reads translate("RefusalEditor", …)
        if self.mode == HEARING:
            dialog = ConfirmSubmitDialog(
                translate("RefusalEditor", "Send the hearing letter — {reference}").format(reference=data.reference),
                translate("RefusalEditor", "The hearing letter is kept with the order and the order waits on hold "
                          "until the time to comment is over. Send it?"), translate("RefusalEditor", "&Send"), self)
        else:
            dialog = ConfirmSubmitDialog(
                translate("RefusalEditor", "Submit the refusal — {reference}").format(reference=data.reference),
                translate("RefusalEditor", "The refusal of order {reference} goes to a supervisor, who approves "
                          "(signs) or returns it. You can no longer change it meanwhile. Submit it?").format(
                              reference=data.reference),
                translate("RefusalEditor", "&Submit"), self)  # fmt: skip
        self.open_dialog(dialog, lambda: self._run_submit(dialog))

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

        self._action_task = run_in_background(self, job, lambda _state: self._submit_done(dialog, hearing),
                                              lambda exc: self._submit_failed(dialog, exc))  # fmt: skip
        self._update_submit()

    def _submit_done(self, dialog: ActionDialog, hearing: bool) -> None:
        self._action_task = None
        self._submitted = True
        dialog.succeeded()
        reference = self.state_data.reference if self.state_data is not None else ""
        if hearing:
            text = QCoreApplication.translate(
                "RefusalEditor", "Hearing letter of order {reference} recorded: the order waits for the applicant's "
                "comments.").format(reference=reference)  # fmt: skip
        else:
            text = QCoreApplication.translate(
                "RefusalEditor", "Refusal of order {reference} submitted to a supervisor.").format(reference=reference)
        assert self.order_id is not None
        self.submitted.emit(self.order_id, text)

    def _submit_failed(self, dialog: ActionDialog, exc: BaseException) -> None:
        self._action_task = None
        if isinstance(exc, StaleVersion):
            text = QCoreApplication.translate(
                "RefusalEditor", "Order {reference} was changed by {person} meanwhile. Its situation has been "
                "reloaded; your text is kept: check it, then submit again.").format(
                    reference=exc.reference,
                    person=exc.changed_by or QCoreApplication.translate("RefusalEditor", "someone else"))  # fmt: skip
            self.reload()  # keeps the editor's text
        elif isinstance(exc, RefusalNotReady):  # each reason with what to do
            titles = {g.code: g.title for g in data.catalogue} if (data := self.state_data) is not None else {}
            reason = in_sentence(" ".join(text for _kind, text in submit_blocker_lines(exc.blockers, titles)))
            text = QCoreApplication.translate("RefusalEditor", "The procedure did not succeed: {reason}").format(
                reason=reason)
        elif type(exc) is DomainError:
            text = QCoreApplication.translate("RefusalEditor", "The procedure did not succeed: {reason}").format(
                reason=domain_message(exc).rstrip(".") + ".")
        else:
            text = describe_failure(exc)
        self.message_label.say(text, "error")
        dialog.failed(text)
        self._update_submit()
