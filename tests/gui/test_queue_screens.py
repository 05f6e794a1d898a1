"""The four queue screens against the fake session: rows, claiming, bulk results, roles, search, never freezing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from gui_fakes import GUI_THREAD, FakeSession, session_for
from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ocpm_desk.features.casework.api import Queue, QueueSpec, SortKey
from ocpm_desk.gui.casework.dialogs import AssignDialog
from ocpm_desk.gui.casework.queue_model import REFERENCE
from ocpm_desk.gui.casework.queues import QueueScreen
from ocpm_desk.gui.help import ShortcutsDialog
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.gui.screen import ScreenState
from ocpm_desk.kernel.calendar import GENEVA, DeliveryClock
from ocpm_desk.kernel.errors import ConnectionFailed, StaleVersion
from ocpm_desk.kernel.lifecycle import Status

pytestmark = pytest.mark.gui

OpenWindow = Callable[..., MainWindow]


def open_queue(qtbot: QtBot, window: MainWindow, key: str) -> QueueScreen:
    window.show_screen(key)
    screen = window.screen_by_key(key)
    assert isinstance(screen, QueueScreen)
    qtbot.waitUntil(lambda: screen.settled)
    qtbot.waitUntil(lambda: not screen.model.loading)
    return screen


def references(screen: QueueScreen) -> list[str]:
    model = screen.model
    return [model.data(model.index(r, REFERENCE)) for r in range(model.rowCount())]


def select(screen: QueueScreen, *rows: int) -> None:
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        screen.view.selectionModel().select(screen.model.index(row, 0), flags)


@pytest.mark.parametrize(
    ("key", "title", "count"),
    [("to_process", "À traiter", 30), ("mine", "Mes dossiers", 5), ("on_hold", "En attente", 2),
     ("all", "Toutes les commandes", 45)],
)  # fmt: skip
def test_each_queue_shows_its_rows_from_the_session(
    qtbot: QtBot, open_window: OpenWindow, key: str, title: str, count: int
) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    screen = open_queue(qtbot, window, key)
    assert screen.state is ScreenState.READY
    assert screen.title() == title
    assert screen.model.rowCount() == count
    assert screen.count_label.text() == f"{count} commandes"
    assert all(text != "…" for text in references(screen))
    assert GUI_THREAD not in session.thread_of("queue_page") + session.thread_of("queue_count")


def test_the_work_queues_show_the_oldest_payment_first(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("cdubois")
    screen = open_queue(qtbot, window, "to_process")
    assert references(screen)[:2] == ["ED-2026-00000001", "ED-2026-00000002"]
    assert screen.model.data(screen.model.index(0, 5)) == "Payée"


def test_claim_next_moves_the_oldest_order_to_my_orders_and_opens_it(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    to_process = open_queue(qtbot, window, "to_process")
    assert to_process.action_buttons[0].text() == "Prendre la &suivante"
    to_process.claim_next_action.trigger()
    # the order taken opens at once, over the queue
    qtbot.waitUntil(lambda: window.order_screen is not None and window.order_screen.settled
                    and window.order_screen.reference == "ED-2026-00000001")  # fmt: skip
    assert window.stack.currentWidget() is window.order_screen
    window.back_to_list()
    assert window.current_key() == "to_process"
    qtbot.waitUntil(lambda: to_process.model.rowCount() == 29)
    # a refresh keeps the old rows on screen until the visible pages come back: wait for them
    qtbot.waitUntil(lambda: not to_process.model.loading and "ED-2026-00000001" not in references(to_process))
    assert to_process.message_label.text() == "Commande ED-2026-00000001 prise\u00a0: elle est dans Mes dossiers."
    mine = open_queue(qtbot, window, "mine")
    qtbot.waitUntil(lambda: mine.model.rowCount() == 6 and not mine.model.loading)
    assert "ED-2026-00000001" in references(mine)
    assert GUI_THREAD not in session.thread_of("claim_next")


def test_claim_next_with_nothing_waiting_says_so(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    session.queue_rows = [r for r in session.queue_rows if r.status is not Status.PAID]
    window = open_window(session)
    screen = open_queue(qtbot, window, "mine")
    screen.claim_next_action.trigger()
    qtbot.waitUntil(lambda: not screen.busy)
    assert screen.message_label.text() == "Aucune commande payée n'attend\u00a0: rien à prendre."


def test_bulk_claim_reports_a_result_per_order(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    screen = open_queue(qtbot, window, "to_process")
    row_a, row_b, row_c = (screen.model.row_at(r) for r in (0, 1, 2))
    assert row_a and row_b and row_c
    session.claim_errors[row_b.id] = StaleVersion(row_b.reference, "jmeyer", None)
    session.claim_errors[row_c.id] = ConnectionFailed("timeout")
    select(screen, 0, 1, 2)
    assert screen.claim_action.isEnabled()
    screen.claim_action.trigger()
    qtbot.waitUntil(lambda: screen.result_dialog is not None)
    assert screen.last_outcomes == [
        (row_a.reference, "pris"),
        (row_b.reference, "déjà pris par jmeyer (modifié entre-temps)"),
        (row_c.reference, "La démarche n'a pas abouti\u00a0: la base de données est injoignable. "
                          "Vérifiez la connexion et réessayez."),
    ]  # fmt: skip
    dialog = screen.result_dialog
    assert dialog is not None
    assert dialog.text() == "1 commande(s) sur 3 traitée(s)."
    assert "déjà pris par jmeyer" in dialog.informativeText()
    assert [name for name, _ in session.calls].count("claim") == 3
    assert GUI_THREAD not in session.thread_of("claim")
    dialog.close()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 29 and not screen.model.loading)


def test_claiming_an_order_not_paid_any_more_is_not_allowed(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    screen = open_queue(qtbot, window, "all")
    approved = next(r for r in range(screen.model.rowCount()) if screen.model.row_at(r).status is Status.APPROVED)  # type: ignore[union-attr]
    select(screen, approved)
    screen.claim_selected()
    qtbot.waitUntil(lambda: screen.result_dialog is not None)
    assert screen.last_outcomes[0][1] == "non autorisé\u00a0: la commande est «\u00a0Approuvée\u00a0»"
    screen.result_dialog.close()  # type: ignore[union-attr]


def test_release_gives_my_orders_back(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    screen = open_queue(qtbot, window, "mine")
    select(screen, 0)
    screen.release_action.trigger()
    qtbot.waitUntil(lambda: screen.result_dialog is not None)
    assert screen.last_outcomes[0][1] == "libéré"
    qtbot.waitUntil(lambda: screen.model.rowCount() == 4 and not screen.model.loading)
    screen.result_dialog.close()  # type: ignore[union-attr]


def test_an_auditor_sees_the_queues_without_any_action(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("smuller")
    for key in ("to_process", "mine", "on_hold", "all"):
        screen = open_queue(qtbot, window, key)
        assert screen.screen_actions() == []
        assert screen.action_buttons == []
        assert screen.state in (ScreenState.READY, ScreenState.EMPTY)


def test_the_actions_and_their_shortcuts_are_in_the_f1_list(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("cdubois")
    open_queue(qtbot, window, "to_process")
    listed = dict(ShortcutsDialog(window.shortcut_actions(), window).shortcuts())
    assert listed["Prendre la suivante"] == "Ctrl+Maj+N"
    assert listed["Prendre"] == "Ctrl+Maj+C"
    open_queue(qtbot, window, "mine")
    listed = dict(ShortcutsDialog(window.shortcut_actions(), window).shortcuts())
    assert listed["Libérer"] == "Ctrl+Maj+R" and "Prendre" not in listed


def test_the_search_builds_the_queue_spec(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    screen = open_queue(qtbot, window, "all")
    qtbot.waitUntil(lambda: screen.service_combo.count() > 1)
    screen.search_edit.setText(" Martin ")
    screen.service_combo.setCurrentIndex(screen.service_combo.findData("ATT-RES"))
    screen.status_combo.setCurrentIndex(screen.status_combo.findData(Status.IN_REVIEW.value))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    screen.search_edit.setFocus()
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.settled and session.queue_specs[-1].search == "Martin")
    assert session.queue_specs[-1] == QueueSpec(Queue.ALL, search="Martin", service_codes=("ATT-RES",),
                                                statuses=(Status.IN_REVIEW,), sort=SortKey.ORDERED_AT,
                                                descending=True)  # fmt: skip
    qtbot.waitUntil(lambda: not screen.model.loading)
    assert [screen.model.row_at(r).applicant.split(",")[0] for r in range(screen.model.rowCount())] == [  # type: ignore[union-attr]
        "Martin"] * screen.model.rowCount()  # fmt: skip


def test_a_search_without_result_says_so(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("cdubois")
    screen = open_queue(qtbot, window, "all")
    screen.search_edit.setText("Zzz")
    screen.search()
    qtbot.waitUntil(lambda: screen.state is ScreenState.EMPTY)
    assert screen.state_pane.title == "Aucune commande ne correspond"
    assert screen.filters is not None and screen.filters.isVisible()


def test_clicking_the_reference_header_sorts_by_reference(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    screen = open_queue(qtbot, window, "to_process")
    screen.view.horizontalHeader().sectionClicked.emit(REFERENCE)
    qtbot.waitUntil(lambda: session.queue_specs[-1].sort is SortKey.REFERENCE)
    screen.view.horizontalHeader().sectionClicked.emit(REFERENCE)
    qtbot.waitUntil(lambda: session.queue_specs[-1].descending)
    qtbot.waitUntil(lambda: screen.model.count_known and not screen.model.loading)
    assert references(screen)[0] == "ED-2026-00000030"
    screen.view.horizontalHeader().sectionClicked.emit(2)  # applicant: not sortable, the indicator stays
    assert screen.view.horizontalHeader().sortIndicatorSection() == REFERENCE


def test_polling_keeps_the_selection_and_sees_new_orders(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    screen = open_queue(qtbot, window, "to_process")
    select(screen, 3)
    session.queue_rows.append(session.queue_rows[0].__class__(
        99, "ED-2026-00000099", "ATT-RES", "Neuf, Jean", session.queue_rows[0].paid_at.replace(year=2027),  # type: ignore[union-attr]
        session.queue_rows[0].ordered_at, 0, session.queue_rows[0].clock, Status.PAID, None, 1, None))  # fmt: skip
    screen.poll()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 31 and not screen.model.loading)
    assert [i.row() for i in screen.view.selectionModel().selectedRows()] == [3]
    assert screen.count_label.text() == "31 commandes"


def test_the_event_loop_turns_while_a_slow_page_loads(qtbot: QtBot, open_window: OpenWindow) -> None:
    session: FakeSession = session_for("cdubois")
    session.page_delay_s = 0.5
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    window = open_window(session)  # a caseworker lands on « À traiter »: its first page takes 0.5 s
    screen = window.screen_by_key("to_process")
    assert window.current_screen() is screen
    qtbot.waitUntil(lambda: len(session.thread_of("queue_page")) >= 1)
    qtbot.waitUntil(lambda: screen.settled, timeout=5000)
    timer.stop()
    assert len(ticks) >= 10  # ~25 expected in 0.5 s; a frozen loop would give at most 1
    assert GUI_THREAD not in session.thread_of("queue_page")
    QApplication.processEvents()


# ---- assigning (supervisors) and the filters of "All orders" ---------------------------------------------------


def _assign_dialog(qtbot: QtBot, screen: QueueScreen) -> AssignDialog:
    qtbot.waitUntil(lambda: screen.assign_dialog is not None)
    dialog = screen.assign_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.staff_list.count() == 3)
    return dialog


def test_a_supervisor_assigns_a_selection_with_a_result_per_order(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("jmeyer")
    window = open_window(session)
    screen = open_queue(qtbot, window, "all")
    rows = {screen.model.row_at(r).id: r for r in range(screen.model.rowCount())}  # type: ignore[union-attr]
    session.assign_errors[2] = StaleVersion("ED-2026-00000002", "cdubois", None)
    select(screen, rows[1], rows[2], rows[31], rows[41])  # paid, paid (taken meanwhile), in review, approved
    assert screen.assign_action.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(screen.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = _assign_dialog(qtbot, screen)
    assert dialog.windowTitle() == "Attribuer 4 commandes"
    dialog.choose("mrochat")
    dialog.confirm()
    qtbot.waitUntil(lambda: screen.result_dialog is not None)
    outcomes = dict(screen.last_outcomes)
    assert outcomes == {
        "ED-2026-00000001": "attribué à mrochat",
        "ED-2026-00000002": "déjà pris par cdubois (modifié entre-temps)",
        "ED-2026-00000031": "attribué à mrochat",
        "ED-2026-00000041": "non autorisé\u00a0: la commande est «\u00a0Approuvée\u00a0»",
    }
    assert screen.result_dialog.text() == "2 commande(s) sur 4 traitée(s)."  # type: ignore[union-attr]
    assert sorted(args for name, args in session.action_calls if name == "assign") == [
        (1, 1, "mrochat"), (2, 1, "mrochat"), (31, 2, "mrochat"), (41, 4, "mrochat")]
    assert GUI_THREAD not in session.thread_of("assign") + session.thread_of("assignable_staff")
    screen.result_dialog.close()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not screen.model.loading)


def test_a_supervisor_reassigns_one_order_from_my_orders(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("jmeyer")
    window = open_window(session)
    screen = open_queue(qtbot, window, "mine")
    select(screen, 0)
    screen.assign_action.trigger()
    dialog = _assign_dialog(qtbot, screen)
    assert dialog.windowTitle() == "Attribuer ED-2026-00000036"
    assert dialog.staff_list.item(1).text().endswith("— attributaire actuel")
    dialog.choose("cdubois")
    qtbot.keyClick(dialog.staff_list, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.result_dialog is not None)
    assert screen.last_outcomes == [("ED-2026-00000036", "attribué à cdubois")]
    screen.result_dialog.close()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2 and not screen.model.loading)


def test_a_caseworker_has_no_assign_action(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("cdubois")
    screen = open_queue(qtbot, window, "all")
    assert screen.assign_action not in screen.screen_actions()
    assert "Attribuer" not in [button.text().replace("&", "") for button in screen.action_buttons]


def test_the_clock_and_paid_on_filters_go_to_the_queue_spec(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    screen = open_queue(qtbot, window, "all")
    assert [screen.clock_combo.itemText(i) for i in range(screen.clock_combo.count())] == [
        "Tous les délais", "Dans les délais", "À échéance", "En retard"]
    screen.clock_combo.setCurrentIndex(screen.clock_combo.findData("late"))
    screen.clock_combo.activated.emit(screen.clock_combo.currentIndex())
    qtbot.waitUntil(lambda: screen.settled and session.queue_specs[-1].clock is DeliveryClock.LATE)
    qtbot.waitUntil(lambda: not screen.model.loading)
    shown = [screen.model.row_at(r) for r in range(screen.model.rowCount())]
    assert shown and all(r is not None and r.clock is DeliveryClock.LATE and r.status in
                         (Status.PAID, Status.IN_REVIEW, Status.ON_HOLD) for r in shown)  # fmt: skip
    screen.paid_from_check.setChecked(True)
    screen.paid_from_date.setDate(QDate(2026, 1, 6))
    screen.paid_to_check.setChecked(True)
    screen.paid_to_date.setDate(QDate(2026, 1, 6))
    screen.search()
    qtbot.waitUntil(lambda: screen.settled and session.queue_specs[-1].paid_from is not None)
    spec = session.queue_specs[-1]
    assert spec.paid_from == datetime(2026, 1, 6, tzinfo=GENEVA) and spec.paid_to == datetime(2026, 1, 7, tzinfo=GENEVA)
    assert spec.clock is DeliveryClock.LATE
    qtbot.waitUntil(lambda: not screen.model.loading)
    assert {screen.model.row_at(r).paid_at.astimezone(GENEVA).date() for r in range(screen.model.rowCount())} == {  # type: ignore[union-attr]
        date(2026, 1, 6)}
