"""This workstation's preferences (the settings dialog): profiles, default printer, language, idle lock.

They live in ``settings.json`` in the user configuration directory (``OCPM_CONFIG_DIR`` overrides it), beside
what the login already keeps there (``last_profile``, ``central_url``). **Never a password**: the Central
profile is stored as a URL without user or password (the login names the PostgreSQL role, the keyring keeps a
remembered password); a password found in that URL (written by hand) is dropped on the next save.

Keys of the file: ``last_profile`` (the profile the login proposes), ``local_path`` (the Local profile's SQLite
file; absent: ``local.sqlite`` in the data directory), ``central_url``, ``printer`` (absent: the print system's
default), ``language`` (``fr``/``en``, applied at the next start; ``OCPM_LANG`` overrides it),
``idle_lock_minutes`` (absent: the database's setting).

Idle lock: the database's ``idle_lock_minutes`` (set by an administrator) is the longest a window may stay open
unattended; a workstation may only lock *sooner* (``effective_idle_lock_minutes``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ocpm_desk.adapters import profiles as prof
from ocpm_desk.domain.errors import DomainError

if TYPE_CHECKING:
    from ocpm_desk.services.desk import PrinterChoice

PROFILES = (prof.DEMO, prof.LOCAL, prof.CENTRAL)
LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
DEFAULT_PORT = 5432
DEFAULT_DATABASE = "ocpm"
DEFAULT_DRIVER = "postgresql+psycopg"
MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 1, 240
_HOST_FORBIDDEN = set("/@?#:\\ \t\r\n")
_DATABASE_FORBIDDEN = set("/?#@\\ \t\r\n")


@dataclass(frozen=True, slots=True)
class WorkstationSettings:
    profile: str = prof.DEMO  # the profile the login dialog proposes
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


# ---- reading -----------------------------------------------------------------------------------------------------


def demo_path() -> str:
    """The Démo profile's file (not configurable: it is created and filled with demo data on first start)."""
    return str(prof.data_dir() / "demo.sqlite")


def default_local_path() -> str:
    return str(prof.data_dir() / "local.sqlite")


def settings_file() -> Path:
    return prof.config_file()


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def load() -> WorkstationSettings:
    """The saved preferences; anything missing or unreadable takes its default (a bad file never blocks start)."""
    data = prof.read_settings()
    profile = data.get("last_profile")
    language = data.get("language")
    idle = _as_int(data.get("idle_lock_minutes"))
    host, port, database = "", DEFAULT_PORT, DEFAULT_DATABASE
    url = data.get("central_url")
    if isinstance(url, str) and url:
        from sqlalchemy.engine import make_url

        try:
            parsed = make_url(url)
        except Exception:
            parsed = None
        if parsed is not None and parsed.get_backend_name() == "postgresql":
            host = parsed.host or ""
            port = parsed.port or DEFAULT_PORT
            database = parsed.database or DEFAULT_DATABASE
    local = data.get("local_path")
    printer = data.get("printer")
    return WorkstationSettings(
        profile=profile if profile in PROFILES else prof.DEMO,
        local_path=local if isinstance(local, str) else "",
        central_host=host,
        central_port=port,
        central_database=database,
        printer=printer if isinstance(printer, str) else "",
        language=language if language in LANGUAGES else DEFAULT_LANGUAGE,
        idle_lock_minutes=idle if idle is not None and MIN_IDLE_MINUTES <= idle <= MAX_IDLE_MINUTES else None,
    )


def saved_language() -> str | None:
    """The language chosen in the settings, None when none was chosen (French then, unless ``OCPM_LANG``)."""
    language = prof.read_settings().get("language")
    return language if language in LANGUAGES else None


def idle_lock_preference() -> int | None:
    return load().idle_lock_minutes


def preferred_printer() -> str:
    return load().printer


# ---- checking and saving -----------------------------------------------------------------------------------------


def _check_local_path(text: str) -> SettingsProblem | None:
    """The file must be one SQLite can create and write, with its journal beside it (WAL: -wal and -shm files)."""
    path = Path(text).expanduser()
    if not path.is_absolute():
        return SettingsProblem("local_path", "invalid", "the Local database file must be a full path")
    if path.is_dir():
        return SettingsProblem("local_path", "is_directory", f"{path} is a folder, not a file")
    folder = path.parent
    if not folder.is_dir():
        return SettingsProblem("local_path", "not_writable", f"the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return SettingsProblem("local_path", "not_writable", f"{path} cannot be written")
    return None


def validate(settings: WorkstationSettings) -> list[SettingsProblem]:
    """Every problem of ``settings`` (empty: they may be saved)."""
    problems: list[SettingsProblem] = []
    if settings.profile not in PROFILES:
        problems.append(SettingsProblem("profile", "unknown", f"unknown profile {settings.profile!r}"))
    if settings.local_path.strip():
        problem = _check_local_path(settings.local_path.strip())
        if problem is not None:
            problems.append(problem)
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
    if settings.language not in LANGUAGES:
        problems.append(SettingsProblem("language", "unknown", f"unknown language {settings.language!r}"))
    idle = settings.idle_lock_minutes
    if idle is not None and not MIN_IDLE_MINUTES <= idle <= MAX_IDLE_MINUTES:
        problems.append(SettingsProblem(
            "idle_lock_minutes", "out_of_range",
            f"the idle lock must be between {MIN_IDLE_MINUTES} and {MAX_IDLE_MINUTES} minutes"))
    return problems


def central_url(settings: WorkstationSettings, previous: str | None = None) -> str | None:
    """The Central URL to store: no user, no password; the driver and options (``?sslmode=…``) of ``previous``
    kept when it pointed to a PostgreSQL server."""
    host = settings.central_host.strip()
    if not host:
        return None
    from sqlalchemy.engine import URL, make_url

    driver, query = DEFAULT_DRIVER, {}
    if previous:
        try:
            old = make_url(previous)
        except Exception:
            old = None
        if old is not None and old.get_backend_name() == "postgresql":
            driver, query = old.drivername, dict(old.query)
    url = URL.create(driver, None, None, host, settings.central_port, settings.central_database.strip(), query)
    return url.render_as_string(hide_password=False)


def save(settings: WorkstationSettings) -> WorkstationSettings:
    """Check and store ``settings``; raises ``SettingsInvalid`` (nothing written) when a field is wrong."""
    problems = validate(settings)
    if problems:
        raise SettingsInvalid(problems)
    previous = prof.read_settings().get("central_url")
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
    prof.write_settings(
        last_profile=clean.profile,
        local_path=clean.local_path or None,
        central_url=central_url(clean, previous if isinstance(previous, str) else None),
        printer=clean.printer or None,
        language=clean.language,
        idle_lock_minutes=clean.idle_lock_minutes,
    )
    return clean


# ---- what the rest of the application does with them ---------------------------------------------------------


def list_printers() -> list[PrinterChoice]:
    """The printers this workstation's print system offers (CUPS; [] without it). Never raises; may take seconds:
    call it off the GUI thread. Needs no login (the settings dialog opens before it)."""
    from ocpm_desk.adapters.printing import cups_printers
    from ocpm_desk.services.desk import PrinterChoice

    return [PrinterChoice(p.name, p.is_default, p.accepting) for p in cups_printers()]


def with_preferred_printer(printers: list[PrinterChoice], preferred: str) -> list[PrinterChoice]:
    """``printers`` with the workstation's preferred one (when present) marked default and listed first."""
    if not preferred or not any(p.name == preferred for p in printers):
        return printers
    from ocpm_desk.services.desk import PrinterChoice  # loaded with the settings dialog, not at start

    marked = [PrinterChoice(p.name, p.name == preferred, p.accepting) for p in printers]
    return sorted(marked, key=lambda p: not p.is_default)


def effective_idle_lock_minutes(database_minutes: int, preference: int | None) -> int:
    """The database's setting is the longest allowed; a workstation preference may only shorten it."""
    if preference is None:
        return database_minutes
    return max(MIN_IDLE_MINUTES, min(database_minutes, preference))
