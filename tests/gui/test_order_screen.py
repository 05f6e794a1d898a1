"""The order screen against the fake session: opened from the queues, what it shows, every action and its dialog,
refusals of what is missing, a stale version, roles, and the keyboard."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import pytest
from gui_fakes import GUI_THREAD, FakeSession, session_for
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from ocpm_desk.gui.casework.dialogs import (
    ApproveDialog,
    AssignDialog,
    ConditionDialog,
    CorrectionDialog,
    HoldDialog,
    OpenOrderDialog,
    SendAgainDialog,
    WithdrawDialog,
    address_fields,
)
from ocpm_desk.gui.casework.order import OrderScreen
from ocpm_desk.gui.casework.queues import QueueScreen
from ocpm_desk.gui.help import ShortcutsDialog
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.gui.screen import ScreenState
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.calendar import add_working_days, is_working_day
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, ConnectionFailed, DomainError
from ocpm_desk.kernel.lifecycle import Status

pytestmark = pytest.mark.gui

OpenWindow = Callable[..., MainWindow]
NB = "\u00a0"
MINE = 31  # cdubois's order in review whose last name differs from the register: approval blocked
CLEAN = 32  # cdubois's order in review, every mandatory condition met
HELD = 39  # cdubois's order on hold


def activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def open_order(qtbot: QtBot, window: MainWindow, order_id: int) -> OrderScreen:
    window.open_order(order_id)
    screen = window.order_screen
    assert screen is not None
    qtbot.waitUntil(lambda: screen.settled and screen.order_id == order_id)
    return screen


def open_queue(qtbot: QtBot, window: MainWindow, key: str) -> QueueScreen:
    window.show_screen(key)
    screen = window.screen_by_key(key)
    assert isinstance(screen, QueueScreen)
    qtbot.waitUntil(lambda: screen.settled and not screen.model.loading)
    return screen


def texts(widget: OrderScreen) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def visible_buttons(screen: OrderScreen) -> set[str]:
    return {b.text().replace("&", "") for b in screen.findChildren(QPushButton) if b.isVisibleTo(screen)}


def wait_idle(qtbot: QtBot, screen: OrderScreen) -> None:
    qtbot.waitUntil(lambda: not screen.busy and screen.settled)


def row_of(screen: QueueScreen, order_id: int) -> int:
    return next(r for r in range(screen.model.rowCount()) if screen.model.row_at(r).id == order_id)  # type: ignore[union-attr]


# ---- opening and going back ------------------------------------------------------------------------------------


def test_enter_on_a_queue_row_opens_the_order_and_escape_goes_back(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    queue = open_queue(qtbot, window, "mine")
    activate(qtbot, window)
    queue.view.setFocus()
    queue.view.setCurrentIndex(queue.model.index(0, 0))
    qtbot.keyClick(queue.view, Qt.Key.Key_Return)
    screen = window.order_screen
    assert screen is not None
    qtbot.waitUntil(lambda: screen.settled and window.current_screen() is screen)
    assert screen.state is ScreenState.READY
    assert screen._title.text() == "Commande ED-2026-00000031"
    assert GUI_THREAD not in session.thread_of("open_order")
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.current_screen() is queue)
    assert window.current_key() == "mine"
    # Alt+Left goes back too
    queue.view.setFocus()
    qtbot.keyClick(queue.view, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: window.current_screen() is screen and screen.settled)
    qtbot.keyClick(screen, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.current_screen() is queue)


def test_a_double_click_on_a_row_opens_its_order(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("cdubois")
    queue = open_queue(qtbot, window, "to_process")
    rect = queue.view.visualRect(queue.model.index(2, 1))
    qtbot.mouseClick(queue.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a person does
    qtbot.mouseDClick(queue.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    screen = window.order_screen
    assert screen is not None
    qtbot.waitUntil(lambda: screen.settled and screen.reference == "ED-2026-00000003")
    # the queue's navigation entry brings the queue back, although it is still the selected entry
    window.show_screen("to_process")
    assert window.current_screen() is queue


def test_ctrl_o_proposes_the_selected_reference_and_opens_it(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("cdubois")
    queue = open_queue(qtbot, window, "all")
    queue.view.selectRow(row_of(queue, 12))
    activate(qtbot, window)
    qtbot.keyClick(queue.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(getattr(window, "open_order_dialog", None), OpenOrderDialog))
    dialog = window.open_order_dialog
    assert dialog.reference == "ED-2026-00000012"
    dialog.reference_edit.setText("ED-2026-12")
    dialog.confirm()
    assert dialog.message_label.text() == "Saisissez une référence du type ED-2026-00000012."
    dialog.reference_edit.setText("ed-2026-00099999")
    dialog.confirm()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.message_label.text() == "Aucune commande ne porte la référence ED-2026-00099999."
    dialog.reference_edit.setText("ED-2026-00000012")
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.reference_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.order_screen is not None and window.order_screen.settled
                    and window.order_screen.reference == "ED-2026-00000012")  # fmt: skip


# ---- what the order shows --------------------------------------------------------------------------------------


def test_the_order_shows_the_register_comparison_payment_conditions_and_history(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window("cdubois")
    screen = open_order(qtbot, window, MINE)
    table = screen.page.person_tables["applicant"]
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 4)] for r in range(table.rowCount())}
    assert rows["Nom"] == ["Martin", "Martinet", "≠ différent"]
    assert rows["Date de naissance"] == ["12.04.1985", "12.04.1985", "= identique"]
    assert table.item(1, 3).background().color().name() == "#fbe9e9"  # colour, and the words beside it
    shown = texts(screen)
    assert "Demandeur, qui est aussi la personne concernée" in shown
    assert "CHF 25.00" in shown and "VISA" in shown and "PSP-2026-000031" in shown
    assert f"dont TVA 8,1 %{NB}: CHF 1.87" in shown
    assert screen.page.clock_value.text() == "30 jours ouvrables · En retard"
    assert "✗ Non remplie" in shown and "☐ À cocher" in shown
    assert "Diffère du registre\u00a0: nom." in shown
    assert "Jeu de règles ATT-RES-HIST, en vigueur dès le 01.01.2024" in shown
    assert ("Domicile à Genève · À Genève depuis le 01.09.2015 · Commune\u00a0: Carouge · Séjours à Genève au "
            "registre\u00a0: 2 · Nationalité suisse · Nationalité\u00a0: CH · 18 ans ou plus") in shown
    history = screen.page.history_table
    assert history is not None
    assert [history.item(r, 2).text() for r in range(history.rowCount())] == [
        "Commande reçue", "Paiement validé", "Prise en charge"]
    assert history.item(1, 3).text() == "À payer → Payée"
    assert history.item(0, 0).text() == "06.01.2026 16:00"  # 15:00 UTC is 16:00 in Geneva (winter)


def test_no_vat_line_when_the_rate_is_zero(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    detail_of = session.detail_of
    session.detail_of = lambda order_id: replace(  # type: ignore[method-assign]
        detail_of(order_id), payment=replace(detail_of(order_id).payment, vat_rate="0", vat_centimes=0))
    window = open_window(session)
    screen = open_order(qtbot, window, CLEAN)
    assert screen.page.vat_label is None
    assert not any("TVA" in text for text in texts(screen))


def test_a_person_not_in_the_register_says_so(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("cdubois")
    screen = open_order(qtbot, window, 33)
    shown = texts(screen)
    assert "✗ Introuvable dans le registre de la population\u00a0: rien à comparer." in shown
    table = screen.page.person_tables["applicant"]
    assert [table.item(0, c).text() for c in (2, 3)] == ["—", "? introuvable"]
    assert "La personne concernée est introuvable dans le registre de la population." in shown


def test_a_service_no_longer_offered_is_flagged(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    session.removed_services = {"ATT-DEP"}
    window = open_window(session)
    screen = open_order(qtbot, window, CLEAN)  # ATT-DEP
    assert screen.page.removed_label is not None and screen.page.removed_label.isVisibleTo(screen)
    assert screen.page.removed_label.text().startswith("⚠ Cette prestation n'est plus proposée.")
    assert screen.release_action.isEnabled()  # still fully processable (G4)


# ---- approving ---------------------------------------------------------------------------------------------------


def test_approve_is_disabled_and_names_the_blocking_conditions(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    screen = open_order(qtbot, window, MINE)
    assert "Approuver…" in visible_buttons(screen)
    assert not screen.approve_action.isEnabled()
    assert screen.page.blockers_label.isVisibleTo(screen)
    assert screen.page.blockers_label.text() == (
        "Approbation impossible pour l'instant\u00a0: ces conditions obligatoires ne sont ni remplies ni forcées — "
        "«\u00a0Identité conforme au registre (n° AVS, noms, date de naissance)\u00a0» (non remplie).")
    assert screen.approve_action.toolTip() == screen.page.blockers_label.text()
    screen.approve()
    assert screen.dialog is None and ("approve", (MINE,)) not in session.action_calls


def test_approve_asks_for_confirmation_then_approves(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    screen = open_order(qtbot, window, CLEAN)
    assert not screen.page.blockers_label.isVisibleTo(screen)
    activate(qtbot, window)
    qtbot.keyClick(screen, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ApproveDialog))
    dialog = screen.dialog
    assert dialog is not None and "ED-2026-00000032" in dialog.intro_label.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, screen)
    assert screen.detail is not None and screen.detail.status is Status.APPROVED
    assert screen.message == "Commande ED-2026-00000032 approuvée. Prenez la suivante avec Ctrl+Maj+N."
    assert screen.page.status_value.text() == "Approuvée"
    assert session.action_calls[-1][0] == "approve"
    assert GUI_THREAD not in session.thread_of("approve")
    assert visible_buttons(screen) >= {"Retour à la liste", "Prendre la suivante"}
    assert "Libérer" not in visible_buttons(screen)


# ---- hold, resume, withdraw ----------------------------------------------------------------------------------------


def test_hold_needs_a_reason_and_a_working_day_after_today(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    screen = open_order(qtbot, window, CLEAN)
    activate(qtbot, window)
    qtbot.keyClick(screen, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, HoldDialog))
    dialog = screen.dialog
    assert isinstance(dialog, HoldDialog)
    assert dialog.date_edit.text() == "choisir une date"
    dialog.confirm()
    assert dialog.message_label.text() == "Indiquez le motif de la mise en attente."
    dialog.reason_edit.setText("Attente d'une copie du passeport")
    dialog.confirm()
    assert dialog.message_label.text() == "Choisissez une date de relance postérieure à aujourd'hui."
    today = clock.today()
    saturday = today + timedelta(days=(5 - today.weekday()) % 7 or 7)
    dialog.set_follow_up(saturday)
    dialog.confirm()
    monday = add_working_days(saturday, 1)
    assert dialog.message_label.text() == (
        f"Le {saturday:%d.%m.%Y} n'est pas un jour ouvrable\u00a0; le suivant est le {monday:%d.%m.%Y}.")
    assert not [c for c in session.action_calls if c[0] == "hold"]
    follow_up = add_working_days(today, 5)
    dialog.set_follow_up(follow_up)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, screen)
    assert session.action_calls[-1] == ("hold", (CLEAN, 2, "Attente d'une copie du passeport", follow_up))
    assert screen.detail is not None and screen.detail.status is Status.ON_HOLD
    assert screen.page.hold_label is not None
    assert screen.page.hold_label.text() == (
        f"En attente\u00a0: Attente d'une copie du passeport — relance le {follow_up:%d.%m.%Y}")
    assert screen.dialog is None  # closed (and deleted)
    assert "Reprendre l'examen" in visible_buttons(screen)


def test_resume_ends_the_hold(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    screen = open_order(qtbot, window, HELD)
    assert screen.page.hold_label is not None
    activate(qtbot, window)
    qtbot.keyClick(screen, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot, screen)
    assert screen.detail is not None and screen.detail.status is Status.IN_REVIEW
    assert screen.page.hold_label is None
    assert screen.message == "L'examen de la commande ED-2026-00000039 reprend."


def test_a_withdrawal_says_the_fee_is_kept_and_needs_a_written_note(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    screen = open_order(qtbot, window, CLEAN)
    screen.withdraw_action.trigger()
    dialog = screen.dialog
    assert isinstance(dialog, WithdrawDialog)
    assert dialog.fee_label.text().startswith("L'émolument reste acquis\u00a0: les CHF 25.00 payés ne sont pas "
                                              "remboursés")
    dialog.note_edit.setPlainText("lettre")
    dialog.confirm()
    assert dialog.message_label.text() == (
        "Indiquez quand et comment le demandeur s'est retiré (au moins 10 caractères).")
    dialog.note_edit.setPlainText("Lettre du 10.03.2026 reçue par la poste")
    dialog.confirm()
    wait_idle(qtbot, screen)
    assert screen.detail is not None and screen.detail.status is Status.WITHDRAWN
    assert screen.message == "Retrait de la commande ED-2026-00000032 enregistré\u00a0; l'émolument reste acquis."
    history = screen.page.history_table
    assert history is not None
    assert history.item(history.rowCount() - 1, 4).text() == (
        "Lettre du 10.03.2026 reçue par la poste — l'émolument payé (CHF 25.00) reste acquis, il n'est pas "
        "remboursé (CG 2)")


def test_a_failure_in_a_dialog_is_said_in_french_and_keeps_the_text(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    session.fail_next["withdraw"] = ConnectionFailed("timeout")
    window = open_window(session)
    screen = open_order(qtbot, window, CLEAN)
    screen.withdraw_action.trigger()
    dialog = screen.dialog
    assert isinstance(dialog, WithdrawDialog)
    dialog.note_edit.setPlainText("Courriel du 11.03.2026")
    dialog.confirm()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.isVisible()
    assert dialog.message_label.text() == (
        "La démarche n'a pas abouti\u00a0: la base de données est injoignable. Vérifiez la connexion et réessayez.")
    assert dialog.note == "Courriel du 11.03.2026"
    dialog.confirm()
    wait_idle(qtbot, screen)
    assert screen.detail is not None and screen.detail.status is Status.WITHDRAWN


# ---- a stale version -----------------------------------------------------------------------------------------------


def test_a_stale_version_names_who_changed_the_order_reloads_it_and_keeps_the_text(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    screen = open_order(qtbot, window, CLEAN)
    assert screen.detail is not None
    seen_version = screen.detail.version
    screen.hold_action.trigger()
    dialog = screen.dialog
    assert isinstance(dialog, HoldDialog)
    follow_up = add_working_days(clock.today(), 3)
    dialog.reason_edit.setText("Attente du livret de famille")
    dialog.set_follow_up(follow_up)
    session.stale_next["hold"] = "jmeyer"
    dialog.confirm()
    qtbot.waitUntil(lambda: not dialog.busy)
    expected = ("La commande ED-2026-00000032 a été modifiée entre-temps par jmeyer. Elle a été rechargée\u00a0: "
                "vérifiez-la, puis réessayez.")
    assert dialog.message_label.text() == expected
    assert screen.message == expected
    assert dialog.isVisible() and dialog.reason == "Attente du livret de famille" and dialog.follow_up == follow_up
    qtbot.waitUntil(lambda: screen.settled and screen.detail is not None and screen.detail.version > seen_version)
    dialog.confirm()  # the same text, the new version
    wait_idle(qtbot, screen)
    assert screen.detail is not None and screen.detail.status is Status.ON_HOLD
    holds = [args for name, args in session.action_calls if name == "hold"]
    assert [a[1] for a in holds] == [seen_version, seen_version + 1]


def test_a_stale_version_on_a_plain_action_reloads_the_order(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    session.stale_next["evaluate_conditions"] = "jmeyer"
    window = open_window(session)
    screen = open_order(qtbot, window, CLEAN)
    screen.evaluate_action.trigger()
    qtbot.waitUntil(lambda: "modifiée entre-temps par jmeyer" in screen.message)
    qtbot.waitUntil(lambda: screen.settled and screen.detail is not None and screen.detail.version == 3)
    history = screen.page.history_table
    assert history is not None and history.item(history.rowCount() - 1, 1).text() == "jmeyer"  # their change shows
    screen.evaluate_action.trigger()
    wait_idle(qtbot, screen)
    assert screen.message == "Conditions réévaluées."


# ---- conditions ----------------------------------------------------------------------------------------------------


def test_an_override_needs_a_justification_of_ten_characters_and_unblocks_approval(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    screen = open_order(qtbot, window, MINE)
    activate(qtbot, window)
    qtbot.keyClick(screen, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ConditionDialog))
    dialog = screen.dialog
    assert isinstance(dialog, ConditionDialog)
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
    assert not [c for c in session.action_calls if c[0] == "set_condition"]
    dialog.note_edit.setPlainText("Nom d'épouse, acte de mariage vu au guichet")
    dialog.confirm()
    wait_idle(qtbot, screen)
    assert session.action_calls[-1] == ("set_condition", (MINE, 2, "identity_match", "met",
                                                          "Nom d'épouse, acte de mariage vu au guichet"))
    assert screen.approve_action.isEnabled() and not screen.page.blockers_label.isVisibleTo(screen)
    shown = texts(screen)
    assert "✓ Remplie (forcé)" in shown
    assert ("Forcé par cdubois\u00a0: «\u00a0Non remplie\u00a0» → «\u00a0Remplie\u00a0». Justification\u00a0: Nom "
            "d'épouse, acte de mariage vu au guichet") in shown
    assert screen.message == "Condition enregistrée."


def test_a_manual_condition_is_ticked_with_a_note(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    screen = open_order(qtbot, window, CLEAN)
    screen.tick_action.trigger()
    dialog = screen.dialog
    assert isinstance(dialog, ConditionDialog)
    assert dialog.condition is not None and dialog.condition.code == "documents_checked"
    assert not dialog.remove_radio.isVisibleTo(dialog)
    dialog.met_radio.setChecked(True)
    dialog.confirm()
    assert dialog.message_label.text() == "Écrivez une note indiquant ce que vous avez vérifié."
    dialog.note_edit.setPlainText("Passeport vu")
    dialog.confirm()
    wait_idle(qtbot, screen)
    assert session.action_calls[-1] == ("set_condition", (CLEAN, 2, "documents_checked", "met", "Passeport vu"))
    assert "Note de cdubois\u00a0: Passeport vu" in texts(screen)


def test_evaluate_again_runs_in_the_background(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    screen = open_order(qtbot, window, CLEAN)
    activate(qtbot, window)
    qtbot.keyClick(screen, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot, screen)
    assert screen.message == "Conditions réévaluées."
    assert GUI_THREAD not in session.thread_of("evaluate_conditions")
    history = screen.page.history_table
    assert history is not None
    last = history.rowCount() - 1
    assert [history.item(last, c).text() for c in (2, 4)] == [
        "Conditions évaluées", "6 remplie(s), 0 non remplie(s), 0 indéterminée(s)"]


# ---- claiming from the order ------------------------------------------------------------------------------------


def test_claim_and_release_from_the_order(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    screen = open_order(qtbot, window, 5)
    assert visible_buttons(screen) >= {"Prendre", "Enregistrer un retrait…"}
    activate(qtbot, window)
    qtbot.keyClick(screen, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot, screen)
    assert screen.page.assignee_value.text() == "cdubois"
    assert screen.message == "La commande ED-2026-00000005 est à vous\u00a0: elle est dans Mes dossiers."
    qtbot.keyClick(screen, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot, screen)
    assert screen.detail is not None and screen.detail.status is Status.PAID and screen.detail.assigned_to is None


def test_claim_the_next_one_from_the_order_opens_it(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    screen = open_order(qtbot, window, CLEAN)
    activate(qtbot, window)
    qtbot.keyClick(screen, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: screen.reference == "ED-2026-00000001" and not screen.busy)
    assert screen.message == "Commande ED-2026-00000001 prise\u00a0: elle est dans Mes dossiers."
    assert screen._title.text() == "Commande ED-2026-00000001"


def test_a_failed_load_offers_to_try_again_and_back_still_works(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    session.open_error = ConnectionFailed("timeout")
    window = open_window(session)
    queue = open_queue(qtbot, window, "mine")
    screen = open_order(qtbot, window, CLEAN)
    assert screen.state is ScreenState.FAILED
    assert screen.state_pane.button.isVisible()
    assert not any(a.isEnabled() for a in (screen.release_action, screen.hold_action))
    session.open_error = None
    screen.state_pane.button.click()
    qtbot.waitUntil(lambda: screen.state is ScreenState.READY)
    screen.back_action.trigger()
    assert window.current_screen() is queue


# ---- roles -----------------------------------------------------------------------------------------------------------


def test_an_auditor_sees_the_order_without_any_action(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("smuller")
    window = open_window(session)
    screen = open_order(qtbot, window, MINE)
    assert screen.state is ScreenState.READY
    assert visible_buttons(screen) == {"Retour à la liste", "Actualiser"}
    assert not any(a.isEnabled() for a in screen.screen_actions() if a is not screen.back_action)
    assert not screen.page.blockers_label.isVisibleTo(screen)  # nothing for them to unblock... but the facts are there
    assert "✗ Non remplie" in texts(screen)


def test_a_supervisor_reassigns_the_order_to_someone_with_their_workload(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    session = session_for("jmeyer")
    window = open_window(session)
    screen = open_order(qtbot, window, MINE)  # cdubois's
    assert "Réattribuer…" in visible_buttons(screen)
    activate(qtbot, window)
    qtbot.keyClick(screen, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, AssignDialog))
    dialog = screen.dialog
    assert isinstance(dialog, AssignDialog)
    qtbot.waitUntil(lambda: dialog.staff_list.count() == 3)
    items = [dialog.staff_list.item(r).text() for r in range(3)]
    assert items == ["Claire Dubois (cdubois) — 7 dossiers ouverts — attributaire actuel",
                     "Julie Meyer (jmeyer) — 3 dossiers ouverts", "Marc Rochat (mrochat) — aucun dossier ouvert"]
    dialog.choose("cdubois")
    dialog.confirm()
    assert dialog.message_label.text() == "La commande est déjà attribuée à cdubois."
    dialog.choose("mrochat")
    dialog.confirm()
    wait_idle(qtbot, screen)
    assert session.action_calls[-1] == ("assign", (MINE, 2, "mrochat"))
    assert screen.page.assignee_value.text() == "mrochat"
    assert screen.message == "Commande ED-2026-00000031 attribuée à mrochat."
    assert GUI_THREAD not in session.thread_of("assignable_staff") + session.thread_of("assign")


def test_a_caseworker_cannot_assign(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("cdubois")
    screen = open_order(qtbot, window, 5)
    assert not screen.assign_action.isEnabled()
    assert "Attribuer…" not in visible_buttons(screen)


# ---- the keyboard ------------------------------------------------------------------------------------------------


def test_every_order_action_has_its_shortcut_in_the_f1_list(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("jmeyer")
    open_order(qtbot, window, MINE)
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


def test_the_order_and_queue_never_wait_on_the_gui_thread(qtbot: QtBot, open_window: OpenWindow) -> None:
    session: FakeSession = session_for("cdubois")
    window = open_window(session)
    queue = open_queue(qtbot, window, "mine")
    queue.view.selectionModel().select(queue.model.index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                       | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
    queue.view.setCurrentIndex(queue.model.index(1, 0))
    queue.open_current()
    screen = window.order_screen
    assert screen is not None
    qtbot.waitUntil(lambda: screen.settled and screen.reference == "ED-2026-00000032")
    assert GUI_THREAD not in session.thread_of("open_order")


def test_a_refusal_of_the_service_is_said_in_french_with_what_to_do(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    session.fail_next["hold"] = DomainError(QT_TRANSLATE_NOOP(  # as services.casework.hold raises it
        "Message", "the follow-up date {date} is not a working day; the next one is {next}"),
        date=date(2026, 12, 24), next=date(2026, 12, 28)).keyed("follow_up.not_working_day")
    window = open_window(session)
    screen = open_order(qtbot, window, CLEAN)
    screen.hold_action.trigger()
    dialog = screen.dialog
    assert isinstance(dialog, HoldDialog)
    dialog.reason_edit.setText("Attente du passeport")
    dialog.set_follow_up(add_working_days(clock.today(), 2))
    dialog.confirm()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.message_label.text() == (
        "La démarche n'a pas abouti\u00a0: le 24.12.2026 est un jour de fermeture des bureaux. Choisissez une autre "
        "date de relance, par exemple le 28.12.2026.")
    assert dialog.reason == "Attente du passeport"


def test_a_caseworker_goes_through_the_list_one_order_after_the_other(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("cdubois")
    queue = open_queue(qtbot, window, "mine")
    activate(qtbot, window)
    queue.view.setFocus()
    queue.view.setCurrentIndex(queue.model.index(0, 0))
    qtbot.keyClick(queue.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.order_screen is not None and window.order_screen.reference == "ED-2026-00000031")
    screen = window.order_screen
    assert screen is not None
    qtbot.waitUntil(lambda: screen.scroll_area.hasFocus())
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.current_screen() is queue and queue.view.hasFocus())
    qtbot.keyClick(queue.view, Qt.Key.Key_Down)
    qtbot.keyClick(queue.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.settled and screen.reference == "ED-2026-00000032")


# ---- after shipping: shipments, correction requests, sending a returned order again -----------------------------


def _with_status(session: FakeSession, order_id: int, status: Status) -> None:
    index = session._find(order_id)
    session.queue_rows[index] = replace(session.queue_rows[index], status=status)


def test_a_shipped_order_shows_its_shipments_and_offers_a_correction(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    _with_status(session, 41, Status.DELIVERED)
    window = open_window(session)
    screen = open_order(qtbot, window, 41)
    qtbot.waitUntil(lambda: screen.shipments is not None)
    table = screen.page.shipments_table  # type: ignore[attr-defined]
    assert table is not None and table.item(0, 2).text() == "98.40.123456.00000042"
    assert table.item(0, 4).text() == "Livrée" or table.item(0, 4).text()
    assert GUI_THREAD not in session.thread_of("shipments")
    assert screen.correction_action.isEnabled() and not screen.send_again_action.isEnabled()
    assert screen.action_buttons["correction"].isVisible()


def test_the_correction_dialog_refuses_an_empty_description(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    _with_status(session, 41, Status.SHIPPED)
    screen = open_order(qtbot, open_window(session), 41)
    screen.correction_action.trigger()
    dialog = screen.dialog
    assert isinstance(dialog, CorrectionDialog)
    dialog.ocpm_radio.setChecked(True)
    dialog.confirm()
    assert dialog.message_label.text() and not [c for c in session.action_calls if c[0] == "record_correction"]
    dialog.description_edit.setPlainText("La date d'arrivée à Genève est fausse.")
    dialog.confirm()
    qtbot.waitUntil(lambda: screen.dialog is None and not screen.busy)
    assert session.corrections[-1][2:] == ("La date d'arrivée à Genève est fausse.", "ocpm")
    assert screen.detail is not None and screen.detail.status is Status.APPROVED
    assert GUI_THREAD not in session.thread_of("record_correction")


def test_a_correction_attributable_to_the_applicant_keeps_the_status(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    _with_status(session, 41, Status.DELIVERED)
    screen = open_order(qtbot, open_window(session), 41)
    screen.correction()
    dialog = screen.dialog
    assert isinstance(dialog, CorrectionDialog)
    dialog.description_edit.setPlainText("Le nom de famille est mal orthographié par le requérant.")
    dialog.confirm()
    assert "erreur" in dialog.message_label.text().lower()  # whose error it is: not chosen yet
    dialog.applicant_radio.setChecked(True)
    dialog.confirm()
    qtbot.waitUntil(lambda: screen.dialog is None and not screen.busy)
    assert session.corrections[-1][3] == "applicant"
    assert screen.detail is not None and screen.detail.status is Status.DELIVERED
    assert "nouvelle commande" in screen.message


def test_a_returned_order_is_sent_again_to_a_corrected_address(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    _with_status(session, 42, Status.RETURNED)
    screen = open_order(qtbot, open_window(session), 42)
    assert screen.send_again_action.isEnabled() and not screen.correction_action.isEnabled()
    screen.send_again_action.trigger()
    dialog = screen.dialog
    assert isinstance(dialog, SendAgainDialog)
    edits = dialog.address_edits
    assert edits["street"].text() == "Rue de Carouge" and edits["house_number"].text() == "12"
    assert edits["swiss_zip_code"].text() == "1227" and edits["town"].text() == "Carouge"
    assert edits["mr_mrs"].text() == "Monsieur"
    edits["street"].clear()
    qtbot.keyClicks(edits["street"], "Rue de Lausanne")
    assert dialog.corrected_radio.isChecked()
    dialog.confirm()
    qtbot.waitUntil(lambda: screen.dialog is None and not screen.busy)
    (_order, _version, address), = [args for name, args in session.action_calls if name == "send_again"]
    assert address["street"] == "Rue de Lausanne" and address["mr_mrs"] == "2" and address["country"] is None
    assert screen.detail is not None and screen.detail.status is Status.READY_TO_SHIP


def test_send_again_to_the_same_address_passes_none(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("mrochat")
    _with_status(session, 42, Status.RETURNED)
    screen = open_order(qtbot, open_window(session), 42)
    screen.send_again()
    dialog = screen.dialog
    assert isinstance(dialog, SendAgainDialog)
    dialog.confirm()
    qtbot.waitUntil(lambda: screen.dialog is None and not screen.busy)
    assert [args for name, args in session.action_calls if name == "send_again"] == [(42, 4, None)]


def test_address_fields_read_a_foreign_address() -> None:
    fields = address_fields(("Madame", "Anne Dupont", "12 rue de Rivoli", "75001 Paris", "FRANCE"))
    assert fields["mr_mrs"] == "Madame" and fields["last_name"] == "Dupont"
    assert fields["foreign_zip_code"] == "75001" and fields["town"] == "Paris" and fields["country"] == "FRANCE"
    assert fields["swiss_zip_code"] == ""


def test_a_decisions_shipment_shows_its_appeal_deadline(qtbot: QtBot, open_window: OpenWindow) -> None:
    from datetime import UTC, datetime

    from ocpm_desk.features.mailroom.api import ShipmentView

    session = session_for("cdubois")
    _with_status(session, 41, Status.DELIVERED)
    decision = ShipmentView(7, 41, "ED-2026-00000041", "decision", "R", "98.40.123456.00000043",
                            datetime(2026, 9, 29, 9, 0, tzinfo=UTC), "delivered", None, date(2026, 9, 30),
                            date(2026, 10, 1), date(2026, 10, 1))
    session.shipments = lambda order_id: [decision]  # type: ignore[method-assign]
    window = open_window(session)
    screen = open_order(qtbot, window, 41)
    qtbot.waitUntil(lambda: screen.page.shipments_table is not None)  # type: ignore[attr-defined]
    table = screen.page.shipments_table  # type: ignore[attr-defined]
    # notified Thursday 1 October 2026: day 30 is Saturday 31 October → Monday 2 November (DESIGN §4.3)
    assert table.item(0, 8).text() == "02.11.2026"
