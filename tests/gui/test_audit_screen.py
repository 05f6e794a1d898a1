"""The audit screen and its table model against the fake session: filters, search, "who viewed what", verify."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from gui_fakes import AUDIT_HEAD, AUDIT_ROWS, GUI_THREAD, FakeSession, session_for
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ocpm_desk.features.audit.api import AuditFilter, AuditRow, AuditVerification, AuditWitness
from ocpm_desk.gui.audit.model import ACTION, DETAILS, PERSON, RAW_ROLE, AuditEventsModel
from ocpm_desk.gui.audit.screen import ACTION_CHARS, PERSON_CHARS, SEARCH_LIMIT, AuditScreen
from ocpm_desk.gui.audit.text import describe_payload, format_moment
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.gui.screen import ScreenState
from ocpm_desk.kernel.errors import ConnectionFailed

pytestmark = pytest.mark.gui

OpenWindow = Callable[..., MainWindow]


def open_audit(qtbot: QtBot, open_window: OpenWindow, who: str | FakeSession) -> AuditScreen:
    window = open_window(who)
    window.show_screen("audit")
    screen = window.screen_by_key("audit")
    assert isinstance(screen, AuditScreen)
    qtbot.waitUntil(lambda: screen.settled)
    return screen


def shown(screen: AuditScreen, column: int) -> list[str]:
    model = screen.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def searches(screen: AuditScreen) -> list[AuditFilter]:
    session = screen._session
    assert isinstance(session, FakeSession)
    return session.audit_searches


# ------------------------------------------------------------------------------------------------- the model
def test_the_audit_model_keeps_the_qt_model_contract(qtmodeltester: ModelTester) -> None:
    model = AuditEventsModel()
    model.set_events(AUDIT_ROWS)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(AuditEventsModel(), force_py=True)


def test_events_are_shown_in_geneva_time_with_french_actions() -> None:
    model = AuditEventsModel()
    model.set_events(AUDIT_ROWS)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Date et heure", "Personne", "Action", "Commande", "Détails"]
    tip = model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Double-cliquez sur un événement d'une commande pour afficher tout le journal de cette commande."
    row = [model.index(1, c).data() for c in range(model.columnCount())]
    assert row == ["12.03.2026 11:02:00", "cdubois", "Données personnelles consultées", "ED-2026-00000012", ""]
    # 23:30 UTC on 11 March is 00:30 on 12 March in Geneva, whatever the workstation's time zone
    assert model.index(3, 0).data() == "12.03.2026 00:30:00"
    assert format_moment(datetime(2026, 7, 1, 22, 30, tzinfo=UTC)) == "02.07.2026 00:30:00"
    assert model.index(2, 4).data() == "Payée → En examen · attribuée à cdubois"
    assert model.index(4, 2).data() == "Connexion"
    assert model.index(4, 3).data() == "—"
    assert model.index(4, 4).data() == ""  # a login: the person says it all
    assert model.index(5, 2).data() == "Commandes\u00a0: ligne ajoutée (dans la base de données)"
    assert model.index(5, 4).data() == "Payée"
    assert model.index(0, 4).data() == "2 résultat(s) · action\u00a0: Qui a consulté quoi"
    assert model.index(6, 4).data() == "lignes modifiées\u00a0: 94"
    # the command line's synthetic actor is named; its code stays in the tooltip
    assert model.index(6, 1).data() == "Système (ligne de commande)"
    assert model.index(6, 1).data(Qt.ItemDataRole.ToolTipRole) == "system:cli"
    # raw values and tooltips: the action code, the exact instant, the payload as stored
    assert model.index(1, 2).data(RAW_ROLE) == "order.viewed"
    assert model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole) == "Données personnelles consultées (order.viewed)"
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "Événement 6 · 2026-03-12T10:02:00.000000+00:00"
    assert model.index(2, 4).data(Qt.ItemDataRole.ToolTipRole) == (
        f"Payée → En examen · attribuée à cdubois\nTel qu'enregistré\u00a0: {AUDIT_ROWS[2].payload}")
    assert model.index(4, 4).data(Qt.ItemDataRole.ToolTipRole) == "Tel qu'enregistré\u00a0: {}"
    for role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.EditRole):
        assert model.index(0, 0).data(role) is None


def test_unknown_actions_and_odd_payloads_are_shown_as_they_are() -> None:
    row = AuditRow(9, datetime(2026, 1, 5, 8, 0, tzinfo=UTC), "x", "decision.signed", "decision", "3", None, "[1, 2]")
    model = AuditEventsModel()
    model.set_events([row])
    assert model.index(0, 2).data() == "decision.signed"
    assert model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == "Décision n° 3"
    assert describe_payload(row) == "Décision n° 3 · 1, 2"
    assert describe_payload(replace(row, payload="not json")) == "not json"
    locked = replace(row, payload='{"locked":true,"roles":["auditor","admin"]}')
    assert describe_payload(locked) == (
        "Décision n° 3 · compte verrouillé\u00a0: oui · rôles\u00a0: Auditeur, Administrateur")
    assert describe_payload(replace(row, payload="{}")) == "Décision n° 3"


# ------------------------------------------------------------------------------------------------ the screen
@pytest.mark.parametrize(
    ("username", "has_audit", "may_verify"),
    [("smuller", True, True), ("mrochat", True, False), ("jmeyer", True, False), ("cdubois", False, False),
     ("nfavre", False, False), ("pblanc", False, False)],
)  # fmt: skip
def test_supervisors_and_auditors_get_the_screen_auditors_verify(
    open_window: OpenWindow, username: str, has_audit: bool, may_verify: bool
) -> None:
    window = open_window(username)
    assert ("audit" in window.screen_keys()) is has_audit
    if has_audit:
        index = window.screen_keys().index("audit")
        assert window.navigation.item(index).text() == "Journal d'audit"
        screen = window.screen_by_key("audit")
        assert isinstance(screen, AuditScreen)
        assert screen.verify_bar.isVisibleTo(screen) is may_verify


def test_the_screen_loads_the_newest_events_in_the_background(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("smuller")
    screen = open_audit(qtbot, open_window, session)
    assert screen.state is ScreenState.READY and screen.showing_content()
    assert screen.title() == "Journal d'audit"
    assert screen.model.rowCount() == len(AUDIT_ROWS)
    assert searches(screen) == [AuditFilter(limit=SEARCH_LIMIT)]
    assert screen._details.text() == "7 événements, du plus récent au plus ancien · dates et heures de Genève"
    assert session.thread_of("audit_events") and GUI_THREAD not in session.thread_of("audit_events")


def test_who_viewed_what_is_one_choice(qtbot: QtBot, open_window: OpenWindow) -> None:
    screen = open_audit(qtbot, open_window, "mrochat")
    combo = screen.action_combo
    index = combo.findData("order.viewed")
    assert combo.itemText(index) == "Qui a consulté quoi"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what choosing it with the mouse or the keyboard does
    qtbot.waitUntil(lambda: len(searches(screen)) == 2 and screen.settled)
    assert searches(screen)[-1].action == "order.viewed"
    assert shown(screen, 1) == ["cdubois", "jmeyer"]
    assert shown(screen, 3) == ["ED-2026-00000012", "ED-2026-00000007"]
    assert [combo.itemData(i) for i in range(combo.count())] == [
        None, "order.viewed", "order.", "staff.", "audit.searched", "row.", "reference.",
    ]  # fmt: skip


def test_enter_in_a_field_searches_with_every_filter(qtbot: QtBot, open_window: OpenWindow) -> None:
    screen = open_audit(qtbot, open_window, "smuller")
    qtbot.keyClicks(screen.order_edit, " ed-2026-00000012 ")
    qtbot.keyClicks(screen.person_edit, "cdubois")
    screen.from_check.setChecked(True)
    screen.from_date.setDate(QDate(2026, 3, 1))
    screen.to_check.setChecked(True)
    screen.to_date.setDate(QDate(2026, 3, 31))
    assert screen.from_date.isEnabled() and screen.to_date.isEnabled()
    window = screen.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    screen.person_edit.setFocus()
    qtbot.keyClick(screen.person_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(searches(screen)) == 2 and screen.settled)
    assert searches(screen)[-1] == AuditFilter(
        order_reference="ed-2026-00000012", actor="cdubois", action=None, date_from=date(2026, 3, 1),
        date_to=date(2026, 3, 31), limit=SEARCH_LIMIT,
    )  # fmt: skip
    assert shown(screen, 2) == ["Données personnelles consultées", "Commande prise en charge"]
    # unticking a date means "any date"; the Search button does the same as Enter
    screen.from_check.setChecked(False)
    qtbot.mouseClick(screen.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(searches(screen)) == 3 and screen.settled)
    assert searches(screen)[-1].date_from is None and not screen.from_date.isEnabled()


def test_double_clicking_an_order_event_shows_that_orders_whole_trail(qtbot: QtBot, open_window: OpenWindow) -> None:
    screen = open_audit(qtbot, open_window, "smuller")
    screen.person_edit.setText("cdubois")
    screen.show_order_trail(4)  # a login: no order, nothing happens
    assert len(searches(screen)) == 1
    screen.show_order_trail(2)
    qtbot.waitUntil(lambda: len(searches(screen)) == 2 and screen.settled)
    assert searches(screen)[-1] == AuditFilter(order_reference="ED-2026-00000012", limit=SEARCH_LIMIT)
    assert shown(screen, 1) == ["cdubois", "cdubois", "edemarches"]


def test_no_match_keeps_the_filters_on_screen(qtbot: QtBot, open_window: OpenWindow) -> None:
    screen = open_audit(qtbot, open_window, "smuller")
    screen.person_edit.setText("nobody")
    screen.search()
    qtbot.waitUntil(lambda: screen.state is ScreenState.EMPTY)
    assert screen.state_pane.title == "Aucun événement ne correspond à ces filtres"
    assert screen.filters.isVisible() and screen.search_button.isEnabled()


def test_a_failed_search_says_so_and_retry_works(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("smuller")
    session.audit_error = ConnectionFailed("gone")
    screen = open_audit(qtbot, open_window, session)
    assert screen.state is ScreenState.FAILED
    assert screen.state_pane.title == "Les données n'ont pas pu être chargées"
    assert screen.filters.isVisible()
    session.audit_error = None
    qtbot.mouseClick(screen.state_pane.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.state is ScreenState.READY)


def test_a_full_page_says_older_events_are_not_shown(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("smuller")
    row = AUDIT_ROWS[3]
    session.audit_rows = tuple(replace(row, id=i) for i in range(SEARCH_LIMIT + 20, 0, -1))
    screen = open_audit(qtbot, open_window, session)
    assert screen.model.rowCount() == SEARCH_LIMIT
    assert screen._details.text() == (
        "Les 500 événements les plus récents\u00a0: affinez les filtres pour voir les plus anciens"
    )


def test_verify_shows_an_intact_chain_with_its_head(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("smuller")
    screen = open_audit(qtbot, open_window, session)
    qtbot.mouseClick(screen.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.verifying)
    assert screen.verify_result.text() == f"✓ Chaîne intacte\u00a0: 7 événements vérifiés, tête 7:{AUDIT_HEAD}"
    assert screen.verify_result.property("kind") == "ok"
    assert screen.verify_button.isEnabled()
    assert session.thread_of("verify_audit") and GUI_THREAD not in session.thread_of("verify_audit")


def test_verify_names_the_first_broken_event_in_red(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("smuller")
    session.verification = AuditVerification(
        False, 3, 7, AUDIT_HEAD, 4, "event 4 was altered: its hash does not match its content"
    )
    screen = open_audit(qtbot, open_window, session)
    screen.verify()
    assert screen.verifying and not screen.verify_button.isEnabled()
    assert screen.verify_result.text() == "Vérification de toute la chaîne…"
    qtbot.waitUntil(lambda: not screen.verifying)
    assert screen.verify_result.text() == (
        "✗ Chaîne rompue à l'événement 4\u00a0: event 4 was altered: its hash does not match its content"
    )
    assert screen.verify_result.property("kind") == "error"


def test_verify_on_an_empty_chain_and_when_the_database_is_gone(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("smuller")
    session.verification = AuditVerification(True, 0, None, None)
    screen = open_audit(qtbot, open_window, session)
    screen.verify()
    qtbot.waitUntil(lambda: not screen.verifying)
    assert screen.verify_result.text() == "✓ Chaîne intacte\u00a0: aucun événement pour l'instant"
    session.audit_error = ConnectionFailed("gone")
    screen.verify()
    qtbot.waitUntil(lambda: not screen.verifying)
    assert screen.verify_result.property("kind") == "error"
    assert screen.verify_result.text().startswith("La démarche n'a pas abouti")


# ------------------------------------------------------------------------------------------------- the witness
# (the witness's texts are checked by what they show — id, start of the hash, Geneva time — not word for word)
WITNESS_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"


def test_verify_shows_the_workstations_witness(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("smuller")
    witness = AuditWitness(7, AUDIT_HEAD, datetime(2026, 3, 12, 10, 2, tzinfo=UTC))
    session.verification = replace(session.verification, witness=witness)
    screen = open_audit(qtbot, open_window, session)
    assert not screen.witness_label.isVisibleTo(screen)  # nothing is known before a verification
    screen.verify()
    qtbot.waitUntil(lambda: not screen.verifying)
    assert screen.verify_result.text() == f"✓ Chaîne intacte\u00a0: 7 événements vérifiés, tête 7:{AUDIT_HEAD}"
    assert screen.verify_result.property("kind") == "ok"
    assert screen.witness_label.isVisibleTo(screen)
    shown_witness = screen.witness_label.text()
    assert "7" in shown_witness and AUDIT_HEAD[:12] in shown_witness and AUDIT_HEAD not in shown_witness
    assert "12.03.2026 11:02:00" in shown_witness  # when it was recorded, in Geneva time
    assert screen.witness_label.toolTip() == f"7:{AUDIT_HEAD}"
    # no witness (an in-memory database): nothing is shown
    session.verification = AuditVerification(True, 0, None, None)
    screen.verify()
    qtbot.waitUntil(lambda: not screen.verifying)
    assert not screen.witness_label.isVisibleTo(screen)


def test_a_chain_that_lost_the_witness_is_said_clearly_in_red(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("smuller")
    lost = AuditWitness(9, WITNESS_HASH, datetime(2026, 7, 1, 22, 30, tzinfo=UTC), lost=True)
    session.verification = AuditVerification(
        False, 7, 7, AUDIT_HEAD, 8,
        "the chain no longer contains event 9, the head this workstation saw on 2026-07-01 22:30 UTC: it ends at "
        "event 7", witness=lost,
    )  # fmt: skip
    screen = open_audit(qtbot, open_window, session)
    qtbot.mouseClick(screen.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.verifying)
    warning = screen.verify_result.text()
    assert screen.verify_result.property("kind") == "error"
    assert warning.startswith("✗ ") and "9" in warning and WITNESS_HASH[:12] in warning
    assert "02.07.2026 00:30:00" in warning  # the witness's time, in Geneva time
    assert "--accept-head" in warning  # what to do after a legitimate restore
    assert "UTC" not in warning  # the screen's own words, not the service's English reason
    assert screen.witness_label.isVisibleTo(screen) and WITNESS_HASH[:12] in screen.witness_label.text()
    assert screen.verify_button.isEnabled()


def test_the_witness_is_shown_as_soon_as_the_screen_opens_and_a_lost_one_in_red(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    session = session_for("smuller")
    session.witness = AuditWitness(7, AUDIT_HEAD, datetime(2026, 3, 12, 10, 2, tzinfo=UTC))
    screen = open_audit(qtbot, open_window, session)
    qtbot.waitUntil(lambda: screen.witness_label.isVisibleTo(screen))
    assert AUDIT_HEAD[:12] in screen.witness_label.text() and "12.03.2026 11:02:00" in screen.witness_label.text()
    assert GUI_THREAD not in session.thread_of("audit_witness")
    session.witness = AuditWitness(9, WITNESS_HASH, datetime(2026, 7, 1, 22, 30, tzinfo=UTC), lost=True)
    screen2 = open_audit(qtbot, open_window, session)
    qtbot.waitUntil(lambda: screen2.verify_result.property("kind") == "error")
    assert WITNESS_HASH[:12] in screen2.verify_result.text() and "--accept-head" in screen2.verify_result.text()


def test_a_long_action_is_cut_to_leave_the_details_room_and_whole_in_its_tooltip(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    session = session_for("smuller")
    requested = AuditRow(8, datetime(2026, 3, 12, 14, 0, tzinfo=UTC), "admin", "staff.requested", "staff", "lmartin",
                         None, '{"kind":"create","roles":["caseworker"]}')  # fmt: skip
    session.audit_rows = (requested, *AUDIT_ROWS)
    screen = open_audit(qtbot, open_window, session)
    label = "Modification de compte demandée (un second administrateur confirme)"
    assert screen.model.index(0, ACTION).data() == label
    cap = screen.view.fontMetrics().averageCharWidth() * ACTION_CHARS
    assert screen.view.columnWidth(ACTION) == cap < screen.view.fontMetrics().horizontalAdvance(label)
    assert screen.model.index(0, ACTION).data(Qt.ItemDataRole.ToolTipRole) == f"{label} (staff.requested)"
    assert screen.model.index(0, DETAILS).data() == (
        "Compte lmartin · demande\u00a0: création du compte · rôles\u00a0: Gestionnaire")
    # the person's column too is at most as wide as its cap (« Système (ligne de commande) » reaches it)
    assert screen.view.columnWidth(PERSON) <= screen.view.fontMetrics().averageCharWidth() * PERSON_CHARS
