"""Queues page in SQL: keyset paging both ways and jumps give exactly the rows of a full sort, on both databases."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine, text

from ocpm_desk.demo.seed import seed_demo
from ocpm_desk.features.casework import queues as q
from ocpm_desk.features.casework.api import sort_key
from ocpm_desk.kernel.lifecycle import Status

TODAY = date(2026, 11, 26)


@pytest.fixture
def seeded(engine: Engine) -> Engine:
    seed_demo(engine, orders=400, seed=7, today=TODAY)
    return engine


def _naive(engine: Engine, where: str, order: str) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(text(f"SELECT reference FROM orders WHERE {where} ORDER BY {order}")).scalars())


def _walk_forward(engine: Engine, spec: q.QueueSpec, size: int) -> list[str]:
    out, key = [], None
    while True:
        page = q.page_after(engine, spec, key, size, today=TODAY)
        out += [r.reference for r in page]
        if len(page) < size:
            return out
        key = sort_key(page[-1])


@pytest.mark.parametrize("descending", [False, True])
def test_keyset_pages_forward_backward_and_jumps_match_a_full_sort(seeded: Engine, descending: bool) -> None:
    spec = q.QueueSpec(q.Queue.ALL, sort=q.SortKey.ORDERED_AT, descending=descending)
    direction = "DESC" if descending else "ASC"
    expected = _naive(seeded, "1 = 1", f"ordered_at {direction}, id {direction}")
    assert q.count(seeded, spec) == len(expected) == 400
    assert _walk_forward(seeded, spec, 37) == expected
    # backward from the end
    out, key = [], None
    while True:
        page = q.page_before(seeded, spec, key, 41, today=TODAY)
        out = [r.reference for r in page] + out
        if len(page) < 41:
            break
        key = sort_key(page[0])
    assert out == expected
    for row in (0, 1, 199, 350, 399):
        assert [r.reference for r in q.page_at(seeded, spec, row, 25, today=TODAY)] == expected[row:row + 25]
    assert q.page_at(seeded, spec, 400, 25, today=TODAY) == []


def test_to_process_is_the_unassigned_paid_orders_oldest_first(seeded: Engine) -> None:
    spec = q.QueueSpec(q.Queue.TO_PROCESS)
    expected = _naive(seeded, "status = 'paid'", "paid_at, id")
    assert expected and _walk_forward(seeded, spec, 50) == expected
    first = q.page_after(seeded, spec, None, 1, today=TODAY)[0]
    assert first.status is Status.PAID and first.assigned_to is None
    assert first.working_days >= 0 and first.clock.value in {"on_track", "due", "late"}


def test_mine_and_on_hold_are_per_assignee(seeded: Engine) -> None:
    mine = _walk_forward(seeded, q.QueueSpec(q.Queue.MINE, username="gestionnaire"), 20)
    assert mine == _naive(seeded, "assigned_to = 'gestionnaire' AND status IN ('in_review', 'refusal_proposed')",
                          "paid_at, id")
    held = _walk_forward(seeded, q.QueueSpec(q.Queue.ON_HOLD), 20)
    assert held == _naive(seeded, "status = 'on_hold'", "paid_at, id")


def test_search_by_reference_avs_or_name(seeded: Engine) -> None:
    with seeded.connect() as conn:
        reference, avs, last_name = conn.execute(text(
            "SELECT o.reference, a.avs, a.last_name FROM orders o JOIN applicants a ON a.id = o.applicant_id "
            "ORDER BY o.id LIMIT 1")).one()
    spec = q.QueueSpec(q.Queue.ALL, sort=q.SortKey.ORDERED_AT)
    by_reference = q.page_after(seeded, q.QueueSpec(q.Queue.ALL, search=reference.lower(), sort=spec.sort), None)
    assert [r.reference for r in by_reference] == [reference]
    by_avs = q.page_after(seeded, q.QueueSpec(q.Queue.ALL, search=avs.replace(".", ""), sort=spec.sort), None)
    assert reference in [r.reference for r in by_avs]
    by_name = q.page_after(seeded, q.QueueSpec(q.Queue.ALL, search=last_name[:3], sort=spec.sort), None, 500)
    assert reference in [r.reference for r in by_name]
    assert all(r.applicant.startswith(last_name[:3]) for r in by_name)
    assert q.count(seeded, q.QueueSpec(q.Queue.ALL, search="ED-2026-99999999")) == 0


def test_filters_by_service_and_status(seeded: Engine) -> None:
    spec = q.QueueSpec(q.Queue.ALL, service_codes=("ATT-DEP",), statuses=(Status.APPROVED,), sort=q.SortKey.REFERENCE)
    expected = _naive(seeded, "service_code = 'ATT-DEP' AND status = 'approved'", "reference, id")
    assert expected and _walk_forward(seeded, spec, 30) == expected


def test_the_delivery_clock_runs_only_for_paid_undecided_orders(seeded: Engine) -> None:
    rows = q.page_after(seeded, q.QueueSpec(q.Queue.ALL, sort=q.SortKey.ORDERED_AT), None, 400, today=TODAY)
    open_statuses = {Status.PAID, Status.IN_REVIEW, Status.ON_HOLD, Status.REFUSAL_PROPOSED}
    assert {r.status for r in rows if r.clock is None} == {r.status for r in rows} - open_statuses
    assert all(r.clock is not None for r in rows if r.status in open_statuses)


def test_counts_by_payment_date_leave_out_orders_without_one(seeded: Engine) -> None:
    # a paid order without a payment date (direct SQL): not in a list sorted by payment date, nor in its count
    with seeded.begin() as conn:
        conn.execute(text("UPDATE orders SET paid_at = NULL WHERE id = (SELECT min(id) FROM orders "
                          "WHERE status = 'paid')"))  # fmt: skip
    for spec, where in ((q.QueueSpec(q.Queue.TO_PROCESS), "status = 'paid' AND paid_at IS NOT NULL"),
                        (q.QueueSpec(q.Queue.ALL, sort=q.SortKey.PAID_AT), "paid_at IS NOT NULL"),
                        (q.QueueSpec(q.Queue.ALL, service_codes=("ATT-RES",), sort=q.SortKey.PAID_AT),
                         "service_code = 'ATT-RES' AND paid_at IS NOT NULL")):  # fmt: skip
        expected = _naive(seeded, where, "paid_at, id")
        assert q.count(seeded, spec) == len(expected) == len(_walk_forward(seeded, spec, 100))


@pytest.mark.parametrize("descending", [False, True])
def test_pages_counted_from_the_end_match_a_full_sort(seeded: Engine, descending: bool) -> None:
    spec = q.QueueSpec(q.Queue.ALL, sort=q.SortKey.ORDERED_AT, descending=descending)
    direction = "DESC" if descending else "ASC"
    expected = _naive(seeded, "1 = 1", f"ordered_at {direction}, id {direction}")
    for k in (1, 2, 100, 399, 400):
        end = len(expected) - k + 1  # the page ends with the k-th row from the end
        got = [r.reference for r in q.page_from_end(seeded, spec, k, 25, today=TODAY)]
        assert got == expected[max(end - 25, 0):end]
    assert q.page_from_end(seeded, spec, 401, 25, today=TODAY) == []
