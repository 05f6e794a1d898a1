"""The fonts shipped in ``resources/fonts``, registered once with reportlab and embedded in every PDF.

``prepare_fonts`` is what every PDF writer calls before drawing: it registers them once per process and caches the
embedding of their subsets on our font objects (``_cache_embedding``: the bytes written stay reportlab's).
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfdoc, pdfmetrics
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
