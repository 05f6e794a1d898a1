"""Table model of a work queue (DESIGN §6): the row count from SQL, pages of rows fetched around what is visible.

The model never holds the whole queue. A first screen is the first page, shown at once, with the exact count
(``COUNT``, the longest query on a big queue) asked beside it on another worker: until it arrives the row count is
the first page's length, then the rows are added at the end. When the view asks for a row whose page is not cached,
the model fetches that page in the background (``queue_page``: keyset from a neighbouring cached page when there is
one, else by row number, counted from the nearer end of a big queue: ``queue_pages``) and shows a placeholder
meanwhile; the page arrives with ``dataChanged``, so the view keeps its selection and scroll position. A small LRU
cache keeps the pages last used. ``refresh`` (an action, a change announced by the database, polling) keeps the rows
on screen until their new version arrives, then moves the selection with its orders (by id) to where they now are.

``data()`` returns at once for the roles it does not serve (DESIGN §11).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ocpm_desk.features.casework.api import QueueRow, QueueSpec, SortKey, sort_key
from ocpm_desk.gui.background import run_in_background
from ocpm_desk.gui.casework.queue_pages import fetch_rows, page_runs
from ocpm_desk.gui.formatting import format_date
from ocpm_desk.gui.labels import clock_explanation, clock_label, status_label
from ocpm_desk.kernel.calendar import GENEVA
from ocpm_desk.session import DeskSession

PAGE_SIZE = 100
CACHE_PAGES = 20
#: A refresh reads again the pages last used (the view shows one or two) and those around the selection, at most:
VISIBLE_PAGES = 2
REFRESH_PAGES = 12
PLACEHOLDER = "…"
# Colours of the delivery clock (as on the overview): text, and a light tint of the cell behind it.
CLOCK_COLOURS = {"on_track": "#2e7d32", "due": "#b35f00", "late": "#c62828"}
CLOCK_TINTS = {"on_track": "#eaf4eb", "due": "#fdf1e1", "late": "#fbe9e9"}

RAW_ROLE = Qt.ItemDataRole.UserRole  # the QueueRow's value of the cell
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_SERVED = frozenset({_DISPLAY, _TOOLTIP, _ALIGN, _FOREGROUND, _BACKGROUND, RAW_ROLE})
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

Index = QModelIndex | QPersistentModelIndex

REFERENCE, SERVICE, APPLICANT, PAID_ON, WORKING_DAYS, STATUS, ASSIGNEE = range(7)
# Columns a click on the header sorts by (in SQL, on an index); the others are not sortable.
SORTABLE = {REFERENCE: SortKey.REFERENCE, PAID_ON: SortKey.PAID_AT}


def _headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("QueueModel", "Reference"),
        QCoreApplication.translate("QueueModel", "Service"),
        QCoreApplication.translate("QueueModel", "Applicant"),
        QCoreApplication.translate("QueueModel", "Paid on"),
        QCoreApplication.translate("QueueModel", "Working days"),
        QCoreApplication.translate("QueueModel", "Status"),
        QCoreApplication.translate("QueueModel", "Assigned to"),
    )


def clock_text(row: QueueRow) -> str:
    """``12 · En retard``: the number and the state in words (colour is never the only signal); "—" for an order
    whose delivery clock does not run (unpaid, decided, withdrawn)."""
    if row.clock is None:
        return "—"
    return f"{row.working_days} · {clock_label(row.clock.value)}"


def _cells(row: QueueRow) -> tuple[str, ...]:
    paid = row.paid_at.astimezone(GENEVA).date() if row.paid_at is not None else None
    return (row.reference, row.service_code, row.applicant, format_date(paid), clock_text(row),
            status_label(row.status), row.assigned_to or "—")  # fmt: skip


def _raw(row: QueueRow, column: int) -> object:
    return (row.reference, row.service_code, row.applicant, row.paid_at, row.working_days, row.status.value,
            row.assigned_to)[column]  # fmt: skip


class _Page:
    __slots__ = ("cells", "rows")

    def __init__(self, rows: list[QueueRow]) -> None:
        self.rows = rows
        self.cells = [_cells(r) for r in rows]


class QueueTableModel(QAbstractTableModel):
    """A queue of ``QueueSpec`` over a ``DeskSession``; rows come by pages of ``page_size``."""

    count_changed = Signal(int)  # the exact row count is known (after a reset or a refresh)
    failed = Signal(object)  # a count or a page could not be loaded: the exception

    def __init__(self, session: DeskSession, spec: QueueSpec, parent: Any = None, *, page_size: int = PAGE_SIZE,
                 cache_pages: int = CACHE_PAGES) -> None:  # fmt: skip
        super().__init__(parent)
        self._session = session
        self._spec = spec
        self._page_size = page_size
        self._cache_pages = cache_pages
        self._count = 0
        self._count_known = False
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self._in_flight: set[int] = set()
        self._generation = 0  # results of an older spec or snapshot are dropped
        # The exact count runs beside the first page: (token, spec) on its way; a result that came first.
        self._count_token = 0
        self._counting: tuple[int, QueueSpec] | None = None
        self._early_count: tuple[int, QueueSpec, int] | None = None
        self._provisional = False  # the row count is the first page's length until the exact count arrives
        self._refreshing = False
        self._refresh_again = False  # a change was announced while a refresh ran: one more after it
        self._headers = _headers()

    # -- queue -------------------------------------------------------------------------------------------------

    @property
    def spec(self) -> QueueSpec:
        return self._spec

    @property
    def count(self) -> int:
        return self._count

    @property
    def count_known(self) -> bool:
        """The row count is the queue's exact count (not yet the first page's length only)."""
        return self._count_known

    @property
    def loading(self) -> bool:
        """Pages, the count or a refresh are on their way."""
        return bool(self._in_flight) or self._counting is not None or self._refreshing

    def cached_pages(self) -> list[int]:
        """The page numbers in the cache, least recently used first."""
        return list(self._pages)

    def first_load(self, spec: QueueSpec) -> Callable[[], tuple[int, list[QueueRow]]]:
        """Call on the GUI thread: starts the exact count of ``spec`` on a worker and returns a function for another
        worker that reads the first page and returns ``(rows in it, rows)``. ``set_loaded`` shows that page at once,
        whatever the count costs (``count(*)`` of a million rows: 70–110 ms); the count follows. A page shorter
        than a page is the whole queue: its length is the count."""
        session, size = self._session, self._page_size
        self._start_count(spec)

        def load() -> tuple[int, list[QueueRow]]:
            rows = session.casework.queue_page(spec, limit=size)
            return len(rows), rows

        return load

    def set_loaded(self, spec: QueueSpec, total: int, first_page: list[QueueRow]) -> None:
        """Reset to ``spec`` with its first page. ``total`` is the exact count, or — when it is the length of a full
        first page (what ``first_load`` returns) — a lower bound shown until the exact count arrives."""
        exact = total != len(first_page) or len(first_page) < self._page_size
        early = self._early_count
        self._early_count = None
        if not exact and early is not None and early[0] == self._count_token and early[1] == spec:
            total, exact = early[2], True
        self.beginResetModel()
        self._forget(spec)
        self._count, self._count_known, self._provisional = total, exact, not exact
        if first_page:
            self._pages[0] = _Page(first_page)
        self.endResetModel()
        if exact:
            self._counting = None  # a count still on its way is not needed
            self.count_changed.emit(total)
        elif self._counting is None or self._counting[1] != spec:
            self._start_count(spec)

    def set_spec(self, spec: QueueSpec) -> None:
        """Another filter or sort: reset, then the first page (and the count beside it) in the background."""
        self.beginResetModel()
        self._forget(spec)
        self.endResetModel()
        generation = self._generation
        run_in_background(self, self.first_load(spec),
                          lambda result: self._first_loaded(generation, result), self._failed)  # fmt: skip

    def _first_loaded(self, generation: int, result: tuple[int, list[QueueRow]]) -> None:
        if generation == self._generation:
            self.set_loaded(self._spec, *result)

    def _forget(self, spec: QueueSpec) -> None:
        self._spec = spec
        self._generation += 1
        self._count, self._count_known, self._provisional = 0, False, False
        self._pages.clear()
        self._in_flight.clear()
        self._refreshing = self._refresh_again = False

    # -- the exact count ---------------------------------------------------------------------------------------

    def _start_count(self, spec: QueueSpec) -> None:
        self._count_token += 1
        token, session = self._count_token, self._session
        self._counting = (token, spec)
        run_in_background(self, lambda: session.casework.queue_count(spec),
                          lambda total: self._counted(token, spec, total),
                          lambda exc: self._count_failed(token, exc))  # fmt: skip

    def _counted(self, token: int, spec: QueueSpec, total: int) -> None:
        if self._counting is None or self._counting[0] != token:
            return  # superseded
        self._counting = None
        if self._provisional and spec == self._spec:
            self._set_count(total)
            self._provisional = False
            self.count_changed.emit(total)
            if self._refresh_again:
                self.refresh()
        else:
            self._early_count = (token, spec, total)  # the first page is still on its way

    def _count_failed(self, token: int, exc: BaseException) -> None:
        if self._counting is not None and self._counting[0] == token:
            self._counting = None
            self.failed.emit(exc)

    def _set_count(self, total: int) -> None:
        """The row count becomes ``total``: rows added or taken away at the end."""
        old = self._count
        if total > old:
            self.beginInsertRows(QModelIndex(), old, total - 1)
            self._count = total
            self.endInsertRows()
        elif total < old:
            self.beginRemoveRows(QModelIndex(), total, old - 1)
            self._count = total
            for number in [p for p in self._pages if p * self._page_size >= total]:
                del self._pages[number]
            self.endRemoveRows()
        self._count_known = True

    # -- refresh -----------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The queue changed (an action, another workstation): count again and read the pages in use again.

        The rows stay on screen until the new ones arrive. Then each selected row (and the current one) follows
        its order by id: to its new row number, or out of the selection when the order left the queue, so that a
        selection never points at another order than the one chosen. Pages not read again are dropped."""
        if self._refreshing or not self._count_known:
            self._refresh_again = True  # after the refresh (or the first count) on its way
            return
        self._refreshing = True
        self._refresh_again = False
        size, session, spec = self._page_size, self._session, self._spec
        runs = page_runs(self._pages_to_refresh())
        generation = self._generation

        def work() -> tuple[int, dict[int, list[QueueRow]]]:
            total = session.casework.queue_count(spec)
            pages: dict[int, list[QueueRow]] = {}
            for first, length in runs:
                start = first * size
                if start >= total:
                    continue
                rows = fetch_rows(session, spec, start, min(length * size, total - start), total)
                for i in range(length):
                    chunk = rows[i * size : (i + 1) * size]
                    if chunk:
                        pages[first + i] = chunk
            return total, pages

        run_in_background(self, work, lambda result: self._refreshed(generation, *result),
                          lambda exc: self._refresh_failed(generation, exc))  # fmt: skip

    def _pages_to_refresh(self) -> list[int]:
        """The pages to read again: the ones last used (what the view shows), then around every row a persistent
        index points at (selection, current row), with a page either side for the rows that move; at most
        ``REFRESH_PAGES``."""
        wanted: list[int] = []
        last_page = max(self._count - 1, 0) // self._page_size

        def want(number: int) -> None:
            if 0 <= number <= last_page and number not in wanted and len(wanted) < REFRESH_PAGES:
                wanted.append(number)

        for number in list(reversed(self._pages))[:VISIBLE_PAGES]:
            want(number)
        rows = sorted({index.row() for index in self.persistentIndexList() if index.isValid()})
        for number in sorted({row // self._page_size for row in rows if self.row_at(row) is not None}):
            for near in (number, number - 1, number + 1):
                want(near)
        if not wanted:
            want(0)
        return sorted(wanted)

    def _refreshed(self, generation: int, total: int, fetched: dict[int, list[QueueRow]]) -> None:
        if generation != self._generation:
            return  # a reset came meanwhile: it loads afresh
        self._refreshing = False
        new_rows = {row.id: number * self._page_size + offset
                    for number, rows in fetched.items() for offset, row in enumerate(rows)}  # fmt: skip
        if total > self._count:
            self._set_count(total)
        self.layoutAboutToBeChanged.emit()
        moved_from, moved_to = [], []
        for index in self.persistentIndexList():
            row = index.row()
            item = self.row_at(row)
            if item is not None and item.id in new_rows:
                target = new_rows[item.id]
            elif item is None and row < total:
                target = row  # a row never loaded: nothing to follow
            else:
                # The order left the queue, or moved beyond the pages read again: out of the selection rather than
                # pointing at whichever order now sits at that row.
                target = -1
            if target != row:
                moved_from.append(index)
                moved_to.append(self.index(target, index.column()) if target >= 0 else QModelIndex())
        self._pages = OrderedDict((number, _Page(rows)) for number, rows in sorted(fetched.items()))
        self._in_flight.clear()
        self._generation += 1  # pages asked for before this snapshot are dropped when they come
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()
        if total < self._count:
            self._set_count(total)
        self._count_known = True
        if total:
            # the view asks again for what it shows: pages not read again are fetched then
            self.dataChanged.emit(self.index(0, 0), self.index(total - 1, len(self._headers) - 1))
        self.count_changed.emit(total)
        if self._refresh_again:
            self.refresh()

    def _refresh_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._refreshing = self._refresh_again = False
            self.failed.emit(exc)

    # -- pages -------------------------------------------------------------------------------------------------

    def row_at(self, row: int) -> QueueRow | None:
        """The row if its page is loaded; None meanwhile."""
        if not 0 <= row < self._count:
            return None
        page, offset = divmod(row, self._page_size)
        found = self._pages.get(page)
        if found is None or offset >= len(found.rows):
            return None
        return found.rows[offset]

    def _page_of(self, row: int) -> _Page | None:
        number = row // self._page_size
        page = self._pages.get(number)
        if page is not None:
            if next(reversed(self._pages)) != number:
                self._pages.move_to_end(number)
            return page
        self._request(number)
        return None

    def _request(self, number: int) -> None:
        if number in self._in_flight or number * self._page_size >= self._count:
            return
        self._in_flight.add(number)
        session, spec, size, total = self._session, self._spec, self._page_size, self._count
        before = self._pages.get(number - 1)
        after = self._pages.get(number + 1)
        fetch: Callable[[], list[QueueRow]]
        if before is not None and len(before.rows) == size:
            key = sort_key(before.rows[-1])
            fetch = lambda: session.casework.queue_page(spec, after=key, limit=size)  # noqa: E731
        elif after is not None and after.rows:
            key = sort_key(after.rows[0])
            fetch = lambda: session.casework.queue_page(spec, before=key, limit=size)  # noqa: E731
        else:
            start = number * size
            limit = min(size, total - start)
            fetch = lambda: fetch_rows(session, spec, start, limit, total)  # noqa: E731
        generation = self._generation
        run_in_background(self, fetch, lambda rows: self._page_loaded(generation, number, rows), self._failed)

    def _page_loaded(self, generation: int, number: int, rows: list[QueueRow]) -> None:
        if generation != self._generation:
            return
        self._in_flight.discard(number)
        self._pages[number] = _Page(rows)
        while len(self._pages) > self._cache_pages:
            self._pages.popitem(last=False)
        first = number * self._page_size
        last = min(first + self._page_size, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._headers) - 1))
        if len(rows) < last - first + 1 and self._count_known:
            self.refresh()  # fewer rows than the count promised: orders left the queue meanwhile

    def _failed(self, exc: BaseException) -> None:
        self._in_flight.clear()
        self.failed.emit(exc)

    # -- Qt --------------------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _SERVED or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == _ALIGN:
            return _LEFT
        page = self._page_of(row)
        offset = row % self._page_size
        if page is None or offset >= len(page.rows):
            return PLACEHOLDER if role == _DISPLAY and column == REFERENCE else None
        if role == _DISPLAY:
            return page.cells[offset][column]
        item = page.rows[offset]
        if role == RAW_ROLE:
            return _raw(item, column)
        if column != WORKING_DAYS or item.clock is None:
            return None
        clock = item.clock.value
        if role == _FOREGROUND:
            return QBrush(QColor(CLOCK_COLOURS[clock]))
        if role == _BACKGROUND:
            return QBrush(QColor(CLOCK_TINTS[clock]))
        return f"{clock_label(clock)}: {clock_explanation(clock)}"  # tooltip

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == _DISPLAY:
            return self._headers[section]
        if role == _ALIGN:
            return _LEFT
        if role == _TOOLTIP:
            if section in SORTABLE:
                return QCoreApplication.translate("QueueModel", "Click to sort by this column")
            if section == WORKING_DAYS:
                return QCoreApplication.translate("QueueModel", "Working days since the order (delivery clock)")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column's key; a column without one is not sortable (nothing happens)."""
        key = SORTABLE.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._spec.sort, self._spec.descending):
            self.set_spec(replace(self._spec, sort=key, descending=descending))

    def sort_column(self) -> int:
        """The column of the current sort key; -1 when no column shows it (order date)."""
        for column, key in SORTABLE.items():
            if key is self._spec.sort:
                return column
        return -1
