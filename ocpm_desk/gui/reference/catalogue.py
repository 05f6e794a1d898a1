"""Catalogue (read-only): the services in force today with their fees, and the postal products (G4, G8, G9)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView, QSizePolicy, QTableView, QVBoxLayout, QWidget

from ocpm_desk.features.reference.api import Catalogue
from ocpm_desk.gui.formatting import format_date
from ocpm_desk.gui.reference.model import SORT_ROLE, PostalProductsModel, ServiceOffersModel
from ocpm_desk.gui.screen import DataScreen
from ocpm_desk.gui.widgets import named, section_heading, setup_read_only_table, spaced
from ocpm_desk.kernel import clock


class FittedTableView(QTableView):
    """A table as tall as its rows (a short catalogue leaves no empty box), scrolling when room is short."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        rows = self.model().rowCount() if self.model() is not None else 0
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += (
            sum(self.rowHeight(row) for row in range(rows)) if rows else self.verticalHeader().defaultSectionSize()
        )
        return QSize(hint.width(), height + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.horizontalHeader().height() + 3 * 30)


def _table(model: ServiceOffersModel | PostalProductsModel, stretch_column: int, parent: QWidget) -> QTableView:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = FittedTableView(parent)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    setup_read_only_table(view, row_height=30)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(90)
    return view


class CatalogueScreen(DataScreen):
    key = "catalogue"

    def title(self) -> str:
        return self.tr("Catalogue")

    def build_content(self) -> QWidget:
        body = named(QWidget(self), "screenBody")
        self.services_model = ServiceOffersModel(body)
        self.postal_model = PostalProductsModel(body)
        self.services_view = _table(self.services_model, 1, body)
        self.services_view.setObjectName("servicesTable")
        self.services_view.setAccessibleName(self.tr("Services"))
        self.postal_view = _table(self.postal_model, 1, body)
        self.postal_view.setObjectName("postalProductsTable")
        self.postal_view.setAccessibleName(self.tr("Postal products"))
        self._services_heading = section_heading(self.tr("Services"), body)
        column = spaced(QVBoxLayout(body), 8)
        column.addWidget(self._services_heading)
        column.addWidget(self.services_view)
        column.addSpacing(14)
        column.addWidget(section_heading(self.tr("Postal products"), body))
        column.addWidget(self.postal_view)
        column.addStretch(1)
        return body

    def loader(self) -> Callable[[], object]:
        session, today = self._session, clock.today()
        return lambda: session.reference.catalogue(today)

    def empty_text(self) -> tuple[str, str]:
        return self.tr("The catalogue is empty"), self.tr("No service and no postal product is in force today.")

    def show_data(self, data: object) -> bool:
        assert isinstance(data, Catalogue)
        self.set_details(self.tr("In force on {date} · read-only").format(date=format_date(data.on)))
        self._services_heading.setText(self.tr("Services ({count})").format(count=len(data.services)))
        self.services_model.set_services(data.services)
        self.postal_model.set_products(data.postal_products)
        for view in (self.services_view, self.postal_view):
            view.updateGeometry()
        return bool(data.services or data.postal_products)
