"""The tracking import against the real services and a real SQLite database: the lines it could not read come back
as phrases (their number, the value, the item and the day typed) and the « À expédier » screen says them in French,
dates the Swiss way; ``str()`` keeps the English for the CLI and the log."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from ocpm_factories import add_orders, add_staff
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from ocpm_desk.bootstrap import AppDeskSession
from ocpm_desk.features.accounts.api import StaffIdentity
from ocpm_desk.features.mailroom import mailroom
from ocpm_desk.gui.mailroom.shipping import ShippingScreen
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.infrastructure.db.models import Order
from ocpm_desk.infrastructure.uow import Actor
from ocpm_desk.kernel.phrases import Phrase
from ocpm_desk.kernel.roles import Role

pytestmark = pytest.mark.gui

ITEM = "98.40.123456.00000009"
#: Before any shipment of the test: a delivery that day cannot be.
EARLY = date(2020, 1, 6)
CSV = (f"item_number,event,date\n{ITEM},delivered\n{ITEM},delivered,le 3 mars\n{ITEM},delivered,"
       f"{EARLY.isoformat()}\n98.40.999999.99999999,delivered,2026-03-13\n")


def _shipped(engine: Engine) -> None:
    add_staff(engine, "marc", Role.MAILROOM)
    (order_id,) = add_orders(engine, 1)
    with engine.begin() as conn:  # printed: ready to ship (the case work is tested elsewhere)
        conn.execute(text("UPDATE orders SET status = 'ready_to_ship', outcome = 'granted', delivery_product = 'R'"))
    with Session(engine) as s:
        version = s.scalars(select(Order.version).where(Order.id == order_id)).one()
    mailroom.ship(engine, Actor("marc", frozenset({Role.MAILROOM})), order_id, version, ITEM)


def test_the_service_returns_each_rejection_as_a_phrase_with_typed_values(sqlite_engine: Engine) -> None:
    _shipped(sqlite_engine)
    result = mailroom.import_tracking(sqlite_engine, Actor("marc", frozenset({Role.MAILROOM})), CSV)
    assert result.unknown_items == ("98.40.999999.99999999",)
    assert all(isinstance(p, Phrase) and p.context == "Message" for p in result.rejected)
    assert [p.params for p in result.rejected] == [{"line": 2}, {"line": 3, "value": "le 3 mars"},
                                                   {"item": ITEM, "date": EARLY}]
    assert [str(p) for p in result.rejected] == [  # the English, for the CLI and the log
        "line 2: expected item number, event, date",
        "line 3: 'le 3 mars' is not a date (YYYY-MM-DD or DD.MM.YYYY)",
        f"{ITEM}: delivered on 2020-01-06, before it was shipped"]


def test_the_screen_says_the_lines_not_read_in_french(
    qtbot: QtBot, open_window: Callable[..., MainWindow], sqlite_engine: Engine, tmp_path: Path
) -> None:
    _shipped(sqlite_engine)
    path = tmp_path / "suivi.csv"
    path.write_text(CSV, encoding="utf-8")
    session = AppDeskSession(sqlite_engine, StaffIdentity("marc", "Marc", frozenset({Role.MAILROOM})), Phrase("test"))
    window = open_window(session, screen="to_ship")
    screen = window.screen_by_key("to_ship")
    assert isinstance(screen, ShippingScreen)
    screen.ask_tracking_file = lambda: str(path)  # type: ignore[method-assign]
    screen.import_action.trigger()
    qtbot.waitUntil(lambda: screen.tracking is not None, timeout=10_000)
    assert screen.message.endswith(
        "Lignes non lues\u00a0: ligne 2\u00a0: n° d'envoi, événement et date attendus\u00a0; "
        "ligne 3\u00a0: «\u00a0le 3 mars\u00a0» n'est pas une date (AAAA-MM-JJ ou JJ.MM.AAAA)\u00a0; "
        f"{ITEM}\u00a0: distribué le 06.01.2020, avant d'avoir été expédié."), screen.message
    assert "98.40.999999.99999999" in screen.message
    window.close()
    session.close()
