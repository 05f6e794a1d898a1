"""The mail room's dialogs on the order screen, after shipping: a correction request (G5) on a shipped or delivered
order, and sending a returned order again (to the same or a corrected eCH-0010 address).

Each is an ``ActionDialog`` (see ``gui.dialogs``): OK checks what was typed, then the order screen runs the action
in the background; a refusal keeps the dialog open with what was typed and says why.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QButtonGroup, QDateEdit, QLabel, QLineEdit, QRadioButton, QWidget

from ocpm_desk.gui.dialogs import ActionDialog, text_box
from ocpm_desk.gui.qdates import pydate, qdate
from ocpm_desk.gui.widgets import named
from ocpm_desk.kernel import clock

OCPM, APPLICANT = "ocpm", "applicant"
#: The eCH-0010 fields of a delivery address, in the order the dialog shows them.
ADDRESS_FIELDS = ("mr_mrs", "first_name", "last_name", "street", "house_number", "swiss_zip_code",
                  "foreign_zip_code", "town", "country")  # fmt: skip
_SALUTATIONS = {"Monsieur": "2", "Madame": "1"}  # eCH-0010 mrMrs codes


class CorrectionDialog(ActionDialog):
    """A correction request on a shipped or delivered order: when it came, what is wrong, and whose error it is."""

    def __init__(self, reference: str, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(
            self.tr("Correction request — {reference}").format(reference=reference),
            self.tr("The applicant says the document is wrong. An error of the OCPM is corrected free of charge (a "
                    "new document is issued); an error in the applicant's own data needs a new order and a new "
                    "fee (general terms)."),
            self.tr("&Record the request"),
            parent,
        )  # fmt: skip
        self.setObjectName("correctionDialog")
        self._today = today or clock.today()
        self.received_edit = named(QDateEdit(self), "correctionReceived", self.tr("Received on"))
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat("dd.MM.yyyy")
        self.received_edit.setMaximumDate(qdate(self._today))
        self.received_edit.setDate(qdate(self._today))
        self.description_edit = text_box(self, "correctionDescription")
        self.description_edit.setAccessibleName(self.tr("What is wrong"))
        self.description_edit.setPlaceholderText(self.tr("e.g. the date of arrival in Geneva is wrong"))
        self.group = QButtonGroup(self)
        self.ocpm_radio = QRadioButton(self.tr("Error of the &OCPM: reissue, no new fee"), self)
        self.ocpm_radio.setObjectName("correctionOcpm")
        self.applicant_radio = QRadioButton(self.tr("Error in the &applicant's data: a new order is needed"), self)
        self.applicant_radio.setObjectName("correctionApplicant")
        for radio in (self.ocpm_radio, self.applicant_radio):
            self.group.addButton(radio)
        self.form.addRow(self.tr("Received &on:"), self.received_edit)
        self.form.addRow(self.tr("&What is wrong:"), self.description_edit)
        self.form.addRow(self.ocpm_radio)
        self.form.addRow(self.applicant_radio)
        self.description_edit.setFocus()

    def inputs(self) -> list[QWidget]:
        return [self.received_edit, self.description_edit, self.ocpm_radio, self.applicant_radio]

    @property
    def received_on(self) -> date:
        return pydate(self.received_edit.date())

    @property
    def description(self) -> str:
        return self.description_edit.toPlainText().strip()

    @property
    def attributable_to(self) -> str | None:
        if self.ocpm_radio.isChecked():
            return OCPM
        return APPLICANT if self.applicant_radio.isChecked() else None

    def validate(self) -> str | None:
        if not self.description:
            self.description_edit.setFocus()
            return self.tr("Describe what is wrong in the document.")
        if self.attributable_to is None:
            self.ocpm_radio.setFocus()
            return self.tr("Say whose error it is: the OCPM's or the applicant's.")
        return None


def address_fields(lines: Sequence[str]) -> dict[str, str]:
    """The eCH-0010 fields read back from printed address lines (salutation, name, street and number,
    postcode and town, country); a best guess the user checks in the dialog."""
    rest = [line.strip() for line in lines if line.strip()]
    fields = dict.fromkeys(ADDRESS_FIELDS, "")
    if rest and rest[0] in _SALUTATIONS:
        fields["mr_mrs"] = rest.pop(0)
    if rest:
        first, _, last = rest.pop(0).partition(" ")
        fields["first_name"], fields["last_name"] = first, last
    if rest and rest[-1].isupper() and not rest[-1][:1].isdigit():
        fields["country"] = rest.pop()
    if rest:
        code, _, town = rest.pop().partition(" ")
        if code.isdigit() and len(code) == 4 and not fields["country"]:
            fields["swiss_zip_code"] = code
        else:
            fields["foreign_zip_code"] = code
        fields["town"] = town.removesuffix(" GE").strip() if not fields["country"] else town.strip()
    if rest:
        street, _, number = rest[0].rpartition(" ")
        if street and number[:1].isdigit():
            fields["street"], fields["house_number"] = street, number
        else:
            fields["street"] = rest[0]
    return fields


class SendAgainDialog(ActionDialog):
    """A returned order goes back to the mail room: to the same address, or to a corrected one."""

    def __init__(self, reference: str, address_lines: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Send again — {reference}").format(reference=reference),
            self.tr("The order goes back to “To ship”. Correct the address if the post's reason of the return "
                    "says it is wrong."),
            self.tr("&Send again"),
            parent,
        )  # fmt: skip
        self.setObjectName("sendAgainDialog")
        self.same_radio = named(QRadioButton(self.tr("The &same address"), self), "sendAgainSame")
        self.corrected_radio = named(QRadioButton(self.tr("A &corrected address:"), self), "sendAgainCorrected")
        self.group = QButtonGroup(self)
        self.group.addButton(self.same_radio)
        self.group.addButton(self.corrected_radio)
        self.same_radio.setChecked(True)
        self.form.addRow(QLabel("\n".join(address_lines) or "—", self))
        self.form.addRow(self.same_radio)
        self.form.addRow(self.corrected_radio)
        labels = {
            "mr_mrs": self.tr("Salutation:"), "first_name": self.tr("First name:"), "last_name": self.tr("Last name:"),
            "street": self.tr("Street:"), "house_number": self.tr("Number:"),
            "swiss_zip_code": self.tr("Swiss postcode:"), "foreign_zip_code": self.tr("Foreign postcode:"),
            "town": self.tr("Town:"), "country": self.tr("Country (abroad):"),
        }  # fmt: skip
        self.address_edits: dict[str, QLineEdit] = {}
        prefill = address_fields(address_lines)
        for name in ADDRESS_FIELDS:
            edit = named(QLineEdit(prefill[name], self), f"address_{name}", labels[name].removesuffix(":"))
            edit.setMaxLength(150)
            edit.textEdited.connect(lambda _text: self.corrected_radio.setChecked(True))
            self.address_edits[name] = edit
            self.form.addRow(labels[name], edit)
        self.same_radio.setFocus()

    def inputs(self) -> list[QWidget]:
        return [self.same_radio, self.corrected_radio, *self.address_edits.values()]

    def address(self) -> dict[str, str | None] | None:
        """None for the same address; else the eCH-0010 fields (empty ones as None)."""
        if self.same_radio.isChecked():
            return None
        values: dict[str, str | None] = {n: (e.text().strip() or None) for n, e in self.address_edits.items()}
        salutation = values["mr_mrs"]
        if salutation in _SALUTATIONS:
            values["mr_mrs"] = _SALUTATIONS[salutation]
        if values["swiss_zip_code"] and not values["country"]:
            values["country"] = "CH"  # a Swiss postcode is an address in Switzerland, as the order stored it
        return values

    def validate(self) -> str | None:
        address = self.address()
        if address is None:
            return None
        for name in ("last_name", "street", "town"):
            if not address[name]:
                self.address_edits[name].setFocus()
                return self.tr("A corrected address needs at least the last name, the street and the town.")
        if not address["swiss_zip_code"] and not (address["foreign_zip_code"] and address["country"]):
            self.address_edits["swiss_zip_code"].setFocus()
            return self.tr("Give a Swiss postcode, or a foreign postcode with the country.")
        return None
