"""What every command of ``ocpm-desk-admin`` uses: the ``--database`` option, the one-line reason on failure
(``fail``), the progress bar on standard error (``progress``), the database opened (``open_engine``) and an action run
with the domain's and the database's refusals said in one line (``run``)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ocpm_desk.infrastructure import config
from ocpm_desk.kernel.errors import DomainError

T = TypeVar("T")

#: Standard error: the reasons and the progress bars (standard output stays clean).
err = Console(stderr=True)

DatabaseOption = Annotated[
    str | None,
    typer.Option(
        "--database", help="Database URL (default: OCPM_DATABASE_URL, else the Démo file).", show_default=False
    ),
]


def fail(message: str, code: int = 1) -> NoReturn:
    err.print(f"ocpm-desk-admin: error: {message}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(code)


@contextmanager
def progress() -> Iterator[Callable[[str, int, int], None]]:
    """A progress callback that shows a bar on stderr once the work has lasted more than a second."""
    started = time.monotonic()
    bar: Progress | None = None
    tasks: dict[str, object] = {}

    def report(phase: str, done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            if time.monotonic() - started < 1.0 or (not err.is_terminal and not config.value(config.PROGRESS)):
                return
            bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                           console=err, transient=True)
            bar.start()
        if phase not in tasks:
            tasks[phase] = bar.add_task(phase, total=total)
        bar.update(tasks[phase], completed=done, total=total)  # type: ignore[arg-type]

    try:
        yield report
    finally:
        if bar is not None:
            bar.stop()


def open_engine(database: str | None):  # type: ignore[no-untyped-def]
    from ocpm_desk.infrastructure.db.engine import make_engine
    from ocpm_desk.infrastructure.profiles import resolve_url
    from ocpm_desk.logging_setup import describe_database

    try:
        url = resolve_url(database)
        engine = make_engine(url)
    except ValueError as exc:
        fail(str(exc))
    logging.getLogger("ocpm_desk.cli").info("database: %s", describe_database(url))
    return engine


def run(action: Callable[[], T]) -> T:
    from sqlalchemy.exc import DBAPIError

    from ocpm_desk.logging_setup import describe_exception

    log = logging.getLogger("ocpm_desk.cli")
    try:
        return action()
    except DomainError as exc:
        log.warning("refused: %s", describe_exception(exc))  # the class only: a message may name a person
        fail(str(exc))
    except DBAPIError as exc:
        log.warning("database error: %s", describe_exception(exc))
        first = " ".join(str(exc.orig).split()) if exc.orig else type(exc).__name__
        fail(f"the database refused or could not be reached: {first}")
