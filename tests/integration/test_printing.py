"""The print path (adapters/printing.py): merging, the PDF-file sink, and CUPS through a private cupsd + cups-pdf."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import time
from datetime import UTC
from pathlib import Path

import pytest
from cups_server import CupsServer, make_letters
from pypdf import PdfReader

from ocpm_desk.infrastructure.printing import (
    CupsPrinter,
    PdfFileSink,
    PrintFailed,
    count_pages,
    cups_printers,
    merge_pdfs,
)


def _page_texts(pdf: Path | bytes, tmp_path: Path) -> list[str]:
    """pdftotext of each page, whitespace-normalised."""
    if isinstance(pdf, bytes):
        path = tmp_path / f"sent-{time.monotonic_ns()}.pdf"
        path.write_bytes(pdf)
    else:
        path = pdf
    pages = len(PdfReader(path).pages)
    texts = []
    for number in range(1, pages + 1):
        out = subprocess.run(
            ["pdftotext", "-f", str(number), "-l", str(number), str(path), "-"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        texts.append(" ".join(out.stdout.split()))
    return texts


needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")


# ---------------------------------------------------------------------------------------------------------------
# merging


def test_merge_keeps_every_page_in_order_and_is_deterministic() -> None:
    parts = [*make_letters(1, pages=1, tag="Décision"), *make_letters(2, pages=3, tag="Lettre"),
             *make_letters(1, pages=2, tag="Audition")]  # fmt: skip
    merged = merge_pdfs(parts)
    texts = [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(merged)).pages]
    assert [t.split(" Office")[0] for t in texts] == [
        "Décision 0001 page 1",
        "Lettre 0001 page 1", "Lettre 0001 page 2", "Lettre 0001 page 3",
        "Lettre 0002 page 1", "Lettre 0002 page 2", "Lettre 0002 page 3",
        "Audition 0001 page 1", "Audition 0001 page 2",
    ]  # fmt: skip
    assert count_pages(merged) == 9
    assert merge_pdfs(parts) == merged  # byte for byte
    assert merge_pdfs(list(reversed(parts))) != merged


@needs_pdftotext
def test_merge_text_matches_pdftotext_of_the_parts(tmp_path: Path) -> None:
    parts = make_letters(3, pages=2)
    expected = [text for part in parts for text in _page_texts(part, tmp_path)]
    assert _page_texts(merge_pdfs(parts), tmp_path) == expected


def test_merge_reports_progress_and_can_be_cancelled() -> None:
    parts = make_letters(4, pages=1)
    seen: list[tuple[int, int]] = []
    merge_pdfs(parts, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]

    class Cancelled(Exception):
        pass

    def cancel_at_two(done: int, total: int) -> None:
        if done == 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        merge_pdfs(parts, progress=cancel_at_two)


def test_merge_refuses_nothing_and_names_the_unreadable_document() -> None:
    with pytest.raises(ValueError, match="no PDF"):
        merge_pdfs([])
    good = make_letters(1)[0]
    with pytest.raises(ValueError, match="document 2 of 3 is not a readable PDF"):
        merge_pdfs([good, b"not a pdf at all", good])
    assert count_pages(b"not a pdf") is None


def test_merging_500_two_page_letters_keeps_every_page_in_order() -> None:
    letters = make_letters(500, pages=2)
    merged = merge_pdfs(letters)
    assert count_pages(merged) == 1000
    pages = PdfReader(io.BytesIO(merged)).pages
    for index in (0, 1, 2, 499, 998, 999):  # letter n's page p is page 2(n-1)+p of the batch
        assert f"Lettre {index // 2 + 1:04d} page {index % 2 + 1}" in pages[index].extract_text()


# ---------------------------------------------------------------------------------------------------------------
# PDF file sink


def test_pdf_file_sink_writes_the_job_and_replaces_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "lot.pdf"
    first, second = merge_pdfs(make_letters(2)), merge_pdfs(make_letters(5))
    sink = PdfFileSink(target)
    receipt = sink.submit(first, title="Lot 1")
    assert target.read_bytes() == first
    assert (receipt.target, receipt.job_id, receipt.pages, receipt.bytes) == (sink.name, "lot.pdf", 4, len(first))
    assert receipt.accepted_at.tzinfo is UTC
    sink.submit(second, title="Lot 2", copies=2)
    assert target.read_bytes() == second
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lot.pdf"]  # no temporary file left behind


def test_pdf_file_sink_keeps_the_old_file_when_the_write_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "lot.pdf"
    old = merge_pdfs(make_letters(1))
    target.write_bytes(old)

    def disk_full(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(PrintFailed, match="No space left on device"):
        PdfFileSink(target).submit(merge_pdfs(make_letters(3)), title="Lot")
    assert target.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lot.pdf"]


@pytest.mark.parametrize("where", ["missing-folder", "folder-is-a-file"])
def test_pdf_file_sink_says_plainly_why_it_cannot_write(tmp_path: Path, where: str) -> None:
    if where == "missing-folder":
        target = tmp_path / "nowhere" / "lot.pdf"
    else:
        (tmp_path / "plain").write_text("x")
        target = tmp_path / "plain" / "lot.pdf"
    with pytest.raises(PrintFailed) as failed:
        PdfFileSink(target).submit(merge_pdfs(make_letters(1)), title="Lot")
    message = str(failed.value)
    assert f"Could not write the print file {target}" in message
    assert "Check that the folder exists" in message
    assert "Traceback" not in message and "Errno" not in message


# ---------------------------------------------------------------------------------------------------------------
# CUPS


@needs_pdftotext
def test_cups_accepts_a_merged_job_and_cups_pdf_prints_every_page(cups_server: CupsServer, tmp_path: Path) -> None:
    documents = [*make_letters(1, pages=2, tag="Lettre"), *make_letters(1, pages=1, tag="Décision"),
                 *make_letters(1, pages=3, tag="Audition")]  # fmt: skip
    merged = merge_pdfs(documents)
    receipt = cups_server.printer_target().submit(merged, title="Lot du jour", copies=1)
    assert receipt.target == "ocpm-pdf"
    assert receipt.job_id.startswith("ocpm-pdf-") and receipt.job_id.rsplit("-", 1)[1].isdigit()
    assert (receipt.pages, receipt.bytes) == (6, len(merged))
    assert receipt.accepted_at.tzinfo is UTC

    produced = cups_server.wait_output(receipt.job_id)
    assert len(PdfReader(produced).pages) == 6
    assert _page_texts(produced, tmp_path) == _page_texts(merged, tmp_path)


def test_cups_refuses_an_unknown_printer_naming_it(cups_server: CupsServer) -> None:
    with pytest.raises(PrintFailed) as failed:
        CupsPrinter("no-such-printer", server=cups_server.server).submit(merge_pdfs(make_letters(1)), title="Lot")
    message = str(failed.value)
    assert "“no-such-printer”" in message
    assert "did not accept" in message


def test_cups_printers_lists_the_private_printer(cups_server: CupsServer) -> None:
    printers = cups_printers(cups_server.server)
    assert [(p.name, p.accepting) for p in printers] == [("ocpm-pdf", True)]
    assert not printers[0].is_default
    cups_server.run("lpadmin", "-d", "ocpm-pdf")
    assert cups_printers(cups_server.server)[0].is_default
    cups_server.run("cupsreject", "ocpm-pdf")
    try:
        assert [(p.name, p.accepting) for p in cups_printers(cups_server.server)] == [("ocpm-pdf", False)]
        with pytest.raises(PrintFailed, match="ocpm-pdf"):
            cups_server.printer_target().submit(merge_pdfs(make_letters(1)), title="Lot")
    finally:
        cups_server.run("cupsaccept", "ocpm-pdf")


def test_without_a_reachable_cups_server_there_are_no_printers_and_printing_fails(tmp_path: Path) -> None:
    nowhere = str(tmp_path / "no-cups.sock")
    assert cups_printers(nowhere) == []
    assert cups_printers("127.0.0.1:9") == []
    if shutil.which("lp"):
        with pytest.raises(PrintFailed, match="“ocpm-pdf”"):
            CupsPrinter("ocpm-pdf", server=nowhere).submit(merge_pdfs(make_letters(1)), title="Lot")


def test_without_cups_tools_there_are_no_printers_and_printing_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no lp, no lpstat
    assert cups_printers() == []
    with pytest.raises(PrintFailed, match="Install CUPS"):
        CupsPrinter("ocpm-pdf").submit(merge_pdfs(make_letters(1)), title="Lot")


def test_cups_printer_checks_its_arguments() -> None:
    with pytest.raises(ValueError):
        CupsPrinter("bad/name")
    printer = CupsPrinter("ocpm-pdf", lp="/nonexistent/lp")
    with pytest.raises(ValueError, match="copies"):
        printer.submit(b"%PDF", title="x", copies=0)
    with pytest.raises(PrintFailed, match="/nonexistent/lp"):
        printer.submit(b"%PDF", title="x")


@pytest.mark.slow
def test_a_500_letter_job_is_handed_to_cups_quickly(cups_server: CupsServer) -> None:
    from cups_server import bench_print

    figures = bench_print(cups_server, documents=500, pages=2, wait_output=os.environ.get("OCPM_BENCH_WAIT") == "1")
    print("\n" + ", ".join(f"{k}={v:.2f}" for k, v in figures.items()))
    assert figures["pages"] == 1000
    assert figures["merge_s"] < 5.0
    assert figures["submit_s"] < 10.0
