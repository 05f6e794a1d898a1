"""Errors the domain and the services raise. Each carries what a person needs to act on it."""

from __future__ import annotations

from datetime import datetime


class DomainError(Exception):
    """A business rule refused the operation; nothing was changed."""


class PermissionDenied(DomainError):
    def __init__(self, username: str, permission: str) -> None:
        super().__init__(f"{username} is not allowed to {permission.replace('_', ' ')}")
        self.username = username
        self.permission = permission


class TransitionNotAllowed(DomainError):
    def __init__(self, from_status: str | None, to_status: str, reason: str) -> None:
        origin = from_status or "(new order)"
        super().__init__(f"{origin} → {to_status} is not allowed: {reason}")
        self.from_status = from_status
        self.to_status = to_status
        self.reason = reason


class StaleVersion(DomainError):
    """The order changed since it was read: the write is refused and nothing is lost."""

    def __init__(self, reference: str, changed_by: str | None, changed_at: datetime | None) -> None:
        who = changed_by or "someone else"
        when = f" at {changed_at:%H:%M:%S}" if changed_at else ""
        super().__init__(f"order {reference} was changed by {who} meanwhile{when}; reload it and try again")
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
        super().__init__("unknown user or wrong password")


class AccountLocked(DomainError):
    def __init__(self, until: datetime) -> None:
        super().__init__(f"account locked after repeated failures until {until:%H:%M}")
        self.until = until


class ConnectionFailed(DomainError):
    """The database could not be reached: the action did not go through and nothing changed (G11)."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"the database cannot be reached ({detail})")
        self.detail = detail
