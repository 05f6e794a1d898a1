"""Password login against a PostgreSQL cluster that really checks passwords (SCRAM), started for this test.

The shared test server trusts every connection; here ``initdb`` (run as the ``postgres`` system user) creates a
throw-away cluster with ``scram-sha-256`` authentication on a free port.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from ocpm_desk.adapters.db.engine import make_engine
from ocpm_desk.bootstrap import make_connector
from ocpm_desk.domain.errors import AuthenticationFailed
from ocpm_desk.domain.roles import Role
from ocpm_desk.services.accounts import authenticate_central, create_local_user
from ocpm_desk.services.database import init_database
from ocpm_desk.services.uow import SYSTEM_CLI

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
SUPERUSER_PASSWORD = "cluster-owner-secret"


def _pg_bin() -> Path | None:
    root = Path("/usr/lib/postgresql")
    for version in sorted(root.glob("*"), reverse=True) if root.exists() else []:
        if (version / "bin" / "initdb").exists():
            return version / "bin"
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def scram_cluster() -> Iterator[str]:
    """URL (without password) of a fresh cluster whose superuser ``postgres`` needs its password."""
    bindir = _pg_bin()
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if bindir is None or (os.geteuid() == 0 and not shutil.which("runuser")):
        reason = "initdb is not available to start a password-checking PostgreSQL cluster"
        if IN_CI:
            pytest.fail(f"CI=true requires PostgreSQL tests to run — {reason}", pytrace=False)
        pytest.skip(reason)
    base = Path(tempfile.mkdtemp(prefix="ocpm-scram-"))
    os.chmod(base, 0o777)
    data, pwfile, port = base / "data", base / "pw", _free_port()
    pwfile.write_text(SUPERUSER_PASSWORD)
    os.chmod(pwfile, 0o644)
    subprocess.run([*as_postgres, str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "scram-sha-256",
                    "--pwfile", str(pwfile), "-E", "UTF8", "--locale", "C.UTF-8"],
                   check=True, capture_output=True, timeout=120)
    subprocess.run([*as_postgres, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(base / "log"), "-w", "-o",
                    f"-p {port} -k {base} -c listen_addresses=127.0.0.1", "start"],
                   check=True, capture_output=True, timeout=120)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_postgres, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(base, ignore_errors=True)


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
    assert "the right password" not in session.database_label
    with pytest.raises(AuthenticationFailed):
        session.unlock("the wrong password")  # idle lock: the server checks the password again
    session.unlock("the right password")
    session.close()
    with pytest.raises(AuthenticationFailed):
        connector.open("central", "camille", "nope")
