"""Where the GUI finds its files: the repository's ``resources/`` or, in the PyInstaller bundle, its copy."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` directory (icons, fonts, translations, letter texts)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icon_path(name: str) -> Path:
    """The SVG icon ``resources/icons/<name>.svg``."""
    return resources_dir() / "icons" / f"{name}.svg"
