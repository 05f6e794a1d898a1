"""Heavy modules load where they are first used (issue 8, point 7): a caseworker's main window comes up without the
PDF engine (QtPdf), the print support or reportlab; the first PDF preview loads QtPdf. Each check runs in a fresh
interpreter (this one has loaded everything long ago)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine

pytestmark = pytest.mark.gui

HERE = Path(__file__).resolve().parent
HEAVY = ("PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport", "reportlab")

PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
from gui_fakes import session_for
from ocpm_desk.gui.app import application
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.infrastructure.db.engine import make_engine

HEAVY = {heavy!r}
app = application(["probe"], language="fr")
window = MainWindow(session_for(make_engine({url!r}), "cdubois"))  # a real session, as after a login
window.show()
for _ in range(20):
    QApplication.processEvents()
at_login = [name for name in HEAVY if name in sys.modules]
from ocpm_desk.gui.pdf_preview import PdfPreview
after_import = [name for name in HEAVY if name in sys.modules]
preview = PdfPreview(window)
after_preview = [name for name in HEAVY if name in sys.modules]
print(json.dumps({{"screen": window.current_key(), "at_login": at_login, "after_import": after_import,
                  "after_preview": after_preview}}))
window.close()
"""


def test_a_caseworker_window_loads_no_pdf_engine_until_a_preview_is_made(tmp_path: Path, gui_engine: Engine) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OCPM_CONFIG_DIR=str(tmp_path), OCPM_DATA_DIR=str(tmp_path),
               PYTHONPATH=os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")]))
    probe = PROBE.format(heavy=HEAVY, url=gui_engine.url.render_as_string(hide_password=False))
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, env=env,
                            check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["screen"] == "to_process"
    assert found["at_login"] == []
    assert found["after_import"] == []  # the module that shows PDFs does not load the engine by being imported
    assert found["after_preview"] == ["PySide6.QtPdf", "PySide6.QtPdfWidgets"]
