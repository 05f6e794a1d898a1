"""The catalogue table models: Qt's model contract (on the catalogue the reference data gives), formatting,
sorting by value, roles served (on offers written here: an end date, a rate of 0 %, a higher fee — cases the
shipped reference data does not have today)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from pytestqt.modeltest import ModelTester
from sqlalchemy import Engine

from ocpm_desk.features.reference.api import PostalProductOffer, ServiceOffer
from ocpm_desk.features.reference.catalogue import load_catalogue
from ocpm_desk.gui.reference.model import SORT_ROLE, PostalProductsModel, ServiceOffersModel

pytestmark = pytest.mark.gui

SERVICES = (
    ServiceOffer("ATT-RES", "Attestation de résidence", 2500, "8.1", date(2024, 1, 1), None),
    ServiceOffer("ATT-RES-HIST", "Attestation de résidence avec historique des séjours", 2500, "8.1",
                 date(2024, 1, 1), None),
    ServiceOffer("ATT-RES-CIV", "Attestation de résidence avec droits civiques", 2500, "8.1", date(2024, 1, 1),
                 None),
    ServiceOffer("ATT-DEP", "Attestation de départ", 2500, "8.1", date(2024, 1, 1), date(2026, 12, 31)),
    ServiceOffer("ATT-DEP-HIST", "Attestation de départ avec historique", 12000, "0", date(2025, 7, 1), None),
)  # fmt: skip
POSTAL_PRODUCTS = (
    PostalProductOffer("B", "Courrier B", 0, False, False),
    PostalProductOffer("A", "Courrier A", 120, False, False),
    PostalProductOffer("R", "Lettre recommandée", 650, True, False),
    PostalProductOffer("INT-R", "Recommandé international", 900, True, True),
)


def test_the_models_keep_the_qt_model_contract_on_the_reference_data(
    qtmodeltester: ModelTester, sqlite_engine: Engine
) -> None:
    catalogue = load_catalogue(sqlite_engine, date(2026, 3, 12))  # what the catalogue screen gets
    services = ServiceOffersModel()
    services.set_services(catalogue.services)
    assert services.rowCount() == len(catalogue.services) > 0
    qtmodeltester.check(services, force_py=True)
    products = PostalProductsModel()
    products.set_products(catalogue.postal_products)
    assert products.rowCount() == len(catalogue.postal_products) > 0
    qtmodeltester.check(products, force_py=True)
    qtmodeltester.check(ServiceOffersModel(), force_py=True)  # empty, too


def test_services_are_shown_formatted_with_french_headers() -> None:
    model = ServiceOffersModel()
    model.set_services(SERVICES)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Code", "Prestation", "Émolument", "TVA", "Dès le", "Jusqu'au"]
    row = [model.index(3, c).data() for c in range(model.columnCount())]
    assert row == ["ATT-DEP", "Attestation de départ", "CHF 25.00", "8,1 %", "01.01.2024", "31.12.2026"]
    assert model.index(0, 5).data() == "—"  # open-ended
    assert model.index(4, 3).data() == "0 %"
    assert model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_postal_products_say_yes_and_no_in_french() -> None:
    model = PostalProductsModel()
    model.set_products(POSTAL_PRODUCTS)
    row = [model.index(2, c).data() for c in range(model.columnCount())]
    assert row == ["R", "Lettre recommandée", "CHF 6.50", "Oui", "Non"]


def test_roles_not_served_return_nothing() -> None:
    model = ServiceOffersModel()
    model.set_services(SERVICES)
    index = model.index(0, 1)
    for role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.EditRole):
        assert index.data(role) is None
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable


def test_amounts_and_dates_sort_by_value_not_by_text() -> None:
    model = ServiceOffersModel()
    model.set_services(SERVICES)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 2).data() == "CHF 120.00"  # as text, "CHF 25.00" would come first
    proxy.sort(5, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, 5).data() == "31.12.2026"  # a dated end comes before open-ended ones


def test_sort_values_are_the_raw_values() -> None:
    model = ServiceOffersModel()
    model.set_services(SERVICES)
    assert model.index(0, 2).data(SORT_ROLE) == 2500
    assert model.index(0, 4).data(SORT_ROLE) == date(2024, 1, 1).toordinal()
