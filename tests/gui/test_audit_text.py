"""Every action and every payload key an audit event may hold has a French label in the journal (issue 17).

What may be written is read from the code, not copied: the actions of ``domain.audit_actions``; the calls that write
an event (``uow.audit(...)``, ``append_audit(...)``) with the keys of the payload they pass, read from the source of
every module outside the GUI; the events the database writes itself (``ocpm_staff_audit`` in migration 0013, the
row-audit triggers of ``pg_write_model`` and the tables they are on, the columns of those tables); the tables of the
schema; the codes of the reference data. Events of older versions are kept in the chain for ever: their actions and
keys are listed here (found in the history of the services) and must keep their labels.
"""

from __future__ import annotations

import ast
import inspect
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pytest
import yaml

from ocpm_desk.features.audit.api import AuditRow
from ocpm_desk.gui.audit.text import (
    LEGACY_ACTIONS,
    ROW_OPERATIONS,
    action_label,
    column_label,
    describe_payload,
    payload_field_label,
    person_text,
    status_text,
    table_label,
)
from ocpm_desk.infrastructure.db.models import Base
from ocpm_desk.infrastructure.migrations import pg_staff, pg_write_model
from ocpm_desk.kernel.audit_actions import AUDIT_ACTIONS
from ocpm_desk.kernel.lifecycle import TRANSITIONS

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "ocpm_desk"
MIGRATIONS = PACKAGE / "infrastructure" / "migrations"
#: Events written by older versions (``git log -p`` of the services): mailroom.ship wrote ``shipment.shipped`` with
#: these keys from 78bfbc2 until 4aae61e. Every other action and key of the history is still written today.
HISTORICAL: dict[str, set[str]] = {
    "shipment.shipped": {"order_id", "content", "product", "item_number", "postage_centimes"},
}
#: The calls that write an event and the position of their action and their payload.
WRITERS = {"audit": (1, 4), "append_audit": (2, 5)}
#: Functions that only pass an event on (their action and payload are their caller's).
PASS_THROUGH = {"audit", "append_audit"}


# ---- what the code writes ----------------------------------------------------------------------------------------


@dataclass
class Written:
    actions: dict[str, set[str]]  # action → payload keys
    unresolved: list[str]  # call sites whose action or payload could not be read


def _modules() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).parts
        if parts[0] == "gui" or "versions" in parts:
            continue
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def _functions(tree: ast.Module) -> dict[str, ast.FunctionDef]:
    return {n.name: n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}


def _enclosing(tree: ast.Module, call: ast.Call) -> ast.FunctionDef | None:
    """The innermost function holding ``call``."""
    found: ast.FunctionDef | None = None
    for node in ast.walk(tree):
        inside = isinstance(node, ast.FunctionDef) and any(c is call for c in ast.walk(node))
        if inside and isinstance(node, ast.FunctionDef) and (found is None or found.lineno < node.lineno):
            found = node
    return found


def _lifecycle_actions() -> set[str]:
    return {f"order.{t.action}" for t in TRANSITIONS}


def _actions_of(node: ast.expr, scope: ast.AST | None) -> set[str] | None:
    """The actions an expression may hold; None when it cannot be read."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value} if "." in node.value else set()
    if isinstance(node, ast.JoinedStr):
        head = node.values[0]
        if isinstance(head, ast.Constant) and head.value == "order.":
            return _lifecycle_actions()  # f"order.{transition.action}"
        return None
    if isinstance(node, ast.IfExp):
        body, orelse = _actions_of(node.body, scope), _actions_of(node.orelse, scope)
        return None if body is None or orelse is None else body | orelse
    if isinstance(node, ast.Name) and scope is not None:
        out: set[str] = set()
        for assign in ast.walk(scope):
            if isinstance(assign, ast.Assign) and any(isinstance(t, ast.Name) and t.id == node.id
                                                      for t in assign.targets):
                found = _actions_of(assign.value, None)
                if found:
                    out |= found
        return out or None
    return None


def _dict_keys(node: ast.Dict, functions: dict[str, ast.FunctionDef], everywhere: dict[str, ast.FunctionDef]
               ) -> set[str] | None:
    keys: set[str] = set()
    for key, value in zip(node.keys, node.values, strict=True):
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            keys.add(key.value)
        elif key is None and isinstance(value, ast.Call):  # **issue_payload(...)
            inner = _returned_keys(value, functions, everywhere)
            if inner is None:
                return None
            keys |= inner
        else:
            return None
    return keys


def _returned_keys(call: ast.Call, functions: dict[str, ast.FunctionDef], everywhere: dict[str, ast.FunctionDef]
                   ) -> set[str] | None:
    name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
    function = functions.get(name) or everywhere.get(name)
    if function is None:
        return None
    returns = [n.value for n in ast.walk(function) if isinstance(n, ast.Return) and isinstance(n.value, ast.Dict)]
    if not returns:
        return None
    keys: set[str] = set()
    for value in returns:
        found = _dict_keys(value, functions, everywhere)
        if found is None:
            return None
        keys |= found
    return keys


def _name_keys(name: str, scopes: list[ast.AST], functions: dict[str, ast.FunctionDef],
               everywhere: dict[str, ast.FunctionDef]) -> set[str] | None:
    """Keys of a payload held in a variable: its dict literal (in the function, else in the module: a helper that
    builds it) and the keys set on it afterwards (``payload["note"] = …``)."""
    for scope in scopes:
        keys: set[str] = set()
        literal = False
        for node in ast.walk(scope):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name) and target.id == name and isinstance(node.value, ast.Dict):
                        found = _dict_keys(node.value, functions, everywhere)
                        if found is None:
                            return None
                        keys |= found
                        literal = True
                    if (isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name)
                            and target.value.id == name and isinstance(target.slice, ast.Constant)):
                        keys.add(str(target.slice.value))
        if literal:
            return keys
    return None


def _unpacked_keys(name: str, scopes: list[ast.AST], functions: dict[str, ast.FunctionDef],
                   everywhere: dict[str, ast.FunctionDef]) -> set[str] | None:
    """Keys of a payload unpacked from what a helper returns (``counts, audit, effects = apply_batch(…)``): the
    variable of the same name that the helper builds, in whichever module the helper is."""
    for scope in scopes:
        for node in ast.walk(scope):
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                    and isinstance(node.value.func, ast.Name)
                    and any(isinstance(target, ast.Tuple) and any(isinstance(e, ast.Name) and e.id == name
                                                                  for e in target.elts) for target in node.targets)):
                helper = functions.get(node.value.func.id) or everywhere.get(node.value.func.id)
                if helper is not None:
                    return _name_keys(name, [helper], functions, everywhere)
    return None


def _payload_keys(node: ast.expr | None, tree: ast.Module, scope: ast.AST | None,
                  everywhere: dict[str, ast.FunctionDef]) -> set[str] | None:
    functions = _functions(tree)
    if node is None or (isinstance(node, ast.Constant) and node.value is None):
        return set()
    if isinstance(node, ast.Dict):
        return _dict_keys(node, functions, everywhere)
    if isinstance(node, ast.Name):
        scopes = [s for s in (scope, tree) if s is not None]
        found = _name_keys(node.id, scopes, functions, everywhere)
        return found if found is not None else _unpacked_keys(node.id, scopes, functions, everywhere)
    if isinstance(node, ast.Call):
        return _returned_keys(node, functions, everywhere)
    return None


def _sql_call_args(text: str, function: str) -> Iterator[list[str]]:
    """The arguments (top-level, as written) of each call of the SQL function ``function`` in ``text``."""
    for found in re.finditer(re.escape(function) + r"\(", text):
        depth, start, args = 1, found.end(), []
        i = start
        while depth:
            char = text[i]
            if char in "([":
                depth += 1
            elif char in ")]":
                depth -= 1
            elif char == "," and depth == 1:
                args.append(text[start:i].strip())
                start = i + 1
            i += 1
        args.append(text[start : i - 1].strip())
        yield args


def _jsonb_keys(argument: str) -> set[str]:
    """The keys of ``jsonb_build_object('k', v, …)`` (the empty ``'{}'::jsonb`` has none)."""
    keys: set[str] = set()
    for args in _sql_call_args(argument, "jsonb_build_object"):
        keys |= {a.strip("'") for a in args[0::2]}
    return keys


@pytest.fixture(scope="module")
def written() -> Written:
    actions: dict[str, set[str]] = {}
    unresolved: list[str] = []
    modules = list(_modules())
    everywhere = {name: f for _path, tree in modules for name, f in _functions(tree).items()}
    for path, tree in modules:
        where = path.relative_to(REPO)
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
            if name not in WRITERS:
                continue
            scope = _enclosing(tree, call)
            if scope is not None and scope.name in PASS_THROUGH:
                continue
            action_at, payload_at = WRITERS[name]
            if len(call.args) <= action_at:
                unresolved.append(f"{where}:{call.lineno}: no action")
                continue
            named = {k.arg: k.value for k in call.keywords}
            payload = call.args[payload_at] if len(call.args) > payload_at else named.get("payload")
            found = _actions_of(call.args[action_at], scope)
            keys = _payload_keys(payload, tree, scope, everywhere)
            if not found or keys is None:
                unresolved.append(f"{where}:{call.lineno}: {ast.unparse(call)[:120]}")
                continue
            for action in found:
                actions.setdefault(action, set()).update(keys)
        # SQL run by the services: ocpm_audit('order.claim', …, :payload) with canonical_payload({...})
        source = path.read_text(encoding="utf-8")
        sql_actions = set(re.findall(r"ocpm_audit\('([a-z_]+\.[a-z_.]+)'", source))
        if sql_actions:
            payloads = [c.args[0] for c in ast.walk(tree) if isinstance(c, ast.Call)
                        and getattr(c.func, "id", "") == "canonical_payload" and c.args]
            keys = set()
            for node in payloads:
                found_keys = _payload_keys(node, tree, None, everywhere)
                if found_keys is None:
                    unresolved.append(f"{where}: a payload of {sorted(sql_actions)}")
                    continue
                keys |= found_keys
            for action in sql_actions:
                actions.setdefault(action, set()).update(keys)
    # the database's own events: staff accounts (migration 0013) and the row audit (migration 0012)
    staff_sql = inspect.getsource(pg_staff)
    for args in _sql_call_args(staff_sql, "ocpm_staff_audit"):
        if args[0].startswith("'"):
            actions.setdefault(args[0].strip("'"), set()).update(_jsonb_keys(args[2]))
    row_sql = "\n".join(pg_write_model._row_audit())
    assert "'row.' || lower(TG_OP)" in row_sql and "'row.insert'" in row_sql
    row_keys = _jsonb_keys(row_sql)
    for operation in ROW_OPERATIONS:
        actions.setdefault(operation, set()).update(row_keys)
    for action, keys in HISTORICAL.items():
        actions.setdefault(action, set()).update(keys)
    return Written(actions, unresolved)


def row_audited_tables() -> set[str]:
    """The tables the row-audit triggers are on: the write model's list, and those the migrations name."""
    named: set[str] = set()
    for path in MIGRATIONS.rglob("*.py"):
        named |= set(re.findall(r"TRIGGER ocpm_row_audit\w*\s+AFTER [A-Z ]+ ON (\w+)", path.read_text("utf-8")))
    return set(pg_write_model.ROW_AUDITED) | named


# ---- the labels --------------------------------------------------------------------------------------------------


@cache
def french_texts() -> frozenset[str]:
    """Every finished French text of the catalogue, in lower case."""
    texts = set()
    for message in ET.parse(REPO / "resources" / "i18n" / "ocpm_desk_fr.ts").getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None and translation.text:
            texts.add(translation.text.lower())
    return frozenset(texts)


def french(text: str) -> bool:
    """``text`` is one of the catalogue's finished French texts (case aside: a list of columns says them in lower
    case), so the label was found and translated."""
    return text.lower() in french_texts()


def test_the_code_is_read_whole(written: Written) -> None:
    assert not written.unresolved, (
        "these audit calls could not be read: pass a dict literal (or a variable or helper holding one), or teach "
        "this test their form:\n" + "\n".join(written.unresolved)
    )
    # the reading still finds what it must (a change of the calls' form would make it find nothing)
    assert {"order.claim", "order.viewed", "decision.issued", "print.batch", "staff.created", "staff.confirmed",
            "row.update", "demo.seeded", "order.conditions_evaluated", "orders.imported"} <= set(written.actions)
    assert {"renderer", "signature", "number"} <= written.actions["decision.issued"]  # **issue_payload(...)
    assert {"met", "not_met", "unknown"} <= written.actions["order.conditions_evaluated"]  # a variable
    assert "note" in written.actions["order.condition_override_removed"]  # payload["note"] = …
    assert {"quarantined_lines", "first_line"} <= written.actions["orders.imported"]  # built by a helper
    assert {"confirmed", "one_time_password"} <= written.actions["staff.confirmed"]  # SQL
    assert {"columns", "from", "to", "status"} <= written.actions["row.update"]
    assert {"from", "to", "assigned_to"} <= written.actions["order.claim"]


def test_every_action_has_a_french_label(written: Written) -> None:
    actions = set(AUDIT_ACTIONS) | set(written.actions) | LEGACY_ACTIONS
    missing = sorted(a for a in actions - set(ROW_OPERATIONS) if not french(action_label(a)))
    assert not missing, f"no French label in gui/audit_text.py ACTIONS (and the catalogue) for: {missing}"


def test_every_row_event_names_its_table_in_french() -> None:
    tables = row_audited_tables()
    assert {"orders", "decisions", "shipments", "hearings"} <= tables
    missing = []
    for table in sorted(tables):
        for operation in ROW_OPERATIONS:
            label = action_label(operation, table)
            if not french(table_label(table)) or table in label or "row" in label:
                missing.append(f"{operation} on {table}: {label!r}")
    assert not missing, "\n".join(missing)


def test_every_payload_key_has_a_french_label(written: Written) -> None:
    missing = sorted(f"{action}: {key}" for action, keys in written.actions.items() for key in keys
                     if not french(payload_field_label(key, action)))  # fmt: skip
    assert not missing, f"no French label in gui/audit_text.py FIELDS (and the catalogue) for: {missing}"


def test_every_column_of_a_row_audited_table_has_a_french_label() -> None:
    columns = {(t, c.name) for t in row_audited_tables() for c in Base.metadata.tables[t].columns}
    missing = sorted(f"{t}.{c}" for t, c in columns if not french(column_label(c)))
    assert not missing, f"no French label in gui/audit_text.py COLUMNS for: {missing}"


def test_every_table_has_a_french_name() -> None:
    missing = sorted(t for t in Base.metadata.tables if not french(table_label(t)))
    assert not missing, f"no French name in gui/audit_text.py TABLES for: {missing}"


def test_every_reference_code_has_a_french_label() -> None:
    reference = REPO / "resources" / "reference"
    postal = yaml.safe_load((reference / "postal.yaml").read_text("utf-8"))
    grounds = yaml.safe_load((reference / "grounds.yaml").read_text("utf-8"))
    conditions = yaml.safe_load((reference / "conditions.yaml").read_text("utf-8"))
    codes = {
        "product": {p["code"] for p in postal["postal_products"]},
        "grounds": {g["code"] for g in grounds["refusal_grounds"]},
        "code": {c["code"] for c in _conditions(conditions)},
    }
    assert all(codes.values()), codes
    missing = []
    for key, values in codes.items():
        for value in sorted(values):
            row = _row("order.condition_ticked", {key: value})
            shown = describe_payload(row).split("\u00a0: ", 1)[-1]
            if not french(shown):
                missing.append(f"{key} {value}: {shown!r}")
    assert not missing, "\n".join(missing)


def _conditions(data: object) -> Iterator[dict[str, object]]:
    """Every condition of conditions.yaml, wherever it sits (common ones, those of each rule set)."""
    if isinstance(data, dict):
        if "code" in data and "label" in data:
            yield data
        for value in data.values():
            yield from _conditions(value)
    elif isinstance(data, list):
        for value in data:
            yield from _conditions(value)


def _row(action: str, payload: object, *, entity: str = "order", entity_id: str = "12", actor: str = "cdubois",
         reference: str | None = "ED-2026-00000012") -> AuditRow:
    return AuditRow(1, datetime(2026, 3, 12, 10, 2, tzinfo=UTC), actor, action, entity, entity_id, reference,
                    json.dumps(payload, sort_keys=True))  # fmt: skip  (stored canonical: keys sorted)


# ---- values ------------------------------------------------------------------------------------------------------


def test_codes_are_said_by_their_labels_and_free_text_as_typed() -> None:
    returned = _row("shipment.returned", {"order_id": 373, "reason": "unknown_address", "content": "attestation"},
                    entity="shipment", entity_id="360", actor="courrier", reference=None)
    assert describe_payload(returned) == (
        "Envoi n° 360 · contenu\u00a0: Attestation · commande n° 373 · motif\u00a0: Adresse inconnue")
    not_needed = _row("order.hearing_not_needed", {"reason": "other reasons: see the file"})
    assert describe_payload(not_needed) == "motif\u00a0: other reasons: see the file"  # typed: kept as it is
    ticked = _row("order.condition_ticked",
                  {"code": "swiss_citizen", "result": "not_met", "previous": None, "note": "vu le passeport"})
    assert describe_payload(ticked) == (
        "condition\u00a0: Personne de nationalité suisse · note\u00a0: vu le passeport · résultat\u00a0: Non remplie")
    shipped = _row("order.ship", {"shipment_id": 356, "content": "decision", "product": "INT-R",
                                  "item_number": "RR900000098CH", "postage_centimes": 750, "to": "shipped"})
    assert describe_payload(shipped) == (
        "statut de la commande\u00a0: Expédiée · contenu\u00a0: Décision · n° d'envoi\u00a0: RR900000098CH · "
        "frais de port\u00a0: CHF 7.50 · produit postal\u00a0: International recommandé · envoi n° 356")
    hearing = _row("order.hearing_letter_sent",
                   {"document_id": 25, "reply_by": "2026-12-03", "sha256": "dc5e687bd2a8cc7045bdd60db2924d232aeee70e"})
    assert describe_payload(hearing) == (
        "document n° 25 · observations attendues jusqu'au\u00a0: 03.12.2026 · empreinte\u00a0: dc5e687bd2a8…")


def test_status_moves_are_said_by_the_labels_of_their_table() -> None:
    claim = _row("order.claim", {"assigned_to": "cdubois", "from": "paid", "to": "in_review"})
    assert describe_payload(claim) == "Payée → En examen · attribuée à cdubois"
    issued = _row("row.update", {"columns": ["approver", "decided_at", "pdf", "status"], "from": "proposed",
                                 "to": "issued"}, entity="decisions", entity_id="3", actor="ocpm", reference=None)
    assert action_label("row.update", "decisions") == "Décisions\u00a0: ligne modifiée (dans la base de données)"
    assert describe_payload(issued) == (
        "Décision n° 3 · Proposée à un responsable → Émise (signée) · colonnes\u00a0: approbateur, date de la "
        "décision, PDF, statut")
    address = _row("row.update", {"columns": ["addr_street", "addr_line", "updated_at"]}, entity="orders")
    assert describe_payload(address) == "colonnes\u00a0: rue, complément d'adresse, date de modification"
    shipment = _row("row.insert", {"status": "shipped"}, entity="shipments", entity_id="7", reference=None)
    assert describe_payload(shipment) == "Envoi n° 7 · Expédié"
    assert status_text("returned", "shipments") == "Retourné" and status_text("returned") == "Retournée"
    reassigned = _row("order.reassign", {"from": "cdubois", "to": "jmeyer"})
    assert describe_payload(reassigned) == "cdubois → jmeyer"


def test_a_search_names_its_filter_and_the_days_the_swiss_way() -> None:
    searched = _row("audit.searched", {"order_reference": None, "actor": "cdubois", "action": "row.",
                                       "date_from": "2026-03-01", "date_to": None, "limit": 500, "found": 1234},
                    entity="audit", entity_id="search", actor="smuller", reference=None)
    assert describe_payload(searched) == (
        "1'234 résultat(s) · action\u00a0: Modifications enregistrées par la base · personne\u00a0: cdubois · "
        "dès le\u00a0: 01.03.2026")
    exact = _row("audit.searched", {"action": "decision.issued", "found": 0}, entity="audit", reference=None)
    assert "action\u00a0: Décision de refus émise (signée)" in describe_payload(exact)


def test_the_archive_record_of_an_issued_decision_reads_french() -> None:
    issued = _row("decision.issued", {
        "author": "gestionnaire2", "content_sha256": "a" * 64, "number": "D-2026-000003", "order_id": 416,
        "pdf_sha256": "b" * 64,
        "renderer": f"reportlab=4.2.5 accel=0.9.1 zlib=1.3 fonts={'c' * 64} template=1 letterhead={'d' * 64}",
        "signature": {"name": "Sophie Favre", "signed_on": "2026-11-26", "title": "Responsable de secteur"},
    }, entity="decision", entity_id="3", actor="responsable", reference=None)  # fmt: skip
    assert describe_payload(issued) == (
        "Décision n° 3 · auteur\u00a0: gestionnaire2 · empreinte du contenu\u00a0: aaaaaaaaaaaa… · n° de "
        "décision\u00a0: D-2026-000003 · commande n° 416 · empreinte du PDF\u00a0: bbbbbbbbbbbb… · moteur de "
        "rendu\u00a0: ReportLab 4.2.5, accélérateur 0.9.1, zlib 1.3, polices cccccccccccc…, modèle 1, en-tête "
        "dddddddddddd… · signature\u00a0: Sophie Favre, Responsable de secteur, signée le 26.11.2026")


def test_the_accounts_events_of_the_database_read_french() -> None:
    confirmed = _row("staff.confirmed", {"confirmed": ["create:caseworker,admin", "grant:auditor", "reactivate"],
                                         "one_time_password": True}, entity="staff", entity_id="lmartin",
                     actor="admin2", reference=None)
    assert describe_payload(confirmed) == (
        "Compte lmartin · confirmé\u00a0: création du compte (Gestionnaire, Administrateur), attribution d'un rôle "
        "(Auditeur), réactivation · mot de passe à usage unique remis\u00a0: oui")
    requested = _row("staff.requested", {"kind": "grant", "roles": ["auditor"]}, entity="staff", entity_id="lmartin",
                     actor="admin", reference=None)
    assert describe_payload(requested) == (
        "Compte lmartin · demande\u00a0: attribution d'un rôle · rôles\u00a0: Auditeur")
    assert action_label("staff.requested").startswith("Modification de compte demandée")
    assert person_text("system:seed") == "Système (données de démonstration)"
    assert person_text("system:cli") == "Système (ligne de commande)" and person_text("cdubois") == "cdubois"


def test_the_demo_seeds_summary_names_tables_and_statuses() -> None:
    seeded = _row("demo.seeded", {"orders": 600, "rows": {"orders": 600, "order_events": 2806},
                                  "statuses": {"in_review": 38}, "today": "2026-11-26", "reset": False},
                  entity="database", entity_id="demo", actor="system:seed", reference=None)
    assert describe_payload(seeded) == (
        "commandes\u00a0: 600 · données existantes remplacées\u00a0: non · lignes écrites\u00a0: Historique des "
        "commandes 2'806, Commandes 600 · statuts\u00a0: En examen 38 · jour des données\u00a0: 26.11.2026")


def test_a_long_list_is_cut_and_an_unknown_key_or_action_is_shown_as_it_is() -> None:
    printed = _row("print.batch", {"ready_to_ship": [f"ED-2026-{n:08d}" for n in range(12)]},
                   entity="print_job", entity_id="job-4", actor="courrier", reference=None)
    assert describe_payload(printed).endswith("ED-2026-00000009 et 2 autres")
    assert describe_payload(printed).startswith("Tâche d'impression job-4 · prêtes à expédier\u00a0: ")
    odd = _row("decision.signed", {"mystery_key": "x"}, entity="decision", entity_id="3", reference=None)
    assert action_label("decision.signed") == "decision.signed"
    assert describe_payload(odd) == "Décision n° 3 · mystery_key\u00a0: x"
