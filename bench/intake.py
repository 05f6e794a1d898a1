#!/usr/bin/env python3
"""Benchmark: order intake (DESIGN §9) — N records from the e-démarches platform imported by the real CLI.

A deterministic generator (``write_records``) streams N realistic JSON Lines records to a temporary file, never
holding them all: mostly paid orders; orders awaiting payment whose payment (or cancellation) line follows later in
the file (updates); orders cancelled before payment; some records the platform sends twice (unchanged); a few paid
orders "cancelled" afterwards (a conflict, G2: quarantined); a few per cent of lines that cannot become an order
(bad JSON, not UTF-8, missing fields, unknown service, malformed money, quantity or reference, a date without its
offset, a payment without ``paid``, a Luhn-valid card number in a free field: quarantined); and business defects
that are imported all the same (a wrong AVS check digit, a fee short, a street beyond eCH-0010). The generator
knows what each line must do, so the import's summary is checked against it, not only for adding up.

Each database — SQLite (a temporary file, or ``OCPM_DATABASE_URL`` when it names SQLite) and PostgreSQL, twice:
two fresh databases on the ``--postgres`` server (else on ``OCPM_DATABASE_URL``'s server when it names PostgreSQL),
created and dropped by the script — is migrated and loaded with the reference data by the script (as the URL's
login, the database owner), then:

1. ``ocpm-desk-admin import-orders FILE --json --database URL`` imports the N-record file (a subprocess: its
   wall-clock time, Python start-up included, and its peak RSS are measured, from ``wait4``);
2. the same command imports the same file again: idempotent, every line ``unchanged``;
3. the same command imports a file of N/10 records (other references): its peak RSS against step 1's shows whether
   memory stays flat (streamed, not loaded whole);
4. an empty file is imported: the fixed cost of the command (start-up, imports, connection, reference data).

On PostgreSQL the first database is imported into as the users' path runs: the CLI connects as its own login,
``<prefix>bench_intake``, a member of the group role ``<prefix>intake`` (prefix: ``OCPM_ROLE_PREFIX``, else one
of this run's own, dropped afterwards), with its ``staff`` and ``staff_roles`` rows, so the database checks every
row it writes; the login gets a new random password (SCRAM-hashed on the client), passed to the CLI in
``PGPASSWORD``, so this also works on a server that checks passwords. The second database is imported into as the
owner, whom the triggers trust, for comparison: both figures are printed side by side.

There is no named peer; as a baseline in the same run, ``ocpm_desk.features.intake.rules.read_line`` alone parses the
N-record file in this process (records/s of the parsing), which shows what the database costs.
Target (issue): ≥ 5 000 records/s on PostgreSQL as the intake login and on SQLite, memory flat.

    python bench/intake.py [--records 100000] [--seed 1] [--postgres URL | --skip-postgres]

Prints a readable table, then, as its last line, one JSON object with the figures (snake_case). Exits 1 when an
import fails or its counts do not match what the generator wrote; a missed speed target is reported, not an error.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parent))  # loaded by its path (a test does): where _benchlib is
import _benchlib

# isort: split
import argparse
import heapq
import json
import os
import random
import secrets
import subprocess
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ocpm_desk.features.intake.api import ImportSummary

DEFAULT_RECORDS = 100_000
MIN_RECORDS = 200
TARGET_RECORDS_PER_S = 5000.0
#: Memory is "flat" when the peak RSS at N records is at most this multiple of the peak at N/10.
MAX_PEAK_RSS_RATIO = 1.25
DEFAULT_PG_SERVER = "postgresql://root@127.0.0.1:5432/postgres"
#: The intake login is ``<role prefix>bench_intake``, a member of ``<role prefix>intake``.
LOGIN_STEM = "bench_intake"
REFERENCE_YEAR = 2026
#: The small (N/10) file's references start here, apart from the full file's (ED-2026-00000001…).
SMALL_FIRST_SEQ = 50_000_001
MAX_RECORDS = SMALL_FIRST_SEQ - 1
SERVICES = ("ATT-RES", "ATT-RES-HIST", "ATT-RES-CIV", "ATT-DEP", "ATT-DEP-HIST")
ROOT = Path(__file__).resolve().parents[1]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bench/intake.py",
        description="Import N generated e-démarches records (JSON Lines, DESIGN §9) with `ocpm-desk-admin "
                    "import-orders` into SQLite and PostgreSQL (as the intake login, then as the database owner): "
                    "records/s, re-import (idempotent) records/s, peak RSS at N and N/10 records (flat memory), and "
                    "the parsing alone as a baseline.",
    )
    parser.add_argument("--records", type=int, default=DEFAULT_RECORDS, metavar="N",
                        help=f"lines in the intake file (default {DEFAULT_RECORDS}); the memory run uses N/10")
    parser.add_argument("--seed", type=int, default=1, metavar="S", help="generator seed (default 1)")
    parser.add_argument("--postgres", metavar="URL", default=None,
                        help="PostgreSQL server on which the script creates (and drops) its two databases, as "
                             "a login that may create databases and roles (default: OCPM_DATABASE_URL's server if "
                             f"it names PostgreSQL, else {DEFAULT_PG_SERVER})")
    parser.add_argument("--skip-postgres", action="store_true", help="SQLite only (no PostgreSQL figures)")
    parser.add_argument("--keep-file", metavar="FILE", type=Path, default=None,
                        help="also keep a copy of the N-record intake file here (for profiling)")
    args = parser.parse_args(argv)
    if not MIN_RECORDS <= args.records <= MAX_RECORDS:
        parser.error(f"--records must be from {MIN_RECORDS} to {MAX_RECORDS}")
    return args


# ------------------------------------------------------------------------------------------------ the generator

# Geneva postal codes with their town as Swiss Post writes it.
_GENEVA = (
    ("1201", "Genève"), ("1202", "Genève"), ("1203", "Genève"), ("1204", "Genève"), ("1205", "Genève"),
    ("1206", "Genève"), ("1207", "Genève"), ("1208", "Genève"), ("1209", "Genève"), ("1212", "Grand-Lancy"),
    ("1213", "Petit-Lancy"), ("1214", "Vernier"), ("1217", "Meyrin"), ("1219", "Le Lignon"), ("1220", "Les Avanchets"),
    ("1223", "Cologny"), ("1224", "Chêne-Bougeries"), ("1225", "Chêne-Bourg"), ("1226", "Thônex"),
    ("1227", "Carouge GE"), ("1228", "Plan-les-Ouates"), ("1231", "Conches"), ("1232", "Confignon"), ("1233", "Bernex"),
    ("1234", "Vessy"), ("1242", "Satigny"), ("1245", "Collonge-Bellerive"), ("1246", "Corsier GE"),
    ("1247", "Anières"), ("1253", "Vandœuvres"), ("1255", "Veyrier"), ("1256", "Troinex"), ("1258", "Perly"),
    ("1290", "Versoix"), ("1292", "Chambésy"), ("1293", "Bellevue"), ("1294", "Genthod"),
)  # fmt: skip
_ABROAD = (
    ("FR", "74100", "Annemasse"), ("FR", "01210", "Ferney-Voltaire"), ("FR", "74160", "Saint-Julien-en-Genevois"),
    ("FR", "75011", "Paris"), ("DE", "10115", "Berlin"), ("IT", "20121", "Milano"), ("PT", "1100-148", "Lisboa"),
    ("ES", "28001", "Madrid"), ("GB", "SW1A 1AA", "London"), ("BE", "1000", "Bruxelles"),
)  # fmt: skip
_POSTAGE = {"B": "0.00", "A": "1.20", "R": "6.20", "INT-ECO": "1.90", "INT-PRIO": "2.50", "INT-R": "7.50"}
_FEE_CENTIMES = 2500
_SERVICE_WEIGHTS = (50, 12, 10, 20, 8)
_DOMESTIC = (("B", "A", "R"), (75, 16, 9))
_INTERNATIONAL = (("INT-ECO", "INT-PRIO", "INT-R"), (45, 35, 20))
_BRANDS = (("VISA", "MASTERCARD", "POSTFINANCE"), (48, 37, 15))
_LANGUAGES = (("fr", "en", "de", "it", "pt", "es"), (78, 9, 6, 4, 2, 1))
_LONG_STREET_TAIL = ", entrée par la cour intérieure, bâtiment C"  # beyond eCH-0010's 60 characters

#: What a newly drawn line becomes (per mille); follow-up lines (payments, cancellations) come on top.
_KINDS: tuple[tuple[str, int], ...] = (
    ("paid", 800),
    ("awaiting_then_paid", 70),
    ("awaiting_then_cancelled", 15),
    ("awaiting", 15),
    ("cancelled", 15),
    ("resent", 10),  # a line sent again, byte for byte: unchanged
    ("conflict", 5),  # a paid order "cancelled" afterwards (G2): quarantined
    ("bad_json", 8),
    ("not_utf8", 3),
    ("missing_field", 8),
    ("unknown_service", 6),
    ("card_number", 6),
    ("bad_money", 5),
    ("no_offset", 5),
    ("payment_without_paid", 4),
    ("bad_reference", 3),
    ("bad_quantity", 2),
)
BAD_KINDS = frozenset(k for k, _ in _KINDS if k.startswith(("bad_", "not_", "missing", "unknown", "card", "no_",
                                                               "payment_without")))
#: Business defects among the imported records (per mille of them): imported all the same, they fail in review.
_DEFECTS = (("wrong_avs_check_digit", 20), ("fee_short", 10), ("street_too_long", 10))
_FOLLOW_UP_AFTER = (20, 3000)  # a payment line comes this many lines after its awaiting_payment line


@dataclass
class Expected:
    """What the generator wrote: the summary an import of the file into an empty database must report (DESIGN §9,
    the import's own ``ImportSummary``, its time aside), and what else the generator knows of the lines."""

    summary: ImportSummary
    parse_quarantined: int  # lines ``read_line`` alone quarantines (conflicts need the database)
    first_seq: int
    last_seq: int
    bytes: int
    kinds: Counter[str]
    defects: Counter[str]

    @property
    def lines(self) -> int:
        return self.summary.lines

    def counts(self) -> dict[str, int]:
        return self.summary.counts()


def _ean13(twelve: str) -> int:
    total = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(twelve))
    return (10 - total % 10) % 10


def _dotted_avs(twelve: str, check: int) -> str:
    d = f"{twelve}{check}"
    return f"{d[:3]}.{d[3:7]}.{d[7:11]}.{d[11:]}"


def _luhn_completed(prefix: str) -> str:
    """``prefix`` followed by its Luhn check digit."""
    total = 0
    for i, ch in enumerate(reversed(prefix)):
        n = int(ch)
        if i % 2 == 0:  # doubled: the check digit will sit to the right
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return prefix + str((10 - total % 10) % 10)


class _Pools:
    """Names and streets drawn once from Faker fr_CH (a few hundred: drawing per record would be slow)."""

    def __init__(self, seed: int) -> None:
        from faker import Faker

        fake = Faker("fr_CH")
        fake.seed_instance(seed)
        self.women = [fake.first_name_female() for _ in range(200)]
        self.men = [fake.first_name_male() for _ in range(200)]
        self.last = [fake.last_name() for _ in range(400)]
        self.streets = [(lambda s: s[:1].upper() + s[1:])(fake.street_name()) for _ in range(300)]


def _ascii(text: str) -> str:
    import unicodedata

    flat = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in flat.lower() if ch.isalnum() or ch in ".-")


class _Generator:
    def __init__(self, seed: int, n: int, first_seq: int) -> None:
        from datetime import datetime
        from zoneinfo import ZoneInfo

        self.rng = random.Random(seed)
        self.pools = _Pools(seed)
        self.n = n
        self.seq = first_seq - 1
        self.zone = ZoneInfo("Europe/Zurich")
        self.start = datetime(2026, 1, 5, 7, 0, tzinfo=self.zone).timestamp()
        self.span = 355 * 86400  # the year 2026, in order of the lines
        kinds, weights = zip(*_KINDS, strict=True)
        self.kinds: tuple[str, ...] = kinds
        self.kind_weights: tuple[int, ...] = weights

    # -- pieces
    def _choice(self, options: tuple[tuple[str, ...], tuple[int, ...]]) -> str:
        return self.rng.choices(options[0], options[1])[0]

    def _when(self, timestamp: float) -> str:
        from datetime import datetime

        return datetime.fromtimestamp(int(timestamp), self.zone).isoformat(timespec="seconds")

    def _person(self, *, adult: bool = True) -> dict[str, Any]:
        rng = self.rng
        woman = rng.random() < 0.52
        first = rng.choice(self.pools.women if woman else self.pools.men)
        last = rng.choice(self.pools.last)
        twelve = "756" + "".join(rng.choices("0123456789", k=9))
        year = rng.randint(1938, 2006) if adult else rng.randint(2009, 2024)
        email = None
        if adult and rng.random() < 0.85:
            email = f"{_ascii(first)}.{_ascii(last)}{rng.randint(1, 99)}@example.ch"
        return {"avs": _dotted_avs(twelve, _ean13(twelve)), "last_name": last, "first_name": first,
                "birth_date": f"{year:04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "email": email,
                "language": self._choice(_LANGUAGES), "_woman": woman}

    def _address(self, person: dict[str, Any], product_abroad: bool) -> dict[str, Any]:
        rng = self.rng
        address: dict[str, Any] = {
            "mr_mrs": ("1" if person["_woman"] else "2") if rng.random() < 0.9 else None,
            "first_name": person["first_name"], "last_name": person["last_name"],
            "street": rng.choice(self.pools.streets), "house_number": str(rng.randint(1, 120)),
        }
        if rng.random() < 0.05:
            address["house_number"] += rng.choice("abc")
        if product_abroad:
            country, zip_code, town = rng.choice(_ABROAD)
            address.update(foreign_zip_code=zip_code, town=town, country=country)
        else:
            zip_code, town = rng.choice(_GENEVA)
            address.update(swiss_zip_code=zip_code, town=town, country="CH")
        if rng.random() < 0.03:
            address["dwelling_number"] = str(rng.randint(1, 40))
        return address

    def _payment(self, seq: int, quantity: int, product: str, at: float) -> dict[str, Any]:
        return {"provider_reference": f"PSP-{(seq * 2654435761) % 2**32:08X}", "brand": self._choice(_BRANDS),
                "fee_chf": f"{_FEE_CENTIMES * quantity // 100}.{_FEE_CENTIMES * quantity % 100:02d}",
                "postage_chf": _POSTAGE[product], "validated_at": self._when(at)}

    def record(self, index: int, status: str) -> tuple[dict[str, Any], float]:
        """A well-formed record (``status``) with the next reference; and its order time (for a later payment)."""
        rng = self.rng
        self.seq += 1
        at = self.start + self.span * index / self.n + rng.uniform(0, 600)
        abroad = rng.random() < 0.07
        product = self._choice(_INTERNATIONAL if abroad else _DOMESTIC)
        quantity = rng.choices((1, 2, 3), (93, 5, 2))[0]
        applicant = self._person()
        concerned = self._person(adult=rng.random() < 0.4) if rng.random() < 0.05 else None
        record: dict[str, Any] = {
            "reference": f"ED-{REFERENCE_YEAR}-{self.seq:08d}",
            "service_code": rng.choices(SERVICES, _SERVICE_WEIGHTS)[0],
            "quantity": quantity,
            "ordered_at": self._when(at),
            "status": status,
            "applicant": applicant,
            "concerned_person": concerned,
            "delivery": {"product": product, "address": self._address(concerned or applicant, abroad)},
        }
        if status == "paid":
            record["payment"] = self._payment(self.seq, quantity, product, at + rng.uniform(40, 540))
        elif rng.random() < 0.5:
            record["payment"] = None  # null or absent: both allowed when not paid
        for person in (applicant, concerned):
            if person is not None:
                person.pop("_woman")
        return record, at

    def defect(self, record: dict[str, Any]) -> str | None:
        """Maybe give an importable record a business defect (fails in review, imported all the same)."""
        draw = self.rng.randrange(1000)
        for name, per_mille in _DEFECTS:
            if draw < per_mille:
                if name == "wrong_avs_check_digit":
                    digits = record["applicant"]["avs"].replace(".", "")
                    record["applicant"]["avs"] = _dotted_avs(digits[:12], (int(digits[12]) + 1) % 10)
                elif name == "fee_short":
                    if record.get("payment") is None:
                        return None
                    record["payment"]["fee_chf"] = "20.00"
                else:
                    record["delivery"]["address"]["street"] += _LONG_STREET_TAIL
                return name
            draw -= per_mille
        return None

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(("4111111111111", "4000056655665", "5555555555554", "5200828282828"))
        digits = _luhn_completed(prefix[:12] + "".join(rng.choices("0123456789", k=3)))
        style = rng.randrange(3)
        if style == 0:
            return " ".join(digits[i:i + 4] for i in range(0, 16, 4))
        if style == 1:
            return "-".join(digits[i:i + 4] for i in range(0, 16, 4))
        return digits

    def bad(self, kind: str, index: int) -> bytes:
        """A line that cannot become an order (its own reference, so that no two are equal)."""
        rng = self.rng
        status = "awaiting_payment" if kind == "payment_without_paid" else "paid"
        record, _at = self.record(index, status)
        if kind == "bad_json":
            text = _dumps(record)
            return text[:rng.randint(len(text) // 3, len(text) - 2)].encode("utf-8")
        if kind == "not_utf8":
            record["delivery"]["address"].update(town="Genève", swiss_zip_code="1201", country="CH")
            record["delivery"]["address"].pop("foreign_zip_code", None)
            return _dumps(record).encode("latin-1", errors="replace")
        if kind == "missing_field":
            where = rng.randrange(4)
            if where == 0:
                del record["applicant"]["birth_date"]
            elif where == 1:
                del record["delivery"]["address"]["town"]
            elif where == 2:
                del record["service_code"]
            else:
                record["applicant"]["last_name"] = None
        elif kind == "unknown_service":
            record["service_code"] = rng.choice(("ATT-NAT", "ATT-RES-XL", "att-res", "PASSEPORT"))
        elif kind == "card_number":
            card = self.card()
            where = rng.randrange(3)
            if where == 0:
                record["delivery"]["address"]["address_line"] = f"carte {card}"
            elif where == 1:
                record["remarks"] = f"Payé avec la carte {card}, merci"  # an unknown field: read for cards all the same
            else:
                record["applicant"]["email"] = f"{card.replace(' ', '').replace('-', '')}@example.ch"
        elif kind == "bad_money":
            record["payment"]["fee_chf"] = rng.choice(("25", "25.0", "25,00", 25, "-25.00"))
        elif kind == "no_offset":
            record["ordered_at"] = record["ordered_at"][:19]
        elif kind == "payment_without_paid":
            record["payment"] = self._payment(self.seq, record["quantity"], record["delivery"]["product"],
                                              self.start + self.span * index / self.n + 300)
        elif kind == "bad_reference":
            record["reference"] = f"ED-{REFERENCE_YEAR % 100}-{self.seq:08d}"
        elif kind == "bad_quantity":
            record["quantity"] = rng.choice((0, "1", 1.5, -1))
        else:
            raise AssertionError(kind)
        return _dumps(record).encode("utf-8")


def _dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(", ", ": "))


def write_records(path: Path, n: int, seed: int = 1, *, first_seq: int = 1) -> Expected:
    """Write ``n`` intake lines (JSON Lines, DESIGN §9) to ``path``, streamed; return what they must do.

    Deterministic for a given (``n``, ``seed``, ``first_seq``); references are ``ED-2026-`` + ``first_seq``…
    (one per order or bad line). Only a bounded window is held: the follow-up lines still to come (a few hundred)
    and a ring of recent lines to send again.
    """
    from ocpm_desk.features.intake.api import ImportSummary

    if n < 1:
        raise ValueError("n must be at least 1")
    gen = _Generator(seed, n, first_seq)
    rng = gen.rng
    tally: Counter[str] = Counter()  # the summary's counts, parse_quarantined and bytes
    kinds: Counter[str] = Counter()
    defects: Counter[str] = Counter()
    follow_ups: list[tuple[int, int, str, dict[str, Any]]] = []  # (due line index, tie-break, kind, record)
    recent_lines: list[tuple[bytes, bool]] = []  # (line, is a bad line) sent again as they are
    recent_paid: list[dict[str, Any]] = []  # paid records a later conflict can "cancel"
    tie = 0

    def remember(ring: list[Any], item: Any, size: int = 256) -> None:
        if len(ring) < size:
            ring.append(item)
        else:
            ring[rng.randrange(size)] = item

    with path.open("wb") as out:
        for index in range(n):
            remaining = n - index
            if follow_ups and (follow_ups[0][0] <= index or len(follow_ups) >= remaining):
                _due, _tie, kind, record = heapq.heappop(follow_ups)
                if kind == "paid":
                    at = gen.start + gen.span * index / n + rng.uniform(0, 300)
                    record["status"] = "paid"
                    record["payment"] = gen._payment(int(record["reference"][-8:]), record["quantity"],
                                                     record["delivery"]["product"], at)
                    kind_name = "payment_line"
                else:
                    record["status"] = "cancelled"
                    record["payment"] = None
                    kind_name = "cancellation_line"
                line = _dumps(record).encode("utf-8")
                tally["updated"] += 1
                kinds[kind_name] += 1
            else:
                kind = rng.choices(gen.kinds, gen.kind_weights)[0]
                if kind.startswith("awaiting_then") and len(follow_ups) + 1 > remaining - 1:
                    kind = "paid"  # no room left for its follow-up
                if kind == "resent" and not recent_lines:
                    kind = "paid"
                if kind == "conflict" and not recent_paid:
                    kind = "paid"
                kinds[kind] += 1
                if kind in BAD_KINDS:
                    line = gen.bad(kind, index)
                    tally["quarantined"] += 1
                    tally["parse_quarantined"] += 1
                    remember(recent_lines, (line, True))
                elif kind == "resent":
                    line, was_bad = recent_lines[rng.randrange(len(recent_lines))]
                    tally["unchanged"] += 1
                    tally["parse_quarantined"] += was_bad
                elif kind == "conflict":
                    record = recent_paid.pop(rng.randrange(len(recent_paid)))  # each order cancelled once at most
                    record = {**record, "status": "cancelled", "payment": None}
                    line = _dumps(record).encode("utf-8")
                    tally["quarantined"] += 1
                else:
                    status = {"paid": "paid", "cancelled": "cancelled"}.get(kind, "awaiting_payment")
                    record, _at = gen.record(index, status)
                    defect = gen.defect(record)
                    if defect:
                        defects[defect] += 1
                    line = _dumps(record).encode("utf-8")
                    tally["imported"] += 1
                    if kind == "paid":
                        remember(recent_lines, (line, False))
                        remember(recent_paid, record)
                    elif kind.startswith("awaiting_then"):
                        tie += 1
                        due = index + rng.randint(*_FOLLOW_UP_AFTER)
                        heapq.heappush(follow_ups, (due, tie, "paid" if kind.endswith("paid") else "cancelled",
                                                    json.loads(line)))
            out.write(line)
            out.write(b"\n")
            tally["lines"] += 1
            tally["bytes"] += len(line) + 1
    assert not follow_ups, "every awaiting_payment line got its follow-up"
    summary = ImportSummary(path.name, tally["lines"], tally["imported"], tally["updated"], tally["unchanged"],
                            tally["quarantined"], elapsed_seconds=0.0)
    assert summary.lines == summary.imported + summary.updated + summary.unchanged + summary.quarantined
    return Expected(summary, tally["parse_quarantined"], first_seq, gen.seq, tally["bytes"], kinds, defects)


# ------------------------------------------------------------------------------------------------ the baseline


def _lines(path: Path) -> Iterator[tuple[int, bytes]]:
    with path.open("rb") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip(b"\r\n")
            if line.strip():
                yield number, line


def parse_only(path: Path) -> dict[str, Any]:
    """``read_line`` over the file in this process: the parsing alone, without a database."""
    from ocpm_desk.features.intake.rules import Quarantined, read_line

    services = frozenset(SERVICES)
    lines = quarantined = 0
    started = time.perf_counter()
    for number, raw in _lines(path):
        lines += 1
        quarantined += isinstance(read_line(number, raw, services), Quarantined)
    elapsed = time.perf_counter() - started
    return {"lines": lines, "quarantined": quarantined, "seconds": elapsed, "records_per_s": lines / elapsed}


# ------------------------------------------------------------------------------------------------ the CLI


def _cli() -> list[str]:
    script = Path(sys.executable).parent / "ocpm-desk-admin"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from ocpm_desk.cli import main; main()"]


@dataclass
class CliRun:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    peak_rss_mb: float | None
    counts: dict[str, int] | None
    cpu_s: float | None = None  # user + system CPU of the CLI process (its threads included; not the server's)


def run_import(path: Path, url: str, password: str | None = None) -> CliRun:
    """``ocpm-desk-admin import-orders FILE --json --database URL`` as a subprocess: wall clock and peak RSS.

    ``password``, when given, reaches libpq in ``PGPASSWORD`` (not on the command line)."""
    env = dict(os.environ)
    env.pop("OCPM_DATABASE_URL", None)
    env.pop("OCPM_PROGRESS", None)
    if password is not None:
        env["PGPASSWORD"] = password
    command = [*_cli(), "import-orders", str(path), "--json", "--database", url]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(command, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env, cwd=ROOT)
        rss = cpu = None
        if hasattr(os, "wait4"):
            _pid, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            # ru_maxrss: kilobytes on Linux, bytes on macOS
            rss = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
            cpu = usage.ru_utime + usage.ru_stime
        else:  # pragma: no cover - no wait4 (Windows): no memory figure
            proc.wait()
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    counts = None
    last = stdout.strip().splitlines()[-1:] if stdout.strip() else []
    if proc.returncode == 0 and last:
        try:
            counts = {k: int(v) for k, v in json.loads(last[0]).items()}
        except (ValueError, AttributeError):
            counts = None
    return CliRun(proc.returncode, stdout, stderr, seconds, rss, counts, cpu)


# ------------------------------------------------------------------------------------------------ databases


def _scratch(server: str) -> _benchlib.ScratchPostgres:
    """A fresh database on ``server``, named for this run, with group roles of its own (``ocpm_bi…_``) unless
    ``OCPM_ROLE_PREFIX`` gives a prefix; dropped afterwards, roles included."""
    return _benchlib.ScratchPostgres(server, f"ocpm_bench_intake_{secrets.token_hex(4)}", "ocpm_bi")


def _prepare(url: str, files: list[tuple[Path, Expected]]) -> dict[str, Any]:
    """Migrate and load the reference data; refuse a database that already holds the bench's orders or lines."""
    from ocpm_desk.infrastructure.database import init_database
    from ocpm_desk.infrastructure.db.engine import make_engine
    from ocpm_desk.infrastructure.uow import SYSTEM_CLI

    info: dict[str, Any] = {}
    engine = make_engine(url, pool_size=1)
    try:
        started = time.perf_counter()
        init_database(engine, SYSTEM_CLI)
        info["init_s"] = time.perf_counter() - started
        with engine.connect() as conn:
            if engine.dialect.name == "postgresql":
                info["login"] = conn.exec_driver_sql("SELECT session_user").scalar_one()
                info["trusted"] = bool(conn.exec_driver_sql("SELECT ocpm_is_trusted()").scalar_one())
                info["synchronous_commit"] = conn.exec_driver_sql("SHOW synchronous_commit").scalar_one()
            for path, exp in files:
                orders, lines = _held(conn, path, exp)
                if orders or lines:
                    raise RuntimeError(f"the database already holds {orders} orders {_ref(exp.first_seq)}… and "
                                       f"{lines} quarantined lines of {path.name}: give an empty database")
    finally:
        engine.dispose()
    return info


def _intake_login(url: str) -> tuple[str, str, dict[str, Any]]:
    """As the owner of ``url``: the intake login (created, or given a new random password) and its staff rows.

    Returns the URL the CLI uses (the login, no password), the password, and what the database says of the login.
    """
    from sqlalchemy.engine import make_url

    from ocpm_desk.infrastructure.db.engine import make_engine
    from ocpm_desk.infrastructure.migrations.pg_security import role_prefix

    name = f"{role_prefix()}{LOGIN_STEM}"
    group = f"{role_prefix()}intake"
    password = secrets.token_urlsafe(24)
    engine = make_engine(url, pool_size=1)
    try:
        with engine.begin() as conn:  # as bench/claims.py makes its caseworkers
            _benchlib.ensure_login(conn, name, group, password)
            _benchlib.ensure_staff(conn, name, "Bench intake", "intake")
    finally:
        engine.dispose()
    base = make_url(url)
    cli_url = base._replace(username=name, password=None).render_as_string(hide_password=False)
    login = base.set(username=name, password=password)
    info: dict[str, Any] = {"group": group, **_benchlib.login_info(login, group)}
    return cli_url, password, info


def _ref(seq: int) -> str:
    return f"ED-{REFERENCE_YEAR}-{seq:08d}"


def _held(conn: Any, path: Path, exp: Expected) -> tuple[int, int]:
    """Orders of the file's references and quarantined lines of the file in the database of ``conn``."""
    from sqlalchemy import func, select

    from ocpm_desk.infrastructure.db import models as m

    orders = conn.scalar(select(func.count()).select_from(m.Order).where(
        m.Order.reference.between(_ref(exp.first_seq), _ref(exp.last_seq))))
    lines = conn.scalar(select(func.count()).select_from(m.ImportQuarantine)
                        .where(m.ImportQuarantine.source == path.name))
    return int(orders or 0), int(lines or 0)


def _stored(url: str, path: Path, exp: Expected) -> tuple[int, int]:
    """Orders of the file's references and quarantined lines of the file now in the database."""
    from ocpm_desk.infrastructure.db.engine import make_engine

    engine = make_engine(url, pool_size=1)
    try:
        with engine.connect() as conn:
            return _held(conn, path, exp)
    finally:
        engine.dispose()


def _check(run: CliRun, want: dict[str, int], stored: tuple[int, int] | None, stored_want: tuple[int, int]
           ) -> list[str]:
    """What is wrong with a run (nothing: an empty list)."""
    if run.returncode != 0:
        tail = (run.stderr.strip().splitlines() or ["(no message)"])[-1]
        return [f"exit {run.returncode}: {tail}"]
    if run.counts is None:
        return [f"no JSON summary on stdout: {run.stdout.strip()[-200:]!r}"]
    problems = []
    c = run.counts
    if c.get("lines") != c.get("imported", 0) + c.get("updated", 0) + c.get("unchanged", 0) + c.get("quarantined", 0):
        problems.append(f"counts do not add up: {c}")
    if c != want:
        problems.append(f"counts {c} differ from the generator's {want}")
    if stored is not None and stored != stored_want:
        problems.append(f"database holds {stored[0]} orders and {stored[1]} quarantined lines of this file, "
                        f"expected {stored_want[0]} and {stored_want[1]}")
    return problems


def _run_database(label: str, url: str, big: tuple[Path, Expected], small: tuple[Path, Expected], empty: Path,
                  *, intake_login: bool = False) -> dict[str, Any]:
    """Prepare the database as ``url``'s login, then import with the CLI: as the same login, or (``intake_login``,
    PostgreSQL) as the intake login made for the run. The stored counts are read as ``url``'s login."""
    big_path, big_exp = big
    small_path, small_exp = small
    print(f"[{label}] preparing (migrate, reference data) …", file=sys.stderr, flush=True)
    info = _prepare(url, [big, small])
    cli_url, password = url, None
    if intake_login:
        cli_url, password, login_info = _intake_login(url)
        info.update(login_info)
        print(f"[{label}] the CLI imports as {info['login']!r}", file=sys.stderr, flush=True)
    runs: dict[str, dict[str, Any]] = {}
    plan = (
        ("import", big_path, big_exp, big_exp.counts()),
        ("re-import", big_path, big_exp, {"lines": big_exp.lines, "imported": 0, "updated": 0,
                                          "unchanged": big_exp.lines, "quarantined": 0}),
        ("import N/10", small_path, small_exp, small_exp.counts()),
        ("empty file", empty, None, {"lines": 0, "imported": 0, "updated": 0, "unchanged": 0, "quarantined": 0}),
    )
    for name, path, exp, want in plan:
        print(f"[{label}] {name}: {path.name} …", file=sys.stderr, flush=True)
        run = run_import(path, cli_url, password)
        stored = stored_want = None
        if exp is not None and run.returncode == 0:
            stored = _stored(url, path, exp)
            stored_want = (exp.summary.imported, exp.summary.quarantined)
        problems = _check(run, want, stored, stored_want or (0, 0))
        runs[name] = {"run": run, "problems": problems,
                      "records_per_s": (want["lines"] / run.seconds) if want["lines"] and not problems else None}
        if problems:
            print(f"[{label}] {name}: " + "; ".join(problems), file=sys.stderr, flush=True)
    return {"info": info, "runs": runs}


# ------------------------------------------------------------------------------------------------ main


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # heavy imports only once the options are understood (--help answers at once)
    from sqlalchemy.engine import make_url

    env_url, env_backend = _benchlib.database_from_env()
    n = args.records
    n_small = max(1, n // 10)
    results: dict[str, dict[str, Any]] = {}
    scratch: _benchlib.ScratchPostgres | None = None
    with tempfile.TemporaryDirectory(prefix="ocpm-bench-intake-") as tmp:
        workdir = Path(tmp)
        big_path = workdir / f"bench-intake-{n}-seed{args.seed}.jsonl"
        small_path = workdir / f"bench-intake-{n_small}-seed{args.seed}-small.jsonl"
        empty_path = workdir / "bench-intake-empty.jsonl"
        empty_path.write_bytes(b"")
        code = _code_version()  # before the runs: the code they import
        load_before = _load()
        print(f"generating {n} + {n_small} records …", file=sys.stderr, flush=True)
        started = time.perf_counter()
        big_exp = write_records(big_path, n, args.seed)
        generate_s = time.perf_counter() - started
        small_exp = write_records(small_path, n_small, args.seed, first_seq=SMALL_FIRST_SEQ)
        if args.keep_file is not None:
            import shutil

            shutil.copyfile(big_path, args.keep_file)

        print("parsing alone (read_line, in this process) …", file=sys.stderr, flush=True)
        parsed = parse_only(big_path)

        sqlite_url = str(env_url) if env_backend == "sqlite" else f"sqlite:///{workdir / 'intake.sqlite'}"
        server: str | None = None
        pg_where: dict[str, str] = {}
        try:
            if not args.skip_postgres:
                server = args.postgres or (str(env_url) if env_backend == "postgresql" else DEFAULT_PG_SERVER)
                if make_url(server).get_backend_name() != "postgresql":
                    print(f"--postgres must name a PostgreSQL server, got {server!r}", file=sys.stderr)
                    return 2
                try:  # the first database before anything else: an unreachable server is said at once
                    scratch = _scratch(server)
                except Exception as exc:
                    print(f"cannot create a PostgreSQL database on {make_url(server).render_as_string()}: "
                          f"{' '.join(str(exc).split())} (give --postgres URL, or --skip-postgres)",
                          file=sys.stderr)
                    return 1
            results["sqlite"] = _run_database("sqlite", sqlite_url, (big_path, big_exp), (small_path, small_exp),
                                              empty_path)
            if server is not None:
                # each on a fresh database of its own: the same starting point, nothing of the other run in it
                for label, intake_login in (("postgresql", True), ("postgresql_owner", False)):
                    if scratch is None:
                        scratch = _scratch(server)
                    pg_where[label] = f"a fresh database {scratch.name}, dropped afterwards"
                    results[label] = _run_database(label, scratch.url, (big_path, big_exp),
                                                   (small_path, small_exp), empty_path, intake_login=intake_login)
                    done, scratch = scratch, None
                    done.drop()
        except Exception as exc:
            print(f"intake benchmark failed: {type(exc).__name__}: {' '.join(str(exc).split())[:600]}",
                  file=sys.stderr)
            return 1
        finally:
            if scratch is not None:
                scratch.drop()

    machine = {"cpus": os.cpu_count(), "load_average_1m": [load_before, _load()]}
    ok = _report(args, big_exp, small_exp, generate_s, parsed, results, pg_where, code, machine)
    return 0 if ok else 1


def _code_version() -> str | None:
    """The commit the measured code comes from, ``+dirty`` when ``ocpm_desk`` has uncommitted changes."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              timeout=10, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "ocpm_desk"], cwd=ROOT, capture_output=True,
                               text=True, timeout=10, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return f"{head}+dirty" if dirty else head


def _load() -> float | None:
    try:
        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):
        return None


def _fmt(value: float | None, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def _report(args: argparse.Namespace, big: Expected, small: Expected, generate_s: float, parsed: dict[str, Any],
            results: dict[str, dict[str, Any]], pg_where: dict[str, str], code: str | None, machine: dict[str, Any]
            ) -> bool:
    n = big.lines
    k = big.kinds
    bad = sum(k[b] for b in BAD_KINDS)
    print(f"intake bench: {n} records (seed {args.seed}), {big.bytes / 1e6:.1f} MB of JSON Lines, generated in "
          f"{generate_s:.1f} s; memory run: {small.lines} records; code {code or 'unknown'}")
    print(f"  machine: {machine['cpus']} CPUs, 1-minute load average {machine['load_average_1m'][0]} before, "
          f"{machine['load_average_1m'][1]} after (other work on the machine slows every figure)")
    print(f"  lines: {k['paid']} paid, {k['awaiting_then_paid']} awaiting payment + {k['payment_line']} payment "
          f"lines later, {k['awaiting_then_cancelled']} awaiting + {k['cancellation_line']} cancellation lines later, "
          f"{k['awaiting']} left awaiting, {k['cancelled']} cancelled, {k['resent']} sent twice, {k['conflict']} "
          f"paid then 'cancelled' (conflict), {bad} malformed ("
          + ", ".join(f"{b} {k[b]}" for b in sorted(BAD_KINDS) if k[b]) + ")")
    print("  business defects, imported all the same: "
          + (", ".join(f"{name} {count}" for name, count in sorted(big.defects.items())) or "none"))
    c = big.counts()
    print(f"  expected: lines {c['lines']} = imported {c['imported']} + updated {c['updated']} + unchanged "
          f"{c['unchanged']} + quarantined {c['quarantined']}")
    parse_ok = parsed["lines"] == n and parsed["quarantined"] == big.parse_quarantined
    print(f"baseline, parsing alone (read_line in-process, no database): {parsed['lines']} lines in "
          f"{parsed['seconds']:.2f} s = {parsed['records_per_s']:.0f} records/s; {parsed['quarantined']} quarantined "
          f"by the parsing (expected {big.parse_quarantined}){'' if parse_ok else ' MISMATCH'}")
    for label, who in (("postgresql", "as the intake login"), ("postgresql_owner", "as the owner")):
        if label not in results:
            continue
        info = results[label]["info"]
        trusted = info.get("trusted")
        trust = ("trusted by the triggers (the database owner)" if trusted
                 else "whether the triggers trust it is unknown" if trusted is None
                 else "not trusted by the triggers (every row checked)")
        member = ""
        if "group" in info:
            member = f" ({'a member' if info.get('member') else 'NOT a member'} of {info['group']!r})"
        print(f"PostgreSQL {who} ({label}): {pg_where[label]}; the CLI connects as {info.get('login')!r}{member}, "
              f"{trust}; synchronous_commit={info.get('synchronous_commit')}")
    print()
    print(f"{'database':<16} {'run':<12} {'lines':>7} {'wall s':>7} {'cpu s':>6} {'records/s':>9} {'peak RSS MB':>11} "
          f"{'imported':>8} {'updated':>7} {'unchanged':>9} {'quarantined':>11}  check")
    ok = parse_ok
    for label, r in results.items():
        for name, entry in r["runs"].items():
            run: CliRun = entry["run"]
            counts = run.counts or {}
            ok = ok and not entry["problems"]
            print(f"{label:<16} {name:<12} {counts.get('lines', 0):>7} {run.seconds:>7.2f} {_fmt(run.cpu_s, '.2f'):>6} "
                  f"{_fmt(entry['records_per_s'], '.0f'):>9} {_fmt(run.peak_rss_mb, '.1f'):>11} "
                  f"{counts.get('imported', 0):>8} {counts.get('updated', 0):>7} {counts.get('unchanged', 0):>9} "
                  f"{counts.get('quarantined', 0):>11}  {'; '.join(entry['problems']) or 'ok'}")
    print("  (wall s: the whole `ocpm-desk-admin import-orders FILE --json` process, start-up included — the "
          "'empty file' row is that fixed cost; cpu s: that process's user + system CPU, all its threads, not the "
          "database server's; peak RSS: the process's maximum resident set; both from wait4)")

    figures: dict[str, Any] = {
        "benchmark": "intake",
        "records": n,
        "records_small": small.lines,
        "seed": args.seed,
        "file_mb": round(big.bytes / 1e6, 2),
        "code": code,
        **machine,
        "expected": c,
        "parse_records_per_s": round(parsed["records_per_s"], 1),
    }
    ratios: list[float] = []
    targets_met: dict[str, bool | None] = {}
    print()
    for label, r in results.items():
        runs = r["runs"]
        full, again, tenth, empty = (runs[x] for x in ("import", "re-import", "import N/10", "empty file"))
        rate = full["records_per_s"]
        ratio = None
        if full["run"].peak_rss_mb and tenth["run"].peak_rss_mb:
            ratio = full["run"].peak_rss_mb / tenth["run"].peak_rss_mb
            ratios.append(ratio)
        figures[f"{label}_records_per_s"] = None if rate is None else round(rate, 1)
        figures[f"{label}_rerun_records_per_s"] = (None if again["records_per_s"] is None
                                                   else round(again["records_per_s"], 1))
        figures[f"{label}_small_records_per_s"] = (None if tenth["records_per_s"] is None
                                                   else round(tenth["records_per_s"], 1))
        figures[f"{label}_import_s"] = round(full["run"].seconds, 3)
        figures[f"{label}_rerun_s"] = round(again["run"].seconds, 3)
        figures[f"{label}_startup_s"] = round(empty["run"].seconds, 3)
        figures[f"{label}_import_cpu_s"] = _round(full["run"].cpu_s, 2)
        figures[f"{label}_rerun_cpu_s"] = _round(again["run"].cpu_s, 2)
        figures[f"{label}_peak_rss_mb"] = _round(full["run"].peak_rss_mb)
        figures[f"{label}_rerun_peak_rss_mb"] = _round(again["run"].peak_rss_mb)
        figures[f"{label}_small_peak_rss_mb"] = _round(tenth["run"].peak_rss_mb)
        figures[f"{label}_startup_peak_rss_mb"] = _round(empty["run"].peak_rss_mb)
        figures[f"{label}_peak_rss_ratio"] = None if ratio is None else round(ratio, 3)
        figures[f"{label}_vs_parse_ratio"] = (None if rate is None
                                              else round(rate / parsed["records_per_s"], 3))
        parse_x = None if rate is None else parsed["records_per_s"] / rate
        if label == "postgresql_owner":  # for comparison: the goal is the intake login's
            verdict = "the owner, for comparison"
        else:
            targets_met[f"{label}_records_per_s"] = None if rate is None else rate >= TARGET_RECORDS_PER_S
            verdict = (f"target ≥ {TARGET_RECORDS_PER_S:.0f}"
                       f"{' as the intake login' if label == 'postgresql' else ''}: "
                       f"{'met' if targets_met[f'{label}_records_per_s'] else 'NOT met'}")
        print(f"{label}: {_fmt(rate, '.0f')} records/s ({verdict}); re-import "
              f"{_fmt(again['records_per_s'], '.0f')} records/s; peak RSS {_fmt(full['run'].peak_rss_mb, '.1f')} MB "
              f"at {n} records vs {_fmt(tenth['run'].peak_rss_mb, '.1f')} MB at {small.lines}: ratio "
              f"{_fmt(ratio, '.2f')}; parsing alone is {_fmt(parse_x, '.1f')}× the "
              "import's rate")
    if "postgresql" not in results:
        print("postgresql: not measured (--skip-postgres)")
        targets_met["postgresql_records_per_s"] = None
    else:
        login_rate = figures.get("postgresql_records_per_s")
        owner_rate = figures.get("postgresql_owner_records_per_s")
        over = login_rate / owner_rate if login_rate and owner_rate else None
        for label in ("postgresql", "postgresql_owner"):
            info = results.get(label, {}).get("info", {})
            figures[f"{label}_login"] = info.get("login")
            figures[f"{label}_trusted"] = info.get("trusted")
        figures["postgresql_login_over_owner"] = None if over is None else round(over, 3)
        goal = targets_met["postgresql_records_per_s"]
        print(f"PostgreSQL, same run, side by side: as the intake login {_fmt(login_rate, '.0f')} records/s, as the "
              f"owner {_fmt(owner_rate, '.0f')} records/s (login/owner {_fmt(over, '.3f')}); goal ≥ "
              f"{TARGET_RECORDS_PER_S:.0f} records/s as the intake login: "
              f"{'met' if goal else 'NOT met' if goal is not None else 'not measured'}")
    worst = max(ratios) if ratios else None
    figures["peak_rss_ratio"] = None if worst is None else round(worst, 3)
    targets_met["peak_rss_ratio"] = None if worst is None else worst <= MAX_PEAK_RSS_RATIO
    print(f"memory: peak RSS at {n} records / at {small.lines} records, worst database: {_fmt(worst, '.2f')} "
          f"(flat: ≤ {MAX_PEAK_RSS_RATIO}) {'met' if targets_met['peak_rss_ratio'] else 'NOT met'}")
    figures["target_records_per_s"] = TARGET_RECORDS_PER_S
    figures["target_peak_rss_ratio"] = MAX_PEAK_RSS_RATIO
    figures["targets_met"] = targets_met
    figures["counts_ok"] = ok
    print(json.dumps(figures))
    return ok


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


if __name__ == "__main__":
    sys.exit(main())
