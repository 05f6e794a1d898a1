"""The four queue screens over the real services (the orders of ``add_workload``): rows, claiming, bulk results,
roles, search, never freezing. What a click changed is read back from the database."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from gui_fakes import GUI_THREAD, session_for
from ocpm_factories import add_orders
from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from screen_steps import LoggedIn, OpenWindow, show_screen
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from ocpm_desk.features.casework.api import Queue, QueueSpec, SortKey
from ocpm_desk.gui.casework.dialogs import AssignDialog
from ocpm_desk.gui.casework.queue_model import REFERENCE
from ocpm_desk.gui.casework.queues import QueueScreen
from ocpm_desk.gui.help import ShortcutsDialog
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.gui.screen import ScreenState
from ocpm_desk.infrastructure.db.models import Order
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.calendar import GENEVA, DeliveryClock
from ocpm_desk.kernel.lifecycle import Status

pytestmark = pytest.mark.gui

UNREACHABLE = (
    "La démarche n'a pas abouti\u00a0: la base de données est injoignable. Vérifiez la connexion et réessayez."
)


def open_queue(qtbot: QtBot, window: MainWindow, key: str) -> QueueScreen:
    return show_screen(qtbot, window, key, QueueScreen, lambda s: not s.model.loading)


def references(screen: QueueScreen) -> list[str]:
    model = screen.model
    return [model.data(model.index(r, REFERENCE)) for r in range(model.rowCount())]


def select_rows(screen: QueueScreen, *rows: int) -> None:
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        screen.view.selectionModel().select(screen.model.index(row, 0), flags)


def stored(engine: Engine, *order_ids: int) -> list[tuple[str, str | None, int]]:
    """(status, assignee, version) of the orders, as the database holds them."""
    with Session(engine) as s:
        orders = {o.id: o for o in s.scalars(select(Order).where(Order.id.in_(order_ids)))}
        return [(orders[i].status, orders[i].assigned_to, orders[i].version) for i in order_ids]


def ref(n: int) -> str:
    return f"ED-2026-{n:08d}"


def test_each_queue_shows_its_rows_oldest_payment_first(qtbot: QtBot, logged_in: LoggedIn, workload: Engine
                                                        ) -> None:  # fmt: skip
    session, window = logged_in("cdubois")
    for key, title, count in (("to_process", "À traiter", 30), ("mine", "Mes dossiers", 5),
                              ("on_hold", "En attente", 2), ("all", "Toutes les commandes", 45)):  # fmt: skip
        screen = open_queue(qtbot, window, key)
        assert screen.state is ScreenState.READY
        assert screen.title() == title
        assert screen.model.rowCount() == count
        assert screen.count_label.text() == f"{count} commandes"
        assert all(text != "…" for text in references(screen))
    to_process = open_queue(qtbot, window, "to_process")
    assert references(to_process)[:2] == [ref(1), ref(2)]
    assert to_process.model.data(to_process.model.index(0, 5)) == "Payée"
    assert GUI_THREAD not in session.thread_of("casework.queue_page") + session.thread_of("casework.queue_count")


def test_claim_next_moves_the_oldest_order_to_my_orders_and_opens_it(
    qtbot: QtBot, logged_in: LoggedIn, workload: Engine
) -> None:
    session, window = logged_in("cdubois")
    to_process = open_queue(qtbot, window, "to_process")
    assert to_process.action_buttons[0].text() == "Prendre la &suivante"
    to_process.claim_next_action.trigger()
    # the order taken opens at once, over the queue
    qtbot.waitUntil(lambda: window.order_screen is not None and window.order_screen.settled
                    and window.order_screen.reference == ref(1))  # fmt: skip
    assert window.stack.currentWidget() is window.order_screen
    assert stored(workload, 1)[0][:2] == ("in_review", "cdubois")
    window.back_to_list()
    assert window.current_key() == "to_process"
    qtbot.waitUntil(lambda: to_process.model.rowCount() == 29)
    # a refresh keeps the old rows on screen until the visible pages come back: wait for them
    qtbot.waitUntil(lambda: not to_process.model.loading and ref(1) not in references(to_process))
    assert to_process.message_label.text() == f"Commande {ref(1)} prise\u00a0: elle est dans Mes dossiers."
    mine = open_queue(qtbot, window, "mine")
    qtbot.waitUntil(lambda: mine.model.rowCount() == 6 and not mine.model.loading)
    assert ref(1) in references(mine)
    assert GUI_THREAD not in session.thread_of("casework.claim_next")


def test_claim_next_with_nothing_waiting_says_so(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("cdubois")  # no order at all
    screen = open_queue(qtbot, window, "mine")
    screen.claim_next_action.trigger()
    qtbot.waitUntil(lambda: not screen.busy)
    assert screen.message_label.text() == "Aucune commande payée n'attend\u00a0: rien à prendre."


def test_bulk_claim_reports_a_result_per_order(qtbot: QtBot, logged_in: LoggedIn, workload: Engine) -> None:
    session, window = logged_in("cdubois")
    screen = open_queue(qtbot, window, "to_process")
    row_a, row_b, row_c = (screen.model.row_at(r) for r in (0, 1, 2))
    assert row_a and row_b and row_c
    session_for(workload, "jmeyer").casework.claim(row_b.id, row_b.version)  # taken on another workstation
    session.fail("casework.claim", when=lambda order_id, _version: order_id == row_c.id)  # the network drops
    select_rows(screen, 0, 1, 2)
    assert screen.claim_action.isEnabled()
    screen.claim_action.trigger()
    qtbot.waitUntil(lambda: screen.result_dialog is not None)
    outcomes = screen.last_outcomes
    assert outcomes[0] == (row_a.reference, "pris") and outcomes[2] == (row_c.reference, UNREACHABLE)
    assert outcomes[1][0] == row_b.reference and outcomes[1][1].startswith("déjà pris par jmeyer (modifié")
    dialog = screen.result_dialog
    assert dialog is not None
    assert dialog.text() == "1 commande(s) sur 3 traitée(s)."
    assert "déjà pris par jmeyer" in dialog.informativeText()
    assert stored(workload, row_a.id, row_b.id, row_c.id) == [
        ("in_review", "cdubois", 2), ("in_review", "jmeyer", 2), ("paid", None, 1)]
    assert len(session.thread_of("casework.claim")) == 3
    assert GUI_THREAD not in session.thread_of("casework.claim")
    dialog.close()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 28 and not screen.model.loading)


def test_claiming_an_order_not_paid_any_more_is_not_allowed(
    qtbot: QtBot, open_window: OpenWindow, workload: Engine
) -> None:
    window = open_window("cdubois")
    screen = open_queue(qtbot, window, "all")
    approved = next(r for r in range(screen.model.rowCount()) if screen.model.row_at(r).status is Status.APPROVED)  # type: ignore[union-attr]
    order = screen.model.row_at(approved)
    assert order is not None
    select_rows(screen, approved)
    screen.claim_selected()
    qtbot.waitUntil(lambda: screen.result_dialog is not None)
    assert screen.last_outcomes[0][1] == "non autorisé\u00a0: la commande est «\u00a0Approuvée\u00a0»"
    assert stored(workload, order.id) == [("approved", None, 4)]
    screen.result_dialog.close()  # type: ignore[union-attr]


def test_release_gives_my_orders_back(qtbot: QtBot, open_window: OpenWindow, workload: Engine) -> None:
    window = open_window("cdubois")
    screen = open_queue(qtbot, window, "mine")
    order = screen.model.row_at(0)
    assert order is not None
    select_rows(screen, 0)
    screen.release_action.trigger()
    qtbot.waitUntil(lambda: screen.result_dialog is not None)
    assert screen.last_outcomes[0][1] == "libéré"
    assert stored(workload, order.id) == [("paid", None, order.version + 1)]
    qtbot.waitUntil(lambda: screen.model.rowCount() == 4 and not screen.model.loading)
    screen.result_dialog.close()  # type: ignore[union-attr]


def test_an_auditor_sees_the_queues_without_any_action(qtbot: QtBot, open_window: OpenWindow, workload: Engine
                                                       ) -> None:  # fmt: skip
    window = open_window("smuller")
    for key in ("to_process", "mine", "on_hold", "all"):
        screen = open_queue(qtbot, window, key)
        assert screen.screen_actions() == []
        assert screen.action_buttons == []
        assert screen.state is (ScreenState.EMPTY if key == "mine" else ScreenState.READY)


def test_the_actions_and_their_shortcuts_are_in_the_f1_list(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("cdubois")
    open_queue(qtbot, window, "to_process")
    listed = dict(ShortcutsDialog(window.shortcut_actions(), window).shortcuts())
    assert listed["Prendre la suivante"] == "Ctrl+Maj+N"
    assert listed["Prendre"] == "Ctrl+Maj+C"
    open_queue(qtbot, window, "mine")
    listed = dict(ShortcutsDialog(window.shortcut_actions(), window).shortcuts())
    assert listed["Libérer"] == "Ctrl+Maj+R" and "Prendre" not in listed


def test_the_search_filters_in_the_database_and_says_when_nothing_matches(
    qtbot: QtBot, open_window: OpenWindow, workload: Engine
) -> None:
    window = open_window("cdubois")
    screen = open_queue(qtbot, window, "all")
    qtbot.waitUntil(lambda: screen.service_combo.count() > 1)
    screen.search_edit.setText(" Martin ")
    screen.service_combo.setCurrentIndex(screen.service_combo.findData("ATT-RES"))
    screen.status_combo.setCurrentIndex(screen.status_combo.findData(Status.IN_REVIEW.value))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    screen.search_edit.setFocus()
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.settled and screen.model.spec.search == "Martin" and not screen.model.loading)
    assert screen.model.spec == QueueSpec(Queue.ALL, search="Martin", service_codes=("ATT-RES",),
                                          statuses=(Status.IN_REVIEW,), sort=SortKey.ORDERED_AT,
                                          descending=True)  # fmt: skip
    # Martin's orders are 31 to 35; of those, only 33 asks for ATT-RES
    assert references(screen) == [ref(33)]
    assert screen.model.row_at(0).applicant == "Martin, Jean 33"  # type: ignore[union-attr]
    screen.search_edit.setText("Zzz")
    screen.search()
    qtbot.waitUntil(lambda: screen.state is ScreenState.EMPTY)
    assert screen.state_pane.title == "Aucune commande ne correspond"
    assert screen.filters is not None and screen.filters.isVisible()


def test_clicking_the_reference_header_sorts_by_reference(qtbot: QtBot, open_window: OpenWindow, workload: Engine
                                                          ) -> None:  # fmt: skip
    window = open_window("cdubois")
    screen = open_queue(qtbot, window, "to_process")
    screen.view.horizontalHeader().sectionClicked.emit(REFERENCE)
    qtbot.waitUntil(lambda: screen.model.spec.sort is SortKey.REFERENCE)
    screen.view.horizontalHeader().sectionClicked.emit(REFERENCE)
    qtbot.waitUntil(lambda: screen.model.spec.descending)
    qtbot.waitUntil(lambda: screen.model.count_known and not screen.model.loading)
    assert references(screen)[0] == ref(30)
    screen.view.horizontalHeader().sectionClicked.emit(2)  # applicant: not sortable, the indicator stays
    assert screen.view.horizontalHeader().sortIndicatorSection() == REFERENCE


def test_polling_keeps_the_selection_and_sees_new_orders(qtbot: QtBot, open_window: OpenWindow, workload: Engine
                                                         ) -> None:  # fmt: skip
    window = open_window("cdubois")
    screen = open_queue(qtbot, window, "to_process")
    select_rows(screen, 3)
    add_orders(workload, 1, start=clock.now())  # paid just now: the last of the queue
    screen.poll()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 31 and not screen.model.loading)
    assert [i.row() for i in screen.view.selectionModel().selectedRows()] == [3]
    assert screen.count_label.text() == "31 commandes"


def test_the_event_loop_turns_while_a_slow_page_loads(qtbot: QtBot, open_window: OpenWindow, workload: Engine
                                                      ) -> None:  # fmt: skip
    session = session_for(workload, "cdubois")
    session.delays["casework.queue_page"] = 0.5
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    window = open_window(session)  # a caseworker lands on « À traiter »: its first page takes 0.5 s
    screen = window.screen_by_key("to_process")
    assert window.current_screen() is screen
    qtbot.waitUntil(lambda: len(session.thread_of("casework.queue_page")) >= 1)
    qtbot.waitUntil(lambda: screen.settled, timeout=5000)
    timer.stop()
    assert len(ticks) >= 10  # ~25 expected in 0.5 s; a frozen loop would give at most 1
    assert GUI_THREAD not in session.thread_of("casework.queue_page")
    QApplication.processEvents()


# ---- assigning (supervisors) and the filters of "All orders" ---------------------------------------------------


def _assign_dialog(qtbot: QtBot, screen: QueueScreen) -> AssignDialog:
    qtbot.waitUntil(lambda: screen.assign_dialog is not None)
    dialog = screen.assign_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.staff_list.count() == 3)  # the caseworkers and supervisors: cdubois, jmeyer, mrochat
    return dialog


def test_a_supervisor_assigns_a_selection_with_a_result_per_order(
    qtbot: QtBot, logged_in: LoggedIn, workload: Engine
) -> None:
    session, window = logged_in("jmeyer")
    screen = open_queue(qtbot, window, "all")
    rows = {screen.model.row_at(r).id: r for r in range(screen.model.rowCount())}  # type: ignore[union-attr]
    session_for(workload, "cdubois").casework.claim(2, 1)  # taken meanwhile on another workstation
    select_rows(screen, rows[1], rows[2], rows[31], rows[41])  # paid, paid (taken meanwhile), in review, approved
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
    assert outcomes[ref(2)].startswith("déjà pris par cdubois (modifié")
    assert {k: v for k, v in outcomes.items() if k != ref(2)} == {
        ref(1): "attribué à mrochat",
        ref(31): "attribué à mrochat",
        ref(41): "non autorisé\u00a0: la commande est «\u00a0Approuvée\u00a0»",
    }
    assert screen.result_dialog.text() == "2 commande(s) sur 4 traitée(s)."  # type: ignore[union-attr]
    assert [state[:2] for state in stored(workload, 1, 2, 31, 41)] == [
        ("in_review", "mrochat"), ("in_review", "cdubois"), ("in_review", "mrochat"), ("approved", None)]
    assert len(session.thread_of("casework.assign")) == 4
    assert GUI_THREAD not in session.thread_of("casework.assign") + session.thread_of("casework.assignable_staff")
    screen.result_dialog.close()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not screen.model.loading)


def test_a_supervisor_reassigns_one_order_from_my_orders(qtbot: QtBot, open_window: OpenWindow, workload: Engine
                                                         ) -> None:  # fmt: skip
    window = open_window("jmeyer")
    screen = open_queue(qtbot, window, "mine")
    select_rows(screen, 0)
    screen.assign_action.trigger()
    dialog = _assign_dialog(qtbot, screen)
    assert dialog.windowTitle() == f"Attribuer {ref(36)}"
    assert dialog.staff_list.item(1).text().endswith("— attributaire actuel")  # Julie Meyer, by name
    dialog.choose("cdubois")
    qtbot.keyClick(dialog.staff_list, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.result_dialog is not None)
    assert screen.last_outcomes == [(ref(36), "attribué à cdubois")]
    assert stored(workload, 36) == [("in_review", "cdubois", 3)]  # reassigning keeps the status
    screen.result_dialog.close()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2 and not screen.model.loading)


def test_a_caseworker_has_no_assign_action(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("cdubois")
    screen = open_queue(qtbot, window, "all")
    assert screen.assign_action not in screen.screen_actions()
    assert "Attribuer" not in [button.text().replace("&", "") for button in screen.action_buttons]


def test_the_clock_and_paid_on_filters_go_to_the_queue_spec(qtbot: QtBot, open_window: OpenWindow, workload: Engine
                                                            ) -> None:  # fmt: skip
    window = open_window("cdubois")
    screen = open_queue(qtbot, window, "all")
    assert [screen.clock_combo.itemText(i) for i in range(screen.clock_combo.count())] == [
        "Tous les délais", "Dans les délais", "À échéance", "En retard"]
    screen.clock_combo.setCurrentIndex(screen.clock_combo.findData("late"))
    screen.clock_combo.activated.emit(screen.clock_combo.currentIndex())
    qtbot.waitUntil(lambda: screen.settled and screen.model.spec.clock is DeliveryClock.LATE)
    qtbot.waitUntil(lambda: not screen.model.loading)
    shown = [screen.model.row_at(r) for r in range(screen.model.rowCount())]
    assert 0 < len(shown) < 40  # the oldest open orders only
    assert all(r is not None and r.clock is DeliveryClock.LATE and r.status in
               (Status.PAID, Status.IN_REVIEW, Status.ON_HOLD) for r in shown)  # fmt: skip
    with Session(workload) as s:
        paid_at = s.get_one(Order, 5).paid_at
    assert paid_at is not None
    day = paid_at.astimezone(GENEVA).date()  # order 5 is late
    screen.paid_from_check.setChecked(True)
    screen.paid_from_date.setDate(QDate(day.year, day.month, day.day))
    screen.paid_to_check.setChecked(True)
    screen.paid_to_date.setDate(QDate(day.year, day.month, day.day))
    screen.search()
    qtbot.waitUntil(lambda: screen.settled and screen.model.spec.paid_from is not None)
    spec = screen.model.spec
    start = datetime(day.year, day.month, day.day, tzinfo=GENEVA)
    assert spec.paid_from == start and spec.paid_to == start + timedelta(days=1)
    assert spec.clock is DeliveryClock.LATE
    qtbot.waitUntil(lambda: not screen.model.loading)
    assert references(screen) == [ref(5)]  # one order paid that day
