"""What the revision files share: an earlier revision's text, and running PL/pgSQL text as written.

A revision is frozen: the database it leaves never changes. When a later revision writes a function again with one
change, or a downgrade puts back the function of the revision it restores, it takes the earlier revision's text
(``revision_module``: the files' names start with a digit, which ``import`` cannot name) and makes its change with
``edited``, which refuses to guess when the earlier text is not the one it was written against. PostgreSQL keeps a
function's body as written, white space included, so a file that writes another's function at its own indentation
says so with ``reindented``.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from types import ModuleType

from sqlalchemy import Connection


def revision_module(stem: str) -> ModuleType:
    """The revision file ``versions/<stem>.py`` as a module, e.g. ``revision_module("0004_audit_sealing")``."""
    return importlib.import_module(f"{__package__}.versions.{stem}")


def execute(connection: Connection, statements: Iterable[str]) -> None:
    """Run ``statements`` in order on the DBAPI cursor: no bind-parameter parsing of ':' or '%'."""
    cursor = connection.connection.cursor()
    try:
        for statement in statements:
            cursor.execute(statement)
    finally:
        cursor.close()


def statement(statements: Iterable[str], start: str) -> str:
    """The one statement of ``statements`` that starts with ``start`` (a function's ``CREATE OR REPLACE …``)."""
    found = [s for s in statements if s.startswith(start)]
    if len(found) != 1:
        raise RuntimeError(f"{len(found)} statements start with {start!r}, not one")
    return found[0]


def edited(text: str, *changes: tuple[str, str], what: str) -> str:
    """``text`` with each change ``(old, new)`` made in turn; ``RuntimeError`` naming ``what`` unless each ``old``
    stands in the text exactly once (the earlier text is then not the one the later revision was written against)."""
    for old, new in changes:
        if text.count(old) != 1:
            raise RuntimeError(f"{what}: the earlier text is not the one this revision was written against")
        text = text.replace(old, new)
    return text


def reindented(text: str, old: str, new: str) -> str:
    """``text`` with the indentation ``old`` of every line after the first made ``new`` (blank lines stay)."""
    first, *rest = text.split("\n")
    if any(line.strip() and not line.startswith(old) for line in rest):
        raise ValueError(f"a line of the text is not indented with {old!r}")
    return "\n".join([first, *(new + line[len(old):] if line.strip() else line for line in rest)])
