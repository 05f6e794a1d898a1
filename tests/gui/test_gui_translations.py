"""The French catalogue is complete and current, and the application starts in French."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import Engine

import ocpm_desk
from ocpm_desk.features.intake.rules import Quarantined, read_line, read_reasons, stored_reasons
from ocpm_desk.features.mailroom import mailroom
from ocpm_desk.gui.failures import describe_failure, domain_message, phrase_text
from ocpm_desk.gui.i18n import app_translation_file, choose_language, current_language, install_translators
from ocpm_desk.gui.intake.screen import reason_text
from ocpm_desk.gui.labels import in_sentence, role_label, status_in_sentence, status_label
from ocpm_desk.gui.paths import resources_dir
from ocpm_desk.gui.stored_text import REFUSALS
from ocpm_desk.infrastructure.printing import PdfFileSink, PrintFailed
from ocpm_desk.infrastructure.uow import Actor
from ocpm_desk.kernel.addresses import PostalAddress, address_problems
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError, StaleVersion
from ocpm_desk.kernel.lifecycle import Status, check_transition
from ocpm_desk.kernel.phrases import SEMICOLON, Listing, Phrase, Words
from ocpm_desk.kernel.roles import Role

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
    """The files ``make translations-update`` reads: every Python file of the package but the generated forms (the
    GUI's strings, and the messages the domain, the services, wiring.py and the adapters mark with
    QT_TRANSLATE_NOOP), and ui/."""
    package = REPO / "ocpm_desk"
    files = [p for p in package.rglob("*.py") if "forms" not in p.relative_to(package).parts[:2]]
    files += sorted((REPO / "ui").glob("*.ui"))
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


# ---- the messages of the domain and the services --------------------------------------------------------------


def _raised(call: Callable[[], object]) -> DomainError:
    with pytest.raises(DomainError) as caught:
        call()
    return caught.value


def test_the_services_errors_are_said_in_french_then_in_english(gui_app: QApplication) -> None:
    """Real errors of the domain and the services: French by default, with the values written for the reader
    (dates, times, statuses, roles, nested phrases); English after a switch, as ``str(exc)`` has it."""
    caseworker = Actor("cdubois", frozenset({Role.CASEWORKER}))
    engine = cast(Engine, None)  # each call is refused before it reaches the database
    stale = StaleVersion("ED-2026-00000031", "anne", datetime(2026, 11, 26, 14, 5, 9))
    denied = _raised(lambda: mailroom.record_correction(engine, Actor("marc", frozenset({Role.MAILROOM})), 1, 1,
                                                        date(2026, 11, 26), "x" * 20, "ocpm"))
    future = _raised(lambda: mailroom.record_correction(engine, caseworker, 1, 1, date(2026, 12, 1),
                                                        "Nom mal orthographié", "ocpm", today=date(2026, 11, 26)))
    short = _raised(lambda: mailroom.record_correction(engine, caseworker, 1, 1, date(2026, 11, 26), "court", "ocpm"))
    step = _raised(lambda: check_transition(Status.IN_REVIEW, Status.APPROVED, [Role.MAILROOM], actor="marc"))
    address = DomainError(QT_TRANSLATE_NOOP("Message", "the corrected address is not valid: {problems}"),
                          problems=Listing((p.phrase for p in address_problems(PostalAddress(
                              None, "Anne", "Dupont", "Rue du Rhône", "1", "12", None, "", "CH"))), SEMICOLON))
    assert str(future) == "the request cannot have been received after today (2026-11-26)"
    assert str(step) == "in_review → approved is not allowed: approve is reserved to: caseworker, supervisor"

    nbsp = "\u00a0"
    french = {
        stale: f"La démarche n'a pas abouti{nbsp}: la commande ED-2026-00000031 a été modifiée entre-temps par anne à "
               f"14:05{nbsp}; rechargez-la et réessayez.",
        denied: f"La démarche n'a pas abouti{nbsp}: vos rôles ne vous autorisent pas à traiter une demande de "
                "correction.",
        future: f"La démarche n'a pas abouti{nbsp}: la demande ne peut pas avoir été reçue après aujourd'hui "
                "(26.11.2026).",
        short: f"La démarche n'a pas abouti{nbsp}: décrivez la correction demandée en au moins 10 caractères.",
        step: f"La démarche n'a pas abouti{nbsp}: le passage «{nbsp}En examen{nbsp}» → «{nbsp}Approuvée{nbsp}» n'est "
              f"pas permis{nbsp}: l'action «{nbsp}approuver{nbsp}» est réservée aux rôles suivants{nbsp}: "
              "Gestionnaire, Responsable.",
        address: f"La démarche n'a pas abouti{nbsp}: l'adresse corrigée n'est pas valable{nbsp}: la localité "
                 f"manque{nbsp}; le NPA «{nbsp}12{nbsp}» n'est pas un nombre de 4 chiffres entre 1000 et 9999 (suivi "
                 "éventuellement d'un complément de 2 caractères).",
    }
    for error, text in french.items():
        assert describe_failure(error) == text
    assert domain_message(future) == "la demande ne peut pas avoir été reçue après aujourd'hui (26.11.2026)"
    try:
        assert install_translators(gui_app, "en") == "en"
        assert describe_failure(stale) == (
            "The procedure did not succeed: order ED-2026-00000031 was changed by anne meanwhile at 14:05; reload it "
            "and try again.")
        assert describe_failure(denied) == (
            "The procedure did not succeed: your roles do not allow you to handle correction.")
        assert describe_failure(future) == (
            "The procedure did not succeed: the request cannot have been received after today (26.11.2026).")
        assert describe_failure(step) == ("The procedure did not succeed: in review → approved is not allowed: "
                                          "approve is reserved to: Caseworker, Supervisor.")
        assert domain_message(short) == str(short)
    finally:
        install_translators(gui_app, "fr")
    assert describe_failure(short).startswith("La démarche n'a pas abouti")


def test_a_status_inside_a_sentence_is_said_in_lower_case_and_by_its_label_between_quotes(
    gui_app: QApplication,
) -> None:
    """Buttons and columns name a status by its label ("In review", « En examen »); a sentence says it in lower case
    ("the order is in review", « son statut est en examen »), unless its template quotes it (« En examen »)."""
    error = DomainError(QT_TRANSLATE_NOOP(
        "Message", "order {reference} is {status}: {what} only while it is {allowed}"),
        reference="ED-2026-00000031", status=Words(Status.REFUSAL_PROPOSED), what=Phrase("write a refusal"),
        allowed=Listing((Words(Status.IN_REVIEW), Words(Status.ON_HOLD)), " or "))
    nbsp = "\u00a0"
    assert str(error) == (
        "order ED-2026-00000031 is refusal proposed: write a refusal only while it is in review or on hold")
    assert domain_message(error) == (
        f"la commande ED-2026-00000031 a le statut «{nbsp}Refus proposé{nbsp}»{nbsp}: on ne peut rédiger un refus que "
        "si son statut est en examen ou en attente")
    assert phrase_text(Phrase("it is {status} now", status=Status.AWAITING_PAYMENT)) == "it is à payer now"
    assert phrase_text(Phrase("it is {status!r} now", status=Status.IN_REVIEW)) == f"it is «{nbsp}En examen{nbsp}» now"
    assert phrase_text(Phrase("it is “{status}” now", status=Status.IN_REVIEW)) == "it is “En examen” now"
    assert status_in_sentence(Status.READY_TO_SHIP) == "prête à expédier"
    assert in_sentence("OCPM desk") == "OCPM desk" and in_sentence("A form") == "a form"
    try:
        assert install_translators(gui_app, "en") == "en"
        assert domain_message(error) == str(error)
        assert phrase_text(Phrase("it is {status!r} now", status=Status.IN_REVIEW)) == "it is “In review” now"
        assert status_label(Status.IN_REVIEW) == "In review" and status_in_sentence(Status.IN_REVIEW) == "in review"
    finally:
        install_translators(gui_app, "fr")


def test_a_print_failure_of_the_adapters_is_said_in_french(tmp_path: Path) -> None:
    with pytest.raises(PrintFailed) as caught:
        PdfFileSink(tmp_path / "absent" / "lot.pdf").submit(b"%PDF-1.4", title="")
    assert str(caught.value).startswith(f"Could not write the print file {tmp_path / 'absent' / 'lot.pdf'}: ")
    assert phrase_text(caught.value.phrase).startswith(
        f"Impossible d'écrire le fichier d'impression {tmp_path / 'absent' / 'lot.pdf'}\u00a0: ")
    slow = PrintFailed(QT_TRANSLATE_NOOP(
        "Message", "Could not print on “{printer}”: the print system did not answer within {seconds:.0f} s. Check "
        "that CUPS is running, then print again."), printer="ocpm-pdf", seconds=300.0)
    assert phrase_text(slow.phrase) == (
        "Impossible d'imprimer sur «\u00a0ocpm-pdf\u00a0»\u00a0: le système d'impression n'a pas répondu dans les "
        "300\u00a0s. Vérifiez que CUPS fonctionne, puis imprimez à nouveau.")


def test_a_message_without_its_template_is_shown_as_it_is(gui_app: QApplication) -> None:
    assert domain_message(DomainError("an English text {with braces}")) == "an English text {with braces}"
    assert describe_failure(DomainError("plain")) == "La démarche n'a pas abouti\u00a0: plain."


def test_a_stored_quarantine_reason_is_said_in_french() -> None:
    """What the intake stores (keys and typed values, parts nested) read back and said in French, dates the Swiss way;
    a reason of 0.1 the migration could not read (``legacy``) is shown as it was written."""
    services = frozenset({"ATT-RES"})

    def said(raw: bytes) -> list[str]:
        result = read_line(1, raw, services)
        assert isinstance(result, Quarantined)
        return [reason_text(r) for r in read_reasons(stored_reasons(result.reasons))]

    assert said(b'{"a" 1}') == [
        "la ligne n'est pas un objet JSON lisible\u00a0: séparateur «\u00a0:\u00a0» attendu (colonne 6)"]
    assert said(b'{"reference": "ED-2026-00000001", "status": "cancelled", "payment": {}, "service_code": "ATT-RES", '
                b'"quantity": 1, "ordered_at": "9999-12-31T23:59:59-14:00", "applicant": {}, "delivery": {}}')[:2] == [
        "payment\u00a0: présent alors que le statut est «\u00a0cancelled\u00a0» (un paiement n'accompagne que le "
        "statut «\u00a0paid\u00a0»)",
        "ordered_at\u00a0: ne peut être enregistrée ni placée dans le calendrier genevois\u00a0: seules les dates du "
        "02.01.0001 au 30.12.9999 (UTC) sont admises"]
    assert "applicant.birth_date\u00a0: n'est pas une date qui existe" in said(
        b'{"reference": "ED-2026-00000001", "applicant": {"birth_date": "1980-13-01"}}')
    (legacy,) = read_reasons('[{"key": "legacy", "params": {"text": "something written by hand"}}]')
    assert reason_text(legacy) == "something written by hand"


def test_the_order_screens_refusals_name_keys_the_services_raise() -> None:
    """``stored_text.REFUSALS`` knows the services' refusals by their key (``DomainError.keyed``), never by their
    English: each key it knows is raised by a service, and each key a service raises is said by the screen."""
    import ast

    package = Path(ocpm_desk.__file__).resolve().parent
    raised = set()
    for path in (package / "features").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "keyed"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                raised.add(node.args[0].value)
    assert len(raised) >= 5
    assert set(REFUSALS) == raised
