"""Audit trail (supervisors and auditors): who did what, and who viewed which order's personal data (LIPAD).

Filters (order reference, person, action, Geneva days) sit above the results and stay visible whatever the state
of the results; Search (or Enter) loads in the background like every screen. Each search is itself audited by the
service. Auditors may also verify the whole chain: the result says intact with the count and the head, or names
the first broken event in red. Below it, the workstation's witness (the newest head it saw, kept by the service):
when the chain no longer contains it, its last events were deleted or rewritten, and the result says so in red.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ocpm_desk.features.audit.api import AuditFilter, AuditRow, AuditVerification, AuditWitness
from ocpm_desk.gui.audit.model import ACTION, PERSON, AuditEventsModel
from ocpm_desk.gui.audit.text import format_moment
from ocpm_desk.gui.audit.vocabulary import action_filter_choices
from ocpm_desk.gui.background import BackgroundTask, run_in_background
from ocpm_desk.gui.failures import describe_failure
from ocpm_desk.gui.formatting import format_count
from ocpm_desk.gui.qdates import filter_date_edit, pydate
from ocpm_desk.gui.screen import DataScreen, ScreenState
from ocpm_desk.gui.style import ERROR
from ocpm_desk.gui.widgets import named, read_only_table, repolish, set_tab_order, spaced
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.permissions import Permission, has_permission
from ocpm_desk.session import DeskSession

# How many events one search shows at most (the newest).
SEARCH_LIMIT = 500
# The widest the person and the action columns grow, in average characters.
PERSON_CHARS, ACTION_CHARS = 20, 36
# Hexadecimal digits of a witness's hash shown (the whole hash is in the tooltip).
WITNESS_HASH_SHOWN = 12
OK_COLOUR = "#2e7d32"
_RESULT_STYLE = f"""
QLabel#verifyResult[kind="ok"] {{ color: {OK_COLOUR}; font-weight: 600; }}
QLabel#verifyResult[kind="error"] {{ color: {ERROR}; font-weight: 600; }}
QLabel#verifyResult[kind="info"] {{ color: #5b6570; }}
QLabel#auditWitness {{ color: #5b6570; }}
"""


class AuditScreen(DataScreen):
    key = "audit"

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._verify_task: BackgroundTask | None = None
        self._searched: AuditFilter = AuditFilter(limit=SEARCH_LIMIT)
        self.filters = self._build_filters()
        self.verify_bar = self._build_verify_bar()
        column = self.layout()
        assert isinstance(column, QVBoxLayout)
        column.insertWidget(1, self.filters)  # between the header and the results: visible in every state
        column.addWidget(self.verify_bar)
        # the filters above the results, the verification below them (the filters were built after the table)
        set_tab_order(self.refresh_button, self.order_edit, self.person_edit, self.action_combo, self.from_check,
                      self.from_date, self.to_check, self.to_date, self.search_button, self.state_pane.button,
                      self.view, self.verify_button)  # fmt: skip
        self.state_changed.connect(self._state_changed)

    # -- DataScreen ------------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Audit trail")

    def build_content(self) -> QWidget:
        self.model = AuditEventsModel(self)
        view = read_only_table(self, self.model, "auditTable", self.tr("Audit events"),
                               stretch=self.model.columnCount() - 1)
        header = view.horizontalHeader()
        # the person and the action fit their text up to a width (see _fit_columns): the details keep the room
        for column in (PERSON, ACTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(90)
        view.doubleClicked.connect(lambda index: self.show_order_trail(index.row()))
        self.view = view
        return view

    def loader(self) -> Callable[[], object]:
        session, filters = self._session, self.current_filter()
        self._searched = filters
        return lambda: (session.audit.search_audit(filters), session.audit.screen_witness())

    def empty_text(self) -> tuple[str, str]:
        return self.tr("No audit event matches these filters"), self.tr("Change the filters and search again.")

    def show_data(self, data: object) -> bool:
        assert isinstance(data, tuple)
        rows: list[AuditRow] = data[0]
        witness: AuditWitness | None = data[1]
        self._show_witness(witness)  # as soon as the screen opens, not only after a verification
        if witness is not None and witness.lost:
            self._show_lost(witness)
        self.model.set_events(rows)
        self._fit_columns()
        if not rows:
            details = ""
        elif len(rows) >= self._searched.limit:
            details = self.tr("The newest {count} events: narrow the filters to see older ones").format(
                count=format_count(len(rows))
            )
        else:
            details = self.tr("{count} events, newest first · dates and times in Geneva time").format(
                count=format_count(len(rows))
            )
        self.set_details(details)
        return bool(rows)

    def _fit_columns(self) -> None:
        """The person and the action as wide as their longest text, up to a width that leaves the details room (a
        cut text is whole in the cell's tooltip)."""
        widest = {PERSON: PERSON_CHARS, ACTION: ACTION_CHARS}
        for column, chars in widest.items():
            self.view.resizeColumnToContents(column)
            cap = self.view.fontMetrics().averageCharWidth() * chars
            if self.view.columnWidth(column) > cap:
                self.view.setColumnWidth(column, cap)

    # -- filters -----------------------------------------------------------------------------------------------

    def _build_filters(self) -> QWidget:
        box = named(QWidget(self), "auditFilters")
        grid = spaced(QGridLayout(box))
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)

        self.order_edit = named(QLineEdit(box), "auditOrderFilter")
        self.order_edit.setPlaceholderText("ED-2026-00012345")
        self.order_edit.setClearButtonEnabled(True)
        self.order_edit.setMinimumWidth(170)
        self.person_edit = named(QLineEdit(box), "auditPersonFilter")
        self.person_edit.setPlaceholderText(self.tr("user name"))
        self.person_edit.setClearButtonEnabled(True)
        self.person_edit.setMinimumWidth(130)
        self.action_combo = named(QComboBox(box), "auditActionFilter")
        for text, action, tip in self._action_choices():
            self.action_combo.addItem(text, action)
            if tip:
                self.action_combo.setItemData(self.action_combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.action_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.action_combo.setMinimumWidth(self.action_combo.sizeHint().width())  # the longest choice stays readable
        # choosing an action searches at once: "who viewed what" is one choice away
        self.action_combo.activated.connect(lambda _index: self.search())

        today = clock.today()  # Geneva's day, whatever the workstation's zone
        self.from_check = named(QCheckBox(self.tr("Fro&m"), box), "auditFromCheck")
        self.from_date = filter_date_edit(box, today - timedelta(days=30), "auditFromDate")
        self.from_date.setAccessibleName(self.tr("From date"))
        self.to_check = named(QCheckBox(self.tr("&To"), box), "auditToCheck")
        self.to_date = filter_date_edit(box, today, "auditToDate")
        self.to_date.setAccessibleName(self.tr("To date"))
        self.from_check.toggled.connect(self.from_date.setEnabled)
        self.to_check.toggled.connect(self.to_date.setEnabled)

        self.search_button = named(QPushButton(self.tr("&Search"), box), "auditSearchButton")
        self.search_button.setToolTip(self.tr("Search the audit trail with these filters (Enter)"))
        self.search_button.clicked.connect(self.search)

        labels = (self.tr("Order"), self.tr("Person"), self.tr("Action"))
        fields: tuple[QWidget, ...] = (self.order_edit, self.person_edit, self.action_combo)
        for column, (text, field) in enumerate(zip(labels, fields, strict=True)):
            label = named(QLabel(text, box), "filterLabel")
            label.setBuddy(field)
            grid.addWidget(label, 0, column)
            grid.addWidget(field, 1, column)
        for column, (check, edit) in enumerate(((self.from_check, self.from_date), (self.to_check, self.to_date)), 3):
            grid.addWidget(check, 0, column)
            grid.addWidget(edit, 1, column)
        grid.addWidget(self.search_button, 1, 5)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(6, 1)  # what is left goes after the button

        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), box)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.search)
        return box

    def _action_choices(self) -> list[tuple[str, str | None, str]]:
        """(label, action or prefix, tooltip) of the action filter (``audit_text`` names a recorded search's too)."""
        return action_filter_choices()

    def current_filter(self) -> AuditFilter:
        """The filters as typed; empty fields and unticked dates mean "any"."""
        action = self.action_combo.currentData()
        return AuditFilter(
            order_reference=self.order_edit.text().strip() or None,
            actor=self.person_edit.text().strip() or None,
            action=action if isinstance(action, str) else None,
            date_from=pydate(self.from_date.date()) if self.from_check.isChecked() else None,
            date_to=pydate(self.to_date.date()) if self.to_check.isChecked() else None,
            limit=SEARCH_LIMIT,
        )

    def search(self) -> None:
        self.reload()

    def show_order_trail(self, row: int) -> None:
        """Every event of the order of ``row`` (all actions, all dates)."""
        if not 0 <= row < self.model.rowCount():
            return
        reference = self.model.row_event(row).order_reference
        if not reference:
            return
        self.order_edit.setText(reference)
        self.person_edit.clear()
        self.action_combo.setCurrentIndex(0)
        self.from_check.setChecked(False)
        self.to_check.setChecked(False)
        self.search()

    def _state_changed(self, state: str) -> None:
        self.search_button.setEnabled(state != ScreenState.LOADING.value)

    # -- verification ------------------------------------------------------------------------------------------

    def _build_verify_bar(self) -> QWidget:
        bar = named(QWidget(self), "auditVerifyBar")
        row = spaced(QHBoxLayout(bar), 12)
        self.verify_button = named(QPushButton(self.tr("&Verify the chain"), bar), "auditVerifyButton")
        self.verify_button.setToolTip(
            self.tr("Recompute every event's hash: any event changed or deleted since it was written is named")
        )
        self.verify_button.clicked.connect(self.verify)
        self.verify_result = named(QLabel(bar), "verifyResult")
        self.verify_result.setStyleSheet(_RESULT_STYLE)
        self.verify_result.setWordWrap(True)
        self.verify_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.witness_label = named(QLabel(bar), "auditWitness")
        self.witness_label.setStyleSheet(_RESULT_STYLE)
        self.witness_label.setWordWrap(True)
        self.witness_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.witness_label.hide()  # until a verification tells it
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.verify_result)
        texts.addWidget(self.witness_label)
        row.addWidget(self.verify_button)
        row.addLayout(texts, 1)
        # Supervisors see their team's trail; verifying the chain is the auditors' (the service checks again).
        bar.setVisible(has_permission(self._session.identity.roles, Permission.VERIFY_AUDIT))
        return bar

    @property
    def verifying(self) -> bool:
        return self._verify_task is not None and not self._verify_task.done

    def verify(self) -> None:
        if self.verifying:
            return
        self.verify_button.setEnabled(False)
        self._show_result(self.tr("Verifying the whole chain…"), "info")
        self._verify_task = run_in_background(self, self._session.audit.verify_with_witness, self._verified,
                                              self._verify_failed)

    def _verified(self, result: AuditVerification) -> None:
        self.verify_button.setEnabled(True)
        witness = result.witness
        self._show_witness(witness)
        if witness is not None and witness.lost:
            self._show_lost(witness)
            return
        if result.intact:
            if result.head_id is None or result.head_hash is None:
                self._show_result(self.tr("✓ Chain intact: no event yet"), "ok")
                return
            self._show_result(
                self.tr("✓ Chain intact: {count} events checked, head {head}").format(
                    count=format_count(result.checked), head=f"{result.head_id}:{result.head_hash}"
                ),
                "ok",
            )
        else:
            # the service's reason is plain English and names the event (domain messages are shown as they are)
            self._show_result(
                self.tr("✗ Chain broken at event {id}: {reason}").format(
                    id=result.first_broken_id or "?", reason=result.reason or "?"
                ),
                "error",
            )

    def _show_lost(self, witness: AuditWitness) -> None:
        self._show_result(
            self.tr(
                "✗ The chain no longer contains event {id} ({hash}…), the newest this workstation saw (on {when}): "
                "its last events were deleted or rewritten. If the database was restored on purpose, record its "
                "head on this workstation with: ocpm-desk-admin verify-audit --accept-head ID:HASH"
            ).format(id=witness.head_id, hash=witness.head_hash[:WITNESS_HASH_SHOWN],
                     when=format_moment(witness.recorded_at)),
            "error",
        )

    def _show_witness(self, witness: AuditWitness | None) -> None:
        """The workstation's witness (id, start of the hash, when recorded); hidden when there is none."""
        if witness is None:
            self.witness_label.hide()
            return
        self.witness_label.setText(
            self.tr("Witness of this workstation: event {id} ({hash}…), recorded on {when}").format(
                id=witness.head_id, hash=witness.head_hash[:WITNESS_HASH_SHOWN],
                when=format_moment(witness.recorded_at),
            )
        )
        self.witness_label.setToolTip(f"{witness.head_id}:{witness.head_hash}")
        self.witness_label.show()

    def _verify_failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self._show_result(describe_failure(exc), "error")

    def _show_result(self, text: str, kind: str) -> None:
        self.verify_result.setText(text)
        self.verify_result.setProperty("kind", kind)
        repolish(self.verify_result)
