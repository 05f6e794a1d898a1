"""Fakes of ``ocpm_desk.services.desk``: a ``Connector`` and ``DeskSession`` with in-memory data.

They keep to the protocols and record on which thread each call ran, so that tests can prove the database is
never touched from the GUI thread. ``gate`` events hold a call until the test releases it, to look at the window
while work is in flight. (A module of its own, not the conftest: tests and review scripts import it by name.)
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from ocpm_desk.domain.errors import AccountLocked, AuthenticationFailed, ConnectionFailed, PermissionDenied
from ocpm_desk.domain.lifecycle import Status
from ocpm_desk.domain.permissions import Permission, has_permission
from ocpm_desk.domain.roles import Role
from ocpm_desk.services.desk import (
    AuditFilter,
    AuditRow,
    AuditVerification,
    Catalogue,
    DeskSession,
    Overview,
    PostalProductOffer,
    ProfileChoice,
    ServiceOffer,
    StaffIdentity,
    StatusCount,
)

GUI_THREAD = threading.main_thread().ident

PASSWORD = "correct horse"

USERS: dict[str, tuple[str, frozenset[Role]]] = {
    "cdubois": ("Claire Dubois", frozenset({Role.CASEWORKER})),
    "mrochat": ("Marc Rochat", frozenset({Role.SUPERVISOR})),
    "nfavre": ("Nadia Favre", frozenset({Role.MAILROOM})),
    "pblanc": ("Pierre Blanc", frozenset({Role.ADMIN})),
    "smuller": ("Sophie Müller", frozenset({Role.AUDITOR})),
    "edemarches": ("Plateforme e-démarches", frozenset({Role.INTAKE})),
    "jmeyer": ("Julie Meyer", frozenset({Role.CASEWORKER, Role.SUPERVISOR})),
}

ALL_COUNTS: dict[Status, int] = {
    Status.AWAITING_PAYMENT: 42,
    Status.CANCELLED: 17,
    Status.PAID: 128,
    Status.IN_REVIEW: 36,
    Status.ON_HOLD: 9,
    Status.REFUSAL_PROPOSED: 4,
    Status.REFUSED: 23,
    Status.APPROVED: 61,
    Status.READY_TO_SHIP: 12,
    Status.SHIPPED: 1540,
    Status.DELIVERED: 12873,
    Status.RETURNED: 7,
    Status.WITHDRAWN: 15,
}
MAILROOM_STATUSES = (Status.APPROVED, Status.REFUSED, Status.READY_TO_SHIP, Status.SHIPPED, Status.DELIVERED,
                     Status.RETURNED)  # fmt: skip
AS_OF = datetime(2026, 3, 12, 9, 41, tzinfo=UTC)

SERVICES = (
    ServiceOffer("ATT-RES", "Attestation de résidence", 2500, "8.1", date(2024, 1, 1), None),
    ServiceOffer("ATT-RES-HIST", "Attestation de résidence avec historique des séjours", 2500, "8.1",
                 date(2024, 1, 1), None),
    ServiceOffer("ATT-RES-CIV", "Attestation de résidence avec droits civiques", 2500, "8.1", date(2024, 1, 1),
                 None),
    ServiceOffer("ATT-DEP", "Attestation de départ", 2500, "8.1", date(2024, 1, 1), date(2026, 12, 31)),
    ServiceOffer("ATT-DEP-HIST", "Attestation de départ avec historique", 12000, "0", date(2025, 7, 1), None),
)  # fmt: skip
POSTAL_PRODUCTS = (
    PostalProductOffer("B", "Courrier B", 0, False, False),
    PostalProductOffer("A", "Courrier A", 120, False, False),
    PostalProductOffer("R", "Lettre recommandée", 650, True, False),
    PostalProductOffer("INT-R", "Recommandé international", 900, True, True),
)


#: A small audit trail, newest first, as ``DeskSession.audit_events`` returns it.
AUDIT_ROWS = (
    AuditRow(7, datetime(2026, 3, 12, 13, 5, 9, tzinfo=UTC), "smuller", "audit.searched", "audit", "search", None,
             '{"action":"order.viewed","found":2,"limit":500}'),
    AuditRow(6, datetime(2026, 3, 12, 10, 2, tzinfo=UTC), "cdubois", "order.viewed", "order", "12",
             "ED-2026-00000012", '{"reference":"ED-2026-00000012"}'),
    AuditRow(5, datetime(2026, 3, 12, 9, 58, tzinfo=UTC), "cdubois", "order.claim", "order", "12",
             "ED-2026-00000012", '{"assigned_to":"cdubois","from":"paid","to":"in_review"}'),
    AuditRow(4, datetime(2026, 3, 11, 23, 30, tzinfo=UTC), "jmeyer", "order.viewed", "order", "7",
             "ED-2026-00000007", '{"reference":"ED-2026-00000007"}'),
    AuditRow(3, datetime(2026, 3, 11, 8, 0, tzinfo=UTC), "cdubois", "staff.login", "staff", "cdubois", None, "{}"),
    AuditRow(2, datetime(2026, 3, 10, 7, 0, tzinfo=UTC), "edemarches", "row.insert", "orders", "12",
             "ED-2026-00000012", '{"status": "paid"}'),
    AuditRow(1, datetime(2026, 3, 1, 6, 0, tzinfo=UTC), "system:cli", "reference.loaded", "reference_data",
             "resources/reference", None, '{"rows_changed":94}'),
)  # fmt: skip
AUDIT_HEAD = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def on_thread(name: str) -> tuple[str, int]:
    return name, threading.get_ident()


class FakeSession:
    """In-memory ``DeskSession``; ``gate`` (when set) holds every call until the test sets it."""

    def __init__(self, identity: StaffIdentity, label: str = "Démo — demo.sqlite") -> None:
        self._identity = identity
        self._label = label
        self.connection_ok = True
        self.overview_error: BaseException | None = None
        self.catalogue_error: BaseException | None = None
        self.counts: dict[Status, int] | None = None  # None: the defaults for the roles
        self.services: tuple[ServiceOffer, ...] = SERVICES
        self.postal_products: tuple[PostalProductOffer, ...] = POSTAL_PRODUCTS
        self.gate: threading.Event | None = None
        self.calls: list[tuple[str, int]] = []
        self.closed = False
        self.audit_rows: tuple[AuditRow, ...] = AUDIT_ROWS
        self.audit_searches: list[AuditFilter] = []
        self.verification = AuditVerification(True, len(AUDIT_ROWS), len(AUDIT_ROWS), AUDIT_HEAD)
        self.audit_error: BaseException | None = None
        self.idle_minutes: float = 15  # tests of the idle lock set a fraction of a minute
        self.unlock_error: BaseException | None = None  # raised by unlock() instead of checking the password

    def _enter(self, name: str) -> None:
        self.calls.append(on_thread(name))
        if self.gate is not None and not self.gate.wait(10):
            raise TimeoutError(f"{name}: the test never opened the gate")

    def thread_of(self, name: str) -> list[int]:
        return [thread for call, thread in self.calls if call == name]

    @property
    def identity(self) -> StaffIdentity:
        return self._identity

    @property
    def database_label(self) -> str:
        return self._label

    def check_connection(self) -> bool:
        self._enter("check_connection")
        return self.connection_ok

    def overview(self) -> Overview:
        self._enter("overview")
        if self.overview_error is not None:
            raise self.overview_error
        roles = self._identity.roles
        if self.counts is not None:
            counts = self.counts
        elif roles <= {Role.MAILROOM}:
            counts = {s: ALL_COUNTS[s] for s in MAILROOM_STATUSES}
        else:
            counts = ALL_COUNTS
        return Overview(
            counts=tuple(StatusCount(s, n) for s, n in counts.items()),
            on_track=96,
            due=31,
            late=8,
            as_of=AS_OF,
            clock_shown=not roles <= {Role.MAILROOM},
        )

    def catalogue(self, on: date) -> Catalogue:
        self._enter("catalogue")
        if not has_permission(self._identity.roles, Permission.VIEW_REFERENCE_DATA):
            raise PermissionDenied(self._identity.username, Permission.VIEW_REFERENCE_DATA.value)
        if self.catalogue_error is not None:
            raise self.catalogue_error
        return Catalogue(on=on, services=self.services, postal_products=self.postal_products)

    def idle_lock_minutes(self) -> float:
        self._enter("idle_lock_minutes")
        return self.idle_minutes

    def unlock(self, password: str) -> None:
        self._enter("unlock")
        if self.unlock_error is not None:
            raise self.unlock_error
        if password != PASSWORD:
            raise AuthenticationFailed()

    def audit_events(self, filters: AuditFilter) -> list[AuditRow]:
        """Filters ``audit_rows`` as the service does (Geneva days are approximated by UTC days)."""
        self._enter("audit_events")
        roles = self._identity.roles
        if not (has_permission(roles, Permission.VIEW_AUDIT) or has_permission(roles, Permission.VIEW_TEAM_AUDIT)):
            raise PermissionDenied(self._identity.username, Permission.VIEW_AUDIT.value)
        if self.audit_error is not None:
            raise self.audit_error
        self.audit_searches.append(filters)
        action = filters.action or ""
        return [
            r for r in self.audit_rows
            if (not filters.order_reference or r.order_reference == filters.order_reference.upper())
            and (not filters.actor or r.actor == filters.actor)
            and (not action or (r.action.startswith(action) if action.endswith(".") else r.action == action))
            and (not filters.date_from or r.occurred_at.date() >= filters.date_from)
            and (not filters.date_to or r.occurred_at.date() <= filters.date_to)
        ][: filters.limit]  # fmt: skip

    def verify_audit(self) -> AuditVerification:
        self._enter("verify_audit")
        if not has_permission(self._identity.roles, Permission.VERIFY_AUDIT):
            raise PermissionDenied(self._identity.username, Permission.VERIFY_AUDIT.value)
        if self.audit_error is not None:
            raise self.audit_error
        return self.verification

    def close(self) -> None:
        self.calls.append(on_thread("close"))
        self.closed = True


@dataclass
class FakeConnector:
    """In-memory ``Connector``: users of ``USERS`` with ``PASSWORD``, a dict for a keyring."""

    default: str = "demo"
    unreachable: bool = False
    locked_until: dict[str, datetime] = field(default_factory=dict)
    keyring: dict[tuple[str, str], str] = field(default_factory=dict)
    keyring_calls: list[tuple[str, ...]] = field(default_factory=list)
    open_calls: list[tuple[str, str, str | None, int]] = field(default_factory=list)
    sessions: list[FakeSession] = field(default_factory=list)
    gate: threading.Event | None = None
    keyring_usable: bool = True  # False: as with keyring's "fail" backend

    def profiles(self) -> list[ProfileChoice]:
        return [
            ProfileChoice("demo", "Demo", "/home/agent/.local/share/ocpm-desk/demo.sqlite", False),
            ProfileChoice("local", "Local", "/home/agent/.local/share/ocpm-desk/local.sqlite", False),
            ProfileChoice("central", "Central", "postgresql://db.ocpm.etat-ge.ch/ocpm", True),
        ]

    def default_profile(self) -> str:
        return self.default

    def open(self, profile: str, username: str, password: str, url: str | None = None) -> DeskSession:
        self.open_calls.append((profile, username, url, threading.get_ident()))
        if self.gate is not None and not self.gate.wait(10):
            raise TimeoutError("open: the test never opened the gate")
        if self.unreachable:
            raise ConnectionFailed("connection refused")
        if username in self.locked_until:
            raise AccountLocked(self.locked_until[username])
        if username not in USERS or password != PASSWORD:
            raise AuthenticationFailed()
        display_name, roles = USERS[username]
        session = FakeSession(StaffIdentity(username, display_name, roles))
        self.sessions.append(session)
        return session

    def saved_password(self, profile: str, username: str) -> str | None:
        self.keyring_calls.append(("saved_password", profile, username))
        return self.keyring.get((profile, username))

    def remember_password(self, profile: str, username: str, password: str) -> None:
        self.keyring_calls.append(("remember_password", profile, username, password))
        self.keyring[(profile, username)] = password

    def forget_password(self, profile: str, username: str) -> None:
        self.keyring_calls.append(("forget_password", profile, username))
        self.keyring.pop((profile, username), None)

    def keyring_backend(self) -> str:
        return "fake in-memory keyring" if self.keyring_usable else "keyring.backends.fail.Keyring"

    def keyring_available(self) -> bool:
        return self.keyring_usable


def session_for(username: str) -> FakeSession:
    display_name, roles = USERS[username]
    return FakeSession(StaffIdentity(username, display_name, roles))
