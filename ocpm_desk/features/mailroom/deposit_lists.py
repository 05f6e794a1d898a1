"""Deposit lists (DESIGN §6): the day's registered items handed to the post, made once into a PDF stored with its
SHA-256; items shipped later that day go on a further list.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, load_only

from ocpm_desk.features.mailroom.api import DepositListView
from ocpm_desk.features.mailroom.postal_items import ORDER_COLUMNS, addressee, postal_product, town
from ocpm_desk.features.reference.steps import read_letterhead
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.calendar import GENEVA
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError, NotFound
from ocpm_desk.kernel.permissions import Permission


@use_case(Permission.DEPOSIT_LIST)
def deposit_list(engine: Engine, actor: Actor, day: date) -> DepositListView:
    """The day's registered items: the list is made once (with the items shipped so far) and stored with its hash;
    items shipped later that day go on a further list."""
    from ocpm_desk.infrastructure.pdf.deposit_list import render_deposit_list
    from ocpm_desk.kernel.documents import DepositItem, DepositListContent
    start = datetime.combine(day, time(0), GENEVA).astimezone(UTC)
    end = start + timedelta(days=1)
    with UnitOfWork(engine) as uow:
        session = uow.session
        pending = session.execute(
            select(m.Shipment, m.Order).join(m.Order, m.Order.id == m.Shipment.order_id)
            .options(load_only(*ORDER_COLUMNS))
            .where(m.Shipment.item_number.is_not(None), m.Shipment.deposit_list_id.is_(None),
                   m.Shipment.shipped_at >= start, m.Shipment.shipped_at < end)
            .order_by(m.Shipment.shipped_at, m.Shipment.id)
        ).all()
        if not pending:
            existing = session.scalars(select(m.DepositList).where(m.DepositList.day == day)
                                       .order_by(m.DepositList.id.desc()).limit(1)).first()
            if existing is None:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Message", "no registered item was shipped on {date}: there is no deposit list"), date=day)
            return _deposit_view(session, existing)
        items = []
        for shipment, order in pending:
            product = postal_product(session, shipment.product)
            assert shipment.item_number is not None
            items.append(DepositItem(item_number=shipment.item_number, product=product.label_fr,
                                     addressee=addressee(order), town=town(order), reference=order.reference))
        head = read_letterhead(session)
        content = DepositListContent(letterhead=head, day=day, sender=(head.office, *head.address_lines),
                                     items=tuple(items))
        pdf = render_deposit_list(content)
        row = m.DepositList(day=day, pdf=pdf, sha256=hashlib.sha256(pdf).hexdigest(), created_at=clock.now(),
                            created_by=actor.username)
        session.add(row)
        session.flush()
        for shipment, _order in pending:
            shipment.deposit_list_id = row.id
        session.flush()
        uow.audit(actor, "deposit_list.created", "deposit_list", row.id,
                  {"day": day.isoformat(), "items": len(items), "sha256": row.sha256})
        view = _deposit_view(session, row)
        uow.commit()
        return view


def _deposit_view(session: Session, row: m.DepositList) -> DepositListView:
    count = session.scalar(select(func.count()).select_from(m.Shipment).where(m.Shipment.deposit_list_id == row.id))
    return DepositListView(row.id, row.day, int(count or 0), row.sha256, row.created_at, row.created_by)


@use_case(Permission.DEPOSIT_LIST)
def deposit_list_pdf(engine: Engine, actor: Actor, deposit_list_id: int) -> bytes:
    with UnitOfWork(engine, write=False) as uow:
        row = uow.session.get(m.DepositList, deposit_list_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Message", "deposit list #{id} does not exist"), id=deposit_list_id)
        if hashlib.sha256(row.pdf).hexdigest() != row.sha256:
            raise DomainError(QT_TRANSLATE_NOOP("Message", "deposit list #{id} no longer matches its recorded SHA-256"),
                              id=deposit_list_id)
        return row.pdf
