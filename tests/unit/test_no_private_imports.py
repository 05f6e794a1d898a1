"""No module of ``ocpm_desk`` uses a private name of another module of the project: neither
``from ocpm_desk.x import _name`` (relative forms included) nor ``x._name`` on a project module it imported. What a
module offers to others is public (no leading underscore); dunders (``__version__``) are not private names."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "ocpm_desk"
ROOT = "ocpm_desk"


@dataclass(frozen=True)
class Offence:
    module: str
    line: int
    name: str  # the dotted name used, e.g. "ocpm_desk.features.casework.claiming._load"

    def __str__(self) -> str:
        return f"{self.module}:{self.line} uses {self.name}"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _resolve(module: str, is_package: bool, level: int, target: str | None) -> str:
    """The absolute name of ``from <level dots><target> import …`` written in ``module``."""
    if level == 0:
        return target or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join([*base, target] if target else base)


def _dotted(node: ast.expr) -> list[str] | None:
    names: list[str] = []
    while isinstance(node, ast.Attribute):
        names.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    names.append(node.id)
    return names[::-1]


def private_uses(source: str, module: str, modules: set[str], *, is_package: bool = False) -> list[Offence]:
    """Every private name of another project module that ``source`` (the text of ``module``) imports or reads."""
    tree = ast.parse(source)
    offences: list[Offence] = []
    bound: dict[str, str] = {}  # local name -> project module it stands for

    def other(target: str) -> bool:
        return target != module and (target == ROOT or target.startswith(ROOT + "."))

    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            source_module = _resolve(module, is_package, node.level, node.module)
            if not other(source_module):
                continue
            for alias in node.names:
                if _private(alias.name):
                    offences.append(Offence(module, node.lineno, f"{source_module}.{alias.name}"))
                elif f"{source_module}.{alias.name}" in modules:
                    bound[alias.asname or alias.name] = f"{source_module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if not other(alias.name):
                    continue
                if any(_private(part) for part in alias.name.split(".")[1:]):
                    offences.append(Offence(module, node.lineno, alias.name))
                if alias.asname:
                    bound[alias.asname] = alias.name
                else:
                    head = alias.name.split(".")[0]
                    bound[head] = head
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or not _private(node.attr):
            continue
        chain = _dotted(node)
        if chain is None or chain[0] not in bound:
            continue
        # the longest prefix of the chain that names a project module: its attribute is what is used
        owner = bound[chain[0]]
        rest = chain[1:]
        while rest and f"{owner}.{rest[0]}" in modules:
            owner = f"{owner}.{rest[0]}"
            rest = rest[1:]
        if rest and len(rest) == 1 and other(owner) and (owner in modules or owner == ROOT):
            offences.append(Offence(module, node.lineno, f"{owner}.{rest[0]}"))
    return sorted(set(offences), key=lambda o: (o.line, o.name))


def scan() -> list[Offence]:
    modules = project_modules()
    offences: list[Offence] = []
    for name, path in modules.items():
        offences += private_uses(
            path.read_text(encoding="utf-8"), name, set(modules), is_package=path.name == "__init__.py"
        )
    return offences


def test_no_module_uses_a_private_name_of_another() -> None:
    offences = scan()
    assert not offences, "private names used across modules:\n" + "\n".join(map(str, offences))


def test_the_scan_reads_the_whole_package() -> None:
    modules = project_modules()
    assert len(modules) > 100
    assert "ocpm_desk.features.casework.handling" in modules and "ocpm_desk.infrastructure.pdf" in modules


# --- the test of the test: snippets ---

MODULES = {
    "ocpm_desk",
    "ocpm_desk.features",
    "ocpm_desk.features.casework",
    "ocpm_desk.features.casework.claiming",
    "ocpm_desk.features.casework.handling",
    "ocpm_desk.infrastructure",
    "ocpm_desk.infrastructure.pdf",
    "ocpm_desk.infrastructure.pdf.letters",
}


def _uses(source: str, module: str = "ocpm_desk.features.casework.handling", **kw: bool) -> list[str]:
    return [f"{o.line} {o.name}" for o in private_uses(source, module, MODULES, **kw)]


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ("from ocpm_desk.features.casework.claiming import _load\n",
         ["1 ocpm_desk.features.casework.claiming._load"]),
        ("from ocpm_desk.features.casework.claiming import load, _move as move\n",
         ["1 ocpm_desk.features.casework.claiming._move"]),
        ("from .claiming import _state\n", ["1 ocpm_desk.features.casework.claiming._state"]),
        ("from ...infrastructure.pdf.letters import _font\n", ["1 ocpm_desk.infrastructure.pdf.letters._font"]),
        ("x = 1\nfrom ocpm_desk.infrastructure.pdf import _letters\n", ["2 ocpm_desk.infrastructure.pdf._letters"]),
        ("def f():\n    from ocpm_desk.features.casework.claiming import _load\n",
         ["2 ocpm_desk.features.casework.claiming._load"]),
        ("from ocpm_desk.features.casework import claiming\nclaiming._load(1)\n",
         ["2 ocpm_desk.features.casework.claiming._load"]),
        ("from . import claiming as c\nc._move()\n", ["2 ocpm_desk.features.casework.claiming._move"]),
        ("import ocpm_desk.features.casework.claiming as c\nc._check_version\n",
         ["2 ocpm_desk.features.casework.claiming._check_version"]),
        ("import ocpm_desk.features.casework.claiming\nocpm_desk.features.casework.claiming._load()\n",
         ["2 ocpm_desk.features.casework.claiming._load"]),
        ("from ocpm_desk.infrastructure.pdf import letters\nletters._font\n",
         ["2 ocpm_desk.infrastructure.pdf.letters._font"]),
    ],
)
def test_private_uses_are_found_with_their_line(source: str, found: list[str]) -> None:
    assert _uses(source) == found


@pytest.mark.parametrize(
    "source",
    [
        "from ocpm_desk.features.casework.claiming import load, move\n",
        "from ocpm_desk import __version__\n",
        "from os import _exit\n",  # not the project
        "import os\nos._exit(0)\n",
        "from .handling import _touch\n",  # the module itself (a harmless self-import)
        "def _load():\n    pass\n_load()\n",  # its own private name
        "from ocpm_desk.features.casework import claiming\nclaiming.load()\nclaiming.__name__\n",
        # a class's private attribute, not a module's
        "from ocpm_desk.features.casework.claiming import Claim\nClaim._fields\n",
        "import ocpm_desk.features.casework.claiming as c\nc.Claim._x\n",
        "class A:\n    def f(self):\n        return self._load\n",
    ],
)
def test_allowed_uses_are_not_offences(source: str) -> None:
    assert _uses(source) == []


def test_a_package_resolves_relative_imports_from_itself() -> None:
    assert _uses("from .letters import _font\n", "ocpm_desk.infrastructure.pdf", is_package=True) == [
        "1 ocpm_desk.infrastructure.pdf.letters._font"
    ]
    assert _uses("from .letters import _font\n", "ocpm_desk.infrastructure.pdf.attestation") == [
        "1 ocpm_desk.infrastructure.pdf.letters._font"
    ]


def test_the_offences_are_listed_by_module_line_and_name() -> None:
    offence = Offence("ocpm_desk.features.refusals.decisions", 12, "ocpm_desk.features.casework.claiming._load")
    assert str(offence) == "ocpm_desk.features.refusals.decisions:12 uses ocpm_desk.features.casework.claiming._load"
