"""Where the databases are: the Démo and Local SQLite files, the Central PostgreSQL URL (DESIGN §5).

Precedence for the database to open: ``--database URL``, then ``OCPM_DATABASE_URL``, then the profile chosen
(the Démo file by default). The folders, the environment and the settings file are read through
``ocpm_desk.infrastructure.config``. Passwords never go into these files: the keyring keeps them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ocpm_desk.infrastructure import config

APP, AUTHOR = config.APP, config.AUTHOR
DEMO, LOCAL, CENTRAL = config.PROFILES


def data_dir() -> Path:
    """``OCPM_DATA_DIR`` or the user's data directory (created on demand)."""
    return config.data_dir()


def config_file() -> Path:
    """The workstation's settings file (read and written by ``ocpm_desk.infrastructure.config`` only)."""
    return config.settings_file()


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def demo_url() -> str:
    return sqlite_url(data_dir() / "demo.sqlite")


def local_url(settings: config.SettingsFile | None = None) -> str:
    """The Local profile's file: ``local_path`` of the settings (the settings dialog; ``settings`` when the caller
    has read them already), else ``local.sqlite`` in the data directory."""
    chosen = config.value(config.LOCAL_PATH, settings)
    return sqlite_url(Path(chosen) if chosen else data_dir() / "local.sqlite")


def central_url(settings: config.SettingsFile | None = None) -> str | None:
    """``OCPM_DATABASE_URL`` (whatever its kind: the Central profile then shows it), else the settings' Central
    server."""
    return config.value(config.DATABASE_URL) or config.value(config.CENTRAL_URL, settings)


# The usual URLs are read with these two patterns; any other goes through SQLAlchemy's ``make_url`` (the same
# answers, tested). The login dialog reads the profiles as it opens, before SQLAlchemy is needed for anything else.
SIMPLE_SQLITE = re.compile(r"sqlite(?:\+\w+)?://(/[^?#%]*)?")
SIMPLE_POSTGRES = re.compile(
    r"postgresql(?:\+\w+)?://(?:([A-Za-z0-9._-]*)@|[^@/?#]*@)?([A-Za-z0-9._-]+)(?::([0-9]{1,5}))?/([^/?#%]*)"
)


def backend_of(url: str) -> str:
    """``sqlite``, ``postgresql`` or whatever other backend the URL names; ValueError if it is no URL."""
    if SIMPLE_SQLITE.fullmatch(url):
        return "sqlite"
    if SIMPLE_POSTGRES.fullmatch(url):
        return "postgresql"
    from sqlalchemy.engine import make_url  # an unusual URL: SQLAlchemy reads it

    try:
        return make_url(url).get_backend_name()
    except Exception:
        raise ValueError(f"{url!r} is not a database URL (e.g. postgresql://user@host:5432/ocpm)") from None


def check_url(url: str) -> str:
    """A readable error for a URL that is not SQLite or PostgreSQL."""
    backend = backend_of(url)
    if backend not in ("sqlite", "postgresql"):
        raise ValueError(f"unsupported database {backend!r}: use sqlite:///FILE or postgresql://…")
    if backend == "postgresql":
        from urllib.parse import parse_qs, urlsplit

        parts = urlsplit(url)
        try:
            host = parts.hostname or parse_qs(parts.query).get("host", [""])[0]
        except ValueError:
            host = ""
        if not host or not parts.path.strip("/"):
            raise ValueError("a PostgreSQL URL names its server and its database: "
                             "postgresql://USER@HOST:PORT/DATABASE")
    return url


def display_url(url: str) -> str:
    """The SQLite file's path, or the PostgreSQL URL without its password."""
    simple = SIMPLE_SQLITE.fullmatch(url)
    if simple:
        return (simple.group(1) or "/")[1:] or ":memory:"
    simple = SIMPLE_POSTGRES.fullmatch(url)
    if simple and (simple.group(1) is not None or "@" not in url):  # no password to hide
        return url
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        return u.database or ":memory:"
    return u.render_as_string(hide_password=True)


def is_postgresql(url: str) -> bool:
    return backend_of(url) == "postgresql"


def kind_of(url: str) -> str:
    """The profile a URL belongs to: Démo for the demo file, Local for other SQLite files, else Central."""
    if backend_of(url) != "sqlite":
        return CENTRAL
    return DEMO if url == demo_url() else LOCAL


@dataclass(frozen=True, slots=True)
class Profile:
    key: str
    label: str
    url: str | None


def profiles(override: str | None = None) -> list[Profile]:
    """The three profiles; an override URL takes the place of the profile of its kind."""
    settings = config.read_file()  # once for both profiles that depend on it
    found = {
        DEMO: Profile(DEMO, "Demo", demo_url()),
        LOCAL: Profile(LOCAL, "Local", local_url(settings)),
        CENTRAL: Profile(CENTRAL, "Central", central_url(settings)),
    }
    if override:
        kind = kind_of(override)
        found[kind] = Profile(kind, found[kind].label, override)
    return [found[DEMO], found[LOCAL], found[CENTRAL]]


def resolve_url(database: str | None) -> str:
    """The URL the admin CLI uses: ``--database``, else ``OCPM_DATABASE_URL``, else the Démo file (as the GUI)."""
    return check_url(database or config.value(config.DATABASE_URL) or demo_url())
