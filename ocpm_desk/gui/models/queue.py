"""Table model of a work queue (DESIGN §6): the row count from SQL, pages of rows fetched around what is visible.

The model never holds the whole queue. It asks ``queue_count`` once per reset, then, when the view asks for a row
whose page is not cached, fetches that page in the background (``queue_page``: keyset from a neighbouring cached
page when there is one, else by row number) and shows a placeholder meanwhile; the page arrives with
``dataChanged``, so the view keeps its selection and scroll position. A small LRU cache keeps the pages last used.
``refresh`` (polling, after an action) keeps the rows on screen until their new version arrives.

``data()`` returns at once for the roles it does not serve (DESIGN §11).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ocpm_desk.domain.calendar import GENEVA
from ocpm_desk.gui.background import run_in_background
from ocpm_desk.gui.formatting import format_date
from ocpm_desk.gui.labels import clock_explanation, clock_label, status_label
from ocpm_desk.queries.queues import QueueRow, QueueSpec, SortKey, sort_key
from ocpm_desk.services.desk import DeskSession

PAGE_SIZE = 100
CACHE_PAGES = 20
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

    count_changed = Signal(int)  # the row count is known (after a reset or a refresh)
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
        self._stale: dict[int, _Page] = {}  # pages shown until their refreshed version arrives
        self._in_flight: set[int] = set()
        self._generation = 0  # results of an older spec or refresh are dropped
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
        return self._count_known

    @property
    def loading(self) -> bool:
        """Pages are on their way."""
        return bool(self._in_flight)

    def cached_pages(self) -> list[int]:
        """The page numbers in the cache, least recently used first."""
        return list(self._pages)

    def first_load(self, spec: QueueSpec) -> Callable[[], tuple[int, list[QueueRow]]]:
        """A function for a worker thread: the count and the first page of ``spec`` (one trip for a first screen)."""
        session, size = self._session, self._page_size

        def load() -> tuple[int, list[QueueRow]]:
            total = session.queue_count(spec)
            return total, (session.queue_page(spec, limit=size) if total else [])

        return load

    def set_loaded(self, spec: QueueSpec, total: int, first_page: list[QueueRow]) -> None:
        """Reset to ``spec`` with what ``first_load`` returned."""
        self.beginResetModel()
        self._forget(spec)
        self._count, self._count_known = total, True
        if first_page:
            self._pages[0] = _Page(first_page)
        self.endResetModel()
        self.count_changed.emit(total)

    def set_spec(self, spec: QueueSpec) -> None:
        """Another filter or sort: reset, then the count and the first page in the background."""
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
        self._count, self._count_known = 0, False
        self._pages.clear()
        self._stale.clear()
        self._in_flight.clear()

    def refresh(self) -> None:
        """Count again and fetch the visible pages again, keeping rows, selection and scroll position meanwhile."""
        self._generation += 1
        self._stale.update(self._pages)
        self._pages.clear()
        self._in_flight.clear()
        generation, session, spec = self._generation, self._session, self._spec
        run_in_background(self, lambda: session.queue_count(spec),
                          lambda total: self._recounted(generation, total), self._failed)  # fmt: skip

    def _recounted(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        old = self._count
        if total > old:
            self.beginInsertRows(QModelIndex(), old, total - 1)
            self._count = total
            self.endInsertRows()
        elif total < old:
            self.beginRemoveRows(QModelIndex(), total, old - 1)
            self._count = total
            self.endRemoveRows()
        self._count_known = True
        self._stale = {p: page for p, page in self._stale.items() if p * self._page_size < total}
        if total:
            # the view asks again for what it shows, which fetches the visible pages only
            self.dataChanged.emit(self.index(0, 0), self.index(total - 1, len(self._headers) - 1))
        self.count_changed.emit(total)

    # -- pages -------------------------------------------------------------------------------------------------

    def row_at(self, row: int) -> QueueRow | None:
        """The row if its page is loaded (or shown while refreshing); None meanwhile."""
        page, offset = divmod(row, self._page_size)
        found = self._pages.get(page) or self._stale.get(page)
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
        return self._stale.get(number)

    def _request(self, number: int) -> None:
        if number in self._in_flight or not self._count_known or number * self._page_size >= self._count:
            return
        self._in_flight.add(number)
        session, spec, size = self._session, self._spec, self._page_size
        before = self._pages.get(number - 1)
        after = self._pages.get(number + 1)
        fetch: Callable[[], list[QueueRow]]
        if before is not None and len(before.rows) == size:
            key = sort_key(before.rows[-1])
            fetch = lambda: session.queue_page(spec, after=key, limit=size)  # noqa: E731
        elif after is not None and after.rows:
            key = sort_key(after.rows[0])
            fetch = lambda: session.queue_page(spec, before=key, limit=size)  # noqa: E731
        else:
            at = number * size
            fetch = lambda: session.queue_page(spec, at=at, limit=size)  # noqa: E731
        generation = self._generation
        run_in_background(self, fetch, lambda rows: self._page_loaded(generation, number, rows), self._failed)

    def _page_loaded(self, generation: int, number: int, rows: list[QueueRow]) -> None:
        if generation != self._generation:
            return
        self._in_flight.discard(number)
        self._pages[number] = _Page(rows)
        self._stale.pop(number, None)
        while len(self._pages) > self._cache_pages:
            self._pages.popitem(last=False)
        first = number * self._page_size
        last = min(first + self._page_size, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._headers) - 1))

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
