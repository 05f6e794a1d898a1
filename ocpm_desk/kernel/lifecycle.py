"""The order lifecycle (DESIGN §3): statuses, outcomes and the one transition table.

Services, the GUI and the PostgreSQL trigger all read ``TRANSITIONS``; the migrations write it to the table
``lifecycle_transitions`` (one row per transition and grant, see ``transition_rows``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ocpm_desk.kernel.errors import DomainError
from ocpm_desk.kernel.phrases import QT_TRANSLATE_NOOP, Listing, Phrase
from ocpm_desk.kernel.roles import Role


class Status(StrEnum):
    AWAITING_PAYMENT = "awaiting_payment"
    CANCELLED = "cancelled"
    PAID = "paid"
    IN_REVIEW = "in_review"
    ON_HOLD = "on_hold"
    REFUSAL_PROPOSED = "refusal_proposed"
    REFUSED = "refused"
    APPROVED = "approved"
    READY_TO_SHIP = "ready_to_ship"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    RETURNED = "returned"
    WITHDRAWN = "withdrawn"


class Outcome(StrEnum):
    GRANTED = "granted"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    CANCELLED = "cancelled"


class Who(StrEnum):
    """Which holders of a role may take a transition."""

    ANY = "any"  # any holder of the role
    SELF = "self"  # claim: the actor becomes the assignee
    ASSIGNEE = "assignee"  # the actor is the order's current assignee
    NOT_AUTHOR = "not_author"  # the actor did not author the refusal proposal (four eyes)


#: Statuses in which an order has an assignee.
ASSIGNED_STATUSES = frozenset({Status.IN_REVIEW, Status.ON_HOLD, Status.REFUSAL_PROPOSED})
#: Statuses an order may be created in by the web platform.
INITIAL_STATUSES = frozenset({Status.AWAITING_PAYMENT, Status.PAID, Status.CANCELLED})


@dataclass(frozen=True, slots=True)
class Grant:
    role: Role
    who: Who = Who.ANY


@dataclass(frozen=True, slots=True)
class Transition:
    from_status: Status | None  # None: a new order row
    to_status: Status
    action: str
    grants: tuple[Grant, ...]
    outcome: Outcome | None = None  # outcome recorded on taking this transition (None: unchanged)


def _g(*specs: str) -> tuple[Grant, ...]:
    out = []
    for spec in specs:
        role, _, who = spec.partition(":")
        out.append(Grant(Role(role), Who(who) if who else Who.ANY))
    return tuple(out)


S = Status
_INTAKE = _g("intake", "supervisor")
_ASSIGNEE = _g("caseworker:assignee", "supervisor")
_OTHER_SUPERVISOR = _g("supervisor:not_author")
_CASE = _g("caseworker", "supervisor")

TRANSITIONS: tuple[Transition, ...] = (
    Transition(None, S.AWAITING_PAYMENT, "receive", _INTAKE),
    Transition(None, S.PAID, "receive", _INTAKE),
    Transition(None, S.CANCELLED, "receive", _INTAKE, Outcome.CANCELLED),
    Transition(S.AWAITING_PAYMENT, S.PAID, "validate_payment", _INTAKE),
    Transition(S.AWAITING_PAYMENT, S.CANCELLED, "cancel", _INTAKE, Outcome.CANCELLED),
    Transition(S.PAID, S.IN_REVIEW, "claim", _g("caseworker:self", "supervisor")),
    Transition(S.IN_REVIEW, S.PAID, "release", _ASSIGNEE),
    Transition(S.IN_REVIEW, S.ON_HOLD, "hold", _ASSIGNEE),
    Transition(S.ON_HOLD, S.IN_REVIEW, "resume", _ASSIGNEE),
    Transition(S.IN_REVIEW, S.APPROVED, "approve", _ASSIGNEE, Outcome.GRANTED),
    Transition(S.IN_REVIEW, S.REFUSAL_PROPOSED, "propose_refusal", _ASSIGNEE),
    Transition(S.REFUSAL_PROPOSED, S.IN_REVIEW, "return_refusal", _OTHER_SUPERVISOR),
    Transition(S.REFUSAL_PROPOSED, S.REFUSED, "approve_refusal", _OTHER_SUPERVISOR, Outcome.REFUSED),
    Transition(S.PAID, S.WITHDRAWN, "withdraw", _CASE, Outcome.WITHDRAWN),
    Transition(S.IN_REVIEW, S.WITHDRAWN, "withdraw", _CASE, Outcome.WITHDRAWN),
    Transition(S.ON_HOLD, S.WITHDRAWN, "withdraw", _CASE, Outcome.WITHDRAWN),
    Transition(S.REFUSAL_PROPOSED, S.WITHDRAWN, "withdraw", _CASE, Outcome.WITHDRAWN),
    Transition(S.APPROVED, S.READY_TO_SHIP, "print", _g("mailroom")),
    Transition(S.REFUSED, S.READY_TO_SHIP, "print", _g("mailroom")),
    Transition(S.READY_TO_SHIP, S.SHIPPED, "ship", _g("mailroom")),
    Transition(S.SHIPPED, S.DELIVERED, "deliver", _g("mailroom", "intake")),
    Transition(S.SHIPPED, S.RETURNED, "record_return", _g("mailroom")),
    Transition(S.RETURNED, S.READY_TO_SHIP, "send_again", _CASE),
    Transition(S.SHIPPED, S.APPROVED, "reissue", _CASE),
    Transition(S.DELIVERED, S.APPROVED, "reissue", _CASE),
)

#: The actions' words as messages say them ("only the assignee … may {action}"), marked for the translators.
ACTION_TEXTS = {
    "receive": QT_TRANSLATE_NOOP("Message", "receive"),
    "validate_payment": QT_TRANSLATE_NOOP("Message", "validate payment"),
    "cancel": QT_TRANSLATE_NOOP("Message", "cancel"),
    "claim": QT_TRANSLATE_NOOP("Message", "claim"),
    "release": QT_TRANSLATE_NOOP("Message", "release"),
    "hold": QT_TRANSLATE_NOOP("Message", "hold"),
    "resume": QT_TRANSLATE_NOOP("Message", "resume"),
    "approve": QT_TRANSLATE_NOOP("Message", "approve"),
    "propose_refusal": QT_TRANSLATE_NOOP("Message", "propose refusal"),
    "return_refusal": QT_TRANSLATE_NOOP("Message", "return refusal"),
    "approve_refusal": QT_TRANSLATE_NOOP("Message", "approve refusal"),
    "withdraw": QT_TRANSLATE_NOOP("Message", "withdraw"),
    "print": QT_TRANSLATE_NOOP("Message", "print"),
    "ship": QT_TRANSLATE_NOOP("Message", "ship"),
    "deliver": QT_TRANSLATE_NOOP("Message", "deliver"),
    "record_return": QT_TRANSLATE_NOOP("Message", "record return"),
    "send_again": QT_TRANSLATE_NOOP("Message", "send again"),
    "reissue": QT_TRANSLATE_NOOP("Message", "reissue"),
}


def action_phrase(action: str) -> Phrase:
    """A transition's action as the words of a message (``validate_payment`` → "validate payment")."""
    return Phrase(ACTION_TEXTS.get(action, action.replace("_", " ")))


_BY_EDGE: dict[tuple[Status | None, Status], Transition] = {(t.from_status, t.to_status): t for t in TRANSITIONS}
assert len(_BY_EDGE) == len(TRANSITIONS), "one transition per (from, to) edge"


def find_transition(from_status: Status | str | None, to_status: Status | str) -> Transition | None:
    key = (Status(from_status) if from_status is not None else None, Status(to_status))
    return _BY_EDGE.get(key)


def transitions_from(status: Status | str | None) -> list[Transition]:
    origin = Status(status) if status is not None else None
    return [t for t in TRANSITIONS if t.from_status == origin]


def grant_applies(
    grant: Grant,
    roles: Iterable[Role],
    *,
    actor: str,
    assignee: str | None = None,
    new_assignee: str | None = None,
    author: str | None = None,
) -> bool:
    if grant.role not in set(roles):
        return False
    if grant.who is Who.ANY:
        return True
    if grant.who is Who.SELF:
        return new_assignee is None or new_assignee == actor
    if grant.who is Who.ASSIGNEE:
        return assignee is not None and assignee == actor
    # NOT_AUTHOR
    return author is not None and author != actor


def check_transition(
    from_status: Status | str | None,
    to_status: Status | str,
    roles: Iterable[Role],
    *,
    actor: str,
    assignee: str | None = None,
    new_assignee: str | None = None,
    author: str | None = None,
) -> Transition:
    """The transition if ``actor`` holding ``roles`` may take it; otherwise ``TransitionNotAllowed``.

    ``assignee`` is the order's current assignee, ``new_assignee`` the one a claim/assign gives it, ``author``
    the author of the pending refusal proposal.
    """
    transition = find_transition(from_status, to_status)
    if transition is None:
        raise TransitionNotAllowed(
            None if from_status is None else str(from_status), str(to_status),
            Phrase(QT_TRANSLATE_NOOP("Message", "the lifecycle has no such step")),
        )
    role_set = frozenset(roles)
    for grant in transition.grants:
        if grant_applies(
            grant, role_set, actor=actor, assignee=assignee, new_assignee=new_assignee, author=author
        ):
            return transition
    reason: Phrase
    if transition.action in {"approve_refusal", "return_refusal"} and author == actor:
        reason = Phrase(QT_TRANSLATE_NOOP(
            "Message", "a refusal must be approved or returned by a supervisor other than its author"))
    elif any(g.role in role_set and g.who is Who.ASSIGNEE for g in transition.grants):
        action = action_phrase(transition.action)
        reason = (Phrase(QT_TRANSLATE_NOOP("Message", "only the assignee ({assignee}) or a supervisor may {action}"),
                         assignee=assignee, action=action) if assignee else
                  Phrase(QT_TRANSLATE_NOOP("Message", "only the assignee (nobody) or a supervisor may {action}"),
                         action=action))
    elif any(g.role in role_set and g.who is Who.SELF for g in transition.grants):
        reason = Phrase(QT_TRANSLATE_NOOP("Message", "a caseworker may only claim an order for themselves"))
    else:
        allowed = Listing(sorted({g.role for g in transition.grants}, key=lambda r: r.value))
        reason = Phrase(QT_TRANSLATE_NOOP("Message", "{action} is reserved to: {roles}"),
                        action=action_phrase(transition.action), roles=allowed)
    raise TransitionNotAllowed(None if from_status is None else str(from_status), str(to_status), reason)


def outcome_after(transition: Transition, current: Outcome | str | None) -> Outcome | None:
    """The order's outcome once ``transition`` is taken: set when the transition decides it, else kept."""
    if transition.outcome is not None:
        return transition.outcome
    return Outcome(current) if current is not None else None


def transition_rows() -> Iterator[dict[str, str | None]]:
    """The table ``lifecycle_transitions``: one row per transition and grant."""
    for t in TRANSITIONS:
        for g in t.grants:
            yield {
                "from_status": t.from_status.value if t.from_status else None,
                "to_status": t.to_status.value,
                "action": t.action,
                "role": g.role.value,
                "qualifier": g.who.value,
                "outcome": t.outcome.value if t.outcome else None,
            }


@dataclass(frozen=True, slots=True)
class OrderState:
    """What a caller needs to act on an order next: where it stands and the version to quote."""

    order_id: int
    reference: str
    status: Status
    assigned_to: str | None
    version: int


#: Orders whose delivery clock runs (G6): paid and not yet decided.
OPEN_STATUSES = (Status.PAID, Status.IN_REVIEW, Status.ON_HOLD, Status.REFUSAL_PROPOSED)


class TransitionNotAllowed(DomainError):
    def __init__(self, from_status: str | None, to_status: str, reason: str | Phrase) -> None:
        if from_status is None:
            super().__init__(QT_TRANSLATE_NOOP("Message", "(new order) → {to_status} is not allowed: {reason}"),
                             to_status=_status(to_status), reason=reason)
        else:
            super().__init__(QT_TRANSLATE_NOOP("Message", "{from_status} → {to_status} is not allowed: {reason}"),
                             from_status=_status(from_status), to_status=_status(to_status), reason=reason)
        self.from_status = from_status
        self.to_status = to_status
        self.reason = str(reason)


def _status(value: str) -> Any:
    return Status(value) if value in Status._value2member_map_ else value
