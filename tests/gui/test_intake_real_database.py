"""The Import and Quarantine screens against the real services and a real SQLite database: an intake file with a
card number in one line is imported through the screen, the line is quarantined masked, and resolved with a note
(the orders, the quarantine and the audit trail are read back from the database)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gui_fakes import session_for
from intake_support import example_record
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from screen_steps import opened_dialog
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from ocpm_desk.gui.intake.screen import ImportScreen, QuarantineScreen, ResolveDialog
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.infrastructure.db.models import AuditEvent, ImportQuarantine, Order

pytestmark = pytest.mark.gui

CARD = "4111 1111 1111 1111"  # a test card number (passes the Luhn check)


def record(n: int, status: str = "paid", **extra: Any) -> str:
    """One line of DESIGN §9: its example as order ``ED-2026-<n>``, ordered on 10 March 2026 (paid, unless
    ``status`` says otherwise)."""
    line = example_record(reference=f"ED-2026-{n:08d}", ordered_at="2026-03-10T09:15:00+01:00", status=status,
                          payment__provider_reference=f"PSP-{n:08d}",
                          payment__validated_at="2026-03-10T09:17:42+01:00", **extra)  # fmt: skip
    if status != "paid":
        line["payment"] = None
    return json.dumps(line, ensure_ascii=False)


def plain_state(text: str) -> str:
    return text.replace("\u00a0", " ")


def run_import(qtbot: QtBot, screen: ImportScreen, path: Path) -> None:
    screen.file_edit.setText(str(path))
    screen.import_action.trigger()
    qtbot.waitUntil(lambda: not screen.busy, timeout=20_000)


def test_an_intake_file_is_imported_and_its_bad_line_resolved(
    qtbot: QtBot, open_window: Callable[..., MainWindow], sqlite_engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "commandes-2026-03-10.jsonl"
    path.write_text("\n".join([
        record(1), record(2, "awaiting_payment"), record(3, note=f"carte {CARD}"), record(4), "",
    ]) + "\n", encoding="utf-8")  # fmt: skip
    session = session_for(sqlite_engine, "mrochat")
    window = open_window(session, screen="import")
    screen = window.screen_by_key("import")
    assert isinstance(screen, ImportScreen)
    assert screen.open_quarantined == 0

    run_import(qtbot, screen, path)
    values = screen.card_values()
    assert {k: v for k, v in values.items() if k != "duration"} == {
        "lines": "4", "imported": "3", "updated": "0", "unchanged": "0", "quarantined": "1"}
    assert screen.message_label.property("kind") == "ok", screen.message
    with Session(sqlite_engine) as s:
        assert sorted(s.scalars(select(Order.reference))) == ["ED-2026-00000001", "ED-2026-00000002",
                                                              "ED-2026-00000004"]  # fmt: skip
        assert s.scalar(select(func.count()).select_from(ImportQuarantine)) == 1
    qtbot.waitUntil(lambda: screen.settled and screen.open_quarantined == 1)

    # the same file again: nothing changes
    run_import(qtbot, screen, path)
    assert screen.card_values()["unchanged"] == "4" and screen.card_values()["imported"] == "0"

    # a file that is not there: said plainly, nothing imported
    run_import(qtbot, screen, tmp_path / "absent.jsonl")
    assert screen.message_label.property("kind") == "error"
    assert "absent.jsonl" in screen.message and screen.message.endswith("Rien n'a été importé.")

    # the quarantine: the line with its card number masked
    screen.quarantine_action.trigger()
    quarantine = window.screen_by_key("quarantine")
    assert isinstance(quarantine, QuarantineScreen) and window.current_key() == "quarantine"
    qtbot.waitUntil(lambda: quarantine.settled and quarantine.model.rowCount() == 1)
    assert quarantine.row_texts(0)[:3] == ["commandes-2026-03-10.jsonl", "3",
                                                                      "ED-2026-00000003"]  # fmt: skip
    text = quarantine.line_text.toPlainText()
    assert "ED-2026-00000003" in text and CARD not in text and "4111 11** **** 1111" in text
    assert "numéro de carte présent" in quarantine.reasons_label.text()  # stored in English, said in French

    quarantine.table.setFocus()
    dialog = opened_dialog(quarantine, quarantine.resolve_action, ResolveDialog)
    dialog.note_edit.setPlainText("court")
    dialog.confirm()
    assert dialog.isVisible() and not dialog.busy  # refused in the dialog, nothing sent
    dialog.note_edit.setPlainText("La plateforme a renvoyé la commande sans le numéro de carte")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: quarantine.dialog is None and quarantine.settled and not quarantine.busy,
                    timeout=10_000)
    assert quarantine.model.rowCount() == 0 and quarantine.empty_label.isVisible()
    with Session(sqlite_engine) as s:
        line = s.scalars(select(ImportQuarantine)).one()
        assert line.resolved_by == "mrochat"
        assert line.resolution_note == "La plateforme a renvoyé la commande sans le numéro de carte"
        assert s.scalar(select(func.count()).select_from(AuditEvent)
                        .where(AuditEvent.action == "quarantine.resolved")) == 1
    quarantine.show_resolved_box.setChecked(True)
    qtbot.waitUntil(lambda: quarantine.settled and quarantine.model.rowCount() == 1)
    assert quarantine.row_texts(0)[5].startswith("Résolue (mrochat, ")
    assert plain_state(quarantine.fact_labels["state"].text()).endswith(
        " par mrochat\nNote : La plateforme a renvoyé la commande sans le numéro de carte")
    window.close()
    session.close()
