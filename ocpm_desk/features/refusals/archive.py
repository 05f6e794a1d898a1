"""The archive of issued decisions proves it is what was approved (issue 16): ``verify_decisions``, and what
``decisions.export_decision`` checks before it hands out an original.

Issuing a decision (``decisions.approve_refusal``) seals in the audit chain, in the payload of ``decision.issued``,
the SHA-256 of the approved content and of the PDF, the renderer's fingerprint
(``adapters/pdf/fingerprint.py``: libraries, fonts, template, letterhead) and what the letter adds to the content
(the signature: name, title, day). Each issued decision is then checked in two steps:

1. **Recorded** — its stored PDF, the PDF's SHA-256 stored beside it and its stored content match the hashes of
   the sealed ``decision.issued`` event of its issue: the earliest one written by its approver, sealed (hash not
   NULL, so that on PostgreSQL committed events are sealed first) and whose hash matches its own content (the
   rest of the chain is ``verify-audit``'s). No such event, one not sealed, or one altered proves nothing:
   ``hash_mismatch``, as a mismatch is — the original cannot be vouched for.
2. **Reproduced** — where the fingerprint recorded equals today's, the letter is rendered again from the stored
   content with the recorded signature and must give the same bytes (``render_mismatch`` otherwise: bytes and
   hashes consistent with each other but not what the approved content gives, e.g. a chain rewritten by someone
   with the owner's rights). Where it differs, or none was recorded (decisions issued before fingerprints were),
   the bytes cannot be expected to repeat: ``renderer_changed``, reported, not a mismatch.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from ocpm_desk.features.reference.steps import read_letterhead
from ocpm_desk.infrastructure.audit_store import seal_pending
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel.audit import chain_hash
from ocpm_desk.kernel.letters import Letter, Letterhead, Signature, body_from_json
from ocpm_desk.kernel.permissions import Permission

ISSUED = "decision.issued"
VERIFY_PHASE = "verifying the issued decisions"
#: Decisions (their PDFs) read per query while verifying.
VERIFY_BATCH = 100


class Verdict(StrEnum):
    OK = "ok"
    HASH_MISMATCH = "hash_mismatch"  # step 1 failed: the stored bytes are not vouched for by the sealed issue
    RENDER_MISMATCH = "render_mismatch"  # step 2 failed: the approved content does not give these bytes
    RENDERER_CHANGED = "renderer_changed"  # step 2 not possible: another renderer (or none recorded)


@dataclass(frozen=True, slots=True)
class DecisionVerdict:
    """One issued decision's verification; ``reason`` says (in English, for the log and the command line) why it
    is not ``ok``."""

    decision_id: int
    number: str
    reference: str
    result: Verdict
    reason: str = ""

    @property
    def mismatch(self) -> bool:
        return self.result in (Verdict.HASH_MISMATCH, Verdict.RENDER_MISMATCH)


@dataclass(frozen=True, slots=True)
class IssueRecord:
    """What the sealed ``decision.issued`` event of a decision recorded; ``problem`` when it cannot be trusted."""

    event_id: int
    pdf_sha256: str | None = None
    content_sha256: str | None = None
    renderer: str | None = None
    signature: Signature | None = None
    problem: str | None = None


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --------------------------------------------------------------------------------------------- at issue time
def original_letter(letterhead: Letterhead, content: str, number: str, signature: Signature) -> Letter:
    """The letter of an issued decision: the approved content, its number and signature, dated the day signed.

    ``approve_refusal`` renders it; ``verify_decisions`` renders it again from what was recorded."""
    return Letter(letterhead, body_from_json(content), signature.signed_on, number=number, signature=signature)


def issue_payload(letterhead: Letterhead, signature: Signature) -> dict[str, Any]:
    """What ``decision.issued`` records, besides the hashes, for the letter to be rendered again: the renderer's
    fingerprint and the signature (the approver's display name may change later)."""
    from ocpm_desk.infrastructure.pdf import fingerprint  # reportlab is loaded on first use only

    return {
        "renderer": fingerprint.renderer_fingerprint(letterhead),
        "signature": {"name": signature.name, "title": signature.title, "signed_on": signature.signed_on.isoformat()},
    }


def render(letter: Letter) -> bytes:
    from ocpm_desk.infrastructure.pdf import letters

    return letters.render_letter(letter)


# --------------------------------------------------------------------------------------------- the sealed record
def seal(engine: Engine) -> None:
    """PostgreSQL: chain the committed audit events first (their own transaction), as ``verify-audit`` does; a
    no-op on SQLite, where every event is sealed when written."""
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            seal_pending(conn)


def _signature(value: Any) -> Signature | None:
    try:
        return Signature(str(value["name"]), str(value["title"]), date.fromisoformat(value["signed_on"]))
    except (TypeError, KeyError, ValueError):
        return None


def _text(payload: dict[str, Any], key: str) -> str | None:
    value = payload.get(key)
    return value if isinstance(value, str) else None


def _record(row: Any) -> IssueRecord:
    event_id, occurred_at, actor, action, entity, entity_id, payload, prev_hash, stored_hash = row
    if stored_hash is None:
        return IssueRecord(int(event_id), problem=f"its {ISSUED} audit event is not sealed yet (a transaction may "
                                                  "still hold the seal): run the check again")
    try:
        intact = chain_hash(prev_hash, int(event_id), occurred_at, actor, action, entity, entity_id,
                            payload) == stored_hash
    except (TypeError, ValueError, AttributeError):
        intact = False
    if not intact:
        return IssueRecord(int(event_id), problem=f"its {ISSUED} audit event {event_id} was altered (its hash does "
                                                  "not match its content)")
    try:
        data = json.loads(payload)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        return IssueRecord(int(event_id), problem=f"its {ISSUED} audit event {event_id} has no JSON object payload")
    return IssueRecord(int(event_id), _text(data, "pdf_sha256"), _text(data, "content_sha256"),
                       _text(data, "renderer"), _signature(data.get("signature")))


def issue_records(session: Session, decisions: Iterable[tuple[int, str | None]]) -> dict[int, IssueRecord]:
    """(decision id, approver) → the record of the earliest ``decision.issued`` event of that decision written by
    its approver; decisions without one are absent. Sealed events come first (pending ids are above them)."""
    approvers = {str(decision_id): approver for decision_id, approver in decisions}
    if not approvers:
        return {}
    e = m.AuditEvent
    rows = session.execute(
        select(e.id, e.occurred_at, e.actor, e.action, e.entity, e.entity_id, e.payload, e.prev_hash, e.hash)
        .where(e.entity == "decision", e.action == ISSUED, e.entity_id.in_(list(approvers)))
        .order_by(e.id)
    ).all()
    out: dict[int, IssueRecord] = {}
    for row in rows:
        decision_id = int(row.entity_id)
        if decision_id not in out and row.actor == approvers[row.entity_id]:
            out[decision_id] = _record(tuple(row))
    return out


def pdf_problem(pdf: bytes, pdf_sha256: str | None, record: IssueRecord | None) -> str | None:
    """Why the stored PDF (and the hash stored beside it) is not vouched for by ``record``; None when it is."""
    if record is None:
        return f"no sealed {ISSUED} audit event by its approver records its issue"
    if record.problem:
        return record.problem
    if record.pdf_sha256 is None:
        return f"its {ISSUED} audit event {record.event_id} records no PDF SHA-256"
    actual = _sha(pdf)
    if actual != record.pdf_sha256:
        return (f"the stored PDF's SHA-256 is {actual}, not {record.pdf_sha256} as sealed in its {ISSUED} audit "
                f"event {record.event_id}")
    if pdf_sha256 != record.pdf_sha256:
        return f"the PDF SHA-256 stored beside it ({pdf_sha256}) is not the one sealed in event {record.event_id}"
    return None


def _content_problem(content: str, record: IssueRecord) -> str | None:
    if record.content_sha256 is None:
        return f"its {ISSUED} audit event {record.event_id} records no content SHA-256"
    actual = _sha(content.encode("utf-8"))
    if actual != record.content_sha256:
        return (f"the stored content's SHA-256 is {actual}, not {record.content_sha256} as approved and sealed in "
                f"its {ISSUED} audit event {record.event_id}")
    return None


# --------------------------------------------------------------------------------------------- verification
def _changed(recorded: str, today: str) -> str:
    """The parts of two fingerprints that differ: ``zlib 1.2.13 → 1.3.1``."""
    before = dict(part.partition("=")[::2] for part in recorded.split())
    now = dict(part.partition("=")[::2] for part in today.split())
    diffs = [f"{key} {before.get(key, '-')[:12]} → {now.get(key, '-')[:12]}"
             for key in sorted(before.keys() | now.keys()) if before.get(key) != now.get(key)]
    return ", ".join(diffs) or "fingerprint"


def _verify(row: Any, reference: str, record: IssueRecord | None, letterhead: Letterhead | None,
            renderer: str | None) -> DecisionVerdict:
    decision_id, number, content, pdf, pdf_sha256 = row.id, row.number, row.content, row.pdf or b"", row.pdf_sha256

    def verdict(result: Verdict, reason: str = "") -> DecisionVerdict:
        return DecisionVerdict(int(decision_id), number, reference, result, reason)

    problem = pdf_problem(pdf, pdf_sha256, record)
    if problem is None:
        assert record is not None
        problem = _content_problem(content, record)
    if problem is not None:
        return verdict(Verdict.HASH_MISMATCH, problem)
    assert record is not None and letterhead is not None and renderer is not None
    if record.renderer is None:
        return verdict(Verdict.RENDERER_CHANGED, "its issue recorded no renderer fingerprint (issued before they "
                                                 "were recorded): it is not rendered again")
    if record.renderer != renderer:
        changed = _changed(record.renderer, renderer)
        return verdict(Verdict.RENDERER_CHANGED, f"the renderer changed since its issue ({changed}): it is not "
                                                 "rendered again")
    if record.signature is None:
        return verdict(Verdict.RENDER_MISMATCH, f"its {ISSUED} audit event {record.event_id} does not record the "
                                                "signature: the letter cannot be rendered again")
    try:
        again = render(original_letter(letterhead, content, number, record.signature))
    except Exception as exc:  # the approved content no longer renders: it does not give the stored bytes
        return verdict(Verdict.RENDER_MISMATCH, f"its approved content cannot be rendered again "
                                                f"({type(exc).__name__})")
    if again != pdf:
        return verdict(Verdict.RENDER_MISMATCH, f"rendered again from its approved content with the same renderer "
                                                f"it gives other bytes (SHA-256 {_sha(again)}, stored {_sha(pdf)})")
    return verdict(Verdict.OK)


def _chunks(values: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


@use_case(Permission.VERIFY_AUDIT)
def verify_decisions(
    engine: Engine, actor: Actor, *, progress: Callable[[str, int, int], None] | None = None
) -> list[DecisionVerdict]:
    """Every issued decision, in id order, checked against its sealed issue and rendered again (module docstring).

    Reads only (but for sealing the committed audit events on PostgreSQL). ``progress(phase, done, total)`` is
    called after each batch."""
    d = m.Decision
    with UnitOfWork(engine, write=False) as uow:  # listed before sealing: their events were committed with them
        issued = uow.session.execute(
            select(d.id, m.Order.reference).join(m.Order, m.Order.id == d.order_id)
            .where(d.status == "issued").order_by(d.id)
        ).all()
    seal(engine)
    out: list[DecisionVerdict] = []
    if progress is not None:
        progress(VERIFY_PHASE, 0, len(issued))
    with UnitOfWork(engine, write=False) as uow:
        session = uow.session
        letterhead: Letterhead | None = None
        renderer: str | None = None
        if issued:
            from ocpm_desk.infrastructure.pdf import fingerprint  # reportlab is loaded on first use only

            letterhead = read_letterhead(session)
            renderer = fingerprint.renderer_fingerprint(letterhead)
        for batch in _chunks(issued, VERIFY_BATCH):
            references = {int(decision_id): reference for decision_id, reference in batch}
            rows = session.execute(
                select(d.id, d.number, d.approver, d.content, d.pdf, d.pdf_sha256)
                .where(d.id.in_(list(references))).order_by(d.id)
            ).all()
            records = issue_records(session, [(row.id, row.approver) for row in rows])
            out.extend(_verify(row, references[row.id], records.get(row.id), letterhead, renderer) for row in rows)
            if progress is not None:
                progress(VERIFY_PHASE, len(out), len(issued))
    return out
