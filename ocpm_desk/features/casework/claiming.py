"""Claiming, releasing and assigning orders (DESIGN §3): two people never get the same order.

On PostgreSQL the next order is picked with ``FOR UPDATE SKIP LOCKED``; on SQLite the write transaction begins
``IMMEDIATE`` (one writer at a time), which gives the same guarantee. The next order is the first row of the
« À traiter » list, on both databases: the statement that picks it is built from the list's own definition
(``queries.queues.head``), not written again here. Every change checks the version the user saw: a stale one
raises ``StaleVersion`` naming who changed the order, and nothing is written.

The steps every use case changing an order shares live here too (casework, refusals, the mail room): ``load_order``
(``load_order_at``: with ``check_version``), ``move`` (one lifecycle transition), ``committed`` (with
``order_state``) and ``order_address``.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import BigInteger, Engine, Integer, String, TextualSelect, column, select, text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm.exc import StaleDataError

from ocpm_desk.features.casework.queues import head, to_process
from ocpm_desk.infrastructure.db.models import Order, OrderEvent, Staff
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork, single_statement
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.addresses import PostalAddress
from ocpm_desk.kernel.audit import canonical_payload
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, NothingToClaim, StaleVersion
from ocpm_desk.kernel.lifecycle import ASSIGNED_STATUSES, OrderState, Status, check_transition, outcome_after
from ocpm_desk.kernel.notes import encode
from ocpm_desk.kernel.notes import note as stored
from ocpm_desk.kernel.permissions import Permission
from ocpm_desk.kernel.phrases import Phrase
from ocpm_desk.kernel.roles import Role


def order_state(order: Order) -> OrderState:
    """The state a use case of casework, refusals or the mail room returns after changing an order."""
    return OrderState(order.id, order.reference, Status(order.status), order.assigned_to, order.version)


def order_address(order: Order) -> PostalAddress:
    """The delivery address kept on the order, for the letters, the documents and the mail room."""
    return PostalAddress(
        order.addr_mr_mrs, order.addr_first_name or "", order.addr_last_name, order.addr_street,
        order.addr_house_number, order.addr_swiss_zip_code, order.addr_foreign_zip_code, order.addr_town,
        order.addr_country, order.addr_organisation, order.addr_line, order.addr_dwelling_number,
        order.addr_post_office_box,
    )


def load_order(uow: UnitOfWork, order_id: int, *, lock: bool = True) -> Order:
    """The order a use case of another module changes, locked for its unit of work; ``NotFound`` if none."""
    stmt = select(Order).where(Order.id == order_id)
    if lock:
        stmt = stmt.with_for_update()  # a no-op on SQLite, where the IMMEDIATE transaction already serialises
    order = uow.session.scalars(stmt).one_or_none()
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("Message", "order #{order_id} does not exist"), order_id=order_id)
    return order


def check_version(order: Order, expected_version: int) -> None:
    """Refuses (``StaleVersion``, naming who changed it) a change quoting another version than the order's."""
    if order.version != expected_version:
        raise StaleVersion(order.reference, order.updated_by, order.updated_at)


def load_order_at(uow: UnitOfWork, order_id: int, expected_version: int) -> Order:
    """``load_order`` for a change: refused (``check_version``) unless the order is at the version the user saw."""
    order = load_order(uow, order_id)
    check_version(order, expected_version)
    return order


def committed(uow: UnitOfWork, order: Order) -> OrderState:
    """Commit the change to ``order``; its state as the screens show it next."""
    uow.commit()
    return order_state(order)


def move(
    uow: UnitOfWork,
    actor: Actor,
    order: Order,
    to_status: Status,
    *,
    new_assignee: str | None = None,
    note: Phrase | None = None,
    author: str | None = None,
) -> None:
    """Apply one lifecycle transition, with its history row and audit event, after the domain's check.

    ``author`` is the author of the pending refusal proposal, for the steps a supervisor other than them takes."""
    transition = check_transition(
        order.status,
        to_status,
        actor.roles,
        actor=actor.username,
        assignee=order.assigned_to,
        new_assignee=new_assignee,
        author=author,
    )
    now = clock.now()
    from_status = order.status
    order.status = to_status.value
    outcome = outcome_after(transition, order.outcome)
    order.outcome = outcome.value if outcome else None
    # an order has an assignee exactly while in review, on hold or with a refusal proposed
    order.assigned_to = (new_assignee or order.assigned_to) if to_status in ASSIGNED_STATUSES else None
    order.updated_at = now
    order.updated_by = actor.username
    uow.session.add(
        OrderEvent(
            order_id=order.id,
            occurred_at=now,
            actor=actor.username,
            action=transition.action,
            from_status=from_status,
            to_status=to_status.value,
            note=encode(note) if note else None,
        )
    )
    try:
        uow.session.flush()
    except StaleDataError:
        uow.session.rollback()
        raise StaleVersion(order.reference, None, None) from None
    uow.audit(
        actor,
        f"order.{transition.action}",
        "order",
        order.id,
        {"from": from_status, "to": to_status.value, "assigned_to": order.assigned_to},
    )


@use_case(Permission.CLAIM_ORDER)
def claim_next(engine: Engine, actor: Actor, service_code: str | None = None) -> OrderState:
    """Claim the first order of the « À traiter » list (paid, oldest payment first), of ``service_code`` if given."""
    if engine.dialect.name == "postgresql":
        return _claim_next_postgresql(engine, actor, service_code)
    with UnitOfWork(engine) as uow:
        stmt = head(to_process(service_code)).with_for_update(skip_locked=True)
        order = uow.session.scalars(stmt).one_or_none()
        if order is None:
            raise NothingToClaim(QT_TRANSLATE_NOOP("Message", "no paid order is waiting"))
        move(uow, actor, order, Status.IN_REVIEW, new_assignee=actor.username)
        return committed(uow, order)


# One statement instead of five round trips: pick (SKIP LOCKED), move, history and audit event together. The
# lifecycle check is the domain's, made before (the step is always paid → in_review for the actor themselves),
# and again by the database's trigger for staff logins. ``picked`` is the first row of the « À traiter » list.
_CLAIM_AFTER_PICKED = """
), moved AS (
    UPDATE orders o SET status = 'in_review', assigned_to = :me, version = o.version + 1,
                        updated_at = :now, updated_by = :me
      FROM picked WHERE o.id = picked.id
    RETURNING o.id, o.reference, o.version
), history AS (
    INSERT INTO order_events (order_id, occurred_at, actor, action, from_status, to_status)
    SELECT id, :now, :me, 'claim', 'paid', 'in_review' FROM moved
), audit AS (  -- written by the database (0012), pending: sealed later (0007)
    SELECT ocpm_audit('order.claim', 'order', CAST(id AS text), :payload, :me, :now) FROM moved
)
SELECT m.id, m.reference, m.version FROM moved m LEFT JOIN audit a ON true
"""


@lru_cache(maxsize=64)
def _claim_next_sql(dialect: Dialect, service_code: str | None) -> TextualSelect:
    """The PostgreSQL claim of the next order of ``service_code`` (all when None), built once per service.

    ``picked`` is ``queries.queues.head`` of the list, compiled with its values written in the SQL (the queue's
    status and service code are constants of the statement, as a hand-written one would have them, so that the
    planner sees them); what the caller gives (who, when, the audit payload) stays a parameter."""
    picked = head(to_process(service_code), Order.id).with_for_update(skip_locked=True)
    sql = str(picked.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    sql = sql.replace(":", r"\:")  # a colon in a value is text, not a parameter of text()
    return text("WITH picked AS (\n" + sql + _CLAIM_AFTER_PICKED).columns(
        column("id", BigInteger), column("reference", String), column("version", Integer))  # typed: cached


def _claim_next_postgresql(engine: Engine, actor: Actor, service_code: str | None) -> OrderState:
    check_transition(Status.PAID, Status.IN_REVIEW, actor.roles, actor=actor.username, new_assignee=actor.username)
    payload = canonical_payload({"from": "paid", "to": "in_review", "assigned_to": actor.username})
    # the statement is the whole use case (its audit event included): run alone, in autocommit, it is one round
    # trip (no BEGIN and COMMIT of their own); its deferred triggers run at its end, before it returns
    with single_statement(engine) as connection:
        row = connection.execute(
            _claim_next_sql(engine.dialect, service_code or None),
            {"me": actor.username, "now": clock.now(), "payload": payload},
        ).first()
    if row is None:
        raise NothingToClaim(QT_TRANSLATE_NOOP("Message", "no paid order is waiting"))
    return OrderState(row.id, row.reference, Status.IN_REVIEW, actor.username, row.version)


@use_case(Permission.CLAIM_ORDER)
def claim(engine: Engine, actor: Actor, order_id: int, expected_version: int) -> OrderState:
    with UnitOfWork(engine) as uow:
        order = load_order_at(uow, order_id, expected_version)
        move(uow, actor, order, Status.IN_REVIEW, new_assignee=actor.username)
        return committed(uow, order)


@use_case(Permission.RELEASE_ORDER)
def release(engine: Engine, actor: Actor, order_id: int, expected_version: int) -> OrderState:
    with UnitOfWork(engine) as uow:
        order = load_order_at(uow, order_id, expected_version)
        move(uow, actor, order, Status.PAID)
        return committed(uow, order)


@use_case(Permission.ASSIGN_ORDER)
def assign(engine: Engine, actor: Actor, order_id: int, to_username: str, expected_version: int) -> OrderState:
    """Assign a paid order, or reassign an assigned one (supervisor only; reassigning keeps the status)."""
    with UnitOfWork(engine) as uow:
        order = load_order_at(uow, order_id, expected_version)
        target = uow.session.get(Staff, to_username)
        if target is None or not target.active:
            raise DomainError(QT_TRANSLATE_NOOP("Message", "there is no active staff member named {name!r}"),
                              name=to_username).keyed("assign.not_assignable")
        if not {r.role for r in target.roles} & {Role.CASEWORKER.value, Role.SUPERVISOR.value}:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "{name} is neither a caseworker nor a supervisor and cannot be assigned orders"),
                name=to_username).keyed("assign.not_assignable")
        if order.status == Status.PAID.value:
            move(uow, actor, order, Status.IN_REVIEW, new_assignee=to_username)
        elif order.status in {Status.IN_REVIEW.value, Status.ON_HOLD.value, Status.REFUSAL_PROPOSED.value}:
            previous = order.assigned_to
            order.assigned_to = to_username
            order.updated_at = clock.now()
            order.updated_by = actor.username
            uow.session.add(
                OrderEvent(order_id=order.id, occurred_at=order.updated_at, actor=actor.username, action="reassign",
                           from_status=order.status, to_status=order.status, note=encode(stored(
                               "history.reassign", before=previous, after=to_username)))
            )
            uow.session.flush()
            uow.audit(actor, "order.reassign", "order", order.id, {"from": previous, "to": to_username})
        else:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "order {reference} is {status}: only open orders can be assigned"),
                reference=order.reference, status=Status(order.status)).keyed("order.not_open")
        return committed(uow, order)
