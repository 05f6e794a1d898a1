"""What the GUI sees of the application: plain dataclasses and two protocols.

``Connector`` opens a ``DeskSession`` for a profile and a user; ``bootstrap`` builds the real ones. The GUI imports
this module only for types and never reaches below it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from ocpm_desk.domain.calendar import DeliveryClock
from ocpm_desk.domain.lifecycle import Status
from ocpm_desk.domain.roles import Role

if TYPE_CHECKING:  # only for annotations: those modules import this one
    from ocpm_desk.queries.queues import QueueRow, QueueSpec
    from ocpm_desk.services.claiming import OrderState
    from ocpm_desk.services.review import ConditionView


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
    pending: int = 0  # PostgreSQL: events after the head not sealed yet (a transaction is still open)


# ---- the order screen (caseworker workspace) ---------------------------------------------------------------------


class OrderAction(StrEnum):
    """What the current user may do on an order now (transition table × roles × assignee); the GUI enables these."""

    CLAIM = "claim"
    RELEASE = "release"
    HOLD = "hold"
    RESUME = "resume"
    APPROVE = "approve"  # only when it would succeed now: evaluated, no OrderDetail.approve_blockers left
    WITHDRAW = "withdraw"
    ASSIGN = "assign"  # supervisor: assign a paid order or reassign an open one
    EVALUATE = "evaluate"  # (re)run the automatic conditions
    TICK = "tick"  # tick a manual condition / override a result
    # refusals (DESIGN §3 right to be heard, §6 refusal editor and approvals)
    HEARING = "hearing"  # in review, no hearing yet: send a hearing letter, or record why hearing is not needed
    HEARING_ANSWER = "hearing_answer"  # a hearing letter awaits its answer: record it (or that none came)
    PROPOSE_REFUSAL = "propose_refusal"  # in review: open the refusal editor (submitting needs the hearing done)
    DECIDE_REFUSAL = "decide_refusal"  # refusal proposed by someone else: a supervisor approves or returns it


@dataclass(frozen=True, slots=True)
class FieldComparison:
    field: str  # "avs" | "last_name" | "first_name" | "birth_date"
    given: str | None  # as the applicant typed it (dates ISO)
    register: str | None  # from the population register; None when the person is not found
    matches: bool


@dataclass(frozen=True, slots=True)
class PersonComparison:
    """One person of the order (the applicant, or the person concerned) beside their register record."""

    role: str  # "applicant" | "concerned"
    found_in_register: bool
    fields: tuple[FieldComparison, ...]
    register_facts: tuple[str, ...]  # English source lines the GUI translates by key, e.g. "swiss_citizen:yes"


@dataclass(frozen=True, slots=True)
class PaymentView:
    brand: str | None
    provider_reference: str | None
    paid_at: datetime | None
    fee_centimes: int
    postage_centimes: int
    total_centimes: int
    vat_rate: str  # rate in force at paid_at, percent as text ("8.1"); "0" when no VAT
    vat_centimes: int  # VAT included in the fee (the general terms: fees include VAT; postage is apart)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    occurred_at: datetime
    actor: str
    action: str  # claim, release, hold, resume, approve, withdraw, reassign, conditions_evaluated, condition_set, …
    from_status: Status | None
    to_status: Status | None
    note: str | None


@dataclass(frozen=True, slots=True)
class StaffChoice:
    username: str
    display_name: str
    open_orders: int  # in review, on hold or with a refusal proposed: helps the supervisor spread the work


# ---- refusals: grounds, hearing, editor, four-eyes approval, archive ------------------------------------------
@dataclass(frozen=True, slots=True)
class GroundChoice:
    """A ground of the catalogue in force at the order's payment (G3), ready for this order."""

    code: str
    title: str
    legal_basis: str
    paragraph: str  # the catalogue's paragraph with its {placeholders}
    text: str  # the paragraph filled for this order: what the letter prints unless the caseworker edits it
    condition_code: str | None  # the condition this ground answers
    suggested: bool  # that condition is not met on this order: the editor pre-ticks the ground


@dataclass(frozen=True, slots=True)
class DraftInput:
    """What the refusal editor holds: chosen grounds (in order, each with its final text), facts, own text."""

    grounds: tuple[tuple[str, str], ...]  # (ground code, final paragraph text)
    facts: tuple[str, ...]  # "En fait", in order
    free_text: str = ""


@dataclass(frozen=True, slots=True)
class HearingView:
    """How the applicant is heard before a refusal (LPA art. 41)."""

    mode: str  # "letter" (a hearing letter was sent) | "not_needed" (reason recorded)
    recorded_at: datetime
    recorded_by: str
    reason: str | None  # not_needed: why hearing is not needed
    sent_on: date | None  # letter: date of the hearing letter
    reply_by: date | None  # letter: last day to comment
    answer: str | None  # letter: the applicant's comments as recorded; "" when none came in time
    answered_on: date | None  # letter: when the answer arrived (None when none came)
    document_sha256: str | None  # letter: hash of the hearing letter PDF kept in ``documents``
    complete: bool  # a refusal may now be proposed: not needed, or the letter answered / its time limit over


@dataclass(frozen=True, slots=True)
class DecisionVersion:
    """One row of ``decisions`` for an order: draft, proposal, returned proposal, issued decision."""

    decision_id: int
    number: str | None  # set at approval
    status: str  # "draft" | "proposed" | "returned" | "issued" | "withdrawn"
    author: str
    author_name: str
    approver: str | None
    approver_name: str | None
    proposed_at: datetime | None  # None for a draft never submitted
    decided_at: datetime | None  # approved (issued) or returned
    content_sha256: str
    pdf_sha256: str | None
    return_comment: str | None
    hearing: str | None  # "letter_sent" | "not_needed" (None on a draft)
    hearing_note: str | None


@dataclass(frozen=True, slots=True)
class RefusalDraft:
    """The refusal editor's state for an order: the catalogue, the saved draft (or the prefill), the hearing."""

    order_id: int
    reference: str
    order_version: int
    status: Status
    decision_id: int | None  # the saved draft row; None until the first autosave
    saved_at: datetime | None
    catalogue: tuple[GroundChoice, ...]
    draft: DraftInput  # the saved draft, or the prefill: suggested grounds and the facts of the order
    hearing: HearingView | None
    abroad: bool  # the decision would be addressed outside Switzerland: flagged to the supervisor
    address_lines: tuple[str, ...]
    return_comment: str | None  # the comment of the last returned proposal, shown to its author
    submit_blockers: tuple[str, ...]  # English reasons why submitting would fail now (empty: it may be submitted)


@dataclass(frozen=True, slots=True)
class ProposalRow:
    """A refusal waiting for a supervisor's decision ("Décisions à approuver")."""

    decision_id: int
    order_id: int
    reference: str
    service_code: str
    service_label: str
    author: str
    author_name: str
    proposed_at: datetime
    hearing: str  # "letter_sent" | "not_needed"
    abroad: bool
    own: bool  # proposed by the current user: they may not decide it


@dataclass(frozen=True, slots=True)
class ProposalView:
    row: ProposalRow
    order_version: int
    content_sha256: str  # what the supervisor sees; approve/return quote it back
    grounds: tuple[tuple[str, str], ...]  # (title, legal basis)
    hearing: HearingView | None
    hearing_note: str | None
    preview_pdf: bytes  # the letter as it will be issued, marked PROJET, without number and signature


@dataclass(frozen=True, slots=True)
class IssuedDecision:
    decision_id: int
    number: str
    order_id: int
    reference: str
    approver: str
    decided_at: datetime
    pdf_sha256: str


@dataclass(frozen=True, slots=True)
class OrderDetail:
    order_id: int
    reference: str
    version: int
    service_code: str
    service_label: str
    service_removed: bool  # the service is no longer offered (G4): the order stays fully processable
    status: Status
    outcome: str | None
    assigned_to: str | None
    ordered_at: datetime
    paid_at: datetime | None
    working_days: int | None  # delivery clock; None for orders that are not open
    clock: DeliveryClock | None
    hold_reason: str | None
    hold_until: date | None
    delivery_product: str  # label of the postal product
    address_lines: tuple[str, ...]  # the delivery address as it will be printed
    people: tuple[PersonComparison, ...]
    payment: PaymentView
    rule_set_label: str  # e.g. "ATT-RES from 2024-01-01"
    conditions: tuple[ConditionView, ...]
    history: tuple[HistoryEntry, ...]
    actions: frozenset[OrderAction]
    approve_blockers: tuple[str, ...]  # codes of mandatory conditions neither met nor overridden
    hearing: HearingView | None = None  # the current hearing of the applicant before a refusal, if any
    decisions: tuple[DecisionVersion, ...] = ()  # every version, oldest first
    return_comment: str | None = None  # a supervisor returned the last proposal with this comment


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

    def wait_for_change(self, timeout: float) -> bool:
        """Block up to ``timeout`` seconds until orders change anywhere (PostgreSQL ``LISTEN``); True if they did.

        On SQLite returns True when the file changed since the last call (``PRAGMA data_version``), else sleeps and
        returns False. Called from a background thread, never the GUI thread.
        """
        ...

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
