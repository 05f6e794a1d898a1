"""Help menu dialogs: the list of keyboard shortcuts (built from the window's actions) and About."""

from __future__ import annotations

import platform
import sys
from collections.abc import Iterable

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

import ocpm_desk
from ocpm_desk.gui.table_model import Column, RowsModel
from ocpm_desk.gui.widgets import named, spaced


def action_title(action: QAction) -> str:
    """The action's menu text without its mnemonic ampersand and trailing ellipsis."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.removesuffix("…").removesuffix("...").strip()


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the window, read from its actions so that the list cannot go stale."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows: list[tuple[str, str]] = []
        seen: set[str] = set()
        for action in actions:
            for sequence in action.shortcuts():
                keys = sequence.toString(QKeySequence.SequenceFormat.NativeText)
                if keys and keys not in seen:
                    seen.add(keys)
                    rows.append((action_title(action), keys))

        self.model: RowsModel[tuple[str, str]] = RowsModel((
            Column(lambda: self.tr("Action"), lambda r: r[0], tooltip=lambda _r: ""),
            Column(lambda: self.tr("Shortcut"), lambda r: r[1], tooltip=lambda _r: ""),
        ), self)  # fmt: skip
        self.model.set_rows(rows)
        self.table = named(QTableView(self), "shortcutsTable", self.tr("Keyboard shortcuts"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        intro = QLabel(self.tr("Every action of the main window can be reached from the keyboard."), self)
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        column = spaced(QVBoxLayout(self), 12, (20, 18, 20, 14))
        column.addWidget(intro)
        column.addWidget(self.table, 1)
        column.addWidget(buttons)
        # Tall enough to list every shortcut without scrolling (the list is short).
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height() + 28 * len(rows) + 2 * self.table.frameWidth() + 2
        )
        self.resize(480, self.sizeHint().height())

    def shortcuts(self) -> list[tuple[str, str]]:
        """(action, keys) as listed."""
        return [(self.model.cell_text(row, 0), self.model.cell_text(row, 1)) for row in range(self.model.rowCount())]


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("About", "About OCPM Desk"),
        QCoreApplication.translate(
            "About",
            "<h3>OCPM Desk {version}</h3>"
            "<p>Back-office application of the Cantonal Office for Population and Migration (OCPM), "
            "Republic and Canton of Geneva.</p>"
            "<p>Python {python} · Qt {qt} · PySide6 {pyside} · {system}</p>",
        ).format(
            version=ocpm_desk.__version__,
            python=platform.python_version(),
            qt=qVersion(),
            pyside=PySide6.__version__,
            system=f"{platform.system()} {platform.release()}" if sys.platform != "win32" else platform.platform(),
        ),
    )
