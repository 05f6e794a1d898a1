#!/usr/bin/env python3
"""Benchmark: decision and hearing letters to PDF (DESIGN §7 and §11, issue 5 part 8).

The letters are a realistic mix with a period of ten: seven one- or two-page decisions, two hearing letters and one
long decision (every ground, ten facts: three pages), each with its own order reference, texts from the shipped
reference data (``ocpm_desk.infrastructure.pdf.samples``). Measured in one process:

- **ours** (``ocpm_desk.infrastructure.pdf.letters``): ``render_letter`` for each letter into its own PDF (letters/s),
  and ``render_batch`` of ``--batch`` letters into one PDF (seconds, letters/s);
- **platypus**, the ordinary way with reportlab: ``SimpleDocTemplate`` and ``Paragraph``\\ s, the letterhead,
  window, barcode and header redrawn by ``onFirstPage`` / ``onLaterPages``, "Page x/y" by the usual numbered
  canvas; the same fonts (their own registration, so none of our caching), the same text (``letter_outline``);
- **WeasyPrint** from HTML and CSS (``@page`` margin boxes, ``counter(pages)``, the barcode as SVG): the same
  text and fonts. WeasyPrint does ~3 letters/s: ``--weasyprint-letters`` (20) of them are measured. If it cannot
  be imported (``pip install -e '.[bench]'``; it needs Pango), the script says so and reports null.

Each rate is the best of ``--repeat`` runs (the machine may be shared; the load average is printed), the ratios
compare ours and the peer on the same letters. Targets: ≥ 150 letters/s, ≥ 1.5 × platypus, ≥ 30 × WeasyPrint.

    python bench/letters.py [--letters 1000] [--batch 1000] [--platypus-letters 300] [--weasyprint-letters 20]
                            [--repeat 3] [--out DIR]

``--out DIR`` also writes one letter of each renderer (and the batch) there, to compare them by eye. Prints a
readable table, then, as its last line, one JSON object with the figures (snake_case), the peers' and the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

TARGETS = {"letters_per_s": 150.0, "ratio_vs_platypus": 1.5, "ratio_vs_weasyprint": 30.0}
MIX = 10  # the mix repeats every ten letters


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bench/letters.py",
        description="Decision and hearing letters to PDF: ours (reportlab canvas) against platypus and WeasyPrint.",
    )
    parser.add_argument("--letters", type=int, default=1000, help="letters rendered one PDF each (default 1000)")
    parser.add_argument("--batch", type=int, default=1000, help="letters rendered into one PDF (default 1000)")
    parser.add_argument("--platypus-letters", type=int, default=300,
                        help="letters for the platypus peer, ours measured on the same (default 300)")
    parser.add_argument("--weasyprint-letters", type=int, default=20,
                        help="letters for the WeasyPrint peer (~3/s; 0 skips it; default 20)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure, the best one counts (default 3)")
    parser.add_argument("--out", type=Path, help="write a sample letter of each renderer and the batch there")
    return parser.parse_args(argv)


# ---------------------------------------------------------------------------------------------- letters
def make_letters(n: int) -> list[Any]:
    from ocpm_desk.infrastructure.pdf.samples import sample_decision, sample_hearing_letter

    letters = []
    for i in range(n):
        reference = f"ED-2026-{10_000_000 + i:08d}"
        kind = i % MIX
        if kind == 7 or kind == 8:
            letters.append(sample_hearing_letter(reference=reference))
        else:
            letters.append(sample_decision(reference=reference, number=f"D-2026-{i + 1:06d}", long=kind == 9))
    return letters


def pages_of(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def best_rate(render: Callable[[Any], bytes], letters: Sequence[Any], repeat: int, min_seconds: float = 0.0,
              count_pages: Callable[[bytes], int] = pages_of) -> tuple[float, float, int]:
    """Best letters/s over ``repeat`` runs (each run repeats the list until ``min_seconds``), the CPU letters/s of
    that run, and the pages of one pass."""
    best, best_cpu, pages = 0.0, 0.0, 0
    for _ in range(max(1, repeat)):
        done, wall0, cpu0 = 0, time.perf_counter(), time.process_time()
        while True:
            run_pages = sum(count_pages(render(letter)) for letter in letters)
            done += len(letters)
            if time.perf_counter() - wall0 >= min_seconds:
                break
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        pages = run_pages
        if done / wall > best:
            best, best_cpu = done / wall, done / max(cpu, 1e-9)
    return best, best_cpu, pages


# ---------------------------------------------------------------------------------------------- platypus peer
def platypus_renderer() -> Callable[[Any], bytes]:
    """A straightforward platypus letter: story of Paragraphs, onFirstPage/onLaterPages drawing the rest."""
    import io
    from xml.sax.saxutils import escape

    from reportlab.graphics.barcode.code128 import Code128
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

    from ocpm_desk.infrastructure.pdf.letters import (
        letter_outline,
        letter_place_date,
        letter_references,
        letter_short_header,
    )
    from ocpm_desk.resources import resources_dir

    fonts = resources_dir() / "fonts"
    regular, bold, italic = "PeerSans", "PeerSans-Bold", "PeerSans-Oblique"
    for name, file in ((regular, "DejaVuSans.ttf"), (bold, "DejaVuSans-Bold.ttf"), (italic, "DejaVuSans-Oblique.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(fonts / file)))
    pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=italic, boldItalic=bold)

    page_w, page_h = A4
    left, right, column2 = 25 * mm, page_w - 20 * mm, 117 * mm
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=14, spaceBefore=2.5 * mm, alignment=TA_LEFT)
    styles = {
        "title": ParagraphStyle("title", body, fontName=bold, fontSize=16, leading=21.6, spaceBefore=0,
                                keepWithNext=1),
        "subject": ParagraphStyle("subject", body, fontName=bold, spaceBefore=1 * mm),
        "salutation": ParagraphStyle("salutation", body, spaceBefore=6 * mm),
        "heading": ParagraphStyle("heading", body, fontName=bold, fontSize=11, leading=16, spaceBefore=6 * mm,
                                  keepWithNext=1),
        "item": ParagraphStyle("item", body, leftIndent=7 * mm, bulletIndent=0, bulletFontName=regular),
        "ground": ParagraphStyle("ground", body, fontName=bold, spaceBefore=4 * mm, keepWithNext=1),
        "ground_text": ParagraphStyle("ground_text", body, spaceBefore=1 * mm),
        "basis": ParagraphStyle("basis", body, fontName=italic, spaceBefore=0),
        "free": ParagraphStyle("free", body, spaceBefore=4 * mm),
        "lead": ParagraphStyle("lead", body, fontName=bold, keepWithNext=1),
        "closing": ParagraphStyle("closing", body, spaceBefore=6 * mm),
        "sign_office": ParagraphStyle("sign_office", body, leftIndent=column2 - left, spaceBefore=8 * mm),
        "sign_name": ParagraphStyle("sign_name", body, fontName=bold, leftIndent=column2 - left, spaceBefore=5),
        "sign_line": ParagraphStyle("sign_line", body, leftIndent=column2 - left, spaceBefore=0),
        "unsigned": ParagraphStyle("unsigned", body, fontName=bold, leftIndent=column2 - left, spaceBefore=5),
    }
    long_title = ParagraphStyle("long_title", styles["title"], fontSize=13, leading=17.5)

    class NumberedCanvas(canvas.Canvas):
        """The usual recipe: keep the pages, write "Page x/y" on each when the count is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("initialFontName", regular)
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self.setFont(regular, 8)
                self.drawRightString(right, 10.5 * mm, f"Page {self._pageNumber}/{total}")
                super().showPage()
            super().save()

    def render(letter: Any) -> bytes:
        head = letter.letterhead

        def footer(c: canvas.Canvas) -> None:
            Code128(letter.body.reference, barWidth=0.33 * mm, barHeight=10 * mm, quiet=0).drawOn(c, left, 14 * mm)
            c.setFont(regular, 8)
            c.drawString(left, 10.5 * mm, letter.body.reference)

        def first_page(c: canvas.Canvas, _doc: Any) -> None:
            c.saveState()
            y = page_h - 17 * mm
            c.setFont(bold, 9)
            c.drawString(left, y, head.authority)
            c.setFont(regular, 7.5)
            c.drawString(left, y - 5.2 * mm, head.department)
            c.setFont(bold, 8.5)
            c.drawString(left, y - 9 * mm, head.office)
            c.setFont(regular, 7.5)
            for i, line in enumerate((*head.address_lines, f"Tél. {head.phone}", head.website)):
                c.drawString(left, y - 13.4 * mm - i * 3.3 * mm, line)
            c.setFont(regular, 6.5)
            c.drawString(column2, page_h - 48.4 * mm, head.return_address)
            c.setFont(bold, 7.5)
            c.drawRightString(197 * mm, page_h - 48.4 * mm, "RECOMMANDÉ")
            c.setLineWidth(0.3)
            c.line(column2, page_h - 49.7 * mm, 197 * mm, page_h - 49.7 * mm)
            c.line(4 * mm, page_h - 148.5 * mm, 9 * mm, page_h - 148.5 * mm)
            c.setFont(regular, 11)
            for i, line in enumerate(letter.body.address_lines):
                c.drawString(column2, page_h - 56 * mm - i * 14, line)
            c.setFont(regular, 9)
            for i, line in enumerate(letter_references(letter)):
                c.drawString(left, page_h - 102 * mm - i * 12, line)
            c.setFont(regular, 10)
            c.drawString(column2, page_h - 102 * mm, letter_place_date(letter))
            footer(c)
            c.restoreState()

        def later_pages(c: canvas.Canvas, _doc: Any) -> None:
            c.saveState()
            c.setFont(regular, 8)
            c.drawString(left, page_h - 15 * mm, letter_short_header(letter))
            c.setLineWidth(0.4)
            c.line(left, page_h - 17 * mm, right, page_h - 17 * mm)
            footer(c)
            c.restoreState()

        story: list[Any] = [Spacer(1, 99 * mm)]
        signature: list[Any] = []
        for piece in letter_outline(letter):
            text = escape(piece.text)
            if piece.kind == "title":
                story.append(Paragraph(text, styles["title"] if len(piece.text) < 30 else long_title))
            elif piece.kind == "item":
                story.append(Paragraph(text, styles["item"], bulletText=piece.label))
            elif piece.kind in ("closing", "sign_office", "sign_name", "sign_line", "unsigned"):
                signature.append(Paragraph(text, styles[piece.kind]))
            else:
                story.append(Paragraph(text, styles.get(piece.kind, body)))
        story.append(KeepTogether(signature))
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=left, rightMargin=page_w - right, topMargin=25 * mm,
                                bottomMargin=32 * mm, invariant=1, pageCompression=1, title=letter.body.reference,
                                author="OCPM")
        doc.build(story, onFirstPage=first_page, onLaterPages=later_pages, canvasmaker=NumberedCanvas)
        return buffer.getvalue()

    return render


# ---------------------------------------------------------------------------------------------- WeasyPrint peer
def weasyprint_renderer() -> tuple[Callable[[Any], bytes] | None, str]:
    try:
        import weasyprint
    except Exception as exc:  # ImportError, or OSError when Pango is missing
        return None, f"WeasyPrint cannot be imported ({type(exc).__name__}: {exc}); pip install -e '.[bench]'"
    import base64
    from html import escape

    from reportlab.graphics.barcode.code128 import Code128

    from ocpm_desk.infrastructure.pdf.letters import (
        letter_outline,
        letter_place_date,
        letter_references,
        letter_short_header,
    )
    from ocpm_desk.resources import resources_dir

    fonts = resources_dir() / "fonts"
    font_faces = "".join(
        f'@font-face {{ font-family: "Peer Sans"; font-weight: {weight}; font-style: {style}; '
        f'src: url("{(fonts / file).as_uri()}"); }}\n'
        for file, weight, style in (("DejaVuSans.ttf", "normal", "normal"), ("DejaVuSans-Bold.ttf", "bold", "normal"),
                                    ("DejaVuSans-Oblique.ttf", "normal", "italic"))
    )
    css = font_faces + """
@page { size: A4; margin: 25mm 20mm 32mm 25mm;
  @top-left { content: var(--header, ""); font: 8pt "Peer Sans"; border-bottom: 0.4pt solid black;
              vertical-align: bottom; width: 100%; }
  @bottom-right { content: "Page " counter(page) "/" counter(pages); font: 8pt "Peer Sans";
                  vertical-align: top; padding-top: 17mm; }
  @bottom-left { content: var(--barcode); vertical-align: top; padding-top: 8mm; width: 80mm; } }
@page :first { @top-left { content: none; border: none; } }
body { font: 10pt/14pt "Peer Sans"; margin: 0; }
.first { position: relative; height: 99mm; }
.head { position: absolute; top: -8mm; left: 0; font-size: 7.5pt; line-height: 9.4pt; width: 80mm; }
.head b { font-size: 9pt; } .office { font-weight: bold; font-size: 8.5pt; }
.ret { position: absolute; top: 20.5mm; left: 92mm; width: 80mm; font-size: 6.5pt; line-height: 8pt;
       border-bottom: 0.3pt solid black; }
.ret b { float: right; font-size: 7.5pt; }
.addr { position: absolute; top: 27mm; left: 92mm; font-size: 11pt; line-height: 14pt; }
.fold { position: absolute; top: 123.5mm; left: -21mm; width: 5mm; border-top: 0.3pt solid black; }
.refs { position: absolute; top: 73mm; left: 0; font-size: 9pt; line-height: 12pt; }
.date { position: absolute; top: 73mm; left: 92mm; }
h1 { font-size: 16pt; line-height: 21.6pt; margin: 0; } h1.long { font-size: 13pt; line-height: 17.5pt; }
h2 { font-size: 11pt; margin: 6mm 0 0; page-break-after: avoid; }
h3 { font-size: 10pt; margin: 4mm 0 0; page-break-after: avoid; }
p { margin: 2.5mm 0 0; } p.subject { font-weight: bold; margin-top: 1mm; } p.basis { font-style: italic; margin: 0; }
p.salutation, p.closing { margin-top: 6mm; } p.lead { font-weight: bold; page-break-after: avoid; }
ol { margin: 0; padding-left: 7mm; } li { margin-top: 2.5mm; }
.sign { page-break-inside: avoid; } .sign p.s { margin: 0 0 0 92mm; } .sign p.office { margin-top: 8mm; }
.sign p.name { font-weight: bold; margin-top: 5pt; }
"""
    stylesheet = weasyprint.CSS(string=css)

    def barcode_svg(reference: str) -> str:
        code = Code128(reference, barWidth=1, barHeight=10, quiet=0)
        code.validate()
        code.encode()
        code.decompose()
        x, rects = 0, []
        for c in code.decomposed:
            if "a" <= c <= "z":
                x += ord(c) - 96
            else:
                rects.append(f'<rect x="{x * 0.33}" y="0" width="{(ord(c) - 64) * 0.33}" height="10"/>')
                x += ord(c) - 64
        svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{x * 0.33}mm" height="14mm" '
               f'viewBox="0 0 {x * 0.33} 14">{"".join(rects)}<text x="0" y="13.3" font-size="2.8" '
               f'font-family="Peer Sans">{escape(reference)}</text></svg>')
        return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()

    def render(letter: Any) -> bytes:
        head = letter.letterhead
        header = letter_short_header(letter).replace('"', "'")
        page_css = f':root {{ --header: "{header}"; --barcode: url("{barcode_svg(letter.body.reference)}"); }}'
        parts = [
            '<html lang="fr"><head><meta charset="utf-8"><style>', page_css, "</style></head><body>",
            '<div class="first"><div class="head">', f"<b>{escape(head.authority)}</b><br>",
            f"{escape(head.department)}<br>", f'<span class="office">{escape(head.office)}</span><br>',
            "<br>".join(escape(line) for line in (*head.address_lines, f"Tél. {head.phone}", head.website)),
            f'</div><div class="ret">{escape(head.return_address)}<b>RECOMMANDÉ</b></div>',
            '<div class="addr">', "<br>".join(escape(line) for line in letter.body.address_lines), "</div>",
            '<div class="fold"></div><div class="refs">',
            "<br>".join(escape(line) for line in letter_references(letter)), "</div>",
            f'<div class="date">{escape(letter_place_date(letter))}</div></div>',
        ]
        in_list, in_sign = False, False
        for piece in letter_outline(letter):
            text = escape(piece.text)
            if piece.kind != "item" and in_list:
                parts.append("</ol>")
                in_list = False
            if piece.kind == "title":
                parts.append(f'<h1{" class=long" if len(piece.text) >= 30 else ""}>{text}</h1>')
            elif piece.kind == "heading":
                parts.append(f"<h2>{text}</h2>")
            elif piece.kind == "ground":
                parts.append(f"<h3>{text}</h3>")
            elif piece.kind == "item":
                if not in_list:
                    parts.append("<ol>")
                    in_list = True
                parts.append(f"<li>{text}</li>")
            elif piece.kind == "closing":
                parts.append(f'<div class="sign"><p class="closing">{text}</p>')
                in_sign = True
            elif piece.kind.startswith("sign_") or piece.kind == "unsigned":
                cls = {"sign_office": "s office", "sign_name": "s name", "unsigned": "s name"}.get(piece.kind, "s")
                parts.append(f'<p class="{cls}">{text}</p>')
            else:
                parts.append(f'<p class="{piece.kind}">{text}</p>')
        parts.append("</div>" if in_sign else "")
        parts.append("</body></html>")
        document = weasyprint.HTML(string="".join(parts)).render(stylesheets=[stylesheet])
        pdf = document.write_pdf()
        assert pdf is not None
        weasyprint_pages[bytes(pdf)] = len(document.pages)  # its PDF keeps the page tree in compressed streams
        return bytes(pdf)

    return render, f"WeasyPrint {weasyprint.__version__}"


weasyprint_pages: dict[bytes, int] = {}


# ---------------------------------------------------------------------------------------------- main
def _ratio(ours: float | None, peer: float | None) -> float | None:
    return round(ours / peer, 2) if ours and peer else None


def _r(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    for name in ("letters", "batch", "platypus_letters", "repeat"):
        if getattr(args, name) < 1:
            print(f"--{name.replace('_', '-')} must be at least 1", file=sys.stderr)
            return 2
    if args.weasyprint_letters < 0:
        print("--weasyprint-letters must be 0 or more", file=sys.stderr)
        return 2
    # heavy imports only once the options are understood (--help answers at once)
    from ocpm_desk.infrastructure.pdf.letters import render_batch, render_letter

    needed = max(args.letters, args.batch, args.platypus_letters, args.weasyprint_letters)
    letters = make_letters(needed)
    render_letter(letters[0])  # fonts registered and cached, code warm
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None

    ours_rate, ours_cpu, ours_pages = best_rate(render_letter, letters[: args.letters], args.repeat)

    batch = letters[: args.batch]
    batch_s, batch_pdf = float("inf"), b""
    for _ in range(args.repeat):
        start = time.perf_counter()
        batch_pdf = render_batch(batch)
        batch_s = min(batch_s, time.perf_counter() - start)

    platypus = platypus_renderer()
    platypus(letters[0])
    subset = letters[: args.platypus_letters]
    ours_on_platypus, _, ours_platypus_pages = best_rate(render_letter, subset, args.repeat)
    platypus_rate, _, platypus_pages = best_rate(platypus, subset, args.repeat)

    weasy, weasy_note = weasyprint_renderer() if args.weasyprint_letters else (None, "skipped (--weasyprint-letters 0)")
    weasy_rate = weasy_pages = ours_on_weasy = ours_weasy_pages = None
    if weasy is not None:
        weasy(letters[0])
        few = letters[: args.weasyprint_letters]
        weasy_rate, _, weasy_pages = best_rate(weasy, few, 1, count_pages=lambda pdf: weasyprint_pages.pop(pdf, 0))
        ours_on_weasy, _, ours_weasy_pages = best_rate(render_letter, few, args.repeat, min_seconds=0.5)

    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        sample = letters[9]  # the long decision
        (args.out / "ours.pdf").write_bytes(render_letter(sample))
        (args.out / "platypus.pdf").write_bytes(platypus(sample))
        if weasy is not None:
            (args.out / "weasyprint.pdf").write_bytes(weasy(sample))
        (args.out / "batch.pdf").write_bytes(batch_pdf)

    figures: dict[str, Any] = {
        "letters": args.letters,
        "letters_per_s": _r(ours_rate),
        "letters_per_cpu_s": _r(ours_cpu),
        "pages": ours_pages,
        "batch_letters": args.batch,
        f"batch_{args.batch}_s": _r(batch_s, 3),
        "batch_letters_per_s": _r(args.batch / batch_s),
        "batch_pages": pages_of(batch_pdf),
        "batch_mb": _r(len(batch_pdf) / 1e6, 2),
        "platypus_letters": args.platypus_letters,
        "platypus_letters_per_s": _r(platypus_rate),
        "ours_letters_per_s_on_platypus_letters": _r(ours_on_platypus),
        "ratio_vs_platypus": _ratio(ours_on_platypus, platypus_rate),
        "weasyprint_letters": args.weasyprint_letters if weasy else 0,
        "weasyprint_letters_per_s": _r(weasy_rate, 2),
        "ours_letters_per_s_on_weasyprint_letters": _r(ours_on_weasy),
        "ratio_vs_weasyprint": _ratio(ours_on_weasy, weasy_rate),
        "weasyprint": weasy_note,
        "load_average_1min": _r(load, 2),
    }
    met = {name: figures[name] is not None and figures[name] >= target for name, target in TARGETS.items()}
    figures["targets"] = TARGETS
    figures["targets_met"] = met

    print(f"letters to PDF: mix of {MIX} (7 decisions, 2 hearing letters, 1 long decision), best of {args.repeat}; "
          f"load average {load:.2f}" if load is not None else "")
    print(f"{'renderer':<34} {'letters':>7} {'pages':>6} {'letters/s':>10} {'ours/s same':>11} {'ratio':>7} "
          f"{'target':>8}")
    print(f"{'ours, one PDF per letter':<34} {args.letters:>7} {ours_pages:>6} {ours_rate:>10.1f} {'':>11} {'':>7} "
          f"{'≥ 150/s':>8} {'ok' if met['letters_per_s'] else 'MISSED'}")
    print(f"{'ours, one batch PDF':<34} {args.batch:>7} {figures['batch_pages']:>6} {args.batch / batch_s:>10.1f} "
          f"{'':>11} {'':>7} {'':>8} ({batch_s:.2f} s, {figures['batch_mb']} MB)")
    print(f"{'platypus (SimpleDocTemplate)':<34} {args.platypus_letters:>7} {platypus_pages:>6} {platypus_rate:>10.1f} "
          f"{ours_on_platypus:>11.1f} {figures['ratio_vs_platypus']:>7} {'≥ 1.5×':>8} "
          f"{'ok' if met['ratio_vs_platypus'] else 'MISSED'} (ours: {ours_platypus_pages} pages)")
    if weasy is not None:
        print(f"{'WeasyPrint (HTML/CSS)':<34} {args.weasyprint_letters:>7} {weasy_pages:>6} {weasy_rate:>10.2f} "
              f"{ours_on_weasy:>11.1f} {figures['ratio_vs_weasyprint']:>7} {'≥ 30×':>8} "
              f"{'ok' if met['ratio_vs_weasyprint'] else 'MISSED'} (ours: {ours_weasy_pages} pages)")
    else:
        print(f"{'WeasyPrint (HTML/CSS)':<34} not measured: {weasy_note}")
    print(f"ours per CPU second (whatever else runs on the machine): {ours_cpu:.1f} letters/s")
    print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
