"""The environment (``OCPM_*``): a setting's environment variable read and checked. The configuration is the only
part of the package that reads the environment (``tests/unit/test_configuration.py`` scans the package)."""

from __future__ import annotations

import os
from typing import Any, TypeVar

from ocpm_desk.infrastructure.config.declaration import Setting, SettingError
from ocpm_desk.infrastructure.config.kinds import Invalid
from ocpm_desk.infrastructure.config.reporting import set_aside

T = TypeVar("T")

#: What ``env_value`` gives when the environment gives no value.
UNSET: Any = object()


def env_text(setting: Setting[Any]) -> str | None:
    if setting.env is None:
        return None
    text = os.environ.get(setting.env, "").strip()
    return text or None


def env_value(setting: Setting[T]) -> T:
    """The environment's value, ``UNSET`` when it gives none (or one set aside: ``if_invalid="default"``)."""
    text = env_text(setting)
    if text is None:
        return UNSET  # type: ignore[no-any-return]
    try:
        return setting.kind.from_env(text)
    except Invalid as problem:
        error = SettingError(setting, text, problem, "environment")
        if setting.if_invalid == "refuse":
            raise error from None
        set_aside(error, "ignored")
        return UNSET  # type: ignore[no-any-return]


def env_value_or_default(setting: Setting[T]) -> T:
    """The value in force of a setting kept in the environment only: its environment variable, else its default
    (what ``value`` gives for it). ``SettingError`` for an environment value refused."""
    found = env_value(setting)
    if found is not UNSET:
        return found
    return setting.default_value()
