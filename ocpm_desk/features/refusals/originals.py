"""An issued decision handed out (DESIGN §7): ``decision_pdf`` and ``export_decision``.

The issued PDF is the original; it is handed out only after its hash is checked (exported, against the hash sealed
in the audit event of its issue too: ``archive``, which also proves the archive by rendering it again); a copy for
any other purpose is rendered again from the approved content, marked COPIE, and not stored. Every copy or original
handed out writes its audit event.
"""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from ocpm_desk.features.reference.steps import read_letterhead
from ocpm_desk.features.refusals.archive import issue_records, pdf_problem, seal
from ocpm_desk.features.refusals.common import (
    SIGNATORY_TITLE,
    DecisionIntegrityError,
    decision_status,
    load_decision,
    render_pdf,
    sha256_hex,
)
from ocpm_desk.features.refusals.proposals import display_names
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel.calendar import GENEVA
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError, NotFound
from ocpm_desk.kernel.letters import Letter, Mark, Signature, body_from_json
from ocpm_desk.kernel.permissions import Permission

_ALTERED = QT_TRANSLATE_NOOP(
    "Message", "decision {number}: the archived PDF does not match its recorded SHA-256 (recorded {recorded}, found "
    "{found}); it was altered — report it, do not send it")
_UNPROVEN = QT_TRANSLATE_NOOP(
    "Message", "decision {number}: no sealed audit event of its issue vouches for the archived PDF; it is not handed "
    "out as the original — report it")


def _original(decision: m.Decision) -> bytes:
    if decision.status != "issued" or decision.pdf is None or decision.pdf_sha256 is None:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "decision #{id} is {decision_status}: only an issued decision has an original"),
            id=decision.id, decision_status=decision_status(decision.status))
    actual = sha256_hex(decision.pdf)
    if actual != decision.pdf_sha256:
        raise DecisionIntegrityError(_ALTERED, number=decision.number, recorded=decision.pdf_sha256, found=actual)
    return decision.pdf


def _vouched_original(engine: Engine, uow: UnitOfWork, decision: m.Decision) -> None:
    """The original goes out only when the sealed audit event of its issue records its SHA-256 (services/archive:
    the bytes and the hash stored beside them prove nothing by themselves)."""
    pdf = _original(decision)
    seal(engine)  # PostgreSQL: its event is sealed now (read committed: this unit of work sees it)
    record = issue_records(uow.session, [(decision.id, decision.approver)]).get(decision.id)
    if pdf_problem(pdf, decision.pdf_sha256, record) is None:
        return
    if record is not None and record.problem is None and record.pdf_sha256 is not None:
        raise DecisionIntegrityError(_ALTERED, number=decision.number, recorded=record.pdf_sha256,
                                     found=sha256_hex(pdf))
    raise DecisionIntegrityError(_UNPROVEN, number=decision.number)


def _copy(session: Session, decision: m.Decision) -> bytes:
    assert decision.decided_at is not None and decision.approver is not None
    signed_on = decision.decided_at.astimezone(GENEVA).date()
    names = display_names(session, [decision.approver])
    letter = Letter(read_letterhead(session), body_from_json(decision.content), signed_on, number=decision.number,
                    signature=Signature(names.get(decision.approver, decision.approver), SIGNATORY_TITLE, signed_on),
                    mark=Mark.COPY)
    return render_pdf(letter)


def _hand_out(uow: UnitOfWork, actor: Actor, decision: m.Decision, copy: bool) -> bytes:
    original = _original(decision)  # a copy too is refused when the archive does not hold
    data = _copy(uow.session, decision) if copy else original
    uow.audit(actor, "decision.copy_made" if copy else "decision.original_read", "decision", decision.id,
              {"number": decision.number, "sha256": sha256_hex(data)})
    uow.commit()
    return data


@use_case(Permission.VIEW_ORDER)
def decision_pdf(engine: Engine, actor: Actor, decision_id: int, *, copy: bool = False) -> bytes:
    """The archived original (hash checked), or a copy marked COPIE rendered again and not stored."""
    with UnitOfWork(engine) as uow:
        return _hand_out(uow, actor, load_decision(uow, decision_id, lock=False), copy)


@use_case(Permission.VIEW_ORDER)
def export_decision(engine: Engine, actor: Actor, reference: str, number: str | None = None, *,
                    copy: bool = False) -> tuple[str, bytes]:
    """(number, PDF) of the order's latest issued decision, or the one numbered ``number``."""
    with UnitOfWork(engine) as uow:
        order_id = uow.session.scalar(select(m.Order.id).where(m.Order.reference == reference.strip()))
        if order_id is None:
            raise NotFound(QT_TRANSLATE_NOOP(
                "Message", "no order has the reference {reference!r}"), reference=reference)
        stmt = select(m.Decision).where(m.Decision.order_id == order_id, m.Decision.status == "issued")
        if number is not None:
            stmt = stmt.where(m.Decision.number == number.strip())
        decision = uow.session.scalars(stmt.order_by(m.Decision.id.desc()).limit(1)).first()
        if decision is None:
            if number:
                raise NotFound(QT_TRANSLATE_NOOP("Message", "order {reference} has no issued decision numbered "
                                                            "{number}"), reference=reference, number=number)
            raise NotFound(QT_TRANSLATE_NOOP(
                "Message", "order {reference} has no issued decision"), reference=reference)
        assert decision.number is not None
        if not copy:
            _vouched_original(engine, uow, decision)
        return decision.number, _hand_out(uow, actor, decision, copy)
