"""Read-only table models of the catalogue: services in force and postal products.

Cells are formatted once when the rows are set; ``data()`` is called thousands of times per repaint and only
looks them up, returning at once for the roles it does not serve (DESIGN §11).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from ocpm_desk.features.reference.api import PostalProductOffer, ServiceOffer
from ocpm_desk.gui.formatting import format_chf, format_date, format_percent
from ocpm_desk.gui.labels import local
from ocpm_desk.gui.table_model import CENTER, RAW_ROLE, RIGHT, Column, RowsModel

#: Raw values for sorting, so that CHF 100.00 sorts after CHF 25.00.
SORT_ROLE = RAW_ROLE


def _yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("CatalogueModel", "Yes")
        if value
        else QCoreApplication.translate("CatalogueModel", "No")
    )


class ServiceOffersModel(RowsModel[ServiceOffer]):
    """Services in force: code, label, fee, VAT rate, active from, active to."""

    def __init__(self, parent: Any = None) -> None:
        # Headers are translated when asked for, each written as a literal so that lupdate finds it.
        super().__init__((
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
                RIGHT,
            ),
            Column(
                lambda: QCoreApplication.translate("CatalogueModel", "VAT"),
                lambda s: format_percent(s.vat_rate),
                lambda s: _rate(s.vat_rate),
                RIGHT,
            ),
            Column(
                lambda: QCoreApplication.translate("CatalogueModel", "From"),
                lambda s: format_date(s.active_from),
                lambda s: s.active_from.toordinal(),
                CENTER,
            ),
            Column(
                lambda: QCoreApplication.translate("CatalogueModel", "Until"),
                lambda s: format_date(s.active_to),
                lambda s: (s.active_to or date.max).toordinal(),
                CENTER,
            ),
        ), parent, align_headers=True)

    def set_services(self, services: Sequence[ServiceOffer]) -> None:
        self.set_rows(services)


class PostalProductsModel(RowsModel[PostalProductOffer]):
    """Postal products: code, label, price, registered, international."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__((
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
                RIGHT,
            ),
            Column(
                lambda: QCoreApplication.translate("CatalogueModel", "Registered"),
                lambda p: _yes_no(p.registered),
                lambda p: int(p.registered),
                CENTER,
            ),
            Column(
                lambda: QCoreApplication.translate("CatalogueModel", "International"),
                lambda p: _yes_no(p.international),
                lambda p: int(p.international),
                CENTER,
            ),
        ), parent, align_headers=True)

    def set_products(self, products: Sequence[PostalProductOffer]) -> None:
        self.set_rows(products)


def _rate(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0
