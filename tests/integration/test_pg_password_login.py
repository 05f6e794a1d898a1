"""Password login against a PostgreSQL cluster that really checks passwords (SCRAM), started for this test.

The shared test server trusts every connection; here ``initdb`` (run as the ``postgres`` system user) creates a
throw-away cluster with ``scram-sha-256`` authentication on a free port.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pg_cluster import private_cluster
from sqlalchemy import text

from ocpm_desk.bootstrap import make_connector
from ocpm_desk.features.accounts.accounts import authenticate_central, create_local_user
from ocpm_desk.infrastructure.database import init_database
from ocpm_desk.infrastructure.db.engine import make_engine
from ocpm_desk.infrastructure.uow import SYSTEM_CLI
from ocpm_desk.kernel.errors import AuthenticationFailed
from ocpm_desk.kernel.roles import Role

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
SUPERUSER_PASSWORD = "cluster-owner-secret"


@pytest.fixture(scope="module")
def scram_cluster() -> Iterator[str]:
    """URL (without password) of a fresh cluster whose superuser ``postgres`` needs its password."""
    with private_cluster("a password-checking PostgreSQL cluster", password=SUPERUSER_PASSWORD) as cluster:
        yield cluster.url()


def test_the_server_checks_the_staff_password(scram_cluster: str) -> None:
    owner = make_engine(scram_cluster.replace("postgres@", f"postgres:{SUPERUSER_PASSWORD}@"))
    with owner.connect() as conn:
        assert conn.execute(text("SHOW password_encryption")).scalar() == "scram-sha-256"
    init_database(owner, SYSTEM_CLI)
    create_local_user(owner, SYSTEM_CLI, "camille", [Role.CASEWORKER], "the right password", "Camille Rochat")
    owner.dispose()

    engine, identity = authenticate_central(scram_cluster, "camille", "the right password")
    assert identity.username == "camille" and identity.roles == {Role.CASEWORKER}
    assert identity.display_name == "Camille Rochat"
    with engine.connect() as conn:
        assert conn.execute(text("SELECT session_user")).scalar() == "camille"
    engine.dispose()

    with pytest.raises(AuthenticationFailed) as wrong:
        authenticate_central(scram_cluster, "camille", "the wrong password")
    with pytest.raises(AuthenticationFailed) as unknown:
        authenticate_central(scram_cluster, "nobody", "the right password")
    assert str(wrong.value) == str(unknown.value) == "unknown user or wrong password"

    # the same through the connector the login window uses
    connector = make_connector(scram_cluster)
    session = connector.open("central", "camille", "the right password")
    assert session.identity.roles == {Role.CASEWORKER}
    assert "the right password" not in str(session.database_label)
    with pytest.raises(AuthenticationFailed):
        session.unlock("the wrong password")  # idle lock: the server checks the password again
    session.unlock("the right password")
    session.close()
    with pytest.raises(AuthenticationFailed):
        connector.open("central", "camille", "nope")
