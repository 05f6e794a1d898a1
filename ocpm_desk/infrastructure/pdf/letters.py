"""Decision and hearing letters drawn with reportlab's canvas (DESIGN §7): A4, fonts embedded, same bytes for the
same ``Letter``.

The canvas rather than platypus, for speed: the text is wrapped with cached string widths, laid out into pages
first (so every page knows "Page x/y"), then drawn. The static letterhead is one form XObject per document, reused
on the first page of every letter of a batch.

Page 1: letterhead (top left), the address in the window of a C5 envelope with a right window (SN 010130: field
90 × 45 mm, 45 mm from the top, 112 mm from the left; its first 5 mm hold the return address and ``RECOMMANDÉ``),
a fold mark at 148.5 mm, place and date, references, then the text. Following pages: a short header. Every page:
"Page x/y" and a Code 128 barcode of the order reference in the footer, and the mark (PROJET / COPIE) if any.

What the letter says is ``letter_outline`` (``letter_text.py``: pieces of text in reading order; ``bench/letters.py``
sets the same pieces with platypus and WeasyPrint). The page and its primitives shared with the attestation and the
deposit list (geometry, widths, wrapping, barcode, letterhead form) are ``layout.py``. Speed, measured there: widths
and set paragraphs are cached, the text is written by ``TextWriter`` (``text_writer.py``: reportlab's codes, one
lookup per character and document), and the font subsets' embedding is cached on our font objects (``fonts.py``:
the bytes written stay reportlab's).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from ocpm_desk.infrastructure.pdf.fonts import BOLD, ITALIC, REGULAR
from ocpm_desk.infrastructure.pdf.layout import (
    BODY_BOTTOM,
    BODY_LEADING,
    BODY_SIZE,
    COLUMN2_X,
    INDENT,
    LEFT,
    NEXT_PAGE_TOP,
    PAGE_H,
    PAGE_W,
    PARA_SPACE,
    REFS_TOP,
    RIGHT,
    SECTION_SPACE,
    TEXT_W,
    WINDOW_X,
    Block,
    Line,
    Run,
    fix_typography,
    letter_page_runs,
    letterhead_form,
    office_canvas,
    reference_barcode,
    text_width,
    window_address_runs,
    wrap,
)
from ocpm_desk.infrastructure.pdf.letter_text import (
    Piece,
    letter_outline,
    letter_place_date,
    letter_references,
    letter_short_header,
)
from ocpm_desk.infrastructure.pdf.text_writer import TextWriter
from ocpm_desk.kernel.letters import Letter, LetterKind, Mark

__all__ = ["Piece", "letter_outline", "letter_place_date", "letter_references", "letter_short_header", "render_batch",
           "render_letter", "window_address_runs", "wrap"]

#: The version of the letters' layout and fixed texts (here, in ``letter_text.py`` and ``layout.py``, and in
#: ``ocpm_desk.kernel.letters``): part of the renderer's fingerprint (``fingerprint.py``), sealed with every issued
#: decision. Bump it with any change that changes the bytes of a letter, so that decisions issued before are
#: reported ``renderer_changed`` by ``verify-decisions`` rather than failing to render again identically.
TEMPLATE_VERSION = 1

MARK_GREY = 0.82


# ---------------------------------------------------------------------------------------------- blocks, pages
_PARAGRAPHS: dict[tuple[object, ...], tuple[Line, ...]] = {}
_PARAGRAPH_CACHE_LIMIT = 4096  # the remedy, the fee sentence, the grounds: the same paragraphs in many letters


def _set_paragraph(text: str, font: str, size: float, leading: float, x: float, width: float,
                   label: str) -> tuple[Line, ...]:
    key = (text, font, size, leading, x, width, label)
    lines = _PARAGRAPHS.get(key)
    if lines is None:
        text_x = x + INDENT if label else x
        text_w = width - (INDENT if label else 0)
        out = [Line(leading, (Run(text_x, font, size, line),))
               for part in fix_typography(text).split("\n") for line in (wrap(part, font, size, text_w) or [""])]
        if label:
            out[0] = Line(out[0].leading, (Run(x, font, size, label), *out[0].runs))
        if len(_PARAGRAPHS) >= _PARAGRAPH_CACHE_LIMIT:
            _PARAGRAPHS.clear()
        lines = _PARAGRAPHS[key] = tuple(out)
    return lines


@dataclass(slots=True)
class _Flow:
    """The body as blocks, built top to bottom."""

    blocks: list[Block] = field(default_factory=list)

    def para(self, text: str, *, font: str = REGULAR, size: float = BODY_SIZE, leading: float = BODY_LEADING,
             x: float = LEFT, width: float = TEXT_W, space_before: float = PARA_SPACE, keep_together: bool = False,
             keep_with_next: bool = False, label: str = "") -> Block:
        """One paragraph (``"\\n"`` forces a line break); ``label`` hangs in front of it (a number)."""
        block = Block(list(_set_paragraph(text, font, size, leading, x, width, label)), space_before,
                       keep_together, keep_with_next)
        self.blocks.append(block)
        return block

    def add_lines(self, block: Block, text: str, *, font: str, size: float = BODY_SIZE,
                  leading: float = BODY_LEADING, x: float = LEFT, width: float = TEXT_W) -> None:
        """More lines in the same block (kept by the same page-break rules)."""
        for line in wrap(fix_typography(text), font, size, width):
            block.lines.append(Line(leading, (Run(x, font, size, line),)))


def _first_lines_height(block: Block) -> float:
    lines = block.lines if block.keep_together or len(block.lines) <= 3 else block.lines[:2]
    return sum(line.leading for line in lines)


def _paginate(blocks: list[Block], first_top: float) -> list[list[tuple[float, Line]]]:
    """Place the blocks on pages: (top of line, line) per page. A block keeps at least two lines on each side of a
    page break (all of a block of three lines or less), a heading stays with what follows it."""
    pages: list[list[tuple[float, Line]]] = [[]]
    y = first_top
    for i, block in enumerate(blocks):
        page = pages[-1]
        space = block.space_before if page else 0.0
        need = _first_lines_height(block)
        if block.keep_with_next and i + 1 < len(blocks):
            nxt = blocks[i + 1]
            need += nxt.space_before + _first_lines_height(nxt)
        if page and y + space + need > BODY_BOTTOM:
            pages.append([])
            page, y, space = pages[-1], NEXT_PAGE_TOP, 0.0
        y += space
        n = len(block.lines)
        for j, line in enumerate(block.lines):
            if page and y + line.leading > BODY_BOTTOM:
                carry = [page.pop()[1]] if n - j == 1 and j >= 3 else []  # no lone last line on the next page
                pages.append([])
                page, y = pages[-1], NEXT_PAGE_TOP
                for moved in carry:
                    page.append((y, moved))
                    y += moved.leading
            page.append((y, line))
            y += line.leading
    return pages


def _flow(letter: Letter) -> _Flow:
    """The outline set in blocks: sizes, spaces, indents and what stays together."""
    flow = _Flow()
    sign_width = RIGHT - COLUMN2_X
    signature: Block | None = None
    last: Block | None = None
    for piece in letter_outline(letter):
        kind, text = piece.kind, piece.text
        if kind == "title":
            size = 16.0 if text_width(text, BOLD, 16.0) <= TEXT_W else 13.0  # a long title in smaller type
            last = flow.para(text, font=BOLD, size=size, leading=size * 1.35, space_before=0, keep_with_next=True)
        elif kind == "subject":
            last = flow.para(text, font=BOLD, space_before=1 * mm)
        elif kind == "salutation":
            last = flow.para(text, space_before=SECTION_SPACE)
        elif kind == "heading":
            last = flow.para(text, font=BOLD, size=11.0, leading=16.0, space_before=SECTION_SPACE,
                             keep_with_next=True)
        elif kind == "item":
            last = flow.para(text, label=piece.label)
        elif kind == "ground":
            last = flow.para(text, font=BOLD, space_before=PARA_SPACE * 1.6, keep_with_next=True)
        elif kind == "ground_text":
            last = flow.para(text, space_before=1 * mm)
        elif kind == "basis" and last is not None:
            flow.add_lines(last, text, font=ITALIC)  # with its paragraph: never alone on a page
        elif kind == "free":
            last = flow.para(text, space_before=PARA_SPACE * 1.6)
        elif kind == "lead":
            last = flow.para(text, font=BOLD, keep_with_next=True)
        elif kind == "closing":
            signature = last = flow.para(text, space_before=SECTION_SPACE, keep_together=True)
            signature.lines.append(Line(8 * mm, ()))
        elif kind.startswith("sign_") or kind == "unsigned":
            assert signature is not None, "the signature block follows the closing formula"
            font = BOLD if kind in ("sign_name", "unsigned") else REGULAR
            if kind in ("sign_name", "unsigned"):
                signature.lines.append(Line(BODY_LEADING * 0.6, ()))
            flow.add_lines(signature, text, font=font, x=COLUMN2_X, width=sign_width)
        else:
            last = flow.para(text)
    return flow


# ---------------------------------------------------------------------------------------------- drawing
@dataclass(frozen=True, slots=True)
class _Prepared:
    letter: Letter
    pages: list[list[tuple[float, Line]]]
    refs: list[Line]  # the references block of page 1 (left column)
    barcode: str  # the bars of the reference's barcode, as PDF operators
    short_header: str


def _prepare(letter: Letter) -> _Prepared:
    refs_flow = _Flow()
    for text in letter_references(letter):
        refs_flow.para(text, size=9, leading=12, width=WINDOW_X - LEFT - 4 * mm, space_before=0)
    refs = [line for block in refs_flow.blocks for line in block.lines]
    first_top = REFS_TOP + max(sum(line.leading for line in refs), BODY_LEADING) + 9 * mm
    pages = _paginate(_flow(letter).blocks, first_top)
    return _Prepared(letter, pages, refs, reference_barcode(letter.body.reference),
                     fix_typography(letter_short_header(letter)))


def _mark_form(c: canvas.Canvas, mark: Mark, name: str) -> None:
    c.beginForm(name)
    c.saveState()
    c.setFillGray(MARK_GREY)
    c.translate(PAGE_W / 2, PAGE_H / 2)
    c.rotate(54.7)  # along the diagonal of A4
    size = min(130.0, 0.62 * (PAGE_W**2 + PAGE_H**2) ** 0.5 / text_width(mark.value, BOLD, 1.0))
    c.setFont(BOLD, size)
    c.drawCentredString(0, -0.36 * size, mark.value)
    c.restoreState()
    c.endForm()


def _draw_page(c: canvas.Canvas, writer: TextWriter, p: _Prepared, index: int, forms: dict[object, str]) -> None:
    letter = p.letter
    if letter.mark is not Mark.NONE:
        c.doForm(forms[letter.mark])
    refs: Iterable[tuple[float, Line]] = ()
    if index == 0:
        c.doForm(forms[letter.letterhead])
        refs = ((REFS_TOP + sum(line.leading for line in p.refs[:i]), line) for i, line in enumerate(p.refs))
    runs = letter_page_runs(c, index, len(p.pages), p.pages[index], address_lines=letter.body.address_lines,
                            registered=letter.registered, refs=refs,
                            place_date=letter_place_date(letter),
                            short_header=p.short_header, reference=letter.body.reference)
    writer.draw(runs)
    c.addLiteral(p.barcode)
    c.showPage()


def _render(letters: Iterable[Letter], title: str | None) -> bytes:
    buffer = io.BytesIO()
    c = office_canvas(buffer, BODY_SIZE)
    forms: dict[object, str] = {}
    writer = TextWriter(c)
    count = 0
    for letter in letters:
        count += 1
        if title is None:
            c.setTitle(_document_title(letter))
        if letter.letterhead not in forms:
            forms[letter.letterhead] = name = f"OCPMLetterhead{len(forms)}"
            letterhead_form(c, letter.letterhead, name)
        if letter.mark is not Mark.NONE and letter.mark not in forms:
            forms[letter.mark] = name = f"OCPMMark{letter.mark.name.title()}"
            _mark_form(c, letter.mark, name)
        prepared = _prepare(letter)
        for index in range(len(prepared.pages)):
            _draw_page(c, writer, prepared, index, forms)
    if title is not None:
        c.setTitle(title)
    if count == 0:
        c.showPage()  # an empty batch is still a valid PDF (one blank page)
    c.save()
    return buffer.getvalue()


def _document_title(letter: Letter) -> str:
    if letter.body.kind is LetterKind.DECISION:
        what = f"Décision {letter.number}" if letter.number else "Décision (projet)"
    else:
        what = "Droit d'être entendu"
    return f"{what} — {letter.body.reference}"


def render_letter(letter: Letter) -> bytes:
    """The letter as a PDF: the same ``Letter`` gives the same bytes."""
    return _render((letter,), None)


def render_batch(letters: Iterable[Letter]) -> bytes:
    """Many letters in one PDF to print at once; each numbers its own pages ("Page x/y")."""
    return _render(letters, "Lettres OCPM")
