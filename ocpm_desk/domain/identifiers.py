"""Identifiers checked by OCPM Desk, and detection of payment card numbers.

- AVS/AHV number (Swiss social-security number, used to match the register; LIPAD art. 35 gives the legal basis):
  13 digits ``756.XXXX.XXXX.XC``, 756 = Switzerland, last digit an EAN-13 check digit.
- Swiss Post domestic registered item number ``98.xx.xxxxxx.xxxxxxxx``: 18 digits starting with 98; no public
  check-digit rule is known, so only the shape is checked.
- UPU S10 international item identifier: 2 letters, 8 digits, a check digit (weights 8 6 4 2 3 5 9 7,
  c = 11 − sum mod 11, 10 → 0, 11 → 5), a 2-letter ISO country code: ``RR123456785CH``.
- Order reference ``ED-YYYY-NNNNNNNN`` (DESIGN §9).
- Payment card numbers (G10, PCI DSS 3.3.1/3.4.1): the State never stores one, so any run of 13–19 digits passing
  the Luhn check is found and masked to at most its first 6 and last 4 digits.

All checks accept ASCII digits only and no surrounding whitespace: callers strip what a person typed.
"""

from __future__ import annotations

import re

from ocpm_desk.domain.references import ORDER_REFERENCE_RE

__all__ = [
    "find_card_numbers",
    "is_valid_avs",
    "is_valid_domestic_item_number",
    "is_valid_order_reference",
    "is_valid_s10",
    "luhn_valid",
    "mask_card_number",
    "mask_card_numbers_in",
    "normalize_avs",
    "s10_check_digit",
]

# --- AVS ----------------------------------------------------------------------------------------------------
# Dots are all there at the standard positions, or none at all ("756.92170769.85" is refused: a half-dotted
# number is more likely a typing error than a formatting choice).
_AVS_RE = re.compile(r"756[0-9]{10}|756\.[0-9]{4}\.[0-9]{4}\.[0-9]{2}")


def _ean13_check_digit(twelve: str) -> int:
    # Weights 1, 3, 1, 3… from the left, i.e. 3 next to the check digit.
    total = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(twelve))
    return (10 - total % 10) % 10


def is_valid_avs(text: str) -> bool:
    """A 13-digit AVS number starting 756 with a correct EAN-13 check digit; dots optional (all or none)."""
    if not isinstance(text, str) or _AVS_RE.fullmatch(text) is None:
        return False
    digits = text.replace(".", "")
    return _ean13_check_digit(digits[:12]) == int(digits[12])


def normalize_avs(text: str) -> str:
    """The AVS number written ``756.XXXX.XXXX.XC``; ``ValueError`` if it is not a valid one."""
    if not is_valid_avs(text):
        raise ValueError(f"{text!r} is not a valid AVS number (756.XXXX.XXXX.XC with a correct check digit)")
    d = text.replace(".", "")
    return f"{d[:3]}.{d[3:7]}.{d[7:11]}.{d[11:]}"


# --- Postal items --------------------------------------------------------------------------------------------
_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
_S10_RE = re.compile(r"[A-Z]{2}([0-9]{8})([0-9])[A-Z]{2}")
_DOMESTIC_RE = re.compile(r"98[0-9]{16}|98\.[0-9]{2}\.[0-9]{6}\.[0-9]{8}")


def s10_check_digit(eight_digits: str) -> int:
    """The UPU S10 check digit of an 8-digit serial number: ``s10_check_digit("12345678") == 5``."""
    if not isinstance(eight_digits, str) or re.fullmatch(r"[0-9]{8}", eight_digits) is None:
        raise ValueError(f"an S10 serial number has exactly 8 digits, not {eight_digits!r}")
    c = 11 - sum(int(ch) * w for ch, w in zip(eight_digits, _S10_WEIGHTS, strict=True)) % 11
    return {10: 0, 11: 5}.get(c, c)


def is_valid_s10(text: str) -> bool:
    """A UPU S10 item identifier (``RR123456785CH``): 2 letters, 8 digits, check digit, country code."""
    if not isinstance(text, str):
        return False
    match = _S10_RE.fullmatch(text)
    return match is not None and s10_check_digit(match.group(1)) == int(match.group(2))


def is_valid_domestic_item_number(text: str) -> bool:
    """A Swiss Post domestic item number: 18 digits starting 98, dots optional (all at ``98.xx.xxxxxx.``)."""
    return isinstance(text, str) and _DOMESTIC_RE.fullmatch(text) is not None


def is_valid_order_reference(text: str) -> bool:
    """``ED-`` + 4-digit year + ``-`` + 8 digits, nothing else (DESIGN §9)."""
    return isinstance(text, str) and ORDER_REFERENCE_RE.fullmatch(text) is not None


# --- Payment cards -------------------------------------------------------------------------------------------
_CARD_MIN, _CARD_MAX = 13, 19
_KEEP_FIRST, _KEEP_LAST = 6, 4
# A maximal run of digits in which consecutive digits may be separated by one space or one dash.
_RUN_RE = re.compile(r"[0-9](?:[ -]?[0-9])*")
_GROUP_RE = re.compile(r"[0-9]+")
# Spans of digits, spaces and dashes long enough to hold 13 digits: the cheap test before the exact search
# (a superset of the runs ``_RUN_RE`` finds; no backtracking, about 20 times faster on an intake line).
_SPAN_RE = re.compile(r"[0-9][0-9 -]{11,}[0-9]")


def _may_hold_card(text: str) -> bool:
    for span in _SPAN_RE.finditer(text):
        found = span.group()
        if len(found) - found.count(" ") - found.count("-") >= _CARD_MIN:
            return True
    return False


def luhn_valid(digits: str) -> bool:
    """True when ``digits`` (ASCII digits only, at least one) passes the Luhn (mod 10) check."""
    if not isinstance(digits, str) or not digits or not digits.isascii() or not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def _card_spans_in_run(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Card numbers inside one run: the run itself, or consecutive separator-delimited groups of it.

    A run is cut only at its separators: "4111 1111 1111 1111 12" (a card followed by a number) is found, but
    a solid block of 20 or more digits is not a card number. Leftmost first, then longest, without overlap.
    """
    groups = [m.span() for m in _GROUP_RE.finditer(text, start, end)]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(groups):
        candidates: list[tuple[int, int]] = []
        count = 0
        for j in range(i, len(groups)):
            count += groups[j][1] - groups[j][0]
            if count > _CARD_MAX:
                break
            if count >= _CARD_MIN:
                candidates.append((j, count))
        for j, _count in reversed(candidates):
            s, e = groups[i][0], groups[j][1]
            if luhn_valid(re.sub(r"[ -]", "", text[s:e])):
                spans.append((s, e))
                i = j + 1
                break
        else:
            i += 1
    return spans


def _runs_with_cards(text: str) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    out: list[tuple[tuple[int, int], list[tuple[int, int]]]] = []
    if not _may_hold_card(text):  # most texts: no run long enough to hold a card
        return out
    for run in _RUN_RE.finditer(text):
        if sum(ch.isdigit() for ch in run.group()) < _CARD_MIN:
            continue
        spans = _card_spans_in_run(text, run.start(), run.end())
        if spans:
            out.append(((run.start(), run.end()), spans))
    return out


def find_card_numbers(text: str) -> list[str]:
    """The payment card numbers in ``text``, as written (with their spaces or dashes).

    A card number is a run of 13–19 ASCII digits, single spaces or dashes allowed between digits, that passes
    the Luhn check. A valid AVS number (13 digits) may pass Luhn too: callers that expect one exempt it.
    """
    if not isinstance(text, str):
        return []
    return [text[s:e] for _run, spans in _runs_with_cards(text) for s, e in spans]


def mask_card_number(text: str) -> str:
    """Keep at most the first 6 and last 4 digits; every other digit becomes ``*``; separators stay.

    ``"4111 1111 1111 1111"`` → ``"4111 11** **** 1111"``. A value with fewer than 13 digits is not a card number
    that may be partly shown: all its digits are masked.
    """
    positions = [i for i, ch in enumerate(text) if "0" <= ch <= "9"]
    shown = positions[:_KEEP_FIRST] + positions[-_KEEP_LAST:] if len(positions) >= _CARD_MIN else []
    hidden = set(positions) - set(shown)
    return "".join("*" if i in hidden else ch for i, ch in enumerate(text))


def mask_card_numbers_in(text: str) -> str:
    """``text`` with every card number masked (see ``find_card_numbers``).

    The whole digit run that holds a card is masked as one number, so no digit of the card beyond its first 6
    and last 4 can show, even when the card is glued to other digits ("1234 4111 1111 1111 1111").
    """
    pieces: list[str] = []
    last = 0
    for (s, e), _spans in _runs_with_cards(text):
        pieces.append(text[last:s])
        pieces.append(mask_card_number(text[s:e]))
        last = e
    pieces.append(text[last:])
    return "".join(pieces)
