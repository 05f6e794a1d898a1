"""An order's history in each state (phase 1): the office's working days before ``today`` and the moment of each
next step, the status steps from the order on the web platform to its planned status (payment, claims and
assignments, holds, approvals, withdrawals), and the check of every path against the lifecycle's transition table
(``find_transition``, and ``check_transition`` with the actor's roles)."""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from ocpm_desk.demo.proportions import (
    GENERIC_HOLDS,
    HOLD_REASONS,
    PICK_APPROVAL_DELAY,
    PICK_ASSIGNEE,
    PICK_CLAIM_DELAY,
    WINDOW_DAYS,
)
from ocpm_desk.demo.staff import ASSIGNEES, INTAKE, ROLES_OF, SUPERVISORS
from ocpm_desk.kernel.calendar import add_working_days, is_working_day
from ocpm_desk.kernel.lifecycle import (
    ASSIGNED_STATUSES,
    Outcome,
    Status,
    check_transition,
    find_transition,
    outcome_after,
)
from ocpm_desk.kernel.phrases import Phrase


class Step(NamedTuple):
    to: Status
    actor: str
    at: datetime  # Geneva wall-clock time
    note: str | Phrase | None = None  # a person's words, or a stored phrase of the application
    assignee: str | None = None  # the new assignee of a claim or an assignment


OUTCOME_OF = {Status.CANCELLED: "cancelled", Status.APPROVED: "granted", Status.WITHDRAWN: "withdrawn"}


class Histories:
    """The status steps of phase 1's orders, on the office's working days (``closures`` excluded) before
    ``today``; every shape of path is checked once against the lifecycle (``checked_paths``)."""

    def __init__(self, rng: random.Random, today: date, closures: frozenset[date]) -> None:
        self.rng = rng
        self.today = today
        self.closures = closures
        self.checked_paths: dict[tuple[tuple[Status, str, str | None], ...], tuple[list[str], str | None]] = {}
        self.cutoff = datetime.combine(today, time()) - timedelta(seconds=1)  # nothing happens today or later
        first = today - timedelta(days=WINDOW_DAYS + 15)
        self.working_days = [
            first + timedelta(days=i)
            for i in range(WINDOW_DAYS + 90)
            if is_working_day(first + timedelta(days=i), closures=closures)
        ]
        self.working_set = frozenset(self.working_days)
        self.last_working_index = bisect_left(self.working_days, today) - 1

    def working_after(self, day: date, gap: int) -> int:
        """Index in ``working_days`` of the ``gap``-th working day after ``day`` (clamped to before today)."""
        return min(bisect_right(self.working_days, day) + max(gap, 1) - 1, self.last_working_index)

    def _available_days(self, moment: datetime) -> int:
        return max(0, self.last_working_index + 1 - bisect_right(self.working_days, moment.date()))

    def next_moment(self, prev: datetime, gap: int) -> datetime:
        """Office hours ``gap`` working days after ``prev`` (0: later the same day when possible), before today."""
        rng = self.rng
        day = prev.date()
        if gap <= 0 and prev.hour < 17 and day in self.working_set:
            moment = prev + timedelta(minutes=rng.randint(4, 75), seconds=rng.randrange(60))
            if moment.hour < 18:
                return moment
        index = self.working_after(day, gap)
        if index >= 0 and self.working_days[index] > day:
            minutes = 8 * 60 + rng.randrange(9 * 60 + 30)
            return datetime.combine(self.working_days[index], time()) + timedelta(minutes=minutes,
                                                                                  seconds=rng.randrange(60))
        # no working day left before today: later the same evening
        moment = prev + timedelta(minutes=rng.randint(3, 40), seconds=rng.randrange(60))
        return moment if moment <= self.cutoff else max(prev + timedelta(seconds=1), self.cutoff)

    def path(self, status: Status, defect: str | None, paid: datetime | None, ordered: datetime,
             recent: bool = False) -> tuple[list[Step], str | None, str | None, date | None]:
        """The status steps of an order, its assignee, hold reason and hold date; ``recent``: a granted order
        claimed and approved on one of the last working days."""
        rng = self.rng
        steps = [Step(Status.AWAITING_PAYMENT, INTAKE, ordered)]
        if status is Status.AWAITING_PAYMENT:
            return steps, None, None, None
        if status is Status.CANCELLED:
            moment = min(ordered + timedelta(minutes=rng.randint(2, 2000)), self.cutoff)
            steps.append(Step(Status.CANCELLED, INTAKE, moment, "Annulée par le demandeur avant paiement"))
            return steps, None, None, None
        assert paid is not None
        steps.append(Step(Status.PAID, INTAKE, paid))
        assignee = PICK_ASSIGNEE.pick(rng)
        # a supervisor assigns one claim in ten; the others are claimed by the assignee themself
        claimer = rng.choice(SUPERVISORS) if assignee != "responsable" and rng.random() < 0.1 else assignee
        reason = HOLD_REASONS.get(defect or "") or rng.choice(GENERIC_HOLDS)
        now = paid

        def step(to: Status, actor: str, gap: int, note: str | None = None) -> None:
            nonlocal now
            now = self.next_moment(now, gap)
            steps.append(Step(to, actor, now, note, assignee if to is Status.IN_REVIEW else None))

        def claim(gap: int) -> None:
            step(Status.IN_REVIEW, claimer, gap, None if claimer == assignee else f"Attribuée à {assignee}")

        if status is Status.PAID:
            if rng.random() < 0.05:  # claimed once, then released back to the queue
                claim(rng.randint(0, 3))
                step(Status.PAID, assignee, rng.choice((0, 1)), "Remise dans la file (absence)")
            return steps, None, None, None
        if status is Status.IN_REVIEW:
            if defect is not None:  # a problem case: claimed soon after payment, still being looked into
                claim(rng.randint(0, 3))
            else:
                claim(max(0, self._available_days(paid) - rng.choice((0, 0, 1, 1, 2, 3, 5, 8))))
            return steps, assignee, None, None
        if status is Status.ON_HOLD:
            claim(rng.randint(0, 3))
            step(Status.ON_HOLD, assignee, 0, reason)
            if rng.random() < 0.15:
                step(Status.IN_REVIEW, assignee, rng.randint(3, 6), "Pièce reçue, incomplète")
                step(Status.ON_HOLD, assignee, 0, reason)
            hold_until = add_working_days(self.today, rng.randint(1, 10), closures=self.closures)
            return steps, assignee, reason, hold_until
        if status is Status.APPROVED and recent:
            claim(max(0, self._available_days(paid) - rng.choice((0, 0, 1))))
            step(Status.APPROVED, assignee, 0)
            return steps, None, None, None
        if status is Status.APPROVED:
            claim(PICK_CLAIM_DELAY.pick(rng))
            if rng.random() < 0.08:
                step(Status.ON_HOLD, assignee, 0, reason)
                step(Status.IN_REVIEW, assignee, rng.randint(2, 6), "Pièce reçue")
            step(Status.APPROVED, assignee, PICK_APPROVAL_DELAY.pick(rng))
            return steps, None, None, None
        assert status is Status.WITHDRAWN
        r = rng.random()
        withdrawer = rng.choice(ASSIGNEES)  # anyone on the team records a letter about an unassigned order
        if r < 0.4:
            claim(rng.randint(0, 3))
            withdrawer = assignee
            if r < 0.15:
                step(Status.ON_HOLD, assignee, 0, reason)
        now = self.next_moment(now, rng.randint(1, 8))
        steps.append(Step(Status.WITHDRAWN, withdrawer, now, f"Retrait écrit du demandeur reçu le {now:%d.%m.%Y}"))
        return steps, None, None, None

    def check_path(self, steps: Sequence[Step]) -> tuple[list[str], str | None]:
        """Each step's action and the final outcome, from the lifecycle; the path is checked (once per shape)
        with ``check_transition``: every step exists and the actor's roles allow it."""
        key = tuple((s.to, s.actor, s.assignee) for s in steps)
        known = self.checked_paths.get(key)
        if known is not None:
            return known
        actions: list[str] = []
        current: Status | None = None
        assignee: str | None = None
        outcome: Outcome | None = None
        for to, actor, new_assignee in key:
            transition = find_transition(current, to)
            assert transition is not None, f"{current} → {to} is not in the lifecycle"
            check_transition(current, to, ROLES_OF[actor], actor=actor, assignee=assignee,
                             new_assignee=new_assignee)
            actions.append(transition.action)
            outcome = outcome_after(transition, outcome)
            assignee = (new_assignee or assignee) if to in ASSIGNED_STATUSES else None
            current = to
        known = (actions, outcome.value if outcome else None)
        self.checked_paths[key] = known
        return known
