"""``ocpm-desk [--database URL] [--self-test]``: the desktop application's entry point."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ocpm_desk.infrastructure import config


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ocpm-desk", description="OCPM Desk — back-office of the OCPM.")
    parser.add_argument("--database", metavar="URL", help="database URL (default: the profile chosen at login)")
    parser.add_argument("--self-test", action="store_true", help="check the installation without a screen and exit")
    return parser.parse_known_args(argv)[0]


def self_test() -> int:
    """Offscreen: temporary SQLite, migrations and reference data, a login, a PDF with the shipped font, a decision
    letter (fonts embedded, same bytes twice), the login dialog rendered, the PostgreSQL driver loaded, the keyring
    backend reported with whether it answers. Prints ``self-test ok`` and exits 0, or says what failed."""
    import tempfile

    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # Qt's own variable, before Qt starts (not a setting)
    with tempfile.TemporaryDirectory(prefix="ocpm-self-test-") as tmp:
        config.use_folders(Path(tmp))
        import ocpm_desk
        from ocpm_desk.bootstrap import make_connector
        from ocpm_desk.features.accounts.accounts import authenticate, create_local_user
        from ocpm_desk.infrastructure.database import init_database
        from ocpm_desk.infrastructure.db.engine import make_engine
        from ocpm_desk.infrastructure.pdf.letters import render_letter
        from ocpm_desk.infrastructure.pdf.samples import sample_decision
        from ocpm_desk.infrastructure.pdf.selftest import render_test_page
        from ocpm_desk.infrastructure.uow import SYSTEM_CLI
        from ocpm_desk.kernel.roles import Role

        print(f"ocpm-desk {ocpm_desk.__version__}" + (" (frozen bundle)" if getattr(sys, "frozen", False) else ""))
        engine = make_engine(f"sqlite:///{Path(tmp) / 'self-test.sqlite'}")
        state = init_database(engine, SYSTEM_CLI)
        print(f"database: migrated to {state.revision}, {state.reference_rows_changed} reference rows")
        create_local_user(engine, SYSTEM_CLI, "selftest", [Role.CASEWORKER], "self-test-password")
        identity = authenticate(engine, "selftest", "self-test-password")
        print(f"login: {identity.username} ({', '.join(sorted(identity.roles))})")
        pdf = render_test_page()
        if not pdf.startswith(b"%PDF") or b"FontFile2" not in pdf:
            print("self-test FAILED: the PDF does not embed the shipped font", file=sys.stderr)
            return 1
        print(f"pdf: {len(pdf)} bytes, font embedded")
        letter = render_letter(sample_decision())
        if not letter.startswith(b"%PDF") or b"FontFile2" not in letter or b"/Helvetica" in letter:
            print("self-test FAILED: the decision letter PDF does not embed the shipped fonts", file=sys.stderr)
            return 1
        if render_letter(sample_decision()) != letter:
            print("self-test FAILED: the same decision letter gave different bytes", file=sys.stderr)
            return 1
        print(f"letter: decision rendered, {len(letter)} bytes, fonts embedded, reproducible")
        engine.dispose()

        from ocpm_desk.gui.app import render_login_check

        size = render_login_check(make_connector())
        print(f"gui: login dialog rendered offscreen ({size[0]}×{size[1]})")
        print(f"postgresql: {_postgresql_driver()}")
        connector = make_connector()
        usable = connector.keyring_available()  # asks the backend once (a lookup, never a write)
        print(f"keyring: backend {connector.keyring_backend()}, "
              + ("usable: passwords can be remembered" if usable
                 else "not usable: passwords are asked at each login (not a failure)"))
    print("self-test ok")
    return 0


def _postgresql_driver() -> str:
    """The PostgreSQL driver and dialect the bundle carries (an engine is made, no connection is opened)."""
    import psycopg

    from ocpm_desk.infrastructure.db.engine import make_engine

    engine = make_engine("postgresql+psycopg://self-test@127.0.0.1:1/self-test")
    try:
        return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__} implementation), dialect {engine.dialect.name}"
    finally:
        engine.dispose()


def _log_start(database_url: str | None) -> None:
    """One line on what runs: versions and which database (kind and host, never a user or password)."""
    import logging
    import platform

    import PySide6
    from PySide6.QtCore import qVersion

    import ocpm_desk
    from ocpm_desk.logging_setup import describe_database

    logging.getLogger("ocpm_desk").info(
        "OCPM Desk %s starting: Python %s, Qt %s, PySide6 %s, %s %s; database: %s",
        ocpm_desk.__version__, platform.python_version(), qVersion(), PySide6.__version__, platform.system(),
        platform.release(), describe_database(database_url) if database_url else "chosen at login",
    )


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # the bundle: a child process (large imports) runs its task, not the app
        import multiprocessing

        multiprocessing.freeze_support()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _parse(argv)
    refused = config.check_environment()
    if refused:
        for error in refused:
            print(f"ocpm-desk: error: {error}", file=sys.stderr)
        return 2
    if args.self_test:
        return self_test()
    import logging

    from ocpm_desk.logging_setup import log_uncaught_exceptions, setup_logging

    setup_logging()
    log_uncaught_exceptions()
    for name in config.unknown_environment():
        logging.getLogger("ocpm_desk").warning("%s is set but is no setting of OCPM Desk (see the README)", name)
    from ocpm_desk.bootstrap import make_connector
    from ocpm_desk.gui.app import run_app

    database_url = args.database or config.value(config.DATABASE_URL)
    _log_start(database_url)
    try:
        connector = make_connector(database_url)
    except ValueError as exc:
        print(f"ocpm-desk: error: {exc}", file=sys.stderr)
        return 2
    code = run_app(connector, [sys.argv[0], *argv])
    logging.getLogger("ocpm_desk").info("OCPM Desk stopped (exit code %d)", code)
    return code


if __name__ == "__main__":
    sys.exit(main())
