"""Passwords remembered in the operating system's keyring, never in a file (DESIGN §5).

Each password is stored under the service ``ocpm-desk`` and the key ``user@server``, where ``server`` says which
database the password opens: ``host:port/dbname`` for PostgreSQL, the absolute path of the file for SQLite. Two
servers never share a remembered password, and a key holds no password of its own (it is built from the URL
without it).

On a headless Linux only keyring's "fail" backend exists: remembering is then unavailable and the user is asked
each time; that is not an error. No function here raises a keyring error: each says what it could do, and logs
(without the password, and without the key, which names a person's login and a path) when it could not.
"""

from __future__ import annotations

import logging
from pathlib import Path
from types import ModuleType

from ocpm_desk.infrastructure.profiles import SIMPLE_POSTGRES, SIMPLE_SQLITE

SERVICE = "ocpm-desk"
log = logging.getLogger(__name__)
#: Looked up once to learn whether the keyring answers at all (it is never written).
_PROBE_KEY = "ocpm-desk-probe"


def _keyring() -> ModuleType:
    """keyring, imported at its first use: it loads its backends' libraries (D-Bus, cryptography), which the login
    dialog does not need to appear."""
    import keyring

    return keyring


def server_location(url: str) -> str:
    """Which database a URL opens, for the key: ``host:port/dbname`` (PostgreSQL) or the SQLite file's path.

    The usual URLs are read here; any other goes through SQLAlchemy's ``make_url`` (the same answer, tested): the
    login dialog looks the remembered password up as it opens, before SQLAlchemy is needed for anything else."""
    simple = SIMPLE_SQLITE.fullmatch(url)
    if simple:
        database = (simple.group(1) or "")[1:]
        return str(Path(database).expanduser().resolve()) if database not in ("", ":memory:") else ":memory:"
    simple = SIMPLE_POSTGRES.fullmatch(url)
    if simple:
        return f"{simple.group(2)}:{int(simple.group(3) or 5432)}/{simple.group(4)}"
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        database = u.database or ":memory:"
        return database if database == ":memory:" else str(Path(database).expanduser().resolve())
    host = u.host or str(u.query.get("host") or "localhost")
    port = u.port or 5432
    return f"{host}:{port}/{u.database or ''}"


def key_for(username: str, url: str) -> str:
    """``user@server``: the user as they log in (case-insensitive), the server as ``server_location`` says."""
    return f"{username.strip().lower()}@{server_location(url)}"


def backend_name() -> str:
    backend = _keyring().get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def keyring_available() -> bool:
    """False when keyring has no usable backend (its "fail" backend) or its backend raises when asked.

    It may block for a moment (a desktop keyring answers over D-Bus): call it off the GUI thread.
    """
    try:
        from keyring.backends import fail

        backend = _keyring().get_keyring()
        if isinstance(backend, fail.Keyring):
            return False
        backend.get_password(SERVICE, _PROBE_KEY)
    except Exception as exc:  # KeyringError, or whatever a backend's own library raises (D-Bus, Win32…)
        log.info("no usable keyring: %s", type(exc).__name__)
        return False
    return True


def get_password(username: str, url: str) -> str | None:
    try:
        password: str | None = _keyring().get_password(SERVICE, key_for(username, url))
    except Exception as exc:
        log.info("remembered password not read: keyring unavailable (%s)", type(exc).__name__)
        return None
    return password


def set_password(username: str, url: str, password: str) -> bool:
    try:
        _keyring().set_password(SERVICE, key_for(username, url), password)
    except Exception as exc:
        log.warning("password not remembered: no usable keyring (%s)", type(exc).__name__)
        return False
    return True


def delete_password(username: str, url: str) -> bool:
    """Forget the password; True when one was removed (nothing stored is not an error)."""
    try:
        _keyring().delete_password(SERVICE, key_for(username, url))
    except Exception:  # PasswordDeleteError (nothing stored), or no usable keyring
        return False
    return True
