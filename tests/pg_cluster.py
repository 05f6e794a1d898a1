"""A private PostgreSQL cluster for the tests that need one of their own (DESIGN §5: password checking, stop/start).

``initdb`` runs as the ``postgres`` system user (through ``runuser`` when the tests run as root) into a temporary
directory; the server listens on 127.0.0.1 on a free port and on a unix socket in that directory only. The cluster
can be stopped and started again on the same port (connection-loss tests); it is stopped at once and removed when
the ``with``-block ends, whatever happened.

Outside CI a machine without ``initdb`` skips the test with the reason; under ``CI=true`` it fails it.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def pg_bin() -> Path | None:
    """The newest PostgreSQL ``bin`` directory holding ``initdb`` (Debian's layout first, then the PATH)."""
    root = Path("/usr/lib/postgresql")
    for version in sorted(root.glob("*"), reverse=True) if root.exists() else []:
        if (version / "bin" / "initdb").exists() and (version / "bin" / "pg_ctl").exists():
            return version / "bin"
    found = shutil.which("initdb")
    return Path(found).parent if found and (Path(found).parent / "pg_ctl").exists() else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def require_cluster_tools(what: str) -> Path:
    """The ``bin`` directory; skips the test (fails it under CI) when a private cluster cannot be made."""
    bindir = pg_bin()
    reason = None
    if bindir is None:
        reason = f"initdb and pg_ctl are not available to start {what}"
    elif os.geteuid() == 0 and not shutil.which("runuser"):
        reason = f"runuser is not available to run initdb as the postgres user for {what}"
    if reason is not None:
        if IN_CI:
            pytest.fail(f"CI=true requires PostgreSQL tests to run — {reason}", pytrace=False)
        pytest.skip(reason)
    assert bindir is not None
    return bindir


@dataclass
class PrivateCluster:
    bindir: Path
    base: Path
    port: int
    superuser: str = "postgres"

    @property
    def data(self) -> Path:
        return self.base / "data"

    @property
    def log(self) -> Path:
        return self.base / "log"

    def url(self, database: str = "postgres", user: str | None = None) -> str:
        return f"postgresql://{user or self.superuser}@127.0.0.1:{self.port}/{database}"

    def _as_postgres(self) -> list[str]:
        return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def _pg_ctl(self, *args: str, check: bool = True, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([*self._as_postgres(), str(self.bindir / "pg_ctl"), "-D", str(self.data), *args],
                              check=check, capture_output=True, timeout=timeout)  # fmt: skip

    def initdb(self, *extra: str) -> None:
        subprocess.run([*self._as_postgres(), str(self.bindir / "initdb"), "-D", str(self.data), "-U",
                        self.superuser, "-E", "UTF8", "--locale", "C.UTF-8", *extra],
                       check=True, capture_output=True, timeout=120)  # fmt: skip

    def start(self) -> None:
        """Start and wait until the server accepts connections (on the same port every time)."""
        options = f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1"
        self._pg_ctl("-l", str(self.log), "-w", "-t", "60", "-o", options, "start", timeout=90)

    def stop(self, mode: str = "fast") -> None:
        """``fast``: sessions are ended and rolled back; ``immediate``: the server dies as in a crash."""
        self._pg_ctl("-m", mode, "-w", "stop")

    @property
    def running(self) -> bool:
        return self._pg_ctl("status", check=False).returncode == 0


@contextmanager
def private_cluster(what: str, *, password: str | None = None) -> Iterator[PrivateCluster]:
    """A started cluster of its own, removed afterwards. Without ``password`` every local connection is trusted;
    with it the superuser ``postgres`` has that password and the server checks every login's (SCRAM)."""
    bindir = require_cluster_tools(what)
    base = Path(tempfile.mkdtemp(prefix="ocpm-cluster-"))
    os.chmod(base, 0o777)  # the postgres user writes the data directory, the log and the socket here
    cluster = PrivateCluster(bindir, base, free_port())
    try:
        if password is None:
            cluster.initdb("-A", "trust")
        else:
            pwfile = base / "pw"
            pwfile.write_text(password)
            pwfile.chmod(0o644)
            cluster.initdb("-A", "scram-sha-256", "--pwfile", str(pwfile))
        cluster.start()
        yield cluster
    finally:
        if cluster.data.exists():
            cluster._pg_ctl("-m", "immediate", "stop", check=False)
        shutil.rmtree(base, ignore_errors=True)
