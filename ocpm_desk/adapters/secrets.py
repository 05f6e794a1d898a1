"""Passwords remembered in the operating system's keyring, never in a file (DESIGN §5).

On a headless Linux only keyring's "fail" backend exists: remembering is then unavailable and the user is asked
each time; that is not an error.
"""

from __future__ import annotations

import contextlib
import logging

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

SERVICE = "ocpm-desk"
log = logging.getLogger(__name__)


def _key(profile: str, username: str) -> str:
    return f"{profile}:{username}"


def backend_name() -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def keyring_available() -> bool:
    return "fail" not in backend_name().lower()


def get_password(profile: str, username: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, _key(profile, username))
    except (NoKeyringError, KeyringError):
        return None


def set_password(profile: str, username: str, password: str) -> bool:
    try:
        keyring.set_password(SERVICE, _key(profile, username), password)
        return True
    except (NoKeyringError, KeyringError) as exc:
        log.warning("password not remembered: no usable keyring (%s)", type(exc).__name__)
        return False


def delete_password(profile: str, username: str) -> None:
    with contextlib.suppress(NoKeyringError, PasswordDeleteError, KeyringError):
        keyring.delete_password(SERVICE, _key(profile, username))
