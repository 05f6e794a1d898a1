"""The profiles read the usual database URLs without SQLAlchemy (the login dialog opens before it is imported);
every answer is the one SQLAlchemy's ``make_url`` gives, also for URLs only SQLAlchemy can read."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from ocpm_desk.infrastructure import profiles

URLS = [
    "sqlite:////tmp/x.db", "sqlite:///x.db", "sqlite://", "sqlite:///:memory:", "sqlite+pysqlite:////a/b.sqlite",
    "sqlite:///~/x.db", "sqlite:////tmp/a%20b.db", "sqlite:////tmp/x.db?mode=ro",
    "postgresql+psycopg://root@127.0.0.1:5432/ocpm", "postgresql://host/db", "postgresql://camille@db.ocpm.ge.ch/ocpm",
    "postgresql+psycopg://u:p@Host.Example.ch/ocpm_prod", "postgresql+psycopg://u@h:6543/",
    "postgresql+psycopg://u@/db?host=/run/x", "postgresql://u:p%40x@h/db", "postgresql+psycopg://u@[::1]:5432/db",
    "postgresql://c%C3%A9line@h/db", "postgresql://u@h/db?sslmode=require", "mysql://u@h/db",
]  # fmt: skip


@pytest.mark.parametrize("url", URLS)
def test_urls_are_read_as_sqlalchemy_reads_them(url: str) -> None:
    u = make_url(url)
    backend = u.get_backend_name()
    assert profiles.backend_of(url) == backend
    assert profiles.is_postgresql(url) == (backend == "postgresql")
    expected = (u.database or ":memory:") if backend == "sqlite" else u.render_as_string(hide_password=True)
    assert profiles.display_url(url) == expected
    assert profiles.kind_of(url) == (profiles.CENTRAL if backend != "sqlite" else profiles.LOCAL)


def test_a_displayed_url_never_shows_its_password() -> None:
    for url in URLS:
        assert "p@" not in profiles.display_url(url).replace("u:***@", "")
    assert profiles.display_url("postgresql://camille:s3cret@db/ocpm") == "postgresql://camille:***@db/ocpm"


def test_the_demo_file_is_the_demo_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OCPM_DATA_DIR", str(tmp_path))
    assert profiles.kind_of(profiles.demo_url()) == profiles.DEMO
    assert profiles.kind_of(profiles.sqlite_url(tmp_path / "other.sqlite")) == profiles.LOCAL


@pytest.mark.parametrize(("url", "message"), [
    ("not a url", "is not a database URL"),
    ("", "is not a database URL"),
    ("mysql://u@h/db", "unsupported database 'mysql'"),
    ("oracle+cx_oracle://u@h/db", "unsupported database 'oracle'"),
])  # fmt: skip
def test_check_url_refuses_what_cannot_be_opened(url: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        profiles.check_url(url)


def test_check_url_accepts_sqlite_and_postgresql() -> None:
    for url in ("sqlite:////tmp/x.db", "postgresql+psycopg://u@h:5432/db", "postgresql://u:p%40x@h/db"):
        assert profiles.check_url(url) == url
