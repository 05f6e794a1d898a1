"""The application's log: a rotating file in the user's log directory, with no personal data (G12).

``setup_logging()`` is called once by each entry point (``ocpm-desk`` and ``ocpm-desk-admin``). The file is
``ocpm-desk.log`` in the folder of the setting ``log_dir`` (``OCPM_LOG_DIR``, else the user's log directory,
``ocpm_desk.infrastructure.config``); 1 MB per file, five old files kept.

The code logs events, never data: user names of staff (logins) are fine, names, addresses, AVS numbers, e-mail
addresses and passwords of anybody are not. Two safety nets on the handler catch what slips through:

- ``PersonalDataFilter`` masks anything that looks like an AVS number, a payment card number or an e-mail address,
  and replaces an exception passed as an argument (``log.info("… %s", exc)``) by its class and SQLSTATE;
- ``SafeFormatter`` writes a traceback without the exception's message (a database error's message may quote the
  values of a row), keeping the class, the SQLSTATE and the stack.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from ocpm_desk.infrastructure import config
from ocpm_desk.kernel.identifiers import mask_card_numbers_in

APP, AUTHOR = config.APP, config.AUTHOR
LOG_FILE_NAME = "ocpm-desk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

# 756.1234.5678.97, 7561234567897, 756 1234 5678 97: the separators may also be mixed or missing.
_AVS = re.compile(r"(?<![0-9])756[. ]?[0-9]{4}[. ]?[0-9]{4}[. ]?[0-9]{2}(?![0-9])")
AVS_MASK = "756.****.****.**"
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
EMAIL_MASK = "[e-mail]"


def log_dir() -> Path:
    """``OCPM_LOG_DIR`` or the user's log directory (not created here)."""
    return config.value(config.LOG_DIR)


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


def mask_personal_data(text: str) -> str:
    """``text`` with AVS numbers, payment card numbers and e-mail addresses masked."""
    text = _AVS.sub(AVS_MASK, text)
    text = mask_card_numbers_in(text)
    return _EMAIL.sub(EMAIL_MASK, text)


def describe_database(url: str) -> str:
    """A database for the log: ``postgresql host:port/dbname`` (never the user or password of the URL) or
    ``sqlite FILE-NAME`` (not the path, which holds the user's home directory)."""
    from sqlalchemy.engine import make_url

    try:
        u = make_url(url)
    except Exception:
        return "an unreadable database URL"
    if u.get_backend_name() == "sqlite":
        return f"sqlite {Path(u.database or ':memory:').name}"
    return f"{u.get_backend_name()} {u.host or 'localhost'}:{u.port or 5432}/{u.database or ''}"


def sqlstate_of(exc: BaseException) -> str | None:
    """The SQLSTATE of a database error (psycopg's ``sqlstate``, also through SQLAlchemy's ``orig``)."""
    for candidate in (exc, getattr(exc, "orig", None)):
        if candidate is None:
            continue
        for attribute in ("sqlstate", "pgcode"):
            value = getattr(candidate, attribute, None)
            if isinstance(value, str) and value:
                return value
    return None


def describe_exception(exc: BaseException) -> str:
    """``module.Class`` (and ``SQLSTATE xxxxx``): what the log may say of an exception, never its message."""
    kind = type(exc)
    name = kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
    orig = getattr(exc, "orig", None)
    if isinstance(orig, BaseException):
        orig_kind = type(orig)
        name += f" from {orig_kind.__module__}.{orig_kind.__qualname__}"
    state = sqlstate_of(exc)
    return f"{name} (SQLSTATE {state})" if state else name


_CAUSE = "The above exception was the direct cause of the following exception:"
_CONTEXT = "During handling of the above exception, another exception occurred:"


def _format_exception(exc: BaseException, tb: TracebackType | None) -> str:
    """A traceback as Python prints it, each exception of the chain reduced to its class and SQLSTATE."""
    chain: list[BaseException] = []  # newest first
    links: list[str] = []  # links[i]: what chain[i] is to chain[i + 1]
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        if current.__cause__ is not None:
            current, link = current.__cause__, _CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, _CONTEXT
        else:
            current, link = None, ""
        links.append(link)
    lines: list[str] = []
    for index in range(len(chain) - 1, -1, -1):
        item = chain[index]
        if index < len(chain) - 1:
            lines.extend(["", links[index], ""])
        frames = traceback.extract_tb(tb if index == 0 else item.__traceback__)
        if frames:
            lines.append("Traceback (most recent call last):")
            lines.extend(part.rstrip("\n") for part in traceback.format_list(frames))
        lines.append(describe_exception(item))
    return "\n".join(lines)


class SafeFormatter(logging.Formatter):
    """Time, level, logger, message; a traceback without exception messages."""

    def __init__(self) -> None:
        super().__init__(FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        record.message = record.getMessage()
        record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and record.exc_info[1] is not None:
            text += "\n" + _format_exception(record.exc_info[1], record.exc_info[2])
        if record.stack_info:
            text += "\n" + self.formatStack(record.stack_info)
        return mask_personal_data(text)


class PersonalDataFilter(logging.Filter):
    """Masks AVS numbers, card numbers and e-mail addresses; exceptions given as arguments become their class."""

    def filter(self, record: logging.LogRecord) -> bool:
        args: Any = record.args
        if isinstance(args, tuple):
            args = tuple(describe_exception(a) if isinstance(a, BaseException) else a for a in args)
        elif isinstance(args, dict):
            args = {k: describe_exception(v) if isinstance(v, BaseException) else v for k, v in args.items()}
        try:
            message = str(record.msg) % args if args else str(record.msg)
        except (TypeError, ValueError, KeyError):
            message = f"{record.msg} {args!r}"
        record.msg = mask_personal_data(message)
        record.args = None
        # A cached traceback text (from another handler's formatter) may hold messages: ours makes its own.
        record.exc_text = None
        return True


_HANDLER_NAME = "ocpm-desk-file"


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the application's log (``level`` and above) to the rotating file; returns its path.

    Calling it again replaces the handler installed before (tests point ``OCPM_LOG_DIR`` elsewhere). When the
    directory cannot be created or written, nothing is logged to a file and None is returned: a missing log must
    not keep the application from starting.
    """
    root = logging.getLogger()
    remove_logging()
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.set_name(_HANDLER_NAME)
    handler.setLevel(level)
    handler.setFormatter(SafeFormatter())
    handler.addFilter(PersonalDataFilter())
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    # SQL statements and their parameters (values of rows) never reach the log, whatever a library configures.
    for noisy in ("sqlalchemy", "alembic", "faker", "PIL", "fontTools"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    logging.getLogger("alembic.runtime.migration").setLevel(logging.INFO)  # "Running upgrade A -> B"
    return path


def log_uncaught_exceptions() -> None:
    """Exceptions nobody caught (in the GUI, those raised in a slot) go to the log too, as the formatter allows."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            logging.getLogger("ocpm_desk").critical("uncaught exception", exc_info=(kind, value, tb))
        previous(kind, value, tb)

    sys.excepthook = hook


def remove_logging() -> None:
    """Close and remove the file handler that ``setup_logging`` installed (if any)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == _HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()
