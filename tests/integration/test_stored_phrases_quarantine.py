"""Migration 0014's conversion of the quarantine reasons (``convert_quarantine_reasons``) on both databases: rows
written by 0.1 (a JSON list of English reasons) become exactly what the intake stores today; a reason 0.1 did not
write is kept word for word under ``legacy``; a row already converted is left alone; nothing else of the row changes
and no card number appears."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, text

from ocpm_desk.features.intake.rules import CARD_REASON, Quarantined, read_line, read_reasons, stored_reasons
from ocpm_desk.infrastructure.migrations.stored_phrases_quarantine import convert_quarantine_reasons
from ocpm_desk.kernel.identifiers import find_card_numbers
from ocpm_desk.kernel.phrases import Phrase

DATA = Path(__file__).resolve().parent.parent / "data" / "intake"
SERVICES = frozenset({"ATT-RES", "ATT-RES-HIST", "ATT-RES-CIV", "ATT-DEP", "ATT-DEP-HIST"})
RECEIVED = datetime(2026, 3, 9, 8, 0, tzinfo=UTC)


def _fixture_lines() -> list[Quarantined]:
    out = []
    for name in ("malformed.jsonl", "card_numbers.jsonl", "business_defects.jsonl"):
        for number, raw in enumerate((DATA / name).read_bytes().split(b"\n"), start=1):
            if raw.strip():
                result = read_line(number, raw, SERVICES)
                if isinstance(result, Quarantined):
                    out.append(result)
    return out


def _insert(conn: Connection, line: int, reasons: str) -> None:
    masked = f"line {line}"
    conn.execute(text(
        "INSERT INTO import_quarantine (source, line_number, reference, line_masked, line_sha256, reasons, "
        "received_at) VALUES ('old.jsonl', :n, NULL, :t, :h, :r, :at)"),
        {"n": line, "t": masked, "h": hashlib.sha256(masked.encode()).hexdigest(), "r": reasons, "at": RECEIVED})


def _convert(engine: Engine) -> int:
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT ocpm_skip_row_audit()"))  # as migration 0014 does before calling it
        return convert_quarantine_reasons(conn, batch=7)  # several batches


def _rows(engine: Engine) -> dict[int, tuple[Any, ...]]:
    with engine.connect() as conn:
        return {r[0]: tuple(r[1:]) for r in conn.execute(text(
            "SELECT line_number, reasons, line_masked, line_sha256, source, resolved_at FROM import_quarantine"))}


def test_0_1s_english_reasons_become_the_keys_the_intake_writes(engine: Engine) -> None:
    lines = _fixture_lines()
    assert len(lines) > 30 and any(q.card_number for q in lines)
    legacy = ["a reason written by hand in 0.1", "applicant.avs: a problem 0.1 never wrote"]
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT ocpm_skip_row_audit()"))
        for i, q in enumerate(lines, start=1):  # as 0.1 stored them: their English, in a JSON list
            _insert(conn, i, json.dumps([str(r) for r in q.reasons], ensure_ascii=False))
        _insert(conn, 1001, json.dumps([str(CARD_REASON), *legacy], ensure_ascii=False))
        _insert(conn, 1002, "not JSON: a hand-edited row")
        _insert(conn, 1003, stored_reasons(lines[0].reasons))  # already converted
    before = _rows(engine)

    assert _convert(engine) == len(lines) + 2
    after = _rows(engine)
    for i, q in enumerate(lines, start=1):
        assert after[i][0] == stored_reasons(q.reasons), (i, before[i][0])
        assert after[i][1:] == before[i][1:]  # only the reasons change
        assert find_card_numbers(after[i][0]) == []
    mixed = read_reasons(after[1001][0])
    assert mixed[0] == CARD_REASON and mixed[0].key == "intake.card_number"
    assert [(p.key, str(p)) for p in mixed[1:]] == [("legacy", text_) for text_ in legacy]
    assert json.loads(after[1001][0])[1:] == [{"key": "legacy", "params": {"text": t}} for t in legacy]
    (hand,) = read_reasons(after[1002][0])
    assert (hand.key, str(hand)) == ("legacy", "not JSON: a hand-edited row")
    assert after[1003] == before[1003]

    assert _convert(engine) == 0  # run twice: nothing more to do
    assert _rows(engine) == after


def test_the_gui_reads_every_converted_reason_as_a_phrase_it_can_translate(engine: Engine) -> None:
    """What the quarantine screen receives after the conversion: keyed phrases of the catalogue, none legacy."""
    lines = _fixture_lines()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT ocpm_skip_row_audit()"))
        for i, q in enumerate(lines, start=1):
            _insert(conn, i, json.dumps([str(r) for r in q.reasons], ensure_ascii=False))
    _convert(engine)
    for i, (reasons, *_rest) in _rows(engine).items():
        read = read_reasons(reasons)
        assert read == lines[i - 1].reasons and all(isinstance(p, Phrase) and p.key != "legacy" for p in read)
