"""The one typed configuration (``ocpm_desk.infrastructure.config``): each setting's default, its environment
variable, the
settings file read and written (an old file still read), the database's settings, the messages of refused values,
and a scan of the package: no other module reads the environment or opens the settings file."""

from __future__ import annotations

import ast
import json
import logging
import re
from pathlib import Path
from typing import Any

import platformdirs
import pytest
import yaml

from ocpm_desk.infrastructure import config
from ocpm_desk.infrastructure.config import SETTINGS, SettingError, Store
from ocpm_desk.kernel.letters import Letterhead

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "ocpm_desk"
#: The configuration's package: its modules alone read the environment and the settings file.
CONFIGURATION = "ocpm_desk/infrastructure/config/"
ENV_SETTINGS = [s for s in SETTINGS if s.env]
OLD_FILE = {  # settings.json as OCPM Desk 0.1.0 wrote it (profiles.write_settings, workstation.save)
    "last_profile": "central",
    "local_path": "/srv/ocpm/bureau.sqlite",
    "central_url": "postgresql+psycopg://db.ocpm.example:5433/ocpm_prod?sslmode=require",
    "printer": "Bureau-2e",
    "language": "en",
    "idle_lock_minutes": 10,
}


@pytest.fixture(autouse=True)
def _fresh_reports() -> None:
    config._reported.clear()  # each test sees the warnings it causes (they are logged once per process)


@pytest.fixture
def bare_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No OCPM variable set but the configuration folder (the settings file stays the test's)."""
    for setting in ENV_SETTINGS:
        monkeypatch.delenv(setting.env or "", raising=False)
    monkeypatch.setenv("OCPM_CONFIG_DIR", str(tmp_path / "conf"))
    (tmp_path / "home").mkdir()
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # "~" in a path


def write_raw(data: object) -> Path:
    path = config.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "ocpm_desk.infrastructure.config"
            and r.levelno == logging.WARNING]


# ---- declarations ------------------------------------------------------------------------------------------------


def test_each_setting_is_declared_once_with_what_a_person_needs() -> None:
    names = [s.name for s in SETTINGS]
    assert len(names) == len(set(names))
    for store in Store:
        keys = [s.stored_as for s in config.in_store(store)]
        assert len(keys) == len(set(keys)), store
    envs = [s.env for s in ENV_SETTINGS]
    assert len(envs) == len(set(envs)) and all(e and e.startswith("OCPM_") for e in envs)
    for s in SETTINGS:
        assert s.description.endswith(".") and len(s.description) > 20, s.name
        assert s.kind.type_name and s.describe_default(), s.name
        assert config.setting(s.name) is s
    assert {s.store for s in SETTINGS} == set(Store)
    with pytest.raises(KeyError, match="no setting 'colour'"):
        config.setting("colour")


def test_every_ocpm_variable_the_package_names_is_declared() -> None:
    declared = {s.env for s in ENV_SETTINGS} | config.FOREIGN_ENVIRONMENT
    named = {m for p in PACKAGE.rglob("*.py") for m in re.findall(r"OCPM_[A-Z_]+", p.read_text(encoding="utf-8"))}
    assert named - declared == set()
    assert {"OCPM_DATA_DIR", "OCPM_CONFIG_DIR", "OCPM_DATABASE_URL", "OCPM_ROLE_PREFIX", "OCPM_PROGRESS",
            "OCPM_LANG", "OCPM_LOG_DIR", "OCPM_STARTUP_PROBE", "OCPM_STATE_DIR"} <= declared


# ---- defaults and the environment -------------------------------------------------------------------------------


EXPECTED_DEFAULTS: dict[str, Any] = {
    "data_dir": lambda: platformdirs.user_data_path("ocpm-desk", "Etat-de-Geneve"),  # under the test's HOME
    "log_dir": lambda: platformdirs.user_log_path("ocpm-desk", "Etat-de-Geneve"),
    "state_dir": lambda: platformdirs.user_state_path("ocpm-desk", "Etat-de-Geneve"),
    "database_url": None, "role_prefix": "ocpm_", "progress": False, "startup_probe": None,
    "last_profile": "demo", "local_path": "", "central_url": None, "printer": "", "language": "fr",
    "workstation_idle_lock_minutes": None,
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(EXPECTED_DEFAULTS))
def test_the_default_of_each_setting(bare_environment: None, name: str) -> None:
    assert not config.settings_file().exists()
    setting = config.setting(name)
    expected = EXPECTED_DEFAULTS[name]
    assert config.value(setting) == (expected() if callable(expected) else expected)
    assert config.source(setting) == "default"


def test_the_default_configuration_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OCPM_CONFIG_DIR")
    expected = platformdirs.user_config_path("ocpm-desk", "Etat-de-Geneve")
    assert config.value(config.CONFIG_DIR) == expected
    assert config.settings_file() == expected / "settings.json"


def test_the_database_settings_defaults() -> None:
    assert config.decode(config.IDLE_LOCK_MINUTES, None) == 15
    assert config.decode(config.LETTERHEAD, None) is None
    assert config.decode(config.DELIVERY_CLOCK, None) == {"target_working_days": 7, "limit_working_days": 14}


ENVIRONMENT_CASES = [
    ("data_dir", "/srv/ocpm/data", Path("/srv/ocpm/data")),
    ("config_dir", "~/ocpm-conf", Path("HOME", "ocpm-conf")),  # the test's HOME
    ("log_dir", "/var/log/ocpm", Path("/var/log/ocpm")),
    ("state_dir", "/srv/ocpm/state", Path("/srv/ocpm/state")),
    ("database_url", "postgresql://camille@db:5432/ocpm", "postgresql://camille@db:5432/ocpm"),
    ("database_url", " sqlite:////tmp/x.sqlite ", "sqlite:////tmp/x.sqlite"),
    ("role_prefix", "ocpm_t1_", "ocpm_t1_"),
    ("progress", "1", True),
    ("progress", "off", False),
    ("startup_probe", "1", 1.0),
    ("startup_probe", "12345.5", 12345.5),
    ("language", "en", "en"),
    ("language", "en_GB.UTF-8", "en"),
    ("language", "FR", "fr"),
]


@pytest.mark.parametrize(("name", "text", "expected"), ENVIRONMENT_CASES)
def test_the_environment_sets_a_setting(bare_environment: None, monkeypatch: pytest.MonkeyPatch, name: str,
                                        text: str, expected: object) -> None:
    setting = config.setting(name)
    monkeypatch.setenv(setting.env or "", text)
    if isinstance(expected, Path) and expected.parts[0] == "HOME":
        expected = Path.home().joinpath(*expected.parts[1:])
    assert config.value(setting) == expected
    assert config.source(setting) == "environment"
    assert config.check_environment() == []


def test_the_environment_wins_over_the_file(bare_environment: None, monkeypatch: pytest.MonkeyPatch) -> None:
    write_raw({"language": "fr"})
    assert config.value(config.LANGUAGE) == "fr" and config.source(config.LANGUAGE) == "file"
    monkeypatch.setenv("OCPM_LANG", "en")
    assert config.value(config.LANGUAGE) == "en" and config.source(config.LANGUAGE) == "environment"
    monkeypatch.setenv("OCPM_LANG", "  ")  # empty: not set
    assert config.value(config.LANGUAGE) == "fr"


def test_the_state_folder_follows_relocated_data(bare_environment: None, monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    monkeypatch.setenv("OCPM_DATA_DIR", str(tmp_path / "data"))
    assert config.value(config.STATE_DIR) == tmp_path / "data" / "state"
    monkeypatch.setenv("OCPM_STATE_DIR", str(tmp_path / "elsewhere"))
    assert config.value(config.STATE_DIR) == tmp_path / "elsewhere"


@pytest.mark.parametrize(("env", "text", "expected"), [
    ("OCPM_ROLE_PREFIX", "Ocpm-", "OCPM_ROLE_PREFIX: 'Ocpm-' is not valid: expected lowercase letters, digits and "
                                  "'_', starting with a letter, at most 31"),
    ("OCPM_DATABASE_URL", "mysql://h/db", "OCPM_DATABASE_URL: is not valid: expected a database URL: sqlite:///FILE "
                                          "or postgresql://USER@HOST:PORT/DATABASE"),
])  # fmt: skip
def test_a_refused_environment_value_names_the_variable_and_what_is_expected(
    bare_environment: None, monkeypatch: pytest.MonkeyPatch, env: str, text: str, expected: str
) -> None:
    monkeypatch.setenv(env, text)
    setting = next(s for s in ENV_SETTINGS if s.env == env)
    with pytest.raises(SettingError) as refused:
        config.value(setting)
    assert str(refused.value) == expected
    assert [str(e) for e in config.check_environment()] == [expected]
    assert "mysql" not in refused.value.private_message


@pytest.mark.parametrize(("env", "text", "fallback"), [
    ("OCPM_LANG", "de", "en"),  # the settings file's choice decides
    ("OCPM_PROGRESS", "perhaps", False),
    ("OCPM_STARTUP_PROBE", "soon", None),
])  # fmt: skip
def test_a_value_that_may_be_ignored_is_reported_and_ignored(
    bare_environment: None, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, env: str, text: str,
    fallback: object,
) -> None:
    write_raw({"language": "en"})
    monkeypatch.setenv(env, text)
    setting = next(s for s in ENV_SETTINGS if s.env == env)
    with caplog.at_level(logging.WARNING, logger="ocpm_desk.infrastructure.config"):
        assert config.value(setting) == fallback
        config.value(setting)
    assert config.check_environment() == []
    reported = warnings(caplog)
    assert len(reported) == 1 and reported[0].startswith(f"{env} is not valid: expected ")  # once, named


def test_unknown_ocpm_variables_are_found(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OCPM_LANGUAGE", "en")  # a typo of OCPM_LANG
    monkeypatch.setenv("OCPM_TEST_POSTGRES_URL", "postgresql://127.0.0.1/postgres")
    assert config.unknown_environment() == ["OCPM_LANGUAGE"]


def test_use_folders_relocates_data_and_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("OCPM_DATA_DIR", "x")  # monkeypatch restores both afterwards
    monkeypatch.setenv("OCPM_CONFIG_DIR", "x")
    config.use_folders(tmp_path)
    assert config.data_dir() == tmp_path and config.settings_file() == tmp_path / "settings.json"


# ---- the settings file --------------------------------------------------------------------------------------------


def test_an_old_settings_file_is_still_read(bare_environment: None) -> None:
    write_raw(OLD_FILE)
    saved = config.read_file()
    assert saved.get(config.LAST_PROFILE) == "central"
    assert saved.get(config.LOCAL_PATH) == "/srv/ocpm/bureau.sqlite"
    assert saved.get(config.CENTRAL_URL) == OLD_FILE["central_url"]
    assert saved.get(config.PRINTER) == "Bureau-2e"
    assert saved.get(config.LANGUAGE) == "en"
    assert saved.get(config.WORKSTATION_IDLE_LOCK) == 10
    assert saved.problems() == []
    assert all(config.source(s) == "file" for s in config.in_store(Store.FILE))


FILE_CASES = [
    (config.LAST_PROFILE, "local", "local"),
    (config.LOCAL_PATH, "~/local.sqlite", "HOME/local.sqlite"),
    (config.CENTRAL_URL, "postgresql+psycopg://camille@db.example:5432/ocpm", None),
    (config.CENTRAL_URL, "sqlite:////srv/ocpm/central.sqlite", None),
    (config.PRINTER, "Accueil", None),
    (config.LANGUAGE, "en", None),
    (config.WORKSTATION_IDLE_LOCK, 5, None),
]


@pytest.mark.parametrize(("setting", "given", "stored"), FILE_CASES, ids=lambda v: getattr(v, "name", None))
def test_a_file_setting_goes_round_the_file(bare_environment: None, setting: config.Setting[Any], given: object,
                                            stored: object) -> None:
    write_raw({"written_by_a_later_version": [1, 2]})
    config.write_file({setting: given})
    raw = json.loads(config.settings_file().read_text(encoding="utf-8"))
    expected = given if stored is None else str(stored).replace("HOME", str(Path.home()))
    assert raw == {"written_by_a_later_version": [1, 2], setting.stored_as: expected}  # the same format as before
    assert config.value(setting) == expected
    config.write_file({setting: None})  # None removes the key: the default again
    assert setting.stored_as not in json.loads(config.settings_file().read_text(encoding="utf-8"))
    assert config.value(setting) == setting.default_value()


@pytest.mark.parametrize(("setting", "bad", "code", "message"), [
    (config.LAST_PROFILE, "elsewhere", "unknown",
     "last_profile (settings file): 'elsewhere' is not valid: expected one of demo, local, central"),
    (config.LANGUAGE, "de", "unknown", "language (settings file): 'de' is not valid: expected one of fr, en"),
    (config.WORKSTATION_IDLE_LOCK, 0, "out_of_range",
     "idle_lock_minutes (settings file): 0 is not valid: expected a whole number of minutes from 1 to 240"),
    (config.WORKSTATION_IDLE_LOCK, "ten", "invalid",
     "idle_lock_minutes (settings file): 'ten' is not valid: expected a whole number of minutes from 1 to 240"),
    (config.LOCAL_PATH, "relative/db.sqlite", "invalid",
     "local_path (settings file): is not valid: expected the full path of a file (for example "
     "/home/me/ocpm/local.sqlite)"),
    (config.CENTRAL_URL, "postgresql://camille:s3cret@db/ocpm", "invalid",
     "central_url (settings file): is not valid: expected a URL without a password (the keyring keeps remembered "
     "passwords)"),
    (config.CENTRAL_URL, "postgresql:///ocpm", "invalid",
     "central_url (settings file): is not valid: expected a PostgreSQL URL: postgresql://HOST:PORT/DATABASE (or "
     "sqlite:///FILE)"),
    (config.PRINTER, 3, "invalid", "printer (settings file): 3 is not valid: expected a printer's name"),
])  # fmt: skip
def test_a_refused_file_value_is_named_and_nothing_is_written(
    bare_environment: None, setting: config.Setting[Any], bad: object, code: str, message: str
) -> None:
    path = write_raw({"language": "en"})
    before = path.read_bytes()
    with pytest.raises(SettingError) as refused:
        config.write_file({config.PRINTER: "Accueil", setting: bad})
    assert (refused.value.code, str(refused.value)) == (code, message)
    assert path.read_bytes() == before
    assert "s3cret" not in str(refused.value)


def test_the_local_file_must_be_one_that_can_be_written(bare_environment: None, tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    for where, code in ((tmp_path, "is_directory"), (a_file / "db.sqlite", "not_writable"),
                        (tmp_path / "missing" / "db.sqlite", "not_writable")):
        with pytest.raises(SettingError) as refused:
            config.write_file({config.LOCAL_PATH: str(where)})
        assert refused.value.code == code
    assert not config.settings_file().exists()


def test_bad_values_in_the_file_are_reported_and_take_their_defaults(
    bare_environment: None, caplog: pytest.LogCaptureFixture
) -> None:
    write_raw({"last_profile": "mars", "language": "xx", "idle_lock_minutes": 999, "central_url": "nonsense",
               "printer": 3, "local_path": "/srv/ok.sqlite"})
    with caplog.at_level(logging.WARNING, logger="ocpm_desk.infrastructure.config"):
        saved = config.read_file()
        assert [saved.get(s) for s in (config.LAST_PROFILE, config.LANGUAGE, config.WORKSTATION_IDLE_LOCK,
                                       config.CENTRAL_URL, config.PRINTER, config.LOCAL_PATH)] == [
            "demo", "fr", None, None, "", "/srv/ok.sqlite"]
    assert sorted(e.setting.name for e in saved.problems()) == [
        "central_url", "language", "last_profile", "printer", "workstation_idle_lock_minutes"]
    reported = warnings(caplog)
    assert "idle_lock_minutes (settings file) is not valid: expected a whole number of minutes from 1 to 240; " \
           "the default is used" in reported
    assert not any("nonsense" in r for r in reported)  # a URL's value stays out of the log
    assert config.source(config.LANGUAGE) == "default"


@pytest.mark.parametrize("content", ["not json", "[1, 2]", '{"language": "en"', "\udcff"])
def test_a_damaged_file_reads_as_empty(bare_environment: None, caplog: pytest.LogCaptureFixture,
                                       content: str) -> None:
    path = config.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8", "surrogateescape"))
    with caplog.at_level(logging.WARNING, logger="ocpm_desk.infrastructure.config"):
        assert config.value(config.LANGUAGE) == "fr"
    assert len(warnings(caplog)) == 1 and "every setting takes its default" in warnings(caplog)[0]


def test_only_file_settings_go_to_the_file(bare_environment: None) -> None:
    with pytest.raises(TypeError):
        config.write_file({config.DATA_DIR: "/tmp"})
    with pytest.raises(TypeError):
        config.read_file().get(config.IDLE_LOCK_MINUTES)
    with pytest.raises(TypeError):
        config.value(config.LETTERHEAD)


# ---- the database's settings ------------------------------------------------------------------------------------


def shipped_settings() -> dict[str, Any]:
    text = (REPO / "resources" / "reference" / "letterhead.yaml").read_text(encoding="utf-8")
    return dict(yaml.safe_load(text)["settings"])


def test_the_shipped_database_settings_are_declared_valid_and_stored_as_before() -> None:
    shipped = shipped_settings()
    assert set(shipped) == {s.stored_as for s in config.in_store(Store.DATABASE)}
    for key, given in shipped.items():
        setting = config.database_setting(key)
        text = config.encode(setting, given)
        assert text == json.dumps(given, ensure_ascii=False, sort_keys=True)  # existing rows stay unchanged
        assert config.decode(setting, text) == config.decode(setting, json.dumps(given))
    head = config.decode(config.LETTERHEAD, config.encode(config.LETTERHEAD, shipped["letterhead"]))
    assert isinstance(head, Letterhead) and head.place == "Genève" and head.address_lines[-1] == "1211 Genève 2"
    assert config.encode(config.LETTERHEAD, head) == config.encode(config.LETTERHEAD, shipped["letterhead"])


@pytest.mark.parametrize(("stored", "minutes"), [
    ("5", 5), ('"7"', 7), ("0", 1), ("10000", 240), ('"abc"', 15), ("not json", 15), ("true", 15), ("null", 15),
])  # fmt: skip
def test_the_idle_lock_is_read_bounded(stored: str, minutes: int) -> None:
    assert config.decode(config.IDLE_LOCK_MINUTES, stored) == minutes


def test_a_database_value_refused_on_writing() -> None:
    with pytest.raises(SettingError, match=r"^idle_lock_minutes \(database\): 0 is not valid: expected a whole "
                                           r"number of minutes from 1 to 240$"):
        config.encode(config.IDLE_LOCK_MINUTES, 0)
    letterhead = shipped_settings()["letterhead"]
    with pytest.raises(SettingError, match=r"^letterhead \(database\): .* expected an object with authority, "):
        config.encode(config.LETTERHEAD, {k: v for k, v in letterhead.items() if k != "phone"})
    with pytest.raises(SettingError, match="address_lines a list of texts"):
        config.encode(config.LETTERHEAD, letterhead | {"address_lines": "Route de Chancy 88"})
    with pytest.raises(SettingError, match=r"other limits need a change of domain/calendar\.py"):
        config.encode(config.DELIVERY_CLOCK, {"target_working_days": 5, "limit_working_days": 14})
    with pytest.raises(ValueError, match="'colour' is not a database setting"):
        config.database_setting("colour")


def test_a_damaged_letterhead_is_refused_when_read() -> None:
    with pytest.raises(SettingError, match="letterhead"):
        config.decode(config.LETTERHEAD, '{"office": "OCPM"}')
    with pytest.raises(SettingError):
        config.decode(config.LETTERHEAD, "not json")


# ---- documentation ----------------------------------------------------------------------------------------------


def test_the_readme_lists_the_settings_from_their_declarations() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    found = re.search(r"<!-- settings: begin[^>]*-->\n(.*?)\n<!-- settings: end -->", readme, re.DOTALL)
    assert found, "README.md has no settings table between <!-- settings: begin --> and <!-- settings: end -->"
    assert found.group(1) == config.markdown_table(), (
        "the README's settings table differs from ocpm_desk.infrastructure.config: paste the output of "
        "`.venv/bin/python -c 'from ocpm_desk import config; print(config.markdown_table())'`")


# ---- no module but the configuration reads the environment or opens the settings file ----------------------------

_ENVIRONMENT_NAMES = {"environ", "environb", "getenv", "getenvb", "putenv", "unsetenv"}
#: (module, function) → why it may touch the environment itself. Nothing else may.
ALLOWED_ENVIRONMENT = {
    ("ocpm_desk/__main__.py", "self_test"): "sets Qt's QT_QPA_PLATFORM before Qt starts",
    ("ocpm_desk/admin/demo.py", "snapshots"): "sets Qt's QT_QPA_PLATFORM before Qt starts",
    ("ocpm_desk/infrastructure/printing.py", "_cups_env"): "hands the environment on to lp/lpstat, with LC_ALL=C",
}
#: The settings file's path may be named (shown to the user) here; it is read and written by the configuration.
ALLOWED_FILE_NAMES = {
    ("ocpm_desk/infrastructure/profiles.py", "config_file"),
    ("ocpm_desk/features/workstation/settings.py", "settings_file"),
    ("ocpm_desk/gui/workstation/settings_dialog.py", "_build"),
    ("ocpm_desk/gui/workstation/settings_dialog.py", "accept"),
}


def _functions(tree: ast.AST) -> dict[ast.AST, str]:
    """Each node → the name of the function around it ("" at module level)."""
    owner: dict[ast.AST, str] = {}

    def visit(node: ast.AST, name: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else name
            owner[child] = inner
            visit(child, inner)

    visit(tree, "")
    return owner


def environment_uses(source: str) -> list[tuple[str, int, str]]:
    """(function, line, statement) of each use of the process environment in ``source``."""
    tree = ast.parse(source)
    owner = _functions(tree)
    lines = source.splitlines()
    found = []
    for node in ast.walk(tree):
        hit = (isinstance(node, ast.Attribute) and node.attr in _ENVIRONMENT_NAMES
               and isinstance(node.value, ast.Name) and node.value.id == "os")
        hit = hit or (isinstance(node, ast.ImportFrom) and node.module == "os"
                      and any(a.name in _ENVIRONMENT_NAMES for a in node.names))
        if hit:
            line = node.lineno  # type: ignore[attr-defined]
            found.append((owner.get(node, ""), line, lines[line - 1].strip()))
    return sorted(found, key=lambda use: use[1])


def settings_file_uses(source: str) -> list[tuple[str, int]]:
    """(function, line) of each mention of the settings file: its name, or what gives its path."""
    tree = ast.parse(source)
    owner = _functions(tree)
    found = []
    for node in ast.walk(tree):
        named = (isinstance(node, ast.Constant) and isinstance(node.value, str) and "settings.json" in node.value)
        named = named or (isinstance(node, ast.Name | ast.Attribute)
                          and (node.id if isinstance(node, ast.Name) else node.attr)
                          in {"settings_file", "config_file", "SETTINGS_FILE_NAME", "_read_raw"})
        if named and not (isinstance(node, ast.Constant) and _is_docstring(tree, node)):
            found.append((owner.get(node, ""), node.lineno))  # type: ignore[attr-defined]
    return sorted(found, key=lambda use: use[1])


def _is_docstring(tree: ast.AST, constant: ast.Constant) -> bool:
    return any(isinstance(n, ast.Expr) and n.value is constant for n in ast.walk(tree))


def package_modules() -> list[tuple[str, str]]:
    return [(str(p.relative_to(REPO)), p.read_text(encoding="utf-8")) for p in sorted(PACKAGE.rglob("*.py"))
            if "forms" not in p.relative_to(PACKAGE).parts]


def test_only_the_configuration_reads_the_environment() -> None:
    problems, exceptions_seen = [], set()
    for where, source in package_modules():
        if where.startswith(CONFIGURATION):
            continue
        for function, line, statement in environment_uses(source):
            if (where, function) in ALLOWED_ENVIRONMENT:
                exceptions_seen.add((where, function))
                if "QT_QPA_PLATFORM" in ALLOWED_ENVIRONMENT[(where, function)]:
                    assert "QT_QPA_PLATFORM" in statement, f"{where}:{line}: only QT_QPA_PLATFORM is allowed here"
                continue
            problems.append(f"{where}:{line} ({function or 'module'}): {statement}")
    assert not problems, ("read the environment through ocpm_desk.infrastructure.config (declare the setting "
                          "there), or allow the exception in this test with its reason:\n" + "\n".join(problems))
    assert exceptions_seen == set(ALLOWED_ENVIRONMENT)  # no stale exception


def test_only_the_configuration_opens_the_settings_file() -> None:
    problems = []
    for where, source in package_modules():
        if where.startswith(CONFIGURATION):
            continue
        for function, line in settings_file_uses(source):
            if (where, function) not in ALLOWED_FILE_NAMES:
                problems.append(f"{where}:{line} ({function or 'module'})")
        if re.search(r"^\s*(import platformdirs|from platformdirs)", source, re.MULTILINE):
            problems.append(f"{where}: imports platformdirs (the folders are settings of "
                            "ocpm_desk.infrastructure.config)")
    assert not problems, ("the settings file is read and written by ocpm_desk.infrastructure.config only:\n"
                          + "\n".join(problems))


def test_the_scans_find_what_they_look_for() -> None:
    source = (
        "import os\n"
        "from os import environ as env\n"
        "def a():\n"
        "    return os.environ.get('OCPM_X')\n"
        "def b():\n"
        "    return os.getenv('OCPM_Y')\n"
        "def c(p):\n"
        "    return json.loads(settings_file().read_text())\n"
        "def d():\n"
        "    open(Path(base) / 'settings.json')\n"
        "def e():\n"
        "    '''Reads settings.json.'''\n"
    )
    assert [(f, n) for f, n, _ in environment_uses(source)] == [("", 2), ("a", 4), ("b", 6)]
    assert settings_file_uses(source) == [("c", 8), ("d", 10)]
