"""A day at the desk, in short, on demo data through the real connector, leaves a log with events and without any
personal data: no name, AVS number, street or e-mail address of the register or of an applicant, no password."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from ocpm_desk.bootstrap import make_connector
from ocpm_desk.demo.seed import DEMO_PASSWORD, seed_demo
from ocpm_desk.gui.app import DeskController
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.infrastructure import profiles as prof
from ocpm_desk.infrastructure.db.engine import make_engine
from ocpm_desk.logging_setup import log_file

pytestmark = [pytest.mark.gui, pytest.mark.slow]

WRONG_PASSWORD = "mauvais-Passw0rd-42"

PERSONAL_COLUMNS = {
    "register_persons": ("last_name", "first_name", "avs"),
    "register_residences": ("street",),
    "applicants": ("last_name", "first_name", "avs", "email"),
}


@pytest.fixture
def demo_database() -> Iterator[str]:
    """The Démo profile's file (in the test's data directory), seeded with 300 orders."""
    url = prof.demo_url()
    engine = make_engine(url)
    seed_demo(engine, orders=300)
    engine.dispose()
    yield url


@pytest.fixture
def quits(gui_app: QApplication, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    calls: list[bool] = []
    monkeypatch.setattr(gui_app, "quit", lambda: calls.append(True))
    return calls


def personal_values(url: str) -> set[str]:
    engine = make_engine(url)
    values: set[str] = set()
    try:
        with engine.connect() as conn:
            for table, columns in PERSONAL_COLUMNS.items():
                for row in conn.execute(text(f"SELECT {', '.join(columns)} FROM {table}")):
                    values.update(str(v).strip() for v in row if v is not None and str(v).strip())
    finally:
        engine.dispose()
    # AVS numbers are looked for with and without their dots
    values |= {v.replace(".", "") for v in values if v.startswith("756.")}
    return values


def wait_settled(qtbot: QtBot, window: MainWindow) -> None:
    screen = window.current_screen()
    assert screen is not None
    qtbot.waitUntil(lambda: screen.settled, timeout=10_000)


def test_the_log_of_a_gui_session_holds_events_and_no_personal_data(
    qtbot: QtBot, gui_app: QApplication, demo_database: str, app_log: Path, quits: list[bool]
) -> None:
    connector = make_connector()
    controller = DeskController(connector, gui_app)
    controller.start()
    dialog = controller.login_dialog
    assert dialog is not None

    # log in, remembering the password in the (in-memory) keyring
    dialog.user_edit.setText("gestionnaire")
    dialog.password_edit.setText(DEMO_PASSWORD)
    qtbot.waitUntil(lambda: dialog.keyring_usable is not None)
    dialog.remember_check.setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
    window = controller.window
    assert window is not None
    qtbot.addWidget(window)

    # overview, catalogue, refresh both
    wait_settled(qtbot, window)
    window.show_screen("catalogue")
    wait_settled(qtbot, window)
    window.refresh_current()
    wait_settled(qtbot, window)
    window.show_screen("overview")
    window.refresh_current()
    wait_settled(qtbot, window)
    assert window.current_screen() is not None and window.current_screen().showing_content()

    # the idle lock: a wrong password, then the right one
    window.lock_now()
    page = window.screen_lock.page
    page.password_edit.setText(WRONG_PASSWORD)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.error_label.isVisible(), timeout=10_000)
    page.password_edit.setText(DEMO_PASSWORD)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)

    # log out, then two failed logins: a wrong password, and a password typed into the user field
    session = window._session
    window.logout_action.trigger()
    qtbot.waitUntil(lambda: controller.login_dialog is not None, timeout=10_000)
    again = controller.login_dialog
    assert again is not None
    qtbot.addWidget(again)
    for username, password in (("gestionnaire", WRONG_PASSWORD), (DEMO_PASSWORD, WRONG_PASSWORD)):
        again.user_edit.setText(username)
        again.password_edit.setText(password)
        again.message_label.clear()
        again.accept()
        qtbot.waitUntil(lambda: not again.busy and again.message_label.text() not in ("", "Connexion en cours…"),
                        timeout=10_000)
        assert again.session is None
    again.reject()
    assert quits == [True]
    assert session is not None
    controller.shutdown()

    for handler in logging.getLogger().handlers:
        handler.flush()
    log_text = log_file().read_text(encoding="utf-8")

    # the log is useful: who logged in where, screens with their timings, the lock, the failures
    assert re.search(r"login: gestionnaire on demo \(sqlite demo\.sqlite\), roles caseworker \(\d+ ms\)", log_text)
    assert re.search(r"screen overview loaded \(ready\) in \d+ ms", log_text)
    assert re.search(r"screen catalogue loaded \(ready\) in \d+ ms", log_text)
    assert "window locked on request" in log_text and "unlock refused: AuthenticationFailed" in log_text
    assert "window unlocked" in log_text and "log out: gestionnaire" in log_text
    assert "login failed for gestionnaire on demo" in log_text
    assert "login failed for an unknown user on demo" in log_text

    # and it holds nothing personal
    assert DEMO_PASSWORD not in log_text and WRONG_PASSWORD not in log_text
    values = personal_values(demo_database)
    assert len(values) > 500, "the demo register should have been read"
    leaked = sorted(v for v in values if re.search(rf"(?<!\w){re.escape(v)}(?!\w)", log_text))
    assert not leaked, f"personal data in the log: {leaked[:20]}"
