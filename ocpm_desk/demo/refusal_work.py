"""Phase 2 of the demo seed, after the bulk load has committed: the refusal work done through the services
(``casework``, ``decisions``) as the demo accounts — hearing letters waiting for their answer, hearings recorded as
not needed, answered or unanswered, refusal proposals waiting for a supervisor, proposals returned with a comment,
and decisions issued. ``REFUSAL_COUNTS`` names what ``RefusalWork.run`` counts."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta
from typing import NamedTuple

from sqlalchemy import Engine, select

from ocpm_desk.demo.bulk import Progress
from ocpm_desk.demo.staff import ASSIGNEES, ROLES_OF, SUPERVISORS
from ocpm_desk.features.casework import handling as casework
from ocpm_desk.features.refusals import decisions
from ocpm_desk.features.refusals.api import DraftInput
from ocpm_desk.infrastructure.db.models import Base
from ocpm_desk.infrastructure.uow import Actor
from ocpm_desk.kernel.calendar import GENEVA, is_working_day
from ocpm_desk.kernel.letters import hearing_reply_by
from ocpm_desk.kernel.lifecycle import Status

_CASEWORKERS = ("gestionnaire", "gestionnaire2")
_ORDERS_PER_CASE = 500  # one order of each kind of refusal work per this many orders (at least one)
_MAX_PER_KIND = 8  # and at most this many (≈ 150 ms per order: a large seed, for a benchmark, stays quick)
_ANSWERED_DAYS_BACK = 20  # hearing letters whose answer is recorded were sent this many days before today
_UNANSWERED_CLAIMED_BEFORE = 14  # days: a letter sent after such a claim has its time to comment over today
_WAITING_DAYS_BACK = 6  # hearing letters still waiting were sent at most this many days before today

#: Kinds of refusal work, in the order the candidates are handed out (each kind once before any kind twice).
_WAITING, _PROPOSED, _RETURNED, _REFUSED = "hearing_letter_waiting", "proposed", "returned", "refused"
#: How the applicant is heard before a proposal, in turn: recorded as not needed, a letter answered, no answer.
_HEARING_MODES = ("not_needed", "answered", "no_answer")

_NOT_NEEDED_REASONS = (
    "Les faits ressortent sans ambiguïté du registre cantonal de la population ; entendre le demandeur "
    "n'apporterait aucun élément nouveau.",
    "La commande ne peut aboutir pour un motif formel que le demandeur ne peut pas corriger après coup.",
    "Le demandeur s'est déjà déterminé par écrit sur ce point lors de sa demande de renseignements.",
)
_ANSWERS = (
    "Le demandeur conteste l'intention de refus et affirme que les données saisies sont exactes, sans joindre "
    "de justificatif.",
    "Par courriel, le demandeur prend acte de l'intention de refus et demande le remboursement de la taxe.",
    "Le demandeur annonce l'envoi de pièces complémentaires, qui ne sont pas parvenues à l'office.",
)
_RETURN_COMMENTS = (
    "Préciser dans les faits à quelle date le registre a été consulté et ce qu'il indiquait alors.",
    "Le motif retenu en droit ne correspond pas exactement à la condition non remplie : revoir son énoncé.",
    "Mentionner dans les faits les observations du demandeur et expliquer pourquoi elles ne suffisent pas.",
)


#: The keys of ``SeedSummary.refusals``: orders opened by their assignee (conditions evaluated) and skipped (no
#: ground suggested); hearing letters waiting (on hold); hearings recorded as not needed, answered, unanswered;
#: proposals waiting for approval; proposals returned to their author; decisions issued (orders refused).
REFUSAL_COUNTS = ("opened", "skipped", "hearing_letters_waiting", "hearings_not_needed", "hearing_answers",
                  "hearings_unanswered", "proposals", "returned", "refused")


class _Candidate(NamedTuple):
    order_id: int
    reference: str
    assignee: str
    claimed_on: date  # the day it was claimed (Geneva): hearing letters are not dated before it


def refusal_slots(orders: int) -> list[tuple[str, str | None]]:
    """(kind, author) of the refusal work to do, most needed first; author None: either caseworker.

    Every kind once — a proposal by each caseworker and one by a supervisor (``responsable``, so that
    ``responsable2`` has it to decide and its author sees it as their own) — and two more decisions issued (for the
    mail room's work), then the rest, up to about one order
    of each kind per ``_ORDERS_PER_CASE`` orders, ``_MAX_PER_KIND`` at most."""
    per_kind = min(_MAX_PER_KIND, max(1, round(orders / _ORDERS_PER_CASE)))
    slots: list[tuple[str, str | None]] = [
        (_PROPOSED, "gestionnaire"), (_PROPOSED, "gestionnaire2"), (_REFUSED, None), (_PROPOSED, "responsable"),
        (_RETURNED, None), (_WAITING, None), (_REFUSED, None), (_REFUSED, None),
    ]
    for i in range(1, per_kind):
        slots += [(_REFUSED, None), (_WAITING, None), (_PROPOSED, _CASEWORKERS[i % 2])]
        if i < per_kind // 2:
            slots.append((_RETURNED, None))
    return slots


class RefusalWork:
    """Phase 2 of the seed: hearing letters, proposals, returns and issued decisions, through the services.

    Every call is a use case of its own (own transaction, history rows, audit events), made as the demo account
    whose job it is, with the seed's ``today``. The candidates are the bulk load's orders in review that were made
    to fail a condition, in a sorted query shuffled by the seed's random generator: the same seed gives the same
    work on the same orders."""

    def __init__(self, engine: Engine, seed: int, today: date, closures: frozenset[date], progress: Progress) -> None:
        self.engine = engine
        self.rng = random.Random(f"{seed}:refusals")
        self.today = today
        self.closures = closures
        self.progress = progress
        self.actors = {name: Actor(name, roles) for name, roles in ROLES_OF.items()}
        self.counts: Counter[str] = Counter()
        self.turn = 0  # whose turn among _HEARING_MODES

    def candidates(self, defective: set[int]) -> dict[str, list[_Candidate]]:
        """The orders in review with a deliberate defect, per assignee, in a deterministic random order."""
        o = Base.metadata.tables["orders"]
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(o.c.id, o.c.reference, o.c.assigned_to, o.c.updated_at)
                .where(o.c.status == Status.IN_REVIEW.value).order_by(o.c.id)
            ).all()
        out: dict[str, list[_Candidate]] = {name: [] for name in ASSIGNEES}
        for order_id, reference, assignee, claimed_at in rows:
            if order_id in defective and assignee in out:
                # an order in review was last changed by its claim
                out[assignee].append(_Candidate(order_id, reference, assignee, claimed_at.astimezone(GENEVA).date()))
        for pool in out.values():
            self.rng.shuffle(pool)
        return out

    def run(self, pools: dict[str, list[_Candidate]], slots: Sequence[tuple[str, str | None]]) -> Counter[str]:
        self.progress("refusals", 0, len(slots))
        for done, (kind, author) in enumerate(slots, start=1):
            mode = None
            if kind != _WAITING:
                mode = _HEARING_MODES[self.turn % len(_HEARING_MODES)]
                self.turn += 1
            # a letter whose time to comment is over was sent weeks ago: to an order claimed by then if any
            claimed_by = self.today - timedelta(days=_UNANSWERED_CLAIMED_BEFORE) if mode == "no_answer" else None
            opened = self._open(pools, author, claimed_by)
            if opened is not None:
                candidate, version, draft = opened
                self._work(kind, mode, candidate, version, draft)
            self.progress("refusals", done, len(slots))
        return self.counts

    def _open(self, pools: dict[str, list[_Candidate]], author: str | None, claimed_by: date | None
              ) -> tuple[_Candidate, int, DraftInput] | None:
        """The next candidate of ``author`` (or of the caseworker with more left; claimed by ``claimed_by`` if one
        is), opened by its assignee — which evaluates its conditions — whose suggested draft has grounds; None when
        none is left."""
        while True:
            names = (author,) if author is not None else _CASEWORKERS
            name = max(names, key=lambda n: len(pools[n]))  # ties: the first named
            pool = pools[name]
            if not pool:
                return None
            index = len(pool) - 1
            if claimed_by is not None:
                index = next((i for i in range(len(pool) - 1, -1, -1) if pool[i].claimed_on <= claimed_by), index)
            candidate = pool.pop(index)
            actor = self.actors[candidate.assignee]
            detail = casework.order_detail(self.engine, actor, candidate.order_id, today=self.today)
            self.counts["opened"] += 1
            draft = decisions.refusal_draft(self.engine, actor, candidate.order_id).draft
            if draft.grounds:
                return candidate, detail.version, draft
            self.counts["skipped"] += 1

    def _letter_day(self, earliest: date, days_back: int) -> date:
        """A working day ``days_back`` days before today (not before ``earliest``, not after today)."""
        day = max(self.today - timedelta(days=days_back), earliest)
        while day < self.today and not is_working_day(day, closures=self.closures):
            day += timedelta(days=1)
        return day

    def _work(self, kind: str, mode: str | None, candidate: _Candidate, version: int, draft: DraftInput) -> None:
        engine, rng, today = self.engine, self.rng, self.today
        author = self.actors[candidate.assignee]
        order_id = candidate.order_id
        if kind == _WAITING:
            sent_on = self._letter_day(candidate.claimed_on, rng.randint(0, _WAITING_DAYS_BACK))
            decisions.send_hearing_letter(engine, author, order_id, version, draft, today=sent_on)
            self.counts["hearing_letters_waiting"] += 1
            return
        if mode == "not_needed":
            version = decisions.record_hearing_not_needed(engine, author, order_id, version,
                                                          rng.choice(_NOT_NEEDED_REASONS)).version
            self.counts["hearings_not_needed"] += 1
        else:
            sent_on = self._letter_day(candidate.claimed_on, _ANSWERED_DAYS_BACK)
            if mode == "no_answer" and hearing_reply_by(sent_on) >= today:
                mode = "answered"  # claimed too recently for the time to comment to be over
            version = decisions.send_hearing_letter(engine, author, order_id, version, draft, today=sent_on).version
            if mode == "answered":
                received_on = min(sent_on + timedelta(days=rng.randint(2, 8)), today)
                decisions.record_hearing_answer(engine, author, order_id, version, rng.choice(_ANSWERS),
                                                received_on, today=today)
                self.counts["hearing_answers"] += 1
            else:
                decisions.record_hearing_answer(engine, author, order_id, version, "", None, today=today)
                self.counts["hearings_unanswered"] += 1
        editor = decisions.refusal_draft(engine, author, order_id)
        decisions.submit_refusal(engine, author, order_id, editor.order_version, editor.draft)
        if kind == _PROPOSED:
            self.counts["proposals"] += 1
            return
        decision_id = self._proposal_of(order_id)
        others = [s for s in SUPERVISORS if s != author.username]
        supervisor = self.actors[rng.choice(others)]
        view = decisions.proposal(engine, supervisor, decision_id)  # reads it as the approvals screen does
        if kind == _RETURNED:
            decisions.return_refusal(engine, supervisor, decision_id, view.content_sha256,
                                     rng.choice(_RETURN_COMMENTS))
            self.counts["returned"] += 1
        else:
            decisions.approve_refusal(engine, supervisor, decision_id, view.content_sha256, today=today)
            self.counts["refused"] += 1

    def _proposal_of(self, order_id: int) -> int:
        d = Base.metadata.tables["decisions"]
        with self.engine.connect() as conn:
            return int(conn.execute(
                select(d.c.id).where(d.c.order_id == order_id, d.c.status == "proposed")
            ).scalar_one())
