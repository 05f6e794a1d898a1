"""docs/database/functions.md is what the migrations leave in PostgreSQL: the run's migrated database, rendered by
scripts/dump_db_functions.py with the same normalisation, must give the committed file byte for byte."""

from __future__ import annotations

import difflib
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import Engine

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "dump_db_functions.py"
DOC = ROOT / "docs" / "database" / "functions.md"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dump_db_functions", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rendered(_pg_session_engine: Engine, pg_server: dict[str, str]) -> str:
    with _pg_session_engine.connect() as connection:
        return str(_script().render(connection, pg_server["role_prefix"], pg_server["name"]))


def test_functions_doc_is_current(rendered: str) -> None:
    committed = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
    if committed != rendered:
        diff = "".join(list(difflib.unified_diff(
            committed.splitlines(keepends=True), rendered.splitlines(keepends=True),
            "docs/database/functions.md (committed)", "the migrated database"))[:80])
        pytest.fail(f"docs/database/functions.md is stale: run `make db-functions` and commit it.\n{diff}",
                    pytrace=False)


def test_rendering_is_normalised_and_complete(rendered: str, pg_server: dict[str, str]) -> None:
    """The run's role prefix and database name never reach the text; the functions and triggers the write model
    rests on are all there, each once, in name order."""
    assert pg_server["role_prefix"] not in rendered
    assert pg_server["name"] not in rendered
    assert "'ocpm_caseworker'" in rendered
    headings = [line[4:] for line in rendered.splitlines() if line.startswith("### public.")]
    names = [heading.split("(")[0] for heading in headings]
    for name in ("ocpm_audit", "ocpm_audit_chain", "ocpm_seal_audit", "ocpm_try_seal_audit", "ocpm_check_order",
                 "ocpm_check_decision", "ocpm_reap_sessions", "ocpm_create_staff", "ocpm_session_roles"):
        assert f"public.{name}" in names
    assert names == sorted(names)
    assert len(headings) == len(set(headings))
    assert "CREATE TRIGGER ocpm_check_order BEFORE" in rendered
    assert "ON public.orders FOR EACH ROW EXECUTE FUNCTION public.ocpm_check_order()" in rendered
