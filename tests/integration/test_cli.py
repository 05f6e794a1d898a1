"""The admin CLI as a person runs it: real processes, exit codes, one-line reasons, clean stdout."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import admin
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from ocpm_desk.infrastructure.db.models import Staff


def test_init_db_is_idempotent(sqlite_url: str) -> None:
    first = admin("init-db", "--database", sqlite_url)
    assert first.returncode == 0, first.stderr
    assert "reference rows added or changed" in first.stdout and " 0 reference rows" not in first.stdout
    second = admin("init-db", "--database", sqlite_url)
    assert second.returncode == 0
    assert "; 0 reference rows added or changed" in second.stdout


def test_database_url_comes_from_the_environment_too(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'env.sqlite'}"
    result = admin("upgrade", env={"OCPM_DATABASE_URL": url})
    assert result.returncode == 0, result.stderr
    assert "upgraded from empty to" in result.stdout
    assert (tmp_path / "env.sqlite").exists()


def test_create_user_reads_the_password_from_stdin_and_refuses_an_existing_name(sqlite_engine: Engine) -> None:
    url = sqlite_engine.url.render_as_string()
    ok = admin("create-user", "camille", "--role", "caseworker", "--role", "supervisor",
               "--display-name", "Camille Rochat", "--password-stdin", "--database", url, stdin="long enough\n")
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.strip() == "created camille (caseworker, supervisor)"
    again = admin("create-user", "camille", "--role", "caseworker", "--password-stdin", "--database", url,
                  stdin="long enough\n")
    assert again.returncode == 1
    assert again.stderr.strip() == "ocpm-desk-admin: error: a user named 'camille' already exists"
    with Session(sqlite_engine) as s:
        staff = s.scalars(select(Staff)).all()
        assert [(x.username, x.display_name) for x in staff] == [("camille", "Camille Rochat")]
        assert staff[0].password_hash and staff[0].password_hash.startswith("$argon2")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["create-user", "x1", "--role", "boss", "--password-stdin"], "unknown role 'boss'"),
        (["create-user", "x1", "--role", "caseworker", "--password-stdin"], "no password on standard input"),
        (["upgrade", "--database", "mysql://h/db"], "unsupported database 'mysql'"),
        (["upgrade", "--database", "postgresql://nobody@127.0.0.1:1/x"], "the database cannot be reached"),
    ],
)
def test_failures_exit_non_zero_with_one_line(args: list[str], message: str, sqlite_url: str) -> None:
    if "--database" not in args:
        args = [*args, "--database", sqlite_url]
    result = admin(*args, stdin="")
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ocpm-desk-admin: error: ") and message in lines[0]
    assert result.stdout == ""


@pytest.mark.postgres
def test_init_db_on_postgresql(pg_engine: Engine) -> None:
    result = admin("init-db", "--database", pg_engine.url.render_as_string(hide_password=False))
    assert result.returncode == 0, result.stderr
    assert "; 0 reference rows added or changed" in result.stdout


def test_export_decision_writes_the_archived_original_and_refuses_an_altered_one(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    import hashlib

    from ocpm_factories import add_staff
    from sqlalchemy import text
    from test_decisions import _proposed

    from ocpm_desk.features.refusals import decisions
    from ocpm_desk.kernel.roles import Role

    anne = add_staff(sqlite_engine, "anne", Role.CASEWORKER)
    sophie = add_staff(sqlite_engine, "sophie", Role.SUPERVISOR)
    _, decision_id = _proposed(sqlite_engine, anne)
    sha = decisions.proposal(sqlite_engine, sophie, decision_id).content_sha256
    issued = decisions.approve_refusal(sqlite_engine, sophie, decision_id, sha)
    url = sqlite_engine.url.render_as_string()
    target = tmp_path / "decision.pdf"
    ok = admin("export-decision", issued.reference, "-o", str(target), "--database", url)
    assert ok.returncode == 0, ok.stderr
    assert target.read_bytes().startswith(b"%PDF")
    assert hashlib.sha256(target.read_bytes()).hexdigest() == issued.pdf_sha256
    assert ok.stdout.strip() == (f"decision {issued.number} (original) written to {target}; "
                                 f"SHA-256 {issued.pdf_sha256}")
    copy = admin("export-decision", issued.reference, "--number", issued.number, "--copy", "-o",
                 str(tmp_path / "copy.pdf"), "--database", url)
    assert copy.returncode == 0, copy.stderr
    assert b"OCPMMarkCopy" in (tmp_path / "copy.pdf").read_bytes()

    missing = admin("export-decision", issued.reference, "--number", "D-1999-000001", "-o",
                    str(tmp_path / "none.pdf"), "--database", url)
    assert missing.returncode == 1 and "no issued decision numbered D-1999-000001" in missing.stderr
    assert not (tmp_path / "none.pdf").exists()

    with sqlite_engine.begin() as conn:
        conn.execute(text("UPDATE decisions SET pdf = :pdf WHERE id = :id"), {"pdf": b"%PDF forged", "id": decision_id})
    target.unlink()
    altered = admin("export-decision", issued.reference, "-o", str(target), "--database", url)
    assert altered.returncode == 1
    lines = altered.stderr.strip().splitlines()
    assert len(lines) == 1 and "does not match its recorded SHA-256" in lines[0]
    assert not target.exists() and altered.stdout == ""


@pytest.mark.parametrize("url", ["postgresql://", "postgresql://someone@db-host:5432", "postgresql:///ocpm",
                                 "postgresql+psycopg://db-host/"])
def test_a_postgresql_url_without_its_server_or_database_is_refused_before_connecting(url: str) -> None:
    result = admin("init-db", "--database", url)
    assert result.returncode == 1
    assert "names its server and its database" in result.stderr and "Traceback" not in result.stderr
    assert "relation" not in result.stderr


def test_create_user_says_what_is_missing_instead_of_aborting(sqlite_url: str) -> None:
    bad = admin("create-user", "Bad Name", "--role", "caseworker", "--database", sqlite_url, stdin="")
    assert bad.returncode == 1 and "is not valid" in bad.stderr and "Aborted" not in bad.stderr + bad.stdout
    silent = admin("create-user", "camille", "--role", "caseworker", "--database", sqlite_url, stdin="")
    assert silent.returncode == 1 and "--password-stdin" in silent.stderr
    assert "Aborted" not in silent.stderr + silent.stdout


def test_staff_administration_on_sqlite_acts_at_once_for_the_cli(sqlite_url: str, sqlite_engine: Engine) -> None:
    created = admin("create-user", "camille", "--role", "caseworker", "--password-stdin", "--database", sqlite_url,
                    stdin="un-mot-de-passe\n")
    assert created.returncode == 0, created.stderr
    granted = admin("grant-role", "camille", "supervisor", "--database", sqlite_url)
    assert granted.returncode == 0 and granted.stdout.strip() == "granted supervisor for camille"
    again = admin("grant-role", "camille", "supervisor", "--database", sqlite_url)
    assert again.returncode == 1 and "already has the role" in again.stderr
    assert admin("revoke-role", "camille", "supervisor", "--database", sqlite_url).returncode == 0
    nothing = admin("confirm-user", "camille", "--database", sqlite_url)
    assert nothing.returncode == 1 and "nothing is pending for camille" in nothing.stderr
    unknown = admin("deactivate-user", "nobody", "--database", sqlite_url)
    assert unknown.returncode == 1 and "unknown account nobody" in unknown.stderr
    off = admin("deactivate-user", "camille", "--database", sqlite_url)
    assert off.returncode == 0 and off.stdout.startswith("deactivated camille: 0 open orders"), off.stdout
    with Session(sqlite_engine) as s:
        assert s.get(Staff, "camille").active is False  # type: ignore[union-attr]
    assert admin("reactivate-user", "camille", "--database", sqlite_url).returncode == 0
    with Session(sqlite_engine) as s:
        assert s.get(Staff, "camille").active is True  # type: ignore[union-attr]
