"""The post's tracking file (CSV: deliveries and delivery attempts) read and imported, and what the shipping screen
says of the result.

Its texts keep the shipping screen's translation context (``ShippingScreen``), under which the French catalogue
holds them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ocpm_desk.features.mailroom.api import MailroomApi, TrackingImport
from ocpm_desk.gui.failures import reader_value
from ocpm_desk.gui.formatting import format_count
from ocpm_desk.kernel.phrases import SEMICOLON, Listing


def import_tracking_file(mailroom: MailroomApi, path: str) -> TrackingImport:
    """Read the file (UTF-8, with or without its byte order mark) and hand it to the services. Off the GUI thread;
    raises ``OSError`` when the file cannot be read."""
    text = Path(path).read_text(encoding="utf-8-sig")
    return mailroom.import_tracking(text)


def tracking_summary(result: TrackingImport) -> tuple[str, str]:
    """What the import did, and the message's kind: ``error`` when some item numbers or lines were not taken."""
    text = QCoreApplication.translate(
        "ShippingScreen", "Tracking imported: {lines} line(s), {recorded} event(s) recorded, {delivered} delivery(ies)."
    ).format(lines=format_count(result.lines), recorded=format_count(result.recorded),
             delivered=format_count(result.delivered))  # fmt: skip
    if result.unknown_items:
        text += " " + QCoreApplication.translate("ShippingScreen", "Unknown item numbers: {items}.").format(
            items=", ".join(result.unknown_items))
    if result.rejected:
        text += " " + QCoreApplication.translate("ShippingScreen", "Lines not read: {lines}.").format(
            lines=reader_value(Listing(result.rejected, SEMICOLON)))  # each said in the user's language
    return text, "error" if result.unknown_items or result.rejected else "ok"
