"""Decision and hearing letters read back from the PDF (DESIGN §7): where the text lies (pdftotext -bbox), which
fonts are embedded (pdffonts), the barcode as a scanner reads it (pdftoppm + zbarimg), same bytes for the same
letter, one letterhead form per document, the marks. No database.

The tools, and what their absence does: ``tests/pdf_tools.py``."""

from __future__ import annotations

import base64
import json
import re
import subprocess
import sys
import zlib
from dataclasses import replace
from pathlib import Path

import pytest
from pdf_tools import MM, RETURN_Y1, WIN_X0, WIN_X1, WIN_Y0, WIN_Y1, Word
from pdf_tools import norm as _norm
from pdf_tools import run as _run
from pdf_tools import tool as _tool
from pdf_tools import words as _words
from pdf_tools import write as _write

from ocpm_desk.infrastructure.pdf.fonts import BOLD, REGULAR
from ocpm_desk.infrastructure.pdf.letters import render_batch, render_letter, wrap
from ocpm_desk.infrastructure.pdf.samples import (
    SAMPLE_NUMBER,
    SAMPLE_REFERENCE,
    sample_decision,
    sample_hearing_letter,
)
from ocpm_desk.kernel.letters import Letter, Mark, fee_sentence, format_date_fr, operative_part

PAGE_W, PAGE_H = 595.2756, 841.8898
LEFT, RIGHT = 25 * MM, PAGE_W - 20 * MM
EPS = 0.5


def _text(tmp_path: Path, pdf: bytes) -> str:
    return _norm(_run([_tool("pdftotext"), str(_write(tmp_path, pdf)), "-"]))


def _page_text(words: list[Word]) -> str:
    return _norm(" ".join(w[4] for w in words))


def _streams(pdf: bytes) -> list[bytes]:
    """Every stream of the file, decoded (reportlab writes ASCII85 over Flate, or Flate alone)."""
    out = []
    for match in re.finditer(rb"\d+ 0 obj\s*(.*?)\bstream\r?\n(.*?)endstream", pdf, re.S):
        head, data = match.group(1), match.group(2)
        if b"ASCII85Decode" in head:
            data = base64.a85decode(data.strip(), adobe=True)
        if b"FlateDecode" in head:
            data = zlib.decompress(data)
        out.append(data)
    return out


# ---------------------------------------------------------------------------------------------- the window
def _inside_window(word: Word) -> bool:
    x0, y0, x1, y1, _ = word
    return x0 >= WIN_X0 - EPS and x1 <= WIN_X1 + EPS and y0 >= WIN_Y0 - EPS and y1 <= WIN_Y1 + EPS


def _assert_address_in_window(page: list[Word], letter: Letter) -> None:
    return_words = letter.letterhead.return_address.split()
    top_zone = [w for w in page if WIN_Y0 - 3 <= w[1] < RETURN_Y1 and w[0] >= WIN_X0 - 3]
    assert [w[4] for w in top_zone if w[4] != "RECOMMANDÉ"] == return_words
    assert any(w[4] == "RECOMMANDÉ" for w in top_zone)
    for word in top_zone:
        assert _inside_window(word) and word[1] >= WIN_Y0 - EPS and word[3] <= RETURN_Y1 + EPS, word
    address = [w for w in page if w[0] >= WIN_X0 - 3 and RETURN_Y1 - EPS < w[1] < WIN_Y1 + 20 * MM]
    expected = " ".join(letter.body.address_lines).split()
    assert [w[4] for w in address][: len(expected)] == expected
    for word in address[: len(expected)]:
        assert _inside_window(word), f"{word} lies outside the window field"
        assert word[1] >= RETURN_Y1 - EPS, f"{word} overlaps the return-address zone"


def test_address_return_line_and_registered_mention_lie_in_the_window(tmp_path: Path) -> None:
    letter = sample_decision()
    pages = _words(tmp_path, render_letter(letter))
    _assert_address_in_window(pages[0], letter)


def test_a_seven_line_address_with_a_long_line_still_fits_the_window(tmp_path: Path) -> None:
    address = ("Madame", "Maria Dolores Fernández-Castellanos de la Vega y Montoya", "c/o Famille Rochat-Bonvin",
               "Appartement 12, 3e étage", "Chemin des Grands-Champs 147B", "Case postale 1234", "1234 Exempleville")
    letter = sample_decision(address_lines=address)
    pages = _words(tmp_path, render_letter(letter))
    _assert_address_in_window(pages[0], letter)


def test_fold_mark_for_c5_in_the_left_margin() -> None:
    """A short line at 148.5 mm from the top, in the left margin, drawn with the letterhead."""
    (letterhead,) = [s for s in _streams(render_letter(sample_decision())) if b"CANTON DE GEN" in s]
    lines = [tuple(map(float, m)) for m in re.findall(rb"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l S", letterhead)]
    fold_y = PAGE_H - 148.5 * MM
    assert any(abs(y0 - fold_y) < 0.1 and y1 == y0 and x0 < x1 <= LEFT - 5 * MM for x0, y0, x1, y1 in lines), lines


# ---------------------------------------------------------------------------------------------- the text
def test_decision_says_what_a_decision_must_say(tmp_path: Path) -> None:
    letter = sample_decision()
    text = _text(tmp_path, render_letter(letter))
    for number, decided in enumerate(operative_part(letter.body), 1):
        assert f"{number}. {_norm(decided)}" in text
    for expected in ("RÉPUBLIQUE ET CANTON DE GENÈVE", "Office cantonal de la population et des migrations",
                     "DÉCISION", "En fait", "En droit", "Par ces motifs", "Voies de recours", "CHF 25.00",
                     "Genève, le 26 novembre 2026", "30 jours", f"Décision n° {SAMPLE_NUMBER}",
                     f"Notre référence : {SAMPLE_REFERENCE}", "Attestation de résidence", "Madame,",
                     "Absence de domicile à Genève", "Base légale : RDROCPMC (RS GE F 2 20.08)",
                     "Tribunal administratif de première instance", "Claire Martin", "Responsable de secteur",
                     "1. Le 02.11.2026", "Page 1/2", "Page 2/2"):
        assert expected in text, expected
    assert text.index("En fait") < text.index("En droit") < text.index("Par ces motifs") < text.index(
        "Voies de recours") < text.index("Claire Martin")
    # The hearing is the last fact.
    assert "4. Par courrier du 09.11.2026" in text
    assert "Projet — non signé" not in text


def test_unsigned_decision_says_it_is_not_signed(tmp_path: Path) -> None:
    text = _text(tmp_path, render_letter(sample_decision(signed=False, number=None)))
    assert "Projet — non signé" in text
    assert "Claire Martin" not in text and "Décision n°" not in text


def test_hearing_letter_gives_ten_days_and_keeps_the_fee(tmp_path: Path) -> None:
    letter = sample_hearing_letter()
    assert letter.body.reply_by is not None
    text = _text(tmp_path, render_letter(letter))
    for expected in ("Droit d'être entendu — intention de refuser votre commande", "10 jours", "art. 41",
                     f"jusqu'au {format_date_fr(letter.body.reply_by)}", "19 novembre 2026", _norm(fee_sentence(2500)),
                     "Genève, le 9 novembre 2026", "statuera sur la base du dossier en l'état",
                     "Absence de domicile à Genève", "Marc Rochat"):
        assert expected in text, expected
    assert "DÉCISION" not in text and "Voies de recours" not in text


def test_unsigned_hearing_letter_signs_with_the_office(tmp_path: Path) -> None:
    text = _text(tmp_path, render_letter(sample_hearing_letter(signed=False)))
    closing = text[text.index("salutations distinguées."):]
    assert closing.startswith("salutations distinguées. Office cantonal de la population et des migrations")
    assert "Marc Rochat" not in text and "Projet — non signé" not in text


@pytest.mark.parametrize("make", [sample_decision, sample_hearing_letter], ids=["decision", "hearing"])
def test_long_letter_numbers_its_pages_and_has_the_short_header(tmp_path: Path, make: object) -> None:
    letter = make(long=True)  # type: ignore[operator]
    pages = _words(tmp_path, render_letter(letter))
    assert 2 <= len(pages) <= 3
    for number, page in enumerate(pages, 1):
        text = _page_text(page)
        assert f"Page {number}/{len(pages)}" in text
        assert SAMPLE_REFERENCE in text
        if number == 1:
            assert "RÉPUBLIQUE ET CANTON DE GENÈVE" in text
        else:
            assert "RÉPUBLIQUE" not in text and "RECOMMANDÉ" not in text
            header = _page_text([w for w in page if w[1] < 20 * MM])
            assert header.startswith("OCPM — ") and f"Notre référence : {SAMPLE_REFERENCE}" in header
    if letter.number:
        assert f"Décision n° {letter.number}" in _page_text([w for w in pages[1] if w[1] < 20 * MM])


@pytest.mark.parametrize(
    "letter",
    [sample_decision(long=True), sample_hearing_letter(long=True), sample_decision()],
    ids=["long-decision", "long-hearing", "decision"],
)
def test_nothing_runs_outside_the_margins(tmp_path: Path, letter: Letter) -> None:
    for page in _words(tmp_path, render_letter(letter)):
        for word in page:
            x0, y0, x1, y1, _ = word
            assert x0 >= LEFT - EPS and y0 >= 10 * MM and y1 <= PAGE_H - 8 * MM, word
            if _inside_window(word):
                continue
            assert x1 <= RIGHT + EPS, f"{word} runs past the right margin"


def test_a_word_wider_than_the_line_is_broken_inside_the_margins(tmp_path: Path) -> None:
    long_word = "https://www.ge.ch/" + "x" * 150 + "/fin"
    letter = sample_decision()
    letter = replace(letter, body=replace(letter.body, free_text=f"Voir {long_word} pour les détails."))
    pages = _words(tmp_path, render_letter(letter))
    words = [w for page in pages for w in page]
    pieces = [w for w in words if "xxxxx" in w[4]]
    assert len(pieces) >= 2
    assert "".join(w[4] for w in pieces).count("x") == 150
    for word in pieces:
        assert word[0] >= LEFT - EPS and word[2] <= RIGHT + EPS, word


def test_hearing_letter_without_a_reply_date_still_gives_ten_days(tmp_path: Path) -> None:
    letter = sample_hearing_letter()
    letter = replace(letter, body=replace(letter.body, reply_by=None))
    text = _text(tmp_path, render_letter(letter))
    assert "dans un délai de 10 jours dès réception du présent courrier." in text
    assert "jusqu'au" not in text


def test_many_distinct_characters_spill_into_a_second_font_subset_and_still_read_back(tmp_path: Path) -> None:
    """Past ~220 distinct characters reportlab opens a second subset of the font; that text goes its own way."""
    greek = "".join(map(chr, range(0x3B1, 0x3CA)))
    cyrillic = "".join(map(chr, range(0x430, 0x450)))
    latin_ext = "".join(map(chr, range(0x100, 0x180)))
    letter = sample_decision()
    letter = replace(letter, body=replace(letter.body, free_text=f"Noms : {latin_ext} {greek} {cyrillic} fin."))
    pdf = render_letter(letter)
    assert b"/F2+1" in pdf or b"/F1+1" in pdf or b"/F3+1" in pdf  # a second subset was needed
    text = _text(tmp_path, pdf)
    for word in (greek, cyrillic):
        assert word in text.replace(" ", "")
    out = _run([_tool("pdffonts"), str(_write(tmp_path, pdf, "subsets.pdf"))])
    assert all(re.search(r"\syes\s+yes\s+yes\s+\d+\s+\d+$", row) for row in out.strip().splitlines()[2:]), out


@pytest.mark.parametrize("font", [REGULAR, BOLD])
@pytest.mark.parametrize("width", [20.0, 60.0, 300.0])
def test_wrap_never_exceeds_the_width(font: str, width: float) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from ocpm_desk.infrastructure.pdf.fonts import prepare_fonts

    prepare_fonts()
    text = ("Selon le registre cantonal de la population, Mme Anne Dupont n'est pas domiciliée à Genève "
            "ED-2026-00012345 " + "W" * 80 + " fin.")
    lines = wrap(text, font, 10, width)
    assert all(stringWidth(line, font, 10) <= width + 1e-6 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


# ---------------------------------------------------------------------------------------------- fonts, barcode
@pytest.mark.parametrize("letter", [sample_decision(mark=Mark.COPY), sample_hearing_letter(long=True)],
                         ids=["decision-copy", "hearing"])
def test_every_font_is_embedded_and_none_is_helvetica(tmp_path: Path, letter: Letter) -> None:
    out = _run([_tool("pdffonts"), str(_write(tmp_path, render_letter(letter)))])
    rows = out.strip().splitlines()[2:]
    assert rows, out
    for row in rows:
        assert "Helvetica" not in row
        assert re.search(r"\s(yes)\s+(yes)\s+(yes)\s+\d+\s+\d+$", row), f"not embedded: {row}"


@pytest.mark.parametrize("dpi", [200, 300])
def test_barcode_decodes_to_the_order_reference(tmp_path: Path, dpi: int) -> None:
    pdftoppm, zbarimg = _tool("pdftoppm"), _tool("zbarimg")
    reference = "ED-2026-00098765"
    pdf = _write(tmp_path, render_letter(sample_decision(reference=reference)))
    _run([pdftoppm, "-r", str(dpi), "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")])
    (png,) = tmp_path.glob("page*.png")
    decoded = _run([zbarimg, "--raw", "-q", str(png)]).strip().splitlines()
    assert decoded == [reference]


def test_barcode_on_a_following_page_too(tmp_path: Path) -> None:
    pdftoppm, zbarimg = _tool("pdftoppm"), _tool("zbarimg")
    pdf = _write(tmp_path, render_letter(sample_hearing_letter(long=True)))
    _run([pdftoppm, "-r", "300", "-png", "-f", "2", "-l", "2", str(pdf), str(tmp_path / "page")])
    (png,) = tmp_path.glob("page*.png")
    assert _run([zbarimg, "--raw", "-q", str(png)]).strip().splitlines() == [SAMPLE_REFERENCE]


# ---------------------------------------------------------------------------------------------- bytes, forms, marks
def test_same_letter_same_bytes_other_letter_other_bytes() -> None:
    first = render_letter(sample_decision(long=True))
    assert first.startswith(b"%PDF-")
    assert render_letter(sample_decision(long=True)) == first
    assert render_letter(sample_decision(long=True, reference="ED-2026-00012346")) != first
    assert render_letter(sample_decision(long=True, mark=Mark.COPY)) != first
    assert render_letter(sample_decision(long=True, signed=False)) != first
    assert render_batch([sample_decision(), sample_hearing_letter()]) == render_batch(
        [sample_decision(), sample_hearing_letter()])


def test_same_bytes_with_or_without_the_font_embedding_cache() -> None:
    """The cached embedding of the fonts writes exactly what reportlab writes."""
    from ocpm_desk.infrastructure.pdf import fonts

    letter = sample_hearing_letter(reference="ED-2026-00055555", long=True)
    cached = render_letter(letter)
    letter_fonts = [fonts.pdfmetrics.getFont(name) for name in (fonts.REGULAR, fonts.BOLD, fonts.ITALIC)]
    saved = [(f.face.makeSubset, f.face.addSubsetObjects, f.addObjects) for f in letter_fonts]
    try:
        for font in letter_fonts:
            del font.face.makeSubset, font.face.addSubsetObjects, font.addObjects  # back to reportlab's methods
        plain = render_letter(letter)
    finally:
        for font, (make, add_subset, add) in zip(letter_fonts, saved, strict=True):
            font.face.makeSubset, font.face.addSubsetObjects, font.addObjects = make, add_subset, add
    assert plain == cached


def _form_objects(pdf: bytes) -> dict[str, int]:
    """Named form XObjects: name → object number, as the pages' resources list them."""
    return {name.decode(): int(num) for name, num in re.findall(rb"/FormXob\.(\w+) (\d+) 0 R", pdf)}


def test_a_batch_holds_one_letterhead_form_used_on_every_first_page() -> None:
    letters = [sample_decision(), sample_hearing_letter(long=True), sample_decision(long=True, mark=Mark.COPY)]
    pdf = render_batch(letters)
    assert pdf.count(b"/Subtype /Form") == 2  # the letterhead and the COPIE mark, nothing else
    forms = _form_objects(pdf)
    letterheads = {name: num for name, num in forms.items() if "Letterhead" in name}
    assert len(letterheads) == 1
    (name,) = letterheads
    contents = [s for s in _streams(pdf) if b"Page " in s or f"/FormXob.{name} Do".encode() in s]
    uses = [s for s in contents if f"/FormXob.{name} Do".encode() in s]
    assert len(uses) == len(letters)  # page 1 of each letter, and no other page
    assert sum(s.count(b"(RECOMMAND") for s in _streams(pdf)) == len(letters)
    assert sum(s.count(b"(R\\311PUBLIQUE") + s.count(b"RPUBLIQUE") for s in _streams(pdf)) <= 1


def test_a_batch_numbers_each_letter_on_its_own(tmp_path: Path) -> None:
    letters = [sample_hearing_letter(long=True), sample_decision(), sample_decision(reference="ED-2026-00000007")]
    pages = _words(tmp_path, render_batch(letters))
    numbers = [re.search(r"Page (\d+)/(\d+)", _page_text(p)).group(0) for p in pages]  # type: ignore[union-attr]
    first = int(numbers[0].split("/")[1])
    assert numbers == [f"Page {i}/{first}" for i in range(1, first + 1)] + ["Page 1/2", "Page 2/2"] * 2
    assert "ED-2026-00000007" in _page_text(pages[-1])


def test_an_empty_batch_is_still_a_pdf() -> None:
    assert render_batch([]).startswith(b"%PDF-")


@pytest.mark.parametrize("mark", [Mark.COPY, Mark.DRAFT])
def test_mark_is_on_every_page_and_absent_on_the_original(tmp_path: Path, mark: Mark) -> None:
    marked = render_letter(sample_decision(long=True, mark=mark))
    original = render_letter(sample_decision(long=True))
    # The mark is a form drawing the word (ASCII is written as is in our font subsets), used on every page.
    marks = {name: num for name, num in _form_objects(marked).items() if "Mark" in name}
    assert len(marks) == 1
    (name,) = marks
    streams = _streams(marked)
    assert any(f"({mark.value}) Tj".encode() in s for s in streams)
    page_count = int(re.search(rb"/Count (\d+)", marked).group(1))  # type: ignore[union-attr]
    assert sum(s.count(f"/FormXob.{name} Do".encode()) for s in streams) == page_count
    assert not any(b"(COPIE) Tj" in s or b"(PROJET) Tj" in s for s in _streams(original))
    assert b"Mark" not in original
    # And it shows: light grey pixels across the page that the original does not have.
    grey_marked, grey_original = _grey_pixels(tmp_path, marked), _grey_pixels(tmp_path, original)
    assert grey_marked > 3 * grey_original and grey_marked > grey_original + 8_000


def _grey_pixels(tmp_path: Path, pdf: bytes) -> int:
    path = _write(tmp_path, pdf, "grey.pdf")
    _run([_tool("pdftoppm"), "-r", "60", "-gray", "-f", "1", "-l", "1", str(path), str(tmp_path / "grey")])
    (pgm,) = tmp_path.glob("grey*.pgm")
    data = pgm.read_bytes()
    pgm.unlink()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", data)
    assert header
    pixels = data[header.end():]
    return sum(1 for v in pixels if 190 <= v <= 225)


# ---------------------------------------------------------------------------------------------- the bench
BENCH = Path(__file__).resolve().parents[2] / "bench" / "letters.py"


def test_bench_help_answers() -> None:
    result = subprocess.run([sys.executable, str(BENCH), "--help"], capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert "--letters" in result.stdout and "--weasyprint-letters" in result.stdout


@pytest.mark.slow
def test_bench_tiny_run_ends_with_its_figures_as_json() -> None:
    """No wall-clock assertion: only that it runs, compares like with like and reports (DESIGN §8)."""
    result = subprocess.run(
        [sys.executable, str(BENCH), "--letters", "20", "--batch", "20", "--platypus-letters", "10",
         "--weasyprint-letters", "0", "--repeat", "1"],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["letters_per_s"] > 0 and figures["batch_20_s"] > 0 and figures["platypus_letters_per_s"] > 0
    assert figures["batch_pages"] == figures["pages"]  # the batch holds every page of the letters
    assert figures["weasyprint_letters_per_s"] is None and figures["ratio_vs_weasyprint"] is None
    assert set(figures["targets_met"]) == {"letters_per_s", "ratio_vs_platypus", "ratio_vs_weasyprint"}
