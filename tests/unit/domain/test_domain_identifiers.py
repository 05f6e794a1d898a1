"""Identifiers: AVS numbers, postal item numbers, order references, and payment card numbers (G10)."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ocpm_desk.kernel import identifiers
from ocpm_desk.kernel.identifiers import (
    card_digits,
    find_card_numbers,
    is_valid_avs,
    is_valid_domestic_item_number,
    is_valid_order_reference,
    is_valid_s10,
    luhn_valid,
    mask_card_number,
    mask_card_numbers_in,
    mask_every_digit,
    normalize_avs,
    s10_check_digit,
)

# --- AVS ------------------------------------------------------------------------------------------------------

VALID_AVS = "756.9217.0769.85"


@pytest.mark.parametrize("text", [VALID_AVS, "7569217076985", "756.1234.5678.97", "7561234567897"])
def test_valid_avs_numbers(text: str) -> None:
    assert is_valid_avs(text)


@pytest.mark.parametrize(
    "text",
    [
        "756.9217.0769.86",  # wrong check digit
        "756.9217.0769.8",  # 12 digits
        "756.9217.0769.855",  # 14 digits
        "757.9217.0769.85",  # not 756
        "7569.217.0769.85",  # dots at the wrong places
        "756.92170769.85",  # some dots only
        "756-9217-0769-85",
        "756 9217 0769 85",
        " 756.9217.0769.85",
        "756.9217.0769.85\n",
        "756.9217.O769.85",  # letter O
        "",
        "756.٩٢١٧.0769.85",  # non-ASCII digits
    ],
)
def test_invalid_avs_numbers(text: str) -> None:
    assert not is_valid_avs(text)


def test_any_single_wrong_digit_makes_an_avs_number_invalid() -> None:
    digits = VALID_AVS.replace(".", "")
    for position in range(3, 13):
        for replacement in "0123456789":
            if replacement != digits[position]:
                wrong = digits[:position] + replacement + digits[position + 1 :]
                assert not is_valid_avs(wrong), wrong


def test_normalize_avs() -> None:
    assert normalize_avs("7569217076985") == VALID_AVS
    assert normalize_avs(VALID_AVS) == VALID_AVS
    with pytest.raises(ValueError, match="not a valid AVS number"):
        normalize_avs("7569217076986")


@pytest.mark.parametrize("value", [None, 7569217076985, b"7569217076985"])
def test_non_strings_are_not_avs_numbers(value: object) -> None:
    assert not is_valid_avs(value)  # type: ignore[arg-type]


# --- postal items ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("serial", "check"),
    [
        ("12345678", 5),  # 8+12+12+8+15+30+63+56 = 204 ≡ 6 → 5
        ("00000000", 5),  # sum 0: 11 − 0 = 11 → 5
        ("02000000", 0),  # sum 12 ≡ 1: 11 − 1 = 10 → 0
        ("10000000", 3),  # sum 8: 11 − 8 = 3
        ("47312482", 9),  # 32+42+12+2+6+20+72+14 = 200 ≡ 2 → 9
    ],
)
def test_s10_check_digit(serial: str, check: int) -> None:
    assert s10_check_digit(serial) == check


def s10_reference(serial: str) -> int:
    total = sum(int(d) * w for d, w in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    c = 11 - total % 11
    return 0 if c == 10 else 5 if c == 11 else c


@given(st.text(alphabet="0123456789", min_size=8, max_size=8))
def test_s10_check_digit_matches_the_upu_rule(serial: str) -> None:
    assert s10_check_digit(serial) == s10_reference(serial)


@pytest.mark.parametrize("serial", ["1234567", "123456789", "1234567a", "", "１２３４５６７８"])
def test_s10_check_digit_needs_eight_digits(serial: str) -> None:
    with pytest.raises(ValueError, match="8 digits"):
        s10_check_digit(serial)


@pytest.mark.parametrize("text", ["RR123456785CH", "RR000000005CH", "RR020000000CH", "EE123456785FR", "LX100000003DE"])
def test_valid_s10(text: str) -> None:
    assert is_valid_s10(text)


@pytest.mark.parametrize(
    "text",
    ["RR123456784CH", "RR123456786CH", "rr123456785CH", "RR123456785ch", "R123456785CH", "RR12345678CH",
     "RR1234567850CH", "RR 123 456 785 CH", "RR123456785C", "RR123456785CH ", "12123456785CH", "RR123456785C1", ""],
)  # fmt: skip
def test_invalid_s10(text: str) -> None:
    assert not is_valid_s10(text)


@pytest.mark.parametrize("text", ["98.34.123456.12345678", "983412345612345678", "98.00.000000.00000000"])
def test_valid_domestic_item_numbers(text: str) -> None:
    assert is_valid_domestic_item_number(text)


@pytest.mark.parametrize(
    "text",
    ["99.34.123456.12345678", "98.34.123456.1234567", "98341234561234567", "9834123456123456789",
     "98.3412345612345678", "983.4.123456.12345678", "98.34.123456.1234567a", "98 34 123456 12345678", ""],
)  # fmt: skip
def test_invalid_domestic_item_numbers(text: str) -> None:
    assert not is_valid_domestic_item_number(text)


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("ED-2026-00012345", True),
        ("ED-1999-99999999", True),
        ("ED-2026-0001234", False),
        ("ED-2026-000123456", False),
        ("ED-26-00012345", False),
        ("ed-2026-00012345", False),
        ("ED 2026 00012345", False),
        ("ED-2026-00012345 ", False),
        ("XED-2026-00012345", False),
        ("ED-2026-0001234A", False),
        ("", False),
    ],
)
def test_order_reference(text: str, valid: bool) -> None:
    assert is_valid_order_reference(text) is valid


# --- Luhn and card numbers ------------------------------------------------------------------------------------


def luhn_reference(digits: str) -> bool:
    """Textbook Luhn, written independently: double every second digit from the right, add the digit sums."""
    total = 0
    for i, ch in enumerate(digits[::-1]):
        n = int(ch) * (2 if i % 2 == 1 else 1)
        total += n // 10 + n % 10
    return total % 10 == 0


def with_luhn_digit(body: str) -> str:
    return next(body + d for d in "0123456789" if luhn_reference(body + d))


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("4111111111111111", True),
        ("4111111111111112", False),
        ("5555555555554444", True),
        ("378282246310005", True),  # American Express, 15 digits
        ("4222222222222", True),  # 13 digits
        ("79927398713", True),  # the classic example
        ("79927398710", False),
        ("0", True),
        ("", False),
        ("4111 1111 1111 1111", False),  # digits only
        ("١١١", False),
    ],
)
def test_luhn(digits: str, valid: bool) -> None:
    assert luhn_valid(digits) is valid


@given(st.text(alphabet="0123456789", min_size=1, max_size=25))
def test_luhn_matches_the_textbook_rule(digits: str) -> None:
    assert luhn_valid(digits) is luhn_reference(digits)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("4111111111111111", ["4111111111111111"]),
        ("paid with 4111 1111 1111 1111, thanks", ["4111 1111 1111 1111"]),
        ("card: 5555-5555-5555-4444.", ["5555-5555-5555-4444"]),
        ("4111 1111-1111 1111", ["4111 1111-1111 1111"]),  # mixed single separators
        ("Amex 3782 822463 10005", ["3782 822463 10005"]),
        ("4222222222222", ["4222222222222"]),  # 13 digits
        ("4000000000000000006", ["4000000000000000006"]),  # 19 digits
        ("VISA4111111111111111exp", ["4111111111111111"]),  # glued to letters still counts
        ("4111 1111 1111 1111 12/26", ["4111 1111 1111 1111"]),  # card followed by more digits in the run
        ("a 4111111111111111 and 5555555555554444", ["4111111111111111", "5555555555554444"]),
        ("4111 1111 1111 1112", []),  # fails Luhn
        ("400000000002", []),  # passes Luhn but 12 digits
        ("40000000000000000002", []),  # passes Luhn but a solid block of 20 digits is not a card number
        ("4111  1111 1111 1111", ["4111  1111 1111 1111"]),  # any number of separators (issue 16)
        ("4111.1111.1111.1111", ["4111.1111.1111.1111"]),  # dots, slashes, low lines are separators too
        ("4111--1111--1111--1111", ["4111--1111--1111--1111"]),
        ("4111 - 1111 - 1111 - 1111", ["4111 - 1111 - 1111 - 1111"]),
        ("2026-11-20T09:15:00+01:00", []),  # a date: short runs
        ("ED-2026-00012345", []),
        ("PSP-7F3A9C21", []),
        ("+41 22 546 46 46", []),
        ("", []),
    ],
)
def test_find_card_numbers(text: str, found: list[str]) -> None:
    assert find_card_numbers(text) == found


def test_an_avs_number_may_look_like_a_card_number() -> None:
    # Some valid AVS numbers pass Luhn too: the importer exempts a valid AVS number in an `avs` field.
    avs = "7561234567026"
    assert is_valid_avs(avs) and luhn_reference(avs)
    assert find_card_numbers(avs) == [avs]
    # dots are card separators, but an AVS number written with its dots is an AVS number
    assert find_card_numbers("756.1234.5670.26") == []
    assert find_card_numbers("756.1234.567.026") == ["756.1234.567.026"]  # not an AVS number's dots
    assert find_card_numbers("7561234567897") == []  # a valid AVS number failing Luhn


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("4111111111111111", "411111******1111"),
        ("4111 1111 1111 1111", "4111 11** **** 1111"),
        ("5555-5555-5555-4444", "5555-55**-****-4444"),
        ("4222222222222", "422222***2222"),  # 13 digits: 3 hidden
        ("4000000000000000006", "400000*********0006"),  # 19 digits
        ("12345", "*****"),  # too short to show anything
        ("", ""),
    ],
)
def test_mask_card_number(text: str, masked: str) -> None:
    assert mask_card_number(text) == masked


def test_mask_card_numbers_in_text() -> None:
    line = '{"note": "paid with 4111 1111 1111 1111 and 5555555555554444", "reference": "ED-2026-00012345"}'
    assert mask_card_numbers_in(line) == (
        '{"note": "paid with 4111 11** **** 1111 and 555555******4444", "reference": "ED-2026-00012345"}'
    )
    assert mask_card_numbers_in("nothing here 1234 5678") == "nothing here 1234 5678"
    # the whole run is masked, so the digits around the card do not reveal it
    assert mask_card_numbers_in("x 1234 4111 1111 1111 1111 y") == "x 1234 41** **** **** 1111 y"


cards = st.integers(min_value=12, max_value=18).flatmap(
    lambda n: st.text(alphabet="0123456789", min_size=n, max_size=n).map(with_luhn_digit)
)
separators = st.sampled_from(["", " ", "-"])
surroundings = st.text(alphabet="abc xyz:;,.\"'/{}", max_size=20)


@given(cards, separators, surroundings, surroundings)
def test_every_card_is_found_and_masked(card: str, sep: str, before: str, after: str) -> None:
    written = sep.join(card[i : i + 4] for i in range(0, len(card), 4))
    text = f"{before}{written}{after}"
    assert written in find_card_numbers(text)
    masked = mask_card_numbers_in(text)
    assert find_card_numbers(masked) == []
    assert card not in masked.replace(" ", "").replace("-", "")
    shown = [ch for ch in masked if ch.isdigit()]
    assert len(shown) == 10  # the first 6 and last 4 digits stay, the rest are '*'
    assert masked.startswith(before) and masked.endswith(after)


# --- Card numbers in any spelling (issue 16) -------------------------------------------------------------------
CARD = "4111111111111111"


def _each(card: str, sep: str, digit_zero: int = 0x30) -> str:
    return sep.join(chr(digit_zero + int(d)) for d in card)


@pytest.mark.parametrize(
    "written",
    [
        "4111.1111.1111.1111", "4111/1111/1111/1111", "4111_1111_1111_1111", "4111  1111  1111  1111",
        "4111\t1111\t1111\t1111", "4111\u00a01111\u00a01111\u00a01111", "4111\u202f1111\u202f1111\u202f1111",
        "4111 - 1111 - 1111 - 1111", "4111 -- 1111 .. 1111 // 1111",
        _each(CARD, "", 0xFF10),  # full-width
        _each(CARD, "", 0x0660),  # Arabic-Indic
        _each(CARD, "", 0x06F0),  # extended Arabic-Indic
        _each(CARD, "", 0x1D7CE),  # mathematical bold (outside the BMP)
        *(_each(CARD, z) for z in ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u034f")),
        "⁴¹¹¹ ¹¹¹¹ ¹¹¹¹ ¹¹¹¹",  # superscripts: a digit value, not decimal
        "④①①① ①①①① ①①①① ①①①①",  # circled digits
    ],
)
def test_a_card_number_is_found_whatever_its_separators_and_digits(written: str) -> None:
    assert find_card_numbers(f"paid with {written}, thanks") == [written]
    assert card_digits(written) == CARD
    masked = mask_card_numbers_in(f"paid with {written}, thanks")
    assert masked == f"paid with {mask_card_number(written)}, thanks"
    assert card_digits(masked) == "4111111111"  # the first 6 and the last 4
    assert find_card_numbers(masked) == []


def test_card_digits_and_mask_every_digit() -> None:
    assert card_digits("４１-1 ٣ x²") == "41132"
    assert card_digits("no digit") == ""
    assert mask_every_digit("４１-1 ٣ x²") == "**-* * x*"


def _all_characters() -> list[str]:
    return [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]


def test_the_digits_are_every_character_unicode_gives_a_digit_value() -> None:
    """``\\d`` is ``unicodedata.decimal``; the other digits (superscripts, circled…) are listed in the module for the
    Unicode version of this Python: the list must match it."""
    for ch in _all_characters():
        is_digit = identifiers._DIGIT_RE.fullmatch(ch) is not None
        assert is_digit is (unicodedata.digit(ch, None) is not None), (hex(ord(ch)), unicodedata.name(ch, ""))


def test_spaces_dashes_dots_slashes_low_lines_and_invisible_characters_are_separators() -> None:
    separator = identifiers._DIGIT_OR_SEPARATOR_RE
    missing = []
    for ch in _all_characters():
        kind = unicodedata.category(ch)
        expected = (kind in {"Cc", "Cf", "Zs", "Zl", "Zp", "Pd"} or ch.isspace()
                    or unicodedata.normalize("NFKC", ch) in {".", "/", "_", "-"})
        if expected and unicodedata.digit(ch, None) is None and separator.fullmatch(ch) is None:
            missing.append(f"U+{ord(ch):04X} {unicodedata.name(ch, kind)}")
    assert missing == []


def _zeros() -> list[int]:
    """The zero of every decimal digit script of this Python's Unicode."""
    return [c for c in range(sys.maxunicode + 1) if unicodedata.decimal(chr(c), None) == 0]


ZEROS = _zeros()
SEPARATORS = [" ", "  ", "\t", ".", "/", "_", "-", " - ", "\u00a0", "\u202f", "\u2007", "\u3000", "\u2013",
              "\u2212", "\uff0e", "\uff0f", "\uff3f", "\u00ad", "\u200b", "\u200c", "\u200d", "\u2060",
              "\ufeff", "\u200e", "\u2061", "\ufe0f", "\U000e0041", "\x00", "\x7f", "\x9f"]


#: How the office writes its AVS and Swiss Post item numbers: such a run is that number, never a card number.
OFFICE_NUMBER = re.compile(r"756\.[0-9]{4}\.[0-9]{4}\.[0-9]{2}|98\.[0-9]{2}\.[0-9]{6}\.[0-9]{8}")


@st.composite
def spelled_cards(draw: st.DrawFn) -> tuple[str, str]:
    body = draw(st.text("0123456789", min_size=12, max_size=18))
    card = next(body + c for c in "0123456789" if luhn_valid(body + c))
    out = []
    for i, d in enumerate(card):
        if i:
            out.append("".join(draw(st.lists(st.sampled_from(SEPARATORS), max_size=3))))
        out.append(chr(draw(st.sampled_from(ZEROS)) + int(d)) if draw(st.booleans()) else d)
    assume(OFFICE_NUMBER.fullmatch("".join(out)) is None)
    return card, "".join(out)


@settings(max_examples=500, deadline=None)
@given(spelled_cards(), surroundings, surroundings)
def test_a_card_number_in_any_spelling_is_found_and_masked(spelled: tuple[str, str], before: str, after: str) -> None:
    card, written = spelled
    text = f"{before}{written}{after}"
    assert written in find_card_numbers(text)
    masked = mask_card_numbers_in(text)
    assert find_card_numbers(masked) == []
    assert card not in card_digits(masked)
    assert card_digits(masked) == card_digits(before) + card[:6] + card[-4:] + card_digits(after)
    assert masked.startswith(before) and masked.endswith(after)


def test_the_office_numbers_written_with_their_dots_are_not_cards() -> None:
    """An AVS number or a Swiss Post item number written with its dots may pass Luhn: it is that number, whole."""
    avs = "756.0295.2219.60"  # passes Luhn
    item = "98.40.117063.90000017"  # its last 16 digits pass Luhn
    assert luhn_valid(avs.replace(".", "")) and luhn_valid(item.replace(".", "")[2:])
    for number in (avs, item):
        assert find_card_numbers(f"number {number}, thanks") == []
        assert mask_card_numbers_in(number) == number
    assert find_card_numbers(avs.replace(".", " ")) == [avs.replace(".", " ")]  # spaced: a card's writing
    assert find_card_numbers(f"{avs}.4") != []  # longer: not the AVS number's layout
