"""Overview: how many orders are in each status, and how the open ones stand against the delivery clock (G6)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ocpm_desk.features.overview.api import Overview
from ocpm_desk.gui.formatting import format_count, format_datetime
from ocpm_desk.gui.labels import STATUS_STAGES, clock_explanation, clock_label, stage_label, status_label
from ocpm_desk.gui.screen import DataScreen
from ocpm_desk.gui.widgets import CountCard, named, section_heading, spaced

#: Colours of the delivery clock (also used by the queues): green, orange, red.
CLOCK_COLOURS = {"on_track": "#2e7d32", "due": "#e07b00", "late": "#c62828"}
CLOCK_ACCENTS = {"on_track": "green", "due": "orange", "late": "red"}
CARD_COLUMNS = 4
STAGE_COLUMN_WIDTH = 120


class ClockBar(QWidget):
    """A horizontal bar split in proportion to the on-track, due and late counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[str, int] = {}
        self.setMinimumHeight(12)
        self.setMaximumHeight(12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_counts(self, on_track: int, due: int, late: int) -> None:
        self._counts = {"on_track": on_track, "due": due, "late": late}
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        rect = QRectF(self.rect())
        painter.setBrush(QColor("#e3e6ea"))
        painter.drawRoundedRect(rect, 4, 4)
        total = sum(self._counts.values())
        if total <= 0:
            return
        x = rect.left()
        for bucket in ("on_track", "due", "late"):
            width = rect.width() * self._counts.get(bucket, 0) / total
            if width <= 0:
                continue
            painter.setBrush(QColor(CLOCK_COLOURS[bucket]))
            painter.drawRect(QRectF(x, rect.top(), width, rect.height()))
            x += width
        painter.end()


class OverviewScreen(DataScreen):
    key = "overview"

    def title(self) -> str:
        return self.tr("Overview")

    def build_content(self) -> QWidget:
        scroll = named(QScrollArea(self), "overviewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._body = named(QWidget(scroll), "screenBody")
        column = spaced(QVBoxLayout(self._body), None, (0, 0, 8, 0))
        # One grid for both sections, so that stage names and cards line up from top to bottom.
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(12)
        column.addLayout(self._grid)
        column.addStretch(1)
        scroll.setWidget(self._body)
        self.clock_bar = ClockBar(self._body)
        self.status_cards: dict[str, CountCard] = {}
        self.clock_cards: dict[str, CountCard] = {}
        return scroll

    def loader(self) -> Callable[[], object]:
        session = self._session
        return lambda: session.overview.overview()

    def empty_text(self) -> tuple[str, str]:
        return self.tr("No orders to show"), self.tr("There are no orders in the statuses your roles may see.")

    def show_data(self, data: object) -> bool:
        assert isinstance(data, Overview)
        self.set_details(self.tr("Figures as of {time}").format(time=format_datetime(data.as_of)))
        if not data.counts:
            return False
        self._grid.removeWidget(self.clock_bar)
        _clear(self._grid)
        row = self._add_status_cards(data, 0)
        if data.clock_shown:
            self._add_clock(data, row)
        else:
            self.clock_bar.hide()
        self._grid.setColumnMinimumWidth(0, STAGE_COLUMN_WIDTH)
        for column in range(1, CARD_COLUMNS + 1):
            self._grid.setColumnStretch(column, 1)
        return True

    def _add_heading(self, text: str, row: int, note: str = "") -> int:
        self._grid.addWidget(section_heading(text, self._body), row, 0, 1, CARD_COLUMNS + 1)
        row += 1
        if note:
            label = named(QLabel(note, self._body), "sectionNote")
            label.setWordWrap(True)
            self._grid.addWidget(label, row, 0, 1, CARD_COLUMNS + 1)
            row += 1
        return row

    def _add_stage_label(self, text: str, row: int) -> None:
        label = named(QLabel(text, self._body), "stageLabel")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._grid.addWidget(label, row, 0)

    def _add_status_cards(self, data: Overview, row: int) -> int:
        self.status_cards = {}
        counts = {c.status: c.count for c in data.counts}
        row = self._add_heading(self.tr("Orders by status"), row)
        for stage, statuses in STATUS_STAGES:
            shown = [s for s in statuses if s in counts]
            if not shown:
                continue
            self._add_stage_label(stage_label(stage), row)
            for column, status in enumerate(shown, start=1):
                card = CountCard(status_label(status), format_count(counts[status]), self._body)
                self.status_cards[status.value] = card
                self._grid.addWidget(card, row, column)
            row += 1
        return row

    def _add_clock(self, data: Overview, row: int) -> int:
        self.clock_cards = {}
        self._grid.setRowMinimumHeight(row, 18)
        row = self._add_heading(
            self.tr("Delivery clock of open orders"),
            row + 1,
            self.tr("Counted in working days from the order date: target 7, limit 14."),
        )
        self._add_stage_label(self.tr("Open orders"), row)
        values = {"on_track": data.on_track, "due": data.due, "late": data.late}
        for column, (bucket, value) in enumerate(values.items(), start=1):
            card = CountCard(
                clock_label(bucket),
                format_count(value),
                self._body,
                accent=CLOCK_ACCENTS[bucket],
                detail=clock_explanation(bucket),
            )
            self.clock_cards[bucket] = card
            self._grid.addWidget(card, row, column)
        self._grid.addWidget(self.clock_bar, row + 1, 1, 1, len(values))
        self.clock_bar.set_counts(data.on_track, data.due, data.late)
        self.clock_bar.show()
        return row + 2


def _clear(grid: QGridLayout) -> None:
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
    for row in range(grid.rowCount()):
        grid.setRowMinimumHeight(row, 0)
