"""The plumbing of phase 1, the bulk load: the row and progress types, ``BulkWriter`` (ids assigned by the seed, so
that orders reference their applicants without a round trip; rows inserted with SQLAlchemy Core ``insert`` and
counted) and Geneva wall-clock time to UTC."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.engine import Connection

from ocpm_desk.infrastructure.db.models import Base
from ocpm_desk.kernel.calendar import GENEVA

Row = dict[str, Any]
Progress = Callable[[str, int, int], None]


def geneva_to_utc(local: datetime) -> datetime:
    """Europe/Zurich wall-clock time → aware UTC (the tz database ships as the ``tzdata`` dependency on Windows)."""
    return local.replace(tzinfo=GENEVA).astimezone(UTC)


class BulkWriter:
    """Phase 1's rows: the next id of each table (``next_id``, set by ``seed_demo`` from the database), the rows
    inserted in one statement per chunk, the rows written per table (``rows``) and the caller's ``progress``."""

    def __init__(self, conn: Connection, progress: Progress) -> None:
        self.conn = conn
        self.progress = progress
        self.tables = Base.metadata.tables
        self.rows: Counter[str] = Counter()
        self.next_id: dict[str, int] = {}

    def new_id(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        return value

    def insert(self, table: str, rows: list[Row]) -> None:
        if rows:
            self.conn.execute(insert(self.tables[table]), rows)
            self.rows[table] += len(rows)
