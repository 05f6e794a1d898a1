"""A private CUPS server with a cups-pdf printer, for the print-path tests and the mail-room bench.

Needs root and the Debian packages ``cups``, ``cups-client``/``cups-bsd`` and ``printer-driver-cups-pdf``
(``scripts/system-deps.sh`` installs them). The server lives in a temporary directory, listens only on a unix
socket there, has no browsing and no authentication, and stops when the fixture (or ``with``-block) ends.

From a script (``sys.path`` must include ``tests/``)::

    from cups_server import private_cups_server, bench_print
    with private_cups_server() as cups:          # raises CupsUnavailable with the reason if it cannot start
        printer = cups.printer_target()          # a CupsPrinter("ocpm-pdf", server=cups.server)
        receipt = printer.submit(pdf, title="Lot 1")
        produced = cups.wait_output(receipt.job_id)   # Path of the PDF cups-pdf wrote
        print(bench_print(cups, documents=500))

cups-pdf reads its configuration from the fixed ``/etc/cups``; a per-instance file ``/etc/cups/cups-pdf-<id>.conf``
(selected by the device URI ``cups-pdf:/<id>``) sends its output into the temporary directory, and is removed at
the end.
"""

from __future__ import annotations

import io
import os
import secrets
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ocpm_desk.infrastructure.printing import CupsPrinter

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
PRINTER = "ocpm-pdf"
CUPS_PDF_CONFIG_DIR = Path("/etc/cups")  # compiled into the cups-pdf backend


class CupsUnavailable(RuntimeError):
    """The private CUPS server could not be started; the message says why."""


@dataclass
class CupsServer:
    root: Path
    server: str  # the unix socket: use as CUPS_SERVER or ``lp -h``
    printer: str
    out_dir: Path
    process: subprocess.Popen[bytes]
    instance_conf: Path
    _stopped: bool = field(default=False, repr=False)

    def env(self) -> dict[str, str]:
        return {**os.environ, "CUPS_SERVER": self.server, "LC_ALL": "C", "LANG": "C"}

    def run(self, *args: str, check: bool = True, timeout: float = 30.0) -> subprocess.CompletedProcess[str]:
        return subprocess.run(list(args), capture_output=True, text=True, env=self.env(), timeout=timeout, check=check)

    def printer_target(self) -> CupsPrinter:
        from ocpm_desk.infrastructure.printing import CupsPrinter

        return CupsPrinter(self.printer, server=self.server)

    def error_log(self) -> str:
        parts = []
        for name in ("log/error_log", "cups-pdf-log/cups-pdf-" + self.printer + "_log"):
            path = self.root / name
            if path.exists():
                parts.append(path.read_text(errors="replace")[-4000:])
        for path in sorted((self.root / "cups-pdf-log").glob("*")):
            parts.append(path.read_text(errors="replace")[-4000:])
        return "\n".join(parts)

    def wait_output(self, job_id: str, timeout: float = 120.0) -> Path:
        """Waits until CUPS reports the job completed and cups-pdf's PDF is there; returns its path."""
        number = job_id.rsplit("-", 1)[-1]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done = self.run("lpstat", "-W", "completed", "-o", self.printer, check=False)
            if any(line.split()[:1] == [job_id] for line in done.stdout.splitlines()):
                # cups-pdf labels the file "job_N-title.pdf" or "title-job_N.pdf" (its PPD's Label option wins)
                produced = sorted(
                    {*self.out_dir.glob(f"job_{number}-*.pdf"), *self.out_dir.glob(f"*-job_{number}.pdf")}
                )
                if produced:
                    return produced[0]
                raise AssertionError(
                    f"job {job_id} completed but cups-pdf wrote no file in {self.out_dir}:\n{self.error_log()}"
                )
            if self.process.poll() is not None:
                raise AssertionError(f"cupsd stopped while job {job_id} ran:\n{self.error_log()}")
            time.sleep(0.05)
        raise AssertionError(f"job {job_id} not completed within {timeout:.0f} s:\n{self.error_log()}")

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        with suppress(OSError):
            self.instance_conf.unlink()
        shutil.rmtree(self.root, ignore_errors=True)


def _why_not() -> str | None:
    if os.name != "posix" or not hasattr(os, "geteuid"):
        return "a private CUPS server needs Linux"
    if os.geteuid() != 0:
        return "a private CUPS server with cups-pdf needs root (cups-pdf's backend runs as root only)"
    missing = [tool for tool in ("cupsd", "lp", "lpstat", "lpadmin") if shutil.which(tool) is None]
    if missing:
        return f"CUPS tools missing ({', '.join(missing)}): run scripts/system-deps.sh as root"
    if not Path("/usr/lib/cups/backend/cups-pdf").exists():
        return "the cups-pdf backend is missing (Debian package printer-driver-cups-pdf): run scripts/system-deps.sh"
    if not CUPS_PDF_CONFIG_DIR.is_dir() or not os.access(CUPS_PDF_CONFIG_DIR, os.W_OK):
        return f"cannot write cups-pdf's configuration in {CUPS_PDF_CONFIG_DIR}"
    return None


def start_cups_server(*, printer: str = PRINTER, timeout: float = 30.0) -> CupsServer:
    """Starts cupsd in a fresh temporary directory with the cups-pdf printer ``printer`` (accepting, enabled).

    Raises CupsUnavailable (with the reason) when it cannot; the caller must ``stop()`` the server.
    """
    reason = _why_not()
    if reason:
        raise CupsUnavailable(reason)
    # Under /tmp (not pytest's 0700 tree): cupsd's filters run as user lp and must reach the spool.
    root = Path(tempfile.mkdtemp(prefix="ocpm-cups-"))
    root.chmod(0o755)
    for sub in ("etc", "spool", "spool/tmp", "cache", "state", "log", "out", "cups-pdf-spool", "cups-pdf-log"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    (root / "out").chmod(0o777)
    socket = root / "cups.sock"
    (root / "etc" / "cupsd.conf").write_text(
        f"""LogLevel warn
MaxLogSize 0
Listen {socket}
Browsing No
BrowseLocalProtocols none
WebInterface No
DefaultAuthType None
DefaultEncryption Never
PreserveJobHistory Yes
PreserveJobFiles No
MaxJobs 0
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
    Allow all
  </Limit>
</Policy>
"""
    )
    (root / "etc" / "cups-files.conf").write_text(
        f"""ServerRoot {root}/etc
RequestRoot {root}/spool
TempDir {root}/spool/tmp
CacheDir {root}/cache
StateDir {root}/state
AccessLog {root}/log/access_log
ErrorLog {root}/log/error_log
PageLog {root}/log/page_log
User lp
Group lp
SystemGroup root
FileDevice No
"""
    )
    instance = f"ocpm{secrets.token_hex(4)}"
    instance_conf = CUPS_PDF_CONFIG_DIR / f"cups-pdf-{instance}.conf"
    instance_conf.write_text(
        f"""Out {root}/out
AnonDirName {root}/out
Spool {root}/cups-pdf-spool
Log {root}/cups-pdf-log
LogType 3
Label 1
Grp root
UserUMask 0022
AnonUMask 0022
"""
    )
    log = (root / "log" / "cupsd.out").open("wb")
    process = subprocess.Popen(
        ["cupsd", "-f", "-c", str(root / "etc" / "cupsd.conf"), "-s", str(root / "etc" / "cups-files.conf")],
        stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    log.close()
    cups = CupsServer(root, str(socket), printer, root / "out", process, instance_conf)
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise CupsUnavailable(f"cupsd exited with status {process.returncode}:\n{_logs(root)}")
            if socket.exists() and "scheduler is running" in cups.run("lpstat", "-r", check=False).stdout:
                break
            if time.monotonic() > deadline:
                raise CupsUnavailable(f"cupsd did not answer within {timeout:.0f} s:\n{_logs(root)}")
            time.sleep(0.05)
        model = _cups_pdf_model(cups)
        added = cups.run("lpadmin", "-p", printer, "-E", "-v", f"cups-pdf:/{instance}", "-m", model, check=False)
        if added.returncode != 0:
            raise CupsUnavailable(f"lpadmin could not add {printer}: {added.stderr.strip()}\n{_logs(root)}")
        cups.run("cupsenable", printer, check=False)
        cups.run("cupsaccept", printer, check=False)
        return cups
    except BaseException:
        cups.stop()
        raise


def _cups_pdf_model(cups: CupsServer) -> str:
    listed = cups.run("lpinfo", "-m", check=False, timeout=60)
    models = [line.split()[0] for line in listed.stdout.splitlines() if "cups-pdf" in line.lower()]
    for preferred in ("CUPS-PDF_opt.ppd", "CUPS-PDF_noopt.ppd"):
        for model in models:
            if model.endswith(preferred):
                return model
    if models:
        return models[0]
    raise CupsUnavailable(f"lpinfo -m lists no cups-pdf driver: {listed.stderr.strip() or listed.stdout[-500:]}")


def _logs(root: Path) -> str:
    texts = []
    for name in ("log/cupsd.out", "log/error_log"):
        path = root / name
        if path.exists():
            texts.append(path.read_text(errors="replace")[-3000:])
    return "\n".join(texts)


@contextmanager
def private_cups_server(*, printer: str = PRINTER) -> Iterator[CupsServer]:
    """``start_cups_server`` as a context manager: the server and its files are gone afterwards."""
    cups = start_cups_server(printer=printer)
    try:
        yield cups
    finally:
        cups.stop()


@pytest.fixture(scope="session")
def cups_server() -> Iterator[CupsServer]:
    """The session's private CUPS server; skipped with the reason when it cannot start, except under CI=true."""
    try:
        cups = start_cups_server()
    except CupsUnavailable as exc:
        if IN_CI:
            pytest.fail(f"CI=true requires the CUPS print tests to run — {exc}", pytrace=False)
        pytest.skip(str(exc))
    try:
        yield cups
    finally:
        cups.stop()


# ---------------------------------------------------------------------------------------------------------------
# sample letters and the bench


def make_letters(count: int, *, pages: int = 2, tag: str = "Lettre") -> list[bytes]:
    """``count`` small reproducible PDFs of ``pages`` A4 pages each, every page saying "<tag> NNNN page P"."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    letters = []
    for number in range(1, count + 1):
        buffer = io.BytesIO()
        pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
        for page in range(1, pages + 1):
            pdf.setFont("Helvetica", 14)
            pdf.drawString(72, 760, f"{tag} {number:04d} page {page}")
            pdf.drawString(72, 730, "Office cantonal de la population et des migrations")
            pdf.showPage()
        pdf.save()
        letters.append(buffer.getvalue())
    return letters


def bench_print(
    cups: CupsServer, *, documents: int = 500, pages: int = 2, wait_output: bool = False
) -> dict[str, float]:
    """Times merging ``documents`` letters and handing the merged job to cups-pdf (until ``lp`` has its id).

    With ``wait_output`` also times until cups-pdf has written the PDF (the printer's own work, not the app's).
    """
    from ocpm_desk.infrastructure.printing import merge_pdfs

    letters = make_letters(documents, pages=pages)
    started = time.perf_counter()
    merged = merge_pdfs(letters)
    merge_s = time.perf_counter() - started
    started = time.perf_counter()
    receipt = cups.printer_target().submit(merged, title=f"bench {documents} letters")
    submit_s = time.perf_counter() - started
    result = {
        "documents": float(documents),
        "pages": float(receipt.pages or 0),
        "merged_mb": len(merged) / 1e6,
        "merge_s": merge_s,
        "submit_s": submit_s,
    }
    if wait_output:
        started = time.perf_counter()
        cups.wait_output(receipt.job_id, timeout=600)
        result["output_s"] = time.perf_counter() - started
    return result
