"""« À expédier » (DESIGN §6, mail room): a scan field for a barcode scanner, returns, the day's deposit list and
the import of the post's tracking file.

A barcode scanner is a keyboard: it types the code and presses Enter. The field keeps the focus; each Enter queues
what was typed, and the codes are handled one after the other in the background:

- an order reference → ``scan(code)`` shows the envelope (address, content, product, postage, registered);
- for a registered product the next code is its item number → ``ship(order_id, version, item_number)``;
- for an unregistered one, an empty Enter or the next order's scan ships it → ``ship(…, None)``.

When the service refuses (wrong or used item number, an order not ready to ship) its reason is shown, the queued
codes are dropped, nothing is shipped, and the field is ready for a new scan. In "Return" mode (Ctrl+R) a scanned
reference or item number asks for the reason of the return → ``record_return``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ocpm_desk.features.mailroom.api import DepositListView, ScanItem, ShipmentView, TrackingImport
from ocpm_desk.gui.background import BackgroundTask, run_in_background, run_with_progress
from ocpm_desk.gui.dialogs import ActionDialog, text_box
from ocpm_desk.gui.failures import describe_failure, reader_value
from ocpm_desk.gui.formatting import format_chf, format_count, format_date, format_time
from ocpm_desk.gui.mailroom.printing import STYLE, choose_qt_printer, print_pdf_with_qt
from ocpm_desk.gui.pdf_preview import PdfDialog
from ocpm_desk.gui.screen import DataScreen, install_screen_actions, remove_screen_actions
from ocpm_desk.gui.stored_text import RETURN_REASONS, content_label, return_reason_label, shipment_status_label
from ocpm_desk.gui.widgets import (
    MessageLabel,
    action_button,
    repolish,
    screen_action,
    set_tab_order,
    setup_read_only_table,
)
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.identifiers import is_valid_order_reference
from ocpm_desk.kernel.phrases import SEMICOLON, Listing
from ocpm_desk.session import DeskSession

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

SHIP, RETURN = "ship", "return"
SHIP_STYLE = STYLE + """
QFrame#scanCard { background: #ffffff; border: 1px solid #d5dae0; border-radius: 6px; }
QLineEdit#scanField { font-size: 14pt; padding: 6px; }
QLineEdit#scanField[mode="return"] { background: #fdf1e1; }
QLabel#scanPrompt { font-weight: 600; }
"""


class ReturnDialog(ActionDialog):
    """The reason of a returned envelope; "Other" needs a note."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Record a return — {code}").format(code=code),
            self.tr("The post brought this envelope back. Say why, as the post's label says."),
            self.tr("&Record the return"),
            parent,
        )
        self.setObjectName("returnDialog")
        self.code = code
        self.reason_combo = QComboBox(self)
        self.reason_combo.setObjectName("returnReason")
        self.reason_combo.setAccessibleName(self.tr("Reason of the return"))
        for reason in RETURN_REASONS:
            self.reason_combo.addItem(return_reason_label(reason), reason)
        self.note_edit = text_box(self, "returnNote", lines=3)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.form.addRow(self.tr("&Reason:"), self.reason_combo)
        self.form.addRow(self.tr("&Note:"), self.note_edit)
        self.reason_combo.setFocus()

    def inputs(self) -> list[QWidget]:
        return [self.reason_combo, self.note_edit]

    @property
    def reason(self) -> str:
        return str(self.reason_combo.currentData())

    def set_reason(self, reason: str) -> None:
        self.reason_combo.setCurrentIndex(RETURN_REASONS.index(reason))

    @property
    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def validate(self) -> str | None:
        if self.reason == "other" and not self.note:
            self.note_edit.setFocus()
            return self.tr("Say what the reason is in the note.")
        return None


class DepositListDialog(PdfDialog):
    """The day's deposit list in a window, to save as a PDF file or print on paper."""

    def __init__(self, view: DepositListView, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Deposit list of {day}").format(day=format_date(view.day)), data, parent)
        self.setObjectName("depositListDialog")
        self.view = view
        self.data = data
        info = QLabel(self.tr("{items} registered item(s) · SHA-256 {sha}…").format(
            items=format_count(view.items), sha=view.sha256[:16]), self)
        info.setObjectName("depositListInfo")
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setObjectName("saveDepositList")
        self.save_button.setAccessibleName(self.tr("Save the deposit list as PDF"))
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("printDepositList")
        self.print_button.setAccessibleName(self.tr("Print the deposit list"))
        self.print_button.clicked.connect(self.print_on_paper)
        for button in (self.save_button, self.print_button):
            button.setAutoDefault(False)
        row.addWidget(info, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        column = self.layout()
        assert isinstance(column, QVBoxLayout)
        column.insertLayout(0, row)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("depositListStatus")
        column.insertWidget(1, self.status_label)

    def ask_path(self) -> str:
        suggested = f"liste-de-depot-{self.view.day.isoformat()}.pdf"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the deposit list"), suggested,
                                                    self.tr("PDF documents (*.pdf)"))  # fmt: skip
        return path

    def save(self) -> None:
        path = self.ask_path()
        if not path:
            return
        try:
            Path(path).write_bytes(self.data)
        except OSError as exc:
            self.status_label.setText(self.tr("The file could not be written: {reason}").format(reason=exc.strerror))
            return
        self.status_label.setText(self.tr("Saved to {path}.").format(path=path))

    def choose_printer(self) -> QPrinter | None:
        """Qt's print dialog (tests replace it)."""
        return choose_qt_printer(self)

    def print_on_paper(self) -> None:
        printer = self.choose_printer()
        if printer is None:
            return
        try:
            pages = print_pdf_with_qt(self.data, printer)
        except OSError as exc:
            self.status_label.setText(str(exc))
            return
        self.status_label.setText(self.tr("{pages} page(s) printed.").format(pages=pages))


class ShippingScreen(DataScreen):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        self.mode = SHIP
        self.current: ScanItem | None = None
        self.shipped: list[ShipmentView] = []
        self.dialog: ActionDialog | None = None
        self.tracking: TrackingImport | None = None
        self._queue: list[str] = []
        self._action_task: BackgroundTask | None = None
        super().__init__(session, parent)
        self.setObjectName("shippingScreen")
        self.setStyleSheet(SHIP_STYLE)
        self._build_actions()
        self._show_item(None)
        self._update_actions()

    # -- DataScreen ------------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("To ship")

    def build_content(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.buttons_row = QHBoxLayout()
        column.addLayout(self.buttons_row)
        self.prompt_label = QLabel(page)
        self.prompt_label.setObjectName("scanPrompt")
        self.scan_field = QLineEdit(page)
        self.scan_field.setObjectName("scanField")
        self.scan_field.setAccessibleName(self.tr("Scan field"))
        self.scan_field.setClearButtonEnabled(True)
        self.scan_field.setMaxLength(64)
        self.scan_field.returnPressed.connect(self.submit_scan)
        self.prompt_label.setBuddy(self.scan_field)
        column.addWidget(self.prompt_label)
        column.addWidget(self.scan_field)
        self.message_label = MessageLabel(page, "mailroomMessage")
        column.addWidget(self.message_label)
        card = QFrame(page)
        card.setObjectName("scanCard")
        form = QFormLayout(card)
        self.item_labels: dict[str, QLabel] = {}
        for key, name in (("reference", self.tr("Order")), ("address", self.tr("Address")),
                          ("content", self.tr("Content")), ("product", self.tr("Product")),
                          ("postage", self.tr("Postage")), ("registered", self.tr("Registered"))):  # fmt: skip
            value = QLabel(card)
            value.setObjectName(f"scan_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.item_labels[key] = value
            form.addRow(name, value)
        column.addWidget(card)
        heading = QLabel(self.tr("Shipped and returned today at this desk"), page)
        heading.setObjectName("cardTitle")
        column.addWidget(heading)
        headers = (self.tr("Time"), self.tr("Reference"), self.tr("Content"), self.tr("Product"),
                   self.tr("Item number"), self.tr("Status"))  # fmt: skip
        self.table = QTableWidget(0, len(headers), page)
        self.table.setObjectName("shippedTable")
        self.table.setAccessibleName(self.tr("Items shipped today"))
        self.table.setHorizontalHeaderLabels(list(headers))
        setup_read_only_table(self.table, row_height=26)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
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
        buttons = [action_button(act, self.content) for act in self.screen_actions()]
        for button in buttons:
            self.buttons_row.addWidget(button)
        self.buttons_row.addStretch(1)
        # the buttons above the scan field (they were built after it)
        set_tab_order(self.refresh_button, *buttons, self.scan_field)

    def screen_actions(self) -> list[QAction]:
        return [self.return_action, self.focus_action, self.deposit_action, self.import_action]

    @property
    def busy(self) -> bool:
        return self._action_task is not None and not self._action_task.done

    @property
    def idle(self) -> bool:
        """Nothing queued nor on its way (tests wait for it)."""
        return not self.busy and not self._queue

    def _update_actions(self) -> None:
        self.deposit_action.setEnabled(not self.busy)
        self.import_action.setEnabled(not self.busy)

    @property
    def message(self) -> str:
        return self.message_label.text()

    def focus_scan_field(self) -> None:
        self.scan_field.setFocus()

    def toggle_return_mode(self) -> None:
        self.set_mode(RETURN if self.return_action.isChecked() else SHIP)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.return_action.setChecked(mode == RETURN)
        self._queue.clear()
        if mode == RETURN:
            self.current = None
            self._show_item(None)
        self.scan_field.setProperty("mode", mode)
        repolish(self.scan_field)
        self._prompt()
        self.scan_field.setFocus()

    def _prompt(self) -> None:
        if self.mode == RETURN:
            text = self.tr("Return: scan the order barcode or the item number of the returned envelope")
        elif self.current is None:
            text = self.tr("Scan the order barcode")
        elif self.current.needs_item_number:
            text = self.tr("Registered: scan the item number of {reference}").format(reference=self.current.reference)
        else:
            text = self.tr("Enter ships {reference} (or scan the next order)").format(reference=self.current.reference)
        self.prompt_label.setText(text)
        self.scan_field.setPlaceholderText(text)

    def _show_item(self, item: ScanItem | None) -> None:
        self.current = item
        labels = self.item_labels
        if item is None:
            for label in labels.values():
                label.setText("—")
        else:
            labels["reference"].setText(item.reference)
            labels["address"].setText("\n".join(item.address_lines))
            labels["content"].setText(content_label(item.content))
            labels["product"].setText(item.product_label)
            labels["postage"].setText(format_chf(item.postage_centimes))
            labels["registered"].setText(self.tr("yes — scan the item number") if item.needs_item_number
                                         else self.tr("yes") if item.registered else self.tr("no"))  # fmt: skip
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
        self.shipped.insert(0, shipment)
        self.table.insertRow(0)
        cells = (format_time(shipment.shipped_at), shipment.reference, content_label(shipment.content),
                 shipment.product, shipment.item_number or "—",
                 shipment_status_label(shipment.status) + (f" — {return_reason_label(shipment.return_reason)}"
                                                           if shipment.return_reason else ""))  # fmt: skip
        for c, text in enumerate(cells):
            self.table.setItem(0, c, QTableWidgetItem(text))
        self.set_details(self.tr("{count} item(s) handled today at this desk").format(
            count=format_count(len(self.shipped))))

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
        if self.dialog is not None:
            self.dialog.close()
        dialog = ReturnDialog(code, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        session = self._session

        def run() -> None:
            reason, note = dialog.reason, dialog.note
            self._action_task = run_in_background(
                self, lambda: session.mailroom.record_return(code, reason, note), lambda s: self._returned(dialog, s),
                lambda exc: self._return_failed(dialog, exc))  # fmt: skip

        dialog.submitted.connect(run)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: ActionDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self.scan_field.setFocus()

    def _returned(self, dialog: ActionDialog, shipment: ShipmentView) -> None:
        self._action_task = None
        dialog.set_busy(False)
        dialog.accept()
        self._add_row(shipment)
        self.message_label.say(self.tr("Return of {reference} recorded ({reason}).").format(
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
        if self.busy:
            return
        path = self.ask_tracking_file()
        if not path:
            return
        session = self._session

        def job(_progress: object) -> TrackingImport:
            text = Path(path).read_text(encoding="utf-8-sig")
            return session.mailroom.import_tracking(text)

        task, _progress, _dialog = run_with_progress(self, self.tr("Importing the tracking file…"), job,
                                                     self._imported, self._side_failed,
                                                     title=self.tr("Tracking"))  # fmt: skip
        self._action_task = task
        self._update_actions()

    def _imported(self, result: TrackingImport) -> None:
        self._action_task = None
        self.tracking = result
        text = self.tr("Tracking imported: {lines} line(s), {recorded} event(s) recorded, {delivered} delivery(ies)."
                       ).format(lines=format_count(result.lines), recorded=format_count(result.recorded),
                                delivered=format_count(result.delivered))  # fmt: skip
        if result.unknown_items:
            text += " " + self.tr("Unknown item numbers: {items}.").format(items=", ".join(result.unknown_items))
        if result.rejected:
            text += " " + self.tr("Lines not read: {lines}.").format(
                lines=reader_value(Listing(result.rejected, SEMICOLON)))  # each said in the user's language
        self.message_label.say(text, "error" if result.unknown_items or result.rejected else "ok")
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
        install_screen_actions(self, self.screen_actions())
        self.scan_field.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        remove_screen_actions(self, self.screen_actions())
