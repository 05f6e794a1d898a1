"""The building blocks of an order's page: a card (a white frame with its title), a selectable value, name/value
pairs on a grid, and a SHA-256 line. The order screen's style sheet draws them by their object names."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ocpm_desk.gui.widgets import named, spaced


class Card(QFrame):
    """A card of the page, its widgets in ``column``; a title, when given, on its first line."""

    def __init__(self, parent: QWidget, title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("orderCard")
        self.column = spaced(QVBoxLayout(self), 6, (14, 10, 14, 12))
        if title:
            heading = named(QLabel(title, self), "cardTitle")
            self.column.addWidget(heading)


def value_label(text: str, parent: QWidget, name: str = "") -> QLabel:
    """A value the user may select and copy, wrapped, aligned on its name's first line."""
    label = QLabel(text, parent)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    if name:
        label.setObjectName(name)
    return label


def field_name(text: str, parent: QWidget, buddy: QWidget | None = None) -> QLabel:
    label = named(QLabel(text, parent), "fieldName")
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def pair_grid(parent: QWidget, pairs: Iterable[tuple[str, QWidget] | None], columns: int = 2) -> QGridLayout:
    """Name/value pairs, ``columns`` pairs a row; a ``None`` pair moves on to the next row."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(12)
    grid.setVerticalSpacing(6)
    row = col = 0
    for pair in pairs:
        if pair is None or col == columns:
            row, col = row + 1, 0
            if pair is None:
                continue
        name, widget = pair
        grid.addWidget(field_name(name, parent, widget), row, col * 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(widget, row, col * 2 + 1, Qt.AlignmentFlag.AlignTop)
        col += 1
    for c in range(columns):
        grid.setColumnStretch(c * 2 + 1, 1)
    return grid


def hash_line(name: str, value: str, parent: QWidget) -> QWidget:
    """``name`` and a SHA-256 in monospace on one line, selectable by mouse and keyboard."""
    line = QWidget(parent)
    row = spaced(QHBoxLayout(line))
    label = field_name(name, line)
    shown = value_label(value, line, "sha256")
    shown.setStyleSheet("font-family: monospace;")
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)  # fmt: skip
    shown.setWordWrap(False)
    label.setBuddy(shown)
    row.addWidget(label)
    row.addWidget(shown, 1)
    return line
