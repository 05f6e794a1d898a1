"""The French catalogue is complete and current, and the application starts in French."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ocpm_desk.gui.i18n import app_translation_file, choose_language, current_language, install_translators
from ocpm_desk.gui.labels import role_label, status_label
from ocpm_desk.gui.paths import resources_dir

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "i18n" / "ocpm_desk_fr.ts"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
#: ``{name}``, and the messages' ``{name!r}`` and ``{at:%H:%M}``: a translation keeps each as it is.
PLACEHOLDER = re.compile(r"\{[a-z_]+(?:![rsa])?(?::[^{}]*)?\}")

Message = tuple[str, str]  # (context, source)


def messages(ts: Path) -> dict[Message, ET.Element]:
    out: dict[Message, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def sources_for_lupdate() -> list[str]:
    """The files ``make translations-update`` reads: the GUI's Python files (not the generated forms), those of the
    domain and the services and ``wiring.py`` (their messages are marked with QT_TRANSLATE_NOOP), and ui/."""
    package = REPO / "ocpm_desk"
    files = [p for folder in ("gui", "domain", "services") for p in (package / folder).rglob("*.py")
             if "forms" not in p.relative_to(package).parts]
    files += [package / "wiring.py", *sorted((REPO / "ui").glob("*.ui"))]
    return [str(p.relative_to(REPO)) for p in sorted(files)]


def test_every_message_has_a_french_translation() -> None:
    problems = []
    for (context, source), message in messages(TS).items():
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{context}: {source!r} is {kind}")
        elif not all(t.strip() for t in translations_of(message)):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, "translate these in resources/i18n/ocpm_desk_fr.ts:\n" + "\n".join(problems)


def test_translations_keep_placeholders_and_mnemonics() -> None:
    problems = []
    for (context, source), message in messages(TS).items():
        for text in translations_of(message):
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} → {text!r}: placeholders differ")
            if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
                problems.append(f"{context}: {source!r} → {text!r}: keyboard mnemonic (&) lost or added")
    assert not problems, "\n".join(problems)


def test_the_catalogue_holds_exactly_what_lupdate_finds(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(LUPDATE), "-no-obsolete", *sources_for_lupdate(), "-ts", str(fresh)],
        cwd=REPO,
        check=True,
        capture_output=True,
        timeout=120,
    )
    found, committed = set(messages(fresh)), set(messages(TS))
    assert not found - committed, (
        f"strings missing from {TS.name} (run `make translations-update` and translate them): "
        f"{sorted(found - committed)}"
    )
    assert not committed - found, (
        f"strings no longer in the code (run `make translations-update`): {sorted(committed - found)}"
    )


def test_the_compiled_catalogue_exists() -> None:
    assert Path(app_translation_file()).is_file(), "run `make generate` to compile the translations"
    assert Path(app_translation_file()).parent == resources_dir() / "i18n"


def test_the_application_starts_in_french(gui_app: QApplication) -> None:
    assert current_language() == "fr"
    assert status_label("awaiting_payment") == "À payer"
    assert status_label("delivered") == "Distribuée"
    assert role_label("caseworker") == "Gestionnaire"
    assert QCoreApplication.translate("Navigation", "Overview") == "Vue d'ensemble"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own strings are French too
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"


def test_ocpm_lang_en_selects_english(gui_app: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OCPM_LANG", "en")
    try:
        assert install_translators(gui_app) == "en"
        assert status_label("awaiting_payment") == "Awaiting payment"
        assert role_label("caseworker") == "Caseworker"
    finally:
        install_translators(gui_app, "fr")
    assert status_label("awaiting_payment") == "À payer"


@pytest.mark.parametrize(
    ("requested", "env", "expected"),
    [(None, None, "fr"), ("en", None, "en"), (None, "en_GB.UTF-8", "en"), (None, "de", "fr"), ("fr", "en", "fr")],
)
def test_choose_language(
    monkeypatch: pytest.MonkeyPatch, requested: str | None, env: str | None, expected: str
) -> None:
    if env is None:
        monkeypatch.delenv("OCPM_LANG", raising=False)
    else:
        monkeypatch.setenv("OCPM_LANG", env)
    assert choose_language(requested) == expected
