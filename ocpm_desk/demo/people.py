"""The demo population register (phase 1): people with valid AVS numbers, names and streets drawn from Faker pools,
Geneva residences (a residence history for some), departures to another canton or abroad, minors with a parent as
guardian, and people who are not in the register at all; ``Register`` writes them and keeps them by kind for the
orders to draw from."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from ocpm_desk.demo.bulk import BulkWriter, Row
from ocpm_desk.demo.places import (
    COUNTRY_LABELS,
    EMAIL_DOMAINS,
    ENGLISH_STREETS,
    FAKER_LOCALES,
    GENEVA_STREETS,
    LANGUAGE_BY_POOL,
    PICK_FOREIGN,
    PICK_GENEVA_ZIP_CODE,
    PICK_NATIONALITY,
    PICK_PAST_RESIDENCES,
    PICK_PERMIT,
    PICK_SWISS_DESTINATION,
    PICK_SWISS_ORIGIN,
    POOL_DRAWS,
)
from ocpm_desk.demo.proportions import WINDOW_DAYS
from ocpm_desk.kernel.identifiers import is_valid_avs


# ------------------------------------------------------------------------------------------------ AVS numbers
def _avs_check_digit(twelve: str) -> int:
    total = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(twelve))
    return (10 - total % 10) % 10


def _dotted(thirteen: str) -> str:
    return f"{thirteen[:3]}.{thirteen[3:7]}.{thirteen[7:11]}.{thirteen[11:]}"


def wrong_check_digit(avs: str, rng: random.Random) -> str:
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
class Person:
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
    guardian: Person | None = None
    email: str | None = None
    language: str = "fr"


@dataclass(slots=True)
class Pools:
    female: dict[str, list[str]] = field(default_factory=dict)
    male: dict[str, list[str]] = field(default_factory=dict)
    last: dict[str, list[str]] = field(default_factory=dict)
    streets: dict[str, list[str]] = field(default_factory=dict)


def draw_pools(seed: int) -> Pools:
    """A few thousand names and streets drawn once from Faker (seeded), then combined with ``random``."""
    from faker import Faker  # heavy import, only when seeding

    pools = Pools()
    for index, locale in enumerate(FAKER_LOCALES):
        fake = Faker(locale)
        fake.seed_instance(seed * 31 + index)
        key = "en" if locale == "en_GB" else locale
        pools.female[key] = list(dict.fromkeys(fake.first_name_female() for _ in range(POOL_DRAWS)))
        pools.male[key] = list(dict.fromkeys(fake.first_name_male() for _ in range(POOL_DRAWS)))
        pools.last[key] = list(dict.fromkeys(fake.last_name() for _ in range(POOL_DRAWS)))
        if key == "en":
            pools.streets[key] = list(ENGLISH_STREETS)
        else:
            streets = (fake.street_name() for _ in range(POOL_DRAWS))
            pools.streets[key] = list(dict.fromkeys(s[:1].upper() + s[1:] for s in streets if len(s) <= 40))
    return pools


class Register:
    """The people of the demo register, written by ``seed_register`` (persons, residences, guardianships) and kept
    by kind (residents, Swiss or foreign, with a residence history; departed; minors) for the orders to draw their
    subjects from. ``avs_taken`` holds the AVS numbers in use (the database's are added first)."""

    def __init__(self, writer: BulkWriter, rng: random.Random, today: date, pools: Pools) -> None:
        self.writer = writer
        self.rng = rng
        self.today = today
        self.pools = pools
        self.avs_taken: set[str] = set()
        self.residents: list[Person] = []
        self.residents_swiss: list[Person] = []
        self.residents_foreign: list[Person] = []
        self.residents_history: list[Person] = []
        self.departed: list[Person] = []
        self.minors: list[Person] = []

    def _avs(self) -> str:
        while True:
            twelve = f"756{self.rng.randrange(10**9):09d}"
            avs = _dotted(twelve + str(_avs_check_digit(twelve)))
            if avs not in self.avs_taken:
                self.avs_taken.add(avs)
                assert is_valid_avs(avs), avs
                return avs

    def street(self, pool: str, *, geneva: bool = False) -> str:
        if geneva and self.rng.random() < 0.4:
            return self.rng.choice(GENEVA_STREETS)
        return self.rng.choice(self.pools.streets[pool])

    def house_number(self) -> str | None:
        r = self.rng.random()
        if r < 0.02:
            return None
        number = str(min(int(self.rng.expovariate(1 / 25)) + 1, 180))
        if r > 0.96:
            number += self.rng.choice(("bis", "A", "B"))
        return number

    def geneva_address(self) -> tuple[str, str | None, str, str, str]:
        zip_code, town, commune = PICK_GENEVA_ZIP_CODE.pick(self.rng)
        return self.street("fr_CH", geneva=True), self.house_number(), zip_code, town, commune

    def _name(self, pool: str, sex: str) -> tuple[str, str]:
        firsts = self.pools.female[pool] if sex == "F" else self.pools.male[pool]
        return self.rng.choice(self.pools.last[pool]), self.rng.choice(firsts)

    def _contact(self, person: Person) -> None:
        rng = self.rng
        if person.kind == "minor" or rng.random() < 0.05:
            person.email = None
        else:
            suffix = str(rng.randint(1, 99)) if rng.random() < 0.3 else ""
            person.email = (f"{_ascii_slug(person.first_name)}.{_ascii_slug(person.last_name)}{suffix}"
                            f"@{rng.choice(EMAIL_DOMAINS)}")
        language = LANGUAGE_BY_POOL.get(person.pool, "fr")
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
                self.writer.insert("register_persons", persons)
                self.writer.insert("register_residences", residences)
                self.writer.insert("register_guardianships", guardianships)
                persons.clear()
                residences.clear()
                guardianships.clear()
                self.writer.progress("register", self.writer.rows["register_persons"], total)

        def residence(person: Person, street: str, number: str | None, zip_code: str, town: str, commune: str,
                      arrived: date, departed: date | None, destination: str | None) -> None:
            residences.append({
                "id": self.writer.new_id("register_residences"), "person_id": person.id, "street": street,
                "house_number": number, "zip_code": zip_code, "town": town, "commune": commune,
                "arrived_on": arrived, "departed_on": departed, "departure_destination": destination,
            })

        def past_residences(person: Person, first_arrival: date, until: date) -> date:
            """0–3 earlier Geneva residences between first_arrival and until; returns the last move date."""
            count = PICK_PAST_RESIDENCES.pick(rng)
            span = (until - first_arrival).days
            if count == 0 or span < 400:
                return first_arrival
            moves = sorted(rng.sample(range(1, span), count))
            arrived = first_arrival
            for offset in moves:
                moved = first_arrival + timedelta(days=offset)
                street, number, zip_code, town, commune = self.geneva_address()
                residence(person, street, number, zip_code, town, commune, arrived, moved, None)
                arrived = moved
            person.history = True
            return arrived

        for i in range(total):
            kind = "resident" if i < n_residents else "departed" if i < n_residents + n_departed else "minor"
            sex = "F" if rng.random() < 0.51 else "M"
            birth = self._birth_date(kind == "minor")
            guardian: Person | None = None
            if kind == "minor":
                guardian = self._parent_for(birth)
                swiss, pool, nationality = guardian.swiss, guardian.pool, guardian.nationality
                last_name = guardian.last_name
                first_name = self._name(pool, sex)[1]
            else:
                swiss = rng.random() < 0.6
                if swiss:
                    pool, nationality = PICK_SWISS_ORIGIN.pick(rng), "CH"
                else:
                    nationality, pool = PICK_NATIONALITY.pick(rng)
                last_name, first_name = self._name(pool, sex)
                if rng.random() < 0.08:  # double first names (Jean-Pierre, Anne-Marie…)
                    double = f"{first_name}-{self._name(pool, sex)[1]}"
                    first_name = double if len(double) <= 30 else first_name
            person = Person(self.writer.new_id("register_persons"), self._avs(), last_name, first_name, birth, sex,
                            pool, kind, "", None, "", "", "CH", swiss=swiss, nationality=nationality, guardian=guardian)
            persons.append({
                "id": person.id, "avs": person.avs, "last_name": last_name, "first_name": first_name,
                "birth_date": birth, "sex": sex, "nationality": nationality, "swiss_citizen": swiss,
                "permit_type": None if swiss else PICK_PERMIT.pick(rng),
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
                    "id": self.writer.new_id("register_guardianships"), "ward_id": person.id,
                    "guardian_id": guardian.id, "kind": "parent" if rng.random() < 0.97 else "guardian",
                    "valid_from": birth, "valid_to": None,
                })
                self.minors.append(person)
            elif kind == "resident":
                if born_here:
                    first_arrival = birth
                else:  # came to Geneva as a child or an adult, before the orders' window
                    latest = (window_start - birth).days - 30
                    first_arrival = birth + timedelta(days=rng.randint(0, latest))
                arrived = past_residences(person, first_arrival, window_start)
                street, number, zip_code, town, commune = self.geneva_address()
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
                street, number, zip_code, town, commune = self.geneva_address()
                if rng.random() < 0.35:  # abroad
                    country, fzip, ftown, spool = PICK_FOREIGN.pick(rng)
                    destination = f"{ftown} ({COUNTRY_LABELS[country]})"
                    person.street, person.zip_code, person.town, person.country = (
                        self.street(spool), fzip, ftown, country)
                else:
                    dzip, dtown, destination, spool = PICK_SWISS_DESTINATION.pick(rng)
                    person.street, person.zip_code, person.town = self.street(spool), dzip, dtown
                person.house_number = self.house_number()
                residence(person, street, number, zip_code, town, commune, arrived, departed, destination)
                self.departed.append(person)
            self._contact(person)
            flush()
        flush(force=True)

    def _parent_for(self, birth: date) -> Person:
        """A resident adult 20 to 45 years older than a child born on ``birth`` (any adult after 30 tries)."""
        for _ in range(30):
            parent = self.rng.choice(self.residents)
            gap = (birth - parent.birth_date).days / 365.25
            if 20 <= gap <= 45:
                return parent
        return parent

    def unregistered_person(self) -> Person:
        """Someone with a valid AVS number who is not in the register (e.g. never lived in Geneva)."""
        sex = "F" if self.rng.random() < 0.5 else "M"
        pool = PICK_SWISS_ORIGIN.pick(self.rng)
        last_name, first_name = self._name(pool, sex)
        street, number, zip_code, town, _commune = self.geneva_address()
        person = Person(0, self._avs(), last_name, first_name, self._birth_date(False), sex, pool, "unregistered",
                        street, number, zip_code, town, "CH")
        self._contact(person)
        return person
