"""The page of every PDF the office prints (DESIGN §7), shared by the letters, the attestation and the deposit list.

A4 geometry: margins, the window of a C5 envelope with a right window (SN 010130: field 90 × 45 mm, 45 mm from the
top, 112 mm from the left; its first 5 mm hold the return address and ``RECOMMANDÉ``), the fold mark, the footer
with its Code 128 barcode; French typography; text measured with cached string widths and wrapped; laid-out lines
(``Run``, ``Line``, ``Block``) and the text runs that ``TextWriter`` draws; the static letterhead as a form XObject.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from ocpm_desk.infrastructure.pdf.fonts import BOLD, REGULAR, prepare_fonts
from ocpm_desk.infrastructure.pdf.text_writer import TextRun
from ocpm_desk.kernel.letters import Letterhead

PAGE_W, PAGE_H = A4

# Horizontal geometry (points from the left edge).
LEFT = 25 * mm
RIGHT = PAGE_W - 20 * mm
TEXT_W = RIGHT - LEFT
INDENT = 7 * mm  # numbered items: the text after the number

# The window of the envelope (SN 010130, C5 with a right window), from the top-left corner of the page.
WINDOW_X = 112 * mm
WINDOW_TOP = 45 * mm
WINDOW_W = 90 * mm
WINDOW_H = 45 * mm
RETURN_ZONE_H = 5 * mm  # the first 5 mm: return address and RECOMMANDÉ
WINDOW_PAD_X = 5 * mm  # paper moves in the envelope: the text keeps clear of the window's edges
WINDOW_PAD_Y = 2 * mm
FOLD_C5 = 148.5 * mm  # A4 folded once for a C5 envelope

COLUMN2_X = WINDOW_X + WINDOW_PAD_X  # date, signature: aligned with the address

# Vertical geometry (points from the top edge).
REFS_TOP = 98 * mm
NEXT_PAGE_TOP = 25 * mm  # body top on pages 2…
BODY_BOTTOM = PAGE_H - 32 * mm  # nothing of the body below (the footer is under it)
FOOTER_BASELINE = 10.5 * mm  # from the bottom: barcode text, Page x/y
BARCODE_Y = 14 * mm  # from the bottom
BARCODE_H = 10 * mm
BARCODE_MODULE = 0.33 * mm

BODY_SIZE = 10.0
BODY_LEADING = 14.0
PARA_SPACE = 2.5 * mm
SECTION_SPACE = 6 * mm

_NBSP = "\u00a0"
# French typography: no line may start with ":" or "»", nor split "CHF 25.00" or "n° 42".
_TYPO = (
    (re.compile(r" ([:;?!»])"), _NBSP + r"\1"),
    (re.compile(r"([«]) "), r"\1" + _NBSP),
    (re.compile(r"\b(CHF|n°|art\.|al\.|let\.|ch\.) "), r"\1" + _NBSP),
)


def fix_typography(text: str) -> str:
    """``text`` with the no-break spaces of French typography, for every PDF the office prints."""
    for pattern, repl in _TYPO:
        text = pattern.sub(repl, text)
    return text


# ---------------------------------------------------------------------------------------------- measuring, wrapping
_WIDTHS: dict[str, dict[str, float]] = {}  # font → text → width at 1 pt
_WIDTH_CACHE_LIMIT = 200_000


def text_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` in points (cached per font), for the layouts of the letters, attestation and list."""
    cache = _WIDTHS.get(font)
    if cache is None:
        cache = _WIDTHS[font] = {}
    w = cache.get(text)
    if w is None:
        if len(cache) > _WIDTH_CACHE_LIMIT:  # references and names make it grow: start again rather than leak
            cache.clear()
        w = cache[text] = stringWidth(text, font, 1000.0) / 1000.0
    return w * size


def _split_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than the line, cut into pieces that fit (at least one character each)."""
    pieces: list[str] = []
    start, used = 0, 0.0
    for i, ch in enumerate(word):
        w = text_width(ch, font, size)
        if used + w > width and i > start:
            pieces.append(word[start:i])
            start, used = i, 0.0
        used += w
    pieces.append(word[start:])
    return pieces


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` at spaces (never at a no-break space); a word wider than
    the line is cut. Widths add up exactly: reportlab does not kern."""
    lines: list[str] = []
    space = text_width(" ", font, size)
    current: list[str] = []
    used = 0.0
    limit = width + 0.001
    for word in text.split(" "):
        if not word:
            continue
        w = text_width(word, font, size)
        if w > limit:
            if current:
                lines.append(" ".join(current))
            pieces = _split_word(word, font, size, width)
            lines.extend(pieces[:-1])
            current, used = [pieces[-1]], text_width(pieces[-1], font, size)
        elif current and used + space + w > limit:
            lines.append(" ".join(current))
            current, used = [word], w
        else:
            used = used + space + w if current else w
            current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines


# ---------------------------------------------------------------------------------------------- layout
@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text at ``x`` in one font and size: part of a ``Line`` (letters and attestation)."""

    x: float
    font: str
    size: float
    text: str


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a laid-out block: its height and its runs (letters and attestation)."""

    leading: float  # height taken, baseline near its bottom
    runs: tuple[Run, ...]


@dataclass(slots=True)
class Block:
    """Lines kept or split together across pages as the letters and the attestation lay them out."""

    lines: list[Line]
    space_before: float = 0.0
    keep_together: bool = False
    keep_with_next: bool = False


# ---------------------------------------------------------------------------------------------- the page
def office_canvas(buffer: io.BytesIO, font_size: float) -> canvas.Canvas:
    """An A4 canvas writing to ``buffer`` for a document of the office: the fonts ready, the same bytes for the same
    drawing (invariant), its author and creator set."""
    prepare_fonts()
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1, initialFontName=REGULAR,
                      initialFontSize=font_size)
    c.setAuthor("OCPM")
    c.setCreator("OCPM Desk")
    return c


def barcode_bars(value: str) -> tuple[tuple[float, float], ...]:
    """The bars (x, width) of ``value`` in Code 128, for the barcodes of every PDF the office prints."""
    code = Code128(value, barWidth=BARCODE_MODULE, barHeight=BARCODE_H, quiet=0)
    code.validate()
    code.encode()
    code.decompose()
    bars: list[tuple[float, float]] = []
    x = 0.0
    for c in code.decomposed:
        if "a" <= c <= "z":
            x += (ord(c) - 96) * BARCODE_MODULE
        elif "A" <= c <= "Z":
            w = (ord(c) - 64) * BARCODE_MODULE
            bars.append((x, w))
            x += w
    return tuple(bars)


def reference_barcode(reference: str) -> str:
    """The footer's Code 128 barcode of ``reference``, as PDF operators (its bars, filled)."""
    bars = " ".join(f"{fp_str(LEFT + x, BARCODE_Y, w, BARCODE_H)} re" for x, w in barcode_bars(reference))
    return f"{bars} f"


def page_number_run(page_no: str) -> TextRun:
    """"Page x/y" at the right of the footer."""
    return (RIGHT - text_width(page_no, REGULAR, 8.0), FOOTER_BASELINE, REGULAR, 8.0, page_no)


def footer_runs(reference: str, page_no: str) -> list[TextRun]:
    """The footer's text: the reference under its barcode, the page number."""
    return [(LEFT, FOOTER_BASELINE, REGULAR, 8.0, reference), page_number_run(page_no)]


def following_page_header(c: canvas.Canvas, text: str) -> list[TextRun]:
    """The short header of the pages after the first: ``text`` above a rule (drawn now; the text is the run)."""
    c.setLineWidth(0.4)
    c.line(LEFT, PAGE_H - 17 * mm, RIGHT, PAGE_H - 17 * mm)
    return [(LEFT, PAGE_H - 15 * mm, REGULAR, 8.0, text)]


def letterhead_form(c: canvas.Canvas, head: Letterhead, name: str) -> None:
    """The static part of every first page: the sender, the return address in the window, the fold mark."""
    c.beginForm(name)
    t = c.beginText()
    y = PAGE_H - 17 * mm
    t.setFont(BOLD, 9)
    t.setTextOrigin(LEFT, y)
    t.textLine(head.authority)
    y -= 5.2 * mm
    t.setFont(REGULAR, 7.5)
    t.setTextOrigin(LEFT, y)
    t.textLine(head.department)
    y -= 3.8 * mm
    t.setFont(BOLD, 8.5)
    for line in wrap(head.office, BOLD, 8.5, 110 * mm):  # above the window: the whole width is free
        t.setTextOrigin(LEFT, y)
        t.textLine(line)
        y -= 3.6 * mm
    t.setFont(REGULAR, 7.5)
    y -= 0.6 * mm
    for line in (*head.address_lines, f"Tél. {head.phone}", head.website):
        t.setTextOrigin(LEFT, y)
        t.textLine(line)
        y -= 3.3 * mm
    # Return address: the first 5 mm of the window, left part (RECOMMANDÉ goes on the right of the same line).
    size = 6.5
    room = WINDOW_W - 2 * WINDOW_PAD_X - text_width("RECOMMANDÉ", BOLD, 7.5) - 3 * mm
    size = min(size, room / max(text_width(head.return_address, REGULAR, 1.0), 1.0))
    t.setFont(REGULAR, size)
    t.setTextOrigin(COLUMN2_X, PAGE_H - WINDOW_TOP - 3.4 * mm)
    t.textLine(head.return_address)
    c.drawText(t)
    c.setLineWidth(0.3)
    line_y = PAGE_H - WINDOW_TOP - RETURN_ZONE_H + 0.3 * mm
    c.line(COLUMN2_X, line_y, WINDOW_X + WINDOW_W - WINDOW_PAD_X, line_y)
    c.setLineWidth(0.5)
    c.line(LEFT, PAGE_H - 18.8 * mm, LEFT + 14 * mm, PAGE_H - 18.8 * mm)  # under the authority
    c.line(4 * mm, PAGE_H - FOLD_C5, 9 * mm, PAGE_H - FOLD_C5)  # fold mark for C5
    c.endForm()


def window_address_runs(address_lines: Sequence[str], registered: bool) -> list[TextRun]:
    """The window's text runs of page 1 for any document sent in a C5 right-window envelope (letters, attestations):
    RECOMMANDÉ in the return zone when ``registered``, the address lines in the rest of the window, shrunk to fit."""
    runs: list[TextRun] = []
    right = WINDOW_X + WINDOW_W - WINDOW_PAD_X
    if registered:
        runs.append((right - text_width("RECOMMANDÉ", BOLD, 7.5), PAGE_H - WINDOW_TOP - 3.4 * mm, BOLD, 7.5,
                     "RECOMMANDÉ"))
    lines = [line for line in address_lines if line.strip()] or [""]
    top = WINDOW_TOP + RETURN_ZONE_H + WINDOW_PAD_Y
    height = WINDOW_H - RETURN_ZONE_H - 2 * WINDOW_PAD_Y
    width = WINDOW_W - 2 * WINDOW_PAD_X
    widest = max(text_width(line, REGULAR, 1.0) for line in lines) or 1.0
    size = min(11.0, height / len(lines) / 1.25, width / widest)  # no line wraps: the type shrinks instead
    leading = size * 1.25
    for i, line in enumerate(lines):
        runs.append((COLUMN2_X, PAGE_H - top - i * leading - 0.95 * size, REGULAR, size, line))
    return runs


def first_page_head(address_lines: Sequence[str], registered: bool, refs: Iterable[tuple[float, Line]],
                    place_date: str) -> list[TextRun]:
    """Page 1 beside the letterhead, for the letters and the attestation: the window (``window_address_runs``), the
    references placed at their tops in the left column, place and date in the right one."""
    runs = window_address_runs(address_lines, registered)
    runs += line_runs(refs)
    runs.append((COLUMN2_X, PAGE_H - REFS_TOP - 12 + 0.32 * BODY_SIZE, REGULAR, BODY_SIZE, place_date))
    return runs


def line_runs(placed: Iterable[tuple[float, Line]]) -> list[TextRun]:
    """The ``TextWriter`` runs of lines placed at their tops, for the letters and the attestation."""
    runs: list[TextRun] = []
    for top, line in placed:
        baseline = PAGE_H - top - line.leading + 0.32 * BODY_SIZE
        runs += [(run.x, baseline, run.font, run.size, run.text) for run in line.runs]
    return runs


def letter_page_runs(c: canvas.Canvas, page: int, pages: int, placed: Iterable[tuple[float, Line]], *,
                     address_lines: Sequence[str], registered: bool, refs: Iterable[tuple[float, Line]],
                     place_date: str, short_header: str, reference: str) -> list[TextRun]:
    """One page's text, for the letters and the attestation: page 1's head beside the letterhead
    (``first_page_head``), or the following pages' short header (its rule drawn now); the page's ``placed`` lines;
    the footer with the reference and « Page x/y »."""
    if page == 0:
        runs = first_page_head(address_lines, registered, refs, place_date)
    else:
        runs = following_page_header(c, short_header)
    runs += line_runs(placed)
    runs += footer_runs(reference, f"Page {page + 1}/{pages}")
    return runs
