"""The archive of issued decisions: ``verify-decisions`` and ``export-decision``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from ocpm_desk.admin.common import DatabaseOption, fail, open_engine, progress, run


def verify_decisions(
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per decision and line: number, reference, result.")
    ] = False,
    database: DatabaseOption = None,
) -> None:
    """Prove the archive is what was approved: each issued decision's PDF against the SHA-256 sealed in the audit
    event of its issue, then rendered again from its approved content where the renderer is the same. Exit 1 when
    any does not match (renderer_changed is no mismatch), 2 when the check could not run."""
    import json

    from ocpm_desk.features.refusals.archive import Verdict
    from ocpm_desk.features.refusals.archive import verify_decisions as do_verify
    from ocpm_desk.infrastructure.uow import SYSTEM_CLI

    try:
        engine = open_engine(database)
        with progress() as report:
            verdicts = run(lambda: do_verify(engine, SYSTEM_CLI, progress=report))
    except typer.Exit:  # said on stderr already: no verdict, which is not a mismatch
        raise typer.Exit(2) from None
    for verdict in verdicts:
        if as_json:
            typer.echo(json.dumps({"number": verdict.number, "reference": verdict.reference,
                                   "result": verdict.result.value}))
        elif verdict.result is not Verdict.OK:
            typer.echo(f"{verdict.number} ({verdict.reference}): {verdict.result.value}: {verdict.reason}")
    counts = {result: sum(v.result is result for v in verdicts) for result in Verdict}
    mismatched = counts[Verdict.HASH_MISMATCH] + counts[Verdict.RENDER_MISMATCH]
    if mismatched:
        fail(f"{mismatched} of {len(verdicts)} issued decisions do not match what was approved "
             f"({counts[Verdict.HASH_MISMATCH]} hash_mismatch, {counts[Verdict.RENDER_MISMATCH]} render_mismatch)")
    if not as_json:
        decisions = "issued decision" if len(verdicts) == 1 else "issued decisions"
        changed = counts[Verdict.RENDERER_CHANGED]
        typer.echo(f"{len(verdicts)} {decisions} verified: {counts[Verdict.OK]} ok"
                   + (f", {changed} renderer_changed (not rendered again)" if changed else ""))


def export_decision(
    reference: Annotated[str, typer.Argument(help="Order reference, e.g. ED-2026-00012345.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="PDF file to write.")],
    number: Annotated[
        str | None, typer.Option("--number", help="Decision number (default: the latest issued).", show_default=False)
    ] = None,
    copy: Annotated[bool, typer.Option("--copy", help="A copy marked COPIE instead of the original.")] = False,
    database: DatabaseOption = None,
) -> None:
    """Write the archived original of an order's decision after checking its SHA-256 against the sealed audit event
    of its issue (or a COPIE copy)."""
    import hashlib
    import tempfile

    from ocpm_desk.features.refusals.decisions import export_decision as do_export
    from ocpm_desk.infrastructure.uow import SYSTEM_CLI

    engine = open_engine(database)
    found, pdf = run(lambda: do_export(engine, SYSTEM_CLI, reference, number, copy=copy))
    target = output.expanduser()
    if target.is_dir():
        fail(f"{target} is a folder: give the PDF file's name")
    try:
        with tempfile.NamedTemporaryFile(dir=target.parent or Path("."), prefix=".ocpm-", suffix=".pdf",
                                         delete=False) as tmp:
            tmp.write(pdf)
        os.replace(tmp.name, target)
    except OSError as exc:
        fail(f"cannot write {target}: {exc.strerror or exc}")
    kind = "copy" if copy else "original"
    typer.echo(f"decision {found} ({kind}) written to {target}; SHA-256 {hashlib.sha256(pdf).hexdigest()}")
