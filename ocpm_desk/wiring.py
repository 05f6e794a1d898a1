"""The application behind the GUI: engines, the desk session over the services, logins (DESIGN §10).

Imported by ``ocpm_desk.bootstrap`` when a user logs in, not before: the login dialog comes up without SQLAlchemy,
the ORM or the services loaded. Nothing else imports it."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from ocpm_desk.features.accounts import accounts
from ocpm_desk.features.accounts.api import StaffIdentity
from ocpm_desk.features.audit.api import AuditFilter, AuditRow, AuditVerification, AuditWitness
from ocpm_desk.features.casework import claiming, reading
from ocpm_desk.features.casework import handling as casework
from ocpm_desk.features.casework.api import OrderDetail, OrderState, QueueRow, QueueSpec, StaffChoice
from ocpm_desk.features.intake import imports as intake
from ocpm_desk.features.intake.api import ImportSummary, QuarantineList, QuarantineRow
from ocpm_desk.features.mailroom import mailroom
from ocpm_desk.features.mailroom.api import (
    AppealDeadline,
    DepositListView,
    PrintDestination,
    PrinterChoice,
    PrintItem,
    PrintOutcome,
    ScanItem,
    ShipmentView,
    TrackingImport,
)
from ocpm_desk.features.overview.api import Overview
from ocpm_desk.features.reference.api import Catalogue
from ocpm_desk.features.reference.settings import read_idle_lock_minutes
from ocpm_desk.features.refusals import decisions
from ocpm_desk.features.refusals.api import DraftInput, IssuedDecision, ProposalRow, ProposalView, RefusalDraft
from ocpm_desk.features.workstation import settings as workstation
from ocpm_desk.infrastructure import database
from ocpm_desk.infrastructure import profiles as prof
from ocpm_desk.infrastructure.db.changes import ChangeWatcher, watcher_for
from ocpm_desk.infrastructure.db.engine import make_engine
from ocpm_desk.infrastructure.uow import SYSTEM_CLI, Actor
from ocpm_desk.kernel.errors import (
    QT_TRANSLATE_NOOP,
    AccountLocked,
    AuthenticationFailed,
    ConnectionFailed,
    DomainError,
)
from ocpm_desk.kernel.permissions import Permission, has_permission
from ocpm_desk.kernel.phrases import Phrase
from ocpm_desk.logging_setup import describe_exception

log = logging.getLogger(__name__)
T = TypeVar("T")
DEMO_ORDERS = 2000  # what `make run` shows on first start: enough to fill every screen, seeded in a few seconds


class _Engines:
    """One engine (and pool) per URL for the life of the process."""

    def __init__(self) -> None:
        self._engines: dict[str, Engine] = {}
        self._lock = threading.Lock()

    def get(self, url: str) -> Engine:
        with self._lock:
            if url not in self._engines:
                self._engines[url] = make_engine(url)
            return self._engines[url]

    def dispose(self) -> None:
        with self._lock:
            for engine in self._engines.values():
                engine.dispose()
            self._engines.clear()


ENGINES = _Engines()


def connection_failed(exc: DBAPIError) -> ConnectionFailed:
    # The log gets the class and SQLSTATE only: a database error's message may quote the values of a row.
    log.warning("database error: %s", describe_exception(exc))
    first = " ".join(str(exc.orig).split()) if exc.orig else type(exc).__name__
    return ConnectionFailed(first)


def without_password(url: str) -> str:
    """The URL as it may be written to the settings file: any password taken out."""
    u = make_url(url)
    if u.password is None:
        return url
    bare = URL.create(u.drivername, u.username, None, u.host, u.port, u.database, u.query)
    return bare.render_as_string(hide_password=False)


def prepare_database(engine: Engine, profile: str) -> None:
    """Démo: create and fill on first start. Local (and a SQLite file given as Central): create the schema."""
    database.init_database(engine, SYSTEM_CLI)
    if profile == prof.DEMO and database.order_count(engine) == 0:
        from ocpm_desk.demo.seed import seed_demo

        seed_demo(engine, orders=DEMO_ORDERS)


class AppDeskSession:
    """A logged-in user's handle on one database; every call opens its own short transaction."""

    def __init__(
        self, engine: Engine, identity: StaffIdentity, label: Phrase, *, central_url: str | None = None
    ) -> None:
        self._engine = engine
        # a central login has its own pool, closed at log out, and its password is checked by the server
        self._central_url = central_url
        self._identity = identity
        self._label = label
        self._watcher: ChangeWatcher | None = None  # opened by the first wait_for_change
        self._watcher_lock = threading.Lock()
        self._closed = False

    @property
    def identity(self) -> StaffIdentity:
        return self._identity

    @property
    def database_label(self) -> Phrase:
        return self._label

    def check_connection(self) -> bool:
        try:
            with self._engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except DBAPIError:
            return False

    def overview(self) -> Overview:
        try:
            return reading.overview(self._engine, self._actor)
        except DBAPIError as exc:
            raise connection_failed(exc) from None

    def catalogue(self, on: date) -> Catalogue:
        try:
            return reading.catalogue(self._engine, self._actor, on)
        except DBAPIError as exc:
            raise connection_failed(exc) from None

    @property
    def _actor(self) -> Actor:
        return Actor(self._identity.username, self._identity.roles)

    def idle_lock_minutes(self) -> int:
        """The database's setting, shortened by this workstation's preference (the settings dialog) if lower."""
        try:
            minutes = read_idle_lock_minutes(self._engine)
        except DBAPIError as exc:
            raise connection_failed(exc) from None
        return workstation.effective_idle_lock_minutes(minutes, workstation.idle_lock_preference())

    def unlock(self, password: str) -> None:
        try:
            if self._central_url is not None:
                engine, _identity = accounts.authenticate_central(self._central_url, self._identity.username, password)
                engine.dispose()
            else:
                accounts.authenticate(self._engine, self._identity.username, password)
        except DBAPIError as exc:
            raise connection_failed(exc) from None

    def audit_witness(self) -> AuditWitness | None:
        # the auditor's screen loads (after its search): the witness moves on to the chain's head (cheap; a witness
        # the chain no longer contains stays, for the next verification to report)
        from ocpm_desk.features.audit.trail import refresh_witness

        if not has_permission(self._actor.roles, Permission.VERIFY_AUDIT):
            return None
        try:
            return refresh_witness(self._engine, self._actor)
        except (DBAPIError, OSError, DomainError) as exc:
            log.warning("audit witness not read: %s", describe_exception(exc))
            return None

    def set_own_password(self, new_password: str) -> None:
        try:
            self._identity = accounts.set_own_password(self._engine, self._identity, new_password)
        except DBAPIError as exc:
            raise connection_failed(exc) from None

    def audit_events(self, filters: AuditFilter) -> list[AuditRow]:
        from ocpm_desk.features.audit.trail import search_audit

        try:
            return search_audit(self._engine, self._actor, filters)
        except DBAPIError as exc:
            raise connection_failed(exc) from None

    def verify_audit(self) -> AuditVerification:
        from ocpm_desk.features.audit.trail import verify_with_witness

        try:
            return verify_with_witness(self._engine, self._actor)
        except DBAPIError as exc:
            raise connection_failed(exc) from None

    def queue_count(self, spec: QueueSpec) -> int:
        try:
            return reading.queue_count(self._engine, self._actor, spec)
        except DBAPIError as exc:
            raise connection_failed(exc) from None

    def queue_page(
        self,
        spec: QueueSpec,
        *,
        after: tuple[Any, int] | None = None,
        before: tuple[Any, int] | None = None,
        at: int | None = None,
        limit: int = 100,
    ) -> list[QueueRow]:
        try:
            return reading.queue_page(self._engine, self._actor, spec, after=after, before=before, at=at, limit=limit)
        except DBAPIError as exc:
            raise connection_failed(exc) from None

    def claim_next(self) -> OrderState:
        return self._write(lambda: claiming.claim_next(self._engine, self._actor))

    def claim(self, order_id: int, version: int) -> OrderState:
        return self._write(lambda: claiming.claim(self._engine, self._actor, order_id, version))

    def release(self, order_id: int, version: int) -> OrderState:
        return self._write(lambda: claiming.release(self._engine, self._actor, order_id, version))

    # ---- the order screen
    def open_order(self, order_id: int) -> OrderDetail:
        return self._write(lambda: casework.order_detail(self._engine, self._actor, order_id))

    def evaluate_conditions(self, order_id: int, version: int) -> OrderDetail:
        return self._write(lambda: casework.evaluate(self._engine, self._actor, order_id, version))

    def set_condition(self, order_id: int, version: int, code: str, result: str, note: str) -> OrderDetail:
        return self._write(
            lambda: casework.set_condition(self._engine, self._actor, order_id, version, code, result, note)
        )

    def approve(self, order_id: int, version: int) -> OrderState:
        return self._write(lambda: casework.approve(self._engine, self._actor, order_id, version))

    def hold(self, order_id: int, version: int, reason: str, follow_up_on: date) -> OrderState:
        return self._write(lambda: casework.hold(self._engine, self._actor, order_id, version, reason, follow_up_on))

    def resume(self, order_id: int, version: int) -> OrderState:
        return self._write(lambda: casework.resume(self._engine, self._actor, order_id, version))

    def withdraw(self, order_id: int, version: int, note: str) -> OrderState:
        return self._write(lambda: casework.withdraw(self._engine, self._actor, order_id, version, note))

    def assign(self, order_id: int, version: int, to_username: str) -> OrderState:
        return self._write(lambda: claiming.assign(self._engine, self._actor, order_id, to_username, version))

    def assignable_staff(self) -> list[StaffChoice]:
        try:
            return casework.assignable_staff(self._engine, self._actor)
        except DBAPIError as exc:
            raise connection_failed(exc) from None

    # ---- refusals
    def refusal_draft(self, order_id: int) -> RefusalDraft:
        return self._write(lambda: decisions.refusal_draft(self._engine, self._actor, order_id))

    def save_refusal_draft(self, order_id: int, draft: DraftInput) -> RefusalDraft:
        return self._write(lambda: decisions.save_refusal_draft(self._engine, self._actor, order_id, draft))

    def preview_refusal(self, order_id: int, draft: DraftInput) -> bytes:
        return self._write(lambda: decisions.preview_refusal(self._engine, self._actor, order_id, draft))

    def submit_refusal(self, order_id: int, version: int, draft: DraftInput) -> OrderState:
        return self._write(lambda: decisions.submit_refusal(self._engine, self._actor, order_id, version, draft))

    def preview_hearing_letter(self, order_id: int, draft: DraftInput) -> bytes:
        return self._write(lambda: decisions.preview_hearing_letter(self._engine, self._actor, order_id, draft))

    def send_hearing_letter(self, order_id: int, version: int, draft: DraftInput) -> OrderState:
        return self._write(
            lambda: decisions.send_hearing_letter(self._engine, self._actor, order_id, version, draft)
        )

    def record_hearing_not_needed(self, order_id: int, version: int, reason: str) -> OrderState:
        return self._write(
            lambda: decisions.record_hearing_not_needed(self._engine, self._actor, order_id, version, reason)
        )

    def record_hearing_answer(self, order_id: int, version: int, answer: str, received_on: date | None) -> OrderState:
        return self._write(lambda: decisions.record_hearing_answer(
            self._engine, self._actor, order_id, version, answer, received_on))

    def refusal_proposals(self) -> list[ProposalRow]:
        return self._write(lambda: decisions.refusal_proposals(self._engine, self._actor))

    def proposal(self, decision_id: int) -> ProposalView:
        return self._write(lambda: decisions.proposal(self._engine, self._actor, decision_id))

    def approve_refusal(self, decision_id: int, content_sha256: str) -> IssuedDecision:
        return self._write(lambda: decisions.approve_refusal(self._engine, self._actor, decision_id, content_sha256))

    def return_refusal(self, decision_id: int, content_sha256: str, comment: str) -> OrderState:
        return self._write(
            lambda: decisions.return_refusal(self._engine, self._actor, decision_id, content_sha256, comment)
        )

    def decision_pdf(self, decision_id: int, *, copy: bool = False) -> bytes:
        return self._write(lambda: decisions.decision_pdf(self._engine, self._actor, decision_id, copy=copy))

    # ---- mail room
    def print_queue(self) -> list[PrintItem]:
        return self._write(lambda: mailroom.print_queue(self._engine, self._actor))

    def printers(self) -> list[PrinterChoice]:
        """The print system's printers, this workstation's default printer (settings dialog) first."""
        return workstation.with_preferred_printer(mailroom.printers(self._engine, self._actor),
                                                  workstation.preferred_printer())

    def print_preview(self, keys: list[str]) -> bytes:
        return self._write(lambda: mailroom.print_preview(self._engine, self._actor, keys))

    def print_batch(self, keys: list[str], destination: PrintDestination) -> PrintOutcome:
        return self._write(lambda: mailroom.print_batch(self._engine, self._actor, keys, destination))

    def mark_printed(self, keys: list[str], job_id: str, destination: str) -> PrintOutcome:
        return self._write(lambda: mailroom.mark_printed(self._engine, self._actor, keys, job_id, destination))

    def scan(self, code: str) -> ScanItem:
        return self._write(lambda: mailroom.scan(self._engine, self._actor, code))

    def ship(self, order_id: int, version: int, item_number: str | None) -> ShipmentView:
        return self._write(lambda: mailroom.ship(self._engine, self._actor, order_id, version, item_number))

    def record_return(self, code: str, reason: str, note: str = "") -> ShipmentView:
        return self._write(lambda: mailroom.record_return(self._engine, self._actor, code, reason, note))

    def send_again(self, order_id: int, version: int, address: dict[str, str | None] | None) -> OrderState:
        return self._write(lambda: mailroom.send_again(self._engine, self._actor, order_id, version, address))

    def import_tracking(self, csv_text: str) -> TrackingImport:
        return self._write(lambda: mailroom.import_tracking(self._engine, self._actor, csv_text))

    def deposit_list(self, day: date) -> DepositListView:
        return self._write(lambda: mailroom.deposit_list(self._engine, self._actor, day))

    def deposit_list_pdf(self, deposit_list_id: int) -> bytes:
        return self._write(lambda: mailroom.deposit_list_pdf(self._engine, self._actor, deposit_list_id))

    def shipments(self, order_id: int) -> list[ShipmentView]:
        return self._write(lambda: mailroom.shipments(self._engine, self._actor, order_id))

    def appeal_deadlines(self) -> list[AppealDeadline]:
        return self._write(lambda: mailroom.appeal_deadlines(self._engine, self._actor))

    def record_correction(self, order_id: int, version: int, received_on: date, description: str,
                          attributable_to: str) -> OrderState:
        return self._write(lambda: mailroom.record_correction(
            self._engine, self._actor, order_id, version, received_on, description, attributable_to))

    # ---- order intake
    def import_orders(
        self,
        path: str,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportSummary:
        file = Path(path)
        try:
            stream = file.open("rb")
            total = os.fstat(stream.fileno()).st_size
        except OSError as exc:
            raise DomainError(QT_TRANSLATE_NOOP("Message", "the file {name} cannot be read: {detail}"),
                              name=file.name or path, detail=exc.strerror or str(exc)) from None
        with stream:
            try:
                return self._write(lambda: intake.import_orders(
                    self._engine, self._actor, stream, file.name, total_bytes=total, progress=progress,
                    cancelled=cancelled))
            except OSError as exc:  # the file went away or the disk failed while reading it
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Message", "the file {name} could not be read to the end: {detail}; what was imported before "
                    "stays, import the same file again"), name=file.name, detail=exc.strerror or str(exc)) from None

    def quarantine(self, include_resolved: bool = False, limit: int = 1000) -> QuarantineList:
        return self._write(lambda: intake.quarantine_rows(self._engine, self._actor,
                                                         include_resolved=include_resolved, limit=limit))

    def resolve_quarantine(self, quarantine_id: int, note: str) -> QuarantineRow:
        return self._write(lambda: intake.resolve_quarantine(self._engine, self._actor, quarantine_id, note))

    def _write(self, action: Callable[[], T]) -> T:
        """A change: the database's own refusal (trigger, grant) becomes a readable error; nothing is written."""
        try:
            return action()
        except DBAPIError as exc:
            state = str(getattr(exc.orig, "sqlstate", None) or "")
            if exc.connection_invalidated or state.startswith("08") or not state:
                raise connection_failed(exc) from None
            raise accounts.database_refusal(exc) from None

    def wait_for_change(self, timeout: float) -> bool:
        """PostgreSQL: a connection of its own LISTENs for ``ocpm_orders`` (migration 0005) and this returns as soon
        as a notification comes; SQLite: ``PRAGMA data_version`` every 2 s. Errors are the watcher's business (it
        reconnects); a closed session only sleeps."""
        with self._watcher_lock:
            if self._closed:
                watcher: ChangeWatcher | None = None
            else:
                if self._watcher is None:
                    self._watcher = watcher_for(self._engine)
                watcher = self._watcher
        if watcher is None:
            time.sleep(min(max(timeout, 0.0), 0.1))
            return False
        return watcher.wait(timeout)

    def close(self) -> None:
        """Close a central login's connections (the listening one too); embedded databases keep their shared engine."""
        with self._watcher_lock:
            self._closed = True
            watcher, self._watcher = self._watcher, None
        if watcher is not None:
            watcher.close()
        if self._central_url is not None:
            self._engine.dispose()


def login_for_log(engine: Engine | None, username: str, exc: BaseException) -> str:
    """The login a failed attempt was for, when it names a local account; otherwise not the text typed (a
    password typed into the user field by mistake must not reach the log)."""
    name = username.strip().lower()
    if isinstance(exc, AccountLocked):
        return name  # the account exists
    if engine is None or not isinstance(exc, AuthenticationFailed):
        return "a user not checked"
    try:
        known = accounts.staff_identity(engine, name) is not None
    except Exception:
        known = False
    return name if known else "an unknown user"
