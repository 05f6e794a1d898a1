"""Overview: how many orders are in each status, and how the open ones stand against the delivery clock (G6)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ocpm_desk.gui.formatting import format_count, format_datetime
from ocpm_desk.gui.labels import STATUS_STAGES, clock_explanation, clock_label, stage_label, status_label
from ocpm_desk.gui.screens.base import DataScreen
from ocpm_desk.gui.widgets import CountCard, section_heading
from ocpm_desk.services.desk import Overview

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
        scroll = QScrollArea(self)
        scroll.setObjectName("overviewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._body = QWidget(scroll)
        self._body.setObjectName("screenBody")
        self._column = QVBoxLayout(self._body)
        self._column.setContentsMargins(0, 0, 8, 0)
        self._column.setSpacing(10)

        self._column.addWidget(section_heading(self.tr("Orders by status"), self._body))
        self._status_grid = QGridLayout()
        self._status_grid.setHorizontalSpacing(12)
        self._status_grid.setVerticalSpacing(12)
        self._column.addLayout(self._status_grid)

        self._column.addSpacing(18)
        self._column.addWidget(section_heading(self.tr("Delivery clock of open orders"), self._body))
        clock_note = QLabel(
            self.tr("Counted in working days from the order: target 7, limit 14 (general terms, G6)."),
            self._body,
        )
        clock_note.setObjectName("sectionNote")
        clock_note.setWordWrap(True)
        self._column.addWidget(clock_note)
        self._clock_grid = QGridLayout()
        self._clock_grid.setHorizontalSpacing(12)
        self._clock_grid.setVerticalSpacing(10)
        self._column.addLayout(self._clock_grid)
        self.clock_bar = ClockBar(self._body)
        self._column.addStretch(1)
        scroll.setWidget(self._body)

        self.status_cards: dict[str, CountCard] = {}
        self.clock_cards: dict[str, CountCard] = {}
        return scroll

    def loader(self) -> Callable[[], object]:
        session = self._session
        return lambda: session.overview()

    def empty_text(self) -> tuple[str, str]:
        return self.tr("No orders to show"), self.tr("There are no orders in the statuses your roles may see.")

    def show_data(self, data: object) -> bool:
        assert isinstance(data, Overview)
        self.set_details(self.tr("Figures as of {time}").format(time=format_datetime(data.as_of)))
        if not data.counts:
            return False
        self._fill_status_cards(data)
        self._fill_clock_cards(data)
        return True

    def _fill_status_cards(self, data: Overview) -> None:
        _clear(self._status_grid)
        self.status_cards = {}
        counts = {c.status: c.count for c in data.counts}
        row = 0
        for stage, statuses in STATUS_STAGES:
            shown = [s for s in statuses if s in counts]
            if not shown:
                continue
            stage_name = QLabel(stage_label(stage), self._body)
            stage_name.setObjectName("stageLabel")
            stage_name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._status_grid.addWidget(stage_name, row, 0)
            for column, status in enumerate(shown, start=1):
                card = CountCard(status_label(status), format_count(counts[status]), self._body)
                self.status_cards[status.value] = card
                self._status_grid.addWidget(card, row, column)
            row += 1
        _align_columns(self._status_grid)

    def _fill_clock_cards(self, data: Overview) -> None:
        self._clock_grid.removeWidget(self.clock_bar)
        _clear(self._clock_grid)
        self.clock_cards = {}
        open_label = QLabel(self.tr("Open orders"), self._body)
        open_label.setObjectName("stageLabel")
        open_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._clock_grid.addWidget(open_label, 0, 0)
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
            self._clock_grid.addWidget(card, 0, column)
        # An empty cell keeps the fourth card column, so that the cards line up with the status cards above.
        filler = QWidget(self._body)
        filler.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._clock_grid.addWidget(filler, 0, len(values) + 1)
        self._clock_grid.addWidget(self.clock_bar, 1, 1, 1, len(values))
        self.clock_bar.set_counts(data.on_track, data.due, data.late)
        _align_columns(self._clock_grid)


def _align_columns(grid: QGridLayout) -> None:
    """Stage names in a fixed column, then equal card columns, so that both grids line up."""
    grid.setColumnMinimumWidth(0, STAGE_COLUMN_WIDTH)
    for column in range(1, CARD_COLUMNS + 1):
        grid.setColumnStretch(column, 1)


def _clear(grid: QGridLayout) -> None:
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
