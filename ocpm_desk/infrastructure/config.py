"""One typed configuration (issue 17): every setting of OCPM Desk declared once — name, type, default, description,
where it lives, its environment variable — and read, checked and written here.

Three stores:

- **The environment** (``OCPM_*``). This module is the only one that reads it (``tests/unit/test_configuration.py``
  scans the package). An environment variable wins over the settings file.
- **The workstation's settings file**, ``settings.json`` in the user configuration directory (``OCPM_CONFIG_DIR``):
  one JSON object, key → value, as earlier versions wrote it. ``read_file`` reads it once (``SettingsFile``),
  ``write_file`` checks and merges changes into it (atomically: a refused change writes nothing). Reading never
  fails: a value that is not valid is reported in the log and its default used, a damaged file reads as empty.
  Never a password.
- **The database's table ``settings``** (key → JSON text), kept by an administrator through the reference data
  (``init-db``). ``decode`` reads a stored text, ``encode`` checks a value and gives the text to store
  (``services/settings.py``, ``services/letterhead.py``, ``adapters/reference_data.py``).

A value refused raises ``SettingError`` (a ``ValueError``): it names the setting — its environment variable, or its
key and store — the value when it is not a path or a URL, and what is expected, and nothing is changed.

Environment variables left where they are, on purpose: ``QT_QPA_PLATFORM`` is Qt's (the self-test and the
snapshots set it to ``offscreen`` before Qt starts); ``adapters/printing.py`` hands its own environment on to
``lp``/``lpstat`` with ``LC_ALL=C``; ``OCPM_TEST_POSTGRES_URL`` and ``CI`` are read by the tests only.

The module imports nothing of the application but the domain (an import-linter contract), so every layer may use
it, and it loads without SQLAlchemy: the login dialog reads the profiles through it.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar
from urllib.parse import parse_qs, urlsplit

import platformdirs

if TYPE_CHECKING:
    from ocpm_desk.kernel.letters import Letterhead

log = logging.getLogger(__name__)

T = TypeVar("T")

APP = "ocpm-desk"
AUTHOR = "Etat-de-Geneve"
SETTINGS_FILE_NAME = "settings.json"
#: Environment variables of the ``OCPM_`` family that are not settings of the application (the test suite's).
FOREIGN_ENVIRONMENT = frozenset({"OCPM_TEST_POSTGRES_URL"})


class Store(StrEnum):
    """Where a setting lives."""

    FILE = "file"  # the workstation's settings file (its environment variable, if any, wins)
    ENVIRONMENT = "environment"  # the environment only
    DATABASE = "database"  # the table ``settings`` of the database


class Invalid(Exception):
    """A value a kind refuses: what is expected, and a code the settings dialog says in the user's language."""

    def __init__(self, expected: str, code: str = "invalid") -> None:
        super().__init__(expected)
        self.expected = expected
        self.code = code  # "invalid" | "unknown" | "out_of_range" | "required" | "not_writable" | "is_directory"


class SettingError(ValueError):
    """A setting's value was refused: the message names the setting and what is expected; nothing changed."""

    def __init__(self, setting: Setting[Any], value: object, problem: Invalid, where: str) -> None:
        self.setting = setting
        self.value = value
        self.code = problem.code
        self.expected = problem.expected
        self.where = where  # "environment" | "settings file" | "database"
        name = setting.env if where == "environment" and setting.env else f"{setting.stored_as} ({where})"
        shown = f" {value!r}" if setting.kind.shows_values else ""
        super().__init__(f"{name}:{shown} is not valid: expected {problem.expected}")

    @property
    def private_message(self) -> str:
        """The message without the value (for the log: a path holds the user's home directory)."""
        name = self.setting.env if self.where == "environment" and self.setting.env else (
            f"{self.setting.stored_as} ({self.where})")
        return f"{name} is not valid: expected {self.expected}"


class SettingMissing(ValueError):
    """A database setting without a default is not in the table."""

    def __init__(self, setting: Setting[Any]) -> None:
        self.setting = setting
        super().__init__(f"the setting {setting.stored_as!r} is not in the database: run init-db")


# ---- kinds: how the values of a setting are read, checked and stored -------------------------------------------


class Kind(Generic[T]):
    """The type of a setting: ``parse`` checks a value as given (JSON, or the environment's text through
    ``from_env``) and raises ``Invalid``; ``lenient`` reads a stored value; ``to_json`` gives what is stored."""

    type_name = "text"
    shows_values = True  # False for paths and URLs: the log names the setting, not the value

    def parse(self, raw: object) -> T:
        raise NotImplementedError

    def from_env(self, text: str) -> T:
        return self.parse(text)

    def lenient(self, raw: object) -> T:
        return self.parse(raw)

    def to_json(self, value: T) -> Any:
        return value

    def show(self, value: T) -> str:
        return "" if value is None else str(value)


class Text(Kind[str]):
    def __init__(self, expected: str = "a text", pattern: str | None = None) -> None:
        self.expected = expected
        self.pattern = re.compile(pattern) if pattern else None

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str) or (self.pattern is not None and not self.pattern.fullmatch(raw)):
            raise Invalid(self.expected)
        return raw


class Choice(Kind[str]):
    type_name = "choice"

    def __init__(self, *options: str) -> None:
        self.options = options
        self.type_name = " / ".join(options)

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str) or raw not in self.options:
            raise Invalid("one of " + ", ".join(self.options), "unknown")
        return raw


class Language(Choice):
    """``fr`` or ``en``; the environment may give a locale (``en_GB.UTF-8``, ``EN``)."""

    def from_env(self, text: str) -> str:
        return self.parse(text.strip().lower().replace("-", "_").split("_")[0].split(".")[0])


class Minutes(Kind[int]):
    """A whole number of minutes within bounds; ``clamp_stored``: a stored number out of bounds is read as the
    nearest bound (an administrator's 0 locks after a minute, not after the default's 15)."""

    type_name = "minutes"

    def __init__(self, low: int, high: int, *, clamp_stored: bool = False) -> None:
        self.low, self.high, self.clamp_stored = low, high, clamp_stored
        self.expected = f"a whole number of minutes from {low} to {high}"
        self.type_name = f"minutes ({low}–{high})"

    @staticmethod
    def _whole(raw: object) -> int | None:
        if isinstance(raw, bool):
            return None
        if isinstance(raw, int):
            return raw
        if isinstance(raw, str) and raw.strip().isdigit():
            return int(raw.strip())
        return None

    def parse(self, raw: object) -> int:
        number = self._whole(raw)
        if number is None:
            raise Invalid(self.expected)
        if not self.low <= number <= self.high:
            raise Invalid(self.expected, "out_of_range")
        return number

    def lenient(self, raw: object) -> int:
        number = self._whole(raw)
        if self.clamp_stored and number is not None:
            return min(max(number, self.low), self.high)
        return self.parse(raw)


class OptionalMinutes(Kind[int | None]):
    """``Minutes`` or nothing (the key absent: the setting's other source decides)."""

    type_name = "minutes"

    def __init__(self, low: int, high: int) -> None:
        self.minutes = Minutes(low, high)
        self.type_name = self.minutes.type_name

    def parse(self, raw: object) -> int | None:
        return None if raw is None else self.minutes.parse(raw)


class Folder(Kind[Path]):
    """A folder; ``~`` is the user's home. Whether it can be created and written is found where it is used (each
    says so in its own way: no log file, a witness not recorded)."""

    type_name = "folder"
    shows_values = False

    def parse(self, raw: object) -> Path:
        if not isinstance(raw, str | Path) or not str(raw).strip():
            raise Invalid("the path of a folder")
        return Path(str(raw).strip()).expanduser()


class FilePath(Kind[str]):
    """The full path of a file, or "" for the default file."""

    type_name = "file"
    shows_values = False

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise Invalid("the full path of a file")
        text = raw.strip()
        if text and not Path(text).expanduser().is_absolute():
            raise Invalid("the full path of a file (for example /home/me/ocpm/local.sqlite)")
        return str(Path(text).expanduser()) if text else ""


class DatabaseUrl(Kind[str | None]):
    """A database OCPM Desk opens: SQLite or PostgreSQL (``adapters.profiles.check_url`` reads it in full)."""

    type_name = "URL"
    shows_values = False
    _SCHEME = re.compile(r"(sqlite|postgresql)(\+\w+)?://.*", re.DOTALL)

    def parse(self, raw: object) -> str | None:
        if not isinstance(raw, str) or not self._SCHEME.fullmatch(raw.strip()):
            raise Invalid("a database URL: sqlite:///FILE or postgresql://USER@HOST:PORT/DATABASE")
        return raw.strip()


class CentralUrl(Kind[str | None]):
    """The Central server: a PostgreSQL URL naming its host and database (a user may be named, a password not:
    ``Setting.check`` refuses one when the URL is written; an older file's is ignored when read). A SQLite URL
    typed at login in its place is kept as well (``wiring.prepare_database`` opens it)."""

    type_name = "URL"
    shows_values = False
    expected = "a PostgreSQL URL: postgresql://HOST:PORT/DATABASE (or sqlite:///FILE)"

    def parse(self, raw: object) -> str | None:
        if isinstance(raw, str) and re.match(r"sqlite(\+\w+)?://", raw):
            return raw
        if not isinstance(raw, str) or not re.match(r"postgresql(\+\w+)?://", raw):
            raise Invalid(self.expected)
        parts = urlsplit(raw)
        try:
            host = parts.hostname or parse_qs(parts.query).get("host", [""])[0]
            port = parts.port
        except ValueError:
            raise Invalid(self.expected) from None
        if not host or not parts.path.strip("/") or (port is not None and not 1 <= port <= 65535):
            raise Invalid(self.expected)
        return raw


def _no_password(url: str | None) -> None:
    if url and urlsplit(url).password is not None:
        raise Invalid("a URL without a password (the keyring keeps remembered passwords)")


class Flag(Kind[bool]):
    type_name = "yes/no"
    _TRUE = ("1", "true", "yes", "on")
    _FALSE = ("0", "false", "no", "off")

    def parse(self, raw: object) -> bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in self._TRUE or text in self._FALSE:
            return text in self._TRUE
        raise Invalid("1 or 0 (or yes/no, true/false, on/off)")

    def show(self, value: bool) -> str:
        return "yes" if value else "no"


class MonotonicReading(Kind[float | None]):
    """A ``time.monotonic()`` reading in seconds; ``1`` stands for the process's start."""

    type_name = "seconds"

    def parse(self, raw: object) -> float | None:
        try:
            reading = float(str(raw).strip())
        except ValueError:
            raise Invalid("a time.monotonic() reading in seconds, or 1 for the process's start") from None
        if reading != reading or reading < 0:  # NaN or negative
            raise Invalid("a time.monotonic() reading in seconds, or 1 for the process's start")
        return reading


class LetterheadKind(Kind["Letterhead | None"]):
    """The sender of letters: every field of ``domain.letters.Letterhead``, texts, and a list of address lines."""

    type_name = "object"

    def _names(self) -> list[str]:
        from ocpm_desk.kernel.letters import Letterhead

        return [f.name for f in fields(Letterhead)]

    def parse(self, raw: object) -> Letterhead | None:
        from ocpm_desk.kernel.letters import Letterhead

        if isinstance(raw, Letterhead):
            raw = self.to_json(raw)
        names = self._names()
        expected = "an object with " + ", ".join(names) + " (texts; address_lines a list of texts)"
        if not isinstance(raw, Mapping) or set(raw) != set(names):
            raise Invalid(expected)
        lines = raw["address_lines"]
        if not isinstance(lines, list | tuple) or not lines or not all(isinstance(x, str) and x for x in lines):
            raise Invalid(expected)
        texts = {n: raw[n] for n in names if n != "address_lines"}
        if not all(isinstance(v, str) and v.strip() for v in texts.values()):
            raise Invalid(expected)
        return Letterhead(address_lines=tuple(lines), **texts)

    def to_json(self, value: Letterhead | None) -> Any:
        if value is None:
            return None
        return {n: list(v) if isinstance(v, tuple) else v for n in self._names() for v in [getattr(value, n)]}

    def show(self, value: Letterhead | None) -> str:
        return "" if value is None else f"{value.office}, {', '.join(value.address_lines)}"


class DeliveryClockKind(Kind[dict[str, int]]):
    """The delivery clock's limits as published (G6). The calendar and the queues' SQL use ``domain.calendar``'s
    constants: a value other than theirs is refused rather than silently ignored."""

    type_name = "object"

    def parse(self, raw: object) -> dict[str, int]:
        from ocpm_desk.kernel.calendar import LIMIT_WORKING_DAYS, TARGET_WORKING_DAYS

        expected = (f'{{"target_working_days": {TARGET_WORKING_DAYS}, "limit_working_days": {LIMIT_WORKING_DAYS}}} '
                    "(other limits need a change of domain/calendar.py)")
        if raw != {"target_working_days": TARGET_WORKING_DAYS, "limit_working_days": LIMIT_WORKING_DAYS}:
            raise Invalid(expected)
        return {"target_working_days": TARGET_WORKING_DAYS, "limit_working_days": LIMIT_WORKING_DAYS}


# ---- declarations ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, eq=False)
class Setting(Generic[T]):
    """One setting. ``name`` is unique in the registry; ``key`` its key in the settings file or the table when that
    differs. ``if_invalid`` (environment and database): ``refuse`` raises ``SettingError``, ``default`` reports the
    value and goes on as if it were not set (the settings file's values always take the second way)."""

    name: str
    kind: Kind[T]
    default: T
    description: str
    store: Store
    env: str | None = None
    key: str | None = None
    default_text: str = ""  # how a computed default reads (the platform's folders)
    default_factory: Callable[[], T] | None = field(default=None, repr=False)
    if_invalid: Literal["refuse", "default"] = "refuse"
    check: Callable[[T], None] | None = field(default=None, repr=False)  # more checks before a value is written

    @property
    def stored_as(self) -> str:
        return self.key or self.name

    def default_value(self) -> T:
        return self.default_factory() if self.default_factory is not None else self.default

    def describe_default(self) -> str:
        if self.default_text:
            return self.default_text
        return self.kind.show(self.default) or "(none)"


def _platform_dir(kind: str) -> Callable[[], Path]:
    def folder() -> Path:
        return Path(getattr(platformdirs, f"user_{kind}_path")(APP, AUTHOR))

    return folder


def _default_state_dir() -> Path:
    """``state`` in the data folder when that was relocated (tests, the self-test), else the platform's."""
    if _env_text(DATA_DIR) is not None:
        return value(DATA_DIR) / "state"
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


PROFILES = ("demo", "local", "central")
LANGUAGES = ("fr", "en")
MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 1, 240

# -- the environment
DATA_DIR: Setting[Path] = Setting(
    "data_dir", Folder(), Path(), "Where the Démo database (and by default the Local one) is kept.",
    Store.ENVIRONMENT, env="OCPM_DATA_DIR", default_factory=_platform_dir("data"),
    default_text="the user's data folder (~/.local/share/ocpm-desk on Linux)")
CONFIG_DIR: Setting[Path] = Setting(
    "config_dir", Folder(), Path(), "Where this workstation's settings file (settings.json) is kept.",
    Store.ENVIRONMENT, env="OCPM_CONFIG_DIR", default_factory=_platform_dir("config"),
    default_text="the user's configuration folder (~/.config/ocpm-desk on Linux)")
LOG_DIR: Setting[Path] = Setting(
    "log_dir", Folder(), Path(), "Where the log ocpm-desk.log is written.",
    Store.ENVIRONMENT, env="OCPM_LOG_DIR", default_factory=_platform_dir("log"),
    default_text="the user's log folder (~/.local/state/ocpm-desk/log on Linux)")
STATE_DIR: Setting[Path] = Setting(
    "state_dir", Folder(), Path(), "Where the witness of each database's audit head is kept.",
    Store.ENVIRONMENT, env="OCPM_STATE_DIR", default_factory=_default_state_dir,
    default_text="state in OCPM_DATA_DIR when that is set, else the user's state folder (~/.local/state/ocpm-desk)")
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


# ---- reporting ----------------------------------------------------------------------------------------------------

_reported: set[str] = set()


def _report(message: str) -> None:
    """A value set aside: logged once per process (the settings are read often)."""
    if message not in _reported:
        _reported.add(message)
        log.warning("%s", message)


def _set_aside(error: SettingError, instead: str) -> None:
    _report(f"{error.private_message}; {instead}")


# ---- the environment -----------------------------------------------------------------------------------------------

_UNSET: Any = object()


def _env_text(setting: Setting[Any]) -> str | None:
    if setting.env is None:
        return None
    text = os.environ.get(setting.env, "").strip()
    return text or None


def _from_env(setting: Setting[T]) -> T:
    """The environment's value, ``_UNSET`` when it gives none (or one set aside: ``if_invalid="default"``)."""
    text = _env_text(setting)
    if text is None:
        return _UNSET  # type: ignore[no-any-return]
    try:
        return setting.kind.from_env(text)
    except Invalid as problem:
        error = SettingError(setting, text, problem, "environment")
        if setting.if_invalid == "refuse":
            raise error from None
        _set_aside(error, "ignored")
        return _UNSET  # type: ignore[no-any-return]


def value(setting: Setting[T], file: SettingsFile | None = None) -> T:
    """The value in force of an environment or file setting: its environment variable, else the settings file
    (``file`` when the caller read it already), else the default. ``SettingError`` for an environment value
    refused."""
    if setting.store is Store.DATABASE:
        raise TypeError(f"{setting.name} lives in the database: read it with decode()")
    found = _from_env(setting)
    if found is not _UNSET:
        return found
    if setting.store is Store.FILE:
        return (file if file is not None else read_file()).get(setting)
    return setting.default_value()


def source(setting: Setting[Any], file: SettingsFile | None = None) -> str:
    """Where ``value`` takes the setting from: ``environment``, ``file`` or ``default`` (``database`` for a
    database setting)."""
    if setting.store is Store.DATABASE:
        return "database"
    if _from_env(setting) is not _UNSET:
        return "environment"
    if setting.store is Store.FILE and (file if file is not None else read_file()).has(setting):
        return "file"
    return "default"


def check_environment() -> list[SettingError]:
    """Every environment variable of a setting that is set and refused (the entry points say them and stop)."""
    problems = []
    for candidate in SETTINGS:
        try:
            _from_env(candidate)
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


# ---- the workstation's settings file ----------------------------------------------------------------------------


def settings_file() -> Path:
    """``settings.json`` in ``OCPM_CONFIG_DIR`` or the user's configuration folder."""
    return value(CONFIG_DIR) / SETTINGS_FILE_NAME


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
            _set_aside(SettingError(setting, raw, problem, "settings file"), "the default is used")
            return setting.default_value()


def _read_raw() -> dict[str, Any]:
    path = settings_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        _report(f"the settings file cannot be read ({type(exc).__name__}): every setting takes its default")
        return {}
    if not isinstance(data, dict):
        _report("the settings file does not hold a JSON object: every setting takes its default")
        return {}
    return data


def read_file() -> SettingsFile:
    """The settings file now (never raises: what cannot be read takes its default, reported in the log)."""
    return SettingsFile(_read_raw())


def checked(setting: Setting[T], new: object, where: str | None = None) -> T:
    """``new`` as ``setting`` stores it, after every check; ``SettingError`` otherwise."""
    where = where or {Store.FILE: "settings file", Store.DATABASE: "database"}.get(setting.store, "environment")
    try:
        parsed = setting.kind.parse(new)
        if setting.check is not None:
            setting.check(parsed)
    except Invalid as problem:
        raise SettingError(setting, new, problem, where) from None
    return parsed


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


# ---- the database's settings ----------------------------------------------------------------------------------


def database_setting(key: str) -> Setting[Any]:
    """The database setting stored under ``key``; ``SettingError``-like ``ValueError`` for an unknown key."""
    for candidate in in_store(Store.DATABASE):
        if candidate.stored_as == key:
            return candidate
    known = ", ".join(s.stored_as for s in in_store(Store.DATABASE))
    raise ValueError(f"{key!r} is not a database setting (known: {known})")


def encode(setting: Setting[T], new: object) -> str:
    """The text to store for ``new`` in the table ``settings`` (canonical JSON), after every check."""
    if setting.store is not Store.DATABASE:
        raise TypeError(f"{setting.name} is not kept in the database")
    return json.dumps(setting.kind.to_json(checked(setting, new)), ensure_ascii=False, sort_keys=True)


def decode(setting: Setting[T], text: str | None) -> T:
    """The value of a text read from the table ``settings`` (None: no row, the default). A text that is not valid
    raises ``SettingError`` (``if_invalid="refuse"``) or is reported and gives the default."""
    if setting.store is not Store.DATABASE:
        raise TypeError(f"{setting.name} is not kept in the database")
    if text is None:
        return setting.default_value()
    try:
        raw = json.loads(text)
    except ValueError:
        problem, raw = Invalid("a JSON value"), text
    else:
        try:
            return setting.kind.lenient(raw)
        except Invalid as invalid:
            problem = invalid
    error = SettingError(setting, raw, problem, "database")
    if setting.if_invalid == "refuse":
        raise error
    _set_aside(error, "the default is used")
    return setting.default_value()


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
