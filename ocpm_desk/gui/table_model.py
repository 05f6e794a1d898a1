"""One read-only table model for every list a screen shows, driven by a column list (no hand-filled QTableWidget).

A screen declares its columns once — a header, the cell's text, the raw value behind it (for sorting, tests and
what an activated row stands for), an alignment, optionally a tooltip and a colour — and hands the model its rows
(the frozen dataclasses a feature's API returns). Cells are formatted once when the rows are set: ``data()`` is
called thousands of times per repaint and only looks them up, returning at once for the roles it does not serve
(DESIGN §11). Headers are translated when asked for, so a language switch only needs a header refresh.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

T = TypeVar("T")

#: The raw value of a cell: numbers and text only (dates as ordinals or ISO text), which QSortFilterProxyModel
#: compares (it cannot compare Python objects).
RAW_ROLE = Qt.ItemDataRole.UserRole
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_SERVED = frozenset({_DISPLAY, _TOOLTIP, _ALIGN, _FOREGROUND, RAW_ROLE})

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Column(Generic[T]):
    """One column: ``header()`` (translated when asked), ``text(row)``, ``raw(row)`` (defaults to the text)."""

    header: Callable[[], str]
    text: Callable[[T], str]
    raw: Callable[[T], object] | None = None
    alignment: Qt.AlignmentFlag = LEFT
    #: the cell's tooltip (default: its text, for a cell too narrow to show it whole)
    tooltip: Callable[[T], str] | None = None
    #: the cell's text colour ("#rrggbb"), or None for the palette's
    colour: Callable[[T], str | None] | None = None
    header_tooltip: Callable[[], str] | None = None


class RowsModel(QAbstractTableModel, Generic[T]):
    """Rows of one kind, shown through a column list; read only."""

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None, *, align_headers: bool = False) -> None:
        """``align_headers``: each header takes its column's alignment (else the style's: centred)."""
        super().__init__(parent)
        self._columns = tuple(columns)
        self._align_headers = align_headers
        self._rows: list[T] = []
        self._cells: list[tuple[str, ...]] = []
        self._raws: list[tuple[object, ...]] = []
        self._tips: list[tuple[str, ...]] = []
        self._colours: list[tuple[QBrush | None, ...]] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [tuple(c.text(r) for c in self._columns) for r in self._rows]
        self._raws = [tuple(c.raw(r) if c.raw else text for c, text in zip(self._columns, cells, strict=True))
                      for r, cells in zip(self._rows, self._cells, strict=True)]
        self._tips = [tuple(c.tooltip(r) if c.tooltip else text for c, text in zip(self._columns, cells, strict=True))
                      for r, cells in zip(self._rows, self._cells, strict=True)]
        self._colours = [tuple(_brush(c.colour(r)) if c.colour else None for c in self._columns) for r in self._rows]
        self.endResetModel()

    @property
    def rows(self) -> list[T]:
        return list(self._rows)

    def row_object(self, row: int) -> T:
        return self._rows[row]

    def cell_text(self, row: int, column: int) -> str:
        return self._cells[row][column]

    def refresh_headers(self) -> None:
        """The language changed: the view asks the headers again."""
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _SERVED or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == _DISPLAY:
            return self._cells[row][column]
        if role == _TOOLTIP:
            return self._tips[row][column]
        if role == _ALIGN:
            return self._columns[column].alignment
        if role == _FOREGROUND:
            return self._colours[row][column]
        return self._raws[row][column]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == _DISPLAY:
            return column.header()
        if role == _ALIGN:
            return column.alignment if self._align_headers else None
        if role == _TOOLTIP and column.header_tooltip is not None:
            return column.header_tooltip()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def _brush(colour: str | None) -> QBrush | None:
    return QBrush(QColor(colour)) if colour else None
