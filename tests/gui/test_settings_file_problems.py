"""A settings file edited by hand: the dialog opens with the defaults in place of the values that are not valid, says
which in French, and saving writes valid values only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ocpm_desk.features.workstation import settings as workstation
from ocpm_desk.gui.app import application
from ocpm_desk.gui.workstation.settings_dialog import SettingsDialog
from ocpm_desk.infrastructure import config

pytestmark = pytest.mark.gui


@pytest.fixture
def french(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("OCPM_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("OCPM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("OCPM_LANG", raising=False)
    application(["test"], language="fr")


def opened(qtbot: QtBot) -> SettingsDialog:
    dialog = SettingsDialog(printers=lambda: [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.printers_loaded)
    return dialog


def test_values_set_aside_are_said_when_the_dialog_opens(qtbot: QtBot, french: None) -> None:
    path = config.settings_file()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"language": "de", "idle_lock_minutes": 999, "printer": "Bureau-2e",
                                "central_url": "ftp://db"}), encoding="utf-8")
    dialog = opened(qtbot)
    assert dialog.message.splitlines() == [
        "Des paramètres enregistrés n'étaient pas valables et ont été remplacés par leur valeur par défaut\xa0:",
        "L'adresse du serveur Central n'est pas valable\xa0: indiquez son hôte, son port et sa base.",
        "La langue doit être le français ou l'anglais.",
        "Le verrouillage doit intervenir après 1 à 240\xa0minutes.",
    ]
    assert dialog.message_label.property("kind") == "info"
    assert dialog.language_combo.currentData() == "fr" and dialog.idle_spin.value() == 0
    assert dialog.printer() == "Bureau-2e"  # a valid value stays
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert json.loads(path.read_text(encoding="utf-8")) == {"last_profile": "demo", "printer": "Bureau-2e",
                                                            "language": "fr"}
    assert workstation.file_problems() == []


def test_a_valid_file_opens_without_a_message(qtbot: QtBot, french: None) -> None:
    workstation.save(workstation.WorkstationSettings(language="en", idle_lock_minutes=5))
    dialog = opened(qtbot)
    assert dialog.message == ""
    assert dialog.idle_spin.value() == 5
