"""A feature's API protocol bound to the feature's use cases, for one logged-in user (the session's attributes).

Each method a feature's ``api.py`` protocol declares is bound to the use case of the same name in that feature's
package (registered by ``@use_case``), with the session's engine and actor put in front of the caller's arguments.
There is no hand-written pass-through: adding a use case to a feature's protocol is enough for the session to offer
it, and binding fails at login (not at the first click) when the feature has no use case of that name. Database
failures are mapped here, in one place: a read (``@reads``) that fails lost its connection; a change that fails was
refused by the database (a trigger, a grant: said as a ``DomainError``) or lost its connection.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import logging
import pkgutil
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from ocpm_desk.features.accounts import accounts
from ocpm_desk.infrastructure.uow import Actor
from ocpm_desk.infrastructure.use_case import FUNCTIONS
from ocpm_desk.kernel.api import is_read
from ocpm_desk.kernel.errors import ConnectionFailed, DomainError
from ocpm_desk.logging_setup import describe_exception

log = logging.getLogger(__name__)
FEATURES = "ocpm_desk.features"


def connection_failed(exc: DBAPIError) -> ConnectionFailed:
    # The log gets the class and SQLSTATE only: a database error's message may quote the values of a row.
    log.warning("database error: %s", describe_exception(exc))
    first = " ".join(str(exc.orig).split()) if exc.orig else type(exc).__name__
    return ConnectionFailed(first)


def change_failed(exc: DBAPIError) -> DomainError:
    """A change the database did not make: its own refusal (trigger, grant) as a readable error, or a lost
    connection; either way nothing was written."""
    state = str(getattr(exc.orig, "sqlstate", None) or "")
    if exc.connection_invalidated or state.startswith("08") or not state:
        return connection_failed(exc)
    return accounts.database_refusal(exc)


def protocol_methods(api: type) -> list[str]:
    """The methods a feature's API protocol declares (its own, not ``Protocol``'s)."""
    return [name for name, value in vars(api).items() if inspect.isfunction(value) and not name.startswith("_")]


@functools.cache
def use_cases_of(feature: str) -> dict[str, Callable[..., Any]]:
    """Every use case of ``ocpm_desk.features.<feature>`` by its function name (each module of the package is
    imported, so that its ``@use_case`` functions are registered). Two use cases of one name are an error."""
    package = importlib.import_module(f"{FEATURES}.{feature}")
    for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        importlib.import_module(module.name)
    prefix = f"{package.__name__}."
    found: dict[str, Callable[..., Any]] = {}
    for qualified, function in FUNCTIONS.items():
        if qualified.startswith(prefix):
            name = qualified.rsplit(".", 1)[1]
            if name in found:
                raise TypeError(f"two use cases of feature {feature} are named {name}")
            found[name] = function
    return found


class FeatureBinding:
    """One feature's API for one session: ``binding.claim_next()`` runs ``claim_next(engine, actor)``."""

    def __init__(self, feature: str, api: type, engine: Engine, actor: Callable[[], Actor]) -> None:
        self._feature = feature
        cases = use_cases_of(feature)
        for name in protocol_methods(api):
            if name not in cases:
                raise TypeError(f"{api.__name__}.{name} has no use case {name} in {FEATURES}.{feature}")
            setattr(self, name, bind(cases[name], engine, actor, reads=is_read(getattr(api, name))))

    def __repr__(self) -> str:
        return f"<{self._feature} use cases>"


def bind(
    function: Callable[..., Any], engine: Engine, actor: Callable[[], Actor], *, reads: bool
) -> Callable[..., Any]:
    failed = connection_failed if reads else change_failed

    @functools.wraps(function)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(engine, actor(), *args, **kwargs)
        except DBAPIError as exc:
            raise failed(exc) from None

    return call
