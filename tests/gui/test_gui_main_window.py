"""The main window against the fake session: navigation by role, status bar, shortcuts, states of the screens."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable

import pytest
from gui_fakes import AS_OF, GUI_THREAD, FakeSession, session_for
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ocpm_desk.gui.background import run_in_background
from ocpm_desk.gui.formatting import format_datetime
from ocpm_desk.gui.help import ShortcutsDialog
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.gui.navigation import landing_screen
from ocpm_desk.gui.overview.screen import OverviewScreen
from ocpm_desk.gui.reference.catalogue import CatalogueScreen
from ocpm_desk.gui.screen import ScreenState
from ocpm_desk.kernel.errors import ConnectionFailed, DomainError
from ocpm_desk.kernel.lifecycle import Status
from ocpm_desk.kernel.roles import Role

pytestmark = pytest.mark.gui

OpenWindow = Callable[..., MainWindow]
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


def test_a_lost_connection_is_shown_and_its_return_too(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session, reconnect_ms=60_000)
    session.connection_ok = False
    window.check_connection_now()
    qtbot.waitUntil(lambda: window.connection_state == "lost")
    assert window.connection_label.text().endswith("Connexion perdue — reconnexion en cours")
    session.connection_ok = True
    window.check_connection_now()
    qtbot.waitUntil(lambda: window.connection_state == "connected")
    assert window.connection_label.text().endswith("Connecté")


def test_a_failing_connection_check_counts_as_lost(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session)

    def broken() -> bool:
        raise ConnectionFailed("timeout")

    session.check_connection = broken  # type: ignore[method-assign]
    window.check_connection_now()
    qtbot.waitUntil(lambda: window.connection_state == "lost")


def test_an_action_that_cannot_reach_the_database_has_the_connection_checked_at_once(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    session = session_for("cdubois")
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
    session.connection_ok = False
    run_in_background(window, unreachable, lambda _r: None, failures.append)
    qtbot.waitUntil(lambda: window.connection_state == "lost")  # G11: the status bar shows it at once
    assert len(failures) == 2 and len(session.thread_of("check_connection")) == checks + 1


def test_the_connection_is_checked_periodically_in_the_background(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    open_window(session, connection_check_ms=30)
    qtbot.waitUntil(lambda: len(session.thread_of("check_connection")) >= 4)
    assert GUI_THREAD not in session.thread_of("check_connection")


def test_database_work_never_runs_on_the_gui_thread(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session, screen="overview")
    window.show_screen("catalogue")
    qtbot.waitUntil(lambda: window.screen_by_key("catalogue").settled)
    names = {name for name, _ in session.calls}
    assert {"overview", "catalogue", "check_connection"} <= names
    assert all(thread != GUI_THREAD for _, thread in session.calls)


def test_ctrl_and_a_digit_selects_the_nth_entry(qtbot: QtBot, open_window: OpenWindow) -> None:
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


def test_f5_loads_the_current_screen_again(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session, screen="overview")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert len(session.thread_of("overview")) == 1
    qtbot.keyClick(window.navigation, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: len(session.thread_of("overview")) == 2 and window.current_screen().settled)


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


def test_the_overview_shows_counts_by_status_and_the_delivery_clock(open_window: OpenWindow) -> None:
    window = open_window("cdubois", screen="overview")
    screen = window.current_screen()
    assert isinstance(screen, OverviewScreen) and screen.state is ScreenState.READY
    assert len(screen.status_cards) == len(Status)
    paid = screen.status_cards["paid"]
    assert (paid.name_label.text(), paid.count_label.text()) == ("Payée", "128")
    assert screen.status_cards["delivered"].count_label.text() == "12'873"
    assert screen.status_cards["awaiting_payment"].name_label.text() == "À payer"
    late = screen.clock_cards["late"]
    assert (late.name_label.text(), late.count_label.text()) == ("En retard", "8")
    assert late.property("accent") == "red"
    assert screen._details.text() == f"Chiffres au {format_datetime(AS_OF)}"


def test_the_mail_room_overview_shows_only_what_it_is_given(open_window: OpenWindow) -> None:
    screen = open_window("nfavre", screen="overview").current_screen()
    assert isinstance(screen, OverviewScreen)
    assert set(screen.status_cards) == {"approved", "refused", "ready_to_ship", "shipped", "delivered", "returned"}
    # the delivery clock is about open orders, which the mail room does not see
    assert screen.clock_cards == {}
    assert not screen.clock_bar.isVisible()


def test_a_screen_shows_loading_while_its_data_is_on_the_way(qtbot: QtBot) -> None:
    session = session_for("cdubois")
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


def test_a_failed_load_shows_the_error_and_retry_loads_again(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    session.overview_error = ConnectionFailed("no route to host")
    window = open_window(session, screen="overview")
    screen = window.current_screen()
    assert screen is not None and screen.state is ScreenState.FAILED
    assert not screen.showing_content()
    assert screen.state_pane.title == "Les données n'ont pas pu être chargées"
    assert screen.state_pane.message == UNREACHABLE
    assert screen.state_pane.button.isVisible() and screen.state_pane.button.text() == "&Réessayer"

    session.overview_error = None
    qtbot.mouseClick(screen.state_pane.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.state is ScreenState.READY)
    assert screen.showing_content()


def test_a_failed_refresh_does_not_leave_old_figures_on_screen(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session, screen="overview")
    screen = window.current_screen()
    assert screen is not None and screen.showing_content()
    session.overview_error = ConnectionFailed("gone")
    window.refresh_current()
    qtbot.waitUntil(lambda: screen.state is ScreenState.FAILED)
    assert not screen.showing_content()


def test_failed_screens_load_again_by_themselves_when_the_connection_returns(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    session = session_for("cdubois")
    session.overview_error = ConnectionFailed("down")
    session.connection_ok = False
    window = open_window(session, screen="overview")
    screen = window.current_screen()
    assert screen is not None and screen.state is ScreenState.FAILED
    session.overview_error = None
    session.connection_ok = True
    window.check_connection_now()
    qtbot.waitUntil(lambda: screen.state is ScreenState.READY)


def test_an_overview_without_orders_shows_an_empty_state(open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    session.counts = {}
    screen = open_window(session, screen="overview").current_screen()
    assert screen is not None and screen.state is ScreenState.EMPTY
    assert screen.state_pane.title == "Aucune commande à afficher"
    assert not screen.state_pane.button.isVisible()


def test_the_catalogue_screen_lists_services_and_postal_products(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("pblanc")
    window.show_screen("catalogue")
    screen = window.screen_by_key("catalogue")
    qtbot.waitUntil(lambda: screen.settled)
    assert isinstance(screen, CatalogueScreen) and screen.state is ScreenState.READY
    assert screen.services_model.rowCount() == 5
    assert screen.postal_model.rowCount() == 4
    view = screen.services_view
    fees = [view.model().index(r, 2).data() for r in range(view.model().rowCount())]
    assert "CHF 120.00" in fees and "CHF 25.00" in fees


def test_an_empty_catalogue_says_so(qtbot: QtBot, open_window: OpenWindow) -> None:
    session: FakeSession = session_for("pblanc")
    session.services = ()
    session.postal_products = ()
    window = open_window(session)
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
def test_each_role_opens_on_its_work(qtbot: QtBot, open_window: OpenWindow, username: str, landing: str) -> None:
    session = session_for(username)
    window = open_window(session)
    assert window.current_key() == landing
    assert window.navigation.currentRow() == window.screen_keys().index(landing)
    qtbot.waitUntil(lambda: window.current_screen().settled)
    if landing != "overview":
        assert session.thread_of("overview") == []  # the overview is read when it is opened, not before


def test_no_screen_no_landing() -> None:
    assert landing_screen({Role.INTAKE}, []) is None
    assert landing_screen({Role.CASEWORKER}, ["overview", "catalogue"]) == "overview"
