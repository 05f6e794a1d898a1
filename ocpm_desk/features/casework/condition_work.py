"""Working on an order's conditions (DESIGN §3.2): evaluate the automatic ones again, tick a manual one, override
an automatic result or remove the override.

Conditions are worked on while the order is ``in_review``, by its assignee or a supervisor (the same people who
may approve it, per the transition table). A manual condition is ticked ``met`` or ``not_met`` with a note; an
automatic result may be overridden (``met`` / ``not_met``) with a written justification of at least
``MIN_JUSTIFICATION`` characters, kept in ``condition_results.override_*`` and in the audit; ``result=""`` removes
an override. Every change bumps ``orders.version`` and returns the order's detail as the order screen shows it.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import Engine

from ocpm_desk.features.casework.api import OrderDetail
from ocpm_desk.features.casework.claiming import load_order_at
from ocpm_desk.features.casework.conditions import ConditionResult
from ocpm_desk.features.casework.history import touch
from ocpm_desk.features.casework.order_actions import require_works_the_case
from ocpm_desk.features.casework.order_detail import detail_of
from ocpm_desk.features.casework.review import order_rule_set, record_evaluation, stored_results
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError
from ocpm_desk.kernel.notes import Code
from ocpm_desk.kernel.notes import note as stored
from ocpm_desk.kernel.permissions import Permission
from ocpm_desk.kernel.phrases import Phrase

#: Shortest written justification of an override.
MIN_JUSTIFICATION = 10
#: Results a caseworker may give: a manual tick, or an override of an automatic result.
TICK_RESULTS = (ConditionResult.MET.value, ConditionResult.NOT_MET.value)
#: A condition's effective result as the messages say it.
RESULT_WORDS: dict[str | None, str] = {
    ConditionResult.MET.value: QT_TRANSLATE_NOOP("Message", "met"),
    ConditionResult.NOT_MET.value: QT_TRANSLATE_NOOP("Message", "not met"),
    ConditionResult.UNKNOWN.value: QT_TRANSLATE_NOOP("Message", "unknown"),
    None: QT_TRANSLATE_NOOP("Message", "not evaluated"),
}


@use_case(Permission.EVALUATE_CONDITIONS)
def evaluate(engine: Engine, actor: Actor, order_id: int, expected_version: int, *, today: date | None = None
             ) -> OrderDetail:
    """Run the automatic conditions again (overrides and manual ticks are kept); bumps the version."""
    day = today or clock.today()
    with UnitOfWork(engine) as uow:
        order = load_order_at(uow, order_id, expected_version)
        require_works_the_case(actor, order)
        record_evaluation(uow, actor, order, day)
        detail = detail_of(uow, actor, order, day)
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
        order = load_order_at(uow, order_id, expected_version)
        require_works_the_case(actor, order)
        rule_set = order_rule_set(session, order)
        rule = next((r for r in rule_set.rules if r.code == code), None)
        if rule is None:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "order {reference} has no condition {code!r} (rule set of {since})"),
                reference=order.reference, code=code, since=rule_set.valid_from)
        row = stored_results(session, order).get(rule.id)
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
        detail = detail_of(uow, actor, order, day)
        uow.commit()
        return detail
