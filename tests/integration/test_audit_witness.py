"""A deleted tail is noticed (issue 16): each workstation keeps a witness of the newest audit head it saw.

``verify-audit`` (without ``--expect-head``) fails naming the head it last saw once the database owner deleted or
rewrote the events after it; ``--accept-head`` records a legitimate restore; a successful run records the new head.
The witness is a file in the user's state directory (``OCPM_STATE_DIR`` here), one per database, without password.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cli_support import admin, one_error_line
from ocpm_factories import pg_login
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from ocpm_desk.features.accounts.api import StaffIdentity
from ocpm_desk.features.audit.api import AuditFilter
from ocpm_desk.features.audit.trail import chain_head, refresh_witness, verify_with_witness
from ocpm_desk.infrastructure.audit_store import try_seal
from ocpm_desk.infrastructure.uow import SYSTEM_CLI, Actor, UnitOfWork
from ocpm_desk.infrastructure.witness import (
    STATE_DIR_ENV,
    database_identity,
    read_witness,
    state_dir,
    witness_path,
    write_witness,
)
from ocpm_desk.kernel.errors import DomainError
from ocpm_desk.kernel.phrases import Phrase
from ocpm_desk.kernel.roles import Role
from ocpm_desk.wiring import AppDeskSession

AUDITOR = Actor("elise", frozenset({Role.AUDITOR}))
PASSWORD = "never-in-the-witness-9731"  # PostgreSQL trust authentication takes any password


@pytest.fixture(autouse=True)
def _state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "state"
    monkeypatch.setenv(STATE_DIR_ENV, str(path))
    return path


# ------------------------------------------------------------------------------------------------- helpers
def write_events(engine: Engine, n: int, action: str = "test.event") -> None:
    for i in range(n):
        with UnitOfWork(engine) as uow:
            uow.audit("system:cli", action, "test", i, {"n": i})
            uow.commit()
    with engine.begin() as conn:  # PostgreSQL: the background sealing pass (writers never seal)
        try_seal(conn)


def head_of(engine: Engine) -> tuple[int, str]:
    head = chain_head(engine, SYSTEM_CLI)
    assert head is not None
    return head


def hash_of(engine: Engine, event_id: int) -> str:
    with engine.connect() as conn:
        return str(conn.scalar(text("SELECT hash FROM audit_events WHERE id = :i"), {"i": event_id}))


def as_owner(engine: Engine, sql: str, **params: object) -> None:
    """The database owner at work (on PostgreSQL the immutability trigger lets the owner through)."""
    with engine.begin() as conn:
        conn.execute(text(sql), params)


def url_with_password(engine: Engine) -> str:
    url = engine.url
    if url.get_backend_name() == "postgresql":
        url = url.set(password=PASSWORD)
    return url.render_as_string(hide_password=False)


def witness_files(state: Path) -> list[Path]:
    return sorted(state.rglob("*.json"))


def witness_on_disk(state: Path) -> dict[str, object]:
    (path,) = witness_files(state)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


# ------------------------------------------------------------------------------------------------- the CLI
def test_a_deleted_tail_is_noticed_and_a_restore_accepted(engine: Engine, _state_dir: Path) -> None:
    write_events(engine, 6)
    url = url_with_password(engine)
    head_id, head_hash = head_of(engine)
    assert witness_files(_state_dir) == []

    first = admin("verify-audit", "--database", url)
    assert first.returncode == 0, first.stderr
    assert first.stdout == f"audit chain intact: {head_id} events, head {head_id}:{head_hash}\n"
    recorded = witness_on_disk(_state_dir)
    assert (recorded["head_id"], recorded["head_hash"]) == (head_id, head_hash)
    raw = witness_files(_state_dir)[0].read_text(encoding="utf-8")
    assert PASSWORD not in raw and "password" not in raw.lower()
    if engine.dialect.name == "postgresql":
        assert recorded["database"] == f"PostgreSQL {engine.url.host}:{engine.url.port or 5432}/{engine.url.database}"
        assert str(engine.url.username or "@") not in raw  # no user name either
    else:
        assert recorded["database"] == str(Path(str(engine.url.database)).resolve())

    # the owner deletes the last two events: consistent with itself, the chain no longer holds the head seen here
    as_owner(engine, "DELETE FROM audit_events WHERE id > :keep", keep=head_id - 2)
    kept_id, kept_hash = head_id - 2, hash_of(engine, head_id - 2)
    for _ in range(2):  # and it stays so: a failed run does not move the witness
        truncated = admin("verify-audit", "--database", url)
        assert truncated.returncode == 1
        line = one_error_line(truncated)
        assert f"the chain no longer contains event {head_id}, the head this workstation saw on " in line
        assert f"it ends at event {kept_id}" in line
        assert f"head last seen here: {head_id}:{head_hash}" in line and "--accept-head ID:HASH" in line
        assert witness_on_disk(_state_dir)["head_id"] == head_id

    # a legitimate restore: the witness becomes the accepted head, then the verification passes
    accepted = admin("verify-audit", "--accept-head", f"{kept_id}:{kept_hash.upper()}", "--database", url)
    assert accepted.returncode == 0, accepted.stderr
    assert accepted.stdout == f"audit chain intact: {kept_id} events, head {kept_id}:{kept_hash}\n"
    assert (witness_on_disk(_state_dir)["head_id"], witness_on_disk(_state_dir)["head_hash"]) == (kept_id, kept_hash)

    # the chain grows again: each successful run records the fresh head
    before = str(witness_on_disk(_state_dir)["recorded_at"])
    write_events(engine, 3)
    new_id, new_hash = head_of(engine)
    assert new_id == kept_id + 3
    again = admin("verify-audit", "--database", url)
    assert again.returncode == 0, again.stderr
    fresh = witness_on_disk(_state_dir)
    assert (fresh["head_id"], fresh["head_hash"]) == (new_id, new_hash)
    assert datetime.fromisoformat(str(fresh["recorded_at"])) >= datetime.fromisoformat(before)
    assert len(witness_files(_state_dir)) == 1  # one file per database


def test_a_rewritten_tail_is_noticed(engine: Engine) -> None:
    write_events(engine, 5)
    url = url_with_password(engine)
    head_id, _ = head_of(engine)
    assert admin("verify-audit", "--database", url).returncode == 0
    as_owner(engine, "DELETE FROM audit_events WHERE id > :keep", keep=head_id - 3)
    write_events(engine, 4, action="test.forged")  # properly chained after the cut, beyond the head seen
    rewritten = admin("verify-audit", "--database", url)
    assert rewritten.returncode == 1
    assert f"event {head_id} was rewritten: its hash differs from the head this workstation saw on" in (
        one_error_line(rewritten)
    )


def test_an_accepted_head_must_be_in_the_chain_and_well_formed(engine: Engine, _state_dir: Path) -> None:
    write_events(engine, 3)
    url = url_with_password(engine)
    malformed = admin("verify-audit", "--accept-head", "3:abc", "--database", url)
    assert malformed.returncode == 2
    assert "--accept-head: expected head '3:abc' is not ID:HASH" in one_error_line(malformed)
    assert witness_files(_state_dir) == []
    elsewhere = admin("verify-audit", "--accept-head", "9:" + "a" * 64, "--database", url)
    assert elsewhere.returncode == 1
    assert "the chain no longer contains event 9" in one_error_line(elsewhere)
    assert witness_on_disk(_state_dir)["head_id"] == 9  # accepted as asked; the chain does not hold it


def test_a_chain_broken_before_the_witness_is_reported_as_such(engine: Engine) -> None:
    write_events(engine, 4)
    url = url_with_password(engine)
    assert admin("verify-audit", "--database", url).returncode == 0
    as_owner(engine, "UPDATE audit_events SET payload = '{}' WHERE id = 2")
    broken = admin("verify-audit", "--database", url)
    assert broken.returncode == 1
    assert one_error_line(broken) == (
        "ocpm-desk-admin: error: audit chain broken: event 2 was altered: its hash does not match its content"
    )


# --------------------------------------------------------------------------------------- service and session
def test_the_service_keeps_one_witness_per_database(engine: Engine, sqlite_engine: Engine, _state_dir: Path) -> None:
    write_events(engine, 3)
    result = verify_with_witness(engine, AUDITOR)
    assert result.intact and result.witness is not None and not result.witness.lost
    assert (result.witness.head_id, result.witness.head_hash) == head_of(engine)
    assert abs((datetime.now(UTC) - result.witness.recorded_at).total_seconds()) < 60
    with engine.connect() as conn:
        identity = database_identity(conn)
    assert identity is not None and witness_path(identity).parent.parent == _state_dir
    if engine is not sqlite_engine:  # another database, another witness
        write_events(sqlite_engine, 1)
        assert verify_with_witness(sqlite_engine, AUDITOR).witness is not None
        assert len(witness_files(_state_dir)) == 2
    with pytest.raises(DomainError):
        verify_with_witness(engine, AUDITOR, accept_head="nonsense")


def test_an_unreadable_witness_is_ignored_and_replaced(sqlite_engine: Engine) -> None:
    write_events(sqlite_engine, 2)
    with sqlite_engine.connect() as conn:
        identity = database_identity(conn)
    assert identity is not None
    witness_path(identity).parent.mkdir(parents=True)
    witness_path(identity).write_text("{not json", encoding="utf-8")
    assert read_witness(identity) is None
    assert verify_with_witness(sqlite_engine, AUDITOR).intact
    assert read_witness(identity) is not None


def test_an_in_memory_database_has_no_witness() -> None:
    from ocpm_desk.infrastructure.db.engine import make_engine

    memory = make_engine("sqlite://")
    try:
        with memory.connect() as conn:
            assert database_identity(conn) is None
    finally:
        memory.dispose()


def test_the_gui_session_refreshes_the_witness_and_reports_a_lost_one(engine: Engine) -> None:
    write_events(engine, 4)
    session = AppDeskSession(engine, StaffIdentity("elise", "Elise", frozenset({Role.AUDITOR})), Phrase("test"))
    with engine.connect() as conn:
        identity = database_identity(conn)
    assert identity is not None
    # the auditor's screen opens: the witness moves on to the newest sealed head (on PostgreSQL the search's own
    # event may not be sealed yet: nothing is sealed for it)
    session.audit.search_audit(AuditFilter())
    session.audit.screen_witness()
    witness = read_witness(identity)
    assert witness is not None and witness.head_id >= 4 and witness.head_hash == hash_of(engine, witness.head_id)
    write_events(engine, 2)
    session.audit.search_audit(AuditFilter())
    session.audit.screen_witness()
    witness = read_witness(identity)
    assert witness is not None and witness.head_id >= 6 and witness.head_hash == hash_of(engine, witness.head_id)
    seen_id, seen_hash = witness.head_id, witness.head_hash

    as_owner(engine, "DELETE FROM audit_events WHERE id > :keep", keep=seen_id - 3)
    session.audit.search_audit(AuditFilter())
    session.audit.screen_witness()  # the chain no longer holds it: the witness stays for the verification
    assert read_witness(identity) == witness
    lost = refresh_witness(engine, AUDITOR)
    assert lost is not None and lost.lost and lost.head_id == seen_id
    result = session.audit.verify_with_witness()
    assert not result.intact and result.witness is not None and result.witness.lost
    assert (result.witness.head_id, result.witness.head_hash) == (seen_id, seen_hash)
    # the searches wrote their own events after the cut: the chain ends before the witness, after the cut
    assert result.head_id is not None and seen_id - 3 < result.head_id < seen_id
    assert result.first_broken_id == result.head_id + 1

    # supervisors search their team's trail: no witness of theirs is kept
    write_witness(identity, 1, hash_of(engine, 1))
    supervisor = AppDeskSession(engine, StaffIdentity("sam", "Sam", frozenset({Role.SUPERVISOR})), Phrase("test"))
    supervisor.audit.search_audit(AuditFilter())
    assert supervisor.audit.screen_witness() is None
    kept = read_witness(identity)
    assert kept is not None and kept.head_id == 1


@pytest.mark.postgres
def test_a_staff_login_files_the_witness_under_the_owners_identity(
    pg_engine: Engine, pg_server: dict[str, str]
) -> None:
    write_events(pg_engine, 3)
    with pg_login(pg_engine, pg_server, "wit_auditor", ["auditor"]) as (actor, staff_engine):
        with pg_engine.connect() as conn:
            owner = database_identity(conn)
        with staff_engine.connect() as conn:
            staff = database_identity(conn)
        assert owner is not None and owner == staff
        assert owner.key.startswith("postgresql|system ")  # the cluster's system_identifier, readable by staff
        assert make_url(pg_server["url"]).database in owner.key
        result = verify_with_witness(staff_engine, actor)
        assert result.intact and result.witness is not None
        assert read_witness(owner) is not None


def test_the_state_directory_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(STATE_DIR_ENV, str(tmp_path / "explicit"))
    assert state_dir() == tmp_path / "explicit"
    monkeypatch.delenv(STATE_DIR_ENV)
    monkeypatch.setenv("OCPM_DATA_DIR", str(tmp_path / "data"))
    assert state_dir() == tmp_path / "data" / "state"  # relocated data takes its witness along


def test_a_witness_that_cannot_be_written(sqlite_engine: Engine, monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    write_events(sqlite_engine, 2)
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(STATE_DIR_ENV, str(blocker))
    result = verify_with_witness(sqlite_engine, AUDITOR)  # verification stands; the failure is logged
    assert result.intact and result.witness is None
    url = sqlite_engine.url.render_as_string()
    refused = admin("verify-audit", "--accept-head", f"2:{hash_of(sqlite_engine, 2)}", "--database", url)
    assert refused.returncode == 1
    assert "--accept-head: the witness could not be recorded" in one_error_line(refused)
