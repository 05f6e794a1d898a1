"""``import-orders``: the e-démarches platform's orders imported (DESIGN §9)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ocpm_desk.admin.common import DatabaseOption, fail, open_engine, progress, run


def import_orders(
    file: Annotated[str, typer.Argument(help="JSON Lines file from the e-démarches platform; - reads standard input.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as one JSON object.")] = False,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, max=100_000, hidden=True, help="Lines per transaction.")
    ] = 1000,
    database: DatabaseOption = None,
) -> None:
    """Import orders (DESIGN §9): new orders, payments and cancellations; the rest goes to quarantine."""
    import json

    from ocpm_desk.features.intake.imports import import_orders as do_import
    from ocpm_desk.infrastructure.uow import SYSTEM_INTAKE

    if file == "-":
        stream, source, size = sys.stdin.buffer, "stdin", 0
    else:
        path = Path(file).expanduser()
        if path.is_dir():
            fail(f"{path} is a folder: give the intake file")
        try:
            stream = path.open("rb")
        except OSError as exc:
            fail(f"cannot read {path}: {exc.strerror or exc}")
        source, size = path.name, path.stat().st_size
    engine = open_engine(database)
    try:
        with progress() as report:
            summary = run(lambda: do_import(engine, SYSTEM_INTAKE, stream, source, total_bytes=size,
                                             progress=lambda done, total: report("import", done, total or done),
                                             batch_size=batch_size))
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    if as_json:
        typer.echo(json.dumps(summary.counts()))
    else:
        typer.echo(f"{summary.lines} lines: {summary.imported} imported, {summary.updated} updated, "
                   f"{summary.unchanged} unchanged, {summary.quarantined} quarantined "
                   f"({summary.elapsed_seconds:.1f} s)")
