"""Both entry points write the application log: what ran and where, never the names or passwords given to them."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import PySide6
from cli_support import admin
from PySide6.QtCore import qVersion
from sqlalchemy import Engine

from ocpm_desk.logging_setup import log_file, remove_logging, setup_logging


def test_the_admin_cli_logs_its_command_and_database_but_not_its_arguments(
    sqlite_url: str, sqlite_engine: Engine
) -> None:
    assert os.environ["OCPM_LOG_DIR"]  # the root conftest points it into the test's directory
    created = admin("create-user", "crochat", "--role", "caseworker", "--display-name", "Camille Rochat",
                    "--password-stdin", "--database", f"{sqlite_url}", stdin="Secr3t-pass-word\n")
    assert created.returncode == 0, created.stderr
    text = log_file().read_text(encoding="utf-8")
    assert "ocpm-desk-admin 0.1.0 create-user started" in text
    assert "database: sqlite ocpm.sqlite" in text
    assert "create-user ended with exit code 0" in text
    for secret in ("Camille", "Rochat", "Secr3t-pass-word", "crochat"):
        assert secret not in text


def test_a_refusal_of_the_admin_cli_is_logged_by_its_class(sqlite_url: str, sqlite_engine: Engine) -> None:
    for _ in range(2):
        result = admin("create-user", "crochat", "--role", "caseworker", "--display-name", "Camille Rochat",
                       "--password-stdin", "--database", sqlite_url, stdin="Secr3t-pass-word\n")
    assert result.returncode == 1 and "already exists" in result.stderr
    text = log_file().read_text(encoding="utf-8")
    assert "refused: ocpm_desk.kernel.errors.DomainError" in text
    assert "create-user ended with exit code 1" in text
    assert "crochat" not in text and "Rochat" not in text


def test_the_gui_entry_point_logs_versions_and_the_database_kind() -> None:
    from ocpm_desk.__main__ import _log_start

    level = logging.getLogger().level
    path = setup_logging()
    assert path is not None
    try:
        _log_start("postgresql://camille:s3cret@db.ocpm.ge.ch:5432/ocpm")
        _log_start(None)
    finally:
        remove_logging()
        logging.getLogger().setLevel(level)
    text = Path(path).read_text(encoding="utf-8")
    assert f"Qt {qVersion()}, PySide6 {PySide6.__version__}" in text
    assert "database: postgresql db.ocpm.ge.ch:5432/ocpm" in text and "database: chosen at login" in text
    assert "camille" not in text and "s3cret" not in text
