"""The main window over the real services: navigation by role, status bar, shortcuts, states of the screens; a
watched session (``gui_fakes.WatchedSession``) loses the connection on demand."""

from __future__ import annotations

import re
import threading
from datetime import date

import pytest
from gui_fakes import GUI_THREAD, session_for
from ocpm_factories import add_orders
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from screen_steps import LoggedIn, OpenWindow
from sqlalchemy import Engine, text

from ocpm_desk.features.casework.api import Queue, QueueSpec
from ocpm_desk.gui.background import run_in_background
from ocpm_desk.gui.formatting import format_datetime
from ocpm_desk.gui.help import ShortcutsDialog
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.gui.navigation import landing_screen
from ocpm_desk.gui.overview.screen import OverviewScreen
from ocpm_desk.gui.reference.catalogue import CatalogueScreen
from ocpm_desk.gui.screen import ScreenState
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.calendar import DeliveryClock
from ocpm_desk.kernel.clock import FixedClock, use_clock
from ocpm_desk.kernel.errors import ConnectionFailed, DomainError
from ocpm_desk.kernel.lifecycle import Status
from ocpm_desk.kernel.roles import Role

pytestmark = pytest.mark.gui

UNREACHABLE = (
    "La démarche n'a pas abouti\u00a0: la base de données est injoignable. Vérifiez la connexion et réessayez."
)


def nav_texts(window: MainWindow) -> list[str]:
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


@pytest.mark.parametrize(
    ("username", "keys"),
    [
        ("cdubois", ["overview", "to_process", "mine", "on_hold", "all", "catalogue"]),  # caseworker
        ("mrochat", ["overview", "to_process", "mine", "on_hold", "all", "approvals", "appeal_deadlines", "catalogue",
                     "audit", "import", "quarantine"]),  # supervisor
        ("nfavre", ["overview", "to_print", "to_ship"]),  # mail room: counts yes, reference data no
        ("pblanc", ["overview", "catalogue"]),  # admin: counts are not personal data
        ("smuller", ["overview", "to_process", "mine", "on_hold", "all", "catalogue", "audit"]),  # auditor
    ],
)
def test_the_navigation_shows_only_the_screens_of_the_roles(
    open_window: OpenWindow, username: str, keys: list[str]
) -> None:
    window = open_window(username)
    assert window.screen_keys() == keys
    titles = {"overview": "Vue d'ensemble", "catalogue": "Référentiel", "audit": "Journal d'audit",
              "to_process": "À traiter", "mine": "Mes dossiers", "on_hold": "En attente",
              "all": "Toutes les commandes", "approvals": "Décisions à approuver",
              "appeal_deadlines": "Délais de recours", "to_print": "À imprimer", "to_ship": "À expédier",
                  "import": "Importer des commandes", "quarantine": "Quarantaine"}  # fmt: skip
    # "À imprimer" shows its count once loaded: "À imprimer (3)"
    assert [re.sub(r" \(\d+\)$", "", text) for text in nav_texts(window)] == [titles[k] for k in keys]
    assert window.navigation.isVisible()


def test_an_intake_account_gets_a_clear_message_and_no_screen(open_window: OpenWindow) -> None:
    window = open_window("edemarches")
    assert window.screen_keys() == []
    assert not window.navigation.isVisible()
    assert window.stack.currentWidget() is window.no_screens
    assert window.no_screens.title == "Aucun écran pour ce compte"
    assert "(Réception)" in window.no_screens.message
    assert not window.refresh_action.isEnabled()
    with QtBotSignal(window.logout_requested) as logged_out:
        window.no_screens.button.click()
    assert logged_out.emitted


class QtBotSignal:
    """A tiny recorder for a signal (qtbot.waitSignal needs the event loop; this is synchronous)."""

    def __init__(self, signal: object) -> None:
        self.signal = signal
        self.emitted = False

    def __enter__(self) -> QtBotSignal:
        self.signal.connect(self._seen)  # type: ignore[attr-defined]
        return self

    def __exit__(self, *exc: object) -> None:
        self.signal.disconnect(self._seen)  # type: ignore[attr-defined]

    def _seen(self, *args: object) -> None:
        self.emitted = True


def test_the_status_bar_says_who_with_which_roles_where_in_french(open_window: OpenWindow) -> None:
    window = open_window("jmeyer")
    assert window.windowTitle() == "OCPM Desk — Julie Meyer"
    assert window.user_label.text() == "Julie Meyer"
    assert window.roles_label.text() == "Gestionnaire, Responsable"
    assert window.database_label.text() == "Base de données\u00a0: Démo — demo.sqlite"
    assert window.connection_label.text().endswith("Connecté")
    assert window.connection_state == "connected"


def test_a_lost_connection_is_shown_and_its_return_too(qtbot: QtBot, open_window: OpenWindow, gui_engine: Engine
                                                       ) -> None:  # fmt: skip
    session = session_for(gui_engine, "cdubois")
    window = open_window(session, reconnect_ms=60_000)
    session.lost = True
    window.check_connection_now()
    qtbot.waitUntil(lambda: window.connection_state == "lost")
    assert window.connection_label.text().endswith("Connexion perdue — reconnexion en cours")
    session.lost = False
    window.check_connection_now()
    qtbot.waitUntil(lambda: window.connection_state == "connected")
    assert window.connection_label.text().endswith("Connecté")
    # a check that fails instead of answering counts as lost too
    session.fail("check_connection", ConnectionFailed("timeout"))
    window.check_connection_now()
    qtbot.waitUntil(lambda: window.connection_state == "lost")


def test_an_action_that_cannot_reach_the_database_has_the_connection_checked_at_once(
    qtbot: QtBot, open_window: OpenWindow, gui_engine: Engine
) -> None:
    session = session_for(gui_engine, "cdubois")
    window = open_window(session, connection_check_ms=600_000)  # no periodic check during the test
    checks = len(session.thread_of("check_connection"))

    def refused() -> None:
        raise DomainError("not allowed")

    def unreachable() -> None:
        raise ConnectionFailed("connection refused")

    failures: list[BaseException] = []
    run_in_background(window, refused, lambda _r: None, failures.append)
    qtbot.waitUntil(lambda: len(failures) == 1)
    assert len(session.thread_of("check_connection")) == checks  # a refusal says nothing of the connection
    session.lost = True
    run_in_background(window, unreachable, lambda _r: None, failures.append)
    qtbot.waitUntil(lambda: window.connection_state == "lost")  # G11: the status bar shows it at once
    assert len(failures) == 2 and len(session.thread_of("check_connection")) == checks + 1


def test_the_connection_is_checked_periodically_and_no_database_work_runs_on_the_gui_thread(
    qtbot: QtBot, open_window: OpenWindow, workload: Engine
) -> None:
    session = session_for(workload, "cdubois")
    window = open_window(session, screen="overview", connection_check_ms=30)
    window.show_screen("catalogue")
    qtbot.waitUntil(lambda: window.screen_by_key("catalogue").settled)
    qtbot.waitUntil(lambda: len(session.thread_of("check_connection")) >= 4)
    names = {name for name, _ in session.calls}
    assert {"casework.queue_page", "overview.overview", "reference.catalogue", "check_connection"} <= names
    assert all(thread != GUI_THREAD for _, thread in session.calls)


def test_ctrl_and_a_digit_selects_the_nth_entry(qtbot: QtBot, open_window: OpenWindow, workload: Engine) -> None:
    window = open_window("cdubois")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.navigation, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "catalogue"
    qtbot.waitUntil(lambda: window.screen_by_key("catalogue").state is ScreenState.READY)
    qtbot.keyClick(window.navigation, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "to_process"
    qtbot.waitUntil(lambda: window.screen_by_key("to_process").state is ScreenState.READY)
    qtbot.keyClick(window.navigation, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "overview"
    assert window.navigation.currentRow() == 0


def test_f5_loads_the_current_screen_again(qtbot: QtBot, open_window: OpenWindow, gui_engine: Engine) -> None:
    session = session_for(gui_engine, "cdubois")
    window = open_window(session, screen="overview")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert len(session.thread_of("overview.overview")) == 1
    qtbot.keyClick(window.navigation, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: len(session.thread_of("overview.overview")) == 2 and window.current_screen().settled)


def test_f1_lists_every_shortcut(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("cdubois", screen="overview")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.navigation, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(ShortcutsDialog) is not None)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.windowTitle() == "Raccourcis clavier"
    listed = dict(dialog.shortcuts())
    assert listed == {
        "Ouvrir une commande": "Ctrl+O",
        "Verrouiller": "Ctrl+L",
        "Paramètres": "Ctrl+,",
        "Déconnexion": "Ctrl+Maj+Q",  # Qt names the keys in French too
        "Quitter": "Ctrl+Q",
        "Vue d'ensemble": "Ctrl+1",
        "À traiter": "Ctrl+2",
        "Mes dossiers": "Ctrl+3",
        "En attente": "Ctrl+4",
        "Toutes les commandes": "Ctrl+5",
        "Référentiel": "Ctrl+6",
        "Actualiser": "F5",
        "Raccourcis clavier": "F1",
        "À propos d'OCPM Desk": "Ctrl+F1",
    }
    assert len(listed) == len(window.shortcut_actions())
    dialog.close()


def test_log_out_and_quit_say_which_one(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("cdubois")
    with qtbot.waitSignal(window.logout_requested):
        window.logout_action.trigger()
    window = open_window("cdubois")
    with qtbot.waitSignal(window.closed):
        window.quit_action.trigger()


def add_delivered(engine: Engine, count: int) -> None:
    """``count`` delivered orders: one, and copies of it written at once (the overview only counts them)."""
    (first,) = add_orders(engine, 1, status="delivered")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO orders (reference, service_code, quantity, status, outcome, version, ordered_at, paid_at,"
            " applicant_id, delivery_product, addr_last_name, addr_town, addr_country, clock_stopped, updated_at,"
            " updated_by) WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < :count)"
            " SELECT 'ED-2025-' || printf('%08d', i), service_code, quantity, status, 'granted', 6, ordered_at,"
            " paid_at, applicant_id, delivery_product, addr_last_name, addr_town, addr_country, clock_stopped,"
            " updated_at, updated_by FROM n, orders WHERE orders.id = :first"), {"count": count, "first": first})


def test_the_overview_shows_counts_by_status_and_the_delivery_clock(qtbot: QtBot, open_window: OpenWindow,
                                                                    workload: Engine) -> None:  # fmt: skip
    add_delivered(workload, 12_873)
    session = session_for(workload, "cdubois")
    late = session.casework.queue_count(QueueSpec(Queue.ALL, clock=DeliveryClock.LATE))
    moment = clock.now().replace(microsecond=0)
    with use_clock(FixedClock(moment)):  # the day the workload was built for, at a moment known to the second
        screen = open_window(session, screen="overview").current_screen()
    assert isinstance(screen, OverviewScreen) and screen.state is ScreenState.READY
    assert len(screen.status_cards) == len(Status)
    paid = screen.status_cards["paid"]
    assert (paid.name_label.text(), paid.count_label.text()) == ("Payée", "30")
    assert screen.status_cards["in_review"].count_label.text() == "8"
    assert screen.status_cards["delivered"].count_label.text() == "12'873"
    assert screen.status_cards["awaiting_payment"].name_label.text() == "À payer"
    assert screen.status_cards["refused"].count_label.text() == "0"
    assert 0 < late < 40  # the oldest open orders of the workload
    card = screen.clock_cards["late"]
    assert (card.name_label.text(), card.count_label.text()) == ("En retard", str(late))
    assert card.property("accent") == "red"
    on_track, due = (int(screen.clock_cards[k].count_label.text()) for k in ("on_track", "due"))
    assert on_track + due + late == 40  # the open orders: paid, in review, on hold
    assert screen._details.text() == f"Chiffres au {format_datetime(moment)}"


def test_the_mail_room_overview_shows_only_what_it_is_given(open_window: OpenWindow, workload: Engine) -> None:
    screen = open_window("nfavre", screen="overview").current_screen()
    assert isinstance(screen, OverviewScreen)
    assert set(screen.status_cards) == {"approved", "refused", "ready_to_ship", "shipped", "delivered", "returned"}
    assert screen.status_cards["approved"].count_label.text() == "3"
    # the delivery clock is about open orders, which the mail room does not see
    assert screen.clock_cards == {}
    assert not screen.clock_bar.isVisible()


def test_a_screen_shows_loading_while_its_data_is_on_the_way(qtbot: QtBot, workload: Engine) -> None:
    session = session_for(workload, "cdubois")
    session.gate = threading.Event()
    window = MainWindow(session)
    qtbot.addWidget(window)
    try:
        window.show()
        screen = window.current_screen()
        assert screen is not None
        assert screen.state is ScreenState.LOADING
        assert screen.state_pane.title == "Chargement…"
        assert not screen.refresh_button.isEnabled()
    finally:
        session.gate.set()
    qtbot.waitUntil(lambda: screen.state is ScreenState.READY)
    assert screen.showing_content() and screen.refresh_button.isEnabled()


def test_a_failed_load_shows_the_error_and_retry_loads_again(qtbot: QtBot, open_window: OpenWindow,
                                                             workload: Engine) -> None:  # fmt: skip
    session = session_for(workload, "cdubois")
    session.fail("overview.overview", ConnectionFailed("no route to host"))
    window = open_window(session, screen="overview")
    screen = window.current_screen()
    assert screen is not None and screen.state is ScreenState.FAILED
    assert not screen.showing_content()
    assert screen.state_pane.title == "Les données n'ont pas pu être chargées"
    assert screen.state_pane.message == UNREACHABLE
    assert screen.state_pane.button.isVisible() and screen.state_pane.button.text() == "&Réessayer"

    session.heal("overview.overview")
    qtbot.mouseClick(screen.state_pane.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.state is ScreenState.READY)
    assert screen.showing_content()
    # a failed refresh does not leave the old figures on screen
    session.fail("overview.overview", ConnectionFailed("gone"))
    window.refresh_current()
    qtbot.waitUntil(lambda: screen.state is ScreenState.FAILED)
    assert not screen.showing_content()


def test_failed_screens_load_again_by_themselves_when_the_connection_returns(
    qtbot: QtBot, open_window: OpenWindow, workload: Engine
) -> None:
    session = session_for(workload, "cdubois")
    session.lost = True
    window = open_window(session, screen="overview")
    screen = window.current_screen()
    assert screen is not None and screen.state is ScreenState.FAILED
    assert window.connection_state == "lost"
    session.lost = False
    window.check_connection_now()
    qtbot.waitUntil(lambda: screen.state is ScreenState.READY)


def test_an_overview_without_orders_shows_every_status_at_zero(open_window: OpenWindow) -> None:
    """The service counts every status the roles may see, orders or not: a new database shows zeros, not the
    screen's empty state (which only a role that sees no status would get: none has the overview)."""
    screen = open_window("cdubois", screen="overview").current_screen()
    assert isinstance(screen, OverviewScreen) and screen.state is ScreenState.READY
    assert {card.count_label.text() for card in screen.status_cards.values()} == {"0"}
    assert len(screen.status_cards) == len(Status)
    assert {card.count_label.text() for card in screen.clock_cards.values()} == {"0"}


def test_the_catalogue_screen_lists_services_and_postal_products(qtbot: QtBot, open_window: OpenWindow,
                                                                 gui_engine: Engine) -> None:  # fmt: skip
    window = open_window("pblanc")
    window.show_screen("catalogue")
    screen = window.screen_by_key("catalogue")
    qtbot.waitUntil(lambda: screen.settled)
    assert isinstance(screen, CatalogueScreen) and screen.state is ScreenState.READY
    with gui_engine.connect() as conn:  # the reference data as init-db loaded it: every service and product
        services = conn.execute(text("SELECT code FROM services ORDER BY code")).scalars().all()
        products = conn.execute(text("SELECT count(*) FROM postal_products")).scalar_one()
    model = screen.services_view.model()
    assert sorted(model.index(r, 0).data() for r in range(model.rowCount())) == services
    assert screen.services_model.rowCount() == len(services) == 5
    assert screen.postal_model.rowCount() == products
    assert {model.index(r, 2).data() for r in range(model.rowCount())} == {"CHF 25.00"}


def test_a_catalogue_before_the_reference_data_begins_is_empty_and_says_so(qtbot: QtBot, open_window: OpenWindow
                                                                          ) -> None:  # fmt: skip
    window = open_window("pblanc")
    with use_clock(FixedClock(date(2010, 1, 4))):  # no service, fee or postage was in force yet
        window.show_screen("catalogue")
        screen = window.screen_by_key("catalogue")
        qtbot.waitUntil(lambda: screen.settled)
    assert screen.state is ScreenState.EMPTY
    assert screen.state_pane.title == "Le référentiel est vide"


@pytest.mark.parametrize(("username", "landing"), [
    ("cdubois", "to_process"),  # a caseworker opens on the orders waiting to be taken
    ("nfavre", "to_print"),  # the mail room on what is to print
    ("mrochat", "overview"),  # a supervisor follows the office first
    ("jmeyer", "overview"),  # caseworker and supervisor: as a supervisor
    ("smuller", "overview"),
    ("pblanc", "overview"),
])  # fmt: skip
def test_each_role_opens_on_its_work(qtbot: QtBot, logged_in: LoggedIn, gui_engine: Engine, username: str,
                                     landing: str) -> None:  # fmt: skip
    session, window = logged_in(username)
    assert window.current_key() == landing
    assert window.navigation.currentRow() == window.screen_keys().index(landing)
    qtbot.waitUntil(lambda: window.current_screen().settled)
    if landing != "overview":
        assert session.thread_of("overview.overview") == []  # the overview is read when it is opened, not before


def test_no_screen_no_landing() -> None:
    assert landing_screen({Role.INTAKE}, []) is None
    assert landing_screen({Role.CASEWORKER}, ["overview", "catalogue"]) == "overview"
