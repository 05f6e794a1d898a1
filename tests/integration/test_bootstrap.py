"""The real connector the GUI uses: profiles, first start of the Démo database, login, session queries."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from ocpm_desk.bootstrap import ENGINES, make_connector
from ocpm_desk.demo.seed import DEMO_PASSWORD
from ocpm_desk.infrastructure import profiles
from ocpm_desk.kernel.errors import AuthenticationFailed, ConnectionFailed, PermissionDenied
from ocpm_desk.kernel.lifecycle import Status
from ocpm_desk.kernel.roles import Role


@pytest.fixture(autouse=True)
def _fresh_engines() -> None:
    ENGINES.dispose()


def test_demo_profile_is_created_and_filled_on_first_start() -> None:
    connector = make_connector()
    assert connector.default_profile() == "demo"
    assert [p.key for p in connector.profiles()] == ["demo", "local", "central"]
    assert not Path(profiles.demo_url().removeprefix("sqlite:///")).exists()
    session = connector.open("demo", "gestionnaire", DEMO_PASSWORD)
    assert session.identity.roles == {Role.CASEWORKER}
    assert str(session.database_label).startswith("Demo — ")
    overview = session.overview.overview()
    counts = {c.status: c.count for c in overview.counts}
    assert sum(counts.values()) == 2000
    assert counts[Status.PAID] > 0 and counts[Status.APPROVED] > 0
    assert overview.on_track + overview.due + overview.late == sum(
        counts[s] for s in (Status.PAID, Status.IN_REVIEW, Status.ON_HOLD, Status.REFUSAL_PROPOSED)
    )
    assert session.check_connection()
    # a second start does not seed again
    again = connector.open("demo", "responsable", DEMO_PASSWORD)
    assert sum(c.count for c in again.overview.overview().counts) == 2000


def test_wrong_password_changes_nothing_and_says_the_same_for_unknown_users() -> None:
    connector = make_connector()
    connector.open("demo", "gestionnaire", DEMO_PASSWORD)
    with pytest.raises(AuthenticationFailed):
        connector.open("demo", "gestionnaire", "not the password")
    with pytest.raises(AuthenticationFailed):
        connector.open("demo", "personne", DEMO_PASSWORD)


def test_mailroom_sees_only_shipping_counts_and_intake_sees_neither_overview_nor_catalogue() -> None:
    connector = make_connector()
    mailroom = connector.open("demo", "courrier", DEMO_PASSWORD)
    statuses = {c.status for c in mailroom.overview.overview().counts}
    assert Status.PAID not in statuses and Status.APPROVED in statuses
    intake = connector.open("demo", "intake", DEMO_PASSWORD)
    with pytest.raises(PermissionDenied):
        intake.overview.overview()
    with pytest.raises(PermissionDenied):
        intake.reference.catalogue(date(2026, 11, 26))


def test_catalogue_shows_fees_and_postage_in_force() -> None:
    session = make_connector().open("demo", "admin", DEMO_PASSWORD)
    now = session.reference.catalogue(date(2026, 11, 26))
    assert {s.code for s in now.services} == {"ATT-RES", "ATT-RES-HIST", "ATT-RES-CIV", "ATT-DEP", "ATT-DEP-HIST"}
    assert {s.vat_rate for s in now.services} == {"8.1"}
    before = session.reference.catalogue(date(2023, 6, 1))
    assert {s.vat_rate for s in before.services} == {"7.7"}
    prices = {p.code: p.price_centimes for p in now.postal_products}
    assert prices["B"] == 0 and prices["A"] == 120


def test_local_profile_is_never_filled_with_demo_data() -> None:
    with pytest.raises(AuthenticationFailed):
        make_connector().open("local", "gestionnaire", DEMO_PASSWORD)
    from ocpm_desk.infrastructure.database import order_count
    from ocpm_desk.infrastructure.db.engine import make_engine

    assert order_count(make_engine(profiles.local_url())) == 0


def test_central_without_a_server_says_what_to_do() -> None:
    with pytest.raises(ConnectionFailed, match="no central server is configured"):
        make_connector().open("central", "gestionnaire", DEMO_PASSWORD)
    with pytest.raises(ConnectionFailed, match="cannot be reached"):
        make_connector().open("central", "x", "y", url="postgresql://x@127.0.0.1:1/ocpm")


@pytest.mark.postgres
def test_central_database_checks_the_login(pg_server: dict[str, str], pg_engine: Engine) -> None:
    connector = make_connector(pg_server["url"])
    assert connector.default_profile() == "central"
    with pytest.raises(AuthenticationFailed):
        connector.open("central", "nobody", "whatever")


def test_override_url_takes_the_place_of_its_profile(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'other.sqlite'}"
    connector = make_connector(url)
    assert connector.default_profile() == "local"
    local = next(p for p in connector.profiles() if p.key == "local")
    assert local.location == str(tmp_path / "other.sqlite")


def test_self_test_runs_from_source() -> None:
    result = subprocess.run([sys.executable, "-m", "ocpm_desk", "--self-test"], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "self-test ok"
    assert "font embedded" in result.stdout


def test_prepare_loads_what_a_login_needs_and_the_connector_alone_does_not(tmp_path: Path) -> None:
    """The connector answers the login dialog without the ORM, the driver or keyring; ``prepare`` (run while the
    user types) loads the ORM, every feature's use cases and the driver, so the login itself does not wait for
    them."""
    probe = (
        "import sys\n"
        "from ocpm_desk.bootstrap import make_connector\n"
        "connector = make_connector()\n"
        "connector.profiles(); connector.default_profile()\n"
        "heavy = ('sqlalchemy', 'sqlalchemy.orm', 'psycopg', 'keyring', 'ocpm_desk.wiring',\n"
        "         'ocpm_desk.session', 'ocpm_desk.features.refusals.approval',\n"
        "         'ocpm_desk.features.mailroom.shipping')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        "connector.prepare()\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    env = {**os.environ, "OCPM_DATA_DIR": str(tmp_path), "OCPM_CONFIG_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    before, after = result.stdout.strip().splitlines()
    assert before == "[]"
    assert after == str(["ocpm_desk.features.mailroom.shipping", "ocpm_desk.features.refusals.approval",
                         "ocpm_desk.session", "ocpm_desk.wiring", "psycopg", "sqlalchemy", "sqlalchemy.orm"])
