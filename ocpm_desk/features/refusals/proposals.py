"""Read helpers shared by the order screen (``casework``) and the refusal use cases (``decisions``).

The right to be heard (``hearings``) and the versions of a refusal (``decisions``) as plain dataclasses, and what a
user may do about them now. Runs inside the caller's unit of work.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from typing import Any, TypeVar, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocpm_desk.features.casework.api import OrderAction
from ocpm_desk.features.refusals.api import DecisionVersion, HearingView
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import Actor
from ocpm_desk.kernel.lifecycle import Status
from ocpm_desk.kernel.permissions import Permission, permissions_of
from ocpm_desk.kernel.roles import Role

#: Decision rows still being worked on: at most one per order (``uq_decisions_open_per_order``).
OPEN_DECISION_STATUSES = ("draft", "proposed")
_View = TypeVar("_View")


def _view_of(view: Callable[..., _View], row: object, **given: object) -> _View:
    """A ``view`` (a dataclass) of a ``row``: each field its column of the same name, but for those ``given``."""
    names = [f.name for f in dataclasses.fields(cast(Any, view))]
    return view(**{name: given[name] if name in given else getattr(row, name) for name in names})


def display_names(session: Session, usernames: Iterable[str | None]) -> dict[str, str]:
    wanted = {u for u in usernames if u}
    if not wanted:
        return {}
    rows = session.execute(select(m.Staff.username, m.Staff.display_name).where(m.Staff.username.in_(wanted)))
    names = {u: n for u, n in rows}
    return {u: names.get(u, u) for u in wanted}


def latest_hearing(session: Session, order_id: int) -> m.Hearing | None:
    return session.scalars(
        select(m.Hearing).where(m.Hearing.order_id == order_id).order_by(m.Hearing.id.desc()).limit(1)
    ).first()


def hearing_view(session: Session, hearing: m.Hearing | None) -> HearingView | None:
    if hearing is None:
        return None
    sha = None
    if hearing.document_id is not None:
        sha = session.scalar(select(m.Document.sha256).where(m.Document.id == hearing.document_id))
    return _view_of(HearingView, hearing, document_sha256=sha,
                    complete=hearing.mode == "not_needed" or hearing.answer is not None)


def awaiting_answer(hearing: m.Hearing | None) -> bool:
    return hearing is not None and hearing.mode == "letter" and hearing.answer is None


def open_decision(session: Session, order_id: int) -> m.Decision | None:
    return session.scalars(
        select(m.Decision).where(m.Decision.order_id == order_id,
                                 m.Decision.status.in_(OPEN_DECISION_STATUSES))
        .order_by(m.Decision.id.desc()).limit(1)
    ).first()


def last_return_comment(session: Session, order: m.Order) -> str | None:
    """The comment of the last returned proposal while the order is back in review (shown to its author)."""
    if order.status not in (Status.IN_REVIEW.value, Status.ON_HOLD.value):
        return None
    last = session.scalars(
        select(m.Decision).where(m.Decision.order_id == order.id, m.Decision.status != "draft")
        .order_by(m.Decision.id.desc()).limit(1)
    ).first()
    return last.return_comment if last is not None and last.status == "returned" else None


def decision_versions(session: Session, order_id: int) -> tuple[DecisionVersion, ...]:
    rows = list(session.scalars(
        select(m.Decision).where(m.Decision.order_id == order_id).order_by(m.Decision.id)
    ))
    names = display_names(session, [u for d in rows for u in (d.author, d.approver)])
    return tuple(
        _view_of(DecisionVersion, d, decision_id=d.id, author_name=names.get(d.author, d.author),
                 approver_name=names.get(d.approver) if d.approver else None)
        for d in rows
    )


def works_the_case(user: Actor, order: m.Order) -> bool:
    """The assignee, or a supervisor: who may hear the applicant and propose a refusal."""
    return order.assigned_to == user.username or Role.SUPERVISOR in user.roles


def refusal_actions(session: Session, user: Actor, order: m.Order) -> set[OrderAction]:
    """The refusal steps ``user`` may take on the order now (part of ``OrderDetail.actions``)."""
    perms = permissions_of(user.roles)
    out: set[OrderAction] = set()
    status = Status(order.status)
    if Permission.PROPOSE_REFUSAL in perms and works_the_case(user, order):
        hearing = latest_hearing(session, order.id)
        if status is Status.IN_REVIEW:
            out.add(OrderAction.PROPOSE_REFUSAL)
            if not awaiting_answer(hearing):
                out.add(OrderAction.HEARING)
        if status in (Status.IN_REVIEW, Status.ON_HOLD) and awaiting_answer(hearing):
            out.add(OrderAction.HEARING_ANSWER)
    if status is Status.REFUSAL_PROPOSED and Permission.DECIDE_REFUSAL in perms:
        proposal = session.scalars(
            select(m.Decision).where(m.Decision.order_id == order.id, m.Decision.status == "proposed")
        ).first()
        if proposal is not None and proposal.author != user.username:
            out.add(OrderAction.DECIDE_REFUSAL)
    return out
