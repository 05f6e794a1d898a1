"""The catalogue table models: Qt's model contract, formatting, sorting by value, roles served."""

from __future__ import annotations

from datetime import date

import pytest
from gui_fakes import POSTAL_PRODUCTS, SERVICES
from PySide6.QtCore import QSortFilterProxyModel, Qt
from pytestqt.modeltest import ModelTester

from ocpm_desk.gui.reference.model import SORT_ROLE, PostalProductsModel, ServiceOffersModel

pytestmark = pytest.mark.gui


def test_the_services_model_keeps_the_qt_model_contract(qtmodeltester: ModelTester) -> None:
    model = ServiceOffersModel()
    model.set_services(SERVICES)
    qtmodeltester.check(model, force_py=True)


def test_the_postal_products_model_keeps_the_qt_model_contract(qtmodeltester: ModelTester) -> None:
    model = PostalProductsModel()
    model.set_products(POSTAL_PRODUCTS)
    qtmodeltester.check(model, force_py=True)


def test_an_empty_model_keeps_the_contract_too(qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(ServiceOffersModel(), force_py=True)


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
