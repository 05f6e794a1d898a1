"""``ocpm-desk-admin``: the administration command line (DESIGN §8).

Each command takes ``--database URL`` after its name (``OCPM_DATABASE_URL`` works too; default: the Démo file, as
the GUI). It exits non-zero with a one-line reason on failure; progress goes to standard error and appears only
when a command works for more than a second, so standard output stays clean.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ocpm_desk.infrastructure import config
from ocpm_desk.kernel.errors import DomainError

T = TypeVar("T")

app = typer.Typer(add_completion=False, no_args_is_help=True, help="OCPM Desk administration.")
err = Console(stderr=True)

DatabaseOption = Annotated[
    str | None,
    typer.Option(
        "--database", help="Database URL (default: OCPM_DATABASE_URL, else the Démo file).", show_default=False
    ),
]


def fail(message: str, code: int = 1) -> NoReturn:
    err.print(f"ocpm-desk-admin: error: {message}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(code)


@contextmanager
def _progress() -> Iterator[Callable[[str, int, int], None]]:
    """A progress callback that shows a bar on stderr once the work has lasted more than a second."""
    started = time.monotonic()
    bar: Progress | None = None
    tasks: dict[str, object] = {}

    def report(phase: str, done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            if time.monotonic() - started < 1.0 or (not err.is_terminal and not config.value(config.PROGRESS)):
                return
            bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                           console=err, transient=True)
            bar.start()
        if phase not in tasks:
            tasks[phase] = bar.add_task(phase, total=total)
        bar.update(tasks[phase], completed=done, total=total)  # type: ignore[arg-type]

    try:
        yield report
    finally:
        if bar is not None:
            bar.stop()


def _engine(database: str | None):  # type: ignore[no-untyped-def]
    from ocpm_desk.infrastructure.db.engine import make_engine
    from ocpm_desk.infrastructure.profiles import resolve_url
    from ocpm_desk.logging_setup import describe_database

    try:
        url = resolve_url(database)
        engine = make_engine(url)
    except ValueError as exc:
        fail(str(exc))
    logging.getLogger("ocpm_desk.cli").info("database: %s", describe_database(url))
    return engine


def _run(action: Callable[[], T]) -> T:
    from sqlalchemy.exc import DBAPIError

    from ocpm_desk.logging_setup import describe_exception

    log = logging.getLogger("ocpm_desk.cli")
    try:
        return action()
    except DomainError as exc:
        log.warning("refused: %s", describe_exception(exc))  # the class only: a message may name a person
        fail(str(exc))
    except DBAPIError as exc:
        log.warning("database error: %s", describe_exception(exc))
        first = " ".join(str(exc.orig).split()) if exc.orig else type(exc).__name__
        fail(f"the database refused or could not be reached: {first}")


@app.command("init-db")
def init_db(database: DatabaseOption = None) -> None:
    """Migrate to the current schema and load the reference data (idempotent)."""
    from ocpm_desk.infrastructure.database import init_database
    from ocpm_desk.infrastructure.uow import SYSTEM_CLI

    engine = _engine(database)
    state = _run(lambda: init_database(engine, SYSTEM_CLI))
    typer.echo(
        f"database at revision {state.revision}; {state.reference_rows_changed} reference rows added or changed"
    )
    _warn_reaper(state.reaper_ready)


def _warn_reaper(ready: bool | None) -> None:
    if ready is False:
        typer.echo("warning: the database owner lacks pg_signal_backend or pg_read_all_stats: a staff "
                   "session that keeps locks is not ended (README, « Central database »)", err=True)


@app.command()
def upgrade(database: DatabaseOption = None) -> None:
    """Bring any earlier version of the schema to the current one."""
    from ocpm_desk.infrastructure.database import upgrade as do_upgrade

    engine = _engine(database)
    state = _run(lambda: do_upgrade(engine))
    before = state.revision_before or "empty"
    typer.echo(f"database upgraded from {before} to {state.revision}")
    _warn_reaper(state.reaper_ready)


@app.command("seed-demo")
def seed_demo(
    orders: Annotated[int, typer.Option("--orders", min=0, help="Number of orders to create.")] = 1000,
    seed: Annotated[int, typer.Option("--seed", help="Random seed: the same seed gives the same data.")] = 2026,
    reset: Annotated[bool, typer.Option("--reset", help="Replace the orders already in the database.")] = False,
    database: DatabaseOption = None,
) -> None:
    """Fill the database with a coherent demo register, demo accounts and orders."""
    from ocpm_desk.demo.seed import seed_demo as do_seed

    engine = _engine(database)
    with _progress() as report:
        summary = _run(lambda: do_seed(engine, orders=orders, seed=seed, reset=reset, progress=report))
    typer.echo(f"seeded {orders} orders in {summary.elapsed_seconds:.1f} s")


@app.command("create-user")
def create_user(
    name: Annotated[str, typer.Argument(help="Login name (lowercase).")],
    role: Annotated[list[str], typer.Option("--role", help="caseworker, supervisor, mailroom, admin, auditor, intake")],
    display_name: Annotated[str | None, typer.Option("--display-name", help="Name shown in the app.")] = None,
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the password from stdin.")] = False,
    no_password: Annotated[bool, typer.Option(
        "--no-password", help="PostgreSQL: no password (the server authenticates against the directory, or the "
        "confirming administrator gives a one-time password).")] = False,
    database: DatabaseOption = None,
) -> None:
    """Create a staff account with its roles (an existing name is an error). On PostgreSQL an administrator's
    request takes effect when a second administrator confirms it (confirm-user); the database owner acts at once."""
    from ocpm_desk.features.accounts.accounts import check_username, create_local_user
    from ocpm_desk.infrastructure.uow import SYSTEM_CLI
    from ocpm_desk.kernel.roles import parse_roles

    try:
        roles = parse_roles(list(role))
        check_username(name)  # before asking for a password that would be thrown away
    except (ValueError, DomainError) as exc:
        fail(str(exc))
    if no_password:
        password = ""
    elif password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            fail("no password on standard input")
    elif not sys.stdin.isatty():
        fail("no password: run create-user in a terminal, or give --password-stdin and the password on standard "
             "input")
    else:
        try:
            password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
        except typer.Abort:
            fail("no password was given: the account was not created")
    engine = _engine(database)
    identity = _run(lambda: create_local_user(engine, SYSTEM_CLI, name, roles, password, display_name))
    listed = ", ".join(sorted(r.value for r in identity.roles))
    if identity.pending:
        typer.echo(f"requested {identity.username} ({listed}): a second administrator confirms it with "
                   f"confirm-user {identity.username}")
    else:
        typer.echo(f"created {identity.username} ({listed})")


def _role(value: str):  # type: ignore[no-untyped-def]
    from ocpm_desk.kernel.roles import parse_roles

    try:
        (role,) = parse_roles([value])
    except ValueError as exc:
        fail(str(exc))
    return role


@app.command("grant-role")
def grant_role(name: Annotated[str, typer.Argument(help="Login name.")],
               role: Annotated[str, typer.Argument(help="caseworker, supervisor, mailroom, admin, auditor, intake")],
               database: DatabaseOption = None) -> None:
    """Add a role to an account (PostgreSQL: takes effect when a second administrator confirms it)."""
    from ocpm_desk.features.accounts import accounts
    from ocpm_desk.infrastructure.uow import SYSTEM_CLI

    engine = _engine(database)
    change = _run(lambda: accounts.grant_role(engine, SYSTEM_CLI, name, _role(role)))
    typer.echo(f"{change.outcome} {role} for {change.username}" + (
        f": a second administrator confirms it with confirm-user {change.username}"
        if change.outcome == "requested" else ""))


@app.command("revoke-role")
def revoke_role(name: Annotated[str, typer.Argument(help="Login name.")],
                role: Annotated[str, typer.Argument(help="the role to take away")],
                database: DatabaseOption = None) -> None:
    """Take a role away from an account (at once)."""
    from ocpm_desk.features.accounts import accounts
    from ocpm_desk.infrastructure.uow import SYSTEM_CLI

    engine = _engine(database)
    change = _run(lambda: accounts.revoke_role(engine, SYSTEM_CLI, name, _role(role)))
    typer.echo(f"revoked {role} from {change.username}")


@app.command("confirm-user")
def confirm_user(
    name: Annotated[str, typer.Argument(help="Login name whose pending account, role or reactivation to confirm.")],
    one_time_password: Annotated[bool, typer.Option(
        "--one-time-password", help="Give a new account a one-time password (valid 72 hours, printed once) instead "
        "of none (the server then authenticates against the directory).")] = False,
    database: DatabaseOption = None,
) -> None:
    """Confirm, as a second administrator, what is pending for an account (PostgreSQL)."""
    from ocpm_desk.features.accounts import accounts
    from ocpm_desk.infrastructure.uow import SYSTEM_CLI

    engine = _engine(database)
    change = _run(lambda: accounts.confirm_user(engine, SYSTEM_CLI, name, one_time_password=one_time_password))
    extra = (f"; one-time password {change.one_time_password} (valid 72 hours, to be replaced at the first login)"
             if change.one_time_password else "")
    typer.echo(f"confirmed {change.username}: {change.outcome}{extra}")


@app.command("deactivate-user")
def deactivate_user(name: Annotated[str, typer.Argument(help="Login name.")],
                    database: DatabaseOption = None) -> None:
    """The account cannot log in any more and its open sessions end; prints the open orders it holds."""
    from ocpm_desk.features.accounts import accounts
    from ocpm_desk.infrastructure.uow import SYSTEM_CLI

    engine = _engine(database)
    change = _run(lambda: accounts.deactivate_user(engine, SYSTEM_CLI, name))
    typer.echo(f"deactivated {change.username}: {len(change.open_orders)} open orders to reassign")
    for reference, status in change.open_orders:
        typer.echo(f"{reference} {status}")


@app.command("reactivate-user")
def reactivate_user(name: Annotated[str, typer.Argument(help="Login name.")],
                    database: DatabaseOption = None) -> None:
    """Let a deactivated account log in again (PostgreSQL: when a second administrator confirms it)."""
    from ocpm_desk.features.accounts import accounts
    from ocpm_desk.infrastructure.uow import SYSTEM_CLI

    engine = _engine(database)
    change = _run(lambda: accounts.reactivate_user(engine, SYSTEM_CLI, name))
    typer.echo(f"{change.outcome} {change.username}" + (
        f": a second administrator confirms it with confirm-user {change.username}"
        if change.outcome == "requested" else ""))


@app.command("verify-audit")
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
    engine = _engine(database)
    try:
        with _progress() as report:
            result = _run(lambda: verify_with_witness(engine, SYSTEM_CLI, expect_head, accept_head=accept_head,
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


@app.command("audit-head")
def audit_head(database: DatabaseOption = None) -> None:
    """Print the newest audit event as ID:HASH, to be kept outside the database (e.g. a daily record)."""
    from ocpm_desk.features.audit.trail import chain_head, format_head
    from ocpm_desk.infrastructure.uow import SYSTEM_CLI

    engine = _engine(database)
    head = _run(lambda: chain_head(engine, SYSTEM_CLI))
    if head is None:
        fail("the audit chain is empty: there is no head to print")
    typer.echo(format_head(*head))


@app.command("verify-decisions")
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
        engine = _engine(database)
        with _progress() as report:
            verdicts = _run(lambda: do_verify(engine, SYSTEM_CLI, progress=report))
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


@app.command("export-decision")
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

    engine = _engine(database)
    found, pdf = _run(lambda: do_export(engine, SYSTEM_CLI, reference, number, copy=copy))
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


@app.command("import-orders")
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
    engine = _engine(database)
    try:
        with _progress() as report:
            summary = _run(lambda: do_import(engine, SYSTEM_INTAKE, stream, source, total_bytes=size,
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


@app.command()
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
    paths = _run(lambda: render_snapshots(connector, directory, accounts, kind_of(url)))
    for path in paths:
        typer.echo(str(path))


def _shown(setting: config.Setting[object], value: object) -> str:
    """A setting's value for the listing: a URL without its password, nothing as ``-``."""
    if isinstance(value, config.SettingError):
        return f"(not valid: expected {value.expected})"
    if value is None or value == "":
        return f"({setting.default_text})" if setting.default_text else "-"
    if setting in (config.DATABASE_URL, config.CENTRAL_URL):
        from ocpm_desk.infrastructure.profiles import display_url

        try:
            return display_url(str(value))
        except ValueError:
            return "(not a URL)"
    return setting.kind.show(value) or "-"


@app.command("settings")
def settings_(database: DatabaseOption = None) -> None:
    """List every setting: name, value, where the value comes from, and what it does (tab-separated). The
    database's settings are read from the database of --database (or OCPM_DATABASE_URL, or the Démo file)."""
    from ocpm_desk.features.reference.settings import database_settings

    saved = config.read_file()
    for setting in config.SETTINGS:
        if setting.store is config.Store.DATABASE:
            continue
        where = config.source(setting, saved)
        if where == "environment":
            where = f"environment {setting.env}"
        typer.echo("\t".join((setting.name, _shown(setting, config.value(setting, saved)), where,
                              setting.description)))
    engine = _engine(database)
    values = _run(lambda: database_settings(engine))
    for setting in config.in_store(config.Store.DATABASE):
        typer.echo("\t".join((setting.name, _shown(setting, values[setting.name]), "database", setting.description)))


def _command_name(argv: list[str]) -> str | None:
    """The command asked for, when it is one of ours (the rest of the line may hold names: never logged)."""
    known = {info.name or (info.callback.__name__.replace("_", "-") if info.callback else "")
             for info in app.registered_commands}
    first = next((arg for arg in argv if not arg.startswith("-")), None)
    return first if first in known else None


def main() -> None:
    import multiprocessing

    import ocpm_desk

    multiprocessing.freeze_support()
    from ocpm_desk.logging_setup import setup_logging

    setup_logging()
    log = logging.getLogger("ocpm_desk.cli")
    refused = config.check_environment()
    if refused:
        log.warning("environment refused: %s", "; ".join(e.private_message for e in refused))
        err.print(f"ocpm-desk-admin: error: {'; '.join(map(str, refused))}", markup=False, highlight=False,
                  soft_wrap=True)
        raise SystemExit(2)
    for name in config.unknown_environment():
        log.warning("%s is set but is no setting of OCPM Desk (see the README's settings)", name)
    command = _command_name(sys.argv[1:])
    started = time.monotonic()
    if command:
        log.info("ocpm-desk-admin %s %s started", ocpm_desk.__version__, command)
    try:
        app(prog_name="ocpm-desk-admin")
    except SystemExit as exc:
        if command:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            log.info("ocpm-desk-admin %s ended with exit code %d after %.1f s", command, code,
                     time.monotonic() - started)
        raise


if __name__ == "__main__":
    main()
