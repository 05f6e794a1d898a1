"""The log's safety nets: AVS numbers, card numbers and e-mail addresses masked; exceptions reduced to their class
and SQLSTATE; the file rotates in the directory ``OCPM_LOG_DIR`` names."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import pytest

from ocpm_desk.logging_setup import (
    AVS_MASK,
    BACKUP_COUNT,
    EMAIL_MASK,
    MAX_BYTES,
    PersonalDataFilter,
    SafeFormatter,
    describe_database,
    describe_exception,
    log_dir,
    log_file,
    log_uncaught_exceptions,
    mask_personal_data,
    remove_logging,
    setup_logging,
)


def read(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "avs", ["756.1234.5678.97", "7561234567897", "756 1234 5678 97", "756.12345678.97", "756.9217.0769.85"]
)
def test_avs_numbers_are_masked_with_or_without_dots(avs: str) -> None:
    assert mask_personal_data(f"person {avs} found") == f"person {AVS_MASK} found"


def test_numbers_that_only_resemble_an_avs_number_stay() -> None:
    text = "order OCPM-2026-000123 took 7561 ms; 17561234567897 is longer; 756.1234 is shorter"
    assert mask_personal_data(text) == text


@pytest.mark.parametrize(
    ("card", "masked"),
    [
        ("4111 1111 1111 1111", "4111 11** **** 1111"),
        ("5555555555554444", "555555******4444"),
        ("4111-1111-1111-1111", "4111-11**-****-1111"),
    ],
)
def test_card_numbers_are_masked(card: str, masked: str) -> None:
    assert mask_personal_data(f"paid with {card}.") == f"paid with {masked}."


@pytest.mark.parametrize("email", ["jean.dupont@example.ch", "j-d+ocpm@mail.etat-ge.ch", "A.B@Sub.Domain.COM"])
def test_email_addresses_are_masked(email: str) -> None:
    assert mask_personal_data(f"<{email}> wrote") == f"<{EMAIL_MASK}> wrote"


def test_staff_logins_times_and_references_stay_readable() -> None:
    text = "login: gestionnaire on demo (sqlite demo.sqlite), roles caseworker (83 ms); screen overview loaded"
    assert mask_personal_data(text) == text


def test_the_filter_masks_arguments_and_reduces_exceptions_to_their_class() -> None:
    class FakePgError(Exception):
        sqlstate = "23505"

    error = FakePgError('duplicate key value violates unique constraint: Key (last_name)=(Dupont)')
    record = logging.LogRecord("t", logging.WARNING, __file__, 1, "saving %s failed: %s (%s)",
                               ("756.1234.5678.97", error, "marie@example.org"), None)
    assert PersonalDataFilter().filter(record)
    message = record.getMessage()
    assert "Dupont" not in message and "756.1234" not in message and "marie@" not in message
    assert AVS_MASK in message and EMAIL_MASK in message
    assert "FakePgError (SQLSTATE 23505)" in message


PERSON = ("Marie", "Dubois", "Rue du Rhône 12", "756.1234.5678.97")


def test_the_formatter_writes_tracebacks_without_exception_messages() -> None:
    first, last, street, avs = PERSON  # the traceback shows lines of code, not the values they held
    try:
        try:
            raise KeyError(f"{first} {last}, {street}")
        except KeyError as inner:
            raise RuntimeError(f"could not read {avs} of {first} {last}") from inner
    except RuntimeError:
        record = logging.LogRecord("t", logging.ERROR, __file__, 1, "background work failed", None,
                                   __import__("sys").exc_info())
    text = SafeFormatter().format(record)
    assert "background work failed" in text
    assert "Traceback (most recent call last):" in text
    assert "KeyError" in text and "RuntimeError" in text and "direct cause" in text
    assert "Marie" not in text and "Dubois" not in text and "Rhône" not in text and "756" not in text
    assert __file__ in text  # the stack (code locations) is kept


def test_describe_exception_names_the_class_the_driver_class_and_sqlstate() -> None:
    class Orig(Exception):
        sqlstate = "42501"

    class Wrapped(Exception):
        pass

    wrapped = Wrapped("permission denied for table register_persons: Dupont")
    wrapped.orig = Orig("…")  # type: ignore[attr-defined]
    text = describe_exception(wrapped)
    assert text.endswith("Wrapped from " + f"{Orig.__module__}.{Orig.__qualname__} (SQLSTATE 42501)")
    assert "Dupont" not in text
    assert describe_exception(ValueError("x")) == "ValueError"


def test_describe_database_never_names_the_user_or_password_of_a_url() -> None:
    assert describe_database("postgresql://camille:s3cret@db.ge.ch:5433/ocpm") == "postgresql db.ge.ch:5433/ocpm"
    home_file = "sqlite:////home/camille.rochat/.local/share/ocpm-desk/demo.sqlite"
    assert describe_database(home_file) == "sqlite demo.sqlite"


def test_the_log_goes_to_ocpm_log_dir_rotating(app_log: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert app_log == log_file() == log_dir() / "ocpm-desk.log"
    handlers = [h for h in logging.getLogger().handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert len(handlers) == 1
    assert (handlers[0].maxBytes, handlers[0].backupCount) == (MAX_BYTES, BACKUP_COUNT) == (1_000_000, 5)
    assert handlers[0].level == logging.INFO
    logging.getLogger("ocpm_desk.test").info("contact %s", "jean.dupont@example.ch")
    logging.getLogger("ocpm_desk.test").debug("not at INFO")
    text = read(app_log)
    line = text.strip().splitlines()[-1]
    # time, level, logger, message
    assert line.endswith("INFO    ocpm_desk.test: contact [e-mail]")
    assert line[:4].isdigit() and "not at INFO" not in text

    monkeypatch.setenv("OCPM_LOG_DIR", str(tmp_path / "elsewhere"))
    again = setup_logging()  # a second call replaces the handler, it does not add one
    assert again == tmp_path / "elsewhere" / "ocpm-desk.log"
    assert len([h for h in logging.getLogger().handlers if isinstance(h, logging.handlers.RotatingFileHandler)]) == 1


def test_uncaught_exceptions_reach_the_log_without_their_message(
    app_log: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: seen.append(kind))
    log_uncaught_exceptions()
    secret = "Dupont 756.1234.5678.97"
    try:
        raise LookupError(secret)
    except LookupError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert seen == [LookupError]  # the previous hook still runs
    text = read(app_log)
    assert "CRITICAL ocpm_desk: uncaught exception" in text and "LookupError" in text
    assert "Dupont" not in text


def test_an_unwritable_log_directory_does_not_stop_the_application(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("OCPM_LOG_DIR", str(blocker / "log"))
    level = logging.getLogger().level
    try:
        assert setup_logging() is None
    finally:
        remove_logging()
        logging.getLogger().setLevel(level)
