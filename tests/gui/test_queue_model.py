"""The queue table model: over a million orders computed on demand (``MillionSession``: more than a test database
holds) for count, paging, placeholder and cache; over the real services (``add_workload``) for refreshes that keep the
selection on its orders while other workstations take some."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from gui_fakes import GUI_THREAD, WatchedSession, session_for
from ocpm_factories import add_orders
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from ocpm_desk.features.casework.api import Queue, QueueRow, QueueSpec, SortKey
from ocpm_desk.gui.casework.queue_model import PAID_ON, PLACEHOLDER, REFERENCE, WORKING_DAYS, QueueTableModel
from ocpm_desk.kernel.calendar import DeliveryClock
from ocpm_desk.kernel.lifecycle import Status

pytestmark = pytest.mark.gui

MILLION = 1_000_000
START = datetime(2020, 1, 1, tzinfo=UTC)


class MillionSession:
    """``casework.queue_count`` / ``casework.queue_page`` over 1 000 000 paid orders, each computed from its row
    number (the model asks nothing else)."""

    def __init__(self, total: int = MILLION) -> None:
        self.casework = self
        self.total = total
        self.counts = 0
        self.pages: list[dict[str, Any]] = []
        self.threads: set[int] = set()

    def _row(self, n: int) -> QueueRow:
        paid_at = START + timedelta(minutes=n)
        days = n % 20
        clock = DeliveryClock.ON_TRACK if days < 7 else DeliveryClock.DUE if days <= 14 else DeliveryClock.LATE
        return QueueRow(n + 1, f"ED-2026-{n + 1:08d}", "ATT-RES", f"Nom{n}, Prénom", paid_at, paid_at, days,
                        clock, Status.PAID, None, 1, paid_at)  # fmt: skip

    def _number(self, key: tuple[Any, int]) -> int:
        return key[1] - 1

    def queue_count(self, spec: QueueSpec) -> int:
        self.threads.add(threading.get_ident())
        self.counts += 1
        return self.total

    def queue_page(self, spec: QueueSpec, *, after: tuple[Any, int] | None = None,
                   before: tuple[Any, int] | None = None, at: int | None = None, limit: int = 100
                   ) -> list[QueueRow]:  # fmt: skip
        self.threads.add(threading.get_ident())
        self.pages.append({"after": after, "before": before, "at": at, "limit": limit})
        if at is not None:
            start = self.total + at - limit + 1 if at < 0 else at  # at=-k: the page ending with the k-th from the end
        elif before is not None:
            start = max(0, self._number(before) - limit)
            limit = self._number(before) - start
        elif after is not None:
            start = self._number(after) + 1
        else:
            start = 0
        return [self._row(n) for n in range(max(start, 0), min(start + limit, self.total))]


def loaded_model(qtbot: QtBot, session: Any, **kwargs: int) -> QueueTableModel:
    model = QueueTableModel(session, QueueSpec(Queue.TO_PROCESS), **kwargs)
    model.set_spec(QueueSpec(Queue.TO_PROCESS))
    qtbot.waitUntil(lambda: model.count_known)
    return model


def wait_for_row(qtbot: QtBot, model: QueueTableModel, row: int) -> None:
    model.data(model.index(row, REFERENCE))
    qtbot.waitUntil(lambda: model.row_at(row) is not None and not model.loading)


def test_the_row_count_is_the_queue_count_asked_once_off_the_gui_thread(qtbot: QtBot) -> None:
    session = MillionSession()
    model = loaded_model(qtbot, session)
    assert model.rowCount() == MILLION
    assert session.counts == 1
    assert len(session.pages) == 1  # the first page comes with the count
    assert GUI_THREAD not in session.threads


def test_jumping_to_the_last_row_loads_only_its_page_placeholder_first(qtbot: QtBot) -> None:
    session = MillionSession()
    model = loaded_model(qtbot, session)
    last = model.index(MILLION - 1, REFERENCE)
    assert model.data(last) == PLACEHOLDER
    assert model.row_at(MILLION - 1) is None
    with qtbot.waitSignal(model.dataChanged, timeout=5000) as changed:
        pass
    top, bottom = changed.args[0], changed.args[1]
    assert (top.row(), bottom.row()) == (MILLION - 100, MILLION - 1)
    assert model.data(last) == "ED-2026-01000000"
    assert session.pages[1:] == [{"after": None, "before": None, "at": -1, "limit": 100}]  # read from the end
    # asking again, or for another row of the same page, costs nothing
    model.data(model.index(MILLION - 50, REFERENCE))
    assert len(session.pages) == 2


def test_duplicate_requests_of_a_page_are_coalesced(qtbot: QtBot) -> None:
    session = MillionSession()
    model = loaded_model(qtbot, session)
    for row in range(500_000, 500_100):
        for column in range(model.columnCount()):
            model.data(model.index(row, column))
    qtbot.waitUntil(lambda: not model.loading)
    assert [p["at"] for p in session.pages[1:]] == [500_000]


def test_a_page_next_to_a_cached_one_is_fetched_by_keyset(qtbot: QtBot) -> None:
    session = MillionSession()
    model = loaded_model(qtbot, session)
    wait_for_row(qtbot, model, 150)  # page 1, after the last row of page 0
    assert session.pages[-1]["after"] is not None and session.pages[-1]["at"] is None
    wait_for_row(qtbot, model, 700_050)  # by row number: no neighbour
    wait_for_row(qtbot, model, 699_950)  # page 6999, before the first row of page 7000
    assert session.pages[-1]["before"] is not None
    assert [model.row_at(r).reference for r in (150, 699_950, 699_999, 700_000)] == [  # type: ignore[union-attr]
        "ED-2026-00000151", "ED-2026-00699951", "ED-2026-00700000", "ED-2026-00700001"]  # fmt: skip


def test_the_page_cache_evicts_the_least_recently_used_page(qtbot: QtBot) -> None:
    session = MillionSession()
    model = loaded_model(qtbot, session, cache_pages=3)
    for row in (10_000, 20_000, 30_000):
        wait_for_row(qtbot, model, row)
    assert model.cached_pages() == [100, 200, 300]  # page 0 went first
    model.data(model.index(10_001, REFERENCE))  # page 100 used again: now the most recent
    wait_for_row(qtbot, model, 40_000)
    assert model.cached_pages() == [300, 100, 400]
    fetched = len(session.pages)  # before asking: the fetch runs on a worker thread and may finish at once
    assert model.data(model.index(20_000, REFERENCE)) == PLACEHOLDER
    wait_for_row(qtbot, model, 20_000)
    assert len(session.pages) == fetched + 1


def test_the_delivery_clock_has_a_colour_and_words(qtbot: QtBot) -> None:
    session = MillionSession()
    model = loaded_model(qtbot, session)
    late = model.index(19, WORKING_DAYS)  # 19 working days
    assert model.data(late) == "19 · En retard"
    assert model.data(late, Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    assert model.data(late, Qt.ItemDataRole.BackgroundRole) is not None
    assert "En retard" in model.data(late, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(3, WORKING_DAYS)) == "3 · Dans les délais"
    assert model.data(model.index(10, WORKING_DAYS)) == "10 · À échéance"
    assert model.data(model.index(3, REFERENCE), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(3, REFERENCE), Qt.ItemDataRole.DecorationRole) is None
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Référence", "Prestation", "Demandeur", "Payée le", "Jours ouvrables", "Statut",
                       "Attribuée à"]  # fmt: skip
    assert model.data(model.index(0, 5)) == "Payée"


def test_the_selection_is_kept_when_pages_arrive(qtbot: QtBot) -> None:
    from PySide6.QtCore import QItemSelection

    session = MillionSession()
    model = loaded_model(qtbot, session)
    selection = QItemSelectionModel(model)
    selection.select(QItemSelection(model.index(5, 0), model.index(250, 0)),
                     QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
    wait_for_row(qtbot, model, 250)
    assert len(selection.selectedRows()) == 246


def test_clicking_a_sortable_header_sorts_in_sql_and_resets(qtbot: QtBot) -> None:
    session = MillionSession()
    model = loaded_model(qtbot, session)
    with qtbot.waitSignal(model.modelReset):
        model.sort(REFERENCE, Qt.SortOrder.DescendingOrder)
    assert (model.spec.sort, model.spec.descending) == (SortKey.REFERENCE, True)
    qtbot.waitUntil(lambda: model.count_known)
    assert session.counts == 2
    model.sort(WORKING_DAYS)  # not sortable in SQL: nothing happens
    assert model.spec.sort is SortKey.REFERENCE and session.counts == 2
    model.sort(PAID_ON)
    assert model.spec.sort is SortKey.PAID_AT


def test_the_model_passes_qt_model_tester(qtbot: QtBot, qtmodeltester: Any, gui_engine: Engine) -> None:
    add_orders(gui_engine, 250)
    model = QueueTableModel(session_for(gui_engine, "cdubois"), QueueSpec(Queue.TO_PROCESS), page_size=100)
    qtmodeltester.check(model)
    model.set_spec(QueueSpec(Queue.TO_PROCESS))
    qtbot.waitUntil(lambda: model.rowCount() == 250)
    for row in (0, 120, 249):
        wait_for_row(qtbot, model, row)
    qtmodeltester.check(model)
    model.refresh()
    qtbot.waitUntil(lambda: not model.loading)
    qtmodeltester.check(model)


def taken_elsewhere(engine: Engine, *order_ids: int) -> None:
    """jmeyer claims the orders on his workstation: they leave « À traiter »."""
    other = session_for(engine, "jmeyer")
    for order_id in order_ids:
        other.casework.claim(order_id, 1)


def test_a_refresh_keeps_the_rows_shown_until_the_new_ones_arrive(qtbot: QtBot, workload: Engine) -> None:
    model = QueueTableModel(session_for(workload, "cdubois"), QueueSpec(Queue.TO_PROCESS))
    model.set_spec(QueueSpec(Queue.TO_PROCESS))
    qtbot.waitUntil(lambda: model.rowCount() == 30)
    first = model.data(model.index(0, REFERENCE))
    taken_elsewhere(workload, 1)
    model.refresh()
    assert model.data(model.index(0, REFERENCE)) == first  # still shown meanwhile, not a placeholder
    qtbot.waitUntil(lambda: model.rowCount() == 29 and model.data(model.index(0, REFERENCE)) != first)
    qtbot.waitUntil(lambda: not model.loading)


class SlowCountSession(MillionSession):
    """``queue_count`` waits for the test's gate: a count of a million rows taking its time."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()

    def queue_count(self, spec: QueueSpec) -> int:
        assert self.gate.wait(10), "the test never opened the gate"
        return super().queue_count(spec)


def test_the_first_page_shows_before_the_count_which_then_adds_the_rows(qtbot: QtBot) -> None:
    session = SlowCountSession()
    model = QueueTableModel(session, QueueSpec(Queue.TO_PROCESS))
    counts: list[int] = []
    model.count_changed.connect(counts.append)
    model.set_spec(QueueSpec(Queue.TO_PROCESS))
    qtbot.waitUntil(lambda: model.row_at(0) is not None)
    assert model.rowCount() == 100 and not model.count_known and model.loading and counts == []
    assert model.data(model.index(99, REFERENCE)) == "ED-2026-00000100"
    with qtbot.waitSignal(model.rowsInserted, timeout=5000) as inserted:
        session.gate.set()
    assert (inserted.args[1], inserted.args[2]) == (100, MILLION - 1)
    assert model.rowCount() == MILLION and model.count_known and counts == [MILLION]
    qtbot.waitUntil(lambda: not model.loading)
    assert len(session.pages) == 1 and session.counts == 1  # the count ran beside the first page, once


def test_a_count_that_came_first_is_used_by_the_first_screen(qtbot: QtBot) -> None:
    session = MillionSession()
    model = QueueTableModel(session, QueueSpec(Queue.TO_PROCESS))
    load = model.first_load(QueueSpec(Queue.TO_PROCESS))  # starts the count on a worker
    qtbot.waitUntil(lambda: not model.loading)  # the count is in
    total, rows = load()
    assert total == 100  # a full page: a lower bound only
    with qtbot.assertNotEmitted(model.rowsInserted):
        model.set_loaded(QueueSpec(Queue.TO_PROCESS), total, rows)
    assert model.rowCount() == MILLION and model.count_known and session.counts == 1


def test_a_short_first_page_is_the_whole_queue_without_waiting_for_the_count(qtbot: QtBot, workload: Engine) -> None:
    model = QueueTableModel(session_for(workload, "cdubois"), QueueSpec(Queue.TO_PROCESS))
    total, rows = model.first_load(QueueSpec(Queue.TO_PROCESS))()
    model.set_loaded(QueueSpec(Queue.TO_PROCESS), total, rows)
    assert model.rowCount() == 30 and model.count_known
    qtbot.waitUntil(lambda: not model.loading)
    assert model.rowCount() == 30


def test_a_page_in_the_second_half_of_a_big_queue_is_read_from_the_end(qtbot: QtBot) -> None:
    session = MillionSession()
    model = loaded_model(qtbot, session)
    wait_for_row(qtbot, model, 900_000)
    assert session.pages[-1]["at"] == -(MILLION - 900_100 + 1)
    assert model.row_at(900_000).reference == "ED-2026-00900001"  # type: ignore[union-attr]
    assert model.row_at(900_099).reference == "ED-2026-00900100"  # type: ignore[union-attr]


def _select(model: QueueTableModel, *rows: int) -> QItemSelectionModel:
    selection = QItemSelectionModel(model)
    for row in rows:
        selection.select(model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
    selection.setCurrentIndex(model.index(rows[-1], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    return selection


def _selected_references(model: QueueTableModel, selection: QItemSelectionModel) -> list[str]:
    return [model.row_at(i.row()).reference for i in sorted(selection.selectedRows(), key=lambda i: i.row())]  # type: ignore[union-attr]


def _paged_model(qtbot: QtBot, session: WatchedSession) -> QueueTableModel:
    model = QueueTableModel(session, QueueSpec(Queue.TO_PROCESS), page_size=10)
    model.set_spec(QueueSpec(Queue.TO_PROCESS))
    qtbot.waitUntil(lambda: model.count_known and not model.loading)
    return model


def test_a_refresh_keeps_the_selection_on_its_orders_when_rows_above_leave(
    qtbot: QtBot, qtmodeltester: Any, workload: Engine
) -> None:
    model = _paged_model(qtbot, session_for(workload, "cdubois"))
    wait_for_row(qtbot, model, 15)
    selection = _select(model, 5, 6, 15)
    assert _selected_references(model, selection) == ["ED-2026-00000006", "ED-2026-00000007", "ED-2026-00000016"]
    qtmodeltester.check(model)
    # claimed on another workstation: two orders above the selection, and one of the selected orders
    taken_elsewhere(workload, 2, 3, 7)
    model.refresh()
    qtbot.waitUntil(lambda: not model.loading)
    assert model.rowCount() == 27
    assert _selected_references(model, selection) == ["ED-2026-00000006", "ED-2026-00000016"]
    assert [i.row() for i in sorted(selection.selectedRows(), key=lambda i: i.row())] == [3, 12]
    assert selection.currentIndex().row() == 12  # the current row follows its order too
    qtmodeltester.check(model)


def test_a_refresh_adds_rows_and_the_selection_follows_down(qtbot: QtBot, workload: Engine) -> None:
    model = _paged_model(qtbot, session_for(workload, "cdubois"))
    selection = _select(model, 4)
    # an order paid before every other one arrives (imported late): it comes at the top
    (older,) = add_orders(workload, 1, start=datetime(2025, 12, 1, tzinfo=UTC))
    model.refresh()
    qtbot.waitUntil(lambda: not model.loading)
    assert model.rowCount() == 31
    assert model.row_at(0).id == older  # type: ignore[union-attr]
    assert _selected_references(model, selection) == ["ED-2026-00000005"]
    assert selection.selectedRows()[0].row() == 5


def test_a_page_shorter_than_the_count_said_recounts(qtbot: QtBot, workload: Engine) -> None:
    session = session_for(workload, "cdubois")
    model = _paged_model(qtbot, session)
    assert model.rowCount() == 30
    wait_for_row(qtbot, model, 15)
    taken_elsewhere(workload, 26, 27, 28, 29, 30)
    counted = len(session.thread_of("casework.queue_count"))
    model.data(model.index(25, REFERENCE))  # page 2, after page 1's last row, comes back with 5 rows, not 10
    qtbot.waitUntil(lambda: model.rowCount() == 25 and not model.loading)
    assert len(session.thread_of("casework.queue_count")) == counted + 1
    assert model.data(model.index(24, REFERENCE)) == "ED-2026-00000025"


def test_a_refresh_asked_during_a_refresh_runs_once_after_it(qtbot: QtBot, workload: Engine) -> None:
    session = session_for(workload, "cdubois")
    model = QueueTableModel(session, QueueSpec(Queue.TO_PROCESS))
    model.set_spec(QueueSpec(Queue.TO_PROCESS))
    qtbot.waitUntil(lambda: model.count_known and not model.loading)
    before = len(session.thread_of("casework.queue_count"))
    session.gate = threading.Event()
    model.refresh()
    model.refresh()
    model.refresh()
    session.gate.set()
    qtbot.waitUntil(lambda: not model.loading)
    # the one running, then one for the changes announced meanwhile
    assert len(session.thread_of("casework.queue_count")) - before == 2
