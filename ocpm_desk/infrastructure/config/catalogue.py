"""The catalogue of settings: every setting of OCPM Desk declared once — name, kind, default, description, where it
lives, its environment variable — with the checks a value passes before it is written, ``setting`` and ``in_store``
to find them, and ``markdown_table``, the README's table made from the declarations."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import platformdirs

from ocpm_desk.infrastructure.config.declaration import Setting, Store
from ocpm_desk.infrastructure.config.environment import env_text, env_value_or_default
from ocpm_desk.infrastructure.config.kinds import (
    CentralUrl,
    Choice,
    DatabaseUrl,
    DeliveryClockKind,
    FilePath,
    Flag,
    Folder,
    Invalid,
    Language,
    LetterheadKind,
    Minutes,
    MonotonicReading,
    OptionalMinutes,
    Text,
)

if TYPE_CHECKING:
    from ocpm_desk.kernel.letters import Letterhead

APP = "ocpm-desk"
AUTHOR = "Etat-de-Geneve"
SETTINGS_FILE_NAME = "settings.json"
#: Environment variables of the ``OCPM_`` family that are not settings of the application (the test suite's).
FOREIGN_ENVIRONMENT = frozenset({"OCPM_TEST_POSTGRES_URL"})


def _platform_dir(kind: str) -> Callable[[], Path]:
    def folder() -> Path:
        return Path(getattr(platformdirs, f"user_{kind}_path")(APP, AUTHOR))

    return folder


def _user_folder(name: str, description: str, default_factory: Callable[[], Path], default_text: str) -> Setting[Path]:
    """A folder of the user's, which the environment variable ``OCPM_<NAME>`` may move (the tests do)."""
    return Setting(name, Folder(), Path(), description, Store.ENVIRONMENT, env=f"OCPM_{name.upper()}",
                   default_factory=default_factory, default_text=default_text)


def _default_state_dir() -> Path:
    """``state`` in the data folder when that was relocated (tests, the self-test), else the platform's."""
    if env_text(DATA_DIR) is not None:
        return env_value_or_default(DATA_DIR) / "state"
    return _platform_dir("state")()


def _check_writable_file(text: str) -> None:
    """The file must be one SQLite can create and write, with its journal beside it (WAL: -wal and -shm files)."""
    if not text:
        return
    path = Path(text)
    if path.is_dir():
        raise Invalid("a file, not a folder", "is_directory")
    folder = path.parent
    if not folder.is_dir():
        raise Invalid(f"a file in an existing folder ({folder} does not exist)", "not_writable")
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise Invalid("a file this user may write", "not_writable")


def _no_password(url: str | None) -> None:
    if url and urlsplit(url).password is not None:
        raise Invalid("a URL without a password (the keyring keeps remembered passwords)")


PROFILES = ("demo", "local", "central")
LANGUAGES = ("fr", "en")
MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 1, 240

# -- the environment
DATA_DIR = _user_folder("data_dir", "Where the Démo database (and by default the Local one) is kept.",
                        _platform_dir("data"), "the user's data folder (~/.local/share/ocpm-desk on Linux)")
CONFIG_DIR = _user_folder("config_dir", "Where this workstation's settings file (settings.json) is kept.",
                          _platform_dir("config"), "the user's configuration folder (~/.config/ocpm-desk on Linux)")
LOG_DIR = _user_folder("log_dir", "Where the log ocpm-desk.log is written.",
                       _platform_dir("log"), "the user's log folder (~/.local/state/ocpm-desk/log on Linux)")
STATE_DIR = _user_folder(
    "state_dir", "Where the witness of each database's audit head is kept.", _default_state_dir,
    "state in OCPM_DATA_DIR when that is set, else the user's state folder (~/.local/state/ocpm-desk)")
DATABASE_URL: Setting[str | None] = Setting(
    "database_url", DatabaseUrl(), None,
    "The database to open, over the profile chosen at login (--database wins over it); never a password.",
    Store.ENVIRONMENT, env="OCPM_DATABASE_URL")
ROLE_PREFIX: Setting[str] = Setting(
    "role_prefix",
    Text("lowercase letters, digits and '_', starting with a letter, at most 31", r"[a-z][a-z0-9_]{0,30}"),
    "ocpm_", "PostgreSQL: the prefix of the group roles (several OCPM databases may share a cluster).",
    Store.ENVIRONMENT, env="OCPM_ROLE_PREFIX")
PROGRESS: Setting[bool] = Setting(
    "progress", Flag(), False,
    "ocpm-desk-admin: show progress bars on standard error even when it is not a terminal.",
    Store.ENVIRONMENT, env="OCPM_PROGRESS", if_invalid="default")
STARTUP_PROBE: Setting[float | None] = Setting(
    "startup_probe", MonotonicReading(), None,
    "bench/startup.py: quit once the login dialog has painted, printing the time since this reading.",
    Store.ENVIRONMENT, env="OCPM_STARTUP_PROBE", if_invalid="default")

# -- the workstation's settings file
LAST_PROFILE: Setting[str] = Setting(
    "last_profile", Choice(*PROFILES), "demo", "The profile the login proposes (the last one used, or chosen).",
    Store.FILE)
LOCAL_PATH: Setting[str] = Setting(
    "local_path", FilePath(), "", "The Local profile's SQLite file.", Store.FILE,
    default_text="local.sqlite in the data folder", check=_check_writable_file)
CENTRAL_URL: Setting[str | None] = Setting(
    "central_url", CentralUrl(), None,
    "The Central profile's PostgreSQL server (the login names the user; never a password).", Store.FILE,
    check=_no_password)
PRINTER: Setting[str] = Setting(
    "printer", Text("a printer's name"), "", "The printer documents go to unless another is chosen.", Store.FILE,
    default_text="the print system's default")
LANGUAGE: Setting[str] = Setting(
    "language", Language(*LANGUAGES), "fr", "The language of the screens, applied at the next start.", Store.FILE,
    env="OCPM_LANG", if_invalid="default")
WORKSTATION_IDLE_LOCK: Setting[int | None] = Setting(
    "workstation_idle_lock_minutes", OptionalMinutes(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES), None,
    "A shorter idle lock for this workstation (the database's setting is the longest allowed).", Store.FILE,
    key="idle_lock_minutes", default_text="the database's setting")

# -- the database's table ``settings``
IDLE_LOCK_MINUTES: Setting[int] = Setting(
    "idle_lock_minutes", Minutes(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES, clamp_stored=True), 15,
    "Minutes without input after which a window hides what it shows and asks the password again.",
    Store.DATABASE, if_invalid="default")
LETTERHEAD: Setting[Letterhead | None] = Setting(
    "letterhead", LetterheadKind(), None, "The sender printed on every letter, attestation and deposit list.",
    Store.DATABASE, default_text="(none: init-db loads it from resources/reference/letterhead.yaml)")
DELIVERY_CLOCK: Setting[dict[str, int]] = Setting(
    "delivery_clock", DeliveryClockKind(), {"target_working_days": 7, "limit_working_days": 14},
    "The delivery clock's limits in working days, as published (G6); the calendar's constants must agree.",
    Store.DATABASE, default_text="7 and 14 working days")

SETTINGS: tuple[Setting[Any], ...] = (
    DATA_DIR, CONFIG_DIR, LOG_DIR, STATE_DIR, DATABASE_URL, ROLE_PREFIX, PROGRESS, STARTUP_PROBE,
    LAST_PROFILE, LOCAL_PATH, CENTRAL_URL, PRINTER, LANGUAGE, WORKSTATION_IDLE_LOCK,
    IDLE_LOCK_MINUTES, LETTERHEAD, DELIVERY_CLOCK,
)  # fmt: skip


def setting(name: str) -> Setting[Any]:
    """The setting called ``name``; ``KeyError`` naming the known ones otherwise."""
    for candidate in SETTINGS:
        if candidate.name == name:
            return candidate
    raise KeyError(f"no setting {name!r}: known are {', '.join(s.name for s in SETTINGS)}")


def in_store(store: Store) -> tuple[Setting[Any], ...]:
    return tuple(s for s in SETTINGS if s.store is store)


# ---- documentation ------------------------------------------------------------------------------------------------


def _where(setting: Setting[Any]) -> str:
    if setting.store is Store.FILE:
        return f"settings file `{setting.stored_as}`" + (f", `{setting.env}`" if setting.env else "")
    if setting.store is Store.DATABASE:
        return f"database `{setting.stored_as}`"
    return f"`{setting.env}`"


def markdown_table(settings: Iterable[Setting[Any]] = SETTINGS) -> str:
    """The settings as a Markdown table (the README's, kept equal by a test)."""
    lines = ["| Setting | Where | Type | Default | Description |", "|---|---|---|---|---|"]
    for s in settings:
        default = s.describe_default().replace("|", "\\|")
        lines.append(f"| {s.name} | {_where(s)} | {s.kind.type_name} | {default} | {s.description} |")
    return "\n".join(lines)
