"""What the GUI sees of the application: plain dataclasses and two protocols.

``Connector`` opens a ``DeskSession`` for a profile and a user; ``bootstrap`` builds the real ones. The GUI imports
this module only for types — and ``draft_blockers``, the pure rule the refusal editor shares with the service — and
never reaches below it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from ocpm_desk.features.accounts.api import StaffIdentity
from ocpm_desk.features.accounts.connector import Connector as Connector  # re-exported: the names the GUI knows
from ocpm_desk.features.accounts.connector import ProfileChoice as ProfileChoice
from ocpm_desk.features.audit.api import AuditFilter, AuditRow, AuditVerification, AuditWitness
from ocpm_desk.features.casework.api import OrderDetail, StaffChoice
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
from ocpm_desk.features.refusals.api import DraftInput, IssuedDecision, ProposalRow, ProposalView, RefusalDraft
from ocpm_desk.kernel.phrases import Phrase

if TYPE_CHECKING:  # only for annotations: those modules import this one
    from ocpm_desk.features.casework.api import OrderState, QueueRow, QueueSpec
    from ocpm_desk.features.intake.api import ImportSummary, QuarantineList, QuarantineRow


# ---- the order screen (caseworker workspace) ---------------------------------------------------------------------


class DeskSession(Protocol):
    """A logged-in user's view of the database. Every call may raise ``DomainError`` subclasses."""

    @property
    def identity(self) -> StaffIdentity: ...

    @property
    def database_label(self) -> Phrase: ...  # "Demo — demo.sqlite", said in the reader's language

    def check_connection(self) -> bool: ...

    def overview(self) -> Overview: ...

    def catalogue(self, on: date) -> Catalogue: ...

    def idle_lock_minutes(self) -> int:
        """Minutes without input after which the window hides its content (setting ``idle_lock_minutes``)."""
        ...

    def unlock(self, password: str) -> None:
        """Check the logged-in user's password again (idle lock); raises AuthenticationFailed."""
        ...

    def audit_witness(self) -> AuditWitness | None:
        """The newest head of the audit chain this workstation saw (auditors; None for others or when there is
        none), moved on to the chain's head while the chain still contains it; ``lost`` when it no longer does."""
        ...

    def set_own_password(self, new_password: str) -> None:
        """Replace the logged-in user's password (a one-time one, at the first login: identity.must_change_password);
        afterwards ``identity.must_change_password`` is false."""
        ...

    def audit_events(self, filters: AuditFilter) -> list[AuditRow]:
        """Newest first; supervisors and auditors (Permission.VIEW_AUDIT / VIEW_TEAM_AUDIT). For an auditor, the
        workstation's witness also moves on to the chain's head while the chain still contains it."""
        ...

    def verify_audit(self) -> AuditVerification:
        """The whole chain and the workstation's witness (auditors); the result carries the witness."""
        ...

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

    # ---- the order screen
    def open_order(self, order_id: int) -> OrderDetail:
        """Load an order with its personal data; writes an ``order.viewed`` audit event (LIPAD access trail).

        For the assignee of an order in review whose automatic conditions were never evaluated, evaluates them first.
        """
        ...

    def evaluate_conditions(self, order_id: int, version: int) -> OrderDetail: ...

    def set_condition(self, order_id: int, version: int, code: str, result: str, note: str) -> OrderDetail:
        """Tick a manual condition (``met`` / ``not_met``) with a note, or override an automatic result with a
        written justification (``note`` mandatory, at least 10 characters); ``result=""`` removes an override
        (a manual tick cannot be removed, only changed). Bumps the version: use the returned detail's."""
        ...

    def approve(self, order_id: int, version: int) -> OrderState: ...

    def hold(self, order_id: int, version: int, reason: str, follow_up_on: date) -> OrderState: ...

    def resume(self, order_id: int, version: int) -> OrderState: ...

    def withdraw(self, order_id: int, version: int, note: str) -> OrderState:
        """Record the applicant's written withdrawal (the fee is kept, G2)."""
        ...

    def assign(self, order_id: int, version: int, to_username: str) -> OrderState: ...

    def assignable_staff(self) -> list[StaffChoice]: ...

    # ---- refusals
    def refusal_draft(self, order_id: int) -> RefusalDraft:
        """The editor's state: the saved draft of the current user, or a prefill (suggested grounds, facts)."""
        ...

    def save_refusal_draft(self, order_id: int, draft: DraftInput) -> RefusalDraft:
        """Autosave (the order's version does not change; the order must be in review, worked by the user)."""
        ...

    def preview_refusal(self, order_id: int, draft: DraftInput) -> bytes:
        """The decision letter as the draft stands, marked PROJET (nothing is written)."""
        ...

    def submit_refusal(self, order_id: int, version: int, draft: DraftInput) -> OrderState:
        """in_review → refusal_proposed; needs the hearing done and at least one ground."""
        ...

    def preview_hearing_letter(self, order_id: int, draft: DraftInput) -> bytes: ...

    def send_hearing_letter(self, order_id: int, version: int, draft: DraftInput) -> OrderState:
        """Store the hearing letter (``documents``) and put the order on hold until the time to comment is over."""
        ...

    def record_hearing_not_needed(self, order_id: int, version: int, reason: str) -> OrderState: ...

    def record_hearing_answer(self, order_id: int, version: int, answer: str, received_on: date | None) -> OrderState:
        """The applicant's comments (``received_on`` their date), or ``answer=""``/``received_on=None`` when none
        came within the time limit (only once it is over)."""
        ...

    def refusal_proposals(self) -> list[ProposalRow]: ...

    def proposal(self, decision_id: int) -> ProposalView: ...

    def approve_refusal(self, decision_id: int, content_sha256: str) -> IssuedDecision:
        """Sign: refused only if the content still hashes to ``content_sha256`` and the user is not its author."""
        ...

    def return_refusal(self, decision_id: int, content_sha256: str, comment: str) -> OrderState: ...

    def decision_pdf(self, decision_id: int, *, copy: bool = False) -> bytes:
        """The archived original (its hash checked), or a copy marked COPIE that is not stored."""
        ...

    # ---- mail room
    def print_queue(self) -> list[PrintItem]: ...

    def printers(self) -> list[PrinterChoice]:
        """CUPS printers (empty without CUPS: the GUI then offers a PDF file or its QtPdf fallback)."""
        ...

    def print_preview(self, keys: list[str]) -> bytes:
        """The selection merged into one PDF, in the given order (nothing is marked)."""
        ...

    def print_batch(self, keys: list[str], destination: PrintDestination) -> PrintOutcome:
        """Merge and hand over as one job; only once the print system accepted it are approved/refused orders moved
        to ready_to_ship and hearing letters marked printed."""
        ...

    def mark_printed(self, keys: list[str], job_id: str, destination: str) -> PrintOutcome:
        """For the GUI's QtPdf fallback: the job was accepted by the printer Qt printed to."""
        ...

    def scan(self, code: str) -> ScanItem:
        """An order barcode (its reference) waiting to be shipped; raises a DomainError saying why not."""
        ...

    def ship(self, order_id: int, version: int, item_number: str | None) -> ShipmentView: ...

    def record_return(self, code: str, reason: str, note: str = "") -> ShipmentView:
        """A returned envelope: ``code`` is the order reference or the registered item number; ``reason`` one of
        not_collected, unknown_address, refused, moved, other."""
        ...

    def send_again(self, order_id: int, version: int, address: dict[str, str | None] | None) -> OrderState:
        """returned → ready_to_ship, with a corrected delivery address (eCH-0010 fields) or the same one."""
        ...

    def import_tracking(self, csv_text: str) -> TrackingImport: ...

    def deposit_list(self, day: date) -> DepositListView:
        """The list of the day's registered items (created on first call, stored with its hash; the same after)."""
        ...

    def deposit_list_pdf(self, deposit_list_id: int) -> bytes: ...

    def shipments(self, order_id: int) -> list[ShipmentView]: ...

    def appeal_deadlines(self) -> list[AppealDeadline]: ...

    def record_correction(self, order_id: int, version: int, received_on: date, description: str,
                          attributable_to: str) -> OrderState:
        """G5: "ocpm" → reissue (back to approved, new document, no new fee); "applicant" → recorded, the reply says
        a new order is needed."""
        ...

    # ---- order intake (supervisors)
    def import_orders(
        self,
        path: str,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportSummary:
        """Import an e-démarches intake file (JSON Lines, DESIGN §9) in batches, each committed on its own.

        ``progress(bytes_read, total_bytes)`` is called after each batch; ``cancelled()`` is asked between batches:
        the import then stops (``ImportSummary.cancelled``), keeping the batches already written; importing the
        same file again finishes it. A file that cannot be read raises ``DomainError``. Long: call it from a
        background thread.
        """
        ...

    def quarantine(self, include_resolved: bool = False, limit: int = 1000) -> QuarantineList:
        """The lines that could not become orders, newest first (open ones only unless ``include_resolved``);
        card numbers masked. ``limit=0``: the counts only."""
        ...

    def resolve_quarantine(self, quarantine_id: int, note: str) -> QuarantineRow:
        """Close a quarantined line with a note (at least 10 characters) saying what was done about it."""
        ...

    def wait_for_change(self, timeout: float) -> bool:
        """Block up to ``timeout`` seconds until orders change anywhere (PostgreSQL ``LISTEN``); True if they did.

        On SQLite returns True when the file changed since the last call (``PRAGMA data_version``), else sleeps and
        returns False. Called from a background thread, never the GUI thread.
        """
        ...

    def close(self) -> None: ...
