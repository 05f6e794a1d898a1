"""Card numbers in a line of an intake file (G10): found, masked, and the quarantine record of a line.

A run of 13–19 digits passing the Luhn check, anywhere in a line — keys, values, numbers, JSON escapes — however it
is written (``ocpm_desk.kernel.identifiers``), except a valid AVS number as the value of an ``avs`` field. Such a
line is masked (at most the first 6 and last 4 digits kept) before anything leaves the intake rules:
``quarantine_line`` is the only way a line's text is kept, masked, cut and hashed.
"""

from __future__ import annotations

import collections
import hashlib
import re
from collections.abc import Collection
from typing import Any

from ocpm_desk.features.intake.reasons import CARD_REASON
from ocpm_desk.features.intake.results import Quarantined
from ocpm_desk.kernel.identifiers import (
    card_digits,
    find_card_numbers,
    is_valid_avs,
    mask_card_numbers_in,
    mask_every_digit,
)
from ocpm_desk.kernel.phrases import Phrase

#: The stored (masked) text of a quarantined line is cut after this many characters.
MAX_STORED_CHARS = 8 * 1024
UNSTORABLE_RE = re.compile("[\x00\ud800-\udfff]")  # PostgreSQL text holds no NUL; UTF-8 no lone surrogate
#: A JSON escape: \\uXXXX or one of the short ones (\\t, \\/…); the short ones may hide separators too.
ESCAPE_RE = re.compile(r'\\(?:u([0-9a-fA-F]{4})|([bfnrt/\\"]))')
_SHORT_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "/": "/", "\\": "\\", '"': '"'}
#: The values of the ``avs`` fields of a line as written (without escapes).
_AVS_VALUE_RE = re.compile(r'"avs"\s*:\s*"([^"\\]*)"')


def _cards_in(value: str, *, avs_field: bool) -> list[str]:
    found = find_card_numbers(value)
    if avs_field and found and is_valid_avs(value.strip()):
        return []
    return found


def walk_cards(node: Any, key: str | None, out: list[str]) -> None:
    if isinstance(node, dict):
        for k, v in node.items():
            out.extend(_cards_in(k, avs_field=False))
            walk_cards(v, k, out)
    elif isinstance(node, list):
        for item in node:
            walk_cards(item, key, out)
    elif isinstance(node, str):
        out.extend(_cards_in(node, avs_field=key == "avs"))
    elif isinstance(node, int | float) and not isinstance(node, bool):
        out.extend(find_card_numbers(repr(node)))


def mask_node(node: Any, key: str | None) -> Any:
    if isinstance(node, dict):
        return {mask_card_numbers_in(k): mask_node(v, k) for k, v in node.items()}
    if isinstance(node, list):
        return [mask_node(item, key) for item in node]
    if isinstance(node, str):
        if key == "avs" and is_valid_avs(node.strip()):
            return node
        return mask_card_numbers_in(node)
    if isinstance(node, int | float) and not isinstance(node, bool):
        text = repr(node)
        masked = mask_card_numbers_in(text)
        return node if masked == text else masked
    return node


def _cut(text: str) -> str:
    return text if len(text) <= MAX_STORED_CHARS else text[:MAX_STORED_CHARS] + "…"


def quarantine_line(line_number: int, text: str, reasons: list[Phrase], *, reference: str | None = None,
                    cards: Collection[str] = (), card_number: bool = False) -> Quarantined:
    """The quarantine record of a line: masked, cut, hashed. ``cards`` are numbers known to be in ``text``."""
    stored = _cut(mask_card_numbers_in(text)).replace("\x00", "\ufffd")
    numbers = {card_digits(c) for c in cards}
    if numbers:
        shown = card_digits(stored)
        if any(d and d in shown for d in numbers):  # a card glued to other text: hide every digit (of any script)
            stored = mask_every_digit(stored)
    return Quarantined(line_number, reference, stored, hashlib.sha256(stored.encode("utf-8")).hexdigest(),
                       tuple(reasons), card_number)


def cards_in_raw(text: str) -> list[str]:
    """Card numbers in the raw text, but a valid AVS number that is the value of an ``avs`` field."""
    found = find_card_numbers(text)
    if not found:
        return found
    out: list[str] = []
    exempt: dict[str, int] | None = None  # as many as there are ``avs`` values: the same digits elsewhere count
    for c in found:
        if is_valid_avs(c):
            if exempt is None:
                exempt = collections.Counter(_AVS_VALUE_RE.findall(text))
            if exempt[c]:
                exempt[c] -= 1
                continue
        out.append(c)
    return out


def spell_escape(match: re.Match[str]) -> str:
    if match.group(1) is None:
        return _SHORT_ESCAPES[match.group(2)]
    ch = chr(int(match.group(1), 16))
    return "\ufffd" if UNSTORABLE_RE.match(ch) else ch


def rejected(line_number: int, text: str, reasons: list[Phrase], cards: list[str]) -> Quarantined:
    if "\\" in text:  # escapes may spell a card number the raw text does not show: keep what they spell, masked
        spelled = ESCAPE_RE.sub(spell_escape, text)
        known = {card_digits(c) for c in cards}
        spelled_cards = [c for c in cards_in_raw(spelled) if card_digits(c) not in known]
        if spelled_cards:  # every card known is hidden in what is kept (quarantine_line masks them all)
            text, cards = spelled, [*cards, *spelled_cards]
    if cards:
        reasons = [CARD_REASON, *reasons]
    return quarantine_line(line_number, text, reasons, cards=cards, card_number=bool(cards))
