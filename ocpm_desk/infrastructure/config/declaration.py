"""How a setting is declared: ``Store`` (where it lives), ``Setting`` (name, kind, default, description, environment
variable), the errors that name a setting, and ``checked``, a value as a setting stores it after every check."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, Literal, TypeVar

from ocpm_desk.infrastructure.config.kinds import Invalid, Kind

T = TypeVar("T")


class Store(StrEnum):
    """Where a setting lives."""

    FILE = "file"  # the workstation's settings file (its environment variable, if any, wins)
    ENVIRONMENT = "environment"  # the environment only
    DATABASE = "database"  # the table ``settings`` of the database


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


# ---- a value checked as its setting stores it -------------------------------------------------------------------


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

