"""The installer (DESIGN §8, issue 8 point 1): build the one-folder bundle from ``build_installer.spec``, as
``make installer`` does, and run its ``--self-test`` offscreen.

It takes a minute or two: under ``CI=true`` it always runs (``make test`` builds the bundle here, once); elsewhere
it runs when ``OCPM_SLOW=1``. The bundle is built in the test's temporary directory, so a ``dist/`` of the working
tree (or a build running beside) is left alone.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import ocpm_desk
from ocpm_desk.infrastructure import migrations

ROOT = Path(__file__).resolve().parents[2]
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
WANTED = IN_CI or os.environ.get("OCPM_SLOW", "").lower() in ("1", "true", "yes")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not WANTED, reason="builds the installer (a minute or two): set OCPM_SLOW=1 (always under CI)"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``dist/ocpm-desk/`` built by PyInstaller with the project's spec (the command of ``make installer``)."""
    work = tmp_path_factory.mktemp("installer")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(ROOT / "build_installer.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=1800, check=False,
    )
    assert result.returncode == 0, f"pyinstaller failed:\n{result.stdout[-4000:]}\n{result.stderr[-8000:]}"
    executable = work / "dist" / "ocpm-desk" / "ocpm-desk"
    assert executable.is_file() and os.access(executable, os.X_OK), "the bundle has no executable ocpm-desk"
    return executable.parent


def _size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6


def test_the_bundle_carries_its_resources(bundle: Path) -> None:
    internal = bundle / "_internal"
    for relative in ("resources/reference/services.yaml", "resources/fonts/DejaVuSans.ttf",
                     "resources/i18n/ocpm_desk_fr.qm", "resources/icons/ocpm-desk.svg",
                     "ocpm_desk/infrastructure/migrations/env.py"):
        assert (internal / relative).is_file(), f"{relative} is missing from the bundle"
    shipped = {p.name for p in (internal / "ocpm_desk" / "infrastructure" / "migrations" / "versions").glob("*.py")}
    in_tree = {p.name for p in (ROOT / "ocpm_desk" / "infrastructure" / "migrations" / "versions").glob("*.py")}
    assert in_tree <= shipped, f"migrations missing from the bundle: {sorted(in_tree - shipped)}"
    print(f"bundle size: {_size_mb(bundle):.0f} MB")


def test_the_frozen_self_test_passes(bundle: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OCPM_DATA_DIR=str(tmp_path / "data"),
               OCPM_CONFIG_DIR=str(tmp_path / "config"), OCPM_LOG_DIR=str(tmp_path / "log"))
    env.pop("OCPM_DATABASE_URL", None)
    result = subprocess.run([str(bundle / "ocpm-desk"), "--self-test"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=300, check=False)
    out = result.stdout
    assert result.returncode == 0, f"self-test exited {result.returncode}:\n{out}\n{result.stderr}"
    lines = out.strip().splitlines()
    assert lines[-1] == "self-test ok", out
    assert f"ocpm-desk {ocpm_desk.__version__} (frozen bundle)" in lines, out
    # the migrations ran to the head revision of the chain in the tree, and the reference data loaded
    migrated = re.search(r"^database: migrated to (\S+), (\d+) reference rows$", out, re.MULTILINE)
    assert migrated, out
    assert migrated.group(1) == migrations.head_revision() and int(migrated.group(2)) > 0, out
    assert re.search(r"^letter: decision rendered, \d+ bytes, fonts embedded, reproducible$", out, re.MULTILINE), out
    assert re.search(r"^gui: login dialog rendered offscreen \(\d+×\d+\)$", out, re.MULTILINE), out
    assert re.search(r"^postgresql: psycopg \S+ \((binary|c) implementation\), dialect postgresql$", out,
                     re.MULTILINE), out
    # the keyring probe: which backend, and whether it answers ("none usable" is no failure: a headless build host)
    assert re.search(r"^keyring: backend keyring\.backends\.\S+, (usable|not usable)\b", out, re.MULTILINE), out
