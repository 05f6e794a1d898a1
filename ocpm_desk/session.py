"""What the GUI sees of the application: plain dataclasses and two protocols.

``Connector`` opens a ``DeskSession`` for a profile and a user; ``bootstrap`` builds the real ones. The GUI imports
this module only for types — and ``draft_blockers``, the pure rule the refusal editor shares with the service — and
never reaches below it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal, Protocol

from ocpm_desk.features.accounts.connector import Connector as Connector  # re-exported: the names the GUI knows
from ocpm_desk.features.accounts.connector import ProfileChoice as ProfileChoice
from ocpm_desk.kernel.calendar import DeliveryClock
from ocpm_desk.kernel.errors import DomainError
from ocpm_desk.kernel.lifecycle import Status
from ocpm_desk.kernel.phrases import QT_TRANSLATE_NOOP, SEMICOLON, Listing, Phrase
from ocpm_desk.kernel.roles import Role

if TYPE_CHECKING:  # only for annotations: those modules import this one
    from ocpm_desk.features.casework.claiming import OrderState
    from ocpm_desk.features.casework.queues import QueueRow, QueueSpec
    from ocpm_desk.features.casework.review import ConditionView
    from ocpm_desk.features.intake.imports import ImportSummary, QuarantineList, QuarantineRow


@dataclass(frozen=True, slots=True)
class StaffIdentity:
    username: str
    display_name: str
    roles: frozenset[Role]
    pending: bool = False  # PostgreSQL: asked by an administrator, waiting for a second one to confirm it
    must_change_password: bool = False  # logged in with a one-time password: a new one is chosen before working


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
    given: str | date | None  # as the applicant typed it (a date for the birth date)
    register: str | date | None  # from the population register; None when the person is not found
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
    note: Phrase | None  # a stored phrase (``domain.notes``), said in the reader's language


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


class SubmitBlockerKind(StrEnum):
    """Why a refusal cannot be submitted yet, as a code: the GUI decides from it what a reason depends on and what
    to tell the user to do, never from its English words. Declared in the order a reader goes through them."""

    STATUS = "status"  # the order is not in review
    ASSIGNEE = "assignee"  # the user is neither the order's assignee nor a supervisor
    NOT_HEARD = "not_heard"  # no hearing letter sent and no reason recorded why hearing is not needed
    ANSWER_PENDING = "answer_pending"  # a hearing letter waits for its answer (or for the record that none came)
    GROUNDS = "grounds"  # no ground chosen
    GROUND_TEXT = "ground_text"  # a chosen ground's paragraph is empty (one blocker per ground, value ``code``)
    FACTS = "facts"  # no fact stated (a refusal needs one, a hearing letter does not)

    @property
    def about(self) -> Literal["order", "hearing", "draft"]:
        """What the reason depends on: ``"order"`` (its status, who works it), ``"hearing"`` (the right to be
        heard), ``"draft"`` (what the editor holds: the editor judges those on its own text, ``draft_blockers``)."""
        return _BLOCKER_GROUPS[self]


_BLOCKER_GROUPS: dict[SubmitBlockerKind, Literal["order", "hearing", "draft"]] = {
    SubmitBlockerKind.STATUS: "order",
    SubmitBlockerKind.ASSIGNEE: "order",
    SubmitBlockerKind.NOT_HEARD: "hearing",
    SubmitBlockerKind.ANSWER_PENDING: "hearing",
    SubmitBlockerKind.GROUNDS: "draft",
    SubmitBlockerKind.GROUND_TEXT: "draft",
    SubmitBlockerKind.FACTS: "draft",
}


@dataclass(frozen=True, slots=True)
class SubmitBlocker:
    """One reason why a refusal (or a hearing letter) cannot go yet: its kind, and the reason in English as a marked
    template with its values (``domain.phrases``), which the GUI says in the user's language."""

    kind: SubmitBlockerKind
    phrase: Phrase

    @property
    def text(self) -> str:
        """The English (the log, the CLI, the tests)."""
        return str(self.phrase)

    def __str__(self) -> str:
        return self.text


NO_GROUND = QT_TRANSLATE_NOOP("Message", "choose at least one ground of refusal")
NO_FACT = QT_TRANSLATE_NOOP("Message", "state at least one fact")
EMPTY_GROUND = QT_TRANSLATE_NOOP("Message", "the text of ground {code} is empty")


def draft_blockers(draft: DraftInput, *, hearing_letter: bool = False) -> tuple[SubmitBlocker, ...]:
    """What in ``draft`` keeps it from being submitted as a refusal — or sent as a hearing letter, which needs no
    facts. Pure: the service judges with it what it is given (or the saved draft), the editor what it holds."""
    out = []
    if not draft.grounds:
        out.append(SubmitBlocker(SubmitBlockerKind.GROUNDS, Phrase(NO_GROUND)))
    out += [SubmitBlocker(SubmitBlockerKind.GROUND_TEXT, Phrase(EMPTY_GROUND, code=code))
            for code, text in draft.grounds if not text.strip()]
    if not hearing_letter and not any(fact.strip() for fact in draft.facts):
        out.append(SubmitBlocker(SubmitBlockerKind.FACTS, Phrase(NO_FACT)))
    return tuple(out)


#: The message of ``RefusalNotReady``, by ``hearing_letter``.
_NOT_READY = {
    False: QT_TRANSLATE_NOOP("Message", "the refusal of order {reference} cannot be submitted: {problems}"),
    True: QT_TRANSLATE_NOOP("Message", "the hearing letter of order {reference} cannot be sent: {problems}"),
}


class RefusalNotReady(DomainError):
    """Submitting a refusal (or sending a hearing letter) was refused: ``blockers`` says why, each with its kind."""

    def __init__(self, reference: str, blockers: Iterable[SubmitBlocker], *, hearing_letter: bool = False) -> None:
        found = tuple(blockers)
        super().__init__(_NOT_READY[hearing_letter], reference=reference,
                         problems=Listing((b.phrase for b in found), SEMICOLON))
        self.reference = reference
        self.blockers = found
        self.hearing_letter = hearing_letter


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
    submit_blockers: tuple[SubmitBlocker, ...]  # why submitting would fail now (empty: it may be submitted)


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


# ---- mail room: printing, shipping, returns, deliveries, deadlines, corrections --------------------------------
@dataclass(frozen=True, slots=True)
class PrintItem:
    """An original waiting to be printed ("À imprimer"): addresses, products and documents only (need to know)."""

    key: str  # "document:<id>" (attestation, hearing letter) or "decision:<id>": what print_batch() takes
    order_id: int
    reference: str
    content: str  # "attestation" | "decision" | "hearing_letter"
    addressee: str  # the name line of the address
    town: str  # "1205 Genève", or "75001 Paris (FRANCE)"
    product: str  # postal product code it will go with: decisions and hearing letters always registered
    product_label: str
    registered: bool
    created_at: datetime


@dataclass(frozen=True, slots=True)
class PrinterChoice:
    name: str
    is_default: bool
    accepting: bool


@dataclass(frozen=True, slots=True)
class PrintDestination:
    """Where a batch goes: a CUPS printer (``kind="cups"``) or a PDF file (``kind="file"``, ``name`` its path)."""

    kind: str
    name: str
    copies: int = 1


@dataclass(frozen=True, slots=True)
class PrintOutcome:
    job_id: str  # as the print system named the accepted job (the file name for a PDF file)
    destination: str
    documents: int
    pages: int | None
    ready_to_ship: tuple[str, ...]  # references of orders moved to ready_to_ship
    hearing_letters: tuple[str, ...]  # references whose hearing letter is now marked printed (status unchanged)


@dataclass(frozen=True, slots=True)
class ScanItem:
    """What a scanned order barcode (or returned item) stands for, as the mail room sees it."""

    order_id: int
    reference: str
    version: int
    status: Status
    content: str  # "attestation" | "decision" | "hearing_letter"
    address_lines: tuple[str, ...]
    product: str
    product_label: str
    registered: bool
    international: bool
    postage_centimes: int  # tariff of the product in force today (what OCPM pays for decisions and hearings)
    needs_item_number: bool  # registered: the clerk scans the item number before Enter


@dataclass(frozen=True, slots=True)
class ShipmentView:
    shipment_id: int
    order_id: int
    reference: str
    content: str
    product: str
    item_number: str | None
    shipped_at: datetime
    status: str  # "shipped" | "delivered" | "returned"
    return_reason: str | None
    first_attempt_on: date | None
    delivered_on: date | None
    notified_on: date | None


@dataclass(frozen=True, slots=True)
class TrackingImport:
    lines: int
    recorded: int  # events stored in tracking_events
    delivered: int  # shipments (and orders) marked delivered
    unknown_items: tuple[str, ...]  # item numbers no shipment has
    rejected: tuple[Phrase, ...]  # why a line was not read (its number, or the item), said by the GUI


@dataclass(frozen=True, slots=True)
class DepositListView:
    deposit_list_id: int
    day: date
    items: int
    sha256: str
    created_at: datetime
    created_by: str


@dataclass(frozen=True, slots=True)
class AppealDeadline:
    """A decision's notification and appeal deadline (DESIGN §4.3–4.4), for supervisors."""

    decision_id: int
    number: str
    order_id: int
    reference: str
    shipped_on: date | None
    notified_on: date | None  # None while not delivered nor attempted
    deadline: date | None
    state: str  # "not_notified" | "running" | "over"
    days_left: int | None  # calendar days until the deadline (0 = today); None when not notified


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
    hold_reason: Phrase | None  # a stored phrase (``domain.notes``): the caseworker's words or the hearing's wait
    hold_until: date | None
    delivery_product: str  # label of the postal product
    address_lines: tuple[str, ...]  # the delivery address as it will be printed
    people: tuple[PersonComparison, ...]
    payment: PaymentView
    rule_set_label: Phrase  # "Rule set ATT-RES, in force from 01.01.2024", or that none was in force
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
