"""The messages of the errors the domain and the services raise are marked templates with a French translation.

``DomainError(QT_TRANSLATE_NOOP("Message", "order {reference} does not exist"), reference=ref)``: the GUI translates
the template and fills in the values (see ``domain.phrases`` and ``gui.failures``). An f-string, a bare literal, a
message built with ``%``, ``.format`` or ``+`` reaches the French screens in English: these tests name it, file and
line, and any marked text of the domain, the services and ``wiring.py`` that the catalogue does not translate.
"""

from __future__ import annotations

import ast
import string
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from ocpm_desk.kernel.errors import DomainError, PermissionDenied, StaleVersion
from ocpm_desk.kernel.lifecycle import ACTION_TEXTS, TRANSITIONS, Status, TransitionNotAllowed, check_transition
from ocpm_desk.kernel.permissions import PERMISSION_TEXTS, Permission
from ocpm_desk.kernel.phrases import QT_TRANSLATE_NOOP, Listing, Phrase, Words, parse, render

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "ocpm_desk"
TS = REPO / "resources" / "i18n" / "ocpm_desk_fr.ts"
MARKER = "QT_TRANSLATE_NOOP"
#: Errors whose message no screen shows: ``SettingsInvalid`` carries its problems with codes, which the settings
#: dialog says in the user's language itself (``services/workstation.py`` joins their English for the log).
UNSHOWN = {"SettingsInvalid"}


def scanned_files() -> list[Path]:
    """Every module outside the GUI: the domain, the services, the queries, the adapters, wiring, the CLI."""
    return sorted(p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts)


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _marked_call(node: ast.expr) -> tuple[str, str] | None:
    """(context, text) of ``QT_TRANSLATE_NOOP("Context", "text")`` with literal arguments."""
    if (isinstance(node, ast.Call) and _name(node.func) == MARKER and len(node.args) == 2
            and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)):
        context, text = (a.value for a in node.args)  # type: ignore[attr-defined]
        return context, text
    return None


@dataclass
class Module:
    path: Path
    tree: ast.Module
    marked_names: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # module constant → its texts

    @property
    def where(self) -> str:
        return str(self.path.relative_to(REPO))

    def marked(self, node: ast.expr) -> list[tuple[str, str]] | None:
        """The marked texts ``node`` may hold, or None when it is not a marked template."""
        call = _marked_call(node)
        if call is not None:
            return [call]
        if isinstance(node, ast.Name) and node.id in self.marked_names:
            return self.marked_names[node.id]
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            return self.marked_names.get(node.value.id)
        return None


def _collection_texts(module: Module, node: ast.expr) -> list[tuple[str, str]] | None:
    values: list[ast.expr]
    if isinstance(node, ast.Dict):
        values = list(node.values)  # type: ignore[arg-type]
    elif isinstance(node, ast.Tuple | ast.List):
        values = list(node.elts)
    else:
        found = module.marked(node)
        return found
    texts: list[tuple[str, str]] = []
    for value in values:
        inner = module.marked(value)
        if inner is None:
            return None
        texts += inner
    return texts


def load_modules() -> list[Module]:
    modules = []
    for path in scanned_files():
        module = Module(path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        for statement in module.tree.body:
            target, value = None, None
            if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
                target, value = statement.targets[0], statement.value
            elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
                target, value = statement.target, statement.value
            if isinstance(target, ast.Name) and value is not None:
                texts = _collection_texts(module, value)
                if texts:
                    module.marked_names[target.id] = texts
        modules.append(module)
    return modules


MODULES = load_modules()


def error_classes() -> tuple[set[str], set[str]]:
    """(classes taking a template like DomainError, classes with a constructor of their own), by name."""
    bases: dict[str, tuple[list[str], bool]] = {}
    for module in MODULES:
        for node in ast.walk(module.tree):
            if isinstance(node, ast.ClassDef):
                own_init = any(isinstance(b, ast.FunctionDef) and b.name == "__init__" for b in node.body)
                bases[node.name] = ([n for n in map(_name, node.bases) if n], own_init)
    templated, own = {"DomainError"}, set()
    changed = True
    while changed:
        changed = False
        for name, (parents, own_init) in bases.items():
            if name in templated | own or not set(parents) & (templated | own):
                continue
            (own if own_init or set(parents) & own else templated).add(name)
            changed = True
    return templated, own


TEMPLATED, OWN_CONSTRUCTOR = error_classes()


def catalogue() -> dict[tuple[str, str], str | None]:
    """(context, source) → the finished French translation, or None when unfinished or empty."""
    out: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text if translation is not None else None
            finished = translation is not None and translation.get("type") is None and bool((text or "").strip())
            out[(name, message.findtext("source") or "")] = text if finished else None
    return out


def _check_message(module: Module, call: ast.Call, what: str, problems: list[str]) -> None:
    where = f"{module.where}:{call.lineno}"
    if not call.args:
        problems.append(f"{where}: {what} without a message")
        return
    texts = module.marked(call.args[0])
    if texts is None:
        problems.append(f"{where}: the message of {what} is not a marked template "
                        f"({ast.unparse(call.args[0])[:70]}); write {MARKER}(\"Message\", \"… {{name}} …\"), name=…")
        return
    for context, _text in texts:
        if context != "Message":
            problems.append(f"{where}: the template of {what} is marked in context {context!r}, not 'Message'")
    if len(texts) != 1 or any(k.arg is None for k in call.keywords):
        return  # a table of templates, or values given as **mapping: their names are checked where they are made
    names = {name for name, _, _ in fields_of(texts[0][1])}
    given = {k.arg for k in call.keywords}
    if names != given:
        problems.append(f"{where}: the template of {what} names {sorted(names)} but the call gives {sorted(given)}")


def fields_of(template: str) -> list[tuple[str, str | None, str]]:
    return [(n, c, s or "") for _, n, s, c in string.Formatter().parse(template) if n is not None]


def test_every_error_message_is_a_marked_template() -> None:
    problems: list[str] = []
    for module in MODULES:
        for node in ast.walk(module.tree):
            if isinstance(node, ast.Call) and _name(node.func) in TEMPLATED:
                _check_message(module, node, _name(node.func) or "", problems)
            if isinstance(node, ast.ClassDef) and node.name in OWN_CONSTRUCTOR - UNSHOWN:
                for inner in ast.walk(node):
                    if (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute)
                            and inner.func.attr == "__init__" and isinstance(inner.func.value, ast.Call)
                            and _name(inner.func.value.func) == "super"):
                        _check_message(module, inner, f"{node.name}.__init__", problems)
    assert not problems, "error messages that would reach the screens in English:\n" + "\n".join(problems)


def test_the_scan_sees_the_errors() -> None:
    assert {"DomainError", "NotFound", "NothingToClaim", "DecisionIntegrityError"} <= TEMPLATED
    assert {"StaleVersion", "PermissionDenied", "TransitionNotAllowed", "AccountLocked", "ConnectionFailed",
            "AuthenticationFailed", "SettingsInvalid"} <= OWN_CONSTRUCTOR
    assert len(scanned_files()) > 40 and any(p.name == "wiring.py" for p in scanned_files())


def test_the_scan_finds_an_unmarked_message(tmp_path: Path) -> None:
    source = tmp_path / "example.py"
    source.write_text(
        'T = QT_TRANSLATE_NOOP("Message", "order {reference} is gone")\n'
        "def f(ref, n):\n"
        '    raise DomainError(f"order {ref} is gone")\n'
        '    raise NotFound("order %s is gone" % ref)\n'
        '    raise DomainError(QT_TRANSLATE_NOOP("Message", "order {reference} is gone"), reference=ref)\n'
        "    raise DomainError(T, reference=ref)\n"
        '    raise DomainError(QT_TRANSLATE_NOOP("Message", "{count} lines"), number=n)\n'
        '    raise DomainError("the order is gone")\n',
        encoding="utf-8",
    )
    module = Module(source, ast.parse(source.read_text(encoding="utf-8")))
    module.marked_names["T"] = [("Message", "order {reference} is gone")]
    problems: list[str] = []
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Call) and _name(node.func) in {"DomainError", "NotFound"}:
            module.path = REPO / "example.py"
            _check_message(module, node, _name(node.func) or "", problems)
    assert [p.split(":")[1] for p in problems] == ["3", "4", "7", "8"]
    assert "not a marked template" in problems[0] and "names ['count'] but the call gives ['number']" in problems[2]


def marked_texts() -> dict[tuple[str, str], str]:
    """Every text marked with QT_TRANSLATE_NOOP outside the GUI → where (the first place)."""
    out: dict[tuple[str, str], str] = {}
    for module in MODULES:
        for node in ast.walk(module.tree):
            if isinstance(node, ast.Call) and _name(node.func) == MARKER:
                call = _marked_call(node)
                assert call is not None, f"{module.where}:{node.lineno}: {MARKER} takes two literal strings"
                out.setdefault(call, f"{module.where}:{node.lineno}")
    return out


def test_every_marked_text_has_a_french_translation() -> None:
    french = catalogue()
    problems = []
    for (context, text), where in sorted(marked_texts().items(), key=lambda item: item[1]):
        if (context, text) not in french:
            problems.append(f"{where}: {text!r} ({context}) is missing: run `make translations-update`")
        elif french[(context, text)] is None:
            problems.append(f"{where}: {text!r} ({context}) has no finished French translation")
    assert not problems, "translate these in resources/i18n/ocpm_desk_fr.ts:\n" + "\n".join(problems)
    assert len(marked_texts()) > 150


def test_templates_are_well_formed() -> None:
    problems = []
    for (_context, text), where in marked_texts().items():
        try:
            names = fields_of(text)
        except ValueError as exc:
            problems.append(f"{where}: {text!r}: {exc}")
            continue
        problems += [f"{where}: {text!r}: a placeholder needs a name" for name, _, _ in names
                     if not name.isidentifier()]
    assert not problems, "\n".join(problems)


# ---- the English stays as it was ------------------------------------------------------------------------------


def test_str_gives_the_english_with_the_values() -> None:
    error = DomainError(QT_TRANSLATE_NOOP("Message", "ground {code!r} is chosen twice"), code="x")
    assert str(error) == "ground 'x' is chosen twice"
    assert (error.template, error.params) == ("ground {code!r} is chosen twice", {"code": "x"})
    assert str(DomainError("a {brace} kept as it is")) == "a {brace} kept as it is"  # no values: not formatted
    listing = Listing([Words(Status.IN_REVIEW), Words(Status.ON_HOLD)], " or ")
    assert render("it is {allowed} ({status})", {"allowed": listing, "status": Status.REFUSAL_PROPOSED}) == (
        "it is in review or on hold (refusal_proposed)")
    assert str(Phrase("{a} then {b:%d.%m.%Y}", a=Phrase("x"), b=__import__("datetime").date(2026, 3, 1))) == (
        "x then 01.03.2026")


def test_the_errors_with_their_own_constructor_keep_their_english() -> None:
    from datetime import datetime

    at = datetime(2026, 11, 26, 14, 5, 9)
    assert str(StaleVersion("ED-2026-00000001", "anne", at)) == (
        "order ED-2026-00000001 was changed by anne meanwhile at 14:05:09; reload it and try again")
    assert str(StaleVersion("ED-2026-00000001", None, None)) == (
        "order ED-2026-00000001 was changed by someone else meanwhile; reload it and try again")
    assert str(PermissionDenied("carla", "decide_refusal")) == "carla is not allowed to decide refusal"
    with pytest.raises(TransitionNotAllowed) as caught:
        check_transition(Status.IN_REVIEW, Status.APPROVED, [], actor="x")
    assert str(caught.value) == "in_review → approved is not allowed: approve is reserved to: caseworker, supervisor"


def test_every_permission_and_action_has_its_words_marked() -> None:
    assert set(PERMISSION_TEXTS) == set(Permission)
    assert all(text == p.value.replace("_", " ") for p, text in PERMISSION_TEXTS.items())
    assert {t.action for t in TRANSITIONS} == set(ACTION_TEXTS)
    assert all(text == action.replace("_", " ") for action, text in ACTION_TEXTS.items())


def test_parse_reads_a_text_back_into_its_template() -> None:
    templates = ["{where}: missing", "{where}: unknown value {value} (expected {expected})", "plain"]
    assert parse("applicant.avs: missing", templates, {"where": r"[\w.]+"}) == (
        "{where}: missing", {"where": "applicant.avs"})
    assert parse("status: unknown value 'x' (expected 'a', 'b')", templates) == (
        "{where}: unknown value {value} (expected {expected})",
        {"where": "status", "value": "'x'", "expected": "'a', 'b'"})
    assert parse("plain", templates) == ("plain", {})
    assert parse("something else", templates) == ("", {})
