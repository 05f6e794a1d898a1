"""Identifiers checked by OCPM Desk, and detection of payment card numbers.

- AVS/AHV number (Swiss social-security number, used to match the register; LIPAD art. 35 gives the legal basis):
  13 digits ``756.XXXX.XXXX.XC``, 756 = Switzerland, last digit an EAN-13 check digit.
- Swiss Post domestic registered item number ``98.xx.xxxxxx.xxxxxxxx``: 18 digits starting with 98; no public
  check-digit rule is known, so only the shape is checked.
- UPU S10 international item identifier: 2 letters, 8 digits, a check digit (weights 8 6 4 2 3 5 9 7,
  c = 11 − sum mod 11, 10 → 0, 11 → 5), a 2-letter ISO country code: ``RR123456785CH``.
- Order reference ``ED-YYYY-NNNNNNNN`` (DESIGN §9).
- Payment card numbers (G10, PCI DSS 3.3.1/3.4.1): the State never stores one, so any run of 13–19 digits passing
  the Luhn check is found and masked to at most its first 6 and last 4 digits — digits of any script, separated by
  any spaces, dots, slashes, low lines, dashes or invisible characters (see "Payment cards" below).

The other checks accept ASCII digits only and no surrounding whitespace: callers strip what a person typed.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ocpm_desk.kernel.references import ORDER_REFERENCE_RE

__all__ = [
    "card_digits",
    "find_card_numbers",
    "is_valid_avs",
    "is_valid_domestic_item_number",
    "is_valid_order_reference",
    "is_valid_s10",
    "luhn_valid",
    "mask_card_number",
    "mask_card_numbers_in",
    "mask_every_digit",
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
# A card number hides in many spellings (G10): "4111.1111.1111.1111", "4111 - 1111 - …", full-width or
# Arabic-Indic digits, no-break or zero-width spaces between digits. The search works on the text as written: a
# *digit* is any character Unicode gives a digit value (every ``unicodedata.decimal`` digit — what ``\d`` matches —
# and the superscript and circled ones ``unicodedata.digit`` knows); between two digits any number of *separators*
# may stand: whitespace of every kind (tabs, no-break U+00A0, narrow no-break U+202F…), . / _ - and their
# look-alikes (dashes, full-width and small forms, middle dots, fraction and division slashes), and invisible
# characters (controls, format characters such as the zero-width U+200B–U+200D, U+2060, U+FEFF, variation
# selectors, fillers).
_CARD_MIN, _CARD_MAX = 13, 19
_KEEP_FIRST, _KEEP_LAST = 6, 4


def _char_class(*ranges: tuple[int, int]) -> str:
    """A regular-expression character class body from code point ranges (escaped: no character is special)."""
    return "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)


#: Characters with a digit value that are not decimal digits (``\d`` has those): superscripts, circled digits…
#: (Unicode 14; ``test_domain_identifiers`` checks the list against ``unicodedata``).
_OTHER_DIGITS = (
    (0xB2, 0xB3), (0xB9, 0xB9), (0x1369, 0x1371), (0x19DA, 0x19DA), (0x2070, 0x2070), (0x2074, 0x2079),
    (0x2080, 0x2089), (0x2460, 0x2468), (0x2474, 0x247C), (0x2488, 0x2490), (0x24EA, 0x24EA), (0x24F5, 0x24FD),
    (0x24FF, 0x24FF), (0x2776, 0x277E), (0x2780, 0x2788), (0x278A, 0x2792), (0x10A40, 0x10A43),
    (0x10E60, 0x10E68), (0x11052, 0x1105A), (0x1F100, 0x1F10A),
)  # fmt: skip
#: . / _ - and what looks like them: dash punctuation (Unicode Pd), the minus sign, dots, slashes, low lines.
_VISIBLE_SEPARATORS = (
    (0x2D, 0x2D), (0x2E, 0x2F), (0x5F, 0x5F), (0xB7, 0xB7), (0x58A, 0x58A), (0x5BE, 0x5BE), (0x1400, 0x1400),
    (0x1806, 0x1806), (0x2010, 0x2017), (0x2024, 0x2024), (0x2027, 0x2027), (0x2043, 0x2044), (0x2212, 0x2212),
    (0x2215, 0x2215), (0x2219, 0x2219), (0x22C5, 0x22C5), (0x29F8, 0x29F8), (0x2E17, 0x2E17), (0x2E1A, 0x2E1A),
    (0x2E3A, 0x2E3B), (0x2E40, 0x2E40), (0x2E5D, 0x2E5D), (0x3002, 0x3002), (0x301C, 0x301C), (0x3030, 0x3030),
    (0x30A0, 0x30A0), (0x30FB, 0x30FB), (0xFE31, 0xFE34), (0xFE4D, 0xFE4F), (0xFE52, 0xFE52), (0xFE58, 0xFE58),
    (0xFE63, 0xFE63), (0xFF0D, 0xFF0F), (0xFF3F, 0xFF3F), (0xFF65, 0xFF65), (0x10EAD, 0x10EAD),
)  # fmt: skip
#: What shows nothing: control characters (Cc), format characters (every Cf of Unicode 14: soft hyphen, zero-width
#: spaces and joiners, word joiner, BOM, bidirectional marks…), the combining grapheme joiner, Hangul fillers,
#: Khmer and Mongolian invisible signs, variation selectors.
_INVISIBLE = (
    (0x0, 0x1F), (0x7F, 0x9F), (0xAD, 0xAD), (0x34F, 0x34F), (0x600, 0x605), (0x61C, 0x61C), (0x6DD, 0x6DD),
    (0x70F, 0x70F), (0x890, 0x891), (0x8E2, 0x8E2), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F),
    (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F), (0x3164, 0x3164), (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD), (0x110CD, 0x110CD),
    (0x13430, 0x13438), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0001, 0xE0001), (0xE0020, 0xE007F),
    (0xE0100, 0xE01EF),
)  # fmt: skip
_DIGIT = rf"[\d{_char_class(*_OTHER_DIGITS)}]"
_SEPARATOR = rf"[\s{_char_class(*_VISIBLE_SEPARATORS, *_INVISIBLE)}]"
_DIGIT_RE = re.compile(_DIGIT)
# A maximal run of at least 13 digits in which separators may stand between digits: where a card may be. (Digits
# and separators are disjoint classes: no backtracking beyond one run.)
_RUN_RE = re.compile(rf"{_DIGIT}(?:{_SEPARATOR}*{_DIGIT}){{{_CARD_MIN - 1},}}")
_GROUP_RE = re.compile(rf"{_DIGIT}+")
# The same in a text whose digits and separators are all ASCII (nearly every text: "Genève" has none outside
# ASCII), three times faster than the Unicode classes: a maximal run of 13 characters or more, then its digits
# counted. The ASCII separators: controls, whitespace, . / _ - and DEL.
_ASCII_RUN_RE = re.compile(r"[0-9][0-9\x00-\x20./_\x7f-]{11,}[0-9]")
_ASCII_GROUP_RE = re.compile(r"[0-9]+")
_NOT_ASCII_DIGIT_RE = re.compile(r"[^0-9]")
_NOT_ASCII_RE = re.compile(r"[^\x00-\x7f]")
# Two numbers of the office are written with dots and may pass the Luhn check: an AVS number 756.XXXX.XXXX.XX and a
# Swiss Post item number 98.XX.XXXXXX.XXXXXXXX. A run written exactly so is that number, not a card (no card is
# numbered 756… on 13 digits or 98… on 18): the register, the shipments and the logs keep them whole.
_DOTTED_NUMBER_RE = re.compile(r"756\.[0-9]{4}\.[0-9]{4}\.[0-9]{2}|98\.[0-9]{2}\.[0-9]{6}\.[0-9]{8}")
_DIGIT_OR_SEPARATOR_RE = re.compile(rf"{_DIGIT}|{_SEPARATOR}")


@functools.lru_cache(maxsize=4096)
def _is_digit_or_separator(ch: str) -> bool:
    return _DIGIT_OR_SEPARATOR_RE.match(ch) is not None


def _ascii_digits_and_separators(text: str) -> bool:
    """True when no character outside ASCII is a digit or a separator (the ASCII search then sees everything)."""
    return text.isascii() or not any(_is_digit_or_separator(ch) for ch in _NOT_ASCII_RE.findall(text))


def card_digits(text: str) -> str:
    """Every digit of ``text``, of any script, as ASCII digits, in order (``"４１-1"`` → ``"411"``)."""
    if text.isascii():
        return _NOT_ASCII_DIGIT_RE.sub("", text)
    return "".join(str(unicodedata.digit(ch)) for ch in _DIGIT_RE.findall(text))


def mask_every_digit(text: str) -> str:
    """``text`` with every digit, of any script, replaced by ``*``."""
    return _DIGIT_RE.sub("*", text)


def luhn_valid(digits: str) -> bool:
    """True when ``digits`` (ASCII digits only, at least one) passes the Luhn (mod 10) check."""
    if not isinstance(digits, str) or not digits or not digits.isascii() or not digits.isdigit():
        return False
    # from the right: the digits in odd places as they are, those in even places doubled (digit sum)
    return (sum(map(int, digits[-1::-2])) + sum(map(_LUHN_DOUBLED.__getitem__, digits[-2::-2]))) % 10 == 0


_LUHN_DOUBLED = {str(n): n * 2 - 9 if n > 4 else n * 2 for n in range(10)}


def _card_spans_in_run(text: str, start: int, end: int, group_re: re.Pattern[str] = _GROUP_RE
                       ) -> list[tuple[int, int]]:
    """Card numbers inside one run: the run itself, or consecutive separator-delimited groups of it.

    A run is cut only at its separators: "4111 1111 1111 1111 12" (a card followed by a number) is found, but
    a solid block of 20 or more digits is not a card number. Leftmost first, then longest, without overlap.
    """
    digits = card_digits(text[start:end])
    if len(digits) <= _CARD_MAX and luhn_valid(digits):  # the whole run, leftmost and longest (the common case)
        return [(start, end)] if len(digits) >= _CARD_MIN else []
    if len(digits) == _CARD_MIN:  # no shorter card inside
        return []
    groups = [m.span() for m in group_re.finditer(text, start, end)]  # one character per digit
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
            if luhn_valid(card_digits(text[s:e])):
                spans.append((s, e))
                i = j + 1
                break
        else:
            i += 1
    return spans


def _runs_with_cards(text: str) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    out: list[tuple[tuple[int, int], list[tuple[int, int]]]] = []
    if _ascii_digits_and_separators(text):
        for run in _ASCII_RUN_RE.finditer(text):
            if len(_NOT_ASCII_DIGIT_RE.sub("", run.group())) < _CARD_MIN or _DOTTED_NUMBER_RE.fullmatch(run.group()):
                continue
            spans = _card_spans_in_run(text, run.start(), run.end(), _ASCII_GROUP_RE)
            if spans:
                out.append((run.span(), spans))
        return out
    for run in _RUN_RE.finditer(text):
        if _DOTTED_NUMBER_RE.fullmatch(run.group()):
            continue
        spans = _card_spans_in_run(text, run.start(), run.end())
        if spans:
            out.append((run.span(), spans))
    return out


def find_card_numbers(text: str) -> list[str]:
    """The payment card numbers in ``text``, as written (with their separators, digits of any script).

    A card number is a run of 13–19 digits, any separators between digits (see above), whose digits pass the Luhn
    check; but an AVS number or a Swiss Post item number written with its dots (756.XXXX.XXXX.XX,
    98.XX.XXXXXX.XXXXXXXX). An AVS number written otherwise (13 digits) may pass Luhn too: callers that expect one
    exempt it.
    """
    if not isinstance(text, str):
        return []
    return [text[s:e] for _run, spans in _runs_with_cards(text) for s, e in spans]


def mask_card_number(text: str) -> str:
    """Keep at most the first 6 and last 4 digits; every other digit becomes ``*``; separators stay.

    ``"4111 1111 1111 1111"`` → ``"4111 11** **** 1111"``. A value with fewer than 13 digits is not a card number
    that may be partly shown: all its digits are masked. Digits of any script count (and are kept as written).
    """
    positions = [m.start() for m in _DIGIT_RE.finditer(text)]
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
