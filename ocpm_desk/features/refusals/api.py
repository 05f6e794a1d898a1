"""The refusals feature's API: drafts, hearings, proposals, issued decisions, and the pure rule that says what
still blocks a draft (shared by the editor and the service)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Literal, Protocol

from ocpm_desk.kernel.api import reads
from ocpm_desk.kernel.errors import DomainError
from ocpm_desk.kernel.lifecycle import OrderState, Status
from ocpm_desk.kernel.phrases import QT_TRANSLATE_NOOP, SEMICOLON, Listing, Phrase


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


class RefusalsApi(Protocol):
    """Refusals (``session.refusals``): the hearing, the draft and its submission, the supervisor's approval."""

    def refusal_draft(self, order_id: int) -> RefusalDraft: ...

    def save_refusal_draft(self, order_id: int, draft: DraftInput) -> RefusalDraft: ...

    def preview_refusal(self, order_id: int, draft: DraftInput) -> bytes: ...

    def submit_refusal(self, order_id: int, expected_version: int, draft: DraftInput) -> OrderState: ...

    def preview_hearing_letter(self, order_id: int, draft: DraftInput) -> bytes: ...

    def send_hearing_letter(self, order_id: int, expected_version: int, draft: DraftInput) -> OrderState: ...

    def record_hearing_not_needed(self, order_id: int, expected_version: int, reason: str) -> OrderState: ...

    def record_hearing_answer(
        self, order_id: int, expected_version: int, answer: str, received_on: date | None
    ) -> OrderState: ...

    @reads
    def refusal_proposals(self) -> list[ProposalRow]: ...

    def proposal(self, decision_id: int) -> ProposalView: ...

    def approve_refusal(self, decision_id: int, content_sha256: str) -> IssuedDecision: ...

    def return_refusal(self, decision_id: int, content_sha256: str, comment: str) -> OrderState: ...

    def decision_pdf(self, decision_id: int, *, copy: bool = False) -> bytes:
        """The archived letter of an issued decision (``copy``: stamped « COPIE »); reading it is audited."""
        ...
