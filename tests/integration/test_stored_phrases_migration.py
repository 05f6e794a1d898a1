"""Migration 0014 on a database that 0.1 filled: its English hold reasons, history notes and condition messages
become keyed phrases the services return typed; what it does not recognise is kept word for word; run twice it
changes nothing; audit events are not touched.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from ocpm_factories import add_orders, add_staff
from sqlalchemy import Engine, select, text

from ocpm_desk.features.casework import handling as casework
from ocpm_desk.infrastructure import migrations
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.kernel.notes import Chf, Code, decode
from ocpm_desk.kernel.phrases import Listing
from ocpm_desk.kernel.roles import Role

pytestmark = pytest.mark.usefixtures("catalogue_as_shipped")

#: (action, the note 0.1 wrote, the key 0014 gives it, values checked)
OLD_NOTES: list[tuple[str, str, str, dict[str, object]]] = [
    ("claim", "Attribuée à anne", "text", {"text": "Attribuée à anne"}),
    ("conditions_evaluated", "5 met, 1 not met, 0 unknown", "history.conditions_evaluated",
     {"met": 5, "not_met": 1, "unknown": 0}),
    ("condition_overridden", "identity_match: not_met → met — Copie de la pièce reçue le 20.11.2026",
     "history.condition_overridden", {"condition": Code("condition", "identity_match"),
                                      "before": Code("result", "not_met"), "after": Code("result", "met")}),
    ("condition_ticked", "manual_check: met — vu au guichet", "history.condition_ticked",
     {"result": Code("result", "met"), "text": "vu au guichet"}),
    ("condition_override_removed", "identity_match: override met removed", "history.condition_override_removed",
     {"result": Code("result", "met")}),
    ("hold", "Attente du dossier (follow-up on 2026-12-07)", "history.hold",
     {"reason": "Attente du dossier", "date": date(2026, 12, 7)}),
    ("hold", "hearing letter sent; comments by 2026-12-17 (follow-up on 2026-12-18)", "history.hearing_sent",
     {"reply_by": date(2026, 12, 17), "follow_up": date(2026, 12, 18)}),
    ("resume", "hearing: comments received on 2026-12-10", "history.hearing_comments", {"date": date(2026, 12, 10)}),
    ("hearing_answer", "no comments within the time limit", "history.hearing_no_comments", {}),
    ("propose_refusal", "2 ground(s): not_registered, identity_mismatch", "history.propose_refusal",
     {"count": 2, "grounds": Listing([Code("ground", "not_registered"), Code("ground", "identity_mismatch")])}),
    ("approve_refusal", "decision OCPM-2026-000123", "history.decision_issued", {"number": "OCPM-2026-000123"}),
    ("return_refusal", "returned: motif à préciser", "history.refusal_returned", {"text": "motif à préciser"}),
    ("withdraw", "Lettre du 20.11.2026 — the fee paid (CHF 1'025.50) is kept, not refunded (G2)", "history.withdraw",
     {"note": "Lettre du 20.11.2026", "amount": Chf(102550)}),
    ("print", "printed: job 42 on mailroom-1", "history.printed", {"job": "42", "destination": "mailroom-1"}),
    ("ship", "R 98.40.123456.12345678", "history.shipped_numbered",
     {"product": Code("product", "R"), "number": "98.40.123456.12345678"}),
    ("ship", "B", "history.shipped", {"product": Code("product", "B")}),
    ("deliver", "delivered on 2026-11-30 (98.40.123456.12345678)", "history.delivered",
     {"date": date(2026, 11, 30), "item": "98.40.123456.12345678"}),
    ("record_return", "returned: unknown_address — inconnu", "history.returned_note",
     {"reason": Code("return_reason", "unknown_address"), "text": "inconnu"}),
    ("send_again", "sent again; address corrected (street, town)", "history.sent_again_corrected",
     {"fields": Listing([Code("field", "street"), Code("field", "town")])}),
    ("reassign", "anne → luca", "history.reassign", {"before": "anne", "after": "luca"}),
    ("receive", "orders-2026-11-02.jsonl, line 17", "history.imported",
     {"source": "orders-2026-11-02.jsonl", "line": 17}),
    ("hold", "hold (follow-up on 2026-02-30)", "text", {}),  # not a date: kept as the words
]


def _old_database(engine: Engine) -> tuple[int, list[int]]:
    """An order as 0.1 left it: English notes, a hearing's hold reason, English condition messages."""
    add_staff(engine, "anne", Role.CASEWORKER)
    (order_id,) = add_orders(engine, 1)
    at = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT ocpm_skip_row_audit()"))
        conn.execute(text("UPDATE orders SET hold_reason = :r WHERE id = :i"), {
            "r": "Right to be heard: comments expected by 2026-12-17 (LPA art. 41)", "i": order_id})
        ids = []
        for action, note, _key, _values in OLD_NOTES:
            ids.append(conn.execute(
                m.OrderEvent.__table__.insert().returning(m.OrderEvent.__table__.c.id),
                {"order_id": order_id, "occurred_at": at, "actor": "anne", "action": action, "from_status": None,
                 "to_status": None, "note": note}).scalar_one())
        rules = dict(conn.execute(
            select(m.ConditionRule.code, m.ConditionRule.id).join(
                m.ConditionRuleSet, m.ConditionRuleSet.id == m.ConditionRule.rule_set_id)
            .where(m.ConditionRuleSet.service_code == "ATT-RES", m.ConditionRuleSet.valid_to.is_(None))).all())
        for code, message, evidence in (
            ("payment_complete", "The amount paid is CHF 0.05 short of the CHF 25.00 due.",
             [{"field": "total", "given": "CHF 24.95", "register": "CHF 25.00", "matches": False}]),
            ("identity_match", "Differs from the register: last name, birth date.",
             [{"field": "last_name", "given": "Dupond", "register": "Dupont", "matches": False},
              {"field": "birth_date", "given": "1980-03-01", "register": "1980-02-29", "matches": False}]),
            ("registered_in_geneva", "The person is registered in Geneva.",
             [{"field": "current_residence", "given": None, "register": "since 2015-01-10", "matches": True}]),
            ("address_deliverable", "Something 0.1 never wrote.", []),
        ):
            conn.execute(m.ConditionResult.__table__.insert(), {
                "order_id": order_id, "rule_id": rules[code], "result": "not_met",
                "evidence": json.dumps({"message": message, "evidence": evidence}), "evaluated_by": "anne",
                "evaluated_at": at})
    return order_id, ids


def _remigrate(engine: Engine) -> None:
    migrations.downgrade(engine, "0013")  # 0014's downgrade keeps the rows: upgrading again runs 0014 on them
    migrations.upgrade(engine)


def test_0014_turns_the_english_of_0_1_into_keyed_phrases(engine: Engine) -> None:
    order_id, ids = _old_database(engine)
    with engine.connect() as conn:
        audit_before = conn.execute(text("SELECT count(*) FROM audit_events")).scalar_one()
    _remigrate(engine)
    with engine.connect() as conn:
        notes = dict(conn.execute(select(m.OrderEvent.id, m.OrderEvent.note).where(m.OrderEvent.id.in_(ids))).all())
        hold = conn.execute(select(m.Order.hold_reason).where(m.Order.id == order_id)).scalar_one()
        results = {code: json.loads(evidence) for code, evidence in conn.execute(
            select(m.ConditionRule.code, m.ConditionResult.evidence).join(
                m.ConditionRule, m.ConditionRule.id == m.ConditionResult.rule_id)
            .where(m.ConditionResult.order_id == order_id))}
        assert conn.execute(text("SELECT count(*) FROM audit_events")).scalar_one() == audit_before
    for event_id, (_action, old, key, values) in zip(ids, OLD_NOTES, strict=True):
        phrase = decode(notes[event_id])
        assert phrase is not None and phrase.key == key, old
        for name, value in values.items():
            assert phrase.params[name] == value, (old, name)
        if key == "text":
            assert phrase.params["text"] == old
    hearing = decode(hold)
    assert hearing is not None and hearing.key == "hold.hearing" and hearing.params == {"date": date(2026, 12, 17)}
    assert results["payment_complete"]["message"] == {"$phrase": {"key": "condition.payment_complete.short",
                                                                  "params": {"due": {"$chf": 2500},
                                                                             "short": {"$chf": 5}}}}
    assert results["payment_complete"]["evidence"][0]["given"] == {"$chf": 2495}
    assert results["identity_match"]["message"]["$phrase"]["params"]["fields"] == {
        "$list": [{"$code": ["field", "last_name"]}, {"$code": ["field", "birth_date"]}]}
    assert results["identity_match"]["evidence"][1]["given"] == {"$date": "1980-03-01"}
    assert results["registered_in_geneva"]["evidence"][0]["register"] == {
        "$phrase": {"key": "evidence.since", "params": {"date": {"$date": "2015-01-10"}}}}
    assert results["address_deliverable"]["message"] == {
        "$phrase": {"key": "legacy", "params": {"text": "Something 0.1 never wrote."}}}

    # run again: nothing changes
    _remigrate(engine)
    with engine.connect() as conn:
        again = dict(conn.execute(select(m.OrderEvent.id, m.OrderEvent.note).where(m.OrderEvent.id.in_(ids))).all())
        assert conn.execute(select(m.Order.hold_reason).where(m.Order.id == order_id)).scalar_one() == hold
    assert again == notes


def test_the_services_return_the_migrated_notes_typed_with_the_office_s_labels(engine: Engine) -> None:
    order_id, _ids = _old_database(engine)
    _remigrate(engine)
    supervisor = add_staff(engine, "sophie", Role.SUPERVISOR)
    detail = casework.order_detail(engine, supervisor, order_id, today=date(2026, 11, 26))
    assert detail.hold_reason is not None and detail.hold_reason.key == "hold.hearing"
    shipped = next(h.note for h in detail.history if h.note is not None and h.note.key == "history.shipped_numbered")
    assert shipped.params["product"].label == "Recommandé"  # the postal product's label, read with the note
    proposed = next(h.note for h in detail.history if h.note is not None and h.note.key == "history.propose_refusal")
    assert all(g.label for g in proposed.params["grounds"].items)  # the grounds' titles, read with the note
    payment = next(c for c in detail.conditions if c.code == "payment_complete")
    assert payment.message is not None and str(payment.message) == "The amount paid is CHF 0.05 short of the CHF " \
                                                                    "25.00 due."
    assert payment.evidence[0].given == Chf(2495)
