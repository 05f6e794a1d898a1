"""How the demo orders of phase 1 are spread: statuses and their ages, services, postal products, payment brands,
quantities, hours of the day, the deliberate defects that make one automatic condition fail, hold reasons, and the
weighted choice (``Weighted``) they are all drawn with."""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Sequence
from typing import Generic, TypeVar

from ocpm_desk.demo.staff import ASSIGNEE_WEIGHTS, ASSIGNEES
from ocpm_desk.kernel.lifecycle import Status

#: Days before ``today`` over which orders spread (the most recent ones are the most numerous).
WINDOW_DAYS = 120


def _cumulative(weights: Sequence[float]) -> list[float]:
    out: list[float] = []
    total = 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


T = TypeVar("T")


class Weighted(Generic[T]):
    """A weighted choice drawn with one ``random()`` (``random.choices`` rebuilds its tables on every call)."""

    __slots__ = ("_cum", "_last", "_total", "_values")

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self._values = [value for value, _w in pairs]
        self._cum = _cumulative([w for _v, w in pairs])
        self._total = self._cum[-1]
        self._last = len(self._values) - 1

    def pick(self, rng: random.Random) -> T:
        return self._values[bisect_right(self._cum, rng.random() * self._total, 0, self._last)]


# ------------------------------------------------------------------------------------------------ proportions
# Statuses this part of the seed owns (the others come from the services that make them).
STATUS_WEIGHTS: tuple[tuple[Status, float], ...] = (
    (Status.AWAITING_PAYMENT, 3),
    (Status.CANCELLED, 2),
    (Status.PAID, 18),
    (Status.IN_REVIEW, 6),
    (Status.ON_HOLD, 3),
    (Status.APPROVED, 66),
    (Status.WITHDRAWN, 2),
)
# Age of an order (days before today) per status: range and decay of its density. Approved orders fill what the
# others leave of a smooth daily inflow (slowly growing: e^(-age/INFLOW_DECAY)), so that inflow per day looks real.
AGE: dict[Status, tuple[int, int, float]] = {
    Status.AWAITING_PAYMENT: (1, 30, 10.0),
    Status.CANCELLED: (1, WINDOW_DAYS, 80.0),
    Status.PAID: (1, 24, 40.0),
    Status.IN_REVIEW: (1, 30, 20.0),
    Status.ON_HOLD: (3, 60, 25.0),
    Status.WITHDRAWN: (3, WINDOW_DAYS, 80.0),
}
APPROVED_MIN_AGE = 3
INFLOW_DECAY = 100.0
SERVICE_WEIGHTS = (("ATT-RES", 50), ("ATT-DEP", 20), ("ATT-RES-HIST", 12), ("ATT-RES-CIV", 10), ("ATT-DEP-HIST", 8))
DOMESTIC = (("B", 75.3), ("A", 16.1), ("R", 8.6))  # B 70 %, A 15 %, R 8 % of all orders once 7 % go abroad
INTERNATIONAL = (("INT-ECO", 45), ("INT-PRIO", 35), ("INT-R", 20))
BRANDS = (("VISA", 48), ("MASTERCARD", 37), ("POSTFINANCE", 15))
QUANTITIES = ((1, 93), (2, 5), (3, 2))
# local hour of an order on the web platform (none after 23:00, so that payment falls the same day)
HOUR_WEIGHTS = (0.2, 0.1, 0.05, 0.05, 0.05, 0.2, 0.5, 1.5, 3, 4, 4.5, 4, 3, 3.5, 4, 4, 3.5, 3, 2.5, 2.5, 2.5,
                2, 1, 0)

OPEN = frozenset({Status.PAID, Status.IN_REVIEW, Status.ON_HOLD, Status.WITHDRAWN})
UNPAID = frozenset({Status.AWAITING_PAYMENT, Status.CANCELLED})

# Deliberate defects: (kind, the condition it makes fail, probability per open order, services it applies to)
_RES = frozenset({"ATT-RES", "ATT-RES-CIV"})
_ALL = frozenset({"ATT-RES", "ATT-RES-HIST", "ATT-RES-CIV", "ATT-DEP", "ATT-DEP-HIST"})
DEFECTS: tuple[tuple[str, str, float, frozenset[str]], ...] = (
    ("payment_short", "payment_complete", 0.03, _ALL),
    ("identity_name", "identity_match", 0.03, _ALL),
    ("identity_birth", "identity_match", 0.02, _ALL),
    ("identity_avs", "identity_match", 0.02, _ALL),
    ("not_registered", "registered_in_geneva", 0.06, _RES),
    ("no_history", "residence_history_exists", 0.10, frozenset({"ATT-RES-HIST"})),
    ("not_swiss", "swiss_citizen", 0.10, frozenset({"ATT-RES-CIV"})),
    ("not_departed", "departed_from_geneva", 0.08, frozenset({"ATT-DEP", "ATT-DEP-HIST"})),
    ("third_party", "requester_entitled", 0.03, _ALL),
    ("address_long", "address_deliverable", 0.02, _ALL),
    ("address_product", "address_deliverable", 0.02, _ALL),
)
UNPAID_DEFECT_FACTOR = 0.3  # orders never paid carry fewer defects (and never a payment one)
IN_REVIEW_DEFECT_FACTOR = 2.0  # orders in review carry more: phase 2 takes its refusal cases among them

HOLD_REASONS = {
    "third_party": "Attente de la procuration",
    "identity_name": "Attente d'une copie de la pièce d'identité",
    "identity_birth": "Attente d'une copie de la pièce d'identité",
    "identity_avs": "Demande du numéro AVS exact au demandeur",
    "payment_short": "Attente du complément de la taxe",
    "address_long": "Attente d'une adresse de livraison conforme",
    "address_product": "Attente d'une adresse de livraison conforme",
    "not_registered": "Vérification du domicile auprès du contrôle des habitants",
    "not_departed": "Vérification de l'annonce de départ",
    "not_swiss": "Vérification de la nationalité auprès de l'état civil",
    "no_history": "Recherche du dossier dans les archives",
}
# what some applicants type into the street field: always beyond the 60 characters of eCH-0010
LONG_STREET_TAIL = "entrée par la cour intérieure, bâtiment C, 3e étage, porte gauche"
GENERIC_HOLDS = (
    "Attente de la procuration",
    "Demande de précisions au demandeur",
    "Vérification auprès de l'état civil",
    "Attente d'un justificatif du demandeur",
)

PICK_SERVICE = Weighted(SERVICE_WEIGHTS)
PICK_DOMESTIC = Weighted(DOMESTIC)
PICK_INTERNATIONAL = Weighted(INTERNATIONAL)
PICK_BRAND = Weighted(BRANDS)
PICK_QUANTITY = Weighted(QUANTITIES)
PICK_ASSIGNEE = Weighted(list(zip(ASSIGNEES, ASSIGNEE_WEIGHTS, strict=True)))
PICK_CLAIM_DELAY = Weighted(list(enumerate((20, 25, 18, 12, 9, 6, 4, 3, 3))))  # working days after payment
PICK_APPROVAL_DELAY = Weighted([(0, 70), (1, 20), (2, 10)])  # working days after the claim
