"""``ocpm-desk-admin``: the administration command line (DESIGN §8).

Each command takes ``--database URL`` after its name (``OCPM_DATABASE_URL`` works too; default: the Démo file, as
the GUI). It exits non-zero with a one-line reason on failure; progress goes to standard error and appears only
when a command works for more than a second, so standard output stays clean.

This module is the command line itself: its commands, in the order ``--help`` lists them, and ``main``, the entry
point. The commands are implemented in ``ocpm_desk.admin``, one module per group.
"""

from __future__ import annotations

import logging
import sys
import time

import typer

from ocpm_desk.admin import accounts, audit, decisions, demo, intake, schema, settings
from ocpm_desk.admin.common import err
from ocpm_desk.infrastructure import config

app = typer.Typer(add_completion=False, no_args_is_help=True, help="OCPM Desk administration.")
#: The commands in the order ``--help`` lists them: (name, or None for the function's own, implementation).
COMMANDS = (
    ("init-db", schema.init_db), (None, schema.upgrade), ("seed-demo", demo.seed_demo),
    ("create-user", accounts.create_user), ("grant-role", accounts.grant_role), ("revoke-role", accounts.revoke_role),
    ("confirm-user", accounts.confirm_user), ("deactivate-user", accounts.deactivate_user),
    ("reactivate-user", accounts.reactivate_user), ("verify-audit", audit.verify_audit),
    ("audit-head", audit.audit_head), ("verify-decisions", decisions.verify_decisions),
    ("export-decision", decisions.export_decision), ("import-orders", intake.import_orders),
    (None, demo.snapshots), ("settings", settings.settings_),
)
for _name, _command in COMMANDS:
    app.command(_name)(_command)


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
