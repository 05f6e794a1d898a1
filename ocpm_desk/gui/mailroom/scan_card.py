"""What the shipping screen's scan panel shows: the prompt for the next code, and the card of the envelope scanned
last (order, address, content, product, postage, registered).

Its texts keep the shipping screen's translation context (``ShippingScreen``), under which the French catalogue
holds them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QWidget

from ocpm_desk.features.mailroom.api import ScanItem
from ocpm_desk.gui.formatting import format_chf
from ocpm_desk.gui.labels import CodeLabels
from ocpm_desk.gui.stored_text import content_label
from ocpm_desk.gui.widgets import named
from ocpm_desk.kernel.phrases import QT_TRANSLATE_NOOP

#: The screen's modes: a scanned code ships, or records a return.
SHIP, RETURN = "ship", "return"
#: The card's lines, top to bottom (each value label is named ``scan_<key>``).
CARD_KEYS = ("reference", "address", "content", "product", "postage", "registered")


#: The card's line names (``CARD_NAMES.translated()``: in the current language).
CARD_NAMES = CodeLabels("ShippingScreen", {
    "reference": QT_TRANSLATE_NOOP("ShippingScreen", "Order"),
    "address": QT_TRANSLATE_NOOP("ShippingScreen", "Address"),
    "content": QT_TRANSLATE_NOOP("ShippingScreen", "Content"),
    "product": QT_TRANSLATE_NOOP("ShippingScreen", "Product"),
    "postage": QT_TRANSLATE_NOOP("ShippingScreen", "Postage"),
    "registered": QT_TRANSLATE_NOOP("ShippingScreen", "Registered"),
})


def build_scan_card(parent: QWidget) -> tuple[QFrame, dict[str, QLabel]]:
    """The card (``scanCard``) and its value labels by key."""
    card = named(QFrame(parent), "scanCard")
    form = QFormLayout(card)
    labels: dict[str, QLabel] = {}
    for key, name in CARD_NAMES.translated().items():
        value = named(QLabel(card), f"scan_{key}")
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        labels[key] = value
        form.addRow(name, value)
    return card, labels


def card_texts(item: ScanItem | None) -> dict[str, str]:
    """What the card's lines say of ``item`` (a dash each while nothing is scanned)."""
    if item is None:
        return dict.fromkeys(CARD_KEYS, "—")
    if item.needs_item_number:
        registered = QCoreApplication.translate("ShippingScreen", "yes — scan the item number")
    elif item.registered:
        registered = QCoreApplication.translate("ShippingScreen", "yes")
    else:
        registered = QCoreApplication.translate("ShippingScreen", "no")
    return {
        "reference": item.reference,
        "address": "\n".join(item.address_lines),
        "content": content_label(item.content),
        "product": item.product_label,
        "postage": format_chf(item.postage_centimes),
        "registered": registered,
    }


def prompt_text(mode: str, item: ScanItem | None) -> str:
    """What to scan next: in "Return" mode a returned envelope, else an order, or the item number of the one shown."""
    if mode == RETURN:
        return QCoreApplication.translate(
            "ShippingScreen", "Return: scan the order barcode or the item number of the returned envelope")
    if item is None:
        return QCoreApplication.translate("ShippingScreen", "Scan the order barcode")
    if item.needs_item_number:
        return QCoreApplication.translate("ShippingScreen", "Registered: scan the item number of {reference}").format(
            reference=item.reference)
    return QCoreApplication.translate("ShippingScreen", "Enter ships {reference} (or scan the next order)").format(
        reference=item.reference)
