"""The audit chain on both databases: verification names the first broken event, ``--expect-head`` catches a
truncated or rewritten tail, the search filters, the LIPAD access trail, permissions, and the admin commands.

Tampering is done as the database owner (a raw connection): on PostgreSQL staff roles cannot change or delete
audit rows at all (the lead's triggers and grants); the owner is trusted and can, which is what an attacker with
the owner's password or the file would do. The chain must reveal it.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any

import pytest
from cli_support import admin, one_error_line
from ocpm_factories import add_orders, add_staff
from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from ocpm_desk.features.audit.api import AuditFilter, AuditRow, AuditVerification
from ocpm_desk.features.audit.trail import (
    chain_head,
    format_head,
    geneva_day_bounds,
    parse_head,
    record_order_view,
    search_audit,
    verify_chain,
)
from ocpm_desk.features.casework import claiming
from ocpm_desk.infrastructure.audit_store import PENDING_ID_BASE, append_audit, seal_pending, try_seal
from ocpm_desk.infrastructure.db.models import AuditEvent, Order
from ocpm_desk.infrastructure.uow import SYSTEM_CLI, Actor, UnitOfWork
from ocpm_desk.kernel.audit import GENESIS_HASH, canonical_payload, chain_hash
from ocpm_desk.kernel.errors import DomainError, NotFound, PermissionDenied
from ocpm_desk.kernel.roles import Role

AUDITOR = Actor("elise", frozenset({Role.AUDITOR}))


# ------------------------------------------------------------------------------------------------- helpers
def write_events(
    engine: Engine, n: int, actor: str = "system:cli", action: str = "test.event", *, sealed: bool = True
) -> None:
    """``n`` events, each in its own unit of work, as the services write them; then, unless ``sealed`` is False,
    one background sealing pass (PostgreSQL: writers never seal; the running application's watcher does)."""
    for i in range(n):
        with UnitOfWork(engine) as uow:
            uow.audit(actor, action, "test", i, {"n": i})
            uow.commit()
    if sealed:
        seal(engine)


def seal(engine: Engine) -> None:
    """One background sealing pass (``try_seal``, from the hint), which must find the seal lock free."""
    with engine.begin() as conn:
        assert try_seal(conn) is not None


def event_count(engine: Engine) -> int:
    with Session(engine) as s:
        return int(s.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def stored_event(engine: Engine, event_id: int) -> AuditEvent:
    with Session(engine) as s:
        event = s.get(AuditEvent, event_id)
        assert event is not None
        return event


def rehashed(event: AuditEvent, *, prev_hash: str | None = None, payload: str | None = None) -> str:
    """The hash ``event`` chains to with another ``prev_hash`` or ``payload``: what a forger would write."""
    return chain_hash(prev_hash or event.prev_hash, event.id, event.occurred_at, event.actor, event.action,
                      event.entity, event.entity_id, payload or event.payload)


def head_of(engine: Engine) -> tuple[int, str]:
    head = chain_head(engine, SYSTEM_CLI)
    assert head is not None
    return head


def as_owner(engine: Engine, sql: str, **params: object) -> int:
    """Run one tampering statement as the database owner; the number of rows it touched."""
    with engine.begin() as conn:
        return conn.execute(text(sql), params).rowcount


def assert_broken_at(engine: Engine, event_id: int, reason: str) -> AuditVerification:
    """The chain verifies as broken at ``event_id`` for ``reason``; the whole result, for more checks."""
    result = verify_chain(engine, AUDITOR)
    assert (result.intact, result.first_broken_id) == (False, event_id)
    assert result.reason == reason
    return result


def url_of(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


# ---------------------------------------------------------------------------------------------- verification
def test_an_intact_chain_verifies_with_its_head(engine: Engine) -> None:
    write_events(engine, 5)
    n = event_count(engine)
    result = verify_chain(engine, AUDITOR)
    assert result.intact and result.reason is None and result.first_broken_id is None
    assert result.checked == n
    assert (result.head_id, result.head_hash) == head_of(engine)
    assert result.head_id == n
    # the head as audit-head gives it is what --expect-head takes
    assert verify_chain(engine, AUDITOR, expect_head=f"{n}:{result.head_hash}").intact
    # any earlier event, unchanged, is an acceptable expectation too (a record kept yesterday)
    second = stored_event(engine, 2)
    assert verify_chain(engine, AUDITOR, expect_head=f"2:{second.hash.upper()}").intact


def test_an_empty_chain_without_expectation_is_intact(engine: Engine) -> None:
    as_owner(engine, "DELETE FROM audit_events")
    result = verify_chain(engine, AUDITOR)
    assert result.intact and result.checked == 0 and result.head_id is None and result.head_hash is None
    assert chain_head(engine, AUDITOR) is None
    expected = verify_chain(engine, AUDITOR, expect_head="3:" + "a" * 64)
    assert not expected.intact
    assert expected.reason == "the chain was truncated before event 3: it ends at event 0"


def test_an_edited_row_is_named(engine: Engine) -> None:
    write_events(engine, 6)
    assert as_owner(engine, "UPDATE audit_events SET payload = :p WHERE id = 4", p='{"n":99}') == 1
    result = assert_broken_at(engine, 4, "event 4 was altered: its hash does not match its content")
    assert result.checked == 3
    assert result.head_id == event_count(engine)  # the head is reported for the record


@pytest.mark.parametrize(
    ("column", "value"),
    [("actor", "someone.else"), ("action", "test.other"), ("entity_id", "999"), ("hash", "f" * 64)],
)
def test_any_edited_column_is_caught(engine: Engine, column: str, value: str) -> None:
    write_events(engine, 4)
    as_owner(engine, f"UPDATE audit_events SET {column} = :v WHERE id = 3", v=value)
    assert_broken_at(engine, 3, "event 3 was altered: its hash does not match its content")


def test_an_edited_timestamp_is_caught(engine: Engine) -> None:
    write_events(engine, 4)
    event = stored_event(engine, 2)
    moved = event.occurred_at.replace(microsecond=(event.occurred_at.microsecond + 1) % 1_000_000)
    with engine.begin() as conn:
        conn.execute(AuditEvent.__table__.update().where(AuditEvent.__table__.c.id == 2).values(occurred_at=moved))
    result = verify_chain(engine, AUDITOR)
    assert (result.intact, result.first_broken_id) == (False, 2)


def test_a_row_rewritten_with_a_fresh_hash_breaks_the_link_to_the_next(engine: Engine) -> None:
    write_events(engine, 5)
    payload = canonical_payload({"n": 1000})
    new_hash = rehashed(stored_event(engine, 3), payload=payload)
    as_owner(engine, "UPDATE audit_events SET payload = :p, hash = :h WHERE id = 3", p=payload, h=new_hash)
    assert_broken_at(engine, 4, "event 4 does not follow 3: prev_hash differs")


def test_a_deleted_row_in_the_middle_is_named(engine: Engine) -> None:
    write_events(engine, 8)
    as_owner(engine, "DELETE FROM audit_events WHERE id = 4")
    assert_broken_at(engine, 4, "event 4 is missing: ids jump from 3 to 5")
    as_owner(engine, "DELETE FROM audit_events WHERE id IN (5, 6)")
    assert verify_chain(engine, AUDITOR).reason == "events 4 to 6 are missing: ids jump from 3 to 7"


def test_a_deleted_first_row_is_named(engine: Engine) -> None:
    write_events(engine, 3)
    as_owner(engine, "DELETE FROM audit_events WHERE id = 1")
    assert_broken_at(engine, 1, "event 1 is missing: the chain starts at event 2")


def test_a_first_row_that_does_not_start_from_zeros_is_named(engine: Engine) -> None:
    write_events(engine, 3)
    prev = "1" * 64
    forged = rehashed(stored_event(engine, 1), prev_hash=prev)
    as_owner(engine, "UPDATE audit_events SET prev_hash = :p, hash = :h WHERE id = 1", p=prev, h=forged)
    assert_broken_at(engine, 1, "event 1 does not start the chain: its prev_hash is not 64 zeros")


def test_a_deleted_tail_is_caught_only_with_the_expected_head(engine: Engine) -> None:
    write_events(engine, 6)
    kept_id, kept_hash = head_of(engine)
    as_owner(engine, "DELETE FROM audit_events WHERE id > :keep", keep=kept_id - 2)
    assert verify_chain(engine, AUDITOR).intact  # a shorter chain is consistent with itself
    result = verify_chain(engine, AUDITOR, expect_head=f"{kept_id}:{kept_hash}")
    assert not result.intact
    assert result.reason == f"the chain was truncated before event {kept_id}: it ends at event {kept_id - 2}"
    assert result.first_broken_id == kept_id - 1
    assert result.head_id == kept_id - 2


def test_a_rewritten_tail_is_caught_with_the_expected_head(engine: Engine) -> None:
    write_events(engine, 6)
    kept_id, kept_hash = head_of(engine)
    as_owner(engine, "DELETE FROM audit_events WHERE id > :keep", keep=kept_id - 3)
    write_events(engine, 5, action="test.forged")  # properly chained after the cut
    assert verify_chain(engine, AUDITOR).intact
    assert head_of(engine)[0] == kept_id + 2
    result = verify_chain(engine, AUDITOR, expect_head=f"{kept_id}:{kept_hash}")
    assert (result.intact, result.first_broken_id) == (False, kept_id)
    assert result.reason == f"event {kept_id} was rewritten: its hash differs from the expected head"


def test_verification_reports_its_progress(sqlite_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    import ocpm_desk.features.audit.trail as audit_service

    monkeypatch.setattr(audit_service, "VERIFY_BATCH", 2)
    write_events(sqlite_engine, 4)
    seen: list[tuple[str, int, int]] = []
    assert verify_chain(sqlite_engine, AUDITOR, progress=lambda *report: seen.append(report)).intact
    assert seen == [("verifying the audit chain", n, 5) for n in (2, 4, 5)]


def test_a_malformed_expected_head_is_refused(engine: Engine) -> None:
    for bad in ("", "12", "12:abc", "x:" + "a" * 64, "0:" + "a" * 64, "-3:" + "a" * 64, "5:" + "g" * 64):
        with pytest.raises(DomainError, match="is not ID:HASH"):
            verify_chain(engine, AUDITOR, expect_head=bad)
    assert parse_head(" 7 : " + "AB" * 32 + "\n") == (7, "ab" * 32)


def test_trailing_unsealed_events_are_pending_but_not_in_the_middle(
    sqlite_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should the database ever seal events after the fact (NULL hash until sealed): trailing ones are pending."""
    import ocpm_desk.features.audit.trail as audit_service

    write_events(sqlite_engine, 3)
    with sqlite_engine.connect() as conn:
        sealed = [tuple(r) for r in audit_service._stream(conn)]
    n = len(sealed)

    def unsealed(event_id: int) -> tuple[object, ...]:
        return (event_id, datetime.now(UTC), "x", "test.event", "test", "1", "{}", None, None)

    def pretend(rows: list[tuple[object, ...]]) -> None:
        monkeypatch.setattr(audit_service, "_stream", lambda _conn: iter(rows))

    pretend([*sealed, unsealed(n + 1), unsealed(n + 2)])
    result = verify_chain(sqlite_engine, AUDITOR)
    assert (result.intact, result.checked, result.head_id) == (True, n, n)
    pretend([*sealed[:2], unsealed(3), *sealed[3:]])
    result = verify_chain(sqlite_engine, AUDITOR)
    assert (result.intact, result.first_broken_id) == (False, 3)
    assert result.reason == "event 3 is not sealed but a later event (4) is"


def test_the_chain_stays_intact_through_the_services(engine: Engine) -> None:
    caseworker = add_staff(engine, "camille", Role.CASEWORKER)
    add_staff(engine, "elise", Role.AUDITOR)
    order_ids = add_orders(engine, 3)
    state = claiming.claim_next(engine, caseworker)
    record_order_view(engine, caseworker, state.order_id)
    search_audit(engine, AUDITOR, AuditFilter())
    record_order_view(engine, AUDITOR, order_ids[2])
    result = verify_chain(engine, AUDITOR)
    assert result.intact, result.reason
    assert result.checked == event_count(engine)


@pytest.mark.postgres
def test_the_same_row_gives_the_same_hash_on_sqlite_and_from_the_postgresql_trigger(
    sqlite_engine: Engine, pg_engine: Engine
) -> None:
    at = datetime(2026, 3, 29, 1, 30, 0, 120, tzinfo=UTC)  # microseconds matter
    hashes = []
    for engine in (sqlite_engine, pg_engine):
        as_owner(engine, "DELETE FROM audit_events")
        with UnitOfWork(engine) as uow:
            append_audit(uow.session, "system:cli", "test.same", "order", 42, {"é": "ü", "n": [1, 2]}, occurred_at=at)
            uow.commit()
        seal(engine)
        with Session(engine) as s:
            row = s.scalars(select(AuditEvent)).one()
        assert (row.id, row.prev_hash, row.occurred_at) == (1, GENESIS_HASH, at)
        hashes.append(row.hash)
    assert (
        hashes[0]
        == hashes[1]
        == chain_hash(GENESIS_HASH, 1, at, "system:cli", "test.same", "order", "42", '{"n":[1,2],"é":"ü"}')
    )


# ------------------------------------------------------------------------------- sealing after commit (PostgreSQL)
SEAL_LOCK = "SELECT ocpm_take_seal_lock(true)"  # the seal lock (a row of ocpm_private, migration 0012)
INSERT_EVENT = (
    "INSERT INTO audit_events (occurred_at, actor, action, entity, entity_id, payload) "
    "VALUES (clock_timestamp(), 'system:cli', :action, 'test', :entity_id, '{}')"
)


@contextmanager
def seal_lock_held(engine: Engine) -> Iterator[None]:
    """Another connection holds the seal lock meanwhile, in a transaction rolled back at the end."""
    with engine.connect() as holder:
        holder_tx = holder.begin()
        holder.execute(text(SEAL_LOCK))
        yield
        holder_tx.rollback()


def chain_rows(engine: Engine) -> list[tuple[int, str, str, bool]]:
    """(id, action, entity_id, sealed) in id order."""
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, action, entity_id, hash IS NOT NULL FROM audit_events ORDER BY id"))
        return [(int(r[0]), str(r[1]), str(r[2]), bool(r[3])) for r in rows]


def assert_sealed_and_dense(engine: Engine) -> list[tuple[int, str, str, bool]]:
    """Verification (which seals what was committed first) finds the chain intact; ids 1..n, all sealed."""
    result = verify_chain(engine, AUDITOR)
    rows = chain_rows(engine)
    assert (result.intact, result.checked, result.pending) == (True, len(rows), 0), result.reason
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    assert all(r[3] for r in rows)
    return rows


@pytest.mark.postgres
def test_writers_at_once_leave_one_dense_intact_chain_in_each_writers_order(pg_engine: Engine) -> None:
    """Six writers commit at the same time, some claiming orders (two events each, one from the row trigger);
    every event ends up sealed, ids have no gap, and each writer's events keep the order of its commits."""
    caseworkers = [add_staff(pg_engine, f"camille{i}", Role.CASEWORKER) for i in range(3)]
    add_orders(pg_engine, 60)
    as_owner(pg_engine, "DELETE FROM audit_events")
    errors: list[BaseException] = []
    start = threading.Barrier(6)

    def writer(n: int) -> None:
        try:
            start.wait()
            if n < 3:
                for _ in range(15):
                    claiming.claim_next(pg_engine, caseworkers[n])
            else:
                for i in range(30):
                    with UnitOfWork(pg_engine) as uow:
                        uow.audit("system:cli", f"test.writer{n}", "test", f"{n}:{i:02d}", {"i": i})
                        uow.commit()
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    rows = assert_sealed_and_dense(pg_engine)
    assert len(rows) == 3 * 15 * 2 + 3 * 30
    for n in range(3, 6):
        mine = [entity_id for _, action, entity_id, _ in rows if action == f"test.writer{n}"]
        assert mine == [f"{n}:{i:02d}" for i in range(30)]
    claims = [entity_id for _, action, entity_id, _ in rows if action == "order.claim"]
    assert len(claims) == len(set(claims)) == 45


@pytest.mark.postgres
def test_a_transaction_that_commits_late_is_chained_after_those_that_committed_before_it(pg_engine: Engine) -> None:
    write_events(pg_engine, 2, action="test.first")
    with pg_engine.connect() as late:
        late_tx = late.begin()
        late.execute(text(INSERT_EVENT), {"action": "test.late", "entity_id": "late"})
        pending_id = late.execute(text("SELECT id FROM audit_events WHERE action = 'test.late'")).scalar_one()
        assert pending_id >= PENDING_ID_BASE  # its pending id comes from its transaction id: below the next ones'
        write_events(pg_engine, 3, action="test.after")  # they commit and are sealed while it is still open
        with pg_engine.begin() as conn:
            assert seal_pending(conn) == 0  # nothing left that can be sealed: the late event is not visible
        result = verify_chain(pg_engine, AUDITOR)
        assert (result.intact, result.checked, result.head_id, result.pending) == (True, 5, 5, 0)
        kept_head = f"{result.head_id}:{result.head_hash}"
        late_tx.commit()  # sealed by the next pass (the verification's), after the others
    rows = assert_sealed_and_dense(pg_engine)
    assert [action for _, action, _, _ in rows] == ["test.first"] * 2 + ["test.after"] * 3 + ["test.late"]
    assert verify_chain(pg_engine, AUDITOR, expect_head=kept_head).intact  # the chain only grew after the head


@pytest.mark.postgres
def test_rolled_back_transactions_leave_no_gap(pg_engine: Engine) -> None:
    write_events(pg_engine, 2, action="test.kept")
    with UnitOfWork(pg_engine) as uow:  # not committed: rolled back
        uow.audit("system:cli", "test.rolled_back", "test", 1, {})
    with pg_engine.connect() as conn:
        tx = conn.begin()
        conn.execute(text(INSERT_EVENT), {"action": "test.rolled_back", "entity_id": "2"})
        write_events(pg_engine, 1, action="test.kept")
        tx.rollback()
    write_events(pg_engine, 2, action="test.kept")
    rows = assert_sealed_and_dense(pg_engine)
    assert [action for _, action, _, _ in rows] == ["test.kept"] * 5


@pytest.mark.postgres
def test_events_committed_while_the_seal_lock_is_held_are_pending_then_sealed(
    pg_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ocpm_desk.infrastructure.audit_store as audit_store

    monkeypatch.setattr(audit_store, "SEAL_WAIT_S", 0.2)
    write_events(pg_engine, 2)
    head = head_of(pg_engine)
    with seal_lock_held(pg_engine):  # as a transaction would that sealed and has not finished committing
        write_events(pg_engine, 3, action="test.pending", sealed=False)  # nobody can seal them
        with pg_engine.begin() as conn:
            assert try_seal(conn) is None  # the background sealer does not wait: the lock is busy
        rows = chain_rows(pg_engine)
        assert [sealed for *_, sealed in rows] == [True, True, False, False, False]
        assert all(event_id >= PENDING_ID_BASE for event_id, *_ in rows[2:])
        result = verify_chain(pg_engine, AUDITOR)  # waits a moment for the lock, then reads the chain as it is
        assert (result.intact, result.checked, result.pending, result.head_id) == (True, 2, 3, 2)
        assert verify_chain(pg_engine, AUDITOR, expect_head=format_head(*head)).intact
        cli = admin("verify-audit", "--database", url_of(pg_engine))
        assert cli.returncode == 0, cli.stderr
        assert cli.stdout.endswith(", head 2:" + head[1] + " (3 more not sealed yet: a transaction is still open)\n")
    rows = assert_sealed_and_dense(pg_engine)  # verification seals them first
    assert [action for _, action, _, _ in rows][2:] == ["test.pending"] * 3


@pytest.mark.postgres
def test_a_sealing_rolled_back_is_done_again(pg_engine: Engine) -> None:
    """The sealing pass leaves a hint (where the next one starts) outside transactions: when the sealing itself is
    rolled back, the next pass must not trust it."""
    write_events(pg_engine, 2)
    with seal_lock_held(pg_engine):
        write_events(pg_engine, 3, action="test.pending", sealed=False)
    with pg_engine.connect() as conn:
        tx = conn.begin()
        assert conn.execute(text("SELECT ocpm_seal_audit()")).scalar_one() == 3
        tx.rollback()  # the three are pending again, below the hint that pass left
    assert [sealed for *_, sealed in chain_rows(pg_engine)] == [True, True, False, False, False]
    write_events(pg_engine, 1, action="test.next")  # the pass (from the hint) starts at the base: the head went back
    rows = assert_sealed_and_dense(pg_engine)
    assert [action for _, action, _, _ in rows][2:] == ["test.pending"] * 3 + ["test.next"]


@pytest.mark.postgres
def test_writers_never_seal_a_sealing_pass_does(pg_engine: Engine) -> None:
    """Writers only insert pending events (no lock, one write each; a claim too); a pass seals them in order."""
    caseworker = add_staff(pg_engine, "noor", Role.CASEWORKER)
    add_orders(pg_engine, 1)
    as_owner(pg_engine, "DELETE FROM audit_events")
    write_events(pg_engine, 2, action="test.writer", sealed=False)
    claiming.claim_next(pg_engine, caseworker)  # its own event and the row trigger's
    rows = chain_rows(pg_engine)
    assert len(rows) == 4 and not any(sealed for *_, sealed in rows)
    assert all(event_id >= PENDING_ID_BASE for event_id, *_ in rows)
    with pg_engine.begin() as conn:
        assert try_seal(conn) == 4
    rows = assert_sealed_and_dense(pg_engine)
    assert [action for _, action, _, _ in rows][:2] == ["test.writer"] * 2


@pytest.mark.postgres
def test_a_transaction_that_seals_writes_its_later_events_chained_at_once(pg_engine: Engine) -> None:
    """A transaction that sealed (it holds the lock until it ends) writes its later events chained at once (no
    pending version). Without the lock, asking for it by the session flag changes nothing: it stays pending."""
    (order_id,) = add_orders(pg_engine, 1)
    as_owner(pg_engine, "DELETE FROM audit_events")
    # rows of audit_events updated by this backend (the count runs on across transactions until it is reported)
    updated = text("SELECT pg_stat_get_xact_tuples_updated('audit_events'::regclass)")
    with pg_engine.begin() as conn:  # a service event, then a row change; the deferred triggers fire as at commit
        before = conn.execute(updated).scalar_one()
        conn.execute(text(INSERT_EVENT), {"action": "test.service", "entity_id": str(order_id)})
        assert conn.execute(text("SELECT id FROM audit_events")).scalar_one() >= PENDING_ID_BASE
        assert conn.execute(text("SELECT ocpm_try_seal_audit()")).scalar_one() == 1  # lock free: it seals
        assert conn.execute(text("SELECT id FROM audit_events")).scalar_one() == 1
        conn.execute(text("SET CONSTRAINTS ALL IMMEDIATE"))  # the row-audit trigger fires at the statement's end
        assert conn.execute(updated).scalar_one() == before + 1
        conn.execute(text("UPDATE orders SET hold_reason = 'x' WHERE id = :i"), {"i": order_id})
        # its row event was written chained at once: never pending, so not updated by a sealing
        assert conn.execute(text("SELECT max(id) FROM audit_events")).scalar_one() == 2
        assert conn.execute(updated).scalar_one() == before + 1
    rows = assert_sealed_and_dense(pg_engine)
    assert [(action, entity_id) for _, action, entity_id, _ in rows] == [
        ("test.service", str(order_id)), ("row.update", str(order_id)),
    ]  # fmt: skip
    with seal_lock_held(pg_engine), pg_engine.begin() as conn:
        conn.execute(text("SET LOCAL ocpm.audit_sealing = 'on'"))
        conn.execute(text(INSERT_EVENT), {"action": "test.flag", "entity_id": "1"})
        assert conn.execute(text("SELECT id FROM audit_events WHERE action = 'test.flag'")).scalar_one() >= (
            PENDING_ID_BASE
        )
    assert assert_sealed_and_dense(pg_engine)[-1][1] == "test.flag"


@pytest.mark.postgres
def test_tampering_with_events_sealed_after_commit_is_detected(pg_engine: Engine) -> None:
    write_events(pg_engine, 2)
    with seal_lock_held(pg_engine):
        write_events(pg_engine, 3, action="test.pending", sealed=False)
    write_events(pg_engine, 1)  # the pass seals the three, then it
    assert_sealed_and_dense(pg_engine)
    as_owner(pg_engine, "UPDATE audit_events SET payload = :p WHERE id = 4", p='{"n":7}')
    assert_broken_at(pg_engine, 4, "event 4 was altered: its hash does not match its content")
    as_owner(pg_engine, "UPDATE audit_events SET hash = NULL, prev_hash = NULL WHERE id = 3")
    # a NULL hash before sealed events: a break
    assert_broken_at(pg_engine, 3, "event 3 is not sealed but a later event (4) is")


@pytest.mark.postgres
def test_staff_seal_but_cannot_rewrite_pending_events(pg_engine: Engine, pg_server: dict[str, str]) -> None:
    from ocpm_desk.infrastructure.db.engine import make_engine

    login = f"{pg_server['role_prefix']}seal_caseworker"
    with pg_engine.begin() as conn:
        conn.execute(text(f'CREATE ROLE "{login}" LOGIN IN ROLE "{pg_server["role_prefix"]}caseworker"'))
    staff = make_engine(pg_engine.url.set(username=login).render_as_string(hide_password=False))
    try:
        with seal_lock_held(pg_engine):
            with staff.begin() as conn:  # an event in someone else's name is written in the login's own
                conn.execute(text("SELECT ocpm_audit('order.viewed', 'test', '1', '{}', 'system:cli')"))
            with staff.connect() as conn:
                for statement in (
                    "UPDATE audit_events SET hash = repeat('0', 64), id = 1 WHERE action = 'order.viewed'",
                    "DELETE FROM audit_events",
                    "SELECT ocpm_audit_seal_pending(10, true)",
                    "SELECT setval('ocpm_audit_seal_hint', 0)",
                ):
                    with pytest.raises(Exception, match="permission denied"):
                        conn.execute(text(statement))
                    conn.rollback()
        with staff.begin() as conn:
            assert conn.execute(text("SELECT ocpm_seal_audit()")).scalar_one() == 1
        rows = assert_sealed_and_dense(pg_engine)
        with Session(pg_engine) as s:
            assert s.scalars(select(AuditEvent.actor).where(AuditEvent.action == "order.viewed")).one() == login
        assert rows[-1][1] == "order.viewed"
    finally:
        staff.dispose()
        with pg_engine.begin() as conn:
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))


# ---------------------------------------------------------------------------------------------------- search
@pytest.fixture
def trail(engine: Engine) -> dict[str, Any]:
    """Two caseworkers and an auditor looking at orders on known days (Geneva time), plus a claim."""
    camille = add_staff(engine, "camille", Role.CASEWORKER)
    luca = add_staff(engine, "luca", Role.CASEWORKER)
    add_staff(engine, "sophie", Role.SUPERVISOR)
    add_staff(engine, "elise", Role.AUDITOR)
    ids = add_orders(engine, 3)
    with Session(engine) as s:
        refs = dict(s.execute(select(Order.id, Order.reference).where(Order.id.in_(ids))).tuples().all())
    moments = {
        # 23:30 UTC on 2 November is 00:30 on 3 November in Geneva (CET, +1)
        "late_evening_utc": datetime(2026, 11, 2, 23, 30, tzinfo=UTC),
        "noon": datetime(2026, 11, 2, 11, 0, tzinfo=UTC),
        # summer time: 22:30 UTC on 1 July is 00:30 on 2 July in Geneva (CEST, +2)
        "summer": datetime(2026, 7, 1, 22, 30, tzinfo=UTC),
    }
    views = [("camille", ids[0], "summer"), ("luca", ids[1], "noon"), ("camille", ids[1], "late_evening_utc")]
    with UnitOfWork(engine) as uow:
        for viewer, order_id, moment in views:
            append_audit(uow.session, viewer, "order.viewed", "order", order_id, {"reference": refs[order_id]},
                         occurred_at=moments[moment])
        uow.commit()
    claiming.claim_next(engine, camille)  # order.claim on ids[0], now
    record_order_view(engine, luca, ids[2])  # now
    return {"ids": ids, "refs": refs, "moments": moments}


def own(rows: list[AuditRow]) -> list[tuple[str, str, str | None]]:
    """(actor, action, reference) of the services' events, without PostgreSQL's row-change events."""
    return [(r.actor, r.action, r.order_reference) for r in rows if not r.action.startswith("row.")]


def test_search_by_order_reference_shows_who_viewed_it_newest_first(engine: Engine, trail: dict[str, Any]) -> None:
    ids, refs = trail["ids"], trail["refs"]
    rows = search_audit(engine, AUDITOR, AuditFilter(order_reference=refs[ids[1]].lower()))
    assert own(rows) == [("camille", "order.viewed", refs[ids[1]]), ("luca", "order.viewed", refs[ids[1]])]
    assert all(r.order_reference == refs[ids[1]] for r in rows)
    assert [r.id for r in rows] == sorted((r.id for r in rows), reverse=True)
    first = search_audit(engine, AUDITOR, AuditFilter(order_reference=refs[ids[0]]))
    assert own(first) == [("camille", "order.claim", refs[ids[0]]), ("camille", "order.viewed", refs[ids[0]])]
    assert search_audit(engine, AUDITOR, AuditFilter(order_reference="ED-2026-99999999")) == []


def test_search_by_actor_action_and_prefix(engine: Engine, trail: dict[str, Any]) -> None:
    viewed = search_audit(engine, AUDITOR, AuditFilter(action="order.viewed"))
    assert [r.actor for r in viewed] == ["luca", "camille", "luca", "camille"]
    assert all(r.order_reference for r in viewed)
    by_camille = search_audit(engine, AUDITOR, AuditFilter(actor=" Camille ", action="order."))
    assert [r.action for r in by_camille] == ["order.claim", "order.viewed", "order.viewed"]
    assert search_audit(engine, AUDITOR, AuditFilter(action="order")) == []  # no dot: exact, and none is "order"
    assert search_audit(engine, AUDITOR, AuditFilter(action="order_")) == []  # LIKE wildcards are literal
    assert len(search_audit(engine, AUDITOR, AuditFilter(action="order.", limit=2))) == 2


def test_search_by_geneva_days(engine: Engine, trail: dict[str, Any]) -> None:
    def days(start: date | None, end: date | None) -> list[tuple[str, str]]:
        rows = search_audit(engine, AUDITOR, AuditFilter(action="order.viewed", date_from=start, date_to=end))
        return [(r.actor, r.occurred_at.isoformat()) for r in rows]

    assert days(date(2026, 11, 3), date(2026, 11, 3)) == [("camille", "2026-11-02T23:30:00+00:00")]
    assert days(date(2026, 11, 2), date(2026, 11, 2)) == [("luca", "2026-11-02T11:00:00+00:00")]
    assert days(date(2026, 7, 2), date(2026, 7, 2)) == [("camille", "2026-07-01T22:30:00+00:00")]
    assert days(date(2026, 7, 1), date(2026, 7, 1)) == []
    assert [a for a, _ in days(None, date(2026, 11, 2))] == ["luca", "camille"]
    assert [a for a, _ in days(date(2026, 7, 2), date(2026, 11, 10))] == ["camille", "luca", "camille"]
    assert geneva_day_bounds(date(2026, 7, 2), date(2026, 7, 2)) == (
        datetime(2026, 7, 1, 22, 0, tzinfo=UTC),
        datetime(2026, 7, 2, 22, 0, tzinfo=UTC),
    )


def test_searching_is_itself_audited_without_personal_data(engine: Engine, trail: dict[str, Any]) -> None:
    ids, refs = trail["ids"], trail["refs"]
    before = event_count(engine)
    sophie = Actor("sophie", frozenset({Role.SUPERVISOR}))
    rows = search_audit(engine, sophie, AuditFilter(order_reference=refs[ids[1]], date_from=date(2026, 11, 1)))
    assert "audit.searched" not in [r.action for r in rows]  # the search does not list itself
    assert event_count(engine) == before + 1
    logged = search_audit(engine, AUDITOR, AuditFilter(action="audit.searched"))
    assert logged[0].actor == "sophie" and logged[0].entity == "audit"
    assert json.loads(logged[0].payload) == {
        "order_reference": refs[ids[1]], "actor": None, "action": None, "date_from": "2026-11-01",
        "date_to": None, "limit": 500, "found": len(rows),
    }  # fmt: skip
    assert "Dupont" not in logged[0].payload and "756." not in logged[0].payload
    assert verify_chain(engine, AUDITOR).intact


def test_record_order_view_writes_the_access_trail(engine: Engine) -> None:
    camille = add_staff(engine, "camille", Role.CASEWORKER)
    (order_id,) = add_orders(engine, 1)
    record_order_view(engine, camille, order_id)
    rows = search_audit(engine, AUDITOR, AuditFilter(action="order.viewed"))
    assert [(r.actor, r.entity, r.entity_id) for r in rows] == [("camille", "order", str(order_id))]
    assert json.loads(rows[0].payload) == {"reference": rows[0].order_reference}
    with pytest.raises(NotFound):
        record_order_view(engine, camille, 999_999)


@pytest.mark.postgres
def test_row_changes_written_by_the_database_are_listed_under_their_order(pg_engine: Engine) -> None:
    add_staff(pg_engine, "camille", Role.CASEWORKER)
    (order_id,) = add_orders(pg_engine, 1)
    as_owner(pg_engine, "UPDATE orders SET hold_reason = 'x' WHERE id = :i", i=order_id)
    with Session(pg_engine) as s:
        reference = s.execute(text("SELECT reference FROM orders WHERE id = :i"), {"i": order_id}).scalar_one()
    rows = search_audit(pg_engine, AUDITOR, AuditFilter(order_reference=reference))
    assert [(r.action, r.entity, r.order_reference) for r in rows] == [
        ("row.update", "orders", reference), ("row.insert", "orders", reference),
    ]  # fmt: skip
    assert verify_chain(pg_engine, AUDITOR).intact


@pytest.mark.postgres
def test_staff_logged_in_as_their_own_postgresql_role_search_verify_and_view(
    pg_engine: Engine, pg_server: dict[str, str]
) -> None:
    """The grants let the auditor read and verify the chain, and every staff role append its own events."""
    from ocpm_desk.infrastructure.db.engine import make_engine

    prefix = pg_server["role_prefix"]
    logins = {role: f"{prefix}audit_{role.value}" for role in (Role.AUDITOR, Role.SUPERVISOR, Role.CASEWORKER)}
    (order_id,) = add_orders(pg_engine, 1)
    with pg_engine.begin() as conn:
        for role, login in logins.items():
            conn.execute(text(f'CREATE ROLE "{login}" LOGIN IN ROLE "{prefix}{role.value}"'))
    engines = {
        role: make_engine(pg_engine.url.set(username=login).render_as_string(hide_password=False))
        for role, login in logins.items()
    }
    try:
        auditor = Actor(logins[Role.AUDITOR], frozenset({Role.AUDITOR}))
        assert verify_chain(engines[Role.AUDITOR], auditor).intact
        assert chain_head(engines[Role.AUDITOR], auditor) == head_of(pg_engine)
        supervisor = Actor(logins[Role.SUPERVISOR], frozenset({Role.SUPERVISOR}))
        # a supervisor without a team audits their own events only (DESIGN §2: their team)
        assert search_audit(engines[Role.SUPERVISOR], supervisor, AuditFilter(action="row.")) == []
        own = search_audit(engines[Role.SUPERVISOR], supervisor, AuditFilter(action="audit.searched"))
        assert [r.actor for r in own] == [logins[Role.SUPERVISOR]]
        caseworker = Actor(logins[Role.CASEWORKER], frozenset({Role.CASEWORKER}))
        record_order_view(engines[Role.CASEWORKER], caseworker, order_id)
        viewed = search_audit(engines[Role.AUDITOR], auditor, AuditFilter(action="order.viewed"))
        assert [r.actor for r in viewed] == [logins[Role.CASEWORKER]]
        assert verify_chain(pg_engine, SYSTEM_CLI).intact
    finally:
        for engine in engines.values():
            engine.dispose()
        with pg_engine.begin() as conn:
            for login in logins.values():
                conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))


# ----------------------------------------------------------------------------------------------- permissions
@pytest.mark.parametrize("role", [Role.MAILROOM, Role.ADMIN, Role.CASEWORKER, Role.INTAKE])
def test_who_may_not_search_the_audit(engine: Engine, role: Role) -> None:
    someone = Actor("someone", frozenset({role}))
    before = event_count(engine)
    with pytest.raises(PermissionDenied):
        search_audit(engine, someone, AuditFilter())
    assert event_count(engine) == before


@pytest.mark.parametrize("role", [Role.MAILROOM, Role.ADMIN, Role.CASEWORKER, Role.SUPERVISOR, Role.INTAKE])
def test_only_auditors_verify_the_chain(engine: Engine, role: Role) -> None:
    someone = Actor("someone", frozenset({role}))
    with pytest.raises(PermissionDenied):
        verify_chain(engine, someone)
    with pytest.raises(PermissionDenied):
        chain_head(engine, someone)


@pytest.mark.parametrize("role", [Role.MAILROOM, Role.ADMIN, Role.INTAKE])
def test_who_may_not_open_personal_data(engine: Engine, role: Role) -> None:
    (order_id,) = add_orders(engine, 1)
    with pytest.raises(PermissionDenied):
        record_order_view(engine, Actor("someone", frozenset({role})), order_id)


def test_supervisors_and_auditors_may_search_and_the_cli_may_verify(engine: Engine) -> None:
    for role in (Role.SUPERVISOR, Role.AUDITOR):
        search_audit(engine, Actor("x", frozenset({role})), AuditFilter())
    assert verify_chain(engine, SYSTEM_CLI).intact
    assert chain_head(engine, SYSTEM_CLI) is not None


# ------------------------------------------------------------------------------------------------------- CLI
def test_the_admin_commands_verify_and_print_the_head(engine: Engine) -> None:
    write_events(engine, 4)
    url = url_of(engine)
    head = admin("audit-head", "--database", url)
    assert head.returncode == 0, head.stderr
    head_id, head_hash = head_of(engine)
    assert head.stdout == f"{head_id}:{head_hash}\n"

    ok = admin("verify-audit", "--database", url)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout == f"audit chain intact: {head_id} events, head {head_id}:{head_hash}\n"
    assert admin("verify-audit", "--expect-head", head.stdout.strip(), "--database", url).returncode == 0

    as_owner(engine, "UPDATE audit_events SET payload = '{}' WHERE id = 2")
    broken = admin("verify-audit", "--database", url)
    assert broken.returncode == 1
    assert one_error_line(broken) == (
        "ocpm-desk-admin: error: audit chain broken: event 2 was altered: its hash does not match its content"
    )


def test_the_admin_commands_catch_a_truncated_and_a_rewritten_tail(engine: Engine) -> None:
    write_events(engine, 5)
    url = url_of(engine)
    kept = admin("audit-head", "--database", url).stdout.strip()
    kept_id = int(kept.split(":")[0])
    as_owner(engine, "DELETE FROM audit_events WHERE id > :k", k=kept_id - 2)
    assert admin("verify-audit", "--database", url).returncode == 0
    truncated = admin("verify-audit", "--expect-head", kept, "--database", url)
    assert truncated.returncode == 1
    assert f"the chain was truncated before event {kept_id}" in one_error_line(truncated)
    write_events(engine, 4)
    rewritten = admin("verify-audit", "--expect-head", kept, "--database", url)
    assert rewritten.returncode == 1
    assert f"event {kept_id} was rewritten" in one_error_line(rewritten)


def test_the_admin_commands_refuse_a_malformed_head_and_an_empty_chain(engine: Engine) -> None:
    url = url_of(engine)
    malformed = admin("verify-audit", "--expect-head", "12:abc", "--database", url)
    assert malformed.returncode == 2
    assert "--expect-head: expected head '12:abc' is not ID:HASH" in one_error_line(malformed)
    as_owner(engine, "DELETE FROM audit_events")
    empty = admin("audit-head", "--database", url)
    assert empty.returncode == 1
    assert one_error_line(empty) == "ocpm-desk-admin: error: the audit chain is empty: there is no head to print"
    intact = admin("verify-audit", "--database", url)
    assert (intact.returncode, intact.stdout) == (0, "audit chain intact: 0 events\n")
