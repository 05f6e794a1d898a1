"""Phase 4 of the demo seed, the intake: a small file from the e-démarches platform whose five lines cannot become
orders, imported through ``intake.import_orders`` as the intake account, and the unknown service resolved by the
supervisor ``responsable`` with a note."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Engine, func, select

from ocpm_desk.demo.staff import INTAKE, SUPERVISORS
from ocpm_desk.features.intake import imports as intake
from ocpm_desk.infrastructure.db.models import Base
from ocpm_desk.infrastructure.uow import Actor
from ocpm_desk.kernel.references import make_order_reference
from ocpm_desk.kernel.roles import Role

#: Phase 4: a file from the e-démarches platform whose lines could not become orders (DESIGN §9), imported through
#: ``intake.import_orders`` as the intake account; the supervisor resolves one. Only quarantined lines: the orders
#: of phases 1–3 stay as they are. The card number is a well-known test number, masked before it is stored.
_INTAKE_SOURCE = "e-demarches-demo.jsonl"
_INTAKE_RESOLUTION = ("Prestation inexistante au catalogue : signalé à l'équipe e-démarches, qui a renvoyé la commande "
                      "avec le bon code.")


def _intake_lines(today: date, first_seq: int) -> bytes:
    day = today - timedelta(days=1)
    ordered = f"{day.isoformat()}T09:12:00+01:00"
    paid = f"{day.isoformat()}T09:14:30+01:00"

    def record(seq: int, **changes: Any) -> dict[str, Any]:
        base: dict[str, Any] = {
            "reference": make_order_reference(day.year, seq), "service_code": "ATT-RES", "quantity": 1,
            "ordered_at": ordered, "status": "paid",
            "applicant": {"avs": "756.1234.5678.97", "last_name": "Rochat", "first_name": "Léa",
                          "birth_date": "1986-04-12", "email": "lea.rochat@example.ch", "language": "fr"},
            "concerned_person": None,
            "delivery": {"product": "B", "address": {"mr_mrs": "1", "first_name": "Léa", "last_name": "Rochat",
                                                     "street": "Rue de Carouge", "house_number": "41",
                                                     "swiss_zip_code": "1205", "town": "Genève", "country": "CH"}},
            "payment": {"provider_reference": f"PSP-DEMO{seq % 10_000:04d}", "brand": "VISA", "fee_chf": "25.00",
                        "postage_chf": "0.00", "validated_at": paid},
        }
        base.update(changes)
        return base

    card = record(first_seq)
    card["applicant"] = {**card["applicant"], "email": "4111 1111 1111 1111"}  # typed into the e-mail field
    short_money = record(first_seq + 2)
    short_money["payment"] = {**short_money["payment"], "fee_chf": "25"}
    no_payment = record(first_seq + 3, payment=None)
    lines = [
        card,
        record(first_seq + 1, service_code="ATT-NAT"),  # a service the catalogue does not have
        short_money,
        no_payment,
    ]
    text_lines = [json.dumps(line, ensure_ascii=False) for line in lines]
    text_lines.append(json.dumps(record(first_seq + 4), ensure_ascii=False)[:180])  # cut off in transfer
    return ("\n".join(text_lines) + "\n").encode("utf-8")


def intake_work(engine: Engine, today: date) -> dict[str, int]:
    """Import the demo intake file as the intake account, resolve its unknown service as the supervisor; returns
    the lines quarantined and resolved (``SeedSummary.intake``)."""
    with engine.connect() as conn:
        last = conn.execute(select(func.max(Base.metadata.tables["orders"].c.reference))).scalar() or ""
    first_seq = int(last[-8:]) + 1_000 if last[-8:].isdigit() else 90_000_000
    data = _intake_lines(today, first_seq)
    summary = intake.import_orders(engine, Actor(INTAKE, frozenset({Role.INTAKE})), io.BytesIO(data),
                                   _INTAKE_SOURCE, total_bytes=len(data))
    supervisor = Actor(SUPERVISORS[0], frozenset({Role.SUPERVISOR}))
    unknown = [row for row in intake.quarantine_rows(engine, supervisor).rows
               if any(reason.params.get("where") == "service_code" for reason in row.reasons)]
    for row in unknown[:1]:
        intake.resolve_quarantine(engine, supervisor, row.id, _INTAKE_RESOLUTION)
    return {"quarantined": summary.quarantined, "resolved": len(unknown[:1])}
