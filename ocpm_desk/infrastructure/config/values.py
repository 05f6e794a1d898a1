"""The value in force of a setting kept in the environment or the settings file (``value``) and where it comes from
(``source``): an environment variable wins over the settings file, which wins over the default. Also what the entry
points check of the environment, and the folders a process relocates."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, TypeVar

from ocpm_desk.infrastructure.config.catalogue import CONFIG_DIR, DATA_DIR, FOREIGN_ENVIRONMENT, LANGUAGE, SETTINGS
from ocpm_desk.infrastructure.config.declaration import Setting, SettingError, Store
from ocpm_desk.infrastructure.config.environment import UNSET, env_value
from ocpm_desk.infrastructure.config.kinds import Invalid
from ocpm_desk.infrastructure.config.workstation_file import SettingsFile, read_file

T = TypeVar("T")


def value(setting: Setting[T], file: SettingsFile | None = None) -> T:
    """The value in force of an environment or file setting: its environment variable, else the settings file
    (``file`` when the caller read it already), else the default. ``SettingError`` for an environment value
    refused."""
    if setting.store is Store.DATABASE:
        raise TypeError(f"{setting.name} lives in the database: read it with decode()")
    found = env_value(setting)
    if found is not UNSET:
        return found
    if setting.store is Store.FILE:
        return (file if file is not None else read_file()).get(setting)
    return setting.default_value()


def source(setting: Setting[Any], file: SettingsFile | None = None) -> str:
    """Where ``value`` takes the setting from: ``environment``, ``file`` or ``default`` (``database`` for a
    database setting)."""
    if setting.store is Store.DATABASE:
        return "database"
    if env_value(setting) is not UNSET:
        return "environment"
    if setting.store is Store.FILE and (file if file is not None else read_file()).has(setting):
        return "file"
    return "default"


def check_environment() -> list[SettingError]:
    """Every environment variable of a setting that is set and refused (the entry points say them and stop)."""
    problems = []
    for candidate in SETTINGS:
        try:
            env_value(candidate)
        except SettingError as error:
            problems.append(error)
    return problems


def unknown_environment() -> list[str]:
    """``OCPM_*`` variables that name no setting (a typo would otherwise be ignored without a word)."""
    known = {s.env for s in SETTINGS if s.env} | FOREIGN_ENVIRONMENT
    return sorted(name for name in os.environ if name.startswith("OCPM_") and name not in known)


def use_folders(folder: Path) -> None:
    """Relocate the data and the settings file to ``folder`` for this process and its children (the self-test)."""
    for candidate in (DATA_DIR, CONFIG_DIR):
        assert candidate.env is not None
        os.environ[candidate.env] = str(folder)


def data_dir() -> Path:
    """``OCPM_DATA_DIR`` or the user's data folder (created on demand)."""
    path = value(DATA_DIR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def language_code(text: str | None) -> str | None:
    """``fr``/``en`` from a language or locale name (``en_GB.UTF-8``), None when it is neither."""
    if not text or not text.strip():
        return None
    try:
        return LANGUAGE.kind.from_env(text)
    except Invalid:
        return None

