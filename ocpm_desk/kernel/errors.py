"""Errors the domain and the services raise. Each carries what a person needs to act on it.

A message is an English template marked for the translators and its values (see ``domain.phrases``)::

    raise DomainError(QT_TRANSLATE_NOOP("Message", "order {reference} does not exist"), reference=ref)

``str(exc)`` is the English text (the CLI, the log, the tests); the GUI translates ``exc.template`` (context
``Message``) and fills in ``exc.params`` rendered for the reader. ``tests/unit/test_error_messages.py`` fails on a
message that is not a marked template, or whose template has no French translation.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ocpm_desk.kernel.phrases import MESSAGE, QT_TRANSLATE_NOOP, Phrase, render

__all__ = [
    "MESSAGE",
    "QT_TRANSLATE_NOOP",
    "AccountLocked",
    "AuthenticationFailed",
    "ConnectionFailed",
    "DomainError",
    "NotFound",
    "NothingToClaim",
    "PermissionDenied",
    "Phrase",
    "StaleVersion",
]


class DomainError(Exception):
    """A business rule refused the operation; nothing was changed."""

    context = MESSAGE
    #: a stable name for a refusal that a screen says its own way, with what to do (``keyed``); "" for the others
    key = ""

    def __init__(self, template: str = "", /, **params: Any) -> None:
        super().__init__(render(template, params))
        self.template = template
        self.params: dict[str, Any] = params

    def keyed(self, key: str) -> DomainError:
        """This error named ``key`` (``area.what``) for the screens: ``raise DomainError(…).keyed("hold.past")``."""
        self.key = key
        return self

    @property
    def phrase(self) -> Phrase:
        return Phrase(self.template, self.context, **self.params)


class PermissionDenied(DomainError):
    def __init__(self, username: str, permission: str) -> None:
        # the permission's words are marked in domain.permissions (PERMISSION_TEXTS)
        super().__init__(QT_TRANSLATE_NOOP("Message", "{username} is not allowed to {permission}"),
                         username=username, permission=Phrase(permission.replace("_", " ")))
        self.username = username
        self.permission = permission


class StaleVersion(DomainError):
    """The order changed since it was read: the write is refused and nothing is lost."""

    def __init__(self, reference: str, changed_by: str | None, changed_at: datetime | None) -> None:
        if changed_by and changed_at:
            super().__init__(QT_TRANSLATE_NOOP(
                "Message", "order {reference} was changed by {who} meanwhile at {at:%H:%M:%S}; reload it and try "
                "again"), reference=reference, who=changed_by, at=changed_at)
        elif changed_by:
            super().__init__(QT_TRANSLATE_NOOP(
                "Message", "order {reference} was changed by {who} meanwhile; reload it and try again"),
                reference=reference, who=changed_by)
        elif changed_at:
            super().__init__(QT_TRANSLATE_NOOP(
                "Message", "order {reference} was changed by someone else meanwhile at {at:%H:%M:%S}; reload it "
                "and try again"), reference=reference, at=changed_at)
        else:
            super().__init__(QT_TRANSLATE_NOOP(
                "Message", "order {reference} was changed by someone else meanwhile; reload it and try again"),
                reference=reference)
        self.reference = reference
        self.changed_by = changed_by
        self.changed_at = changed_at


class NotFound(DomainError):
    pass


class NothingToClaim(DomainError):
    pass


class AuthenticationFailed(DomainError):
    """Wrong password and unknown user give this same error (no hint which)."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Message", "unknown user or wrong password"))


class AccountLocked(DomainError):
    def __init__(self, until: datetime) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Message", "account locked after repeated failures until {until:%H:%M}"),
                         until=until)
        self.until = until


class ConnectionFailed(DomainError):
    """The database could not be reached: the action did not go through and nothing changed (G11).

    ``detail`` is the driver's own words (technical, English): the GUI says the failure in its own sentence."""

    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Message", "the database cannot be reached ({detail})"), detail=detail)
        self.detail = detail
