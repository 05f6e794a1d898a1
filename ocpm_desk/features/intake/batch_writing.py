"""Writing one batch of an import (DESIGN §9): ``apply_batch`` decides what each line does and writes it.

Records are compared with the orders already imported under their references (``decide``: new, awaiting_payment →
paid/cancelled, unchanged, conflict), with the effects of the batch before (which may not be committed yet) and
with the earlier lines of the same batch. New orders are inserted with their applicants and a ``receive`` history
row (a paid one pinned to the versions in force, G3); lines that cannot become an order, and conflicts, go to
``import_quarantine`` (a line equal to one already quarantined counts as ``unchanged``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from ocpm_desk.features.intake.bulk_sql import allocate, bulk_insert, bulk_update_orders, select_in
from ocpm_desk.features.intake.masking import quarantine_line
from ocpm_desk.features.intake.reasons import stored_reasons
from ocpm_desk.features.intake.reference_data import ReferenceData
from ocpm_desk.features.intake.results import IntakeOrder, Quarantined
from ocpm_desk.features.intake.rules import Decision, ExistingOrder, Outcome, decide, parse_digest
from ocpm_desk.features.intake.stream_reading import Line
from ocpm_desk.infrastructure.uow import Actor
from ocpm_desk.kernel.lifecycle import Status, find_transition
from ocpm_desk.kernel.notes import encode
from ocpm_desk.kernel.notes import note as stored


@dataclass(slots=True)
class Counts:
    lines: int = 0
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    quarantined: int = 0

    def add(self, other: Counts) -> None:
        self.lines += other.lines
        self.imported += other.imported
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.quarantined += other.quarantined


@dataclass(frozen=True, slots=True)
class Effects:
    """What a batch writes that the batch after it must take into account while it is not committed yet: the state
    of the orders it receives or updates, and the hashes of the lines it quarantines."""

    orders: Mapping[str, ExistingOrder]
    hashes: frozenset[str]


NOTHING = Effects({}, frozenset())


def _payment_columns(record: IntakeOrder, ref: ReferenceData) -> dict[str, Any]:
    p = record.payment
    if p is None:
        return {"paid_at": None, "payment_brand": None, "payment_provider_reference": None,
                "fee_paid_centimes": None, "postage_paid_centimes": None, **ref.pins(record)}
    return {"paid_at": p.validated_at, "payment_brand": p.brand, "payment_provider_reference": p.provider_reference,
            "fee_paid_centimes": p.fee_centimes, "postage_paid_centimes": p.postage_centimes, **ref.pins(record)}


def _outcome(from_status: Status | None, to: Status) -> str | None:
    """The outcome the lifecycle records on this step (cancelled for a cancellation, else none yet)."""
    transition = find_transition(from_status, to)
    return transition.outcome.value if transition and transition.outcome else None


def apply_batch(session: Session, actor: Actor, source: str, lines: list[Line], ref: ReferenceData, now: datetime,
                before: Effects = NOTHING, planned: Callable[[Effects], None] | None = None,
                settled: Callable[[], None] | None = None) -> tuple[Counts, dict[str, Any], Effects]:
    """Write one batch in ``session``'s transaction; its counts, its audit payload and its effects.

    ``before``: the effects of the batch before, which may not be committed yet (they win over what the database
    shows). ``planned(effects)`` is called once this batch knows what it will write, before it writes: the next
    batch may then plan on it. ``settled()`` returns once the batch before is committed (it raises if that batch
    failed or was planned again): the rows that batch may have written or locked — orders to update and their
    history lines — are written after it; new orders, their people and history, and quarantined lines before.
    """
    counts = Counts(lines=len(lines))
    references = {ln.parsed.reference for ln in lines if isinstance(ln.parsed, IntakeOrder)}
    existing: dict[str, ExistingOrder] = {}
    for order_id, reference, status, version, digest in select_in(
            session, "SELECT id, reference, status, version, intake_digest FROM orders WHERE reference", references):
        existing[reference] = ExistingOrder(order_id, reference, status, version, parse_digest(digest))
    for reference in references & before.orders.keys():
        existing[reference] = before.orders[reference]
    # quarantine records of every line that might be quarantined, to know which are already there
    quarantined: dict[int, Quarantined] = {}
    decisions: dict[int, Decision] = {}
    pending: dict[str, ExistingOrder] = {}  # state after the earlier lines of this batch
    for ln in lines:
        if isinstance(ln.parsed, Quarantined):
            quarantined[ln.number] = ln.parsed
            continue
        record = ln.parsed
        state = pending.get(record.reference) or existing.get(record.reference)
        decision = decide(state, record)
        decisions[ln.number] = decision
        if decision.outcome is Outcome.CONFLICT:
            quarantined[ln.number] = quarantine_line(ln.number, ln.raw.decode("utf-8"), list(decision.reasons),
                                                     reference=record.reference)
        elif decision.outcome is Outcome.NEW:
            pending[record.reference] = ExistingOrder(0, record.reference, record.status.value, 1,
                                                      dict(record.digest))
        elif decision.outcome is Outcome.UPDATE and state is not None:
            pending[record.reference] = replace(state, status=record.status.value, version=state.version + 1,
                                                digest=dict(record.digest))
    hashes = {q.sha256 for q in quarantined.values()}
    known = {row[0] for row in select_in(session, "SELECT line_sha256 FROM import_quarantine WHERE line_sha256",
                                          hashes)}
    known |= hashes & before.hashes

    new_orders: dict[str, dict[str, Any]] = {}
    applicants: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []  # of the orders received in this batch
    later_events: list[dict[str, Any]] = []  # of the orders received before (written once the batch before is)
    quarantine: list[dict[str, Any]] = []
    updates: dict[str, dict[str, Any]] = {}  # reference → the update of an order already in the database
    imported: list[str] = []
    updated: list[str] = []
    quarantined_lines: list[int] = []
    needed_applicants = sum(
        1 + (ln.parsed.concerned_person is not None) for ln in lines
        if isinstance(ln.parsed, IntakeOrder) and decisions[ln.number].outcome is Outcome.NEW)
    applicant_ids = iter(allocate(session, "applicants", needed_applicants))
    order_ids = iter(allocate(session, "orders", sum(
        1 for d in decisions.values() if d.outcome is Outcome.NEW)))

    def person_row(person: Any) -> dict[str, Any]:
        row = {"id": next(applicant_ids), "avs": person.avs, "last_name": person.last_name,
               "first_name": person.first_name, "birth_date": person.birth_date, "email": person.email,
               "language": person.language}
        applicants.append(row)
        return row

    # every history line of the batch says « {source}, line {line} »: the stored phrase is encoded once, the line
    # number put in per row (what ``notes.encode`` gives, which tests/unit/domain/test_domain_notes.py checks)
    before_line, after_line = encode(stored("history.imported", source=source, line=0)).split('"line": 0', 1)

    def event(order_id: int, action: str, from_status: str | None, to_status: str, line: int, *,
              received_before: bool = False) -> None:
        (later_events if received_before else events).append({
            "order_id": order_id, "occurred_at": now, "actor": actor.username, "action": action,
            "from_status": from_status, "to_status": to_status,
            "note": f'{before_line}"line": {int(line)}{after_line}'})

    for ln in lines:
        q = quarantined.get(ln.number)
        if q is not None:
            if q.sha256 in known:
                counts.unchanged += 1
                continue
            known.add(q.sha256)
            quarantine.append({"source": source, "line_number": ln.number, "reference": q.reference,
                               "line_masked": q.text, "line_sha256": q.sha256, "reasons": stored_reasons(q.reasons),
                               "received_at": now})
            quarantined_lines.append(ln.number)
            counts.quarantined += 1
            continue
        assert isinstance(ln.parsed, IntakeOrder)
        record = ln.parsed
        decision = decisions[ln.number]
        if decision.outcome is Outcome.UNCHANGED:
            counts.unchanged += 1
        elif decision.outcome is Outcome.NEW:
            order_id = next(order_ids)
            applicant = person_row(record.applicant)
            concerned = person_row(record.concerned_person) if record.concerned_person is not None else None
            new_orders[record.reference] = {
                "id": order_id, "reference": record.reference, "service_code": record.service_code,
                "quantity": record.quantity, "status": record.status.value, "outcome": _outcome(None, record.status),
                "assigned_to": None, "version": 1, "ordered_at": record.ordered_at,
                "applicant_id": applicant["id"], "concerned_person_id": concerned["id"] if concerned else None,
                "delivery_product": record.product, **record.address, **_payment_columns(record, ref),
                "hold_reason": None, "hold_until": None, "clock_stopped": False, "updated_at": now,
                "updated_by": actor.username, "intake_digest": record.digest_text(),
            }
            event(order_id, "receive", None, record.status.value, ln.number)
            imported.append(record.reference)
            counts.imported += 1
        elif decision.outcome is Outcome.UPDATE:
            to = record.status
            transition = find_transition(Status.AWAITING_PAYMENT, to)
            assert transition is not None
            change = {"status": to.value, "outcome": transition.outcome.value if transition.outcome else None,
                      "intake_digest": record.digest_text(), **_payment_columns(record, ref)}
            received = new_orders.get(record.reference)
            if received is not None:  # received earlier in this batch
                received.update(change, version=received["version"] + 1)
                order_id = received["id"]
            else:
                current = existing[record.reference]
                earlier = updates.get(record.reference)
                base_version = earlier["version"] if earlier else current.version
                updates[record.reference] = {**change, "id": current.id, "version": base_version + 1,
                                             "expected": earlier["expected"] if earlier else current.version}
                order_id = current.id
            event(order_id, transition.action, Status.AWAITING_PAYMENT.value, to.value, ln.number,
                  received_before=received is None)
            updated.append(record.reference)
            counts.updated += 1
    effects = Effects(
        {reference: replace(state, id=new_orders[reference]["id"]) if reference in new_orders else state
         for reference, state in pending.items()},
        frozenset(row["line_sha256"] for row in quarantine))
    if planned is not None:
        planned(effects)
    bulk_insert(session, "applicants", applicants)
    bulk_insert(session, "orders", list(new_orders.values()))
    bulk_insert(session, "order_events", events)
    bulk_insert(session, "import_quarantine", quarantine)
    if settled is not None:
        settled()
    bulk_update_orders(session, [{**change, "updated_at": now, "updated_by": actor.username}
                                  for change in updates.values()])
    bulk_insert(session, "order_events", later_events)
    audit = {"source": source, "first_line": lines[0].number, "last_line": lines[-1].number,
             "lines": counts.lines, "imported": imported, "updated": updated, "unchanged": counts.unchanged,
             "quarantined_lines": quarantined_lines}
    return counts, audit, effects
