"""The statements an import sends to the database driver directly (DESIGN §9): ids allocated in advance, rows
inserted and orders updated in bulk, rows selected by many keys at once.

SQLAlchemy's per-row parameter processing cost more than the writes themselves: these go through the driver's
fastest path (PostgreSQL: ``COPY`` and array parameters; SQLite: prepared ``executemany``), with its errors raised as
SQLAlchemy raises them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Collection, Iterator
from datetime import UTC, date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, Date, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.kernel.lifecycle import Status

_T = m.Base.metadata.tables


class StaleOrder(Exception):
    """An order changed between reading and writing (a concurrent import or a caseworker): read the batch again."""


def allocate(session: Session, table: str, count: int) -> list[int]:
    """``count`` new ids for ``table``: from its sequence on PostgreSQL, after its largest id on SQLite (the unit
    of work holds the write lock there). Rows then reference each other without a round trip per row."""
    if count == 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        return list(session.scalar(  # one array, not a row per id
            text("SELECT array_agg(nextval(q.seq)) FROM (SELECT pg_get_serial_sequence(:t, 'id')::regclass AS seq) q, "
                 "generate_series(1, :n)"),
            {"t": table, "n": count}) or [])
    first = int(session.scalar(text(f"SELECT coalesce(max(id), 0) FROM {table}")) or 0) + 1
    return list(range(first, first + count))


def _sqlite_datetime(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetime: OCPM Desk stores only aware datetimes")
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _sqlite_converter(column: Any) -> Callable[[Any], Any] | None:
    """What SQLAlchemy binds on SQLite for the column's type: UTC datetimes and dates as ISO text, booleans 0/1."""
    kind = column.type
    if isinstance(kind, m.UTCDateTime):
        return _sqlite_datetime
    if isinstance(kind, Date):
        return date.isoformat
    if isinstance(kind, Boolean):
        return int
    return None


def bulk_insert(session: Session, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert many rows of one shape in the session's transaction, by the driver's fastest path.

    PostgreSQL: ``COPY … FROM STDIN`` (row triggers — checks, row audit, notifications — still fire for each row);
    SQLite: one prepared ``executemany``. SQLAlchemy's per-row parameter processing is what this saves: it cost more
    than the writes themselves. Column names come from ``_T`` (the mapped tables), never from the input.
    """
    if not rows:
        return
    columns = [c for c in rows[0] if c in _T[table].c]
    if len(columns) != len(rows[0]):
        raise ValueError(f"unknown columns for {table}: {sorted(set(rows[0]) - set(columns))}")
    connection = session.connection()
    driver: Any = connection.connection.driver_connection
    names = ", ".join(columns)
    if connection.dialect.name == "postgresql":
        with _driver_errors(connection, f"COPY {table} ({names}) FROM STDIN"), driver.cursor() as cursor, \
                cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([row[c] for c in columns])
        return
    marks = ", ".join("?" * len(columns))
    converters = [(i, f) for i, c in enumerate(columns) if (f := _sqlite_converter(_T[table].c[c])) is not None]
    pick = itemgetter(*columns)
    values: list[Any] = []
    for row in rows:
        value = list(pick(row))
        for i, convert in converters:
            if value[i] is not None:
                value[i] = convert(value[i])
        values.append(value)
    statement = f"INSERT INTO {table} ({names}) VALUES ({marks})"
    with _driver_errors(connection, statement), contextlib.closing(driver.cursor()) as cursor:
        cursor.executemany(statement, values)


@contextlib.contextmanager
def _driver_errors(connection: Any, statement: str) -> Iterator[None]:
    """Errors of statements sent to the driver directly, raised as SQLAlchemy raises them (``DBAPIError`` and its
    subclasses, the connection invalidated when it was lost): callers and the CLI see one kind of error."""
    dbapi_error = connection.dialect.loaded_dbapi.Error
    try:
        yield
    except dbapi_error as exc:
        driver = connection.connection.driver_connection
        lost = connection.dialect.is_disconnect(exc, driver, None)
        if lost:
            connection.invalidate(exc)
        raise DBAPIError.instance(statement, None, exc, dbapi_error, connection_invalidated=lost,
                                  dialect=connection.dialect) from exc


def select_in(session: Session, query: str, keys: Collection[str]) -> list[tuple[Any, ...]]:
    """Rows of ``query`` (ending in ``WHERE <column>``) for the column in ``keys``, through the driver: one array
    parameter on PostgreSQL (``= ANY``), chunks of ``IN (?, …)`` on SQLite. SQLAlchemy's expanding ``IN`` of a
    thousand parameters cost tens of milliseconds a batch to build."""
    if not keys:
        return []
    connection = session.connection()
    driver: Any = connection.connection.driver_connection
    with _driver_errors(connection, query), contextlib.closing(driver.cursor()) as cursor:
        if connection.dialect.name == "postgresql":
            cursor.execute(f"{query} = ANY(%s)", (list(keys),))
            return list(cursor.fetchall())
        out: list[tuple[Any, ...]] = []
        ordered = list(keys)
        for start in range(0, len(ordered), 5000):
            chunk = ordered[start:start + 5000]
            cursor.execute(f"{query} IN ({', '.join('?' * len(chunk))})", chunk)
            out.extend(cursor.fetchall())
        return out


_UPDATE_COLUMNS = ("status", "outcome", "intake_digest", "paid_at", "payment_brand", "payment_provider_reference",
                   "fee_paid_centimes", "postage_paid_centimes", "fee_schedule_id", "postal_tariff_id", "rule_set_id",
                   "version", "updated_at", "updated_by")


def bulk_update_orders(session: Session, changes: list[dict[str, Any]]) -> None:
    """awaiting_payment → paid/cancelled of orders imported by an earlier batch, as one prepared executemany. Each
    row is changed only if it is still at the version read and still awaiting payment; otherwise the batch is
    read again (``StaleOrder``)."""
    if not changes:
        return
    connection = session.connection()
    driver: Any = connection.connection.driver_connection
    postgres = connection.dialect.name == "postgresql"
    mark = "%s" if postgres else "?"
    sets = ", ".join(f"{c} = {mark}" for c in _UPDATE_COLUMNS)
    sql = (f"UPDATE orders SET {sets} WHERE id = {mark} AND version = {mark} "
           f"AND status = '{Status.AWAITING_PAYMENT.value}'")
    converters = {} if postgres else {c: f for c in _UPDATE_COLUMNS
                                      if (f := _sqlite_converter(_T["orders"].c[c])) is not None}
    values = []
    for change in changes:
        row = [change[c] for c in _UPDATE_COLUMNS]
        for i, column in enumerate(_UPDATE_COLUMNS):
            convert = converters.get(column)
            if convert is not None and row[i] is not None:
                row[i] = convert(row[i])
        values.append((*row, change["id"], change["expected"]))
    with _driver_errors(connection, sql), contextlib.closing(driver.cursor()) as cursor:
        cursor.executemany(sql, values)
        changed = cursor.rowcount
    if changed != len(changes):
        raise StaleOrder(changed)
