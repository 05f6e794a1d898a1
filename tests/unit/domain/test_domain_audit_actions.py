"""The fixed set of audit actions and history lines (issue 15): every one the code writes is in it, with its roles."""

from __future__ import annotations

import re
from pathlib import Path

from ocpm_desk.kernel.audit_actions import AUDIT_ACTIONS, HISTORY_ACTIONS
from ocpm_desk.kernel.lifecycle import TRANSITIONS

PACKAGE = Path(__file__).resolve().parents[3] / "ocpm_desk"
#: ``uow.audit(actor, "action", ...)`` and ``append_audit(session, actor, "action", ...)``.
CALLS = re.compile(r"""(?:\.audit|append_audit)\(\s*[^,()]+(?:\([^()]*\))?,\s*(?:[^,()]+,\s*)?"([a-z_]+\.[a-z_.]+)\"""")


def _written_actions() -> set[str]:
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if "migrations" in path.parts or "gui" in path.parts:
            continue
        found |= set(CALLS.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_action_the_services_write_is_in_the_fixed_set() -> None:
    written = _written_actions()
    assert len(written) > 25, sorted(written)  # the pattern still finds the calls
    owner_only = {a for a in written if a.startswith("demo.")}  # the demo seed runs as the trusted owner
    assert written - owner_only <= set(AUDIT_ACTIONS), sorted(written - owner_only - set(AUDIT_ACTIONS))


def test_each_step_of_the_lifecycle_is_an_event_and_a_history_line_of_the_roles_that_take_it() -> None:
    for t in TRANSITIONS:
        roles = {g.role.value for g in t.grants}
        assert roles <= AUDIT_ACTIONS[f"order.{t.action}"]
        assert roles <= HISTORY_ACTIONS[t.action]


def test_what_only_a_supervisor_decides() -> None:
    for action in ("decision.issued", "decision.returned", "order.approve_refusal", "order.reassign",
                   "quarantine.resolved"):
        assert AUDIT_ACTIONS[action] == {"supervisor"}, action
    assert "auditor" not in set().union(*(r for a, r in AUDIT_ACTIONS.items() if not a.endswith(
        ("viewed", "original_read", "copy_made", "searched", "login", "login_failed", "password_set"))))
