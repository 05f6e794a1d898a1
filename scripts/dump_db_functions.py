#!/usr/bin/env python3
"""Write docs/database/functions.md: every PostgreSQL function and trigger the migrations create, in one file.

The functions and triggers exist in the code only as edits spread over ``adapters/migrations/pg_security.py``,
``pg_write_model.py``, ``pg_staff.py`` and the migrations; this script migrates a throwaway database and reads
back what is in force. It creates the database (and its group roles, under a prefix unique to the run, so that
nothing of a real OCPM database on the same cluster is touched), migrates it to head, writes the file and drops
the database and its roles. Role names are written with the default prefix ``ocpm_``, so the output does not
depend on the run. ``tests/integration/test_db_functions_doc.py`` renders the same text from the test run's
database and fails when the file is stale.

    make db-functions
    .venv/bin/python scripts/dump_db_functions.py [--server postgresql://127.0.0.1:5432/postgres] [--output PATH]
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "docs" / "database" / "functions.md"
DEFAULT_SERVER = "postgresql://127.0.0.1:5432/postgres"
DEFAULT_PREFIX = "ocpm_"
SCHEMAS = ("public", "ocpm_private")

HEADER = """\
# PostgreSQL functions and triggers of OCPM Desk

GENERATED FILE — do not edit. The functions and triggers as the migrations leave them (schemas `public` and
`ocpm_private`; `pg_get_functiondef`, `pg_get_triggerdef`), sorted by name, role names with the default prefix
`ocpm_`. To change one, write a migration; then regenerate this file with `make db-functions`
(`scripts/dump_db_functions.py`; needs PostgreSQL, default 127.0.0.1:5432).
`tests/integration/test_db_functions_doc.py` fails when it is stale.
"""


# Functions and procedures (aggregates and window functions have no pg_get_functiondef) that belong to no extension.
FUNCTIONS = """
SELECT n.nspname, p.proname, pg_get_function_identity_arguments(p.oid), pg_get_functiondef(p.oid)
FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = ANY(:schemas) AND p.prokind IN ('f', 'p')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
"""

# Triggers a migration wrote (not the ones PostgreSQL makes for foreign keys).
TRIGGERS = """
SELECT t.tgname, n.nspname, c.relname, pg_get_triggerdef(t.oid, true)
FROM pg_catalog.pg_trigger t
  JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY(:schemas) AND NOT t.tgisinternal
"""


def anchor(schema: str, name: str, arguments: str) -> str:
    """The heading's anchor as GitHub and most Markdown viewers make it: lower case, punctuation dropped, spaces
    as hyphens."""
    heading = f"{schema}.{name}({arguments})".lower()
    return "".join("-" if c == " " else c for c in heading if c.isalnum() or c in " -_")


def render(connection: Any, role_prefix: str, database: str | None = None) -> str:
    """The text of functions.md from a migrated database (an SQLAlchemy connection), ``role_prefix`` written as
    ``ocpm_`` and the database's name, should a definition name it, as ``<database>``."""
    from sqlalchemy import text

    schemas = {"schemas": list(SCHEMAS)}
    with connection.begin():
        # Names outside pg_catalog come out schema-qualified whatever the caller's search_path.
        connection.execute(text("SELECT pg_catalog.set_config('search_path', 'pg_catalog', true)"))
        functions = sorted(connection.execute(text(FUNCTIONS), schemas).all(), key=lambda r: (r[1], r[0], r[2]))
        triggers = sorted(connection.execute(text(TRIGGERS), schemas).all(), key=lambda r: (r[0], r[1], r[2]))

    parts = [HEADER, f"\n## {len(functions)} functions\n\n"]
    parts += [f"- [`{schema}.{name}({arguments})`](#{anchor(schema, name, arguments)})\n"
              for schema, name, arguments, _ in functions]
    parts.append(f"\n## {len(triggers)} triggers\n\n")
    parts += [f"- `{name}` on `{schema}.{table}`\n" for name, schema, table, _ in triggers]
    for schema, name, arguments, definition in functions:
        parts.append(f"\n### {schema}.{name}({arguments})\n\n```sql\n{definition.strip()};\n```\n")
    parts.append("\n## Triggers\n")
    for name, schema, table, definition in triggers:
        parts.append(f"\n### {name} on {schema}.{table}\n\n```sql\n{definition.strip()};\n```\n")
    result = "".join(parts)
    if role_prefix != DEFAULT_PREFIX:
        result = result.replace(role_prefix, DEFAULT_PREFIX)
    if database:
        result = result.replace(database, "<database>")
    return result


def dump(server: str) -> str:
    """Migrate a throwaway database on ``server`` and render it; the database and its roles are dropped after."""
    import psycopg
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    token = secrets.token_hex(4)
    name = f"ocpm_functions_{token}"
    prefix = f"ocpm_f{token}_"
    url = make_url(server)
    admin_dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin_dsn, autocommit=True, connect_timeout=5) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        previous = os.environ.get("OCPM_ROLE_PREFIX")
        os.environ["OCPM_ROLE_PREFIX"] = prefix  # read by the migrations through ocpm_desk.infrastructure.config
        try:
            from ocpm_desk.infrastructure import migrations

            engine = create_engine(url.set(drivername="postgresql+psycopg", database=name))
            try:
                migrations.upgrade(engine)
                with engine.connect() as connection:
                    return render(connection, prefix, name)
            finally:
                engine.dispose()
        finally:
            if previous is None:
                os.environ.pop("OCPM_ROLE_PREFIX", None)
            else:
                os.environ["OCPM_ROLE_PREFIX"] = previous
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            # group roles are cluster-wide; every one of this run carries its prefix
            for (role,) in admin.execute("SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s)",
                                         (prefix,)).fetchall():
                admin.execute(f'DROP ROLE IF EXISTS "{role}"')


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default=DEFAULT_SERVER,
                        help=f"a PostgreSQL database URL whose user may create databases and roles ({DEFAULT_SERVER})")
    parser.add_argument("--output", type=Path, default=OUTPUT, help=f"where to write ({OUTPUT.relative_to(ROOT)})")
    args = parser.parse_args(argv)
    sql = dump(args.server)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(sql, encoding="utf-8")
    print(f"wrote {args.output} ({sql.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
