"""What reading one line of an intake file gives: an ``IntakeOrder`` (a well-formed record, ready to become or to be
compared with an order, with the digest of its sections) or a ``Quarantined`` line (masked text and reasons)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from ocpm_desk.kernel.lifecycle import Status
from ocpm_desk.kernel.phrases import Phrase


@dataclass(frozen=True, slots=True)
class PersonData:
    avs: str
    last_name: str
    first_name: str
    birth_date: date
    email: str | None
    language: str


@dataclass(frozen=True, slots=True)
class PaymentData:
    brand: str
    provider_reference: str
    fee_centimes: int
    postage_centimes: int
    validated_at: datetime  # UTC


SECTIONS = ("order", "applicant", "concerned_person", "delivery", "payment")
_SORTED_SECTIONS = tuple(sorted(SECTIONS))


@dataclass(frozen=True, slots=True)
class IntakeOrder:
    """A well-formed record, ready to become (or to compare with) an order."""

    line_number: int
    reference: str
    service_code: str
    quantity: int
    ordered_at: datetime  # UTC
    status: Status
    applicant: PersonData
    concerned_person: PersonData | None
    product: str
    address: Mapping[str, str | None]  # the ``orders.addr_*`` columns
    payment: PaymentData | None
    digest: Mapping[str, str | None]  # section → short SHA-256 (see ``digest_text``)

    def digest_text(self) -> str:
        """The compact JSON kept in ``orders.intake_digest``: one 16-hex SHA-256 prefix per section."""
        d = self.digest  # written by hand (hex or null, keys sorted): json.dumps cost more than the rest of a row
        return "{" + ",".join(f'"{k}":null' if d.get(k) is None else f'"{k}":"{d[k]}"' for k in _SORTED_SECTIONS) + "}"


@dataclass(frozen=True, slots=True)
class Quarantined:
    """A line that cannot become an order: only its masked text ever leaves the intake rules."""

    line_number: int
    reference: str | None
    text: str  # card numbers masked; cut after MAX_STORED_CHARS
    sha256: str  # of ``text``
    reasons: tuple[Phrase, ...]  # keyed (``REASONS``): stored by ``stored_reasons``
    card_number: bool = False


def _short(*parts: Any) -> str:
    """A 16-hex SHA-256 prefix of values (text, numbers, None, tuples of those): ``repr`` is exact for them."""
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:16]


def _person_digest(person: PersonData | None) -> tuple[Any, ...]:
    if person is None:
        return ()
    return (person.avs, person.last_name, person.first_name, person.birth_date.isoformat(), person.email,
            person.language)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def order_digest(reference: str, service: str, quantity: int, ordered_at: datetime, applicant: PersonData,
                 concerned: PersonData | None, product: str, address: Mapping[str, str | None],
                 payment: PaymentData | None) -> dict[str, str | None]:
    """The digest of a record (``IntakeOrder.digest``): one short SHA-256 per section."""
    return {
        "order": _short(reference, service, quantity, _iso(ordered_at)),
        "applicant": _short(*_person_digest(applicant)),
        "concerned_person": None if concerned is None else _short(*_person_digest(concerned)),
        "delivery": _short(product, tuple(sorted(address.items()))),
        "payment": None if payment is None else _short(payment.brand, payment.provider_reference,
                                                       payment.fee_centimes, payment.postage_centimes,
                                                       _iso(payment.validated_at)),
    }
