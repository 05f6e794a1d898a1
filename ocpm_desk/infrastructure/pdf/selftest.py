"""A one-page PDF that exercises the letter machinery: embedded font, A4, barcode. Used by ``--self-test``."""

from __future__ import annotations

import hashlib
import io

from reportlab.graphics.barcode import code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from ocpm_desk.infrastructure.pdf.fonts import BOLD, REGULAR, register_fonts


def render_test_page(reference: str = "ED-2026-00000001") -> bytes:
    """Bytes of a reproducible A4 page (invariant=1: same input, same bytes)."""
    register_fonts()
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("OCPM Desk — self-test")
    c.setAuthor("OCPM Desk")
    _width, height = A4
    c.setFont(BOLD, 11)
    c.drawString(20 * mm, height - 20 * mm, "RÉPUBLIQUE ET CANTON DE GENÈVE")
    c.setFont(REGULAR, 10)
    c.drawString(20 * mm, height - 26 * mm, "Office cantonal de la population et des migrations")
    c.drawString(20 * mm, height - 40 * mm, "Auto-test d'OCPM Desk : police intégrée, accents é à è ç ô, CHF 25.00")
    barcode = code128.Code128(reference, barHeight=10 * mm, barWidth=0.3 * mm)
    barcode.drawOn(c, 20 * mm, 20 * mm)
    c.setFont(REGULAR, 8)
    c.drawString(20 * mm, 15 * mm, reference)
    c.showPage()
    c.save()
    return buffer.getvalue()


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
