"""The day's deposit list of registered items (DESIGN §7), handed to the post office with the items: A4, fonts
embedded, same bytes for the same ``DepositListContent``.

Page 1: the sender, the title "Liste de dépôt — envois recommandés", the date and the number of items; then a table,
one row per item: n°, the item number with its Code 128 barcode (the number without dots, as on Swiss Post labels),
product, addressee, town, order reference. The table's header is repeated on every page; the total and a box for
the post office's stamp end the list. Every page: "Page x/y". Helpers shared with the letters (fonts, widths,
barcodes, text writer) come from ``layout``, ``fonts`` and ``text_writer`` in ``ocpm_desk.infrastructure.pdf``.
"""

from __future__ import annotations

import io

from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from ocpm_desk.infrastructure.pdf.fonts import BOLD, REGULAR
from ocpm_desk.infrastructure.pdf.layout import (
    BARCODE_MODULE,
    FOOTER_BASELINE,
    LEFT,
    PAGE_H,
    RIGHT,
    TEXT_W,
    barcode_bars,
    fix_typography,
    following_page_header,
    office_canvas,
    page_number_run,
    text_width,
    wrap,
)
from ocpm_desk.infrastructure.pdf.text_writer import TextRun, TextWriter
from ocpm_desk.kernel.documents import DepositItem, DepositListContent
from ocpm_desk.kernel.letters import format_date_fr, format_date_short

__all__ = ["deposit_list_title", "render_deposit_list"]

TITLE = "Liste de dépôt — envois recommandés"
SIZE = 7.5
LEADING = 9.0
ROW_H = 15 * mm
HEADER_H = 7 * mm
BAR_H = 8 * mm
BAR_ROOM = 40 * mm  # the widest the bars may be: the module shrinks (down to 0.25 mm) for a long number
MIN_MODULE = 0.25 * mm
FIRST_TABLE_TOP = 78 * mm  # from the top edge
NEXT_TABLE_TOP = 24 * mm
TABLE_BOTTOM = PAGE_H - 17 * mm
END_BLOCK_H = 31 * mm  # the total and the post office's box

# Columns: x from LEFT, width, heading.
COLUMNS = (
    (0.0, 7 * mm, "N°"),
    (8 * mm, 46 * mm, "N° d'envoi"),
    (55 * mm, 24 * mm, "Prestation"),
    (80 * mm, 34 * mm, "Destinataire"),
    (115 * mm, 23 * mm, "Localité"),
    (139 * mm, TEXT_W - 139 * mm, "Référence"),
)


def _items_text(count: int) -> str:
    return f"{count} envoi recommandé" if count == 1 else f"{count} envois recommandés"


def deposit_list_title(content: DepositListContent) -> str:
    return f"{TITLE} du {format_date_short(content.day)}"


def _paginate(count: int) -> list[range]:
    """Rows per page; the end block goes on the last page when it fits, else on a page of its own."""
    first = int((TABLE_BOTTOM - FIRST_TABLE_TOP - HEADER_H) // ROW_H)
    other = int((TABLE_BOTTOM - NEXT_TABLE_TOP - HEADER_H) // ROW_H)
    pages: list[range] = []
    start, room = 0, first
    while start < count or not pages:
        pages.append(range(start, min(count, start + room)))
        start += room
        room = other
    last = pages[-1]
    top = FIRST_TABLE_TOP if len(pages) == 1 else NEXT_TABLE_TOP
    if top + HEADER_H + len(last) * ROW_H + END_BLOCK_H > TABLE_BOTTOM:
        pages.append(range(count, count))
    return pages


def _bars(value: str, x: float, y: float) -> str:
    """The item's barcode as PDF rectangles, its module narrowed to fit ``BAR_ROOM``."""
    bars = barcode_bars(value)
    end = bars[-1][0] + bars[-1][1] if bars else 0.0
    module = max(MIN_MODULE, min(BARCODE_MODULE, BAR_ROOM * BARCODE_MODULE / max(end, 1.0)))
    scale = module / BARCODE_MODULE
    return " ".join(f"{fp_str(x + bx * scale, y, bw * scale, BAR_H)} re" for bx, bw in bars)


def _cell(runs: list[TextRun], x: float, width: float, top: float, text: str, font: str = REGULAR,
          max_lines: int = 4) -> None:
    size = SIZE
    if " " not in text.strip():  # one word (a reference): smaller type rather than a cut
        size = min(SIZE, width / max(text_width(text, font, 1.0), 1.0))
    lines = wrap(fix_typography(text), font, size, width)[:max_lines]
    for i, line in enumerate(lines):
        runs.append((x, PAGE_H - top - (i + 1) * LEADING + 2.0, font, size, line))


def _table_header(c: canvas.Canvas, runs: list[TextRun], top: float) -> None:
    for x, width, heading in COLUMNS:
        _cell(runs, LEFT + x, width, top + 1.5 * mm, heading, BOLD)
    c.setLineWidth(0.6)
    c.line(LEFT, PAGE_H - top - HEADER_H, RIGHT, PAGE_H - top - HEADER_H)


def _row(c: canvas.Canvas, runs: list[TextRun], bars: list[str], n: int, item: DepositItem, top: float) -> None:
    (x0, w0, _), (x1, _w1, _), (x2, w2, _), (x3, w3, _), (x4, w4, _), (x5, w5, _) = COLUMNS
    text_top = top + 1.5 * mm
    _cell(runs, LEFT + x0, w0, text_top, str(n))
    bar_x = LEFT + x1 + 2.5 * mm  # quiet zone on both sides inside the column
    bars.append(_bars(item.barcode_value, bar_x, PAGE_H - top - 1.5 * mm - BAR_H))
    runs.append((bar_x, PAGE_H - top - 1.5 * mm - BAR_H - 3.2 * mm, REGULAR, 7.0, item.item_number))
    _cell(runs, LEFT + x2, w2, text_top, item.product)
    _cell(runs, LEFT + x3, w3, text_top, item.addressee)
    _cell(runs, LEFT + x4, w4, text_top, item.town)
    _cell(runs, LEFT + x5, w5, text_top, item.reference)
    c.setLineWidth(0.3)
    c.setStrokeGray(0.6)
    c.line(LEFT, PAGE_H - top - ROW_H, RIGHT, PAGE_H - top - ROW_H)
    c.setStrokeGray(0)


def _first_page_head(content: DepositListContent, runs: list[TextRun]) -> None:
    head = content.letterhead
    y = PAGE_H - 17 * mm
    runs.append((LEFT, y, BOLD, 9.0, head.authority))
    y -= 5 * mm
    for i, line in enumerate(content.sender):
        runs.append((LEFT, y, BOLD if i == 0 else REGULAR, 8.0 if i == 0 else 7.5, line))
        y -= 3.6 * mm
    runs.append((LEFT, y, REGULAR, 7.5, f"Tél. {head.phone}"))
    y = PAGE_H - 52 * mm
    runs.append((LEFT, y, BOLD, 15.0, TITLE))
    y -= 8 * mm
    runs.append((LEFT, y, REGULAR, 10.0, f"Date de dépôt : {format_date_fr(content.day)}"))
    runs.append((LEFT + 85 * mm, y, REGULAR, 10.0, f"Nombre d'envois : {_items_text(content.count)}"))


def _end_block(c: canvas.Canvas, content: DepositListContent, runs: list[TextRun], top: float) -> None:
    runs.append((LEFT, PAGE_H - top - 6 * mm, BOLD, 10.0, f"Total : {_items_text(content.count)}"))
    runs.append((LEFT, PAGE_H - top - 11 * mm, REGULAR, 8.0,
                 f"Remis par l'{content.letterhead.office_short} le {format_date_short(content.day)}"))
    box_x, box_w = RIGHT - 75 * mm, 75 * mm
    runs.append((box_x + 2 * mm, PAGE_H - top - 6 * mm, REGULAR, 7.5, "Timbre et signature de l'office de poste"))
    c.setLineWidth(0.5)
    c.rect(box_x, PAGE_H - top - 28 * mm, box_w, 26 * mm)


def render_deposit_list(content: DepositListContent) -> bytes:
    """The deposit list as a PDF: the same content gives the same bytes."""
    buffer = io.BytesIO()
    c = office_canvas(buffer, SIZE)
    c.setTitle(deposit_list_title(content))
    writer = TextWriter(c)
    pages = _paginate(content.count)
    short_header = fix_typography(f"{content.letterhead.office_short} — {deposit_list_title(content)} — "
                         f"{_items_text(content.count)}")
    for index, rows in enumerate(pages):
        runs: list[TextRun] = []
        bars: list[str] = []
        if index == 0:
            _first_page_head(content, runs)
            top = FIRST_TABLE_TOP
        else:
            runs += following_page_header(c, short_header)
            top = NEXT_TABLE_TOP
        if len(rows) or index == 0:
            _table_header(c, runs, top)
            top += HEADER_H
        for i in rows:
            _row(c, runs, bars, i + 1, content.items[i], top)
            top += ROW_H
        if index == len(pages) - 1:
            _end_block(c, content, runs, top + 2 * mm)
        page_no = f"Page {index + 1}/{len(pages)}"
        runs.append(page_number_run(page_no))
        runs.append((LEFT, FOOTER_BASELINE, REGULAR, 8.0, deposit_list_title(content)))
        writer.draw(runs)
        if bars:
            c.addLiteral(" ".join((*bars, "f")))
        c.showPage()
    c.save()
    return buffer.getvalue()
