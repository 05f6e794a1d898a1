"""G4: a service removed from the catalogue disappears for new orders; orders already placed go to the end."""

from __future__ import annotations

from datetime import date

from ocpm_factories import add_orders, add_staff
from sqlalchemy import Engine, text

from ocpm_desk.features.casework import claiming
from ocpm_desk.features.casework.review import evaluate_conditions
from ocpm_desk.features.reference.catalogue import catalogue as reference_catalogue
from ocpm_desk.infrastructure.uow import Actor
from ocpm_desk.kernel.roles import Role

TODAY = date(2026, 11, 26)


def test_orders_of_a_removed_service_stay_fully_processable(engine: Engine) -> None:
    anne = add_staff(engine, "anne", Role.CASEWORKER)
    (order_id,) = add_orders(engine, 1)  # ATT-RES, ordered and paid on 2 November 2026
    with engine.begin() as conn:
        conn.execute(text("UPDATE services SET active_to = '2026-11-15' WHERE code = 'ATT-RES'"))
    try:
        _process(engine, anne, order_id)
    finally:  # the catalogue is shared by every test of the run on PostgreSQL: put the service back
        with engine.begin() as conn:
            conn.execute(text("UPDATE services SET active_to = NULL WHERE code = 'ATT-RES'"))


def _process(engine: Engine, anne: Actor, order_id: int) -> None:
    catalogue = reference_catalogue(engine, anne, TODAY)
    assert "ATT-RES" not in {s.code for s in catalogue.services}  # hidden for new orders
    state = claiming.claim_next(engine, anne)
    assert state.order_id == order_id
    views = {v.code: v for v in evaluate_conditions(engine, anne, order_id, today=TODAY)}
    assert views["service_available_when_ordered"].result == "met"
    released = claiming.release(engine, anne, order_id, state.version)
    assert released.status == "paid"
