"""The audit screen and its table model: filters, search, "who viewed what", verify, the workstation's witness.

The model is checked on rows written here (a small trail, newest first, with actions only PostgreSQL's triggers
write); the screen over the real services, on a trail the office leaves through them (``office_trail``) and on a
chain tampered with in the database.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from gui_fakes import GUI_THREAD, WatchedSession, session_for
from ocpm_factories import add_orders
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from screen_steps import OpenWindow
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from ocpm_desk.features.audit.api import AuditFilter, AuditRow
from ocpm_desk.gui.audit.model import ACTION, DETAILS, PERSON, RAW_ROLE, AuditEventsModel
from ocpm_desk.gui.audit.screen import ACTION_CHARS, PERSON_CHARS, SEARCH_LIMIT, AuditScreen
from ocpm_desk.gui.audit.text import describe_payload, format_moment
from ocpm_desk.gui.screen import ScreenState
from ocpm_desk.infrastructure.audit_store import append_audit
from ocpm_desk.infrastructure.db.models import AuditEvent, Order
from ocpm_desk.kernel.clock import FixedClock, use_clock
from ocpm_desk.kernel.errors import ConnectionFailed

pytestmark = pytest.mark.gui


#: A small audit trail, newest first, as ``search_audit`` returns it (for the model).
AUDIT_ROWS = (
    AuditRow(7, datetime(2026, 3, 12, 13, 5, 9, tzinfo=UTC), "smuller", "audit.searched", "audit", "search", None,
             '{"action":"order.viewed","found":2,"limit":500}'),
    AuditRow(6, datetime(2026, 3, 12, 10, 2, tzinfo=UTC), "cdubois", "order.viewed", "order", "12",
             "ED-2026-00000012", '{"reference":"ED-2026-00000012"}'),
    AuditRow(5, datetime(2026, 3, 12, 9, 58, tzinfo=UTC), "cdubois", "order.claim", "order", "12",
             "ED-2026-00000012", '{"assigned_to":"cdubois","from":"paid","to":"in_review"}'),
    AuditRow(4, datetime(2026, 3, 11, 23, 30, tzinfo=UTC), "jmeyer", "order.viewed", "order", "7",
             "ED-2026-00000007", '{"reference":"ED-2026-00000007"}'),
    AuditRow(3, datetime(2026, 3, 11, 8, 0, tzinfo=UTC), "cdubois", "staff.login", "staff", "cdubois", None, "{}"),
    AuditRow(2, datetime(2026, 3, 10, 7, 0, tzinfo=UTC), "edemarches", "row.insert", "orders", "12",
             "ED-2026-00000012", '{"status": "paid"}'),
    AuditRow(1, datetime(2026, 3, 1, 6, 0, tzinfo=UTC), "system:cli", "reference.loaded", "reference_data",
             "resources/reference", None, '{"rows_changed":94}'),
)  # fmt: skip
#: When the office's trail was left (``office_trail``): 12 March 2026, in UTC.
CLAIMED, VIEWED, VIEWED_ELSEWHERE = (datetime(2026, 3, 12, h, m, tzinfo=UTC) for h, m in ((9, 58), (10, 2), (10, 30)))


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


def office_trail(engine: Engine) -> tuple[str, str]:
    """What the office did on 12 March 2026, through the services: cdubois claims a first order and opens it, jmeyer
    opens a second one later. The two references."""
    first, second = add_orders(engine, 2, start=datetime(2026, 3, 10, 8, 0, tzinfo=UTC))
    cdubois, jmeyer = session_for(engine, "cdubois"), session_for(engine, "jmeyer")
    with use_clock(FixedClock(CLAIMED)):
        cdubois.casework.claim(first, 1)
    with use_clock(FixedClock(VIEWED)):
        cdubois.casework.order_detail(first)
    with use_clock(FixedClock(VIEWED_ELSEWHERE)):
        jmeyer.casework.order_detail(second)
    with Session(engine) as s:
        return s.get_one(Order, first).reference, s.get_one(Order, second).reference


@pytest.fixture
def trail(gui_engine: Engine) -> tuple[str, str]:
    return office_trail(gui_engine)


def open_audit(qtbot: QtBot, open_window: OpenWindow, who: str | WatchedSession) -> AuditScreen:
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
    assert isinstance(session, WatchedSession)
    return [args[0] for args in session.args_of("audit.search_audit")]


def head(engine: Engine) -> tuple[int, str]:
    """The id and hash of the newest event of the chain."""
    with Session(engine) as s:
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
        assert event.hash is not None
        return event.id, event.hash


def test_supervisors_and_auditors_get_the_screen_auditors_verify(open_window: OpenWindow) -> None:
    for username, has_audit, may_verify in (("smuller", True, True), ("mrochat", True, False),
                                            ("jmeyer", True, False), ("cdubois", False, False),
                                            ("nfavre", False, False), ("pblanc", False, False)):  # fmt: skip
        window = open_window(username)
        assert ("audit" in window.screen_keys()) is has_audit, username
        if has_audit:
            index = window.screen_keys().index("audit")
            assert window.navigation.item(index).text() == "Journal d'audit"
            screen = window.screen_by_key("audit")
            assert isinstance(screen, AuditScreen)
            assert screen.verify_bar.isVisibleTo(screen) is may_verify
        window.close()


def test_the_screen_loads_the_newest_events_in_the_background(qtbot: QtBot, open_window: OpenWindow,
                                                              gui_engine: Engine, trail: tuple[str, str]) -> None:
    events, _hash = head(gui_engine)
    session = session_for(gui_engine, "smuller")
    screen = open_audit(qtbot, open_window, session)
    assert screen.state is ScreenState.READY and screen.showing_content()
    assert screen.title() == "Journal d'audit"
    assert searches(screen) == [AuditFilter(limit=SEARCH_LIMIT)]
    assert screen.model.rowCount() == events
    assert (shown(screen, 1)[0], shown(screen, 2)[0]) == ("jmeyer", "Données personnelles consultées")
    assert shown(screen, 1)[-1] == "Système (ligne de commande)"  # init-db loaded the reference data first
    assert screen._details.text() == f"{events} événements, du plus récent au plus ancien · dates et heures de Genève"
    assert head(gui_engine)[0] == events + 1  # the search itself was audited
    assert session.thread_of("audit.search_audit") and GUI_THREAD not in session.thread_of("audit.search_audit")


def test_who_viewed_what_is_one_choice_and_a_supervisor_sees_the_team(
    qtbot: QtBot, open_window: OpenWindow, trail: tuple[str, str]
) -> None:
    first, second = trail
    screen = open_audit(qtbot, open_window, "mrochat")
    combo = screen.action_combo
    index = combo.findData("order.viewed")
    assert combo.itemText(index) == "Qui a consulté quoi"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what choosing it with the mouse or the keyboard does
    qtbot.waitUntil(lambda: len(searches(screen)) == 2 and screen.settled)
    assert searches(screen)[-1].action == "order.viewed"
    assert shown(screen, 1) == ["jmeyer", "cdubois"]
    assert shown(screen, 3) == [second, first]
    assert [combo.itemData(i) for i in range(combo.count())] == [
        None, "order.viewed", "order.", "staff.", "audit.searched", "row.", "reference.",
    ]  # fmt: skip


def test_enter_in_a_field_searches_with_every_filter(qtbot: QtBot, open_window: OpenWindow,
                                                     trail: tuple[str, str]) -> None:  # fmt: skip
    first, _second = trail
    screen = open_audit(qtbot, open_window, "smuller")
    qtbot.keyClicks(screen.order_edit, f" {first.lower()} ")
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
        order_reference=first.lower(), actor="cdubois", action=None, date_from=date(2026, 3, 1),
        date_to=date(2026, 3, 31), limit=SEARCH_LIMIT,
    )  # fmt: skip
    assert shown(screen, 2)[0] == "Données personnelles consultées"
    assert shown(screen, 2)[-1] == "Commande prise en charge"
    assert set(shown(screen, 1)) == {"cdubois"} and set(shown(screen, 3)) == {first}
    # unticking a date means "any date"; the Search button does the same as Enter
    screen.from_check.setChecked(False)
    qtbot.mouseClick(screen.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(searches(screen)) == 3 and screen.settled)
    assert searches(screen)[-1].date_from is None and not screen.from_date.isEnabled()
    # a day without events: nothing, the filters stay on screen
    screen.from_check.setChecked(True)
    screen.from_date.setDate(QDate(2026, 3, 13))
    screen.search()
    qtbot.waitUntil(lambda: screen.state is ScreenState.EMPTY)
    assert screen.state_pane.title == "Aucun événement ne correspond à ces filtres"
    assert screen.filters.isVisible() and screen.search_button.isEnabled()


def test_double_clicking_an_order_event_shows_that_orders_whole_trail(
    qtbot: QtBot, open_window: OpenWindow, trail: tuple[str, str]
) -> None:
    first, _second = trail
    screen = open_audit(qtbot, open_window, "smuller")
    screen.person_edit.setText("cdubois")
    rows = shown(screen, 3)
    screen.show_order_trail(rows.index("—"))  # an event of no order: nothing happens
    assert len(searches(screen)) == 1
    screen.show_order_trail(rows.index(first))
    qtbot.waitUntil(lambda: len(searches(screen)) == 2 and screen.settled)
    assert searches(screen)[-1] == AuditFilter(order_reference=first, limit=SEARCH_LIMIT)
    assert set(shown(screen, 3)) == {first} and set(shown(screen, 1)) == {"cdubois"}
    assert screen.person_edit.text() == ""


def test_a_failed_search_says_so_and_retry_works(qtbot: QtBot, open_window: OpenWindow, gui_engine: Engine) -> None:
    session = session_for(gui_engine, "smuller")
    session.fail("audit.search_audit", ConnectionFailed("gone"))
    screen = open_audit(qtbot, open_window, session)
    assert screen.state is ScreenState.FAILED
    assert screen.state_pane.title == "Les données n'ont pas pu être chargées"
    assert screen.filters.isVisible()
    session.heal("audit.search_audit")
    qtbot.mouseClick(screen.state_pane.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.state is ScreenState.READY)


def test_a_full_page_says_older_events_are_not_shown(qtbot: QtBot, open_window: OpenWindow, gui_engine: Engine
                                                     ) -> None:  # fmt: skip
    with Session(gui_engine) as s:  # a busy day: more events than a page shows
        for minute in range(SEARCH_LIMIT + 20):
            append_audit(s, "jmeyer", "order.viewed", "order", "1", {"reference": "ED-2026-00000001"},
                         occurred_at=datetime(2026, 3, 12, 8, tzinfo=UTC) + timedelta(minutes=minute))
        s.commit()
    screen = open_audit(qtbot, open_window, "smuller")
    assert screen.model.rowCount() == SEARCH_LIMIT
    assert screen._details.text() == (
        "Les 500 événements les plus récents\u00a0: affinez les filtres pour voir les plus anciens"
    )


def test_verify_shows_an_intact_chain_and_the_workstations_witness(
    qtbot: QtBot, open_window: OpenWindow, gui_engine: Engine, trail: tuple[str, str]
) -> None:
    session = session_for(gui_engine, "smuller")
    screen = open_audit(qtbot, open_window, session)
    # the witness is shown as soon as the screen opens: the head this workstation saw
    qtbot.waitUntil(lambda: screen.witness_label.isVisibleTo(screen))
    head_id, head_hash = head(gui_engine)
    assert head_hash[:12] in screen.witness_label.text() and str(head_id) in screen.witness_label.text()
    verified_at = datetime(2026, 3, 12, 10, 2, tzinfo=UTC)
    with use_clock(FixedClock(verified_at)):
        qtbot.mouseClick(screen.verify_button, Qt.MouseButton.LeftButton)
        assert screen.verifying and not screen.verify_button.isEnabled()
        assert screen.verify_result.text() == "Vérification de toute la chaîne…"
        qtbot.waitUntil(lambda: not screen.verifying)
    head_id, head_hash = head(gui_engine)  # verifying writes no event
    assert screen.verify_result.text() == (
        f"✓ Chaîne intacte\u00a0: {head_id} événements vérifiés, tête {head_id}:{head_hash}")
    assert screen.verify_result.property("kind") == "ok"
    assert screen.verify_button.isEnabled()
    witness = screen.witness_label.text()
    assert str(head_id) in witness and head_hash[:12] in witness and head_hash not in witness
    assert "12.03.2026 11:02:00" in witness  # when it was recorded, in Geneva time
    assert screen.witness_label.toolTip() == f"{head_id}:{head_hash}"
    verifications = session.thread_of("audit.verify_with_witness")
    assert verifications and GUI_THREAD not in verifications


def test_verify_names_the_first_broken_event_in_red(qtbot: QtBot, open_window: OpenWindow, gui_engine: Engine,
                                                    trail: tuple[str, str]) -> None:  # fmt: skip
    session = session_for(gui_engine, "smuller")
    screen = open_audit(qtbot, open_window, session)
    with gui_engine.begin() as conn:  # someone edits an event in the database
        conn.execute(text("UPDATE audit_events SET actor = 'nobody' WHERE id = 2"))
    screen.verify()
    qtbot.waitUntil(lambda: not screen.verifying)
    assert screen.verify_result.text() == (
        "✗ Chaîne rompue à l'événement 2\u00a0: event 2 was altered: its hash does not match its content"
    )
    assert screen.verify_result.property("kind") == "error"
    # and when the database cannot be reached
    session.fail("audit.verify_with_witness", ConnectionFailed("gone"))
    screen.verify()
    qtbot.waitUntil(lambda: not screen.verifying)
    assert screen.verify_result.property("kind") == "error"
    assert screen.verify_result.text().startswith("La démarche n'a pas abouti")


def test_a_chain_that_lost_the_witness_is_said_clearly_in_red(qtbot: QtBot, open_window: OpenWindow,
                                                              gui_engine: Engine, trail: tuple[str, str]) -> None:
    seen_at = datetime(2026, 7, 1, 22, 30, tzinfo=UTC)
    with use_clock(FixedClock(seen_at)):  # the screen opens: its workstation records the head it saw
        screen = open_audit(qtbot, open_window, "smuller")
        qtbot.waitUntil(lambda: screen.witness_label.isVisibleTo(screen))
    seen_id, seen_hash = head(gui_engine)
    with gui_engine.begin() as conn:  # the tail of the chain is deleted
        conn.execute(text("DELETE FROM audit_events WHERE id >= 3"))
    qtbot.mouseClick(screen.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.verifying)
    warning = screen.verify_result.text()
    assert screen.verify_result.property("kind") == "error"
    assert warning.startswith("✗ ") and str(seen_id) in warning and seen_hash[:12] in warning
    assert "02.07.2026 00:30:00" in warning  # the witness's time, in Geneva time
    assert "--accept-head" in warning  # what to do after a legitimate restore
    assert "UTC" not in warning  # the screen's own words, not the service's English reason
    assert screen.witness_label.isVisibleTo(screen) and seen_hash[:12] in screen.witness_label.text()
    assert screen.verify_button.isEnabled()
    # the screen opened again says it at once, before any verification
    again = open_audit(qtbot, open_window, "smuller")
    qtbot.waitUntil(lambda: again.verify_result.property("kind") == "error")
    assert seen_hash[:12] in again.verify_result.text() and "--accept-head" in again.verify_result.text()


def test_a_long_action_is_cut_to_leave_the_details_room_and_whole_in_its_tooltip(
    qtbot: QtBot, open_window: OpenWindow, gui_engine: Engine
) -> None:
    with Session(gui_engine) as s:  # what an administrator's request writes (PostgreSQL's account management)
        append_audit(s, "admin", "staff.requested", "staff", "lmartin", {"kind": "create", "roles": ["caseworker"]})
        s.commit()
    screen = open_audit(qtbot, open_window, "smuller")
    row = [screen.model.index(r, ACTION).data(RAW_ROLE) for r in range(screen.model.rowCount())].index(
        "staff.requested")
    label = "Modification de compte demandée (un second administrateur confirme)"
    assert screen.model.index(row, ACTION).data() == label
    cap = screen.view.fontMetrics().averageCharWidth() * ACTION_CHARS
    assert screen.view.columnWidth(ACTION) == cap < screen.view.fontMetrics().horizontalAdvance(label)
    assert screen.model.index(row, ACTION).data(Qt.ItemDataRole.ToolTipRole) == f"{label} (staff.requested)"
    assert screen.model.index(row, DETAILS).data() == (
        "Compte lmartin · demande\u00a0: création du compte · rôles\u00a0: Gestionnaire")
    # the person's column too is at most as wide as its cap (« Système (ligne de commande) » reaches it)
    assert screen.view.columnWidth(PERSON) <= screen.view.fontMetrics().averageCharWidth() * PERSON_CHARS
