"""Issue 16, part 4, on SQLite and PostgreSQL: intake never crashes on a line, a batch is all or nothing, and no card
number is ever stored, in any spelling (DESIGN §9, G10).

- The dates of the issue (``9999-12-31T23:59:59-14:00``, ``0001-01-01T00:00:00+14:00``, ``9999-12-31T23:59:59Z``,
  which crashed the reading or, after one transaction of a batch had committed, the writer) are quarantined with
  their reason and the rest of the file is imported; the bounds are imported and read back — in any session time
  zone on PostgreSQL — by the queue, the overview and the order's detail.
- A failure anywhere in a batch (a statement, the update of earlier orders, its audit event, its commit) leaves
  nothing of that batch nor of any later one, whatever the other batches in flight did; the same file imported again
  then ends as one clean run.
- Card numbers in every spelling of the issue, in every kind of place, and a file name holding one: the full number
  is nowhere in any table (every column of every row, digits of any script compared).
- Hypothesis: small files mixing fuzzed dates and fuzzed card spellings with valid lines: the import never raises,
  the counts add up, what is imported reads back, and no card number is stored.
"""

from __future__ import annotations

import io
import json
import threading
import time
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from intake_support import CARD, ISSUE_FORMS, digits, luhn_numbers, spelled
from ocpm_factories import add_staff
from sqlalchemy import Engine, select, text
from test_intake import counts, lines, order, quarantine, record, reference, run
from test_intake_properties import empty, state

import ocpm_desk.features.intake.batch_writing as batch_writing
import ocpm_desk.features.intake.batches as batches
from ocpm_desk.features.casework import claiming, queues
from ocpm_desk.features.casework import handling as casework
from ocpm_desk.features.intake.bulk_sql import StaleOrder
from ocpm_desk.features.intake.imports import import_orders
from ocpm_desk.features.intake.rules import CARD_REASON, EARLIEST, LATEST, OUT_OF_RANGE
from ocpm_desk.features.overview.counts import load_overview
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import SYSTEM_INTAKE, UnitOfWork
from ocpm_desk.kernel.calendar import DeliveryClock, geneva_date
from ocpm_desk.kernel.identifiers import luhn_valid
from ocpm_desk.kernel.roles import Role

pytestmark = pytest.mark.usefixtures("catalogue_as_shipped")

TODAY = date(2026, 11, 26)
#: The dates of the issue: two overflowed when brought to UTC, the third when brought to Geneva time.
ISSUE_DATES = ["9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59Z"]


#: Every spelling of the issue (``tests/unit/domain/test_domain_intake_hostile.py`` has more, in the domain).
FORMS = ISSUE_FORMS


def every_value(engine: Engine) -> list[tuple[str, str]]:
    """(table, value as text) for every column of every row of every table of the database: nothing is left out."""
    out: list[tuple[str, str]] = []
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            tables = conn.execute(text(
                "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables "
                "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')"
            )).scalars().all()
            for table in tables:
                for (row,) in conn.execute(text(f"SELECT row_to_json(t)::text FROM {table} t")):
                    out.extend((table, json.dumps(v, ensure_ascii=False)) for v in json.loads(row).values())
        else:
            tables = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars().all()
            for table in tables:
                for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                    out.extend((table, str(v)) for v in row)
    assert {t.rsplit(".", 1)[-1] for t, _ in out} >= {"orders", "applicants", "order_events", "import_quarantine",
                                                      "audit_events"}
    return out


def assert_no_card(engine: Engine, *cards: str) -> None:
    """No column of any row holds one of ``cards`` in full, whatever its script and separators."""
    found = [(table, value) for table, value in every_value(engine) for card in cards if card in digits(value)]
    assert found == []


# ============================================================================================ dates
def _dated_file() -> bytes:
    return lines(
        record(1),
        record(2, ordered_at=ISSUE_DATES[0]),  # overflowed when brought to UTC
        record(3),
        record(4, payment__validated_at=ISSUE_DATES[1]),  # overflowed when brought to UTC
        record(5, ordered_at=ISSUE_DATES[2]),  # year 10000 in Geneva (PostgreSQL reads it back in Geneva time)
        record(6, payment__validated_at=ISSUE_DATES[2]),  # crashed the writer: the Geneva day of the payment
        record(7),
        record(8, ordered_at=EARLIEST.isoformat(), payment__validated_at=EARLIEST.isoformat()),  # the bounds
        record(9, ordered_at=LATEST.isoformat(), payment__validated_at="9999-12-31T13:59:59+14:00"),
    )


@pytest.mark.parametrize("batch_size", [1000, 2, 1])
def test_the_dates_of_the_issue_are_quarantined_and_the_rest_of_the_file_imported(engine: Engine,
                                                                                   batch_size: int) -> None:
    data = _dated_file()
    assert run(engine, data, batch_size=batch_size) == counts(9, imported=5, quarantined=4)
    stored = quarantine(engine)
    assert {n: q.reasons for n, q in stored.items()} == {
        2: (f"ordered_at: {OUT_OF_RANGE}",), 4: (f"payment.validated_at: {OUT_OF_RANGE}",),
        5: (f"ordered_at: {OUT_OF_RANGE}",), 6: (f"payment.validated_at: {OUT_OF_RANGE}",)}
    assert all(q.reference == reference(n) for n, q in stored.items())
    for n in (1, 3, 7):
        assert order(engine, reference(n)).status == "paid"
    assert order(engine, reference(8)).ordered_at.astimezone(UTC) == EARLIEST
    assert order(engine, reference(9)).ordered_at.astimezone(UTC) == LATEST
    assert order(engine, reference(9)).paid_at.astimezone(UTC) == datetime(9999, 12, 30, 23, 59, 59, tzinfo=UTC)
    assert run(engine, data, batch_size=batch_size) == counts(9, unchanged=9)


def test_the_bounds_read_back_in_any_session_time_zone_and_through_the_desk(engine: Engine) -> None:
    assert run(engine, _dated_file(), batch_size=3) == counts(9, imported=5, quarantined=4)
    if engine.dialect.name == "postgresql":  # the server answers in the session's time zone: year 10000 would fail
        for zone in ("Europe/Zurich", "Pacific/Kiritimati", "Etc/GMT+12", "America/St_Johns", "UTC"):
            with engine.connect() as conn:
                conn.execute(text(f"SET TIME ZONE '{zone}'"))
                moments = conn.execute(text("SELECT ordered_at, paid_at FROM orders")).all()
                conn.rollback()
            assert len(moments) == 5
    supervisor = frozenset({Role.SUPERVISOR})
    overview = load_overview(engine, supervisor, today=TODAY)
    assert overview.on_track + overview.due + overview.late == 5
    waiting = queues.page_after(engine, queues.QueueSpec(queues.Queue.TO_PROCESS), None, 100, today=TODAY)
    assert sorted(r.reference for r in waiting) == [reference(n) for n in (1, 3, 7, 8, 9)]
    for clock in DeliveryClock:
        queues.count(engine, queues.QueueSpec(queues.Queue.TO_PROCESS, clock=clock), today=TODAY)
    anne = add_staff(engine, "anne", Role.CASEWORKER)
    for n in (8, 9):
        row = next(r for r in waiting if r.reference == reference(n))
        claiming.claim(engine, anne, row.id, row.version)
        detail = casework.order_detail(engine, anne, row.id, today=TODAY)
        assert geneva_date(detail.ordered_at) in (date(1, 1, 2), date(9999, 12, 31))


# ===================================================================================== one batch, one transaction
#: Three batches of four lines (batch_size=4): batch 2 (lines 5–8) updates an order of batch 1 (line 1, paid at
#: line 5), receives new orders, quarantines a line; batch 3 updates an order of batch 2.
BATCHES = [
    [record(11, "awaiting_payment"), record(12), record(13, quantity=0), record(14, "awaiting_payment")],
    [record(11), record(21), record(22, "awaiting_payment"), record(23, delivery__product="C")],
    [record(22), record(31), record(14, "cancelled"), record(32, payment__fee_chf="25")],
]
FAILING_BATCH_FIRST_LINE = 5


def _batches_file() -> bytes:
    return lines(*(r for batch in BATCHES for r in batch))


def _imported_events(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        payloads = conn.execute(text("SELECT payload FROM audit_events WHERE action = 'orders.imported' "
                                     "ORDER BY id")).scalars().all()
    return [json.loads(p) for p in payloads]


def _fail_in(where: str, monkeypatch: pytest.MonkeyPatch, started: threading.Event) -> None:
    """Make the write of the batch of lines 5–8 fail at ``where``, after a pause (the batch after it, written at
    the same time on PostgreSQL, has then planned and written its own rows and waits for this one)."""

    def crash() -> None:
        started.set()
        time.sleep(0.3)
        raise RuntimeError(f"simulated crash in {where}")

    if where == "a statement":
        original_insert = batch_writing.bulk_insert

        def insert(session: Any, table: str, rows: list[dict[str, Any]]) -> None:
            original_insert(session, table, rows)
            if table == "import_quarantine" and any(r["line_number"] == 8 for r in rows):
                crash()

        monkeypatch.setattr(batch_writing, "bulk_insert", insert)
    elif where == "the update of earlier orders":
        original_update = batch_writing.bulk_update_orders

        def update(session: Any, changes: list[dict[str, Any]]) -> None:
            original_update(session, changes)
            if any(c["status"] == "paid" for c in changes):  # order 11, paid at line 5
                crash()

        monkeypatch.setattr(batch_writing, "bulk_update_orders", update)
    elif where == "the audit event":
        original_audit = UnitOfWork.audit

        def audit(self: UnitOfWork, actor: Any, action: str, entity: str, entity_id: Any,
                  payload: Any = None) -> None:
            original_audit(self, actor, action, entity, entity_id, payload)
            if action == "orders.imported" and payload["first_line"] == FAILING_BATCH_FIRST_LINE:
                crash()

        monkeypatch.setattr(UnitOfWork, "audit", audit)
    else:  # the commit: the batches commit in file order, the second commit is the second batch's
        original_commit = UnitOfWork.commit
        commits = iter(range(1, 100))
        lock = threading.Lock()

        def commit(self: UnitOfWork) -> None:
            with lock:
                number = next(commits)
            if number == 2:
                crash()
            original_commit(self)

        monkeypatch.setattr(UnitOfWork, "commit", commit)


@pytest.mark.parametrize("where", ["a statement", "the update of earlier orders", "the audit event", "the commit"])
def test_a_failure_anywhere_in_a_batch_leaves_nothing_of_it_nor_of_the_batches_after(
        engine: Engine, monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    data = _batches_file()
    started = threading.Event()
    with monkeypatch.context() as patch:
        _fail_in(where, patch, started)
        with pytest.raises(RuntimeError, match=f"simulated crash in {where}"):
            import_orders(engine, SYSTEM_INTAKE, io.BytesIO(data), "batches.jsonl", batch_size=4)
    assert started.is_set()
    # batch 1 only: committed before the failing batch; nothing of batch 2 (it failed) nor of batch 3 (after it)
    with engine.connect() as conn:
        orders = dict(conn.execute(text("SELECT reference, status FROM orders")).all())
        events = conn.execute(text("SELECT count(*) FROM order_events")).scalar_one()
        applicants = conn.execute(text("SELECT count(*) FROM applicants")).scalar_one()
    assert orders == {reference(11): "awaiting_payment", reference(12): "paid", reference(14): "awaiting_payment"}
    assert (events, applicants) == (3, 3)
    assert sorted(quarantine(engine)) == [3]
    assert [(e["first_line"], e["last_line"]) for e in _imported_events(engine)] == [(1, 4)]

    # run again: batch 1 is unchanged, the rest is written, and the end is the state of one clean run
    assert run(engine, data, batch_size=4) == counts(12, imported=3, updated=3, unchanged=4, quarantined=2)
    after_failure = state(engine)
    empty(engine)
    assert run(engine, data, batch_size=4) == counts(12, imported=6, updated=3, quarantined=3)
    assert state(engine) == after_failure


def test_the_batch_after_a_failed_one_is_never_committed_even_when_written_first(
        engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """On PostgreSQL batch 3 is written while batch 2 is: it is done (planned, rows sent) when batch 2 fails at its
    commit; it must roll back, not commit. (On SQLite batch 3 is never started.)"""
    third_done = threading.Event()
    original_apply = batches.apply_batch

    def apply(session: Any, actor: Any, source: str, batch_lines: list[Any], *args: Any, **kwargs: Any) -> Any:
        if batch_lines[0].number == 9 and "settled" not in kwargs and len(args) >= 5:
            wait = args[4]

            def settled() -> None:
                third_done.set()
                wait()

            args = (*args[:4], settled, *args[5:])
        return original_apply(session, actor, source, batch_lines, *args, **kwargs)

    original_commit = UnitOfWork.commit

    def commit(self: UnitOfWork) -> None:
        audit = self.session.info.get("first_line")
        if audit == FAILING_BATCH_FIRST_LINE:
            if engine.dialect.name == "postgresql":
                assert third_done.wait(10), "batch 3 was not written beside batch 2"
            raise RuntimeError("simulated crash in the commit")
        original_commit(self)

    original_audit = UnitOfWork.audit

    def audit(self: UnitOfWork, actor: Any, action: str, entity: str, entity_id: Any, payload: Any = None) -> None:
        self.session.info["first_line"] = payload["first_line"]
        original_audit(self, actor, action, entity, entity_id, payload)

    monkeypatch.setattr(batches, "apply_batch", apply)
    monkeypatch.setattr(UnitOfWork, "commit", commit)
    monkeypatch.setattr(UnitOfWork, "audit", audit)
    with pytest.raises(RuntimeError, match="simulated crash in the commit"):
        import_orders(engine, SYSTEM_INTAKE, io.BytesIO(_batches_file()), "batches.jsonl", batch_size=4)
    with engine.connect() as conn:
        assert sorted(conn.execute(text("SELECT reference FROM orders")).scalars()) == [
            reference(11), reference(12), reference(14)]
    assert [(e["first_line"], e["last_line"]) for e in _imported_events(engine)] == [(1, 4)]


def _clean_state(engine: Engine, data: bytes, batch_size: int) -> tuple[dict[str, int], dict[str, Any]]:
    empty(engine)
    found = run(engine, data, batch_size=batch_size)
    return found, state(engine)


def test_a_batch_that_waits_long_for_the_one_before_gives_up_its_transaction_and_is_written_after_it(
        engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """``_Yield``: no wait inside a transaction at all; each batch then waits for the one before outside it and is
    planned again on what the database shows: the same result as without."""
    data = _batches_file()
    expected = _clean_state(engine, data, 4)
    monkeypatch.setattr(batches, "_SETTLE_SECONDS", 0.0)
    for batch_size in (4, 2, 1):
        assert _clean_state(engine, data, batch_size) == expected
        assert run(engine, data, batch_size=batch_size) == counts(12, unchanged=12)


def test_a_batch_planned_again_makes_the_next_one_plan_again(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """``_Replan``: batch 2 meets a concurrent change once (a stale version) and is planned again; batch 3, planned
    on its first plan (on PostgreSQL), is planned again too: the same result as a clean run."""
    data = _batches_file()
    expected = _clean_state(engine, data, 4)
    empty(engine)
    original_update = batch_writing.bulk_update_orders
    stale = {"left": 1}

    def update(session: Any, changes: list[dict[str, Any]]) -> None:
        if changes and stale["left"] and any(c["status"] == "paid" for c in changes):
            stale["left"] -= 1
            time.sleep(0.2)  # batch 3 has planned on this batch's first plan meanwhile
            raise StaleOrder(0)
        original_update(session, changes)

    monkeypatch.setattr(batch_writing, "bulk_update_orders", update)
    assert run(engine, data, batch_size=4) == expected[0]
    assert stale["left"] == 0
    assert state(engine) == expected[1]


# ============================================================================================ card numbers
PLACES = {
    "street": lambda c: {"delivery__address__street": f"Rue {c}"},
    "email": lambda c: {"applicant__email": f"{c}@example.ch"},
    "provider reference": lambda c: {"payment__provider_reference": c},
    "an unknown field": lambda c: {"remarks": f"payé avec {c}"},
    "a malformed field": lambda c: {"service_code": c},
}


def _card_lines() -> list[Any]:
    out: list[Any] = []
    n = 500
    for form in FORMS.values():
        for place in PLACES.values():
            n += 1
            out.append(record(n, **place(form)))
        n += 1
        out.append(json.dumps(record(n, delivery__address__street=form)).encode())  # as \u escapes
        n += 1
        out.append(f'{{"reference": "{reference(n)}", "cut here {form}'.encode())  # not JSON
        n += 1
        out.append(b"\xff" + json.dumps(record(n, delivery__address__street=form), ensure_ascii=False).encode())
    return out


def test_no_card_number_in_any_spelling_is_stored_anywhere(engine: Engine) -> None:
    card_lines = _card_lines()
    data = lines(record(1), *card_lines, record(2))
    source = "orders-4111.1111.1111.1111-\u0664\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661"
    source += "\u0661\u0661\u0661\u0661.jsonl"
    summary = import_orders(engine, SYSTEM_INTAKE, io.BytesIO(data), source, batch_size=7)
    assert summary.counts() == counts(len(card_lines) + 2, imported=2, quarantined=len(card_lines))
    assert digits(summary.source).count(CARD) == 0
    stored = quarantine(engine)
    assert len(stored) == len(card_lines)
    assert all(q.reasons[0] == str(CARD_REASON) for q in stored.values())
    assert sum(CARD[:6] + CARD[-4:] in digits(q.text) for q in stored.values()) > len(card_lines) // 2  # masked
    assert_no_card(engine, CARD)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM order_events")).scalar_one() == 2


# ============================================================================================ hypothesis
def _digits_of(n: int) -> st.SearchStrategy[str]:
    return st.integers(0, 10**n - 1).map(lambda v: f"{v:0{n}d}")


@st.composite
def iso_like(draw: st.DrawFn) -> str:
    """ISO 8601-like text: any 4-digit year, fields out of range, any offset, any precision."""
    text = f"{draw(_digits_of(4))}-{draw(_digits_of(2))}-{draw(_digits_of(2))}T{draw(_digits_of(2))}:"
    text += draw(_digits_of(2)) + draw(st.sampled_from(["", ":59", ":00.5", ":60"]))
    return text + draw(st.one_of(st.sampled_from(["Z", "", "+14:00", "-14:00", "+23:59", "-23:59", "+24:00"]),
                                 st.tuples(st.sampled_from("+-"), _digits_of(2), _digits_of(2))
                                 .map(lambda t: f"{t[0]}{t[1]}:{t[2]}")))


@st.composite
def aware_extremes(draw: st.DrawFn) -> str:
    """Real aware datetimes of any year, any offset Python allows (up to ±23:59)."""
    moment = draw(st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59)))
    minutes = draw(st.integers(-(24 * 60 - 1), 24 * 60 - 1))
    return moment.replace(tzinfo=UTC).astimezone(UTC).replace(tzinfo=None).isoformat() + (
        f"{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}")


ZEROS = [0x30, 0x660, 0x6F0, 0x966, 0xE50, 0xFF10, 0x1D7CE]
GAPS = [" ", "  ", "\t", ".", "/", "_", "-", " - ", "\u00a0", "\u202f", "\u3000", "\u2013", "\u00ad", "\u200b",
        "\u200c", "\u200d", "\u2060", "\ufeff"]


@st.composite
def hostile_files(draw: st.DrawFn) -> tuple[bytes, list[str]]:
    """A few lines: valid records, records with fuzzed dates, records and broken lines with fuzzed card spellings;
    the Luhn-valid numbers it holds."""
    items: list[Any] = []
    cards: list[str] = []
    for i in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["valid", "date", "card", "broken card"]))
        n = 100 + i
        if kind == "valid":
            items.append(record(n))
        elif kind == "date":
            moment = draw(st.one_of(iso_like(), aware_extremes()))
            where = draw(st.sampled_from(["ordered_at", "payment__validated_at"]))
            items.append(record(n, **{where: moment}))
        else:
            card = draw(luhn_numbers())
            cards.append(card)
            written = draw(spelled(card, ZEROS, GAPS, max_gap=2))
            if kind == "card":
                items.append(record(n, delivery__address__street=f"Rue {written}"))
            else:
                items.append(b"\xff" + json.dumps(record(n, remarks=written), ensure_ascii=draw(st.booleans()))
                             .encode()[:-3])
    return lines(*items), cards


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(hostile_files(), st.integers(1, 3))
def test_fuzzed_dates_and_card_spellings_never_crash_and_no_card_is_stored(
        engine: Engine, file: tuple[bytes, list[str]], batch_size: int) -> None:
    data, cards = file
    empty(engine)
    found = run(engine, data, batch_size=batch_size)
    assert found["lines"] == len([ln for ln in data.split(b"\n") if ln.strip()])
    with engine.connect() as conn:
        moments = conn.execute(select(m.Order.ordered_at, m.Order.paid_at)).all()
        stored = conn.execute(text("SELECT line_masked, reasons FROM import_quarantine")).all()
    for row in moments:
        for moment in row:
            if moment is not None:
                assert EARLIEST <= moment <= LATEST
                geneva_date(moment)
    for masked, reasons in stored:
        for card in cards:
            assert card not in digits(masked) and card not in digits(reasons)
    assert all(luhn_valid(c) for c in cards)
    assert run(engine, data, batch_size=batch_size + 1) == counts(found["lines"], unchanged=found["lines"])


def test_the_window_of_each_time_zone_holds_the_bounds() -> None:
    """The bounds leave a day on each side: every real time zone's offset (less than a day) keeps them in Python's
    years, which is what PostgreSQL's answers in the session's time zone must fit."""
    for hours in (-23, 23):
        (EARLIEST + timedelta(hours=hours)).date()
        (LATEST + timedelta(hours=hours)).date()
