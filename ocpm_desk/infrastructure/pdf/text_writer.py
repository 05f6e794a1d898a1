"""``TextWriter``: text written fast into a reportlab canvas, byte for byte as reportlab writes it (DESIGN §7).

Used by every PDF the office prints (letters, attestation, deposit list); ``TextRun`` is what it draws.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

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

