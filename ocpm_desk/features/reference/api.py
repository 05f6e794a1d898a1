"""The reference feature's API: the catalogue of services and postal products on a day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from ocpm_desk.kernel.api import reads


@dataclass(frozen=True, slots=True)
class ServiceOffer:
    code: str
    label: str  # French label from the catalogue
    fee_centimes: int
    vat_rate: str  # percent as text, e.g. "8.1"; "0" when no VAT
    active_from: date
    active_to: date | None


@dataclass(frozen=True, slots=True)
class PostalProductOffer:
    code: str
    label: str
    price_centimes: int
    registered: bool
    international: bool


@dataclass(frozen=True, slots=True)
class Catalogue:
    on: date
    services: tuple[ServiceOffer, ...]
    postal_products: tuple[PostalProductOffer, ...]


class ReferenceApi(Protocol):
    """Reference data (``session.reference``)."""

    @reads
    def catalogue(self, on: date) -> Catalogue: ...
