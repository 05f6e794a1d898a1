"""The grounds of a refusal, in the refusal editor: the catalogue's grounds to tick (the chosen ones first, in their
order), the legal basis of the current one, and its paragraph, editable once it is ticked (the catalogue's text can
be put back). What was typed in a ground's paragraph is kept while another ground is shown.

``changed`` says the user edited something (filling is not editing). The texts keep the editor's translation
context ("RefusalEditor").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QVBoxLayout, QWidget

from ocpm_desk.features.refusals.api import GroundChoice
from ocpm_desk.gui.widgets import named, section_heading, spaced

CODE_ROLE = Qt.ItemDataRole.UserRole


class GroundsEditor(QWidget):
    """``grounds_list`` (Space ticks), ``ground_basis`` and ``ground_text`` (the current ground's paragraph)."""

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._texts: dict[str, str] = {}  # ground code → its paragraph as edited
        self._catalogue: dict[str, GroundChoice] = {}
        self._filling = False
        column = spaced(QVBoxLayout(self), 8)
        translate = QCoreApplication.translate  # lupdate reads translate("RefusalEditor", …)
        heading = section_heading(translate("RefusalEditor", "&Grounds"), self)
        column.addWidget(heading)
        self.grounds_list = named(QListWidget(self), "groundsList",
                                  translate("RefusalEditor", "Grounds of the catalogue (Space ticks)"))
        self.grounds_list.setMinimumHeight(110)
        self.grounds_list.itemChanged.connect(self._ground_ticked)
        self.grounds_list.currentItemChanged.connect(lambda _c, _p: self._show_ground())
        heading.setBuddy(self.grounds_list)
        column.addWidget(self.grounds_list)
        self.ground_basis = named(QLabel(self), "groundBasis")
        self.ground_basis.setWordWrap(True)
        column.addWidget(self.ground_basis)
        text_label = QLabel(translate("RefusalEditor", "&Paragraph of the ground:"), self)
        self.ground_text = named(QPlainTextEdit(self), "groundText")
        self.ground_text.setTabChangesFocus(True)
        self.ground_text.setAccessibleName(translate("RefusalEditor", "Paragraph of the chosen ground"))
        self.ground_text.setFixedHeight(self.ground_text.fontMetrics().lineSpacing() * 4 + 14)
        self.ground_text.textChanged.connect(self._ground_edited)
        text_label.setBuddy(self.ground_text)
        column.addWidget(text_label)
        column.addWidget(self.ground_text)

    def add_below_text(self, widget: QWidget) -> None:
        """A widget under the paragraph, on its left (the editor's "catalogue text" button)."""
        column = self.layout()
        assert isinstance(column, QVBoxLayout)
        column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)

    def set_catalogue(self, catalogue: Iterable[GroundChoice]) -> None:
        self._catalogue = {g.code: g for g in catalogue}

    def fill(self, chosen: Iterable[tuple[str, str]]) -> None:
        """The catalogue's grounds, those of ``chosen`` (code, paragraph) ticked and first (no ``changed``)."""
        was, self._filling = self._filling, True
        try:
            picked = dict(chosen)
            self._texts = {g.code: picked.get(g.code, g.text) for g in self._catalogue.values()}
            self.grounds_list.clear()
            for code in [*picked, *(c for c in self._catalogue if c not in picked)]:
                ground = self._catalogue.get(code)
                title = ground.title if ground is not None else code
                basis = ground.legal_basis if ground is not None else ""
                item = QListWidgetItem(f"{title} — {basis}" if basis else title, self.grounds_list)
                item.setData(CODE_ROLE, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if code in picked else Qt.CheckState.Unchecked)
                if ground is not None and ground.suggested:
                    item.setToolTip(QCoreApplication.translate(
                        "RefusalEditor", "Suggested: the condition this ground answers is not met."))
            if self.grounds_list.count():
                self.grounds_list.setCurrentRow(0)
        finally:
            self._filling = was
        self._show_ground()

    def grounds(self) -> tuple[tuple[str, str], ...]:
        """The ticked grounds in their order: (code, paragraph as edited)."""
        ticked = []
        for row in range(self.grounds_list.count()):
            item = self.grounds_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                code = item.data(CODE_ROLE)
                ticked.append((code, self._texts.get(code, "").strip()))
        return tuple(ticked)

    def titles(self) -> Mapping[str, str]:
        return {g.code: g.title for g in self._catalogue.values()}

    def set_ground(self, code: str, ticked: bool) -> None:
        for row in range(self.grounds_list.count()):
            item = self.grounds_list.item(row)
            if item.data(CODE_ROLE) == code:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def reset_text(self) -> None:
        """The catalogue's paragraph of the current ground again (when it is ticked)."""
        code = self._current_code()
        ground = self._catalogue.get(code) if code else None
        if ground is not None and not self.ground_text.isReadOnly():
            self.ground_text.setPlainText(ground.text)  # textChanged records it

    def _current_code(self) -> str | None:
        item = self.grounds_list.currentItem()
        code = item.data(CODE_ROLE) if item is not None else None
        return code if isinstance(code, str) else None

    def _show_ground(self) -> None:
        code = self._current_code()
        ground = self._catalogue.get(code) if code else None
        self._filling, was = True, self._filling
        try:
            self.ground_text.setPlainText(self._texts.get(code, "") if code else "")
        finally:
            self._filling = was
        item = self.grounds_list.currentItem()
        ticked = item is not None and item.checkState() == Qt.CheckState.Checked
        self.ground_text.setReadOnly(not ticked)
        if ground is None:
            self.ground_basis.setText("")
        else:
            basis = QCoreApplication.translate("RefusalEditor", "Legal basis: {basis}").format(basis=ground.legal_basis)
            self.ground_basis.setText(basis if ticked else basis + " — " + QCoreApplication.translate(
                "RefusalEditor", "tick the ground to use it"))

    def _ground_ticked(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        if item is self.grounds_list.currentItem():
            self._show_ground()
        self.changed.emit()

    def _ground_edited(self) -> None:
        if self._filling:
            return
        code = self._current_code()
        if code is not None:
            self._texts[code] = self.ground_text.toPlainText()
        self.changed.emit()
