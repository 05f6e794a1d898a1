#!/usr/bin/env python3
"""Benchmark: the work queue « À traiter » at 10 000 to 1 000 000 orders (DESIGN §6, issue 4 point 7).

For each size the script bulk-loads minimal applicants and paid orders (a recursive CTE on SQLite,
``generate_series`` on PostgreSQL), then measures, as medians of ``--repeat`` runs on a warm database:

- our query layer, through ``ocpm_desk.services.reading.queue_count`` / ``queue_page`` with a caseworker ``Actor``
  (permission check, ``QueueSpec`` → SQL, rows with the delivery clock): the first screen (count + first page of
  100), a sort change (reference, descending) and a filter change (one service), each count + first page, and a
  jump to row 500 000 (n/2 when smaller) and to the last page (as the table model asks: ``at=`` a row number);
- the GUI table model itself, offscreen: ``QueueTableModel`` over an ``AppDeskSession``: time until row 0 is
  loaded, until ``data(index(n/2))`` is loaded after a jump (and until the last row), and the process RSS after
  browsing (first screen, jumps, 50 pages scrolled, a sort change) — the whole app's modules are loaded;
- peers on SQLite, same data and query: Qt's ``QSqlQueryModel`` (QSQLITE, ``SELECT … ORDER BY paid_at, id``) which
  has to ``fetchMore`` up to row n/2 and the last row (time and RSS), and the bare keyset SQL alone through
  ``sqlite3`` (count + first page; ``OFFSET`` to the key then keyset for a jump): the floor.

Ours and the ``QSqlQueryModel`` peer each run in a fresh subprocess, so their RSS is theirs alone.

    python bench/queue.py [--orders 10000,100000[,1000000]] [--database URL] [--repeat N]

The database is ``--database``, else ``OCPM_DATABASE_URL``, else a fresh temporary SQLite file per size (deleted at
the end). A given database is migrated and loaded by the script (an empty one will do; the bench's own orders,
references ED-2099-…, are replaced at each size). When it is PostgreSQL, ours is measured on it and on a temporary
SQLite file, the peers on SQLite. Prints a readable table, then, as its last line, one JSON object with the
figures (snake_case), the peers' and the ratios.
"""

from __future__ import annotations

import sys

# This file is named like the standard library's ``queue``, which keyring's dependencies import: run as a script,
# its own folder must not shadow it.
if sys.path and sys.path[0] and __file__.startswith(sys.path[0].rstrip("/") + "/"):
    del sys.path[0]

import argparse
import json
import os
import statistics
import subprocess
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
        prog="bench/queue.py",
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

    from ocpm_desk.adapters.db.engine import make_engine
    from ocpm_desk.adapters.db.models import Order, PostalProduct, Service
    from ocpm_desk.services.database import init_database
    from ocpm_desk.services.uow import SYSTEM_CLI

    started = time.perf_counter()
    engine = make_engine(url)
    try:
        init_database(engine, SYSTEM_CLI)
        pg = engine.dialect.name == "postgresql"
        prefix = f"ED-{REFERENCE_YEAR}-"
        with engine.begin() as conn:
            if pg:
                conn.execute(text("SET LOCAL ocpm.skip_row_audit = 'on'"))  # honoured for the database owner only
            others = conn.scalar(select(func.count()).select_from(Order).where(~Order.reference.startswith(prefix)))
            if others:
                raise SystemExit(f"bench/queue.py: the database holds {others} orders that are not the bench's: "
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

    from ocpm_desk.adapters.db.engine import make_engine
    from ocpm_desk.bootstrap import AppDeskSession
    from ocpm_desk.domain.roles import Role
    from ocpm_desk.gui.background import wait_for_background
    from ocpm_desk.gui.models.queue import REFERENCE as REFERENCE_COLUMN
    from ocpm_desk.gui.models.queue import QueueTableModel
    from ocpm_desk.queries.queues import Queue, QueueSpec, SortKey
    from ocpm_desk.services import reading
    from ocpm_desk.services.desk import StaffIdentity
    from ocpm_desk.services.uow import Actor

    engine = make_engine(url)
    actor = Actor("bench_queue", frozenset({Role.CASEWORKER}))
    spec = QueueSpec(Queue.TO_PROCESS)
    by_reference = replace(spec, sort=SortKey.REFERENCE, descending=True)
    with engine.connect() as conn:
        from sqlalchemy import text

        service = conn.scalar(text("SELECT service_code FROM orders GROUP BY service_code "
                                   "ORDER BY count(*) DESC, service_code LIMIT 1"))
    by_service = replace(spec, service_codes=(service,))
    half, last_start = _half_row(orders), _last_page_start(orders)
    total = reading.queue_count(engine, actor, spec)
    if total != orders:
        raise SystemExit(f"bench/queue.py: the queue holds {total} orders, expected {orders}")

    def screen(s: QueueSpec) -> Callable[[], Any]:
        return lambda: (reading.queue_count(engine, actor, s), reading.queue_page(engine, actor, s, limit=PAGE))

    checks = {
        "half": reading.queue_page(engine, actor, spec, at=half, limit=PAGE)[0].reference,
        "last": reading.queue_page(engine, actor, spec, at=last_start, limit=PAGE)[-1].reference,
    }
    figures: dict[str, Any] = {
        "first_screen_ms": _timed(screen(spec), repeat),
        "sort_change_ms": _timed(screen(by_reference), repeat),
        "filter_change_ms": _timed(screen(by_service), repeat),
        "count_ms": _timed(lambda: reading.queue_count(engine, actor, spec), repeat),
        "first_page_ms": _timed(lambda: reading.queue_page(engine, actor, spec, limit=PAGE), repeat),
        "jump_half_ms": _timed(lambda: reading.queue_page(engine, actor, spec, at=half, limit=PAGE), repeat),
        "jump_last_ms": _timed(lambda: reading.queue_page(engine, actor, spec, at=last_start, limit=PAGE), repeat),
        "half_row": half,
        "reference_half": checks["half"],
        "filter_service": service,
    }

    # -- the table model, offscreen
    app = QApplication.instance() or QApplication([])  # noqa: F841 - the model needs it alive
    session = AppDeskSession(engine, StaffIdentity("bench_queue", "Bench", frozenset({Role.CASEWORKER})), "bench")
    model = QueueTableModel(session, spec)

    # Wait as the app does: the event loop sleeps until the worker's result arrives (a busy loop here would take
    # the GIL from the worker thread); the timer only bounds the sleep.
    waker = QTimer()
    waker.setInterval(20)
    waker.timeout.connect(lambda: None)
    waker.start()

    def wait(ready: Callable[[], bool], what: str, timeout: float = 120.0) -> None:
        deadline = time.perf_counter() + timeout
        while not ready():
            if time.perf_counter() > deadline:
                raise SystemExit(f"bench/queue.py: the table model did not load {what} within {timeout:.0f} s")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    def loaded(row: int) -> Callable[[], bool]:
        return lambda: model.row_at(row) is not None

    row0, jump_half, jump_last, reach_half, reach_last = [], [], [], [], []
    for _ in range(repeat + 1):  # the first round warms up
        start = time.perf_counter()
        model.set_spec(spec)
        wait(loaded(0), "row 0")
        t_row0 = time.perf_counter()
        model.data(model.index(half, 0))
        wait(loaded(half), f"row {half}")
        t_half = time.perf_counter()
        model.data(model.index(orders - 1, 0))
        wait(loaded(orders - 1), "the last row")
        t_last = time.perf_counter()
        if model.row_at(half).reference != checks["half"] or model.row_at(orders - 1).reference != checks["last"]:
            raise SystemExit("bench/queue.py: the table model shows other rows than the query layer")
        row0.append(t_row0 - start)
        jump_half.append(t_half - t_row0)
        jump_last.append(t_last - t_half)
        reach_half.append(t_half - start)
        reach_last.append(t_row0 - start + t_last - t_half)
    del row0[0], jump_half[0], jump_last[0], reach_half[0], reach_last[0]
    # browse: scroll 50 pages down from the middle, then sort by reference (descending) from the header
    for page in range(BROWSE_PAGES):
        row = min(half + page * PAGE, orders - 1)
        for column in range(model.columnCount()):
            model.data(model.index(row, column))
        wait(loaded(row), f"row {row}")
    start = time.perf_counter()
    model.sort(REFERENCE_COLUMN, Qt.SortOrder.DescendingOrder)
    wait(lambda: model.count_known and model.row_at(0) is not None, "the sorted first screen")
    gui_sort = time.perf_counter() - start
    waker.stop()
    wait_for_background()
    figures.update({
        "gui_row0_ms": _median_ms(row0),
        "gui_jump_half_ms": _median_ms(jump_half),
        "gui_jump_last_ms": _median_ms(jump_last),
        "gui_reach_half_ms": _median_ms(reach_half),
        "gui_reach_last_ms": _median_ms(reach_last),
        "gui_sort_change_ms": round(gui_sort * 1000.0, 2),
        "gui_cached_pages": len(model.cached_pages()),
        "rss_mb": _rss_mb(),
        "peak_rss_mb": _peak_rss_mb(),
    })
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
        raise SystemExit(f"bench/queue.py: QSQLITE cannot open {path}: {db.lastError().text()}")
    half = _half_row(orders)
    rss_before = _rss_mb()
    runs = repeat if orders <= 100_000 else 1
    row0, reach_half, reach_last = [], [], []
    rss_half = rss_last = 0.0
    fetches = 0
    for run in range(runs):
        model = QSqlQueryModel()
        start = time.perf_counter()
        query = QSqlQuery(db)
        if not query.exec(QSQL_SELECT + " ORDER BY o.paid_at, o.id"):
            raise SystemExit(f"bench/queue.py: QSqlQuery failed: {query.lastError().text()}")
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
            raise SystemExit(f"bench/queue.py: QSqlQueryModel reached {model.rowCount()} rows, expected {orders}")
        row0.append(t_row0 - start)
        reach_half.append(t_half - start)
        reach_last.append(t_last - start)
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
        "fetch_more_calls": fetches,
        "runs": runs,
        "rss_mb_before": rss_before,
        "rss_mb_half": rss_half,
        "rss_mb_last": rss_last,
        "rss_growth_mb_last": round(rss_last - rss_before, 1),
        "reference_half": reference_half,
        "reference_last": reference_last,
    }


def _measure_bare(path: str, orders: int, repeat: int) -> dict[str, Any]:
    """The bare SQL through sqlite3: count + keyset first page; OFFSET to the key, then keyset (the floor)."""
    import sqlite3

    conn = sqlite3.connect(path)
    half, last_start = _half_row(orders), _last_page_start(orders)
    order = " ORDER BY o.paid_at, o.id"

    def first_screen() -> Any:
        conn.execute("SELECT count(*) FROM orders WHERE status = 'paid' AND paid_at IS NOT NULL").fetchone()
        return conn.execute(QSQL_SELECT + order + f" LIMIT {PAGE}").fetchall()

    def jump(row: int) -> Callable[[], Any]:
        def run() -> Any:
            key = conn.execute("SELECT paid_at, id FROM orders WHERE status = 'paid' AND paid_at IS NOT NULL "
                               "ORDER BY paid_at, id LIMIT 1 OFFSET ?", (row,)).fetchone()
            return conn.execute(QSQL_SELECT + " AND (o.paid_at, o.id) >= (?, ?)" + order + f" LIMIT {PAGE}",
                                key).fetchall()
        return run

    figures = {
        "first_screen_ms": _timed(first_screen, repeat),
        "jump_half_ms": _timed(jump(half), repeat),
        "jump_last_ms": _timed(jump(last_start), repeat),
        "reference_half": jump(half)()[0][1],
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
        raise SystemExit(f"bench/queue.py: measuring {kind} failed:\n{result.stderr.strip()}")
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


# ------------------------------------------------------------------------------------------------ the run


def _sqlite_path(url: str) -> str:
    from sqlalchemy.engine import make_url

    return str(make_url(url).database)


def _ratio(peer: float, ours: float) -> float:
    return round(peer / ours, 2) if ours > 0 else 0.0


def _run_size(orders: int, urls: dict[str, str], repeat: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for backend, url in urls.items():
        _progress(f"{backend}: loading {orders} orders …")
        load_s = _load(url, orders)
        _progress(f"{backend}: loaded in {load_s:.1f} s; measuring ours …")
        ours = _subprocess("ours", url, orders, repeat)
        figures: dict[str, Any] = {"load_s": round(load_s, 1), "ours": ours}
        if backend == "sqlite":
            path = _sqlite_path(url)
            _progress("sqlite: measuring the bare query and QSqlQueryModel …")
            bare = _measure_bare(path, orders, repeat)
            qsql = _subprocess("qsql", path, orders, repeat)
            by_operation = {op: _ratio(ours[op], bare[op]) for op in ("first_screen_ms", "jump_half_ms",
                                                                       "jump_last_ms")}
            figures.update({
                "bare_query": bare,
                "qsqlquerymodel": qsql,
                "ratio_vs_qsqlquerymodel_row_half": _ratio(qsql["reach_half_ms"], ours["gui_reach_half_ms"]),
                "ratio_vs_qsqlquerymodel_row_last": _ratio(qsql["reach_last_ms"], ours["gui_reach_last_ms"]),
                # the first screen already shown, as a user jumps: our jump alone against its walk to row n/2
                "ratio_vs_qsqlquerymodel_jump_half": _ratio(qsql["reach_half_ms"], ours["gui_jump_half_ms"]),
                "ratio_vs_bare_query": max(by_operation.values()),  # ours / bare: the worst operation
                "ratio_vs_bare_query_by_operation": {op.removesuffix("_ms"): r for op, r in by_operation.items()},
                "rows_agree": ours["reference_half"] == bare["reference_half"] == qsql["reference_half"],
            })
        figures["targets_met"] = _targets_met(orders, figures)
        out[backend] = figures
    return out


def _targets_met(orders: int, figures: dict[str, Any]) -> dict[str, bool]:
    ours = figures["ours"]
    met = {key: ours[key] <= TARGETS[key] for key in ("first_screen_ms", "sort_change_ms", "filter_change_ms",
                                                     "jump_half_ms", "jump_last_ms")}
    met["gui_jump_half_ms"] = ours["gui_jump_half_ms"] <= TARGETS["jump_half_ms"]
    if orders >= 1_000_000:
        met["rss_mb_1m"] = ours["rss_mb"] <= TARGETS["rss_mb_1m"]
    if "ratio_vs_bare_query" in figures:
        if ours["half_row"] == HALF_ROW_CAP:  # the target is set for row 500 000 (of 1M)
            met["ratio_vs_qsqlquerymodel_row_half"] = (figures["ratio_vs_qsqlquerymodel_row_half"]
                                                       >= TARGETS["ratio_vs_qsqlquerymodel_row_half"])
        met["ratio_vs_bare_query"] = figures["ratio_vs_bare_query"] <= TARGETS["ratio_vs_bare_query"]
    return met


def _print_table(results: dict[str, dict[str, Any]]) -> None:
    rows: list[tuple[str, ...]] = [("orders", "db", "figure", "ours", "peer", "ratio", "target")]
    for size, backends in results.items():
        for backend, f in backends.items():
            o = f["ours"]
            met = f["targets_met"]

            def line(name: str, ours: Any, peer: Any = "", ratio: Any = "", target: str = "", ok: bool | None = None,
                     size: str = size, backend: str = backend) -> None:
                mark = "" if ok is None else (" ✓" if ok else " ✗")
                rows.append((size, backend, name, str(ours), str(peer), str(ratio), target + mark))

            line("load (s)", f["load_s"])
            line("first screen: count + page (ms)", o["first_screen_ms"], f.get("bare_query", {}).get(
                "first_screen_ms", ""), f.get("ratio_vs_bare_query_by_operation", {}).get("first_screen", ""),
                "≤ 100", met["first_screen_ms"])
            line("  count alone / first page alone (ms)", f"{o['count_ms']} / {o['first_page_ms']}")
            line("sort change: reference desc (ms)", o["sort_change_ms"], target="≤ 150", ok=met["sort_change_ms"])
            line(f"filter change: service {o['filter_service']} (ms)", o["filter_change_ms"], target="≤ 150",
                 ok=met["filter_change_ms"])
            line(f"jump to row {o['half_row']} (ms)", o["jump_half_ms"], f.get("bare_query", {}).get(
                "jump_half_ms", ""), f.get("ratio_vs_bare_query_by_operation", {}).get("jump_half", ""), "≤ 150",
                met["jump_half_ms"])
            line("jump to the last page (ms)", o["jump_last_ms"], f.get("bare_query", {}).get("jump_last_ms", ""),
                 f.get("ratio_vs_bare_query_by_operation", {}).get("jump_last", ""), "≤ 150", met["jump_last_ms"])
            line("model: row 0 loaded (ms)", o["gui_row0_ms"], f.get("qsqlquerymodel", {}).get("row0_ms", ""))
            line(f"model: jump, row {o['half_row']} loaded (ms)", o["gui_jump_half_ms"],
                 f.get("qsqlquerymodel", {}).get("reach_half_ms", ""), f.get("ratio_vs_qsqlquerymodel_jump_half", ""),
                 "≤ 150", met["gui_jump_half_ms"])
            q = f.get("qsqlquerymodel")
            line("model: jump, last row loaded (ms)", o["gui_jump_last_ms"])
            line(f"model: reset → row {o['half_row']} (ms)", o["gui_reach_half_ms"], q["reach_half_ms"] if q else "",
                 f.get("ratio_vs_qsqlquerymodel_row_half", ""), "≥ 40×" if q else "",
                 met.get("ratio_vs_qsqlquerymodel_row_half"))
            line("model: reset → last row (ms)", o["gui_reach_last_ms"], q["reach_last_ms"] if q else "",
                 f.get("ratio_vs_qsqlquerymodel_row_last", ""))
            line("model: sort change from the header (ms)", o["gui_sort_change_ms"])
            line("RSS after browsing (MB)", o["rss_mb"], q["rss_mb_last"] if q else "", "",
                 "≤ 350 at 1M" if "rss_mb_1m" in met else "", met.get("rss_mb_1m"))
            if "ratio_vs_bare_query" in f:
                line("ratio vs bare query (worst op)", f["ratio_vs_bare_query"], target="≤ 3",
                     ok=met["ratio_vs_bare_query"])
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
        measure = _measure_ours if kind == "ours" else _measure_qsql
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
        "query_path": "ocpm_desk.services.reading.queue_count/queue_page (caseworker Actor); "
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
