"""What the GUI says when something did not go through (G11: say plainly it did not succeed; nothing changed).

The domain and the services write their messages in English, as a marked template and its values
(``domain.phrases``): ``domain_message`` translates the template (context ``Message``, or the phrase's own) and fills
in the values as a person reads them here — dates the Swiss way, statuses and roles by their labels, nested phrases
translated too. A message without a template (an older or a test's English text) is shown as it is.
"""

from __future__ import annotations

import logging
import string
from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from ocpm_desk.gui.formatting import format_date, format_datetime, format_time
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.errors import (
    AccountLocked,
    AuthenticationFailed,
    ConnectionFailed,
    DomainError,
    PermissionDenied,
)
from ocpm_desk.kernel.phrases import MESSAGE, Listing, Phrase, Words, render

log = logging.getLogger(__name__)

_FORMATTER = string.Formatter()
_DATE_DIRECTIVES = ("%d", "%m", "%Y", "%y", "%b", "%B", "%a", "%A", "%j", "%x", "%c")


def reader_value(value: Any, spec: str = "", *, quoted: bool = False) -> str:
    """One value of a message as a person reads it in the current language. A status is said as a sentence says it
    ("the order is in review", « son statut est en examen »), or by its label when ``quoted`` (« En examen »)."""
    # loaded with the first message, not with the login dialog (which imports this module)
    from ocpm_desk.gui.labels import role_label, status_in_sentence, status_label
    from ocpm_desk.kernel.lifecycle import Status
    from ocpm_desk.kernel.roles import Role

    if isinstance(value, Phrase):
        return phrase_text(value)
    if isinstance(value, Listing):
        separator = QCoreApplication.translate(value.context, value.separator)  # " or " is marked; ", " is not
        return separator.join(reader_value(item, quoted=quoted) for item in value.items)
    if isinstance(value, Words):
        return reader_value(value.value, spec, quoted=quoted)
    if isinstance(value, Status):
        return status_label(value) if quoted else status_in_sentence(value)
    if isinstance(value, Role):
        return role_label(value)
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        if spec and not any(d in spec for d in _DATE_DIRECTIVES):
            return format_time(value)
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if value is None:
        return "—"
    if spec and isinstance(value, int | float) and not isinstance(value, bool):
        return format(value, spec)
    return str(value)


def quoted(text: str) -> str:
    """``text`` between the quotation marks of the current language (“…”, «…»)."""
    return QCoreApplication.translate("Message", "“{value}”").format(value=text)


#: A placeholder right after one of these is quoted in its template: a status there keeps its label.
_OPENING_QUOTES = ("«", "“", "‘", "‹", '"')


def _after_quote(literal: str) -> bool:
    return literal.rstrip(" \u00a0\u202f").endswith(_OPENING_QUOTES)


def render_translated(template: str, params: dict[str, Any], context: str = MESSAGE) -> str:
    """``template`` translated under ``context`` and filled in with ``params`` for the reader (a status as a sentence
    says it, or by its label where the translation puts it between quotation marks)."""
    translated = QCoreApplication.translate(context, template) if template else template
    if not params:
        return translated
    try:
        parts = []
        for literal, name, spec, conversion in _FORMATTER.parse(translated):
            parts.append(literal)
            if name is None:
                continue
            if conversion == "r":
                parts.append(quoted(reader_value(params[name], spec or "", quoted=True)))
            else:
                parts.append(reader_value(params[name], spec or "", quoted=_after_quote(literal)))
        return "".join(parts)
    except (KeyError, ValueError, IndexError):  # a translation that names a value the message does not carry
        log.warning("translation of %r does not fit its values %s", template, sorted(params))
        try:
            return render(template, params)
        except (KeyError, ValueError, IndexError):
            return template


def phrase_text(phrase: Phrase) -> str:
    """A phrase of the domain or the services in the user's language."""
    return render_translated(phrase.template, phrase.params, phrase.context)


def domain_message(exc: DomainError) -> str:
    """The message of ``exc`` in the user's language (``str(exc)`` is its English)."""
    return render_translated(exc.template, exc.params, exc.context)


def connection_failed_message() -> str:
    return QCoreApplication.translate(
        "Failure",
        "The procedure did not succeed: the database cannot be reached. Check the connection and try again.",
    )


def describe_failure(exc: BaseException) -> str:
    """One or two sentences for a person; unexpected errors are logged with their traceback."""
    if isinstance(exc, ConnectionFailed):
        return connection_failed_message()
    if isinstance(exc, AuthenticationFailed):
        return QCoreApplication.translate("Failure", "Unknown user or wrong password.")
    if isinstance(exc, AccountLocked):
        return account_locked_message(exc)
    if isinstance(exc, PermissionDenied):
        return QCoreApplication.translate(
            "Failure", "The procedure did not succeed: your roles do not allow you to {action}.").format(
            action=reader_value(exc.params.get("permission", exc.permission)))
    if isinstance(exc, DomainError):
        return QCoreApplication.translate("Failure", "The procedure did not succeed: {reason}.").format(
            reason=domain_message(exc).rstrip(".")
        )
    log.error("unexpected failure", exc_info=exc)
    return QCoreApplication.translate(
        "Failure",
        "The procedure did not succeed because of an unexpected error. Try again; if it happens again, "
        "tell the IT service desk.",
    )


def account_locked_message(exc: AccountLocked) -> str:
    until = clock.in_geneva(exc.until) if exc.until.tzinfo is not None else exc.until
    when = format_time(until) if until.date() == clock.today() else format_datetime(until)
    return QCoreApplication.translate(
        "Failure",
        "This account is locked after repeated failed attempts. Try again after {time}.",
    ).format(time=when)
