"""No card number reaches PostgreSQL's write-ahead log (issue 16 §4): masked before anything is written.

A private cluster (its WAL files are the test's to read): the card lines of ``test_intake_hostile`` are imported, the
WAL is flushed and switched, and every WAL segment is searched, byte for byte, for each spelling of the card (UTF-8)
and for its plain digits. What is never written cannot be recovered from a backup or a replica either.
"""

from __future__ import annotations

import io
import json
import os

import pytest
from pg_cluster import private_cluster
from test_intake import lines, record
from test_intake_hostile import CARD, FORMS, _card_lines

from ocpm_desk.features.intake.imports import import_orders
from ocpm_desk.infrastructure.database import init_database
from ocpm_desk.infrastructure.db.engine import make_engine
from ocpm_desk.infrastructure.uow import SYSTEM_CLI, SYSTEM_INTAKE

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_no_spelling_of_a_card_is_in_the_write_ahead_log() -> None:
    previous = os.environ.get("OCPM_ROLE_PREFIX")
    os.environ["OCPM_ROLE_PREFIX"] = "ocpm_"
    try:
        with private_cluster("the WAL check") as cluster:
            engine = make_engine(cluster.url().replace("postgresql://", "postgresql+psycopg://"))
            try:
                init_database(engine, SYSTEM_CLI)
                card_lines = _card_lines()
                data = lines(record(1), *card_lines, record(2))
                summary = import_orders(engine, SYSTEM_INTAKE, io.BytesIO(data), "cards.jsonl", batch_size=7)
                assert summary.counts()["quarantined"] == len(card_lines)
                with engine.connect() as conn:
                    conn.exec_driver_sql("CHECKPOINT")
                    conn.exec_driver_sql("SELECT pg_switch_wal()")
            finally:
                engine.dispose()
            wal = b"".join(p.read_bytes() for p in sorted((cluster.data / "pg_wal").glob("0*")) if p.is_file())
            assert len(wal) > 1_000_000 and b"cards.jsonl" in wal  # the import is in there
            spellings = {CARD, *FORMS.values(), *(json.dumps(f)[1:-1] for f in FORMS.values())}
            found = [s for s in spellings if s.encode("utf-8") in wal]
            assert found == []
            assert "payé avec".encode() in wal  # the quarantined lines are there, masked
    finally:
        if previous is None:
            os.environ.pop("OCPM_ROLE_PREFIX", None)
        else:
            os.environ["OCPM_ROLE_PREFIX"] = previous
