"""argon2 hashes for local (SQLite) accounts. PostgreSQL logins are checked by the server itself."""

from __future__ import annotations

import functools

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()


@functools.cache
def _dummy_hash() -> str:
    """Verifying against this keeps the time of "unknown user" close to that of "wrong password". Hashed at the
    first check, not at import (an argon2 hash takes ~0.1 s on purpose: start-up would pay it)."""
    return _hasher.hash("ocpm-desk: no such account")


def hash_password(password: str) -> str:
    if len(password) < 8:
        raise ValueError("a password needs at least 8 characters")
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _dummy_hash(), password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False
