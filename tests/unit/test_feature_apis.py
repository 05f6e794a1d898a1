"""The session offers each feature's API protocol bound to that feature's use cases (``ocpm_desk.binding``): every
method a protocol declares is a use case of the feature with the same parameters (after ``engine, actor``) and the
same return type, so that what the GUI calls, mypy checks against the protocol, and the binding runs agree."""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable
from typing import Any

import pytest

from ocpm_desk.binding import protocol_methods, use_cases_of
from ocpm_desk.kernel.api import is_read
from ocpm_desk.session import FEATURE_APIS

METHODS = [(feature, api, name) for feature, api in FEATURE_APIS.items() for name in protocol_methods(api)]


def hints(function: Callable[..., Any]) -> dict[str, Any]:
    return typing.get_type_hints(function)


@pytest.mark.parametrize(("feature", "api", "name"), METHODS, ids=[f"{f}.{n}" for f, _a, n in METHODS])
def test_each_protocol_method_is_a_use_case_of_its_feature_with_the_same_signature(
    feature: str, api: type, name: str
) -> None:
    cases = use_cases_of(feature)
    assert name in cases, f"{api.__name__}.{name}: no use case {name} in ocpm_desk.features.{feature}"
    declared = inspect.signature(getattr(api, name))
    case = cases[name]
    actual = inspect.signature(case)
    params = list(actual.parameters.values())
    assert [p.name for p in params[:2]] == ["engine", "actor"], f"{name} takes (engine, actor, …)"
    wanted = list(declared.parameters.values())[1:]  # without self
    offered = {p.name: p for p in params[2:]}
    declared_hints, case_hints = hints(getattr(api, name)), hints(case)
    for p in wanted:
        assert p.name in offered, f"{api.__name__}.{name}: the use case has no parameter {p.name}"
        q = offered.pop(p.name)
        assert p.kind == q.kind, f"{name}({p.name}): {p.kind.description} in the protocol, {q.kind.description} here"
        assert p.default == q.default, f"{name}({p.name}): default {p.default!r} ≠ {q.default!r}"
        assert declared_hints.get(p.name) == case_hints.get(p.name), f"{name}({p.name}): types differ"
    assert all(q.default is not inspect.Parameter.empty for q in offered.values()), (
        f"{name}: parameters the protocol does not declare must have defaults: {sorted(offered)}")
    assert [p.name for p in wanted] == [p.name for p in params[2:] if p.name not in offered], (
        f"{name}: the parameters come in another order")
    assert declared_hints.get("return") == case_hints.get("return"), f"{name}: return types differ"


def test_reads_are_marked_and_only_reads() -> None:
    """A method marked ``@reads`` is a use case that writes nothing: its name says it reads (no verb of change)."""
    changes = ("claim", "release", "assign", "approve", "hold", "resume", "withdraw", "save", "submit", "send",
               "record", "return", "mark", "ship", "scan", "import", "resolve", "verify")
    for api in FEATURE_APIS.values():
        for name in protocol_methods(api):
            if is_read(getattr(api, name)):
                assert name.split("_")[0] not in changes, f"{api.__name__}.{name} is marked @reads but changes data"


def test_every_use_case_the_gui_may_call_is_bound_and_a_missing_one_fails_at_login() -> None:
    from sqlalchemy import create_engine

    from ocpm_desk.binding import FeatureBinding
    from ocpm_desk.infrastructure.uow import Actor
    from ocpm_desk.kernel.roles import Role

    engine = create_engine("sqlite://")
    auditor = Actor("u", frozenset({Role.AUDITOR}))
    binding = FeatureBinding("casework", FEATURE_APIS["casework"], engine, lambda: auditor)
    assert callable(binding.claim_next)  # type: ignore[attr-defined]

    class Wider(typing.Protocol):
        def no_such_use_case(self) -> None: ...

    with pytest.raises(TypeError, match="no use case no_such_use_case"):
        FeatureBinding("casework", Wider, engine, lambda: auditor)
