"""The one read-only table model every list uses (``gui/table_model.py``): cells, raw values, tooltips, colours and
headers come from the column list, and a new set of rows replaces the old in one reset."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush
from pytestqt.modeltest import ModelTester

from ocpm_desk.gui.table_model import CENTER, RAW_ROLE, RIGHT, Column, RowsModel

pytestmark = pytest.mark.gui


@dataclass(frozen=True)
class Item:
    name: str
    centimes: int


COLUMNS = (
    Column(lambda: "Name", lambda i: i.name, header_tooltip=lambda: "Who"),
    Column(lambda: "Amount", lambda i: f"{i.centimes / 100:.2f}", lambda i: i.centimes, RIGHT,
           tooltip=lambda i: f"{i.centimes} centimes", colour=lambda i: "#b3261e" if i.centimes < 0 else None),
)


def test_cells_raw_values_tooltips_and_colours_come_from_the_columns(qtmodeltester: ModelTester) -> None:
    model: RowsModel[Item] = RowsModel(COLUMNS)
    model.set_rows([Item("Anne", 2500), Item("Marc", -300)])
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.cell_text(1, 1) == "-3.00" and model.row_object(1) == Item("Marc", -300)
    amount = model.index(1, 1)
    assert amount.data(RAW_ROLE) == -300 and model.index(0, 0).data(RAW_ROLE) == "Anne"  # the text by default
    assert amount.data(Qt.ItemDataRole.ToolTipRole) == "-300 centimes"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Anne"  # the cell's text by default
    brush = amount.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color().name() == "#b3261e"
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    assert amount.data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.index(0, 0).data(Qt.ItemDataRole.EditRole) is None  # read only: roles it does not serve
    assert not model.flags(amount) & Qt.ItemFlag.ItemIsEditable
    assert model.rowCount(model.index(0, 0)) == 0 and model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def test_headers_are_asked_each_time_and_aligned_only_when_asked() -> None:
    titles = {"name": "Name"}
    model: RowsModel[Item] = RowsModel((Column(lambda: titles["name"], lambda i: i.name, alignment=CENTER),))
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(0, horizontal) == "Name"
    titles["name"] = "Nom"  # the language changed: the header says it at the next repaint
    assert model.headerData(0, horizontal) == "Nom"
    assert model.headerData(0, horizontal, Qt.ItemDataRole.TextAlignmentRole) is None  # the style's (centred)
    assert model.headerData(0, Qt.Orientation.Vertical) is None and model.headerData(5, horizontal) is None
    aligned: RowsModel[Item] = RowsModel(COLUMNS, align_headers=True)
    assert aligned.headerData(1, horizontal, Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert aligned.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole) == "Who"


def test_new_rows_replace_the_old_in_one_reset() -> None:
    model: RowsModel[Item] = RowsModel(COLUMNS)
    model.set_rows([Item("Anne", 1)])
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    model.set_rows([])
    assert resets == [0] and model.rows == []
