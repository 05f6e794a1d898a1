"""« À expédier » (DESIGN §6, mail room): a scan field for a barcode scanner, returns, the day's deposit list and
the import of the post's tracking file.

A barcode scanner is a keyboard: it types the code and presses Enter. The field keeps the focus; each Enter queues
what was typed, and the codes are handled one after the other in the background:

- an order reference → ``scan(code)`` shows the envelope (address, content, product, postage, registered);
- for a registered product the next code is its item number → ``ship(order_id, version, item_number)``;
- for an unregistered one, an empty Enter or the next order's scan ships it → ``ship(…, None)``.

When the service refuses (wrong or used item number, an order not ready to ship) its reason is shown, the queued
codes are dropped, nothing is shipped, and the field is ready for a new scan. In "Return" mode (Ctrl+R) a scanned
reference or item number asks for the reason of the return → ``record_return``; once it is recorded the screen is
back in shipping mode. Escape, or a change of mode, clears the message.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QWidget

from ocpm_desk.features.mailroom.api import DepositListView, ScanItem, ShipmentView, TrackingImport
from ocpm_desk.gui.background import run_in_background, run_with_progress
from ocpm_desk.gui.dialogs import ActionDialog
from ocpm_desk.gui.failures import describe_failure
from ocpm_desk.gui.formatting import format_count, format_date, format_time
from ocpm_desk.gui.mailroom.deposit import DepositListDialog
from ocpm_desk.gui.mailroom.printing import STYLE
from ocpm_desk.gui.mailroom.returns import ReturnDialog
from ocpm_desk.gui.mailroom.scan_card import RETURN, SHIP, build_scan_card, card_texts, prompt_text
from ocpm_desk.gui.mailroom.tracking import import_tracking_file, tracking_summary
from ocpm_desk.gui.screen import ActionScreen
from ocpm_desk.gui.stored_text import content_label, return_reason_label, shipment_status_label
from ocpm_desk.gui.table_model import Column, RowsModel
from ocpm_desk.gui.widgets import (
    MessageLabel,
    action_buttons,
    named,
    read_only_table,
    repolish,
    screen_action,
    set_tab_order,
)
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.identifiers import is_valid_order_reference
from ocpm_desk.session import DeskSession

__all__ = ["RETURN", "SHIP", "DepositListDialog", "ReturnDialog", "ShippingScreen"]

SHIP_STYLE = STYLE + """
QFrame#scanCard { background: #ffffff; border: 1px solid #d5dae0; border-radius: 6px; }
QLineEdit#scanField { font-size: 14pt; padding: 6px; }
QLineEdit#scanField[mode="return"] { background: #fdf1e1; }
QLabel#scanPrompt { font-weight: 600; }
"""


class ShippingScreen(ActionScreen):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        self.mode = SHIP
        self.current: ScanItem | None = None
        self.shipped: list[ShipmentView] = []
        self.tracking: TrackingImport | None = None
        self._queue: list[str] = []
        super().__init__(session, parent, name="shippingScreen", style=SHIP_STYLE)
        self._show_item(None)

    # -- DataScreen ------------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("To ship")

    def build_content(self) -> QWidget:
        page, column = self.content_column(10)
        self.prompt_label = named(QLabel(page), "scanPrompt")
        self.scan_field = named(QLineEdit(page), "scanField", self.tr("Scan field"))
        self.scan_field.setClearButtonEnabled(True)
        self.scan_field.setMaxLength(64)
        self.scan_field.returnPressed.connect(self.submit_scan)
        self.prompt_label.setBuddy(self.scan_field)
        column.addWidget(self.prompt_label)
        column.addWidget(self.scan_field)
        self.message_label = MessageLabel(page, "mailroomMessage")
        column.addWidget(self.message_label)
        card, self.item_labels = build_scan_card(page)
        column.addWidget(card)
        heading = named(QLabel(self.tr("Shipped and returned today at this desk"), page), "cardTitle")
        column.addWidget(heading)
        self.model: RowsModel[ShipmentView] = RowsModel((
            Column(lambda: self.tr("Time"), lambda s: format_time(s.shipped_at), lambda s: s.shipped_at.isoformat()),
            Column(lambda: self.tr("Reference"), lambda s: s.reference),
            Column(lambda: self.tr("Content"), lambda s: content_label(s.content), lambda s: s.content),
            Column(lambda: self.tr("Product"), lambda s: s.product),
            Column(lambda: self.tr("Item number"), lambda s: s.item_number or "—", lambda s: s.item_number or ""),
            Column(lambda: self.tr("Status"), _status_text, lambda s: s.status),
        ), self)  # fmt: skip
        self.table = read_only_table(page, self.model, "shippedTable", self.tr("Items shipped today"), row_height=26)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
        column.addWidget(self.table, 1)
        return page

    def loader(self) -> Callable[[], object]:
        return lambda: None  # the screen is a tool: nothing to read until something is scanned

    def show_data(self, data: object) -> bool:
        self.set_details(self.tr("Scan an order, then its item number; Enter ships it."))
        return True

    # -- actions -----------------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.return_action = screen_action(self, self.tr("&Return mode"), "Ctrl+R", self.toggle_return_mode,
                                           self.tr("Scan returned envelopes instead of shipping"), "returnMode")
        self.return_action.setCheckable(True)
        self.focus_action = screen_action(self, self.tr("&Scan field"), "Ctrl+Shift+F", self.focus_scan_field,
                                          self.tr("Put the cursor back in the scan field"), "focusScan")
        self.deposit_action = screen_action(self, self.tr("&Deposit list of the day"), "Ctrl+D",
                                            self.show_deposit_list,
                                            self.tr("The list of today's registered items for the post office"),
                                            "depositList")  # fmt: skip
        self.import_action = screen_action(self, self.tr("&Import tracking…"), "Ctrl+I", self.import_tracking,
                                           self.tr("Read the post's tracking file (CSV): deliveries and attempts"),
                                           "importTracking")  # fmt: skip
        self.clear_action = screen_action(self, self.tr("C&lear the message"), "Escape", self.clear_message,
                                          self.tr("Clear the message under the scan field"), "clearMessage")
        buttons = action_buttons(self.screen_actions(), self.content, self.buttons_row)
        self.buttons_row.addStretch(1)
        # the buttons above the scan field (they were built after it)
        set_tab_order(self.refresh_button, *buttons.values(), self.scan_field)

    def screen_actions(self) -> list[QAction]:
        return [self.return_action, self.focus_action, self.deposit_action, self.import_action, self.clear_action]

    @property
    def idle(self) -> bool:
        """Nothing queued nor on its way (tests wait for it)."""
        return not self.busy and not self._queue

    def _update_actions(self) -> None:
        self.deposit_action.setEnabled(not self.busy)
        self.import_action.setEnabled(not self.busy)

    def focus_scan_field(self) -> None:
        self.scan_field.setFocus()

    def clear_message(self) -> None:
        self.message_label.say("")
        self.scan_field.setFocus()

    def toggle_return_mode(self) -> None:
        self.set_mode(RETURN if self.return_action.isChecked() else SHIP)

    def set_mode(self, mode: str) -> None:
        """Ship or record returns; the message of the other mode is cleared."""
        self.mode = mode
        self.return_action.setChecked(mode == RETURN)
        self._queue.clear()
        self.message_label.say("")
        if mode == RETURN:
            self.current = None
            self._show_item(None)
        self.scan_field.setProperty("mode", mode)
        repolish(self.scan_field)
        self._prompt()
        self.scan_field.setFocus()

    def _prompt(self) -> None:
        text = prompt_text(self.mode, self.current)
        self.prompt_label.setText(text)
        self.scan_field.setPlaceholderText(text)

    def _show_item(self, item: ScanItem | None) -> None:
        self.current = item
        for key, text in card_texts(item).items():
            self.item_labels[key].setText(text)
        self._prompt()

    # -- the scan flow ---------------------------------------------------------------------------------------------

    def submit_scan(self) -> None:
        """Enter in the scan field: queue what was typed (a scanner is faster than the database)."""
        code = self.scan_field.text().strip()
        self.scan_field.clear()
        if self.mode == RETURN:
            if code:
                self.ask_return(code)
            return
        self._queue.append(code)
        self._pump()

    def _pump(self) -> None:
        if self.busy or not self._queue or self.dialog is not None:
            return
        code = self._queue.pop(0)
        item = self.current
        session = self._session
        if item is None:
            if not code:
                return
            self._start(lambda: session.mailroom.scan(code), self._scanned)
        elif item.needs_item_number:
            if not code:
                self.message_label.say(
                    self.tr("Scan the item number of {reference} first.").format(reference=item.reference), "error")
                return
            if is_valid_order_reference(code):  # another order: the one shown is left unshipped
                self.message_label.say(self.tr("{reference} was not shipped: it still needs its item number.").format(
                    reference=item.reference), "error")
                self._start(lambda: session.mailroom.scan(code), self._scanned)
                return
            self._start(lambda: session.mailroom.ship(item.order_id, item.version, code), self._shipped)
        else:
            if code:
                self._queue.insert(0, code)  # the next order, once this one is shipped
            self._start(lambda: session.mailroom.ship(item.order_id, item.version, None), self._shipped)

    def _start(self, fn: Callable[[], object], done: Callable[[object], None]) -> None:
        self._action_task = run_in_background(self, fn, lambda result: self._finished(done, result), self._failed)
        self._update_actions()

    def _finished(self, done: Callable[[object], None], result: object) -> None:
        self._action_task = None
        done(result)
        self._update_actions()
        self._pump()

    def _scanned(self, item: object) -> None:
        assert isinstance(item, ScanItem)
        self._show_item(item)
        if item.needs_item_number:
            self.message_label.say(self.tr("{reference}: registered ({product}), scan its item number.").format(
                reference=item.reference, product=item.product_label))
        else:
            self.message_label.say(self.tr("{reference}: {product}, press Enter to ship.").format(
                reference=item.reference, product=item.product_label))

    def _shipped(self, shipment: object) -> None:
        assert isinstance(shipment, ShipmentView)
        self._show_item(None)
        self._add_row(shipment)
        number = f" ({shipment.item_number})" if shipment.item_number else ""
        self.message_label.say(
            self.tr("{reference}{number} shipped.").format(reference=shipment.reference, number=number), "ok")

    def _add_row(self, shipment: ShipmentView) -> None:
        self.shipped.insert(0, shipment)  # the newest first
        self.model.set_rows(self.shipped)
        self.set_details(self.tr("{count} item(s) handled today at this desk").format(
            count=format_count(len(self.shipped))))

    def row_texts(self, row: int) -> list[str]:
        """The cells of row ``row`` of the items handled today, as shown (for tests)."""
        return [self.model.cell_text(row, c) for c in range(self.model.columnCount())]

    def _failed(self, exc: BaseException) -> None:
        self._action_task = None
        dropped = len(self._queue)
        self._queue.clear()
        text = describe_failure(exc)
        if self.current is not None and self.current.needs_item_number:
            text += " " + self.tr("Nothing was shipped: scan the item number again, or another order.")
        else:
            text += " " + self.tr("Nothing was shipped.")
        if dropped:
            text += " " + self.tr("The codes scanned after it were ignored: scan them again.")
        self.message_label.say(text, "error")
        self.scan_field.clear()
        self.scan_field.setFocus()
        self._update_actions()

    # -- returns -----------------------------------------------------------------------------------------------

    def ask_return(self, code: str) -> None:
        dialog = ReturnDialog(code, self)
        session = self._session

        def run() -> None:
            reason, note = dialog.reason, dialog.note
            self._action_task = run_in_background(
                self, lambda: session.mailroom.record_return(code, reason, note), lambda s: self._returned(dialog, s),
                lambda exc: self._return_failed(dialog, exc))  # fmt: skip

        self.open_dialog(dialog, run)

    def _dialog_closed(self, dialog: ActionDialog) -> None:
        super()._dialog_closed(dialog)
        self.scan_field.setFocus()

    def _returned(self, dialog: ActionDialog, shipment: ShipmentView) -> None:
        self._action_task = None
        dialog.succeeded()
        self._add_row(shipment)
        self.set_mode(SHIP)  # a return is an exception: the next scan ships again
        self.message_label.say(self.tr("Return of {reference} recorded ({reason}); back to shipping.").format(
            reference=shipment.reference, reason=return_reason_label(shipment.return_reason)), "ok")
        self._update_actions()

    def _return_failed(self, dialog: ActionDialog, exc: BaseException) -> None:
        self._action_task = None
        dialog.failed(describe_failure(exc))
        self._update_actions()

    # -- the deposit list and the tracking import ---------------------------------------------------------------

    def show_deposit_list(self, day: date | None = None) -> None:
        if self.busy:
            return
        session, on = self._session, day or clock.today()

        def job() -> tuple[DepositListView, bytes]:
            view = session.mailroom.deposit_list(on)
            return view, session.mailroom.deposit_list_pdf(view.deposit_list_id)

        self.message_label.say(self.tr("Preparing the deposit list…"))
        self._action_task = run_in_background(self, job, self._deposit_ready, self._side_failed)
        self._update_actions()

    def _deposit_ready(self, result: tuple[DepositListView, bytes]) -> None:
        self._action_task = None
        view, data = result
        self.message_label.say(self.tr("Deposit list of {day}: {items} registered item(s).").format(
            day=format_date(view.day), items=format_count(view.items)), "ok")
        dialog = DepositListDialog(view, data, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.deposit_dialog = dialog
        dialog.open()
        self._update_actions()

    def ask_tracking_file(self) -> str:
        """The open-file dialog (tests replace it)."""
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import the tracking file"), "",
                                                    self.tr("CSV files (*.csv);;All files (*)"))  # fmt: skip
        return path

    def import_tracking(self) -> None:
        path = self.ask_unless_busy(self.ask_tracking_file)
        if not path:
            return
        mailroom = self._session.mailroom

        def job(_progress: object) -> TrackingImport:
            return import_tracking_file(mailroom, path)

        task, _progress, _dialog = run_with_progress(self, self.tr("Importing the tracking file…"), job,
                                                     self._imported, self._side_failed,
                                                     title=self.tr("Tracking"))  # fmt: skip
        self._action_task = task
        self._update_actions()

    def _imported(self, result: TrackingImport) -> None:
        self._action_task = None
        self.tracking = result
        text, kind = tracking_summary(result)
        self.message_label.say(text, kind)
        self._update_actions()

    def _side_failed(self, exc: BaseException) -> None:
        self._action_task = None
        if isinstance(exc, OSError):
            text = self.tr("The file could not be read: {reason}").format(reason=exc.strerror or str(exc))
        else:
            text = describe_failure(exc)
        self.message_label.say(text, "error")
        self._update_actions()

    # -- showing ---------------------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scan_field.setFocus()


def _status_text(shipment: ShipmentView) -> str:
    """The shipment's status, and the reason of a return."""
    reason = f" — {return_reason_label(shipment.return_reason)}" if shipment.return_reason else ""
    return shipment_status_label(shipment.status) + reason
