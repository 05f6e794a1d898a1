"""The audit witness: the newest audit head this workstation saw, one small file per database (DESIGN §5).

A chain that is consistent with itself cannot reveal that its last events were deleted; a head kept outside the
database can. ``verify-audit`` and the auditors' screen keep one here (the service decides when, this module only
stores it), in the user's *state* directory: ``OCPM_STATE_DIR``, else ``state`` in ``OCPM_DATA_DIR`` when only that
is set (relocated data — tests, the self-test — takes its witness along), else ``platformdirs.user_state_path``
(``~/.local/state/ocpm-desk`` on Linux, ``%LOCALAPPDATA%\\Etat-de-Geneve\\ocpm-desk`` on Windows).

One file per database, named after a stable identity of it: for PostgreSQL the cluster's ``system_identifier`` (the
host and port instead when the login may not read it), the database's name and oid — the same for every login, so
the command line and the GUI of one user share it; for SQLite the file's absolute path. An in-memory database has no
witness. The file holds the head (id and hash), when it was recorded and a label of the database: never a user
name or a password.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

from ocpm_desk.infrastructure import config
from ocpm_desk.kernel import clock

log = logging.getLogger(__name__)

STATE_DIR_ENV = config.STATE_DIR.env
WITNESS_DIR = "audit-witness"
_FORMAT = 1


def state_dir() -> Path:
    """``OCPM_STATE_DIR``, else ``state`` in ``OCPM_DATA_DIR`` when that is set, else the user's state directory
    (the setting ``state_dir`` of ``ocpm_desk.infrastructure.config``)."""
    return config.value(config.STATE_DIR)


@dataclass(frozen=True, slots=True)
class DatabaseIdentity:
    key: str  # what names the file (hashed): no password, no user name
    label: str  # for people reading the file: the SQLite path or PostgreSQL host:port/database


@dataclass(frozen=True, slots=True)
class Witness:
    head_id: int
    head_hash: str
    recorded_at: datetime  # UTC


def database_identity(conn: Connection) -> DatabaseIdentity | None:
    """The identity the witness of the database behind ``conn`` is filed under; None for an in-memory SQLite."""
    url = conn.engine.url
    if conn.dialect.name == "sqlite":
        database = url.database or ""
        if not database or database == ":memory:" or database.startswith("file:") or "mode=memory" in str(url):
            return None
        path = Path(database).expanduser().resolve()
        return DatabaseIdentity(f"sqlite|{path}", str(path))
    name, oid = conn.execute(
        text("SELECT current_database(), oid::bigint FROM pg_catalog.pg_database WHERE datname = current_database()")
    ).one()
    where = f"{url.host or 'local'}:{url.port or 5432}"
    cluster = where
    readable = conn.scalar(text("SELECT has_function_privilege('pg_catalog.pg_control_system()', 'EXECUTE')"))
    if readable:
        system = conn.scalar(text("SELECT system_identifier FROM pg_catalog.pg_control_system()"))
        if system is not None:
            cluster = f"system {system}"
    return DatabaseIdentity(f"postgresql|{cluster}|{name}|{oid}", f"PostgreSQL {where}/{name}")


def witness_path(identity: DatabaseIdentity) -> Path:
    digest = hashlib.sha256(identity.key.encode("utf-8")).hexdigest()[:32]
    return state_dir() / WITNESS_DIR / f"{digest}.json"


def read_witness(identity: DatabaseIdentity) -> Witness | None:
    """The witness recorded for the database, or None (none yet; an unreadable file is logged and ignored)."""
    path = witness_path(identity)
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
        if data.get("identity") != identity.key:
            raise ValueError("the file names another database")
        head_id, head_hash = int(data["head_id"]), str(data["head_hash"]).lower()
        recorded_at = datetime.fromisoformat(str(data["recorded_at"]))
        if head_id < 1 or len(head_hash) != 64 or recorded_at.tzinfo is None:
            raise ValueError("not a head")
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        log.warning("audit witness %s unreadable, ignored: %s", path, type(exc).__name__)
        return None
    return Witness(head_id, head_hash, recorded_at.astimezone(UTC))


def write_witness(identity: DatabaseIdentity, head_id: int, head_hash: str, *, at: datetime | None = None) -> Witness:
    """Record ``head_id:head_hash`` as the database's witness (atomically); OSError when it cannot be written."""
    witness = Witness(head_id, head_hash.lower(), (at or clock.now()).astimezone(UTC).replace(microsecond=0))
    path = witness_path(identity)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = {
        "format": _FORMAT,
        "database": identity.label,
        "identity": identity.key,
        "head_id": witness.head_id,
        "head_hash": witness.head_hash,
        "recorded_at": witness.recorded_at.isoformat(timespec="seconds"),
    }
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(body, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)
    return witness
