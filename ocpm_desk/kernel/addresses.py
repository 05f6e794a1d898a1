"""Postal addresses: the eCH-0010 v6 limits, postal products per destination, and the Swiss address block.

eCH-0010 v6 (postal address) limits: first and last name 30 characters, organisation 60, address line and street
60, house number 12, dwelling number 10, post office box text 15, Swiss ZIP code 1000–9999 (with an optional
2-character add-on), foreign ZIP code 15, town 40; salutation codes ``mr_mrs`` 1 = Madame, 2 = Monsieur,
3 = Mademoiselle; country as an ISO 3166 alpha-2 code. Swiss Post domestic products (B, A, R) go to Swiss
addresses, international products (INT-ECO, INT-PRIO, INT-R) abroad. In the address block the post office box
line comes second-to-last before the locality (Swiss Post / SN 010130), and a foreign address ends with the
country in French capitals. The ``address_deliverable`` condition (DESIGN §3.2) reads ``delivery_problems``.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from ocpm_desk.kernel.phrases import QT_TRANSLATE_NOOP, Phrase

__all__ = [
    "DOMESTIC_PRODUCTS",
    "INTERNATIONAL_PRODUCTS",
    "SALUTATIONS",
    "AddressProblem",
    "PostalAddress",
    "address_lines",
    "address_problems",
    "delivery_problems",
    "is_deliverable",
]

SALUTATIONS: dict[str, str] = {"1": "Madame", "2": "Monsieur", "3": "Mademoiselle"}
DOMESTIC_PRODUCTS = frozenset({"B", "A", "R"})
INTERNATIONAL_PRODUCTS = frozenset({"INT-ECO", "INT-PRIO", "INT-R"})

#: Country names in French capitals for the last line of a foreign address; other codes are printed as is.
COUNTRY_NAMES_FR: dict[str, str] = {
    "FR": "FRANCE",
    "DE": "ALLEMAGNE",
    "IT": "ITALIE",
    "AT": "AUTRICHE",
    "ES": "ESPAGNE",
    "PT": "PORTUGAL",
    "GB": "ROYAUME-UNI",
    "US": "ÉTATS-UNIS",
    "BE": "BELGIQUE",
    "NL": "PAYS-BAS",
    "LU": "LUXEMBOURG",
    "LI": "LIECHTENSTEIN",
}

# field name → (label used in messages, eCH-0010 maximum length)
_LIMITS: dict[str, tuple[str, int]] = {
    "first_name": (QT_TRANSLATE_NOOP("Message", "first name"), 30),
    "last_name": (QT_TRANSLATE_NOOP("Message", "last name"), 30),
    "organisation": (QT_TRANSLATE_NOOP("Message", "organisation"), 60),
    "address_line": (QT_TRANSLATE_NOOP("Message", "address line"), 60),
    "street": (QT_TRANSLATE_NOOP("Message", "street"), 60),
    "house_number": (QT_TRANSLATE_NOOP("Message", "house number"), 12),
    "dwelling_number": (QT_TRANSLATE_NOOP("Message", "dwelling number"), 10),
    "post_office_box": (QT_TRANSLATE_NOOP("Message", "post office box"), 15),
    "foreign_zip_code": (QT_TRANSLATE_NOOP("Message", "foreign ZIP code"), 15),
    "town": (QT_TRANSLATE_NOOP("Message", "town"), 40),
}
_SWISS_ZIP_RE = re.compile(r"([0-9]{4})(?: ?([0-9A-Za-z]{2}))?")
_COUNTRY_RE = re.compile(r"[A-Z]{2}")


@dataclass(frozen=True, slots=True)
class PostalAddress:
    mr_mrs: str | None
    first_name: str
    last_name: str
    street: str | None
    house_number: str | None
    swiss_zip_code: str | None
    foreign_zip_code: str | None
    town: str
    country: str
    organisation: str | None = None
    address_line: str | None = None
    dwelling_number: str | None = None
    post_office_box: str | None = None

    @property
    def is_swiss(self) -> bool:
        """An address in Switzerland (country ``CH``); Liechtenstein (``LI``) counts as abroad here."""
        return self.country == "CH"


@dataclass(frozen=True, slots=True)
class AddressProblem:
    field: str  # the PostalAddress attribute concerned ("product" for the postal product)
    message: str  # plain English a person can act on
    #: the message as its marked template and values (see domain.phrases), for the GUI to translate
    phrase: Phrase | None = dataclasses.field(default=None, compare=False)

    @classmethod
    def of(cls, field: str, template: str, **values: Any) -> AddressProblem:
        phrase = Phrase(template, **values)
        return cls(field, str(phrase), phrase)


def _present(value: str | None) -> bool:
    return value is not None and value.strip() != ""


def address_problems(addr: PostalAddress) -> list[AddressProblem]:
    """What keeps ``addr`` from being a complete eCH-0010 postal address; an empty list when nothing does."""
    problems: list[AddressProblem] = []

    def problem(field: str, template: str, **values: Any) -> None:
        problems.append(AddressProblem.of(field, template, **values))

    if addr.mr_mrs is not None and addr.mr_mrs not in SALUTATIONS:
        problem("mr_mrs", QT_TRANSLATE_NOOP(
            "Message", "salutation code {code!r} is unknown; use 1 (Madame), 2 (Monsieur) or 3 (Mademoiselle)"),
            code=addr.mr_mrs)
    for field, (label, limit) in _LIMITS.items():
        value = getattr(addr, field)
        if value is None:
            continue
        if len(value) > limit:
            problem(field, QT_TRANSLATE_NOOP("Message", "{label} is longer than {limit} characters ({length})"),
                    label=Phrase(label), limit=limit, length=len(value))
        if any(ch in value for ch in "\r\n\t") or not value.isprintable():
            problem(field, QT_TRANSLATE_NOOP("Message", "{label} contains a line break or another control character"),
                    label=Phrase(label))

    if not _present(addr.last_name):
        problem("last_name", QT_TRANSLATE_NOOP("Message", "last name is missing"))
    if not _present(addr.town):
        problem("town", QT_TRANSLATE_NOOP("Message", "town is missing"))
    if not _present(addr.street) and not _present(addr.post_office_box):
        problem("street", QT_TRANSLATE_NOOP(
            "Message", "street is missing (an address needs a street or a post office box)"))
    if _present(addr.house_number) and not _present(addr.street):
        problem("house_number", QT_TRANSLATE_NOOP("Message", "house number is given without a street"))

    if not isinstance(addr.country, str) or _COUNTRY_RE.fullmatch(addr.country) is None:
        problem("country", QT_TRANSLATE_NOOP(
            "Message", "country {country!r} is not a two-letter ISO code in capitals such as CH or FR"),
            country=addr.country)
    if addr.is_swiss:
        if not _present(addr.swiss_zip_code):
            problem("swiss_zip_code", QT_TRANSLATE_NOOP("Message", "Swiss ZIP code is missing"))
        else:
            zip_match = _SWISS_ZIP_RE.fullmatch(addr.swiss_zip_code or "")
            if zip_match is None or not 1000 <= int(zip_match.group(1)) <= 9999:
                problem("swiss_zip_code", QT_TRANSLATE_NOOP(
                    "Message", "Swiss ZIP code {code!r} is not 4 digits between 1000 and 9999 (optionally followed "
                    "by a 2-character add-on)"), code=addr.swiss_zip_code)
        if _present(addr.foreign_zip_code):
            problem("foreign_zip_code", QT_TRANSLATE_NOOP(
                "Message", "a Swiss address takes a Swiss ZIP code, not a foreign one"))
    elif _present(addr.swiss_zip_code):
        problem("swiss_zip_code", QT_TRANSLATE_NOOP(
            "Message", "an address in {country} cannot have a Swiss ZIP code; use the foreign ZIP code instead"),
            country=addr.country)
    return problems


def delivery_problems(addr: PostalAddress, product_code: str) -> list[AddressProblem]:
    """The address problems plus a problem when ``product_code`` cannot go to the address's country."""
    problems = address_problems(addr)
    if product_code not in DOMESTIC_PRODUCTS | INTERNATIONAL_PRODUCTS:
        problems.append(AddressProblem.of("product", QT_TRANSLATE_NOOP(
            "Message", "postal product {product!r} is unknown"), product=product_code))
    elif addr.is_swiss and product_code not in DOMESTIC_PRODUCTS:
        problems.append(AddressProblem.of("product", QT_TRANSLATE_NOOP(
            "Message", "{product} is an international product; a Swiss address takes B, A or R"),
            product=product_code))
    elif not addr.is_swiss and product_code not in INTERNATIONAL_PRODUCTS:
        problems.append(AddressProblem.of("product", QT_TRANSLATE_NOOP(
            "Message", "{product} is a domestic product; an address abroad takes INT-ECO, INT-PRIO or INT-R"),
            product=product_code))
    return problems


def is_deliverable(addr: PostalAddress, product_code: str) -> bool:
    """A complete address and a postal product valid for its destination (B, A, R in Switzerland; INT-* abroad)."""
    return not delivery_problems(addr, product_code)


def _join(*parts: str | None) -> str:
    return " ".join(p.strip() for p in parts if p is not None and p.strip())


def address_lines(addr: PostalAddress) -> list[str]:
    """The lines of the address block, in Swiss order, empty parts left out.

    Salutation, name, organisation, address line, street and house number, post office box (second-to-last
    before the locality), ZIP code and town, and for an address abroad the country in French capitals. A post
    office box given as a bare number is written "Case postale <number>". The dwelling number is not printed
    (Swiss Post does not want it in the address block).
    """
    lines: list[str] = []
    if addr.mr_mrs in SALUTATIONS:
        lines.append(SALUTATIONS[addr.mr_mrs])
    lines.append(_join(addr.first_name, addr.last_name))
    lines.append(_join(addr.organisation))
    lines.append(_join(addr.address_line))
    lines.append(_join(addr.street, addr.house_number))
    box = _join(addr.post_office_box)
    lines.append(f"Case postale {box}" if box.isdigit() else box)
    if addr.is_swiss:
        zip_match = _SWISS_ZIP_RE.fullmatch((addr.swiss_zip_code or "").strip())
        zip_code = zip_match.group(1) if zip_match else addr.swiss_zip_code
        lines.append(_join(zip_code, addr.town))
    else:
        lines.append(_join(addr.foreign_zip_code, addr.town))
        lines.append(COUNTRY_NAMES_FR.get(addr.country, addr.country))
    return [line for line in lines if line]
