"""The forms drawn in Qt Designer (``ui/*.ui``), compiled by ``make generate`` into ``ocpm_desk.gui.forms``."""

from __future__ import annotations

from importlib import import_module
from typing import Any


def load_form(name: str) -> Any:
    """An instance of the generated ``Ui_…`` class of ``ui/<name>.ui`` (e.g. ``login_dialog`` → ``Ui_LoginDialog``).

    The generated code is untyped; it is imported by name so that the type checker does not read it, and each
    dialog keeps typed references to the widgets it uses. Call ``setupUi(widget)`` on the result.
    """
    module = import_module(f"ocpm_desk.gui.forms.ui_{name}")
    class_name = "Ui_" + "".join(part.capitalize() for part in name.split("_"))
    return getattr(module, class_name)()
