"""The audit chain: ``verify-audit`` (against this workstation's witness) and ``audit-head``."""

from __future__ import annotations

from typing import Annotated

import typer

from ocpm_desk.admin.common import DatabaseOption, fail, open_engine, progress, run


def verify_audit(
    expect_head: Annotated[
        str | None,
        typer.Option(
            "--expect-head",
            metavar="ID:HASH",
            help="A head kept outside the database (from audit-head): it must still be in the chain, unchanged.",
            show_default=False,
        ),
    ] = None,
    accept_head: Annotated[
        str | None,
        typer.Option(
            "--accept-head",
            metavar="ID:HASH",
            help="After a legitimate restore: record this head as this workstation's witness, then verify.",
            show_default=False,
        ),
    ] = None,
    database: DatabaseOption = None,
) -> None:
    """Recompute the audit chain; exit 1 naming the first broken event (or a truncated or rewritten tail).

    This workstation keeps the newest head it verified (a witness, in the user's state directory): a chain that no
    longer contains it lost its last events, and verification fails naming it.
    """
    from ocpm_desk.features.audit.trail import format_head, parse_head, verify_with_witness
    from ocpm_desk.infrastructure.uow import SYSTEM_CLI

    for option, value in (("--expect-head", expect_head), ("--accept-head", accept_head)):
        if value is not None:
            try:
                parse_head(value)
            except ValueError as exc:
                fail(f"{option}: {exc}", code=2)
    engine = open_engine(database)
    try:
        with progress() as report:
            result = run(lambda: verify_with_witness(engine, SYSTEM_CLI, expect_head, accept_head=accept_head,
                                                      progress=report))
    except OSError as exc:
        fail(f"--accept-head: the witness could not be recorded: {exc}")
    if not result.intact:
        seen = result.witness
        if seen is not None and seen.lost:
            last_seen = format_head(seen.head_id, seen.head_hash)
            fail(f"audit chain broken: {result.reason} (head last seen here: {last_seen}; after a legitimate restore,"
                 " record the restored head with --accept-head ID:HASH)")
        fail(f"audit chain broken: {result.reason}")
    head = f", head {format_head(result.head_id, result.head_hash)}" if result.head_id and result.head_hash else ""
    events = "event" if result.checked == 1 else "events"
    pending = f" ({result.pending} more not sealed yet: a transaction is still open)" if result.pending else ""
    typer.echo(f"audit chain intact: {result.checked} {events}{head}{pending}")


def audit_head(database: DatabaseOption = None) -> None:
    """Print the newest audit event as ID:HASH, to be kept outside the database (e.g. a daily record)."""
    from ocpm_desk.features.audit.trail import chain_head, format_head
    from ocpm_desk.infrastructure.uow import SYSTEM_CLI

    engine = open_engine(database)
    head = run(lambda: chain_head(engine, SYSTEM_CLI))
    if head is None:
        fail("the audit chain is empty: there is no head to print")
    typer.echo(format_head(*head))
