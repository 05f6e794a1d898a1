"""Every stored phrase (``domain.notes.STORED``) said in French with Swiss dates and labels for its codes — and in
English after a switch — through the one function the screens use (``stored_text.stored_text``)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from ocpm_desk.gui import i18n
from ocpm_desk.gui.stored_text import evidence_value, stored_text
from ocpm_desk.kernel.notes import STORED, Chf, Code, note
from ocpm_desk.kernel.phrases import Listing, fields_of

DATES = {"date", "reply_by", "follow_up", "start", "end"}
ENGLISH = re.compile(r"\b(the|and|by|not|met|sent|returned|line|hearing|since|on|of|from|to|is|was|no|override|"
                     r"removed|decision|printed|delivered|again|ground|unknown|order|register|applicant|person|"
                     r"paid|check|address|street|last name|follow-up|comments)\b", re.IGNORECASE)
ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def _sample(key: str, name: str) -> Any:
    if name in DATES:
        return date(2026, 12, 17)
    if name in ("amount", "due", "short"):
        return Chf(2500)
    if name == "condition":
        return Code("condition", "identity_match", "Identité conforme au registre")
    if name in ("result", "before", "after") and key.startswith("history.condition"):
        return Code("result", "not_met")
    if name == "reason" and key.startswith("history.returned"):
        return Code("return_reason", "unknown_address")
    if name == "fields":
        return Listing([Code("field", "last_name"), Code("field", "birth_date")])
    if name == "grounds":
        return Listing([Code("ground", "not_swiss", "Nationalité suisse non établie")])
    if name == "product":
        return Code("product", "R", "Recommandé")
    if name in ("count", "met", "not_met", "unknown", "line"):
        return 2
    return {"before": "anne", "after": "luca", "number": "OCPM-2026-000123", "item": "98.40.123456.12345678",
            "source": "commandes-du-jour.jsonl", "job": "42", "destination": "imprimante-courrier"}.get(
        name, "pièce reçue au guichet")


@pytest.mark.parametrize("key", sorted(STORED))
def test_every_stored_phrase_reads_french_with_swiss_dates(key: str) -> None:
    phrase = note(key, **{name: _sample(key, name) for name, _c, _s in fields_of(STORED[key])})
    french = stored_text(phrase)
    assert not ISO.search(french), french
    assert not ENGLISH.search(french), f"{key}: {french}"
    if any(name in DATES for name, _c, _s in fields_of(STORED[key])):
        assert "17.12.2026" in french


def test_the_hold_banner_of_a_heard_order_and_the_evidence_read_french() -> None:
    assert stored_text(note("hold.hearing", date=date(2026, 12, 17))) == (
        "Droit d'être entendu\u00a0: observations attendues jusqu'au 17.12.2026 (LPA art. 41)")
    assert evidence_value(True) == "oui" and evidence_value(None) == "—"
    assert evidence_value(date(1980, 2, 29)) == "29.02.1980" and evidence_value(Chf(2495)) == "CHF 24.95"
    assert evidence_value(note("evidence.since", date=date(2015, 1, 10))) == "depuis le 10.01.2015"


def test_after_a_switch_to_english_the_same_phrases_read_english(gui_app: QApplication) -> None:
    i18n.install_translators(gui_app, "en")
    try:
        assert stored_text(note("hold.hearing", date=date(2026, 12, 17))) == (
            "Right to be heard: comments expected by 17.12.2026 (LPA art. 41)")
        ticked = note("history.condition_ticked", condition=Code("condition", "identity_match", "Identité"),
                      result=Code("result", "not_met"), text="seen")
        assert stored_text(ticked) == "Identité: Not met — seen"
    finally:
        i18n.install_translators(gui_app, "fr")


def test_every_history_action_has_a_french_label() -> None:
    from ocpm_desk.gui.stored_text import history_action_label
    from ocpm_desk.kernel.audit_actions import HISTORY_ACTIONS

    unlabelled = [action for action in HISTORY_ACTIONS if history_action_label(action) == action]
    assert unlabelled == []
    assert history_action_label("hearing_not_needed") == "Audition non nécessaire"
