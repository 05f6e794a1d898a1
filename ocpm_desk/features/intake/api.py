"""The intake feature's API: an import's summary and the quarantine."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from ocpm_desk.kernel.api import reads
from ocpm_desk.kernel.phrases import Phrase


@dataclass(frozen=True, slots=True)
class ImportSummary:
    source: str
    lines: int
    imported: int
    updated: int
    unchanged: int
    quarantined: int
    elapsed_seconds: float
    cancelled: bool = False  # stopped at a batch boundary: what was read before is committed, the rest not read
    batches: int = 0

    def counts(self) -> dict[str, int]:
        """The summary of DESIGN §9: ``lines = imported + updated + unchanged + quarantined``."""
        return {"lines": self.lines, "imported": self.imported, "updated": self.updated,
                "unchanged": self.unchanged, "quarantined": self.quarantined}


@dataclass(frozen=True, slots=True)
class QuarantineRow:
    id: int
    source: str
    line_number: int
    reference: str | None
    text: str  # masked
    reasons: tuple[Phrase, ...]  # keyed (``domain.intake.REASONS``); ``str()`` gives the English
    received_at: datetime
    resolved_at: datetime | None
    resolved_by: str | None
    resolution_note: str | None


@dataclass(frozen=True, slots=True)
class QuarantineList:
    rows: tuple[QuarantineRow, ...]
    open_count: int
    total: int = field(default=0)


class IntakeApi(Protocol):
    """Order intake (``session.intake``): import a file of orders, the quarantine."""

    def import_file(
        self,
        path: str,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportSummary:
        """Import the orders of a file, in batches each committed on its own (``progress(bytes read, total)``;
        ``cancelled()`` is asked between batches)."""
        ...

    @reads
    def quarantine_rows(self, *, include_resolved: bool = False, limit: int = 1000) -> QuarantineList: ...

    def resolve_quarantine(self, quarantine_id: int, note: str) -> QuarantineRow: ...


#: The fewest characters of the note that resolves a quarantined line.
MIN_NOTE = 10
