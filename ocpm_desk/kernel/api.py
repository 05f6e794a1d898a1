"""What a feature's API protocol says of each of its use cases beyond the signature.

A feature's ``api.py`` declares, as a ``Protocol``, the use cases the GUI may call; the session binds each method
to the feature's use case of the same name (``ocpm_desk.wiring``). A use case that only reads is marked ``@reads``:
a database failure there is a lost connection, never a refusal to report.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

READS = "__ocpm_reads__"


def reads(method: F) -> F:
    """Mark a protocol method as a read (the session maps its failures as a read's)."""
    setattr(method, READS, True)
    return method


def is_read(method: object) -> bool:
    return bool(getattr(method, READS, False))
