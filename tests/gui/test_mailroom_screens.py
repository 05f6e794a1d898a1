"""The mail room's screens over the real services on a fresh SQLite database (issue 18): printing (a private CUPS
server, a PDF file, Cancel, the QtPdf fallback), the scan field fed as a barcode scanner feeds it, returns, the
deposit list, the tracking import, and the supervisors' appeal deadlines. What a click did is read back from the
database; ``sql_threads`` proves the screens never send SQL from the GUI thread."""

from __future__ import annotations

import os
import signal
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from casework_data import approved_order, issued_decision, status_of
from cups_server import CupsServer
from gui_fakes import GUI_THREAD, session_for, sql_threads
from mailroom_data import (
    DOMESTIC_ITEM,
    OTHER_DOMESTIC_ITEM,
    S10_ITEM,
    decision_ready_abroad,
    decisions_shipped,
    delivered,
    hearing_letter_printed,
    original_pages,
    ready_to_ship,
    reference_of,
    shipments_of,
    shipped_registered,
    waiting_to_print,
)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from screen_steps import OpenWindow, actions_in_f1, cell, column_texts, row_count, row_texts, show_screen
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from ocpm_desk.features.mailroom.api import PrintDestination, PrinterChoice
from ocpm_desk.gui.background import wait_for_background
from ocpm_desk.gui.mailroom.deadlines import DeadlinesScreen
from ocpm_desk.gui.mailroom.deposit import DepositListDialog
from ocpm_desk.gui.mailroom.destination import PrintDestinationDialog
from ocpm_desk.gui.mailroom.printing import PrintQueueScreen
from ocpm_desk.gui.mailroom.returns import ReturnDialog
from ocpm_desk.gui.mailroom.shipping import ShippingScreen
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.infrastructure.db.models import DepositList
from ocpm_desk.infrastructure.printing import count_pages
from ocpm_desk.kernel.clock import FixedClock
from ocpm_desk.kernel.lifecycle import Status

pytestmark = pytest.mark.gui



@pytest.fixture
def no_cups(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A workstation whose print system (CUPS) does not answer: no printer is listed, a CUPS job is refused."""
    monkeypatch.setenv("CUPS_SERVER", str(tmp_path / "no-cups.sock"))


def print_screen(qtbot: QtBot, window: MainWindow) -> PrintQueueScreen:
    return show_screen(qtbot, window, "to_print", PrintQueueScreen, lambda s: not s.busy)


def ship_screen(qtbot: QtBot, window: MainWindow) -> ShippingScreen:
    return show_screen(qtbot, window, "to_ship", ShippingScreen)


def scan(qtbot: QtBot, screen: ShippingScreen, code: str) -> None:
    """What a keyboard-wedge scanner does: the characters, then Enter."""
    if code:
        qtbot.keyClicks(screen.scan_field, code)
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Return)


def wait_idle(qtbot: QtBot, screen: ShippingScreen) -> None:
    qtbot.waitUntil(lambda: screen.idle)


def open_print_dialog(qtbot: QtBot, screen: PrintQueueScreen) -> PrintDestinationDialog:
    screen.print_action.trigger()
    qtbot.waitUntil(lambda: screen.dialog is not None)
    assert screen.dialog is not None
    return screen.dialog


def keys_of(screen: PrintQueueScreen, *order_ids: int) -> list[str]:
    return [item.key for item in screen.items if item.order_id in order_ids]


# ---- who sees what, keyboard and accessibility ---------------------------------------------------------------------


def test_the_mail_room_screens_by_role_each_action_with_a_shortcut_in_f1_and_an_accessible_button(
    qtbot: QtBot, open_window: OpenWindow, sqlite_engine: Engine
) -> None:
    supervisor = open_window(session_for(sqlite_engine, "mrochat")).screen_keys()
    assert "appeal_deadlines" in supervisor and "to_print" not in supervisor
    assert "appeal_deadlines" not in open_window(session_for(sqlite_engine, "cdubois")).screen_keys()
    window = open_window(session_for(sqlite_engine, "nfavre"))
    assert window.screen_keys() == ["overview", "to_print", "to_ship"]
    for key in ("to_print", "to_ship"):
        screen = actions_in_f1(qtbot, window, key)
        for action in screen.screen_actions():
            button = screen.findChild(type(screen.refresh_button), f"{action.objectName()}Button")
            assert button is not None and button.accessibleName()
    shipping = window.screen_by_key("to_ship")
    assert isinstance(shipping, ShippingScreen) and shipping.scan_field.accessibleName()


# ---- « À imprimer » ------------------------------------------------------------------------------------------------


def test_the_print_queue_lists_the_originals_and_previews_the_selection_marking_nothing(
    qtbot: QtBot, open_window: OpenWindow, sqlite_engine: Engine, today: FixedClock
) -> None:
    queue = waiting_to_print(sqlite_engine, today)
    references = [reference_of(sqlite_engine, order_id) for order_id in queue]
    pages = sum(original_pages(sqlite_engine, order_id) for order_id in queue)
    session = session_for(sqlite_engine, "nfavre")
    threads = sql_threads(sqlite_engine)
    screen = print_screen(qtbot, open_window(session))
    rows = [row_texts(screen.table, r) for r in range(row_count(screen.table))]
    assert rows == [
        [references[0], "Attestation", "Anne Dupont", "1201 Genève", "Courrier B", "non"],
        [references[1], "Décision", "Anne Martin", "1201 Genève", "Recommandé", "oui"],
        [references[2], "Lettre d'intention", "Anne Martin", "1201 Genève", "Recommandé", "oui"],
    ]  # the oldest original first; decisions and hearing letters always go registered
    assert not screen.print_action.isEnabled()
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert screen.selected_keys() == [item.key for item in screen.items]
    assert [item.order_id for item in screen.items] == list(queue)
    assert screen.print_action.isEnabled()
    screen.preview_action.trigger()
    qtbot.waitUntil(lambda: screen.preview.loads >= 1)
    assert screen.preview.page_count == pages  # the three originals merged, as they will print
    assert GUI_THREAD not in threads
    # a preview marks nothing
    assert [status_of(sqlite_engine, order_id) for order_id in queue] == [Status.APPROVED, Status.REFUSED,
                                                                          Status.ON_HOLD]  # fmt: skip
    assert not hearing_letter_printed(sqlite_engine, queue.hearing)


def test_print_to_a_cups_printer_marks_the_batch_and_reads_the_list_again(
    qtbot: QtBot, open_window: OpenWindow, sqlite_engine: Engine, today: FixedClock, cups_server: CupsServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CUPS_SERVER", cups_server.server)
    queue = waiting_to_print(sqlite_engine, today)
    references = [reference_of(sqlite_engine, order_id) for order_id in queue]
    session = session_for(sqlite_engine, "nfavre")
    threads = sql_threads(sqlite_engine)
    screen = print_screen(qtbot, open_window(session))
    screen.select_all()
    dialog = open_print_dialog(qtbot, screen)
    assert dialog.kind == "cups"  # the private server's printer, the only one accepting jobs: preselected
    assert dialog.printer_list.currentItem().data(Qt.ItemDataRole.UserRole) == cups_server.printer
    dialog.copies_spin.setValue(2)
    dialog.confirm()
    qtbot.waitUntil(lambda: screen.outcome is not None and screen.settled, timeout=20_000)
    outcome = screen.outcome
    assert outcome is not None and outcome.job_id.startswith(f"{cups_server.printer}-")
    assert outcome.destination == cups_server.printer and outcome.documents == 3
    assert outcome.job_id in screen.message and screen.message_label.property("kind") == "ok"
    said = screen.message.replace("\u00a0", " ")
    assert f"Désormais prêtes à expédier : {references[0]}, {references[1]}." in said
    assert f"Lettres d'intention marquées imprimées : {references[2]}." in said
    assert row_count(screen.table) == 0  # the list was read again
    assert GUI_THREAD not in threads
    assert outcome.job_id in cups_server.run("lpstat", "-W", "all", "-o", cups_server.printer).stdout
    assert [status_of(sqlite_engine, order_id) for order_id in queue] == [Status.READY_TO_SHIP,
                                                                          Status.READY_TO_SHIP, Status.ON_HOLD]
    assert hearing_letter_printed(sqlite_engine, queue.hearing)  # a hearing letter does not move its order


def test_cancel_stops_waiting_and_says_a_handed_over_job_cannot_be_recalled(
    qtbot: QtBot, open_window: OpenWindow, sqlite_engine: Engine, today: FixedClock, cups_server: CupsServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CUPS_SERVER", cups_server.server)
    order_id = approved_order(sqlite_engine)
    screen = print_screen(qtbot, open_window(session_for(sqlite_engine, "nfavre")))
    screen.select_all()
    dialog = open_print_dialog(qtbot, screen)
    os.kill(cups_server.process.pid, signal.SIGSTOP)  # the print system stops answering
    try:
        dialog.confirm()
        qtbot.waitUntil(lambda: screen.progress is not None and screen.busy)
        assert screen.progress is not None and "ne peut pas être rappelé" in screen.progress.labelText()
        screen.cancel_printing()
        assert not screen.busy and screen.progress is None
        assert "ne peut pas être rappelé" in screen.message and screen.message_label.property("kind") == "error"
        assert status_of(sqlite_engine, order_id) is Status.APPROVED  # nothing marked while it has not accepted
    finally:
        os.kill(cups_server.process.pid, signal.SIGCONT)
    # it accepts the job after all: the services mark the order, but the screen no longer waits for the result
    qtbot.waitUntil(lambda: status_of(sqlite_engine, order_id) is Status.READY_TO_SHIP, timeout=20_000)
    assert wait_for_background(10_000)
    QCoreApplication.processEvents()
    assert screen.outcome is None


def test_print_to_a_pdf_file_goes_through_the_save_dialog_and_the_order_is_then_scannable(
    qtbot: QtBot, open_window: OpenWindow, sqlite_engine: Engine, today: FixedClock, no_cups: None, tmp_path: Path
) -> None:
    chosen = approved_order(sqlite_engine)
    today.advance(minutes=1)
    other = approved_order(sqlite_engine)
    reference = reference_of(sqlite_engine, chosen)
    window = open_window(session_for(sqlite_engine, "nfavre"))
    screen = print_screen(qtbot, window)
    screen.select_keys(keys_of(screen, chosen))
    dialog = open_print_dialog(qtbot, screen)
    assert dialog.kind == "qt" and not dialog.printer_list.isVisible()  # no CUPS: this computer's printers
    target = tmp_path / "lot"
    dialog.ask_file = lambda: str(target)  # type: ignore[method-assign]
    dialog.browse()
    assert dialog.kind == "file"
    dialog.confirm()
    qtbot.waitUntil(lambda: screen.outcome is not None and screen.settled)
    assert screen.outcome is not None and screen.outcome.job_id == "lot.pdf"  # ".pdf" added to the name chosen
    assert count_pages((tmp_path / "lot.pdf").read_bytes()) == original_pages(sqlite_engine, chosen)
    assert [item.order_id for item in screen.items] == [other]
    assert status_of(sqlite_engine, chosen) is Status.READY_TO_SHIP
    assert status_of(sqlite_engine, other) is Status.APPROVED

    shipping = ship_screen(qtbot, window)  # printed, it is scannable: B mail ships on Enter
    scan(qtbot, shipping, reference)
    scan(qtbot, shipping, "")
    wait_idle(qtbot, shipping)
    assert status_of(sqlite_engine, chosen) is Status.SHIPPED
    assert [s.item_number for s in shipments_of(sqlite_engine, chosen)] == [None]


def test_the_destination_dialog_preselects_the_default_printer_and_asks_for_a_file(qtbot: QtBot) -> None:
    dialog = PrintDestinationDialog(3, [PrinterChoice("etage2-kyocera", False, True),
                                        PrinterChoice("courrier-hp", True, True),
                                        PrinterChoice("ancienne-lexmark", False, False)])  # fmt: skip
    qtbot.addWidget(dialog)
    assert dialog.kind == "cups"
    assert dialog.printer_list.currentItem().data(Qt.ItemDataRole.UserRole) == "courrier-hp"
    stopped = dialog.printer_list.item(2)
    assert not stopped.flags() & Qt.ItemFlag.ItemIsEnabled and "n'accepte pas" in stopped.text()
    dialog.file_radio.setChecked(True)
    fired: list[bool] = []
    dialog.submitted.connect(lambda: fired.append(True))
    dialog.confirm()
    assert not fired and "fichier" in dialog.message_label.text().lower()
    without_cups = PrintDestinationDialog(2, [])
    qtbot.addWidget(without_cups)
    assert without_cups.kind == "qt"  # no CUPS: the printer of this computer through Qt


def test_without_cups_a_printer_job_is_refused_plainly_and_the_qt_fallback_rasterises_and_marks_printed(
    qtbot: QtBot, open_window: OpenWindow, sqlite_engine: Engine, today: FixedClock, no_cups: None, tmp_path: Path
) -> None:
    attestation = approved_order(sqlite_engine)
    today.advance(minutes=1)
    decision, _decision_id = issued_decision(sqlite_engine)
    pages = original_pages(sqlite_engine, attestation) + original_pages(sqlite_engine, decision)
    screen = print_screen(qtbot, open_window(session_for(sqlite_engine, "nfavre")))
    screen.select_all()
    screen.print_batch(screen.selected_keys(), PrintDestination("cups", "ancienne-lexmark"))
    qtbot.waitUntil(lambda: not screen.busy)
    assert "n'a pas abouti" in screen.message and "ancienne-lexmark" in screen.message
    assert row_count(screen.table) == 2 and screen.outcome is None
    assert status_of(sqlite_engine, attestation) is Status.APPROVED  # nothing was marked printed

    output = tmp_path / "qt.pdf"

    def choose() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return printer

    screen.choose_qt_printer = choose  # type: ignore[method-assign]
    screen.select_all()
    dialog = open_print_dialog(qtbot, screen)
    assert dialog.kind == "qt" and not dialog.printer_list.isVisible()
    dialog.confirm()
    qtbot.waitUntil(lambda: screen.outcome is not None and screen.settled)
    assert screen.outcome is not None and screen.outcome.job_id.startswith("qt-")
    assert screen.outcome.destination == str(output)
    assert count_pages(output.read_bytes()) == pages  # every page rasterised onto the printer
    assert status_of(sqlite_engine, attestation) is Status.READY_TO_SHIP
    assert status_of(sqlite_engine, decision) is Status.READY_TO_SHIP


# ---- « À expédier » ------------------------------------------------------------------------------------------------


def test_a_registered_order_ships_with_a_valid_unused_item_number_only(
    qtbot: QtBot, open_window: OpenWindow, sqlite_engine: Engine, today: FixedClock
) -> None:
    shipped_registered(sqlite_engine, OTHER_DOMESTIC_ITEM)
    order_id = ready_to_ship(sqlite_engine, "R")
    reference = reference_of(sqlite_engine, order_id)
    session = session_for(sqlite_engine, "nfavre")
    threads = sql_threads(sqlite_engine)
    screen = ship_screen(qtbot, open_window(session))
    assert screen.scan_field.hasFocus()
    scan(qtbot, screen, "ED-2026-00000999")
    wait_idle(qtbot, screen)
    assert "n'a pas abouti" in screen.message and screen.current is None  # no such order

    scan(qtbot, screen, reference)
    wait_idle(qtbot, screen)
    assert screen.current is not None and screen.current.needs_item_number
    assert screen.item_labels["postage"].text() == "CHF 6.20"
    assert "Rue de Lausanne 12" in screen.item_labels["address"].text()
    scan(qtbot, screen, "RR123456780CH")  # not a domestic number (nor a valid S10: wrong check digit)
    wait_idle(qtbot, screen)
    assert "n'a pas abouti" in screen.message and "RR123456780CH" in screen.message
    assert screen.scan_field.text() == "" and screen.scan_field.hasFocus()
    assert screen.current is not None  # still waiting for a good item number
    scan(qtbot, screen, OTHER_DOMESTIC_ITEM)  # used already
    wait_idle(qtbot, screen)
    assert "déjà" in screen.message and row_count(screen.table) == 0
    assert GUI_THREAD not in threads
    assert shipments_of(sqlite_engine, order_id) == [] and status_of(sqlite_engine, order_id) is Status.READY_TO_SHIP
    threads.clear()

    scan(qtbot, screen, DOMESTIC_ITEM)
    wait_idle(qtbot, screen)
    assert column_texts(screen.table, 4) == [DOMESTIC_ITEM]
    assert screen.current is None and screen.scan_field.text() == "" and screen.scan_field.hasFocus()
    assert GUI_THREAD not in threads
    assert [(s.item_number, s.status) for s in shipments_of(sqlite_engine, order_id)] == [(DOMESTIC_ITEM, "shipped")]
    assert status_of(sqlite_engine, order_id) is Status.SHIPPED


def test_an_unregistered_order_ships_on_enter_or_on_the_next_scan(
    qtbot: QtBot, open_window: OpenWindow, sqlite_engine: Engine, today: FixedClock
) -> None:
    first, second = ready_to_ship(sqlite_engine), ready_to_ship(sqlite_engine)
    abroad = decision_ready_abroad(sqlite_engine)
    refs = {order_id: reference_of(sqlite_engine, order_id) for order_id in (first, second, abroad)}
    screen = ship_screen(qtbot, open_window(session_for(sqlite_engine, "nfavre")))
    scan(qtbot, screen, refs[first])
    scan(qtbot, screen, "")  # typed faster than the database answers: queued
    wait_idle(qtbot, screen)
    assert status_of(sqlite_engine, first) is Status.SHIPPED
    scan(qtbot, screen, refs[second])
    wait_idle(qtbot, screen)
    assert screen.item_labels["registered"].text() == "non"
    scan(qtbot, screen, refs[abroad])  # the next order's scan ships the one shown
    wait_idle(qtbot, screen)
    assert status_of(sqlite_engine, second) is Status.SHIPPED
    assert screen.current is not None and screen.current.reference == refs[abroad]
    assert screen.current.international and screen.current.needs_item_number
    scan(qtbot, screen, S10_ITEM)
    wait_idle(qtbot, screen)
    assert column_texts(screen.table, 1) == [refs[abroad], refs[second], refs[first]]
    assert [s.item_number for s in shipments_of(sqlite_engine, abroad)] == [S10_ITEM]
    assert [s.item_number for o in (first, second) for s in shipments_of(sqlite_engine, o)] == [None, None]
    assert status_of(sqlite_engine, abroad) is Status.SHIPPED


@dataclass
class Shipped:
    """An order shipped registered today with ``DOMESTIC_ITEM``; Nadia Favre's « À expédier », and the threads that
    send SQL from the moment it opens (``sql_threads``)."""

    order_id: int
    screen: ShippingScreen
    threads: set[int | None]


@pytest.fixture
def shipped(qtbot: QtBot, open_window: OpenWindow, sqlite_engine: Engine, today: FixedClock) -> Shipped:
    order_id = shipped_registered(sqlite_engine, DOMESTIC_ITEM)
    session = session_for(sqlite_engine, "nfavre")
    threads = sql_threads(sqlite_engine)
    return Shipped(order_id, ship_screen(qtbot, open_window(session)), threads)


def test_a_return_is_recorded_with_its_reason(qtbot: QtBot, sqlite_engine: Engine, shipped: Shipped) -> None:
    order_id, screen, threads = shipped.order_id, shipped.screen, shipped.threads
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert screen.mode == "return"
    scan(qtbot, screen, DOMESTIC_ITEM)
    dialog = screen.dialog
    assert isinstance(dialog, ReturnDialog)
    dialog.set_reason("other")
    dialog.confirm()
    assert "note" in dialog.message_label.text().lower()  # refused in the dialog: nothing sent
    assert GUI_THREAD not in threads
    assert [s.status for s in shipments_of(sqlite_engine, order_id)] == ["shipped"]
    threads.clear()
    dialog.set_reason("not_collected")
    dialog.confirm()
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert "Non réclamé" in cell(screen.table, 0, 5)
    assert GUI_THREAD not in threads
    assert [(s.status, s.return_reason) for s in shipments_of(sqlite_engine, order_id)] == [("returned",
                                                                                             "not_collected")]
    assert status_of(sqlite_engine, order_id) is Status.RETURNED  # back to its caseworker
    # the return recorded, the screen ships again (issue 19): the next scan is not another return
    assert screen.mode == "ship" and not screen.return_action.isChecked()
    assert "retour à l'expédition" in screen.message


def test_escape_and_a_change_of_mode_clear_the_message(qtbot: QtBot, sqlite_engine: Engine, shipped: Shipped
                                                       ) -> None:
    screen = shipped.screen
    scan(qtbot, screen, "ED-2026-00000999")
    wait_idle(qtbot, screen)
    assert "n'a pas abouti" in screen.message and screen.message_label.isVisible()
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Escape)
    assert screen.message == "" and not screen.message_label.isVisible() and screen.scan_field.hasFocus()

    scan(qtbot, screen, "ED-2026-00000999")
    wait_idle(qtbot, screen)
    assert "n'a pas abouti" in screen.message
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # return mode
    assert screen.mode == "return" and screen.message == ""
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # and back
    assert screen.mode == "ship" and screen.message == ""
    assert [s.status for s in shipments_of(sqlite_engine, shipped.order_id)] == ["shipped"]  # nothing changed


def test_the_deposit_list_of_the_day_opens_as_pdf_and_the_tracking_import_delivers(
    qtbot: QtBot, sqlite_engine: Engine, today: FixedClock, tmp_path: Path, shipped: Shipped
) -> None:
    order_id, screen, threads = shipped.order_id, shipped.screen, shipped.threads
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(screen, "deposit_dialog", None) is not None)
    dialog = screen.deposit_dialog
    assert isinstance(dialog, DepositListDialog) and dialog.view.items == 1
    qtbot.waitUntil(lambda: dialog.preview.loads >= 1)
    target = tmp_path / "depot.pdf"
    dialog.ask_path = lambda: str(target)  # type: ignore[method-assign]
    dialog.save()
    assert target.read_bytes() == dialog.data and target.read_bytes().startswith(b"%PDF")
    dialog.close()

    csv = tmp_path / "suivi.csv"
    csv.write_text(f"{DOMESTIC_ITEM},delivered,{today.today().isoformat()}\n98.40.999999.99999999,delivered,"
                   f"{today.today().isoformat()}\n", encoding="utf-8")  # fmt: skip
    screen.ask_tracking_file = lambda: str(csv)  # type: ignore[method-assign]
    screen.import_action.trigger()
    qtbot.waitUntil(lambda: screen.tracking is not None)
    assert screen.tracking is not None and screen.tracking.delivered == 1
    assert "98.40.999999.99999999" in screen.message and screen.message_label.property("kind") == "error"
    assert GUI_THREAD not in threads
    with Session(sqlite_engine) as s:
        (stored,) = s.scalars(select(DepositList))
        assert stored.day == today.today() and stored.pdf == dialog.data
    (shipment,) = shipments_of(sqlite_engine, order_id)
    assert shipment.deposit_list_id == stored.id and shipment.status == "delivered"
    assert status_of(sqlite_engine, order_id) is Status.DELIVERED


# ---- « Délais de recours » -----------------------------------------------------------------------------------------


def test_the_deadlines_are_listed_by_date_with_their_state_and_follow_deliveries(
    qtbot: QtBot, open_window: OpenWindow, sqlite_engine: Engine, today: FixedClock
) -> None:
    running, over, waiting = decisions_shipped(sqlite_engine, 3)  # shipped on 26.11.2026, not delivered yet
    delivered(sqlite_engine, today, "98.40.000000.00000002", date(2026, 11, 27))  # `over`
    delivered(sqlite_engine, today, "98.40.000000.00000001", date(2027, 1, 20))  # `running`
    today.set(date(2027, 2, 15))
    session = session_for(sqlite_engine, "mrochat")
    threads = sql_threads(sqlite_engine)
    window = open_window(session)
    window.show_screen("appeal_deadlines")
    screen = window.screen_by_key("appeal_deadlines")
    assert isinstance(screen, DeadlinesScreen)
    qtbot.waitUntil(lambda: screen.settled)
    assert column_texts(screen.table, 0) == [over.number, running.number, waiting.number]
    assert row_texts(screen.table, 1)[2:5] == ["26.11.2026", "20.01.2027", "19.02.2027"]
    assert screen.state_texts() == ["Échu", "En cours — 4 jours restants", "Non notifiée"]
    assert GUI_THREAD not in threads

    delivered(sqlite_engine, today, "98.40.000000.00000003", date(2027, 2, 15))  # the live updates say so
    window.orders_changed()
    qtbot.waitUntil(lambda: screen.settled and screen.state_texts()[-1] != "Non notifiée")
    assert screen.state_texts() == ["Échu", "En cours — 4 jours restants", "En cours — 30 jours restants"]
