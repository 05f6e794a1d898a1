"""The fonts shipped in ``resources/fonts``, registered once with reportlab and embedded in every PDF."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ocpm_desk.resources import resources_dir

REGULAR = "OCPMSans"
BOLD = "OCPMSans-Bold"
ITALIC = "OCPMSans-Oblique"

#: Our font names and their files in ``resources/fonts`` (their SHA-256 is part of the renderer's fingerprint).
FONT_FILES = ((REGULAR, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf"), (ITALIC, "DejaVuSans-Oblique.ttf"))


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@cache
def register_fonts() -> tuple[str, str, str]:
    """Register DejaVu Sans under our names (reportlab would otherwise fall back to unembedded Helvetica)."""
    fonts = fonts_dir()
    for name, file in FONT_FILES:
        pdfmetrics.registerFont(TTFont(name, str(fonts / file)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
    return REGULAR, BOLD, ITALIC
