"""How the queue model reads its pages: which ``queue_page`` call fetches rows ``start``…``start + limit`` of a queue
(keyset from the nearer end of a big queue, by row number in a small one), and sorted page numbers as runs of
consecutive pages (one query per run). Both run on a worker or before one starts; neither touches Qt.
"""

from __future__ import annotations

from ocpm_desk.features.casework.api import QueueRow, QueueSpec
from ocpm_desk.session import DeskSession

#: From this many rows on, a page in the second half of the queue is read counting from the end (the index is walked
#: from the nearer end); a smaller queue is read by row number, which costs nothing there.
FROM_END_ROWS = 10_000


def fetch_rows(session: DeskSession, spec: QueueSpec, start: int, limit: int, total: int) -> list[QueueRow]:
    """On a worker: ``limit`` rows from row number ``start`` of a queue of ``total`` rows, the cheapest way there."""
    end = start + limit
    if start == 0:
        return session.casework.queue_page(spec, limit=limit)
    if end >= total:
        return session.casework.queue_page(spec, at=-1, limit=total - start)  # the last rows
    if total >= FROM_END_ROWS and start > total // 2:
        # ending with that row from the end
        return session.casework.queue_page(spec, at=-(total - end + 1), limit=limit)
    return session.casework.queue_page(spec, at=start, limit=limit)


def page_runs(numbers: list[int]) -> list[tuple[int, int]]:
    """Sorted page numbers as runs ``(first, length)`` of consecutive pages: one query per run."""
    runs: list[tuple[int, int]] = []
    for number in numbers:
        if runs and runs[-1][0] + runs[-1][1] == number:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((number, 1))
    return runs
