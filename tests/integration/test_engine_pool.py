"""PostgreSQL connection pool: a pooled connection idle for a while is pinged before use (and replaced when the
server dropped it); one given back a moment ago is used as it is, without a round trip."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text

import ocpm_desk.infrastructure.db.engine as engine_module
from ocpm_desk.infrastructure.db.engine import make_engine
from ocpm_desk.infrastructure.uow import UnitOfWork
from ocpm_desk.kernel.errors import ConnectionFailed

pytestmark = pytest.mark.postgres


def _backend_pid(engine: Engine) -> int:
    with UnitOfWork(engine, write=False) as uow:
        return int(uow.session.execute(text("SELECT pg_backend_pid()")).scalar_one())


def _kill(admin: Engine, pid: int) -> None:
    with admin.begin() as conn:
        assert conn.execute(text("SELECT pg_terminate_backend(:pid, 5000)"), {"pid": pid}).scalar_one() is True


def test_an_idle_connection_dropped_by_the_server_is_replaced_before_use(
    pg_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "PING_AFTER_IDLE_S", 0.0)
    engine = make_engine(pg_engine.url, pool_size=1)
    try:
        first = _backend_pid(engine)
        _kill(pg_engine, first)
        assert _backend_pid(engine) != first  # the ping failed, the pool connected again: the caller saw nothing
    finally:
        engine.dispose()


def test_a_connection_used_a_moment_ago_is_not_pinged(pg_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "PING_AFTER_IDLE_S", 3600.0)
    engine = make_engine(pg_engine.url, pool_size=1)
    try:
        first = _backend_pid(engine)
        _kill(pg_engine, first)
        with pytest.raises(ConnectionFailed):  # not pinged: the unit of work meets the dropped connection
            _backend_pid(engine)
        assert _backend_pid(engine) != first  # and the pool has a fresh one for the next
    finally:
        engine.dispose()
