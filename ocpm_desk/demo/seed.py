"""Demo data (DESIGN §5 ``seed-demo``): staff accounts, a coherent population register, realistic orders, and the
refusal and mail-room work the services make — every status of DESIGN §3.

``seed_demo(engine, orders=N)`` migrates the database and loads the reference data (both idempotent), then works in
four phases.

**Phase 1, one transaction, bulk-loaded:**

- the demo accounts (``DEMO_ACCOUNTS``, password ``DEMO_PASSWORD``; argon2 hashes on SQLite, NULL on PostgreSQL
  where the server checks passwords) in the team ``Équipe attestations``;
- the population register: persons with valid AVS numbers, Geneva residences (open for residents, closed with a
  destination for departed persons, several for a residence history), parents as guardians of minors;
- the orders with their applicants (the person as typed on the web platform) and their history (``order_events``),
  in the statuses ``awaiting_payment``, ``cancelled``, ``paid``, ``in_review``, ``on_hold``, ``approved``,
  ``shipped``, ``delivered``, ``withdrawn``. Every status path is checked against the lifecycle's transition table
  (``find_transition``, and ``check_transition`` with the actor's roles) before it is written; actions, outcome and
  ``version`` (1 + status changes) come from it. Paid orders are pinned to the fee schedule, postal tariff and rule
  set in force at ``paid_at`` (G3); payments keep a brand and a provider reference only, never a card number (G10).
- granted orders (about two thirds): the latest ones (``_RECENT_APPROVALS``: one in 25 orders, 4 to 30) are approved
  on the last two working days; those approved then stay ``approved`` — the latest ``_WAITING_MAX`` at most — and
  get their attestation as the approval makes it (``documents.make_attestation`` as their approver, dated the day of
  approval, in this transaction: ≈ 10 ms each). All the others went through the mail room (as ``courrier``): printed
  the same or the next working day (``ready_to_ship``), shipped the same day (``shipped``; a ``shipments`` row:
  content ``attestation``, the product ordered, an item number only for registered products — unique, Swiss Post
  domestic ``98.40.117063.1xxxxxxx`` or UPU S10 ``RR…CH`` abroad), and, for tracked products once the post reported
  it before today, ``delivered`` (``delivered_on``, ``notified_on``; ``tracking_events`` rows, a delivery attempt
  first for one in five, collected at the post office later). The post reports nothing of unregistered letters:
  those stay ``shipped``. **Historic orders have no stored attestation PDF** (rendering tens of thousands would take
  minutes; documents exist from this version on) and their registered shipments no deposit list.
- one audit event ``demo.seeded`` with the counts of this phase (not one event per row).

A share of the open orders is made to fail one automatic condition each, so that every condition has cases to
show: ``payment_complete`` (fee paid short), ``identity_match`` (a name spelled differently, a birth date off, an
AVS number with a wrong check digit), ``registered_in_geneva``, ``residence_history_exists`` (a person not in the
register, so ``identity_match`` fails too), ``swiss_citizen``, ``departed_from_geneva``, ``requester_entitled`` (a
third party orders for an adult), ``address_deliverable`` (over the eCH-0010 limits, or a Swiss product to an
address abroad). Approved orders carry none of them; orders in review twice as often as the other open ones (they
were claimed soon after payment), since phase 2 takes its cases among them.
``service_available_when_ordered`` cannot fail: every service of the catalogue has been active since 2018.

**Phase 2, refusal work through the services** (``casework``, ``decisions``; each call its own transaction with
its history rows and audit events), as the demo accounts and with the seed's ``today``: orders in review made to
fail a condition are opened by their assignee (which evaluates their conditions; an order whose refusal draft
suggests no ground is skipped) and taken — about one order of each kind per 500 orders, at least one when there
are candidates enough, at most 8 — to

- a hearing letter sent in the last days and waiting for its answer (``on_hold``; ``documents`` kind
  ``hearing_letter``, ``hearings``, the refusal draft);
- a refusal proposal waiting for a supervisor (``refusal_proposed``): proposals by each caseworker and one by
  ``responsable``, which ``responsable2`` is to decide;
- a proposal returned with a comment, back in review with its author;
- a decision issued by the supervisor who is not its author (``refused``: number, PDF and its SHA-256).

Before proposing, the applicant is heard in turn: recorded as not needed (with the reason), or a hearing letter
sent about 20 days before today whose comments — or their absence, after the time limit — are recorded.
``SeedSummary.refusals`` counts them. Two more decisions than other kinds are issued, so that the mail room has
some to send and one is left to print.

**Phase 3, the mail room's day through the services** (``mailroom``; see ``_MailWork``), as ``courrier`` and the
caseworkers: the hearing letters of phase 2 printed and shipped; up to 5 waiting attestations (at most half of them;
the others stay ``approved``) and all issued decisions but one (left ``refused``) printed in one job to a temporary
PDF file (deleted), then shipped — but one attestation left ``ready_to_ship`` — with new item numbers; a tracking
import (a delivery, a delivery attempt); returns: an attestation ``unknown_address`` sent again to a corrected
address by its caseworker (``ready_to_ship``), one ``moved`` left ``returned``, a decision ``not_collected`` after
the attempt (``returned``, deemed notified); corrections on two historic orders, attributable to the OCPM (reissued:
``approved`` with a new attestation) and to the applicant (recorded); the day's deposit list with its SHA-256.
``SeedSummary.mailroom`` counts them. The services stamp their rows with the clock (``shipped_at``, ``printed_at``):
the deposit list is the one of the day the items were really shipped, and tracking dates are not before it.

**Phase 4, the intake** (``intake.import_orders`` as the intake account): a small file from the e-démarches
platform whose five lines cannot become orders — a card number typed into the e-mail field (stored masked), a
service the catalogue does not have, an amount without its decimals, a paid order without its payment, a line cut
off in transfer — goes to ``import_quarantine``; the supervisor ``responsable`` resolves the unknown service with a
note. ``SeedSummary.intake`` counts them. The orders of phases 1–3 do not change.

``statuses`` and the services' tables in ``rows`` are read back from the database. If phase 2, 3 or 4 fails, what the
seed wrote is deleted again (see ``seed_demo``).

The same ``seed`` and ``today`` give the same data (but for what the services take from the clock). Rows of phase 1
are written with SQLAlchemy Core ``insert`` in chunks, ids assigned here (orders reference their applicants without
a round trip): 100 000 orders take about a minute on SQLite; phases 2 and 3 add a few seconds (about 150 ms per
order worked on, letters rendered included). 2 000 orders (``make run``) take a few seconds.
"""

from __future__ import annotations

import io
import json
import math
import random
import time as _time
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Generic, NamedTuple, TypeVar

from sqlalchemy import Engine, delete, func, insert, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ocpm_desk.features.casework import handling as casework
from ocpm_desk.features.intake import imports as intake
from ocpm_desk.features.mailroom import mailroom
from ocpm_desk.features.mailroom.api import PrintDestination, PrintItem
from ocpm_desk.features.refusals import decisions
from ocpm_desk.features.refusals.api import DraftInput
from ocpm_desk.infrastructure.audit_store import append_audit
from ocpm_desk.infrastructure.database import upgrade
from ocpm_desk.infrastructure.db.models import Base
from ocpm_desk.infrastructure.passwords import hash_password
from ocpm_desk.infrastructure.reference_data import load_reference_data
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.addresses import PostalAddress, delivery_problems
from ocpm_desk.kernel.calendar import GENEVA, add_working_days, geneva_date, is_working_day, notification_date
from ocpm_desk.kernel.effective import version_in_force
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError
from ocpm_desk.kernel.identifiers import is_valid_avs, is_valid_domestic_item_number, is_valid_s10, s10_check_digit
from ocpm_desk.kernel.letters import hearing_reply_by
from ocpm_desk.kernel.lifecycle import (
    ASSIGNED_STATUSES,
    Outcome,
    Status,
    check_transition,
    find_transition,
    outcome_after,
)
from ocpm_desk.kernel.notes import Code, encode, text_note
from ocpm_desk.kernel.notes import note as stored
from ocpm_desk.kernel.phrases import Phrase
from ocpm_desk.kernel.references import make_order_reference
from ocpm_desk.kernel.roles import Role

__all__ = [
    "DEMO_ACCOUNTS",
    "DEMO_PASSWORD",
    "DEMO_TEAM",
    "SEED_ACTOR",
    "SeedSummary",
    "seed_demo",
]

DEMO_PASSWORD = "ocpm-demo"
DEMO_TEAM = "Équipe attestations"
SEED_ACTOR = "system:seed"

#: (username, display name, roles) of the demo accounts; two supervisors so that four-eyes approval can be shown.
DEMO_ACCOUNTS: tuple[tuple[str, str, tuple[Role, ...]], ...] = (
    ("gestionnaire", "Camille Rochat", (Role.CASEWORKER,)),
    ("gestionnaire2", "Luca Ferrari", (Role.CASEWORKER,)),
    ("responsable", "Sophie Favre", (Role.SUPERVISOR,)),
    ("responsable2", "Marc Dubois", (Role.SUPERVISOR,)),
    ("courrier", "Nadia Benali", (Role.MAILROOM,)),
    ("admin", "Thomas Keller", (Role.ADMIN,)),
    ("auditeur", "Élise Morand", (Role.AUDITOR,)),
    ("intake", "Plateforme e-démarches", (Role.INTAKE,)),
)
_TEAM_MEMBERS = ("gestionnaire", "gestionnaire2", "responsable", "responsable2")
_ROLES_OF: dict[str, frozenset[Role]] = {name: frozenset(roles) for name, _d, roles in DEMO_ACCOUNTS}
_INTAKE = "intake"
_ASSIGNEES = ("gestionnaire", "gestionnaire2", "responsable")
_ASSIGNEE_WEIGHTS = (40, 40, 20)
_SUPERVISORS = ("responsable", "responsable2")

#: Days before ``today`` over which orders spread (the most recent ones are the most numerous).
WINDOW_DAYS = 120
_CHUNK = 10_000  # orders per insert chunk (≈ 40 000 rows with applicants and events)
_DEBUG_ORDERS = 1_000  # the first orders get every address checked by the domain, not only the defective ones

Row = dict[str, Any]
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class SeedSummary:
    """What ``seed_demo`` wrote. Counts are rows written by the seed and the services it called (reference data not
    included); ``statuses`` are read back from the database at the end."""

    orders: int
    seed: int
    today: date
    rows: Mapping[str, int]  # table → rows written
    statuses: Mapping[str, int]  # order status → orders
    services: Mapping[str, int]  # service code → orders
    products: Mapping[str, int]  # postal product → orders
    defects: Mapping[str, int]  # automatic condition → orders made to fail it
    refusals: Mapping[str, int]  # refusal work done through the services (``_REFUSAL_COUNTS``) → orders
    mailroom: Mapping[str, int]  # mail-room work done through the services (``_MAIL_COUNTS``) → count
    intake: Mapping[str, int]  # phase 4: lines of the demo intake file quarantined, and resolved
    replaced_orders: int  # orders deleted first (reset=True)
    elapsed_seconds: float


# ------------------------------------------------------------------------------------------------ proportions
# Statuses this part of the seed owns (the others come from the services that make them).
_STATUS_WEIGHTS: tuple[tuple[Status, float], ...] = (
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
_AGE: dict[Status, tuple[int, int, float]] = {
    Status.AWAITING_PAYMENT: (1, 30, 10.0),
    Status.CANCELLED: (1, WINDOW_DAYS, 80.0),
    Status.PAID: (1, 24, 40.0),
    Status.IN_REVIEW: (1, 30, 20.0),
    Status.ON_HOLD: (3, 60, 25.0),
    Status.WITHDRAWN: (3, WINDOW_DAYS, 80.0),
}
_APPROVED_MIN_AGE = 3
_INFLOW_DECAY = 100.0
_SERVICE_WEIGHTS = (("ATT-RES", 50), ("ATT-DEP", 20), ("ATT-RES-HIST", 12), ("ATT-RES-CIV", 10), ("ATT-DEP-HIST", 8))
_DOMESTIC = (("B", 75.3), ("A", 16.1), ("R", 8.6))  # B 70 %, A 15 %, R 8 % of all orders once 7 % go abroad
_INTERNATIONAL = (("INT-ECO", 45), ("INT-PRIO", 35), ("INT-R", 20))
_BRANDS = (("VISA", 48), ("MASTERCARD", 37), ("POSTFINANCE", 15))
_QUANTITIES = ((1, 93), (2, 5), (3, 2))
# local hour of an order on the web platform (none after 23:00, so that payment falls the same day)
_HOUR_WEIGHTS = (0.2, 0.1, 0.05, 0.05, 0.05, 0.2, 0.5, 1.5, 3, 4, 4.5, 4, 3, 3.5, 4, 4, 3.5, 3, 2.5, 2.5, 2.5,
                 2, 1, 0)

_OPEN = frozenset({Status.PAID, Status.IN_REVIEW, Status.ON_HOLD, Status.WITHDRAWN})
_UNPAID = frozenset({Status.AWAITING_PAYMENT, Status.CANCELLED})

# Deliberate defects: (kind, the condition it makes fail, probability per open order, services it applies to)
_RES = frozenset({"ATT-RES", "ATT-RES-CIV"})
_ALL = frozenset({"ATT-RES", "ATT-RES-HIST", "ATT-RES-CIV", "ATT-DEP", "ATT-DEP-HIST"})
_DEFECTS: tuple[tuple[str, str, float, frozenset[str]], ...] = (
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
_UNPAID_DEFECT_FACTOR = 0.3  # orders never paid carry fewer defects (and never a payment one)
_IN_REVIEW_DEFECT_FACTOR = 2.0  # orders in review carry more: phase 2 takes its refusal cases among them

_HOLD_REASONS = {
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
_LONG_STREET_TAIL = "entrée par la cour intérieure, bâtiment C, 3e étage, porte gauche"
_GENERIC_HOLDS = (
    "Attente de la procuration",
    "Demande de précisions au demandeur",
    "Vérification auprès de l'état civil",
    "Attente d'un justificatif du demandeur",
)

# ------------------------------------------------------------------------------------------------ places
# Real Geneva postal codes with their town (as Swiss Post writes it) and political commune; weight ~ population.
_GENEVA: tuple[tuple[str, str, str, int], ...] = (
    ("1201", "Genève", "Genève", 9), ("1202", "Genève", "Genève", 8), ("1203", "Genève", "Genève", 9),
    ("1204", "Genève", "Genève", 4), ("1205", "Genève", "Genève", 9), ("1206", "Genève", "Genève", 8),
    ("1207", "Genève", "Genève", 6), ("1208", "Genève", "Genève", 6), ("1209", "Genève", "Genève", 7),
    ("1212", "Grand-Lancy", "Lancy", 6), ("1213", "Onex", "Onex", 5), ("1213", "Petit-Lancy", "Lancy", 4),
    ("1214", "Vernier", "Vernier", 5), ("1217", "Meyrin", "Meyrin", 6), ("1218", "Le Grand-Saconnex",
                                                                         "Le Grand-Saconnex", 3),
    ("1219", "Le Lignon", "Vernier", 3), ("1220", "Les Avanchets", "Vernier", 2),
    ("1222", "Vésenaz", "Collonge-Bellerive", 2), ("1223", "Cologny", "Cologny", 2),
    ("1224", "Chêne-Bougeries", "Chêne-Bougeries", 3), ("1225", "Chêne-Bourg", "Chêne-Bourg", 2),
    ("1226", "Thônex", "Thônex", 3), ("1227", "Carouge GE", "Carouge", 5),
    ("1228", "Plan-les-Ouates", "Plan-les-Ouates", 3), ("1231", "Conches", "Chêne-Bougeries", 1),
    ("1232", "Confignon", "Confignon", 1), ("1233", "Bernex", "Bernex", 3), ("1234", "Vessy", "Veyrier", 1),
    ("1242", "Satigny", "Satigny", 1), ("1255", "Veyrier", "Veyrier", 2), ("1256", "Troinex", "Troinex", 1),
    ("1290", "Versoix", "Versoix", 3),
)
_GENEVA_STREETS = (
    "Rue de Lausanne", "Rue de Carouge", "Boulevard Carl-Vogt", "Route de Chancy", "Avenue de Frontenex",
    "Rue du Rhône", "Route de Meyrin", "Chemin de la Gravière", "Rue de la Servette", "Avenue Wendt",
    "Rue des Pâquis", "Boulevard du Pont-d'Arve", "Rue de Lyon", "Avenue de Champel", "Route de Florissant",
    "Rue Voltaire", "Rue de Montchoisy", "Avenue Henri-Dunant", "Rue Liotard", "Route de Saint-Julien",
    "Avenue du Petit-Lancy", "Route du Grand-Lancy", "Rue Ancienne", "Route de Malagnou", "Avenue de Thônex",
    "Route de Ferney", "Avenue de Vaudagne", "Route de Vernier", "Avenue du Lignon", "Avenue Louis-Casaï",
    "Route des Acacias", "Rue Dancet", "Boulevard de la Cluse", "Rue de Bâle", "Rue de la Terrassière",
    "Chemin de Grange-Canal", "Rue des Eaux-Vives", "Avenue de Miremont", "Rue de Berne", "Quai du Seujet",
)
# departures to another canton: (zip, town, destination as the register writes it, street pool)
_SWISS_DESTINATIONS: tuple[tuple[str, str, str, str, int], ...] = (
    ("1003", "Lausanne", "Lausanne (VD)", "fr_CH", 14), ("1260", "Nyon", "Nyon (VD)", "fr_CH", 10),
    ("1110", "Morges", "Morges (VD)", "fr_CH", 5), ("1196", "Gland", "Gland (VD)", "fr_CH", 5),
    ("1296", "Coppet", "Coppet (VD)", "fr_CH", 3), ("1700", "Fribourg", "Fribourg (FR)", "fr_CH", 4),
    ("2000", "Neuchâtel", "Neuchâtel (NE)", "fr_CH", 4), ("1950", "Sion", "Sion (VS)", "fr_CH", 3),
    ("3011", "Bern", "Berne (BE)", "de_CH", 4), ("8001", "Zürich", "Zurich (ZH)", "de_CH", 6),
    ("4051", "Basel", "Bâle (BS)", "de_CH", 3), ("6900", "Lugano", "Lugano (TI)", "it_IT", 2),
)
# departures abroad: (country, foreign zip, town, street pool, weight)
_FOREIGN: tuple[tuple[str, str, str, str, int], ...] = (
    ("FR", "74100", "Annemasse", "fr_FR", 14), ("FR", "74160", "Saint-Julien-en-Genevois", "fr_FR", 8),
    ("FR", "01210", "Ferney-Voltaire", "fr_FR", 8), ("FR", "01630", "Saint-Genis-Pouilly", "fr_FR", 6),
    ("FR", "74140", "Douvaine", "fr_FR", 3), ("FR", "01220", "Divonne-les-Bains", "fr_FR", 3),
    ("FR", "75011", "Paris", "fr_FR", 6), ("FR", "69003", "Lyon", "fr_FR", 4),
    ("PT", "1100-148", "Lisboa", "pt_PT", 6), ("PT", "4000-322", "Porto", "pt_PT", 4),
    ("IT", "20121", "Milano", "it_IT", 4), ("IT", "00184", "Roma", "it_IT", 3), ("IT", "10121", "Torino", "it_IT", 2),
    ("ES", "28001", "Madrid", "es_ES", 4), ("ES", "08001", "Barcelona", "es_ES", 3),
    ("DE", "10115", "Berlin", "de_DE", 3), ("DE", "80331", "München", "de_DE", 2),
    ("GB", "SW1A 2AA", "London", "en", 4), ("BE", "1050", "Bruxelles", "fr_FR", 3),
    ("US", "NY 10001", "New York", "en", 3),
)
_COUNTRY_LABELS = {"FR": "France", "PT": "Portugal", "IT": "Italie", "ES": "Espagne", "DE": "Allemagne",
                   "GB": "Royaume-Uni", "BE": "Belgique", "US": "États-Unis"}
_ENGLISH_STREETS = ("High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Main Street",
                    "Broadway", "Elm Street", "Oxford Road", "Kings Road")
# nationality of foreign residents → (weight, name pool)
_NATIONALITIES: tuple[tuple[str, int, str], ...] = (
    ("PT", 22, "pt_PT"), ("FR", 20, "fr_FR"), ("IT", 14, "it_IT"), ("ES", 10, "es_ES"), ("DE", 6, "de_DE"),
    ("GB", 6, "en"), ("BR", 5, "pt_PT"), ("US", 4, "en"), ("BE", 3, "fr_FR"),
)
_SWISS_ORIGINS = (("fr_CH", 62), ("de_CH", 18), ("it_IT", 10), ("fr_FR", 10))
_PERMITS = (("C", 55), ("B", 35), ("L", 4), ("Ci", 3), ("F", 2), ("N", 1))
_LANGUAGE_BY_POOL = {"fr_CH": "fr", "fr_FR": "fr", "de_CH": "de", "de_DE": "de", "it_IT": "it", "en": "en",
                     "pt_PT": "fr", "es_ES": "fr"}
_EMAIL_DOMAINS = ("example.ch", "example.com", "example.org", "example.net")
_FAKER_LOCALES = ("fr_CH", "de_CH", "it_IT", "fr_FR", "de_DE", "es_ES", "pt_PT", "en_GB")
_POOL_DRAWS = 700  # Faker draws per pool and locale (deduplicated: a few thousand names and streets in all)


def _cumulative(weights: Sequence[float]) -> list[float]:
    out: list[float] = []
    total = 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


T = TypeVar("T")


class _Weighted(Generic[T]):
    """A weighted choice drawn with one ``random()`` (``random.choices`` rebuilds its tables on every call)."""

    __slots__ = ("_cum", "_last", "_total", "_values")

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self._values = [value for value, _w in pairs]
        self._cum = _cumulative([w for _v, w in pairs])
        self._total = self._cum[-1]
        self._last = len(self._values) - 1

    def pick(self, rng: random.Random) -> T:
        return self._values[bisect_right(self._cum, rng.random() * self._total, 0, self._last)]


_PICK_GENEVA = _Weighted([((z, t, c), w) for z, t, c, w in _GENEVA])
_PICK_SWISS_DESTINATION = _Weighted([((z, t, d, p), w) for z, t, d, p, w in _SWISS_DESTINATIONS])
_PICK_FOREIGN = _Weighted([((c, z, t, p), w) for c, z, t, p, w in _FOREIGN])
_PICK_NATIONALITY = _Weighted([((n, p), w) for n, w, p in _NATIONALITIES])
_PICK_SWISS_ORIGIN = _Weighted(_SWISS_ORIGINS)
_PICK_PERMIT = _Weighted(_PERMITS)
_PICK_PAST_RESIDENCES = _Weighted([(0, 60), (1, 22), (2, 12), (3, 6)])
_PICK_SERVICE = _Weighted(_SERVICE_WEIGHTS)
_PICK_DOMESTIC = _Weighted(_DOMESTIC)
_PICK_INTERNATIONAL = _Weighted(_INTERNATIONAL)
_PICK_BRAND = _Weighted(_BRANDS)
_PICK_QUANTITY = _Weighted(_QUANTITIES)
_PICK_ASSIGNEE = _Weighted(list(zip(_ASSIGNEES, _ASSIGNEE_WEIGHTS, strict=True)))
_PICK_CLAIM_DELAY = _Weighted(list(enumerate((20, 25, 18, 12, 9, 6, 4, 3, 3))))  # working days after payment
_PICK_APPROVAL_DELAY = _Weighted([(0, 70), (1, 20), (2, 10)])  # working days after the claim


# ------------------------------------------------------------------------------------------------ time helpers
def _geneva_to_utc(local: datetime) -> datetime:
    """Europe/Zurich wall-clock time → aware UTC (the tz database ships as the ``tzdata`` dependency on Windows)."""
    return local.replace(tzinfo=GENEVA).astimezone(UTC)


# ------------------------------------------------------------------------------------------------ AVS numbers
def _avs_check_digit(twelve: str) -> int:
    total = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(twelve))
    return (10 - total % 10) % 10


def _dotted(thirteen: str) -> str:
    return f"{thirteen[:3]}.{thirteen[3:7]}.{thirteen[7:11]}.{thirteen[11:]}"


def _wrong_check_digit(avs: str, rng: random.Random) -> str:
    digits = avs.replace(".", "")
    wrong = (int(digits[12]) + rng.randint(1, 9)) % 10
    out = _dotted(digits[:12] + str(wrong))
    assert not is_valid_avs(out)
    return out


def _ascii_slug(text_: str) -> str:
    plain = unicodedata.normalize("NFKD", text_).encode("ascii", "ignore").decode("ascii").lower()
    return "".join(ch if ch.isalnum() else "-" for ch in plain).strip("-").replace("--", "-")


# ------------------------------------------------------------------------------------------------ people
@dataclass(slots=True)
class _Person:
    id: int  # register_persons.id (0 for someone not in the register)
    avs: str
    last_name: str
    first_name: str
    birth_date: date
    sex: str
    pool: str
    kind: str  # resident, departed, minor, unregistered
    street: str
    house_number: str | None
    zip_code: str
    town: str
    country: str
    swiss: bool = True
    nationality: str = "CH"
    commune: str = ""
    arrived: date | None = None
    history: bool = False
    guardian: _Person | None = None
    email: str | None = None
    language: str = "fr"


@dataclass(slots=True)
class _Pools:
    female: dict[str, list[str]] = field(default_factory=dict)
    male: dict[str, list[str]] = field(default_factory=dict)
    last: dict[str, list[str]] = field(default_factory=dict)
    streets: dict[str, list[str]] = field(default_factory=dict)


def _draw_pools(seed: int) -> _Pools:
    """A few thousand names and streets drawn once from Faker (seeded), then combined with ``random``."""
    from faker import Faker  # heavy import, only when seeding

    pools = _Pools()
    for index, locale in enumerate(_FAKER_LOCALES):
        fake = Faker(locale)
        fake.seed_instance(seed * 31 + index)
        key = "en" if locale == "en_GB" else locale
        pools.female[key] = list(dict.fromkeys(fake.first_name_female() for _ in range(_POOL_DRAWS)))
        pools.male[key] = list(dict.fromkeys(fake.first_name_male() for _ in range(_POOL_DRAWS)))
        pools.last[key] = list(dict.fromkeys(fake.last_name() for _ in range(_POOL_DRAWS)))
        if key == "en":
            pools.streets[key] = list(_ENGLISH_STREETS)
        else:
            streets = (fake.street_name() for _ in range(_POOL_DRAWS))
            pools.streets[key] = list(dict.fromkeys(s[:1].upper() + s[1:] for s in streets if len(s) <= 40))
    return pools


# ------------------------------------------------------------------------------------------------ reference
@dataclass(frozen=True, slots=True)
class _Version:
    id: int
    valid_from: date
    valid_to: date | None
    amount: int


def _in_force(versions: Sequence[_Version], day: date, what: str, **values: str) -> _Version:
    """The version in force on ``day`` (``version_in_force``), which must exist: ``what`` (a template with
    ``values``) names the data for the error."""
    version = version_in_force(versions, day)
    if version is None:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "the reference data has no {what} in force on {date:%d.%m.%Y}; run init-db with complete data"),
            what=Phrase(what, **values), date=day)
    return version


@dataclass(slots=True)
class _Reference:
    fees: dict[str, list[_Version]]
    tariffs: dict[str, list[_Version]]
    rule_sets: dict[str, list[_Version]]
    services: dict[str, tuple[date, date | None]]
    closures: frozenset[date]
    products: dict[str, tuple[bool, bool, bool]]  # postal product → (registered, international, tracked)


def _read_reference(conn: Connection) -> _Reference:
    t = Base.metadata.tables
    fees: dict[str, list[_Version]] = {}
    for r in conn.execute(select(t["fee_schedules"]).order_by(t["fee_schedules"].c.valid_from)):
        fees.setdefault(r.service_code, []).append(_Version(r.id, r.valid_from, r.valid_to, r.fee_centimes))
    tariffs: dict[str, list[_Version]] = {}
    for r in conn.execute(select(t["postal_tariffs"]).order_by(t["postal_tariffs"].c.valid_from)):
        tariffs.setdefault(r.product_code, []).append(_Version(r.id, r.valid_from, r.valid_to, r.price_centimes))
    rule_sets: dict[str, list[_Version]] = {}
    for r in conn.execute(select(t["condition_rule_sets"]).order_by(t["condition_rule_sets"].c.valid_from)):
        rule_sets.setdefault(r.service_code, []).append(_Version(r.id, r.valid_from, r.valid_to, 0))
    services = {r.code: (r.active_from, r.active_to) for r in conn.execute(select(t["services"]))}
    closures = frozenset(r.day for r in conn.execute(select(t["calendar_closures"].c.day)))
    products = {r.code: (bool(r.registered), bool(r.international), bool(r.tracked))
                for r in conn.execute(select(t["postal_products"]))}
    return _Reference(fees, tariffs, rule_sets, services, closures, products)


# ------------------------------------------------------------------------------------------------ the seeder
@dataclass(slots=True)
class _Plan:
    ordered_local: datetime
    ordered_at: datetime
    status: Status
    seq: int = 0


class _Step(NamedTuple):
    to: Status
    actor: str
    at: datetime  # Geneva wall-clock time
    note: str | Phrase | None = None  # a person's words, or a stored phrase of the application
    assignee: str | None = None  # the new assignee of a claim or an assignment


_OUTCOME_OF = {Status.CANCELLED: "cancelled", Status.APPROVED: "granted", Status.WITHDRAWN: "withdrawn"}
_MAIL = "courrier"
_RECENT_DAYS = 2  # working days: granted orders approved since then may still wait to be printed…
_WAITING_MAX = 30  # …the latest ones, at most this many (their attestations are rendered: ≈ 10 ms each)


def _RECENT_APPROVALS(orders: int) -> int:
    """How many of the latest granted orders are approved on the last working days."""
    return min(_WAITING_MAX, max(4, orders // 25))


_ATTEMPT_SHARE = 0.2  # registered items first found nobody at home
_FRANKING = "117063"  # the office's Swiss Post customer number in its domestic item numbers
_BULK_SERIAL = 10_000_000  # item serial numbers: the bulk load's from here, the mail-room work's from _SERVICE_SERIAL
_SERVICE_SERIAL = 90_000_000


def _item_number(serial: int, international: bool) -> str:
    digits = f"{serial:08d}"
    number = f"RR{digits}{s10_check_digit(digits)}CH" if international else f"98.40.{_FRANKING}.{digits}"
    assert (is_valid_s10 if international else is_valid_domestic_item_number)(number), number
    return number


class _Seeder:
    def __init__(self, conn: Connection, seed: int, today: date, ref: _Reference, progress: Progress) -> None:
        self.conn = conn
        self.rng = random.Random(seed)
        self.today = today
        self.ref = ref
        self.progress = progress
        self.pools = _draw_pools(seed)
        self.tables = Base.metadata.tables
        self.rows: Counter[str] = Counter()
        self.statuses: Counter[str] = Counter()
        self.services: Counter[str] = Counter()
        self.products: Counter[str] = Counter()
        self.defects: Counter[str] = Counter()
        self.refusal_candidates: set[int] = set()  # orders in review made to fail a condition (phase 2 picks)
        self.avs_taken: set[str] = set()
        self.next_id: dict[str, int] = {}
        self.checked_paths: dict[tuple[tuple[Status, str, str | None], ...], tuple[list[str], str | None]] = {}
        self.psp_taken: set[str] = set()
        self.cutoff = datetime.combine(today, time()) - timedelta(seconds=1)  # nothing happens today or later
        first = today - timedelta(days=WINDOW_DAYS + 15)
        self.working_days = [
            first + timedelta(days=i)
            for i in range(WINDOW_DAYS + 90)
            if is_working_day(first + timedelta(days=i), closures=ref.closures)
        ]
        self.working_set = frozenset(self.working_days)
        self.last_working_index = bisect_left(self.working_days, today) - 1
        # granted orders approved from this day on may still wait to be printed (the last _RECENT_DAYS working days)
        self.recent_from = self.working_days[max(0, self.last_working_index - _RECENT_DAYS + 1)]
        self.waiting: list[tuple[int, datetime, str]] = []  # (order, approved at (Geneva), approver)
        self.shipment_rows: list[Row] = []
        self.tracking_rows: list[Row] = []
        self.item_serial = 0
        self.residents: list[_Person] = []
        self.residents_swiss: list[_Person] = []
        self.residents_foreign: list[_Person] = []
        self.residents_history: list[_Person] = []
        self.departed: list[_Person] = []
        self.minors: list[_Person] = []

    # -------------------------------------------------------------------------------------------- utilities
    def _id(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        return value

    def _insert(self, table: str, rows: list[Row]) -> None:
        if rows:
            self.conn.execute(insert(self.tables[table]), rows)
            self.rows[table] += len(rows)

    def _avs(self) -> str:
        while True:
            twelve = f"756{self.rng.randrange(10**9):09d}"
            avs = _dotted(twelve + str(_avs_check_digit(twelve)))
            if avs not in self.avs_taken:
                self.avs_taken.add(avs)
                assert is_valid_avs(avs), avs
                return avs

    def _street(self, pool: str, *, geneva: bool = False) -> str:
        if geneva and self.rng.random() < 0.4:
            return self.rng.choice(_GENEVA_STREETS)
        return self.rng.choice(self.pools.streets[pool])

    def _house_number(self) -> str | None:
        r = self.rng.random()
        if r < 0.02:
            return None
        number = str(min(int(self.rng.expovariate(1 / 25)) + 1, 180))
        if r > 0.96:
            number += self.rng.choice(("bis", "A", "B"))
        return number

    def _geneva_address(self) -> tuple[str, str | None, str, str, str]:
        zip_code, town, commune = _PICK_GENEVA.pick(self.rng)
        return self._street("fr_CH", geneva=True), self._house_number(), zip_code, town, commune

    def _name(self, pool: str, sex: str) -> tuple[str, str]:
        firsts = self.pools.female[pool] if sex == "F" else self.pools.male[pool]
        return self.rng.choice(self.pools.last[pool]), self.rng.choice(firsts)

    def _contact(self, person: _Person) -> None:
        rng = self.rng
        if person.kind == "minor" or rng.random() < 0.05:
            person.email = None
        else:
            suffix = str(rng.randint(1, 99)) if rng.random() < 0.3 else ""
            person.email = (f"{_ascii_slug(person.first_name)}.{_ascii_slug(person.last_name)}{suffix}"
                            f"@{rng.choice(_EMAIL_DOMAINS)}")
        language = _LANGUAGE_BY_POOL.get(person.pool, "fr")
        person.language = language if rng.random() < 0.6 else ("en" if rng.random() < 0.08 else "fr")

    def _birth_date(self, minor: bool) -> date:
        years = self.rng.uniform(0.1, 17.9) if minor else self.rng.triangular(18.2, 92.0, 38.0)
        return self.today - timedelta(days=int(years * 365.25))

    # -------------------------------------------------------------------------------------------- register
    def seed_register(self, orders: int) -> None:
        rng = self.rng
        n_residents = max(120, int(orders * 0.62))
        n_departed = max(40, int(orders * 0.24))
        n_minors = max(20, int(orders * 0.08))
        total = n_residents + n_departed + n_minors
        persons: list[Row] = []
        residences: list[Row] = []
        guardianships: list[Row] = []
        window_start = self.today - timedelta(days=WINDOW_DAYS + 10)

        def flush(force: bool = False) -> None:
            if force or len(residences) >= 20_000:
                self._insert("register_persons", persons)
                self._insert("register_residences", residences)
                self._insert("register_guardianships", guardianships)
                persons.clear()
                residences.clear()
                guardianships.clear()
                self.progress("register", self.rows["register_persons"], total)

        def residence(person: _Person, street: str, number: str | None, zip_code: str, town: str, commune: str,
                      arrived: date, departed: date | None, destination: str | None) -> None:
            residences.append({
                "id": self._id("register_residences"), "person_id": person.id, "street": street,
                "house_number": number, "zip_code": zip_code, "town": town, "commune": commune,
                "arrived_on": arrived, "departed_on": departed, "departure_destination": destination,
            })

        def past_residences(person: _Person, first_arrival: date, until: date) -> date:
            """0–3 earlier Geneva residences between first_arrival and until; returns the last move date."""
            count = _PICK_PAST_RESIDENCES.pick(rng)
            span = (until - first_arrival).days
            if count == 0 or span < 400:
                return first_arrival
            moves = sorted(rng.sample(range(1, span), count))
            arrived = first_arrival
            for offset in moves:
                moved = first_arrival + timedelta(days=offset)
                street, number, zip_code, town, commune = self._geneva_address()
                residence(person, street, number, zip_code, town, commune, arrived, moved, None)
                arrived = moved
            person.history = True
            return arrived

        for i in range(total):
            kind = "resident" if i < n_residents else "departed" if i < n_residents + n_departed else "minor"
            sex = "F" if rng.random() < 0.51 else "M"
            birth = self._birth_date(kind == "minor")
            guardian: _Person | None = None
            if kind == "minor":
                guardian = self._parent_for(birth)
                swiss, pool, nationality = guardian.swiss, guardian.pool, guardian.nationality
                last_name = guardian.last_name
                first_name = self._name(pool, sex)[1]
            else:
                swiss = rng.random() < 0.6
                if swiss:
                    pool, nationality = _PICK_SWISS_ORIGIN.pick(rng), "CH"
                else:
                    nationality, pool = _PICK_NATIONALITY.pick(rng)
                last_name, first_name = self._name(pool, sex)
                if rng.random() < 0.08:  # double first names (Jean-Pierre, Anne-Marie…)
                    double = f"{first_name}-{self._name(pool, sex)[1]}"
                    first_name = double if len(double) <= 30 else first_name
            person = _Person(self._id("register_persons"), self._avs(), last_name, first_name, birth, sex, pool,
                             kind, "", None, "", "", "CH", swiss=swiss, nationality=nationality, guardian=guardian)
            persons.append({
                "id": person.id, "avs": person.avs, "last_name": last_name, "first_name": first_name,
                "birth_date": birth, "sex": sex, "nationality": nationality, "swiss_citizen": swiss,
                "permit_type": None if swiss else _PICK_PERMIT.pick(rng),
            })
            born_here = rng.random() < 0.3
            if kind == "minor":
                assert guardian is not None and guardian.arrived is not None
                person.street, person.house_number = guardian.street, guardian.house_number
                person.zip_code, person.town, person.commune = guardian.zip_code, guardian.town, guardian.commune
                person.arrived = max(birth, guardian.arrived)
                residence(person, person.street, person.house_number, person.zip_code, person.town, person.commune,
                          person.arrived, None, None)
                guardianships.append({
                    "id": self._id("register_guardianships"), "ward_id": person.id, "guardian_id": guardian.id,
                    "kind": "parent" if rng.random() < 0.97 else "guardian", "valid_from": birth, "valid_to": None,
                })
                self.minors.append(person)
            elif kind == "resident":
                if born_here:
                    first_arrival = birth
                else:  # came to Geneva as a child or an adult, before the orders' window
                    latest = (window_start - birth).days - 30
                    first_arrival = birth + timedelta(days=rng.randint(0, latest))
                arrived = past_residences(person, first_arrival, window_start)
                street, number, zip_code, town, commune = self._geneva_address()
                person.street, person.house_number, person.zip_code, person.town = street, number, zip_code, town
                person.commune, person.arrived = commune, arrived
                residence(person, street, number, zip_code, town, commune, arrived, None, None)
                self.residents.append(person)
                (self.residents_swiss if swiss else self.residents_foreign).append(person)
                if person.history:
                    self.residents_history.append(person)
            else:  # left Geneva before the orders' window
                departed = window_start - timedelta(days=rng.randint(5, 3650))
                departed = max(departed, birth + timedelta(days=400))
                if born_here:
                    first_arrival = birth
                else:
                    first_arrival = birth + timedelta(days=rng.randint(0, (departed - birth).days - 200))
                arrived = past_residences(person, first_arrival, departed)
                street, number, zip_code, town, commune = self._geneva_address()
                if rng.random() < 0.35:  # abroad
                    country, fzip, ftown, spool = _PICK_FOREIGN.pick(rng)
                    destination = f"{ftown} ({_COUNTRY_LABELS[country]})"
                    person.street, person.zip_code, person.town, person.country = (
                        self._street(spool), fzip, ftown, country)
                else:
                    dzip, dtown, destination, spool = _PICK_SWISS_DESTINATION.pick(rng)
                    person.street, person.zip_code, person.town = self._street(spool), dzip, dtown
                person.house_number = self._house_number()
                residence(person, street, number, zip_code, town, commune, arrived, departed, destination)
                self.departed.append(person)
            self._contact(person)
            flush()
        flush(force=True)

    def _parent_for(self, birth: date) -> _Person:
        """A resident adult 20 to 45 years older than a child born on ``birth`` (any adult after 30 tries)."""
        for _ in range(30):
            parent = self.rng.choice(self.residents)
            gap = (birth - parent.birth_date).days / 365.25
            if 20 <= gap <= 45:
                return parent
        return parent

    def unregistered_person(self) -> _Person:
        """Someone with a valid AVS number who is not in the register (e.g. never lived in Geneva)."""
        sex = "F" if self.rng.random() < 0.5 else "M"
        pool = _PICK_SWISS_ORIGIN.pick(self.rng)
        last_name, first_name = self._name(pool, sex)
        street, number, zip_code, town, _commune = self._geneva_address()
        person = _Person(0, self._avs(), last_name, first_name, self._birth_date(False), sex, pool, "unregistered",
                         street, number, zip_code, town, "CH")
        self._contact(person)
        return person

    # -------------------------------------------------------------------------------------------- orders
    def _plan(self, orders: int) -> list[_Plan]:
        rng = self.rng
        statuses = [s for s, _w in _STATUS_WEIGHTS] if orders >= len(_STATUS_WEIGHTS) else []
        statuses += rng.choices([s for s, _w in _STATUS_WEIGHTS], weights=[w for _s, w in _STATUS_WEIGHTS],
                                k=orders - len(statuses))
        ages = range(1, WINDOW_DAYS + 1)
        factors = []
        for d in ages:  # fewer orders on weekends and public holidays
            day = self.today - timedelta(days=d)
            factors.append(1.0 if is_working_day(day) else 0.2 if day.weekday() >= 5 else 0.4)
        shares = dict(_STATUS_WEIGHTS)
        total_share = sum(shares.values())
        inflow = [math.exp(-d / _INFLOW_DECAY) * f for d, f in zip(ages, factors, strict=True)]
        inflow_sum = sum(inflow)
        open_density = [0.0] * len(inflow)
        age_tables: dict[Status, _Weighted[int]] = {}
        for status, (lo, hi, decay) in _AGE.items():
            weights = [math.exp(-d / decay) * f if lo <= d <= hi else 0.0 for d, f in zip(ages, factors, strict=True)]
            norm = sum(weights)
            for i, w in enumerate(weights):
                open_density[i] += shares[status] / total_share * w / norm
            age_tables[status] = _Weighted(list(zip(ages, weights, strict=True)))
        residual = [max(g / inflow_sum - o, 0.05 * g / inflow_sum) if d >= _APPROVED_MIN_AGE else 0.0
                    for d, g, o in zip(ages, inflow, open_density, strict=True)]
        age_tables[Status.APPROVED] = _Weighted(list(zip(ages, residual, strict=True)))
        pick_hour = _Weighted(list(enumerate(_HOUR_WEIGHTS)))
        plans: list[_Plan] = []
        for status in statuses:
            d = age_tables[status].pick(rng)
            hour = pick_hour.pick(rng)
            local = datetime.combine(self.today - timedelta(days=d), time(hour, rng.randrange(60), rng.randrange(60)))
            plans.append(_Plan(local, _geneva_to_utc(local), status))
        plans.sort(key=lambda p: p.ordered_at)  # stable: ties keep the drawing order
        # references: one sequence per year, as the platform numbers them
        per_day = max(1.0, orders / WINDOW_DAYS)
        next_seq: dict[int, int] = {}
        window_start = self.today - timedelta(days=WINDOW_DAYS + 1)
        for p in plans:
            year = p.ordered_local.year
            if year not in next_seq:
                jan1 = date(year, 1, 1)
                before = (window_start - jan1).days if jan1 < window_start else 0
                next_seq[year] = 1 + int(before * per_day)
            p.seq = next_seq[year]
            next_seq[year] += 1
        return plans

    def _working_after(self, day: date, gap: int) -> int:
        """Index in ``working_days`` of the ``gap``-th working day after ``day`` (clamped to before today)."""
        return min(bisect_right(self.working_days, day) + max(gap, 1) - 1, self.last_working_index)

    def _available_days(self, moment: datetime) -> int:
        return max(0, self.last_working_index + 1 - bisect_right(self.working_days, moment.date()))

    def _next_moment(self, prev: datetime, gap: int) -> datetime:
        """Office hours ``gap`` working days after ``prev`` (0: later the same day when possible), before today."""
        rng = self.rng
        day = prev.date()
        if gap <= 0 and prev.hour < 17 and day in self.working_set:
            moment = prev + timedelta(minutes=rng.randint(4, 75), seconds=rng.randrange(60))
            if moment.hour < 18:
                return moment
        index = self._working_after(day, gap)
        if index >= 0 and self.working_days[index] > day:
            minutes = 8 * 60 + rng.randrange(9 * 60 + 30)
            return datetime.combine(self.working_days[index], time()) + timedelta(minutes=minutes,
                                                                                  seconds=rng.randrange(60))
        # no working day left before today: later the same evening
        moment = prev + timedelta(minutes=rng.randint(3, 40), seconds=rng.randrange(60))
        return moment if moment <= self.cutoff else max(prev + timedelta(seconds=1), self.cutoff)

    def _choose_defect(self, status: Status, service: str, unseen: list[str]) -> tuple[str, str] | None:
        if status not in _OPEN and status not in _UNPAID:
            return None
        applicable = [(kind, condition, p) for kind, condition, p, services in _DEFECTS
                      if service in services and not (status in _UNPAID and kind == "payment_short")]
        for kind, condition, _p in applicable:  # every kind at least once, when there are orders enough
            if kind in unseen:
                unseen.remove(kind)
                return kind, condition
        factor = (_IN_REVIEW_DEFECT_FACTOR if status is Status.IN_REVIEW else 1.0) if status in _OPEN \
            else _UNPAID_DEFECT_FACTOR
        r = self.rng.random()
        cumulative = 0.0
        for kind, condition, p in applicable:
            cumulative += p * factor
            if r < cumulative:
                return kind, condition
        return None

    def _subject(self, service: str, defect: str | None) -> _Person:
        rng = self.rng
        if defect == "not_registered":
            return rng.choice(self.departed)
        if defect == "not_departed":
            return rng.choice(self.residents)
        if defect == "not_swiss":
            return rng.choice(self.residents_foreign)
        if defect == "no_history":
            return self.unregistered_person()
        if service in ("ATT-DEP", "ATT-DEP-HIST"):
            return rng.choice(self.departed)
        if service == "ATT-RES-CIV":
            return rng.choice(self.residents_swiss)
        if defect is None and rng.random() < 0.08:
            return rng.choice(self.minors)
        if service == "ATT-RES-HIST" and self.residents_history and rng.random() < 0.8:
            return rng.choice(self.residents_history)
        return rng.choice(self.residents)

    def _typed(self, person: _Person, defect: str | None) -> Row:
        """The person as the applicant typed them on the web platform (with the deliberate mistake, if any)."""
        rng = self.rng
        last_name, first_name, birth, avs = person.last_name, person.first_name, person.birth_date, person.avs
        if defect == "identity_name":
            if rng.random() < 0.6 and len(last_name) >= 4:
                i = rng.randrange(1, len(last_name) - 1)
                changed = last_name[:i] + last_name[i + 1:]  # a letter left out
                last_name = changed if changed != last_name else last_name + "e"
            else:
                others = self.pools.female[person.pool] if person.sex == "F" else self.pools.male[person.pool]
                first_name = next((n for n in rng.sample(others, min(5, len(others))) if n != first_name),
                                  first_name + "e")
        elif defect == "identity_birth":
            r = rng.random()
            if r < 0.4 and birth.day <= 12 and birth.day != birth.month:
                birth = date(birth.year, birth.day, birth.month)  # day and month swapped
            elif r < 0.7:
                birth = birth + timedelta(days=rng.choice((-2, -1, 1, 2, 10)))
            else:
                birth = birth.replace(year=birth.year + rng.choice((-1, 1)), day=min(birth.day, 28))
        elif defect == "identity_avs":
            avs = _wrong_check_digit(avs, rng)
        return {
            "id": self._id("applicants"), "avs": avs, "last_name": last_name, "first_name": first_name,
            "birth_date": birth, "email": person.email, "language": person.language,
        }

    def _address(self, requester: _Person, applicant: Row, defect: str | None) -> tuple[Row, bool]:
        """Delivery address columns for the requester, and whether it lies abroad."""
        rng = self.rng
        row: Row = {
            "addr_mr_mrs": "1" if requester.sex == "F" else "2", "addr_first_name": applicant["first_name"],
            "addr_last_name": applicant["last_name"], "addr_organisation": None, "addr_line": None,
            "addr_street": requester.street, "addr_house_number": requester.house_number,
            "addr_dwelling_number": None, "addr_post_office_box": None, "addr_swiss_zip_code": requester.zip_code,
            "addr_foreign_zip_code": None, "addr_town": requester.town, "addr_country": "CH",
        }
        abroad = requester.country != "CH"
        if abroad and defect != "address_product" and rng.random() < 0.3:
            abroad = False  # lives abroad, has it sent to someone in Geneva
            street, number, zip_code, town, _commune = self._geneva_address()
            row.update(addr_line=f"c/o {rng.choice(self.pools.last['fr_CH'])}", addr_street=street,
                       addr_house_number=number, addr_swiss_zip_code=zip_code, addr_town=town)
        elif abroad:
            row.update(addr_swiss_zip_code=None, addr_foreign_zip_code=requester.zip_code,
                       addr_country=requester.country)
        elif defect == "address_product" or rng.random() < 0.01:  # lives in Switzerland, wants it sent abroad
            abroad = True
            country, fzip, ftown, spool = _PICK_FOREIGN.pick(rng)
            row.update(addr_street=self._street(spool), addr_house_number=self._house_number(),
                       addr_swiss_zip_code=None, addr_foreign_zip_code=fzip, addr_town=ftown, addr_country=country)
        if defect == "address_long":
            if rng.random() < 0.5:
                # over the eCH-0010 limit (60), within the column (100): a long street name once failed 100 000 orders
                row["addr_street"] = f"{row['addr_street']}, {_LONG_STREET_TAIL}"[:100]
            else:  # every family name typed in the name field
                names = [str(applicant["last_name"])]
                while len(" ".join(names)) <= 30:
                    names.append(rng.choice(self.pools.last[requester.pool]))
                row["addr_last_name"] = " ".join(names)
        return row, abroad

    def _path(self, status: Status, defect: str | None, paid: datetime | None, ordered: datetime,
              recent: bool = False) -> tuple[list[_Step], str | None, str | None, date | None]:
        """The status steps of an order, its assignee, hold reason and hold date; ``recent``: a granted order
        claimed and approved on one of the last working days."""
        rng = self.rng
        steps = [_Step(Status.AWAITING_PAYMENT, _INTAKE, ordered)]
        if status is Status.AWAITING_PAYMENT:
            return steps, None, None, None
        if status is Status.CANCELLED:
            moment = min(ordered + timedelta(minutes=rng.randint(2, 2000)), self.cutoff)
            steps.append(_Step(Status.CANCELLED, _INTAKE, moment, "Annulée par le demandeur avant paiement"))
            return steps, None, None, None
        assert paid is not None
        steps.append(_Step(Status.PAID, _INTAKE, paid))
        assignee = _PICK_ASSIGNEE.pick(rng)
        # a supervisor assigns one claim in ten; the others are claimed by the assignee themself
        claimer = rng.choice(_SUPERVISORS) if assignee != "responsable" and rng.random() < 0.1 else assignee
        reason = _HOLD_REASONS.get(defect or "") or rng.choice(_GENERIC_HOLDS)
        now = paid

        def step(to: Status, actor: str, gap: int, note: str | None = None) -> None:
            nonlocal now
            now = self._next_moment(now, gap)
            steps.append(_Step(to, actor, now, note, assignee if to is Status.IN_REVIEW else None))

        def claim(gap: int) -> None:
            step(Status.IN_REVIEW, claimer, gap, None if claimer == assignee else f"Attribuée à {assignee}")

        if status is Status.PAID:
            if rng.random() < 0.05:  # claimed once, then released back to the queue
                claim(rng.randint(0, 3))
                step(Status.PAID, assignee, rng.choice((0, 1)), "Remise dans la file (absence)")
            return steps, None, None, None
        if status is Status.IN_REVIEW:
            if defect is not None:  # a problem case: claimed soon after payment, still being looked into
                claim(rng.randint(0, 3))
            else:
                claim(max(0, self._available_days(paid) - rng.choice((0, 0, 1, 1, 2, 3, 5, 8))))
            return steps, assignee, None, None
        if status is Status.ON_HOLD:
            claim(rng.randint(0, 3))
            step(Status.ON_HOLD, assignee, 0, reason)
            if rng.random() < 0.15:
                step(Status.IN_REVIEW, assignee, rng.randint(3, 6), "Pièce reçue, incomplète")
                step(Status.ON_HOLD, assignee, 0, reason)
            hold_until = add_working_days(self.today, rng.randint(1, 10), closures=self.ref.closures)
            return steps, assignee, reason, hold_until
        if status is Status.APPROVED and recent:
            claim(max(0, self._available_days(paid) - rng.choice((0, 0, 1))))
            step(Status.APPROVED, assignee, 0)
            return steps, None, None, None
        if status is Status.APPROVED:
            claim(_PICK_CLAIM_DELAY.pick(rng))
            if rng.random() < 0.08:
                step(Status.ON_HOLD, assignee, 0, reason)
                step(Status.IN_REVIEW, assignee, rng.randint(2, 6), "Pièce reçue")
            step(Status.APPROVED, assignee, _PICK_APPROVAL_DELAY.pick(rng))
            return steps, None, None, None
        assert status is Status.WITHDRAWN
        r = rng.random()
        withdrawer = rng.choice(_ASSIGNEES)  # anyone on the team records a letter about an unassigned order
        if r < 0.4:
            claim(rng.randint(0, 3))
            withdrawer = assignee
            if r < 0.15:
                step(Status.ON_HOLD, assignee, 0, reason)
        now = self._next_moment(now, rng.randint(1, 8))
        steps.append(_Step(Status.WITHDRAWN, withdrawer, now, f"Retrait écrit du demandeur reçu le {now:%d.%m.%Y}"))
        return steps, None, None, None

    def _check_path(self, steps: Sequence[_Step]) -> tuple[list[str], str | None]:
        """Each step's action and the final outcome, from the lifecycle; the path is checked (once per shape)
        with ``check_transition``: every step exists and the actor's roles allow it."""
        key = tuple((s.to, s.actor, s.assignee) for s in steps)
        known = self.checked_paths.get(key)
        if known is not None:
            return known
        actions: list[str] = []
        current: Status | None = None
        assignee: str | None = None
        outcome: Outcome | None = None
        for to, actor, new_assignee in key:
            transition = find_transition(current, to)
            assert transition is not None, f"{current} → {to} is not in the lifecycle"
            check_transition(current, to, _ROLES_OF[actor], actor=actor, assignee=assignee,
                             new_assignee=new_assignee)
            actions.append(transition.action)
            outcome = outcome_after(transition, outcome)
            assignee = (new_assignee or assignee) if to in ASSIGNED_STATUSES else None
            current = to
        known = (actions, outcome.value if outcome else None)
        self.checked_paths[key] = known
        return known

    def seed_orders(self, orders: int) -> None:
        rng = self.rng
        ref = self.ref
        plans = self._plan(orders)
        unseen = [kind for kind, *_rest in _DEFECTS] if orders >= 200 else []
        applicants: list[Row] = []
        order_rows: list[Row] = []
        events: list[Row] = []
        deferred: list[tuple[datetime, int, Row, list[_Step]]] = []
        # the latest granted orders were approved on the last working days (the others' approvals lag behind)
        granted = [i for i, p in enumerate(plans) if p.status is Status.APPROVED]
        recent = frozenset(granted[len(granted) - min(len(granted), _RECENT_APPROVALS(orders)):])
        for index, plan in enumerate(plans):
            status = plan.status
            ordered_local = plan.ordered_local
            service = _PICK_SERVICE.pick(rng)
            active_from, active_to = ref.services[service]
            if not active_from <= ordered_local.date() <= (active_to or ordered_local.date()):
                service = "ATT-RES"
            defect_kind = self._choose_defect(status, service, unseen)
            defect = defect_kind[0] if defect_kind else None
            subject = self._subject(service, defect)
            if defect == "third_party":
                requester = rng.choice(self.residents)
                while requester is subject:
                    requester = rng.choice(self.residents)
            elif subject.guardian is not None:
                requester = subject.guardian
            else:
                requester = subject
            identity_defect = defect if defect in ("identity_name", "identity_birth", "identity_avs") else None
            concerned: Row | None = None
            if requester is not subject:
                applicant = self._typed(requester, None)
                concerned = self._typed(subject, identity_defect)
            else:
                applicant = self._typed(subject, identity_defect)
            applicants.append(applicant)
            if concerned is not None:
                applicants.append(concerned)
            address, abroad = self._address(requester, applicant, defect)
            product = (_PICK_INTERNATIONAL if abroad and defect != "address_product" else _PICK_DOMESTIC).pick(rng)
            if index < _DEBUG_ORDERS or defect in ("address_long", "address_product"):
                problems = delivery_problems(PostalAddress(
                    mr_mrs=address["addr_mr_mrs"], first_name=address["addr_first_name"],
                    last_name=address["addr_last_name"], street=address["addr_street"],
                    house_number=address["addr_house_number"], swiss_zip_code=address["addr_swiss_zip_code"],
                    foreign_zip_code=address["addr_foreign_zip_code"], town=address["addr_town"],
                    country=address["addr_country"], address_line=address["addr_line"]), product)
                assert bool(problems) == (defect in ("address_long", "address_product")), (defect, problems)
            quantity = _PICK_QUANTITY.pick(rng)
            paid_local: datetime | None = None
            payment: Row = {"paid_at": None, "payment_brand": None, "payment_provider_reference": None,
                            "fee_paid_centimes": None, "postage_paid_centimes": None, "fee_schedule_id": None,
                            "postal_tariff_id": None, "rule_set_id": None}
            if status not in _UNPAID:
                paid_local = ordered_local + timedelta(minutes=rng.randint(1, 15), seconds=rng.randrange(60))
                payment = self._payment(service, product, quantity, paid_local, defect)
            steps, assignee, hold_reason, hold_until = self._path(status, defect, paid_local, ordered_local,
                                                                  index in recent)
            order_id = self._id("orders")
            row: Row = {
                "id": order_id, "reference": make_order_reference(ordered_local.year, plan.seq),
                "service_code": service, "quantity": quantity, "assigned_to": assignee,
                "ordered_at": plan.ordered_at, "applicant_id": applicant["id"],
                "concerned_person_id": concerned["id"] if concerned else None,
                "delivery_product": product, **address, **payment,
                "hold_reason": encode(stored("hold.reason", reason=hold_reason)) if hold_reason else None,
                "hold_until": hold_until, "clock_stopped": False,
            }
            if status is Status.APPROVED and steps[-1].at.date() >= self.recent_from:
                deferred.append((steps[-1].at, order_id, row, steps))  # waiting to be printed? decided at the end
            else:
                if status is Status.APPROVED:
                    self._mail_room(row, steps, 0 if rng.random() < 0.6 else 1)
                self._finish(row, steps, status, order_rows, events)
            self.services[service] += 1
            self.products[product] += 1
            if defect_kind is not None:
                self.defects[defect_kind[1]] += 1
                if status is Status.IN_REVIEW:
                    self.refusal_candidates.add(order_id)
            if len(order_rows) >= _CHUNK:
                self._flush_orders(applicants, order_rows, events, orders)
        # granted orders approved on the last working days: the latest ones wait to be printed (their attestation
        # is made in seed_attestations), the others were printed and shipped (the mail room keeps up)
        deferred.sort(key=lambda d: (d[0], d[1]))
        waiting = deferred[len(deferred) - min(len(deferred), _WAITING_MAX):]
        for _approved_at, _order_id, row, steps in deferred[:len(deferred) - len(waiting)]:
            self._mail_room(row, steps, 0)
            self._finish(row, steps, Status.APPROVED, order_rows, events)
        for approved_at, order_id, row, steps in waiting:
            self._finish(row, steps, Status.APPROVED, order_rows, events)
            self.waiting.append((order_id, approved_at, steps[-1].actor))
        self._flush_orders(applicants, order_rows, events, orders)

    def _finish(self, row: Row, steps: list[_Step], planned: Status, order_rows: list[Row], events: list[Row]
                ) -> None:
        """Check the order's path against the lifecycle, write its history and its status columns."""
        actions, outcome = self._check_path(steps)
        assert outcome == _OUTCOME_OF.get(planned), (planned, outcome)
        order_id = row["id"]
        previous: str | None = None
        for s, action in zip(steps, actions, strict=True):
            events.append({
                "id": self._id("order_events"), "order_id": order_id, "occurred_at": _geneva_to_utc(s.at),
                "actor": s.actor, "action": action, "from_status": previous, "to_status": s.to.value,
                "note": None if s.note is None else encode(text_note(s.note) if isinstance(s.note, str) else s.note),
            })
            previous = s.to.value
        final = steps[-1].to
        row.update(status=final.value, outcome=outcome, version=len(steps),
                   updated_at=_geneva_to_utc(steps[-1].at), updated_by=steps[-1].actor)
        order_rows.append(row)
        self.statuses[final.value] += 1

    def _item_number(self, international: bool) -> str:
        """A registered item's number, unique: Swiss Post domestic, or UPU S10 abroad (check digit included)."""
        self.item_serial += 1
        return _item_number(_BULK_SERIAL + self.item_serial, international)

    def _mail_room(self, row: Row, steps: list[_Step], gap: int) -> None:
        """A granted order's way through the mail room, after its approval: printed (``gap`` working days later),
        shipped the same day, and — tracked products only, once the post reports it — delivered. Appends the
        steps and writes the shipment (and its tracking events)."""
        rng = self.rng
        product = str(row["delivery_product"])
        registered, international, tracked = self.ref.products[product]
        printed = self._next_moment(steps[-1].at, gap)
        steps.append(_Step(Status.READY_TO_SHIP, _MAIL, printed, stored(
            "history.printed_daily", date=printed.date())))
        shipped = self._next_moment(printed, 0)
        number = self._item_number(international) if registered else None
        steps.append(_Step(Status.SHIPPED, _MAIL, shipped, stored(
            "history.shipped_numbered", product=Code("product", product), number=number) if number else stored(
            "history.shipped", product=Code("product", product))))
        shipment_id = self._id("shipments")
        shipment: Row = {
            "id": shipment_id, "order_id": row["id"], "content": "attestation", "product": product,
            "item_number": number, "shipped_at": _geneva_to_utc(shipped), "shipped_by": _MAIL, "status": "shipped",
            "return_reason": None, "first_attempt_on": None, "delivered_on": None, "notified_on": None,
            "deposit_list_id": None,
        }
        self.shipment_rows.append(shipment)
        if not tracked or number is None:
            return  # the post reports nothing of an unregistered letter: it stays shipped
        index = self._working_after(shipped.date(), rng.randint(3, 8) if international else 1)
        attempt = self.working_days[index]
        if attempt <= shipped.date() or attempt >= self.today:
            return  # on its way
        collected = attempt
        if rng.random() < _ATTEMPT_SHARE:  # nobody at home: a notice, collected at the post office later
            shipment["first_attempt_on"] = attempt
            self._tracking(shipment_id, number, attempt, "attempted")
            collected = attempt + timedelta(days=rng.randint(1, 6))
            if collected >= self.today:
                return  # still waiting at the post office
        shipment.update(status="delivered", delivered_on=collected, notified_on=notification_date(attempt, collected))
        self._tracking(shipment_id, number, collected, "delivered")
        imported = self._next_moment(max(datetime.combine(collected, time(12)), shipped), 1)
        steps.append(_Step(Status.DELIVERED, _MAIL, imported, stored(
            "history.delivered", date=collected, item=number)))

    def _tracking(self, shipment_id: int, number: str, day: date, event: str) -> None:
        self.tracking_rows.append({
            "id": self._id("tracking_events"), "shipment_id": shipment_id, "item_number": number,
            "occurred_at": _geneva_to_utc(datetime.combine(day, time(12))), "event": event, "detail": None,
            "recorded_by": _MAIL,
        })

    def seed_attestations(self, session: Session) -> None:
        """The attestation of every order waiting to be printed, made as the approval makes it (``make_attestation``,
        as its approver, dated the day of approval), in the bulk load's transaction."""
        from ocpm_desk.features.casework.attestations import make_attestation
        from ocpm_desk.infrastructure.db import models as m

        total = len(self.waiting)
        self.progress("attestations", 0, total)
        for done, (order_id, approved_at, approver) in enumerate(self.waiting, start=1):
            order = session.get(m.Order, order_id)
            assert order is not None
            document = make_attestation(session, Actor(approver, _ROLES_OF[approver]), order, approved_at.date())
            document.created_at = _geneva_to_utc(approved_at)
            self.rows["documents"] += 1
            self.progress("attestations", done, total)
        session.flush()

    def _payment(self, service: str, product: str, quantity: int, paid_local: datetime, defect: str | None) -> Row:
        """Payment columns, pinned to the fee schedule, tariff and rule set in force on the day of payment (G3)."""
        rng = self.rng
        day = paid_local.date()
        fee = _in_force(self.ref.fees.get(service, []), day,
                        QT_TRANSLATE_NOOP("Message", "fee schedule for {service}"), service=service)
        tariff = _in_force(self.ref.tariffs.get(product, []), day,
                           QT_TRANSLATE_NOOP("Message", "postal tariff for {product}"), product=product)
        rule_set = _in_force(self.ref.rule_sets.get(service, []), day,
                             QT_TRANSLATE_NOOP("Message", "condition rule set for {service}"), service=service)
        fee_paid = fee.amount * quantity
        if defect == "payment_short":  # paid one attestation fewer, or an outdated amount
            fee_paid = fee.amount * (quantity - 1) if quantity > 1 else fee.amount - rng.choice((500, 1000))
        psp = f"PSP-{rng.getrandbits(32):08X}"
        while psp in self.psp_taken:
            psp = f"PSP-{rng.getrandbits(32):08X}"
        self.psp_taken.add(psp)
        return {"paid_at": _geneva_to_utc(paid_local), "payment_brand": _PICK_BRAND.pick(rng),
                "payment_provider_reference": psp, "fee_paid_centimes": fee_paid,
                "postage_paid_centimes": tariff.amount, "fee_schedule_id": fee.id, "postal_tariff_id": tariff.id,
                "rule_set_id": rule_set.id}

    def _flush_orders(self, applicants: list[Row], order_rows: list[Row], events: list[Row], total: int) -> None:
        self._insert("applicants", applicants)
        self._insert("orders", order_rows)
        self._insert("order_events", events)
        self._insert("shipments", self.shipment_rows)
        self._insert("tracking_events", self.tracking_rows)
        applicants.clear()
        order_rows.clear()
        events.clear()
        self.shipment_rows.clear()
        self.tracking_rows.clear()
        self.progress("orders", self.rows["orders"], total)

    # -------------------------------------------------------------------------------------------- staff
    def seed_staff(self, password_hash: str | None, created_at: datetime) -> None:
        t = self.tables
        team_id = self.conn.execute(select(t["teams"].c.id).where(t["teams"].c.name == DEMO_TEAM)).scalar()
        if team_id is None:
            key = self.conn.execute(insert(t["teams"]).values(name=DEMO_TEAM)).inserted_primary_key
            assert key is not None
            team_id = key[0]
            self.rows["teams"] += 1
        self._insert("staff", [
            {"username": name, "display_name": display, "team_id": team_id if name in _TEAM_MEMBERS else None,
             "password_hash": password_hash, "active": True, "failed_logins": 0, "locked_until": None,
             "created_at": created_at}
            for name, display, _roles in DEMO_ACCOUNTS
        ])
        self._insert("staff_roles", [
            {"username": name, "role": role.value} for name, _display, roles in DEMO_ACCOUNTS for role in roles
        ])


# ------------------------------------------------------------------------------------------------ refusal work
# Phase 2, after the bulk load has committed: the refusal steps taken through the services, as the demo accounts.
_CASEWORKERS = ("gestionnaire", "gestionnaire2")
_ORDERS_PER_CASE = 500  # one order of each kind of refusal work per this many orders (at least one)
_MAX_PER_KIND = 8  # and at most this many (≈ 150 ms per order: a large seed, for a benchmark, stays quick)
_ANSWERED_DAYS_BACK = 20  # hearing letters whose answer is recorded were sent this many days before today
_UNANSWERED_CLAIMED_BEFORE = 14  # days: a letter sent after such a claim has its time to comment over today
_WAITING_DAYS_BACK = 6  # hearing letters still waiting were sent at most this many days before today

#: Kinds of refusal work, in the order the candidates are handed out (each kind once before any kind twice).
_WAITING, _PROPOSED, _RETURNED, _REFUSED = "hearing_letter_waiting", "proposed", "returned", "refused"
#: How the applicant is heard before a proposal, in turn: recorded as not needed, a letter answered, no answer.
_HEARING_MODES = ("not_needed", "answered", "no_answer")

_NOT_NEEDED_REASONS = (
    "Les faits ressortent sans ambiguïté du registre cantonal de la population ; entendre le demandeur "
    "n'apporterait aucun élément nouveau.",
    "La commande ne peut aboutir pour un motif formel que le demandeur ne peut pas corriger après coup.",
    "Le demandeur s'est déjà déterminé par écrit sur ce point lors de sa demande de renseignements.",
)
_ANSWERS = (
    "Le demandeur conteste l'intention de refus et affirme que les données saisies sont exactes, sans joindre "
    "de justificatif.",
    "Par courriel, le demandeur prend acte de l'intention de refus et demande le remboursement de la taxe.",
    "Le demandeur annonce l'envoi de pièces complémentaires, qui ne sont pas parvenues à l'office.",
)
_RETURN_COMMENTS = (
    "Préciser dans les faits à quelle date le registre a été consulté et ce qu'il indiquait alors.",
    "Le motif retenu en droit ne correspond pas exactement à la condition non remplie : revoir son énoncé.",
    "Mentionner dans les faits les observations du demandeur et expliquer pourquoi elles ne suffisent pas.",
)


#: The keys of ``SeedSummary.refusals``: orders opened by their assignee (conditions evaluated) and skipped (no
#: ground suggested); hearing letters waiting (on hold); hearings recorded as not needed, answered, unanswered;
#: proposals waiting for approval; proposals returned to their author; decisions issued (orders refused).
_REFUSAL_COUNTS = ("opened", "skipped", "hearing_letters_waiting", "hearings_not_needed", "hearing_answers",
                   "hearings_unanswered", "proposals", "returned", "refused")


class _Candidate(NamedTuple):
    order_id: int
    reference: str
    assignee: str
    claimed_on: date  # the day it was claimed (Geneva): hearing letters are not dated before it


def _refusal_slots(orders: int) -> list[tuple[str, str | None]]:
    """(kind, author) of the refusal work to do, most needed first; author None: either caseworker.

    Every kind once — a proposal by each caseworker and one by a supervisor (``responsable``, so that
    ``responsable2`` has it to decide and its author sees it as their own) — and two more decisions issued (for the
    mail room's work), then the rest, up to about one order
    of each kind per ``_ORDERS_PER_CASE`` orders, ``_MAX_PER_KIND`` at most."""
    per_kind = min(_MAX_PER_KIND, max(1, round(orders / _ORDERS_PER_CASE)))
    slots: list[tuple[str, str | None]] = [
        (_PROPOSED, "gestionnaire"), (_PROPOSED, "gestionnaire2"), (_REFUSED, None), (_PROPOSED, "responsable"),
        (_RETURNED, None), (_WAITING, None), (_REFUSED, None), (_REFUSED, None),
    ]
    for i in range(1, per_kind):
        slots += [(_REFUSED, None), (_WAITING, None), (_PROPOSED, _CASEWORKERS[i % 2])]
        if i < per_kind // 2:
            slots.append((_RETURNED, None))
    return slots


class _RefusalWork:
    """Phase 2 of the seed: hearing letters, proposals, returns and issued decisions, through the services.

    Every call is a use case of its own (own transaction, history rows, audit events), made as the demo account
    whose job it is, with the seed's ``today``. The candidates are the bulk load's orders in review that were made
    to fail a condition, in a sorted query shuffled by the seed's random generator: the same seed gives the same
    work on the same orders."""

    def __init__(self, engine: Engine, seed: int, today: date, closures: frozenset[date], progress: Progress) -> None:
        self.engine = engine
        self.rng = random.Random(f"{seed}:refusals")
        self.today = today
        self.closures = closures
        self.progress = progress
        self.actors = {name: Actor(name, roles) for name, roles in _ROLES_OF.items()}
        self.counts: Counter[str] = Counter()
        self.turn = 0  # whose turn among _HEARING_MODES

    def candidates(self, defective: set[int]) -> dict[str, list[_Candidate]]:
        """The orders in review with a deliberate defect, per assignee, in a deterministic random order."""
        o = Base.metadata.tables["orders"]
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(o.c.id, o.c.reference, o.c.assigned_to, o.c.updated_at)
                .where(o.c.status == Status.IN_REVIEW.value).order_by(o.c.id)
            ).all()
        out: dict[str, list[_Candidate]] = {name: [] for name in _ASSIGNEES}
        for order_id, reference, assignee, claimed_at in rows:
            if order_id in defective and assignee in out:
                # an order in review was last changed by its claim
                out[assignee].append(_Candidate(order_id, reference, assignee, claimed_at.astimezone(GENEVA).date()))
        for pool in out.values():
            self.rng.shuffle(pool)
        return out

    def run(self, pools: dict[str, list[_Candidate]], slots: Sequence[tuple[str, str | None]]) -> Counter[str]:
        self.progress("refusals", 0, len(slots))
        for done, (kind, author) in enumerate(slots, start=1):
            mode = None
            if kind != _WAITING:
                mode = _HEARING_MODES[self.turn % len(_HEARING_MODES)]
                self.turn += 1
            # a letter whose time to comment is over was sent weeks ago: to an order claimed by then if any
            claimed_by = self.today - timedelta(days=_UNANSWERED_CLAIMED_BEFORE) if mode == "no_answer" else None
            opened = self._open(pools, author, claimed_by)
            if opened is not None:
                candidate, version, draft = opened
                self._work(kind, mode, candidate, version, draft)
            self.progress("refusals", done, len(slots))
        return self.counts

    def _open(self, pools: dict[str, list[_Candidate]], author: str | None, claimed_by: date | None
              ) -> tuple[_Candidate, int, DraftInput] | None:
        """The next candidate of ``author`` (or of the caseworker with more left; claimed by ``claimed_by`` if one
        is), opened by its assignee — which evaluates its conditions — whose suggested draft has grounds; None when
        none is left."""
        while True:
            names = (author,) if author is not None else _CASEWORKERS
            name = max(names, key=lambda n: len(pools[n]))  # ties: the first named
            pool = pools[name]
            if not pool:
                return None
            index = len(pool) - 1
            if claimed_by is not None:
                index = next((i for i in range(len(pool) - 1, -1, -1) if pool[i].claimed_on <= claimed_by), index)
            candidate = pool.pop(index)
            actor = self.actors[candidate.assignee]
            detail = casework.order_detail(self.engine, actor, candidate.order_id, today=self.today)
            self.counts["opened"] += 1
            draft = decisions.refusal_draft(self.engine, actor, candidate.order_id).draft
            if draft.grounds:
                return candidate, detail.version, draft
            self.counts["skipped"] += 1

    def _letter_day(self, earliest: date, days_back: int) -> date:
        """A working day ``days_back`` days before today (not before ``earliest``, not after today)."""
        day = max(self.today - timedelta(days=days_back), earliest)
        while day < self.today and not is_working_day(day, closures=self.closures):
            day += timedelta(days=1)
        return day

    def _work(self, kind: str, mode: str | None, candidate: _Candidate, version: int, draft: DraftInput) -> None:
        engine, rng, today = self.engine, self.rng, self.today
        author = self.actors[candidate.assignee]
        order_id = candidate.order_id
        if kind == _WAITING:
            sent_on = self._letter_day(candidate.claimed_on, rng.randint(0, _WAITING_DAYS_BACK))
            decisions.send_hearing_letter(engine, author, order_id, version, draft, today=sent_on)
            self.counts["hearing_letters_waiting"] += 1
            return
        if mode == "not_needed":
            version = decisions.record_hearing_not_needed(engine, author, order_id, version,
                                                          rng.choice(_NOT_NEEDED_REASONS)).version
            self.counts["hearings_not_needed"] += 1
        else:
            sent_on = self._letter_day(candidate.claimed_on, _ANSWERED_DAYS_BACK)
            if mode == "no_answer" and hearing_reply_by(sent_on) >= today:
                mode = "answered"  # claimed too recently for the time to comment to be over
            version = decisions.send_hearing_letter(engine, author, order_id, version, draft, today=sent_on).version
            if mode == "answered":
                received_on = min(sent_on + timedelta(days=rng.randint(2, 8)), today)
                decisions.record_hearing_answer(engine, author, order_id, version, rng.choice(_ANSWERS),
                                                received_on, today=today)
                self.counts["hearing_answers"] += 1
            else:
                decisions.record_hearing_answer(engine, author, order_id, version, "", None, today=today)
                self.counts["hearings_unanswered"] += 1
        editor = decisions.refusal_draft(engine, author, order_id)
        decisions.submit_refusal(engine, author, order_id, editor.order_version, editor.draft)
        if kind == _PROPOSED:
            self.counts["proposals"] += 1
            return
        decision_id = self._proposal_of(order_id)
        others = [s for s in _SUPERVISORS if s != author.username]
        supervisor = self.actors[rng.choice(others)]
        view = decisions.proposal(engine, supervisor, decision_id)  # reads it as the approvals screen does
        if kind == _RETURNED:
            decisions.return_refusal(engine, supervisor, decision_id, view.content_sha256,
                                     rng.choice(_RETURN_COMMENTS))
            self.counts["returned"] += 1
        else:
            decisions.approve_refusal(engine, supervisor, decision_id, view.content_sha256, today=today)
            self.counts["refused"] += 1

    def _proposal_of(self, order_id: int) -> int:
        d = Base.metadata.tables["decisions"]
        with self.engine.connect() as conn:
            return int(conn.execute(
                select(d.c.id).where(d.c.order_id == order_id, d.c.status == "proposed")
            ).scalar_one())


# ------------------------------------------------------------------------------------------------ mail-room work
# Phase 3, after the refusal work: printing, shipping, tracking, returns, corrections and the day's deposit list,
# through the mail-room services, as the demo accounts.

#: The keys of ``SeedSummary.mailroom``: print jobs and the documents they held (hearing letters, attestations,
#: decisions); items shipped; tracking events recorded, deliveries among them; returns recorded; orders sent again;
#: corrections reissued (attributable to the OCPM) and recorded (attributable to the applicant); deposit lists.
_MAIL_COUNTS = ("print_jobs", "printed_hearing_letters", "printed_attestations", "printed_decisions", "shipped",
                "tracking_events", "delivered", "returned", "sent_again", "corrections_reissued",
                "corrections_recorded", "deposit_lists")
_MAX_PRINTED_ATTESTATIONS = 5  # of the attestations waiting, and at most half of them: the others stay waiting
_CORRECTIONS = (
    ("ocpm", "Le demandeur signale que la date d'arrivée à Genève indiquée sur l'attestation est erronée ; le "
             "registre indique une autre date."),
    ("applicant", "Le demandeur souhaite que l'attestation mentionne aussi son second prénom, qu'il n'avait pas "
                  "saisi lors de sa commande."),
)


class _MailWork:
    """Phase 3 of the seed: the mail room's day, through the services, as ``courrier`` (and the caseworkers for what
    is theirs: sending again, corrections).

    The hearing letters of phase 2 are printed and shipped; some of the attestations waiting and all but one of the
    issued decisions are printed in one job (a temporary PDF file, deleted), then shipped — except one attestation
    left ``ready_to_ship`` — with new item numbers for registered items. A tracking import delivers an attestation
    and a decision and notes a delivery attempt on another decision, returned ``not_collected`` (notified at the end
    of the holding period). One attestation returned ``unknown_address`` is sent again to a corrected address by
    its caseworker (``ready_to_ship``), another returned ``moved`` stays ``returned``. Two historic orders get a
    correction request: attributable to the OCPM (reissued: ``approved`` with a new attestation) and to the
    applicant (recorded). Then the deposit list of the day's registered items. Steps whose orders are missing (a
    small seed) are skipped."""

    def __init__(self, engine: Engine, seed: int, today: date, progress: Progress) -> None:
        self.engine = engine
        self.rng = random.Random(f"{seed}:mailroom")
        self.today = today
        self.progress = progress
        self.actors = {name: Actor(name, roles) for name, roles in _ROLES_OF.items()}
        self.mail = self.actors[_MAIL]
        self.counts: Counter[str] = Counter({key: 0 for key in _MAIL_COUNTS})
        self.serial = _SERVICE_SERIAL
        self.shipped_days: set[date] = set()

    def _number(self, international: bool) -> str:
        self.serial += 1
        return _item_number(self.serial, international)

    def _print(self, items: Sequence[PrintItem]) -> None:
        import os
        import tempfile

        if not items:
            return
        handle, path = tempfile.mkstemp(prefix="ocpm-seed-print-", suffix=".pdf")
        os.close(handle)
        try:
            mailroom.print_batch(self.engine, self.mail, [i.key for i in items], PrintDestination("file", path))
        finally:
            os.unlink(path)
        self.counts["print_jobs"] += 1
        for item in items:
            self.counts[f"printed_{item.content}s"] += 1

    def _ship(self, item: PrintItem) -> str:
        """Scan the order, then ship it (a new item number when registered); returns the number or the reference."""
        scanned = mailroom.scan(self.engine, self.mail, item.reference, today=self.today)
        number = self._number(scanned.international) if scanned.needs_item_number else None
        view = mailroom.ship(self.engine, self.mail, scanned.order_id, scanned.version, number, today=self.today)
        self.counts["shipped"] += 1
        if number is not None:
            self.shipped_days.add(geneva_date(view.shipped_at))
        return number or item.reference

    def _version(self, order_id: int) -> int:
        o = Base.metadata.tables["orders"]
        with self.engine.connect() as conn:
            return int(conn.execute(select(o.c.version).where(o.c.id == order_id)).scalar_one())

    def _approver(self, order_id: int) -> Actor:
        """Whoever approved the order (its caseworker)."""
        e = Base.metadata.tables["order_events"]
        with self.engine.connect() as conn:
            name = conn.execute(select(e.c.actor).where(e.c.order_id == order_id, e.c.action == "approve")
                                .order_by(e.c.id.desc()).limit(1)).scalar_one()
        return self.actors[name]

    @staticmethod
    def _take(items: list[PrintItem], prefer: Callable[[PrintItem], bool]) -> PrintItem | None:
        for i, item in enumerate(items):
            if prefer(item):
                return items.pop(i)
        return items.pop(0) if items else None

    def run(self) -> Counter[str]:
        engine, mail, today, rng = self.engine, self.mail, self.today, self.rng
        steps = 7
        self.progress("mailroom", 0, steps)
        queue = mailroom.print_queue(engine, mail)
        letters = [i for i in queue if i.content == "hearing_letter"]
        self._print(letters)
        for item in letters:
            self._ship(item)
        self.progress("mailroom", 1, steps)

        attestations = [i for i in queue if i.content == "attestation"]
        decided = [i for i in queue if i.content == "decision"]
        rng.shuffle(attestations)
        rng.shuffle(decided)
        chosen = attestations[:min(_MAX_PRINTED_ATTESTATIONS, len(attestations) // 2)]
        decisions_out = decided[:max(0, len(decided) - 1)]  # one refused order is left to print
        self._print([*chosen, *decisions_out])
        self.progress("mailroom", 2, steps)

        # what becomes of each printed item: attestations first the ones every demo needs
        pool = list(chosen)
        again = self._take(pool, lambda i: i.town[:1].isdigit())  # a Swiss address, corrected before sending again
        moved = self._take(pool, lambda i: True)
        self._take(pool, lambda i: True)  # printed, not shipped yet: stays ready_to_ship
        delivered = self._take(pool, lambda i: i.registered)
        shipped_only = pool
        attempted = decisions_out[0] if decisions_out else None
        decision_delivered = decisions_out[1] if len(decisions_out) > 1 else None
        numbers: dict[str, str] = {}
        for to_ship in (again, moved, delivered, *shipped_only, *decisions_out):
            if to_ship is not None:
                numbers[to_ship.key] = self._ship(to_ship)
        self.progress("mailroom", 3, steps)

        lines: list[str] = []
        for reached in (delivered, decision_delivered):
            if reached is not None and reached.registered:
                day = max(today, *self.shipped_days)
                lines.append(f"{numbers[reached.key]},delivered,{day.isoformat()}")
        if attempted is not None:
            day = max(today, *self.shipped_days)
            lines.append(f"{numbers[attempted.key]},attempted,{day.isoformat()}")
        if lines:
            result = mailroom.import_tracking(engine, mail, "item_number,event,date\n" + "\n".join(lines) + "\n")
            assert not result.unknown_items and not result.rejected, (result.unknown_items, result.rejected)
            self.counts["tracking_events"] += result.recorded
            self.counts["delivered"] += result.delivered
        self.progress("mailroom", 4, steps)

        if attempted is not None:
            mailroom.record_return(engine, mail, numbers[attempted.key], "not_collected", today=today)
            self.counts["returned"] += 1
        if moved is not None:
            mailroom.record_return(engine, mail, numbers[moved.key], "moved",
                                   "Le destinataire a déménagé sans laisser d'adresse", today=today)
            self.counts["returned"] += 1
        if again is not None:
            mailroom.record_return(engine, mail, numbers[again.key], "unknown_address", today=today)
            self.counts["returned"] += 1
            caseworker = self._approver(again.order_id)
            street = rng.choice(_GENEVA_STREETS)
            mailroom.send_again(engine, caseworker, again.order_id, self._version(again.order_id),
                                {"street": street, "house_number": str(rng.randint(1, 60))})
            self.counts["sent_again"] += 1
        self.progress("mailroom", 5, steps)

        self._corrections()
        self.progress("mailroom", 6, steps)
        for day in sorted(self.shipped_days):
            mailroom.deposit_list(engine, mail, day)
            self.counts["deposit_lists"] += 1
        self.progress("mailroom", 7, steps)
        return self.counts

    def _corrections(self) -> None:
        """Correction requests on two historic granted orders shipped weeks ago (delivered ones first)."""
        o = Base.metadata.tables["orders"]
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(o.c.id, o.c.updated_at).where(o.c.status.in_((Status.DELIVERED.value, Status.SHIPPED.value)),
                                                     o.c.outcome == Outcome.GRANTED.value,
                                                     o.c.updated_at < _geneva_to_utc(
                                                         datetime.combine(self.today - timedelta(days=10), time())))
                .order_by(o.c.status, o.c.id)
            ).all()
        if len(rows) < len(_CORRECTIONS):
            return
        picked = self.rng.sample(rows, len(_CORRECTIONS))
        for (attributable, text_), (order_id, updated_at) in zip(_CORRECTIONS, picked, strict=True):
            caseworker = self._approver(order_id)
            received = min(self.today, geneva_date(updated_at) + timedelta(days=self.rng.randint(2, 8)))
            mailroom.record_correction(self.engine, caseworker, order_id, self._version(order_id), received, text_,
                                       attributable, today=self.today)
            self.counts["corrections_reissued" if attributable == "ocpm" else "corrections_recorded"] += 1


# ------------------------------------------------------------------------------------------------ reset
# Everything that hangs off orders, children first; then orders, applicants and the register.
#: Phase 4: a file from the e-démarches platform whose lines could not become orders (DESIGN §9), imported through
#: ``intake.import_orders`` as the intake account; the supervisor resolves one. Only quarantined lines: the orders
#: of phases 1–3 stay as they are. The card number is a well-known test number, masked before it is stored.
_INTAKE_SOURCE = "e-demarches-demo.jsonl"
_INTAKE_RESOLUTION = ("Prestation inexistante au catalogue : signalé à l'équipe e-démarches, qui a renvoyé la commande "
                      "avec le bon code.")


def _intake_lines(today: date, first_seq: int) -> bytes:
    day = today - timedelta(days=1)
    ordered = f"{day.isoformat()}T09:12:00+01:00"
    paid = f"{day.isoformat()}T09:14:30+01:00"

    def record(seq: int, **changes: Any) -> dict[str, Any]:
        base: dict[str, Any] = {
            "reference": make_order_reference(day.year, seq), "service_code": "ATT-RES", "quantity": 1,
            "ordered_at": ordered, "status": "paid",
            "applicant": {"avs": "756.1234.5678.97", "last_name": "Rochat", "first_name": "Léa",
                          "birth_date": "1986-04-12", "email": "lea.rochat@example.ch", "language": "fr"},
            "concerned_person": None,
            "delivery": {"product": "B", "address": {"mr_mrs": "1", "first_name": "Léa", "last_name": "Rochat",
                                                     "street": "Rue de Carouge", "house_number": "41",
                                                     "swiss_zip_code": "1205", "town": "Genève", "country": "CH"}},
            "payment": {"provider_reference": f"PSP-DEMO{seq % 10_000:04d}", "brand": "VISA", "fee_chf": "25.00",
                        "postage_chf": "0.00", "validated_at": paid},
        }
        base.update(changes)
        return base

    card = record(first_seq)
    card["applicant"] = {**card["applicant"], "email": "4111 1111 1111 1111"}  # typed into the e-mail field
    short_money = record(first_seq + 2)
    short_money["payment"] = {**short_money["payment"], "fee_chf": "25"}
    no_payment = record(first_seq + 3, payment=None)
    lines = [
        card,
        record(first_seq + 1, service_code="ATT-NAT"),  # a service the catalogue does not have
        short_money,
        no_payment,
    ]
    text_lines = [json.dumps(line, ensure_ascii=False) for line in lines]
    text_lines.append(json.dumps(record(first_seq + 4), ensure_ascii=False)[:180])  # cut off in transfer
    return ("\n".join(text_lines) + "\n").encode("utf-8")


def _intake_work(engine: Engine, today: date) -> dict[str, int]:
    with engine.connect() as conn:
        last = conn.execute(select(func.max(Base.metadata.tables["orders"].c.reference))).scalar() or ""
    first_seq = int(last[-8:]) + 1_000 if last[-8:].isdigit() else 90_000_000
    data = _intake_lines(today, first_seq)
    summary = intake.import_orders(engine, Actor(_INTAKE, frozenset({Role.INTAKE})), io.BytesIO(data),
                                   _INTAKE_SOURCE, total_bytes=len(data))
    supervisor = Actor(_SUPERVISORS[0], frozenset({Role.SUPERVISOR}))
    unknown = [row for row in intake.quarantine_rows(engine, supervisor).rows
               if any(reason.params.get("where") == "service_code" for reason in row.reasons)]
    for row in unknown[:1]:
        intake.resolve_quarantine(engine, supervisor, row.id, _INTAKE_RESOLUTION)
    return {"quarantined": summary.quarantined, "resolved": len(unknown[:1])}


_ORDER_TABLES = (
    "tracking_events", "shipments", "deposit_lists", "decision_grounds", "decisions", "hearings", "documents",
    "correction_requests", "condition_results", "order_events", "orders", "applicants",
    "register_guardianships", "register_residences", "register_persons", "import_quarantine",
)
_SEEDED_ID_TABLES = ("register_persons", "register_residences", "register_guardianships", "applicants", "orders",
                     "order_events", "shipments", "tracking_events")


def _delete_demo(conn: Connection) -> None:
    """Empty the order and register tables and the audit trail (children first)."""
    t = Base.metadata.tables
    if conn.dialect.name == "postgresql":
        # one TRUNCATE: row-by-row DELETE would check every foreign key per row (orders.concerned_person_id has no
        # index, so emptying applicants alone takes minutes for 100 000 orders)
        conn.execute(text(f"TRUNCATE {', '.join((*_ORDER_TABLES, 'audit_events'))}"))
        return
    for name in _ORDER_TABLES:
        conn.execute(delete(t[name]))
    conn.execute(delete(t["audit_events"]))


def _replace_demo_staff(conn: Connection) -> None:
    """Demo accounts are written afresh (no order refers to them any more at this point)."""
    t = Base.metadata.tables
    names = [name for name, _d, _r in DEMO_ACCOUNTS]
    conn.execute(delete(t["staff_roles"]).where(t["staff_roles"].c.username.in_(names)))
    conn.execute(delete(t["staff"]).where(t["staff"].c.username.in_(names)))


def _reset_sequences(conn: Connection, tables: Sequence[str]) -> None:
    """PostgreSQL: ids were given explicitly, so move each serial sequence past them."""
    for name in tables:
        conn.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, "
            "false)"
        ))


def _undo(engine: Engine, first_ids: Mapping[str, int], error: BaseException) -> int:
    """After a failure in phase 2 or 3: delete what the seed wrote (the database held no orders before it), record
    why.

    Orders and everything hanging off them and the applicants are emptied; the register loses the rows the seed
    added (ids from ``first_ids``); the demo accounts stay. The audit trail is not rewritten: it keeps the seed's
    and the services' events and gets ``demo.seed_failed``. Returns the number of orders deleted."""
    t = Base.metadata.tables
    register = ("register_guardianships", "register_residences", "register_persons")
    with UnitOfWork(engine) as uow:
        conn = uow.session.connection()
        deleted = int(conn.execute(select(func.count()).select_from(t["orders"])).scalar_one())
        hanging = [name for name in _ORDER_TABLES if name not in register]
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT ocpm_skip_row_audit()"))
            conn.execute(text(f"TRUNCATE {', '.join(hanging)}"))
        else:
            for name in hanging:
                conn.execute(delete(t[name]))
        for name in register:
            conn.execute(delete(t[name]).where(t[name].c.id >= first_ids[name]))
        append_audit(uow.session, SEED_ACTOR, "demo.seed_failed", "database", "demo", {
            "error": f"{type(error).__name__}: {error}"[:1000], "orders_deleted": deleted,
        })
        uow.commit()
    return deleted


#: Tables the services write to in phase 2 (their counts in the summary are read back from the database).
_SERVICE_TABLES = ("order_events", "condition_results", "hearings", "documents", "decisions", "decision_grounds",
                   "shipments", "tracking_events", "deposit_lists", "correction_requests", "import_quarantine")


def _count_rows(conn: Connection, table: str) -> int:
    return int(conn.execute(select(func.count()).select_from(Base.metadata.tables[table])).scalar_one())


# ------------------------------------------------------------------------------------------------ entry point
def seed_demo(
    engine: Engine,
    *,
    orders: int,
    seed: int = 2026,
    reset: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
) -> SeedSummary:
    """Fill the database with demo staff, register, ``orders`` orders and refusal work (DESIGN §5 ``seed-demo``).

    Migrates and loads the reference data first (idempotent), so an empty database will do. A database that already
    holds orders is refused (``DomainError``) unless ``reset`` is true; then orders and everything hanging off them,
    applicants, the register, the demo accounts and the audit trail are deleted and written afresh.

    Phase 1 (accounts, register, orders with their shipments, the waiting attestations, the ``demo.seeded`` event)
    is one transaction: an error there changes nothing. Phases 2 (refusal work) and 3 (the mail room's) then call the
    services, each call its own transaction; if any of them fails,
    the orders, applicants and register rows the seed wrote are deleted again (``demo.seed_failed`` is audited, the
    demo accounts and the audit events stay) and the error is raised: the database holds no orders, as before the
    seed — or, after ``reset``, without the replaced ones. Only if that clean-up fails too (the database gone) are
    phase 1's data and part of the work through the services left; ``--reset`` then replaces them. The same ``seed`` and
    ``today`` give the same data.
    """
    if orders < 0:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "the number of orders cannot be negative ({orders})"), orders=orders)
    started = _time.perf_counter()
    today = today or clock.today()
    report: Progress = progress or (lambda _phase, _done, _total: None)
    report("prepare", 0, 1)
    upgrade(engine)  # a database that cannot be reached fails here, as ConnectionFailed
    dialect = engine.dialect.name
    # hashed once for every account; on PostgreSQL the server checks passwords (no hash stored)
    password_hash = hash_password(DEMO_PASSWORD) if dialect == "sqlite" else None
    t = Base.metadata.tables
    with UnitOfWork(engine) as uow:
        session: Session = uow.session
        reference_rows = load_reference_data(session)
        conn = session.connection()
        if dialect == "postgresql":
            # A bulk load by the database owner: one summary event instead of a row event per order (only the
            # owner may mark its transaction so; see adapters/migrations/pg_write_model.py).
            conn.execute(text("SELECT ocpm_skip_row_audit()"))
        existing = conn.execute(select(func.count()).select_from(t["orders"])).scalar_one()
        if existing and not reset:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "the database already holds {count} orders; use --reset to replace them"), count=existing)
        report("prepare", 1, 1)
        if reset:
            report("reset", 0, 1)
            _delete_demo(conn)
            report("reset", 1, 1)
        _replace_demo_staff(conn)
        seeder = _Seeder(conn, seed, today, _read_reference(conn), report)
        for name in _SEEDED_ID_TABLES:
            seeder.next_id[name] = conn.execute(select(func.coalesce(func.max(t[name].c.id), 0))).scalar_one() + 1
        first_ids = dict(seeder.next_id)
        seeder.avs_taken.update(conn.execute(select(t["register_persons"].c.avs)).scalars())
        created_at = _geneva_to_utc(datetime.combine(today - timedelta(days=2 * 365), time(8)))
        seeder.seed_staff(password_hash, created_at)
        seeder.seed_register(orders)
        seeder.seed_orders(orders)
        seeder.seed_attestations(session)
        if dialect == "postgresql":
            _reset_sequences(conn, _SEEDED_ID_TABLES)
        bulk_rows = dict(sorted(seeder.rows.items()))
        bulk_rows["audit_events"] = 1
        append_audit(session, SEED_ACTOR, "demo.seeded", "database", "demo", {
            "orders": orders, "seed": seed, "today": today.isoformat(), "reset": reset, "replaced_orders": existing,
            "rows": bulk_rows, "statuses": dict(sorted(seeder.statuses.items())),
            "reference_rows_changed": reference_rows,
        })
        audit_after_bulk = _count_rows(conn, "audit_events")
        uow.commit()
    try:
        work = _RefusalWork(engine, seed, today, seeder.ref.closures, report)
        refusals = work.run(work.candidates(seeder.refusal_candidates), _refusal_slots(orders))
        mail = _MailWork(engine, seed, today, report).run()
        intake_counts = _intake_work(engine, today)
        with engine.connect() as conn:
            statuses = dict(conn.execute(
                select(t["orders"].c.status, func.count()).group_by(t["orders"].c.status).order_by(t["orders"].c.status)
            ).tuples().all())
            rows = dict(bulk_rows)
            for name in _SERVICE_TABLES:
                rows[name] = _count_rows(conn, name)  # the database held no orders before the seed
            rows["audit_events"] = 1 + _count_rows(conn, "audit_events") - audit_after_bulk
    except BaseException as exc:  # an interrupted seed too: no half-written demo
        try:
            _undo(engine, first_ids, exc)
        except Exception as cleanup:
            exc.add_note(f"the demo data could not be deleted again ({cleanup}): run seed-demo --reset")
        raise
    return SeedSummary(
        orders=orders,
        seed=seed,
        today=today,
        rows=dict(sorted(rows.items())),
        statuses=statuses,
        services=dict(sorted(seeder.services.items())),
        products=dict(sorted(seeder.products.items())),
        defects=dict(sorted(seeder.defects.items())),
        refusals={key: refusals[key] for key in _REFUSAL_COUNTS},
        mailroom={key: mail[key] for key in _MAIL_COUNTS},
        intake=intake_counts,
        replaced_orders=existing if reset else 0,
        elapsed_seconds=round(_time.perf_counter() - started, 3),
    )
