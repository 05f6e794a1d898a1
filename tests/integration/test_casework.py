"""The order screen's service layer on both databases: open, conditions, approve, hold, resume, withdraw, assign.

No mocks: every test writes its orders and register records to a real SQLite file or PostgreSQL database and
goes through the use cases of ``ocpm_desk.features.casework.handling`` (and ``AppDeskSession`` for the two-session
tests).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from ocpm_factories import StaffLogins, add_cast, add_orders, add_staff, pg_staff_logins
from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from ocpm_desk.bootstrap import AppDeskSession
from ocpm_desk.features.accounts.api import StaffIdentity
from ocpm_desk.features.casework import claiming
from ocpm_desk.features.casework import handling as casework
from ocpm_desk.features.casework.api import OrderAction
from ocpm_desk.infrastructure.db.models import (
    Applicant,
    AuditEvent,
    ConditionResult,
    ConditionRule,
    ConditionRuleSet,
    Order,
    OrderEvent,
    RegisterGuardianship,
    RegisterPerson,
    RegisterResidence,
    Staff,
    StaffRole,
)
from ocpm_desk.infrastructure.uow import Actor
from ocpm_desk.kernel.errors import DomainError, PermissionDenied, StaleVersion
from ocpm_desk.kernel.lifecycle import TransitionNotAllowed
from ocpm_desk.kernel.notes import decode
from ocpm_desk.kernel.phrases import Phrase
from ocpm_desk.kernel.roles import Role

TODAY = date(2026, 11, 26)  # a Thursday
APPLICANT_AVS = "756.9217.0769.85"  # the applicant of every factory order: Anne Dupont, born 29 February 1980
JUSTIFICATION = "Copie de la pièce d'identité reçue le 20.11.2026, nom conforme"


# ------------------------------------------------------------------------------------------------- builders
def _avs(twelve: str) -> str:
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(twelve)) % 10) % 10
    d = twelve + str(check)
    return f"{d[:3]}.{d[3:7]}.{d[7:11]}.{d[11:]}"


def _register(engine: Engine, avs: str = APPLICANT_AVS, *, last_name: str = "Dupont", first_name: str = "Anne",
              birth: date = date(1980, 2, 29), swiss: bool = True, arrived: date = date(2010, 5, 1),
              departed: date | None = None) -> int:
    with Session(engine) as s:
        person = RegisterPerson(avs=avs, last_name=last_name, first_name=first_name, birth_date=birth,
                                sex="F", nationality="CH" if swiss else "FR", swiss_citizen=swiss,
                                permit_type=None if swiss else "C")
        s.add(person)
        s.flush()
        s.add(RegisterResidence(person_id=person.id, street="Rue de Lausanne", house_number="12", zip_code="1201",
                                town="Genève", commune="Genève", arrived_on=arrived, departed_on=departed))
        s.commit()
        return person.id


def _pin_tariffs(engine: Engine, order_id: int) -> None:
    """Pin the order to the fee schedule and postage tariff in force at its payment, as intake does (G3)."""
    with engine.begin() as conn:
        conn.execute(text("""
            UPDATE orders SET
              fee_schedule_id = (SELECT f.id FROM fee_schedules f WHERE f.service_code = orders.service_code
                                  AND f.valid_from <= :day AND (f.valid_to IS NULL OR f.valid_to >= :day)),
              postal_tariff_id = (SELECT t.id FROM postal_tariffs t WHERE t.product_code = orders.delivery_product
                                  AND t.valid_from <= :day AND (t.valid_to IS NULL OR t.valid_to >= :day))
            WHERE id = :id"""), {"day": date(2026, 11, 2), "id": order_id})


def _ready_order(engine: Engine, *, register: bool = True, **person: object) -> int:
    """A paid ATT-RES order (2 November 2026) whose applicant the register knows as given: every condition met."""
    (order_id,) = add_orders(engine, 1)
    _pin_tariffs(engine, order_id)
    if register:
        with Session(engine) as s:
            known = s.scalar(select(RegisterPerson.id).where(RegisterPerson.avs == APPLICANT_AVS))
        if known is None:
            _register(engine, **person)  # type: ignore[arg-type]
    return int(order_id)


pytestmark = pytest.mark.usefixtures("catalogue_as_shipped")


@pytest.fixture
def people(engine: Engine) -> dict[str, Actor]:
    return add_cast(engine, "anne", "luca", "sophie", "elise", "marc", "thomas")


@pytest.fixture
def manual_rule(engine: Engine) -> Iterator[str]:
    """A mandatory manual condition added to the ATT-RES rule set for the test (removed afterwards: on PostgreSQL
    the reference data outlives the test)."""
    code = "documents_checked"
    with Session(engine) as s:
        rule_set = s.scalars(select(ConditionRuleSet).where(ConditionRuleSet.service_code == "ATT-RES")).one()
        rule = ConditionRule(rule_set_id=rule_set.id, position=99, code=code, label="Pièces justificatives vues",
                             legal_basis="test", mandatory=True, evaluator="manual")
        s.add(rule)
        s.commit()
        rule_id = rule.id
    yield code
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM condition_results WHERE rule_id = :r"), {"r": rule_id})
        conn.execute(text("DELETE FROM condition_rules WHERE id = :r"), {"r": rule_id})


def _claimed(engine: Engine, actor: Actor, order_id: int) -> int:
    return claiming.claim(engine, actor, order_id, 1).version


@pytest.fixture
def claimed_by_anne(engine: Engine, people: dict[str, Actor]) -> tuple[Actor, int, int]:
    """A ready order anne claimed: (anne, the order's id, its version)."""
    order_id = _ready_order(engine)
    return people["anne"], order_id, _claimed(engine, people["anne"], order_id)


def _order(engine: Engine, order_id: int) -> Order:
    with Session(engine) as s:
        order = s.get(Order, order_id)
        assert order is not None
        return order


def _actions(engine: Engine, order_id: int | None = None) -> list[tuple[str, str]]:
    """(actor, action) of the use cases' audit events (not the reference data's, not PostgreSQL's row.* events)."""
    with Session(engine) as s:
        stmt = select(AuditEvent.actor, AuditEvent.action).where(AuditEvent.actor != "system:cli",
                                                                 ~AuditEvent.action.startswith("row."))
        if order_id is not None:
            stmt = stmt.where(AuditEvent.entity == "order", AuditEvent.entity_id == str(order_id))
        return [(r[0], r[1]) for r in s.execute(stmt.order_by(AuditEvent.id))]


def _history(engine: Engine, order_id: int) -> list[tuple[str, str | None]]:
    with Session(engine) as s:
        return [(e.action, e.note) for e in s.scalars(
            select(OrderEvent).where(OrderEvent.order_id == order_id).order_by(OrderEvent.id))]


# ------------------------------------------------------------------------------------------------ opening
def test_opening_shows_people_payment_and_conditions_and_leaves_an_access_trace(
    engine: Engine, claimed_by_anne: tuple[Actor, int, int]
) -> None:
    anne, order_id, version = claimed_by_anne
    detail = casework.order_detail(engine, anne, order_id, today=TODAY)
    # the assignee opening an order never evaluated: evaluated first, which bumps the version
    assert detail.version == version + 1
    assert [(c.code, c.result) for c in detail.conditions] == [
        ("payment_complete", "met"), ("service_available_when_ordered", "met"), ("identity_match", "met"),
        ("requester_entitled", "met"), ("address_deliverable", "met"), ("registered_in_geneva", "met"),
    ]
    assert detail.approve_blockers == ()
    assert detail.actions == {OrderAction.RELEASE, OrderAction.HOLD, OrderAction.APPROVE, OrderAction.WITHDRAW,
                              OrderAction.EVALUATE, OrderAction.TICK, OrderAction.PROPOSE_REFUSAL,
                              OrderAction.HEARING}
    assert detail.status == "in_review" and detail.assigned_to == "anne" and not detail.service_removed
    assert detail.service_label == "Attestation de résidence" and detail.delivery_product == "Courrier B"
    assert detail.address_lines[-2:] == ("Rue de Lausanne 12", "1201 Genève")
    assert detail.working_days == 18 and detail.clock == "late"
    assert str(detail.rule_set_label) == "Rule set ATT-RES, in force from 2018-01-01"
    (applicant,) = detail.people
    assert applicant.role == "applicant" and applicant.found_in_register
    assert [(f.field, f.given, f.register, f.matches) for f in applicant.fields] == [
        ("avs", APPLICANT_AVS, APPLICANT_AVS, True), ("last_name", "Dupont", "Dupont", True),
        ("first_name", "Anne", "Anne", True), ("birth_date", date(1980, 2, 29), date(1980, 2, 29), True),
    ]
    assert applicant.register_facts == ("registered_in_geneva:yes", "resident_since:2010-05-01", "commune:Genève",
                                         "residences:1", "swiss_citizen:yes", "nationality:CH", "minor:no")
    payment = detail.payment
    assert (payment.brand, payment.fee_centimes, payment.postage_centimes, payment.total_centimes) == (
        "VISA", 2500, 0, 2500)
    assert (payment.vat_rate, payment.vat_centimes) == ("8.1", 187)
    assert [(h.action, h.actor, h.from_status, h.to_status) for h in detail.history] == [
        ("claim", "anne", "paid", "in_review"), ("conditions_evaluated", "anne", None, None),
    ]
    assert _actions(engine, order_id) == [("anne", "order.claim"), ("anne", "order.conditions_evaluated"),
                                          ("anne", "order.viewed")]
    # opened again: nothing to evaluate, the version stays, the view is recorded again
    again = casework.order_detail(engine, anne, order_id, today=TODAY)
    assert again.version == detail.version
    assert _actions(engine, order_id)[-1] == ("anne", "order.viewed")
    assert len(_actions(engine, order_id)) == 4


def test_someone_else_opening_evaluates_nothing(engine: Engine, people: dict[str, Actor]) -> None:
    order_id = _ready_order(engine)
    version = _claimed(engine, people["anne"], order_id)
    detail = casework.order_detail(engine, people["sophie"], order_id, today=TODAY)
    assert detail.version == version
    assert all(c.result is None for c in detail.conditions)
    assert set(detail.approve_blockers) == {c.code for c in detail.conditions}
    # a supervisor may work on anyone's order, but approving waits for the evaluation
    assert OrderAction.APPROVE not in detail.actions
    assert {OrderAction.EVALUATE, OrderAction.TICK, OrderAction.ASSIGN, OrderAction.HOLD} <= detail.actions
    luca = casework.order_detail(engine, people["luca"], order_id, today=TODAY)
    assert luca.actions == {OrderAction.WITHDRAW}  # not the assignee: only the withdrawal, which anyone records


def test_a_paid_order_offers_claim_and_the_register_facts_of_a_minor_and_their_parent(
    engine: Engine, people: dict[str, Actor]
) -> None:
    child_avs = _avs("756123456789")
    (order_id,) = add_orders(engine, 1)
    parent_id = _register(engine)
    child_id = _register(engine, child_avs, first_name="Léa", birth=date(2015, 6, 1))
    with Session(engine) as s:
        s.add(RegisterGuardianship(ward_id=child_id, guardian_id=parent_id, kind="parent",
                                   valid_from=date(2015, 6, 1), valid_to=None))
        child = Applicant(avs=child_avs, last_name="Dupont", first_name="Lea", birth_date=date(2015, 6, 1),
                                email=None, language="fr")
        s.add(child)
        s.flush()
        s.execute(text("UPDATE orders SET concerned_person_id = :c WHERE id = :o"), {"c": child.id, "o": order_id})
        s.commit()
    detail = casework.order_detail(engine, people["anne"], order_id, today=TODAY)
    assert detail.actions == {OrderAction.CLAIM, OrderAction.WITHDRAW}
    applicant, concerned_view = detail.people
    assert f"guardian_of:{child_avs}" in applicant.register_facts
    assert concerned_view.role == "concerned" and concerned_view.found_in_register
    assert {"minor:yes", f"represented_by:{APPLICANT_AVS}"} <= set(concerned_view.register_facts)
    # names are compared without accents: Lea = Léa
    assert [f.matches for f in concerned_view.fields] == [True, True, True, True]
    assert casework.order_detail(engine, people["sophie"], order_id, today=TODAY).actions == {
        OrderAction.CLAIM, OrderAction.WITHDRAW, OrderAction.ASSIGN}


def test_a_person_missing_from_the_register_is_shown_as_such(engine: Engine, people: dict[str, Actor]) -> None:
    order_id = _ready_order(engine, register=False)
    detail = casework.order_detail(engine, people["sophie"], order_id, today=TODAY)
    (applicant,) = detail.people
    assert not applicant.found_in_register and applicant.register_facts == ()
    assert [(f.register, f.matches) for f in applicant.fields] == [(None, False)] * 4


def test_the_auditor_may_open_an_order_but_not_act_on_it(engine: Engine, people: dict[str, Actor]) -> None:
    elise = people["elise"]
    order_id = _ready_order(engine)
    version = _claimed(engine, people["anne"], order_id)
    detail = casework.order_detail(engine, elise, order_id, today=TODAY)
    assert detail.actions == frozenset() and detail.version == version
    assert _actions(engine, order_id)[-1] == ("elise", "order.viewed")
    for attempt in (
        lambda: casework.evaluate(engine, elise, order_id, version, today=TODAY),
        lambda: casework.set_condition(engine, elise, order_id, version, "identity_match", "met", JUSTIFICATION),
        lambda: casework.approve(engine, elise, order_id, version),
        lambda: casework.hold(engine, elise, order_id, version, "Attente", date(2026, 11, 27), today=TODAY),
        lambda: casework.resume(engine, elise, order_id, version),
        lambda: casework.withdraw(engine, elise, order_id, version, "Lettre du 20.11.2026"),
        lambda: casework.assignable_staff(engine, elise),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    assert _order(engine, order_id).version == version


@pytest.mark.parametrize("who", ["marc", "thomas"])
def test_the_mail_room_and_the_administrator_cannot_open_an_order(
    engine: Engine, people: dict[str, Actor], who: str
) -> None:
    order_id = _ready_order(engine)
    with pytest.raises(PermissionDenied, match=f"{who} is not allowed to view order"):
        casework.order_detail(engine, people[who], order_id, today=TODAY)
    assert _actions(engine) == []


# --------------------------------------------------------------------------------------------- conditions
def test_approve_is_blocked_by_an_unmet_condition_until_it_is_overridden(
    engine: Engine, people: dict[str, Actor]
) -> None:
    anne = people["anne"]
    order_id = _ready_order(engine, last_name="Dupond")  # the register spells the name otherwise
    _claimed(engine, anne, order_id)
    detail = casework.order_detail(engine, anne, order_id, today=TODAY)
    assert detail.approve_blockers == ("identity_match",)
    assert OrderAction.APPROVE not in detail.actions
    identity = next(c for c in detail.conditions if c.code == "identity_match")
    assert [(e.field, e.matches) for e in identity.evidence][1] == ("last_name", False)
    with pytest.raises(DomainError, match=r"cannot be approved: mandatory conditions not met: identity_match \(not"):
        casework.approve(engine, anne, order_id, detail.version)

    before = (_actions(engine, order_id), _history(engine, order_id))
    with pytest.raises(DomainError, match="justification of at least 10 characters"):
        casework.set_condition(engine, anne, order_id, detail.version, "identity_match", "met", " trop bref ")
    assert (_actions(engine, order_id), _history(engine, order_id)) == before
    assert _order(engine, order_id).version == detail.version
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(ConditionResult)
                        .where(ConditionResult.override_result.is_not(None))) == 0

    overridden = casework.set_condition(engine, anne, order_id, detail.version, "identity_match", "met",
                                        JUSTIFICATION, today=TODAY)
    assert overridden.version == detail.version + 1
    identity = next(c for c in overridden.conditions if c.code == "identity_match")
    assert (identity.result, identity.override_result, identity.override_justification, identity.overridden_by) == (
        "not_met", "met", JUSTIFICATION, "anne")
    assert identity.satisfied and overridden.approve_blockers == ()
    assert OrderAction.APPROVE in overridden.actions
    assert overridden.history[-1].action == "condition_overridden"
    with Session(engine) as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "order.condition_overridden")).one()
        assert JUSTIFICATION in event.payload and '"code":"identity_match"' in event.payload

    # an override is kept across a re-evaluation
    again = casework.evaluate(engine, anne, order_id, overridden.version, today=TODAY)
    assert again.version == overridden.version + 1 and again.approve_blockers == ()

    state = casework.approve(engine, anne, order_id, again.version)
    assert (state.status, state.assigned_to, state.version) == ("approved", None, again.version + 1)
    order = _order(engine, order_id)
    assert (order.status, order.outcome, order.assigned_to) == ("approved", "granted", None)
    assert _actions(engine, order_id)[-1] == ("anne", "order.approve")


def test_an_override_can_be_removed_and_bad_requests_are_refused(engine: Engine, people: dict[str, Actor]) -> None:
    anne = people["anne"]
    order_id = _ready_order(engine, last_name="Dupond")
    _claimed(engine, anne, order_id)
    v = casework.order_detail(engine, anne, order_id, today=TODAY).version
    with pytest.raises(DomainError, match="no override to remove"):
        casework.set_condition(engine, anne, order_id, v, "identity_match", "", "")
    with pytest.raises(DomainError, match="already met: there is nothing to override"):
        casework.set_condition(engine, anne, order_id, v, "payment_complete", "met", JUSTIFICATION)
    with pytest.raises(DomainError, match="'met' or 'not_met', not 'unknown'"):
        casework.set_condition(engine, anne, order_id, v, "identity_match", "unknown", JUSTIFICATION)
    with pytest.raises(DomainError, match="has no condition 'swiss_citizen'"):
        casework.set_condition(engine, anne, order_id, v, "swiss_citizen", "met", JUSTIFICATION)
    v = casework.set_condition(engine, anne, order_id, v, "identity_match", "met", JUSTIFICATION).version
    removed = casework.set_condition(engine, anne, order_id, v, "identity_match", "", "", today=TODAY)
    assert removed.version == v + 1 and removed.approve_blockers == ("identity_match",)
    identity = next(c for c in removed.conditions if c.code == "identity_match")
    assert identity.override_result is None and identity.override_justification is None
    assert [a for _, a in _actions(engine, order_id)][-2:] == ["order.condition_overridden",
                                                              "order.condition_override_removed"]


def test_approving_conditions_never_evaluated_is_refused_with_a_clear_message(
    engine: Engine, people: dict[str, Actor]
) -> None:
    order_id = _ready_order(engine)
    version = _claimed(engine, people["anne"], order_id)
    with pytest.raises(DomainError, match="were never evaluated: evaluate them before approving"):
        casework.approve(engine, people["anne"], order_id, version)
    with pytest.raises(TransitionNotAllowed, match="only the assignee"):
        casework.approve(engine, people["luca"], order_id, version)
    assert _order(engine, order_id).status == "in_review"


def test_only_the_assignee_or_a_supervisor_works_on_the_conditions(engine: Engine, people: dict[str, Actor]) -> None:
    order_id = _ready_order(engine, last_name="Dupond")
    version = _claimed(engine, people["anne"], order_id)
    with pytest.raises(DomainError, match=r"only the assignee \(anne\) or a supervisor"):
        casework.evaluate(engine, people["luca"], order_id, version, today=TODAY)
    detail = casework.evaluate(engine, people["sophie"], order_id, version, today=TODAY)
    detail = casework.set_condition(engine, people["sophie"], order_id, detail.version, "identity_match", "met",
                                    JUSTIFICATION, today=TODAY)
    state = casework.approve(engine, people["sophie"], order_id, detail.version)
    assert state.status == "approved"
    with pytest.raises(DomainError, match="is approved: its conditions can be changed only while it is in review"):
        casework.evaluate(engine, people["sophie"], order_id, state.version, today=TODAY)


def test_a_manual_condition_is_ticked_with_a_note(
    engine: Engine, manual_rule: str, claimed_by_anne: tuple[Actor, int, int]
) -> None:
    anne, order_id, _ = claimed_by_anne
    detail = casework.order_detail(engine, anne, order_id, today=TODAY)
    assert detail.approve_blockers == (manual_rule,)
    manual = next(c for c in detail.conditions if c.code == manual_rule)
    assert manual.evaluator == "manual" and manual.result is None
    with pytest.raises(DomainError, match="needs a note"):
        casework.set_condition(engine, anne, order_id, detail.version, manual_rule, "met", "  ")
    with pytest.raises(DomainError, match="manual condition: tick it"):
        casework.set_condition(engine, anne, order_id, detail.version, manual_rule, "", "x")
    ticked = casework.set_condition(engine, anne, order_id, detail.version, manual_rule, "not_met", "Pièce illisible",
                                    today=TODAY)
    manual = next(c for c in ticked.conditions if c.code == manual_rule)
    assert (manual.result, manual.note, manual.decided_by) == ("not_met", "Pièce illisible", "anne")
    assert ticked.approve_blockers == (manual_rule,)
    ticked = casework.set_condition(engine, anne, order_id, ticked.version, manual_rule, "met", "Copie reçue, lisible",
                                    today=TODAY)
    assert ticked.approve_blockers == () and OrderAction.APPROVE in ticked.actions
    # a re-evaluation keeps the tick
    again = casework.evaluate(engine, anne, order_id, ticked.version, today=TODAY)
    assert next(c for c in again.conditions if c.code == manual_rule).result == "met"
    assert casework.approve(engine, anne, order_id, again.version).status == "approved"
    assert [a for a, _ in _history(engine, order_id)] == [
        "claim", "conditions_evaluated", "condition_ticked", "condition_ticked", "conditions_evaluated", "approve"]


def test_a_stale_version_names_who_changed_the_order_and_writes_nothing(
    engine: Engine, people: dict[str, Actor]
) -> None:
    anne, sophie = people["anne"], people["sophie"]
    order_id = _ready_order(engine, last_name="Dupond")
    _claimed(engine, anne, order_id)
    seen_by_anne = casework.order_detail(engine, anne, order_id, today=TODAY)
    seen_by_sophie = casework.order_detail(engine, sophie, order_id, today=TODAY)
    assert seen_by_sophie.version == seen_by_anne.version
    casework.set_condition(engine, anne, order_id, seen_by_anne.version, "identity_match", "met", JUSTIFICATION)
    before = _history(engine, order_id)
    for attempt in (
        lambda: casework.hold(engine, sophie, order_id, seen_by_sophie.version, "Attente", date(2026, 11, 27),
                              today=TODAY),
        lambda: casework.set_condition(engine, sophie, order_id, seen_by_sophie.version, "identity_match", "",
                                       ""),
        lambda: casework.evaluate(engine, sophie, order_id, seen_by_sophie.version, today=TODAY),
        lambda: casework.approve(engine, sophie, order_id, seen_by_sophie.version),
        lambda: casework.withdraw(engine, sophie, order_id, seen_by_sophie.version, "Lettre du 20.11.2026"),
    ):
        with pytest.raises(StaleVersion, match="changed by anne meanwhile") as info:
            attempt()
        assert info.value.changed_by == "anne"
    assert _history(engine, order_id) == before


# -------------------------------------------------------------------------------------- hold, resume, withdraw
def test_hold_needs_a_reason_and_a_later_working_day_and_resume_clears_it(
    engine: Engine, people: dict[str, Actor], claimed_by_anne: tuple[Actor, int, int]
) -> None:
    anne, order_id, version = claimed_by_anne
    with pytest.raises(DomainError, match="needs a reason"):
        casework.hold(engine, anne, order_id, version, "   ", date(2026, 11, 27), today=TODAY)
    for day in (date(2026, 11, 20), TODAY):
        with pytest.raises(DomainError, match=r"must be after today \(2026-11-26\)"):
            casework.hold(engine, anne, order_id, version, "Attente de la procuration", day, today=TODAY)
    with pytest.raises(DomainError, match="2026-11-28 is not a working day; the next one is 2026-11-30"):
        casework.hold(engine, anne, order_id, version, "Attente de la procuration", date(2026, 11, 28), today=TODAY)
    assert _order(engine, order_id).version == version and _history(engine, order_id) == [("claim", None)]

    held = casework.hold(engine, anne, order_id, version, " Attente de la procuration ", date(2026, 12, 7),
                         today=TODAY)
    assert (held.status, held.assigned_to, held.version) == ("on_hold", "anne", version + 1)
    detail = casework.order_detail(engine, anne, order_id, today=TODAY)
    assert (str(detail.hold_reason), detail.hold_until) == ("Attente de la procuration", date(2026, 12, 7))
    assert detail.hold_reason is not None and detail.hold_reason.key == "hold.reason"
    assert detail.actions == {OrderAction.RESUME, OrderAction.WITHDRAW}
    assert str(detail.history[-1].note) == "Attente de la procuration (follow-up on 2026-12-07)"
    assert detail.history[-1].note is not None and detail.history[-1].note.params["date"] == date(2026, 12, 7)
    with pytest.raises(TransitionNotAllowed, match="only the assignee"):
        casework.resume(engine, people["luca"], order_id, held.version)

    resumed = casework.resume(engine, anne, order_id, held.version)
    assert (resumed.status, resumed.assigned_to) == ("in_review", "anne")
    order = _order(engine, order_id)
    assert (order.hold_reason, order.hold_until) == (None, None)
    assert [a for _, a in _actions(engine, order_id)][-2:] == ["order.viewed", "order.resume"]


def test_withdrawal_needs_its_note_keeps_the_fee_and_records_the_outcome(
    engine: Engine, people: dict[str, Actor]
) -> None:
    anne, luca = people["anne"], people["luca"]
    on_hold = _ready_order(engine)
    version = _claimed(engine, anne, on_hold)
    version = casework.hold(engine, anne, on_hold, version, "Attente", date(2026, 11, 27), today=TODAY).version
    with pytest.raises(DomainError, match="date and means of the applicant's written withdrawal"):
        casework.withdraw(engine, anne, on_hold, version, "lettre")
    state = casework.withdraw(engine, anne, on_hold, version, "Lettre du 20.11.2026 reçue le 23.11.2026")
    assert (state.status, state.assigned_to) == ("withdrawn", None)
    order = _order(engine, on_hold)
    assert (order.outcome, order.fee_paid_centimes, order.hold_reason, order.hold_until) == (
        "withdrawn", 2500, None, None)
    action, stored = _history(engine, on_hold)[-1]
    assert (action, str(decode(stored))) == (
        "withdraw", "Lettre du 20.11.2026 reçue le 23.11.2026 — the fee paid (CHF 25.00) is kept, not refunded (G2)")
    assert json.loads(stored) == {"key": "history.withdraw", "params": {
        "amount": {"$chf": 2500}, "note": "Lettre du 20.11.2026 reçue le 23.11.2026"}}
    # a paid order nobody claimed yet: any caseworker records the withdrawal
    paid = _ready_order(engine)
    assert casework.withdraw(engine, luca, paid, 1, "Courriel du 24.11.2026 confirmé").status == "withdrawn"
    detail = casework.order_detail(engine, luca, on_hold, today=TODAY)
    assert detail.actions == frozenset() and detail.outcome == "withdrawn" and detail.working_days is None


# --------------------------------------------------------------------------------------------- money, G4
def test_vat_is_the_rate_of_the_fee_schedule_in_force_at_payment(engine: Engine, people: dict[str, Actor]) -> None:
    (in_2024,) = add_orders(engine, 1, start=datetime(2024, 1, 3, 9, 0, tzinfo=UTC))
    (in_2023,) = add_orders(engine, 1, start=datetime(2023, 12, 29, 9, 0, tzinfo=UTC))
    sophie = people["sophie"]
    now = casework.order_detail(engine, sophie, in_2024, today=TODAY).payment
    then = casework.order_detail(engine, sophie, in_2023, today=TODAY).payment
    assert (now.vat_rate, now.vat_centimes, now.total_centimes) == ("8.1", 187, 2500)
    assert (then.vat_rate, then.vat_centimes, then.total_centimes) == ("7.7", 179, 2500)
    assert then.paid_at is not None and then.paid_at.year == 2023


def test_vat_is_included_in_the_fee_not_in_the_postage(engine: Engine, people: dict[str, Actor]) -> None:
    (order_id,) = add_orders(engine, 1, start=datetime(2024, 1, 3, 9, 0, tzinfo=UTC))
    with engine.begin() as conn:
        conn.execute(text("UPDATE orders SET postage_paid_centimes = 120 WHERE id = :id"), {"id": order_id})
    payment = casework.order_detail(engine, people["sophie"], order_id, today=TODAY).payment
    assert (payment.fee_centimes, payment.postage_centimes, payment.total_centimes) == (2500, 120, 2620)
    assert payment.vat_centimes == 187  # 2500 × 8.1 / 108.1, as DESIGN §3.3


def test_an_order_of_a_removed_service_is_processed_to_the_end(engine: Engine, people: dict[str, Actor]) -> None:
    anne = people["anne"]
    order_id = _ready_order(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE services SET active_to = '2026-11-15' WHERE code = 'ATT-RES'"))
    try:
        version = _claimed(engine, anne, order_id)
        detail = casework.order_detail(engine, anne, order_id, today=TODAY)
        assert detail.service_removed and detail.version == version + 1
        assert detail.approve_blockers == () and OrderAction.APPROVE in detail.actions
        version = casework.hold(engine, anne, order_id, detail.version, "Attente", date(2026, 11, 27),
                                today=TODAY).version
        version = casework.resume(engine, anne, order_id, version).version
        version = casework.evaluate(engine, anne, order_id, version, today=TODAY).version
        assert casework.approve(engine, anne, order_id, version).status == "approved"
        assert _order(engine, order_id).outcome == "granted"
    finally:
        with engine.begin() as conn:  # the reference data outlives the test on PostgreSQL
            conn.execute(text("UPDATE services SET active_to = NULL WHERE code = 'ATT-RES'"))


# ------------------------------------------------------------------------------------------------- assigning
def test_assignable_staff_lists_active_caseworkers_and_supervisors_with_their_load(
    engine: Engine, people: dict[str, Actor]
) -> None:
    add_staff(engine, "zoe", Role.CASEWORKER, Role.SUPERVISOR)
    with Session(engine) as s:
        s.add(Staff(username="gone", display_name="Gone", password_hash=None, active=False, failed_logins=0,
                    created_at=datetime.now(UTC), roles=[StaffRole(role="caseworker")]))
        s.commit()
    first, second, third = (_ready_order(engine) for _ in range(3))
    _claimed(engine, people["anne"], first)
    _claimed(engine, people["anne"], second)
    _claimed(engine, people["luca"], third)
    casework.withdraw(engine, people["luca"], third, 2, "Lettre du 20.11.2026 reçue")
    choices = casework.assignable_staff(engine, people["sophie"])
    assert [(c.username, c.open_orders) for c in choices] == [("anne", 2), ("luca", 0), ("sophie", 0), ("zoe", 0)]
    with pytest.raises(PermissionDenied):
        casework.assignable_staff(engine, people["anne"])


# --------------------------------------------------------------------------- two sessions on one order (PostgreSQL)
def _session(engine: Engine, actor: Actor) -> AppDeskSession:
    return AppDeskSession(engine, StaffIdentity(actor.username, actor.username.title(), actor.roles), Phrase("test"))


TwoAtWork = tuple[Actor, Actor, int]


@pytest.fixture
def two_at_work(pg_engine: Engine) -> TwoAtWork:
    """On PostgreSQL, anne (caseworker) has claimed an order whose applicant the register spells otherwise, and
    sophie (supervisor) is at work too: (anne, sophie, the order's id)."""
    anne, sophie = add_cast(pg_engine, "anne", "sophie").values()
    order_id = _ready_order(pg_engine, last_name="Dupond")
    _claimed(pg_engine, anne, order_id)
    return anne, sophie, order_id


@pytest.mark.postgres
def test_two_sessions_editing_one_order_nothing_is_lost(pg_engine: Engine, two_at_work: TwoAtWork) -> None:
    anne, sophie, order_id = two_at_work
    first, second = _session(pg_engine, anne), _session(pg_engine, sophie)
    seen_first = first.casework.order_detail(order_id)
    seen_second = second.casework.order_detail(order_id)
    assert seen_first.version == seen_second.version

    # the first ticks; the second, still on the old version, is told who changed the order
    after_tick = first.casework.set_condition(order_id, seen_first.version, "identity_match", "met", JUSTIFICATION)
    with pytest.raises(StaleVersion, match="changed by anne meanwhile") as info:
        second.casework.hold(order_id, seen_second.version, "Attente du dossier", date(2099, 1, 5))
    assert info.value.changed_by == "anne"
    # the second reloads and redoes its change
    reloaded = second.casework.order_detail(order_id)
    assert reloaded.version == after_tick.version
    held = second.casework.hold(order_id, reloaded.version, "Attente du dossier", date(2099, 1, 5))
    assert held.status == "on_hold"
    # and now the first is told in turn
    with pytest.raises(StaleVersion, match="changed by sophie meanwhile"):
        first.casework.evaluate(order_id, after_tick.version)
    final = first.casework.order_detail(order_id)
    identity = next(c for c in final.conditions if c.code == "identity_match")
    assert (identity.override_result, identity.overridden_by) == ("met", "anne")  # nothing lost
    assert (final.status, str(final.hold_reason)) == ("on_hold", "Attente du dossier")
    assert [h.action for h in final.history] == ["claim", "conditions_evaluated", "condition_overridden", "hold"]


@pytest.mark.postgres
def test_two_sessions_changing_at_the_same_moment_one_wins(pg_engine: Engine, two_at_work: TwoAtWork) -> None:
    anne, sophie, order_id = two_at_work
    version = _session(pg_engine, anne).casework.order_detail(order_id).version
    barrier = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def act(name: str, change: object) -> None:
        barrier.wait()
        try:
            outcomes[name] = change()  # type: ignore[operator]
        except Exception as exc:  # collected and checked below
            outcomes[name] = exc

    threads = [
        threading.Thread(target=act, args=("anne", lambda: _session(pg_engine, anne).casework.set_condition(
            order_id, version, "identity_match", "met", JUSTIFICATION))),
        threading.Thread(target=act, args=("sophie", lambda: _session(pg_engine, sophie).casework.hold(
            order_id, version, "Attente du dossier", date(2099, 1, 5)))),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stale = [(n, o) for n, o in outcomes.items() if isinstance(o, StaleVersion)]
    assert len(stale) == 1, outcomes
    loser, error = stale[0]
    winner = "sophie" if loser == "anne" else "anne"
    assert isinstance(error, StaleVersion) and error.changed_by == winner
    assert _order(pg_engine, order_id).version == version + 1


# --------------------------------------------------------------------- real per-user logins (PostgreSQL grants)
@pytest.fixture
def login_engines(pg_engine: Engine, pg_server: dict[str, str]) -> Iterator[StaffLogins]:
    """Caseworker and supervisor logins (their own PostgreSQL roles) with an engine connected as each."""
    wanted = {"cwk": ["caseworker"], "sup": ["supervisor"]}
    with pg_staff_logins(pg_engine, pg_server, wanted, prefix="casework_") as logins:
        yield logins


@pytest.mark.postgres
def test_a_caseworker_login_evaluates_overrides_approves_holds_and_withdraws(
    pg_engine: Engine, login_engines: StaffLogins
) -> None:
    (cw, cw_engine), (sup, sup_engine) = login_engines["cwk"], login_engines["sup"]
    first = _ready_order(pg_engine, last_name="Dupond")
    second = _ready_order(pg_engine)
    version = claiming.claim(cw_engine, cw, first, 1).version
    detail = casework.order_detail(cw_engine, cw, first, today=TODAY)
    assert detail.version == version + 1 and detail.approve_blockers == ("identity_match",)
    detail = casework.set_condition(cw_engine, cw, first, detail.version, "identity_match", "met", JUSTIFICATION,
                                    today=TODAY)
    detail = casework.evaluate(cw_engine, cw, first, detail.version, today=TODAY)
    assert casework.approve(cw_engine, cw, first, detail.version).status == "approved"
    with Session(pg_engine) as s:
        order = s.get(Order, first)
        assert order is not None and (order.outcome, order.updated_by) == ("granted", cw.username)

    # the supervisor assigns the second order to the caseworker, who holds, resumes and records a withdrawal
    assert cw.username in {c.username for c in casework.assignable_staff(sup_engine, sup)}
    version = claiming.assign(sup_engine, sup, second, cw.username, 1).version
    version = casework.order_detail(cw_engine, cw, second, today=TODAY).version
    version = casework.hold(cw_engine, cw, second, version, "Attente de la procuration", date(2099, 1, 5)).version
    version = casework.resume(cw_engine, cw, second, version).version
    state = casework.withdraw(cw_engine, cw, second, version, "Lettre du 20.11.2026 reçue le 23.11.2026")
    assert state.status == "withdrawn"
    supervisor_view = casework.order_detail(sup_engine, sup, second, today=TODAY)
    assert supervisor_view.outcome == "withdrawn"
    acts = _actions(pg_engine)
    assert (cw.username, "order.condition_overridden") in acts and (cw.username, "order.approve") in acts
    assert (sup.username, "order.viewed") in acts
