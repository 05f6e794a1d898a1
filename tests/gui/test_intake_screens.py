"""The supervisors' « Importer des commandes » and « Quarantaine » against the fake session: the import runs off the
GUI thread with its progress and a Cancel honoured between batches, failures change nothing, the quarantine shows
the masked lines and resolves them with a note."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from gui_fakes import GUI_THREAD, FakeSession, session_for
from intake_fakes import MASKED_CARD
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ocpm_desk.gui.help import ShortcutsDialog
from ocpm_desk.gui.intake.screen import PROGRESS_STEPS, ImportScreen, QuarantineScreen, ResolveDialog
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.kernel.errors import DomainError

pytestmark = pytest.mark.gui

OpenWindow = Callable[..., MainWindow]
CTRL = Qt.KeyboardModifier.ControlModifier


def intake_file(tmp_path: Path, references: list[str | None], name: str = "commandes.jsonl") -> Path:
    """One line per reference: a JSON object with it, or (None) a line that is not JSON."""
    lines = [json.dumps({"reference": ref, "service_code": "ATT-RES"}) if ref else "{oops" for ref in references]
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def import_screen(qtbot: QtBot, window: MainWindow) -> ImportScreen:
    window.show_screen("import")
    screen = window.screen_by_key("import")
    assert isinstance(screen, ImportScreen)
    qtbot.waitUntil(lambda: screen.settled)
    return screen


def quarantine_screen(qtbot: QtBot, window: MainWindow) -> QuarantineScreen:
    window.show_screen("quarantine")
    screen = window.screen_by_key("quarantine")
    assert isinstance(screen, QuarantineScreen)
    qtbot.waitUntil(lambda: screen.settled and not screen.busy)
    return screen


def start(qtbot: QtBot, screen: ImportScreen, path: Path) -> None:
    screen.file_edit.setText(str(path))
    screen.file_edit.setFocus()
    qtbot.keyClick(screen.file_edit, Qt.Key.Key_I, CTRL)  # Ctrl+I: import
    assert screen.busy


def plain(text: str) -> str:
    """French typography puts a no-break space before ":" and ";"; the tests compare with ordinary spaces."""
    return text.replace("\u00a0", " ")


def ids_shown(screen: QuarantineScreen) -> list[int]:
    return [screen.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(screen.table.rowCount())]


# ---- who sees them -------------------------------------------------------------------------------------------------


def test_only_supervisors_see_the_import_and_the_quarantine(open_window: OpenWindow) -> None:
    for username in ("mrochat", "jmeyer"):
        keys = open_window(username).screen_keys()
        assert keys[-2:] == ["import", "quarantine"], username
    for username in ("cdubois", "nfavre", "pblanc", "smuller"):
        keys = open_window(username).screen_keys()
        assert "import" not in keys and "quarantine" not in keys, username


# ---- import --------------------------------------------------------------------------------------------------------


def test_an_import_runs_off_the_gui_thread_and_shows_the_counts(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    session: FakeSession = session_for("mrochat")
    window = open_window(session)
    screen = import_screen(qtbot, window)
    assert screen._details.text() == "2 ligne(s) en attente dans la quarantaine (Ctrl+G)"
    path = intake_file(tmp_path, ["ED-2026-00001001", "ED-2026-00001002", None, "ED-2026-00001001",
                                  "ED-2026-00001003"])  # fmt: skip
    start(qtbot, screen, path)
    qtbot.waitUntil(lambda: not screen.busy)

    assert session.intake_calls_of("import_orders") == [(str(path),)]
    assert GUI_THREAD not in session.thread_of("import_orders")
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
    qtbot.waitUntil(lambda: quarantine.settled and quarantine.table.rowCount() == 3)
    assert quarantine.table.item(0, 0).text() == "commandes.jsonl"
    assert quarantine.table.item(0, 1).text() == "3"
    assert quarantine.line_text.toPlainText() == "{oops"


def test_the_progress_bar_follows_the_batches_and_the_window_stays_usable(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    session: FakeSession = session_for("mrochat")
    window = open_window(session)
    screen = import_screen(qtbot, window)
    session.import_batch_delay_s = 0.08  # progress reports closer than 50 ms are merged
    session.import_hold = threading.Event()
    values: list[int] = []
    screen.progress_bar.valueChanged.connect(values.append)
    path = intake_file(tmp_path, [f"ED-2026-{n:08d}" for n in range(1, 9)])
    start(qtbot, screen, path)
    assert session.batch_written.wait(5)
    qtbot.waitUntil(lambda: screen.bytes_done > 0)
    assert 0 < screen.progress_bar.value() < PROGRESS_STEPS
    assert plain(screen.progress_text.text()).startswith("Import de commandes.jsonl : ")
    assert screen.cancel_action.isEnabled() and screen.action_buttons["cancelImport"].isVisible()
    assert not screen.import_action.isEnabled() and not screen.choose_action.isEnabled()
    # the window is not frozen: another screen opens and loads while the batch waits
    window.show_screen("overview")
    qtbot.waitUntil(lambda: window.screen_by_key("overview").settled)
    window.show_screen("import")
    session.import_hold.set()
    qtbot.waitUntil(lambda: not screen.busy)
    assert len(session.progress_reports) == 4
    steps = [v for v in values if v > 0]
    assert len(set(steps)) >= 3 and steps == sorted(steps) and steps[-1] == PROGRESS_STEPS
    assert screen.card_values()["imported"] == "8"
    assert not screen.action_buttons["cancelImport"].isVisible()


def test_cancel_stops_between_batches_and_the_same_file_finishes_it(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    session: FakeSession = session_for("mrochat")
    window = open_window(session)
    screen = import_screen(qtbot, window)
    session.import_hold = threading.Event()
    path = intake_file(tmp_path, [f"ED-2026-{n:08d}" for n in range(1, 7)])
    start(qtbot, screen, path)
    qtbot.waitUntil(lambda: screen.bytes_done > 0)  # the first batch is written
    qtbot.keyClick(screen.action_buttons["cancelImport"], Qt.Key.Key_Escape)  # Escape: cancel
    assert screen.cancel_asked and not screen.cancel_action.isEnabled()
    assert plain(screen.progress_text.text()) == "Annulation : le lot en cours d'écriture est d'abord terminé…"
    session.import_hold.set()
    qtbot.waitUntil(lambda: not screen.busy)
    assert screen.summary is not None and screen.summary.cancelled
    assert screen.card_values()["lines"] == "2" and screen.card_values()["imported"] == "2"
    assert plain(screen.result_heading.text()) == "Dernier import : commandes.jsonl — annulé"
    assert plain(screen.message) == (
        "Import de commandes.jsonl annulé après 2 ligne(s). Ce qui a été importé jusque-là reste ; importez à "
        "nouveau le même fichier pour le terminer (les lignes déjà traitées comptent alors comme inchangées).")
    assert session.imported_references == {"ED-2026-00000001", "ED-2026-00000002"}

    session.import_hold = None
    start(qtbot, screen, path)  # the same file again: it finishes
    qtbot.waitUntil(lambda: not screen.busy)
    assert screen.card_values() | {"duration": ""} == {"lines": "6", "imported": "4", "updated": "0",
                                                       "unchanged": "2", "quarantined": "0", "duration": ""}
    assert len(session.imported_references) == 6


def test_an_import_failure_shows_the_message_and_changes_nothing(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    session: FakeSession = session_for("mrochat")
    window = open_window(session)
    screen = import_screen(qtbot, window)
    before = list(session.quarantine_lines)
    session.intake_fail_next["import_orders"] = DomainError("the file commandes.jsonl cannot be read: Permission "
                                                            "denied")  # fmt: skip
    start(qtbot, screen, intake_file(tmp_path, ["ED-2026-00000001"]))
    qtbot.waitUntil(lambda: not screen.busy)
    assert plain(screen.message) == ("La démarche n'a pas abouti : the file commandes.jsonl cannot be read: Permission "
                              "denied. Rien n'a été importé.")
    assert screen.message_label.property("kind") == "error"
    assert screen.summary is None and screen.card_values() == {} and not screen.result_heading.isVisible()
    assert screen.progress_bar.value() == 0 and screen.progress_text.text() == "Aucun import en cours."
    assert session.imported_references == set() and session.quarantine_lines == before
    assert screen.import_action.isEnabled()  # the user may try again

    # a file that does not exist: said the same way
    start(qtbot, screen, tmp_path / "absent.jsonl")
    qtbot.waitUntil(lambda: not screen.busy)
    assert "absent.jsonl cannot be read" in screen.message and plain(screen.message).endswith("Rien n'a été importé.")


def test_the_file_dialog_fills_the_path_and_import_waits_for_it(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session: FakeSession = session_for("mrochat")
    window = open_window(session)
    window.open_order(1)  # the order screen (its Ctrl+Shift+O opens a decision) stays behind, hidden
    order = window.order_screen
    assert order is not None
    qtbot.waitUntil(lambda: order.settled)
    screen = import_screen(qtbot, window)
    assert not screen.import_action.isEnabled()  # no file yet
    path = intake_file(tmp_path, ["ED-2026-00000001"])
    monkeypatch.setattr(screen, "ask_file", lambda: str(path))
    screen.file_edit.setFocus()
    qtbot.keyClick(screen.file_edit, Qt.Key.Key_O, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert screen.file_edit.text() == str(path)
    assert plain(screen.message) == "Prêt à importer commandes.jsonl : cliquez sur Importer (Ctrl+I)."
    assert session.intake_calls_of("import_orders") == []  # choosing does not import
    qtbot.mouseClick(screen.action_buttons["startImport"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.busy)
    assert screen.card_values()["imported"] == "1"


# ---- quarantine ----------------------------------------------------------------------------------------------------


def test_the_quarantine_lists_open_lines_with_their_masked_text(qtbot: QtBot, open_window: OpenWindow) -> None:
    session: FakeSession = session_for("mrochat")
    screen = quarantine_screen(qtbot, open_window(session))
    assert GUI_THREAD not in session.thread_of("quarantine")
    assert session.intake_calls_of("quarantine")[-1] == (False,)
    assert ids_shown(screen) == [3, 2]  # open only, newest first
    assert screen._details.text() == "2 ligne(s) en attente, 3 au total"
    row = [screen.table.item(1, c).text() for c in range(6)]
    assert row == ["commandes-2026-03-11.jsonl", "17", "ED-2026-00000777", "11.03.2026 08:30",
                   "numéro de carte présent\u00a0: la ligne a été masquée et n'a pas été importée\u00a0; n'envoyez "
                   "jamais de données de carte (G10) (+2 autre(s))", "Ouverte"]  # fmt: skip
    assert screen.table.item(0, 2).text() == "—"  # no readable reference

    screen.table.selectRow(1)
    text = screen.line_text.toPlainText()
    assert MASKED_CARD in text and "4111111111111111" not in text
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
    assert screen.fact_labels["where"].text() == "commandes-2026-03-11.jsonl, ligne 17"
    assert screen.fact_labels["state"].text() == "Ouverte"
    assert screen.resolve_action.isEnabled()

    # Ctrl+H: the resolved lines too, with who, when and the note
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_H, CTRL)
    assert screen.show_resolved_box.isChecked()
    qtbot.waitUntil(lambda: screen.settled and screen.table.rowCount() == 3)
    assert session.intake_calls_of("quarantine")[-1] == (True,)
    screen.select_line(1)
    assert screen.table.item(2, 5).text() == "Résolue (mrochat, 11.03.2026)"
    assert plain(screen.table.item(2, 5).toolTip()) == ("Résolue le 11.03.2026 10:00 par mrochat\n"
                                                        "Note : Sent again corrected by the platform on 11.03.2026")
    assert plain(screen.fact_labels["state"].text()) == ("Résolue le 11.03.2026 10:00 par mrochat\n"
                                                  "Note : Sent again corrected by the platform on 11.03.2026")
    assert not screen.resolve_action.isEnabled()


def test_resolve_refuses_a_short_note_then_resolves_and_refreshes(qtbot: QtBot, open_window: OpenWindow) -> None:
    session: FakeSession = session_for("mrochat")
    screen = quarantine_screen(qtbot, open_window(session))
    screen.select_line(2)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_R, CTRL)  # Ctrl+R: resolve…
    dialog = screen.dialog
    assert isinstance(dialog, ResolveDialog)
    assert dialog.windowTitle() == "Résoudre une ligne en quarantaine — commandes-2026-03-11.jsonl, ligne 17"
    dialog.note_edit.setPlainText("vu")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and screen.dialog is dialog
    assert dialog.message_label.text() == "Dites en 10 caractères au moins ce qui a été fait pour cette ligne."
    assert session.intake_calls_of("resolve_quarantine") == []

    dialog.note_edit.setPlainText("  Renvoyée corrigée par la plateforme le 12.03.2026  ")
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter: confirm
    qtbot.waitUntil(lambda: screen.dialog is None and not screen.busy and screen.settled)
    assert session.intake_calls_of("resolve_quarantine") == [(2, "Renvoyée corrigée par la plateforme le 12.03.2026")]
    assert GUI_THREAD not in session.thread_of("resolve_quarantine")
    assert plain(screen.message) == "Ligne 17 de commandes-2026-03-11.jsonl résolue."
    qtbot.waitUntil(lambda: ids_shown(screen) == [3])
    assert screen.selected_id() == 3  # the next line is ready to look at
    resolved = next(q for q in session.quarantine_lines if q.id == 2)
    assert resolved.resolved_by == "mrochat" and resolved.resolution_note is not None


def test_a_resolution_refused_by_the_service_keeps_the_dialog_and_reloads(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    session: FakeSession = session_for("mrochat")
    screen = quarantine_screen(qtbot, open_window(session))
    screen.select_line(3)
    screen.resolve_action.trigger()
    dialog = screen.dialog
    assert isinstance(dialog, ResolveDialog)
    calls = len(session.intake_calls_of("quarantine"))
    session.intake_fail_next["resolve_quarantine"] = DomainError("this line was already resolved by jmeyer on "
                                                                 "12.03.2026")  # fmt: skip
    dialog.note_edit.setPlainText("Ligne vide renvoyée par erreur")
    dialog.confirm()
    qtbot.waitUntil(lambda: not dialog.busy and not screen.busy)
    assert dialog.isVisible()
    assert plain(dialog.message_label.text()) == (
        "La démarche n'a pas abouti : this line was already resolved by jmeyer on 12.03.2026.")
    assert dialog.note == "Ligne vide renvoyée par erreur"  # what was typed stays
    qtbot.waitUntil(lambda: len(session.intake_calls_of("quarantine")) > calls and screen.settled)
    dialog.reject()


def test_an_empty_quarantine_keeps_the_show_resolved_box(qtbot: QtBot, open_window: OpenWindow) -> None:
    session: FakeSession = session_for("mrochat")
    session.quarantine_lines = [q for q in session.quarantine_lines if q.resolved_at is not None]
    screen = quarantine_screen(qtbot, open_window(session))
    assert screen.showing_content() and screen.table.rowCount() == 0
    assert screen.empty_label.isVisible() and not screen.resolve_action.isEnabled()
    screen.show_resolved_box.setChecked(True)
    qtbot.waitUntil(lambda: screen.settled and screen.table.rowCount() == 1)
    assert not screen.empty_label.isVisible()


# ---- keyboard and accessibility ------------------------------------------------------------------------------------


def test_every_action_has_a_shortcut_in_f1_and_every_widget_a_name(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window(session_for("mrochat"))
    for key in ("import", "quarantine"):
        window.show_screen(key)
        screen = window.screen_by_key(key)
        qtbot.waitUntil(lambda s=screen: s.settled)  # type: ignore[misc]
        listed = dict((keys, title) for title, keys in ShortcutsDialog(window.shortcut_actions(), window).shortcuts())
        for action in screen.screen_actions():  # type: ignore[attr-defined]
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            assert keys, f"{action.objectName()} has no shortcut"
            assert keys in listed, f"{action.objectName()} is not in the F1 list"
            assert keys != window.open_order_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    imports = window.screen_by_key("import")
    quarantine = window.screen_by_key("quarantine")
    assert isinstance(imports, ImportScreen) and isinstance(quarantine, QuarantineScreen)
    for widget in (imports.file_edit, imports.progress_bar, *imports.action_buttons.values(), quarantine.table,
                   quarantine.show_resolved_box, quarantine.line_text, quarantine.resolve_button):  # fmt: skip
        assert widget.accessibleName(), widget.objectName()
