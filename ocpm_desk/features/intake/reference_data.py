"""The reference data an import reads once: the services known, and the versions of the fee schedules, postal
tariffs and condition rule sets, to pin a paid order to those in force on the day its payment was validated (G3)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocpm_desk.features.intake.results import IntakeOrder
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.kernel.calendar import geneva_date
from ocpm_desk.kernel.effective import version_in_force


@dataclass(frozen=True, slots=True)
class _Version:
    id: int
    valid_from: date
    valid_to: date | None


def _id_in_force(versions: Sequence[_Version], day: date) -> int | None:
    version = version_in_force(versions, day)
    # nothing in force: the order is imported all the same, its payment condition fails in review
    return None if version is None else version.id


@dataclass(slots=True)
class ReferenceData:
    """The services known and the versions of each fee schedule, postal tariff and rule set, read once per import."""

    services: frozenset[str]
    fees: dict[str, list[_Version]]
    tariffs: dict[str, list[_Version]]
    rule_sets: dict[str, list[_Version]]

    @classmethod
    def read(cls, session: Session) -> ReferenceData:
        def versions(table: Any, key: Any) -> dict[str, list[_Version]]:
            out: dict[str, list[_Version]] = {}
            for row in session.execute(select(key, table.id, table.valid_from, table.valid_to)
                                       .order_by(table.valid_from)):
                out.setdefault(row[0], []).append(_Version(row[1], row[2], row[3]))
            return out

        return cls(
            services=frozenset(session.scalars(select(m.Service.code))),
            fees=versions(m.FeeSchedule, m.FeeSchedule.service_code),
            tariffs=versions(m.PostalTariff, m.PostalTariff.product_code),
            rule_sets=versions(m.ConditionRuleSet, m.ConditionRuleSet.service_code),
        )

    def pins(self, record: IntakeOrder) -> dict[str, int | None]:
        """The versions in force on the day the payment was validated (G3)."""
        if record.payment is None:
            return {"fee_schedule_id": None, "postal_tariff_id": None, "rule_set_id": None}
        day = geneva_date(record.payment.validated_at)
        return {
            "fee_schedule_id": _id_in_force(self.fees.get(record.service_code, []), day),
            "postal_tariff_id": _id_in_force(self.tariffs.get(record.product, []), day),
            "rule_set_id": _id_in_force(self.rule_sets.get(record.service_code, []), day),
        }
