"""The order screen's part of the fake ``DeskSession`` (``FakeSession`` mixes it in): details built from the fake
queue rows, the casework actions with the services' checks, and hooks to make an action fail once.

The order's status, assignee and version live in ``FakeSession.queue_rows`` (the queues and the order screen agree);
conditions, hold and history live here, per order, created on first use.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from mailroom_fakes import FakeMailroom

from ocpm_desk.features.casework.api import (
    ConditionView,
    EvidenceView,
    FieldComparison,
    HistoryEntry,
    OrderAction,
    OrderDetail,
    PaymentView,
    PersonComparison,
    StaffChoice,
)
from ocpm_desk.features.mailroom.api import ShipmentView
from ocpm_desk.features.refusals.api import (
    DecisionVersion,
    DraftInput,
    GroundChoice,
    HearingView,
    IssuedDecision,
    ProposalRow,
    ProposalView,
    RefusalDraft,
    RefusalNotReady,
    SubmitBlocker,
    SubmitBlockerKind,
    draft_blockers,
)
from ocpm_desk.kernel.errors import (
    QT_TRANSLATE_NOOP,
    DomainError,
    NotFound,
    PermissionDenied,
    StaleVersion,
    TransitionNotAllowed,
)
from ocpm_desk.kernel.lifecycle import OrderState, Status
from ocpm_desk.kernel.notes import Chf, Code, note, text_note
from ocpm_desk.kernel.notes import note as stored
from ocpm_desk.kernel.permissions import Permission, has_permission
from ocpm_desk.kernel.phrases import Listing, Phrase, Words
from ocpm_desk.kernel.roles import Role

if TYPE_CHECKING:
    from ocpm_desk.features.accounts.api import StaffIdentity
    from ocpm_desk.features.casework.api import QueueRow

OPEN = (Status.PAID, Status.IN_REVIEW, Status.ON_HOLD, Status.REFUSAL_PROPOSED)
ASSIGNED = (Status.IN_REVIEW, Status.ON_HOLD, Status.REFUSAL_PROPOSED)
#: Orders whose person concerned differs from the register (last name): identity_match not met, approval blocked.
MISMATCHED = frozenset({31})
#: Orders whose person concerned is not in the register at all.
NOT_FOUND = frozenset({33})
LABELS = {
    "ATT-RES": "Attestation de résidence",
    "ATT-RES-HIST": "Attestation de résidence avec historique des séjours",
    "ATT-DEP": "Attestation de départ",
}
STAFF = (("cdubois", "Claire Dubois"), ("jmeyer", "Julie Meyer"), ("mrochat", "Marc Rochat"))


def _names(row: QueueRow) -> tuple[str, str]:
    last, _, first = row.applicant.partition(", ")
    return last, first


def _avs(n: int) -> str:
    return f"756.{1000 + n:04d}.{5000 + n:04d}.{n % 10}{(n + 3) % 10}"


def default_conditions(row: QueueRow) -> list[ConditionView]:
    """The rule set of the fake: six automatic conditions and one manual, optional one."""
    n = row.id
    last, first = _names(row)
    if n in NOT_FOUND:
        identity = ConditionView(
            "identity_match", "Identité conforme au registre (n° AVS, noms, date de naissance)",
            "LIPAD (RS GE A 2 08) art. 35", True, "automatic", "not_met", None, None,
            note("condition.not_found"),
            (EvidenceView("avs", _avs(n), None, False), EvidenceView("last_name", last, None, False)))
        residence = ConditionView("registered_in_geneva", "Personne domiciliée à Genève",
                                  "RDROCPMC (RS GE F 2 20.08)", True, "automatic", "unknown", None, None,
                                  note("condition.not_found_check"), ())
    else:
        differs = n in MISMATCHED
        identity = ConditionView(
            "identity_match", "Identité conforme au registre (n° AVS, noms, date de naissance)",
            "LIPAD (RS GE A 2 08) art. 35", True, "automatic", "not_met" if differs else "met", None, None,
            note("condition.identity_match.differs", fields=Listing([Code("field", "last_name")])) if differs
            else note("condition.identity_match.met"),
            (EvidenceView("avs", _avs(n), _avs(n), True),
             EvidenceView("last_name", last, f"{last}et" if differs else last, not differs),
             EvidenceView("first_name", first, first, True),
             EvidenceView("birth_date", date(1985, 4, 12), date(1985, 4, 12), True)))
        residence = ConditionView("registered_in_geneva", "Personne domiciliée à Genève",
                                  "RDROCPMC (RS GE F 2 20.08)", True, "automatic", "met", None, None,
                                  note("condition.registered_in_geneva.met"),
                                  (EvidenceView("current_residence", None, note("evidence.since",
                                                                               date=date(2015, 9, 1)), True),))
    return [
        ConditionView("payment_complete", "Paiement complet (taxe et frais de port)",
                      "Conditions générales OCPM ch. 3 et 5; RDROCPMC", True, "automatic", "met", None, None,
                      note("condition.payment_complete.met", due=Chf(2500)),
                      (EvidenceView("fee", Chf(2500), Chf(2500), True),
                       EvidenceView("postage", Chf(0), Chf(0), True),
                       EvidenceView("total", Chf(2500), Chf(2500), True))),
        ConditionView("service_available_when_ordered", "Prestation disponible à la date de la commande",
                      "Conditions générales OCPM ch. 2", True, "automatic", "met", None, None,
                      note("condition.service_available_when_ordered.met"),
                      (EvidenceView("ordered_on", row.ordered_at.date(), note("evidence.offered_from",
                                                                               start=date(2024, 1, 1)), True),)),
        identity,
        ConditionView("requester_entitled", "Le demandeur est la personne concernée ou son représentant légal",
                      "LIPAD (RS GE A 2 08) art. 39", True, "automatic", "met", None, None,
                      note("condition.requester_entitled.self_adult"),
                      (EvidenceView("person_concerned", note("evidence.the_applicant"), None, True),
                       EvidenceView("adult", None, True, True))),
        ConditionView("address_deliverable",
                      "Adresse de livraison complète et produit postal valable pour la destination",
                      "Conditions générales OCPM ch. 3", True, "automatic", "met", None, None,
                      note("condition.address_deliverable.met"), ()),
        residence,
        ConditionView("documents_checked", "Pièces justificatives vérifiées", "Directive OCPM 2024/3", False,
                      "manual", None, None, None, None, ()),
    ]  # fmt: skip


@dataclass
class OrderExtra:
    conditions: list[ConditionView]
    history: list[HistoryEntry]
    hold_reason: Phrase | None = None
    hold_until: date | None = None
    evaluations: int = 0
    notes: dict[str, str] = field(default_factory=dict)


# ---- refusals: grounds, hearing, editor, four-eyes approval, archive ---------------------------------------------

#: The fake grounds catalogue: (code, title, legal basis, paragraph, condition answered).
GROUNDS = (
    ("identity_mismatch", "Identité non conforme au registre", "LIPAD (RS GE A 2 08) art. 35",
     "Les données d'identité de la commande {reference} ne correspondent pas au registre de la population.",
     "identity_match"),
    ("not_registered", "Personne non domiciliée à Genève", "RDROCPMC (RS GE F 2 20.08) art. 2",
     "La personne concernée n'est pas domiciliée dans le canton de Genève.", "registered_in_geneva"),
    ("not_entitled", "Demandeur non habilité", "LIPAD (RS GE A 2 08) art. 39",
     "Le demandeur n'est ni la personne concernée ni son représentant légal.", "requester_entitled"),
)  # fmt: skip
ABROAD = frozenset({34})  # orders whose decision would be addressed abroad


def tiny_pdf(lines: list[str] | tuple[str, ...]) -> bytes:
    """A one-page A4 PDF with ``lines`` of Helvetica text, written by hand: no library, safe on any thread."""

    def escaped(text: str) -> bytes:
        raw = text.encode("cp1252", "replace")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    content = b"BT /F1 11 Tf 56 780 Td 14 TL " + b" ".join(b"(" + escaped(line) + b") '" for line in lines) + b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def draft_lines(title: str, reference: str, draft: DraftInput) -> list[str]:
    lines = [title, reference, "En fait"]
    lines += [f"{i}. {fact}" for i, fact in enumerate(draft.facts, start=1)]
    lines.append("En droit")
    lines += [text for _code, text in draft.grounds]
    if draft.free_text:
        lines.append(draft.free_text)
    return lines


def content_hash(draft: DraftInput) -> str:
    return hashlib.sha256(repr((draft.grounds, draft.facts, draft.free_text)).encode()).hexdigest()


@dataclass
class FakeDecision:
    decision_id: int
    order_id: int
    status: str  # draft | proposed | returned | issued
    author: str
    draft: DraftInput
    saved_at: datetime
    proposed_at: datetime | None = None
    decided_at: datetime | None = None
    approver: str | None = None
    number: str | None = None
    return_comment: str | None = None
    hearing: str | None = None
    hearing_note: str | None = None
    pdf: bytes | None = None

    @property
    def content_sha256(self) -> str:
        return content_hash(self.draft)


NAMES = dict(STAFF) | {"jmeyer": "Julie Meyer"}


class FakeRefusals:
    """The refusal part of the fake session (mixed into ``FakeCasework``)."""

    _identity: StaffIdentity
    queue_rows: list[QueueRow]
    today: date

    if TYPE_CHECKING:  # FakeCasework's and FakeSession's, declared for the type checker only

        def _enter(self, name: str) -> None: ...

        def _row(self, order_id: int) -> QueueRow: ...

        def _extra(self, row: QueueRow) -> OrderExtra: ...

        def _begin(self, name: str, order_id: int, version: int, args: tuple[Any, ...], permission: Permission
                   ) -> QueueRow: ...  # fmt: skip

        def _move(self, row: QueueRow, status: Status, assigned_to: str | None, action: str,
                  note: Phrase | None = None) -> OrderState: ...  # fmt: skip

        def _touch(self, row: QueueRow, action: str, note: Phrase | None) -> None: ...

        def _works(self, row: QueueRow) -> bool: ...

    def _init_refusals(self) -> None:
        self.decisions: dict[int, FakeDecision] = {}
        self.hearings: dict[int, HearingView] = {}
        self.preview_calls: list[tuple[int, DraftInput]] = []  # refusal and hearing previews, in order
        self.preview_threads: list[int] = []
        self.preview_delay_s = 0.0  # a slow renderer: each preview sleeps that long in the worker
        self.saved_drafts: list[tuple[int, DraftInput]] = []
        self.refusal_calls: list[tuple[str, tuple[Any, ...]]] = []  # every refusal change asked, with arguments
        self.extra_blockers: tuple[SubmitBlocker, ...] = ()  # submit_blockers added to every RefusalDraft
        self._next_decision = 100
        self._next_number = 1

    # ---- reading

    def _catalogue(self, row: QueueRow) -> tuple[GroundChoice, ...]:
        unmet = {c.code for c in self._extra(row).conditions if c.mandatory and not c.satisfied}
        return tuple(GroundChoice(code, title, basis, paragraph, paragraph.format(reference=row.reference),
                                  condition, condition in unmet)
                     for code, title, basis, paragraph, condition in GROUNDS)  # fmt: skip

    def _prefill(self, row: QueueRow) -> DraftInput:
        grounds = tuple((g.code, g.text) for g in self._catalogue(row) if g.suggested)
        facts = (f"Le 05.01.2026, la commande {row.reference} a été passée en ligne.",
                 "La taxe de CHF 25.00 a été payée le même jour.")  # fmt: skip
        return DraftInput(grounds, facts)

    def _my_draft(self, order_id: int) -> FakeDecision | None:
        me = self._identity.username
        found = [d for d in self.decisions.values()
                 if d.order_id == order_id and d.author == me and d.status in ("draft", "returned")]  # fmt: skip
        return found[-1] if found else None

    def _return_comment(self, order_id: int) -> str | None:
        returned = [d for d in self.decisions.values() if d.order_id == order_id and d.status == "returned"]
        last = max(returned, key=lambda d: d.decision_id) if returned else None
        later = [d for d in self.decisions.values() if d.order_id == order_id and last is not None
                 and d.decision_id > last.decision_id and d.status in ("proposed", "issued")]  # fmt: skip
        return last.return_comment if last is not None and not later else None

    def _blockers(self, row: QueueRow, draft: DraftInput) -> tuple[SubmitBlocker, ...]:
        """As ``services.decisions`` says them (the same templates and values)."""
        out = []
        if row.status is not Status.IN_REVIEW:
            out.append(SubmitBlocker(SubmitBlockerKind.STATUS, Phrase(
                "order {reference} is {status}: {what} only while it is {allowed}", reference=row.reference,
                status=Words(row.status), what=Phrase("propose a refusal"),
                allowed=Listing((Words(Status.IN_REVIEW),), " or "))))
        out += self._hearing_blockers(row)
        return (*out, *draft_blockers(draft), *self.extra_blockers)

    def _hearing_blockers(self, row: QueueRow) -> list[SubmitBlocker]:
        hearing = self.hearings.get(row.id)
        if hearing is None:
            return [SubmitBlocker(SubmitBlockerKind.NOT_HEARD, Phrase(
                "the applicant was not heard: send a hearing letter or record why hearing is not needed "
                "(LPA art. 41)"))]
        if not hearing.complete:
            return [SubmitBlocker(SubmitBlockerKind.ANSWER_PENDING, Phrase(
                "the answer to the hearing letter is not recorded yet (time to comment until {date})",
                date=hearing.reply_by))]
        return []

    def refusal_draft(self, order_id: int) -> RefusalDraft:
        self._enter("refusal_draft")
        if not has_permission(self._identity.roles, Permission.PROPOSE_REFUSAL):
            raise PermissionDenied(self._identity.username, Permission.PROPOSE_REFUSAL.value)
        return self._draft_state(order_id)

    def _draft_state(self, order_id: int) -> RefusalDraft:
        row = self._row(order_id)
        saved = self._my_draft(order_id)
        draft = saved.draft if saved is not None else self._prefill(row)
        return RefusalDraft(
            order_id=row.id, reference=row.reference, order_version=row.version, status=row.status,
            decision_id=saved.decision_id if saved else None, saved_at=saved.saved_at if saved else None,
            catalogue=self._catalogue(row), draft=draft, hearing=self.hearings.get(order_id),
            abroad=order_id in ABROAD,
            address_lines=("Monsieur", "Jean Dupont", "Rue de Carouge 12", "1227 Carouge GE"),
            return_comment=self._return_comment(order_id), submit_blockers=self._blockers(row, draft),
        )  # fmt: skip

    def save_refusal_draft(self, order_id: int, draft: DraftInput) -> RefusalDraft:
        self._enter("save_refusal_draft")
        self.saved_drafts.append((order_id, draft))
        row = self._row(order_id)
        if row.status is not Status.IN_REVIEW or not self._works(row):
            raise DomainError(f"order {row.reference} is not in review by you: the draft cannot be saved")
        saved = self._my_draft(order_id)
        now = datetime.now(UTC)
        if saved is None or saved.status != "draft":
            self._next_decision += 1
            saved = FakeDecision(self._next_decision, order_id, "draft", self._identity.username, draft, now)
            self.decisions[saved.decision_id] = saved
        saved.draft, saved.saved_at = draft, now
        return self._draft_state(order_id)

    def _preview(self, name: str, title: str, order_id: int, draft: DraftInput) -> bytes:
        self._enter(name)
        self.preview_calls.append((order_id, draft))
        self.preview_threads.append(threading.get_ident())
        if self.preview_delay_s:
            time.sleep(self.preview_delay_s)
        return tiny_pdf([*draft_lines(title, self._row(order_id).reference, draft), "PROJET"])

    def preview_refusal(self, order_id: int, draft: DraftInput) -> bytes:
        return self._preview("preview_refusal", "DECISION", order_id, draft)

    def preview_hearing_letter(self, order_id: int, draft: DraftInput) -> bytes:
        return self._preview("preview_hearing_letter", "LETTRE D'INTENTION", order_id, draft)

    def refusal_proposals(self) -> list[ProposalRow]:
        self._enter("refusal_proposals")
        if not has_permission(self._identity.roles, Permission.DECIDE_REFUSAL):
            raise PermissionDenied(self._identity.username, Permission.DECIDE_REFUSAL.value)
        return [self._proposal_row(d) for d in self.decisions.values() if d.status == "proposed"]

    def _proposal_row(self, d: FakeDecision) -> ProposalRow:
        row = self._row(d.order_id)
        assert d.proposed_at is not None and d.hearing is not None
        return ProposalRow(d.decision_id, row.id, row.reference, row.service_code,
                           LABELS.get(row.service_code, row.service_code), d.author, NAMES.get(d.author, d.author),
                           d.proposed_at, d.hearing, row.id in ABROAD, d.author == self._identity.username)

    def proposal(self, decision_id: int) -> ProposalView:
        self._enter("proposal")
        d = self.decisions[decision_id]
        catalogue = {code: (title, basis) for code, title, basis, _p, _c in GROUNDS}
        row = self._row(d.order_id)
        return ProposalView(self._proposal_row(d), row.version, d.content_sha256,
                            tuple(catalogue[code] for code, _text in d.draft.grounds), self.hearings.get(d.order_id),
                            d.hearing_note, tiny_pdf([*draft_lines("DECISION", row.reference, d.draft), "PROJET"]))

    def decision_views(self, order_id: int) -> tuple[DecisionVersion, ...]:
        return tuple(DecisionVersion(
            d.decision_id, d.number, d.status, d.author, NAMES.get(d.author, d.author), d.approver,
            NAMES.get(d.approver, d.approver) if d.approver else None, d.proposed_at, d.decided_at,
            d.content_sha256, hashlib.sha256(d.pdf).hexdigest() if d.pdf else None, d.return_comment, d.hearing,
            d.hearing_note) for d in sorted(self.decisions.values(), key=lambda d: d.decision_id)
            if d.order_id == order_id)  # fmt: skip

    def refusal_actions(self, row: QueueRow) -> set[OrderAction]:
        roles = self._identity.roles
        out: set[OrderAction] = set()
        hearing = self.hearings.get(row.id)
        if row.status is Status.IN_REVIEW and self._works(row) and has_permission(roles, Permission.PROPOSE_REFUSAL):
            out.add(OrderAction.PROPOSE_REFUSAL)
            if hearing is None:
                out.add(OrderAction.HEARING)
        if (row.status is Status.ON_HOLD and self._works(row) and hearing is not None and hearing.mode == "letter"
                and hearing.answer is None):  # fmt: skip
            out.add(OrderAction.HEARING_ANSWER)
        proposed = [d for d in self.decisions.values() if d.order_id == row.id and d.status == "proposed"]
        if (row.status is Status.REFUSAL_PROPOSED and has_permission(roles, Permission.DECIDE_REFUSAL)
                and proposed and proposed[-1].author != self._identity.username):  # fmt: skip
            out.add(OrderAction.DECIDE_REFUSAL)
        return out

    def decision_pdf(self, decision_id: int, *, copy: bool = False) -> bytes:
        self._enter("decision_pdf")
        self.refusal_calls.append(("decision_pdf", (decision_id, copy)))
        d = self.decisions[decision_id]
        if d.pdf is None:
            raise NotFound(f"decision {decision_id} has no archived PDF")
        if copy:
            return tiny_pdf(["COPIE", *draft_lines("DECISION", self._row(d.order_id).reference, d.draft)])
        return d.pdf

    # ---- changing

    def _hearing_done(self, order_id: int, view: HearingView) -> None:
        self.hearings[order_id] = view

    def submit_refusal(self, order_id: int, version: int, draft: DraftInput) -> OrderState:
        row = self._begin("submit_refusal", order_id, version, (draft,), Permission.PROPOSE_REFUSAL)
        self.refusal_calls.append(("submit_refusal", (order_id, version, draft)))
        self._require_refusal(row, draft)
        saved = self._my_draft(order_id)
        now = datetime.now(UTC)
        hearing = self.hearings[order_id]
        self._next_decision += 1
        decision = FakeDecision(self._next_decision, order_id, "proposed", self._identity.username, draft, now, now,
                                hearing="letter_sent" if hearing.mode == "letter" else "not_needed",
                                hearing_note=hearing.reason or hearing.answer)  # fmt: skip
        if saved is not None and saved.status == "draft":
            del self.decisions[saved.decision_id]
        self.decisions[decision.decision_id] = decision
        return self._move(row, Status.REFUSAL_PROPOSED, row.assigned_to, "propose_refusal")

    def _require_refusal(self, row: QueueRow, draft: DraftInput) -> None:
        if row.status is not Status.IN_REVIEW or not self._works(row):
            raise TransitionNotAllowed(row.status.value, Status.REFUSAL_PROPOSED.value, "not in review by you")
        blockers = (*self._hearing_blockers(row), *draft_blockers(draft))
        if blockers:
            raise RefusalNotReady(row.reference, blockers)

    def send_hearing_letter(self, order_id: int, version: int, draft: DraftInput) -> OrderState:
        row = self._begin("send_hearing_letter", order_id, version, (draft,), Permission.PROPOSE_REFUSAL)
        self.refusal_calls.append(("send_hearing_letter", (order_id, version, draft)))
        if row.status is not Status.IN_REVIEW or order_id in self.hearings:
            raise TransitionNotAllowed(row.status.value, Status.ON_HOLD.value, "hearing already done")
        if draft_blockers(draft, hearing_letter=True):
            raise RefusalNotReady(row.reference, draft_blockers(draft, hearing_letter=True), hearing_letter=True)
        reply_by = date(2026, 3, 26)
        self.hearings[order_id] = HearingView("letter", datetime.now(UTC), self._identity.username, None, self.today,
                                              reply_by, None, None, "ab" * 32, False)  # fmt: skip
        extra = self._extra(row)
        extra.hold_reason, extra.hold_until = note("hold.hearing", date=reply_by), reply_by
        return self._move(row, Status.ON_HOLD, row.assigned_to, "hearing_letter")

    def record_hearing_not_needed(self, order_id: int, version: int, reason: str) -> OrderState:
        row = self._begin("record_hearing_not_needed", order_id, version, (reason,), Permission.PROPOSE_REFUSAL)
        self.refusal_calls.append(("record_hearing_not_needed", (order_id, version, reason)))
        if not reason.strip():
            raise DomainError("say why hearing the applicant is not needed")
        self.hearings[order_id] = HearingView("not_needed", datetime.now(UTC), self._identity.username,
                                              reason.strip(), None, None, None, None, None, True)  # fmt: skip
        self._touch(row, "hearing_not_needed", text_note(reason.strip()))
        return OrderState(row.id, row.reference, row.status, row.assigned_to, self._row(order_id).version)

    def record_hearing_answer(self, order_id: int, version: int, answer: str, received_on: date | None
                              ) -> OrderState:  # fmt: skip
        row = self._begin("record_hearing_answer", order_id, version, (answer, received_on),
                          Permission.PROPOSE_REFUSAL)  # fmt: skip
        self.refusal_calls.append(("record_hearing_answer", (order_id, version, answer, received_on)))
        hearing = self.hearings[order_id]
        self.hearings[order_id] = replace(hearing, answer=answer, answered_on=received_on, complete=True)
        extra = self._extra(row)
        extra.hold_reason = extra.hold_until = None
        return self._move(row, Status.IN_REVIEW, row.assigned_to, "hearing_answer",
                          note("history.hearing_comments", date=received_on) if answer and received_on
                          else note("history.hearing_no_comments"))

    def _deciding(self, name: str, decision_id: int, content_sha256: str, args: tuple[Any, ...]) -> FakeDecision:
        self._enter(name)
        self.refusal_calls.append((name, (decision_id, content_sha256, *args)))
        if not has_permission(self._identity.roles, Permission.DECIDE_REFUSAL):
            raise PermissionDenied(self._identity.username, Permission.DECIDE_REFUSAL.value)
        failure = self.fail_next.pop(name, None)  # type: ignore[attr-defined]
        if failure is not None:
            raise failure
        d = self.decisions[decision_id]
        if d.status != "proposed":
            raise DomainError(f"decision {decision_id} is no longer proposed")
        if d.author == self._identity.username:
            raise DomainError("the author of a proposal may not decide it")
        if content_sha256 != d.content_sha256:
            raise DomainError("the proposal changed since it was shown: reload it")
        return d

    def approve_refusal(self, decision_id: int, content_sha256: str) -> IssuedDecision:
        d = self._deciding("approve_refusal", decision_id, content_sha256, ())
        row = self._row(d.order_id)
        now = datetime.now(UTC)
        number = f"DEC-2026-{self._next_number:05d}"
        self._next_number += 1
        d.status, d.approver, d.decided_at, d.number = "issued", self._identity.username, now, number
        d.pdf = tiny_pdf([*draft_lines("DECISION", row.reference, d.draft), number])
        self._move(row, Status.REFUSED, row.assigned_to, "approve_refusal")
        return IssuedDecision(decision_id, number, row.id, row.reference, self._identity.username, now,
                              hashlib.sha256(d.pdf).hexdigest())  # fmt: skip

    def return_refusal(self, decision_id: int, content_sha256: str, comment: str) -> OrderState:
        d = self._deciding("return_refusal", decision_id, content_sha256, (comment,))
        if not comment.strip():
            raise DomainError("returning a proposal needs a comment")
        d.status, d.approver, d.decided_at, d.return_comment = ("returned", self._identity.username,
                                                                datetime.now(UTC), comment.strip())  # fmt: skip
        row = self._row(d.order_id)
        return self._move(row, Status.IN_REVIEW, row.assigned_to, "return_refusal",
                          note("history.refusal_returned", text=comment.strip()))

    # ---- set-up for tests

    def propose(self, order_id: int, author: str, *, hearing: str = "not_needed") -> int:
        """Make ``order_id`` a refusal proposed by ``author`` (as if submitted), return the decision id."""
        index = next(i for i, r in enumerate(self.queue_rows) if r.id == order_id)
        row = self.queue_rows[index]
        self.queue_rows[index] = replace(row, status=Status.REFUSAL_PROPOSED, assigned_to=author,
                                         version=row.version + 1)  # fmt: skip
        when = datetime(2026, 3, 11, 15, 30, tzinfo=UTC)
        if hearing == "not_needed":
            view = HearingView("not_needed", when, author, "Les faits sont établis par le registre.", None, None,
                               None, None, None, True)  # fmt: skip
        else:
            view = HearingView("letter", when, author, None, date(2026, 2, 20), date(2026, 3, 6),
                               "Je conteste la décision.", date(2026, 3, 2), "cd" * 32, True)  # fmt: skip
        self.hearings[order_id] = view
        self._next_decision += 1
        draft = self._prefill(row) if self._prefill(row).grounds else DraftInput(
            (("not_registered", GROUNDS[1][3]),), ("Le 05.01.2026, la commande a été passée en ligne.",))
        self.decisions[self._next_decision] = FakeDecision(
            self._next_decision, order_id, "proposed", author, draft, when, when,
            hearing="letter_sent" if hearing == "letter" else "not_needed", hearing_note=view.reason or view.answer)
        return self._next_decision


class FakeCasework(FakeRefusals, FakeMailroom):
    """Mixed into ``FakeSession``; uses its ``_identity``, ``queue_rows``, ``_enter`` and ``_find``."""

    _identity: StaffIdentity
    queue_rows: list[QueueRow]

    def _enter(self, name: str) -> None: ...  # FakeSession's

    if TYPE_CHECKING:

        def _find(self, order_id: int) -> int: ...  # FakeSession's, declared for the type checker only

    def _init_casework(self) -> None:
        self.order_extras: dict[int, OrderExtra] = {}
        self.action_calls: list[tuple[str, tuple[Any, ...]]] = []  # (method, arguments) of every change asked
        self.stale_next: dict[str, str] = {}  # method → who changes the order just before it (StaleVersion, once)
        self.fail_next: dict[str, BaseException] = {}  # method → raised once
        self.assign_errors: dict[int, BaseException] = {}  # raised by assign(order_id) for that order
        self.open_error: BaseException | None = None
        self.removed_services: set[str] = set()
        self.today = date(2026, 3, 12)
        self.corrections: list[tuple[int, date, str, str]] = []
        self._init_refusals()
        self._init_mailroom()

    # ---- reading

    def _extra(self, row: QueueRow) -> OrderExtra:
        extra = self.order_extras.get(row.id)
        if extra is None:
            received = row.ordered_at
            history = [HistoryEntry(received, "edemarches", "receive", None, Status.AWAITING_PAYMENT, None)]
            if row.paid_at is not None:
                history.append(HistoryEntry(row.paid_at, "edemarches", "validate_payment", Status.AWAITING_PAYMENT,
                                            Status.PAID, None))  # fmt: skip
            if row.assigned_to:
                history.append(HistoryEntry(row.paid_at or received, row.assigned_to, "claim", Status.PAID,
                                            Status.IN_REVIEW, None))  # fmt: skip
            extra = OrderExtra(default_conditions(row), history)
            if row.status is Status.ON_HOLD:
                extra.hold_reason = note("hold.reason", reason="Attente d'une copie du passeport")
                extra.hold_until = date(2026, 3, 20)
            self.order_extras[row.id] = extra
        return extra

    def _row(self, order_id: int) -> QueueRow:
        return self.queue_rows[self._find(order_id)]

    def _actions_for(self, row: QueueRow, blockers: tuple[str, ...]) -> frozenset[OrderAction]:
        roles = self._identity.roles
        me = self._identity.username
        supervisor = Role.SUPERVISOR in roles
        works = row.assigned_to == me or supervisor
        out: set[OrderAction] = set()
        if row.status is Status.PAID and has_permission(roles, Permission.CLAIM_ORDER):
            out.add(OrderAction.CLAIM)
        if row.status is Status.IN_REVIEW and works and has_permission(roles, Permission.HOLD_ORDER):
            out |= {OrderAction.RELEASE, OrderAction.HOLD, OrderAction.EVALUATE, OrderAction.TICK}
            if not blockers:
                out.add(OrderAction.APPROVE)
        if row.status is Status.ON_HOLD and works and has_permission(roles, Permission.HOLD_ORDER):
            out.add(OrderAction.RESUME)
        if row.status in OPEN and has_permission(roles, Permission.RECORD_WITHDRAWAL):
            out.add(OrderAction.WITHDRAW)
        if row.status in OPEN and has_permission(roles, Permission.ASSIGN_ORDER):
            out.add(OrderAction.ASSIGN)
        return frozenset(out)

    def detail_of(self, order_id: int) -> OrderDetail:
        row = self._row(order_id)
        extra = self._extra(row)
        last, first = _names(row)
        n = row.id
        blockers = tuple(c.code for c in extra.conditions if c.mandatory and not c.satisfied)
        found = n not in NOT_FOUND
        register_last = f"{last}et" if n in MISMATCHED else last
        applicant = PersonComparison(
            "applicant", found,
            (FieldComparison("avs", _avs(n), _avs(n) if found else None, found),
             FieldComparison("last_name", last, register_last if found else None, found and n not in MISMATCHED),
             FieldComparison("first_name", first, first if found else None, found),
             FieldComparison("birth_date", date(1985, 4, 12), date(1985, 4, 12) if found else None, found)),
            ("registered_in_geneva:yes", "resident_since:2015-09-01", "commune:Carouge", "residences:2",
             "swiss_citizen:yes", "nationality:CH", "minor:no") if found else (),
        )  # fmt: skip
        return OrderDetail(
            order_id=n, reference=row.reference, version=row.version, service_code=row.service_code,
            service_label=LABELS.get(row.service_code, row.service_code),
            service_removed=row.service_code in self.removed_services, status=row.status,
            outcome={Status.APPROVED: "granted", Status.WITHDRAWN: "withdrawn"}.get(row.status),
            assigned_to=row.assigned_to, ordered_at=row.ordered_at, paid_at=row.paid_at,
            working_days=row.working_days if row.status in OPEN else None,
            clock=row.clock if row.status in OPEN else None,
            hold_reason=extra.hold_reason, hold_until=extra.hold_until,
            delivery_product="Courrier B (gratuit)",
            address_lines=("Monsieur", f"{first} {last}", "Rue de Carouge 12", "1227 Carouge GE"),
            people=(applicant,),
            payment=PaymentView("VISA", f"PSP-2026-{n:06d}", row.paid_at, 2500, 0, 2500, "8.1", 187),
            rule_set_label=Phrase("Rule set {service}, in force from {start}", context="OrderText",
                                  service=row.service_code, start=date(2024, 1, 1)),
            conditions=tuple(extra.conditions), history=tuple(extra.history),
            actions=self._actions_for(row, blockers) | self.refusal_actions(row), approve_blockers=blockers,
            hearing=self.hearings.get(n), decisions=self.decision_views(n), return_comment=self._return_comment(n),
        )  # fmt: skip

    def open_order(self, order_id: int) -> OrderDetail:
        self._enter("open_order")
        if not has_permission(self._identity.roles, Permission.VIEW_ORDER):
            raise PermissionDenied(self._identity.username, Permission.VIEW_ORDER.value)
        if self.open_error is not None:
            raise self.open_error
        return self.detail_of(order_id)

    # ---- changing

    def _begin(self, name: str, order_id: int, version: int, args: tuple[Any, ...], permission: Permission
               ) -> QueueRow:  # fmt: skip
        self._enter(name)
        self.action_calls.append((name, (order_id, version, *args)))
        if not has_permission(self._identity.roles, permission):
            raise PermissionDenied(self._identity.username, permission.value)
        failure = self.fail_next.pop(name, None)
        if failure is not None:
            raise failure
        index = self._find(order_id)
        row = self.queue_rows[index]
        who = self.stale_next.pop(name, None)
        if who is not None:  # somebody else changed the order just before
            self.queue_rows[index] = row = replace(row, version=row.version + 1)
            self._extra(row).history.append(HistoryEntry(datetime.now(UTC), who, "conditions_evaluated", None, None,
                                                         note("history.conditions_evaluated", met=6, not_met=0,
                                                              unknown=0)))  # fmt: skip
            raise StaleVersion(row.reference, who, None)
        if row.version != version:
            raise StaleVersion(row.reference, None, None)
        return row

    def _require(self, row: QueueRow, to: Status, allowed: bool) -> None:
        if not allowed:
            raise TransitionNotAllowed(row.status.value, to.value, "not allowed in the fake")

    def _move(self, row: QueueRow, status: Status, assigned_to: str | None, action: str,
              note: Phrase | None = None) -> OrderState:  # fmt: skip
        index = self._find(row.id)
        self._extra(row).history.append(HistoryEntry(datetime.now(UTC), self._identity.username, action,
                                                     row.status, status, note))  # fmt: skip
        self.queue_rows[index] = new = replace(row, status=status, assigned_to=assigned_to, version=row.version + 1)
        return OrderState(new.id, new.reference, new.status, new.assigned_to, new.version)

    def _touch(self, row: QueueRow, action: str, note: Phrase | None) -> None:
        index = self._find(row.id)
        self._extra(row).history.append(HistoryEntry(datetime.now(UTC), self._identity.username, action, None,
                                                     None, note))  # fmt: skip
        self.queue_rows[index] = replace(row, version=row.version + 1)

    def _works(self, row: QueueRow) -> bool:
        return row.assigned_to == self._identity.username or Role.SUPERVISOR in self._identity.roles

    def evaluate_conditions(self, order_id: int, version: int) -> OrderDetail:
        row = self._begin("evaluate_conditions", order_id, version, (), Permission.EVALUATE_CONDITIONS)
        self._require(row, Status.IN_REVIEW, row.status is Status.IN_REVIEW and self._works(row))
        extra = self._extra(row)
        fresh = {c.code: c for c in default_conditions(row)}
        extra.conditions = [replace(fresh[c.code], override_result=c.override_result,
                                    override_justification=c.override_justification)
                            if c.evaluator == "automatic" else c for c in extra.conditions]  # fmt: skip
        extra.evaluations += 1
        self._touch(row, "conditions_evaluated", note("history.conditions_evaluated", met=6, not_met=0, unknown=0))
        return self.detail_of(order_id)

    def set_condition(self, order_id: int, version: int, code: str, result: str, note: str) -> OrderDetail:
        row = self._begin("set_condition", order_id, version, (code, result, note), Permission.EVALUATE_CONDITIONS)
        self._require(row, Status.IN_REVIEW, row.status is Status.IN_REVIEW and self._works(row))
        extra = self._extra(row)
        index, view = next((i, c) for i, c in enumerate(extra.conditions) if c.code == code)
        text = note.strip()
        if view.evaluator == "manual":
            if result not in ("met", "not_met") or not text:
                raise DomainError(f"ticking {code} needs a note saying what was checked")
            extra.conditions[index] = replace(view, result=result, note=text, decided_by=self._identity.username)
            self._touch(row, "condition_ticked", stored("history.condition_ticked", condition=Code("condition", code),
                                                      result=Code("result", result), text=text))
        elif not result:
            if view.override_result is None:
                raise DomainError(f"the result of {code} is not overridden: there is no override to remove")
            extra.conditions[index] = replace(view, override_result=None, override_justification=None,
                                              overridden_by=None)  # fmt: skip
            self._touch(row, "condition_override_removed", stored(
                "history.condition_override_removed", condition=Code("condition", code),
                result=Code("result", view.override_result)))
        else:
            if len(text) < 10:
                raise DomainError(f"overriding {code} needs a written justification of at least 10 characters")
            extra.conditions[index] = replace(view, override_result=result, override_justification=text,
                                              overridden_by=self._identity.username)  # fmt: skip
            self._touch(row, "condition_overridden", stored(
                "history.condition_overridden", condition=Code("condition", code), before=Code("result", view.result),
                after=Code("result", result), text=text))
        return self.detail_of(order_id)

    def approve(self, order_id: int, version: int) -> OrderState:
        row = self._begin("approve", order_id, version, (), Permission.APPROVE_ORDER)
        self._require(row, Status.APPROVED, row.status is Status.IN_REVIEW and self._works(row))
        blockers = [c.code for c in self._extra(row).conditions if c.mandatory and not c.satisfied]
        if blockers:
            raise DomainError(QT_TRANSLATE_NOOP(  # as services.casework.approve says it
                "Message", "order {reference} cannot be approved: mandatory conditions not met: {conditions}"),
                reference=row.reference, conditions=", ".join(blockers)).keyed("approve.blocked")
        return self._move(row, Status.APPROVED, row.assigned_to, "approve")

    def hold(self, order_id: int, version: int, reason: str, follow_up_on: date) -> OrderState:
        row = self._begin("hold", order_id, version, (reason, follow_up_on), Permission.HOLD_ORDER)
        self._require(row, Status.ON_HOLD, row.status is Status.IN_REVIEW and self._works(row))
        if not reason.strip():
            raise DomainError("putting an order on hold needs a reason")
        extra = self._extra(row)
        extra.hold_reason, extra.hold_until = note("hold.reason", reason=reason.strip()), follow_up_on
        return self._move(row, Status.ON_HOLD, row.assigned_to, "hold",
                          note("history.hold", reason=reason.strip(), date=follow_up_on))

    def resume(self, order_id: int, version: int) -> OrderState:
        row = self._begin("resume", order_id, version, (), Permission.HOLD_ORDER)
        self._require(row, Status.IN_REVIEW, row.status is Status.ON_HOLD and self._works(row))
        extra = self._extra(row)
        extra.hold_reason = extra.hold_until = None
        return self._move(row, Status.IN_REVIEW, row.assigned_to, "resume")

    def withdraw(self, order_id: int, version: int, note: str) -> OrderState:
        row = self._begin("withdraw", order_id, version, (note,), Permission.RECORD_WITHDRAWAL)
        self._require(row, Status.WITHDRAWN, row.status in OPEN)
        if len(note.strip()) < 10:
            raise DomainError("recording a withdrawal needs a note of at least 10 characters")
        self._extra(row).hold_reason = None
        return self._move(row, Status.WITHDRAWN, row.assigned_to, "withdraw",
                          stored("history.withdraw", note=note.strip(), amount=Chf(2500)))

    def assign(self, order_id: int, version: int, to_username: str) -> OrderState:
        row = self._begin("assign", order_id, version, (to_username,), Permission.ASSIGN_ORDER)
        if order_id in self.assign_errors:
            raise self.assign_errors[order_id]
        if to_username not in {u for u, _ in STAFF}:
            raise DomainError(QT_TRANSLATE_NOOP("Message", "there is no active staff member named {name!r}"),
                              name=to_username).keyed("assign.not_assignable")
        if row.status is Status.PAID:
            return self._move(row, Status.IN_REVIEW, to_username, "claim")
        if row.status not in ASSIGNED:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "order {reference} is {status}: only open orders can be assigned"),
                reference=row.reference, status=row.status).keyed("order.not_open")
        return self._move(row, row.status, to_username, "reassign",
                          note("history.reassign", before=row.assigned_to, after=to_username))

    def assignable_staff(self) -> list[StaffChoice]:
        self._enter("assignable_staff")
        if not has_permission(self._identity.roles, Permission.ASSIGN_ORDER):
            raise PermissionDenied(self._identity.username, Permission.ASSIGN_ORDER.value)
        counts = {u: sum(1 for r in self.queue_rows if r.assigned_to == u and r.status in ASSIGNED) for u, _ in STAFF}
        return [StaffChoice(u, name, counts[u]) for u, name in STAFF]


    # ---- after shipping: the order's shipments, sending a returned order again, corrections (G5)

    def shipments(self, order_id: int) -> list[ShipmentView]:
        self._enter("shipments")
        row = self._row(order_id)
        if row.status not in (Status.SHIPPED, Status.DELIVERED, Status.RETURNED):
            return []
        return [self.shipment_for_status(row.id, row.reference, row.status)]

    def send_again(self, order_id: int, version: int, address: dict[str, str | None] | None) -> OrderState:
        row = self._begin("send_again", order_id, version, (address,), Permission.SEND_AGAIN)
        self._require(row, Status.READY_TO_SHIP, row.status is Status.RETURNED)
        return self._move(row, Status.READY_TO_SHIP, row.assigned_to, "send_again",
                          note("history.sent_again_corrected", fields=Listing([Code("field", "street")])) if address
                          else note("history.sent_again"))

    def record_correction(self, order_id: int, version: int, received_on: date, description: str,
                          attributable_to: str) -> OrderState:
        row = self._begin("record_correction", order_id, version, (received_on, description, attributable_to),
                          Permission.HANDLE_CORRECTION)  # fmt: skip
        if not description.strip():
            raise DomainError("a correction request needs its description")
        self._require(row, Status.APPROVED, row.status in (Status.SHIPPED, Status.DELIVERED))
        self.corrections.append((order_id, received_on, description, attributable_to))
        if attributable_to == "ocpm":
            return self._move(row, Status.APPROVED, row.assigned_to, "correction",
                              note("history.reissue", text=description))
        self._touch(row, "correction", note("history.new_order_needed", text=description))
        new = self._row(order_id)
        return OrderState(new.id, new.reference, new.status, new.assigned_to, new.version)
