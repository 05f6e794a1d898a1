"""SQLAlchemy mapping of the reference data: services, VAT rates, fees, postal products and tariffs, condition
rules, refusal grounds, calendar closures, the database's settings and the lifecycle's transitions."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ocpm_desk.infrastructure.db.model_base import Base, Id, sql_in


# --------------------------------------------------------------------------------------------- reference data
class Service(Base):
    __tablename__ = "services"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    label_fr: Mapped[str] = mapped_column(String(200))
    label_en: Mapped[str] = mapped_column(String(200))
    document_title: Mapped[str] = mapped_column(String(200))
    active_from: Mapped[date] = mapped_column(Date)
    active_to: Mapped[date | None] = mapped_column(Date)


class VatRate(Base):
    __tablename__ = "vat_rates"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    valid_from: Mapped[date] = mapped_column(Date, unique=True)
    valid_to: Mapped[date | None] = mapped_column(Date)
    rate_bp: Mapped[int] = mapped_column(Integer)


class FeeSchedule(Base):
    __tablename__ = "fee_schedules"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    service_code: Mapped[str] = mapped_column(ForeignKey("services.code"))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    fee_centimes: Mapped[int] = mapped_column(Integer)
    vat_rate_bp: Mapped[int] = mapped_column(Integer)
    legal_basis: Mapped[str] = mapped_column(String(200))
    __table_args__ = (
        UniqueConstraint("service_code", "valid_from"),
        CheckConstraint("fee_centimes >= 0", name="fee_non_negative"),
    )


class PostalProduct(Base):
    __tablename__ = "postal_products"
    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    label_fr: Mapped[str] = mapped_column(String(120))
    registered: Mapped[bool] = mapped_column(Boolean)
    international: Mapped[bool] = mapped_column(Boolean)
    tracked: Mapped[bool] = mapped_column(Boolean)


class PostalTariff(Base):
    __tablename__ = "postal_tariffs"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    product_code: Mapped[str] = mapped_column(ForeignKey("postal_products.code"))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    price_centimes: Mapped[int] = mapped_column(Integer)
    __table_args__ = (UniqueConstraint("product_code", "valid_from"),)


class ConditionRuleSet(Base):
    __tablename__ = "condition_rule_sets"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    service_code: Mapped[str] = mapped_column(ForeignKey("services.code"))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    remedy: Mapped[str] = mapped_column(Text)  # "Voies de recours" text of decisions under this set
    __table_args__ = (UniqueConstraint("service_code", "valid_from"),)
    rules: Mapped[list[ConditionRule]] = relationship(order_by="ConditionRule.position")


class ConditionRule(Base):
    __tablename__ = "condition_rules"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    rule_set_id: Mapped[int] = mapped_column(ForeignKey("condition_rule_sets.id"))
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(200))
    legal_basis: Mapped[str] = mapped_column(String(200))
    mandatory: Mapped[bool] = mapped_column(Boolean)
    evaluator: Mapped[str] = mapped_column(String(10))
    __table_args__ = (
        UniqueConstraint("rule_set_id", "code"),
        CheckConstraint(sql_in("evaluator", ["automatic", "manual"]), name="evaluator"),
    )


class RefusalGround(Base):
    __tablename__ = "refusal_grounds"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    code: Mapped[str] = mapped_column(String(40))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(200))
    legal_basis: Mapped[str] = mapped_column(String(200))
    paragraph: Mapped[str] = mapped_column(Text)  # with {placeholders} filled from the order
    condition_code: Mapped[str | None] = mapped_column(String(40))
    __table_args__ = (UniqueConstraint("code", "valid_from"),)


class CalendarClosure(Base):
    __tablename__ = "calendar_closures"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    label: Mapped[str] = mapped_column(String(120))


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON text


class LifecycleTransition(Base):
    """Written from ``ocpm_desk.kernel.lifecycle`` by the migrations; never edited by hand."""

    __tablename__ = "lifecycle_transitions"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(20))
    qualifier: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str | None] = mapped_column(String(20))
