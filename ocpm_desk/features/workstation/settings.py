"""This workstation's preferences (the settings dialog): profiles, default printer, language, idle lock.

The settings are declared, read and written by ``ocpm_desk.infrastructure.config`` (the file ``settings.json`` in the
user
configuration directory, ``OCPM_CONFIG_DIR`` overriding it); this module is the dialog's view of them: the Central
URL as host, port and database, and the problems of a form named by field with a code the dialog says in the
user's language. **Never a password**: the Central profile is stored as a URL without user or password (the login
names the PostgreSQL role, the keyring keeps a remembered password); a password found in that URL (written by
hand) is dropped on the next save.

Idle lock: the database's ``idle_lock_minutes`` (set by an administrator) is the longest a window may stay open
unattended; a workstation may only lock *sooner* (``effective_idle_lock_minutes``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ocpm_desk.infrastructure import config
from ocpm_desk.infrastructure import profiles as prof
from ocpm_desk.kernel.errors import DomainError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from ocpm_desk.features.mailroom.api import PrinterChoice

PROFILES = config.PROFILES
LANGUAGES = config.LANGUAGES
DEFAULT_LANGUAGE = config.LANGUAGE.default
DEFAULT_PORT = 5432
DEFAULT_DATABASE = "ocpm"
DEFAULT_DRIVER = "postgresql+psycopg"
MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = config.MIN_IDLE_MINUTES, config.MAX_IDLE_MINUTES
_HOST_FORBIDDEN = set("/@?#:\\ \t\r\n")
_DATABASE_FORBIDDEN = set("/?#@\\ \t\r\n")


@dataclass(frozen=True, slots=True)
class WorkstationSettings:
    profile: str = config.LAST_PROFILE.default  # the profile the login dialog proposes
    local_path: str = ""  # the Local profile's SQLite file; "" = the default file in the data directory
    central_host: str = ""  # "" = no Central server configured
    central_port: int = DEFAULT_PORT
    central_database: str = DEFAULT_DATABASE
    printer: str = ""  # "" = the print system's default printer
    language: str = DEFAULT_LANGUAGE
    idle_lock_minutes: int | None = None  # None = the database's setting


@dataclass(frozen=True, slots=True)
class SettingsProblem:
    """One invalid field: ``code`` lets the GUI say it in the user's language, ``message`` is plain English."""

    field: str  # a field name of WorkstationSettings
    code: str  # "required" | "out_of_range" | "invalid" | "not_writable" | "is_directory" | "unknown"
    message: str


class SettingsInvalid(DomainError):
    """The settings were not saved: nothing changed on disk."""

    def __init__(self, problems: Iterable[SettingsProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(p.message for p in self.problems) or "invalid settings")


#: The field of the form that shows each setting of the file.
_FIELDS: dict[config.Setting[Any], str] = {
    config.LAST_PROFILE: "profile",
    config.LOCAL_PATH: "local_path",
    config.CENTRAL_URL: "central_url",  # the dialog shows it as host, port and database
    config.PRINTER: "printer",
    config.LANGUAGE: "language",
    config.WORKSTATION_IDLE_LOCK: "idle_lock_minutes",
}


def _problem(error: config.SettingError) -> SettingsProblem:
    return SettingsProblem(_FIELDS.get(error.setting, error.setting.name), error.code, str(error))


# ---- reading -----------------------------------------------------------------------------------------------------


def demo_path() -> str:
    """The Démo profile's file (not configurable: it is created and filled with demo data on first start)."""
    return str(prof.data_dir() / "demo.sqlite")


def default_local_path() -> str:
    return str(prof.data_dir() / "local.sqlite")


def settings_file() -> Path:
    return config.settings_file()


def _postgres_url(text: str | None) -> URL | None:
    """``text`` read as the URL of a PostgreSQL server; None when empty, not a URL, or another database's."""
    if not text:
        return None
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(text)
    except Exception:
        return None
    return parsed if parsed.get_backend_name() == "postgresql" else None


def _central_parts(url: str | None) -> tuple[str, int, str]:
    """Host, port and database of a PostgreSQL URL; the defaults for anything else."""
    parsed = _postgres_url(url)
    if parsed is not None:
        return parsed.host or "", parsed.port or DEFAULT_PORT, parsed.database or DEFAULT_DATABASE
    return "", DEFAULT_PORT, DEFAULT_DATABASE


def load() -> WorkstationSettings:
    """The saved preferences; anything missing or not valid takes its default (reported in the log: a bad file
    never blocks start)."""
    saved = config.read_file()
    host, port, database = _central_parts(saved.get(config.CENTRAL_URL))
    return WorkstationSettings(
        profile=saved.get(config.LAST_PROFILE),
        local_path=saved.get(config.LOCAL_PATH),
        central_host=host,
        central_port=port,
        central_database=database,
        printer=saved.get(config.PRINTER),
        language=saved.get(config.LANGUAGE),
        idle_lock_minutes=saved.get(config.WORKSTATION_IDLE_LOCK),
    )


def file_problems() -> list[SettingsProblem]:
    """The values of the settings file that were set aside for their defaults (the dialog says so)."""
    return [_problem(error) for error in config.read_file().problems()]


def saved_language() -> str | None:
    """The language chosen in the settings, None when none was chosen (French then, unless ``OCPM_LANG``)."""
    saved = config.read_file()
    return saved.get(config.LANGUAGE) if saved.has(config.LANGUAGE) else None


def idle_lock_preference() -> int | None:
    return config.value(config.WORKSTATION_IDLE_LOCK)


# ---- checking and saving -----------------------------------------------------------------------------------------


def _check(problems: list[SettingsProblem], setting: config.Setting[Any], new: object) -> None:
    try:
        config.checked(setting, new)
    except config.SettingError as error:
        problems.append(_problem(error))


def validate(settings: WorkstationSettings) -> list[SettingsProblem]:
    """Every problem of ``settings`` (empty: they may be saved). The settings' own checks are the configuration's;
    the Central server's host, port and database are checked here, field by field, before they make its URL."""
    problems: list[SettingsProblem] = []
    _check(problems, config.LAST_PROFILE, settings.profile)
    _check(problems, config.LOCAL_PATH, settings.local_path.strip())
    host = settings.central_host.strip()
    central_used = bool(host) or settings.profile == prof.CENTRAL
    if central_used:
        if not host:
            problems.append(SettingsProblem("central_host", "required", "enter the Central server's host name"))
        elif _HOST_FORBIDDEN & set(host):
            problems.append(SettingsProblem(
                "central_host", "invalid", "the host name may hold letters, digits, dots and dashes only"))
        if not 1 <= settings.central_port <= 65535:
            problems.append(SettingsProblem("central_port", "out_of_range", "the port must be between 1 and 65535"))
        database = settings.central_database.strip()
        if not database:
            problems.append(SettingsProblem("central_database", "required", "enter the Central database's name"))
        elif _DATABASE_FORBIDDEN & set(database):
            problems.append(SettingsProblem("central_database", "invalid", "the database name is not valid"))
    _check(problems, config.LANGUAGE, settings.language)
    _check(problems, config.WORKSTATION_IDLE_LOCK, settings.idle_lock_minutes)
    return problems


def central_url(settings: WorkstationSettings, previous: str | None = None) -> str | None:
    """The Central URL to store: no user, no password; the driver and options (``?sslmode=…``) of ``previous``
    kept when it pointed to a PostgreSQL server."""
    host = settings.central_host.strip()
    if not host:
        return None
    from sqlalchemy.engine import URL

    driver, query = DEFAULT_DRIVER, {}
    old = _postgres_url(previous)
    if old is not None:
        driver, query = old.drivername, dict(old.query)
    url = URL.create(driver, None, None, host, settings.central_port, settings.central_database.strip(), query)
    return url.render_as_string(hide_password=False)


def save(settings: WorkstationSettings) -> WorkstationSettings:
    """Check and store ``settings``; raises ``SettingsInvalid`` (nothing written) when a field is wrong."""
    problems = validate(settings)
    if problems:
        raise SettingsInvalid(problems)
    local = settings.local_path.strip()
    clean = WorkstationSettings(
        profile=settings.profile,
        local_path=str(Path(local).expanduser()) if local else "",
        central_host=settings.central_host.strip(),
        central_port=settings.central_port,
        central_database=settings.central_database.strip() or DEFAULT_DATABASE,
        printer=settings.printer.strip(),
        language=settings.language,
        idle_lock_minutes=settings.idle_lock_minutes,
    )
    try:
        config.write_file({
            config.LAST_PROFILE: clean.profile,
            config.LOCAL_PATH: clean.local_path or None,
            config.CENTRAL_URL: central_url(clean, config.read_file().get(config.CENTRAL_URL)),
            config.PRINTER: clean.printer or None,
            config.LANGUAGE: clean.language,
            config.WORKSTATION_IDLE_LOCK: clean.idle_lock_minutes,
        })
    except config.SettingError as error:
        raise SettingsInvalid([_problem(error)]) from None
    return clean


# ---- what the rest of the application does with them ---------------------------------------------------------


def list_printers() -> list[PrinterChoice]:
    """The printers this workstation's print system offers (CUPS; [] without it). Never raises; may take seconds:
    call it off the GUI thread. Needs no login (the settings dialog opens before it)."""
    from ocpm_desk.features.mailroom.api import PrinterChoice
    from ocpm_desk.infrastructure.printing import cups_printers

    return [PrinterChoice(p.name, p.is_default, p.accepting) for p in cups_printers()]


def effective_idle_lock_minutes(database_minutes: int, preference: int | None) -> int:
    """The database's setting is the longest allowed; a workstation preference may only shorten it."""
    if preference is None:
        return database_minutes
    return max(MIN_IDLE_MINUTES, min(database_minutes, preference))
