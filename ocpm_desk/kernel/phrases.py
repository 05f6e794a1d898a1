"""Texts for people kept as an English template and its values, so that the GUI can say them in the user's language
while the services, the CLI, the log and the stored rows keep the English.

A template is written once, where it is used, inside ``QT_TRANSLATE_NOOP(context, "…")``: pyside6-lupdate finds the
call by its name and puts the template in the French catalogue (``make translations-update`` reads every module of
the package but the generated forms); at run time the marker gives the text back unchanged, so the domain
needs no Qt. Values are named placeholders (``{reference}``), with ``str.format``'s conversion and format spec when
the English needs them (``{name!r}``, ``{at:%H:%M}``).

Values are kept as they are and rendered for the reader: in English by ``render`` (a date as ISO, an enum member
by its value, ``Words(x)`` by the words of ``x`` — spaces for underscores —, a ``Phrase`` or a ``Listing`` by its
own English), in the GUI by ``ocpm_desk.gui.failures`` (dates the Swiss way, statuses and roles by their labels,
phrases translated).

``parse`` reads an English text back into its template and values, for texts written outside OCPM Desk's keys: the
PostgreSQL server's refusals (``services.accounts``), the messages of Python's json module a quarantine reason quotes
(``domain.intake``), and 0.1's quarantine reasons, once (``adapters.migrations.stored_phrases_quarantine``). What
OCPM Desk stores is keyed (``domain.notes``) and never parsed.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any

__all__ = ["MESSAGE", "QT_TRANSLATE_NOOP", "SEMICOLON", "Bilingual", "Listing", "Phrase", "ValueObject", "Words",
           "fields_of", "parse", "render"]

#: The translation context of the errors' messages (``DomainError``).
MESSAGE = "Message"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Mark ``text`` for the translators under ``context``; the text itself is returned unchanged."""
    return text


class Phrase:
    """An English text as its template and named values; ``str()`` gives the English."""

    __slots__ = ("context", "key", "params", "template")

    def __init__(self, template: str, /, context: str = MESSAGE, **params: Any) -> None:
        self.template = template
        self.context = context
        self.params: dict[str, Any] = params
        #: the stable name of a phrase that is stored (``domain.notes``); "" for a message that is only said
        self.key = ""

    def __str__(self) -> str:
        return render(self.template, self.params)

    def __repr__(self) -> str:
        return f"Phrase({self.template!r}, context={self.context!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Phrase) and (self.template, self.context, self.params)
                == (other.template, other.context, other.params))

    def __hash__(self) -> int:
        return hash((self.template, self.context))


#: The separator of a list of reasons (French puts a non-breaking space before it).
SEMICOLON = QT_TRANSLATE_NOOP("Message", "; ")


class ValueObject:
    """A value said in a phrase: equal to another of its class with the same ``COMPARED`` attributes, hashed by them
    (by the one, when one) and shown as ``Class(a, b)`` by them."""

    __slots__ = ()
    COMPARED: tuple[str, ...] = ()

    def _key(self) -> Any:
        key = tuple(getattr(self, name) for name in self.COMPARED)
        return key[0] if len(key) == 1 else key

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(repr(getattr(self, name)) for name in self.COMPARED)})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, type(self)) and bool(self._key() == other._key())

    def __hash__(self) -> int:
        return hash(self._key())


class Listing(ValueObject):
    """Values said one after the other (phrases, statuses, codes), joined by ``separator``.

    A separator with words (" or ") is marked for translation where the listing is made."""

    __slots__ = ("context", "items", "separator")
    COMPARED = ("items", "separator")

    def __init__(self, items: Iterable[Any], separator: str = ", ", context: str = MESSAGE) -> None:
        self.items: tuple[Any, ...] = tuple(items)
        self.separator = separator
        self.context = context

    def __str__(self) -> str:
        return self.separator.join(english(item) for item in self.items)


class Words(ValueObject):
    """A code said as words in English (``refusal_proposed`` → "refusal proposed"); the GUI says ``value`` as it
    says any value of its kind (a status by its label)."""

    __slots__ = ("value",)
    COMPARED = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __str__(self) -> str:
        return english(self.value).replace("_", " ")


def english(value: Any, spec: str = "") -> str:
    """One value as the English text shows it."""
    if isinstance(value, Enum):
        return format(str(value.value), spec)
    if isinstance(value, Phrase | Listing | Words):
        return format(str(value), spec)
    if isinstance(value, datetime | date):
        return format(value, spec) if spec else value.isoformat()
    return format(value, spec)


class _English(string.Formatter):
    def format_field(self, value: Any, format_spec: str) -> str:
        return english(value, format_spec)


_ENGLISH = _English()


def render(template: str, params: Mapping[str, Any]) -> str:
    """The English text: ``template`` with its values; without values the template is the text as it is."""
    if not params:
        return template
    return _ENGLISH.vformat(template, (), params)


def fields_of(template: str) -> list[tuple[str, str | None, str]]:
    """The placeholders of ``template`` as (name, conversion, format spec), in order."""
    out = []
    for _literal, name, spec, conversion in string.Formatter().parse(template):
        if name is not None:
            out.append((name, conversion, spec or ""))
    return out


_COMPILED: dict[tuple[str, tuple[tuple[str, str], ...]], re.Pattern[str]] = {}


def _pattern(template: str, groups: Mapping[str, str]) -> re.Pattern[str]:
    key = (template, tuple(sorted(groups.items())))
    found = _COMPILED.get(key)
    if found is None:
        parts: list[str] = []
        seen: set[str] = set()
        for literal, name, _spec, _conversion in string.Formatter().parse(template):
            parts.append(re.escape(literal))
            if name is None:
                continue
            if name in seen:
                parts.append(f"(?P={name})")
            else:
                seen.add(name)
                parts.append(f"(?P<{name}>{groups.get(name, '.+?')})")
        found = _COMPILED[key] = re.compile("".join(parts), re.DOTALL)
    return found


def parse(text: str, templates: Sequence[str], groups: Mapping[str, str] | None = None) -> tuple[str, dict[str, str]]:
    """The first of ``templates`` that gives exactly ``text``, with its values as text (``groups``: a regular
    expression for the placeholders of that name; any text otherwise). ``("", {})`` when none does."""
    for template in templates:
        if not fields_of(template):
            if template == text:
                return template, {}
            continue
        found = _pattern(template, groups or {}).fullmatch(text)
        if found is not None:
            return template, found.groupdict()
    return "", {}


class Bilingual(str):
    """A label of the reference data: the French text itself (what letters, the CLI and comparisons use), with its
    English for the screens of a person who reads English (``gui.labels.local``)."""

    en: str

    def __new__(cls, fr: str, en: str | None = None) -> Bilingual:
        label = super().__new__(cls, fr)
        label.en = en or fr
        return label

    def __reduce__(self) -> tuple[Any, ...]:
        return (Bilingual, (str(self), self.en))
