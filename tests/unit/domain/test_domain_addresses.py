"""eCH-0010 postal addresses: limits, required parts, products per destination, the address block."""

from __future__ import annotations

import dataclasses

import pytest
from intake_support import ANNE_ADDRESS as ANNE

from ocpm_desk.kernel.addresses import (
    AddressProblem,
    PostalAddress,
    address_lines,
    address_problems,
    delivery_problems,
    is_deliverable,
)

PIERRE_IN_FRANCE = PostalAddress(
    mr_mrs="2",
    first_name="Pierre",
    last_name="Martin",
    street="Avenue du Général de Gaulle",
    house_number="5 bis",
    swiss_zip_code=None,
    foreign_zip_code="74100",
    town="Annemasse",
    country="FR",
)


def fields(problems: list[AddressProblem]) -> list[str]:
    return [p.field for p in problems]


def test_complete_addresses_have_no_problem() -> None:
    assert address_problems(ANNE) == []
    assert address_problems(PIERRE_IN_FRANCE) == []
    assert ANNE.is_swiss and not PIERRE_IN_FRANCE.is_swiss


def test_address_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        ANNE.town = "Carouge"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("field", "limit"),
    [
        ("first_name", 30),
        ("last_name", 30),
        ("organisation", 60),
        ("address_line", 60),
        ("street", 60),
        ("house_number", 12),
        ("dwelling_number", 10),
        ("post_office_box", 15),
        ("town", 40),
    ],
)
def test_length_limits(field: str, limit: int) -> None:
    at_limit = dataclasses.replace(ANNE, **{field: "x" * limit})
    assert address_problems(at_limit) == []
    over = dataclasses.replace(ANNE, **{field: "é" * (limit + 4)})  # characters, not bytes
    problems = address_problems(over)
    assert fields(problems) == [field]
    assert f"longer than {limit} characters ({limit + 4})" in problems[0].message


def test_message_reads_plainly() -> None:
    problems = address_problems(dataclasses.replace(ANNE, last_name="x" * 34))
    assert problems == [AddressProblem("last_name", "last name is longer than 30 characters (34)")]


def test_foreign_zip_limit() -> None:
    assert address_problems(dataclasses.replace(PIERRE_IN_FRANCE, foreign_zip_code="1" * 15)) == []
    problems = address_problems(dataclasses.replace(PIERRE_IN_FRANCE, foreign_zip_code="1" * 16))
    assert fields(problems) == ["foreign_zip_code"]


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"last_name": ""}, "last_name", "last name is missing"),
        ({"last_name": "   "}, "last_name", "last name is missing"),
        ({"town": ""}, "town", "town is missing"),
        ({"street": None, "house_number": None}, "street", "street or a post office box"),
        ({"street": " ", "house_number": None}, "street", "street or a post office box"),
        *(({"country": code}, "country", "two-letter ISO code") for code in ("", "ch", "CHE")),
        ({"mr_mrs": "4"}, "mr_mrs", "1 (Madame), 2 (Monsieur) or 3 (Mademoiselle)"),
        ({"mr_mrs": "Madame"}, "mr_mrs", "salutation code 'Madame' is unknown"),
        ({"swiss_zip_code": None}, "swiss_zip_code", "Swiss ZIP code is missing"),
        *(({"swiss_zip_code": code}, "swiss_zip_code", "between 1000 and 9999")
          for code in ("0999", "120", "12011", "CH-1201", "1201 001")),
        ({"foreign_zip_code": "1201"}, "foreign_zip_code", "Swiss ZIP code, not a foreign one"),
        ({"street": None}, "house_number", "house number is given without a street"),
        ({"street": "Rue de\nLausanne"}, "street", "line break"),
        ({"town": "Genève\t"}, "town", "control character"),
    ],
)
def test_problems_of_a_swiss_address(changes: dict[str, str | None], field: str, words: str) -> None:
    problems = address_problems(dataclasses.replace(ANNE, **changes))  # type: ignore[arg-type]
    assert field in fields(problems)
    assert any(words in p.message for p in problems if p.field == field), problems


def test_missing_street_is_fine_with_a_post_office_box() -> None:
    po_box = dataclasses.replace(ANNE, street=None, house_number=None, post_office_box="3888")
    assert address_problems(po_box) == []


@pytest.mark.parametrize("zip_code", ["1000", "9999", "1201", "1201 01", "120101"])
def test_swiss_zip_codes(zip_code: str) -> None:
    assert address_problems(dataclasses.replace(ANNE, swiss_zip_code=zip_code)) == []


def test_optional_parts_may_be_absent() -> None:
    bare = dataclasses.replace(ANNE, mr_mrs=None, first_name="")
    assert address_problems(bare) == []


def test_foreign_address_must_not_have_a_swiss_zip() -> None:
    problems = address_problems(dataclasses.replace(PIERRE_IN_FRANCE, swiss_zip_code="1201"))
    assert fields(problems) == ["swiss_zip_code"]
    assert "address in FR cannot have a Swiss ZIP code" in problems[0].message
    # a foreign address without any ZIP code is allowed (some countries have none)
    assert address_problems(dataclasses.replace(PIERRE_IN_FRANCE, foreign_zip_code=None)) == []


def test_several_problems_are_all_reported() -> None:
    broken = dataclasses.replace(ANNE, last_name="", town="", swiss_zip_code=None, first_name="y" * 31)
    assert sorted(fields(address_problems(broken))) == ["first_name", "last_name", "swiss_zip_code", "town"]


@pytest.mark.parametrize(
    ("product", "swiss", "abroad"),
    [("B", True, False), ("A", True, False), ("R", True, False), ("INT-ECO", False, True),
     ("INT-PRIO", False, True), ("INT-R", False, True), ("X", False, False), ("b", False, False), ("", False, False)],
)  # fmt: skip
def test_products_per_destination(product: str, swiss: bool, abroad: bool) -> None:
    assert is_deliverable(ANNE, product) is swiss
    assert is_deliverable(PIERRE_IN_FRANCE, product) is abroad


def test_liechtenstein_counts_as_abroad() -> None:
    vaduz = dataclasses.replace(PIERRE_IN_FRANCE, country="LI", foreign_zip_code="9490", town="Vaduz")
    assert not vaduz.is_swiss
    assert is_deliverable(vaduz, "INT-PRIO") and not is_deliverable(vaduz, "A")


def test_incomplete_address_is_not_deliverable_whatever_the_product() -> None:
    incomplete = dataclasses.replace(ANNE, town="")
    assert not is_deliverable(incomplete, "B")
    assert fields(delivery_problems(incomplete, "B")) == ["town"]


def test_delivery_problems_explain_the_product() -> None:
    [problem] = delivery_problems(ANNE, "INT-R")
    assert problem.field == "product" and "takes B, A or R" in problem.message
    [problem] = delivery_problems(PIERRE_IN_FRANCE, "R")
    assert problem.field == "product" and "INT-ECO, INT-PRIO or INT-R" in problem.message
    [problem] = delivery_problems(ANNE, "EXPRESS")
    assert "unknown" in problem.message


def test_lines_of_a_swiss_address() -> None:
    assert address_lines(ANNE) == ["Madame", "Anne Dupont", "Rue de Lausanne 12", "1201 Genève"]


def test_lines_of_a_foreign_address() -> None:
    assert address_lines(PIERRE_IN_FRANCE) == [
        "Monsieur",
        "Pierre Martin",
        "Avenue du Général de Gaulle 5 bis",
        "74100 Annemasse",
        "FRANCE",
    ]


def test_lines_in_swiss_order_with_every_part() -> None:
    full = dataclasses.replace(
        ANNE,
        mr_mrs="3",
        organisation="Fondation Exemple",
        address_line="c/o Famille Muller",
        post_office_box="Case postale 42",
        swiss_zip_code="1211 03",
        town="Genève 3",
        dwelling_number="App. 5",
    )
    assert address_lines(full) == [
        "Mademoiselle",
        "Anne Dupont",
        "Fondation Exemple",
        "c/o Famille Muller",
        "Rue de Lausanne 12",
        "Case postale 42",  # second-to-last
        "1211 Genève 3",  # the add-on is not printed
    ]


def test_po_box_number_and_missing_parts() -> None:
    po_box = dataclasses.replace(
        ANNE, mr_mrs=None, first_name="", street=None, house_number=None, post_office_box="3888",
        swiss_zip_code="1211", town="Genève 3",
    )  # fmt: skip
    assert address_lines(po_box) == ["Dupont", "Case postale 3888", "1211 Genève 3"]


@pytest.mark.parametrize(
    ("country", "last_line"),
    [("DE", "ALLEMAGNE"), ("IT", "ITALIE"), ("AT", "AUTRICHE"), ("ES", "ESPAGNE"), ("PT", "PORTUGAL"),
     ("GB", "ROYAUME-UNI"), ("US", "ÉTATS-UNIS"), ("BE", "BELGIQUE"), ("NL", "PAYS-BAS"),
     ("LU", "LUXEMBOURG"), ("LI", "LIECHTENSTEIN"), ("JP", "JP")],
)  # fmt: skip
def test_country_line_in_french_capitals(country: str, last_line: str) -> None:
    lines = address_lines(dataclasses.replace(PIERRE_IN_FRANCE, country=country))
    assert lines[-1] == last_line
    assert lines[-2] == "74100 Annemasse"


def test_foreign_address_without_zip() -> None:
    lines = address_lines(dataclasses.replace(PIERRE_IN_FRANCE, foreign_zip_code=None, country="IE", town="Dublin"))
    assert lines[-2:] == ["Dublin", "IE"]
