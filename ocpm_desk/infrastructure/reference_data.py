"""Loads the reference data of ``resources/reference/*.yaml`` into the database, idempotently.

Each file is validated (pydantic) before anything is written; rows are matched on their natural key (code, or
code + valid_from) and updated in place, so ``init-db`` can run any number of times. Rows the files no longer
name are left alone: orders may be pinned to them (G3, G4).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, field_validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from ocpm_desk.infrastructure import config
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.resources import resources_dir


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _chf(text: str) -> int:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"{text!r} is not an amount in CHF") from None
    if value < 0 or value.as_tuple().exponent != -2:
        raise ValueError(f"{text!r}: write CHF amounts with exactly two decimals, e.g. \"25.00\"")
    return int(value * 100)


def _bp(text: str) -> int:
    value = Decimal(text)
    if not 0 <= value < 100:
        raise ValueError(f"VAT rate {text!r} must be a percentage between 0 and 100")
    return int(value * 100)


class ServiceIn(_Strict):
    code: str
    label_fr: str
    label_en: str
    document_title: str
    active_from: date
    active_to: date | None = None


class FeeIn(_Strict):
    service_code: str
    valid_from: date
    valid_to: date | None = None
    fee_chf: str
    vat_rate: str
    legal_basis: str

    @field_validator("fee_chf")
    @classmethod
    def _fee(cls, v: str) -> str:
        _chf(v)
        return v


class VatIn(_Strict):
    valid_from: date
    valid_to: date | None = None
    rate: str


class ProductIn(_Strict):
    code: str
    label_fr: str
    registered: bool
    international: bool
    tracked: bool


class TariffIn(_Strict):
    product_code: str
    valid_from: date
    valid_to: date | None = None
    price_chf: str


class RuleIn(_Strict):
    code: str
    label: str
    legal_basis: str
    mandatory: bool
    evaluator: Literal["automatic", "manual"]


class RuleSetIn(_Strict):
    service_code: str
    valid_from: date
    valid_to: date | None = None
    remedy: str
    rules: list[RuleIn]

    @field_validator("rules", mode="before")
    @classmethod
    def _flatten(cls, v: Any) -> Any:
        # YAML aliases let a set include a shared list of rules: flatten one level.
        out: list[Any] = []
        for item in v:
            out.extend(item if isinstance(item, list) else [item])
        return out


class GroundIn(_Strict):
    code: str
    condition_code: str | None = None
    valid_from: date
    valid_to: date | None = None
    title: str
    legal_basis: str
    paragraph: str


class ClosureIn(_Strict):
    day: date
    label: str


class ReferenceData(_Strict):
    services: list[ServiceIn]
    fee_schedules: list[FeeIn]
    vat_rates: list[VatIn]
    postal_products: list[ProductIn]
    postal_tariffs: list[TariffIn]
    condition_rule_sets: list[RuleSetIn]
    refusal_grounds: list[GroundIn]
    calendar_closures: list[ClosureIn]
    settings: dict[str, Any]


_KEYS = set(ReferenceData.model_fields)


def read_reference_data(directory: Path | None = None) -> ReferenceData:
    """Read and validate every ``*.yaml`` file of the directory; a mistake names its file."""
    directory = directory or resources_dir() / "reference"
    merged: dict[str, Any] = {}
    for path in sorted(directory.glob("*.yaml")):
        try:
            content = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise ValueError(f"{path.name}: not valid YAML ({exc})") from None
        for key, value in content.items():
            if key not in _KEYS:
                continue  # anchors such as `common_rules` live at the top level
            if key == "settings":
                merged.setdefault(key, {}).update(value)
            else:
                merged.setdefault(key, []).extend(value)
    for key in _KEYS:
        merged.setdefault(key, {} if key == "settings" else [])
    data = ReferenceData.model_validate(merged)
    # declared and checked by ocpm_desk.infrastructure.config: a mistake names it
    for key, value in data.settings.items():
        config.encode(config.database_setting(key), value)
    return data


def _upsert(session: Session, model: type[Any], key: dict[str, Any], values: dict[str, Any]) -> bool:
    row = session.scalars(select(model).filter_by(**key)).one_or_none()
    if row is None:
        session.add(model(**key, **values))
        return True
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed


def load_reference_data(session: Session, data: ReferenceData | None = None) -> int:
    """Write the reference data; returns how many rows were added or changed (0 on a second run)."""
    data = data or read_reference_data()
    n = 0
    for s in data.services:
        n += _upsert(session, m.Service, {"code": s.code}, s.model_dump(exclude={"code"}))
    for p in data.postal_products:
        n += _upsert(session, m.PostalProduct, {"code": p.code}, p.model_dump(exclude={"code"}))
    session.flush()
    for f in data.fee_schedules:
        n += _upsert(
            session,
            m.FeeSchedule,
            {"service_code": f.service_code, "valid_from": f.valid_from},
            {"valid_to": f.valid_to, "fee_centimes": _chf(f.fee_chf), "vat_rate_bp": _bp(f.vat_rate),
             "legal_basis": f.legal_basis},
        )
    for v in data.vat_rates:
        n += _upsert(session, m.VatRate, {"valid_from": v.valid_from}, {"valid_to": v.valid_to, "rate_bp": _bp(v.rate)})
    for t in data.postal_tariffs:
        n += _upsert(
            session,
            m.PostalTariff,
            {"product_code": t.product_code, "valid_from": t.valid_from},
            {"valid_to": t.valid_to, "price_centimes": _chf(t.price_chf)},
        )
    for rs in data.condition_rule_sets:
        n += _upsert(
            session,
            m.ConditionRuleSet,
            {"service_code": rs.service_code, "valid_from": rs.valid_from},
            {"valid_to": rs.valid_to, "remedy": rs.remedy},
        )
        session.flush()
        rule_set = session.scalars(
            select(m.ConditionRuleSet).filter_by(service_code=rs.service_code, valid_from=rs.valid_from)
        ).one()
        for position, rule in enumerate(rs.rules, start=1):
            n += _upsert(
                session,
                m.ConditionRule,
                {"rule_set_id": rule_set.id, "code": rule.code},
                {"position": position, **rule.model_dump(exclude={"code"})},
            )
    for g in data.refusal_grounds:
        n += _upsert(
            session, m.RefusalGround, {"code": g.code, "valid_from": g.valid_from},
            g.model_dump(exclude={"code", "valid_from"}),
        )
    for c in data.calendar_closures:
        n += _upsert(session, m.CalendarClosure, {"day": c.day}, {"label": c.label})
    for key, value in data.settings.items():
        n += _upsert(session, m.Setting, {"key": key}, {"value": config.encode(config.database_setting(key), value)})
    session.flush()
    return n
