"""The ordered document (attestation) of an approved order, drawn with reportlab's canvas (DESIGN §7): A4, French,
fonts embedded, same bytes for the same ``AttestationContent``.

It looks like the decision letters (``ocpm_desk.infrastructure.pdf.letters``; the page they share is ``layout``):
the same letterhead form, the address in the right window of a C5 envelope (``RECOMMANDÉ`` only when sent
registered), place and date, then the title of the service, the formal sentence, the person's data as a table, what
the service attests (residence since, history of stays, civic rights, departure), the electronic-signature line and
the verification code. Every page: the Code 128 barcode of the order reference and "Page x/y" in the footer; a long
history continues on a second page, its table header repeated.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from ocpm_desk.infrastructure.pdf.fonts import BOLD, ITALIC, REGULAR
from ocpm_desk.infrastructure.pdf.layout import (
    BODY_LEADING,
    BODY_SIZE,
    COLUMN2_X,
    LEFT,
    NEXT_PAGE_TOP,
    PAGE_H,
    PARA_SPACE,
    REFS_TOP,
    RIGHT,
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
    wrap,
)
from ocpm_desk.infrastructure.pdf.text_writer import TextWriter
from ocpm_desk.kernel.documents import AttestationContent, permit_label
from ocpm_desk.kernel.letters import format_date_fr, format_date_short

__all__ = ["attestation_outline", "render_attestation"]

LABEL_W = 52 * mm  # the person table: labels, then values
TABLE_SIZE = 9.5
TABLE_LEADING = 12.5
HEADING_SPACE = 4.5 * mm
BODY_BOTTOM = PAGE_H - 29 * mm  # the barcode's top is 24 mm from the bottom edge
RULE = "\x00rule"  # a run with this font draws a thin rule under its line (``size`` is its length)


# ---------------------------------------------------------------------------------------------- what it says
@dataclass(frozen=True, slots=True)
class Section:
    """One part of the attestation in reading order: ``kind`` is ``para``, ``heading``, ``table`` (``rows`` of
    label/value), ``history`` (``rows`` of from/to/address) or ``closing``."""

    kind: str
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


def _pronoun(content: AttestationContent) -> tuple[str, str]:
    """("Elle", "e") or ("Il", "") for the agreement of the sentences about the person."""
    return ("Elle", "e") if content.person.feminine else ("Il", "")


def _person_rows(content: AttestationContent) -> tuple[tuple[str, str], ...]:
    p = content.person
    rows = [("Nom", p.last_name), ("Prénom(s)", p.first_names), ("Date de naissance", format_date_fr(p.birth_date)),
            ("Sexe", {"F": "Féminin", "M": "Masculin"}.get(p.sex.upper(), p.sex)), ("Nationalité", p.nationality)]
    if p.place_of_origin:
        rows.append(("Lieu d'origine", p.place_of_origin))
    if p.permit:
        rows.append(("Autorisation de séjour", permit_label(p.permit)))
    address = ", ".join(part for part in (content.street, content.zip_town) if part)
    if address:
        rows.append(("Dernière adresse à Genève" if content.departure else "Adresse", address))
    return tuple(rows)


def _residence_sentences(content: AttestationContent) -> list[str]:
    she, e = _pronoun(content)
    out: list[str] = []
    if content.departure:
        if content.resident_since and content.departed_on:
            out.append(f"{she} a résidé dans le canton de Genève du {format_date_fr(content.resident_since)} au "
                       f"{format_date_fr(content.departed_on)}.")
        if content.departed_on:
            where = (f", à destination de {content.destination}" if content.destination
                     else ", sans indiquer de destination")
            out.append(f"{she} a annoncé son départ du canton de Genève le {format_date_fr(content.departed_on)}"
                       f"{where}.")
        return out
    if content.resident_since:
        out.append(f"{she} réside dans le canton de Genève depuis le {format_date_fr(content.resident_since)}.")
    else:
        out.append(f"{she} est domicilié{e} dans le canton de Genève.")
    if content.civic_rights is True:
        out.append(f"De nationalité suisse, {she.lower()} jouit de ses droits civiques : {she.lower()} est inscrit{e} "
                   "au rôle des électeurs de sa commune de domicile et peut exercer ses droits politiques en matière "
                   "fédérale, cantonale et communale.")
    elif content.civic_rights is False:
        out.append(f"{she} ne peut pas exercer ses droits politiques dans le canton de Genève : {she.lower()} n'est "
                   f"pas inscrit{e} au rôle des électeurs.")
    return out


def attestation_outline(content: AttestationContent) -> tuple[Section, ...]:
    """The body of the attestation (after the references) in reading order."""
    head = content.letterhead
    if content.departure:
        lead = (f"L'{head.office} atteste que la personne désignée ci-dessous a été inscrite dans le registre "
                "cantonal de la population et a quitté le canton de Genève.")
    else:
        lead = (f"L'{head.office} atteste que la personne désignée ci-dessous est inscrite dans le registre cantonal "
                "de la population et réside dans le canton de Genève.")
    out = [
        Section("title", content.title),
        Section("para", lead),
        Section("heading", "Personne concernée"),
        Section("table", rows=_person_rows(content)),
        Section("heading", "Départ" if content.departure else "Résidence"),
        *(Section("para", text) for text in _residence_sentences(content)),
    ]
    if content.with_history:
        rows = tuple((format_date_short(r.start), format_date_short(r.end) if r.end else "à ce jour", r.address)
                     for r in content.residences)
        out.append(Section("heading", "Historique des séjours dans le canton de Genève"))
        if rows:
            out.append(Section("history", rows=rows))
        else:
            out.append(Section("para", "Aucun séjour antérieur n'est enregistré."))
    out.append(Section("para", "La présente attestation est délivrée pour servir et valoir ce que de droit."))
    out.append(Section("closing"))
    return tuple(out)


def attestation_references(content: AttestationContent) -> tuple[str, ...]:
    return (f"Notre référence : {content.reference}", f"Nombre d'exemplaires commandés : {content.quantity}")


def verification_sentence(content: AttestationContent) -> str:
    head = content.letterhead
    return (f"Authenticité vérifiable auprès de l'{head.office_short} (tél. {head.phone}) sur indication de la "
            f"référence {content.reference} et de ce code.")


# ---------------------------------------------------------------------------------------------- layout
def _lines(text: str, *, font: str = REGULAR, size: float = BODY_SIZE, leading: float = BODY_LEADING,
           x: float = LEFT, width: float = TEXT_W) -> list[Line]:
    return [Line(leading, (Run(x, font, size, line),))
            for line in wrap(fix_typography(text), font, size, width) or [""]]


_ZIP_TOWN = re.compile(r"\b(\d{4,5}) (?=\S)")


def _keep_zip(text: str) -> str:
    """"1228 Plan-les-Ouates" is never split after the postcode."""
    return _ZIP_TOWN.sub("\\1\u00a0", text)


def _cells(cells: list[tuple[float, float, str, str]], leading: float) -> list[Line]:
    """A table row: each cell (x, width, font, text) wrapped in its column; as many lines as the tallest cell."""
    wrapped = [(x, font, wrap(_keep_zip(fix_typography(text)), font, TABLE_SIZE, width) or [""])
               for x, width, font, text in cells]
    height = max(len(lines) for _, _, lines in wrapped)
    return [Line(leading, tuple(Run(x, font, TABLE_SIZE, lines[i]) for x, font, lines in wrapped if i < len(lines)))
            for i in range(height)]


def _rule(line: Line, x: float = LEFT, width: float = TEXT_W) -> Line:
    return Line(line.leading, (*line.runs, Run(x, RULE, width, "")))


_HIST_X = (LEFT, LEFT + 26 * mm, LEFT + 52 * mm)
_HIST_W = (24 * mm, 24 * mm, TEXT_W - 52 * mm)


@dataclass(slots=True)
class _Item:
    block: Block
    header: list[Line] | None = None  # repeated at the top of a new page (a table's header)


def _items(content: AttestationContent) -> list[_Item]:
    items: list[_Item] = []
    for section in attestation_outline(content):
        kind = section.kind
        if kind == "title":
            size = 15.0 if text_width(section.text, BOLD, 15.0) <= TEXT_W else 12.5
            items.append(_Item(Block(_lines(section.text, font=BOLD, size=size, leading=size * 1.4), 0, True, True)))
        elif kind == "para":
            items.append(_Item(Block(_lines(section.text), PARA_SPACE * 1.2)))
        elif kind == "heading":
            items.append(_Item(Block(_lines(section.text, font=BOLD, size=11.0, leading=16.0), HEADING_SPACE, True,
                                      True)))
        elif kind == "table":
            for i, (label, value) in enumerate(section.rows):
                lines = _cells([(LEFT, LABEL_W - 3 * mm, REGULAR, label),
                                (LEFT + LABEL_W, TEXT_W - LABEL_W, BOLD, value)], TABLE_LEADING)
                lines[-1] = _rule(lines[-1])
                items.append(_Item(Block(lines, 1 * mm if i == 0 else 0, True)))
        elif kind == "history":
            header = _cells([(x, w, BOLD, t) for x, w, t in zip(_HIST_X, _HIST_W, ("Du", "Au", "Adresse"),
                                                                     strict=True)], TABLE_LEADING)
            header[-1] = _rule(header[-1])
            items.append(_Item(Block(list(header), 1 * mm, True, True)))
            for row in section.rows:
                lines = _cells([(x, w, REGULAR, t) for x, w, t in zip(_HIST_X, _HIST_W, row, strict=True)],
                               TABLE_LEADING)
                lines[-1] = _rule(lines[-1])
                items.append(_Item(Block(lines, 0, True), header))
        elif kind == "closing":
            items.append(_Item(Block(_closing_lines(content), HEADING_SPACE, True)))
    return items


def _closing_lines(content: AttestationContent) -> list[Line]:
    """Side by side: the verification code on the left, the office's electronic signature on the right."""
    left_w = COLUMN2_X - LEFT - 6 * mm
    right_w = RIGHT - COLUMN2_X
    left = [Line(12.0, (Run(LEFT, REGULAR, 8.5, "Code de vérification"),)),
            Line(16.0, (Run(LEFT, BOLD, 12.0, content.verification_code),)),
            *_lines(verification_sentence(content), size=7.5, leading=10.0, width=left_w)]
    right = [*_lines(content.signatory, font=BOLD, size=9.5, leading=13.0, x=COLUMN2_X, width=right_w),
             *_lines("Document établi électroniquement, valable sans signature", font=ITALIC, size=8.0,
                     leading=11.0, x=COLUMN2_X, width=right_w)]
    lines: list[Line] = []
    for i in range(max(len(left), len(right))):
        parts = [side[i] for side in (left, right) if i < len(side)]
        lines.append(Line(max(part.leading for part in parts), tuple(run for part in parts for run in part.runs)))
    return lines


def _paginate(items: list[_Item], first_top: float) -> list[list[tuple[float, Line]]]:
    """Blocks kept whole (all of ours are short), a heading with what follows, a table's header repeated on the
    next page."""
    pages: list[list[tuple[float, Line]]] = [[]]
    y = first_top
    for i, item in enumerate(items):
        block = item.block
        space = block.space_before if pages[-1] else 0.0
        need = sum(line.leading for line in block.lines)
        if block.keep_with_next and i + 1 < len(items):
            nxt = items[i + 1].block
            need += nxt.space_before + sum(line.leading for line in nxt.lines)
        if pages[-1] and y + space + need > BODY_BOTTOM:
            pages.append([])
            y, space = NEXT_PAGE_TOP, 0.0
            for line in item.header or ():
                pages[-1].append((y, line))
                y += line.leading
        y += space
        for line in block.lines:
            pages[-1].append((y, line))
            y += line.leading
    return pages


# ---------------------------------------------------------------------------------------------- drawing
def _draw_rules(c: canvas.Canvas, placed: list[tuple[float, Line]]) -> None:
    rules = [(run.x, PAGE_H - top - line.leading + 1.2, run.size) for top, line in placed for run in line.runs
             if run.font == RULE]
    if rules:
        c.setLineWidth(0.3)
        c.setStrokeGray(0.6)
        for x, y, width in rules:
            c.line(x, y, x + width, y)
        c.setStrokeGray(0)


def render_attestation(content: AttestationContent) -> bytes:
    """The attestation as a PDF: the same content gives the same bytes."""
    buffer = io.BytesIO()
    c = office_canvas(buffer, BODY_SIZE)
    c.setTitle(f"{content.service_label} — {content.reference}")
    writer = TextWriter(c)
    letterhead_form(c, content.letterhead, "OCPMLetterhead0")
    refs = [line for text in attestation_references(content)
            for line in _lines(text, size=9, leading=12, width=WINDOW_X - LEFT - 4 * mm)]
    first_top = REFS_TOP + sum(line.leading for line in refs) + 5 * mm
    pages = _paginate(_items(content), first_top)
    short_header = fix_typography(f"{content.letterhead.office_short} — {content.service_label} — Notre référence : "
                         f"{content.reference}")
    place_date = f"{content.letterhead.place}, le {format_date_fr(content.issued_on)}"
    for index, placed in enumerate(pages):
        head: list[tuple[float, Line]] = []
        if index == 0:
            c.doForm("OCPMLetterhead0")
            y = REFS_TOP
            for line in refs:
                head.append((y, line))
                y += line.leading
        runs = letter_page_runs(c, index, len(pages), placed, address_lines=content.address_lines,
                                registered=content.registered, refs=head, place_date=place_date,
                                short_header=short_header, reference=content.reference)
        _draw_rules(c, placed)
        writer.draw([run for run in runs if run[2] != RULE])
        c.addLiteral(reference_barcode(content.reference))
        c.showPage()
    c.save()
    return buffer.getvalue()
