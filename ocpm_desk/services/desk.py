"""What the GUI sees of the application: plain dataclasses and two protocols.

``Connector`` opens a ``DeskSession`` for a profile and a user; ``bootstrap`` builds the real ones. The GUI imports
this module only for types and never reaches below it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol

from ocpm_desk.domain.lifecycle import Status
from ocpm_desk.domain.roles import Role

if TYPE_CHECKING:  # only for annotations: those modules import this one
    from ocpm_desk.queries.queues import QueueRow, QueueSpec
    from ocpm_desk.services.claiming import OrderState


@dataclass(frozen=True, slots=True)
class StaffIdentity:
    username: str
    display_name: str
    roles: frozenset[Role]


@dataclass(frozen=True, slots=True)
class ProfileChoice:
    key: str  # "demo", "local" or "central"
    label: str  # English source label; the GUI translates it
    location: str  # file path or URL without password, for display
    needs_url: bool  # central: the user may type the server URL


@dataclass(frozen=True, slots=True)
class StatusCount:
    status: Status
    count: int


@dataclass(frozen=True, slots=True)
class Overview:
    """Counts of orders by status that the user's roles may see, and the delivery clock of open orders."""

    counts: tuple[StatusCount, ...]
    on_track: int
    due: int
    late: int
    as_of: datetime
    clock_shown: bool = True  # False when the roles see no open orders (mail room): the clock is not theirs


@dataclass(frozen=True, slots=True)
class ServiceOffer:
    code: str
    label: str  # French label from the catalogue
    fee_centimes: int
    vat_rate: str  # percent as text, e.g. "8.1"; "0" when no VAT
    active_from: date
    active_to: date | None


@dataclass(frozen=True, slots=True)
class PostalProductOffer:
    code: str
    label: str
    price_centimes: int
    registered: bool
    international: bool


@dataclass(frozen=True, slots=True)
class Catalogue:
    on: date
    services: tuple[ServiceOffer, ...]
    postal_products: tuple[PostalProductOffer, ...]


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """Filters of the audit screen; None means "any"."""

    order_reference: str | None = None
    actor: str | None = None
    action: str | None = None  # exact action or prefix ending with "." (e.g. "order.")
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    limit: int = 500


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    occurred_at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    order_reference: str | None  # when the event concerns an order
    payload: str  # the JSON text as stored (no personal data is ever put there)


@dataclass(frozen=True, slots=True)
class AuditVerification:
    intact: bool
    checked: int
    head_id: int | None
    head_hash: str | None
    first_broken_id: int | None = None
    reason: str | None = None  # plain English, names the first broken event


class DeskSession(Protocol):
    """A logged-in user's view of the database. Every call may raise ``DomainError`` subclasses."""

    @property
    def identity(self) -> StaffIdentity: ...

    @property
    def database_label(self) -> str: ...

    def check_connection(self) -> bool: ...

    def overview(self) -> Overview: ...

    def catalogue(self, on: date) -> Catalogue: ...

    def idle_lock_minutes(self) -> int:
        """Minutes without input after which the window hides its content (setting ``idle_lock_minutes``)."""
        ...

    def unlock(self, password: str) -> None:
        """Check the logged-in user's password again (idle lock); raises AuthenticationFailed."""
        ...

    def audit_events(self, filters: AuditFilter) -> list[AuditRow]:
        """Newest first; supervisors and auditors (Permission.VIEW_AUDIT / VIEW_TEAM_AUDIT)."""
        ...

    def verify_audit(self) -> AuditVerification: ...

    # ---- queues and claiming (caseworker workspace)
    def queue_count(self, spec: QueueSpec) -> int: ...

    def queue_page(
        self,
        spec: QueueSpec,
        *,
        after: tuple[Any, int] | None = None,
        before: tuple[Any, int] | None = None,
        at: int | None = None,
        limit: int = 100,
    ) -> list[QueueRow]:
        """First page by default; ``after``/``before`` a row's ``sort_key``; ``at`` a row number (-1: the last page)."""
        ...

    def claim_next(self) -> OrderState: ...

    def claim(self, order_id: int, version: int) -> OrderState: ...

    def release(self, order_id: int, version: int) -> OrderState: ...

    def close(self) -> None: ...


class Connector(Protocol):
    def profiles(self) -> list[ProfileChoice]: ...

    def default_profile(self) -> str: ...

    def open(self, profile: str, username: str, password: str, url: str | None = None) -> DeskSession:
        """Log in; raises AuthenticationFailed, AccountLocked or ConnectionFailed."""
        ...

    def saved_password(self, profile: str, username: str) -> str | None: ...

    def remember_password(self, profile: str, username: str, password: str) -> None: ...

    def forget_password(self, profile: str, username: str) -> None: ...

    def keyring_backend(self) -> str: ...

    def keyring_available(self) -> bool:
        """False when only keyring's "fail" backend exists: the "remember" box is then disabled."""
        ...
