#!/usr/bin/env python3
"""Benchmark: the work queue « À traiter » at 10 000 to 1 000 000 orders (DESIGN §6, issue 4 point 7).

For each size the script bulk-loads minimal applicants and paid orders (a recursive CTE on SQLite,
``generate_series`` on PostgreSQL), then measures, as medians of ``--repeat`` runs on a warm database:

- **the table model** as the queue screen drives it, offscreen: ``QueueTableModel`` over an ``AppDeskSession``
  (permission check, ``QueueSpec`` → SQL, rows with the delivery clock, worker threads, results back on the GUI
  thread). *First screen*: from the reset to the first page shown — the model shows it at once and asks the
  exact count beside it, then adds the rows (the "count known" line: from then on the scroll bar reaches every
  row). Likewise a sort change (reference, descending, from the header) and a filter change (one service).
  *Jumps*, the count being known: ``data(index(n/2))`` (row 500 000 at most) and the last row, until the row is
  loaded (the model reads row n/2 by row number and the last page from the end of the index). *Open → row n/2*:
  first page, count and jump in a row. RSS of the process after browsing, with the whole application open at the
  end (the main window, every screen built, live updates on, « À traiter » scrolled to its last row);
- **the query layer** alone in one thread (``ocpm_desk.features.casework.reading`` with a caseworker ``Actor``),
request by
  request, as the model's workers run them;
- **the bare SQL** through the driver alone (``sqlite3``, or ``psycopg`` on PostgreSQL): the same statements,
  nothing above them — the floor. To row 500 000, the table model jumping there must stay within 3× of it. Every
  operation of the query layer is set beside its bare statements too: where the bare query takes half a millisecond
  (a first page, the last page) ours costs a fixed 2–3 ms more (the rows built with their delivery clock, SQLAlchemy),
  whatever the queue's size;
- on SQLite, **Qt's ``QSqlQueryModel``** (QSQLITE, the same rows in the same order), which knows no count: to show
  row n/2 it must ``fetchMore()`` until it gets there (the only way it has), caching every row on the way (time
  and RSS). Like for like, from the first screen shown to row n/2 shown: its walk against our jump (≥ 40×). From
  nothing to row n/2 (its exec and walk; our first page, count and jump) is reported beside.

Ours and the ``QSqlQueryModel`` peer each run in a fresh subprocess, so their RSS is theirs alone.

    python bench/work_queue.py [--orders 10000,100000[,1000000]] [--database URL] [--repeat N]

The database is ``--database``, else ``OCPM_DATABASE_URL``, else a fresh temporary SQLite file per size (deleted at
the end). A given database is migrated and loaded by the script (an empty one will do; the bench's own orders,
references ED-2099-…, are replaced at each size). When it is PostgreSQL, ours and the bare query are measured on it
and on a temporary SQLite file, ``QSqlQueryModel`` on SQLite. Prints a readable table, then, as its last line, one
JSON object with the figures (snake_case), the peers' and the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PAGE = 100
HALF_ROW_CAP = 500_000
REFERENCE_YEAR = 2099  # bench orders carry references ED-2099-…, apart from any real or demo order
BENCH_FIRST_NAME = "Bench"
BROWSE_PAGES = 50
TARGETS = {
    "first_screen_ms": 100.0,
    "sort_change_ms": 150.0,
    "filter_change_ms": 150.0,
    "jump_half_ms": 150.0,
    "jump_last_ms": 150.0,
    "rss_mb_1m": 350.0,
    "ratio_vs_qsqlquerymodel_row_half": 40.0,
    "ratio_vs_bare_query": 3.0,
}
# The same rows, in the same order, as « À traiter » (status paid, oldest payment first).
QSQL_SELECT = (
    "SELECT o.id, o.reference, o.service_code, a.last_name, a.first_name, o.paid_at, o.ordered_at, o.status, "
    "o.assigned_to, o.version FROM orders o JOIN applicants a ON a.id = o.applicant_id "
    "WHERE o.status = 'paid' AND o.paid_at IS NOT NULL"
)


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a comma-separated list of order counts") from None
    if not sizes or any(n < 2 * PAGE for n in sizes):
        raise argparse.ArgumentTypeError(f"order counts must be at least {2 * PAGE}")
    return sizes


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bench/work_queue.py",
        description="Time the « À traiter » queue (first screen, sort/filter change, jumps; query layer and the "
                    "offscreen table model, RSS) at each size, beside Qt's QSqlQueryModel and the bare keyset SQL.",
    )
    parser.add_argument("--orders", type=_sizes, default=[10_000, 100_000], metavar="N,N,…",
                        help="queue sizes, one load each (default 10000,100000; 1000000 is opt-in: loading takes "
                             "minutes)")
    parser.add_argument("--database", metavar="URL", default=None,
                        help="database URL (default: OCPM_DATABASE_URL, else a fresh temporary SQLite file per size)")
    parser.add_argument("--repeat", type=int, default=5, metavar="N", help="runs per figure, medians (default 5)")
    # internal: one measurement in a fresh process ("ours URL N" or "qsql PATH N")
    parser.add_argument("--measure", nargs=3, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


# ------------------------------------------------------------------------------------------------ helpers


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000.0, 2)


def _timed(fn: Callable[[], Any], repeat: int) -> float:
    """Median milliseconds of ``fn`` over ``repeat`` runs (after one warm-up run)."""
    fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return _median_ms(samples)


def _rss_mb() -> float:
    """Current resident set size (VmRSS) in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024.0, 1)
    except OSError:
        pass
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0, 1)


def _peak_rss_mb() -> float:
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0, 1)


def _half_row(n: int) -> int:
    return min(HALF_ROW_CAP, n // 2)


def _last_page_start(n: int) -> int:
    return (n - 1) // PAGE * PAGE


def _progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------------------------ loading


def _load(url: str, orders: int) -> float:
    """Migrate, load reference data, then ``orders`` paid orders with one applicant each; return seconds."""
    from datetime import UTC, datetime, timedelta
    from math import gcd

    from sqlalchemy import func, select, text

    from ocpm_desk.infrastructure.database import init_database
    from ocpm_desk.infrastructure.db.engine import make_engine
    from ocpm_desk.infrastructure.db.models import Order, PostalProduct, Service
    from ocpm_desk.infrastructure.uow import SYSTEM_CLI

    started = time.perf_counter()
    engine = make_engine(url)
    try:
        init_database(engine, SYSTEM_CLI)
        pg = engine.dialect.name == "postgresql"
        prefix = f"ED-{REFERENCE_YEAR}-"
        with engine.begin() as conn:
            if pg:
                conn.execute(text("SELECT ocpm_skip_row_audit()"))  # the database owner only
            others = conn.scalar(select(func.count()).select_from(Order).where(~Order.reference.startswith(prefix)))
            if others:
                raise SystemExit(f"bench/work_queue.py: the database holds {others} orders that are not the bench's: "
                                 "give an empty database")
            conn.execute(text("DELETE FROM orders WHERE reference LIKE :p"), {"p": prefix + "%"})
            conn.execute(text("DELETE FROM applicants WHERE first_name = :f"), {"f": BENCH_FIRST_NAME})
            services = list(conn.scalars(select(Service.code).order_by(Service.code)))
            product = conn.scalar(select(PostalProduct.code).where(PostalProduct.international.is_(False))
                                  .order_by(PostalProduct.code).limit(1))
            base_id = int(conn.scalar(select(func.coalesce(func.max(text("id")), 0)).select_from(text("applicants"))))
            multiplier = next(m for m in (7919, 7927, 7933, 7937) if gcd(m, orders) == 1)
            now = datetime.now(UTC).replace(microsecond=0)
            paid_base = now - timedelta(seconds=2 * orders) - timedelta(days=1)  # 2 s apart, paid order ≠ id order
            params = {"n": orders, "base": base_id, "mult": multiplier, "product": product, "first": BENCH_FIRST_NAME,
                      "prefix": prefix}
            fmt = "%Y-%m-%d %H:%M:%S"
            if pg:
                series = "generate_series(CAST(1 AS bigint), :n) AS s(i)"
                avs = "'756' || lpad(i::text, 10, '0')"
                reference = ":prefix || lpad(i::text, 8, '0')"
                paid = "(CAST(:paid AS timestamptz) + ((i * :mult) % :n) * 2 * interval '1 second')"
                ordered = "(CAST(:paid AS timestamptz) + ((i * :mult) % :n) * 2 * interval '1 second' " \
                          "- interval '1 hour')"
                service = "(ARRAY[" + ", ".join(f"'{s}'" for s in services) + f"])[1 + i % {len(services)}]"
                params["paid"] = paid_base.isoformat()
                head_a = head_o = ""
            else:
                series = "s"
                avs = "'756' || printf('%010d', i)"
                reference = ":prefix || printf('%08d', i)"
                paid = f"strftime('{fmt}', :paid, '+' || (((i * :mult) % :n) * 2) || ' seconds') || '.000000'"
                ordered = f"strftime('{fmt}', :ordered, '+' || (((i * :mult) % :n) * 2) || ' seconds') || '.000000'"
                service = "CASE i % " + str(len(services)) + " " + " ".join(
                    f"WHEN {k} THEN '{s}'" for k, s in enumerate(services)) + " END"
                params["paid"] = paid_base.replace(tzinfo=None).strftime(fmt)
                params["ordered"] = (paid_base - timedelta(hours=1)).replace(tzinfo=None).strftime(fmt)
                head_a = head_o = "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < :n) "
            conn.execute(text(
                head_a + "INSERT INTO applicants (id, avs, last_name, first_name, birth_date, email, language) "
                f"SELECT :base + i, {avs}, 'Banc' || (i % 1000), :first, CAST('1980-01-01' AS DATE), NULL, 'fr' "
                f"FROM {series}"), params)
            conn.execute(text(
                head_o + "INSERT INTO orders (reference, service_code, quantity, status, outcome, assigned_to, "
                "version, ordered_at, paid_at, applicant_id, delivery_product, addr_last_name, addr_first_name, "
                "addr_street, addr_house_number, addr_swiss_zip_code, addr_town, addr_country, clock_stopped, "
                "updated_at, updated_by) "
                f"SELECT {reference}, {service}, 1, 'paid', NULL, NULL, 1, {ordered}, {paid}, :base + i, :product, "
                "'Banc', 'Essai', 'Rue de l''Essai', '1', '1204', 'Genève', 'CH', false, "
                f"{paid}, 'system:bench' FROM {series}"), params)
            if pg:
                conn.execute(text("SELECT setval(pg_get_serial_sequence('applicants', 'id'), "
                                  "(SELECT max(id) FROM applicants))"))
        if pg:
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("VACUUM ANALYZE orders"))
                conn.execute(text("VACUUM ANALYZE applicants"))
    finally:
        engine.dispose()
    return time.perf_counter() - started


# ------------------------------------------------------------------------------------------------ ours


def _measure_ours(url: str, orders: int, repeat: int) -> dict[str, Any]:
    """Query layer, then the offscreen table model; runs in its own process (RSS is the whole app's)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dataclasses import replace

    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import text

    from ocpm_desk.bootstrap import AppDeskSession
    from ocpm_desk.features.accounts.api import StaffIdentity
    from ocpm_desk.features.casework import reading
    from ocpm_desk.features.casework.api import Queue, QueueSpec, SortKey
    from ocpm_desk.gui.background import wait_for_background
    from ocpm_desk.gui.casework.queue_model import PAID_ON as PAID_ON_COLUMN
    from ocpm_desk.gui.casework.queue_model import REFERENCE as REFERENCE_COLUMN
    from ocpm_desk.gui.casework.queue_model import QueueTableModel
    from ocpm_desk.infrastructure.db.engine import make_engine
    from ocpm_desk.infrastructure.uow import Actor
    from ocpm_desk.kernel.phrases import Phrase
    from ocpm_desk.kernel.roles import Role

    engine = make_engine(url)
    actor = Actor("bench_queue", frozenset({Role.CASEWORKER}))
    spec = QueueSpec(Queue.TO_PROCESS)
    by_reference = replace(spec, sort=SortKey.REFERENCE, descending=True)
    with engine.connect() as conn:
        service = conn.scalar(text("SELECT service_code FROM orders GROUP BY service_code "
                                   "ORDER BY count(*) DESC, service_code LIMIT 1"))
    by_service = replace(spec, service_codes=(service,))
    half, last_start = _half_row(orders), _last_page_start(orders)
    total = reading.queue_count(engine, actor, spec)
    if total != orders:
        raise SystemExit(f"bench/work_queue.py: the queue holds {total} orders, expected {orders}")

    def page(**where: Any) -> Callable[[], Any]:
        return lambda: reading.queue_page(engine, actor, spec, **where)

    def screen(s: QueueSpec) -> Callable[[], Any]:
        return lambda: (reading.queue_count(engine, actor, s), reading.queue_page(engine, actor, s, limit=PAGE))

    # As the table model asks: row n/2 by row number (it is not past the middle), the last page from the end.
    at_half = {"at": half, "limit": PAGE}
    at_last = {"at": -1, "limit": orders - last_start}
    checks = {"half": page(**at_half)()[0].reference, "last": page(**at_last)()[-1].reference}
    figures: dict[str, Any] = {
        # the query layer in this thread: what one worker runs for each request of the model
        "count_ms": _timed(lambda: reading.queue_count(engine, actor, spec), repeat),
        "first_page_ms": _timed(page(limit=PAGE), repeat),
        "count_and_first_page_ms": _timed(screen(spec), repeat),
        "sort_change_ms": _timed(screen(by_reference), repeat),
        "filter_change_ms": _timed(screen(by_service), repeat),
        "jump_half_ms": _timed(page(**at_half), repeat),
        "jump_last_ms": _timed(page(**at_last), repeat),
        "half_row": half,
        "reference_half": checks["half"],
        "filter_service": service,
    }

    # -- the table model, offscreen, as the queue screen drives it
    app = QApplication.instance() or QApplication([])  # noqa: F841 - the model needs it alive
    session = AppDeskSession(engine, StaffIdentity("bench_queue", "Bench", frozenset({Role.CASEWORKER})),
                             Phrase("bench"))
    model = QueueTableModel(session, spec)

    # Wait as the app does: the event loop sleeps until the worker's result arrives (a busy loop here would take
    # the GIL from the worker thread); the timer only bounds the sleep.
    waker = QTimer()
    waker.setInterval(20)
    waker.timeout.connect(lambda: None)
    waker.start()

    def wait(ready: Callable[[], bool], what: str, timeout: float = 120.0) -> float:
        deadline = time.perf_counter() + timeout
        while not ready():
            if time.perf_counter() > deadline:
                raise SystemExit(f"bench/work_queue.py: the table model did not load {what} within {timeout:.0f} s")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        return time.perf_counter()

    def loaded(row: int) -> Callable[[], bool]:
        return lambda: model.row_at(row) is not None

    def counted() -> bool:
        return model.count_known and not model.loading

    def first_screen(change: Callable[[], None], what: str) -> tuple[float, float]:
        """``change`` (a reset), then: the first page painted, the exact count known (seconds from the change)."""
        start = time.perf_counter()
        change()
        painted = wait(loaded(0), f"the first page ({what})")
        known = wait(counted, f"the count ({what})")
        return painted - start, known - start

    samples: dict[str, list[float]] = {key: [] for key in (
        "first_screen", "count_known", "jump_half", "jump_last", "reach_half", "reach_last", "sort_change",
        "sort_count_known", "filter_change", "filter_count_known")}  # fmt: skip
    for _ in range(repeat + 1):  # the first round warms up
        paint, known = first_screen(lambda: model.set_spec(spec), "to process")
        # the count is known: the scroll bar reaches every row; the user drags it to row n/2, then to the end
        start = time.perf_counter()
        model.data(model.index(half, 0))
        jumped_half = wait(loaded(half), f"row {half}") - start
        start = time.perf_counter()
        model.data(model.index(orders - 1, 0))
        jumped_last = wait(loaded(orders - 1), "the last row") - start
        if model.row_at(half).reference != checks["half"] or model.row_at(orders - 1).reference != checks["last"]:
            raise SystemExit("bench/work_queue.py: the table model shows other rows than the query layer")
        sort_paint, sort_known = first_screen(lambda: model.sort(REFERENCE_COLUMN, Qt.SortOrder.DescendingOrder),
                                              "sorted by reference")  # fmt: skip
        model.sort(PAID_ON_COLUMN, Qt.SortOrder.AscendingOrder)
        wait(counted, "the sort back")
        filter_paint, filter_known = first_screen(lambda: model.set_spec(by_service), "one service")
        for key, value in (("first_screen", paint), ("count_known", known), ("jump_half", jumped_half),
                           ("jump_last", jumped_last), ("reach_half", known + jumped_half),
                           ("reach_last", known + jumped_last), ("sort_change", sort_paint),
                           ("sort_count_known", sort_known), ("filter_change", filter_paint),
                           ("filter_count_known", filter_known)):  # fmt: skip
            samples[key].append(value)
    for values in samples.values():
        del values[0]
    # browse: the whole queue again, 50 pages scrolled from the middle, then sorted from the header
    model.set_spec(spec)
    wait(counted, "the queue")
    for page_number in range(BROWSE_PAGES):
        row = min(half + page_number * PAGE, orders - 1)
        for column in range(model.columnCount()):
            model.data(model.index(row, column))
        wait(loaded(row), f"row {row}")
    model.sort(REFERENCE_COLUMN, Qt.SortOrder.DescendingOrder)
    wait(lambda: counted() and model.row_at(0) is not None, "the sorted first screen")
    cached_pages = len(model.cached_pages())
    # and the whole application: the main window (every screen, live updates) on « À traiter », scrolled to the end
    from ocpm_desk.gui.app import application
    from ocpm_desk.gui.casework.queues import QueueScreen
    from ocpm_desk.gui.main_window import MainWindow

    application(["bench"], language="fr")
    window = MainWindow(session)
    window.show()
    window.show_screen("to_process")
    screen = window.screen_by_key("to_process")
    assert isinstance(screen, QueueScreen)
    wait(lambda: screen.settled and screen.model.count_known and not screen.model.loading, "the queue screen")
    screen.view.scrollToBottom()
    wait(lambda: screen.model.row_at(orders - 1) is not None, "the queue screen's last row")
    rss = _rss_mb()
    window.close()
    waker.stop()
    wait_for_background()
    figures.update({f"gui_{key}_ms": _median_ms(values) for key, values in samples.items()})
    figures.update({
        "gui_cached_pages": cached_pages,
        "rss_mb": rss,
        "peak_rss_mb": _peak_rss_mb(),
    })
    session.close()
    engine.dispose()
    return figures


# ------------------------------------------------------------------------------------------------ peers


def _measure_qsql(path: str, orders: int, repeat: int) -> dict[str, Any]:
    """Qt's QSqlQueryModel over QSQLITE: fetchMore until row n/2, then the last row; own process."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtSql import QSqlDatabase, QSqlQuery, QSqlQueryModel
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    db = QSqlDatabase.addDatabase("QSQLITE", "bench_queue")
    db.setDatabaseName(path)
    if not db.open():
        raise SystemExit(f"bench/work_queue.py: QSQLITE cannot open {path}: {db.lastError().text()}")
    half = _half_row(orders)
    rss_before = _rss_mb()
    runs = repeat if orders <= 100_000 else 1
    row0, reach_half, reach_last, walk_half, walk_last = [], [], [], [], []
    rss_half = rss_last = 0.0
    fetches = 0
    for run in range(runs):
        model = QSqlQueryModel()
        start = time.perf_counter()
        query = QSqlQuery(db)
        if not query.exec(QSQL_SELECT + " ORDER BY o.paid_at, o.id"):
            raise SystemExit(f"bench/work_queue.py: QSqlQuery failed: {query.lastError().text()}")
        model.setQuery(query)
        model.data(model.index(0, 1))
        t_row0 = time.perf_counter()
        fetches = 0
        while model.rowCount() <= half and model.canFetchMore():
            model.fetchMore()
            fetches += 1
        reference_half = model.data(model.index(half, 1))
        t_half = time.perf_counter()
        if run == 0:
            rss_half = _rss_mb()
        while model.canFetchMore():
            model.fetchMore()
            fetches += 1
        reference_last = model.data(model.index(model.rowCount() - 1, 1))
        t_last = time.perf_counter()
        if run == 0:
            rss_last = _rss_mb()
        if model.rowCount() != orders:
            raise SystemExit(f"bench/work_queue.py: QSqlQueryModel reached {model.rowCount()} rows, expected {orders}")
        row0.append(t_row0 - start)
        reach_half.append(t_half - start)
        reach_last.append(t_last - start)
        walk_half.append(t_half - t_row0)
        walk_last.append(t_last - t_row0)
        model.clear()
        del model, query
    db.close()
    del db
    QSqlDatabase.removeDatabase("bench_queue")
    del app
    return {
        "row0_ms": _median_ms(row0),
        "reach_half_ms": _median_ms(reach_half),
        "reach_last_ms": _median_ms(reach_last),
        "walk_half_ms": _median_ms(walk_half),  # from its first screen (row 0 shown) to row n/2
        "walk_last_ms": _median_ms(walk_last),  # … to the last row
        "fetch_more_calls": fetches,
        "runs": runs,
        "rss_mb_before": rss_before,
        "rss_mb_half": rss_half,
        "rss_mb_last": rss_last,
        "rss_growth_mb_last": round(rss_last - rss_before, 1),
        "reference_half": reference_half,
        "reference_last": reference_last,
    }


def _measure_bare(url: str, orders: int, repeat: int) -> dict[str, Any]:
    """The bare SQL alone, through the driver (sqlite3 or psycopg), no layer above it: the floor of each operation.

    The same statements as ours: count; first page (keyset); row n/2 (``OFFSET`` on the index to its key, then
    keyset from it); the last page (the other way round on the index, as ours reads it)."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    pg = u.get_backend_name() == "postgresql"
    if pg:
        import psycopg

        conn: Any = psycopg.connect(u.set(drivername="postgresql").render_as_string(hide_password=False),
                                    autocommit=True)  # fmt: skip
        mark = "%s"
    else:
        import sqlite3

        conn = sqlite3.connect(str(u.database))
        mark = "?"
    half, last_start = _half_row(orders), _last_page_start(orders)
    where = "WHERE status = 'paid' AND paid_at IS NOT NULL"
    order = " ORDER BY o.paid_at, o.id"

    def run(sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        return list(conn.execute(sql, params).fetchall())

    def count() -> Any:  # as ours counts: the queue's orders minus those without a payment date
        return run("SELECT (SELECT count(*) FROM orders WHERE status = 'paid') - "
                   "(SELECT count(*) FROM orders WHERE status = 'paid' AND paid_at IS NULL)")

    def first_page() -> Any:
        return run(QSQL_SELECT + order + f" LIMIT {PAGE}")

    def jump_half() -> Any:
        key = run(f"SELECT paid_at, id FROM orders {where} ORDER BY paid_at, id LIMIT 1 OFFSET {mark}", (half,))[0]
        return run(QSQL_SELECT + f" AND (o.paid_at, o.id) >= ({mark}, {mark})" + order + f" LIMIT {PAGE}",
                   tuple(key))  # fmt: skip

    def jump_last() -> Any:
        rows = run(QSQL_SELECT + " ORDER BY o.paid_at DESC, o.id DESC" + f" LIMIT {orders - last_start}")
        rows.reverse()
        return rows

    figures = {
        "count_ms": _timed(count, repeat),
        "first_page_ms": _timed(first_page, repeat),
        "count_and_first_page_ms": _timed(lambda: (count(), first_page()), repeat),
        "jump_half_ms": _timed(jump_half, repeat),
        "jump_last_ms": _timed(jump_last, repeat),
        "reference_half": jump_half()[0][1],
        "driver": "psycopg" if pg else "sqlite3",
    }
    conn.close()
    return figures


def _subprocess(kind: str, target: str, orders: int, repeat: int) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--measure", kind, target, str(orders), "--repeat",
         str(repeat)],
        capture_output=True, text=True, env=env, check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"bench/work_queue.py: measuring {kind} failed:\n{result.stderr.strip()}")
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


# ------------------------------------------------------------------------------------------------ the run


def _sqlite_path(url: str) -> str:
    from sqlalchemy.engine import make_url

    return str(make_url(url).database)


def _ratio(peer: float, ours: float) -> float:
    return round(peer / ours, 2) if ours > 0 else 0.0


#: ours (the query layer) against the bare SQL, operation by operation (reported)
BARE_OPERATIONS = ("count_ms", "first_page_ms", "count_and_first_page_ms", "jump_half_ms", "jump_last_ms")


def _run_size(orders: int, urls: dict[str, str], repeat: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for backend, url in urls.items():
        _progress(f"{backend}: loading {orders} orders …")
        load_s = _load(url, orders)
        _progress(f"{backend}: loaded in {load_s:.1f} s; measuring ours …")
        ours = _subprocess("ours", url, orders, repeat)
        _progress(f"{backend}: measuring the bare query …")
        bare = _measure_bare(url, orders, repeat)
        by_operation = {op.removesuffix("_ms"): _ratio(ours[op], bare[op]) for op in BARE_OPERATIONS}
        figures: dict[str, Any] = {
            "load_s": round(load_s, 1),
            "ours": ours,
            "bare_query": bare,
            # to row n/2: the real table model jumping there (worker, rows built, back on the GUI thread) against
            # the bare statements alone (≤ 3×, checked at row 500 000)
            "ratio_vs_bare_query": _ratio(ours["gui_jump_half_ms"], bare["jump_half_ms"]),
            "ratio_vs_bare_query_by_operation": by_operation,  # the query layer, request by request
        }
        if backend == "sqlite":
            _progress("sqlite: measuring QSqlQueryModel …")
            qsql = _subprocess("qsql", _sqlite_path(url), orders, repeat)
            figures.update({
                "qsqlquerymodel": qsql,
                # Like for like, each from its first screen shown to row n/2 shown: QSqlQueryModel fetchMore()s
                # its way there (the only way it has), ours jumps (the count is known: the scroll bar reaches it).
                "ratio_vs_qsqlquerymodel_row_half": _ratio(qsql["walk_half_ms"], ours["gui_jump_half_ms"]),
                "ratio_vs_qsqlquerymodel_row_last": _ratio(qsql["walk_last_ms"], ours["gui_jump_last_ms"]),
                # From nothing to row n/2: its exec and walk, against our first page, exact count and jump.
                "ratio_vs_qsqlquerymodel_row_half_from_open": _ratio(qsql["reach_half_ms"],
                                                                     ours["gui_reach_half_ms"]),
                "rows_agree": ours["reference_half"] == bare["reference_half"] == qsql["reference_half"],
            })
        else:
            figures["rows_agree"] = ours["reference_half"] == bare["reference_half"]
        figures["targets_met"] = _targets_met(orders, figures)
        out[backend] = figures
    return out


def _targets_met(orders: int, figures: dict[str, Any]) -> dict[str, bool]:
    ours = figures["ours"]
    met = {
        "first_screen_ms": ours["gui_first_screen_ms"] <= TARGETS["first_screen_ms"],
        "sort_change_ms": ours["gui_sort_change_ms"] <= TARGETS["sort_change_ms"],
        "filter_change_ms": ours["gui_filter_change_ms"] <= TARGETS["filter_change_ms"],
        "jump_half_ms": ours["gui_jump_half_ms"] <= TARGETS["jump_half_ms"],
        "jump_last_ms": ours["gui_jump_last_ms"] <= TARGETS["jump_last_ms"],
    }
    if orders >= 1_000_000:
        met["rss_mb_1m"] = ours["rss_mb"] <= TARGETS["rss_mb_1m"]
    if ours["half_row"] == HALF_ROW_CAP:  # the ratios are set for row 500 000 (of 1M)
        met["ratio_vs_bare_query"] = figures["ratio_vs_bare_query"] <= TARGETS["ratio_vs_bare_query"]
        if "ratio_vs_qsqlquerymodel_row_half" in figures:
            met["ratio_vs_qsqlquerymodel_row_half"] = (figures["ratio_vs_qsqlquerymodel_row_half"]
                                                       >= TARGETS["ratio_vs_qsqlquerymodel_row_half"])  # fmt: skip
    return met


def _print_table(results: dict[str, dict[str, Any]]) -> None:
    rows: list[tuple[str, ...]] = [("orders", "db", "figure", "ours", "peer", "ratio", "target")]
    for size, backends in results.items():
        for backend, f in backends.items():
            o, b, met = f["ours"], f["bare_query"], f["targets_met"]
            q = f.get("qsqlquerymodel")
            by_op = f["ratio_vs_bare_query_by_operation"]

            def line(name: str, ours: Any, peer: Any = "", ratio: Any = "", target: str = "", ok: bool | None = None,
                     size: str = size, backend: str = backend) -> None:
                mark = "" if ok is None else (" ✓" if ok else " ✗")
                rows.append((size, backend, name, str(ours), str(peer), str(ratio), target + mark))

            line("load (s)", f["load_s"])
            line("model: first screen, first page shown (ms)", o["gui_first_screen_ms"], target="≤ 100",
                 ok=met["first_screen_ms"])
            line("model:   … exact count known (ms)", o["gui_count_known_ms"])
            line("model: sort change, first page shown (ms)", o["gui_sort_change_ms"], target="≤ 150",
                 ok=met["sort_change_ms"])
            line("model:   … exact count known (ms)", o["gui_sort_count_known_ms"])
            line(f"model: filter {o['filter_service']}, first page shown (ms)", o["gui_filter_change_ms"],
                 target="≤ 150", ok=met["filter_change_ms"])
            line("model:   … exact count known (ms)", o["gui_filter_count_known_ms"])
            walk = " | QSqlQueryModel walk" if q else ""
            line(f"model: jump to row {o['half_row']} (ms){walk}", o["gui_jump_half_ms"],
                 q["walk_half_ms"] if q else "", f.get("ratio_vs_qsqlquerymodel_row_half", ""),
                 "≤ 150, ≥ 40×" if "ratio_vs_qsqlquerymodel_row_half" in met else "≤ 150",
                 met["jump_half_ms"] and met.get("ratio_vs_qsqlquerymodel_row_half", True))
            line(f"model: jump to row {o['half_row']} (ms) | bare {b['driver']}", o["gui_jump_half_ms"],
                 b["jump_half_ms"], f["ratio_vs_bare_query"], "≤ 3×" if "ratio_vs_bare_query" in met else "",
                 met.get("ratio_vs_bare_query"))
            line(f"model: jump to the last row (ms){walk}", o["gui_jump_last_ms"],
                 q["walk_last_ms"] if q else "", f.get("ratio_vs_qsqlquerymodel_row_last", ""), "≤ 150",
                 met["jump_last_ms"])
            line(f"model: open → row {o['half_row']} shown (ms){' | QSqlQueryModel' if q else ''}",
                 o["gui_reach_half_ms"],
                 q["reach_half_ms"] if q else "", f.get("ratio_vs_qsqlquerymodel_row_half_from_open", ""))
            line(f"RSS after browsing (MB){' | QSqlQueryModel at the last row' if q else ''}", o["rss_mb"],
                 q["rss_mb_last"] if q else "", "", "≤ 350 at 1M" if "rss_mb_1m" in met else "", met.get("rss_mb_1m"))
            line(f"query: count (ms) | bare {b['driver']}", o["count_ms"], b["count_ms"], by_op["count"])
            line("query: first page (ms) | bare", o["first_page_ms"], b["first_page_ms"], by_op["first_page"])
            line("query: count + first page (ms) | bare", o["count_and_first_page_ms"], b["count_and_first_page_ms"],
                 by_op["count_and_first_page"])
            line("query: sort change, count + page (ms)", o["sort_change_ms"])
            line("query: filter change, count + page (ms)", o["filter_change_ms"])
            line(f"query: row {o['half_row']} (ms) | bare", o["jump_half_ms"], b["jump_half_ms"], by_op["jump_half"])
            line("query: last page (ms) | bare", o["jump_last_ms"], b["jump_last_ms"], by_op["jump_last"])
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for i, r in enumerate(rows):
        print("  ".join(cell.ljust(w) if c < 3 else cell.rjust(w) for c, (cell, w) in enumerate(zip(r, widths,
                                                                                                strict=True))))
        if i == 0:
            print("  ".join("-" * w for w in widths))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.measure:
        kind, target, orders = args.measure[0], args.measure[1], int(args.measure[2])
        measure = {"ours": _measure_ours, "qsql": _measure_qsql, "bare": _measure_bare}[kind]
        print(json.dumps(measure(target, orders, args.repeat)))
        return 0

    from sqlalchemy.engine import make_url

    url = args.database or os.environ.get("OCPM_DATABASE_URL") or None
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="ocpm-bench-queue-") as tmp:
        for orders in args.orders:
            urls: dict[str, str] = {}
            if url and make_url(url).get_backend_name() == "sqlite":
                urls["sqlite"] = url
            else:
                urls["sqlite"] = f"sqlite:///{Path(tmp) / f'queue-{orders}.sqlite'}"
                if url:
                    urls["postgresql"] = url
            results[str(orders)] = _run_size(orders, urls, args.repeat)
            if not url or "postgresql" in urls:
                Path(_sqlite_path(urls["sqlite"])).unlink(missing_ok=True)
    _print_table(results)
    summary = {
        "benchmark": "queue",
        "query_path": "ocpm_desk.features.casework.reading.queue_count/queue_page (caseworker Actor); "
                      "model: QueueTableModel over AppDeskSession, offscreen",
        "page_size": PAGE,
        "repeat": args.repeat,
        "targets": TARGETS,  # rss_mb_1m and ratio_vs_qsqlquerymodel_row_half are checked at 1 000 000 orders only
        "sizes": results,
    }
    print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
