"""The staff accounts: ``create-user``, ``grant-role``, ``revoke-role``, ``confirm-user``, ``deactivate-user`` and
``reactivate-user``."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ocpm_desk.admin.common import DatabaseOption, fail, open_engine, run
from ocpm_desk.kernel.errors import DomainError


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
    engine = open_engine(database)
    identity = run(lambda: create_local_user(engine, SYSTEM_CLI, name, roles, password, display_name))
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


def grant_role(name: Annotated[str, typer.Argument(help="Login name.")],
               role: Annotated[str, typer.Argument(help="caseworker, supervisor, mailroom, admin, auditor, intake")],
               database: DatabaseOption = None) -> None:
    """Add a role to an account (PostgreSQL: takes effect when a second administrator confirms it)."""
    from ocpm_desk.features.accounts import accounts
    from ocpm_desk.infrastructure.uow import SYSTEM_CLI

    engine = open_engine(database)
    change = run(lambda: accounts.grant_role(engine, SYSTEM_CLI, name, _role(role)))
    typer.echo(f"{change.outcome} {role} for {change.username}" + (
        f": a second administrator confirms it with confirm-user {change.username}"
        if change.outcome == "requested" else ""))


def revoke_role(name: Annotated[str, typer.Argument(help="Login name.")],
                role: Annotated[str, typer.Argument(help="the role to take away")],
                database: DatabaseOption = None) -> None:
    """Take a role away from an account (at once)."""
    from ocpm_desk.features.accounts import accounts
    from ocpm_desk.infrastructure.uow import SYSTEM_CLI

    engine = open_engine(database)
    change = run(lambda: accounts.revoke_role(engine, SYSTEM_CLI, name, _role(role)))
    typer.echo(f"revoked {role} from {change.username}")


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

    engine = open_engine(database)
    change = run(lambda: accounts.confirm_user(engine, SYSTEM_CLI, name, one_time_password=one_time_password))
    extra = (f"; one-time password {change.one_time_password} (valid 72 hours, to be replaced at the first login)"
             if change.one_time_password else "")
    typer.echo(f"confirmed {change.username}: {change.outcome}{extra}")


def deactivate_user(name: Annotated[str, typer.Argument(help="Login name.")],
                    database: DatabaseOption = None) -> None:
    """The account cannot log in any more and its open sessions end; prints the open orders it holds."""
    from ocpm_desk.features.accounts import accounts
    from ocpm_desk.infrastructure.uow import SYSTEM_CLI

    engine = open_engine(database)
    change = run(lambda: accounts.deactivate_user(engine, SYSTEM_CLI, name))
    typer.echo(f"deactivated {change.username}: {len(change.open_orders)} open orders to reassign")
    for reference, status in change.open_orders:
        typer.echo(f"{reference} {status}")


def reactivate_user(name: Annotated[str, typer.Argument(help="Login name.")],
                    database: DatabaseOption = None) -> None:
    """Let a deactivated account log in again (PostgreSQL: when a second administrator confirms it)."""
    from ocpm_desk.features.accounts import accounts
    from ocpm_desk.infrastructure.uow import SYSTEM_CLI

    engine = open_engine(database)
    change = run(lambda: accounts.reactivate_user(engine, SYSTEM_CLI, name))
    typer.echo(f"{change.outcome} {change.username}" + (
        f": a second administrator confirms it with confirm-user {change.username}"
        if change.outcome == "requested" else ""))
