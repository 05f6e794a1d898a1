"""Remembered passwords: keyed by user and server, kept only in the keyring, never in settings or logs; without a
usable keyring nothing fails."""

from __future__ import annotations

import logging
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringError

from ocpm_desk.bootstrap import AppConnector
from ocpm_desk.features.accounts.accounts import create_local_user
from ocpm_desk.infrastructure import profiles as prof
from ocpm_desk.infrastructure import secrets
from ocpm_desk.infrastructure.database import init_database
from ocpm_desk.infrastructure.db.engine import make_engine
from ocpm_desk.infrastructure.uow import SYSTEM_CLI
from ocpm_desk.kernel.errors import AuthenticationFailed
from ocpm_desk.kernel.roles import Role
from ocpm_desk.logging_setup import log_file

PASSWORD = "Tr0ub4dor&3-keyring"


def memory_store() -> dict[tuple[str, str], str]:
    return keyring.get_keyring().store  # type: ignore[attr-defined,no-any-return]


@pytest.fixture
def local_db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'workstation.sqlite'}"
    engine = make_engine(url)
    init_database(engine, SYSTEM_CLI)
    create_local_user(engine, SYSTEM_CLI, "cdubois", [Role.CASEWORKER], PASSWORD, "Claire Dubois")
    engine.dispose()
    return url


class BrokenKeyring(KeyringBackend):
    """A backend that is there but fails (a locked or crashed desktop keyring)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("the keyring daemon did not answer")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("the keyring daemon did not answer")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringError("the keyring daemon did not answer")


def test_the_server_of_a_key_is_host_port_and_database_or_the_absolute_file(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    assert secrets.server_location("postgresql://camille@db.ocpm.ge.ch:5433/ocpm") == "db.ocpm.ge.ch:5433/ocpm"
    assert secrets.server_location("postgresql+psycopg://db.ocpm.ge.ch/ocpm") == "db.ocpm.ge.ch:5432/ocpm"
    assert secrets.server_location("postgresql://u:pw@db/ocpm") == "db:5432/ocpm"  # never the URL's password
    monkeypatch.chdir(tmp_path)
    assert secrets.server_location("sqlite:///relative.sqlite") == str(tmp_path.resolve() / "relative.sqlite")
    assert secrets.key_for(" CDubois ", "postgresql://db/ocpm") == "cdubois@db:5432/ocpm"


def test_two_servers_never_share_a_remembered_password(tmp_path: Path) -> None:
    training, production = "postgresql://db/ocpm_training", "postgresql://db/ocpm"
    other_port = "postgresql://db:6432/ocpm"
    assert secrets.set_password("cdubois", training, "training password")
    assert secrets.get_password("cdubois", training) == "training password"
    assert secrets.get_password("cdubois", production) is None
    assert secrets.get_password("cdubois", other_port) is None
    assert secrets.get_password("mrochat", training) is None
    assert memory_store() == {("ocpm-desk", "cdubois@db:5432/ocpm_training"): "training password"}
    assert secrets.delete_password("cdubois", training)
    secrets.delete_password("cdubois", training)  # nothing left: not an error
    assert memory_store() == {}


@pytest.mark.parametrize("backend", [fail.Keyring, BrokenKeyring], ids=["fail backend", "failing backend"])
def test_without_a_usable_keyring_nothing_raises(backend: type[KeyringBackend], local_db: str) -> None:
    keyring.set_keyring(backend())  # the autouse fixture puts its own back afterwards
    assert not secrets.keyring_available()
    assert secrets.get_password("cdubois", local_db) is None
    assert secrets.set_password("cdubois", local_db, PASSWORD) is False
    assert secrets.delete_password("cdubois", local_db) is False
    connector = AppConnector(local_db)
    assert not connector.keyring_available()
    session = connector.open("local", "cdubois", PASSWORD)
    connector.remember_password("local", "cdubois", PASSWORD)
    connector.forget_password("local", "cdubois")
    assert connector.saved_password("local", "cdubois") is None
    session.close()


def test_the_memory_backend_of_the_tests_is_usable() -> None:
    assert secrets.keyring_available()


def test_remembered_through_the_connector_under_user_at_file(local_db: str) -> None:
    connector = AppConnector(local_db)
    connector.open("local", "cdubois", PASSWORD).close()
    connector.remember_password("local", "cdubois", PASSWORD)
    path = Path(local_db.removeprefix("sqlite:///")).resolve()
    assert memory_store() == {("ocpm-desk", f"cdubois@{path}"): PASSWORD}
    assert AppConnector(local_db).saved_password("local", "cdubois") == PASSWORD  # a later start finds it
    assert connector.saved_password("demo", "cdubois") is None  # another database: another password
    connector.forget_password("local", "cdubois")
    assert memory_store() == {}


def test_no_password_in_the_settings_file_or_the_log(local_db: str, app_log: Path) -> None:
    connector = AppConnector(local_db)
    with pytest.raises(AuthenticationFailed):
        connector.open("local", "cdubois", PASSWORD + "-typo")
    with pytest.raises(AuthenticationFailed):
        connector.open("local", PASSWORD, "x")  # a password typed into the user field by mistake
    connector.open("local", "cdubois", PASSWORD).close()
    connector.remember_password("local", "cdubois", PASSWORD)
    assert connector.saved_password("local", "cdubois") == PASSWORD
    logging.getLogger("ocpm_desk").info("flush")  # the handler opens the file lazily

    settings = prof.config_file().read_text(encoding="utf-8")
    assert '"last_profile": "local"' in settings
    log_text = log_file().read_text(encoding="utf-8")
    assert "login: cdubois on local" in log_text
    assert "login failed for cdubois" in log_text and "login failed for an unknown user" in log_text
    for text in (settings, log_text):
        assert PASSWORD not in text
        assert "Tr0ub4dor" not in text


def test_a_central_address_with_a_password_is_remembered_without_it() -> None:
    from ocpm_desk.bootstrap import _without_password

    assert _without_password("postgresql://camille:s3cret@db:5432/ocpm") == "postgresql://camille@db:5432/ocpm"
    assert _without_password("postgresql://camille@db/ocpm") == "postgresql://camille@db/ocpm"


@pytest.mark.parametrize("url", [
    "sqlite:////tmp/x.db", "sqlite:///x.db", "sqlite://", "sqlite:///:memory:", "sqlite+pysqlite:////a/b.sqlite",
    "sqlite:///~/x.db", "sqlite:////tmp/a%20b.db", "postgresql+psycopg://root@127.0.0.1:5432/ocpm",
    "postgresql://host/db", "postgresql+psycopg://u:p@Host.Example.ch/ocpm_prod", "postgresql+psycopg://u@h:6543/",
    "postgresql+psycopg://u@/db?host=/run/x", "postgresql://u:p%40x@h/db", "postgresql+psycopg://u@[::1]:5432/db",
])
def test_the_server_of_a_url_is_read_as_sqlalchemy_reads_it(url: str) -> None:
    """The keyring key's server, read without SQLAlchemy for the usual URLs, is the one make_url gives."""
    from pathlib import Path

    from sqlalchemy.engine import make_url

    from ocpm_desk.infrastructure.secrets import server_location

    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        database = u.database or ":memory:"
        expected = database if database == ":memory:" else str(Path(database).expanduser().resolve())
    else:
        expected = f"{u.host or str(u.query.get('host') or 'localhost')}:{u.port or 5432}/{u.database or ''}"
    assert server_location(url) == expected
