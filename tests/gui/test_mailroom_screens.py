"""The mail room against the fake session: printing (CUPS, PDF file, cancel, the QtPdf fallback), the scan field
fed as a barcode scanner feeds it, returns, the deposit list, the tracking import, and the supervisors' appeal
deadlines."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from gui_fakes import GUI_THREAD, FakeSession, session_for
from mailroom_fakes import DOMESTIC_ITEM, S10_ITEM, pages_pdf
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from ocpm_desk.features.mailroom.api import PrintDestination
from ocpm_desk.gui.help import ShortcutsDialog
from ocpm_desk.gui.mailroom.deadlines import DeadlinesScreen
from ocpm_desk.gui.mailroom.printing import PrintDestinationDialog, PrintQueueScreen, print_pdf_with_qt
from ocpm_desk.gui.mailroom.shipping import DepositListDialog, ReturnDialog, ShippingScreen
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.kernel.lifecycle import Status

pytestmark = pytest.mark.gui

OpenWindow = Callable[..., MainWindow]
B_MAIL, REGISTERED, ABROAD = "ED-2026-00000101", "ED-2026-00000102", "ED-2026-00000103"


def print_screen(qtbot: QtBot, window: MainWindow) -> PrintQueueScreen:
    window.show_screen("to_print")
    screen = window.screen_by_key("to_print")
    assert isinstance(screen, PrintQueueScreen)
    qtbot.waitUntil(lambda: screen.settled and not screen.busy)
    return screen


def ship_screen(qtbot: QtBot, window: MainWindow) -> ShippingScreen:
    window.show_screen("to_ship")
    screen = window.screen_by_key("to_ship")
    assert isinstance(screen, ShippingScreen)
    qtbot.waitUntil(lambda: screen.settled)
    return screen


def scan(qtbot: QtBot, screen: ShippingScreen, code: str) -> None:
    """What a keyboard-wedge scanner does: the characters, then Enter."""
    if code:
        qtbot.keyClicks(screen.scan_field, code)
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Return)


def wait_idle(qtbot: QtBot, screen: ShippingScreen) -> None:
    qtbot.waitUntil(lambda: screen.idle)


def page_count(data: bytes) -> int:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    count = document.pageCount()
    document.close()
    return count


def open_print_dialog(qtbot: QtBot, screen: PrintQueueScreen) -> PrintDestinationDialog:
    screen.print_action.trigger()
    qtbot.waitUntil(lambda: screen.dialog is not None)
    assert screen.dialog is not None
    return screen.dialog


# ---- navigation ----------------------------------------------------------------------------------------------------


def test_the_mail_room_sees_its_two_screens_and_supervisors_the_deadlines(open_window: OpenWindow) -> None:
    assert open_window("nfavre").screen_keys() == ["overview", "to_print", "to_ship"]
    supervisor = open_window("mrochat").screen_keys()
    assert "appeal_deadlines" in supervisor and "to_print" not in supervisor
    assert "appeal_deadlines" not in open_window("cdubois").screen_keys()


# ---- « À imprimer » ------------------------------------------------------------------------------------------------


def test_the_print_queue_lists_contents_and_previews_the_selection(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("nfavre")
    screen = print_screen(qtbot, open_window(session))
    assert screen.table.rowCount() == 3
    contents = [screen.table.item(r, 1).text() for r in range(3)]
    assert contents == ["Attestation", "Décision", "Lettre d'intention"]
    assert screen.table.item(1, 5).text() == "oui" and screen.table.item(0, 5).text() == "non"
    assert not screen.print_action.isEnabled()
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert screen.selected_keys() == ["document:204", "decision:32", "document:206"]
    screen.preview_action.trigger()
    qtbot.waitUntil(lambda: screen.preview.loads >= 1)
    assert screen.preview.page_count == 3
    assert session.mail_calls_of("print_preview") == [(["document:204", "decision:32", "document:206"],)]
    assert GUI_THREAD not in session.thread_of("print_preview") + session.thread_of("print_queue")


def test_print_to_a_cups_printer_preselects_the_default_and_reports_the_job(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    session = session_for("nfavre")
    screen = print_screen(qtbot, open_window(session))
    screen.select_all()
    dialog = open_print_dialog(qtbot, screen)
    assert dialog.kind == "cups"
    assert dialog.printer_list.currentItem().data(Qt.ItemDataRole.UserRole) == "courrier-hp"
    stopped = dialog.printer_list.item(2)
    assert not stopped.flags() & Qt.ItemFlag.ItemIsEnabled and "n'accepte pas" in stopped.text()
    dialog.copies_spin.setValue(2)
    dialog.confirm()
    qtbot.waitUntil(lambda: screen.outcome is not None and screen.settled)
    (keys, destination), = session.mail_calls_of("print_batch")
    assert destination == PrintDestination("cups", "courrier-hp", 2)
    assert keys == ["document:204", "decision:32", "document:206"]
    assert "ED-2026-00000104" in screen.message and "ED-2026-00000106" in screen.message
    assert "prêtes à expédier" in screen.message.lower() or "prête" in screen.message.lower()
    assert screen.table.rowCount() == 0  # the list was read again
    assert GUI_THREAD not in session.thread_of("print_batch") + session.thread_of("printers")


def test_print_to_a_pdf_file_goes_through_the_save_dialog(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    session = session_for("nfavre")
    screen = print_screen(qtbot, open_window(session))
    screen.select_keys(["document:204"])
    dialog = open_print_dialog(qtbot, screen)
    target = tmp_path / "lot"
    dialog.ask_file = lambda: str(target)  # type: ignore[method-assign]
    dialog.browse()
    assert dialog.kind == "file"
    dialog.confirm()
    qtbot.waitUntil(lambda: screen.outcome is not None)
    (_keys, destination), = session.mail_calls_of("print_batch")
    assert destination == PrintDestination("file", str(target) + ".pdf", 1)
    assert (tmp_path / "lot.pdf").exists()


def test_the_destination_dialog_asks_for_a_file_when_none_is_chosen(qtbot: QtBot) -> None:
    dialog = PrintDestinationDialog(2, [])
    qtbot.addWidget(dialog)
    assert dialog.kind == "qt"  # no CUPS: the printer of this computer through Qt
    dialog.file_radio.setChecked(True)
    fired: list[bool] = []
    dialog.submitted.connect(lambda: fired.append(True))
    dialog.confirm()
    assert not fired and "fichier" in dialog.message_label.text().lower()


def test_cancel_stops_waiting_and_says_a_handed_over_job_cannot_be_recalled(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    session = session_for("nfavre")
    screen = print_screen(qtbot, open_window(session))
    screen.select_all()
    dialog = open_print_dialog(qtbot, screen)
    session.print_gate = threading.Event()
    dialog.confirm()
    qtbot.waitUntil(lambda: screen.progress is not None and screen.busy)
    assert "ne peut pas être rappelé" in screen.progress.labelText()
    screen.cancel_printing()
    assert not screen.busy
    assert "ne peut pas être rappelé" in screen.message
    session.print_gate.set()  # the print system answers after all: the result is not shown
    qtbot.waitUntil(lambda: len(session.mail_calls_of("print_batch")) == 1)
    qtbot.wait(100)
    assert screen.outcome is None


def test_without_cups_the_qt_fallback_rasterises_and_marks_printed(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    session = session_for("nfavre")
    session.printer_choices = []
    screen = print_screen(qtbot, open_window(session))
    screen.select_keys(["document:204", "decision:32"])
    output = tmp_path / "qt.pdf"

    def choose() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return printer

    screen.choose_qt_printer = choose  # type: ignore[method-assign]
    dialog = open_print_dialog(qtbot, screen)
    assert dialog.kind == "qt" and not dialog.printer_list.isVisible()
    dialog.confirm()
    qtbot.waitUntil(lambda: screen.outcome is not None)
    (keys, job_id, destination), = session.mail_calls_of("mark_printed")
    assert keys == ["document:204", "decision:32"] and job_id.startswith("qt-") and destination == str(output)
    assert page_count(output.read_bytes()) == 2


def test_print_pdf_with_qt_prints_every_page_on_a_pdf_printer(tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    output = tmp_path / "out.pdf"
    printer.setOutputFileName(str(output))
    assert print_pdf_with_qt(pages_pdf([["page 1"], ["page 2"]]), printer) == 2
    assert output.exists()
    assert page_count(output.read_bytes()) == 2


def test_a_refused_print_job_is_said_plainly(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("nfavre")
    screen = print_screen(qtbot, open_window(session))
    screen.select_all()
    screen.print_batch(screen.selected_keys(), PrintDestination("cups", "ancienne-lexmark"))
    qtbot.waitUntil(lambda: not screen.busy)
    assert "n'a pas abouti" in screen.message and "ancienne-lexmark" in screen.message
    assert screen.table.rowCount() == 3


# ---- « À expédier » ------------------------------------------------------------------------------------------------


def test_a_scanner_ships_a_registered_order_with_its_item_number(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("nfavre")
    screen = ship_screen(qtbot, open_window(session))
    assert screen.scan_field.hasFocus()
    scan(qtbot, screen, REGISTERED)
    wait_idle(qtbot, screen)
    assert screen.current is not None and screen.current.needs_item_number
    assert screen.item_labels["postage"].text() == "CHF 6.20"
    assert "Route de Chêne 3" in screen.item_labels["address"].text()
    scan(qtbot, screen, DOMESTIC_ITEM)
    wait_idle(qtbot, screen)
    assert session.mail_calls_of("ship") == [(102, 5, DOMESTIC_ITEM)]
    assert screen.table.rowCount() == 1 and screen.table.item(0, 4).text() == DOMESTIC_ITEM
    assert screen.current is None and screen.scan_field.text() == "" and screen.scan_field.hasFocus()
    assert GUI_THREAD not in session.thread_of("scan") + session.thread_of("ship")


def test_an_unregistered_order_ships_on_enter_or_on_the_next_scan(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("nfavre")
    screen = ship_screen(qtbot, open_window(session))
    scan(qtbot, screen, B_MAIL)
    wait_idle(qtbot, screen)
    assert screen.item_labels["registered"].text() == "non"
    scan(qtbot, screen, ABROAD)  # the next order's scan ships the one shown
    wait_idle(qtbot, screen)
    assert session.mail_calls_of("ship") == [(101, 5, None)]
    assert screen.current is not None and screen.current.reference == ABROAD
    scan(qtbot, screen, S10_ITEM)
    wait_idle(qtbot, screen)
    assert session.mail_calls_of("ship")[-1] == (103, 5, S10_ITEM)
    assert [screen.table.item(r, 1).text() for r in range(2)] == [ABROAD, B_MAIL]


def test_an_unregistered_order_ships_on_an_empty_enter(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("nfavre")
    screen = ship_screen(qtbot, open_window(session))
    scan(qtbot, screen, B_MAIL)
    scan(qtbot, screen, "")  # typed faster than the database answers: queued
    wait_idle(qtbot, screen)
    assert session.mail_calls_of("ship") == [(101, 5, None)]


def test_a_malformed_item_number_is_refused_and_nothing_ships(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("nfavre")
    screen = ship_screen(qtbot, open_window(session))
    scan(qtbot, screen, REGISTERED)
    wait_idle(qtbot, screen)
    scan(qtbot, screen, "RR123456780CH")  # wrong check digit
    wait_idle(qtbot, screen)
    assert "n'a pas abouti" in screen.message and "RR123456780CH" in screen.message
    assert not session.shipments_made and screen.table.rowCount() == 0
    assert screen.scan_field.text() == "" and screen.scan_field.hasFocus()
    assert screen.current is not None  # still waiting for a good item number
    scan(qtbot, screen, "98.40.000000.00000001")  # used already
    wait_idle(qtbot, screen)
    assert "déjà" in screen.message or "already" in screen.message
    scan(qtbot, screen, DOMESTIC_ITEM)
    wait_idle(qtbot, screen)
    assert len(session.shipments_made) == 1


def test_an_unknown_order_is_refused(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("nfavre")
    screen = ship_screen(qtbot, open_window(session))
    scan(qtbot, screen, "ED-2026-00000999")
    wait_idle(qtbot, screen)
    assert "n'a pas abouti" in screen.message and screen.current is None


def test_a_return_is_recorded_with_its_reason(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("nfavre")
    screen = ship_screen(qtbot, open_window(session))
    scan(qtbot, screen, REGISTERED)
    wait_idle(qtbot, screen)
    scan(qtbot, screen, DOMESTIC_ITEM)
    wait_idle(qtbot, screen)
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert screen.mode == "return"
    scan(qtbot, screen, DOMESTIC_ITEM)
    dialog = screen.dialog
    assert isinstance(dialog, ReturnDialog)
    dialog.set_reason("other")
    dialog.confirm()
    assert "note" in dialog.message_label.text().lower() and not session.mail_calls_of("record_return")
    dialog.set_reason("not_collected")
    dialog.confirm()
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert session.mail_calls_of("record_return") == [(DOMESTIC_ITEM, "not_collected", "")]
    assert "Non réclamé" in screen.table.item(0, 5).text()
    assert GUI_THREAD not in session.thread_of("record_return")


def test_the_deposit_list_of_the_day_opens_as_pdf(qtbot: QtBot, open_window: OpenWindow, tmp_path: Path) -> None:
    session = session_for("nfavre")
    screen = ship_screen(qtbot, open_window(session))
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(screen, "deposit_dialog", None) is not None)
    dialog = screen.deposit_dialog
    assert isinstance(dialog, DepositListDialog)
    qtbot.waitUntil(lambda: dialog.preview.loads >= 1)
    target = tmp_path / "depot.pdf"
    dialog.ask_path = lambda: str(target)  # type: ignore[method-assign]
    dialog.save()
    assert target.read_bytes().startswith(b"%PDF")
    dialog.close()
    assert GUI_THREAD not in session.thread_of("deposit_list") + session.thread_of("deposit_list_pdf")


def test_the_tracking_import_shows_counts_and_unknown_items(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    session = session_for("nfavre")
    screen = ship_screen(qtbot, open_window(session))
    scan(qtbot, screen, REGISTERED)
    wait_idle(qtbot, screen)
    scan(qtbot, screen, DOMESTIC_ITEM)
    wait_idle(qtbot, screen)
    csv = tmp_path / "suivi.csv"
    csv.write_text(f"{DOMESTIC_ITEM},delivered,2026-03-13\n98.40.999999.99999999,delivered,2026-03-13\n",
                   encoding="utf-8")
    screen.ask_tracking_file = lambda: str(csv)  # type: ignore[method-assign]
    screen.import_action.trigger()
    qtbot.waitUntil(lambda: screen.tracking is not None)
    assert screen.tracking is not None and screen.tracking.delivered == 1
    assert "98.40.999999.99999999" in screen.message
    assert GUI_THREAD not in session.thread_of("import_tracking")


# ---- « Délais de recours » -----------------------------------------------------------------------------------------


def test_the_deadlines_are_listed_by_date_with_their_state(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("mrochat")
    window = open_window(session)
    window.show_screen("appeal_deadlines")
    screen = window.screen_by_key("appeal_deadlines")
    assert isinstance(screen, DeadlinesScreen)
    qtbot.waitUntil(lambda: screen.settled)
    assert [screen.table.item(r, 0).text() for r in range(4)] == ["2026-0028", "2026-0030", "2026-0029",
                                                                  "2026-0031"]  # fmt: skip
    assert screen.state_texts() == ["Échu", "En cours — 4 jours restants", "En cours — 13 jours restants",
                                    "Non notifiée"]  # fmt: skip
    assert GUI_THREAD not in session.thread_of("appeal_deadlines")
    calls = len(session.thread_of("appeal_deadlines"))
    window.orders_changed()
    qtbot.waitUntil(lambda: len(session.thread_of("appeal_deadlines")) > calls and screen.settled)


# ---- keyboard and accessibility ------------------------------------------------------------------------------------


def test_every_mail_room_action_has_a_shortcut_in_f1_and_an_accessible_button(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    session: FakeSession = session_for("nfavre")
    window = open_window(session)
    for key in ("to_print", "to_ship"):
        window.show_screen(key)
        screen = window.screen_by_key(key)
        qtbot.waitUntil(lambda s=screen: s.settled)  # type: ignore[misc]
        listed = dict((keys, title) for title, keys in ShortcutsDialog(window.shortcut_actions(), window).shortcuts())
        for action in screen.screen_actions():  # type: ignore[attr-defined]
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            assert keys, f"{action.objectName()} has no shortcut"
            assert keys in listed, f"{action.objectName()} is not in the F1 list"
            button = screen.findChild(type(screen.refresh_button), f"{action.objectName()}Button")
            assert button is not None and button.accessibleName()
    assert isinstance(window.screen_by_key("to_ship"), ShippingScreen)
    assert window.screen_by_key("to_ship").scan_field.accessibleName()  # type: ignore[attr-defined]


def test_orders_printed_become_scannable(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("nfavre")
    window = open_window(session)
    screen = print_screen(qtbot, window)
    screen.select_keys(["document:204"])
    screen.print_batch(["document:204"], PrintDestination("cups", "courrier-hp"))
    qtbot.waitUntil(lambda: screen.outcome is not None)
    assert session.mail_orders["ED-2026-00000104"].status is Status.READY_TO_SHIP
    shipping = ship_screen(qtbot, window)
    scan(qtbot, shipping, "ED-2026-00000104")
    scan(qtbot, shipping, "")
    wait_idle(qtbot, shipping)
    assert session.mail_calls_of("ship") == [(104, 6, None)]
