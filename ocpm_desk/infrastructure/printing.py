"""The print path: PDFs merged into one job and handed, as PDF, to the print system.

One interface (:class:`PrintTarget`), two adapters here:

- :class:`CupsPrinter` sends the job to CUPS with ``lp`` (the PDF on standard input, ``document-format`` PDF); the
  job counts as handed over only once ``lp`` reports the request id, i.e. once the scheduler has accepted it.
- :class:`PdfFileSink` writes the job to a PDF file, atomically (``seed-demo``, tests, "print to file").

The GUI adds a QtPdf rasterising fallback where no PDF-capable path exists; it is not here (adapters never import
Qt). Nothing in this module marks anything printed: callers do that after :meth:`PrintTarget.submit` returned.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from pypdf import PdfReader, PdfWriter

from ocpm_desk.kernel import clock
from ocpm_desk.kernel.phrases import QT_TRANSLATE_NOOP, Phrase, render

__all__ = [
    "CupsPrinter",
    "PdfFileSink",
    "PrintFailed",
    "PrintReceipt",
    "PrintTarget",
    "PrinterInfo",
    "count_pages",
    "cups_printers",
    "merge_pdfs",
]

# lp/lpstat need the whole job on stdin and a scheduler answer; a 500-letter job is a few tens of MB.
LP_TIMEOUT_S = 300.0
LPSTAT_TIMEOUT_S = 15.0
_REQUEST_ID = re.compile(r"request id is (\S+)")


class PrintFailed(Exception):
    """The print system did not accept the job. The message says, in plain English, what to check; it is a marked
    template with its values (``phrase``), which the GUI says in the user's language (see ``domain.phrases``)."""

    def __init__(self, template: str, /, **params: Any) -> None:
        super().__init__(render(template, params))
        self.phrase = Phrase(template, **params)


@dataclass(frozen=True)
class PrintReceipt:
    """What the print system acknowledged: the job exists there from ``accepted_at`` on."""

    target: str
    job_id: str
    pages: int | None
    bytes: int
    accepted_at: datetime  # UTC


@dataclass(frozen=True)
class PrinterInfo:
    name: str
    is_default: bool
    accepting: bool


class PrintTarget(Protocol):
    name: str

    def submit(self, pdf: bytes, *, title: str, copies: int = 1) -> PrintReceipt:
        """Hand ``pdf`` over as one job; return once the print system accepted it, else raise PrintFailed."""
        ...


# ---------------------------------------------------------------------------------------------------------------
# merging


def merge_pdfs(parts: Sequence[bytes], *, progress: Callable[[int, int], None] | None = None) -> bytes:
    """One PDF with every page of ``parts``, in order. Identical input gives identical bytes.

    ``progress(done, total)`` is called after each part (for a progress bar; raising from it cancels the merge).
    Cost is in parsing each part: ~2 ms for a small two-page PDF, ~17 ms for a real two-page letter with its
    embedded fonts (500 of those: ~9 s) — run it off the GUI thread.
    """
    if not parts:
        raise ValueError("nothing to merge: no PDF given")
    writer = PdfWriter()
    for index, part in enumerate(parts):
        try:
            reader = PdfReader(io.BytesIO(part))
            for page in reader.pages:
                writer.add_page(page)
        except Exception as exc:  # pypdf raises several types for a damaged file
            raise ValueError(f"document {index + 1} of {len(parts)} is not a readable PDF: {exc}") from exc
        if progress is not None:
            progress(index + 1, len(parts))
    # No /Info dates and a file identifier derived from the content: the same input merges to the same bytes.
    writer.add_metadata({"/Producer": "OCPM Desk"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def count_pages(pdf: bytes) -> int | None:
    """The page count the PDF declares, or None when it cannot be read (never raises)."""
    try:
        return len(PdfReader(io.BytesIO(pdf)).pages)
    except Exception:
        return None


# ---------------------------------------------------------------------------------------------------------------
# CUPS


def _cups_env(server: str | None) -> dict[str, str]:
    # The child's environment, not a setting: lp/lpstat read CUPS_SERVER, the locale and the rest from it, so it is
    # handed on whole (the one documented exception of ocpm_desk.infrastructure.config,
    # tests/unit/test_configuration.py).
    env = dict(os.environ)
    env["LC_ALL"] = "C"  # lp/lpstat messages are parsed: keep them in English
    env["LANG"] = "C"
    if server:
        env["CUPS_SERVER"] = server
    return env


def _check_job(pdf: bytes, copies: int) -> None:
    """A print job is at least one copy of a PDF that is not empty (a programming error otherwise)."""
    if copies < 1:
        raise ValueError("copies must be at least 1")
    if not pdf:
        raise ValueError("nothing to print: the PDF is empty")


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else ""


class CupsPrinter:
    """A CUPS queue reached with ``lp``; ``server`` (host[:port] or a socket path) overrides the default server."""

    def __init__(self, name: str, *, server: str | None = None, lp: str = "lp") -> None:
        if not name or name.strip() != name or "/" in name:
            raise ValueError(f"not a CUPS printer name: {name!r}")
        self.name = name
        self.server = server
        self.lp = lp

    def __repr__(self) -> str:
        where = f" on {self.server}" if self.server else ""
        return f"CupsPrinter({self.name!r}{where})"

    def submit(self, pdf: bytes, *, title: str, copies: int = 1) -> PrintReceipt:
        _check_job(pdf, copies)
        lp = shutil.which(self.lp)
        if lp is None:
            raise PrintFailed(QT_TRANSLATE_NOOP(
                "Message", "Could not print on “{printer}”: the print command “{command}” was not found. Install CUPS "
                "(Debian package cups-client) or choose another printer."), printer=self.name, command=self.lp)
        args = [lp]
        if self.server:
            args += ["-h", self.server]
        args += ["-d", self.name, "-n", str(copies), "-t", title or "OCPM Desk",
                 "-o", "document-format=application/pdf", "-"]  # fmt: skip
        try:
            done = subprocess.run(
                args, input=pdf, capture_output=True, env=_cups_env(self.server), timeout=LP_TIMEOUT_S, check=False
            )
        except subprocess.TimeoutExpired as exc:
            raise PrintFailed(QT_TRANSLATE_NOOP(
                "Message", "Could not print on “{printer}”: the print system did not answer within {seconds:.0f} s. "
                "Check that CUPS is running, then print again."), printer=self.name, seconds=LP_TIMEOUT_S) from exc
        except OSError as exc:
            raise PrintFailed(QT_TRANSLATE_NOOP(
                "Message", "Could not print on “{printer}”: {command} could not be started ({detail})."),
                printer=self.name, command=self.lp, detail=str(exc)) from exc
        stdout = done.stdout.decode("utf-8", "replace")
        stderr = done.stderr.decode("utf-8", "replace")
        match = _REQUEST_ID.search(stdout)
        if done.returncode != 0 or match is None:
            reason: str | Phrase = _first_line(stderr) or _first_line(stdout) or Phrase(QT_TRANSLATE_NOOP(
                "Message", "{command} exited with status {status}"), command=self.lp, status=done.returncode)
            raise PrintFailed(QT_TRANSLATE_NOOP(
                "Message", "The print system did not accept the job for printer “{printer}”: {reason}. Check the "
                "printer name and that it is accepting jobs, then print again."), printer=self.name, reason=reason)
        return PrintReceipt(
            target=self.name,
            job_id=match.group(1),
            pages=count_pages(pdf),
            bytes=len(pdf),
            accepted_at=clock.now(),
        )


def _lpstat(args: list[str], server: str | None) -> str | None:
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return None
    try:
        done = subprocess.run(
            [lpstat, *args], capture_output=True, env=_cups_env(server), timeout=LPSTAT_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", "replace")


def cups_printers(server: str | None = None) -> list[PrinterInfo]:
    """The CUPS destinations (default first, then by name); [] when CUPS is absent or unreachable. Never raises."""
    names_out = _lpstat(["-e"], server)
    if not names_out:
        return []
    names = [line.strip() for line in names_out.splitlines() if line.strip()]
    default_out = _lpstat(["-d"], server) or ""
    found = re.search(r"system default destination:\s*(\S+)", default_out)
    default = found.group(1) if found else None
    accepting: set[str] = set()
    for line in (_lpstat(["-a"], server) or "").splitlines():
        head, _, rest = line.partition(" ")
        if rest.startswith("accepting requests"):
            accepting.add(head)
    infos = [PrinterInfo(name=n, is_default=n == default, accepting=n in accepting) for n in names]
    return sorted(infos, key=lambda p: (not p.is_default, p.name))


# ---------------------------------------------------------------------------------------------------------------
# PDF file


class PdfFileSink:
    """Writes each job to ``path`` (replacing it), atomically: readers see the old file or the whole new one."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.name = f"file:{self.path}"

    def __repr__(self) -> str:
        return f"PdfFileSink({str(self.path)!r})"

    def submit(self, pdf: bytes, *, title: str, copies: int = 1) -> PrintReceipt:
        """Writes ``pdf`` once whatever ``copies`` says (a file is not multiplied); ``title`` is not used."""
        _check_job(pdf, copies)
        target = self.path
        tmp: str | None = None
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
            with os.fdopen(fd, "wb") as f:
                f.write(pdf)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, target)
            tmp = None
        except OSError as exc:
            raise PrintFailed(QT_TRANSLATE_NOOP(
                "Message", "Could not write the print file {path}: {detail}. Check that the folder exists and that "
                "you may write to it, or choose another file."), path=str(target), detail=exc.strerror or str(exc)
            ) from exc
        finally:
            if tmp is not None:
                with suppress(OSError):
                    os.unlink(tmp)
        return PrintReceipt(
            target=self.name,
            job_id=target.name,
            pages=count_pages(pdf),
            bytes=len(pdf),
            accepted_at=clock.now(),
        )
