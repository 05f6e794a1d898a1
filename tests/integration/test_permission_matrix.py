"""Every use case × every role: allowed exactly when the role's permissions say so (DESIGN §2)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine

import ocpm_desk.features
from ocpm_desk.infrastructure.uow import Actor
from ocpm_desk.infrastructure.use_case import USE_CASES
from ocpm_desk.kernel.errors import PermissionDenied
from ocpm_desk.kernel.permissions import has_permission
from ocpm_desk.kernel.roles import Role

#: Every module of every feature, and the database's own use cases (``init_database``).
MODULES = [importlib.import_module(m.name)
           for m in pkgutil.walk_packages(ocpm_desk.features.__path__, "ocpm_desk.features.")] + [
    importlib.import_module("ocpm_desk.infrastructure.database")]


def _use_case_functions() -> dict[str, Callable[..., Any]]:
    found = {}
    for module in MODULES:
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ == module.__name__ and not name.startswith("_"):
                found[f"{module.__name__}.{fn.__qualname__}"] = fn
    return found


FUNCTIONS = _use_case_functions()


def _step(fn: Callable[..., Any]) -> bool:
    """A step of a use case (``claiming.move``, ``history.touch``…): it works in the unit of work (or the ORM session)
    the use case opened after its permission check, so it takes ``uow`` or ``session``, never an engine."""
    parameters = inspect.signature(fn).parameters
    return ("uow" in parameters or "session" in parameters) and "engine" not in parameters


def test_every_service_function_acting_for_someone_checks_a_permission() -> None:
    acting = {name for name, fn in FUNCTIONS.items() if "actor" in inspect.signature(fn).parameters and not _step(fn)}
    assert acting, "no use case found"
    steps = {name for name, fn in FUNCTIONS.items() if _step(fn)}
    assert {"ocpm_desk.features.casework.claiming.move", "ocpm_desk.features.casework.history.touch"} <= steps
    assert not steps & set(USE_CASES)  # a step opens no unit of work of its own
    unchecked = acting - set(USE_CASES)
    assert not unchecked, f"use cases without @use_case: {sorted(unchecked)}"


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize("name", sorted(USE_CASES))
def test_use_case_is_allowed_exactly_for_the_roles_holding_its_permission(
    name: str, role: Role, engine: Engine
) -> None:
    fn = FUNCTIONS[name]
    actor = Actor(f"someone-{role.value}", frozenset({role}))
    params = list(inspect.signature(fn).parameters)
    args: dict[str, Any] = {p: None for p in params}
    args["engine"] = engine  # SQLite and PostgreSQL
    args["actor"] = actor
    allowed = any(has_permission({role}, p) for p in USE_CASES[name])
    try:
        fn(**args)
    except PermissionDenied:
        assert not allowed, f"{role.value} should be allowed to {name}"
    except Exception:
        assert allowed, f"{role.value} went past the permission check of {name}"
    else:
        assert allowed, f"{role.value} should not be allowed to {name}"
