"""``seed-demo`` and ``snapshots``: the demo data, and every screen of every demo role rendered to PNG files."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from ocpm_desk.admin.common import DatabaseOption, open_engine, progress, run


def seed_demo(
    orders: Annotated[int, typer.Option("--orders", min=0, help="Number of orders to create.")] = 1000,
    seed: Annotated[int, typer.Option("--seed", help="Random seed: the same seed gives the same data.")] = 2026,
    reset: Annotated[bool, typer.Option("--reset", help="Replace the orders already in the database.")] = False,
    database: DatabaseOption = None,
) -> None:
    """Fill the database with a coherent demo register, demo accounts and orders."""
    from ocpm_desk.demo.seed import seed_demo as do_seed

    engine = open_engine(database)
    with progress() as report:
        summary = run(lambda: do_seed(engine, orders=orders, seed=seed, reset=reset, progress=report))
    typer.echo(f"seeded {orders} orders in {summary.elapsed_seconds:.1f} s")


def snapshots(
    directory: Annotated[Path, typer.Argument(help="Folder for the PNG files.")],
    database: DatabaseOption = None,
) -> None:
    """Render every screen of every demo role to PNG files, offscreen, for review."""
    # Qt's own variable (ocpm_desk.infrastructure.config: not a setting)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ocpm_desk.bootstrap import make_connector
    from ocpm_desk.demo.seed import DEMO_ACCOUNTS, DEMO_PASSWORD
    from ocpm_desk.gui.snapshots import render_snapshots
    from ocpm_desk.infrastructure.profiles import kind_of, resolve_url

    url = resolve_url(database)
    connector = make_connector(url)
    accounts = [(username, DEMO_PASSWORD) for username, _name, _roles in DEMO_ACCOUNTS]
    directory.mkdir(parents=True, exist_ok=True)
    paths = run(lambda: render_snapshots(connector, directory, accounts, kind_of(url)))
    for path in paths:
        typer.echo(str(path))
