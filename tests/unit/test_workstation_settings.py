"""This workstation's preferences (services.workstation): defaults, checks, storage without any password."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from ocpm_desk.features.mailroom.api import PrinterChoice
from ocpm_desk.features.mailroom.printing import with_preferred_printer
from ocpm_desk.features.workstation import settings as workstation
from ocpm_desk.features.workstation.settings import SettingsInvalid, WorkstationSettings
from ocpm_desk.infrastructure import profiles

CENTRAL = WorkstationSettings(profile="central", central_host="db.ocpm.example", central_port=5433,
                              central_database="ocpm_prod")


def stored() -> dict[str, object]:
    return json.loads(workstation.settings_file().read_text(encoding="utf-8"))


def codes(settings: WorkstationSettings) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in workstation.validate(settings)}


def test_defaults_without_a_file() -> None:
    assert not workstation.settings_file().exists()
    assert workstation.load() == WorkstationSettings()
    assert workstation.saved_language() is None
    assert workstation.idle_lock_preference() is None


def test_the_file_is_in_the_configuration_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OCPM_CONFIG_DIR", str(tmp_path / "conf"))
    workstation.save(WorkstationSettings(language="en"))
    assert workstation.settings_file() == tmp_path / "conf" / "settings.json"
    assert stored()["language"] == "en"
    assert workstation.saved_language() == "en"


def test_saved_settings_read_back_and_feed_the_profiles(tmp_path: Path) -> None:
    local = tmp_path / "bureau.sqlite"
    settings = replace(CENTRAL, local_path=str(local), printer="Bureau-2e", language="en", idle_lock_minutes=5)
    workstation.save(settings)
    assert workstation.load() == settings
    assert profiles.local_url() == f"sqlite:///{local}"
    assert profiles.central_url() == "postgresql+psycopg://db.ocpm.example:5433/ocpm_prod"
    assert stored()["last_profile"] == "central"


def test_emptied_fields_are_removed() -> None:
    workstation.save(replace(CENTRAL, printer="P", idle_lock_minutes=10))
    workstation.save(WorkstationSettings())
    data = stored()
    assert "central_url" not in data and "printer" not in data and "idle_lock_minutes" not in data
    assert "local_path" not in data
    assert profiles.local_url().endswith("local.sqlite")


def test_the_file_never_holds_a_password() -> None:
    # a URL with a password written by hand (or by an older version): loading ignores it, saving drops it
    path = workstation.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(
        {"central_url": "postgresql+psycopg://cdubois:S3cret-Pass@db.old:5432/ocpm?sslmode=require"}), encoding="utf-8")
    loaded = workstation.load()
    assert (loaded.central_host, loaded.central_port, loaded.central_database) == ("db.old", 5432, "ocpm")
    workstation.save(replace(loaded, profile="central"))
    text = workstation.settings_file().read_text(encoding="utf-8")
    assert "S3cret-Pass" not in text and "cdubois" not in text and "password" not in text.lower()
    assert stored()["central_url"] == "postgresql+psycopg://db.old:5432/ocpm?sslmode=require"  # options kept


@pytest.mark.parametrize(("changes", "problem"), [
    ({"central_host": ""}, ("central_host", "required")),
    ({"central_host": "db ocpm"}, ("central_host", "invalid")),
    ({"central_host": "user@db"}, ("central_host", "invalid")),
    ({"central_port": 0}, ("central_port", "out_of_range")),
    ({"central_port": 65536}, ("central_port", "out_of_range")),
    ({"central_database": " "}, ("central_database", "required")),
    ({"central_database": "a/b"}, ("central_database", "invalid")),
    ({"idle_lock_minutes": 0}, ("idle_lock_minutes", "out_of_range")),
    ({"idle_lock_minutes": 241}, ("idle_lock_minutes", "out_of_range")),
    ({"language": "de"}, ("language", "unknown")),
    ({"profile": "elsewhere"}, ("profile", "unknown")),
])
def test_invalid_input_is_named_and_nothing_is_saved(changes: dict[str, object], problem: tuple[str, str]) -> None:
    workstation.save(WorkstationSettings(language="en"))
    before = workstation.settings_file().read_bytes()
    bad = replace(CENTRAL, **changes)  # type: ignore[arg-type]
    assert problem in codes(bad)
    with pytest.raises(SettingsInvalid) as raised:
        workstation.save(bad)
    assert problem in {(p.field, p.code) for p in raised.value.problems}
    assert workstation.settings_file().read_bytes() == before


def test_the_central_fields_are_checked_only_when_central_is_used() -> None:
    assert codes(WorkstationSettings(profile="demo", central_port=0)) == set()
    assert ("central_port", "out_of_range") in codes(WorkstationSettings(central_host="db", central_port=0))
    assert codes(replace(CENTRAL, central_port=1)) == set()
    assert codes(replace(CENTRAL, central_port=65535)) == set()


def test_the_local_file_must_be_writable(tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    assert codes(WorkstationSettings(local_path=str(tmp_path / "new.sqlite"))) == set()
    assert codes(WorkstationSettings(local_path=str(a_file / "db.sqlite"))) == {("local_path", "not_writable")}
    assert codes(WorkstationSettings(local_path=str(tmp_path / "missing" / "db.sqlite"))) == {
        ("local_path", "not_writable")}
    assert codes(WorkstationSettings(local_path=str(tmp_path))) == {("local_path", "is_directory")}
    assert codes(WorkstationSettings(local_path="relative/db.sqlite")) == {("local_path", "invalid")}
    with pytest.raises(SettingsInvalid):
        workstation.save(WorkstationSettings(local_path=str(a_file / "db.sqlite")))
    assert not workstation.settings_file().exists()


def test_a_damaged_file_gives_the_defaults() -> None:
    path = workstation.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"language": "xx", "idle_lock_minutes": 999, "central_url": "nonsense", "printer": 3}')
    assert workstation.load() == WorkstationSettings()
    path.write_text("not json")
    assert workstation.load() == WorkstationSettings()


def test_the_workstation_may_only_lock_sooner() -> None:
    assert workstation.effective_idle_lock_minutes(15, None) == 15
    assert workstation.effective_idle_lock_minutes(15, 5) == 5
    assert workstation.effective_idle_lock_minutes(15, 60) == 15


def test_the_preferred_printer_comes_first_and_is_the_default() -> None:
    listed = [PrinterChoice("Accueil", True, True), PrinterChoice("Bureau-2e", False, True)]
    chosen = with_preferred_printer(listed, "Bureau-2e")
    assert [(p.name, p.is_default) for p in chosen] == [("Bureau-2e", True), ("Accueil", False)]
    assert with_preferred_printer(listed, "") == listed
    assert with_preferred_printer(listed, "Gone") == listed


def test_printers_are_listed_without_a_login() -> None:
    printers = workstation.list_printers()  # [] without CUPS; never raises
    assert all(isinstance(p, PrinterChoice) for p in printers)
