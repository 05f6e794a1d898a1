#!/usr/bin/env python3
"""Benchmark: filling a demo database with ``seed_demo`` (register, accounts, orders, their applicants and history).

Target: 100 000 orders in under 60 s on SQLite (DESIGN §5, §8). Peer: the naive way, the same orders written one
ORM object at a time (``session.add`` per row, a flush per order to learn the ids), on a sample, extrapolated.

    python bench/seed.py [--orders N] [--seed S] [--database URL] [--reset] [--peer-sample N]

The database is ``--database``, else ``OCPM_DATABASE_URL``, else a fresh temporary SQLite file (deleted at the end);
the seed migrates it and loads the reference data itself. Prints a readable table, then, as its last line, one JSON
object with the figures (snake_case).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TARGET_SECONDS = 60.0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bench/seed.py",
        description="Time seed_demo (demo register, accounts, orders with applicants and history) and compare it "
                    "with inserting the same orders one ORM object at a time.",
    )
    parser.add_argument("--orders", type=int, default=100_000, help="orders to seed (default 100000)")
    parser.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    parser.add_argument("--database", metavar="URL", default=None,
                        help="database URL (default: OCPM_DATABASE_URL, else a fresh temporary SQLite file)")
    parser.add_argument("--reset", action="store_true", help="replace the orders already in the database")
    parser.add_argument("--peer-sample", type=int, default=5_000, metavar="N",
                        help="orders the ORM peer inserts, then extrapolated (default 5000; 0 skips the peer; "
                             "the peer runs on a temporary SQLite file, so only when seeding SQLite)")
    return parser.parse_args(argv)


def _progress(phase: str, done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{phase}: {done}/{total}   ", end="", file=sys.stderr, flush=True)


def _peer_orm_per_row(source_url: str, sample: int) -> tuple[int, float]:
    """Insert the first ``sample`` seeded orders again, one ORM object at a time, into a fresh SQLite file.

    Returns (orders inserted, seconds). Only the inserts of applicants, orders and events are timed: no data
    generation and no register, which favours the peer.
    """
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from ocpm_desk.infrastructure.db.engine import make_engine
    from ocpm_desk.infrastructure.db.models import Applicant, Order, OrderEvent, Staff, StaffRole, Team
    from ocpm_desk.infrastructure.migrations import upgrade
    from ocpm_desk.infrastructure.reference_data import load_reference_data

    source = make_engine(source_url)
    with Session(source) as s:
        orders = list(s.scalars(select(Order).order_by(Order.id).limit(sample)))
        ids = [o.id for o in orders]
        applicant_ids = {o.applicant_id for o in orders}
        applicant_ids |= {o.concerned_person_id for o in orders if o.concerned_person_id}
        applicants = {a.id: a for a in s.scalars(select(Applicant).where(Applicant.id.in_(applicant_ids)))}
        events: dict[int, list[OrderEvent]] = {}
        for e in s.scalars(select(OrderEvent).where(OrderEvent.order_id.in_(ids)).order_by(OrderEvent.id)):
            events.setdefault(e.order_id, []).append(e)
        teams = list(s.scalars(select(Team)))
        staff = list(s.scalars(select(Staff)))
        roles = list(s.scalars(select(StaffRole)))
        s.expunge_all()
    source.dispose()

    def columns(obj: Any, skip: tuple[str, ...]) -> dict[str, Any]:
        return {c.key: getattr(obj, c.key) for c in obj.__table__.columns if c.key not in skip}

    with tempfile.TemporaryDirectory(prefix="ocpm-peer-") as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'peer.sqlite'}")
        upgrade(engine)
        with Session(engine) as s:
            load_reference_data(s)
            s.add_all(Team(**columns(x, ())) for x in teams)
            s.flush()
            s.add_all(Staff(**columns(x, ())) for x in staff)
            s.flush()
            s.add_all(StaffRole(**columns(x, ())) for x in roles)
            s.commit()
        started = time.perf_counter()
        with Session(engine) as s:
            for o in orders:  # what a per-order service call would do: add each row, flush for the ids
                applicant = Applicant(**columns(applicants[o.applicant_id], ("id",)))
                s.add(applicant)
                concerned = None
                if o.concerned_person_id:
                    concerned = Applicant(**columns(applicants[o.concerned_person_id], ("id",)))
                    s.add(concerned)
                order = Order(**columns(o, ("id", "applicant_id", "concerned_person_id")))
                order.applicant = applicant
                order.concerned_person = concerned
                s.add(order)
                s.flush()
                for e in events.get(o.id, []):
                    s.add(OrderEvent(**columns(e, ("id", "order_id")), order_id=order.id))
                s.flush()
            s.commit()
        seconds = time.perf_counter() - started
        engine.dispose()
    return len(orders), seconds


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.orders < 1:
        print("--orders must be at least 1", file=sys.stderr)
        return 2
    # heavy imports only once the options are understood (--help answers at once)
    from ocpm_desk.demo.seed import seed_demo
    from ocpm_desk.infrastructure.db.engine import make_engine, normalize_url
    from ocpm_desk.kernel.errors import DomainError

    url = args.database or os.environ.get("OCPM_DATABASE_URL")
    tmp: tempfile.TemporaryDirectory[str] | None = None
    if not url:
        tmp = tempfile.TemporaryDirectory(prefix="ocpm-bench-seed-")
        url = f"sqlite:///{Path(tmp.name) / 'seed.sqlite'}"
    backend = normalize_url(url).get_backend_name()
    engine = make_engine(url)
    try:
        try:
            summary = seed_demo(engine, orders=args.orders, seed=args.seed, reset=args.reset, progress=_progress)
        except DomainError as exc:
            print(f"\nseed refused: {exc}", file=sys.stderr)
            return 1
        finally:
            engine.dispose()
        if sys.stderr.isatty():
            print(file=sys.stderr)
        peer: tuple[int, float] | None = None
        if args.peer_sample > 0 and backend == "sqlite":
            peer = _peer_orm_per_row(url, min(args.peer_sample, args.orders))
    finally:
        if tmp is not None:
            tmp.cleanup()

    seconds = summary.elapsed_seconds
    rows_total = sum(summary.rows.values())
    orders_per_s = args.orders / seconds
    figures: dict[str, Any] = {
        "orders": args.orders,
        "seed": args.seed,
        "database": backend,
        "seed_seconds": round(seconds, 2),
        "orders_per_s": round(orders_per_s),
        "rows_total": rows_total,
        "rows_per_s": round(rows_total / seconds),
        "target_seconds": TARGET_SECONDS,
        "within_target": seconds < TARGET_SECONDS,
    }
    if peer is not None:
        sample, peer_seconds = peer
        peer_rate = sample / peer_seconds
        figures.update(
            peer_orm_per_row_sample_orders=sample,
            peer_orm_per_row_seconds=round(peer_seconds, 2),
            peer_orm_per_row_orders_per_s=round(peer_rate),
            peer_orm_per_row_extrapolated_seconds=round(args.orders / peer_rate, 1),
            ratio=round(orders_per_s / peer_rate, 1),
        )

    print(f"seed_demo on {backend}: {args.orders} orders, seed {args.seed}")
    print(f"{'table':<26}{'rows':>10}")
    for table, count in summary.rows.items():
        print(f"{table:<26}{count:>10}")
    print(f"{'total':<26}{rows_total:>10}")
    print()
    print(f"{'status':<26}{'orders':>10}")
    for status, count in summary.statuses.items():
        print(f"{status:<26}{count:>10}")
    print()
    print(f"{'seconds':<26}{seconds:>10.2f}   (target < {TARGET_SECONDS:.0f} s)")
    print(f"{'orders/s':<26}{orders_per_s:>10.0f}")
    print(f"{'rows/s':<26}{rows_total / seconds:>10.0f}")
    if peer is not None:
        print(f"{'peer: ORM row by row':<26}{figures['peer_orm_per_row_orders_per_s']:>10} orders/s "
              f"({peer[0]} orders in {peer[1]:.1f} s; {args.orders} would take "
              f"{figures['peer_orm_per_row_extrapolated_seconds']} s, inserts only)")
        print(f"{'ratio':<26}{figures['ratio']:>10}x")
    elif args.peer_sample > 0:
        print("peer: skipped (it runs on SQLite only)")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
