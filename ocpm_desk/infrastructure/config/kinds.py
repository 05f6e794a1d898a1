"""The kinds of settings: how the values of a setting are read, checked and stored (``Kind`` and its subclasses),
and ``Invalid``, what a kind raises for a value it refuses."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import parse_qs, urlsplit

if TYPE_CHECKING:
    from ocpm_desk.kernel.letters import Letterhead

T = TypeVar("T")


class Invalid(Exception):
    """A value a kind refuses: what is expected, and a code the settings dialog says in the user's language."""

    def __init__(self, expected: str, code: str = "invalid") -> None:
        super().__init__(expected)
        self.expected = expected
        self.code = code  # "invalid" | "unknown" | "out_of_range" | "required" | "not_writable" | "is_directory"


# ---- kinds: how the values of a setting are read, checked and stored -------------------------------------------


class Kind(Generic[T]):
    """The type of a setting: ``parse`` checks a value as given (JSON, or the environment's text through
    ``from_env``) and raises ``Invalid``; ``lenient`` reads a stored value; ``to_json`` gives what is stored."""

    type_name = "text"
    shows_values = True  # False for paths and URLs: the log names the setting, not the value

    def parse(self, raw: object) -> T:
        raise NotImplementedError

    def from_env(self, text: str) -> T:
        return self.parse(text)

    def lenient(self, raw: object) -> T:
        return self.parse(raw)

    def to_json(self, value: T) -> Any:
        return value

    def show(self, value: T) -> str:
        return "" if value is None else str(value)


class Text(Kind[str]):
    def __init__(self, expected: str = "a text", pattern: str | None = None) -> None:
        self.expected = expected
        self.pattern = re.compile(pattern) if pattern else None

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str) or (self.pattern is not None and not self.pattern.fullmatch(raw)):
            raise Invalid(self.expected)
        return raw


class Choice(Kind[str]):
    type_name = "choice"

    def __init__(self, *options: str) -> None:
        self.options = options
        self.type_name = " / ".join(options)

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str) or raw not in self.options:
            raise Invalid("one of " + ", ".join(self.options), "unknown")
        return raw


class Language(Choice):
    """``fr`` or ``en``; the environment may give a locale (``en_GB.UTF-8``, ``EN``)."""

    def from_env(self, text: str) -> str:
        return self.parse(text.strip().lower().replace("-", "_").split("_")[0].split(".")[0])


class Minutes(Kind[int]):
    """A whole number of minutes within bounds; ``clamp_stored``: a stored number out of bounds is read as the
    nearest bound (an administrator's 0 locks after a minute, not after the default's 15)."""

    type_name = "minutes"

    def __init__(self, low: int, high: int, *, clamp_stored: bool = False) -> None:
        self.low, self.high, self.clamp_stored = low, high, clamp_stored
        self.expected = f"a whole number of minutes from {low} to {high}"
        self.type_name = f"minutes ({low}–{high})"

    @staticmethod
    def _whole(raw: object) -> int | None:
        if isinstance(raw, bool):
            return None
        if isinstance(raw, int):
            return raw
        if isinstance(raw, str) and raw.strip().isdigit():
            return int(raw.strip())
        return None

    def parse(self, raw: object) -> int:
        number = self._whole(raw)
        if number is None:
            raise Invalid(self.expected)
        if not self.low <= number <= self.high:
            raise Invalid(self.expected, "out_of_range")
        return number

    def lenient(self, raw: object) -> int:
        number = self._whole(raw)
        if self.clamp_stored and number is not None:
            return min(max(number, self.low), self.high)
        return self.parse(raw)


class OptionalMinutes(Kind[int | None]):
    """``Minutes`` or nothing (the key absent: the setting's other source decides)."""

    type_name = "minutes"

    def __init__(self, low: int, high: int) -> None:
        self.minutes = Minutes(low, high)
        self.type_name = self.minutes.type_name

    def parse(self, raw: object) -> int | None:
        return None if raw is None else self.minutes.parse(raw)


class Folder(Kind[Path]):
    """A folder; ``~`` is the user's home. Whether it can be created and written is found where it is used (each
    says so in its own way: no log file, a witness not recorded)."""

    type_name = "folder"
    shows_values = False

    def parse(self, raw: object) -> Path:
        if not isinstance(raw, str | Path) or not str(raw).strip():
            raise Invalid("the path of a folder")
        return Path(str(raw).strip()).expanduser()


class FilePath(Kind[str]):
    """The full path of a file, or "" for the default file."""

    type_name = "file"
    shows_values = False

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise Invalid("the full path of a file")
        text = raw.strip()
        if text and not Path(text).expanduser().is_absolute():
            raise Invalid("the full path of a file (for example /home/me/ocpm/local.sqlite)")
        return str(Path(text).expanduser()) if text else ""


class DatabaseUrl(Kind[str | None]):
    """A database OCPM Desk opens: SQLite or PostgreSQL (``adapters.profiles.check_url`` reads it in full)."""

    type_name = "URL"
    shows_values = False
    _SCHEME = re.compile(r"(sqlite|postgresql)(\+\w+)?://.*", re.DOTALL)

    def parse(self, raw: object) -> str | None:
        if not isinstance(raw, str) or not self._SCHEME.fullmatch(raw.strip()):
            raise Invalid("a database URL: sqlite:///FILE or postgresql://USER@HOST:PORT/DATABASE")
        return raw.strip()


class CentralUrl(Kind[str | None]):
    """The Central server: a PostgreSQL URL naming its host and database (a user may be named, a password not:
    ``Setting.check`` refuses one when the URL is written; an older file's is ignored when read). A SQLite URL
    typed at login in its place is kept as well (``wiring.prepare_database`` opens it)."""

    type_name = "URL"
    shows_values = False
    expected = "a PostgreSQL URL: postgresql://HOST:PORT/DATABASE (or sqlite:///FILE)"

    def parse(self, raw: object) -> str | None:
        if isinstance(raw, str) and re.match(r"sqlite(\+\w+)?://", raw):
            return raw
        if not isinstance(raw, str) or not re.match(r"postgresql(\+\w+)?://", raw):
            raise Invalid(self.expected)
        parts = urlsplit(raw)
        try:
            host = parts.hostname or parse_qs(parts.query).get("host", [""])[0]
            port = parts.port
        except ValueError:
            raise Invalid(self.expected) from None
        if not host or not parts.path.strip("/") or (port is not None and not 1 <= port <= 65535):
            raise Invalid(self.expected)
        return raw


class Flag(Kind[bool]):
    type_name = "yes/no"
    _TRUE = ("1", "true", "yes", "on")
    _FALSE = ("0", "false", "no", "off")

    def parse(self, raw: object) -> bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in self._TRUE or text in self._FALSE:
            return text in self._TRUE
        raise Invalid("1 or 0 (or yes/no, true/false, on/off)")

    def show(self, value: bool) -> str:
        return "yes" if value else "no"


class MonotonicReading(Kind[float | None]):
    """A ``time.monotonic()`` reading in seconds; ``1`` stands for the process's start."""

    type_name = "seconds"

    def parse(self, raw: object) -> float | None:
        try:
            reading = float(str(raw).strip())
        except ValueError:
            raise Invalid("a time.monotonic() reading in seconds, or 1 for the process's start") from None
        if reading != reading or reading < 0:  # NaN or negative
            raise Invalid("a time.monotonic() reading in seconds, or 1 for the process's start")
        return reading


class LetterheadKind(Kind["Letterhead | None"]):
    """The sender of letters: every field of ``domain.letters.Letterhead``, texts, and a list of address lines."""

    type_name = "object"

    def _names(self) -> list[str]:
        from ocpm_desk.kernel.letters import Letterhead

        return [f.name for f in fields(Letterhead)]

    def parse(self, raw: object) -> Letterhead | None:
        from ocpm_desk.kernel.letters import Letterhead

        if isinstance(raw, Letterhead):
            raw = self.to_json(raw)
        names = self._names()
        expected = "an object with " + ", ".join(names) + " (texts; address_lines a list of texts)"
        if not isinstance(raw, Mapping) or set(raw) != set(names):
            raise Invalid(expected)
        lines = raw["address_lines"]
        if not isinstance(lines, list | tuple) or not lines or not all(isinstance(x, str) and x for x in lines):
            raise Invalid(expected)
        texts = {n: raw[n] for n in names if n != "address_lines"}
        if not all(isinstance(v, str) and v.strip() for v in texts.values()):
            raise Invalid(expected)
        return Letterhead(address_lines=tuple(lines), **texts)

    def to_json(self, value: Letterhead | None) -> Any:
        if value is None:
            return None
        return {n: list(v) if isinstance(v, tuple) else v for n in self._names() for v in [getattr(value, n)]}

    def show(self, value: Letterhead | None) -> str:
        return "" if value is None else f"{value.office}, {', '.join(value.address_lines)}"


class DeliveryClockKind(Kind[dict[str, int]]):
    """The delivery clock's limits as published (G6). The calendar and the queues' SQL use ``domain.calendar``'s
    constants: a value other than theirs is refused rather than silently ignored."""

    type_name = "object"

    def parse(self, raw: object) -> dict[str, int]:
        from ocpm_desk.kernel.calendar import LIMIT_WORKING_DAYS, TARGET_WORKING_DAYS

        expected = (f'{{"target_working_days": {TARGET_WORKING_DAYS}, "limit_working_days": {LIMIT_WORKING_DAYS}}} '
                    "(other limits need a change of domain/calendar.py)")
        if raw != {"target_working_days": TARGET_WORKING_DAYS, "limit_working_days": LIMIT_WORKING_DAYS}:
            raise Invalid(expected)
        return {"target_working_days": TARGET_WORKING_DAYS, "limit_working_days": LIMIT_WORKING_DAYS}

