"""The order lifecycle against DESIGN §3: every allowed transition with who may take it, and forbidden ones.

The expected table below is copied from DESIGN §3 by hand, not derived from ``TRANSITIONS``: the tests fail if
the domain's table drifts from the design.
"""

from __future__ import annotations

from itertools import product

import pytest

from ocpm_desk.kernel.errors import DomainError
from ocpm_desk.kernel.lifecycle import (
    ASSIGNED_STATUSES,
    INITIAL_STATUSES,
    TRANSITIONS,
    Outcome,
    Status,
    Transition,
    TransitionNotAllowed,
    Who,
    check_transition,
    find_transition,
    outcome_after,
    transition_rows,
    transitions_from,
)
from ocpm_desk.kernel.roles import Role

S, R, OUT = Status, Role, Outcome
INTAKE = frozenset({(R.INTAKE, Who.ANY), (R.SUPERVISOR, Who.ANY)})
ASSIGNEE = frozenset({(R.CASEWORKER, Who.ASSIGNEE), (R.SUPERVISOR, Who.ANY)})
OTHER_SUPERVISOR = frozenset({(R.SUPERVISOR, Who.NOT_AUTHOR)})
CASE = frozenset({(R.CASEWORKER, Who.ANY), (R.SUPERVISOR, Who.ANY)})
MAILROOM = frozenset({(R.MAILROOM, Who.ANY)})

# (from, to, action, who may, outcome set by the transition) — DESIGN §3, row by row.
EXPECTED: list[tuple[Status | None, Status, str, frozenset[tuple[Role, Who]], Outcome | None]] = [
    (None, S.AWAITING_PAYMENT, "receive", INTAKE, None),
    (None, S.PAID, "receive", INTAKE, None),
    (None, S.CANCELLED, "receive", INTAKE, OUT.CANCELLED),
    (S.AWAITING_PAYMENT, S.PAID, "validate_payment", INTAKE, None),
    (S.AWAITING_PAYMENT, S.CANCELLED, "cancel", INTAKE, OUT.CANCELLED),
    (S.PAID, S.IN_REVIEW, "claim", frozenset({(R.CASEWORKER, Who.SELF), (R.SUPERVISOR, Who.ANY)}), None),
    (S.IN_REVIEW, S.PAID, "release", ASSIGNEE, None),
    (S.IN_REVIEW, S.ON_HOLD, "hold", ASSIGNEE, None),
    (S.ON_HOLD, S.IN_REVIEW, "resume", ASSIGNEE, None),
    (S.IN_REVIEW, S.APPROVED, "approve", ASSIGNEE, OUT.GRANTED),
    (S.IN_REVIEW, S.REFUSAL_PROPOSED, "propose_refusal", ASSIGNEE, None),
    (S.REFUSAL_PROPOSED, S.IN_REVIEW, "return_refusal", OTHER_SUPERVISOR, None),
    (S.REFUSAL_PROPOSED, S.REFUSED, "approve_refusal", OTHER_SUPERVISOR, OUT.REFUSED),
    (S.PAID, S.WITHDRAWN, "withdraw", CASE, OUT.WITHDRAWN),
    (S.IN_REVIEW, S.WITHDRAWN, "withdraw", CASE, OUT.WITHDRAWN),
    (S.ON_HOLD, S.WITHDRAWN, "withdraw", CASE, OUT.WITHDRAWN),
    (S.REFUSAL_PROPOSED, S.WITHDRAWN, "withdraw", CASE, OUT.WITHDRAWN),
    (S.APPROVED, S.READY_TO_SHIP, "print", MAILROOM, None),
    (S.REFUSED, S.READY_TO_SHIP, "print", MAILROOM, None),
    (S.READY_TO_SHIP, S.SHIPPED, "ship", MAILROOM, None),
    (S.SHIPPED, S.DELIVERED, "deliver", frozenset({(R.MAILROOM, Who.ANY), (R.INTAKE, Who.ANY)}), None),
    (S.SHIPPED, S.RETURNED, "record_return", MAILROOM, None),
    (S.RETURNED, S.READY_TO_SHIP, "send_again", CASE, None),
    (S.SHIPPED, S.APPROVED, "reissue", CASE, None),  # G5: no new fee; the outcome already known is kept
    (S.DELIVERED, S.APPROVED, "reissue", CASE, None),
]
EXPECTED_EDGES = {(f, t) for f, t, *_ in EXPECTED}

# One case per (transition, grant): the transition, the role, its qualifier.
GRANT_CASES = [
    pytest.param(f, t, role, who, id=f"{f or 'new'}->{t}:{role}:{who}")
    for f, t, _a, grants, _o in EXPECTED
    for role, who in sorted(grants)
]


Context = dict[str, str | None]


def context_that_satisfies(who: Who) -> Context:
    """Keyword arguments for ``check_transition`` under which a grant with this qualifier applies to alice."""
    contexts: dict[Who, Context] = {
        Who.ANY: {"assignee": "bob", "author": "alice"},  # ANY ignores who is assigned and who authored
        Who.SELF: {"new_assignee": "alice"},
        Who.ASSIGNEE: {"assignee": "alice"},
        Who.NOT_AUTHOR: {"author": "bob", "assignee": "bob"},
    }
    return contexts[who]


def context_that_violates(who: Who) -> list[Context]:
    contexts: dict[Who, list[Context]] = {
        Who.ANY: [],
        Who.SELF: [{"new_assignee": "bob"}],
        Who.ASSIGNEE: [{"assignee": "bob"}, {"assignee": None}],
        Who.NOT_AUTHOR: [{"author": "alice"}, {"author": None}],
    }
    return contexts[who]


def test_the_table_is_exactly_the_design() -> None:
    actual = {
        (t.from_status, t.to_status): (t.action, frozenset((g.role, g.who) for g in t.grants), t.outcome)
        for t in TRANSITIONS
    }
    expected = {(f, t): (a, g, o) for f, t, a, g, o in EXPECTED}
    assert actual == expected
    assert len(TRANSITIONS) == len(EXPECTED)


def test_status_and_outcome_values_are_the_database_values() -> None:
    assert [s.value for s in Status] == [
        "awaiting_payment", "cancelled", "paid", "in_review", "on_hold", "refusal_proposed", "refused",
        "approved", "ready_to_ship", "shipped", "delivered", "returned", "withdrawn",
    ]  # fmt: skip
    assert {o.value for o in Outcome} == {"granted", "refused", "withdrawn", "cancelled"}
    assert {S.IN_REVIEW, S.ON_HOLD, S.REFUSAL_PROPOSED} == ASSIGNED_STATUSES
    assert {S.AWAITING_PAYMENT, S.PAID, S.CANCELLED} == INITIAL_STATUSES


@pytest.mark.parametrize(("from_status", "to_status", "role", "who"), GRANT_CASES)
def test_allowed_transition(from_status: Status | None, to_status: Status, role: Role, who: Who) -> None:
    transition = check_transition(from_status, to_status, [role], actor="alice", **context_that_satisfies(who))
    assert (transition.from_status, transition.to_status) == (from_status, to_status)
    # the string values work as well as the enums (services read them from the database)
    same = check_transition(
        None if from_status is None else from_status.value,
        to_status.value,
        [role],
        actor="alice",
        **context_that_satisfies(who),
    )
    assert same is transition


@pytest.mark.parametrize(("from_status", "to_status", "role", "who"), GRANT_CASES)
def test_allowed_transition_only_for_the_right_person(
    from_status: Status | None, to_status: Status, role: Role, who: Who
) -> None:
    for context in context_that_violates(who):
        # holding only this role, the qualifier decides
        with pytest.raises(TransitionNotAllowed):
            check_transition(from_status, to_status, [role], actor="alice", **context)


@pytest.mark.parametrize(("from_status", "to_status"), sorted(EXPECTED_EDGES, key=str))
def test_roles_without_a_grant_may_not(from_status: Status | None, to_status: Status) -> None:
    granted = {role for f, t, _a, g, _o in EXPECTED if (f, t) == (from_status, to_status) for role, _who in g}
    for role in set(Role) - granted:
        # the most favourable context: alice is assignee, new assignee, and not the author
        with pytest.raises(TransitionNotAllowed, match="is reserved to: "):
            check_transition(
                from_status, to_status, [role], actor="alice", assignee="alice", new_assignee="alice", author="bob"
            )


@pytest.mark.parametrize(("from_status", "to_status", "action", "grants", "outcome"), EXPECTED)
def test_outcome_of_each_transition(
    from_status: Status | None,
    to_status: Status,
    action: str,
    grants: frozenset[tuple[Role, Who]],
    outcome: Outcome | None,
) -> None:
    transition = find_transition(from_status, to_status)
    assert transition is not None and transition.action == action
    assert transition.outcome is outcome
    for current in (None, *Outcome):
        expected = outcome if outcome is not None else current
        assert outcome_after(transition, current) is expected
        assert outcome_after(transition, None if current is None else current.value) is expected


def test_a_refused_order_stays_refused_once_shipped_and_delivered() -> None:
    outcome: Outcome | None = None
    for step in [(S.PAID, S.IN_REVIEW), (S.IN_REVIEW, S.REFUSAL_PROPOSED), (S.REFUSAL_PROPOSED, S.REFUSED),
                 (S.REFUSED, S.READY_TO_SHIP), (S.READY_TO_SHIP, S.SHIPPED), (S.SHIPPED, S.DELIVERED)]:  # fmt: skip
        transition = find_transition(*step)
        assert transition is not None
        outcome = outcome_after(transition, outcome)
    assert outcome is Outcome.REFUSED


ALL_SOURCES: list[Status | None] = [None, *Status]


@pytest.mark.parametrize(
    ("from_status", "to_status"),
    [pair for pair in product(ALL_SOURCES, Status) if pair not in EXPECTED_EDGES],
    ids=lambda s: str(s or "new"),
)
def test_every_other_step_is_refused_even_to_all_roles(from_status: Status | None, to_status: Status) -> None:
    assert find_transition(from_status, to_status) is None
    with pytest.raises(TransitionNotAllowed, match="the lifecycle has no such step"):
        check_transition(
            from_status, to_status, set(Role), actor="alice", assignee="alice", new_assignee="alice", author="bob"
        )


@pytest.mark.parametrize(
    ("from_status", "to_status"),
    [
        (S.PAID, S.CANCELLED),  # G2: once paid the order is definitive, no cancellation
        (S.IN_REVIEW, S.CANCELLED),
        (S.REFUSED, S.APPROVED),
        (S.APPROVED, S.REFUSED),
        (S.REFUSED, S.WITHDRAWN),  # the decision is issued
        (S.APPROVED, S.WITHDRAWN),
        (S.AWAITING_PAYMENT, S.IN_REVIEW),  # G1: only paid orders reach a queue
        (S.AWAITING_PAYMENT, S.WITHDRAWN),
        (S.CANCELLED, S.PAID),
        (S.WITHDRAWN, S.IN_REVIEW),
        (S.IN_REVIEW, S.REFUSED),  # a refusal goes through a proposal
        (S.IN_REVIEW, S.READY_TO_SHIP),
        (S.DELIVERED, S.RETURNED),
        (S.RETURNED, S.SHIPPED),
        (None, S.IN_REVIEW),
        (None, S.APPROVED),
    ],
)
def test_forbidden_samples(from_status: Status | None, to_status: Status) -> None:
    with pytest.raises(TransitionNotAllowed) as excinfo:
        check_transition(from_status, to_status, set(Role), actor="root", assignee="root", author="x")
    assert excinfo.value.to_status == to_status.value
    assert isinstance(excinfo.value, DomainError)


def test_caseworker_cannot_approve_a_refusal() -> None:
    with pytest.raises(TransitionNotAllowed, match="reserved to: supervisor"):
        check_transition(S.REFUSAL_PROPOSED, S.REFUSED, [R.CASEWORKER], actor="carla", assignee="carla", author="dan")


@pytest.mark.parametrize("to_status", [S.REFUSED, S.IN_REVIEW])
def test_supervisor_cannot_approve_or_return_own_refusal(to_status: Status) -> None:
    with pytest.raises(TransitionNotAllowed, match="supervisor other than its author"):
        check_transition(S.REFUSAL_PROPOSED, to_status, [R.SUPERVISOR], actor="sue", assignee="sue", author="sue")
    # holding every role does not help
    with pytest.raises(TransitionNotAllowed, match="supervisor other than its author"):
        check_transition(S.REFUSAL_PROPOSED, to_status, set(Role), actor="sue", assignee="sue", author="sue")
    # another supervisor may
    assert check_transition(S.REFUSAL_PROPOSED, to_status, [R.SUPERVISOR], actor="sam", assignee="sue", author="sue")


def test_refusal_without_a_known_author_is_not_approved() -> None:
    with pytest.raises(TransitionNotAllowed):
        check_transition(S.REFUSAL_PROPOSED, S.REFUSED, [R.SUPERVISOR], actor="sam", author=None)


@pytest.mark.parametrize(
    ("from_status", "to_status"),
    [(S.IN_REVIEW, S.PAID), (S.IN_REVIEW, S.ON_HOLD), (S.ON_HOLD, S.IN_REVIEW), (S.IN_REVIEW, S.APPROVED),
     (S.IN_REVIEW, S.REFUSAL_PROPOSED)],
)  # fmt: skip
def test_only_the_assignee_among_caseworkers(from_status: Status, to_status: Status) -> None:
    with pytest.raises(TransitionNotAllowed, match=r"only the assignee \(bob\) or a supervisor"):
        check_transition(from_status, to_status, [R.CASEWORKER], actor="carla", assignee="bob")
    assert check_transition(from_status, to_status, [R.CASEWORKER], actor="bob", assignee="bob")
    assert check_transition(from_status, to_status, [R.SUPERVISOR], actor="sue", assignee="bob")


def test_non_assignee_caseworker_cannot_release() -> None:
    with pytest.raises(TransitionNotAllowed, match="release"):
        check_transition(S.IN_REVIEW, S.PAID, [R.CASEWORKER], actor="carla", assignee="bob")


def test_caseworker_claims_only_for_themselves_supervisor_assigns_anyone() -> None:
    assert check_transition(S.PAID, S.IN_REVIEW, [R.CASEWORKER], actor="carla", new_assignee="carla")
    assert check_transition(S.PAID, S.IN_REVIEW, [R.CASEWORKER], actor="carla")  # claim: defaults to self
    with pytest.raises(TransitionNotAllowed, match="only claim an order for themselves"):
        check_transition(S.PAID, S.IN_REVIEW, [R.CASEWORKER], actor="carla", new_assignee="bob")
    assert check_transition(S.PAID, S.IN_REVIEW, [R.SUPERVISOR], actor="sue", new_assignee="bob")


def test_any_caseworker_records_a_withdrawal_not_only_the_assignee() -> None:
    for status in (S.PAID, S.IN_REVIEW, S.ON_HOLD, S.REFUSAL_PROPOSED):
        assert check_transition(status, S.WITHDRAWN, [R.CASEWORKER], actor="carla", assignee="bob", author="bob")


def test_mailroom_and_intake_limits() -> None:
    with pytest.raises(TransitionNotAllowed):
        check_transition(S.SHIPPED, S.RETURNED, [R.INTAKE], actor="platform")  # intake records deliveries only
    with pytest.raises(TransitionNotAllowed):
        check_transition(S.RETURNED, S.READY_TO_SHIP, [R.MAILROOM], actor="mo")  # a caseworker corrects first
    with pytest.raises(TransitionNotAllowed):
        check_transition(S.AWAITING_PAYMENT, S.PAID, [R.CASEWORKER], actor="carla")
    with pytest.raises(TransitionNotAllowed):
        check_transition(S.SHIPPED, S.APPROVED, [R.MAILROOM], actor="mo")
    for role in (R.ADMIN, R.AUDITOR):
        assert not any(
            role in {g.role for g in t.grants} for t in TRANSITIONS
        ), f"{role} changes no order"


def test_transitions_from() -> None:
    assert {t.to_status for t in transitions_from(S.IN_REVIEW)} == {
        S.PAID, S.ON_HOLD, S.APPROVED, S.REFUSAL_PROPOSED, S.WITHDRAWN,
    }  # fmt: skip
    assert {t.to_status for t in transitions_from(None)} == INITIAL_STATUSES
    assert {t.to_status for t in transitions_from("shipped")} == {S.DELIVERED, S.RETURNED, S.APPROVED}
    for terminal in (S.CANCELLED, S.WITHDRAWN):
        assert transitions_from(terminal) == []


def test_every_status_is_reachable_from_a_new_order() -> None:
    reached: set[Status] = set()
    frontier: list[Status | None] = [None]
    while frontier:
        for transition in transitions_from(frontier.pop()):
            if transition.to_status not in reached:
                reached.add(transition.to_status)
                frontier.append(transition.to_status)
    assert reached == set(Status)


def test_transition_rows_one_per_transition_and_grant() -> None:
    rows = list(transition_rows())
    assert len(rows) == sum(len(g) for *_x, g, _o in EXPECTED)
    assert {
        (r["from_status"], r["to_status"], r["role"], r["qualifier"]) for r in rows
    } == {
        (None if f is None else f.value, t.value, role.value, who.value)
        for f, t, _a, grants, _o in EXPECTED
        for role, who in grants
    }
    refused = [r for r in rows if r["to_status"] == "refused"]
    assert refused == [
        {"from_status": "refusal_proposed", "to_status": "refused", "action": "approve_refusal",
         "role": "supervisor", "qualifier": "not_author", "outcome": "refused"},
    ]  # fmt: skip


def test_error_names_the_step() -> None:
    with pytest.raises(TransitionNotAllowed) as excinfo:
        check_transition(S.PAID, S.CANCELLED, [R.INTAKE], actor="platform")
    error = excinfo.value
    assert (error.from_status, error.to_status) == ("paid", "cancelled")
    assert str(error).startswith("paid → cancelled is not allowed")
    with pytest.raises(TransitionNotAllowed, match=r"^\(new order\) → in_review"):
        check_transition(None, S.IN_REVIEW, [R.INTAKE], actor="platform")


def test_transition_objects_are_immutable() -> None:
    transition: Transition = TRANSITIONS[0]
    with pytest.raises(AttributeError):
        transition.action = "x"  # type: ignore[misc]
