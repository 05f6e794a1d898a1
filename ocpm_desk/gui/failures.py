"""What the GUI says when something did not go through (G11: say plainly it did not succeed; nothing changed)."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ocpm_desk.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    ConnectionFailed,
    DomainError,
    NotFound,
    PermissionDenied,
)
from ocpm_desk.gui.formatting import format_datetime, format_time

log = logging.getLogger(__name__)


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
        return QCoreApplication.translate("Failure", "The procedure did not succeed: your roles do not allow this.")
    if isinstance(exc, NotFound):
        return QCoreApplication.translate(
            "Failure", "The procedure did not succeed: what you asked for no longer exists."
        )
    if isinstance(exc, DomainError):
        # Domain messages are written for people, in English; they are shown as they are.
        return QCoreApplication.translate("Failure", "The procedure did not succeed: {reason}.").format(
            reason=str(exc).rstrip(".")
        )
    log.error("unexpected failure", exc_info=exc)
    return QCoreApplication.translate(
        "Failure",
        "The procedure did not succeed because of an unexpected error. Try again; if it happens again, "
        "tell the IT service desk.",
    )


def account_locked_message(exc: AccountLocked) -> str:
    until = exc.until.astimezone() if exc.until.tzinfo is not None else exc.until
    when = format_time(until) if until.date() == datetime.now().date() else format_datetime(until)
    return QCoreApplication.translate(
        "Failure",
        "This account is locked after repeated failed attempts. Try again after {time}.",
    ).format(time=when)
