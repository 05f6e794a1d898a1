"""The order screen (DESIGN §3, §3.2, §3.3): open an order, work its conditions, approve, hold, resume, withdraw.

Every change quotes the version the user saw: a stale one raises ``StaleVersion`` naming who changed the order,
and nothing is written. Every change — condition work included — bumps ``orders.version``, so a second session
editing the same order is told rather than silently overwritten. Each use case writes its history row
(``order_events``) and its audit event in its own transaction.

Conditions are worked on while the order is ``in_review``, by its assignee or a supervisor (the same people who
may approve it, per the transition table). A manual condition is ticked ``met`` or ``not_met`` with a note; an
automatic result may be overridden (``met`` / ``not_met``) with a written justification of at least
``MIN_JUSTIFICATION`` characters, kept in ``condition_results.override_*`` and in the audit; ``result=""`` removes
an override. An order is approved only when every mandatory condition is met, by its result or by an override.

Opening an order writes ``order.viewed`` (LIPAD access trail) in the same transaction that reads the personal
data; for the assignee of an order in review whose automatic conditions were never evaluated, they are evaluated
first.

``PersonComparison.register_facts`` are short ``key:value`` lines in English source form, read on the day of
opening; the GUI translates them by key:

- ``registered_in_geneva:yes|no`` — a current Geneva residence (begun, not ended) today;
- ``resident_since:YYYY-MM-DD`` — arrival of the current residence (only when registered);
- ``commune:<name>`` — commune of the current residence (only when registered);
- ``departed_on:YYYY-MM-DD`` — the last departure on or before today (only when not registered any more);
- ``residences:<n>`` — Geneva residences in the register, past and present;
- ``swiss_citizen:yes|no``;
- ``nationality:<ISO 3166 alpha-2>``;
- ``permit:<L|B|C|Ci|N|F|S>`` — foreigners only, when the register records one;
- ``minor:yes|no`` — under 18 today (register birth date);
- ``guardian_of:<AVS>`` — one line per person this person legally represents today;
- ``represented_by:<AVS>`` — one line per legal representative of this person today.

A person not found in the register has ``found_in_register=False`` and no facts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from sqlalchemy import Engine, exists, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ocpm_desk.features.casework.api import (
    ConditionView,
    FieldComparison,
    HistoryEntry,
    OrderAction,
    OrderDetail,
    OrderState,
    PaymentView,
    PersonComparison,
    StaffChoice,
)
from ocpm_desk.features.casework.claiming import check_version, load_order, move, order_state
from ocpm_desk.features.casework.conditions import ConditionResult, is_minor, names_match, same_avs
from ocpm_desk.features.casework.review import condition_view, order_rule_set, store_evaluation
from ocpm_desk.features.overview.counts import OPEN_STATUSES, closure_days
from ocpm_desk.features.refusals.proposals import (
    OPEN_DECISION_STATUSES,
    decision_versions,
    hearing_view,
    last_return_comment,
    latest_hearing,
    refusal_actions,
)
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.addresses import PostalAddress, address_lines
from ocpm_desk.kernel.calendar import (
    add_working_days,
    delivery_clock,
    geneva_date,
    is_working_day,
    working_days_between,
)
from ocpm_desk.kernel.effective import in_force, version_in_force
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError, StaleVersion, TransitionNotAllowed
from ocpm_desk.kernel.identifiers import is_valid_avs, normalize_avs
from ocpm_desk.kernel.lifecycle import ASSIGNED_STATUSES, Status, check_transition
from ocpm_desk.kernel.money import vat_included
from ocpm_desk.kernel.notes import Chf, Code, decode, encode, with_labels
from ocpm_desk.kernel.notes import note as stored
from ocpm_desk.kernel.permissions import Permission, permissions_of
from ocpm_desk.kernel.phrases import Bilingual, Listing, Phrase
from ocpm_desk.kernel.roles import Role

#: Shortest written justification of an override, and of the note recording a written withdrawal.
MIN_JUSTIFICATION = 10
MIN_WITHDRAWAL_NOTE = 10
#: Results a caseworker may give: a manual tick, or an override of an automatic result.
TICK_RESULTS = (ConditionResult.MET.value, ConditionResult.NOT_MET.value)
#: A condition's effective result as the messages say it.
RESULT_WORDS: dict[str | None, str] = {
    ConditionResult.MET.value: QT_TRANSLATE_NOOP("Message", "met"),
    ConditionResult.NOT_MET.value: QT_TRANSLATE_NOOP("Message", "not met"),
    ConditionResult.UNKNOWN.value: QT_TRANSLATE_NOOP("Message", "unknown"),
    None: QT_TRANSLATE_NOOP("Message", "not evaluated"),
}


# --------------------------------------------------------------------------------------------- who may do what
def _allowed(actor: Actor, order: m.Order, to_status: Status, *, new_assignee: str | None = None) -> bool:
    try:
        check_transition(order.status, to_status, actor.roles, actor=actor.username, assignee=order.assigned_to,
                         new_assignee=new_assignee)
    except TransitionNotAllowed:
        return False
    return True


def _works_the_case(actor: Actor, order: m.Order) -> bool:
    """Conditions are worked on by those who may approve: the assignee or a supervisor, while in review."""
    return order.status == Status.IN_REVIEW.value and _allowed(actor, order, Status.APPROVED)


def _require_works_the_case(actor: Actor, order: m.Order) -> None:
    if order.status != Status.IN_REVIEW.value:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "order {reference} is {status}: its conditions can be changed only while it is in review"),
            reference=order.reference, status=Status(order.status)).keyed("order.not_open")
    if not _allowed(actor, order, Status.APPROVED):
        if order.assigned_to:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "only the assignee ({assignee}) or a supervisor may work on the conditions of order "
                "{reference}"), assignee=order.assigned_to, reference=order.reference)
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "only the assignee (nobody) or a supervisor may work on the conditions of order {reference}"),
            reference=order.reference)


def _actions(session: Session, actor: Actor, order: m.Order, approvable: bool) -> frozenset[OrderAction]:
    """What ``actor`` may do now: the transition table (roles and qualifiers) × the permission matrix."""
    perms = permissions_of(actor.roles)
    status = Status(order.status)
    out: set[OrderAction] = set()
    if status is Status.PAID and Permission.CLAIM_ORDER in perms and _allowed(
        actor, order, Status.IN_REVIEW, new_assignee=actor.username
    ):
        out.add(OrderAction.CLAIM)
    if status is Status.IN_REVIEW:
        if Permission.RELEASE_ORDER in perms and _allowed(actor, order, Status.PAID):
            out.add(OrderAction.RELEASE)
        if Permission.HOLD_ORDER in perms and _allowed(actor, order, Status.ON_HOLD):
            out.add(OrderAction.HOLD)
        if approvable and Permission.APPROVE_ORDER in perms and _allowed(actor, order, Status.APPROVED):
            out.add(OrderAction.APPROVE)
        if _works_the_case(actor, order):
            if Permission.EVALUATE_CONDITIONS in perms:
                out.add(OrderAction.EVALUATE)
            if perms & {Permission.EVALUATE_CONDITIONS, Permission.OVERRIDE_CONDITION}:
                out.add(OrderAction.TICK)
    if status is Status.ON_HOLD and Permission.HOLD_ORDER in perms and _allowed(actor, order, Status.IN_REVIEW):
        out.add(OrderAction.RESUME)
    if Permission.RECORD_WITHDRAWAL in perms and _allowed(actor, order, Status.WITHDRAWN):
        out.add(OrderAction.WITHDRAW)
    if Permission.ASSIGN_ORDER in perms and (status is Status.PAID or status in ASSIGNED_STATUSES):
        out.add(OrderAction.ASSIGN)
    out |= refusal_actions(session, actor, order)
    return frozenset(out)


def _close_open_decisions(session: Session, order: m.Order) -> None:
    """The order is decided otherwise (approved, withdrawn): its refusal draft or proposal is withdrawn."""
    for decision in session.scalars(select(m.Decision).where(
            m.Decision.order_id == order.id, m.Decision.status.in_(OPEN_DECISION_STATUSES))):
        decision.status = "withdrawn"
    session.flush()


# ---------------------------------------------------------------------------------------------- the conditions
def _stored_results(session: Session, order: m.Order) -> dict[int, m.ConditionResult]:
    return {r.rule_id: r for r in session.scalars(
        select(m.ConditionResult).where(m.ConditionResult.order_id == order.id))}


def _conditions(session: Session, order: m.Order) -> tuple[m.ConditionRuleSet | None, list[ConditionView], bool]:
    """The rule set (None if none was in force), the conditions, and whether the automatic ones were evaluated."""
    try:
        rule_set = order_rule_set(session, order)
    except DomainError:
        return None, [], False
    stored = _stored_results(session, order)
    automatic = [r for r in rule_set.rules if r.evaluator == "automatic"]
    evaluated = all(r.id in stored for r in automatic)
    return rule_set, [condition_view(rule, stored.get(rule.id)) for rule in rule_set.rules], evaluated


def _never_evaluated(session: Session, order: m.Order) -> bool:
    try:
        rule_set = order_rule_set(session, order)
    except DomainError:
        return False
    automatic = {r.id for r in rule_set.rules if r.evaluator == "automatic"}
    return bool(automatic) and not automatic & set(_stored_results(session, order))


def _blockers(views: Iterable[ConditionView]) -> tuple[str, ...]:
    return tuple(v.code for v in views if v.mandatory and not v.satisfied)


def touch(uow: UnitOfWork, actor: Actor, order: m.Order, action: str, note: Phrase | None) -> None:
    """A change that is not a status move: bump the order's version and write its history row."""
    now = clock.now()
    order.updated_at = now
    order.updated_by = actor.username
    uow.session.add(m.OrderEvent(order_id=order.id, occurred_at=now, actor=actor.username, action=action,
                                 from_status=None, to_status=None, note=encode(note) if note else None))
    try:
        uow.session.flush()
    except StaleDataError:
        raise StaleVersion(order.reference, None, None) from None


def _evaluate(uow: UnitOfWork, actor: Actor, order: m.Order, today: date) -> None:
    views = store_evaluation(uow, actor, order, today)
    automatic = [v for v in views if v.evaluator == "automatic"]
    counts = {r: sum(1 for v in automatic if v.result == r) for r in ("met", "not_met", "unknown")}
    touch(uow, actor, order, "conditions_evaluated", stored(
        "history.conditions_evaluated", met=counts["met"], not_met=counts["not_met"], unknown=counts["unknown"]))


# ------------------------------------------------------------------------------------------------- the detail
def order_address(order: m.Order) -> PostalAddress:
    """The delivery address kept on the order, for the letters, the documents and the mail room."""
    return PostalAddress(
        order.addr_mr_mrs, order.addr_first_name or "", order.addr_last_name, order.addr_street,
        order.addr_house_number, order.addr_swiss_zip_code, order.addr_foreign_zip_code, order.addr_town,
        order.addr_country, order.addr_organisation, order.addr_line, order.addr_dwelling_number,
        order.addr_post_office_box,
    )


def find_register_person(session: Session, avs: str) -> m.RegisterPerson | None:
    """The register's person with this AVS number (as typed or normalised), for casework and the documents."""
    candidates = {avs.strip()}
    if is_valid_avs(avs.strip()):
        candidates.add(normalize_avs(avs.strip()))
    return session.scalars(select(m.RegisterPerson).where(m.RegisterPerson.avs.in_(candidates))).first()


def _register_facts(session: Session, person: m.RegisterPerson, today: date) -> tuple[str, ...]:
    residences = list(session.scalars(
        select(m.RegisterResidence).where(m.RegisterResidence.person_id == person.id)
        .order_by(m.RegisterResidence.arrived_on)))
    current = [r for r in residences
               if r.arrived_on <= today and (r.departed_on is None or r.departed_on > today)]
    facts = [f"registered_in_geneva:{'yes' if current else 'no'}"]
    if current:
        latest = max(current, key=lambda r: r.arrived_on)
        facts += [f"resident_since:{latest.arrived_on.isoformat()}", f"commune:{latest.commune}"]
    else:
        departures = [r.departed_on for r in residences if r.departed_on is not None and r.departed_on <= today]
        if departures:
            facts.append(f"departed_on:{max(departures).isoformat()}")
    facts.append(f"residences:{sum(1 for r in residences if r.arrived_on <= today)}")
    facts.append(f"swiss_citizen:{'yes' if person.swiss_citizen else 'no'}")
    facts.append(f"nationality:{person.nationality}")
    if not person.swiss_citizen and person.permit_type:
        facts.append(f"permit:{person.permit_type}")
    facts.append(f"minor:{'yes' if is_minor(person.birth_date, today) else 'no'}")
    wards = session.execute(
        select(m.RegisterPerson.avs, m.RegisterGuardianship.valid_from, m.RegisterGuardianship.valid_to)
        .join(m.RegisterGuardianship, m.RegisterGuardianship.ward_id == m.RegisterPerson.id)
        .where(m.RegisterGuardianship.guardian_id == person.id)
        .order_by(m.RegisterPerson.avs)
    ).all()
    facts += [f"guardian_of:{w.avs}" for w in wards if in_force(w.valid_from, w.valid_to, today)]
    guardians = session.execute(
        select(m.RegisterPerson.avs, m.RegisterGuardianship.valid_from, m.RegisterGuardianship.valid_to)
        .join(m.RegisterGuardianship, m.RegisterGuardianship.guardian_id == m.RegisterPerson.id)
        .where(m.RegisterGuardianship.ward_id == person.id)
        .order_by(m.RegisterPerson.avs)
    ).all()
    facts += [f"represented_by:{g.avs}" for g in guardians if in_force(g.valid_from, g.valid_to, today)]
    return tuple(facts)


def _compare(session: Session, role: str, given: m.Applicant, today: date) -> PersonComparison:
    found = find_register_person(session, given.avs)
    fields = (
        FieldComparison("avs", given.avs, found.avs if found else None,
                        found is not None and same_avs(given.avs, found.avs)),
        FieldComparison("last_name", given.last_name, found.last_name if found else None,
                        found is not None and names_match(given.last_name, found.last_name)),
        FieldComparison("first_name", given.first_name, found.first_name if found else None,
                        found is not None and names_match(given.first_name, found.first_name)),
        FieldComparison("birth_date", given.birth_date, found.birth_date if found else None,
                        found is not None and given.birth_date == found.birth_date),
    )
    facts = _register_facts(session, found, today) if found is not None else ()
    return PersonComparison(role, found is not None, fields, facts)


def _fee_schedule(session: Session, order: m.Order) -> m.FeeSchedule | None:
    """The fee schedule the order is pinned to, or the one in force on the (Geneva) day of payment (G3)."""
    if order.fee_schedule_id is not None:
        pinned = session.get(m.FeeSchedule, order.fee_schedule_id)
        if pinned is not None:
            return pinned
    day = geneva_date(order.paid_at or order.ordered_at)
    return version_in_force(
        session.scalars(select(m.FeeSchedule).where(m.FeeSchedule.service_code == order.service_code)), day)


def _rate_text(bp: int) -> str:
    return format((Decimal(bp) / 100).normalize(), "f")


def _payment(session: Session, order: m.Order) -> PaymentView:
    fee = order.fee_paid_centimes or 0
    postage = order.postage_paid_centimes or 0
    total = fee + postage
    schedule = _fee_schedule(session, order)
    rate = _rate_text(schedule.vat_rate_bp) if schedule is not None else "0"
    # The fees include VAT (general terms ch. 5: « Elles incluent la TVA »); postage is passed on as it is.
    return PaymentView(order.payment_brand, order.payment_provider_reference, order.paid_at, fee, postage, total,
                       rate, vat_included(fee, rate))


def _history(session: Session, order: m.Order) -> tuple[HistoryEntry, ...]:
    events = session.scalars(
        select(m.OrderEvent).where(m.OrderEvent.order_id == order.id).order_by(m.OrderEvent.occurred_at,
                                                                               m.OrderEvent.id))
    labels = code_labels(session)
    return tuple(
        HistoryEntry(e.occurred_at, e.actor, e.action, Status(e.from_status) if e.from_status else None,
                     Status(e.to_status) if e.to_status else None, with_labels(decode(e.note), labels))
        for e in events
    )


def code_labels(session: Session) -> dict[tuple[str, str], str]:
    """The labels the office gave the codes of its reference data that stored phrases name (conditions, refusal
    grounds, postal products): ``(kind, code) → label``."""
    labels = {("condition", code): label for code, label in session.execute(
        select(m.ConditionRule.code, m.ConditionRule.label).order_by(m.ConditionRule.id))}
    labels.update({("ground", code): title for code, title in session.execute(
        select(m.RefusalGround.code, m.RefusalGround.title))})
    labels.update({("product", code): label for code, label in session.execute(
        select(m.PostalProduct.code, m.PostalProduct.label_fr))})
    return labels


def _detail(uow: UnitOfWork, actor: Actor, order: m.Order, today: date) -> OrderDetail:
    session = uow.session
    session.flush()
    service = session.get(m.Service, order.service_code)
    assert service is not None  # foreign key
    product = session.get(m.PostalProduct, order.delivery_product)
    status = Status(order.status)
    working_days: int | None = None
    clock = None
    if status in OPEN_STATUSES:
        closures = closure_days(session)
        ordered_on = geneva_date(order.ordered_at)
        working_days = working_days_between(ordered_on, today, closures=closures)
        clock = delivery_clock(ordered_on, today, closures=closures)
    people = [_compare(session, "applicant", order.applicant, today)]
    if order.concerned_person is not None:
        people.append(_compare(session, "concerned", order.concerned_person, today))
    rule_set, views, evaluated = _conditions(session, order)
    rule_set_label = Phrase(QT_TRANSLATE_NOOP("OrderText", "No rule set was in force on the payment date."),
                            context="OrderText")
    if rule_set is not None and rule_set.valid_to is None:
        rule_set_label = Phrase(QT_TRANSLATE_NOOP("OrderText", "Rule set {service}, in force from {start}"),
                                context="OrderText", service=rule_set.service_code, start=rule_set.valid_from)
    elif rule_set is not None:
        rule_set_label = Phrase(QT_TRANSLATE_NOOP("OrderText", "Rule set {service}, in force from {start} to {end}"),
                                context="OrderText", service=rule_set.service_code, start=rule_set.valid_from,
                                end=rule_set.valid_to)
    blockers = _blockers(views)
    return OrderDetail(
        order_id=order.id,
        reference=order.reference,
        version=order.version,
        service_code=order.service_code,
        service_label=Bilingual(service.label_fr, service.label_en),
        service_removed=service.active_to is not None and service.active_to < today,
        status=status,
        outcome=order.outcome,
        assigned_to=order.assigned_to,
        ordered_at=order.ordered_at,
        paid_at=order.paid_at,
        working_days=working_days,
        clock=clock,
        hold_reason=decode(order.hold_reason),
        hold_until=order.hold_until,
        delivery_product=product.label_fr if product is not None else order.delivery_product,
        address_lines=tuple(address_lines(order_address(order))),
        people=tuple(people),
        payment=_payment(session, order),
        rule_set_label=rule_set_label,
        conditions=tuple(views),
        history=_history(session, order),
        actions=_actions(session, actor, order, rule_set is not None and evaluated and not blockers),
        approve_blockers=blockers,
        hearing=hearing_view(session, latest_hearing(session, order.id)),
        decisions=decision_versions(session, order.id),
        return_comment=last_return_comment(session, order),
    )


# ------------------------------------------------------------------------------------------------- use cases
@use_case(Permission.VIEW_ORDER)
def order_detail(engine: Engine, actor: Actor, order_id: int, *, today: date | None = None) -> OrderDetail:
    """The order with its personal data and register record; writes ``order.viewed`` in the same transaction.

    For the assignee of an order in review whose automatic conditions were never evaluated, evaluates them
    first (which bumps the version: the detail carries the new one).
    """
    day = today or clock.today()
    with UnitOfWork(engine) as uow:
        order = load_order(uow, order_id, lock=False)
        if (
            order.status == Status.IN_REVIEW.value
            and order.assigned_to == actor.username
            and Permission.EVALUATE_CONDITIONS in permissions_of(actor.roles)
            and _never_evaluated(uow.session, order)
        ):
            # under the row lock, and checked again: two windows opening at once evaluate once
            order = uow.session.scalars(
                select(m.Order).where(m.Order.id == order_id).with_for_update()
                .execution_options(populate_existing=True)
            ).one()
            if order.status == Status.IN_REVIEW.value and _never_evaluated(uow.session, order):
                _evaluate(uow, actor, order, day)
        uow.audit(actor, "order.viewed", "order", order.id, {"reference": order.reference})
        detail = _detail(uow, actor, order, day)
        uow.commit()
        return detail


@use_case(Permission.EVALUATE_CONDITIONS)
def evaluate(engine: Engine, actor: Actor, order_id: int, expected_version: int, *, today: date | None = None
             ) -> OrderDetail:
    """Run the automatic conditions again (overrides and manual ticks are kept); bumps the version."""
    day = today or clock.today()
    with UnitOfWork(engine) as uow:
        order = load_order(uow, order_id)
        check_version(order, expected_version)
        _require_works_the_case(actor, order)
        _evaluate(uow, actor, order, day)
        detail = _detail(uow, actor, order, day)
        uow.commit()
        return detail


@use_case(Permission.EVALUATE_CONDITIONS, Permission.OVERRIDE_CONDITION)
def set_condition(
    engine: Engine,
    actor: Actor,
    order_id: int,
    expected_version: int,
    code: str,
    result: str,
    note: str,
    *,
    today: date | None = None,
) -> OrderDetail:
    """Tick a manual condition, override an automatic result, or remove an override (``result=""``).

    A manual tick is ``met`` or ``not_met`` with a note. An override of an automatic result is ``met`` or
    ``not_met``, different from the result, with a justification of at least ``MIN_JUSTIFICATION`` characters;
    it needs ``Permission.OVERRIDE_CONDITION``. Every change bumps the order's version.
    """
    day = today or clock.today()
    text = (note or "").strip()
    wanted = (result or "").strip()
    with UnitOfWork(engine) as uow:
        session = uow.session
        order = load_order(uow, order_id)
        check_version(order, expected_version)
        _require_works_the_case(actor, order)
        rule_set = order_rule_set(session, order)
        rule = next((r for r in rule_set.rules if r.code == code), None)
        if rule is None:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "order {reference} has no condition {code!r} (rule set of {since})"),
                reference=order.reference, code=code, since=rule_set.valid_from)
        row = _stored_results(session, order).get(rule.id)
        now = clock.now()
        if wanted and wanted not in TICK_RESULTS:
            raise DomainError(QT_TRANSLATE_NOOP("Message", "a condition is set to 'met' or 'not_met', not {value!r}"),
                              value=wanted)
        if rule.evaluator != "automatic":
            if not wanted:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Message", "{code} is a manual condition: tick it met or not met with a note; it has no override "
                    "to remove"), code=code)
            if not text:
                raise DomainError(QT_TRANSLATE_NOOP("Message", "ticking {code} needs a note saying what was checked"),
                                  code=code)
            if row is None:
                row = m.ConditionResult(order_id=order.id, rule_id=rule.id)
                session.add(row)
            previous = row.result
            row.result = wanted
            row.evidence = json.dumps({"message": "", "note": text, "evidence": []}, ensure_ascii=False)
            row.evaluated_by = actor.username
            row.evaluated_at = now
            session.flush()
            uow.audit(actor, "order.condition_ticked", "order", order.id,
                      {"code": code, "result": wanted, "previous": previous, "note": text})
            touch(uow, actor, order, "condition_ticked", stored("history.condition_ticked", condition=Code(
                "condition", code), result=Code("result", wanted), text=text))
        elif not wanted:
            if row is None or row.override_result is None:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Message", "the result of {code} is not overridden: there is no override to remove"), code=code)
            previous = row.override_result
            row.override_result = None
            row.override_justification = None
            row.overridden_by = None
            row.overridden_at = None
            session.flush()
            payload = {"code": code, "removed": previous, "result": row.result}
            if text:
                payload["note"] = text
            uow.audit(actor, "order.condition_override_removed", "order", order.id, payload)
            touch(uow, actor, order, "condition_override_removed",
                   stored("history.condition_override_removed_note", condition=Code("condition", code),
                        result=Code("result", previous), text=text) if text
                   else stored("history.condition_override_removed", condition=Code("condition", code),
                             result=Code("result", previous)))
        else:
            actor.require(Permission.OVERRIDE_CONDITION)
            if row is None:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Message", "{code} was never evaluated: evaluate the conditions before overriding a result"),
                    code=code).keyed("conditions.never_evaluated")
            if wanted == row.result:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Message", "the automatic result of {code} is already {result}: there is nothing to override"),
                    code=code, result=Phrase(RESULT_WORDS.get(wanted) or wanted))
            if len(text) < MIN_JUSTIFICATION:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Message", "overriding {code} needs a written justification of at least {minimum} characters"),
                    code=code, minimum=MIN_JUSTIFICATION)
            row.override_result = wanted
            row.override_justification = text
            row.overridden_by = actor.username
            row.overridden_at = now
            session.flush()
            uow.audit(actor, "order.condition_overridden", "order", order.id,
                      {"code": code, "result": row.result, "override": wanted, "justification": text})
            touch(uow, actor, order, "condition_overridden", stored(
                "history.condition_overridden", condition=Code("condition", code), before=Code("result", row.result),
                after=Code("result", wanted), text=text))
        detail = _detail(uow, actor, order, day)
        uow.commit()
        return detail


@use_case(Permission.APPROVE_ORDER)
def approve(engine: Engine, actor: Actor, order_id: int, expected_version: int) -> OrderState:
    """in_review → approved (outcome granted), when every mandatory condition is met or overridden to met; the
    attestation is made from the register and stored (``documents``) in the same transaction."""
    with UnitOfWork(engine) as uow:
        order = load_order(uow, order_id)
        check_version(order, expected_version)
        check_transition(order.status, Status.APPROVED, actor.roles, actor=actor.username,
                         assignee=order.assigned_to)
        if _never_evaluated(uow.session, order):
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "the conditions of order {reference} were never evaluated: evaluate them before approving"),
                reference=order.reference).keyed("conditions.never_evaluated")
        rule_set, views, evaluated = _conditions(uow.session, order)
        if rule_set is None:
            order_rule_set(uow.session, order)  # raises, saying which rule set is missing
        blockers = [v for v in views if v.mandatory and not v.satisfied]
        if blockers:
            listed = Listing(Phrase(QT_TRANSLATE_NOOP("Message", "{code} ({result})"), code=v.code,
                                    result=Phrase(RESULT_WORDS.get(v.effective) or str(v.effective).replace("_", " ")))
                              for v in blockers)
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "order {reference} cannot be approved: mandatory conditions not met: {conditions}"),
                reference=order.reference, conditions=listed).keyed("approve.blocked")
        if not evaluated:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "some conditions of order {reference} were never evaluated: evaluate them before "
                "approving"), reference=order.reference).keyed("conditions.never_evaluated")
        _close_open_decisions(uow.session, order)
        move(uow, actor, order, Status.APPROVED)
        from ocpm_desk.features.casework.attestations import make_attestation  # imports this module

        make_attestation(uow.session, actor, order, clock.today())  # the document the mail room prints
        uow.commit()
        return order_state(order)


@use_case(Permission.HOLD_ORDER)
def hold(
    engine: Engine,
    actor: Actor,
    order_id: int,
    expected_version: int,
    reason: str,
    follow_up_on: date,
    *,
    today: date | None = None,
) -> OrderState:
    """in_review → on_hold with a reason and a follow-up date (a working day after today)."""
    day = today or clock.today()
    text = (reason or "").strip()
    with UnitOfWork(engine) as uow:
        order = load_order(uow, order_id)
        check_version(order, expected_version)
        check_transition(order.status, Status.ON_HOLD, actor.roles, actor=actor.username,
                         assignee=order.assigned_to)
        if not text:
            raise DomainError(QT_TRANSLATE_NOOP("Message", "putting an order on hold needs a reason"))
        if not isinstance(follow_up_on, date) or follow_up_on <= day:
            raise DomainError(QT_TRANSLATE_NOOP("Message", "the follow-up date must be after today ({today})"),
                              today=day).keyed("follow_up.past")
        closures = closure_days(uow.session)
        if not is_working_day(follow_up_on, closures=closures):
            nearest = add_working_days(follow_up_on, 1, closures=closures)
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "the follow-up date {date} is not a working day; the next one is {next}"),
                date=follow_up_on, next=nearest).keyed("follow_up.not_working_day")
        order.hold_reason = encode(stored("hold.reason", reason=text))
        order.hold_until = follow_up_on
        move(uow, actor, order, Status.ON_HOLD, note=stored("history.hold", reason=text, date=follow_up_on))
        uow.commit()
        return order_state(order)


@use_case(Permission.HOLD_ORDER)
def resume(engine: Engine, actor: Actor, order_id: int, expected_version: int) -> OrderState:
    """on_hold → in_review; the hold's reason and follow-up date are cleared (the history keeps them)."""
    with UnitOfWork(engine) as uow:
        order = load_order(uow, order_id)
        check_version(order, expected_version)
        check_transition(order.status, Status.IN_REVIEW, actor.roles, actor=actor.username,
                         assignee=order.assigned_to)
        order.hold_reason = None
        order.hold_until = None
        move(uow, actor, order, Status.IN_REVIEW)
        uow.commit()
        return order_state(order)


@use_case(Permission.RECORD_WITHDRAWAL)
def withdraw(engine: Engine, actor: Actor, order_id: int, expected_version: int, note: str) -> OrderState:
    """The applicant's written withdrawal (outcome withdrawn). The fee is kept (G2): nothing is refunded.

    ``note`` records the date and means of the written withdrawal (at least ``MIN_WITHDRAWAL_NOTE`` characters).
    """
    text = (note or "").strip()
    with UnitOfWork(engine) as uow:
        order = load_order(uow, order_id)
        check_version(order, expected_version)
        check_transition(order.status, Status.WITHDRAWN, actor.roles, actor=actor.username,
                         assignee=order.assigned_to)
        if len(text) < MIN_WITHDRAWAL_NOTE:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "recording a withdrawal needs a note of at least {minimum} characters: the date and means "
                "of the applicant's written withdrawal"), minimum=MIN_WITHDRAWAL_NOTE)
        paid = (order.fee_paid_centimes or 0) + (order.postage_paid_centimes or 0)
        order.hold_reason = None
        order.hold_until = None
        move(uow, actor, order, Status.WITHDRAWN,
              note=stored("history.withdraw", note=text, amount=Chf(paid)))
        _close_open_decisions(uow.session, order)  # after the order: the database withdraws a proposal with it
        uow.commit()
        return order_state(order)


@use_case(Permission.ASSIGN_ORDER)
def assignable_staff(engine: Engine, actor: Actor) -> list[StaffChoice]:
    """Active caseworkers and supervisors, with how many open orders each holds (in review, on hold, refusal
    proposed), by display name."""
    roles = (Role.CASEWORKER.value, Role.SUPERVISOR.value)
    open_orders = (
        select(func.count(m.Order.id))
        .where(m.Order.assigned_to == m.Staff.username,
               m.Order.status.in_([s.value for s in ASSIGNED_STATUSES]))
        .scalar_subquery()
    )
    with UnitOfWork(engine, write=False) as uow:
        rows = uow.session.execute(
            select(m.Staff.username, m.Staff.display_name, open_orders)
            .where(m.Staff.active)
            .where(exists().where(m.StaffRole.username == m.Staff.username, m.StaffRole.role.in_(roles)))
            .order_by(m.Staff.display_name, m.Staff.username)
        ).all()
    return [StaffChoice(r[0], r[1], int(r[2] or 0)) for r in rows]
