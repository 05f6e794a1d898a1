"""The renderer's fingerprint: what, besides a letter's content, decides the bytes of its PDF.

An issued decision's PDF is rendered again from its approved content to prove it is what was approved
(``services/archive.py``); that can only give the same bytes with the same renderer. The fingerprint names it:

* ``reportlab``: its version — it draws the letters and, with ``reportlab.graphics.barcode.code128``, their
  barcodes (no other library draws anything);
* ``accel``: the version of its C accelerator (``rl_accel``: number formatting, escaping, string widths), or
  ``none`` when reportlab runs its pure-Python fallbacks;
* ``zlib``: the compressor of the page and font streams (a bundled zlib differs from the system's);
* ``fonts``: SHA-256 over the SHA-256 of each embedded font file (``resources/fonts``);
* ``template``: ``letters.TEMPLATE_VERSION``, the layout and fixed texts;
* ``letterhead``: SHA-256 of the letterhead in force (a setting, printed on every first page).

One line of text, e.g. ``reportlab=5.1.0 accel=0.9.1 zlib=1.2.13 fonts=… template=1 letterhead=…``: readable in the
audit trail, where ``decision.issued`` seals it, so that a changed fingerprint says what changed.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import asdict
from functools import cache, lru_cache
from pathlib import Path

from ocpm_desk.kernel.letters import Letterhead


def _accel_version() -> str:
    from reportlab.lib import rl_accel

    if not getattr(rl_accel, "_c_funcs", None):
        return "none"
    try:
        import _rl_accel  # reportlab's C accelerator (package rl_accel)
    except ImportError:
        return "none"
    return str(getattr(_rl_accel, "version", "unknown"))


def _file_sha256(path: Path) -> str:
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


@cache
def _renderer_parts() -> str:
    """Everything but the letterhead: fixed for the life of the process (computed once)."""
    import reportlab

    from ocpm_desk.infrastructure.pdf.fonts import FONT_FILES, fonts_dir
    from ocpm_desk.infrastructure.pdf.letters import TEMPLATE_VERSION

    folder = fonts_dir()
    fonts = "".join(f"{name}:{file}:{_file_sha256(folder / file)}\n" for name, file in FONT_FILES)
    return (f"reportlab={reportlab.Version} accel={_accel_version()} zlib={zlib.ZLIB_RUNTIME_VERSION} "
            f"fonts={hashlib.sha256(fonts.encode()).hexdigest()} template={TEMPLATE_VERSION}")


def letterhead_sha256(letterhead: Letterhead) -> str:
    text = json.dumps(asdict(letterhead), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=8)
def renderer_fingerprint(letterhead: Letterhead) -> str:
    """The fingerprint of today's renderer drawing letters under ``letterhead`` (cached)."""
    return f"{_renderer_parts()} letterhead={letterhead_sha256(letterhead)}"
