"""The service layer's skeleton on both databases: unit of work, audit chain, permissions, claiming, versions."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from ocpm_factories import add_orders, add_staff
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from ocpm_desk.features.accounts import accounts
from ocpm_desk.features.casework import claiming
from ocpm_desk.infrastructure.audit_store import seal_pending
from ocpm_desk.infrastructure.db.models import AuditEvent, Order, OrderEvent, Staff
from ocpm_desk.infrastructure.reference_data import load_reference_data
from ocpm_desk.infrastructure.uow import SYSTEM_CLI, Actor, UnitOfWork
from ocpm_desk.kernel.audit import GENESIS_HASH, chain_hash
from ocpm_desk.kernel.errors import (
    AccountLocked,
    AuthenticationFailed,
    DomainError,
    NothingToClaim,
    PermissionDenied,
    StaleVersion,
)
from ocpm_desk.kernel.lifecycle import TransitionNotAllowed
from ocpm_desk.kernel.roles import Role


def _audit_rows(engine: Engine) -> list[AuditEvent]:
    """Every audit event in chain order; on PostgreSQL sealed first (an event committed while another transaction
    held the seal lock waits, pending, for the next sealing: see migration 0004)."""
    with engine.begin() as conn:
        seal_pending(conn)
    with Session(engine) as s:
        return list(s.scalars(select(AuditEvent).order_by(AuditEvent.id)))


def _new_actions(engine: Engine) -> list[str]:
    """Audit actions of the use cases, after the set-up's own events (loading reference data is audited too).

    On PostgreSQL the database adds ``row.*`` events for every row change of orders, decisions and shipments:
    those are checked by the tests of the database's defences.
    """
    return [r.action for r in _audit_rows(engine) if r.actor != "system:cli" and not r.action.startswith("row.")]


def _assert_chain_valid(engine: Engine) -> None:
    prev = GENESIS_HASH
    for i, row in enumerate(_audit_rows(engine), start=1):
        assert row.id == i
        assert row.prev_hash == prev
        assert row.hash == chain_hash(prev, row.id, row.occurred_at, row.actor, row.action, row.entity,
                                      row.entity_id, row.payload)
        prev = row.hash


def test_reference_data_loads_idempotently(engine: Engine) -> None:
    with Session(engine) as s:
        assert load_reference_data(s) == 0  # the fixture already loaded it


def test_unit_of_work_rolls_back_unless_committed(engine: Engine) -> None:
    with UnitOfWork(engine) as uow:
        uow.audit("tester", "test.nothing", "test", 1, {})
    assert _new_actions(engine) == []
    with pytest.raises(RuntimeError), UnitOfWork(engine) as uow:
        uow.audit("tester", "test.boom", "test", 1, {})
        uow.commit()
        raise RuntimeError("after commit")
    assert _new_actions(engine) == ["test.boom"]


def test_audit_events_form_one_chain(engine: Engine) -> None:
    for i in range(5):
        with UnitOfWork(engine) as uow:
            uow.audit("tester", "test.event", "test", i, {"n": i, "text": "é"})
            uow.commit()
    _assert_chain_valid(engine)
    assert _audit_rows(engine)[0].prev_hash == "0" * 64
    first = next(r for r in _audit_rows(engine) if r.actor == "tester")
    assert first.payload == '{"n":0,"text":"é"}'


def test_claim_next_takes_the_oldest_paid_order_and_records_history(engine: Engine) -> None:
    actor = add_staff(engine, "anne", Role.CASEWORKER)
    ids = add_orders(engine, 3)
    state = claiming.claim_next(engine, actor)
    assert state.order_id == ids[0]
    assert state.status == "in_review" and state.assigned_to == "anne" and state.version == 2
    with Session(engine) as s:
        events = s.scalars(select(OrderEvent).where(OrderEvent.order_id == ids[0])).all()
        assert [(e.action, e.from_status, e.to_status, e.actor) for e in events] == [
            ("claim", "paid", "in_review", "anne")
        ]
    assert _new_actions(engine) == ["order.claim"]
    _assert_chain_valid(engine)


def test_claim_next_with_nothing_waiting_says_so(engine: Engine) -> None:
    actor = add_staff(engine, "anne", Role.CASEWORKER)
    with pytest.raises(NothingToClaim):
        claiming.claim_next(engine, actor)


def test_permission_is_checked_before_anything_is_written(engine: Engine) -> None:
    mailroom = add_staff(engine, "marc", Role.MAILROOM)
    add_orders(engine, 1)
    with pytest.raises(PermissionDenied, match="marc is not allowed to claim order"):
        claiming.claim_next(engine, mailroom)
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(Order).where(Order.status == "paid")) == 1
    assert _new_actions(engine) == []


def test_stale_version_names_who_changed_the_order_and_writes_nothing(engine: Engine) -> None:
    anne = add_staff(engine, "anne", Role.CASEWORKER)
    boss = add_staff(engine, "sophie", Role.SUPERVISOR)
    add_staff(engine, "luca", Role.CASEWORKER)
    (order_id,) = add_orders(engine, 1)
    claimed = claiming.claim(engine, anne, order_id, expected_version=1)
    claiming.assign(engine, boss, order_id, "luca", expected_version=claimed.version)
    with pytest.raises(StaleVersion, match="changed by sophie meanwhile") as info:
        claiming.release(engine, anne, order_id, expected_version=claimed.version)
    assert info.value.changed_by == "sophie"
    with Session(engine) as s:
        order = s.get(Order, order_id)
        assert order is not None and order.assigned_to == "luca" and order.status == "in_review"


def test_only_the_assignee_or_a_supervisor_may_release(engine: Engine) -> None:
    anne = add_staff(engine, "anne", Role.CASEWORKER)
    luca = add_staff(engine, "luca", Role.CASEWORKER)
    boss = add_staff(engine, "sophie", Role.SUPERVISOR)
    (order_id,) = add_orders(engine, 1)
    state = claiming.claim(engine, anne, order_id, 1)
    with pytest.raises(TransitionNotAllowed, match="only the assignee"):
        claiming.release(engine, luca, order_id, state.version)
    released = claiming.release(engine, boss, order_id, state.version)
    assert released.status == "paid" and released.assigned_to is None


def test_assign_refuses_a_mailroom_clerk(engine: Engine) -> None:
    boss = add_staff(engine, "sophie", Role.SUPERVISOR)
    add_staff(engine, "marc", Role.MAILROOM)
    (order_id,) = add_orders(engine, 1)
    with pytest.raises(DomainError, match="neither a caseworker nor a supervisor"):
        claiming.assign(engine, boss, order_id, "marc", 1)


def test_concurrent_claims_never_give_the_same_order_twice(engine: Engine) -> None:
    workers = [add_staff(engine, f"cw{i}", Role.CASEWORKER) for i in range(4)]
    add_orders(engine, 40)
    claimed: list[int] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def work(actor: Actor) -> None:
        for _ in range(10):
            try:
                state = claiming.claim_next(engine, actor)
            except NothingToClaim:
                return
            except BaseException as exc:
                errors.append(exc)
                return
            with lock:
                claimed.append(state.order_id)

    threads = [threading.Thread(target=work, args=(w,)) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(claimed) == 40 and len(set(claimed)) == 40
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(Order).where(Order.status == "in_review")) == 40
    _assert_chain_valid(engine)


# Local accounts (argon2 in `staff`) exist on SQLite; on PostgreSQL the server checks passwords
# (tests/integration/test_pg_password_login.py) and logins are roles (test_pg_defences.py).


def test_wrong_password_and_unknown_user_give_the_same_error(sqlite_engine: Engine) -> None:
    accounts.create_local_user(sqlite_engine, SYSTEM_CLI, "anne", [Role.CASEWORKER], "correct horse", "Anne Dupont")
    with pytest.raises(AuthenticationFailed) as wrong:
        accounts.authenticate(sqlite_engine, "anne", "wrong password")
    with pytest.raises(AuthenticationFailed) as unknown:
        accounts.authenticate(sqlite_engine, "nobody", "wrong password")
    assert str(wrong.value) == str(unknown.value) == "unknown user or wrong password"
    identity = accounts.authenticate(sqlite_engine, "anne", "correct horse")
    assert identity.display_name == "Anne Dupont" and identity.roles == {Role.CASEWORKER}


def test_five_failures_lock_a_local_account_for_fifteen_minutes(sqlite_engine: Engine) -> None:
    accounts.create_local_user(sqlite_engine, SYSTEM_CLI, "anne", [Role.CASEWORKER], "correct horse")
    now = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            accounts.authenticate(sqlite_engine, "anne", "nope", now=now)
    with pytest.raises(AccountLocked):
        accounts.authenticate(sqlite_engine, "anne", "correct horse", now=now + timedelta(minutes=14))
    later = now + timedelta(minutes=16)
    assert accounts.authenticate(sqlite_engine, "anne", "correct horse", now=later).username == "anne"


def test_create_user_refuses_an_existing_name_and_bad_input(sqlite_engine: Engine) -> None:
    accounts.create_local_user(sqlite_engine, SYSTEM_CLI, "anne", [Role.CASEWORKER], "correct horse")
    with pytest.raises(DomainError, match="already exists"):
        accounts.create_local_user(sqlite_engine, SYSTEM_CLI, "anne", [Role.SUPERVISOR], "correct horse")
    with pytest.raises(DomainError, match="at least 8"):
        accounts.create_local_user(sqlite_engine, SYSTEM_CLI, "bob", [Role.CASEWORKER], "short")
    with pytest.raises(DomainError, match="not valid"):
        accounts.create_local_user(sqlite_engine, SYSTEM_CLI, "Bob Smith!", [Role.CASEWORKER], "correct horse")
    caseworker = Actor("anne", frozenset({Role.CASEWORKER}))
    with pytest.raises(PermissionDenied):
        accounts.create_local_user(sqlite_engine, caseworker, "carl", [Role.CASEWORKER], "correct horse")
    with Session(sqlite_engine) as s:
        assert s.scalars(select(Staff.username)).all() == ["anne"]


def test_a_password_typed_by_someone_else_is_one_time_and_replaced_at_the_first_login(sqlite_engine: Engine) -> None:
    accounts.create_local_user(sqlite_engine, SYSTEM_CLI, "anne", [Role.CASEWORKER], "correct horse")
    first = accounts.authenticate(sqlite_engine, "anne", "correct horse")
    assert first.must_change_password
    with pytest.raises(DomainError, match="at least 8"):
        accounts.set_own_password(sqlite_engine, first, "court")
    after = accounts.set_own_password(sqlite_engine, first, "my own secret")
    assert not after.must_change_password
    assert not accounts.authenticate(sqlite_engine, "anne", "my own secret").must_change_password
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(sqlite_engine, "anne", "correct horse")
    # not replaced within 72 hours: the one-time password no longer opens the account
    accounts.create_local_user(sqlite_engine, SYSTEM_CLI, "luca", [Role.CASEWORKER], "correct horse")
    with pytest.raises(DomainError, match="one-time password has expired"):
        accounts.authenticate(sqlite_engine, "luca", "correct horse", now=datetime.now(UTC) + timedelta(hours=73))
