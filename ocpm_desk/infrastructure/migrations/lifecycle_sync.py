"""Writes ``lifecycle_transitions`` from the domain's table; migrations call it, nobody edits the table."""

from __future__ import annotations

from sqlalchemy import Connection, delete, insert

from ocpm_desk.infrastructure.db.models import LifecycleTransition
from ocpm_desk.kernel.lifecycle import transition_rows


def sync_lifecycle_transitions(connection: Connection) -> int:
    rows = list(transition_rows())
    connection.execute(delete(LifecycleTransition))
    connection.execute(insert(LifecycleTransition), rows)
    return len(rows)
