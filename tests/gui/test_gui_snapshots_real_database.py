"""The GUI on the real Démo database: every demo role logs in and each of its screens renders (snapshots)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from ocpm_desk.bootstrap import ENGINES, make_connector
from ocpm_desk.demo.seed import DEMO_ACCOUNTS, DEMO_PASSWORD
from ocpm_desk.gui.snapshots import render_snapshots

EXPECTED = {
    "login.png",
    "gestionnaire-overview.png", "gestionnaire-catalogue.png",
    "gestionnaire-to_process.png", "gestionnaire-mine.png", "gestionnaire-on_hold.png", "gestionnaire-all.png",
    "gestionnaire2-overview.png", "gestionnaire2-catalogue.png",
    "gestionnaire2-to_process.png", "gestionnaire2-mine.png", "gestionnaire2-on_hold.png", "gestionnaire2-all.png",
    "responsable-overview.png", "responsable-catalogue.png", "responsable-audit.png",
    "responsable-to_process.png", "responsable-mine.png", "responsable-on_hold.png", "responsable-all.png",
    "responsable2-overview.png", "responsable2-catalogue.png", "responsable2-audit.png",
    "responsable2-to_process.png", "responsable2-mine.png", "responsable2-on_hold.png", "responsable2-all.png",
    "courrier-overview.png", "courrier-to_print.png", "courrier-to_ship.png",
    "admin-overview.png", "admin-catalogue.png",
    "auditeur-overview.png", "auditeur-catalogue.png", "auditeur-audit.png",
    "auditeur-to_process.png", "auditeur-mine.png", "auditeur-on_hold.png", "auditeur-all.png",
    "intake-no-screens.png",
    # the order screen: every account that may open orders; the page and the dialogs for the first caseworker and
    # the first supervisor
    "gestionnaire-order.png", "gestionnaire2-order.png", "responsable-order.png", "responsable2-order.png",
    "auditeur-order.png",
    "gestionnaire-order-page.png", "gestionnaire-order-hold.png", "gestionnaire-order-condition.png",
    "gestionnaire-order-withdraw.png",
    "responsable-order-page.png", "responsable-order-hold.png", "responsable-order-condition.png",
    "responsable-order-withdraw.png", "responsable-order-assign.png",
    # refusals: the editor on an order each may propose a refusal on, the approvals of both supervisors
    "gestionnaire-refusal-editor.png", "responsable-refusal-editor.png",
    "gestionnaire-refusal-editor-submit.png", "responsable-refusal-editor-submit.png",
    "responsable-approvals.png", "responsable2-approvals.png",
    # the mail room's screens, the supervisors' appeal deadlines
    "responsable-appeal_deadlines.png", "responsable2-appeal_deadlines.png",
    # the supervisors' intake file import and its quarantine (nothing is imported: the screens as they open)
    "responsable-import.png", "responsable2-import.png", "responsable-quarantine.png", "responsable2-quarantine.png",
}  # fmt: skip


@pytest.mark.gui
def test_every_demo_role_sees_its_screens_on_the_real_database(qtbot: object, tmp_path: Path) -> None:
    ENGINES.dispose()
    accounts = [(username, DEMO_PASSWORD) for username, _name, _roles in DEMO_ACCOUNTS]
    paths = render_snapshots(make_connector(), tmp_path, accounts, "demo")
    assert {p.name for p in paths} == EXPECTED
    for path in paths:
        image = QImage(str(path))
        assert not image.isNull() and image.width() >= 400, path.name
        # not a blank page: a rendered screen has many distinct colours
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        assert len(colours) > 5, path.name
