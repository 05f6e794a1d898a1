"""The scan field against the real services and a real SQLite database: a barcode scanner's keystrokes ship an
order (no fake session: the order's status and its shipment are read back from the database)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from ocpm_factories import add_orders, add_staff
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from ocpm_desk.bootstrap import AppDeskSession
from ocpm_desk.features.accounts.api import StaffIdentity
from ocpm_desk.gui.mailroom.shipping import ShippingScreen
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.infrastructure.db.models import Order, Shipment
from ocpm_desk.kernel.phrases import Phrase
from ocpm_desk.kernel.roles import Role

pytestmark = pytest.mark.gui


def _scan(qtbot: QtBot, screen: ShippingScreen, code: str) -> None:
    qtbot.keyClicks(screen.scan_field, code)
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Return)


def test_a_scanner_sequence_ships_real_orders(
    qtbot: QtBot, open_window: Callable[..., MainWindow], sqlite_engine: Engine
) -> None:
    add_staff(sqlite_engine, "marc", Role.MAILROOM)
    registered, b_mail = add_orders(sqlite_engine, 2)
    with sqlite_engine.begin() as conn:  # printed: ready to ship (the case work is tested elsewhere)
        conn.execute(text("UPDATE orders SET status = 'ready_to_ship', outcome = 'granted'"))
        conn.execute(text("UPDATE orders SET delivery_product = 'R' WHERE id = :i"), {"i": registered})
    with Session(sqlite_engine) as s:
        refs = {o.id: o.reference for o in s.scalars(select(Order))}
    session = AppDeskSession(sqlite_engine, StaffIdentity("marc", "Marc", frozenset({Role.MAILROOM})), Phrase("test"))
    window = open_window(session, screen="to_ship")
    screen = window.screen_by_key("to_ship")
    assert isinstance(screen, ShippingScreen)

    _scan(qtbot, screen, refs[registered])
    _scan(qtbot, screen, "98.40.123456.00000009")
    _scan(qtbot, screen, refs[b_mail])
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Return)  # B mail: Enter ships it

    def shipped() -> bool:
        with Session(sqlite_engine) as s:
            return [o.status for o in s.scalars(select(Order).order_by(Order.id))] == ["shipped", "shipped"]

    qtbot.waitUntil(shipped, timeout=10_000)
    with Session(sqlite_engine) as s:
        rows = {r.order_id: r.item_number for r in s.scalars(select(Shipment))}
    assert rows == {registered: "98.40.123456.00000009", b_mail: None}
    window.close()
    session.close()
