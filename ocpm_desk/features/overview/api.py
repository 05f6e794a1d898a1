"""The overview feature's API: counts by status and queue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from ocpm_desk.kernel.api import reads
from ocpm_desk.kernel.lifecycle import Status


@dataclass(frozen=True, slots=True)
class StatusCount:
    status: Status
    count: int


@dataclass(frozen=True, slots=True)
class Overview:
    """Counts of orders by status that the user's roles may see, and the delivery clock of open orders."""

    counts: tuple[StatusCount, ...]
    on_track: int
    due: int
    late: int
    as_of: datetime
    clock_shown: bool = True  # False when the roles see no open orders (mail room): the clock is not theirs


class OverviewApi(Protocol):
    """The overview (``session.overview``)."""

    @reads
    def overview(self) -> Overview: ...
