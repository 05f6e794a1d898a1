"""The filter bar of « Toutes les commandes »: a search (reference, last name or AVS number), the service, the
status, the delivery clock and the payment dates. Enter, the search button or a choice in a list searches again
(``search_requested``); ``apply`` puts the filters into the queue's ``QueueSpec``.

The texts keep the queue screen's translation context ("QueueScreen").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ocpm_desk.features.casework.api import QueueSpec
from ocpm_desk.gui.labels import clock_explanation, clock_label, local, status_label
from ocpm_desk.gui.qdates import filter_date_edit, pydate
from ocpm_desk.gui.widgets import named, spaced
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.calendar import GENEVA, DeliveryClock
from ocpm_desk.kernel.lifecycle import Status

if TYPE_CHECKING:
    # the services offered, for the service filter (read through the session's reference API)
    from ocpm_desk.features.reference.api import Catalogue


def _geneva_midnight(day: date) -> datetime:
    return datetime.combine(day, time(), GENEVA)


class QueueFilters(QWidget):
    """Two rows: search, service, status and the search button; then the delivery clock and the payment dates."""

    search_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("queueFilters")
        rows = spaced(QVBoxLayout(self), 8)
        row = QHBoxLayout()
        row.setSpacing(10)
        second = QHBoxLayout()  # the delivery clock and the payment dates, on a line of their own
        second.setSpacing(10)
        rows.addLayout(row)
        rows.addLayout(second)
        translate = QCoreApplication.translate  # lupdate reads translate("QueueScreen", …)
        self.search_edit = named(QLineEdit(self), "queueSearch", translate("QueueScreen", "Search"))
        self.search_edit.setPlaceholderText(translate("QueueScreen", "Reference, last name or AVS number"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(280)
        self.service_combo = named(QComboBox(self), "queueServiceFilter", translate("QueueScreen", "Service"))
        self.service_combo.addItem(translate("QueueScreen", "All services"), None)
        self.service_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.service_combo.activated.connect(lambda _index: self.search_requested.emit())
        self.status_combo = named(QComboBox(self), "queueStatusFilter", translate("QueueScreen", "Status"))
        self.status_combo.addItem(translate("QueueScreen", "All statuses"), None)
        for status in Status:
            self.status_combo.addItem(status_label(status), status.value)
        self.status_combo.activated.connect(lambda _index: self.search_requested.emit())
        self.clock_combo = named(QComboBox(self), "queueClockFilter", translate("QueueScreen", "Delivery clock"))
        self.clock_combo.setToolTip(translate("QueueScreen", "Delivery clock of open orders (working days since the "
                                                             "order)"))  # fmt: skip
        self.clock_combo.addItem(translate("QueueScreen", "Any delivery clock"), None)
        for bucket in DeliveryClock:
            self.clock_combo.addItem(clock_label(bucket.value), bucket.value)
            self.clock_combo.setItemData(self.clock_combo.count() - 1, clock_explanation(bucket.value),
                                         Qt.ItemDataRole.ToolTipRole)  # fmt: skip
        self.clock_combo.activated.connect(lambda _index: self.search_requested.emit())
        today = clock.today()
        self.paid_from_check = named(QCheckBox(translate("QueueScreen", "&Paid from"), self), "queuePaidFromCheck")
        self.paid_from_date = filter_date_edit(self, today - timedelta(days=30), "queuePaidFrom")
        self.paid_from_date.setAccessibleName(translate("QueueScreen", "Paid from date"))
        self.paid_to_check = named(QCheckBox(translate("QueueScreen", "&to"), self), "queuePaidToCheck")
        self.paid_to_date = filter_date_edit(self, today, "queuePaidTo")
        self.paid_to_date.setAccessibleName(translate("QueueScreen", "Paid to date"))
        self.paid_from_check.toggled.connect(self.paid_from_date.setEnabled)
        self.paid_to_check.toggled.connect(self.paid_to_date.setEnabled)
        self.search_button = named(QPushButton(translate("QueueScreen", "&Search"), self), "queueSearchButton")
        self.search_button.setToolTip(translate("QueueScreen", "Search with these filters (Enter)"))
        self.search_button.clicked.connect(lambda _checked=False: self.search_requested.emit())
        row.addWidget(self.search_edit, 2)
        row.addWidget(self.service_combo, 1)
        row.addWidget(self.status_combo)
        row.addWidget(self.search_button)
        second.addWidget(self.clock_combo)
        second.addSpacing(6)
        second.addWidget(self.paid_from_check)
        second.addWidget(self.paid_from_date)
        second.addWidget(self.paid_to_check)
        second.addWidget(self.paid_to_date)
        second.addStretch(1)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.search_requested.emit)

    def tab_chain(self) -> list[QWidget]:
        """The filters in reading order, for the screen's tab order."""
        return [self.search_edit, self.service_combo, self.status_combo, self.search_button, self.clock_combo,
                self.paid_from_check, self.paid_from_date, self.paid_to_check, self.paid_to_date]  # fmt: skip

    def apply(self, spec: QueueSpec) -> QueueSpec:
        """``spec`` with what the filters say; a payment date range includes the whole day "to"."""
        service = self.service_combo.currentData()
        status = self.status_combo.currentData()
        bucket = self.clock_combo.currentData()
        paid_from = paid_to = None
        if self.paid_from_check.isChecked():
            paid_from = _geneva_midnight(pydate(self.paid_from_date.date()))
        if self.paid_to_check.isChecked():
            paid_to = _geneva_midnight(pydate(self.paid_to_date.date()) + timedelta(days=1))
        return replace(spec, search=self.search_edit.text().strip() or None,
                       service_codes=(service,) if isinstance(service, str) else (),
                       statuses=(Status(status),) if isinstance(status, str) else (),
                       clock=DeliveryClock(bucket) if isinstance(bucket, str) else None,
                       paid_from=paid_from, paid_to=paid_to)  # fmt: skip

    def add_services(self, catalogue: Catalogue) -> None:
        """The services of the catalogue (each code once, its label as tooltip) after "All services"."""
        seen: set[str] = set()
        for service in catalogue.services:
            if service.code in seen:
                continue
            seen.add(service.code)
            self.service_combo.addItem(service.code, service.code)
            self.service_combo.setItemData(self.service_combo.count() - 1, local(service.label),
                                           Qt.ItemDataRole.ToolTipRole)  # fmt: skip
