"""The actions of a work queue (DESIGN §6): "Claim the next one", and the bulk actions on a selection — claim,
release, assign (a supervisor picks the person) — each run as one background job with a result per order, shown
together when it is done.

``QueueActions`` is the queue screen's base: ``QueueScreen`` (``queues.py``) shows the queue and provides the view,
the model and the hooks below. The actions are offered by role (none to an auditor) and sit in the window's Orders
menu while the queue shows, so that F1 lists their shortcuts. The texts keep the queue screen's translation context
("QueueScreen").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QTableView, QWidget

from ocpm_desk.features.casework.api import CLOCK_STATUSES, Queue, QueueRow
from ocpm_desk.gui.background import BackgroundTask, run_in_background
from ocpm_desk.gui.casework.dialogs import AssignDialog
from ocpm_desk.gui.casework.queue_model import QueueTableModel
from ocpm_desk.gui.failures import describe_failure
from ocpm_desk.gui.labels import status_label
from ocpm_desk.gui.screen import DataScreen, ScreenState, install_screen_actions
from ocpm_desk.gui.widgets import named, spaced
from ocpm_desk.kernel.errors import DomainError, NothingToClaim, PermissionDenied, StaleVersion
from ocpm_desk.kernel.lifecycle import OrderState, TransitionNotAllowed

# A bulk action acts on at most this many orders (a selection of the whole list is a slip, not a plan).
MAX_BULK = 200


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one order of a bulk action: ``error`` None when it was done."""

    row: QueueRow
    error: DomainError | None


def _act_on_each(act: Callable[[int, int], OrderState], rows: Sequence[QueueRow]) -> list[Outcome]:
    """Runs on a worker thread: one call per order, each order's refusal recorded, the others still tried."""
    outcomes = []
    for row in rows:
        try:
            act(row.id, row.version)
        except DomainError as exc:
            outcomes.append(Outcome(row, exc))
        else:
            outcomes.append(Outcome(row, None))
    return outcomes


class QueueActions(DataScreen):
    """Claim the next order, and claim, release or assign a selection; the screen provides the hooks below."""

    order_requested = Signal(int)  # Enter, a double click on a row or "Claim the next one": the window opens it

    queue: Queue
    view: QTableView
    model: QueueTableModel
    _action_task: BackgroundTask | None
    _may_claim: bool
    _may_release: bool
    _may_assign: bool
    assign_dialog: AssignDialog | None
    result_dialog: QMessageBox | None
    last_outcomes: list[tuple[str, str]]  # (reference, what became of it) of the last bulk action

    def _after_change(self) -> None:
        """Orders changed here: read the queue again (keeping the selection)."""
        raise NotImplementedError

    # -- the action bar and the Orders menu --------------------------------------------------------------------

    def _build_action_bar(self) -> QWidget:
        bar = named(QWidget(self), "queueActions")
        row = spaced(QHBoxLayout(bar), 10)
        self.count_label = named(QLabel(bar), "queueCount")
        self.message_label = named(QLabel(bar), "queueMessage")
        self.message_label.setWordWrap(True)
        row.addWidget(self.count_label)
        row.addWidget(self.message_label, 1)

        translate = QCoreApplication.translate  # lupdate reads translate("QueueScreen", …)
        self.claim_next_action = self._action(
            translate("QueueScreen", "Claim the &next one"), "Ctrl+Shift+N", self.claim_next,
            translate("QueueScreen", "Take the order waiting longest and put it in My orders"))
        self.claim_action = self._action(translate("QueueScreen", "&Claim"), "Ctrl+Shift+C", self.claim_selected,
                                         translate("QueueScreen", "Take the selected orders"))
        self.release_action = self._action(
            translate("QueueScreen", "Re&lease"), "Ctrl+Shift+R", self.release_selected,
            translate("QueueScreen", "Give the selected orders back to “To process”"))
        self.assign_action = self._action(
            translate("QueueScreen", "Assi&gn…"), "Ctrl+Shift+G", self.assign_selected,
            translate("QueueScreen", "Give the selected orders to a caseworker (or take them from one)"))
        self.action_buttons: list[QPushButton] = []
        for action in self.screen_actions():
            button = QPushButton(action.text(), bar)
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            self.action_buttons.append(button)
            row.addWidget(button)
        return bar

    def _action(self, text: str, keys: str, slot: Callable[[], None], tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setToolTip(f"{tip} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        return action

    def screen_actions(self) -> list[QAction]:
        """The actions this queue offers to these roles (none to an auditor)."""
        actions = []
        if self._may_claim:
            actions.append(self.claim_next_action)
            if self.queue in (Queue.TO_PROCESS, Queue.ALL):
                actions.append(self.claim_action)
        if self._may_release:
            actions.append(self.release_action)
        if self._may_assign:
            actions.append(self.assign_action)
        return actions

    def _install_menu(self) -> None:
        """The queue's actions in the window's menu while it shows, so that F1 lists their shortcuts."""
        install_screen_actions(self, self.screen_actions(), QCoreApplication.translate("QueueScreen", "&Orders"))

    @property
    def busy(self) -> bool:
        return self._action_task is not None and not self._action_task.done

    def _update_actions(self) -> None:
        idle = not self.busy
        has_rows = self.state is ScreenState.READY and self.view.selectionModel().hasSelection()
        self.claim_next_action.setEnabled(idle)
        self.claim_action.setEnabled(idle and has_rows)
        self.release_action.setEnabled(idle and has_rows)
        self.assign_action.setEnabled(idle and has_rows)
        for button, action in zip(self.action_buttons, self.screen_actions(), strict=True):
            button.setEnabled(action.isEnabled())

    def selected_rows(self) -> list[QueueRow] | None:
        """The loaded rows selected, in table order; None when the selection is too large for one action."""
        ranges = self.view.selectionModel().selection()
        if sum(ranges.at(i).height() for i in range(ranges.count())) > MAX_BULK:
            return None
        numbers = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [row for row in (self.model.row_at(n) for n in numbers) if row is not None]

    # -- claiming the next one, and the bulk actions ------------------------------------------------------------

    def _say(self, text: str, kind: str = "info") -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("kind", kind)

    def claim_next(self) -> None:
        if self.busy or not self._may_claim:
            return
        self._say(QCoreApplication.translate("QueueScreen", "Taking the next order…"))
        self._action_task = run_in_background(self, self._session.casework.claim_next, self._claimed_next,
                                              self._claim_next_failed)  # fmt: skip
        self._update_actions()

    def _claimed_next(self, state: OrderState) -> None:
        self._say(QCoreApplication.translate("QueueScreen", "Order {reference} taken: it is in My orders.").format(
            reference=state.reference), "ok")
        self._update_actions()
        self._after_change()
        self.order_requested.emit(state.order_id)  # the caseworker took it to work on it: open it at once

    def _claim_next_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NothingToClaim):
            self._say(QCoreApplication.translate("QueueScreen", "No paid order is waiting: nothing to take."))
        else:
            self._say(describe_failure(exc), "error")
        self._update_actions()

    def _rows_to_act_on(self) -> list[QueueRow]:
        """The selected rows, for one action; none when the selection is too large (it says so)."""
        rows = self.selected_rows()
        if rows is None:
            self._say(QCoreApplication.translate("QueueScreen", "Select at most {count} orders for one action.").format(
                count=MAX_BULK), "error")
            return []
        return rows

    def claim_selected(self) -> None:
        self._bulk(self._session.casework.claim, QCoreApplication.translate("QueueScreen", "Claim"), kind="claim")

    def release_selected(self) -> None:
        self._bulk(self._session.casework.release, QCoreApplication.translate("QueueScreen", "Release"),
                   kind="release")

    def assign_selected(self) -> None:
        """Supervisor: pick a person (with their open orders), then assign every selected order to them."""
        if self.busy or not self._may_assign:
            return
        rows = self._rows_to_act_on()
        if not rows:
            return
        count = len(rows)
        if count == 1:
            reference = rows[0].reference
            title = QCoreApplication.translate("QueueScreen", "Assign {reference}").format(reference=reference)
            intro = QCoreApplication.translate("QueueScreen", "Choose who takes order {reference}.").format(
                reference=reference)
        else:
            title = QCoreApplication.translate("QueueScreen", "Assign {count} orders").format(count=count)
            intro = QCoreApplication.translate(
                "QueueScreen", "Choose who takes the {count} selected orders. Each order gets its own result.").format(
                    count=count)  # fmt: skip
        current = rows[0].assigned_to if count == 1 else None
        dialog = AssignDialog(title, intro, self._session.casework.assignable_staff, self, current=current)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        session = self._session

        def go() -> None:
            username = dialog.username
            assert username is not None  # validated
            dialog.set_busy(False)
            dialog.accept()
            self._bulk(lambda order_id, version: session.casework.assign(order_id, username, version),
                       QCoreApplication.translate("QueueScreen", "Assign"), kind="assign", rows=rows,
                       assignee=username)

        dialog.submitted.connect(go)
        dialog.finished.connect(lambda _result: setattr(self, "assign_dialog", None))
        self.assign_dialog = dialog
        dialog.open()

    def _bulk(self, act: Callable[[int, int], OrderState], title: str, *, kind: str,
              rows: list[QueueRow] | None = None, assignee: str = "") -> None:  # fmt: skip
        if self.busy:
            return
        chosen = self._rows_to_act_on() if rows is None else rows
        if not chosen:
            return
        self._say(QCoreApplication.translate("QueueScreen", "Working on {count} orders…").format(count=len(chosen)))
        self._action_task = run_in_background(
            self, lambda: _act_on_each(act, chosen),
            lambda outcomes: self._bulk_done(title, kind, outcomes, assignee), self._bulk_failed,
        )  # fmt: skip
        self._update_actions()

    def _bulk_failed(self, exc: BaseException) -> None:
        self._say(describe_failure(exc), "error")
        self._update_actions()
        self._after_change()

    def _bulk_done(self, title: str, kind: str, outcomes: list[Outcome], assignee: str = "") -> None:
        self.last_outcomes = [(o.row.reference, self._outcome_text(o, kind, assignee)) for o in outcomes]
        done = sum(1 for o in outcomes if o.error is None)
        summary = QCoreApplication.translate("QueueScreen", "{done} of {count} orders done.").format(
            done=done, count=len(outcomes))
        self._say(summary, "ok" if done == len(outcomes) else "error")
        dialog = named(QMessageBox(self), "bulkResultDialog")
        dialog.setWindowTitle(title)
        dialog.setIcon(QMessageBox.Icon.Information if done == len(outcomes) else QMessageBox.Icon.Warning)
        dialog.setText(summary)
        dialog.setInformativeText("\n".join(f"{reference} — {text}" for reference, text in self.last_outcomes))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.result_dialog = dialog
        self._update_actions()
        self._after_change()

    def _outcome_text(self, outcome: Outcome, kind: str, assignee: str = "") -> str:
        exc = outcome.error
        if exc is None:
            if kind == "assign":
                return QCoreApplication.translate("QueueScreen", "assigned to {person}").format(person=assignee)
            if kind == "release":
                return QCoreApplication.translate("QueueScreen", "released")
            return QCoreApplication.translate("QueueScreen", "taken")
        if isinstance(exc, StaleVersion):
            who = exc.changed_by or QCoreApplication.translate("QueueScreen", "someone else")
            if kind == "release":
                return QCoreApplication.translate("QueueScreen", "changed by {person} meanwhile").format(person=who)
            return QCoreApplication.translate("QueueScreen", "already taken by {person} (changed meanwhile)").format(
                person=who)
        if isinstance(exc, PermissionDenied):
            return QCoreApplication.translate("QueueScreen", "not allowed: your roles do not allow this")
        if isinstance(exc, TransitionNotAllowed) or (kind == "assign" and outcome.row.status not in CLOCK_STATUSES):
            try:
                status = status_label(getattr(exc, "from_status", None) or outcome.row.status)
            except ValueError:
                status = getattr(exc, "from_status", None) or "?"
            return QCoreApplication.translate("QueueScreen", "not allowed: the order is “{status}”").format(
                status=status)
        return describe_failure(exc)  # "La démarche n'a pas abouti…", for a lost connection too
