"""Casework and refusal data for screen tests, built on a real database by the real use cases (issue 18).

The orders come from ``ocpm_factories.add_orders`` (paid on 2 November 2026, ATT-RES), each with an applicant of
its own (a fresh AVS number) whom the population register knows as given, under another last name, or not at all.
Everything after intake goes through the session the GUI holds (``gui_fakes.session_for``, by the staff of
``gui_fakes.USERS``): claiming, opening (which evaluates the conditions), holds, hearings, refusal proposals, the
supervisor's decision, the mail room. Tests run on ``TODAY`` (``fixed_today``): the delivery clock, the follow-up
dates and the hearing letters depend on it.
"""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from gui_fakes import session_for
from ocpm_factories import add_orders
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from ocpm_desk.features.mailroom.api import PrintDestination
from ocpm_desk.infrastructure.db.models import (
    ConditionResult,
    ConditionRule,
    ConditionRuleSet,
    Decision,
    Hearing,
    Order,
    RegisterPerson,
    RegisterResidence,
)
from ocpm_desk.kernel.clock import FixedClock, use_clock
from ocpm_desk.kernel.lifecycle import Status

TODAY = date(2026, 11, 26)  # a Thursday, 18 working days after the factories' orders
#: The register's residences of a person found: an earlier stay in Geneva, and the current one in Carouge.
RESIDENCES = ((date(2008, 3, 1), date(2012, 6, 30), "Genève"), (date(2015, 9, 1), None, "Carouge"))
NOT_NEEDED = "Les faits ressortent sans ambiguïté du registre de la population."
ANSWER = "Je conteste : j'habite à Carouge depuis 2015."
MANUAL = "documents_checked"  # the code of ``add_manual_rule``'s condition
_avs_serial = itertools.count(1)


@contextmanager
def fixed_today(day: date = TODAY) -> Iterator[FixedClock]:
    """The application's clock on ``day`` (noon in Geneva) for the block: the services and the screens agree."""
    with use_clock(FixedClock(day)) as fixed:
        assert isinstance(fixed, FixedClock)
        yield fixed


def new_avs() -> str:
    """A valid AVS number (EAN-13 check digit) not used before in this run."""
    twelve = f"756{9300_0000_0 + next(_avs_serial):09d}"
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(twelve)) % 10) % 10
    digits = twelve + str(check)
    return f"{digits[:3]}.{digits[3:7]}.{digits[7:11]}.{digits[11:]}"


def register_person(engine: Engine, avs: str, last_name: str, first_name: str = "Anne",
                    birth_date: date = date(1980, 2, 29)) -> int:
    """A Swiss citizen of the population register with ``RESIDENCES``; returns their id."""
    with Session(engine) as s:
        person = RegisterPerson(avs=avs, last_name=last_name, first_name=first_name, birth_date=birth_date, sex="F",
                                nationality="CH", swiss_citizen=True, permit_type=None)
        s.add(person)
        s.flush()
        for arrived, departed, commune in RESIDENCES:
            s.add(RegisterResidence(person_id=person.id, street="Rue de Carouge", house_number="12", zip_code="1227",
                                    town=commune, commune=commune, arrived_on=arrived, departed_on=departed))
        s.commit()
        return person.id


def paid_order(engine: Engine, *, last_name: str = "Dupont", register_last_name: str | None = None,
               in_register: bool = True, product: str = "B") -> int:
    """A paid ATT-RES order of applicant Anne ``last_name`` (an AVS number of her own), pinned to the fee and postage
    in force at its payment; the register knows her as ``register_last_name`` (default: as given) unless
    ``in_register`` is false."""
    (order_id,) = add_orders(engine, 1)
    avs = new_avs()
    with engine.begin() as conn:
        conn.execute(text("UPDATE applicants SET avs = :avs, last_name = :name WHERE id = "
                          "(SELECT applicant_id FROM orders WHERE id = :id)"), {"avs": avs, "name": last_name,
                                                                                "id": order_id})
        conn.execute(text("""
            UPDATE orders SET addr_last_name = :name, delivery_product = :product,
              fee_schedule_id = (SELECT f.id FROM fee_schedules f WHERE f.service_code = orders.service_code
                                  AND f.valid_from <= :day AND (f.valid_to IS NULL OR f.valid_to >= :day)),
              postal_tariff_id = (SELECT t.id FROM postal_tariffs t WHERE t.product_code = :product
                                  AND t.valid_from <= :day AND (t.valid_to IS NULL OR t.valid_to >= :day))
            WHERE id = :id"""), {"name": last_name, "product": product, "day": date(2026, 11, 2), "id": order_id})
        conn.execute(text("UPDATE orders SET postage_paid_centimes = (SELECT t.price_centimes FROM postal_tariffs t "
                          "WHERE t.id = orders.postal_tariff_id) WHERE id = :id"), {"id": order_id})
    if in_register:
        register_person(engine, avs, register_last_name or last_name)
    return int(order_id)


def order_in_review(engine: Engine, username: str = "cdubois", *, last_name: str = "Dupont",
                    register_last_name: str | None = None, in_register: bool = True, product: str = "B") -> int:
    """A paid order (``paid_order``) claimed by ``username`` and opened by them: its conditions are evaluated."""
    order_id = paid_order(engine, last_name=last_name, register_last_name=register_last_name,
                          in_register=in_register, product=product)
    session = session_for(engine, username)
    session.casework.claim(order_id, 1)
    session.casework.order_detail(order_id)
    return order_id


def mismatched_order(engine: Engine, username: str = "cdubois") -> int:
    """An order in review of ``username`` whose applicant the register knows as Martinet, not Martin:
    ``identity_match`` is not met, approval is blocked and the ground ``identity_mismatch`` is suggested."""
    return order_in_review(engine, username, last_name="Martin", register_last_name="Martinet")


def order_on_hold(engine: Engine, username: str = "cdubois", reason: str = "Attente d'une copie du passeport",
                  until: date = date(2026, 12, 3)) -> int:
    """An order in review of ``username``, every condition met, put on hold until ``until``."""
    order_id = order_in_review(engine, username)
    session = session_for(engine, username)
    session.casework.hold(order_id, version_of(engine, order_id), reason, until)
    return order_id


def hearing_not_needed(engine: Engine, username: str, order_id: int, reason: str = NOT_NEEDED) -> None:
    """Record on an order in review why hearing the applicant is not needed."""
    session_for(engine, username).refusals.record_hearing_not_needed(order_id, version_of(engine, order_id), reason)


def hearing_letter_sent(engine: Engine, username: str, order_id: int) -> None:
    """Send the hearing letter of an order in review with the editor's prefilled draft: the order goes on hold."""
    session = session_for(engine, username)
    draft = session.refusals.refusal_draft(order_id).draft
    session.refusals.send_hearing_letter(order_id, version_of(engine, order_id), draft)


def proposal_awaiting_supervisor(engine: Engine, author: str = "cdubois", *, hearing: str = "not_needed",
                                 order_id: int | None = None) -> tuple[int, int]:
    """A refusal proposed by ``author`` on a mismatched order of theirs (or on ``order_id``, in review with them),
    the applicant heard first (``hearing``: "not_needed", or "letter" answered on ``TODAY``): (order id, decision
    id)."""
    order_id = mismatched_order(engine, author) if order_id is None else order_id
    session = session_for(engine, author)
    if hearing == "letter":
        hearing_letter_sent(engine, author, order_id)
        session.refusals.record_hearing_answer(order_id, version_of(engine, order_id), ANSWER, TODAY)
    else:
        hearing_not_needed(engine, author, order_id)
    state = session.refusals.refusal_draft(order_id)
    session.refusals.submit_refusal(order_id, state.order_version, state.draft)
    return order_id, decision_id_of(engine, order_id, "proposed")


def returned_proposal(engine: Engine, author: str = "cdubois", supervisor: str = "mrochat",
                      comment: str = "Ajoutez la date du courrier.") -> tuple[int, int]:
    """A proposal of ``author`` returned by ``supervisor`` with ``comment``: the order is in review with its author
    again. (order id, decision id of the returned proposal)."""
    order_id, decision_id = proposal_awaiting_supervisor(engine, author)
    refusals = session_for(engine, supervisor).refusals
    refusals.return_refusal(decision_id, refusals.proposal(decision_id).content_sha256, comment)
    return order_id, decision_id


def issued_decision(engine: Engine, author: str = "cdubois", supervisor: str = "mrochat",
                    order_id: int | None = None) -> tuple[int, int]:
    """A refusal of ``author`` approved by ``supervisor`` (or of ``order_id``, proposed again after a return): the
    order is refused and its signed decision archived. (order id, decision id)."""
    if order_id is None:
        order_id, decision_id = proposal_awaiting_supervisor(engine, author)
    else:
        session = session_for(engine, author)
        state = session.refusals.refusal_draft(order_id)
        session.refusals.submit_refusal(order_id, state.order_version, state.draft)
        decision_id = decision_id_of(engine, order_id, "proposed")
    refusals = session_for(engine, supervisor).refusals
    refusals.approve_refusal(decision_id, refusals.proposal(decision_id).content_sha256)
    return order_id, decision_id


def approved_order(engine: Engine, username: str = "cdubois", *, product: str = "B") -> int:
    """An order approved by ``username``: its attestation waits to be printed."""
    order_id = order_in_review(engine, username, product=product)
    session_for(engine, username).casework.approve(order_id, version_of(engine, order_id))
    return order_id


def shipped_order(engine: Engine, order_id: int, item_number: str | None = None, *, delivered_on: date | None = None
                  ) -> None:  # fmt: skip
    """Print what waits for ``order_id`` (approved or refused) to a file and ship it (``item_number`` for registered
    mail); ``delivered_on``: the tracking file then says it was delivered that day (registered mail only)."""
    printed(engine, order_id)
    mailroom = session_for(engine, "nfavre").mailroom
    mailroom.ship(order_id, version_of(engine, order_id), item_number)
    if delivered_on is not None:
        assert item_number is not None, "tracking follows registered mail only"
        mailroom.import_tracking(f"item_number,event,date\n{item_number},delivered,{delivered_on.isoformat()}\n")


def printed(engine: Engine, *order_ids: int) -> None:
    """Print what waits for ``order_ids`` to a PDF file (then deleted), as the mail room does: approved and refused
    orders are then ready to ship, hearing letters printed."""
    mailroom = session_for(engine, "nfavre").mailroom
    keys = [item.key for item in mailroom.print_queue() if item.order_id in order_ids]
    assert keys, f"nothing of orders {order_ids} waits to be printed"
    handle, path = tempfile.mkstemp(prefix="ocpm-test-print-", suffix=".pdf")
    os.close(handle)
    try:
        mailroom.print_batch(keys, PrintDestination("file", path))
    finally:
        os.unlink(path)


def add_manual_rule(engine: Engine, *, mandatory: bool = False) -> None:
    """Add to the ATT-RES rule set a manual condition ``MANUAL`` (the shipped rule sets have none)."""
    with Session(engine) as s:
        rule_set = s.scalars(select(ConditionRuleSet).where(ConditionRuleSet.service_code == "ATT-RES")).one()
        s.add(ConditionRule(rule_set_id=rule_set.id, position=99, code=MANUAL, label="Pièces justificatives vérifiées",
                            legal_basis="Directive OCPM 2024/3", mandatory=mandatory, evaluator="manual"))
        s.commit()


# ---- reading the database back ------------------------------------------------------------------------------------


def order_row(engine: Engine, order_id: int) -> Order:
    """The order's row as it stands (detached: its columns only)."""
    with Session(engine) as s:
        order = s.get(Order, order_id)
        assert order is not None
        return order


def order_fields(engine: Engine, order_id: int, *columns: str) -> tuple[Any, ...]:
    """The order's ``columns`` as they stand, in that order (``order_fields(engine, id, "status", "assigned_to")``)."""
    row = order_row(engine, order_id)
    return tuple(getattr(row, column) for column in columns)


def version_of(engine: Engine, order_id: int) -> int:
    return order_row(engine, order_id).version


def status_of(engine: Engine, order_id: int) -> Status:
    return Status(order_row(engine, order_id).status)


def decisions_of(engine: Engine, order_id: int) -> list[Decision]:
    """The order's rows of ``decisions`` (drafts, proposals, returned, issued), oldest first (detached)."""
    with Session(engine) as s:
        return list(s.scalars(select(Decision).where(Decision.order_id == order_id).order_by(Decision.id)))


def decision_id_of(engine: Engine, order_id: int, status: str) -> int:
    """The id of the order's (latest) decision row with ``status``."""
    rows = [d.id for d in decisions_of(engine, order_id) if d.status == status]
    assert rows, f"order {order_id} has no decision {status}"
    return rows[-1]


def condition_result(engine: Engine, order_id: int, code: str) -> ConditionResult | None:
    """The stored result of the order's condition ``code`` (detached), None before one."""
    with Session(engine) as s:
        return s.scalars(select(ConditionResult).join(ConditionRule, ConditionRule.id == ConditionResult.rule_id)
                         .where(ConditionResult.order_id == order_id, ConditionRule.code == code)).first()


def hearings_of(engine: Engine, order_id: int) -> list[Hearing]:
    """The order's hearings, oldest first (detached)."""
    with Session(engine) as s:
        return list(s.scalars(select(Hearing).where(Hearing.order_id == order_id).order_by(Hearing.id)))
