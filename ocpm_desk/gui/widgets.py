"""Small widgets shared by the screens: a message pane (loading, empty, error), count cards, the screens' message
line, their actions with the buttons that trigger them, their lists, and the spacing of their layouts."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import pairwise
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

AnyLayout = TypeVar("AnyLayout", bound=QLayout)
AnyWidget = TypeVar("AnyWidget", bound=QWidget)


def set_tab_order(*widgets: QWidget | None) -> None:
    """Tab visits ``widgets`` one after the other, in reading order (``None`` entries are skipped)."""
    chain = [w for w in widgets if w is not None]
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)


def named(widget: AnyWidget, name: str, accessible_name: str = "") -> AnyWidget:
    """``widget`` named for the style sheet and the tests (its object name), and for screen readers when
    ``accessible_name`` is given."""
    widget.setObjectName(name)
    if accessible_name:
        widget.setAccessibleName(accessible_name)
    return widget


def spaced(layout: AnyLayout, spacing: int | None = None, margins: tuple[int, int, int, int] = (0, 0, 0, 0)
           ) -> AnyLayout:  # fmt: skip
    """``layout`` with ``margins`` around its items (left, top, right, bottom; none by default: what holds it
    frames it), the items ``spacing`` pixels apart when given."""
    layout.setContentsMargins(*margins)
    if spacing is not None:
        layout.setSpacing(spacing)
    return layout


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property the style sheet selects on changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class MessageLabel(QLabel):
    """A screen's or dialog's message line: hidden while empty, its ``kind`` (info, ok, error) styled."""

    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setVisible(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def say(self, text: str, kind: str = "info") -> None:
        self.setText(text)
        self.setProperty("kind", kind)
        self.setVisible(bool(text))
        repolish(self)


def screen_action(owner: QWidget, text: str, keys: str | tuple[str, ...], slot: Callable[[], None], tip: str,
                  name: str) -> QAction:
    """An action of a screen: its shortcuts (F1 lists them through the window's menus) and a tool tip naming them."""
    sequences = [QKeySequence(k) for k in ((keys,) if isinstance(keys, str) else keys)]
    act = QAction(text, owner)
    act.setObjectName(name)
    act.setShortcuts(sequences)
    native = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in sequences)
    act.setToolTip(f"{tip} ({native})")
    act.triggered.connect(slot)
    return act


def action_button(act: QAction, parent: QWidget) -> QPushButton:
    """A button that triggers ``act`` and follows its enabled state, named for screen readers without the mnemonic
    and the ellipsis."""
    button = named(QPushButton(act.text(), parent), f"{act.objectName()}Button",
                   act.text().replace("&", "").removesuffix("…"))
    button.setToolTip(act.toolTip())
    button.clicked.connect(act.trigger)
    button.setEnabled(act.isEnabled())
    act.enabledChanged.connect(button.setEnabled)
    return button


def action_buttons(actions: Iterable[QAction], parent: QWidget, row: QBoxLayout) -> dict[str, QPushButton]:
    """An ``action_button`` for each of ``actions``, added to ``row`` in order: by the action's object name."""
    buttons = {}
    for act in actions:
        buttons[act.objectName()] = button = action_button(act, parent)
        row.addWidget(button)
    return buttons


class StatePane(QWidget):
    """A centred message: "Loading…", an empty state, or an error with a button to try again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statePane")
        self._title = named(QLabel(self), "stateTitle")
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title.setWordWrap(True)
        self._message = named(QLabel(self), "stateMessage")
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._button = named(QPushButton(self), "stateButton")
        self._button.setVisible(False)
        self._action: Callable[[], None] | None = None
        self._button.clicked.connect(self._run_action)

        # The texts sit in a box of bounded width, centred; word-wrapped labels get their height from it.
        box = QWidget(self)
        box.setMaximumWidth(620)
        texts = spaced(QVBoxLayout(box), 10)
        texts.addWidget(self._title)
        texts.addWidget(self._message)
        texts.addSpacing(8)
        texts.addWidget(self._button, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 4)
        row.addStretch(1)
        column = spaced(QVBoxLayout(self), None, (32, 32, 32, 32))
        column.addStretch(2)
        column.addLayout(row)
        column.addStretch(3)

    @property
    def title(self) -> str:
        return self._title.text()

    @property
    def message(self) -> str:
        return self._message.text()

    @property
    def button(self) -> QPushButton:
        return self._button

    def show_state(
        self,
        title: str,
        message: str = "",
        *,
        kind: str = "info",
        action_text: str | None = None,
        action: Callable[[], None] | None = None,
    ) -> None:
        """``kind`` is ``info``, ``empty`` or ``error`` (the style sheet colours the title by it)."""
        self._title.setText(title)
        self._title.setProperty("kind", kind)
        repolish(self._title)
        self._message.setText(message)
        self._message.setVisible(bool(message))
        self._action = action
        self._button.setVisible(action is not None)
        if action_text:
            self._button.setText(action_text)

    def _run_action(self) -> None:
        if self._action is not None:
            self._action()


class CountCard(QFrame):
    """A number with what it counts below it; ``accent`` (green/orange/red) draws a coloured edge."""

    def __init__(self, label: str, count: str, parent: QWidget | None = None, *, accent: str = "",
                 detail: str = "") -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("countCard")
        self.setProperty("accent", accent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMinimumWidth(150)
        self.count_label = named(QLabel(count, self), "cardCount")
        self.name_label = named(QLabel(label, self), "cardLabel")
        self.name_label.setWordWrap(True)
        column = spaced(QVBoxLayout(self), 2, (16, 12, 16, 12))
        column.addWidget(self.count_label)
        column.addWidget(self.name_label)
        if detail:
            self.detail_label = named(QLabel(detail, self), "cardDetail")
            self.detail_label.setWordWrap(True)
            column.addWidget(self.detail_label)
        self.setAccessibleName(f"{label}: {count}")


def section_heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = named(QLabel(text, parent), "sectionHeading")
    label.setIndent(0)
    return label


def setup_read_only_table(view: QTableView, *, row_height: int,
                          selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.SingleSelection
                          ) -> None:
    """The look and behaviour every list of the app shares: whole rows selected, nothing editable, no grid, no
    wrapping, no row numbers, rows of ``row_height`` pixels, header sections not highlighted."""
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(selection)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(row_height)
    view.horizontalHeader().setHighlightSections(False)


def read_only_table(parent: QWidget, model: QAbstractItemModel, name: str, accessible_name: str, *,
                    row_height: int = 28, stretch: int | None = None,
                    selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.SingleSelection
                    ) -> QTableView:  # fmt: skip
    """A list of the app over ``model`` (``setup_read_only_table``), named for the tests and the screen readers: its
    columns as wide as their contents, and the last one (or column ``stretch``) taking the rest of the width."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible_name)
    view.setModel(model)
    setup_read_only_table(view, row_height=row_height, selection=selection)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def fit_height(dialog: QWidget) -> None:
    """As tall as the word-wrapped texts need at the dialog's width (a top-level layout does not do it itself)."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = max(dialog.width(), dialog.minimumWidth(), layout.totalMinimumSize().width())
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
    height = max(height, layout.totalMinimumSize().height())
    dialog.setMinimumHeight(height)
    dialog.resize(width, height)
