"""Stored phrases (``domain.notes``): a key and typed values, round-tripped through their JSON; old text kept."""

from __future__ import annotations

import ast
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from ocpm_desk.kernel import notes
from ocpm_desk.kernel.notes import STORED, Chf, Code, decode, encode, note, text_note, with_labels
from ocpm_desk.kernel.phrases import Listing, fields_of

PACKAGE = Path(notes.__file__).resolve().parents[1]


def test_a_phrase_round_trips_with_every_kind_of_value() -> None:
    phrase = note("history.propose_refusal", count=2,
                  grounds=Listing([Code("ground", "not_swiss"), Code("ground", "not_registered")]))
    again = decode(encode(phrase))
    assert again is not None and again.key == "history.propose_refusal"
    assert again.params == phrase.params and str(again) == "2 ground(s): not swiss, not registered"
    moments = note("history.delivered", date=date(2026, 12, 17), item="98.40.1")
    assert decode(encode(moments)).params["date"] == date(2026, 12, 17)  # type: ignore[union-attr]
    amount = note("history.withdraw", note="Lettre", amount=Chf(102550))
    assert str(decode(encode(amount))) == "Lettre — the fee paid (CHF 1'025.50) is kept, not refunded (G2)"
    nested = notes.typed_value(notes.stored_value(note("evidence.since", date=date(2015, 1, 10))))
    assert str(nested) == "since 2015-01-10"
    assert notes.typed_value(notes.stored_value(datetime(2026, 1, 2, 3, 4, tzinfo=UTC))) == datetime(
        2026, 1, 2, 3, 4, tzinfo=UTC)
    assert [notes.typed_value(notes.stored_value(v)) for v in (True, None, 3, "x")] == [True, None, 3, "x"]


def test_the_stored_form_names_the_key_and_never_the_sentence() -> None:
    stored = json.loads(encode(note("hold.hearing", date=date(2026, 12, 17))))
    assert stored == {"key": "hold.hearing", "params": {"date": {"$date": "2026-12-17"}}}
    assert "Right to be heard" not in encode(note("hold.hearing", date=date(2026, 12, 17)))


def test_text_that_is_not_a_stored_phrase_is_kept_as_its_words() -> None:
    for old in ("Attente du dossier", "{not json", '{"key": 3}', '{"key": "gone.away", "params": {"a": "b"}}'):
        phrase = decode(old)
        assert phrase is not None and phrase.key == "legacy"
    assert str(decode("Attente du dossier")) == "Attente du dossier"
    assert str(decode('{"key": "gone.away", "params": {"a": "b"}}')) == "b"  # an unknown key: its values
    assert decode(None) is None and decode("") is None
    assert str(decode(encode(text_note("vu au guichet")))) == "vu au guichet"


def test_a_wrong_key_or_wrong_values_are_refused_when_written() -> None:
    with pytest.raises(ValueError, match="unknown stored phrase"):
        note("history.nope")
    with pytest.raises(ValueError, match="takes"):
        note("history.hold", reason="x")
    with pytest.raises(TypeError):
        encode(note("history.hold", reason="x", date=object()))
    with pytest.raises(ValueError, match="unknown kind"):
        Code("colour", "red")


def test_codes_of_reference_data_get_the_office_s_labels_on_reading() -> None:
    phrase = note("history.shipped", product=Code("product", "R"))
    labelled = with_labels(phrase, {("product", "R"): "Recommandé"})
    assert labelled is not None and labelled.params["product"].label == "Recommandé"
    assert labelled.key == "history.shipped" and phrase.params["product"].label is None
    assert json.loads(encode(labelled))["params"]["product"] == {"$code": ["product", "R"]}  # labels not stored


def test_every_key_has_a_template_with_named_values() -> None:
    for key, template in STORED.items():
        assert ("." in key and key == key.strip()) or key in ("text", "legacy")
        assert all(name for name, _c, _s in fields_of(template)), key


def _written_keys() -> set[str]:
    """Every key the package passes to ``note`` (imported as ``note`` or ``stored``) as a literal."""
    keys: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("note", "stored")
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                keys.add(node.args[0].value)
    return keys


def test_every_key_the_code_writes_is_in_the_catalogue() -> None:
    written = _written_keys()
    assert len(written) > 40
    assert written - set(STORED) == set()


def test_the_intake_s_history_note_encoded_once_per_batch_is_what_encode_gives() -> None:
    """services.intake splits the encoded ``history.imported`` at its line number to encode it once per batch."""
    for source in ("orders.jsonl", 'a "quoted", name.jsonl', "line 0: weird"):
        before, after = encode(note("history.imported", source=source, line=0)).split('"line": 0', 1)
        assert f'{before}"line": 17{after}' == encode(note("history.imported", source=source, line=17))
