"""Decision and hearing letters drawn with reportlab's canvas (DESIGN §7): A4, fonts embedded, same bytes for the
same ``Letter``.

The canvas rather than platypus, for speed: the text is wrapped here with cached string widths, laid out into pages
first (so every page knows "Page x/y"), then drawn. The static letterhead is one form XObject per document, reused
on the first page of every letter of a batch.

Page 1: letterhead (top left), the address in the window of a C5 envelope with a right window (SN 010130: field
90 × 45 mm, 45 mm from the top, 112 mm from the left; its first 5 mm hold the return address and ``RECOMMANDÉ``),
a fold mark at 148.5 mm, place and date, references, then the text. Following pages: a short header. Every page:
"Page x/y" and a Code 128 barcode of the order reference in the footer, and the mark (PROJET / COPIE) if any.

What the letter says is ``letter_outline`` (pieces of text in reading order; ``bench/letters.py`` sets the same
pieces with platypus and WeasyPrint). Speed, measured there: widths and set paragraphs are cached, the text is
written by ``TextWriter`` (reportlab's codes, one lookup per character and document), and the font subsets'
embedding is cached on our font objects (``_cache_embedding``: the bytes written stay reportlab's).
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from ocpm_desk.infrastructure.pdf.fonts import BOLD, ITALIC, REGULAR, register_fonts
from ocpm_desk.kernel.letters import (
    Letter,
    Letterhead,
    LetterKind,
    Mark,
    fee_sentence,
    format_date_fr,
    operative_part,
)

__all__ = ["Piece", "letter_outline", "letter_place_date", "letter_references", "letter_short_header", "render_batch",
           "render_letter", "window_address_runs", "wrap"]

#: The version of the letters' layout and fixed texts (here and in ``ocpm_desk.kernel.letters``): part of the
#: renderer's fingerprint (``fingerprint.py``), sealed with every issued decision. Bump it with any change that
#: changes the bytes of a letter, so that decisions issued before are reported ``renderer_changed`` by
#: ``verify-decisions`` rather than failing to render again identically.
TEMPLATE_VERSION = 1

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

MARK_GREY = 0.82

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


# ---------------------------------------------------------------------------------------------- fonts, embedded fast
class _Preformatted(pdfdoc.PDFObject):  # type: ignore[misc]
    """A PDF value formatted once: the same bytes in every document."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document: object) -> bytes:
        return self.data


_CACHE_LIMIT = 256


def _cache_embedding(font: TTFont) -> None:
    """Every letter embeds the same few subsets of our three fonts; reportlab cuts, compresses and writes each of
    them again for every document (most of the time of a one-page letter). Cache the subset's bytes, their
    compressed form and the formatted widths array on our own font objects. What is written stays byte for byte
    what reportlab writes (a test compares); anything unexpected falls back to reportlab's own path."""
    face = font.face
    if getattr(face, "_ocpm_embedding_cached", False):
        return
    subsets: dict[tuple[int, ...], bytes] = {}
    compressed: dict[bytes, bytes] = {}
    widths_arrays: dict[tuple[object, ...], bytes] = {}
    make_subset, add_subset_objects, add_objects = face.makeSubset, face.addSubsetObjects, font.addObjects

    def cached_make_subset(subset: list[int]) -> bytes:
        key = tuple(subset)
        data = subsets.get(key)
        if data is None:
            if len(subsets) >= _CACHE_LIMIT:
                subsets.clear()
            data = subsets[key] = make_subset(subset)
        return data

    def cached_add_subset_objects(doc: pdfdoc.PDFDocument, fontname: str, subset: list[int]) -> object:
        ref = add_subset_objects(doc, fontname, subset)
        stream = doc.idToObject.get(f"fontFile:{face.filename}({fontname})")
        if (isinstance(stream, pdfdoc.PDFStream) and stream.filters == [pdfdoc.PDFZCompress]
                and isinstance(stream.content, bytes) and "Filter" not in stream.dictionary.dict):
            data = compressed.get(stream.content)
            if data is None:
                if len(compressed) >= _CACHE_LIMIT:
                    compressed.clear()
                data = compressed[stream.content] = pdfdoc.PDFZCompress.encode(stream.content)
            stream.content, stream.filters = data, None
            stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName(pdfdoc.PDFZCompress.pdfname)])
        return ref

    def cached_add_objects(doc: pdfdoc.PDFDocument) -> None:
        add_objects(doc)
        for pdf_font in doc.idToObject["BasicFonts"].dict.values():
            widths = getattr(pdf_font, "Widths", None)
            if widths is not None and type(widths) is pdfdoc.PDFArray:
                key = tuple(widths.sequence)
                data = widths_arrays.get(key)
                if data is None:
                    if len(widths_arrays) >= _CACHE_LIMIT:
                        widths_arrays.clear()
                    data = widths_arrays[key] = widths.format(doc)
                pdf_font.Widths = _Preformatted(data)

    face.makeSubset = cached_make_subset
    face.addSubsetObjects = cached_add_subset_objects
    font.addObjects = cached_add_objects
    face._ocpm_embedding_cached = True


_fonts_ready = False
_fonts_lock = threading.Lock()


def prepare_fonts() -> None:
    """Registers the embedded fonts once per process (thread-safe); every PDF writer calls it before drawing."""
    global _fonts_ready
    if _fonts_ready:
        return
    with _fonts_lock:
        if _fonts_ready:
            return
        register_fonts()
        for name in (REGULAR, BOLD, ITALIC):
            font = pdfmetrics.getFont(name)
            if isinstance(font, TTFont):
                _cache_embedding(font)
        _fonts_ready = True


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


# ---------------------------------------------------------------------------------------------- the letter's text
@dataclass(frozen=True, slots=True)
class Piece:
    """One piece of a letter's text in reading order; ``kind`` says how it is set:

    ``title``, ``subject``, ``salutation``, ``para``, ``heading``, ``item`` (numbered: ``label`` is "1."),
    ``ground`` (a ground's title), ``ground_text``, ``basis`` ("Base légale : …", ends the ground's paragraph),
    ``free`` (the caseworker's own paragraphs), ``lead`` (who decides, before the operative part), ``closing`` (the
    polite formula), then the signature block in the right column: ``sign_office``, ``sign_name``, ``sign_line``,
    ``unsigned`` ("Projet — non signé")."""

    kind: str
    text: str
    label: str = ""


def _closing(salutation: str) -> str:
    whom = salutation.rstrip().rstrip(",").strip() or "Madame, Monsieur"
    return f"Nous vous prions d'agréer, {whom}, nos salutations distinguées."


def _paragraphs(text: str, kind: str = "para") -> list[Piece]:
    """Blank-line separated paragraphs (a single line break stays inside its paragraph)."""
    return [Piece(kind, part.strip()) for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()]


def _numbered(items: Sequence[str]) -> list[Piece]:
    return [Piece("item", item, f"{i}.") for i, item in enumerate(items, 1)]


def _grounds_pieces(letter: Letter) -> list[Piece]:
    out: list[Piece] = []
    for ground in letter.body.grounds:
        out += [Piece("ground", ground.title), Piece("ground_text", ground.text)]
        if ground.legal_basis:
            out.append(Piece("basis", f"Base légale : {ground.legal_basis}"))
    return out + _paragraphs(letter.body.free_text, "free")


def _signature_pieces(letter: Letter) -> list[Piece]:
    head, sig = letter.letterhead, letter.signature
    out = [Piece("closing", _closing(letter.body.salutation)), Piece("sign_office", head.office)]
    if sig is not None:
        out += [Piece("sign_name", sig.name), Piece("sign_line", sig.title),
                Piece("sign_line", f"{head.place}, le {format_date_fr(sig.signed_on)}")]
    elif letter.body.kind is LetterKind.DECISION:
        out.append(Piece("unsigned", "Projet — non signé"))
    return out


def _subject(letter: Letter) -> str:
    body = letter.body
    return f"{body.service_label} — commande {body.reference} — {body.person}"


def _decision_pieces(letter: Letter) -> list[Piece]:
    body, head = letter.body, letter.letterhead
    facts = list(body.facts)
    if body.hearing_summary.strip():
        facts.append(body.hearing_summary.strip())
    out = [
        Piece("title", "DÉCISION"),
        Piece("subject", _subject(letter)),
        Piece("salutation", body.salutation),
        Piece("para", f"Après examen de votre commande {body.reference}, l'{head.office} rend la décision suivante."),
        Piece("heading", "En fait"),
        *_numbered(facts),
        Piece("heading", "En droit"),
        *_grounds_pieces(letter),
        Piece("heading", "Par ces motifs"),
        Piece("lead", f"L'{head.office}\u00a0:"),
        *_numbered(operative_part(body)),
    ]
    if body.remedy.strip():
        out += [Piece("heading", "Voies de recours"), *_paragraphs(body.remedy)]
    return out + _signature_pieces(letter)


def _hearing_pieces(letter: Letter) -> list[Piece]:
    body, head = letter.body, letter.letterhead
    until = (f"jusqu'au {format_date_fr(body.reply_by)} (délai de 10 jours)" if body.reply_by
             else "dans un délai de 10 jours dès réception du présent courrier")
    out = [
        Piece("title", "Droit d'être entendu — intention de refuser votre commande"),
        Piece("subject", _subject(letter)),
        Piece("salutation", body.salutation),
        Piece("para", f"Vous avez commandé la prestation « {body.service_label} » sous la référence {body.reference}. "
              f"Après examen de votre commande, l'{head.office_short} a l'intention de refuser de délivrer cette "
              "prestation. Avant de rendre sa décision, il vous donne la possibilité de vous exprimer."),
    ]
    if body.facts:
        out += [Piece("heading", "Faits retenus"), *_numbered(body.facts)]
    out += [
        Piece("heading", "Motifs du refus envisagé"),
        *_grounds_pieces(letter),
        Piece("heading", "Vos observations"),
        Piece("para", "Conformément au droit d'être entendu (art. 41 de la loi sur la procédure administrative, LPA), "
              f"vous pouvez nous faire parvenir vos observations écrites, en indiquant la référence {body.reference}, "
              f"{until}."),
        Piece("para", f"Sans réponse de votre part dans ce délai, l'{head.office_short} statuera sur la base du "
              "dossier en l'état."),
        Piece("para", fee_sentence(body.fee_centimes)),
    ]
    return out + _signature_pieces(letter)


def letter_outline(letter: Letter) -> tuple[Piece, ...]:
    """The body of the letter (after the references) as pieces of text in reading order."""
    pieces = _decision_pieces(letter) if letter.body.kind is LetterKind.DECISION else _hearing_pieces(letter)
    return tuple(piece for piece in pieces if piece.text.strip())


def letter_references(letter: Letter) -> tuple[str, ...]:
    """The references block of page 1 (left column, under the window)."""
    body = letter.body
    refs = [f"Notre référence : {body.reference}"]
    if letter.number:
        refs.append(f"Décision n° {letter.number}")
    refs.append(f"Prestation : {body.service_label}")
    if body.person:
        refs.append(f"Personne concernée : {body.person}")
    return tuple(refs)


def letter_place_date(letter: Letter) -> str:
    return f"{letter.letterhead.place}, le {format_date_fr(letter.letter_date)}"


def letter_short_header(letter: Letter) -> str:
    """The header of the pages after the first."""
    if letter.number:
        what = f"Décision n° {letter.number}"
    else:
        what = "Décision" if letter.body.kind is LetterKind.DECISION else "Droit d'être entendu"
    return f"{letter.letterhead.office_short} — {what} — Notre référence : {letter.body.reference}"


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


def _prepare(letter: Letter) -> _Prepared:
    refs_flow = _Flow()
    for text in letter_references(letter):
        refs_flow.para(text, size=9, leading=12, width=WINDOW_X - LEFT - 4 * mm, space_before=0)
    refs = [line for block in refs_flow.blocks for line in block.lines]
    first_top = REFS_TOP + max(sum(line.leading for line in refs), BODY_LEADING) + 9 * mm
    pages = _paginate(_flow(letter).blocks, first_top)
    bars = " ".join(f"{fp_str(LEFT + x, BARCODE_Y, w, BARCODE_H)} re" for x, w in barcode_bars(letter.body.reference))
    return _Prepared(letter, pages, refs, f"{bars} f", fix_typography(letter_short_header(letter)))


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


_ASCII = "".join(map(chr, range(32, 127)))
TextRun = tuple[float, float, str, float, str]  # x, baseline (from the bottom), font, size, text


@dataclass(slots=True)
class _FontUse:
    font: TTFont
    name: str  # the PDF name of its first subset, "/F1+0"
    table: dict[int, str] = field(default_factory=dict)  # character → its code in the first subset
    known: set[str] = field(default_factory=set)
    elsewhere: set[str] = field(default_factory=set)  # characters placed in a later subset


class TextWriter:
    """Writes runs of text as one ``BT … ET`` block per call. The codes are reportlab's own (asked of
    ``TTFont.splitString`` in the same order, so the document's font subsets are the same), but each character is
    looked up once per document rather than at every use: reportlab's per-character loop took a quarter of the time
    of a letter. Text with a character outside the first subset (after some 220 distinct characters) is left to
    reportlab."""

    def __init__(self, c: canvas.Canvas) -> None:
        self.c = c
        self.doc = c._doc
        self.fonts: dict[str, _FontUse | None] = {}

    def _use(self, fontname: str) -> _FontUse | None:
        if fontname not in self.fonts:
            font = pdfmetrics.getFont(fontname)
            use = None
            if isinstance(font, TTFont):
                use = _FontUse(font, font.getSubsetInternalName(0, self.doc))
                if font._asciiReadable:  # reportlab has already given printable ASCII its own codes in subset 0
                    parts = font.splitString(_ASCII, self.doc)
                    if len(parts) == 1 and parts[0][0] == 0 and len(parts[0][1]) == len(_ASCII):
                        use.table.update({ord(ch): chr(code) for ch, code in zip(_ASCII, parts[0][1], strict=True)})
                        use.known.update(_ASCII)
            self.fonts[fontname] = use
        return self.fonts[fontname]

    def _encode(self, fontname: str, text: str) -> str | None:
        use = self._use(fontname)
        if use is None:
            return None
        if not use.known.issuperset(text):
            for ch in dict.fromkeys(text):  # new characters in the order of the text: the codes reportlab would give
                if ch not in use.known:
                    ((subset, code),) = use.font.splitString(ch, self.doc)
                    use.known.add(ch)
                    if subset == 0:
                        use.table[ord(ch)] = chr(code[0])
                    else:
                        use.elsewhere.add(ch)
        if use.elsewhere and not use.elsewhere.isdisjoint(text):
            return None
        return str(escapePDF(text.translate(use.table)))

    def draw(self, runs: Iterable[TextRun]) -> None:
        out = ["BT"]
        current: tuple[str, float] | None = None
        for x, y, font, size, text in runs:
            if not text:
                continue
            shown = self._encode(font, text)
            if shown is None:  # reportlab's own path
                if len(out) > 1:
                    self.c.addLiteral(" ".join((*out, "ET")))
                out, current = ["BT"], None
                t = self.c.beginText(x, y)
                t.setFont(font, size)
                t.textOut(text)
                self.c.drawText(t)
                continue
            if (font, size) != current:
                current = (font, size)
                out.append(f"{self.fonts[font].name} {fp_str(size)} Tf")  # type: ignore[union-attr]
            out.append(f"1 0 0 1 {fp_str(x, y)} Tm ({shown}) Tj")
        if len(out) > 1:
            self.c.addLiteral(" ".join((*out, "ET")))


def _address_runs(letter: Letter) -> list[TextRun]:
    """RECOMMANDÉ in the return zone; the address lines in the rest of the window, shrunk to fit (up to 7 lines)."""
    return window_address_runs(letter.body.address_lines, letter.registered)


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


def line_runs(placed: Iterable[tuple[float, Line]]) -> list[TextRun]:
    """The ``TextWriter`` runs of lines placed at their tops, for the letters and the attestation."""
    runs: list[TextRun] = []
    for top, line in placed:
        baseline = PAGE_H - top - line.leading + 0.32 * BODY_SIZE
        runs += [(run.x, baseline, run.font, run.size, run.text) for run in line.runs]
    return runs


def _draw_page(c: canvas.Canvas, writer: TextWriter, p: _Prepared, index: int, forms: dict[object, str]) -> None:
    letter = p.letter
    if letter.mark is not Mark.NONE:
        c.doForm(forms[letter.mark])
    runs: list[TextRun]
    if index == 0:
        c.doForm(forms[letter.letterhead])
        runs = _address_runs(letter)
        runs += line_runs((REFS_TOP + sum(line.leading for line in p.refs[:i]), line) for i, line in enumerate(p.refs))
        runs.append((COLUMN2_X, PAGE_H - REFS_TOP - 12 + 0.32 * BODY_SIZE, REGULAR, BODY_SIZE,
                     letter_place_date(letter)))
    else:
        runs = [(LEFT, PAGE_H - 15 * mm, REGULAR, 8.0, p.short_header)]
        c.setLineWidth(0.4)
        c.line(LEFT, PAGE_H - 17 * mm, RIGHT, PAGE_H - 17 * mm)
    runs += line_runs(p.pages[index])
    # Footer: the barcode of the order reference with its text, and the page number.
    page_no = f"Page {index + 1}/{len(p.pages)}"
    runs.append((LEFT, FOOTER_BASELINE, REGULAR, 8.0, letter.body.reference))
    runs.append((RIGHT - text_width(page_no, REGULAR, 8.0), FOOTER_BASELINE, REGULAR, 8.0, page_no))
    writer.draw(runs)
    c.addLiteral(p.barcode)
    c.showPage()


def _render(letters: Iterable[Letter], title: str | None) -> bytes:
    prepare_fonts()
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1, initialFontName=REGULAR,
                      initialFontSize=BODY_SIZE)
    c.setAuthor("OCPM")
    c.setCreator("OCPM Desk")
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
