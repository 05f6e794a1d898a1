"""``@use_case(Permission…)``: the permission check at the entry of every use case, and their register.

Every public service function that acts for someone takes ``actor`` and is decorated; the decorator refuses with
``PermissionDenied`` before the function runs, unless one of the given permissions is held. ``USE_CASES`` lists
them all, so a test can run the whole matrix (every use case × every role).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from ocpm_desk.kernel.errors import PermissionDenied
from ocpm_desk.kernel.permissions import Permission, has_permission

P = ParamSpec("P")
R = TypeVar("R")

#: "module.function" → the permissions any one of which allows the use case.
USE_CASES: dict[str, tuple[Permission, ...]] = {}
#: "module.function" → the use case itself (checked), for the session to bind a feature's API to (``ocpm_desk.wiring``).
FUNCTIONS: dict[str, Callable[..., Any]] = {}


def use_case(*permissions: Permission) -> Callable[[Callable[P, R]], Callable[P, R]]:
    if not permissions:
        raise ValueError("a use case names at least one permission")

    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        signature = inspect.signature(fn)
        if "actor" not in signature.parameters:
            raise TypeError(f"use case {fn.__qualname__} must take an 'actor' parameter")
        USE_CASES[f"{fn.__module__}.{fn.__qualname__}"] = permissions
        # where a positional actor sits (binding the whole signature at every call costs more than the check)
        position = list(signature.parameters).index("actor")
        positional = signature.parameters["actor"].kind in (
            inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD
        )

        @functools.wraps(fn)
        def checked(*args: P.args, **kwargs: P.kwargs) -> R:
            actor: Any
            if positional and len(args) > position:
                actor = args[position]
            elif "actor" in kwargs:
                actor = kwargs["actor"]
            else:
                actor = signature.bind_partial(*args, **kwargs).arguments["actor"]
            if not any(has_permission(actor.roles, p) for p in permissions):
                raise PermissionDenied(actor.username, permissions[0].value)
            return fn(*args, **kwargs)

        FUNCTIONS[f"{fn.__module__}.{fn.__qualname__}"] = checked
        return checked

    return decorate
