"""Reviewing an order against its legal conditions (DESIGN §3.2, G3).

The conditions come from the rule set in force when the payment was validated (pinned on the order); automatic ones
are evaluated by ``ocpm_desk.features.casework.conditions`` against the order, its payment and the population
register, and
stored in ``condition_results`` with their evidence. A caseworker's override is kept across re-evaluations.

What the order screen reads of them is here too: the stored results, the conditions with their effective result,
whether the automatic ones were ever evaluated; and ``record_evaluation``, the step that evaluates them again in the
caller's unit of work and writes the order's history row. An order is approved only when every mandatory condition
is met, by its result or by an override.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from ocpm_desk.features.casework.api import ConditionView, EvidenceView
from ocpm_desk.features.casework.conditions import (
    EVALUATORS,
    GuardianFacts,
    OrderFacts,
    PersonFacts,
    RegisterFacts,
    ResidenceFacts,
)
from ocpm_desk.features.casework.history import touch
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.db.effective import in_force_sql, latest_first
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.addresses import PostalAddress
from ocpm_desk.kernel.calendar import geneva_date
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError, NotFound
from ocpm_desk.kernel.notes import note as stored_note
from ocpm_desk.kernel.notes import stored_value, typed_value
from ocpm_desk.kernel.permissions import Permission


def _geneva_day(moment: datetime | None) -> date | None:
    return geneva_date(moment) if moment is not None else None


def order_rule_set(session: Session, order: m.Order) -> m.ConditionRuleSet:
    """The condition rule set of the order (pinned, else in force on its day of payment), for casework and refusals."""
    if order.rule_set_id is not None:
        pinned = session.get(m.ConditionRuleSet, order.rule_set_id)
        if pinned is not None:
            return pinned
    day = geneva_date(order.paid_at or order.ordered_at)
    found = session.scalars(
        select(m.ConditionRuleSet)
        .where(m.ConditionRuleSet.service_code == order.service_code)
        .where(in_force_sql(m.ConditionRuleSet.valid_from, m.ConditionRuleSet.valid_to, day))
        .order_by(latest_first(m.ConditionRuleSet.valid_from))
    ).first()
    if found is None:
        raise DomainError(QT_TRANSLATE_NOOP("Message", "no condition rule set of {service} was in force on {date}"),
                          service=order.service_code, date=day)
    return found


def _person(applicant: m.Applicant) -> PersonFacts:
    return PersonFacts(applicant.avs, applicant.last_name, applicant.first_name, applicant.birth_date)


def _register(session: Session, avs: str) -> RegisterFacts | None:
    person = session.scalars(select(m.RegisterPerson).where(m.RegisterPerson.avs == avs)).one_or_none()
    if person is None:
        return None
    residences = session.scalars(select(m.RegisterResidence).where(m.RegisterResidence.person_id == person.id))
    guardians = session.execute(
        select(m.RegisterPerson.avs, m.RegisterGuardianship.valid_from, m.RegisterGuardianship.valid_to)
        .join(m.RegisterGuardianship, m.RegisterGuardianship.guardian_id == m.RegisterPerson.id)
        .where(m.RegisterGuardianship.ward_id == person.id)
    ).all()
    return RegisterFacts(
        person.avs, person.last_name, person.first_name, person.birth_date, person.swiss_citizen,
        tuple(ResidenceFacts(r.arrived_on, r.departed_on) for r in residences),
        tuple(GuardianFacts(g.avs, g.valid_from, g.valid_to) for g in guardians),
    )


def _facts(session: Session, order: m.Order) -> OrderFacts:
    service = session.get(m.Service, order.service_code)
    assert service is not None  # foreign key
    fee = session.get(m.FeeSchedule, order.fee_schedule_id) if order.fee_schedule_id else None
    tariff = session.get(m.PostalTariff, order.postal_tariff_id) if order.postal_tariff_id else None
    ordered_on = _geneva_day(order.ordered_at)
    assert ordered_on is not None
    return OrderFacts(
        service_code=order.service_code,
        quantity=order.quantity,
        ordered_on=ordered_on,
        paid_on=_geneva_day(order.paid_at),
        fee_paid_centimes=order.fee_paid_centimes or 0,
        postage_paid_centimes=order.postage_paid_centimes or 0,
        applicant=_person(order.applicant),
        concerned=_person(order.concerned_person) if order.concerned_person else None,
        address=PostalAddress(
            order.addr_mr_mrs, order.addr_first_name or "", order.addr_last_name, order.addr_street,
            order.addr_house_number, order.addr_swiss_zip_code, order.addr_foreign_zip_code, order.addr_town,
            order.addr_country, order.addr_organisation, order.addr_line, order.addr_dwelling_number,
            order.addr_post_office_box,
        ),
        product_code=order.delivery_product,
        service_active_from=service.active_from,
        service_active_to=service.active_to,
        fee_due_centimes=fee.fee_centimes if fee else None,
        postage_due_centimes=tariff.price_centimes if tariff else None,
    )


def condition_view(rule: m.ConditionRule, stored: m.ConditionResult | None) -> ConditionView:
    """What casework and refusals show of one condition: the rule with its stored result and evidence, if any."""
    evidence: tuple[EvidenceView, ...] = ()
    message = None
    note = None
    if stored is not None and stored.evidence:
        data = json.loads(stored.evidence)
        message = typed_value(data["message"]) if data.get("message") else None
        note = data.get("note")
        evidence = tuple(EvidenceView(e["field"], typed_value(e["given"]), typed_value(e["register"]), e["matches"])
                         for e in data.get("evidence", []))
    return ConditionView(
        rule.code, rule.label, rule.legal_basis, rule.mandatory, rule.evaluator,
        stored.result if stored else None,
        stored.override_result if stored else None,
        stored.override_justification if stored else None,
        message, evidence, note,
        stored.evaluated_by if stored else None,
        stored.overridden_by if stored else None,
    )


@use_case(Permission.EVALUATE_CONDITIONS)
def evaluate_conditions(engine: Engine, actor: Actor, order_id: int, *, today: date | None = None
                        ) -> list[ConditionView]:
    """Evaluate the automatic conditions of the order's rule set and store the results (overrides are kept)."""
    today = today or clock.today()
    with UnitOfWork(engine) as uow:
        order = uow.session.get(m.Order, order_id)
        if order is None:
            raise NotFound(QT_TRANSLATE_NOOP("Message", "order #{order_id} does not exist"), order_id=order_id)
        views = store_evaluation(uow, actor, order, today)
        uow.commit()
        return views


def store_evaluation(uow: UnitOfWork, actor: Actor, order: m.Order, today: date) -> list[ConditionView]:
    """Evaluate and store the automatic conditions in the caller's unit of work (which commits), with the audit
    event ``order.conditions_evaluated``; overrides and manual ticks are kept. Returns every condition of the set."""
    session = uow.session
    rule_set = order_rule_set(session, order)
    facts = _facts(session, order)
    concerned = facts.concerned or facts.applicant
    register = _register(session, concerned.avs)
    stored = {r.rule_id: r for r in session.scalars(
        select(m.ConditionResult).where(m.ConditionResult.order_id == order.id))}
    now = clock.now()
    counts = {"met": 0, "not_met": 0, "unknown": 0}
    for rule in rule_set.rules:
        if rule.evaluator != "automatic":
            continue
        evaluate = EVALUATORS.get(rule.code)
        if evaluate is None:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "condition {code} of the rule set has no automatic evaluator"), code=rule.code)
        result = evaluate(facts, register, today)
        evidence = json.dumps({"message": stored_value(result.message), "evidence": [
            {"field": e.field, "given": stored_value(e.given), "register": stored_value(e.register),
             "matches": e.matches} for e in result.evidence]}, ensure_ascii=False)
        row = stored.get(rule.id)
        if row is None:
            row = m.ConditionResult(order_id=order.id, rule_id=rule.id)
            session.add(row)
            stored[rule.id] = row
        row.result = result.result.value
        row.evidence = evidence
        row.evaluated_by = actor.username
        row.evaluated_at = now
        counts[result.result.value] += 1
    session.flush()
    uow.audit(actor, "order.conditions_evaluated", "order", order.id, counts)
    return [condition_view(rule, stored.get(rule.id)) for rule in rule_set.rules]


def record_evaluation(uow: UnitOfWork, actor: Actor, order: m.Order, today: date) -> None:
    """Evaluate and store the automatic conditions (``store_evaluation``), then write the order's history row with
    the counts of results (which bumps its version)."""
    views = store_evaluation(uow, actor, order, today)
    automatic = [v for v in views if v.evaluator == "automatic"]
    counts = {r: sum(1 for v in automatic if v.result == r) for r in ("met", "not_met", "unknown")}
    touch(uow, actor, order, "conditions_evaluated", stored_note(
        "history.conditions_evaluated", met=counts["met"], not_met=counts["not_met"], unknown=counts["unknown"]))


# ---------------------------------------------------------------------------------------- what the order shows
def stored_results(session: Session, order: m.Order) -> dict[int, m.ConditionResult]:
    """The order's stored condition results, by rule id."""
    return {r.rule_id: r for r in session.scalars(
        select(m.ConditionResult).where(m.ConditionResult.order_id == order.id))}


def order_conditions(session: Session, order: m.Order
                     ) -> tuple[m.ConditionRuleSet | None, list[ConditionView], bool]:
    """The rule set (None if none was in force), the conditions, and whether the automatic ones were evaluated."""
    try:
        rule_set = order_rule_set(session, order)
    except DomainError:
        return None, [], False
    stored = stored_results(session, order)
    automatic = [r for r in rule_set.rules if r.evaluator == "automatic"]
    evaluated = all(r.id in stored for r in automatic)
    return rule_set, [condition_view(rule, stored.get(rule.id)) for rule in rule_set.rules], evaluated


def never_evaluated(session: Session, order: m.Order) -> bool:
    """Whether the order's rule set has automatic conditions none of which was ever evaluated."""
    try:
        rule_set = order_rule_set(session, order)
    except DomainError:
        return False
    automatic = {r.id for r in rule_set.rules if r.evaluator == "automatic"}
    return bool(automatic) and not automatic & set(stored_results(session, order))
