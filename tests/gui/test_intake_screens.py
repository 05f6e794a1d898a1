"""The supervisors' « Importer des commandes » and « Quarantaine » over the real services on a fresh SQLite database
(issue 18): the import runs off the GUI thread with its progress and a Cancel honoured between batches, failures
change nothing, the quarantine shows the masked lines and resolves them with a note. Intake files are written per
test (DESIGN §9 lines); what an import or a resolution did is read back from the database."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from casework_data import paid_order
from gui_fakes import GUI_THREAD, USERS, session_for, sql_threads
from intake_support import example_record
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from screen_steps import OpenWindow, actions_in_f1, cell, column_texts, opened_dialog, row_count, row_texts, show_screen
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from ocpm_desk.features.intake import files
from ocpm_desk.features.intake.imports import import_orders as real_import_orders
from ocpm_desk.gui import background
from ocpm_desk.gui.intake.quarantine import QuarantineScreen
from ocpm_desk.gui.intake.resolve import ResolveDialog
from ocpm_desk.gui.intake.screen import PROGRESS_STEPS, ImportScreen
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.infrastructure.db.models import AuditEvent, ImportQuarantine, Order
from ocpm_desk.kernel.clock import FixedClock
from ocpm_desk.kernel.roles import Role

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
CARD = "4111 1111 1111 1111"  # a test card number (passes the Luhn check)
MASKED_CARD = "4111 11** **** 1111"  # as the services store it
EARLIER_FILE = "commandes-2026-11-25.jsonl"
RESOLVED_NOTE = "Renvoyée corrigée par la plateforme le 25.11.2026"


def record(n: int, **changes: Any) -> dict[str, Any]:
    """Order ``ED-2026-<n>`` as the platform sends it, paid (DESIGN §9's example); ``changes`` replace its
    top-level fields."""
    return example_record(reference=f"ED-2026-{n:08d}", payment__provider_reference=f"PSP-{n:08d}", **changes)


def intake_file(tmp_path: Path, lines: list[int | str | dict[str, Any]], name: str = "commandes.jsonl") -> Path:
    """One line each: a number is a well-formed order of that number, a dict an order as given, a string itself."""
    text = [json.dumps(record(x) if isinstance(x, int) else x, ensure_ascii=False) if not isinstance(x, str) else x
            for x in lines]  # fmt: skip
    path = tmp_path / name
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    return path


def card_line(n: int) -> dict[str, Any]:
    """A paid order with a card number in a note, no delivery and no card brand: quarantined, masked."""
    line = record(n, note=f"carte {CARD}")
    del line["delivery"]
    del line["payment"]["brand"]
    return line


def earlier_quarantine(engine: Engine, tmp_path: Path, *, resolved: bool = True) -> None:
    """A file imported yesterday whose three lines went to the quarantine, oldest first: an unknown service (resolved
    by mrochat unless ``resolved`` is false), a card number with missing fields, a line that is not JSON."""
    session = session_for(engine, "mrochat")
    path = intake_file(tmp_path, [record(501, service_code="ATT-XYZ"), card_line(777), "{not json"], EARLIER_FILE)
    assert session.intake.import_file(str(path)).quarantined == 3
    if resolved:
        first = min(row.id for row in session.intake.quarantine_rows().rows)
        session.intake.resolve_quarantine(first, RESOLVED_NOTE)


@dataclass
class Supervisor:
    """Marc Rochat's window over yesterday's quarantine (``earlier_quarantine``), and the threads that send SQL from
    the moment it opens (``sql_threads``)."""

    window: MainWindow
    threads: set[int | None]


@pytest.fixture
def supervisor(open_window: OpenWindow, sqlite_engine: Engine, today: FixedClock, tmp_path: Path) -> Supervisor:
    earlier_quarantine(sqlite_engine, tmp_path)
    session = session_for(sqlite_engine, "mrochat")
    threads = sql_threads(sqlite_engine)
    return Supervisor(open_window(session), threads)


def references(engine: Engine) -> list[str]:
    with Session(engine) as s:
        return sorted(s.scalars(select(Order.reference)))


def quarantine_count(engine: Engine) -> int:
    with Session(engine) as s:
        return int(s.scalar(select(func.count()).select_from(ImportQuarantine)) or 0)


class SmallBatches:
    """The real import in batches of two lines; after ``hold()`` it waits after its next batch until ``release()``
    (the test looks at the window meanwhile, or presses Cancel). The GUI then shows every progress report."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.batch_written = threading.Event()
        self._go = threading.Event()
        self._go.set()

        def import_orders(*args: Any, progress: Callable[[int, int], None] | None = None, **kwargs: Any) -> Any:
            def report(done: int, total: int) -> None:
                if progress is not None:
                    progress(done, total)
                self.batch_written.set()
                if not self._go.wait(10):
                    raise TimeoutError("the test never released the import")

            return real_import_orders(*args, progress=report, batch_size=2, **kwargs)

        monkeypatch.setattr(files, "import_orders", import_orders)
        monkeypatch.setattr(background, "PROGRESS_INTERVAL_S", 0.0)

    def hold(self) -> None:
        self.batch_written.clear()
        self._go.clear()

    def release(self) -> None:
        self._go.set()


def import_screen(qtbot: QtBot, window: MainWindow) -> ImportScreen:
    return show_screen(qtbot, window, "import", ImportScreen)


def quarantine_screen(qtbot: QtBot, window: MainWindow) -> QuarantineScreen:
    return show_screen(qtbot, window, "quarantine", QuarantineScreen, lambda s: not s.busy)


def start(qtbot: QtBot, screen: ImportScreen, path: Path) -> None:
    screen.file_edit.setText(str(path))
    screen.file_edit.setFocus()
    qtbot.keyClick(screen.file_edit, Qt.Key.Key_I, CTRL)  # Ctrl+I: import
    assert screen.busy


def plain(text: str) -> str:
    """French typography puts a no-break space before ":" and ";"; the tests compare with ordinary spaces."""
    return text.replace("\u00a0", " ")


def ids_shown(screen: QuarantineScreen) -> list[int]:
    """The quarantined lines listed, top to bottom (their ids)."""
    return [line.id for line in screen.rows]


# ---- who sees them, keyboard and accessibility ---------------------------------------------------------------------


def test_only_supervisors_see_the_import_and_the_quarantine_each_action_with_a_shortcut_and_a_name(
    qtbot: QtBot, open_window: OpenWindow, sqlite_engine: Engine
) -> None:
    for username in ("jmeyer", "cdubois", "nfavre", "smuller"):
        keys = open_window(session_for(sqlite_engine, username)).screen_keys()
        if Role.SUPERVISOR in USERS[username][1]:
            assert keys[-2:] == ["import", "quarantine"], username
        else:
            assert "import" not in keys and "quarantine" not in keys, username
    admin = open_window(session_for(sqlite_engine, "pblanc")).screen_keys()
    assert "import" not in admin and "quarantine" not in admin

    window = open_window(session_for(sqlite_engine, "mrochat"))
    assert window.screen_keys()[-2:] == ["import", "quarantine"]
    for key in ("import", "quarantine"):
        actions_in_f1(qtbot, window, key)
    imports = window.screen_by_key("import")
    quarantine = window.screen_by_key("quarantine")
    assert isinstance(imports, ImportScreen) and isinstance(quarantine, QuarantineScreen)
    for widget in (imports.file_edit, imports.progress_bar, *imports.action_buttons.values(), quarantine.table,
                   quarantine.show_resolved_box, quarantine.line_text, quarantine.resolve_button):  # fmt: skip
        assert widget.accessibleName(), widget.objectName()


# ---- import --------------------------------------------------------------------------------------------------------


def test_an_import_runs_off_the_gui_thread_and_shows_the_counts(
    qtbot: QtBot, supervisor: Supervisor, sqlite_engine: Engine, tmp_path: Path
) -> None:
    window = supervisor.window
    screen = import_screen(qtbot, window)
    assert screen._details.text() == "2 ligne(s) en attente dans la quarantaine (Ctrl+G)"
    path = intake_file(tmp_path, [1001, 1002, "{oops", 1001, 1003])  # the fourth line repeats the first
    start(qtbot, screen, path)
    qtbot.waitUntil(lambda: not screen.busy)

    assert screen.card_values() == {"lines": "5", "imported": "3", "updated": "0", "unchanged": "1",
                                    "quarantined": "1", "duration": screen.cards["duration"].count_label.text()}
    assert screen.cards["duration"].count_label.text().endswith("s")
    assert screen.cards["quarantined"].property("accent") == "orange"
    assert screen.progress_bar.value() == PROGRESS_STEPS
    assert plain(screen.message).startswith("commandes.jsonl importé : 5 ligne(s) lue(s) en ")
    assert "3 nouvelle(s) commande(s), 0 mise(s) à jour, 1 inchangée(s), 1 en quarantaine." in plain(screen.message)
    assert "ouvrez l'écran Quarantaine (Ctrl+G)" in plain(screen.message)
    qtbot.waitUntil(lambda: screen.settled and screen.open_quarantined == 3)
    assert screen._details.text() == "3 ligne(s) en attente dans la quarantaine (Ctrl+G)"

    # Ctrl+G leads to the quarantine, where the new line is first (newest first)
    qtbot.keyClick(screen.file_edit, Qt.Key.Key_G, CTRL)
    assert window.current_key() == "quarantine"
    quarantine = window.screen_by_key("quarantine")
    assert isinstance(quarantine, QuarantineScreen)
    qtbot.waitUntil(lambda: quarantine.settled and row_count(quarantine.table) == 3)
    assert row_texts(quarantine.table, 0)[:3] == ["commandes.jsonl", "3", "—"]
    assert quarantine.line_text.toPlainText() == "{oops"
    assert GUI_THREAD not in supervisor.threads
    assert references(sqlite_engine) == ["ED-2026-00001001", "ED-2026-00001002", "ED-2026-00001003"]


def test_an_import_shows_its_batches_can_be_cancelled_between_them_and_the_same_file_finishes_it(
    qtbot: QtBot, open_window: OpenWindow, sqlite_engine: Engine, today: FixedClock, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    batches = SmallBatches(monkeypatch)
    window = open_window(session_for(sqlite_engine, "mrochat"))
    screen = import_screen(qtbot, window)
    path = intake_file(tmp_path, list(range(1, 9)))
    batches.hold()
    start(qtbot, screen, path)
    assert batches.batch_written.wait(10)
    qtbot.waitUntil(lambda: screen.bytes_done > 0)  # the first batch is written
    assert 0 < screen.progress_bar.value() < PROGRESS_STEPS
    assert plain(screen.progress_text.text()).startswith("Import de commandes.jsonl : ")
    assert screen.cancel_action.isEnabled() and screen.action_buttons["cancelImport"].isVisible()
    assert not screen.import_action.isEnabled() and not screen.choose_action.isEnabled()
    # the window is not frozen: another screen opens and loads while the import waits
    window.show_screen("overview")
    qtbot.waitUntil(lambda: window.screen_by_key("overview").settled)
    window.show_screen("import")

    qtbot.keyClick(screen.action_buttons["cancelImport"], Qt.Key.Key_Escape)  # Escape: cancel
    assert screen.cancel_asked and not screen.cancel_action.isEnabled()
    assert plain(screen.progress_text.text()) == "Annulation : le lot en cours d'écriture est d'abord terminé…"
    batches.release()
    qtbot.waitUntil(lambda: not screen.busy)
    assert screen.summary is not None and screen.summary.cancelled
    assert screen.card_values()["lines"] == "2" and screen.card_values()["imported"] == "2"
    assert plain(screen.result_heading.text()) == "Dernier import : commandes.jsonl — annulé"
    assert plain(screen.message) == (
        "Import de commandes.jsonl annulé après 2 ligne(s). Ce qui a été importé jusque-là reste ; importez à "
        "nouveau le même fichier pour le terminer (les lignes déjà traitées comptent alors comme inchangées).")
    assert references(sqlite_engine) == ["ED-2026-00000001", "ED-2026-00000002"]

    values: list[int] = []
    screen.progress_bar.valueChanged.connect(values.append)
    start(qtbot, screen, path)  # the same file again: it finishes, the bar following its four batches
    qtbot.waitUntil(lambda: not screen.busy)
    assert screen.card_values() | {"duration": ""} == {"lines": "8", "imported": "6", "updated": "0",
                                                       "unchanged": "2", "quarantined": "0", "duration": ""}
    assert screen.summary is not None and screen.summary.batches == 4
    steps = [v for v in values if v > 0]
    assert len(set(steps)) >= 3 and steps == sorted(steps) and steps[-1] == PROGRESS_STEPS
    assert not screen.action_buttons["cancelImport"].isVisible()
    assert references(sqlite_engine) == [f"ED-2026-{n:08d}" for n in range(1, 9)]


def test_an_import_failure_shows_the_message_and_changes_nothing(
    qtbot: QtBot, open_window: OpenWindow, sqlite_engine: Engine, today: FixedClock, tmp_path: Path
) -> None:
    earlier_quarantine(sqlite_engine, tmp_path)
    before = quarantine_count(sqlite_engine)
    screen = import_screen(qtbot, open_window(session_for(sqlite_engine, "mrochat")))
    folder = tmp_path / "commandes.jsonl"
    folder.mkdir()  # a folder where the file was expected: it cannot be read
    start(qtbot, screen, folder)
    qtbot.waitUntil(lambda: not screen.busy)
    assert plain(screen.message) == ("La démarche n'a pas abouti : le fichier commandes.jsonl ne peut pas être lu : "
                                     "Is a directory. Rien n'a été importé.")  # fmt: skip
    assert screen.message_label.property("kind") == "error"
    assert screen.summary is None and screen.card_values() == {} and not screen.result_heading.isVisible()
    assert screen.progress_bar.value() == 0 and screen.progress_text.text() == "Aucun import en cours."
    assert screen.import_action.isEnabled()  # the user may try again

    # a file that does not exist: said the same way
    start(qtbot, screen, tmp_path / "absent.jsonl")
    qtbot.waitUntil(lambda: not screen.busy)
    assert "absent.jsonl ne peut pas être lu" in plain(screen.message)
    assert plain(screen.message).endswith("Rien n'a été importé.")
    assert references(sqlite_engine) == [] and quarantine_count(sqlite_engine) == before


def test_the_file_dialog_fills_the_path_and_import_waits_for_it(
    qtbot: QtBot, open_window: OpenWindow, sqlite_engine: Engine, today: FixedClock, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    order_id = paid_order(sqlite_engine)
    known = references(sqlite_engine)
    window = open_window(session_for(sqlite_engine, "mrochat"))
    window.open_order(order_id)  # the order screen (its Ctrl+Shift+O opens a decision) stays behind, hidden
    order = window.order_screen
    assert order is not None
    qtbot.waitUntil(lambda: order.settled)
    screen = import_screen(qtbot, window)
    assert not screen.import_action.isEnabled()  # no file yet
    path = intake_file(tmp_path, [2001])
    monkeypatch.setattr(screen, "ask_file", lambda: str(path))
    screen.file_edit.setFocus()
    qtbot.keyClick(screen.file_edit, Qt.Key.Key_O, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert screen.file_edit.text() == str(path)
    assert plain(screen.message) == "Prêt à importer commandes.jsonl : cliquez sur Importer (Ctrl+I)."
    assert references(sqlite_engine) == known  # choosing does not import
    qtbot.mouseClick(screen.action_buttons["startImport"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.busy)
    assert screen.card_values()["imported"] == "1"
    assert references(sqlite_engine) == sorted([*known, "ED-2026-00002001"])


# ---- quarantine ----------------------------------------------------------------------------------------------------


def test_the_quarantine_lists_open_lines_with_their_masked_text(qtbot: QtBot, supervisor: Supervisor) -> None:
    screen = quarantine_screen(qtbot, supervisor.window)
    assert column_texts(screen.table, 1) == ["3", "2"]  # open only, newest first
    assert screen._details.text() == "2 ligne(s) en attente, 3 au total"
    assert row_texts(screen.table, 1) == [EARLIER_FILE, "2", "ED-2026-00000777", "26.11.2026 12:00",
                   "numéro de carte présent\u00a0: la ligne a été masquée et n'a pas été importée\u00a0; n'envoyez "
                   "jamais de données de carte (G10) (+2 autre(s))", "Ouverte"]  # fmt: skip
    assert cell(screen.table, 0, 2) == "—"  # no readable reference

    screen.select_line(ids_shown(screen)[1])
    text = screen.line_text.toPlainText()
    assert MASKED_CARD in text and CARD not in text and "ED-2026-00000777" in text
    assert screen.line_text.isReadOnly()
    assert QFontInfo(screen.line_text.font()).fixedPitch()
    assert screen.line_text.lineWrapMode() == screen.line_text.LineWrapMode.WidgetWidth
    assert screen.reasons_label.text() == (  # the keyed reasons, said in French
        "• numéro de carte présent\u00a0: la ligne a été masquée et n'a pas été importée\u00a0; n'envoyez jamais de "
        "données de carte (G10)\n• delivery\u00a0: manquant\n• payment.brand\u00a0: manquant")
    screen.table.selectRow(0)
    assert screen.reasons_label.text() == ("• la ligne n'est pas un objet JSON lisible\u00a0: nom de propriété entre "
                                           "guillemets doubles attendu (colonne 2)")
    screen.table.selectRow(1)
    assert screen.fact_labels["where"].text() == f"{EARLIER_FILE}, ligne 2"
    assert screen.fact_labels["state"].text() == "Ouverte"
    assert screen.resolve_action.isEnabled()

    # Ctrl+H: the resolved lines too, with who, when and the note
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_H, CTRL)
    assert screen.show_resolved_box.isChecked()
    qtbot.waitUntil(lambda: screen.settled and row_count(screen.table) == 3)
    assert column_texts(screen.table, 1) == ["3", "2", "1"]
    screen.table.selectRow(2)
    assert cell(screen.table, 2, 5) == "Résolue (mrochat, 26.11.2026)"
    said = f"Résolue le 26.11.2026 12:00 par mrochat\nNote : {RESOLVED_NOTE}"
    assert plain(cell(screen.table, 2, 5, Qt.ItemDataRole.ToolTipRole)) == said
    assert plain(screen.fact_labels["state"].text()) == said
    assert not screen.resolve_action.isEnabled()
    assert GUI_THREAD not in supervisor.threads


def test_resolve_refuses_a_short_note_then_resolves_and_refreshes(
    qtbot: QtBot, supervisor: Supervisor, sqlite_engine: Engine
) -> None:
    screen, threads = quarantine_screen(qtbot, supervisor.window), supervisor.threads
    card, not_json = ids_shown(screen)[1], ids_shown(screen)[0]
    screen.select_line(card)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_R, CTRL)  # Ctrl+R: resolve…
    dialog = screen.dialog
    assert isinstance(dialog, ResolveDialog)
    assert dialog.windowTitle() == f"Résoudre une ligne en quarantaine — {EARLIER_FILE}, ligne 2"
    dialog.note_edit.setPlainText("vu")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and screen.dialog is dialog
    assert dialog.message_label.text() == "Dites en 10 caractères au moins ce qui a été fait pour cette ligne."
    assert GUI_THREAD not in threads
    with Session(sqlite_engine) as s:
        assert s.get(ImportQuarantine, card).resolved_at is None  # type: ignore[union-attr]
    threads.clear()

    dialog.note_edit.setPlainText("  Renvoyée corrigée par la plateforme le 26.11.2026  ")
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter: confirm
    qtbot.waitUntil(lambda: screen.dialog is None and not screen.busy and screen.settled)
    assert plain(screen.message) == f"Ligne 2 de {EARLIER_FILE} résolue."
    qtbot.waitUntil(lambda: ids_shown(screen) == [not_json])
    assert screen.selected_id() == not_json  # the next line is ready to look at
    assert GUI_THREAD not in threads
    with Session(sqlite_engine) as s:
        line = s.get(ImportQuarantine, card)
        assert line is not None and line.resolved_by == "mrochat"
        assert line.resolution_note == "Renvoyée corrigée par la plateforme le 26.11.2026"
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "quarantine.resolved", AuditEvent.actor == "mrochat")) == 2


def test_a_line_resolved_meanwhile_keeps_the_dialog_and_an_empty_quarantine_keeps_the_show_resolved_box(
    qtbot: QtBot, open_window: OpenWindow, sqlite_engine: Engine, today: FixedClock, tmp_path: Path
) -> None:
    session_for(sqlite_engine, "mrochat").intake.import_file(str(intake_file(tmp_path, ["{oops"])))
    screen = quarantine_screen(qtbot, open_window(session_for(sqlite_engine, "mrochat")))
    (line_id,) = ids_shown(screen)
    dialog = opened_dialog(screen, screen.resolve_action, ResolveDialog)
    session_for(sqlite_engine, "jmeyer").intake.resolve_quarantine(line_id, "Ligne vide, rien à importer")
    dialog.note_edit.setPlainText("Ligne vide renvoyée par erreur")
    dialog.confirm()
    qtbot.waitUntil(lambda: not dialog.busy and not screen.busy)
    assert dialog.isVisible()
    assert plain(dialog.message_label.text()) == (
        "La démarche n'a pas abouti : cette ligne a déjà été résolue par jmeyer le 26.11.2026.")
    assert dialog.note == "Ligne vide renvoyée par erreur"  # what was typed stays
    qtbot.waitUntil(lambda: screen.settled and row_count(screen.table) == 0)  # the list was read again
    dialog.reject()
    with Session(sqlite_engine) as s:
        line = s.get(ImportQuarantine, line_id)
        assert line is not None and (line.resolved_by, line.resolution_note) == ("jmeyer",
                                                                                 "Ligne vide, rien à importer")

    assert screen.showing_content() and screen.empty_label.isVisible() and not screen.resolve_action.isEnabled()
    screen.show_resolved_box.setChecked(True)
    qtbot.waitUntil(lambda: screen.settled and row_count(screen.table) == 1)
    assert not screen.empty_label.isVisible()
