"""Read-only table models of the catalogue: services in force and postal products.

Cells are formatted once when the rows are set; ``data()`` is called thousands of times per repaint and only
looks them up, returning at once for the roles it does not serve (DESIGN §11).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ocpm_desk.features.reference.api import PostalProductOffer, ServiceOffer
from ocpm_desk.gui.formatting import format_chf, format_date, format_percent
from ocpm_desk.gui.labels import local

#: Raw values for sorting, so that CHF 100.00 sorts after CHF 25.00: numbers and text only (dates as ordinals),
#: which QSortFilterProxyModel compares; it cannot compare Python objects.
SORT_ROLE = Qt.ItemDataRole.UserRole
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_SERVED = frozenset({_DISPLAY, _ALIGN, _TOOLTIP, SORT_ROLE})
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Column:
    header: Callable[[], str]
    text: Callable[[Any], str]
    sort_key: Callable[[Any], object]
    alignment: Qt.AlignmentFlag = _LEFT


def _yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("CatalogueModel", "Yes")
        if value
        else QCoreApplication.translate("CatalogueModel", "No")
    )


class _ReadOnlyTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = self.columns()
        self._rows: list[Any] = []
        self._cells: list[tuple[str, ...]] = []
        self._keys: list[tuple[object, ...]] = []

    def columns(self) -> Sequence[Column]:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [tuple(c.text(row) for c in self._columns) for row in self._rows]
        self._keys = [tuple(c.sort_key(row) for c in self._columns) for row in self._rows]
        self.endResetModel()

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _SERVED or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (_DISPLAY, _TOOLTIP):  # the tooltip shows a cell too narrow for its text
            return self._cells[row][column]
        if role == _ALIGN:
            return self._columns[column].alignment
        return self._keys[row][column]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == _DISPLAY:
            return self._columns[section].header()
        if role == _ALIGN:
            return self._columns[section].alignment
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class ServiceOffersModel(_ReadOnlyTableModel):
    """Services in force: code, label, fee, VAT rate, active from, active to."""

    def columns(self) -> Sequence[Column]:
        # Headers are translated when asked for, each written as a literal so that lupdate finds it.
        return (
            Column(lambda: QCoreApplication.translate("CatalogueModel", "Code"), lambda s: s.code, lambda s: s.code),
            Column(
                lambda: QCoreApplication.translate("CatalogueModel", "Service"),
                lambda s: local(s.label),
                lambda s: local(s.label).casefold(),
            ),
            Column(
                lambda: QCoreApplication.translate("CatalogueModel", "Fee"),
                lambda s: format_chf(s.fee_centimes),
                lambda s: s.fee_centimes,
                _RIGHT,
            ),
            Column(
                lambda: QCoreApplication.translate("CatalogueModel", "VAT"),
                lambda s: format_percent(s.vat_rate),
                lambda s: _rate(s.vat_rate),
                _RIGHT,
            ),
            Column(
                lambda: QCoreApplication.translate("CatalogueModel", "From"),
                lambda s: format_date(s.active_from),
                lambda s: s.active_from.toordinal(),
                _CENTER,
            ),
            Column(
                lambda: QCoreApplication.translate("CatalogueModel", "Until"),
                lambda s: format_date(s.active_to),
                lambda s: (s.active_to or date.max).toordinal(),
                _CENTER,
            ),
        )

    def set_services(self, services: Sequence[ServiceOffer]) -> None:
        self.set_rows(services)


class PostalProductsModel(_ReadOnlyTableModel):
    """Postal products: code, label, price, registered, international."""

    def columns(self) -> Sequence[Column]:
        return (
            Column(lambda: QCoreApplication.translate("CatalogueModel", "Code"), lambda p: p.code, lambda p: p.code),
            Column(
                lambda: QCoreApplication.translate("CatalogueModel", "Product"),
                lambda p: p.label,
                lambda p: p.label.casefold(),
            ),
            Column(
                lambda: QCoreApplication.translate("CatalogueModel", "Price"),
                lambda p: format_chf(p.price_centimes),
                lambda p: p.price_centimes,
                _RIGHT,
            ),
            Column(
                lambda: QCoreApplication.translate("CatalogueModel", "Registered"),
                lambda p: _yes_no(p.registered),
                lambda p: int(p.registered),
                _CENTER,
            ),
            Column(
                lambda: QCoreApplication.translate("CatalogueModel", "International"),
                lambda p: _yes_no(p.international),
                lambda p: int(p.international),
                _CENTER,
            ),
        )

    def set_products(self, products: Sequence[PostalProductOffer]) -> None:
        self.set_rows(products)


def _rate(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0
