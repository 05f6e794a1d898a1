"""Read side of the catalogue screen: services, fees and postage in force on a day (G3, G4, G8, G9)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from ocpm_desk.features.reference.api import Catalogue, PostalProductOffer, ServiceOffer
from ocpm_desk.infrastructure.db.effective import in_force_sql
from ocpm_desk.infrastructure.db.models import FeeSchedule, PostalProduct, PostalTariff, Service
from ocpm_desk.infrastructure.uow import Actor
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel.permissions import Permission
from ocpm_desk.kernel.phrases import Bilingual


def _rate_text(bp: int) -> str:
    return format((Decimal(bp) / 100).normalize(), "f")


def load_catalogue(engine: Engine, on: date) -> Catalogue:
    with Session(engine) as session:
        services = session.execute(
            select(Service, FeeSchedule)
            .join(FeeSchedule, FeeSchedule.service_code == Service.code)
            .where(in_force_sql(Service.active_from, Service.active_to, on))
            .where(in_force_sql(FeeSchedule.valid_from, FeeSchedule.valid_to, on))
            .order_by(Service.code)
        ).all()
        products = session.execute(
            select(PostalProduct, PostalTariff)
            .join(PostalTariff, PostalTariff.product_code == PostalProduct.code)
            .where(in_force_sql(PostalTariff.valid_from, PostalTariff.valid_to, on))
            .order_by(PostalProduct.international, PostalTariff.price_centimes, PostalProduct.code)
        ).all()
        return Catalogue(
            on,
            tuple(
                ServiceOffer(s.code, Bilingual(s.label_fr, s.label_en), f.fee_centimes, _rate_text(f.vat_rate_bp),
                             s.active_from, s.active_to)
                for s, f in services
            ),
            tuple(
                PostalProductOffer(p.code, p.label_fr, t.price_centimes, p.registered, p.international)
                for p, t in products
            ),
        )


@use_case(Permission.VIEW_REFERENCE_DATA)
def catalogue(engine: Engine, actor: Actor, on: date) -> Catalogue:
    return load_catalogue(engine, on)
