"""The order screen over the real services on a fresh SQLite database: opened from the queues, what it shows, every
action and its dialog, refusals of what is missing, a stale version, roles, the keyboard, and what follows the
shipping. After each action the order is read back from the database (``casework_data``)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from casework_data import (
    MANUAL,
    TODAY,
    add_manual_rule,
    approved_order,
    condition_result,
    issued_decision,
    mismatched_order,
    order_fields,
    order_in_review,
    order_on_hold,
    order_row,
    paid_order,
    shipped_order,
    status_of,
    version_of,
)
from gui_fakes import GUI_THREAD, Login, session_for
from ocpm_factories import add_orders
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from screen_steps import (
    NBSP,
    OpenWindow,
    OrderWindow,
    WatchedOrder,
    activate,
    open_order,
    opened_dialog,
    press,
    row_count,
    show_screen,
    waited_dialog,
)
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from ocpm_desk.gui.casework.dialogs import (
    ApproveDialog,
    AssignDialog,
    ConditionDialog,
    HoldDialog,
    OpenOrderDialog,
    WithdrawDialog,
)
from ocpm_desk.gui.casework.order import OrderScreen
from ocpm_desk.gui.casework.queues import QueueScreen
from ocpm_desk.gui.help import ShortcutsDialog
from ocpm_desk.gui.mailroom.dialogs import CorrectionDialog, SendAgainDialog, address_fields
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.gui.screen import ScreenState
from ocpm_desk.infrastructure.db.models import CorrectionRequest
from ocpm_desk.kernel.calendar import add_working_days, is_working_day
from ocpm_desk.kernel.errors import ConnectionFailed
from ocpm_desk.kernel.lifecycle import Status

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("today")]

SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def open_queue(qtbot: QtBot, window: MainWindow, key: str) -> QueueScreen:
    return show_screen(qtbot, window, key, QueueScreen, lambda s: not s.model.loading)


def enter_on_the_first_row(qtbot: QtBot, window: MainWindow, key: str) -> QueueScreen:
    """The queue ``key``, Enter pressed on its first row (made the current one, the view focused): the queue."""
    queue = open_queue(qtbot, window, key)
    activate(qtbot, window)
    queue.view.setFocus()
    queue.view.setCurrentIndex(queue.model.index(0, 0))
    qtbot.keyClick(queue.view, Qt.Key.Key_Return)
    return queue


def texts(widget: OrderScreen) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def visible_buttons(screen: OrderScreen) -> set[str]:
    return {b.text().replace("&", "") for b in screen.findChildren(QPushButton) if b.isVisibleTo(screen)}


def wait_idle(qtbot: QtBot, screen: OrderScreen) -> None:
    qtbot.waitUntil(lambda: not screen.busy and screen.settled)


def row_of(screen: QueueScreen, order_id: int) -> int:
    return next(r for r in range(screen.model.rowCount()) if screen.model.row_at(r).id == order_id)  # type: ignore[union-attr]


def reference(engine: Engine, order_id: int) -> str:
    return order_row(engine, order_id).reference


def cell(table: QAbstractItemView, row: int, column: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> Any:
    """What a table of the page shows in a cell (its text, or the data of ``role``)."""
    return table.model().index(row, column).data(role)


def last_history(screen: OrderScreen, *columns: int) -> list[str]:
    history = screen.page.history_table  # type: ignore[attr-defined]
    assert history is not None
    return [cell(history, row_count(history) - 1, c) for c in columns]


# ---- opening and going back ------------------------------------------------------------------------------------


def test_enter_on_a_queue_row_opens_the_order_and_escape_goes_back(
    qtbot: QtBot, open_window: OpenWindow, sqlite_engine: Engine, login: Login, mine: int
) -> None:
    order_in_review(sqlite_engine)
    session = login("cdubois")
    opened = session.watch("casework.order_detail")
    window = open_window(session)
    queue = enter_on_the_first_row(qtbot, window, "mine")
    screen = window.order_screen
    assert screen is not None
    qtbot.waitUntil(lambda: screen.settled and window.current_screen() is screen)
    assert screen.state is ScreenState.READY
    assert screen._title.text() == f"Commande {reference(sqlite_engine, mine)}"
    assert opened.threads and GUI_THREAD not in opened.threads
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.current_screen() is queue)
    assert window.current_key() == "mine"
    # Alt+Left goes back too
    queue.view.setFocus()
    qtbot.keyClick(queue.view, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: window.current_screen() is screen and screen.settled)
    qtbot.keyClick(screen, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.current_screen() is queue)


def test_a_double_click_on_a_row_opens_its_order(
    qtbot: QtBot, open_window: OpenWindow, sqlite_engine: Engine, login: Login
) -> None:
    third = add_orders(sqlite_engine, 3)[2]
    window = open_window(login("cdubois"))
    queue = open_queue(qtbot, window, "to_process")
    rect = queue.view.visualRect(queue.model.index(2, 1))
    qtbot.mouseClick(queue.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a person does
    qtbot.mouseDClick(queue.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    screen = window.order_screen
    assert screen is not None
    qtbot.waitUntil(lambda: screen.settled and screen.reference == reference(sqlite_engine, third))
    # the queue's navigation entry brings the queue back, although it is still the selected entry
    window.show_screen("to_process")
    assert window.current_screen() is queue


def test_ctrl_o_proposes_the_selected_reference_and_opens_it(
    qtbot: QtBot, open_window: OpenWindow, sqlite_engine: Engine, login: Login
) -> None:
    second = add_orders(sqlite_engine, 3)[1]
    wanted = reference(sqlite_engine, second)
    window = open_window(login("cdubois"))
    queue = open_queue(qtbot, window, "all")
    queue.view.selectRow(row_of(queue, second))
    press(qtbot, queue.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(getattr(window, "open_order_dialog", None), OpenOrderDialog))
    dialog = window.open_order_dialog
    assert dialog.reference == wanted
    dialog.reference_edit.setText("ED-2026-12")
    dialog.confirm()
    assert dialog.message_label.text() == "Saisissez une référence du type ED-2026-00000012."
    dialog.reference_edit.setText("ed-2026-00099999")
    dialog.confirm()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.message_label.text() == "Aucune commande ne porte la référence ED-2026-00099999."
    dialog.reference_edit.setText(wanted)
    press(qtbot, dialog.reference_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.order_screen is not None and window.order_screen.settled
                    and window.order_screen.reference == wanted)  # fmt: skip


# ---- what the order shows --------------------------------------------------------------------------------------


def test_the_order_shows_the_register_comparison_payment_conditions_and_history(
    qtbot: QtBot, order_window: OrderWindow, sqlite_engine: Engine, login: Login
) -> None:
    add_manual_rule(sqlite_engine)
    mine = mismatched_order(sqlite_engine)  # applicant Anne Martin, whom the register knows as Martinet
    _window, screen = order_window(login("cdubois"), mine)
    table = screen.page.person_tables["applicant"]  # type: ignore[attr-defined]
    rows = {cell(table, r, 0): [cell(table, r, c) for c in range(1, 4)] for r in range(row_count(table))}
    assert rows["Nom"] == ["Martin", "Martinet", "≠ différent"]
    assert rows["Date de naissance"] == ["29.02.1980", "29.02.1980", "= identique"]
    assert cell(table, 1, 3, Qt.ItemDataRole.BackgroundRole).color().name() == "#fbe9e9"  # and the words beside it
    shown = texts(screen)
    assert "Demandeur, qui est aussi la personne concernée" in shown
    assert "CHF 25.00" in shown and "VISA" in shown
    assert order_row(sqlite_engine, mine).payment_provider_reference in shown
    assert f"dont TVA 8,1 %{NBSP}: CHF 1.87" in shown
    assert screen.page.clock_value.text() == "18 jours ouvrables · En retard"  # type: ignore[attr-defined]
    assert "✗ Non remplie" in shown and "☐ À cocher" in shown
    assert "Diffère du registre\u00a0: nom." in shown
    assert "Jeu de règles ATT-RES, en vigueur dès le 01.01.2018" in shown
    assert ("Domicile à Genève · À Genève depuis le 01.09.2015 · Commune\u00a0: Carouge · Séjours à Genève au "
            "registre\u00a0: 2 · Nationalité suisse · Nationalité\u00a0: CH · 18 ans ou plus") in shown
    history = screen.page.history_table  # type: ignore[attr-defined]
    assert history is not None
    assert [cell(history, r, 2) for r in range(row_count(history))] == [
        "Prise en charge", "Conditions évaluées"]
    assert cell(history, 0, 3) == "Payée → En examen"
    assert cell(history, 0, 0) == "26.11.2026 12:00"  # 11:00 UTC is 12:00 in Geneva (winter)


def test_a_service_no_longer_offered_is_flagged_and_a_fee_without_vat_has_no_vat_line(
    qtbot: QtBot, order_window: OrderWindow, sqlite_engine: Engine, login: Login, clean: int
) -> None:
    with sqlite_engine.begin() as conn:
        conn.execute(text("UPDATE services SET active_to = '2026-11-15' WHERE code = 'ATT-RES'"))
        conn.execute(text("UPDATE fee_schedules SET vat_rate_bp = 0 WHERE service_code = 'ATT-RES'"))
    _window, screen = order_window(login("cdubois"), clean)
    removed = screen.page.removed_label  # type: ignore[attr-defined]
    assert removed is not None and removed.isVisibleTo(screen)
    assert removed.text().startswith("⚠ Cette prestation n'est plus proposée.")
    assert screen.release_action.isEnabled()  # still fully processable (G4)
    assert screen.page.vat_label is None  # type: ignore[attr-defined]
    assert not any("TVA" in text for text in texts(screen))


def test_a_person_not_in_the_register_says_so(
    qtbot: QtBot, order_window: OrderWindow, sqlite_engine: Engine, login: Login
) -> None:
    unknown = order_in_review(sqlite_engine, in_register=False)
    _window, screen = order_window(login("cdubois"), unknown)
    shown = texts(screen)
    assert "✗ Introuvable dans le registre de la population\u00a0: rien à comparer." in shown
    table = screen.page.person_tables["applicant"]  # type: ignore[attr-defined]
    assert [cell(table, 0, c) for c in (2, 3)] == ["—", "? introuvable"]
    assert "La personne concernée est introuvable dans le registre de la population." in shown


# ---- approving ---------------------------------------------------------------------------------------------------


def test_approve_is_disabled_and_names_the_blocking_conditions(
    qtbot: QtBot, order_window: OrderWindow, sqlite_engine: Engine, login: Login, mine: int
) -> None:
    version = version_of(sqlite_engine, mine)
    _window, screen = order_window(login("cdubois"), mine)
    assert "Approuver…" in visible_buttons(screen)
    assert not screen.approve_action.isEnabled()
    blockers = screen.page.blockers_label  # type: ignore[attr-defined]
    assert blockers.isVisibleTo(screen)
    assert blockers.text() == (
        "Approbation impossible pour l'instant\u00a0: ces conditions obligatoires ne sont ni remplies ni forcées — "
        "«\u00a0Identité conforme au registre (n° AVS, noms, date de naissance)\u00a0» (non remplie).")
    assert screen.approve_action.toolTip() == blockers.text()
    screen.approve()
    assert screen.dialog is None
    assert (status_of(sqlite_engine, mine), version_of(sqlite_engine, mine)) == (Status.IN_REVIEW, version)


def test_approve_asks_for_confirmation_then_approves(
    qtbot: QtBot, watched_order: WatchedOrder, sqlite_engine: Engine, clean: int
) -> None:
    _window, screen, (approvals,) = watched_order("cdubois", clean, "casework.approve")
    assert not screen.page.blockers_label.isVisibleTo(screen)  # type: ignore[attr-defined]
    press(qtbot, screen, Qt.Key.Key_A, SHIFT_CTRL)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ApproveDialog))
    dialog = screen.dialog
    ref = reference(sqlite_engine, clean)
    assert isinstance(dialog, ApproveDialog) and ref in dialog.intro_label.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, screen)
    assert screen.detail is not None and screen.detail.status is Status.APPROVED
    assert screen.message == f"Commande {ref} approuvée. Prenez la suivante avec Ctrl+Maj+N."
    assert screen.page.status_value.text() == "Approuvée"  # type: ignore[attr-defined]
    assert order_fields(sqlite_engine, clean, "status", "outcome") == ("approved", "granted")
    assert approvals.threads and GUI_THREAD not in approvals.threads
    assert visible_buttons(screen) >= {"Retour à la liste", "Prendre la suivante"}
    assert "Libérer" not in visible_buttons(screen)


# ---- hold, resume, withdraw ----------------------------------------------------------------------------------------


def test_hold_needs_a_reason_and_a_working_day_after_today(
    qtbot: QtBot, order_window: OrderWindow, sqlite_engine: Engine, login: Login, clean: int
) -> None:
    version = version_of(sqlite_engine, clean)
    _window, screen = order_window(login("cdubois"), clean)
    press(qtbot, screen, Qt.Key.Key_H, SHIFT_CTRL)
    dialog = waited_dialog(qtbot, screen, HoldDialog)
    assert dialog.date_edit.text() == "choisir une date"
    dialog.confirm()
    assert dialog.message_label.text() == "Indiquez le motif de la mise en attente."
    dialog.reason_edit.setText("Attente d'une copie du passeport")
    dialog.confirm()
    assert dialog.message_label.text() == "Choisissez une date de relance postérieure à aujourd'hui."
    saturday = TODAY + timedelta(days=(5 - TODAY.weekday()) % 7 or 7)
    dialog.set_follow_up(saturday)
    dialog.confirm()
    monday = add_working_days(saturday, 1)
    assert dialog.message_label.text() == (
        f"Le {saturday:%d.%m.%Y} n'est pas un jour ouvrable\u00a0; le suivant est le {monday:%d.%m.%Y}.")
    assert (status_of(sqlite_engine, clean), version_of(sqlite_engine, clean)) == (Status.IN_REVIEW, version)
    follow_up = add_working_days(TODAY, 5)
    dialog.set_follow_up(follow_up)
    press(qtbot, dialog.reason_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, screen)
    assert order_fields(sqlite_engine, clean, "status", "hold_until", "version") == ("on_hold", follow_up, version + 1)
    assert screen.detail is not None and screen.detail.status is Status.ON_HOLD
    assert screen.page.hold_label is not None  # type: ignore[attr-defined]
    assert screen.page.hold_label.text() == (  # type: ignore[attr-defined]
        f"En attente\u00a0: Attente d'une copie du passeport — relance le {follow_up:%d.%m.%Y}")
    assert screen.dialog is None  # closed (and deleted)
    assert "Reprendre l'examen" in visible_buttons(screen)


def test_resume_ends_the_hold(qtbot: QtBot, order_window: OrderWindow, sqlite_engine: Engine, login: Login) -> None:
    held = order_on_hold(sqlite_engine)
    _window, screen = order_window(login("cdubois"), held)
    assert screen.page.hold_label is not None  # type: ignore[attr-defined]
    press(qtbot, screen, Qt.Key.Key_U, SHIFT_CTRL)
    wait_idle(qtbot, screen)
    assert screen.detail is not None and screen.detail.status is Status.IN_REVIEW
    assert screen.page.hold_label is None  # type: ignore[attr-defined]
    assert screen.message == f"L'examen de la commande {reference(sqlite_engine, held)} reprend."
    assert order_fields(sqlite_engine, held, "status", "hold_until", "hold_reason") == ("in_review", None, None)


def test_a_withdrawal_says_the_fee_is_kept_and_needs_a_written_note(
    qtbot: QtBot, order_window: OrderWindow, sqlite_engine: Engine, login: Login, clean: int
) -> None:
    _window, screen = order_window(login("cdubois"), clean)
    dialog = opened_dialog(screen, screen.withdraw_action, WithdrawDialog)
    assert dialog.fee_label.text().startswith("L'émolument reste acquis\u00a0: les CHF 25.00 payés ne sont pas "
                                              "remboursés")
    dialog.note_edit.setPlainText("lettre")
    dialog.confirm()
    assert dialog.message_label.text() == (
        "Indiquez quand et comment le demandeur s'est retiré (au moins 10 caractères).")
    assert status_of(sqlite_engine, clean) is Status.IN_REVIEW
    dialog.note_edit.setPlainText("Lettre du 10.03.2026 reçue par la poste")
    dialog.confirm()
    wait_idle(qtbot, screen)
    assert screen.detail is not None and screen.detail.status is Status.WITHDRAWN
    assert status_of(sqlite_engine, clean) is Status.WITHDRAWN
    assert screen.message == (f"Retrait de la commande {reference(sqlite_engine, clean)} enregistré\u00a0; "
                              "l'émolument reste acquis.")
    assert last_history(screen, 4) == [
        "Lettre du 10.03.2026 reçue par la poste — l'émolument payé (CHF 25.00) reste acquis, il n'est pas "
        "remboursé (CG 2)"]


def test_a_failure_in_a_dialog_is_said_in_french_and_keeps_the_text(
    qtbot: QtBot, order_window: OrderWindow, sqlite_engine: Engine, login: Login, clean: int
) -> None:
    session = login("cdubois")
    session.watch("casework.withdraw", fail_once=ConnectionFailed("timeout"))
    _window, screen = order_window(session, clean)
    dialog = opened_dialog(screen, screen.withdraw_action, WithdrawDialog)
    dialog.note_edit.setPlainText("Courriel du 11.03.2026")
    dialog.confirm()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.isVisible()
    assert dialog.message_label.text() == (
        "La démarche n'a pas abouti\u00a0: la base de données est injoignable. Vérifiez la connexion et réessayez.")
    assert dialog.note == "Courriel du 11.03.2026"
    assert status_of(sqlite_engine, clean) is Status.IN_REVIEW
    dialog.confirm()
    wait_idle(qtbot, screen)
    assert screen.detail is not None and screen.detail.status is Status.WITHDRAWN
    assert status_of(sqlite_engine, clean) is Status.WITHDRAWN


def test_a_refusal_of_the_service_is_said_in_french_with_what_to_do(
    qtbot: QtBot, order_window: OrderWindow, sqlite_engine: Engine, login: Login, clean: int
) -> None:
    _window, screen = order_window(login("cdubois"), clean)
    dialog = opened_dialog(screen, screen.hold_action, HoldDialog)
    dialog.reason_edit.setText("Attente du passeport")
    dialog.set_follow_up(date(2026, 12, 24))  # a working day, but the offices are closed (closures.yaml)
    dialog.confirm()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.message_label.text() == (
        "La démarche n'a pas abouti\u00a0: le 24.12.2026 est un jour de fermeture des bureaux. Choisissez une autre "
        "date de relance, par exemple le 04.01.2027.")
    assert dialog.reason == "Attente du passeport"
    assert status_of(sqlite_engine, clean) is Status.IN_REVIEW


# ---- a stale version -----------------------------------------------------------------------------------------------


def test_a_stale_version_names_who_changed_the_order_reloads_it_and_keeps_the_text(
    qtbot: QtBot, watched_order: WatchedOrder, sqlite_engine: Engine, clean: int
) -> None:
    _window, screen, (holds,) = watched_order("cdubois", clean, "casework.hold")
    assert screen.detail is not None
    seen_version = screen.detail.version
    dialog = opened_dialog(screen, screen.hold_action, HoldDialog)
    follow_up = add_working_days(TODAY, 3)
    dialog.reason_edit.setText("Attente du livret de famille")
    dialog.set_follow_up(follow_up)
    session_for(sqlite_engine, "jmeyer").casework.evaluate(clean, seen_version)  # a supervisor, meanwhile
    dialog.confirm()
    qtbot.waitUntil(lambda: not dialog.busy)
    expected = (f"La commande {reference(sqlite_engine, clean)} a été modifiée entre-temps par jmeyer. Elle a été "
                "rechargée\u00a0: vérifiez-la, puis réessayez.")
    assert dialog.message_label.text() == expected
    assert screen.message == expected
    assert dialog.isVisible() and dialog.reason == "Attente du livret de famille" and dialog.follow_up == follow_up
    assert status_of(sqlite_engine, clean) is Status.IN_REVIEW
    qtbot.waitUntil(lambda: screen.settled and screen.detail is not None and screen.detail.version > seen_version)
    dialog.confirm()  # the same text, the new version
    wait_idle(qtbot, screen)
    assert screen.detail is not None and screen.detail.status is Status.ON_HOLD
    assert [args[1] for args in holds.args] == [seen_version, seen_version + 1]
    assert order_fields(sqlite_engine, clean, "status", "hold_until") == ("on_hold", follow_up)


def test_a_stale_version_on_a_plain_action_reloads_the_order(
    qtbot: QtBot, order_window: OrderWindow, sqlite_engine: Engine, login: Login, clean: int
) -> None:
    _window, screen = order_window(login("cdubois"), clean)
    seen_version = version_of(sqlite_engine, clean)
    session_for(sqlite_engine, "jmeyer").casework.evaluate(clean, seen_version)
    screen.evaluate_action.trigger()
    qtbot.waitUntil(lambda: "modifiée entre-temps par jmeyer" in screen.message)
    qtbot.waitUntil(lambda: screen.settled and screen.detail is not None
                    and screen.detail.version == seen_version + 1)  # fmt: skip
    assert last_history(screen, 1) == ["jmeyer"]  # their change shows
    screen.evaluate_action.trigger()
    wait_idle(qtbot, screen)
    assert screen.message == "Conditions réévaluées."
    assert version_of(sqlite_engine, clean) == seen_version + 2


# ---- conditions ----------------------------------------------------------------------------------------------------


def test_an_override_needs_a_justification_of_ten_characters_and_unblocks_approval(
    qtbot: QtBot, order_window: OrderWindow, sqlite_engine: Engine, login: Login, mine: int
) -> None:
    _window, screen = order_window(login("cdubois"), mine)
    press(qtbot, screen, Qt.Key.Key_T, SHIFT_CTRL)
    dialog = waited_dialog(qtbot, screen, ConditionDialog)
    assert dialog.condition is not None and dialog.condition.code == "identity_match"  # the first one not met
    assert dialog.rule_label.text() == ("Forcer un résultat automatique exige une justification écrite d'au moins "
                                        "10 caractères\u00a0; elle est conservée dans le journal d'audit.")
    dialog.confirm()
    assert dialog.message_label.text() == "Choisissez le résultat."
    dialog.not_met_radio.setChecked(True)
    dialog.confirm()
    assert dialog.message_label.text() == ("Le résultat automatique est déjà «\u00a0Non remplie\u00a0»\u00a0: il n'y a "
                                           "rien à forcer.")
    dialog.met_radio.setChecked(True)
    dialog.note_edit.setPlainText("Mariage")
    dialog.confirm()
    assert dialog.message_label.text() == "Écrivez une justification d'au moins 10 caractères (7 saisis)."
    stored = condition_result(sqlite_engine, mine, "identity_match")
    assert stored is not None and stored.override_result is None
    dialog.note_edit.setPlainText("Nom d'épouse, acte de mariage vu au guichet")
    dialog.confirm()
    wait_idle(qtbot, screen)
    stored = condition_result(sqlite_engine, mine, "identity_match")
    assert stored is not None
    assert (stored.result, stored.override_result, stored.override_justification, stored.overridden_by) == (
        "not_met", "met", "Nom d'épouse, acte de mariage vu au guichet", "cdubois")
    assert screen.approve_action.isEnabled() and not screen.page.blockers_label.isVisibleTo(screen)  # type: ignore[attr-defined]
    shown = texts(screen)
    assert "✓ Remplie (forcé)" in shown
    assert ("Forcé par cdubois\u00a0: «\u00a0Non remplie\u00a0» → «\u00a0Remplie\u00a0». Justification\u00a0: Nom "
            "d'épouse, acte de mariage vu au guichet") in shown
    assert screen.message == "Condition enregistrée."


def test_a_manual_condition_is_ticked_with_a_note(
    qtbot: QtBot, order_window: OrderWindow, sqlite_engine: Engine, login: Login
) -> None:
    add_manual_rule(sqlite_engine)
    clean = order_in_review(sqlite_engine)
    _window, screen = order_window(login("cdubois"), clean)
    dialog = opened_dialog(screen, screen.tick_action, ConditionDialog)
    assert dialog.condition is not None and dialog.condition.code == MANUAL
    assert not dialog.remove_radio.isVisibleTo(dialog)
    dialog.met_radio.setChecked(True)
    dialog.confirm()
    assert dialog.message_label.text() == "Écrivez une note indiquant ce que vous avez vérifié."
    assert condition_result(sqlite_engine, clean, MANUAL) is None
    dialog.note_edit.setPlainText("Passeport vu")
    dialog.confirm()
    wait_idle(qtbot, screen)
    stored = condition_result(sqlite_engine, clean, MANUAL)
    assert stored is not None and (stored.result, stored.evaluated_by) == ("met", "cdubois")
    assert "Note de cdubois\u00a0: Passeport vu" in texts(screen)


def test_evaluate_again_runs_in_the_background(qtbot: QtBot, watched_order: WatchedOrder, clean: int) -> None:
    _window, screen, (evaluations,) = watched_order("cdubois", clean, "casework.evaluate")
    press(qtbot, screen, Qt.Key.Key_E, SHIFT_CTRL)
    wait_idle(qtbot, screen)
    assert screen.message == "Conditions réévaluées."
    assert evaluations.threads and GUI_THREAD not in evaluations.threads
    assert last_history(screen, 2, 4) == ["Conditions évaluées", "6 remplie(s), 0 non remplie(s), 0 indéterminée(s)"]


# ---- claiming from the order ------------------------------------------------------------------------------------


def test_claim_and_release_from_the_order_and_a_caseworker_cannot_assign(
    qtbot: QtBot, order_window: OrderWindow, sqlite_engine: Engine, login: Login
) -> None:
    paid = paid_order(sqlite_engine)
    ref = reference(sqlite_engine, paid)
    _window, screen = order_window(login("cdubois"), paid)
    assert visible_buttons(screen) >= {"Prendre", "Enregistrer un retrait…"}
    assert not screen.assign_action.isEnabled()
    assert "Attribuer…" not in visible_buttons(screen)
    press(qtbot, screen, Qt.Key.Key_C, SHIFT_CTRL)
    wait_idle(qtbot, screen)
    assert screen.page.assignee_value.text() == "cdubois"  # type: ignore[attr-defined]
    assert screen.message == f"La commande {ref} est à vous\u00a0: elle est dans Mes dossiers."
    assert order_fields(sqlite_engine, paid, "status", "assigned_to") == ("in_review", "cdubois")
    qtbot.keyClick(screen, Qt.Key.Key_R, SHIFT_CTRL)
    wait_idle(qtbot, screen)
    assert screen.detail is not None and screen.detail.status is Status.PAID and screen.detail.assigned_to is None
    assert order_fields(sqlite_engine, paid, "status", "assigned_to") == ("paid", None)


def test_claim_the_next_one_from_the_order_opens_it(
    qtbot: QtBot, order_window: OrderWindow, sqlite_engine: Engine, login: Login, clean: int
) -> None:
    waiting, _later = add_orders(sqlite_engine, 2)
    ref = reference(sqlite_engine, waiting)
    _window, screen = order_window(login("cdubois"), clean)
    press(qtbot, screen, Qt.Key.Key_N, SHIFT_CTRL)
    qtbot.waitUntil(lambda: screen.reference == ref and not screen.busy)
    assert screen.message == f"Commande {ref} prise\u00a0: elle est dans Mes dossiers."
    assert screen._title.text() == f"Commande {ref}"
    assert order_fields(sqlite_engine, waiting, "status", "assigned_to") == ("in_review", "cdubois")


def test_a_failed_load_offers_to_try_again_and_back_still_works(
    qtbot: QtBot, open_window: OpenWindow, login: Login, clean: int
) -> None:
    session = login("cdubois")
    session.watch("casework.order_detail", fail_once=ConnectionFailed("timeout"))
    window = open_window(session)
    queue = open_queue(qtbot, window, "mine")
    screen = open_order(qtbot, window, clean)
    assert screen.state is ScreenState.FAILED
    assert screen.state_pane.button.isVisible()
    assert not any(a.isEnabled() for a in (screen.release_action, screen.hold_action))
    screen.state_pane.button.click()
    qtbot.waitUntil(lambda: screen.state is ScreenState.READY)
    screen.back_action.trigger()
    assert window.current_screen() is queue


# ---- roles -----------------------------------------------------------------------------------------------------------


def test_an_auditor_sees_the_order_without_any_action(
    qtbot: QtBot, order_window: OrderWindow, login: Login, mine: int
) -> None:
    _window, screen = order_window(login("smuller"), mine)
    assert screen.state is ScreenState.READY
    assert visible_buttons(screen) == {"Retour à la liste", "Actualiser"}
    assert not any(a.isEnabled() for a in screen.screen_actions() if a is not screen.back_action)
    # nothing for them to unblock... but the facts are there
    assert not screen.page.blockers_label.isVisibleTo(screen)  # type: ignore[attr-defined]
    assert "✗ Non remplie" in texts(screen)


def test_a_supervisor_reassigns_the_order_to_someone_with_their_workload(
    qtbot: QtBot, watched_order: WatchedOrder, sqlite_engine: Engine, mine: int
) -> None:
    order_on_hold(sqlite_engine, "cdubois")
    order_in_review(sqlite_engine, "jmeyer")
    _window, screen, (listed, assigned) = watched_order("jmeyer", mine, "casework.assignable_staff", "casework.assign")
    assert "Réattribuer…" in visible_buttons(screen)
    press(qtbot, screen, Qt.Key.Key_G, SHIFT_CTRL)
    dialog = waited_dialog(qtbot, screen, AssignDialog)
    qtbot.waitUntil(lambda: dialog.staff_list.count() == 3)
    items = [dialog.staff_list.item(r).text() for r in range(3)]
    assert items == ["Claire Dubois (cdubois) — 2 dossiers ouverts — attributaire actuel",
                     "Julie Meyer (jmeyer) — 1 dossier ouvert", "Marc Rochat (mrochat) — aucun dossier ouvert"]
    dialog.choose("cdubois")
    dialog.confirm()
    assert dialog.message_label.text() == "La commande est déjà attribuée à cdubois."
    dialog.choose("mrochat")
    dialog.confirm()
    wait_idle(qtbot, screen)
    assert order_row(sqlite_engine, mine).assigned_to == "mrochat"
    assert screen.page.assignee_value.text() == "mrochat"  # type: ignore[attr-defined]
    assert screen.message == f"Commande {reference(sqlite_engine, mine)} attribuée à mrochat."
    assert listed.threads and assigned.threads and GUI_THREAD not in listed.threads + assigned.threads


# ---- the keyboard ------------------------------------------------------------------------------------------------


def test_every_order_action_has_its_shortcut_in_the_f1_list(
    qtbot: QtBot, open_window: OpenWindow, login: Login, mine: int
) -> None:
    window = open_window(login("jmeyer"))
    open_order(qtbot, window, mine)
    pairs = ShortcutsDialog(window.shortcut_actions(), window).shortcuts()
    assert [keys for title, keys in pairs if title == "Retour à la liste"] == ["Alt+Gauche", "Échap"]
    listed = dict(pairs)
    assert listed["Ouvrir une commande"] == "Ctrl+O"
    assert listed["Prendre la suivante"] == "Ctrl+Maj+N"
    for title, keys in [("Prendre", "Ctrl+Maj+C"), ("Libérer", "Ctrl+Maj+R"), ("Mettre en attente", "Ctrl+Maj+H"),
                        ("Reprendre l'examen", "Ctrl+Maj+U"), ("Approuver", "Ctrl+Maj+A"),
                        ("Enregistrer un retrait", "Ctrl+Maj+W"), ("Réattribuer", "Ctrl+Maj+G"),
                        ("Réévaluer", "Ctrl+Maj+E"), ("Cocher ou forcer", "Ctrl+Maj+T")]:  # fmt: skip
        assert listed[title] == keys, title
    assert sum(1 for _title, keys in listed.items() if keys) == len(listed)


def test_the_follow_up_date_prompt_is_not_a_date(qtbot: QtBot) -> None:
    today = date(2026, 11, 26)
    dialog = HoldDialog("ED-2026-00000001", today=today)
    qtbot.addWidget(dialog)
    assert dialog.follow_up is None
    dialog.set_follow_up(date(2026, 11, 27))
    assert dialog.follow_up == date(2026, 11, 27) and is_working_day(date(2026, 11, 27))


def test_a_caseworker_goes_through_the_list_one_order_after_the_other(
    qtbot: QtBot, open_window: OpenWindow, sqlite_engine: Engine, login: Login
) -> None:
    first, second = order_in_review(sqlite_engine), order_in_review(sqlite_engine)
    window = open_window(login("cdubois"))
    queue = enter_on_the_first_row(qtbot, window, "mine")
    qtbot.waitUntil(lambda: window.order_screen is not None
                    and window.order_screen.reference == reference(sqlite_engine, first))  # fmt: skip
    screen = window.order_screen
    assert screen is not None
    qtbot.waitUntil(lambda: screen.scroll_area.hasFocus())
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.current_screen() is queue and queue.view.hasFocus())
    qtbot.keyClick(queue.view, Qt.Key.Key_Down)
    qtbot.keyClick(queue.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.settled and screen.reference == reference(sqlite_engine, second))


# ---- after shipping: shipments, correction requests, sending a returned order again -----------------------------


def test_shipments_show_their_tracking_and_a_decisions_appeal_deadline(
    qtbot: QtBot, watched_order: WatchedOrder, sqlite_engine: Engine
) -> None:
    granted = approved_order(sqlite_engine, product="R")
    shipped_order(sqlite_engine, granted, "98.40.123456.00000042", delivered_on=TODAY)
    refused, _decision = issued_decision(sqlite_engine)
    shipped_order(sqlite_engine, refused, "98.40.123456.00000043", delivered_on=TODAY)
    window, screen, (read,) = watched_order("cdubois", granted, "mailroom.shipments")
    qtbot.waitUntil(lambda: screen.shipments is not None)
    table = screen.page.shipments_table  # type: ignore[attr-defined]
    assert table is not None and cell(table, 0, 2) == "98.40.123456.00000042"
    assert cell(table, 0, 4) == "Distribuée"
    assert read.threads and GUI_THREAD not in read.threads
    assert screen.correction_action.isEnabled() and not screen.send_again_action.isEnabled()
    assert screen.action_buttons["correction"].isVisible()
    screen = open_order(qtbot, window, refused)
    qtbot.waitUntil(lambda: screen.shipments is not None)
    table = screen.page.shipments_table  # type: ignore[attr-defined]
    # delivered (notified) Thursday 26 November 2026: 30 days, the court holidays of 18 December to 2 January not
    # counted (LPA art. 63) → Monday 11 January 2027
    assert cell(table, 0, 2) == "98.40.123456.00000043"
    assert cell(table, 0, 8) == "11.01.2027"


def test_a_correction_request_needs_its_description_and_whose_error_it_is(
    qtbot: QtBot, watched_order: WatchedOrder, sqlite_engine: Engine
) -> None:
    granted = approved_order(sqlite_engine)
    shipped_order(sqlite_engine, granted)

    def corrections() -> list[tuple[str, str]]:
        with Session(sqlite_engine) as s:
            return [(c.description, c.attributable_to)
                    for c in s.scalars(select(CorrectionRequest).order_by(CorrectionRequest.id))]  # fmt: skip

    _window, screen, (recorded,) = watched_order("cdubois", granted, "mailroom.record_correction")
    dialog = opened_dialog(screen, screen.correction_action, CorrectionDialog)
    dialog.description_edit.setPlainText("Le nom de famille est mal orthographié par le requérant.")
    dialog.confirm()
    assert "erreur" in dialog.message_label.text().lower()  # whose error it is: not chosen yet
    dialog.applicant_radio.setChecked(True)
    dialog.confirm()
    qtbot.waitUntil(lambda: screen.dialog is None and not screen.busy)
    assert corrections() == [("Le nom de famille est mal orthographié par le requérant.", "applicant")]
    assert screen.detail is not None and screen.detail.status is Status.SHIPPED
    assert status_of(sqlite_engine, granted) is Status.SHIPPED
    assert "nouvelle commande" in screen.message

    dialog = opened_dialog(screen, screen.correction_action, CorrectionDialog)
    dialog.ocpm_radio.setChecked(True)
    dialog.confirm()
    assert dialog.message_label.text() and len(corrections()) == 1
    dialog.description_edit.setPlainText("La date d'arrivée à Genève est fausse.")
    dialog.confirm()
    qtbot.waitUntil(lambda: screen.dialog is None and not screen.busy)
    assert corrections()[-1] == ("La date d'arrivée à Genève est fausse.", "ocpm")
    reissued = screen.detail
    assert reissued is not None and reissued.status is Status.APPROVED  # reissued, at no new fee
    assert status_of(sqlite_engine, granted) is Status.APPROVED
    assert len(recorded.threads) == 2 and GUI_THREAD not in recorded.threads


def _returned(engine: Engine) -> int:
    """An approved order shipped by B mail and returned: unknown address."""
    order_id = approved_order(engine)
    shipped_order(engine, order_id)
    session_for(engine, "nfavre").mailroom.record_return(reference(engine, order_id), "unknown_address")
    return order_id


def test_a_returned_order_is_sent_again_to_a_corrected_address(
    qtbot: QtBot, watched_order: WatchedOrder, sqlite_engine: Engine
) -> None:
    returned = _returned(sqlite_engine)
    _window, screen, (sent,) = watched_order("cdubois", returned, "mailroom.send_again")
    assert screen.send_again_action.isEnabled() and not screen.correction_action.isEnabled()
    dialog = opened_dialog(screen, screen.send_again_action, SendAgainDialog)
    edits = dialog.address_edits
    assert edits["street"].text() == "Rue de Lausanne" and edits["house_number"].text() == "12"
    assert edits["swiss_zip_code"].text() == "1201" and edits["town"].text() == "Genève"
    assert edits["mr_mrs"].text() == "Madame"
    edits["street"].clear()
    qtbot.keyClicks(edits["street"], "Rue de Carouge")
    assert dialog.corrected_radio.isChecked()
    dialog.confirm()
    qtbot.waitUntil(lambda: bool(sent.args) and not screen.busy)
    (_order, _version, address), = sent.args
    assert address["street"] == "Rue de Carouge" and address["mr_mrs"] == "1"
    assert screen.dialog is None, dialog.message_label.text()
    assert screen.detail is not None and screen.detail.status is Status.READY_TO_SHIP
    assert order_fields(sqlite_engine, returned, "status", "addr_street", "addr_house_number") == (
        "ready_to_ship", "Rue de Carouge", "12")


def test_send_again_to_the_same_address_passes_none(
    qtbot: QtBot, watched_order: WatchedOrder, sqlite_engine: Engine
) -> None:
    returned = _returned(sqlite_engine)
    version = version_of(sqlite_engine, returned)
    _window, screen, (sent,) = watched_order("mrochat", returned, "mailroom.send_again")
    dialog = opened_dialog(screen, screen.send_again_action, SendAgainDialog)
    dialog.confirm()
    qtbot.waitUntil(lambda: screen.dialog is None and not screen.busy)
    assert sent.args == [(returned, version, None)]
    assert order_fields(sqlite_engine, returned, "status", "addr_street") == ("ready_to_ship", "Rue de Lausanne")


def test_address_fields_read_a_foreign_address() -> None:
    fields = address_fields(("Madame", "Anne Dupont", "12 rue de Rivoli", "75001 Paris", "FRANCE"))
    assert fields["mr_mrs"] == "Madame" and fields["last_name"] == "Dupont"
    assert fields["foreign_zip_code"] == "75001" and fields["town"] == "Paris" and fields["country"] == "FRANCE"
    assert fields["swiss_zip_code"] == ""
