"""Unit of work: one transaction per use case, rolled back unless the use case commits.

``with UnitOfWork(engine) as uow: ...; uow.commit()``. Writes on SQLite begin ``IMMEDIATE`` (the single-writer
lock is taken up front, so read-then-write use cases such as claiming cannot interleave); on PostgreSQL row
locks do that work. A SQLAlchemy session never crosses a thread: background work opens its own unit of work.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ocpm_desk.infrastructure.audit_store import append_audit
from ocpm_desk.kernel.errors import ConnectionFailed
from ocpm_desk.kernel.permissions import Permission, require
from ocpm_desk.kernel.roles import Role


@dataclass(frozen=True, slots=True)
class Actor:
    """Who acts: a staff username (or ``system:…``) and the roles they hold in this database."""

    username: str
    roles: frozenset[Role]

    def require(self, permission: Permission) -> None:
        require(self.username, self.roles, permission)


SYSTEM_CLI = Actor("system:cli", frozenset({Role.ADMIN, Role.SUPERVISOR, Role.AUDITOR}))
SYSTEM_INTAKE = Actor("system:intake", frozenset({Role.INTAKE}))


@contextmanager
def single_statement(engine: Engine) -> Iterator[Connection]:
    """A connection in autocommit, for a use case that is one statement: that statement is its own transaction.

    One round trip instead of three (``BEGIN``, the statement, ``COMMIT``) and no ORM session. Only for a use case
    whose whole work, audit event included, is that one statement (deferred triggers still run at its end, before
    it returns). A lost connection raises ``ConnectionFailed``, as a unit of work does.
    """
    try:
        with engine.connect() as connection:
            yield connection.execution_options(isolation_level="AUTOCOMMIT")
    except DBAPIError as exc:
        if exc.connection_invalidated:
            raise ConnectionFailed(type(exc.orig).__name__) from exc
        raise


class UnitOfWork:
    def __init__(self, engine: Engine, *, write: bool = True) -> None:
        self._engine = engine
        self._write = write
        self._committed = False
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("the unit of work is not open")
        return self._session

    @property
    def dialect(self) -> str:
        return self._engine.dialect.name

    def __enter__(self) -> Self:
        bind = self._engine
        if self._write and bind.dialect.name == "sqlite":
            bind = bind.execution_options(sqlite_begin="IMMEDIATE")
        self._session = Session(bind=bind, expire_on_commit=False, autoflush=True)
        self._committed = False
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        session = self.session
        try:
            if not self._committed:
                session.rollback()
        finally:
            session.close()
            self._session = None
        if isinstance(exc, DBAPIError) and exc.connection_invalidated:
            raise ConnectionFailed(type(exc.orig).__name__) from exc

    def commit(self) -> None:
        self.session.commit()
        self._committed = True

    def audit(
        self,
        actor: Actor | str,
        action: str,
        entity: str,
        entity_id: str | int,
        payload: Mapping[str, Any] | None = None,
    ) -> None:
        """Write the audit event of this use case, in its transaction."""
        username = actor.username if isinstance(actor, Actor) else actor
        append_audit(self.session, username, action, entity, entity_id, payload)
