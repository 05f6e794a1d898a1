"""The audit feature's API: the journal's filter and rows, the chain's verification and its witness."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from ocpm_desk.kernel.api import reads


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
class AuditWitness:
    """The newest head of the chain this workstation saw (a file in the user's state directory, one per database)."""

    head_id: int
    head_hash: str
    recorded_at: datetime  # UTC
    lost: bool = False  # the chain no longer contains it: its row is gone or has another hash (a deleted tail)


@dataclass(frozen=True, slots=True)
class AuditVerification:
    intact: bool
    checked: int
    head_id: int | None
    head_hash: str | None
    first_broken_id: int | None = None
    reason: str | None = None  # plain English, names the first broken event
    pending: int = 0  # PostgreSQL: events after the head not sealed yet (a transaction is still open)
    #: The workstation's witness after the verification: the head just verified, or the one it kept (``lost``: the
    #: chain no longer contains it, and ``intact`` is False). None: no witness (none yet, an in-memory database).
    witness: AuditWitness | None = None


class AuditApi(Protocol):
    """The audit trail (``session.audit``): the journal, the chain's verification, its witness."""

    @reads
    def search_audit(self, filters: AuditFilter) -> list[AuditRow]: ...

    def verify_with_witness(self) -> AuditVerification:
        """Verify the whole chain against the witness kept outside the database (and move the witness on)."""
        ...

    def screen_witness(self) -> AuditWitness | None:
        """The witness as the audit screen shows it; None for a user who cannot verify, or when it cannot be read."""
        ...
