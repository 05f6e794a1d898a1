"""The workstation's settings file, ``settings.json`` in the user configuration directory (``OCPM_CONFIG_DIR``): one
JSON object, key → value, as earlier versions wrote it. ``read_file`` reads it once (``SettingsFile``), ``write_file``
checks and merges changes into it (atomically: a refused change writes nothing). Reading never fails: a value that is
not valid is reported in the log and its default used, a damaged file reads as empty. Never a password."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

from ocpm_desk.infrastructure.config.catalogue import CONFIG_DIR, SETTINGS_FILE_NAME, in_store
from ocpm_desk.infrastructure.config.declaration import Setting, SettingError, Store, checked
from ocpm_desk.infrastructure.config.environment import env_value_or_default
from ocpm_desk.infrastructure.config.kinds import Invalid
from ocpm_desk.infrastructure.config.reporting import report, set_aside

T = TypeVar("T")


def settings_file() -> Path:
    """``settings.json`` in ``OCPM_CONFIG_DIR`` or the user's configuration folder."""
    return env_value_or_default(CONFIG_DIR) / SETTINGS_FILE_NAME


class SettingsFile:
    """The settings file as read once: each file setting's value, its default when missing or not valid."""

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.raw: dict[str, Any] = dict(raw)

    def has(self, setting: Setting[Any]) -> bool:
        return setting.stored_as in self.raw and self.problem(setting) is None

    def problem(self, setting: Setting[Any]) -> SettingError | None:
        """Why the file's value of ``setting`` is set aside (None: valid or absent)."""
        if setting.stored_as not in self.raw:
            return None
        raw = self.raw[setting.stored_as]
        try:
            setting.kind.lenient(raw)
        except Invalid as problem:
            return SettingError(setting, raw, problem, "settings file")
        return None

    def problems(self) -> list[SettingError]:
        return [p for p in (self.problem(s) for s in in_store(Store.FILE)) if p is not None]

    def get(self, setting: Setting[T]) -> T:
        if setting.store is not Store.FILE:
            raise TypeError(f"{setting.name} is not kept in the settings file")
        if setting.stored_as not in self.raw:
            return setting.default_value()
        raw = self.raw[setting.stored_as]
        try:
            return setting.kind.lenient(raw)
        except Invalid as problem:
            set_aside(SettingError(setting, raw, problem, "settings file"), "the default is used")
            return setting.default_value()


def _read_raw() -> dict[str, Any]:
    path = settings_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        report(f"the settings file cannot be read ({type(exc).__name__}): every setting takes its default")
        return {}
    if not isinstance(data, dict):
        report("the settings file does not hold a JSON object: every setting takes its default")
        return {}
    return data


def read_file() -> SettingsFile:
    """The settings file now (never raises: what cannot be read takes its default, reported in the log)."""
    return SettingsFile(_read_raw())



def write_file(changes: Mapping[Setting[Any], Any]) -> None:
    """Check ``changes`` and merge them into the settings file (atomically); None removes a key (its default then).
    ``SettingError`` for the first value refused: nothing is written. Keys the file holds that are no setting
    (written by a later version) are kept."""
    stored: dict[str, Any] = {}
    for candidate, new in changes.items():
        if candidate.store is not Store.FILE:
            raise TypeError(f"{candidate.name} is not kept in the settings file")
        stored[candidate.stored_as] = None if new is None else candidate.kind.to_json(checked(candidate, new))
    data = {k: v for k, v in (_read_raw() | stored).items() if v is not None}
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)

