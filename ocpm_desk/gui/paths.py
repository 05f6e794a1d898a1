"""Where the GUI finds its files (icons, translations) inside ``resources/``."""

from __future__ import annotations

from pathlib import Path

from ocpm_desk.resources import resources_dir

__all__ = ["icon_path", "resources_dir", "translations_dir"]


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def icon_path(name: str) -> Path:
    """The SVG icon ``resources/icons/<name>.svg``."""
    return resources_dir() / "icons" / f"{name}.svg"
