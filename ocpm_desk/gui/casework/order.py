"""The order screen (DESIGN §6): one order (its page: ``order_page``) and the actions the user may take on it now.

It is pushed in the main window's stack over the queue it was opened from ("Back to the list": Alt+Left or Escape).
What the user may do comes from ``OrderDetail.actions`` (the services decide; the buttons only follow). The actions
themselves — their dialogs, the background runner, what they say — are ``order_actions.OrderActions``, this screen's
base; here are the layout, the loading of the order (and of its shipments once it went to the mail room), the
action bar that follows what the order offers, and the issued decision's PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from ocpm_desk.features.casework.api import OrderAction, OrderDetail
from ocpm_desk.gui.background import BackgroundTask, run_in_background
from ocpm_desk.gui.casework.order_actions import OrderActions
from ocpm_desk.gui.casework.order_conditions import blockers_text
from ocpm_desk.gui.casework.order_page import OrderPage
from ocpm_desk.gui.failures import describe_failure
from ocpm_desk.gui.labels import local, status_label
from ocpm_desk.gui.pdf_preview import PdfDialog
from ocpm_desk.gui.screen import ScreenState
from ocpm_desk.gui.widgets import MessageLabel, action_button, action_buttons, named, set_tab_order, spaced
from ocpm_desk.kernel.lifecycle import Status
from ocpm_desk.kernel.permissions import Permission, has_permission
from ocpm_desk.session import DeskSession

if TYPE_CHECKING:
    # the mail room's shipments of the order, shown on its page (read through the session's mailroom API)
    from ocpm_desk.features.mailroom.api import ShipmentView

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


class OrderScreen(OrderActions):
    back_requested = Signal()

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        self.order_id: int | None = None
        self.detail: OrderDetail | None = None
        roles = session.identity.roles
        self._may_claim = has_permission(roles, Permission.CLAIM_ORDER)
        self._may_correct = has_permission(roles, Permission.HANDLE_CORRECTION)
        self._may_send_again = has_permission(roles, Permission.SEND_AGAIN)
        self._shipments_task: BackgroundTask | None = None
        self.shipments: list[ShipmentView] | None = None
        super().__init__(session, parent, name="orderScreen", style=STYLE)
        self.state_changed.connect(lambda _state: self._update_actions())

    def _build_actions(self) -> None:
        """The actions, their bar under the header and their buttons in it."""
        super()._build_actions()
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

    # -- DataScreen ------------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Order")

    def build_content(self) -> QWidget:
        self.scroll_area = named(QScrollArea(self), "orderScroll")
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

    # -- the action bar: what the order offers now -------------------------------------------------------------

    def _build_action_bar(self) -> QWidget:
        bar = named(QWidget(self), "orderActions")
        column = spaced(QVBoxLayout(bar), 6)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.action_buttons = action_buttons(
            (self.claim_action, self.release_action, self.hold_action, self.resume_action, self.approve_action,
             self.hearing_action, self.hearing_answer_action, self.propose_refusal_action, self.decide_refusal_action,
             self.withdraw_action, self.assign_action, self.correction_action, self.send_again_action), bar, row)
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

    def announce(self, text: str) -> None:
        """Say what another screen did on this order (the refusal editor's submission)."""
        self.message_label.say(text, "ok")

    def go_back(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return
        self.back_requested.emit()

    # -- shipments and decisions -------------------------------------------------------------------------------

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

    # -- leaving -----------------------------------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.dialog is not None and not self.dialog.busy:
            self.dialog.close()
