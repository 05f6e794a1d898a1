"""Attestations and the deposit list read back from the PDF (DESIGN §7): what each service's attestation says, the
address in the window, the barcodes as a scanner reads them (pdftoppm + zbarimg), embedded fonts, same bytes for
the same content; the deposit list's item barcodes, count and pages. No database.

The tools, and what their absence does: ``tests/pdf_tools.py``."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pdf_tools import MM, RETURN_Y1, WIN_X0, WIN_X1, WIN_Y0, WIN_Y1
from pdf_tools import norm as _norm
from pdf_tools import run as _run
from pdf_tools import tool as _tool
from pdf_tools import words as _words
from pdf_tools import write as _write

from ocpm_desk.infrastructure.pdf.attestation import render_attestation
from ocpm_desk.infrastructure.pdf.deposit_list import render_deposit_list
from ocpm_desk.infrastructure.pdf.samples import SAMPLE_REFERENCE, sample_attestation, sample_deposit_list
from ocpm_desk.kernel.documents import (
    AttestationContent,
    AttestedPerson,
    permit_label,
    verification_code,
    verification_source,
)

EPS = 0.5
SERVICES = ("ATT-RES", "ATT-RES-HIST", "ATT-RES-CIV", "ATT-DEP", "ATT-DEP-HIST")


def _pages_text(tmp_path: Path, pdf: bytes) -> list[str]:
    out = _run([_tool("pdftotext"), "-layout", str(_write(tmp_path, pdf)), "-"])
    return [_norm(page) for page in out.split("\f") if page.strip()]


def _decode(tmp_path: Path, pdf: bytes, page: int, dpi: int = 300) -> list[str]:
    pdftoppm, zbarimg = _tool("pdftoppm"), _tool("zbarimg")
    path = _write(tmp_path, pdf, f"scan{page}.pdf")
    _run([pdftoppm, "-r", str(dpi), "-png", "-f", str(page), "-l", str(page), str(path), str(tmp_path / f"p{page}")])
    (png,) = sorted(tmp_path.glob(f"p{page}-*.png"))
    result = subprocess.run([zbarimg, "--raw", "-q", str(png)], capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode in (0, 4), f"zbarimg failed: {result.stderr}"  # 4: no barcode on the page
    return result.stdout.split()


# ---------------------------------------------------------------------------------------------- attestations
EXPECTED = {
    "ATT-RES": ("ATTESTATION DE RÉSIDENCE", "réside dans le canton de Genève depuis le 1er janvier 2015",
                "Lieu d'origine Genève GE", "Nombre d'exemplaires commandés : 2"),
    "ATT-RES-HIST": ("ATTESTATION DE RÉSIDENCE AVEC HISTORIQUE DES SÉJOURS", "Historique des séjours",
                     "Du Au Adresse", "01.01.2015 30.09.2019 Boulevard Carl-Vogt 45, 1205 Genève",
                     "01.10.2019 à ce jour Rue de Carouge 12, 1205 Genève"),
    "ATT-RES-CIV": ("ATTESTATION DE RÉSIDENCE AVEC DROITS CIVIQUES", "jouit de ses droits civiques",
                    "inscrite au rôle des électeurs"),
    "ATT-DEP": ("ATTESTATION DE DÉPART", "Permis C (établissement)", "Dernière adresse à Genève",
                "a annoncé son départ du canton de Genève le 30 juin 2026, à destination de Lyon (France)",
                "Il a résidé dans le canton de Genève du 1er septembre 2009 au 30 juin 2026"),
    "ATT-DEP-HIST": ("ATTESTATION DE DÉPART AVEC HISTORIQUE", "Permis C (établissement)",
                     "01.09.2009 31.03.2014 Rue des Pâquis 21, 1201 Genève"),
}


@pytest.mark.parametrize("service", SERVICES)
def test_each_attestation_says_what_it_must(tmp_path: Path, service: str) -> None:
    content = sample_attestation(service)
    pages = _pages_text(tmp_path, render_attestation(content))
    assert len(pages) == 1
    text = pages[0]
    p = content.person
    for expected in (*EXPECTED[service], f"Notre référence : {SAMPLE_REFERENCE}", "Genève, le 26 novembre 2026",
                     "L'Office cantonal de la population et des migrations atteste que",
                     f"Nom {p.last_name}", f"Prénom(s) {p.first_names}", f"Nationalité {p.nationality}",
                     content.verification_code,
                     "Page 1/1"):
        assert expected in text, f"{expected!r} missing from {service}"
    # The signature sits in the right column, beside the verification code.
    right = _norm(" ".join(w[4] for w in _words(tmp_path, render_attestation(content))[0]
                           if w[0] >= WIN_X0 - 3 and w[1] > WIN_Y1 + 20 * MM))
    assert f"{content.signatory} Document établi électroniquement, valable sans signature" in right
    assert ("14 mars 1988" if p.sex == "F" else "1er août 1979") in text
    assert ("Sexe Féminin" if p.sex == "F" else "Sexe Masculin") in text
    assert text.index(EXPECTED[service][0]) < text.index("Personne concernée") < text.index("Code de vérification")
    # The title says exactly its service (no other service's longer title).
    assert sum(title in text for title in (e[0] for e in EXPECTED.values())) == sum(
        e[0] in EXPECTED[service][0] for e in EXPECTED.values())


def test_civic_rights_not_held_and_departure_without_destination_are_said(tmp_path: Path) -> None:
    civ = replace(sample_attestation("ATT-RES-CIV"), civic_rights=False)
    assert "ne peut pas exercer ses droits politiques" in _pages_text(tmp_path, render_attestation(civ))[0]
    dep = replace(sample_attestation("ATT-DEP"), destination=None)
    assert "sans indiquer de destination" in _pages_text(tmp_path, render_attestation(dep))[0]


@pytest.mark.parametrize("registered", [False, True])
def test_attestation_address_lies_in_the_window_and_recommande_only_when_registered(tmp_path: Path,
                                                                                   registered: bool) -> None:
    content = sample_attestation("ATT-RES", registered=registered)
    page = _words(tmp_path, render_attestation(content))[0]
    top_zone = [w for w in page if WIN_Y0 - 3 <= w[1] < RETURN_Y1 and w[0] >= WIN_X0 - 3]
    assert [w[4] for w in top_zone if w[4] != "RECOMMANDÉ"] == content.letterhead.return_address.split()
    assert any(w[4] == "RECOMMANDÉ" for w in top_zone) is registered
    assert all(w[4] != "RECOMMANDÉ" for w in page) is not registered
    expected = " ".join(content.address_lines).split()
    address = [w for w in page if w[0] >= WIN_X0 - 3 and RETURN_Y1 - EPS < w[1] < WIN_Y1]
    assert [w[4] for w in address] == expected
    for x0, y0, x1, y1, text in address:
        assert x0 >= WIN_X0 - EPS and x1 <= WIN_X1 + EPS and y0 >= RETURN_Y1 - EPS and y1 <= WIN_Y1 + EPS, text


@pytest.mark.parametrize("service", ["ATT-RES", "ATT-DEP-HIST"])
def test_attestation_barcode_decodes_to_the_reference(tmp_path: Path, service: str) -> None:
    assert _decode(tmp_path, render_attestation(sample_attestation(service)), 1) == [SAMPLE_REFERENCE]


def test_long_history_spans_pages_with_the_header_repeated_and_barcode_on_each(tmp_path: Path) -> None:
    pdf = render_attestation(sample_attestation("ATT-RES-HIST", long_history=True))
    pages = _pages_text(tmp_path, pdf)
    assert len(pages) >= 2
    for i, text in enumerate(pages, 1):
        assert f"Page {i}/{len(pages)}" in text
    for text in pages[1:]:
        assert "Notre référence : ED-2026-00012345" in text  # the short header
        if "31.12." in text:
            assert "Du Au Adresse" in text
    assert "1228 Plan-les-Ouates" in " ".join(pages)  # never split after the postcode
    assert pages[-1].count("Code de vérification") == 1
    assert _decode(tmp_path, pdf, 2) == [SAMPLE_REFERENCE]


def test_same_attestation_same_bytes_other_content_other_bytes() -> None:
    content = sample_attestation("ATT-RES-HIST")
    assert render_attestation(content) == render_attestation(sample_attestation("ATT-RES-HIST"))
    assert render_attestation(content) != render_attestation(replace(content, quantity=3))


def test_documents_embed_their_fonts_and_never_use_helvetica(tmp_path: Path) -> None:
    for name, pdf in (("att.pdf", render_attestation(sample_attestation("ATT-RES-CIV"))),
                      ("dep.pdf", render_deposit_list(sample_deposit_list(3)))):
        out = _run([_tool("pdffonts"), str(_write(tmp_path, pdf, name))])
        rows = out.splitlines()[2:]
        assert rows, out
        for row in rows:
            assert "Helvetica" not in row and " yes " in row, row  # emb column


def test_verification_code_is_short_grouped_and_follows_the_data() -> None:
    person = AttestedPerson("Dupont", "Anne", date(1988, 3, 14), "F", "Suisse")
    source = verification_source(SAMPLE_REFERENCE, "ATT-RES", date(2026, 11, 26), person)
    code = verification_code(SAMPLE_REFERENCE, source)
    assert re.fullmatch(r"[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}", code)
    assert code == verification_code(SAMPLE_REFERENCE, source)
    other = verification_source(SAMPLE_REFERENCE, "ATT-RES", date(2026, 11, 26), replace(person, first_names="Anna"))
    assert verification_code(SAMPLE_REFERENCE, other) != code
    assert verification_code("ED-2026-00012346", source) != code


def test_permit_labels() -> None:
    assert permit_label("C") == "Permis C (établissement)"
    assert permit_label("ci") == permit_label("Ci")
    assert permit_label("G") == "Permis G"
    for code in ("L", "B", "C", "Ci", "N", "F", "S"):
        assert permit_label(code).startswith(f"Permis {code} (")


def test_attestation_content_flags() -> None:
    dep: AttestationContent = sample_attestation("ATT-DEP-HIST")
    assert dep.departure and dep.with_history and dep.title == "ATTESTATION DE DÉPART AVEC HISTORIQUE"
    res = sample_attestation("ATT-RES")
    assert not res.departure and not res.with_history


# ---------------------------------------------------------------------------------------------- deposit list
def test_deposit_list_every_item_barcode_decodes_and_the_count_is_printed(tmp_path: Path) -> None:
    content = sample_deposit_list(6)
    pdf = render_deposit_list(content)
    assert sorted(_decode(tmp_path, pdf, 1)) == sorted(item.barcode_value for item in content.items)
    assert any(item.item_number.startswith("RR") for item in content.items)  # an S10 number too
    (text,) = _pages_text(tmp_path, pdf)
    for expected in ("Liste de dépôt — envois recommandés", "Date de dépôt : 26 novembre 2026",
                     "Office cantonal de la population et des migrations", "Route de Chancy 88",
                     "Total : 6 envois recommandés", "Nombre d'envois : 6 envois recommandés", "Page 1/1"):
        assert expected in text, expected
    for item in content.items:
        assert item.item_number in text and item.reference in text


def test_sixty_items_span_pages_with_the_header_repeated(tmp_path: Path) -> None:
    content = sample_deposit_list(60)
    pdf = render_deposit_list(content)
    pages = _pages_text(tmp_path, pdf)
    assert len(pages) >= 4
    for i, text in enumerate(pages, 1):
        assert f"Page {i}/{len(pages)}" in text
    with_rows = [text for text in pages if "ED-2026-" in text]
    assert len(with_rows) >= 4
    for text in with_rows:
        assert "N° N° d'envoi Prestation Destinataire Localité Référence" in text
    joined = " ".join(pages)
    for item in content.items:
        assert joined.count(item.item_number) == 1
    assert "Total : 60 envois recommandés" in pages[-1]
    decoded = [value for page in range(1, len(pages) + 1) for value in _decode(tmp_path, pdf, page)]
    assert sorted(decoded) == sorted(item.barcode_value for item in content.items)


def test_same_deposit_list_same_bytes() -> None:
    assert render_deposit_list(sample_deposit_list(20)) == render_deposit_list(sample_deposit_list(20))
    assert render_deposit_list(sample_deposit_list(20)) != render_deposit_list(sample_deposit_list(21))


def test_an_empty_deposit_list_is_one_page_with_a_zero_total(tmp_path: Path) -> None:
    (text,) = _pages_text(tmp_path, render_deposit_list(sample_deposit_list(0)))
    assert "Total : 0 envois recommandés" in text and "Page 1/1" in text
