"""The database's table ``settings`` (key → JSON text), kept by an administrator through the reference data
(``init-db``): ``decode`` reads a stored text, ``encode`` checks a value and gives the text to store."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from ocpm_desk.infrastructure.config.catalogue import in_store
from ocpm_desk.infrastructure.config.declaration import Setting, SettingError, Store, checked
from ocpm_desk.infrastructure.config.kinds import Invalid
from ocpm_desk.infrastructure.config.reporting import set_aside

T = TypeVar("T")


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
    set_aside(error, "the default is used")
    return setting.default_value()

