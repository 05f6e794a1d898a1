"""Order intake (DESIGN §9, G1–G3, G10) on both databases: e-démarches files become orders, updates and
quarantined lines, with counts that add up, reasons a person can act on, card numbers masked, business defects left
to review, versions pinned on the Geneva day of payment, idempotent runs, and the rights of who imports.

No mocks: every file is imported by ``ocpm_desk.features.intake.imports.import_orders`` into a real SQLite file or
PostgreSQL database (on PostgreSQL also through the intake's and a supervisor's own logins), and read back with SQL.
The small files of ``tests/data/intake/`` are written by the builders below (``PYTHONPATH=tests:tests/integration
.venv/bin/python tests/integration/test_intake.py`` writes them again); the CLI, the search for card numbers in
every byte written and the kill-and-rerun test are in ``test_intake_cli.py``.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from intake_support import DELETE, example_record
from ocpm_factories import MUTABLE_TABLES, add_orders, add_staff, pg_login
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from test_casework import _register

from ocpm_desk.features.casework import claiming, queues
from ocpm_desk.features.casework import handling as casework
from ocpm_desk.features.intake.imports import import_orders, quarantine_rows, resolve_quarantine
from ocpm_desk.features.intake.rules import CARD_REASON, REASONS, read_reasons
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import SYSTEM_INTAKE, Actor
from ocpm_desk.kernel.errors import DomainError, NotFound, PermissionDenied
from ocpm_desk.kernel.identifiers import find_card_numbers, is_valid_avs, luhn_valid
from ocpm_desk.kernel.notes import decode, note
from ocpm_desk.kernel.roles import Role

DATA = Path(__file__).resolve().parent.parent / "data" / "intake"

#: Anne Dupont, born 29 February 1980: the applicant of the factory orders (tests/ocpm_factories.py).
AVS = "756.9217.0769.85"
#: A valid AVS number (EAN-13 check digit right) whose 13 digits also pass the Luhn check: written without dots
#: it looks like a card number, but in an ``avs`` field it is an AVS number and the line is imported.
AVS_PASSING_LUHN = "7561234560096"
#: A wrong check digit (the right one is 7): a business defect, imported, identity_match fails in review.
AVS_WRONG_CHECK = "756.1234.5678.90"
#: Claire Martin, born 14 March 1985, in the register of the business-defect test.
CLAIRE_AVS = "756.3047.5009.62"
#: Well-known test card numbers (never issued to anybody).
VISA = "4111111111111111"
MASTERCARD = "5555555555554444"
VISA_2 = "4012888888881881"
AMEX = "378282246310005"


def reference(n: int, year: int = 2026) -> str:
    return f"ED-{year}-{n:08d}"


def record(n: int, status: str = "paid", **changes: Any) -> dict[str, Any]:
    """A well-formed record with reference ``ED-2026-<n>`` and ``status``; ``changes`` by path, ``__`` between the
    parts (``delivery__address__street="…"``, ``payment__fee_chf="20.00"``); ``DELETE`` removes a field."""
    payment = None
    if status == "paid":
        payment = {"provider_reference": f"PSP-{n:08X}", "brand": "VISA", "fee_chf": "25.00",
                   "postage_chf": "0.00", "validated_at": "2026-11-20T09:17:42+01:00"}
    return example_record(**{"reference": reference(n), "status": status, "payment": payment, **changes})


def line(rec: Any) -> bytes:
    return json.dumps(rec, ensure_ascii=False).encode("utf-8")


def lines(*items: Any) -> bytes:
    """A file's bytes: records (dicts) as JSON, ``bytes`` as they are, each followed by a line break."""
    return b"".join((item if isinstance(item, bytes) else line(item)) + b"\n" for item in items)


def escaped(text: str) -> str:
    """``text`` spelt with JSON ``\\u`` escapes only (for writing inside a JSON string literal)."""
    return "".join(f"\\u{ord(c):04x}" for c in text)


# --------------------------------------------------------------------------------------------- the files
def _new_orders() -> bytes:
    return lines(
        record(1),
        record(2, service_code="ATT-DEP", delivery__product="A",
               payment__brand="MASTERCARD", payment__postage_chf="1.20",
               payment__validated_at="2026-11-21T10:00:00Z"),
        record(3, "awaiting_payment", service_code="ATT-RES-HIST", delivery__product="R", payment=DELETE),
        b"",
        record(4, "cancelled", service_code="ATT-RES-CIV"),
        record(5, quantity=2, applicant__email=None,
               concerned_person={"avs": "756.1234.5678.97", "last_name": "Dupont", "first_name": "Léa",
                                 "birth_date": "2014-06-01", "email": None, "language": "fr"},
               delivery={"product": "INT-PRIO", "address": {
                   "mr_mrs": "1", "first_name": "Anne", "last_name": "Dupont", "street": "Rue de la Paix",
                   "house_number": "3", "foreign_zip_code": "74100", "town": "Annemasse", "country": "FR"}},
               payment__brand="POSTFINANCE", payment__fee_chf="50.00", payment__postage_chf="2.50"),
    )


def _lifecycle() -> bytes:
    """Lines 1–9 the first state of orders 101–109, lines 10–20 what follows (see test_intake.py)."""
    first = [record(101, "awaiting_payment"), record(102, "awaiting_payment"), record(103), record(104),
             record(105, "cancelled"), record(106), record(107), record(108), record(109)]
    then = [
        record(101),  # paid after awaiting_payment: updated
        record(102, "cancelled"),  # cancelled before payment: updated
        record(103, "awaiting_payment"),  # an earlier state of a paid order: unchanged
        record(104, "cancelled"),  # cancelling a paid order: conflict (G2)
        record(105),  # paying a cancelled order: conflict
        record(106, payment__provider_reference="PSP-OTHER-106", payment__validated_at="2026-11-21T08:00:00Z"),
        record(107, delivery__address__street="Avenue de France"),  # another address: conflict
        record(108, applicant__first_name="Anna"),  # another name: conflict
        record(109, quantity=2, payment__fee_chf="50.00"),  # another quantity: conflict
        record(104, "cancelled"),  # the same conflicting line again: unchanged
        record(101),  # the same payment again: unchanged
    ]
    return lines(*first, *then)


def _malformed() -> bytes:
    """One line per reason of quarantine (DESIGN §9), order ED-2026-00000200 + its line number; the expected reasons
    are in ``MALFORMED`` below."""

    def r(line_number: int, status: str = "paid", **changes: Any) -> dict[str, Any]:
        return record(200 + line_number, status, **changes)

    items: list[Any] = [
        line(r(1, applicant__last_name="MÜLLER")).replace("MÜLLER".encode(), "MÜLLER".encode("latin-1")),
        line(r(2))[:60],  # cut: not JSON
        b'["ED-2026-00000203", "ATT-RES"]',  # a list
        b'"ED-2026-00000204"',  # text
        r(5, reference=DELETE),
        r(6, reference="ED-2026-206"),
        r(7, applicant__birth_date=DELETE),  # a missing required field
        r(8, delivery=DELETE),
        r(9, quantity="1"),  # wrong type
        r(10, applicant=["Dupont", "Anne"]),  # wrong type
        r(11, delivery__address__mr_mrs=1),  # wrong type
        r(12, service_code="ATT-XYZ"),  # unknown
        r(13, status="refunded"),
        r(14, delivery__product="C"),
        r(15, payment__brand="AMEX"),
        r(16, delivery__address__mr_mrs="4"),
        r(17, quantity=0),
        r(18, quantity=1.5),
        r(19, quantity=-1),
        r(20, payment__fee_chf="25"),  # money
        r(21, payment__fee_chf="25.0"),
        r(22, payment__fee_chf=25.00),  # a JSON number
        r(23, payment__postage_chf="-1.00"),
        r(24, payment__fee_chf="25.000"),
        r(25, ordered_at="2026-11-20T09:15:00"),  # no offset
        r(26, payment__validated_at="2026-11-20T09:17:42"),
        r(27, "awaiting_payment", payment=record(0)["payment"]),  # payment without paid
        r(28, payment=None),  # paid without payment
        r(29, payment=DELETE),
        r(30, "cancelled", payment=record(0)["payment"]),
        r(31),  # a valid line: the rest of the file goes on
        r(32, applicant__birth_date="1980-02-30"),  # not a real date
        r(33, concerned_person="Léa Dupont"),  # wrong type
        r(34, applicant__email=DELETE, applicant__language="french"),  # a malformed language code
    ]
    return lines(*items)


def _cards() -> bytes:
    """Card numbers in several forms, and AVS numbers passing the Luhn check in ``avs`` fields (imported)."""
    key_card = record(306)
    key_card = {"reference": key_card.pop("reference"), "4111 1111 1111 1111": "x", **key_card}
    u_card = line(record(305, applicant__last_name="XXXX")).replace(b'"XXXX"', f'"{escaped(VISA)}"'.encode())
    return lines(
        record(301, applicant__email=f"{VISA}@example.ch"),  # plain, inside an e-mail address
        record(302, delivery__address__street="Rue 5555 5555 5555 4444"),  # with spaces, inside a street
        record(303, payment__provider_reference="4012-8888-8888-1881"),  # with dashes
        record(304, quantity=int(VISA)),  # a JSON number
        u_card,  # 5 hidden with \u escapes
        key_card,  # 6 a key
        record(307, delivery__address__address_line="c/o 3782 822463 10005"),  # 15 digits (AMEX)
        record(308, applicant__avs=AVS_PASSING_LUHN),  # an AVS number in an avs field: imported
        record(309, concerned_person={"avs": AVS_PASSING_LUHN, "last_name": "Dupont", "first_name": "Léa",
                                      "birth_date": "2014-06-01", "email": None, "language": "fr"}),  # imported
        f"not JSON, card {VISA[:4]} {VISA[4:8]} {VISA[8:12]} {VISA[12:]}".encode(),  # 10
    )


def _business_defects() -> bytes:
    """Well-formed paid orders with a defect for review: imported (see test_intake.py)."""
    claire = {"avs": CLAIRE_AVS, "last_name": "Martin", "first_name": "Claire", "birth_date": "1985-03-14",
              "email": "claire.martin@example.ch", "language": "fr"}
    return lines(
        record(401, applicant={**claire, "avs": AVS_WRONG_CHECK}),  # identity_match
        record(402, applicant={**claire, "last_name": "Martinez"}),  # identity_match
        record(403, applicant={**claire, "birth_date": "1985-03-15"}),  # identity_match
        record(404, applicant=claire, delivery__address__street="Chemin des " + "Très Longues Allées " * 4),
        record(405, applicant=claire, ordered_at="2017-12-15T10:00:00+01:00",
               payment__validated_at="2018-01-03T10:00:00+01:00"),  # service_available_when_ordered
        record(406, applicant=claire, payment__fee_chf="20.00"),  # payment_complete
        record(407, applicant=claire, delivery__product="A"),  # payment_complete: A-mail postage not paid
    )


FILES = {
    "new_orders.jsonl": _new_orders,
    "lifecycle.jsonl": _lifecycle,
    "malformed.jsonl": _malformed,
    "card_numbers.jsonl": _cards,
    "business_defects.jsonl": _business_defects,
}




# --------------------------------------------------------------------------------------------- helpers
TODAY = date(2026, 11, 26)  # a Thursday
WRITTEN = ("orders", "applicants", "order_events", "import_quarantine")

pytestmark = pytest.mark.usefixtures("catalogue_as_shipped")


def counts(lines: int, *, imported: int = 0, updated: int = 0, unchanged: int = 0, quarantined: int = 0
           ) -> dict[str, int]:
    return {"lines": lines, "imported": imported, "updated": updated, "unchanged": unchanged,
            "quarantined": quarantined}


#: What each file of tests/data/intake does to an empty database.
FILE_COUNTS = {
    "new_orders.jsonl": counts(5, imported=5),
    "lifecycle.jsonl": counts(20, imported=9, updated=2, unchanged=3, quarantined=6),
    "malformed.jsonl": counts(34, imported=1, quarantined=33),
    "card_numbers.jsonl": counts(10, imported=2, quarantined=8),
    "business_defects.jsonl": counts(7, imported=7),
}


def run(engine: Engine, data: bytes | str, *, actor: Actor = SYSTEM_INTAKE, source: str | None = None,
        batch_size: int = 1000) -> dict[str, int]:
    """Import ``data`` (bytes, or the name of a file of tests/data/intake): the summary's counts, which add up."""
    if isinstance(data, str):
        source = source or data
        data = (DATA / data).read_bytes()
    summary = import_orders(engine, actor, io.BytesIO(data), source or "test.jsonl", total_bytes=len(data),
                            batch_size=batch_size)
    found = summary.counts()
    assert found["lines"] == found["imported"] + found["updated"] + found["unchanged"] + found["quarantined"]
    return found


def snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables an import writes (the audit trail apart)."""
    with engine.connect() as conn:
        return {t: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {t} ORDER BY id"))] for t in WRITTEN}


def audit_trail(engine: Engine) -> Counter[tuple[str, str, str, str, str]]:
    with engine.connect() as conn:
        return Counter((r[0], r[1], r[2], r[3], r[4]) for r in conn.execute(text(
            "SELECT actor, action, entity, entity_id, payload FROM audit_events")))


def order(engine: Engine, ref: str) -> Any:
    with Session(engine) as s:
        found = s.scalars(select(m.Order).where(m.Order.reference == ref)).one()
        s.expunge(found)
        return found


def applicant(engine: Engine, applicant_id: int | None) -> m.Applicant | None:
    with Session(engine) as s:
        return s.get(m.Applicant, applicant_id) if applicant_id is not None else None


def history(engine: Engine, ref: str) -> list[tuple[str, str | None, str | None]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(  # type: ignore[misc]
            "SELECT e.action, e.from_status, e.to_status FROM order_events e JOIN orders o ON o.id = e.order_id "
            "WHERE o.reference = :r ORDER BY e.id"), {"r": ref})]


@dataclass(frozen=True)
class Quarantine:
    line_number: int
    reference: str | None
    text: str
    reasons: tuple[str, ...]  # their English
    source: str
    stored: str  # the reasons as the column keeps them


def quarantine(engine: Engine) -> dict[int, Quarantine]:
    """The quarantined lines by line number (each file of a test is imported under its own line numbers); every
    reason is stored as a key the catalogue knows, with its values."""
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT line_number, reference, line_masked, reasons, source "
                                 "FROM import_quarantine ORDER BY id")).all()
    for row in rows:
        items = json.loads(row[3])
        assert items and all(isinstance(i, dict) and i["key"] in REASONS for i in items), row[3]
        assert [p.key for p in read_reasons(row[3])] == [i["key"] for i in items], row[3]  # values fit the key
    out = {r[0]: Quarantine(r[0], r[1], r[2], tuple(map(str, read_reasons(r[3]))), r[4], r[3]) for r in rows}
    assert len(out) == len(rows), "two quarantined lines with one line number"
    return out


def in_force(engine: Engine, table: str, key: str, value: str, day: date) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(
            f"SELECT id FROM {table} WHERE {key} = :v AND valid_from <= :d AND (valid_to IS NULL OR valid_to >= :d)"
        ), {"v": value, "d": day}).scalar_one())


def pins(o: Any) -> tuple[int | None, int | None, int | None]:
    return o.fee_schedule_id, o.postal_tariff_id, o.rule_set_id


def pins_on(engine: Engine, service: str, product: str, day: date) -> tuple[int, int, int]:
    return (in_force(engine, "fee_schedules", "service_code", service, day),
            in_force(engine, "postal_tariffs", "product_code", product, day),
            in_force(engine, "condition_rule_sets", "service_code", service, day))


def utc(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.astimezone(UTC)


# --------------------------------------------------------------------------------------------- the files
@pytest.mark.parametrize("batch_size", [1000, 4])
@pytest.mark.parametrize("name", sorted(FILE_COUNTS))
def test_each_file_adds_up_to_its_expected_counts(engine: Engine, name: str, batch_size: int) -> None:
    expected = FILE_COUNTS[name]
    assert run(engine, name, batch_size=batch_size) == expected
    stored = snapshot(engine)
    assert len(stored["orders"]) == expected["imported"]
    assert len(stored["import_quarantine"]) == expected["quarantined"]
    assert run(engine, name, batch_size=batch_size) == counts(expected["lines"], unchanged=expected["lines"])


@pytest.mark.parametrize("name", ["lifecycle.jsonl", "malformed.jsonl", "card_numbers.jsonl"])
def test_a_large_input_is_checked_in_another_process_with_the_same_result(
        engine: Engine, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Inputs of PROCESS_READER_BYTES or more are checked by a spawned process: same counts, same rows."""
    import ocpm_desk.features.intake.imports as service

    monkeypatch.setattr(service, "PROCESS_READER_BYTES", 0)
    monkeypatch.setattr(service, "_WRITERS", 1)
    assert run(engine, name, batch_size=3) == FILE_COUNTS[name]
    in_process = snapshot(engine)
    assert run(engine, name, batch_size=3) == counts(FILE_COUNTS[name]["lines"], unchanged=FILE_COUNTS[name]["lines"])
    assert snapshot(engine) == in_process


def test_new_orders_are_stored_as_sent(engine: Engine) -> None:
    assert run(engine, "new_orders.jsonl") == FILE_COUNTS["new_orders.jsonl"]
    first = order(engine, reference(1))
    assert (first.service_code, first.quantity, first.status, first.outcome, first.version, first.assigned_to) == (
        "ATT-RES", 1, "paid", None, 1, None)
    assert utc(first.ordered_at) == datetime(2026, 11, 20, 8, 15, tzinfo=UTC)
    assert utc(first.paid_at) == datetime(2026, 11, 20, 8, 17, 42, tzinfo=UTC)
    assert (first.payment_brand, first.payment_provider_reference, first.fee_paid_centimes,
            first.postage_paid_centimes) == ("VISA", "PSP-00000001", 2500, 0)
    assert pins(first) == pins_on(engine, "ATT-RES", "B", date(2026, 11, 20))
    assert (first.delivery_product, first.addr_mr_mrs, first.addr_first_name, first.addr_last_name,
            first.addr_street, first.addr_house_number, first.addr_swiss_zip_code, first.addr_town,
            first.addr_country, first.addr_foreign_zip_code, first.concerned_person_id) == (
        "B", "1", "Anne", "Dupont", "Rue de Lausanne", "12", "1201", "Genève", "CH", None, None)
    assert set(json.loads(first.intake_digest)) == {"order", "applicant", "concerned_person", "delivery", "payment"}
    person = applicant(engine, first.applicant_id)
    assert person is not None and (person.avs, person.last_name, person.first_name, person.birth_date,
                                   person.email, person.language) == (
        AVS, "Dupont", "Anne", date(1980, 2, 29), "anne.dupont@example.ch", "fr")

    second = order(engine, reference(2))
    assert (second.service_code, second.delivery_product, second.payment_brand, second.postage_paid_centimes) == (
        "ATT-DEP", "A", "MASTERCARD", 120)
    assert utc(second.paid_at) == datetime(2026, 11, 21, 10, 0, tzinfo=UTC)
    assert pins(second) == pins_on(engine, "ATT-DEP", "A", date(2026, 11, 21))

    unpaid = order(engine, reference(3))
    assert (unpaid.status, unpaid.outcome, unpaid.paid_at, unpaid.payment_brand, unpaid.payment_provider_reference,
            unpaid.fee_paid_centimes, unpaid.postage_paid_centimes, *pins(unpaid)) == (
        "awaiting_payment", None, None, None, None, None, None, None, None, None)
    cancelled = order(engine, reference(4))
    assert (cancelled.status, cancelled.outcome, cancelled.paid_at, *pins(cancelled)) == (
        "cancelled", "cancelled", None, None, None, None)

    for_child = order(engine, reference(5))
    assert (for_child.quantity, for_child.delivery_product, for_child.addr_country, for_child.addr_foreign_zip_code,
            for_child.addr_swiss_zip_code, for_child.payment_brand, for_child.fee_paid_centimes,
            for_child.postage_paid_centimes) == (2, "INT-PRIO", "FR", "74100", None, "POSTFINANCE", 5000, 250)
    child = applicant(engine, for_child.concerned_person_id)
    parent = applicant(engine, for_child.applicant_id)
    assert child is not None and (child.avs, child.first_name, child.birth_date, child.email) == (
        "756.1234.5678.97", "Léa", date(2014, 6, 1), None)
    assert parent is not None and parent.email is None

    with engine.connect() as conn:
        events = conn.execute(text(
            "SELECT o.reference, e.action, e.from_status, e.to_status, e.actor, e.note "
            "FROM order_events e JOIN orders o ON o.id = e.order_id ORDER BY o.reference, e.id")).all()
    assert [(*e[:5], decode(e[5])) for e in events] == [
        (reference(n), "receive", None, status, "system:intake", note("history.imported", source="new_orders.jsonl",
                                                                      line=line))
        for n, status, line in ((1, "paid", 1), (2, "paid", 2), (3, "awaiting_payment", 3), (4, "cancelled", 5),
                                (5, "paid", 6))]
    assert len(snapshot(engine)["applicants"]) == 6


# --------------------------------------------------------------------------------------------- quarantine
#: malformed.jsonl: line → (the order number of its reference when readable, what the reasons must say).
MALFORMED: dict[int, tuple[int | None, str]] = {
    1: (None, "not UTF-8 text (byte"),
    2: (None, "not a JSON object: "),
    3: (None, "not a JSON object but a list"),
    4: (None, "not a JSON object but text"),
    5: (None, "reference: missing"),
    6: (None, "reference: is not an order reference (ED-, the year, -, 8 digits"),
    7: (207, "applicant.birth_date: missing"),
    8: (208, "delivery: missing"),
    9: (209, "quantity: must be a whole number"),
    10: (210, "applicant: must be an object"),
    11: (211, "delivery.address.mr_mrs: must be text"),
    12: (212, "service_code: unknown service 'ATT-XYZ'"),
    13: (213, "status: unknown value 'refunded'"),
    14: (214, "delivery.product: unknown value 'C'"),
    15: (215, "payment.brand: unknown value 'AMEX'"),
    16: (216, "delivery.address.mr_mrs: unknown value '4'"),
    17: (217, "quantity: must be a whole number from 1 to 999"),
    18: (218, "quantity: must be a whole number"),
    19: (219, "quantity: must be a whole number from 1 to 999"),
    20: (220, "payment.fee_chf: must be a non-negative amount with exactly two decimals"),
    21: (221, "payment.fee_chf: must be a non-negative amount with exactly two decimals"),
    22: (222, "payment.fee_chf: must be an amount as text with two decimals"),
    23: (223, "payment.postage_chf: must be a non-negative amount with exactly two decimals"),
    24: (224, "payment.fee_chf: must be a non-negative amount with exactly two decimals"),
    25: (225, "ordered_at: the date and time has no offset"),
    26: (226, "payment.validated_at: the date and time has no offset"),
    27: (227, "payment: present although the status is awaiting_payment"),
    28: (228, "payment: missing although the status is paid"),
    29: (229, "payment: missing although the status is paid"),
    30: (230, "payment: present although the status is cancelled"),
    32: (232, "applicant.birth_date: not a real date"),
    33: (233, "concerned_person: must be an object"),
    34: (234, "applicant.language: must be a two-letter language code"),
}


def test_every_reason_of_quarantine_is_named_and_the_rest_of_the_file_goes_on(engine: Engine) -> None:
    assert run(engine, "malformed.jsonl") == FILE_COUNTS["malformed.jsonl"]
    raw = (DATA / "malformed.jsonl").read_bytes().split(b"\n")
    found = quarantine(engine)
    assert sorted(found) == sorted(MALFORMED)
    problems = []
    for number, (n, says) in MALFORMED.items():
        q = found[number]
        expected_reference = reference(n) if n is not None else None
        if q.reference != expected_reference or not any(says in r for r in q.reasons):
            problems.append((number, q.reference, q.reasons))
        assert q.source == "malformed.jsonl"
        assert q.text == raw[number - 1].decode("utf-8", errors="replace")  # no card number: stored as read
    assert problems == []
    assert found[1].text.count("\ufffd") == 1  # the byte that is not UTF-8 is replaced, the rest kept
    assert order(engine, reference(231)).status == "paid"  # line 31, between quarantined lines


def test_card_numbers_are_quarantined_masked_and_an_avs_number_is_not_one(engine: Engine) -> None:
    assert run(engine, "card_numbers.jsonl") == FILE_COUNTS["card_numbers.jsonl"]
    found = quarantine(engine)
    shown = {  # line → (order number, the card as the stored text shows it: at most its first 6 and last 4)
        1: (301, "411111******1111@example.ch"),
        2: (302, "Rue 5555 55** **** 4444"),
        3: (303, "4012-88**-****-1881"),
        4: (304, '"quantity": "411111******1111"'),
        5: (305, '"last_name": "411111******1111"'),
        6: (306, '"4111 11** **** 1111": "x"'),
        7: (307, "c/o 3782 82**** *0005"),
        10: (None, "card 4111 11** **** 1111"),
    }
    assert sorted(found) == sorted(shown)
    for number, (n, masked) in shown.items():
        q = found[number]
        assert q.reference == (reference(n) if n is not None else None), number
        assert q.reasons[0] == str(CARD_REASON), number
        assert masked in q.text, (number, q.text)
        assert find_card_numbers(q.text) == [], number
        for card in (VISA, MASTERCARD, VISA_2, AMEX):
            for written in _forms(card):
                assert written not in q.text and written not in q.stored, (number, written)
                assert all(written not in r for r in q.reasons), (number, written)
    assert found[4].reasons[1:] == ("quantity: must be a whole number",)  # what else is wrong, masked too
    # an AVS number in an avs field is not a card number, even when its digits pass the Luhn check
    assert is_valid_avs(AVS_PASSING_LUHN) and luhn_valid(AVS_PASSING_LUHN)
    dotted = f"{AVS_PASSING_LUHN[:3]}.{AVS_PASSING_LUHN[3:7]}.{AVS_PASSING_LUHN[7:11]}.{AVS_PASSING_LUHN[11:]}"
    own = applicant(engine, order(engine, reference(308)).applicant_id)
    assert own is not None and own.avs == dotted
    concerned = applicant(engine, order(engine, reference(309)).concerned_person_id)
    assert concerned is not None and concerned.avs == dotted


def _forms(card: str) -> list[str]:
    """A card number as it may be written: digits only, in groups of four with spaces or with dashes."""
    groups = [card[i:i + 4] for i in range(0, len(card), 4)]
    return [card, " ".join(groups), "-".join(groups)]


@pytest.mark.parametrize("ascii_only", [False, True])
def test_avs_digits_outside_an_avs_field_are_a_card_number(engine: Engine, ascii_only: bool) -> None:
    """The exemption is for the avs field's value only: the same digits elsewhere on the line are a card number,
    whether or not the line holds ``\\u`` escapes (an accent written ``\\u00e8``)."""
    rec = record(501, applicant__avs=AVS_PASSING_LUHN, applicant__email=f"{AVS_PASSING_LUHN}@example.ch")
    data = json.dumps(rec, ensure_ascii=ascii_only).encode()
    assert run(engine, data + b"\n") == counts(1, quarantined=1)
    (q,) = quarantine(engine).values()
    assert q.reasons[0] == str(CARD_REASON) and AVS_PASSING_LUHN not in q.text
    assert snapshot(engine)["orders"] == []


# --------------------------------------------------------------------------------------------- business defects
#: business_defects.jsonl: order → the condition that fails in review.
DEFECTS = {
    401: "identity_match",  # AVS number with a wrong check digit
    402: "identity_match",  # last name not the register's
    403: "identity_match",  # birth date not the register's
    404: "address_deliverable",  # street longer than eCH-0010's 60 characters
    405: "service_available_when_ordered",  # ordered in 2017, before the service was offered
    406: "payment_complete",  # CHF 20.00 paid for a CHF 25.00 fee
    407: "payment_complete",  # A mail, postage not paid
}


def test_business_defects_are_imported_and_fail_their_condition_in_review(engine: Engine) -> None:
    _register(engine, CLAIRE_AVS, last_name="Martin", first_name="Claire", birth=date(1985, 3, 14))
    anne = add_staff(engine, "anne", Role.CASEWORKER)
    assert run(engine, "business_defects.jsonl") == FILE_COUNTS["business_defects.jsonl"]
    assert quarantine(engine) == {}
    waiting = queues.page_after(engine, queues.QueueSpec(queues.Queue.TO_PROCESS), None, 100, today=TODAY)
    assert sorted(r.reference for r in waiting) == sorted(reference(n) for n in DEFECTS)
    assert all(r.status == "paid" and r.assigned_to is None for r in waiting)
    for row in waiting:
        n = int(row.reference[-8:])
        claiming.claim(engine, anne, row.id, row.version)
        detail = casework.order_detail(engine, anne, row.id, today=TODAY)
        results = {c.code: c.effective for c in detail.conditions}
        assert results[DEFECTS[n]] in ("not_met", "unknown"), (n, results)
        assert DEFECTS[n] in detail.approve_blockers, (n, detail.approve_blockers)
        if DEFECTS[n] != "identity_match":  # only the defect fails: the rest matches the register
            assert results["identity_match"] == "met", (n, results)
    payment = {c.code: c for c in casework.order_detail(engine, anne, order(engine, reference(406)).id,
                                                       today=TODAY).conditions}["payment_complete"]
    assert payment.effective == "not_met" and "short" in str(payment.message)


# --------------------------------------------------------------------------------------------- G3: pinning
@dataclass(frozen=True)
class Versions:
    old: tuple[int, int, int]  # fee schedule, A-mail tariff and rule set of ATT-RES in force until 31.12.2026
    new: tuple[int, int, int]  # from 1.1.2027


@pytest.fixture
def versions_2027(engine: Engine) -> Iterator[Versions]:
    """A new ATT-RES fee (CHF 30.00), A-mail tariff and condition rule set from 1 January 2027. On PostgreSQL the
    reference data outlives the test: the orders pinned to them are removed and the versions undone afterwards."""
    change, eve = date(2027, 1, 1), date(2026, 12, 31)
    with Session(engine) as s:
        fee = s.scalars(select(m.FeeSchedule).where(m.FeeSchedule.service_code == "ATT-RES",
                                                    m.FeeSchedule.valid_to.is_(None))).one()
        tariff = s.scalars(select(m.PostalTariff).where(m.PostalTariff.product_code == "A",
                                                        m.PostalTariff.valid_to.is_(None))).one()
        rules = s.scalars(select(m.ConditionRuleSet).where(m.ConditionRuleSet.service_code == "ATT-RES",
                                                           m.ConditionRuleSet.valid_to.is_(None))).one()
        new_fee = m.FeeSchedule(service_code="ATT-RES", valid_from=change, valid_to=None, fee_centimes=3000,
                                vat_rate_bp=fee.vat_rate_bp, legal_basis=fee.legal_basis)
        new_tariff = m.PostalTariff(product_code="A", valid_from=change, valid_to=None, price_centimes=130)
        new_rules = m.ConditionRuleSet(service_code="ATT-RES", valid_from=change, valid_to=None, remedy=rules.remedy)
        fee.valid_to = tariff.valid_to = rules.valid_to = eve
        s.add_all([new_fee, new_tariff, new_rules])
        s.flush()
        s.add_all([m.ConditionRule(rule_set_id=new_rules.id, position=r.position, code=r.code, label=r.label,
                                   legal_basis=r.legal_basis, mandatory=r.mandatory, evaluator=r.evaluator)
                   for r in rules.rules])
        s.commit()
        versions = Versions((fee.id, tariff.id, rules.id), (new_fee.id, new_tariff.id, new_rules.id))
    yield versions
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {', '.join(MUTABLE_TABLES)} RESTART IDENTITY CASCADE"))
            conn.execute(text("DELETE FROM condition_rules WHERE rule_set_id = :i"), {"i": versions.new[2]})
            conn.execute(text("DELETE FROM condition_rule_sets WHERE id = :i"), {"i": versions.new[2]})
            conn.execute(text("DELETE FROM postal_tariffs WHERE id = :i"), {"i": versions.new[1]})
            conn.execute(text("DELETE FROM fee_schedules WHERE id = :i"), {"i": versions.new[0]})
            for table, i in zip(("fee_schedules", "postal_tariffs", "condition_rule_sets"), versions.old, strict=True):
                conn.execute(text(f"UPDATE {table} SET valid_to = NULL WHERE id = :i"), {"i": i})


def test_orders_are_pinned_to_the_versions_in_force_on_the_geneva_day_of_payment(
    engine: Engine, versions_2027: Versions
) -> None:
    def a_mail(n: int, status: str = "paid", validated_at: str | None = None, **changes: Any) -> dict[str, Any]:
        rec = record(n, status, delivery__product="A", ordered_at="2026-12-30T10:00:00+01:00", **changes)
        if validated_at is not None:
            rec["payment"].update(validated_at=validated_at, postage_chf="1.30")
        return rec

    first = [
        a_mail(601, validated_at="2026-12-31T22:30:00Z"),  # 23:30 in Geneva, 31 December: the old versions
        a_mail(602, validated_at="2026-12-31T23:30:00Z"),  # 00:30 in Geneva, 1 January: the new ones
        a_mail(603, validated_at="2026-12-31T23:59:59+01:00"),
        a_mail(604, validated_at="2027-01-01T00:00:00+01:00"),
        a_mail(605, validated_at="2027-01-05T10:00:00+01:00"),
        a_mail(606, "awaiting_payment"),  # ordered before the change, paid after it (next run)
        a_mail(607, "awaiting_payment"),  # ordered and paid before the change (next run)
    ]
    assert run(engine, lines(*first)) == counts(7, imported=7)
    assert run(engine, lines(a_mail(606, validated_at="2027-01-02T09:00:00+01:00"),
                             a_mail(607, validated_at="2026-12-31T12:00:00+01:00"))) == counts(2, updated=2)
    old, new = versions_2027.old, versions_2027.new
    expected = {601: old, 602: new, 603: old, 604: new, 605: new, 606: new, 607: old}
    assert {n: pins(order(engine, reference(n))) for n in expected} == expected
    assert pins(order(engine, reference(602))) == pins_on(engine, "ATT-RES", "A", date(2027, 1, 1))
    # the shipped data changes on 1.1.2024 too: 23:30 UTC on 31.12.2023 is already 2024 in Geneva
    assert run(engine, lines(record(608, delivery__product="A", payment__validated_at="2023-12-31T23:30:00Z"),
                             record(609, delivery__product="A", payment__validated_at="2023-12-31T22:59:59Z"))
               ) == counts(2, imported=2)
    assert pins(order(engine, reference(608))) == pins_on(engine, "ATT-RES", "A", date(2024, 1, 1))
    assert pins(order(engine, reference(609))) == pins_on(engine, "ATT-RES", "A", date(2023, 12, 31))
    assert pins(order(engine, reference(608)))[:2] != pins(order(engine, reference(609)))[:2]


@pytest.fixture
def fee_amendment_2027(engine: Engine) -> Iterator[tuple[int, int]]:
    """(open ATT-RES fee schedule, an ATT-RES fee schedule of January 2027 only, VAT 0): the open one is not closed,
    the two overlap (the tables allow it: only (service, valid_from) is unique). On PostgreSQL the reference data
    outlives the test: the orders and the amendment are removed afterwards."""
    with Session(engine) as s:
        base = s.scalars(select(m.FeeSchedule).where(m.FeeSchedule.service_code == "ATT-RES",
                                                     m.FeeSchedule.valid_to.is_(None))).one()
        amendment = m.FeeSchedule(service_code="ATT-RES", valid_from=date(2027, 1, 1), valid_to=date(2027, 1, 31),
                                  fee_centimes=2500, vat_rate_bp=0, legal_basis=base.legal_basis)
        s.add(amendment)
        s.commit()
        ids = (base.id, amendment.id)
    yield ids
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {', '.join(MUTABLE_TABLES)} RESTART IDENTITY CASCADE"))
            conn.execute(text("DELETE FROM fee_schedules WHERE id = :i"), {"i": ids[1]})


def test_on_overlapping_versions_the_one_that_started_last_is_in_force(
    engine: Engine, fee_amendment_2027: tuple[int, int]
) -> None:
    """domain.effective: the import pins, and the order's detail reads when nothing is pinned, the same version."""
    base, amendment = fee_amendment_2027
    paid = {651: "2026-12-31T23:59:59+01:00", 652: "2027-01-01T00:00:00+01:00", 653: "2027-01-31T23:59:59+01:00",
            654: "2027-02-01T00:00:00+01:00"}
    assert run(engine, lines(*(record(n, payment__validated_at=at) for n, at in paid.items()))
               ) == counts(4, imported=4)
    expected = {651: base, 652: amendment, 653: amendment, 654: base}
    assert {n: order(engine, reference(n)).fee_schedule_id for n in paid} == expected
    with engine.begin() as conn:  # unpinned: the detail looks the version up on the day of payment
        conn.execute(text("UPDATE orders SET fee_schedule_id = NULL WHERE reference LIKE 'ED-2026-0000065%'"))
    anne = add_staff(engine, "anne", Role.CASEWORKER)
    rates = {n: casework.order_detail(engine, anne, order(engine, reference(n)).id, today=TODAY).payment.vat_rate
             for n in paid}
    assert rates == {651: "8.1", 652: "0", 653: "0", 654: "8.1"}


# --------------------------------------------------------------------------------------------- idempotency
def test_the_same_files_again_write_nothing_but_the_audit_events_of_the_run(engine: Engine) -> None:
    plan = [("new_orders.jsonl", 1000), ("lifecycle.jsonl", 8), ("malformed.jsonl", 1000),
            ("card_numbers.jsonl", 1000), ("business_defects.jsonl", 3)]
    for name, size in plan:
        assert run(engine, name, batch_size=size) == FILE_COUNTS[name]
    before, trail = snapshot(engine), audit_trail(engine)
    assert {k: len(v) for k, v in before.items()} == {"orders": 24, "applicants": 26, "order_events": 26,
                                                      "import_quarantine": 47}
    for name, size in plan:
        total = FILE_COUNTS[name]["lines"]
        assert run(engine, name, batch_size=size) == counts(total, unchanged=total), name
    assert snapshot(engine) == before
    added = audit_trail(engine) - trail
    assert sum(audit_trail(engine).values()) == sum(trail.values()) + sum(added.values())  # nothing else moved
    assert {event[:3] for event in added} == {("system:intake", "orders.imported", "import")}
    for name, size in plan:
        numbers = [i + 1 for i, raw in enumerate((DATA / name).read_bytes().split(b"\n")[:-1]) if raw.strip()]
        batches = [numbers[start:start + size] for start in range(0, len(numbers), size)]
        payloads = [json.loads(event[4]) for event in added.elements() if event[3] == name]
        assert all(p["imported"] == p["updated"] == p["quarantined_lines"] == [] and p["unchanged"] == p["lines"]
                   and p["source"] == name for p in payloads), payloads
        if engine.dialect.name == "sqlite":  # one writer: one event per batch, naming its lines
            assert sorted((p["first_line"], p["last_line"], p["lines"]) for p in payloads) == [
                (b[0], b[-1], len(b)) for b in batches]
        else:  # PostgreSQL writes each batch by two connections, split by reference: one event per part
            assert len(batches) <= len(payloads) <= 2 * len(batches)
            assert sum(p["lines"] for p in payloads) == len(numbers)
            for p in payloads:
                assert any(b[0] <= p["first_line"] <= p["last_line"] <= b[-1] for b in batches), p


def check_lifecycle(engine: Engine, *, source: str = "lifecycle.jsonl", offset: int = 0) -> None:
    """What lifecycle.jsonl leaves (its lines 10–20 read from ``source`` under line numbers less ``offset``)."""
    paid_on = date(2026, 11, 20)
    paid = order(engine, reference(101))
    assert (paid.status, paid.outcome, paid.version, paid.payment_brand, paid.payment_provider_reference,
            paid.fee_paid_centimes, paid.postage_paid_centimes) == ("paid", None, 2, "VISA", "PSP-00000065", 2500, 0)
    assert utc(paid.paid_at) == datetime(2026, 11, 20, 8, 17, 42, tzinfo=UTC)
    assert pins(paid) == pins_on(engine, "ATT-RES", "B", paid_on)
    assert json.loads(paid.intake_digest)["payment"] is not None
    assert history(engine, reference(101)) == [("receive", None, "awaiting_payment"),
                                               ("validate_payment", "awaiting_payment", "paid")]
    cancelled = order(engine, reference(102))
    assert (cancelled.status, cancelled.outcome, cancelled.version, cancelled.paid_at, *pins(cancelled)) == (
        "cancelled", "cancelled", 2, None, None, None, None)
    assert history(engine, reference(102)) == [("receive", None, "awaiting_payment"),
                                               ("cancel", "awaiting_payment", "cancelled")]
    for n, status in ((103, "paid"), (104, "paid"), (105, "cancelled"), (106, "paid"), (107, "paid"),
                      (108, "paid"), (109, "paid")):
        o = order(engine, reference(n))
        assert (o.status, o.version) == (status, 1), n
        assert history(engine, reference(n)) == [("receive", None, status)], n
    untouched = order(engine, reference(106))
    assert untouched.payment_provider_reference == "PSP-0000006A"
    assert (order(engine, reference(107)).addr_street, order(engine, reference(109)).quantity) == (
        "Rue de Lausanne", 1)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT first_name FROM applicants a JOIN orders o ON o.applicant_id = a.id "
                                 "WHERE o.reference = :r"), {"r": reference(108)}).scalar_one() == "Anne"
    found = quarantine(engine)
    says = {  # line of lifecycle.jsonl → (order, what the reasons must say, what they must not)
        13: (104, "it can no longer be cancelled and the fee is kept (G2)", None),
        14: (105, "was cancelled before payment: a payment cannot follow", None),
        15: (106, "the payment differs from the one already recorded", None),
        16: (107, "(delivery product or address)", "applicant"),
        17: (108, "(applicant)", "delivery"),
        18: (109, "(service, quantity or order date)", "applicant"),
    }
    assert sorted(found) == [line - offset for line in says]
    for line, (n, text_, not_text) in says.items():
        q = found[line - offset]
        assert (q.reference, q.source) == (reference(n), source)
        assert len(q.reasons) == 1 and text_ in q.reasons[0] and reference(n) in q.reasons[0], q.reasons
        assert not_text is None or not_text not in q.reasons[0], q.reasons
        assert q.text == json.dumps(json.loads(q.text), ensure_ascii=False)  # the line as sent


@pytest.mark.parametrize("runs", ["one file", "two runs"])
def test_payments_cancellations_and_conflicts(engine: Engine, runs: str) -> None:
    """awaiting_payment → paid and → cancelled are updates; an earlier state is unchanged; cancelling a paid order
    (G2), paying a cancelled one, another payment and any other change are conflicts; a conflict sent again is
    unchanged."""
    data = (DATA / "lifecycle.jsonl").read_bytes()
    if runs == "one file":
        assert run(engine, data, source="lifecycle.jsonl", batch_size=3) == FILE_COUNTS["lifecycle.jsonl"]
        check_lifecycle(engine)
    else:
        split = data.split(b"\n")
        assert run(engine, b"\n".join(split[:9]) + b"\n", source="first.jsonl") == counts(9, imported=9)
        assert run(engine, b"\n".join(split[9:]), source="then.jsonl") == counts(
            11, updated=2, unchanged=3, quarantined=6)
        check_lifecycle(engine, source="then.jsonl", offset=9)
    before = snapshot(engine)
    assert run(engine, data, source="lifecycle.jsonl", batch_size=7) == counts(20, unchanged=20)
    assert snapshot(engine) == before


def test_an_order_not_received_through_an_import_is_not_overwritten(engine: Engine) -> None:
    """An order entered otherwise (no intake digest to compare with) is a conflict, to be compared by hand."""
    (order_id,) = add_orders(engine, 1, status="awaiting_payment")
    with engine.connect() as conn:
        ref = conn.execute(text("SELECT reference FROM orders WHERE id = :i"), {"i": order_id}).scalar_one()
    before = snapshot(engine)
    n = int(ref[-8:])
    assert run(engine, lines(record(n), record(n, "awaiting_payment"))) == counts(2, quarantined=2)
    reasons = [q.reasons for q in quarantine(engine).values()]
    assert reasons == [(f"order {ref} already exists and was not received through an import: compare it with "
                        "this line by hand",)] * 2
    after = snapshot(engine)
    assert {t: after[t] for t in ("orders", "applicants", "order_events")} == {
        t: before[t] for t in ("orders", "applicants", "order_events")}


# --------------------------------------------------------------------------------------------- rights
@pytest.mark.parametrize("role", [Role.CASEWORKER, Role.MAILROOM, Role.ADMIN, Role.AUDITOR])
def test_only_the_intake_and_supervisors_import(engine: Engine, role: Role) -> None:
    someone = add_staff(engine, f"x_{role.value}", role)
    trail = audit_trail(engine)
    with pytest.raises(PermissionDenied):
        run(engine, "new_orders.jsonl", actor=someone)
    assert all(rows == [] for rows in snapshot(engine).values())
    assert audit_trail(engine) == trail
    sophie = add_staff(engine, "sophie", Role.SUPERVISOR)
    assert run(engine, "lifecycle.jsonl", actor=sophie) == FILE_COUNTS["lifecycle.jsonl"]
    check_lifecycle(engine)
    assert {o.updated_by for o in (order(engine, reference(n)) for n in range(101, 110))} == {"sophie"}


def test_quarantined_lines_are_listed_and_resolved_by_a_supervisor_once(engine: Engine) -> None:
    sophie = add_staff(engine, "sophie", Role.SUPERVISOR)
    anne = add_staff(engine, "anne", Role.CASEWORKER)
    run(engine, "card_numbers.jsonl")
    for actor in (anne, SYSTEM_INTAKE, add_staff(engine, "thomas", Role.ADMIN)):
        with pytest.raises(PermissionDenied):
            quarantine_rows(engine, actor)
        with pytest.raises(PermissionDenied):
            resolve_quarantine(engine, actor, 1, "Renvoyée corrigée par la plateforme")
    listed = quarantine_rows(engine, sophie)
    assert (listed.open_count, listed.total, len(listed.rows)) == (8, 8, 8)
    assert sorted(r.line_number for r in listed.rows) == [1, 2, 3, 4, 5, 6, 7, 10]
    assert [r.id for r in listed.rows] == sorted((r.id for r in listed.rows), reverse=True)  # newest first
    assert all(find_card_numbers(r.text) == [] and r.reasons[0] == CARD_REASON for r in listed.rows)
    (target,) = (r for r in listed.rows if r.line_number == 1)
    with pytest.raises(DomainError, match="at least 10 characters"):
        resolve_quarantine(engine, sophie, target.id, "  fait    ")
    trail = audit_trail(engine)
    note = "Ligne renvoyée sans numéro de carte par la plateforme"
    done = resolve_quarantine(engine, sophie, target.id, note)
    assert (done.resolved_by, done.resolution_note, done.line_number) == ("sophie", note, 1)
    assert done.resolved_at is not None
    added = audit_trail(engine) - trail
    # on PostgreSQL the database adds its own trace of the row change (migration 0012), naming columns, no values
    assert [(k[1], k[2], k[3], k[4]) for k in added if k[1].startswith("row.")] == (
        [("row.update", "import_quarantine", str(target.id),
          '{"columns": ["resolution_note", "resolved_at", "resolved_by"]}')]
        if engine.dialect.name == "postgresql" else [])
    assert Counter({k: n for k, n in added.items() if not k[1].startswith("row.")}) == Counter({(
        "sophie", "quarantine.resolved", "import_quarantine", str(target.id),
        json.dumps({"line": 1, "reference": reference(301), "source": "card_numbers.jsonl"},
                   separators=(",", ":"), sort_keys=True)): 1})
    with pytest.raises(NotFound):
        resolve_quarantine(engine, sophie, 999_999, note)
    with pytest.raises(DomainError, match="already resolved by sophie"):
        resolve_quarantine(engine, sophie, target.id, note + " (encore)")
    after = quarantine_rows(engine, sophie)
    assert (after.open_count, after.total, len(after.rows)) == (7, 8, 7)
    everything = quarantine_rows(engine, sophie, include_resolved=True)
    assert [r.resolved_by for r in everything.rows if r.id == target.id] == ["sophie"]
    # the same line sent again stays unchanged: it was dealt with, not forgotten
    assert run(engine, "card_numbers.jsonl") == counts(10, unchanged=10)


# --------------------------------------------------------------------------------------------- PostgreSQL logins
def _refused(engine: Engine, sql: str) -> None:
    with pytest.raises(DBAPIError) as caught, engine.connect() as conn:
        conn.execute(text(sql))
    assert getattr(caught.value.orig, "sqlstate", None) == "42501", sql


@pytest.mark.postgres
def test_the_intake_login_imports_with_its_own_grants_and_reads_no_personal_data(
    pg_engine: Engine, pg_server: dict[str, str]
) -> None:
    with pg_login(pg_engine, pg_server, "intake_ida", ["intake"]) as (ida, engine):
        assert run(engine, "lifecycle.jsonl", actor=ida, batch_size=6) == FILE_COUNTS["lifecycle.jsonl"]
        check_lifecycle(pg_engine)
        for name in ("new_orders.jsonl", "malformed.jsonl", "card_numbers.jsonl"):
            assert run(engine, name, actor=ida) == FILE_COUNTS[name]
        before = snapshot(pg_engine)
        for name in ("lifecycle.jsonl", "new_orders.jsonl", "malformed.jsonl", "card_numbers.jsonl"):
            total = FILE_COUNTS[name]["lines"]
            assert run(engine, name, actor=ida) == counts(total, unchanged=total)
        assert snapshot(pg_engine) == before
        assert {o.updated_by for o in (order(pg_engine, reference(n)) for n in (1, 101, 231))} == {ida.username}
        for sql in ("SELECT last_name FROM applicants", "SELECT addr_street FROM orders",
                    "SELECT line_masked FROM import_quarantine", "SELECT last_name FROM register_persons",
                    "UPDATE orders SET addr_street = 'x'", "DELETE FROM import_quarantine"):
            _refused(engine, sql)
        with pytest.raises(PermissionDenied):
            quarantine_rows(engine, ida)


@pytest.mark.postgres
def test_a_supervisor_login_imports_and_resolves_quarantined_lines(
    pg_engine: Engine, pg_server: dict[str, str]
) -> None:
    with pg_login(pg_engine, pg_server, "intake_sup_sophie", ["supervisor"]) as (sophie, engine):
        assert run(engine, "lifecycle.jsonl", actor=sophie) == FILE_COUNTS["lifecycle.jsonl"]
        check_lifecycle(pg_engine)
        assert run(engine, "card_numbers.jsonl", actor=sophie) == FILE_COUNTS["card_numbers.jsonl"]
        listed = quarantine_rows(engine, sophie)
        assert listed.open_count == 6 + 8
        done = resolve_quarantine(engine, sophie, listed.rows[0].id, "Traitée avec la plateforme e-démarches")
        assert done.resolved_by == sophie.username
        with pytest.raises(DomainError, match="already resolved"):
            resolve_quarantine(engine, sophie, listed.rows[0].id, "Traitée avec la plateforme e-démarches")
        assert quarantine_rows(engine, sophie).open_count == 6 + 8 - 1


@pytest.mark.postgres
def test_a_caseworker_login_cannot_import_even_claiming_the_intake_role(
    pg_engine: Engine, pg_server: dict[str, str]
) -> None:
    with pg_login(pg_engine, pg_server, "intake_cw_anne", ["caseworker"]) as (anne, engine):
        with pytest.raises(PermissionDenied):
            run(engine, "new_orders.jsonl", actor=anne)
        pretending = Actor(anne.username, frozenset({Role.INTAKE}))  # the service believes it: the database not
        with pytest.raises(DBAPIError) as caught:
            run(engine, "new_orders.jsonl", actor=pretending)
        assert getattr(caught.value.orig, "sqlstate", None) == "42501"
        assert all(rows == [] for rows in snapshot(pg_engine).values())
        with pg_engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM audit_events WHERE action = 'orders.imported'")
                                ).scalar_one() == 0


# --------------------------------------------------------------------------------------------- the data files
def write_data_files() -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    for name, make in FILES.items():
        (DATA / name).write_bytes(make())


if __name__ == "__main__":
    write_data_files()
