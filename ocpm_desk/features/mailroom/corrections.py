"""Corrections (G5): a correction requested on a shipped or delivered order — reissued when attributable to the
OCPM, recorded only when attributable to the applicant (who needs a new order).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine

from ocpm_desk.features.casework.steps import committed, load_order_at, make_attestation, move
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.calendar import geneva_date
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError
from ocpm_desk.kernel.lifecycle import OrderState, Outcome, Status
from ocpm_desk.kernel.notes import encode
from ocpm_desk.kernel.notes import note as stored
from ocpm_desk.kernel.permissions import Permission
from ocpm_desk.kernel.phrases import Phrase, Words

#: An order's outcome as the messages say it ("order … was refused").
_OUTCOME_WORDS = {
    Outcome.REFUSED.value: QT_TRANSLATE_NOOP("Message", "refused"),
    Outcome.WITHDRAWN.value: QT_TRANSLATE_NOOP("Message", "withdrawn"),
    Outcome.CANCELLED.value: QT_TRANSLATE_NOOP("Message", "cancelled"),
}


@use_case(Permission.HANDLE_CORRECTION)
def record_correction(engine: Engine, actor: Actor, order_id: int, expected_version: int, received_on: date,
                      description: str, attributable_to: str, *, today: date | None = None) -> OrderState:
    """A correction request on a shipped or delivered order. Attributable to the OCPM: reissue — back to
    ``approved`` with a new attestation, no new fee. Attributable to the applicant: recorded only; the applicant is
    told a new order (and a new fee) is needed (G5)."""
    day = today or clock.today()
    text = " ".join((description or "").split())
    if attributable_to not in ("ocpm", "applicant"):
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "a correction is attributable to the OCPM ('ocpm') or to the applicant ('applicant')"))
    if len(text) < 10:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "describe the correction requested in at least {minimum} characters"), minimum=10)
    if received_on > day:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "the request cannot have been received after today ({today})"), today=day)
    with UnitOfWork(engine) as uow:
        session = uow.session
        order = load_order_at(uow, order_id, expected_version)
        if order.status not in (Status.SHIPPED.value, Status.DELIVERED.value):
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "order {reference} is {status}: corrections are requested on shipped or delivered orders"),
                reference=order.reference, status=Words(Status(order.status)))
        if order.outcome != Outcome.GRANTED.value:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "order {reference} was {outcome}: a decision is not corrected by a reissue (the applicant "
                "may appeal it)"), reference=order.reference,
                outcome=Phrase(_OUTCOME_WORDS.get(order.outcome or "", str(order.outcome))))
        if order.ordered_at is not None and received_on < geneva_date(order.ordered_at):
            raise DomainError(QT_TRANSLATE_NOOP("Message", "the request cannot have been received before the order"))
        request = m.CorrectionRequest(order_id=order.id, received_on=received_on, description=text,
                                      attributable_to=attributable_to, recorded_by=actor.username,
                                      recorded_at=clock.now())
        session.add(request)
        session.flush()
        if attributable_to == "ocpm":
            move(uow, actor, order, Status.APPROVED, note=stored("history.reissue", text=text))
            document = make_attestation(session, actor, order, day)
            uow.audit(actor, "order.correction_reissued", "order", order.id,
                      {"request_id": request.id, "document_id": document.id, "sha256": document.sha256})
        else:
            order.updated_at = clock.now()
            order.updated_by = actor.username
            session.add(m.OrderEvent(order_id=order.id, occurred_at=order.updated_at, actor=actor.username,
                                     action="correction_recorded", from_status=None, to_status=None,
                                     note=encode(stored("history.new_order_needed", text=text))))
            session.flush()
            uow.audit(actor, "order.correction_recorded", "order", order.id,
                      {"request_id": request.id, "attributable_to": "applicant"})
        return committed(uow, order)

