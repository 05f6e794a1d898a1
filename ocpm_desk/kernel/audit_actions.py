"""Which role writes which audit action and which history line (DESIGN §5): one fixed set, read by the database.

The services write audit events with these actions and history lines (``order_events.action``) with these names;
on PostgreSQL ``ocpm_audit(...)`` refuses an action a login's roles do not write, and the history trigger refuses
a line a login's roles do not write (migration 0012 copies both tables into ``ocpm_private``). A test checks that
every action the code writes is here. The ``order.<action>`` events and the history lines of status changes follow
the lifecycle's transition table: who may take a transition writes its line and its event.
"""

from __future__ import annotations

from types import MappingProxyType

from ocpm_desk.kernel.lifecycle import TRANSITIONS

CASEWORKER, SUPERVISOR, MAILROOM, ADMIN, AUDITOR, INTAKE = (
    "caseworker", "supervisor", "mailroom", "admin", "auditor", "intake")  # fmt: skip
_CASE = frozenset({CASEWORKER, SUPERVISOR})
_READERS = frozenset({AUDITOR, CASEWORKER, SUPERVISOR})
_EVERYONE = frozenset({CASEWORKER, SUPERVISOR, MAILROOM, ADMIN, AUDITOR, INTAKE})


def _lifecycle() -> dict[str, frozenset[str]]:
    """Each transition's action, by the roles that may take it."""
    out: dict[str, set[str]] = {}
    for t in TRANSITIONS:
        out.setdefault(t.action, set()).update(g.role.value for g in t.grants)
    return {action: frozenset(roles) for action, roles in out.items()}


#: History lines without a status change (the case worked: ``casework.touch``), and the reassignment.
_NOTES = {
    "conditions_evaluated": _CASE,
    "condition_ticked": _CASE,
    "condition_override_removed": _CASE,
    "condition_overridden": _CASE,
    "hearing_not_needed": _CASE,
    "hearing_answer": _CASE,
    "correction_recorded": _CASE,
    "reassign": frozenset({SUPERVISOR}),
}

#: ``order_events.action`` → the roles that write it.
HISTORY_ACTIONS: MappingProxyType[str, frozenset[str]] = MappingProxyType({**_lifecycle(), **_NOTES})

#: ``audit_events.action`` → the roles that write it (the database's own ``row.*`` events are not here: staff never
#: write them; the owner's ``demo.*`` and synthetic CLI actors are trusted).
AUDIT_ACTIONS: MappingProxyType[str, frozenset[str]] = MappingProxyType({
    **{f"order.{action}": roles for action, roles in _lifecycle().items()},
    "order.reassign": frozenset({SUPERVISOR}),
    "order.viewed": _READERS,
    "order.conditions_evaluated": _CASE,
    "order.condition_ticked": _CASE,
    "order.condition_override_removed": _CASE,
    "order.condition_overridden": _CASE,
    "order.hearing_letter_sent": _CASE,
    "order.hearing_not_needed": _CASE,
    "order.hearing_answer_recorded": _CASE,
    "order.correction_reissued": _CASE,
    "order.correction_recorded": _CASE,
    "decision.draft_created": _CASE,
    "decision.draft_taken_over": _CASE,
    "decision.proposed": _CASE,
    "decision.issued": frozenset({SUPERVISOR}),
    "decision.returned": frozenset({SUPERVISOR}),
    "decision.original_read": _READERS,
    "decision.copy_made": _READERS,
    "print.batch": frozenset({MAILROOM}),
    "shipment.hearing_letter_shipped": frozenset({MAILROOM}),
    "shipment.returned": frozenset({MAILROOM}),
    "tracking.imported": frozenset({MAILROOM, INTAKE}),
    "deposit_list.created": frozenset({MAILROOM}),
    "orders.imported": frozenset({INTAKE, SUPERVISOR}),
    "quarantine.resolved": frozenset({SUPERVISOR}),
    "audit.searched": frozenset({AUDITOR, SUPERVISOR}),
    "staff.login": _EVERYONE,
    "staff.login_failed": _EVERYONE,
    "staff.created": frozenset({ADMIN}),
    "staff.role_granted": frozenset({ADMIN}),
    "staff.role_revoked": frozenset({ADMIN}),
    "staff.deactivated": frozenset({ADMIN}),
    "staff.reactivated": frozenset({ADMIN}),
    "staff.password_set": _EVERYONE,
    "reference.loaded": frozenset({ADMIN}),
})
