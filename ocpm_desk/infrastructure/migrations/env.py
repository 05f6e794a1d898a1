"""Alembic environment: runs on the engine handed over in ``config.attributes`` (never a URL in a file)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from ocpm_desk.infrastructure.db.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    engine: Engine | None = config.attributes.get("engine")
    if engine is None:
        raise RuntimeError("run migrations through ocpm_desk.infrastructure.migrations.upgrade(engine)")
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run()
