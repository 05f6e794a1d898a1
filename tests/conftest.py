"""Shared fixtures: offscreen Qt, isolated app directories, and the two databases every integration test meets.

PostgreSQL: one fresh database (unique name, unique role prefix) per test run on the server of
``OCPM_TEST_POSTGRES_URL`` (default ``postgresql://127.0.0.1:5432/postgres``), dropped afterwards. Outside CI an
unreachable server skips the PostgreSQL tests with the reason; under ``CI=true`` it fails the run.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything creates a QApplication

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from cups_server import cups_server  # noqa: F401  (the private CUPS server fixture, tests/cups_server.py)
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
PG_SERVER = os.environ.get("OCPM_TEST_POSTGRES_URL", "postgresql://127.0.0.1:5432/postgres")

from ocpm_factories import MUTABLE_TABLES, engine_on_copy  # noqa: E402  (shared with the test modules)


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the developer's real data, settings, log or keyring."""
    base = tmp_path_factory.mktemp("appdirs")
    monkeypatch.setenv("OCPM_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("OCPM_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("OCPM_LOG_DIR", str(base / "log"))
    monkeypatch.setenv("OCPM_STATE_DIR", str(base / "state"))  # the audit witness
    monkeypatch.delenv("OCPM_DATABASE_URL", raising=False)


@pytest.fixture(autouse=True)
def _memory_keyring() -> Iterator[None]:
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1

        def __init__(self) -> None:
            super().__init__()  # type: ignore[no-untyped-call]  # keyring's __init__ is unannotated
            self.store: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.store.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def app_log() -> Iterator[Path]:
    """The application's log, in the test's own directory (``OCPM_LOG_DIR``, set by ``_isolated_dirs``); the root
    logger's level as it was afterwards."""
    import logging

    from ocpm_desk.logging_setup import remove_logging, setup_logging

    level = logging.getLogger().level
    path = setup_logging()
    assert path is not None
    yield path
    remove_logging()
    logging.getLogger().setLevel(level)


def _migrated(url: str) -> Engine:
    from ocpm_desk.infrastructure.database import init_database
    from ocpm_desk.infrastructure.db.engine import make_engine
    from ocpm_desk.infrastructure.uow import SYSTEM_CLI

    engine = make_engine(url)
    init_database(engine, SYSTEM_CLI)
    return engine


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'ocpm.sqlite'}"


@pytest.fixture(scope="session")
def migrated_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated once per run with the reference data (``init-db``), copied by ``sqlite_engine``."""
    path = tmp_path_factory.mktemp("template") / "ocpm.sqlite"
    _migrated(f"sqlite:///{path}").dispose()
    return path


@pytest.fixture
def sqlite_engine(sqlite_url: str, migrated_sqlite_template: Path) -> Iterator[Engine]:
    """A fresh database of its own for the test: a copy of the migrated template (as ``init-db`` leaves it)."""
    with engine_on_copy(migrated_sqlite_template, sqlite_url) as engine:
        yield engine


@pytest.fixture(scope="session")
def pg_server() -> Iterator[dict[str, str]]:
    """A fresh, empty database on the PostgreSQL server for this run: its URL and role prefix."""
    import psycopg

    server = make_url(PG_SERVER)
    admin_dsn = server.set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        admin = psycopg.connect(admin_dsn, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        reason = f"PostgreSQL unreachable at {server.render_as_string()}: {' '.join(str(exc).split())}"
        if IN_CI:
            pytest.fail(f"CI=true requires PostgreSQL tests to run — {reason}", pytrace=False)
        pytest.skip(reason)
    token = secrets.token_hex(4)
    name = f"ocpm_test_{token}"
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield {
                "url": server.set(drivername="postgresql+psycopg", database=name).render_as_string(hide_password=False),
                "role_prefix": f"ocpm_t{token}_",
                "name": name,
            }
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            # login and group roles are cluster-wide: drop this run's (they all carry its prefix)
            prefix = f"ocpm_t{token}_"
            for (role,) in admin.execute("SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s)", (prefix,)):
                admin.execute(f'DROP ROLE IF EXISTS "{role}"')


@pytest.fixture(scope="session")
def _pg_session_engine(pg_server: dict[str, str]) -> Iterator[Engine]:
    os.environ["OCPM_ROLE_PREFIX"] = pg_server["role_prefix"]
    engine = _migrated(pg_server["url"])
    yield engine
    engine.dispose()


@pytest.fixture
def pg_engine(_pg_session_engine: Engine) -> Iterator[Engine]:
    """The run's PostgreSQL database, migrated, with reference data and no orders, staff or audit rows."""
    with _pg_session_engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {', '.join(MUTABLE_TABLES)} RESTART IDENTITY CASCADE"))
    yield _pg_session_engine


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest) -> Engine:
    """Each integration test that takes ``engine`` runs on SQLite and on PostgreSQL."""
    name = "sqlite_engine" if request.param == "sqlite" else "pg_engine"
    return request.getfixturevalue(name)  # type: ignore[no-any-return]


@pytest.fixture
def catalogue_as_shipped(request: pytest.FixtureRequest) -> None:
    """ATT-RES offered, as services.yaml ships it: on PostgreSQL the reference data outlives each test, and an
    earlier test of the run (test_removed_service.py) may have withdrawn the service. Modules that need it say
    ``pytestmark = pytest.mark.usefixtures("catalogue_as_shipped")``."""
    for name in ("engine", "pg_engine"):
        if name in request.fixturenames:
            with request.getfixturevalue(name).begin() as conn:
                conn.execute(text("UPDATE services SET active_to = NULL WHERE code = 'ATT-RES'"))
            return


# ------------------------------------------------------------------------------------------------ exit
_EXIT_STATUS: dict[str, int] = {}


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _EXIT_STATUS["status"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Once every result is reported, end the process with pytest's status, without Python's finalization: PySide6
    can crash while the interpreter destroys the last Qt objects at exit (seen once in CI as a segmentation fault
    after « 4055 passed »), which would turn a green run red for nothing the tests check."""
    if "status" in _EXIT_STATUS:
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS["status"])
