"""The Import and Quarantine screens against the real services and a real SQLite database: an intake file with a
card number in one line is imported through the screen, the line is quarantined masked, and resolved with a note
(no fake session: the orders, the quarantine and the audit trail are read back from the database)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from ocpm_factories import add_staff
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from ocpm_desk.bootstrap import AppDeskSession
from ocpm_desk.features.accounts.api import StaffIdentity
from ocpm_desk.gui.intake.screen import ImportScreen, QuarantineScreen, ResolveDialog
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.infrastructure.db.models import AuditEvent, ImportQuarantine, Order
from ocpm_desk.kernel.phrases import Phrase
from ocpm_desk.kernel.roles import Role

pytestmark = pytest.mark.gui

CARD = "4111 1111 1111 1111"  # a test card number (passes the Luhn check)


def record(n: int, status: str = "paid", **extra: Any) -> str:
    """One line of DESIGN §9."""
    line = {
        "reference": f"ED-2026-{n:08d}", "service_code": "ATT-RES", "quantity": 1,
        "ordered_at": "2026-03-10T09:15:00+01:00", "status": status,
        "applicant": {"avs": "756.9217.0769.85", "last_name": "Dupont", "first_name": "Anne",
                      "birth_date": "1980-02-29", "email": "anne.dupont@example.ch", "language": "fr"},
        "concerned_person": None,
        "delivery": {"product": "B", "address": {"mr_mrs": "1", "first_name": "Anne", "last_name": "Dupont",
                                                 "street": "Rue de Lausanne", "house_number": "12",
                                                 "swiss_zip_code": "1201", "town": "Genève", "country": "CH"}},
        "payment": {"provider_reference": f"PSP-{n:08d}", "brand": "VISA", "fee_chf": "25.00",
                    "postage_chf": "0.00", "validated_at": "2026-03-10T09:17:42+01:00"} if status == "paid" else None,
        **extra,
    }  # fmt: skip
    return json.dumps(line, ensure_ascii=False)


def plain_state(text: str) -> str:
    return text.replace("\u00a0", " ")


def run_import(qtbot: QtBot, screen: ImportScreen, path: Path) -> None:
    screen.file_edit.setText(str(path))
    screen.import_action.trigger()
    qtbot.waitUntil(lambda: not screen.busy, timeout=20_000)


def test_an_intake_file_is_imported_and_its_bad_line_resolved(
    qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path
) -> None:
    add_staff(sqlite_engine, "marc", Role.SUPERVISOR)
    path = tmp_path / "commandes-2026-03-10.jsonl"
    path.write_text("\n".join([
        record(1), record(2, "awaiting_payment"), record(3, note=f"carte {CARD}"), record(4), "",
    ]) + "\n", encoding="utf-8")  # fmt: skip
    session = AppDeskSession(sqlite_engine, StaffIdentity("marc", "Marc", frozenset({Role.SUPERVISOR})), Phrase("test"))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.show_screen("import")
    screen = window.screen_by_key("import")
    assert isinstance(screen, ImportScreen)
    qtbot.waitUntil(lambda: screen.settled)
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
    quarantine.resolve_action.trigger()
    dialog = quarantine.dialog
    assert isinstance(dialog, ResolveDialog)
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
        assert line.resolved_by == "marc"
        assert line.resolution_note == "La plateforme a renvoyé la commande sans le numéro de carte"
        assert s.scalar(select(func.count()).select_from(AuditEvent)
                        .where(AuditEvent.action == "quarantine.resolved")) == 1
    quarantine.show_resolved_box.setChecked(True)
    qtbot.waitUntil(lambda: quarantine.settled and quarantine.model.rowCount() == 1)
    assert quarantine.row_texts(0)[5].startswith("Résolue (marc, ")
    assert plain_state(quarantine.fact_labels["state"].text()).endswith(
        " par marc\nNote : La plateforme a renvoyé la commande sans le numéro de carte")
    window.close()
    session.close()
