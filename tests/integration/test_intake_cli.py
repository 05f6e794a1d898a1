"""``ocpm-desk-admin import-orders`` as the platform's operator runs it: real processes on SQLite and PostgreSQL.

The command's contract (DESIGN §8): ``--json`` prints exactly the five counts, ``-`` reads standard input, a failure
is one line on standard error, quarantined lines still exit 0. Two "done when" points of the intake:

- a file holding card numbers in every form leaves the full numbers nowhere: not in the SQLite file and its WAL,
  not in any row or raw file of the PostgreSQL database (after a checkpoint) nor in its WAL, not in the log, not in
  the command's output (G10);
- an import killed with SIGKILL in the middle and run again ends in exactly the state of one clean run.
"""

from __future__ import annotations

import copy
import json
import os
import pty
import random
import secrets
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from ocpm_factories import pg_staff_login
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from test_intake import (
    AVS,
    AVS_PASSING_LUHN,
    DATA,
    DELETE,
    FILE_COUNTS,
    counts,
    escaped,
    line,
    lines,
    record,
    reference,
    snapshot,
)

from ocpm_desk.kernel.identifiers import luhn_valid
from ocpm_desk.kernel.notes import decode

IN_CI = os.environ.get("CI") == "true"

pytestmark = pytest.mark.usefixtures("catalogue_as_shipped")


def admin(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
          ) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "ocpm_desk.cli", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        env={**os.environ, "COLUMNS": "200", **(env or {})},
        timeout=300,
        check=False,
    )


def admin_on_a_terminal(*args: str) -> subprocess.CompletedProcess[bytes]:
    """The command with a (pseudo-)terminal as standard error, as a person runs it, standard output captured."""
    master, slave = pty.openpty()
    chunks: list[bytes] = []

    def drain() -> None:  # the terminal's buffer is small: read it while the command runs
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:  # the command ended and closed its side
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        with subprocess.Popen([sys.executable, "-m", "ocpm_desk.cli", *args], stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=slave, env={**os.environ, "COLUMNS": "120"}
                              ) as process:
            os.close(slave)
            slave = -1
            out, _ = process.communicate(timeout=300)
        reader.join(timeout=10)
    finally:
        if slave != -1:
            os.close(slave)
        os.close(master)
    return subprocess.CompletedProcess(list(args), process.returncode, out, b"".join(chunks))


def url_of(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def one_line_error(result: subprocess.CompletedProcess[bytes]) -> str:
    assert result.returncode != 0 and result.stdout == b""
    errors = result.stderr.decode().strip().splitlines()
    assert len(errors) == 1 and errors[0].startswith("ocpm-desk-admin: error: "), result.stderr.decode()
    return errors[0]


# --------------------------------------------------------------------------------------------- the contract
def test_json_prints_exactly_the_five_counts_and_quarantined_lines_exit_0(engine: Engine) -> None:
    target = str(DATA / "lifecycle.jsonl")
    result = admin("import-orders", target, "--json", "--database", url_of(engine), env={"OCPM_PROGRESS": "1"})
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().endswith("\n") and result.stdout.decode().count("\n") == 1
    summary = json.loads(result.stdout)
    assert list(summary) == ["lines", "imported", "updated", "unchanged", "quarantined"]
    assert summary == FILE_COUNTS["lifecycle.jsonl"]
    assert b"Traceback" not in result.stderr
    again = admin("import-orders", target, "--database", url_of(engine))
    assert again.returncode == 0, again.stderr.decode()
    assert again.stdout.decode().startswith("20 lines: 0 imported, 0 updated, 20 unchanged, 0 quarantined (")
    assert again.stdout.decode().count("\n") == 1


def test_a_dash_reads_standard_input(engine: Engine) -> None:
    data = (DATA / "new_orders.jsonl").read_bytes() + (DATA / "malformed.jsonl").read_bytes()
    result = admin("import-orders", "-", "--json", "--database", url_of(engine), stdin=data)
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout) == counts(39, imported=6, quarantined=33)
    with engine.connect() as conn:
        notes = {str(decode(n)) for n in conn.execute(text("SELECT note FROM order_events")).scalars()}
        assert "stdin, line 1" in notes and all(n.startswith("stdin, line ") for n in notes)
        assert conn.execute(text("SELECT DISTINCT source FROM import_quarantine")).scalars().all() == ["stdin"]


def test_a_missing_file_or_a_folder_is_one_line_and_changes_nothing(engine: Engine, tmp_path: Path) -> None:
    missing = one_line_error(admin("import-orders", str(tmp_path / "nowhere.jsonl"), "--json",
                                   "--database", url_of(engine)))
    assert "cannot read" in missing and "nowhere.jsonl" in missing
    folder = one_line_error(admin("import-orders", str(tmp_path), "--database", url_of(engine)))
    assert "is a folder" in folder
    assert all(rows == [] for rows in snapshot(engine).values())


@pytest.mark.postgres
def test_a_login_without_the_right_is_refused_in_one_line(pg_engine: Engine, pg_server: dict[str, str]) -> None:
    """The command acts with the rights of its login (DESIGN §8): a caseworker's is refused by the database."""
    _, staff_engine = pg_staff_login(pg_engine, pg_server, "intake_cli_luc", ["caseworker"])
    staff_engine.dispose()
    login = make_url(pg_server["url"]).set(username=f"{pg_server['role_prefix']}intake_cli_luc", password="x")
    refused = one_line_error(admin("import-orders", str(DATA / "new_orders.jsonl"), "--json", "--database",
                                   login.render_as_string(hide_password=False)))
    assert "permission denied" in refused
    assert all(rows == [] for rows in snapshot(pg_engine).values())
    _, intake_engine = pg_staff_login(pg_engine, pg_server, "intake_cli_ida", ["intake"])
    intake_engine.dispose()
    login = login.set(username=f"{pg_server['role_prefix']}intake_cli_ida")
    result = admin("import-orders", str(DATA / "new_orders.jsonl"), "--json", "--database",
                   login.render_as_string(hide_password=False))
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout) == FILE_COUNTS["new_orders.jsonl"]


# --------------------------------------------------------------------------------------------- G10: card numbers
def _card(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return next(body + d for d in "0123456789" if luhn_valid(body + d))


def _grouped(card: str, sizes: tuple[int, ...], sep: str) -> str:
    out, at = [], 0
    for size in sizes:
        out.append(card[at:at + size])
        at += size
    return sep.join(out)


def _groups(card: str) -> list[tuple[int, ...]]:
    fours = tuple(min(4, len(card) - i) for i in range(0, len(card), 4))
    return [fours, (4, 6, 5)] if len(card) == 15 else [fours]


def _written_forms(cards: list[str]) -> list[bytes]:
    """Every way the numbers may have been written: digits only, grouped with spaces, grouped with dashes."""
    forms = set()
    for card in cards:
        forms.add(card)
        for sizes in _groups(card):
            forms.update(_grouped(card, sizes, sep) for sep in (" ", "-"))
    return sorted(f.encode() for f in forms)


def _leaks(blob: bytes, forms: list[bytes]) -> list[str]:
    return [f.decode() for f in forms if f in blob]


def _card_file(cards: list[str]) -> bytes:
    """Card numbers in every form the platform might send them, between lines that are orders."""
    visa, master, visa_19, amex, other = cards
    spaced = _grouped(visa, _groups(visa)[0], " ")
    dashed = _grouped(master, _groups(master)[0], "-")
    keyed = record(706)
    keyed = {"reference": keyed.pop("reference"), _grouped(other, _groups(other)[0], "-"): "x", **keyed}
    latin = line(record(709, delivery__address__street=f"Rue {dashed}")).replace("Genève".encode(),
                                                                                 "Genève".encode("latin-1"))
    return lines(
        record(700),
        record(701, applicant__email=f"{visa}@example.ch"),  # digits, inside an e-mail address
        record(702, delivery__address__street=f"Rue {spaced}"),  # spaces, inside a street
        record(703, payment__provider_reference=dashed),  # dashes
        record(704, quantity=int(visa_19)),  # a JSON number (19 digits)
        line(record(705, applicant__last_name="XXXX")).replace(b'"XXXX"', f'"{escaped(other)}"'.encode()),
        keyed,  # a key
        record(707, delivery__address__address_line=f"c/o {_grouped(amex, (4, 6, 5), ' ')}"),  # 15 digits
        f"{{\"reference\": \"{reference(708)}\", cut here {spaced}".encode(),  # not JSON
        latin,  # not UTF-8
        record(710, "refunded", concerned_person={"avs": AVS, "last_name": "Dupont", "first_name": dashed,
                                                  "birth_date": "2014-06-01", "email": None, "language": "fr"}),
        record(711, note=f"paid with {visa}"),  # a field the format does not know (ignored, but read)
        record(712, applicant__avs=AVS_PASSING_LUHN),  # an AVS number: imported
        record(713, "awaiting_payment"),
        b'{"reference": "' + reference(714).encode() + b'", "pad": "' + b"x" * 70_000 + spaced.encode() + b'"}',
        record(713),
    )


def _readable_data_dir(engine: Engine) -> tuple[Path, int]:
    with engine.connect() as conn:
        data_dir = Path(conn.execute(text("SHOW data_directory")).scalar_one())
        oid = int(conn.execute(text("SELECT oid FROM pg_database WHERE datname = current_database()")).scalar_one())
    try:
        readable = os.access(data_dir / "base" / str(oid), os.R_OK | os.X_OK) and any((data_dir / "pg_wal").iterdir())
    except OSError:
        readable = False
    if not readable:
        reason = f"PostgreSQL's data directory {data_dir} is not readable by this user: its files cannot be searched"
        if IN_CI:
            pytest.fail(f"CI=true requires the raw files to be searched — {reason}", pytrace=False)
        pytest.skip(reason)
    return data_dir, oid


def _files(*folders: Path) -> Iterator[Path]:
    for folder in folders:
        if folder.is_dir():
            yield from (p for p in folder.rglob("*") if p.is_file())


def test_card_numbers_are_written_nowhere(engine: Engine, tmp_path: Path) -> None:
    """Import through the real command a file with card numbers in every form, then search every byte written:
    the database (rows, and raw files after a checkpoint: SQLite's file and WAL, PostgreSQL's database directory and
    WAL), the log and the command's output hold no full number in any written form (G10)."""
    from ocpm_desk.kernel.identifiers import mask_card_number

    rng = random.Random(secrets.randbits(64))  # numbers of this run only: what an earlier run left cannot match
    cards = [_card(rng, "4", 16), _card(rng, "52", 16), _card(rng, "4", 19), _card(rng, "37", 15),
             _card(rng, "6", 16)]
    forms = _written_forms(cards)
    source = tmp_path / f"orders-{cards[0]}.jsonl"  # even the file's name is no place for a card number
    source.write_bytes(_card_file(cards))
    log_dir = tmp_path / "log"
    env = {"OCPM_LOG_DIR": str(log_dir), "OCPM_PROGRESS": "1"}
    url = url_of(engine)
    keep: sqlite3.Connection | None = None
    if engine.dialect.name == "sqlite":
        db_file = Path(engine.url.database or "")
        keep = sqlite3.connect(db_file)  # an open connection: the WAL stays beside the file after the command
        keep.execute("SELECT count(*) FROM orders").fetchall()
    try:
        first = admin("import-orders", str(source), "--json", "--batch-size", "5", "--database", url, env=env)
        again = admin("import-orders", "-", "--json", "--database", url, stdin=source.read_bytes(), env=env)
        outputs = first.stdout + first.stderr + again.stdout + again.stderr
        assert first.returncode == 0 and again.returncode == 0, outputs.decode(errors="replace")
        assert json.loads(first.stdout) == counts(16, imported=3, updated=1, quarantined=12)
        assert json.loads(again.stdout) == counts(16, unchanged=16)
        assert _leaks(outputs, forms) == []
        logs = list(_files(log_dir))
        assert logs, "the command wrote no log"
        assert [(p.name, _leaks(p.read_bytes(), forms)) for p in logs] == [(p.name, []) for p in logs]
        # what may be kept of a number (its first 6 and last 4 digits) is found where we look
        masked = mask_card_number(_grouped(cards[1], _groups(cards[1])[0], "-")).encode()
        with engine.connect() as conn:
            tables = conn.execute(text(
                "SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
                "AND table_schema NOT IN ('pg_catalog', 'information_schema')" if engine.dialect.name == "postgresql"
                else "SELECT 'main', name FROM sqlite_master WHERE type = 'table'")).all()
            assert {t for _, t in tables} >= {"orders", "applicants", "order_events", "import_quarantine",
                                             "audit_events"}
            rows = 0
            for schema, table in tables:
                quoted = f'"{table}"' if schema == "main" else f'"{schema}"."{table}"'
                select_row = (f"SELECT t::text FROM {quoted} t" if engine.dialect.name == "postgresql"
                              else f"SELECT * FROM {quoted}")
                for row in conn.execute(text(select_row)):
                    rows += 1
                    blob = repr(tuple(row)).encode()
                    assert _leaks(blob, forms) == [], (table, row)
            assert rows > 100
        if keep is not None:
            files = [db_file, Path(f"{db_file}-wal"), Path(f"{db_file}-shm")]
            assert files[1].stat().st_size > 0
            seen = b"".join(p.read_bytes() for p in files if p.exists())
            assert masked in seen and _leaks(seen, forms) == []
            keep.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            keep.close()
            keep = None
            engine.dispose()
            seen = b"".join(p.read_bytes() for p in files if p.exists())
            assert masked in db_file.read_bytes() and _leaks(seen, forms) == []
        else:
            with engine.connect() as conn:
                conn.execute(text("CHECKPOINT"))
            data_dir, oid = _readable_data_dir(engine)
            raw = list(_files(data_dir / "base" / str(oid), data_dir / "pg_wal"))
            found = [(p.relative_to(data_dir).as_posix(), leak) for p in raw for leak in _leaks(p.read_bytes(), forms)]
            assert found == []
            assert any(masked in p.read_bytes() for p in raw if p.parent.name == str(oid))
            server_logs = list(_files(Path("/var/log/postgresql"))) if os.access("/var/log/postgresql", os.R_OK) else []
            assert [(p.name, _leaks(p.read_bytes(), forms)) for p in server_logs] == [(p.name, []) for p in server_logs]
    finally:
        if keep is not None:
            keep.close()


#: Issue 16: how else a number may be written — separators of every kind, digits of other scripts, invisible
#: characters between digits.
_SPELLINGS: list[Callable[[str], str]] = [
    lambda c: _grouped(c, _groups(c)[0], "."), lambda c: _grouped(c, _groups(c)[0], "/"),
    lambda c: _grouped(c, _groups(c)[0], "_"), lambda c: _grouped(c, _groups(c)[0], "  "),
    lambda c: _grouped(c, _groups(c)[0], "\t"), lambda c: _grouped(c, _groups(c)[0], "\u00a0"),
    lambda c: _grouped(c, _groups(c)[0], "\u202f"), lambda c: _grouped(c, _groups(c)[0], " - "),
    lambda c: "".join(chr(0xFF10 + int(d)) for d in c), lambda c: "".join(chr(0x0660 + int(d)) for d in c),
    lambda c: "\u200b".join(c), lambda c: "\u200c".join(c), lambda c: "\u200d".join(c), lambda c: "\u2060".join(c),
    lambda c: "\ufeff".join(c),
]


def _unicode_digits(text: str) -> str:
    import unicodedata

    return "".join(str(unicodedata.digit(ch)) for ch in text if unicodedata.digit(ch, None) is not None)


def test_card_numbers_in_any_spelling_are_written_nowhere(engine: Engine, tmp_path: Path) -> None:
    """Issue 16: the same through the real command, with the numbers written in every spelling the issue names, in a
    record, in a line that is not JSON and in the file's name: no full number in the command's output, its log or
    any column of any row (digits of any script compared)."""
    rng = random.Random(secrets.randbits(64))
    cards = [_card(rng, "4", 16), _card(rng, "52", 16), _card(rng, "37", 15)]
    items: list[Any] = [record(800)]
    n = 800
    for card in cards:
        for spell in _SPELLINGS:
            n += 1
            items.append(record(n, delivery__address__street=f"Rue {spell(card)}"))
            n += 1
            items.append(f'{{"reference": "{reference(n)}", "note": "{spell(card)}'.encode())  # not JSON
    source = tmp_path / f"orders-{_SPELLINGS[0](cards[0])}-{_SPELLINGS[9](cards[1])}.jsonl"
    source.write_bytes(lines(*items))
    log_dir = tmp_path / "log"
    result = admin("import-orders", str(source), "--json", "--batch-size", "4", "--database", url_of(engine),
                   env={"OCPM_LOG_DIR": str(log_dir)})
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    assert json.loads(result.stdout) == counts(len(items), imported=1, quarantined=len(items) - 1)
    seen = [("output", (result.stdout + result.stderr).decode(errors="replace"))]
    seen += [(p.name, p.read_bytes().decode(errors="replace")) for p in _files(log_dir)]
    assert len(seen) > 1, "the command wrote no log"
    with engine.connect() as conn:
        tables = conn.execute(text(
            "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables "
            "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')"
            if engine.dialect.name == "postgresql" else "SELECT name FROM sqlite_master WHERE type = 'table'"
        )).scalars().all()
        for table in tables:
            for row in conn.execute(text(f"SELECT * FROM {table}")):
                seen += [(table, str(value)) for value in row]
    assert [(where, card) for where, value in seen for card in cards if card in _unicode_digits(value)] == []


# --------------------------------------------------------------------------------------------- kill and run again
def big_file(path: Path, wanted: int, seed: int) -> None:
    """``wanted`` lines of new orders in the three states, later payments and cancellations, repeats, conflicts,
    broken lines and card numbers, payments on both sides of the 1.1.2024 tariff change."""
    rng = random.Random(seed)
    out: list[bytes] = []
    later: dict[int, list[bytes]] = defaultdict(list)  # line index → lines to write there
    broken = [
        lambda n: line(record(n, quantity=0)), lambda n: line(record(n, payment__fee_chf="25")),
        lambda n: line(record(n, delivery__product="C")), lambda n: line(record(n, reference=f"ED-{n}")),
        lambda n: line(record(n, ordered_at="2026-11-20T09:15:00")), lambda n: line(record(n, payment=DELETE)),
        lambda n: line(record(n))[:70], lambda n: line(record(n, applicant__last_name="Zoë")).replace(
            "Zoë".encode(), "Zoë".encode("latin-1")),
        lambda n: line(record(n, applicant__email=f"{_card(rng, '4', 16)}@example.ch")),
        lambda n: line(record(n, delivery__address__street=f"Rue {_grouped(_card(rng, '5', 16), (4,) * 4, ' ')}")),
    ]
    n = 100_000
    while len(out) < wanted:
        out.extend(later.pop(len(out), []))
        n += 1
        ahead = len(out) + rng.randint(1, 2500)
        kind = rng.random()
        day = rng.choice(["2023-12-31T22:30:00Z", "2023-12-31T23:30:00Z", "2026-11-20T09:17:42+01:00"])
        product = rng.choice(["B", "A", "R"])
        paid = record(n, delivery__product=product, payment__validated_at=day,
                      payment__postage_chf={"B": "0.00", "A": "1.20", "R": "6.20"}[product])
        if kind < 0.50:
            out.append(line(paid))
            if rng.random() < 0.10:
                later[ahead].append(line(paid))  # the same again: unchanged
            elif rng.random() < 0.06:
                later[ahead].append(line(record(n, "cancelled", delivery__product=product)))  # G2: conflict
            elif rng.random() < 0.06:
                changed = copy.deepcopy(paid)
                changed["delivery"]["address"]["town"] = "Carouge"
                later[ahead].append(line(changed))  # another address: conflict
        elif kind < 0.68:
            awaiting = copy.deepcopy(paid)
            awaiting.update(status="awaiting_payment", payment=None)
            out.append(line(awaiting))
            if rng.random() < 0.6:
                later[ahead].append(line(paid))  # paid later: updated
                if rng.random() < 0.2:
                    later[ahead + rng.randint(1, 500)].append(line(awaiting))  # an earlier state: unchanged
            elif rng.random() < 0.8:
                cancelled = copy.deepcopy(awaiting)
                cancelled["status"] = "cancelled"
                later[ahead].append(line(cancelled))  # cancelled before payment: updated
        elif kind < 0.72:
            out.append(line(record(n, "cancelled")))
        elif kind < 0.88:
            bad = rng.choice(broken)(n)
            out.append(bad)
            if rng.random() < 0.1:
                later[ahead].append(bad)  # the same broken line again: unchanged
        elif kind < 0.89:
            out.append(b"")
        else:
            out.append(line(record(n, quantity=2, payment__fee_chf="50.00", concerned_person={
                "avs": "756.1234.5678.97", "last_name": "Dupont", "first_name": "Léa", "birth_date": "2014-06-01",
                "email": None, "language": "fr"})))
    for index in sorted(later):
        out.extend(later[index])
    path.write_bytes(b"\n".join(out) + b"\n")


def dump(url: str) -> dict[str, Any]:
    """Everything an import wrote, without ids or the moments of writing: orders by reference (every business
    column, status, version, payment, digest; pins by the version's natural key), their people and history, the
    quarantined lines."""
    from ocpm_desk.infrastructure.db.engine import make_engine

    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            orders = {}
            for row in conn.execute(text(
                "SELECT o.*, f.service_code AS fee_service, f.valid_from AS fee_from, t.product_code AS tariff_product,"
                " t.valid_from AS tariff_from, r.service_code AS rules_service, r.valid_from AS rules_from "
                "FROM orders o LEFT JOIN fee_schedules f ON f.id = o.fee_schedule_id "
                "LEFT JOIN postal_tariffs t ON t.id = o.postal_tariff_id "
                "LEFT JOIN condition_rule_sets r ON r.id = o.rule_set_id")).mappings():
                orders[row["reference"]] = {k: v for k, v in row.items() if k not in {
                    "id", "applicant_id", "concerned_person_id", "fee_schedule_id", "postal_tariff_id", "rule_set_id",
                    "updated_at"}}
            people = sorted(tuple(r) for r in conn.execute(text(
                "SELECT o.reference, CASE WHEN a.id = o.applicant_id THEN 'applicant' ELSE 'concerned' END, a.avs, "
                "a.last_name, a.first_name, a.birth_date, a.email, a.language FROM applicants a "
                "JOIN orders o ON a.id IN (o.applicant_id, o.concerned_person_id)")))
            events: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
            for r in conn.execute(text(
                "SELECT o.reference, e.action, e.from_status, e.to_status, e.actor, e.note FROM order_events e "
                "JOIN orders o ON o.id = e.order_id ORDER BY e.id")):
                events[r[0]].append(tuple(r[1:]))
            quarantine = sorted(tuple(r) for r in conn.execute(text(
                "SELECT source, line_number, coalesce(reference, ''), line_masked, line_sha256, reasons "
                "FROM import_quarantine")))
            applicants = conn.execute(text("SELECT count(*) FROM applicants")).scalar_one()
        return {"orders": orders, "people": people, "events": dict(events), "quarantine": quarantine,
                "applicants": applicants}
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def two_fresh_databases(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """Two new, migrated databases with the reference data as shipped (on PostgreSQL with this run's roles)."""
    from ocpm_desk.infrastructure.database import init_database
    from ocpm_desk.infrastructure.db.engine import make_engine
    from ocpm_desk.infrastructure.uow import SYSTEM_CLI

    def migrated(url: str) -> str:
        engine = make_engine(url)
        try:
            init_database(engine, SYSTEM_CLI)
        finally:
            engine.dispose()
        return url

    if request.param == "sqlite":
        yield migrated(f"sqlite:///{tmp_path / 'killed.sqlite'}"), migrated(f"sqlite:///{tmp_path / 'clean.sqlite'}")
        return
    import psycopg

    request.getfixturevalue("pg_engine")  # this run's database and role prefix (OCPM_ROLE_PREFIX) are set up
    server = make_url(request.getfixturevalue("pg_server")["url"])
    names = [f"{server.database}_{kind}" for kind in ("killed", "clean")]
    admin_dsn = server.set(drivername="postgresql", database="postgres").render_as_string(hide_password=False)
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        for name in names:
            conn.execute(f'CREATE DATABASE "{name}"')
        try:
            yield tuple(migrated(server.set(database=name).render_as_string(hide_password=False))  # type: ignore[misc]
                        for name in names)
        finally:
            for name in names:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def orders_committed(url: str) -> Iterator[Callable[[], int]]:
    """A probe of how many orders are committed, on a connection of its own kept open while it is used."""
    if url.startswith("sqlite"):
        lite = sqlite3.connect(make_url(url).database or "", timeout=5, isolation_level=None)
        try:
            yield lambda: int(lite.execute("SELECT count(*) FROM orders").fetchone()[0])
        finally:
            lite.close()
        return
    import psycopg

    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as pg:
        yield lambda: int((pg.execute("SELECT count(*) FROM orders").fetchone() or (0,))[0])


@pytest.mark.slow
def test_an_import_killed_midway_and_run_again_ends_as_one_clean_run(
    two_fresh_databases: tuple[str, str], tmp_path: Path
) -> None:
    killed_url, clean_url = two_fresh_databases
    source = tmp_path / "big.jsonl"
    big_file(source, 20_000, seed=2026)
    args = ["import-orders", str(source), "--json", "--batch-size", "200", "--database"]

    clean = admin_on_a_terminal(*args, clean_url)  # standard error a terminal: the progress bar shows there
    assert clean.returncode == 0, clean.stderr.decode(errors="replace")
    assert b"import" in clean.stderr and clean.stdout.count(b"\n") == 1  # standard output: the JSON only
    expected = json.loads(clean.stdout)
    assert expected["lines"] > 20_000 and min(expected.values()) > 100, expected
    with orders_committed(clean_url) as count:
        orders = count()

    process = subprocess.Popen([sys.executable, "-m", "ocpm_desk.cli", *args, killed_url],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with orders_committed(killed_url) as count:
            deadline = time.monotonic() + 120
            while process.poll() is None and time.monotonic() < deadline and count() < orders // 5:
                time.sleep(0.005)
            assert process.poll() is None, "the import ended before it could be killed: give it a bigger file"
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
            committed = count()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert 0 < committed < orders, (committed, orders)

    rerun = admin(*args, killed_url)
    assert rerun.returncode == 0, rerun.stderr.decode()
    second = json.loads(rerun.stdout)
    assert second["lines"] == expected["lines"]
    assert second["unchanged"] >= committed  # the lines of the committed batches
    assert second["imported"] == expected["imported"] - committed  # the orders of the committed batches are there

    killed, reference_run = dump(killed_url), dump(clean_url)
    assert killed["orders"].keys() == reference_run["orders"].keys()
    differing = [ref for ref in reference_run["orders"] if killed["orders"][ref] != reference_run["orders"][ref]]
    assert differing == [], [(killed["orders"][r], reference_run["orders"][r]) for r in differing[:3]]
    for part in ("people", "events", "quarantine", "applicants"):
        assert killed[part] == reference_run[part], part
    statuses = {o["status"] for o in reference_run["orders"].values()}
    versions = {o["version"] for o in reference_run["orders"].values()}
    assert statuses == {"paid", "awaiting_payment", "cancelled"} and versions == {1, 2}
    assert {str(o["fee_from"]) for o in reference_run["orders"].values()} >= {"2018-01-01", "2024-01-01"}  # G3
