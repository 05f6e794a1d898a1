"""One migration chain, the same tables and columns on SQLite and PostgreSQL, the lifecycle written from the domain."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, inspect, select, text

from ocpm_desk.infrastructure import migrations
from ocpm_desk.infrastructure.db.engine import make_engine
from ocpm_desk.infrastructure.db.models import Base, LifecycleTransition
from ocpm_desk.kernel.lifecycle import transition_rows

DESIGN_TABLES = {
    "orders", "order_events", "applicants", "services", "fee_schedules", "postal_products", "postal_tariffs",
    "condition_rules", "condition_results", "refusal_grounds", "decisions", "decision_grounds", "documents",
    "shipments", "tracking_events", "deposit_lists", "correction_requests", "register_persons",
    "register_residences", "register_guardianships", "staff", "teams", "audit_events", "import_quarantine",
    "calendar_closures", "settings", "lifecycle_transitions",
}  # fmt: skip


def _shape(engine: Engine) -> dict[str, dict[str, tuple[bool, bool]]]:
    """Table → column → (nullable, primary key); alembic's own table left out."""
    insp = inspect(engine)
    shape = {}
    for table in insp.get_table_names():
        if table == "alembic_version":
            continue
        pk = set(insp.get_pk_constraint(table)["constrained_columns"])
        shape[table] = {c["name"]: (bool(c["nullable"]), c["name"] in pk) for c in insp.get_columns(table)}
    return shape


@pytest.mark.postgres
def test_migrations_give_the_same_tables_and_columns_on_sqlite_and_postgresql(
    sqlite_url: str, pg_server: dict[str, str]
) -> None:
    import psycopg

    # a second empty PostgreSQL database, next to the run's, so that the chain runs from empty here too
    name = pg_server["name"] + "_parity"
    admin_url = pg_server["url"].replace("postgresql+psycopg", "postgresql").rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        sqlite = make_engine(sqlite_url)
        pg = make_engine(pg_server["url"].rsplit("/", 1)[0] + f"/{name}")
        migrations.upgrade(sqlite)
        migrations.upgrade(pg)
        sqlite_shape, pg_shape = _shape(sqlite), _shape(pg)
        assert sqlite_shape == pg_shape
        assert set(pg_shape) >= DESIGN_TABLES
        assert set(pg_shape) == set(Base.metadata.tables)
        pg.dispose()
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_lifecycle_table_is_written_from_the_domain(engine: Engine) -> None:
    with engine.connect() as conn:
        rows = conn.execute(
            select(LifecycleTransition.from_status, LifecycleTransition.to_status, LifecycleTransition.action,
                   LifecycleTransition.role, LifecycleTransition.qualifier, LifecycleTransition.outcome)
        ).all()
    expected = {tuple(r.values()) for r in transition_rows()}
    assert {tuple(r) for r in rows} == expected
    assert ("refusal_proposed", "refused", "approve_refusal", "supervisor", "not_author", "refused") in expected


def test_upgrade_is_idempotent_and_downgrade_goes_back_to_empty(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    migrations.upgrade(engine)
    migrations.upgrade(engine)
    assert migrations.current_revision(engine) == migrations.head_revision()
    migrations.downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrations.upgrade(engine)
    assert set(inspect(engine).get_table_names()) >= DESIGN_TABLES


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_engine: Engine) -> None:
    with sqlite_engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_queue_indexes_exist(engine: Engine) -> None:
    names = {ix["name"] for ix in inspect(engine).get_indexes("orders")}
    assert {"ix_orders_status_paid_at_id", "ix_orders_assigned_to_status", "ix_orders_status_ordered_at"} <= names
