"""Fakes of ``ocpm_desk.session``: a ``Connector`` and ``DeskSession`` with in-memory data.

They keep to the protocols and record on which thread each call ran, so that tests can prove the database is
never touched from the GUI thread. ``gate`` events hold a call until the test releases it, to look at the window
while work is in flight. (A module of its own, not the conftest: tests and review scripts import it by name.)
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any, cast

from intake_fakes import FakeIntake
from order_fakes import FakeCasework

from ocpm_desk.features.accounts.api import StaffIdentity
from ocpm_desk.features.audit.api import AuditFilter, AuditRow, AuditVerification, AuditWitness
from ocpm_desk.features.casework.api import Queue, QueueRow, QueueSpec, SortKey
from ocpm_desk.features.overview.api import Overview, StatusCount
from ocpm_desk.features.reference.api import Catalogue, PostalProductOffer, ServiceOffer
from ocpm_desk.kernel.calendar import DeliveryClock
from ocpm_desk.kernel.errors import (
    AccountLocked,
    AuthenticationFailed,
    ConnectionFailed,
    NotFound,
    NothingToClaim,
    PermissionDenied,
    StaleVersion,
    TransitionNotAllowed,
)
from ocpm_desk.kernel.lifecycle import OrderState, Status
from ocpm_desk.kernel.permissions import Permission, has_permission
from ocpm_desk.kernel.phrases import Phrase
from ocpm_desk.kernel.roles import Role
from ocpm_desk.session import DeskSession, ProfileChoice

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


def _clock(days: int) -> DeliveryClock:
    return DeliveryClock.ON_TRACK if days < 7 else DeliveryClock.DUE if days <= 14 else DeliveryClock.LATE


def queue_row(n: int, status: Status = Status.PAID, assigned_to: str | None = None, *, version: int = 1,
              last_name: str = "Dupont") -> QueueRow:
    """Order ``n`` of a fake queue: older as ``n`` is smaller; ``sort_value`` left for ``queue_page`` to set."""
    ordered_at = datetime(2026, 1, 5, 8, 0, tzinfo=UTC) + timedelta(hours=n)
    paid_at = None if status is Status.AWAITING_PAYMENT else ordered_at + timedelta(minutes=5)
    days = max(0, 40 - n // 3)
    codes = ("ATT-RES", "ATT-RES-HIST", "ATT-DEP")
    return QueueRow(n, f"ED-2026-{n:08d}", codes[n % 3], f"{last_name}, Jean {n}", paid_at, ordered_at, days,
                    _clock(days), status, assigned_to, version, None)  # fmt: skip


def demo_queue_rows() -> list[QueueRow]:
    """A small workload: 30 paid orders, a few in review (cdubois, jmeyer), on hold, approved, unpaid."""
    rows = [queue_row(n) for n in range(1, 31)]
    rows += [queue_row(n, Status.IN_REVIEW, "cdubois", version=2, last_name="Martin") for n in range(31, 36)]
    rows += [queue_row(n, Status.IN_REVIEW, "jmeyer", version=2, last_name="Rochat") for n in range(36, 39)]
    rows += [queue_row(n, Status.ON_HOLD, "cdubois", version=3, last_name="Favre") for n in range(39, 41)]
    rows += [queue_row(n, Status.APPROVED, "jmeyer", version=4, last_name="Bonvin") for n in range(41, 44)]
    rows += [queue_row(n, Status.AWAITING_PAYMENT, last_name="Keller") for n in range(44, 46)]
    return rows


def _in_queue(row: QueueRow, spec: QueueSpec) -> bool:
    if spec.queue is Queue.TO_PROCESS and row.status is not Status.PAID:
        return False
    if spec.queue is Queue.MINE and not (
        row.assigned_to == spec.username and row.status in (Status.IN_REVIEW, Status.REFUSAL_PROPOSED)
    ):
        return False
    if spec.queue is Queue.ON_HOLD and (
        row.status is not Status.ON_HOLD or (spec.username and row.assigned_to != spec.username)
    ):
        return False
    if spec.statuses and row.status not in spec.statuses:
        return False
    if spec.service_codes and row.service_code not in spec.service_codes:
        return False
    if spec.sort is SortKey.PAID_AT and row.paid_at is None:
        return False
    if spec.clock is not None and (row.clock is not spec.clock or row.status not in
                                   (Status.PAID, Status.IN_REVIEW, Status.ON_HOLD, Status.REFUSAL_PROPOSED)):
        return False
    if (spec.paid_from is not None or spec.paid_to is not None) and row.paid_at is None:
        return False
    if spec.paid_from is not None and row.paid_at is not None and row.paid_at < spec.paid_from:
        return False
    if spec.paid_to is not None and row.paid_at is not None and row.paid_at >= spec.paid_to:
        return False
    text = (spec.search or "").strip()
    return not text or text.upper() == row.reference or row.applicant.lower().startswith(text.lower())


def _sort_value(row: QueueRow, key: SortKey) -> Any:
    return {SortKey.PAID_AT: row.paid_at, SortKey.ORDERED_AT: row.ordered_at, SortKey.REFERENCE: row.reference}[key]


def page_of(ordered: list[QueueRow], spec: QueueSpec, after: tuple[Any, int] | None,
            before: tuple[Any, int] | None, at: int | None, limit: int) -> list[QueueRow]:
    """``queue_page``'s paging over rows already in the queue's order (each with its ``sort_value``)."""
    if at is not None and at < 0:
        return ordered[-limit:] if limit else []
    if at is not None:
        return ordered[at : at + limit]

    def follows(a: tuple[Any, int], b: tuple[Any, int]) -> bool:  # ``a`` comes after ``b`` in the queue's order
        return a < b if spec.descending else a > b

    if before is not None:
        return [r for r in ordered if follows(before, (r.sort_value, r.id))][-limit:]
    if after is not None:
        return [r for r in ordered if follows((r.sort_value, r.id), after)][:limit]
    return ordered[:limit]


def on_thread(name: str) -> tuple[str, int]:
    return name, threading.get_ident()


class FakeSession(FakeCasework, FakeIntake):
    """In-memory ``DeskSession``; ``gate`` (when set) holds every call until the test sets it."""

    def __init__(self, identity: StaffIdentity, where: str = "demo.sqlite") -> None:
        self._identity = identity
        self._label = Phrase("{profile} — {where}", context="Profile", profile=Phrase("Demo", context="Profile"),
                             where=where)
        self.connection_ok = True
        self.overview_error: BaseException | None = None
        self.catalogue_error: BaseException | None = None
        self.counts: dict[Status, int] | None = None  # None: the defaults for the roles
        self.services: tuple[ServiceOffer, ...] = SERVICES
        self.postal_products: tuple[PostalProductOffer, ...] = POSTAL_PRODUCTS
        self.gate: threading.Event | None = None
        self.calls: list[tuple[str, int]] = []
        self.closed = False
        self.witness: AuditWitness | None = None  # what audit_witness() answers (the auditor's screen shows it)
        self.audit_rows: tuple[AuditRow, ...] = AUDIT_ROWS
        self.audit_searches: list[AuditFilter] = []
        self.verification = AuditVerification(True, len(AUDIT_ROWS), len(AUDIT_ROWS), AUDIT_HEAD)
        self.audit_error: BaseException | None = None
        self.idle_minutes: float = 15  # tests of the idle lock set a fraction of a minute
        self.unlock_error: BaseException | None = None  # raised by unlock() instead of checking the password
        self.queue_rows: list[QueueRow] = demo_queue_rows()  # every order, the queues filter and sort them
        self.queue_specs: list[QueueSpec] = []  # as asked by queue_count
        self.page_calls: list[dict[str, Any]] = []
        self.page_delay_s = 0.0  # a slow query: queue_page sleeps that long in the worker
        self.queue_error: BaseException | None = None
        self.claim_errors: dict[int, BaseException] = {}  # raised by claim(order_id) for that order
        self._init_casework()  # the order screen's part (order_fakes)
        self._init_intake()  # the import and the quarantine (intake_fakes)

    # ---- queues and claiming

    def _queue(self, spec: QueueSpec) -> list[QueueRow]:
        if not has_permission(self._identity.roles, Permission.VIEW_QUEUES):
            raise PermissionDenied(self._identity.username, Permission.VIEW_QUEUES.value)
        if self.queue_error is not None:
            raise self.queue_error
        if spec.queue is Queue.MINE:
            spec = replace(spec, username=self._identity.username)
        rows = [replace(r, sort_value=_sort_value(r, spec.sort)) for r in self.queue_rows if _in_queue(r, spec)]
        rows.sort(key=lambda r: (r.sort_value, r.id), reverse=spec.descending)
        return rows

    def queue_count(self, spec: QueueSpec) -> int:
        self._enter("queue_count")
        self.queue_specs.append(spec)
        return len(self._queue(spec))

    def queue_page(self, spec: QueueSpec, *, after: tuple[Any, int] | None = None,
                   before: tuple[Any, int] | None = None, at: int | None = None, limit: int = 100
                   ) -> list[QueueRow]:  # fmt: skip
        self._enter("queue_page")
        self.page_calls.append({"spec": spec, "after": after, "before": before, "at": at, "limit": limit})
        if self.page_delay_s:
            time.sleep(self.page_delay_s)
        return page_of(self._queue(spec), spec, after, before, at, limit)

    def _find(self, order_id: int) -> int:
        for i, row in enumerate(self.queue_rows):
            if row.id == order_id:
                return i
        raise NotFound(f"order {order_id} not found")

    def _set(self, index: int, status: Status, assigned_to: str | None) -> OrderState:
        row = self.queue_rows[index]
        self.queue_rows[index] = row = replace(row, status=status, assigned_to=assigned_to, version=row.version + 1)
        return OrderState(row.id, row.reference, row.status, row.assigned_to, row.version)

    def claim_next(self) -> OrderState:
        self._enter("claim_next")
        if not has_permission(self._identity.roles, Permission.CLAIM_ORDER):
            raise PermissionDenied(self._identity.username, Permission.CLAIM_ORDER.value)
        waiting = [r for r in self.queue_rows if r.status is Status.PAID and r.paid_at is not None]
        if not waiting:
            raise NothingToClaim("no paid order is waiting")
        oldest = min(waiting, key=lambda r: (r.paid_at, r.id))
        return self._set(self._find(oldest.id), Status.IN_REVIEW, self._identity.username)

    def claim(self, order_id: int, version: int) -> OrderState:
        self._enter("claim")
        if not has_permission(self._identity.roles, Permission.CLAIM_ORDER):
            raise PermissionDenied(self._identity.username, Permission.CLAIM_ORDER.value)
        if order_id in self.claim_errors:
            raise self.claim_errors[order_id]
        index = self._find(order_id)
        row = self.queue_rows[index]
        if row.version != version:
            raise StaleVersion(row.reference, row.assigned_to, None)
        if row.status is not Status.PAID:
            raise TransitionNotAllowed(row.status.value, Status.IN_REVIEW.value, "only a paid order can be claimed")
        return self._set(index, Status.IN_REVIEW, self._identity.username)

    def release(self, order_id: int, version: int) -> OrderState:
        self._enter("release")
        if not has_permission(self._identity.roles, Permission.RELEASE_ORDER):
            raise PermissionDenied(self._identity.username, Permission.RELEASE_ORDER.value)
        index = self._find(order_id)
        row = self.queue_rows[index]
        if row.version != version:
            raise StaleVersion(row.reference, row.assigned_to, None)
        if row.status is not Status.IN_REVIEW or row.assigned_to != self._identity.username:
            raise TransitionNotAllowed(row.status.value, Status.PAID.value, "only your own orders in review")
        return self._set(index, Status.PAID, None)

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
    def database_label(self) -> Phrase:
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

    def idle_lock_minutes(self) -> int:
        self._enter("idle_lock_minutes")
        # Whole minutes in the protocol; the idle-lock tests hand a fraction, which the window reads with float().
        return cast(int, self.idle_minutes)

    def audit_witness(self) -> AuditWitness | None:
        self._enter("audit_witness")
        return self.witness

    def set_own_password(self, new_password: str) -> None:
        self._enter("set_own_password")
        self.new_password = new_password
        self._identity = StaffIdentity(self._identity.username, self._identity.display_name, self._identity.roles)

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

    def wait_for_change(self, timeout: float) -> bool:
        """True once after each change the test announces (``announce_change``), else sleeps up to ``timeout``; a
        closed session returns soon. Not gated, not recorded in ``calls`` (it runs in a loop)."""
        self.__dict__.setdefault("change_waits", []).append(threading.get_ident())
        changed: threading.Event = self.__dict__.setdefault("changes", threading.Event())
        if self.closed:
            time.sleep(min(timeout, 0.05))
            return False
        if not changed.wait(timeout):
            return False
        changed.clear()
        return True

    def announce_change(self) -> None:
        """Orders changed elsewhere: the next ``wait_for_change`` returns True."""
        self.__dict__.setdefault("changes", threading.Event()).set()

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
    prepared: int = 0  # calls of ``prepare``
    one_time: set[str] = field(default_factory=set)  # users whose password is one-time (must choose their own)

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
        session = FakeSession(StaffIdentity(username, display_name, roles,
                                            must_change_password=username in self.one_time))
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

    def prepare(self) -> None:
        self.prepared += 1


def session_for(username: str) -> FakeSession:
    display_name, roles = USERS[username]
    return FakeSession(StaffIdentity(username, display_name, roles))
