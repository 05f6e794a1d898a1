"""Evaluating an order's legal conditions on the demo register, on both databases."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from ocpm_desk.demo.seed import seed_demo
from ocpm_desk.features.casework.review import evaluate_conditions
from ocpm_desk.infrastructure.db.models import ConditionResult
from ocpm_desk.infrastructure.uow import Actor
from ocpm_desk.kernel.errors import PermissionDenied
from ocpm_desk.kernel.roles import Role

TODAY = date(2026, 11, 26)
CASEWORKER = Actor("gestionnaire", frozenset({Role.CASEWORKER}))


@pytest.fixture
def seeded(engine: Engine) -> Engine:
    seed_demo(engine, orders=400, seed=11, today=TODAY)
    return engine


def _ids(engine: Engine, where: str) -> list[int]:
    with engine.connect() as conn:
        return list(conn.execute(text(f"SELECT id FROM orders WHERE {where} ORDER BY id")).scalars())


def test_approved_orders_meet_every_mandatory_condition(seeded: Engine) -> None:
    for order_id in _ids(seeded, "status = 'approved'")[:60]:
        views = evaluate_conditions(seeded, CASEWORKER, order_id, today=TODAY)
        failing = [(v.code, v.result, v.message) for v in views if v.mandatory and not v.satisfied]
        assert failing == [], f"order {order_id}: {failing}"


def test_open_orders_fail_each_automatic_condition_somewhere(seeded: Engine) -> None:
    failed: Counter[str] = Counter()
    for order_id in _ids(seeded, "status IN ('paid', 'in_review', 'on_hold')"):
        for view in evaluate_conditions(seeded, CASEWORKER, order_id, today=TODAY):
            if view.result != "met":
                failed[view.code] += 1
    for code in ("payment_complete", "identity_match", "registered_in_geneva", "departed_from_geneva",
                 "requester_entitled", "address_deliverable"):
        assert failed[code] > 0, f"no open order fails {code}: {dict(failed)}"


def test_identity_evidence_is_field_by_field_and_evaluation_is_idempotent(seeded: Engine) -> None:
    order_id = _ids(seeded, "status = 'paid'")[0]
    first = evaluate_conditions(seeded, CASEWORKER, order_id, today=TODAY)
    again = evaluate_conditions(seeded, CASEWORKER, order_id, today=TODAY)
    assert [(v.code, v.result) for v in first] == [(v.code, v.result) for v in again]
    identity = next(v for v in first if v.code == "identity_match")
    assert {e.field for e in identity.evidence} >= {"avs", "last_name", "first_name", "birth_date"}
    with Session(seeded) as s:
        stored = s.scalar(select(func.count()).select_from(ConditionResult).where(ConditionResult.order_id == order_id))
    assert stored == sum(1 for v in first if v.evaluator == "automatic")


def test_only_case_workers_evaluate(seeded: Engine) -> None:
    order_id = _ids(seeded, "status = 'paid'")[0]
    with pytest.raises(PermissionDenied):
        evaluate_conditions(seeded, Actor("courrier", frozenset({Role.MAILROOM})), order_id, today=TODAY)
