"""The application flow (login → main window → log out → login), run_app, and the offscreen renderings. The login
is the fake connector's; the sessions it opens are real (``gui_engine``, with the orders of ``add_workload`` for the
renderings)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_fakes import PASSWORD, FakeConnector
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from ocpm_desk.gui.accounts.login import LoginDialog
from ocpm_desk.gui.app import APPLICATION_NAME, ORGANIZATION_NAME, DeskController, render_login_check, run_app
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.gui.snapshots import render_snapshots

pytestmark = pytest.mark.gui


@pytest.fixture
def quits(gui_app: QApplication, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Records the controller's requests to quit instead of ending the test's event loop."""
    calls: list[bool] = []
    monkeypatch.setattr(gui_app, "quit", lambda: calls.append(True))
    return calls


def log_in(qtbot: QtBot, dialog: LoginDialog, username: str = "cdubois") -> None:
    dialog.user_edit.setText(username)
    dialog.password_edit.setText(PASSWORD)
    dialog.accept()


def test_login_opens_the_main_window_and_logout_comes_back_to_the_login(
    qtbot: QtBot, gui_app: QApplication, connector: FakeConnector, quits: list[bool]
) -> None:
    controller = DeskController(connector, gui_app)
    controller.start()
    dialog = controller.login_dialog
    assert dialog is not None and dialog.isVisible()

    log_in(qtbot, dialog)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible())
    window = controller.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.windowTitle() == "OCPM Desk — Claire Dubois"
    session = connector.sessions[0]

    window.logout_action.trigger()
    qtbot.waitUntil(lambda: controller.login_dialog is not None and session.closed)
    assert controller.window is None
    again = controller.login_dialog
    assert again is not None
    qtbot.addWidget(again)
    assert again.isVisible() and again.username == "cdubois" and again.profile_key == "demo"
    assert quits == []
    again.reject()
    assert quits == [True]


def test_closing_the_main_window_quits_and_closes_the_session(
    qtbot: QtBot, gui_app: QApplication, connector: FakeConnector, quits: list[bool]
) -> None:
    controller = DeskController(connector, gui_app)
    controller.start()
    assert controller.login_dialog is not None
    log_in(qtbot, controller.login_dialog)
    qtbot.waitUntil(lambda: controller.window is not None)
    assert controller.window is not None
    controller.window.close()
    qtbot.waitUntil(lambda: connector.sessions[0].closed)
    assert quits == [True]


def test_run_app_names_the_application_and_returns_when_the_user_quits(
    qtbot: QtBot, gui_app: QApplication, connector: FakeConnector
) -> None:
    """Drives run_app's own event loop: log in from a timer, then quit from the main window."""
    steps: list[str] = []

    def drive() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, LoginDialog) and widget.isVisible() and "login" not in steps:
                steps.append("login")
                log_in(qtbot, widget)
            elif isinstance(widget, MainWindow) and widget.isVisible() and "quit" not in steps:
                screen = widget.current_screen()
                if screen is not None and screen.settled:
                    steps.append("quit")
                    widget.quit_action.trigger()

    timer = QTimer()
    timer.timeout.connect(drive)
    timer.start(20)
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: gui_app.exit(3))
    watchdog.start(20_000)
    try:
        code = run_app(connector, ["ocpm-desk"])
    finally:
        timer.stop()
        watchdog.stop()
        gui_app.setQuitOnLastWindowClosed(True)
    assert code == 0, "run_app did not return by itself (watchdog)"
    assert steps == ["login", "quit"]
    assert connector.sessions[0].closed
    assert gui_app.applicationName() == APPLICATION_NAME
    assert gui_app.organizationName() == ORGANIZATION_NAME


def test_render_snapshots_writes_the_login_and_every_screen_of_every_account(
    tmp_path: Path, connector: FakeConnector, workload: Engine
) -> None:
    accounts = [("cdubois", PASSWORD), ("nfavre", PASSWORD), ("edemarches", PASSWORD)]
    paths = render_snapshots(connector, tmp_path, accounts, "demo")
    assert [p.name for p in paths] == [
        "login.png",
        "cdubois-overview.png",
        "cdubois-to_process.png",
        "cdubois-mine.png",
        "cdubois-on_hold.png",
        "cdubois-all.png",
        "cdubois-catalogue.png",
        "cdubois-order.png",  # the first caseworker's order screen, its whole page and its dialogs
        "cdubois-order-page.png",
        "cdubois-order-hold.png",
        "cdubois-order-condition.png",
        "cdubois-order-withdraw.png",
        "cdubois-refusal-editor.png",  # an order of theirs on which they may propose a refusal
        "cdubois-refusal-editor-submit.png",  # its form's end: why it cannot be submitted yet
        "nfavre-overview.png",
        "nfavre-to_print.png",  # the mail room: the list to print (all selected and previewed), the scan field
        "nfavre-to_ship.png",
        "edemarches-no-screens.png",
    ]
    for path in paths[1:]:
        image = QImage(str(path))
        assert not image.isNull(), path.name
        if "order-" not in path.name:  # the page is as tall as its content, dialogs as small as theirs
            assert (image.width(), image.height()) == (1280, 800), path.name
    assert all(session.closed for session in connector.sessions)


def test_render_snapshots_reports_a_wrong_password(tmp_path: Path, connector: FakeConnector) -> None:
    from ocpm_desk.kernel.errors import AuthenticationFailed

    with pytest.raises(AuthenticationFailed):
        render_snapshots(connector, tmp_path, [("cdubois", "wrong")], "demo")


def test_render_login_check_renders_a_real_dialog(connector: FakeConnector) -> None:
    width, height = render_login_check(connector)
    assert width >= 440 and height >= 200
