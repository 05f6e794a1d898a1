"""The auditor's journal on the seeded demo database, with the real services (issue 17): every cell reads French.

No fake here: the demo seed writes its events through the services (refusals, hearings, the mail room, an import,
corrections), a day of account administration adds the staff events, and on PostgreSQL the row-audit triggers add
theirs (``row.*``). The auditor opens the journal; every cell of every row — person, action, order, details — must
show no code (``snake_case``, ``order.viewed``), no ISO date and no English word; what a person typed (a comment,
a justification, a file name) and the names of people are left out of the check, since they are shown as typed.
Then the language is switched to English and the same journal must read English.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text
from test_accessibility import english_in
from test_audit_text import french

from ocpm_desk.demo.seed import DEMO_ACCOUNTS, DEMO_PASSWORD, seed_demo
from ocpm_desk.features.accounts import accounts
from ocpm_desk.features.accounts.api import StaffIdentity
from ocpm_desk.gui.audit.model import ACTION, DETAILS, ORDER, PERSON, RAW_ROLE, WHEN
from ocpm_desk.gui.audit.screen import AuditScreen
from ocpm_desk.gui.audit.text import ACTIONS, ROW_OPERATIONS, column_label, table_label
from ocpm_desk.gui.i18n import install_translators
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.infrastructure.audit_store import seal_pending
from ocpm_desk.infrastructure.database import init_database
from ocpm_desk.infrastructure.db.engine import make_engine
from ocpm_desk.infrastructure.uow import SYSTEM_CLI, Actor
from ocpm_desk.kernel.errors import AuthenticationFailed
from ocpm_desk.kernel.phrases import Phrase
from ocpm_desk.kernel.roles import Role
from ocpm_desk.wiring import AppDeskSession

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 26)
ORDERS = 600  # as the demo's own test: enough orders for every kind of work (tracking, deliveries)
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
SNAKE = re.compile(r"\b[a-z0-9]+_[a-z0-9_]+\b")
ACTION_CODE = re.compile(r"\b[a-z_]+\.[a-z_]+\b")
MOMENT = re.compile(r"\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2}")
#: Payload keys whose values a person typed or a system named: shown as stored, so not read for language.
TYPED = ("comment", "note", "justification", "source", "error", "item_number", "number", "reference",
         "order_reference", "actor", "author", "previous_author", "assigned_to", "ready_to_ship", "hearing_letters",
         "imported", "updated")  # fmt: skip
#: Payload keys whose values are codes, said by their labels (a code shown as a whole value is caught).
CODE_KEYS = ("product", "content", "result", "override", "previous", "removed", "hearing", "grounds", "code", "kind",
             "attributable_to", "role", "roles", "status", "from", "to", "reason", "confirmed", "action",
             "address_fields_changed")  # fmt: skip
#: Words only French uses: an English journal showing one still shows French.
FRENCH_WORDS = frozenset({
    "commande", "commandes", "ligne", "lignes", "envoi", "envois", "décision", "données", "modifiée", "ajoutée",
    "motif", "motifs", "contenu", "empreinte", "jour", "statut", "statuts", "attribuée", "oui", "non", "dès",
    "jusqu'au", "résultat", "résultats", "remplie", "payée", "expédiée", "système", "le", "la", "les", "des", "du",
    "et", "à", "consultées", "examen", "réponse", "reçue", "adresse", "inconnue",
})  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


# ---- the databases -----------------------------------------------------------------------------------------------


def _administration_day(engine: Engine) -> None:
    """What the administrator and the staff do to accounts in a day (SQLite: the services act at once)."""
    admin = Actor("admin", frozenset({Role.ADMIN}))
    accounts.authenticate(engine, "admin", DEMO_PASSWORD)
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(engine, "gestionnaire", "not the password")
    accounts.create_local_user(engine, admin, "lmartin", [Role.CASEWORKER], "un mot de passe provisoire",
                               "Luc Martin")
    accounts.grant_role(engine, admin, "lmartin", Role.AUDITOR)
    accounts.revoke_role(engine, admin, "lmartin", Role.AUDITOR)
    identity = accounts.authenticate(engine, "lmartin", "un mot de passe provisoire")
    accounts.set_own_password(engine, identity, "le mot de passe de Luc")
    accounts.deactivate_user(engine, admin, "lmartin")
    accounts.reactivate_user(engine, admin, "lmartin")
    with engine.begin() as conn:  # a label changed by hand: loading the reference data puts it back
        conn.execute(text("UPDATE postal_products SET label_fr = 'Courrier B (test)' WHERE code = 'B'"))
    init_database(engine, SYSTEM_CLI)


@pytest.fixture(scope="module")
def demo_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('journal') / 'demo.sqlite'}")
    seed_demo(engine, orders=ORDERS, today=TODAY)
    _administration_day(engine)
    yield engine
    engine.dispose()


# ---- reading the journal -----------------------------------------------------------------------------------------


def _open_journal(qtbot: QtBot, engine: Engine) -> tuple[MainWindow, AuditScreen, AppDeskSession]:
    session = AppDeskSession(engine, StaffIdentity("auditeur", "Élise Morand", frozenset({Role.AUDITOR})),
                             Phrase("demo"))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.show_screen("audit")
    screen = window.screen_by_key("audit")
    assert isinstance(screen, AuditScreen)
    qtbot.waitUntil(lambda: screen.settled, timeout=30_000)
    _search(qtbot, screen)  # again: the journal now holds the auditor's first search too
    return window, screen, session


def _search(qtbot: QtBot, screen: AuditScreen) -> None:
    screen.search()
    assert not screen.settled  # loading
    qtbot.waitUntil(lambda: screen.settled, timeout=30_000)


def _typed_values(payload: object, action: str) -> list[str]:
    """What the payload of one event holds as typed (see ``TYPED``), the longest first."""
    try:
        data = json.loads(str(payload)) if payload else {}
    except ValueError:
        return [str(payload)]
    if not isinstance(data, dict):
        return []
    found: list[str] = []

    def add(value: object) -> None:
        if isinstance(value, list):
            for item in value:
                add(item)
        elif value is not None:
            found.append(str(value))

    for key in TYPED:
        add(data.get(key))
    if action == "order.hearing_not_needed":
        add(data.get("reason"))
    if action == "order.reassign":
        add(data.get("from"))
        add(data.get("to"))
    if isinstance(data.get("destination"), str):
        add(data["destination"].removeprefix("file:"))
    if isinstance(data.get("signature"), dict):
        add(data["signature"].get("name"))
        add(data["signature"].get("title"))
    return sorted(found, key=len, reverse=True)


def _rows(screen: AuditScreen) -> list[dict[str, object]]:
    """Every row of the journal: what each cell shows, and the action, actor and payload as stored."""
    model = screen.model

    def cell(r: int, c: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.index(r, c).data(role)

    return [{"when": cell(r, WHEN), "person": cell(r, PERSON), "action": cell(r, ACTION), "order": cell(r, ORDER),
             "details": cell(r, DETAILS), "code": cell(r, ACTION, RAW_ROLE), "actor": cell(r, PERSON, RAW_ROLE),
             "payload": cell(r, DETAILS, RAW_ROLE), "event": model.row_event(r)}
            for r in range(model.rowCount())]  # fmt: skip


def _without_typed(row: dict[str, object], column: str, people: set[str]) -> str:
    """The cell's text without what was typed, the names of people and the order's reference (a system actor's
    code is not a name: it stays, to be caught)."""
    shown = str(row[column])
    event = row["event"]
    typed = _typed_values(row["payload"], str(row["code"]))
    typed += [getattr(event, "entity_id", ""), getattr(event, "order_reference", None) or ""]
    for value in sorted({*typed, *people} - {""}, key=len, reverse=True):
        shown = shown.replace(value, " ")
    return shown


def _codes_in(payload: object, action: str) -> set[str]:
    """The values of an event's payload that are codes (a product, a content, a result, a role, a status…) and the
    codes its counts are keyed by: a French cell must say none of them as stored."""
    try:
        data = json.loads(str(payload)) if payload else {}
    except ValueError:
        return set()
    if not isinstance(data, dict):
        return set()
    keys = set(CODE_KEYS) - ({"from", "to"} if action == "order.reassign" else set())
    keys -= {"reason"} if action == "order.hearing_not_needed" else set()
    codes: set[str] = set()
    for key in keys:
        value = data.get(key)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and item:
                codes.add(item)
    for key in ("rows", "statuses"):
        if isinstance(data.get(key), dict):
            codes |= set(data[key])
    for name in data.get("columns") or []:
        if column_label(str(name)).lower() != str(name).lower():  # "version" is French too
            codes.add(str(name))
    return codes


#: The columns of the journal that read as text.
TEXT_COLUMNS = ("person", "action", "order", "details")


def _codes_shown(row: dict[str, object], people: set[str]) -> Iterator[str]:
    """What an event's row shows as codes, whatever the language: the action as its code; an ISO date, a code or an
    action code in a text column (the values typed by people left out)."""
    if row["action"] == row["code"]:
        yield "the action is shown as its code"
    for column in TEXT_COLUMNS:
        shown = _without_typed(row, column, people)
        for rule, pattern in (("ISO date", ISO_DATE), ("code", SNAKE), ("action code", ACTION_CODE)):
            if pattern.search(shown):
                yield f"{column} shows a {rule}: {row[column]!r}"


def _not_french(row: dict[str, object], people: set[str]) -> Iterator[str]:
    """What a row of the French journal shows that is not French: its moment not the Swiss way, the system's
    accounts by their code, English, the codes of its payload."""
    if not MOMENT.fullmatch(str(row["when"])):
        yield f"when {row['when']!r}"
    if str(row["person"]).startswith("system:"):
        yield f"the person is shown as its code: {row['person']!r}"
    for column in TEXT_COLUMNS:
        why = english_in(_without_typed(row, column, people))
        if why is not None:
            yield f"{column} reads English ({why}): {row[column]!r}"
    details = _without_typed(row, "details", people)
    for code in sorted(_codes_in(row["payload"], str(row["code"]))):
        if re.search(rf"(?:^|: |, |→ |· ){re.escape(code)}(?=$| ·|,| →| \d)", details):
            yield f"details show the code {code!r}: {row['details']!r}"


def _not_english(row: dict[str, object], people: set[str]) -> Iterator[str]:
    """What a row of the English journal shows in French."""
    for column in TEXT_COLUMNS:
        shown = _without_typed(row, column, people)
        words = {w.lower() for w in _WORD.findall(shown)} & FRENCH_WORDS
        if words or any(c in shown for c in "éèàç«»\u00a0"):
            yield f"{column} reads French {sorted(words)}: {row[column]!r}"


def _problems(rows: list[dict[str, object]], people: set[str], language: Callable[..., Iterator[str]]
              ) -> list[str]:  # fmt: skip
    """Each row's codes shown and what ``language`` finds out of place, with the event it is about."""
    return [f"event {getattr(row['event'], 'id', '?')} ({row['code']}): {problem}" for row in rows
            for problem in (*_codes_shown(row, people), *language(row, people))]


def _problems_in_french(rows: list[dict[str, object]], people: set[str]) -> list[str]:
    return _problems(rows, people, _not_french)


def _problems_in_english(rows: list[dict[str, object]], people: set[str]) -> list[str]:
    return _problems(rows, people, _not_english)


def _people(engine: Engine) -> set[str]:
    """The user names the journal may show (as they are): every actor but the system's own, the demo accounts."""
    with engine.connect() as conn:
        actors = {str(n) for (n,) in conn.execute(text("SELECT DISTINCT actor FROM audit_events"))}
    return {a for a in actors if not a.startswith("system:")} | {n for n, _d, _r in DEMO_ACCOUNTS} | {"lmartin"}


def _check_the_journal(qtbot: QtBot, engine: Engine, expected: set[str]) -> set[str]:
    """Open the journal as the auditor; check it in French, then in English; the actions it showed."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    people = _people(engine)
    window, screen, session = _open_journal(qtbot, engine)
    try:
        rows = _rows(screen)
        codes = {str(r["code"]) for r in rows}
        assert expected <= codes, f"the demo no longer writes {sorted(expected - codes)}"
        assert len(rows) < screen._searched.limit, "the journal shows only part of the demo's events"
        problems = _problems_in_french(rows, people)
        assert not problems, "the journal shows codes, ISO dates or English:\n" + "\n".join(problems)
        header = [screen.model.headerData(c, Qt.Orientation.Horizontal) for c in range(screen.model.columnCount())]
        assert header == ["Date et heure", "Personne", "Action", "Commande", "Détails"]

        install_translators(app, "en")
        _search(qtbot, screen)
        english = _rows(screen)
        problems = _problems_in_english(english, people)
        assert not problems, "the English journal still shows codes or French:\n" + "\n".join(problems)
        header = [screen.model.headerData(c, Qt.Orientation.Horizontal) for c in range(screen.model.columnCount())]
        assert header == ["Date and time", "Person", "Action", "Order", "Details"]
        by_id = {getattr(r["event"], "id", None): r for r in english}
        changed = [r for r in rows if (e := by_id.get(getattr(r["event"], "id", None))) is not None
                   and e["action"] != r["action"]]  # fmt: skip
        assert len(changed) >= len(rows) // 2, "switching to English changed almost nothing"
    finally:
        install_translators(app, "fr")
        window.close()
        session.close()
    return codes


#: What the demo writes on both databases (a change of the demo that drops one would weaken this test: say so).
DEMO_ACTIONS = {
    "demo.seeded", "order.viewed", "order.conditions_evaluated", "order.hold", "order.resume",
    "order.hearing_letter_sent", "order.hearing_not_needed", "order.hearing_answer_recorded",
    "order.propose_refusal", "order.return_refusal", "order.approve_refusal", "decision.draft_created",
    "decision.proposed", "decision.returned", "decision.issued", "print.batch", "order.ship",
    "shipment.hearing_letter_shipped", "shipment.returned", "order.record_return", "order.deliver",
    "order.send_again", "order.reissue", "order.correction_reissued", "order.correction_recorded",
    "tracking.imported", "deposit_list.created", "orders.imported", "quarantine.resolved", "audit.searched",
}  # fmt: skip
ACCOUNT_ACTIONS = {"staff.login", "staff.login_failed", "staff.created", "staff.role_granted", "staff.role_revoked",
                   "staff.password_set", "staff.deactivated", "staff.reactivated", "reference.loaded"}


def test_the_journal_of_the_demo_reads_french_then_english_on_sqlite(qtbot: QtBot, demo_sqlite: Engine) -> None:
    codes = _check_the_journal(qtbot, demo_sqlite, DEMO_ACTIONS | ACCOUNT_ACTIONS)
    assert codes <= set(ACTIONS), sorted(codes - set(ACTIONS))


@pytest.mark.postgres
def test_the_journal_of_the_demo_reads_french_then_english_on_postgresql(qtbot: QtBot, pg_engine: Engine) -> None:
    seed_demo(pg_engine, orders=ORDERS, today=TODAY)
    with pg_engine.begin() as conn:
        seal_pending(conn)
    codes = _check_the_journal(qtbot, pg_engine, DEMO_ACTIONS | {"row.insert", "row.update"})
    # the database's own events: every table its triggers are on, and every column of those tables, is named
    with pg_engine.connect() as conn:
        tables = {t for (t,) in conn.execute(text(
            "SELECT DISTINCT event_object_table FROM information_schema.triggers "
            "WHERE action_statement LIKE '%ocpm_row_audit%'"))}
        columns = set(conn.execute(text(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_name = ANY(:t)"),
            {"t": sorted(tables)}).tuples())  # fmt: skip
    assert {"orders", "decisions", "shipments", "hearings"} <= tables
    unnamed = sorted(t for t in tables if not french(table_label(t)))
    unnamed += sorted(f"{t}.{c}" for t, c in columns if not french(column_label(c)))
    assert not unnamed, f"row-audited tables or columns without a French name: {unnamed}"
    assert codes <= set(ACTIONS) | set(ROW_OPERATIONS), sorted(codes - set(ACTIONS) - set(ROW_OPERATIONS))


def test_the_checks_catch_a_code_an_iso_date_and_english() -> None:
    """The checks themselves: a raw code, an ISO date, an English word and a French word are each found."""
    class Event:
        id, entity_id, order_reference = 1, "3", None

    def row(details: str) -> dict[str, object]:
        return {"when": "12.03.2026 11:02:00", "person": "cdubois", "action": "Connexion", "order": "—",
                "details": details, "code": "staff.login", "actor": "cdubois", "payload": "{}", "event": Event()}

    assert _problems_in_french([row("motif : unknown_address")], set())
    assert _problems_in_french([row("jour : 2026-12-07")], set())
    assert _problems_in_french([row("action : order.viewed")], set())
    assert _problems_in_french([row("the order was shipped")], set())
    assert not _problems_in_french([row("motif : Adresse inconnue · jour : 07.12.2026")], set())
    coded = row("produit postal : R")
    coded["payload"] = json.dumps({"product": "R"})
    assert _problems_in_french([coded], set())  # a code without an underscore is found by its value
    coded["details"] = "produit postal : Recommandé"
    assert not _problems_in_french([coded], set())
    system = row("")
    system["person"] = system["actor"] = "system:seed"
    assert _problems_in_french([system], {"cdubois"})
    typed = row("commentaire : see_the file 2026-01-01")
    typed["payload"] = json.dumps({"comment": "see_the file 2026-01-01"})
    assert not _problems_in_french([typed], set())  # typed text is shown as typed
    assert _problems_in_english([row("reason: Adresse inconnue")], set())
    assert _problems_in_english([row("reason: Non réclamé")], set())
    assert not _problems_in_english([row("reason: Unknown address · day: 07.12.2026")], set())
