"""Connection loss (G11, issue 8 item 5) against a real PostgreSQL cluster that the test creates, stops and starts.

A caseworker logs in through the real connector and works in « À traiter »; the server stops (``fast``: sessions
ended; ``immediate``: as in a crash) while "Claim the next one" is on its way, held in the middle of its statement
by a trigger that sleeps. The action says that it did not go through, with a retry; the status bar shows the loss
at once; a refresh and the opening of an order while the server is away fail the same way, with a Retry button.
Nothing was written. When the server is back, the window reconnects by itself within 5 s, the failed queue loads
its rows again without anyone asking, changes made elsewhere are seen again (live updates), and the retry goes
through.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from pg_cluster import PrivateCluster, private_cluster
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text

from ocpm_desk.bootstrap import make_connector
from ocpm_desk.demo.seed import DEMO_PASSWORD, seed_demo
from ocpm_desk.features.casework import claiming
from ocpm_desk.gui.casework.queues import QueueScreen
from ocpm_desk.gui.main_window import ConnectionState, MainWindow
from ocpm_desk.gui.screen import ScreenState
from ocpm_desk.infrastructure.database import init_database
from ocpm_desk.infrastructure.db.engine import make_engine
from ocpm_desk.infrastructure.uow import SYSTEM_CLI, Actor
from ocpm_desk.kernel.roles import Role

pytestmark = [pytest.mark.gui, pytest.mark.postgres, pytest.mark.slow]

ORDERS = 60
CASEWORKER = "gestionnaire"
#: G11's message for a database that cannot be reached (not a refusal by the database, not an unexpected error).
NOT_THROUGH = "La démarche n'a pas abouti\xa0: la base de données est injoignable"
#: G11: "the app reconnects by itself" — within this long of the server accepting connections again.
RECONNECT_WITHIN_MS = 5_000
WAIT_MS = 10_000


@dataclass
class Office:
    cluster: PrivateCluster
    owner: Engine  # the database owner's engine, for setting up and reading back (never the application's)

    def query(self, sql: str, **params: object) -> list[tuple[object, ...]]:
        with self.owner.connect() as conn:
            return [tuple(row) for row in conn.execute(text(sql), params)]


@pytest.fixture(scope="module")
def office() -> Iterator[Office]:
    """A private cluster with the demo data and a login role for the demo caseworker; removed afterwards. Shared by
    the tests of the module: each reads the state it starts from."""
    with (
        pytest.MonkeyPatch.context() as monkeypatch,
        private_cluster("a PostgreSQL cluster to stop and start") as cluster,
    ):
        monkeypatch.setenv("OCPM_ROLE_PREFIX", "ocpm_")  # the cluster is ours: the default group roles
        owner = make_engine(cluster.url())
        try:
            init_database(owner, SYSTEM_CLI)
            seed_demo(owner, orders=ORDERS)
            with owner.begin() as conn:  # the server checks who logs in: the demo account as its own role
                conn.execute(text(f"CREATE ROLE {CASEWORKER} LOGIN PASSWORD '{DEMO_PASSWORD}' IN ROLE ocpm_caseworker"))
            yield Office(cluster, owner)
        finally:
            owner.dispose()


def _oldest_paid(office: Office) -> tuple[int, int]:
    """The order "Claim the next one" takes: (id, version)."""
    rows = office.query("SELECT id, version FROM orders WHERE status = 'paid' ORDER BY paid_at, id LIMIT 1")
    order_id, version = rows[0]
    assert isinstance(order_id, int) and isinstance(version, int)
    return order_id, version


def _written_by_caseworker(office: Office) -> tuple[object, ...]:
    """What a claim by the caseworker writes: orders assigned to them, their history rows, their audit events (not
    their logins, nor the access trail of the order screen, which loads again by itself once the server is back)."""
    return office.query(
        "SELECT (SELECT count(*) FROM orders WHERE assigned_to = :me),"
        "       (SELECT count(*) FROM order_events WHERE actor = :me),"
        "       (SELECT count(*) FROM audit_events"
        "         WHERE actor = :me AND action NOT IN ('staff.login', 'order.viewed'))",
        me=CASEWORKER,
    )[0]


#: Holds any statement writing history rows in the middle of its work (the order row already updated) until the
#: server ends it: no lock that the server's shutdown could release first, letting the statement finish.
_HOLD_HISTORY = """
CREATE FUNCTION test_hold() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(60); RETURN NEW; END $$;
CREATE TRIGGER test_hold BEFORE INSERT ON order_events FOR EACH ROW EXECUTE FUNCTION test_hold();
"""
_RELEASE_HISTORY = "DROP TRIGGER test_hold ON order_events; DROP FUNCTION test_hold()"


def _held(office: Office) -> bool:
    rows = office.query(
        "SELECT count(*) FROM pg_stat_activity WHERE usename = :me AND wait_event = 'PgSleep'", me=CASEWORKER
    )
    return bool(rows[0][0])


@pytest.mark.parametrize("mode", ["fast", "immediate"])  # sessions ended and rolled back; the server as if it crashed
def test_the_server_stops_and_comes_back_during_a_session(qtbot: QtBot, office: Office, mode: str) -> None:
    session = make_connector(office.cluster.url()).open("central", CASEWORKER, DEMO_PASSWORD)
    window = MainWindow(session)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.connection_state == ConnectionState.CONNECTED, timeout=WAIT_MS)
        window.show_screen("to_process")
        queue = window.screen_by_key("to_process")
        assert isinstance(queue, QueueScreen)
        qtbot.waitUntil(lambda: queue.state is ScreenState.READY, timeout=WAIT_MS)
        rows = queue.model.rowCount()
        assert rows > 0
        order_id, version = _oldest_paid(office)
        before = _written_by_caseworker(office)

        # "Claim the next one" is on its way when the server stops: held in the middle of its statement
        with office.owner.begin() as conn:
            conn.exec_driver_sql(_HOLD_HISTORY)
        queue.claim_next_action.trigger()
        assert queue.busy
        qtbot.waitUntil(lambda: _held(office), timeout=WAIT_MS)
        office.owner.dispose()  # no connection of ours left to the server
        office.cluster.stop(mode)

        # (1) the action says plainly that it did not go through, and may be tried again
        qtbot.waitUntil(lambda: not queue.busy, timeout=WAIT_MS)
        assert NOT_THROUGH in queue.message_label.text()
        assert queue.claim_next_action.isEnabled()
        # (2) the status bar shows the loss at once (not at the next periodic check)
        qtbot.waitUntil(lambda: window.connection_state == ConnectionState.LOST, timeout=3_000)
        assert "Connexion perdue" in window.connection_label.text()

        # a refresh and an order opened while the server is away fail the same way, with a Retry button
        window.refresh_current()
        qtbot.waitUntil(lambda: queue.state is ScreenState.FAILED, timeout=WAIT_MS)
        assert NOT_THROUGH in queue.state_pane.message
        assert queue.state_pane.button.isVisibleTo(queue) and "Réessayer" in queue.state_pane.button.text()
        window.open_order(order_id)
        order_screen = window.order_screen
        assert order_screen is not None
        qtbot.waitUntil(lambda: order_screen.state is ScreenState.FAILED, timeout=WAIT_MS)
        assert NOT_THROUGH in order_screen.state_pane.message
        assert order_screen.state_pane.button.isVisibleTo(order_screen)
        window.back_to_list()
        assert window.current_screen() is queue and window.connection_state == ConnectionState.LOST

        # (3) the server is back: the window reconnects by itself and the failed queue loads its rows again
        office.cluster.start()
        qtbot.waitUntil(lambda: window.connection_state == ConnectionState.CONNECTED, timeout=RECONNECT_WITHIN_MS)
        qtbot.waitUntil(lambda: queue.state is ScreenState.READY, timeout=RECONNECT_WITHIN_MS)
        assert "Connecté" in window.connection_label.text()
        assert queue.model.rowCount() == rows

        # nothing of the interrupted claim was written
        assert office.query("SELECT status, version, assigned_to FROM orders WHERE id = :i", i=order_id) == [
            ("paid", version, None)
        ]
        assert _written_by_caseworker(office) == before
        with office.owner.begin() as conn:
            conn.exec_driver_sql(_RELEASE_HISTORY)

        # live updates listen again: an order claimed on another workstation leaves the queue without a refresh
        total = queue.model.rowCount()
        claiming.claim_next(office.owner, Actor("gestionnaire2", frozenset({Role.CASEWORKER})))
        qtbot.waitUntil(lambda: queue.model.rowCount() == total - 1, timeout=WAIT_MS)

        # (4) the retry goes through: the next order is the caseworker's, opened at once
        order_id, version = _oldest_paid(office)
        queue.claim_next_action.trigger()
        qtbot.waitUntil(lambda: not queue.busy, timeout=WAIT_MS)
        assert NOT_THROUGH not in queue.message_label.text()
        assert office.query("SELECT status, version, assigned_to FROM orders WHERE id = :i", i=order_id) == [
            ("in_review", version + 1, CASEWORKER)
        ]
        qtbot.waitUntil(lambda: window.current_screen() is order_screen, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: order_screen.state is ScreenState.READY, timeout=WAIT_MS)
        assert order_screen.order_id == order_id
    finally:
        window.close()
        session.close()
