"""Reading produced PDFs back in tests: poppler's pdftotext (text and word boxes), pdftoppm + zbarimg (barcodes).

A missing tool skips the test outside CI and fails it under ``CI=true`` (``scripts/system-deps.sh`` installs
poppler-utils and zbar-tools)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

IN_CI = os.environ.get("CI", "").lower() == "true"
MM = 72 / 25.4
# The window of a C5 envelope with a right window (SN 010130), in points from the top-left corner.
WIN_X0, WIN_X1 = 112 * MM, (112 + 90) * MM
WIN_Y0, WIN_Y1 = 45 * MM, (45 + 45) * MM
RETURN_Y1 = WIN_Y0 + 5 * MM

_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
_PAGE = re.compile(r"<page .*?</page>", re.S)

Word = tuple[float, float, float, float, str]


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (scripts/system-deps.sh installs poppler-utils and zbar-tools)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path


def run(args: list[str]) -> str:
    result = subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, f"{args[0]} failed: {result.stderr}"
    return result.stdout


def write(tmp_path: Path, pdf: bytes, name: str = "doc.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def pdftext(pdf: bytes) -> str:
    """The PDF's text with its layout kept (pages separated by form feeds)."""
    result = subprocess.run([tool("pdftotext"), "-layout", "-", "-"], input=pdf, capture_output=True, timeout=120,
                            check=False)
    assert result.returncode == 0, f"pdftotext failed: {result.stderr.decode(errors='replace')}"
    return result.stdout.decode("utf-8")


def words(tmp_path: Path, pdf: bytes) -> list[list[Word]]:
    """Per page, every word with its box (points, origin top left)."""
    out = run([tool("pdftotext"), "-bbox", str(write(tmp_path, pdf)), "-"])
    pages = []
    for page in _PAGE.findall(out):
        found = []
        for x0, y0, x1, y1, text in _WORD.findall(page):
            text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&apos;", "'")
            found.append((float(x0), float(y0), float(x1), float(y1), text.replace("&quot;", '"')))
        pages.append(found)
    return pages
