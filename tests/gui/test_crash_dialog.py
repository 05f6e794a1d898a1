"""Crash safety: an error nobody caught (a slot, a timer, background work without a failure handler) is logged and
shown in plain French with the log file's location, without personal data; the app goes on; refusal drafts
survive (autosaved to the database, and saved at once when an error is reported)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from gui_fakes import session_for
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from ocpm_desk.gui.background import run_in_background
from ocpm_desk.gui.crash import CrashDialog, CrashReporter, install_crash_reporter, uninstall_crash_reporter
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.kernel.errors import DomainError
from ocpm_desk.logging_setup import log_uncaught_exceptions, remove_logging, setup_logging

pytestmark = pytest.mark.gui

PERSONAL = "Jean Dupont 756.1234.5678.97 jean.dupont@example.ch"
MINE = 31  # cdubois's first order in review (``add_workload``)


@pytest.fixture
def log_path() -> Iterator[Path]:
    path = setup_logging()
    assert path is not None
    yield path
    remove_logging()


@pytest.fixture
def reporter(qtbot: QtBot, log_path: Path) -> Iterator[tuple[CrashReporter, list[object]]]:
    """The reporter as ``run_app`` installs it, over the log hook, over pytest-qt's capture (which records)."""
    with qtbot.captureExceptions() as exceptions:
        log_uncaught_exceptions()
        installed = install_crash_reporter(QApplication.instance())
        try:
            yield installed, exceptions
        finally:
            dialog = installed.dialog
            uninstall_crash_reporter()
            if dialog is not None:
                dialog.close()
            QCoreApplication.processEvents()


def logged(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


def boom() -> None:
    raise ValueError(PERSONAL)


def wait_for_dialog(qtbot: QtBot, reporter: CrashReporter) -> CrashDialog:
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=3000)
    dialog = reporter.dialog
    assert dialog is not None
    return dialog


def close(qtbot: QtBot, dialog: CrashDialog) -> None:
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        dialog.continue_button.click()


def test_an_exception_in_a_timer_shows_the_log_location_in_french(
    qtbot: QtBot, reporter: tuple[CrashReporter, list[object]], log_path: Path
) -> None:
    crash, exceptions = reporter
    QTimer.singleShot(0, boom)
    dialog = wait_for_dialog(qtbot, crash)
    text = dialog.text()
    assert dialog.windowTitle() == "OCPM Desk — erreur inattendue"
    assert "Une erreur inattendue s'est produite" in text
    assert str(log_path) in text
    assert "Type d'erreur\u00a0: ValueError" in text or "Type d'erreur : ValueError" in text
    for secret in ("Dupont", "756.1234", "example.ch"):
        assert secret not in text  # the exception's message may quote personal data: never shown
    assert all(w.accessibleName() for w in (dialog.continue_button, dialog.folder_button, dialog.quit_button))
    assert dialog.continue_button.isDefault()
    close(qtbot, dialog)
    assert crash.dialog is None
    assert len(exceptions) == 1  # went through the previous hooks (the log) too
    logged = log_path.read_text(encoding="utf-8")
    assert "uncaught exception" in logged and "ValueError" in logged and "boom" in logged
    assert "Dupont" not in logged and "756.1234" not in logged


def test_errors_while_the_dialog_is_open_are_counted_not_stacked(
    qtbot: QtBot, reporter: tuple[CrashReporter, list[object]]
) -> None:
    crash, _exceptions = reporter
    QTimer.singleShot(0, boom)
    dialog = wait_for_dialog(qtbot, crash)
    QTimer.singleShot(0, boom)
    QTimer.singleShot(0, boom)
    qtbot.waitUntil(lambda: crash.reports == 3)
    assert crash.dialog is dialog and dialog.count == 3
    assert "2 autres erreurs" in dialog.text()
    assert len([w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()]) == 1
    close(qtbot, dialog)


def test_background_work_failing_with_nobody_to_tell_is_shown_unless_it_is_a_domain_error(
    qtbot: QtBot, reporter: tuple[CrashReporter, list[object]], log_path: Path
) -> None:
    crash, _exceptions = reporter
    owner = QCoreApplication.instance()
    assert owner is not None

    def refused() -> None:
        raise DomainError("order OCPM-2026-000031 is not in review")

    run_in_background(owner, refused, lambda _r: None)
    qtbot.waitUntil(lambda: "background work failed" in logged(log_path))
    QCoreApplication.processEvents()
    assert crash.reports == 0 and crash.dialog is None  # expected refusals are the screens' business

    run_in_background(owner, boom, lambda _r: None)
    dialog = wait_for_dialog(qtbot, crash)
    assert "ValueError" in dialog.text() and str(log_path) in dialog.text()
    close(qtbot, dialog)


def test_an_error_elsewhere_keeps_the_refusal_draft(
    qtbot: QtBot, reporter: tuple[CrashReporter, list[object]], open_window: Callable[..., MainWindow],
    workload: Engine,
) -> None:
    crash, _exceptions = reporter
    session = session_for(workload, "cdubois")
    saved = session.args_of  # the drafts the editor sent: saved("refusals.save_refusal_draft")
    window = open_window(session)
    window.open_refusal_editor(MINE, "refusal")
    editor = window.refusal_editor
    assert editor is not None
    qtbot.waitUntil(lambda: editor.settled and editor.state_data is not None and editor.previews_shown >= 1)
    # the autosave keeps what was written (the database holds the draft) ...
    editor._save_timer.setInterval(100)
    editor.free_text.setPlainText("Premier paragraphe, enregistré automatiquement.")
    qtbot.waitUntil(lambda: len(saved("refusals.save_refusal_draft")) == 1, timeout=3000)
    # ... and what was written since is saved at once when an error happens elsewhere, before the autosave's pause
    editor._save_timer.setInterval(60_000)
    editor.free_text.setPlainText("Premier paragraphe, enregistré automatiquement. Puis une phrase de plus.")
    assert editor.unsaved
    QTimer.singleShot(0, boom)
    dialog = wait_for_dialog(qtbot, crash)
    qtbot.waitUntil(lambda: len(saved("refusals.save_refusal_draft")) == 2, timeout=3000)
    assert saved("refusals.save_refusal_draft")[-1][1].free_text.endswith("Puis une phrase de plus.")
    close(qtbot, dialog)
    # the application goes on: the editor still holds the text, the draft reads back from the database
    assert window.isVisible() and window.refusal_editor is editor
    qtbot.waitUntil(lambda: not editor.unsaved and not editor.save_busy)
    stored = session_for(workload, "cdubois").refusals.refusal_draft(MINE).draft
    assert stored.free_text.endswith("Puis une phrase de plus.")


def test_quit_in_the_dialog_quits_the_application(
    qtbot: QtBot, reporter: tuple[CrashReporter, list[object]], monkeypatch: pytest.MonkeyPatch
) -> None:
    crash, _exceptions = reporter
    app = QCoreApplication.instance()
    assert app is not None
    quits: list[bool] = []
    monkeypatch.setattr(app, "quit", lambda: quits.append(True))
    QTimer.singleShot(0, boom)
    dialog = wait_for_dialog(qtbot, crash)
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        dialog.quit_button.click()
    assert quits == [True] and dialog.quit_requested
