"""A language walk on the real demo database (issue 17): every screen of every demo account, an order page in each
status the demo data holds and the dialogs that show stored text, opened through the real connector and services —
in French, then in English after the language switch.

The demo database is seeded once per module (``seed_demo`` at the size ``make run`` seeds, with today's date, as the
Démo profile does on its first start) and copied into each test's data directory as the Démo file: what one walk
writes (the audited openings, the audit searches) never reaches another.

**What is read** — on the main window and on each dialog, every visible widget: window titles; label, button, group
box and tab texts; the text and placeholder of line, text and spin boxes; combo box items; tool tips, status tips,
accessible names and descriptions; every row and column of every item view's model (display and accessible text,
header display text and tool tip; a queue is read page by page to its end); the menus' actions and the status bar.

**In French** (the default) a text fails when it

- holds an ISO date (``2026-12-17``): the screens write Swiss dates;
- is the English source of a message of the catalogue whose French differs (a message shown untranslated);
- holds an English word (``Catalogue.english_words``: common English function words, and the words of the
  catalogue's English sources whose French differs, minus every word its French uses);
- holds a code: ``snake_case`` (``not_met``, ``unknown_address``) or dotted (``decision.issued``).

Data that is legitimately not French is taken out first, only where it is exactly a stored value (``Allowed``, read
from the demo database): people's names, addresses and e-mail addresses, country codes, item numbers, payment
references, order references, staff and team names, service and product codes, the print system's job names and
files, the intake file's name, its quarantined lines as received and the paths of their fields (which the reasons
name: ``payment.fee_chf``), the test's own directories (the database's location). SHA-256 digests are not words;
the language combo box names English in English.

**In English** (after ``install_translators(app, "en")``, on a new window) a text fails when it holds an ISO date, is
the French of a message of the catalogue whose source differs, or holds a French word (``Catalogue.french_words``,
built the other way round). What stays French whatever the screen's language is data there too: what people typed
(hold reasons, notes, answers, comments, corrections), the reference data that has no English (conditions, grounds,
legal bases, postal products) and the letters, which are French (their text in the refusal editor, the signatory's
title). The services' names are not: the catalogue has their English.

The failure lists each offending text once, with the widget that shows it, how it shows it, why it fails and where
it was seen (account, screen).
"""

from __future__ import annotations

import html
import json
import re
import shutil
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot
from screen_steps import inside_calendar, widget_texts
from sqlalchemy import Engine, text

from ocpm_desk.bootstrap import DEMO_ORDERS, ENGINES, make_connector
from ocpm_desk.demo.seed import DEMO_ACCOUNTS, DEMO_PASSWORD, seed_demo
from ocpm_desk.gui.accounts.login import LoginDialog
from ocpm_desk.gui.audit.screen import AuditScreen
from ocpm_desk.gui.casework.dialogs import AssignDialog
from ocpm_desk.gui.casework.order import OrderScreen
from ocpm_desk.gui.help import ShortcutsDialog
from ocpm_desk.gui.i18n import ENGLISH, FRENCH, install_translators
from ocpm_desk.gui.intake.screen import QuarantineScreen
from ocpm_desk.gui.mailroom.printing import PrintQueueScreen
from ocpm_desk.gui.mailroom.shipping import ShippingScreen
from ocpm_desk.gui.main_window import ConnectionState, MainWindow
from ocpm_desk.gui.refusals.approvals import ApprovalsScreen
from ocpm_desk.gui.refusals.editor import HEARING, REFUSAL
from ocpm_desk.gui.screen import DataScreen, ScreenState
from ocpm_desk.infrastructure import profiles as prof
from ocpm_desk.infrastructure.db.engine import make_engine
from ocpm_desk.kernel.lifecycle import ASSIGNED_STATUSES, Status
from ocpm_desk.kernel.permissions import Permission, has_permission

pytestmark = [pytest.mark.gui, pytest.mark.slow]
T = TypeVar("T")

WINDOW_SIZE = (1280, 800)
WAIT_MS = 60_000  # a screen on the real database, a letter rendered: seconds at most, even on a busy machine
ROLES = {username: frozenset(roles) for username, _name, roles in DEMO_ACCOUNTS}
ACCOUNTS = [username for username, _name, _roles in DEMO_ACCOUNTS]
#: The accounts that open orders (order pages are walked for each of them).
READERS = [u for u in ACCOUNTS if has_permission(ROLES[u], Permission.VIEW_ORDER)]
#: The order actions that open a dialog (``OrderScreen.dialog``) without changing anything until it is confirmed.
ORDER_DIALOGS = ("hold", "tick", "withdraw", "assign", "approve", "hearing", "hearingAnswer", "correction",
                 "sendAgain")  # fmt: skip
#: Besides one order of each status per reader, at most this many more of each status are opened, chosen so that
#: together they show every kind of history line, hold, hearing, decision, shipment and condition result there is.
EXTRA_ORDERS_PER_STATUS = 4


# ---- the rules ---------------------------------------------------------------------------------------------------

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "ocpm_desk_fr.ts"

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
#: A word: letters (accented ones too); apostrophes split (« l'équipe » is « l » and « équipe », "can't" "can" "t").
_WORD = re.compile(r"[^\W\d_]+")
_TAG = re.compile(r"<[^>]+>")
#: A SHA-256 digest in hexadecimal: whole, in four groups of 16, or its beginning shortened with "…".
_DIGEST = re.compile(r"\b(?:[0-9a-f]{16} ?){3}[0-9a-f]{16}\b|\b[0-9a-f]{8,63}…")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d|%n|%L\d")
#: Codes shown as they are stored: ``not_met``, ``unknown_address``; ``decision.issued``, ``order.viewed``.
_SNAKE_CODE = re.compile(r"(?<![\w.@/\\-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w@/\\-]|\.\w)")
_DOTTED_CODE = re.compile(r"(?<![\w.@/\\-])[a-z][a-z0-9_]+(?:\.[a-z][a-z0-9_]+)+(?![\w@/\\-]|\.\w)")


def _listed(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Common English function words (whatever the catalogue says). Not "a", "on", "or", "as", "an", "us", "son":
#: French words too.
ENGLISH_FUNCTION_WORDS = _listed("""
    the and of to with from for by at into onto upon than then there here this that these those which what when where
    while who whom whose why how is are was were be been being has have had having do does did done doing will would
    shall should can cannot could must may might it its it's they them their theirs we our ours you your yours he him
    his she her hers all any some each every either neither none nothing something anything everything only also yet
    still already again after before since until about over under between without within against through during not
    no yes if unless whether because so such very more most less least many much other another same own just too
""")
#: Words of the English sources that French writes the same (and that the catalogue's French happens not to use).
FRENCH_TOO = frozenset({"a", "on", "or", "as", "an", "son", "plus", "type", "date", "page", "note", "notes", "service",
                        "services", "action", "actions", "condition", "conditions", "message", "total", "code",
                        "codes", "article", "rue", "via", "format", "pal", "fin", "file"})  # fmt: skip
#: Common French words (function words and the screens' most frequent), for the walk in English.
FRENCH_FUNCTION_WORDS = _listed("""
    le la les de des du un une au aux à et est sont avec pour dans en sur par ou où pas ne ni qui que quoi dont
    cette ces ce cet son sa ses leur leurs votre vos notre nos il elle ils elles nous vous être été avoir aucun
    aucune tout toute tous toutes après avant depuis jusqu chez entre sans sous vers mais donc car très déjà
""")
#: Words of the French translations that English writes the same.
ENGLISH_TOO = frozenset({"a", "on", "or", "as", "an", "page", "type", "date", "note", "notes", "service", "services",
                         "action", "actions", "condition", "conditions", "message", "total", "code", "codes", "article",
                         "format", "via", "transition", "description", "permission", "options", "suggestion",
                         "question", "version", "unique", "simple", "signature", "central", "local", "minutes",
                         "minute", "moment", "justification", "notification", "document", "documents", "destination",
                         "information", "correction", "confirmation", "attention", "impression", "mention", "position",
                         "solution", "session", "sessions", "installation", "application", "audit", "national",
                         "chose", "e", "ok"})  # fmt: skip


def strip_mnemonic(value: str) -> str:
    return value.replace("&&", "\0").replace("&", "").replace("\0", "&")


def plain(value: str) -> str:
    """What a person reads: tags out, entities decoded, mnemonics out, spaces collapsed."""
    if "<" in value and ">" in value:
        value = _TAG.sub(" ", value)
    return " ".join(strip_mnemonic(html.unescape(value)).split())


def codes(value: str) -> set[str]:
    return set(_SNAKE_CODE.findall(value)) | set(_DOTTED_CODE.findall(value))


def words(value: str) -> set[str]:
    """The words of ``value`` in lower case; placeholders, codes and SHA-256 digests are not words."""
    prose = _DOTTED_CODE.sub(" ", _SNAKE_CODE.sub(" ", _PLACEHOLDER.sub(" ", _DIGEST.sub(" ", value))))
    return {w.lower() for w in _WORD.findall(prose)}


@dataclass(frozen=True)
class Catalogue:
    english: dict[str, str]  # English source → its French, for the messages whose French differs
    french: dict[str, str]  # French → its English source, for the same messages
    english_words: frozenset[str]
    french_words: frozenset[str]


@cache
def catalogue() -> Catalogue:
    english: dict[str, str] = {}
    french: dict[str, str] = {}
    every_french: set[str] = set()
    every_source: set[str] = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = plain(message.findtext("source") or "")
        translation = message.find("translation")
        forms = [] if translation is None else ([f.text or "" for f in translation.findall("numerusform")]
                                                or [translation.text or ""])  # fmt: skip
        texts = {plain(t) for t in forms if t.strip()}
        every_source.add(source)
        every_french |= texts
        if texts and source not in texts:
            english[source] = sorted(texts)[0]
            for t in texts:
                french.setdefault(t, source)
    french_vocabulary = set().union(*(words(t) for t in every_french))
    english_vocabulary = set().union(*(words(s) for s in every_source))
    english_words = ENGLISH_FUNCTION_WORDS | (set().union(*(words(s) for s in english)) - french_vocabulary)
    french_words = FRENCH_FUNCTION_WORDS | (set().union(*(words(t) for t in french)) - english_vocabulary)
    return Catalogue(
        english=english,
        french=french,
        english_words=frozenset(w for w in english_words - FRENCH_TOO if len(w) > 1 or w == "i"),
        french_words=frozenset(w for w in french_words - ENGLISH_TOO if len(w) > 1 or w == "à"),
    )


@dataclass(frozen=True)
class Allowed:
    """Stored values shown as they are: taken out of a text, where they are exactly there, before it is judged."""

    whole: frozenset[str] = frozenset()  # texts allowed only as the whole text (a quarantined line as received)
    parts: frozenset[str] = frozenset()  # values allowed inside a text (names, addresses, e-mail addresses…)
    #: French that stays French on an English screen (what people typed, the reference data that has no English):
    #: taken out before looking for French words, never hiding a date
    prose: frozenset[str] = frozenset()

    @property
    def by_word(self) -> dict[str, tuple[str, ...]]:
        return _index(self.parts)

    def union(self, other: Allowed) -> Allowed:
        return Allowed(self.whole | other.whole, self.parts | other.parts, self.prose | other.prose)


@cache
def _index(parts: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """word (lower case) → the allowed values holding it, longest first; plus "" → those with a code-like part."""
    index: dict[str, list[str]] = defaultdict(list)
    for value in sorted(parts, key=len, reverse=True):
        for word in words(value):
            index[word].append(value)
        if ISO_DATE.search(value) or codes(value):
            index[""].append(value)
    return {k: tuple(v) for k, v in index.items()}


_ELIDED = re.compile(r"(\S*)…(\S*)")


def _take_out(shown: str, candidates: Iterable[str]) -> str:
    """``shown`` without the ``candidates`` it holds as whole words (the longest first: a street holds a town)."""
    for value in sorted(set(candidates), key=len, reverse=True):
        if value in shown:
            shown = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", shown)
    return shown


def _take_out_elided(shown: str, parts: frozenset[str]) -> str:
    """A long value shortened in its middle to fit (``/tmp/pytest-…/demo.sqlite``): taken out when one allowed value
    starts and ends as it does."""

    def elided(match: re.Match[str]) -> str:
        head, tail = match.groups()
        for value in parts:
            if len(value) > len(head) + len(tail) and value.startswith(head) and value.endswith(tail):
                return " "
        return match.group(0)

    return _ELIDED.sub(elided, shown) if "…" in shown else shown


def french_problem(raw: str, allowed: Allowed) -> str | None:
    """Why ``raw`` is not French, or None."""
    shown = plain(raw)
    if not shown or shown in allowed.whole or shown in allowed.parts:
        return None
    cat = catalogue()
    if shown in cat.english:
        return f"untranslated (French: {cat.english[shown]!r})"
    found = words(shown) & cat.english_words
    if not (found or codes(shown) or ISO_DATE.search(shown)):
        return None
    shown = _without_data(shown, found, allowed)
    reasons = []
    if dates := ISO_DATE.findall(shown):
        reasons.append(f"ISO date {sorted(set(dates))}")
    if english := sorted(words(shown) & cat.english_words):
        reasons.append(f"English words {english}")
    if code_list := sorted(codes(shown)):
        reasons.append(f"codes {code_list}")
    return "; ".join(reasons) or None


def english_problem(raw: str, allowed: Allowed) -> str | None:
    """Why ``raw`` is not English (after the switch), or None."""
    shown = plain(raw)
    if not shown or shown in allowed.whole or shown in allowed.parts:
        return None
    cat = catalogue()
    if shown in cat.french and shown not in cat.english and shown not in allowed.prose:
        return f"French (English: {cat.french[shown]!r})"
    found = words(shown) & cat.french_words
    if not (found or ISO_DATE.search(shown)):
        return None
    reasons = []
    if dates := ISO_DATE.findall(_without_data(shown, found, allowed)):
        reasons.append(f"ISO date {sorted(set(dates))}")
    prose = _index(allowed.prose)  # the longer values first: a condition's label holds a town's name
    shown = _without_data(_take_out(shown, [v for w in sorted(found) for v in prose.get(w, ())]), found, allowed)
    if french := sorted(words(shown) & cat.french_words):
        reasons.append(f"French words {french}")
    return "; ".join(reasons) or None


def _without_data(shown: str, found: set[str], allowed: Allowed) -> str:
    """``shown`` without the allowed values holding one of the words ``found`` or a code or a date, whole or elided."""
    index = allowed.by_word
    shown = _take_out(shown, [v for w in sorted(found) for v in index.get(w, ())] + list(index.get("", ())))
    return _take_out_elided(shown, allowed.parts)


# ---- what a window shows -----------------------------------------------------------------------------------------


def widget_path(widget: QWidget) -> str:
    """``MainWindow#mainWindow/…/QLabel#holdInfo``: the widget's class and name, after its named ancestors."""
    parts = []
    current: QWidget | None = widget
    while current is not None:
        name = current.objectName()
        if current is widget or (name and not name.startswith("qt_")):
            parts.append(f"{type(current).__name__}#{name}" if name else type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(parts))


def _wait_for_rows(qtbot: QtBot, model: QAbstractItemModel, row: int) -> None:
    """A queue model shows a placeholder until the page of ``row`` has come: ask for it and wait."""
    row_at = getattr(model, "row_at", None)
    if row_at is None or row_at(row) is not None:
        return
    model.data(model.index(row, 0))
    qtbot.waitUntil(lambda: row_at(row) is not None, timeout=WAIT_MS)


def model_texts(
    qtbot: QtBot, model: QAbstractItemModel, parent: QModelIndex | None = None
) -> Iterator[tuple[str, str]]:
    """(how, text) of every header and cell of ``model``, rows of every level."""
    root = parent if parent is not None else QModelIndex()
    flat = isinstance(model, QAbstractListModel | QAbstractTableModel)  # their columnCount/hasChildren are private
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    if parent is None:
        for column in range(columns):
            for role, name in ((Qt.ItemDataRole.DisplayRole, "header"), (Qt.ItemDataRole.ToolTipRole, "header tip")):
                value = model.headerData(column, Qt.Orientation.Horizontal, role)
                if isinstance(value, str):
                    yield f"{name} {column}", value
    for row in range(model.rowCount(root)):
        if parent is None:
            _wait_for_rows(qtbot, model, row)
        for column in range(columns):
            index = model.index(row, column, root)
            for role, name in ((Qt.ItemDataRole.DisplayRole, "cell"),
                               (Qt.ItemDataRole.AccessibleTextRole, "cell announced")):  # fmt: skip
                value = model.data(index, role)
                if isinstance(value, str):
                    yield f"{name} ({row}, {column})", value
            if column == 0 and not flat and model.hasChildren(index):
                yield from model_texts(qtbot, model, index)


def _menu_actions(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        yield action
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from _menu_actions(submenu)


def shown_texts(qtbot: QtBot, root: QWidget) -> Iterator[tuple[str, str, str]]:
    """(widget path, how, text) of every text ``root`` shows or announces."""
    yield widget_path(root), "window title", root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or inside_calendar(widget) or isinstance(widget, QMenu):
            continue
        where = widget_path(widget)
        yield where, "tool tip", widget.toolTip()
        yield where, "status tip", widget.statusTip()
        yield where, "accessible name", widget.accessibleName()
        yield where, "accessible description", widget.accessibleDescription()
        for how, value in widget_texts(widget, lambda model: model_texts(qtbot, model), held=True):
            yield where, how, value
        for action in widget.actions():
            if not action.isSeparator() and action.isVisible():
                yield from _action_texts(where, "action", action)
    if isinstance(root, QMainWindow):
        bar = root.statusBar()
        yield widget_path(bar), "status message", bar.currentMessage()
        for top in root.menuBar().actions():
            menu = top.menu()
            if not top.isVisible():
                continue
            yield widget_path(root.menuBar()), "menu", top.text()
            if isinstance(menu, QMenu):
                where = f"{widget_path(root.menuBar())}/{strip_mnemonic(top.text())}"
                for action in _menu_actions(menu):
                    if not action.isSeparator() and action.isVisible():
                        yield from _action_texts(where, "menu action", action)


def _action_texts(where: str, kind: str, action: QAction) -> Iterator[tuple[str, str, str]]:
    """An action's text, and its tool tip and status tip where they say more (Qt's tool tip defaults to the text)."""
    how = f"{kind} {action.objectName()}".strip()
    yield where, how, action.text()
    for tip_kind, tip in (("tip", action.toolTip()), ("status tip", action.statusTip())):
        if plain(tip) != plain(action.text()):
            yield where, f"{how} {tip_kind}", tip


# ---- the demo database -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrderPick:
    order_id: int
    reference: str
    status: str
    why: str  # "the status" or the kinds of content it was picked to show


@dataclass(frozen=True)
class DemoData:
    path: Path  # the seeded file, copied for each test
    statuses: frozenset[str]  # the statuses the demo orders are in
    allowed: Allowed  # data legitimately not French
    french_data: Allowed  # what stays French on an English screen
    picks: dict[str, tuple[OrderPick, ...]]  # per account that opens orders
    shipped_item: str | None  # an item number of a shipped order (the mail room's return dialog)


def _rows(engine: Engine, sql: str) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(sql))]


def _strings(engine: Engine, *columns: str) -> set[str]:
    """The non-empty values of ``table.column`` (each of ``columns``), stripped."""
    found: set[str] = set()
    for column in columns:
        table, name = column.split(".")
        for (value,) in _rows(engine, f"SELECT DISTINCT {name} FROM {table} WHERE {name} IS NOT NULL"):
            if isinstance(value, str) and value.strip():
                found.add(value.strip())
    return found


def _leaves(value: object) -> Iterator[str]:
    """The strings of a stored JSON value (or the value itself when it is not JSON)."""
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except ValueError:
            yield value
            return
        if isinstance(parsed, str):
            yield parsed
        elif isinstance(parsed, dict | list):
            yield from _leaves_of(parsed)
    elif isinstance(value, dict | list):
        yield from _leaves_of(value)


def _leaves_of(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _leaves_of(item)
    elif isinstance(value, list):
        for item in value:
            yield from _leaves_of(item)


def _allowed(engine: Engine) -> Allowed:
    parts = _strings(
        engine,
        "applicants.last_name", "applicants.first_name", "applicants.email",
        "register_persons.last_name", "register_persons.first_name",
        "register_residences.street", "register_residences.town", "register_residences.commune",
        "register_residences.departure_destination",
        "orders.addr_first_name", "orders.addr_last_name", "orders.addr_organisation", "orders.addr_line",
        "orders.addr_street", "orders.addr_house_number", "orders.addr_dwelling_number",
        "orders.addr_post_office_box", "orders.addr_foreign_zip_code", "orders.addr_town",
        "orders.payment_provider_reference", "orders.reference",
        "shipments.item_number", "tracking_events.item_number",
        "staff.username", "staff.display_name", "teams.name",
        "services.code", "postal_products.code", "import_quarantine.source", "import_quarantine.reference",
    )  # fmt: skip
    # ISO country codes (a nationality, an address abroad)
    parts |= _strings(engine, "register_persons.nationality", "orders.addr_country")
    parts |= _print_jobs(engine)
    # a quarantined line as received (masked), and the paths of its fields, which the reasons name (applicant.avs)
    whole = _strings(engine, "import_quarantine.line_masked")
    for line in whole:
        try:
            parts |= set(_field_paths(json.loads(line)))
        except ValueError:
            continue
    return Allowed(frozenset(whole), frozenset(parts))


def _print_jobs(engine: Engine) -> set[str]:
    """The print system's job names and destinations (a printer, or ``file:/tmp/….pdf``, shown too as the path and
    as the file's name), as the history notes and the audit trail record them."""
    found: set[str] = set()
    rows = _rows(engine, "SELECT note FROM order_events WHERE action = 'print' AND note LIKE '{%'")
    rows += _rows(engine, "SELECT payload FROM audit_events WHERE action = 'print.batch'")
    for (stored,) in rows:
        data = json.loads(str(stored))
        values = data.get("params", data) if isinstance(data, dict) else {}
        for key in ("job", "destination"):
            value = values.get(key) if isinstance(values, dict) else None
            if isinstance(value, str) and value:
                path = value.removeprefix("file:")
                found |= {value, path} | ({Path(path).name} if path != value else set())
    return found


def _field_paths(record: object, prefix: str = "") -> Iterator[str]:
    """``service_code``, ``payment``, ``payment.fee_chf``…: the keys of a JSON record, with their parents'."""
    if isinstance(record, dict):
        for key, value in record.items():
            path = f"{prefix}{key}"
            yield path
            yield from _field_paths(value, f"{path}.")


def workstation_paths() -> Allowed:
    """Where this workstation keeps its files (the test's directories): the status bar and the settings say it."""
    paths = {prof.display_url(prof.demo_url()), str(prof.data_dir() / "demo.sqlite"),
             str(prof.data_dir() / "local.sqlite"), str(prof.config_file())}  # fmt: skip
    return Allowed(frozenset(), frozenset(paths))


def _french_data(engine: Engine) -> Allowed:
    """What stays French on an English screen: what people typed (in French in the demo: hold reasons, answers,
    comments, corrections, resolutions, justifications), the reference data that has no English (conditions,
    grounds, their legal bases, remedies, postal products, the team), and the letters (their text, the signatory's
    title), which are French."""
    found: set[str] = set()
    for column in ("orders.hold_reason", "order_events.note", "hearings.reason", "hearings.answer",
                   "decisions.hearing_note", "decisions.return_comment",
                   "correction_requests.description", "import_quarantine.resolution_note",
                   "condition_results.override_justification", "condition_rules.label", "condition_rules.legal_basis",
                   "condition_rule_sets.remedy", "refusal_grounds.title", "refusal_grounds.legal_basis",
                   "refusal_grounds.paragraph", "postal_products.label_fr", "teams.name"):  # fmt: skip
        table, name = column.split(".")
        for (value,) in _rows(engine, f"SELECT DISTINCT {name} FROM {table} WHERE {name} IS NOT NULL"):
            found |= {leaf.strip() for leaf in _leaves(value) if leaf.strip()}
    # the letters' text (French, as the letters are), but for the services' names: those have their English
    english_named = _strings(engine, "services.label_fr")
    for (content,) in _rows(engine, "SELECT content FROM decisions WHERE content IS NOT NULL"):
        found |= {leaf.strip() for leaf in _leaves(content) if leaf.strip() and leaf.strip() not in english_named}
    # the signatory's title under an issued decision, as its audit event records it
    for (payload,) in _rows(engine, "SELECT payload FROM audit_events WHERE action = 'decision.issued'"):
        signature = json.loads(str(payload)).get("signature")
        if isinstance(signature, dict) and isinstance(signature.get("title"), str):
            found.add(signature["title"])
    return Allowed(prose=frozenset(found))


def _features(engine: Engine) -> dict[int, tuple[str, str, str | None, set[str]]]:
    """order id → (reference, status, assignee, the kinds of content its page shows)."""
    orders: dict[int, tuple[str, str, str | None, set[str]]] = {}
    for oid, ref, status, assignee in _rows(engine, "SELECT id, reference, status, assigned_to FROM orders"):
        orders[int(str(oid))] = (str(ref), str(status), assignee if isinstance(assignee, str) else None, set())
    queries = {
        "history": "SELECT order_id, action FROM order_events",
        "note": "SELECT order_id, note FROM order_events WHERE note IS NOT NULL",
        "hold": "SELECT id, hold_reason FROM orders WHERE hold_reason IS NOT NULL",
        "hearing": "SELECT order_id, mode || ':' || (answer IS NOT NULL) || ':' || (reason IS NOT NULL) FROM hearings",
        "decision": "SELECT order_id, status || ':' || COALESCE(hearing, '') || ':' || (return_comment IS NOT NULL) "
                    "FROM decisions",
        "shipment": "SELECT order_id, content || ':' || status || ':' || COALESCE(return_reason, '') FROM shipments",
        "tracking": "SELECT s.order_id, t.event FROM tracking_events t JOIN shipments s ON s.id = t.shipment_id",
        "correction": "SELECT order_id, attributable_to FROM correction_requests",
        "condition": "SELECT c.order_id, r.code || ':' || COALESCE(c.override_result, c.result) "
                     "FROM condition_results c JOIN condition_rules r ON r.id = c.rule_id "
                     "WHERE COALESCE(c.override_result, c.result) <> 'met' OR c.override_result IS NOT NULL",
        "document": "SELECT order_id, kind FROM documents",
    }  # fmt: skip
    for kind, sql in queries.items():
        for order_id, value in _rows(engine, sql):
            if order_id in orders:
                shown = _note_kind(str(value)) if kind in ("note", "hold") else value
                orders[int(str(order_id))][3].add(f"{kind}:{shown}")
    return orders


def _note_kind(stored: str) -> str:
    """A stored note's key (``hold.hearing``, ``history.delivered``…), or "text" for a note stored as typed."""
    try:
        data = json.loads(stored)
    except ValueError:
        return "text"
    return str(data.get("key", "text")) if isinstance(data, dict) else "text"


def _picks(engine: Engine) -> dict[str, tuple[OrderPick, ...]]:
    """For each account that opens orders: an order of each status (its own when it has one), the richest; then,
    for the account working it (or the first supervisor), the orders that cover what else each status shows."""
    orders = _features(engine)
    by_status: dict[str, list[int]] = defaultdict(list)
    for order_id, (_ref, status, _who, _kinds) in sorted(orders.items()):
        by_status[status].append(order_id)
    picks: dict[str, list[OrderPick]] = {u: [] for u in READERS}
    for status, ids in sorted(by_status.items()):
        for account in READERS:
            own = [i for i in ids if orders[i][2] == account] if Status(status) in ASSIGNED_STATUSES else []
            best = max(own or ids, key=lambda i: (len(orders[i][3]), -i))
            picks[account].append(OrderPick(best, orders[best][0], status, "the status"))
        covered = set().union(*(orders[p.order_id][3] for ps in picks.values() for p in ps if p.status == status))
        for _ in range(EXTRA_ORDERS_PER_STATUS):
            gain = {i: orders[i][3] - covered for i in ids}
            best = max(ids, key=lambda i: (len(gain[i]), -i))
            if not gain[best]:
                break
            covered |= orders[best][3]
            assignee = orders[best][2]
            account = assignee if assignee in READERS else "responsable"
            why = ", ".join(sorted(gain[best]))
            picks[account].append(OrderPick(best, orders[best][0], status, why))
    return {account: tuple(p) for account, p in picks.items()}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoData]:
    """The demo database, seeded once for the module as the Démo profile seeds it on its first start."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    try:
        summary = seed_demo(engine, orders=DEMO_ORDERS)
        shipped = _rows(engine, "SELECT s.item_number FROM shipments s JOIN orders o ON o.id = s.order_id "
                                "WHERE o.status = 'shipped' AND s.status = 'shipped' AND s.item_number IS NOT NULL "
                                "ORDER BY s.id DESC LIMIT 1")  # fmt: skip
        data = DemoData(
            path=path,
            statuses=frozenset(summary.statuses),
            allowed=_allowed(engine),
            french_data=_french_data(engine),
            picks=_picks(engine),
            shipped_item=str(shipped[0][0]) if shipped else None,
        )
    finally:
        engine.dispose()
    yield data


@pytest.fixture
def demo_file(demo: DemoData) -> Iterator[DemoData]:
    """The seeded database as this test's Démo file (``prof.demo_url()``), the engines of earlier tests closed."""
    ENGINES.dispose()
    target = Path(prof.data_dir()) / "demo.sqlite"
    for suffix in ("", "-wal", "-shm"):
        source = demo.path.with_name(demo.path.name + suffix)
        if source.exists():
            shutil.copyfile(source, target.with_name(target.name + suffix))
    yield demo
    ENGINES.dispose()


@pytest.fixture
def english(gui_app: QApplication) -> Iterator[str]:
    """The application switched to English (the language switch of ``gui/i18n.py``), French again afterwards."""
    install_translators(gui_app, ENGLISH)
    try:
        yield ENGLISH
    finally:
        install_translators(gui_app, FRENCH)


# ---- the walk ----------------------------------------------------------------------------------------------------


#: The refusal letter's own text in its editor (the paragraph of a ground, the facts): French whatever the language
#: of the screen, as the letter is.
LETTER_TEXT = frozenset({"QPlainTextEdit#groundText", "QListWidget#factsList"})


#: The languages offered in the settings, each in its own language.
LANGUAGE_NAMES = frozenset({("QComboBox#languageCombo", "Français"), ("QComboBox#languageCombo", "English")})


def letter_text(where: str) -> bool:
    return where.rsplit("/", 1)[-1] in LETTER_TEXT


@dataclass
class Walk:
    qtbot: QtBot
    account: str
    language: str
    allowed: Allowed
    #: (widget path, how, text, why) → where it was seen (account · screen)
    found: dict[tuple[str, str, str, str], list[str]] = field(default_factory=dict)
    checked: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # screens that did not load
    statuses: set[str] = field(default_factory=set)  # of the order pages checked

    def check(self, screen: str, root: QWidget) -> None:
        self.settle()
        self.checked.append(screen)
        judge = french_problem if self.language == FRENCH else english_problem
        for where, how, value in shown_texts(self.qtbot, root):
            if not value:
                continue
            if self.language == ENGLISH and how.startswith(("text", "cell")) and letter_text(where):
                continue
            if (where.rsplit("/", 1)[-1], value) in LANGUAGE_NAMES and how.startswith(("item", "current text")):
                continue  # a language named in its own language
            why = judge(value, self.allowed)
            if why is not None:
                self.found.setdefault((where, how, plain(value), why), []).append(f"{self.account} · {screen}")

    def settle(self) -> None:
        for _ in range(3):
            QCoreApplication.processEvents()
        self.qtbot.wait(5)

    def wait(self, condition: Callable[[], bool]) -> None:
        self.qtbot.waitUntil(condition, timeout=WAIT_MS)

    def wait_on(self, subject: T, condition: Callable[[T], bool]) -> None:
        """``wait`` for ``condition(subject)`` (a loop's variable, bound here)."""
        self.wait(lambda: condition(subject))

    def loaded(self, screen: str, data_screen: DataScreen) -> bool:
        """Wait for ``data_screen`` to settle; a screen that failed to load is a finding of its own."""
        self.wait(lambda: data_screen.settled and not getattr(data_screen, "busy", False))
        if data_screen.state is ScreenState.FAILED:
            self.failures.append(f"{self.account} · {screen}: {data_screen.failure!r}")
            return False
        return True

    def dialog(self, screen: str, dialog: QDialog | None) -> None:
        """Check a dialog that an action opened, then cancel it."""
        if dialog is None:
            self.failures.append(f"{self.account} · {screen}: no dialog opened")
            return
        self.wait(dialog.isVisible)
        if isinstance(dialog, AssignDialog):
            self.wait(lambda: dialog.loaded)
        self.check(screen, dialog)
        dialog.reject()
        self.settle()

    def report(self) -> str:
        """Each offending text once, by widget: the text, why, how and where it is shown, where it was seen."""
        lines = []
        for (where, how, value, why), seen in sorted(self.found.items()):
            unique = list(dict.fromkeys(seen))
            more = f" (+{len(unique) - 3} more)" if len(unique) > 3 else ""
            shown = value if len(value) <= 240 else value[:240] + "…"
            lines.append(f"- {shown!r}\n    {why}\n    {how} of {where}\n    seen: "
                         f"{'; '.join(unique[:3])}{more}")  # fmt: skip
        return "\n".join(lines)


def open_window(walk: Walk) -> MainWindow:
    session = make_connector().open(prof.DEMO, walk.account, DEMO_PASSWORD)
    window = MainWindow(session)
    walk.qtbot.addWidget(window)
    window.resize(*WINDOW_SIZE)
    window.show()
    walk.qtbot.waitExposed(window)
    walk.wait(lambda: window.connection_state != ConnectionState.UNKNOWN)
    return window


def walk_screens(walk: Walk, window: MainWindow, demo: DemoData) -> None:
    """Every navigation entry, and what each screen shows besides its list (each proposal, each quarantined line,
    the chain's verification, the print preview) and the dialogs its actions open."""
    keys = window.screen_keys()
    if not keys:
        walk.check("no screens", window)
    for key in keys:
        window.show_screen(key)
        screen = window.screen_by_key(key)
        if not walk.loaded(key, screen):
            continue
        walk.check(key, window)
        if isinstance(screen, ApprovalsScreen):
            walk_approvals(walk, window, key, screen)
        elif isinstance(screen, PrintQueueScreen):
            walk_print_queue(walk, window, key, screen)
        elif isinstance(screen, ShippingScreen):
            walk_shipping(walk, window, key, screen, demo.shipped_item)
        elif isinstance(screen, QuarantineScreen):
            walk_quarantine(walk, window, key, screen)
        elif isinstance(screen, AuditScreen) and screen.verify_button.isVisible():
            screen.verify()
            walk.wait_on(screen, lambda s: not s.verifying)
            walk.check(f"{key} · chain verified", window)


def walk_approvals(walk: Walk, window: MainWindow, key: str, screen: ApprovalsScreen) -> None:
    for row in list(screen.rows):
        screen.select_decision(row.decision_id)
        walk.wait_on(row.decision_id, lambda wanted: screen.view is not None
                     and screen.view.row.decision_id == wanted and not screen.proposal_loading)  # fmt: skip
        walk.check(f"{key} · proposal {row.reference}", window)
    if screen.rows:
        screen.approve_action.trigger()
        walk.dialog(f"{key} · approve", screen.dialog)
        screen.return_action.trigger()
        walk.dialog(f"{key} · return", screen.dialog)


def walk_print_queue(walk: Walk, window: MainWindow, key: str, screen: PrintQueueScreen) -> None:
    if not screen.items:
        return
    screen.select_all()
    screen.show_preview()
    walk.wait(lambda: not screen.busy)
    walk.check(f"{key} · preview", window)
    screen.print_selection()
    walk.wait(lambda: screen.dialog is not None)
    walk.dialog(f"{key} · print", screen.dialog)


def walk_shipping(walk: Walk, window: MainWindow, key: str, screen: ShippingScreen, item: str | None) -> None:
    if item is not None:
        screen.set_mode("return")
        walk.check(f"{key} · return mode", window)
        screen.ask_return(item)
        walk.dialog(f"{key} · return", screen.dialog)
        screen.set_mode("ship")
    screen.show_deposit_list()
    walk.wait(lambda: not screen.busy)
    walk.check(f"{key} · deposit list asked", window)
    walk.dialog(f"{key} · deposit list", getattr(screen, "deposit_dialog", None))


def walk_quarantine(walk: Walk, window: MainWindow, key: str, screen: QuarantineScreen) -> None:
    """Each line, open then resolved too, and the dialog resolving an open one."""
    for include_resolved in (False, True):
        if screen.include_resolved != include_resolved:
            screen.show_resolved_box.setChecked(include_resolved)
            walk.loaded(key, screen)
        shown = " (resolved shown)" if include_resolved else ""
        for line in list(screen.rows):
            screen.select_line(line.id)
            walk.check(f"{key} · line {line.line_number}{shown}", window)
            if screen.resolve_action.isEnabled():
                screen.resolve_action.trigger()
                walk.dialog(f"{key} · resolve line {line.line_number}", screen.dialog)


def walk_order(walk: Walk, window: MainWindow, pick: OrderPick) -> None:
    """The order's page, each dialog its actions open, the refusal editor (and the hearing letter's), the proposal
    to decide and the archived decision."""
    name = f"order {pick.reference} ({pick.status}{'' if pick.why == 'the status' else ': ' + pick.why})"
    window.open_order(pick.order_id)
    screen = window.order_screen
    assert isinstance(screen, OrderScreen)
    walk.wait(lambda: screen.order_id == pick.order_id)
    if not walk.loaded(name, screen):
        return
    walk.wait(lambda: not screen.shipments_loading)
    walk.check(name, window)
    walk.statuses.add(pick.status)
    actions = {a.objectName(): a for a in screen.screen_actions()}
    for key in ORDER_DIALOGS:
        if actions[key].isEnabled():
            actions[key].trigger()
            walk.dialog(f"{name} · {key}", screen.dialog)
    if actions["openDecision"].isEnabled():
        before = set(screen.findChildren(QDialog))
        actions["openDecision"].trigger()
        walk.wait(lambda: bool({d for d in screen.findChildren(QDialog) if d.isVisible()} - before))
        opened = [d for d in screen.findChildren(QDialog) if d.isVisible() and d not in before]
        walk.dialog(f"{name} · decision (PDF)", opened[0])
    for action_key, mode in (("proposeRefusal", REFUSAL), ("hearing", HEARING)):
        if actions[action_key].isEnabled():
            window.open_refusal_editor(pick.order_id, mode)
            editor = window.refusal_editor
            assert editor is not None
            if walk.loaded(f"{name} · {mode} editor", editor):
                walk.wait_on(editor, lambda e: not e.preview_busy)
                walk.check(f"{name} · {mode} editor", window)
            editor.go_back()
            walk.wait(lambda: window.order_screen is not None and window.stack.currentWidget() is screen)
            walk.loaded(name, screen)
    if actions["decideRefusal"].isEnabled():
        actions["decideRefusal"].trigger()
        approvals = window.screen_by_key("approvals")
        assert isinstance(approvals, ApprovalsScreen)
        if walk.loaded(f"{name} · decide", approvals):
            walk.wait(lambda: approvals.view is not None and not approvals.proposal_loading)
            walk.check(f"{name} · decide", window)


def walk_window_dialogs(walk: Walk, window: MainWindow) -> None:
    """Ctrl+O, F1, Ctrl+, and the lock page (Ctrl+L), last."""
    if window.screen_keys() and has_permission(ROLES[walk.account], Permission.VIEW_ORDER):
        window.ask_order()
        walk.dialog("open an order (Ctrl+O)", window.open_order_dialog)
    window.show_shortcuts()
    shown = [d for d in window.findChildren(ShortcutsDialog) if d.isVisible()]
    walk.dialog("shortcuts (F1)", shown[0] if shown else None)
    window.open_settings()
    dialog = window.settings_dialog
    if dialog is not None:
        walk.wait(lambda: bool(getattr(dialog, "printers_loaded", True)))
    walk.dialog("settings (Ctrl+,)", dialog)
    window.lock_now()
    walk.check("locked (Ctrl+L)", window)


def run_walk(qtbot: QtBot, demo: DemoData, account: str, language: str) -> Walk:
    allowed = demo.allowed.union(workstation_paths())
    if language == ENGLISH:
        allowed = allowed.union(demo.french_data)
    walk = Walk(qtbot, account, language, allowed)
    window = open_window(walk)
    try:
        walk_screens(walk, window, demo)
        picks = demo.picks.get(account, ())
        if window.screen_keys():
            for pick in picks:
                walk_order(walk, window, pick)
                window.back_to_list()
        walk_window_dialogs(walk, window)
    finally:
        for dialog in window.findChildren(QDialog):
            dialog.close()
        window.close()
    # the walk did walk: each navigation entry, each status for those who open orders, the window's dialogs
    for key in window.screen_keys():
        assert any(c == key or c.startswith(f"{key} ·") for c in walk.checked), (key, walk.checked)
    if window.screen_keys() and account in READERS:
        assert walk.statuses == demo.statuses, f"order pages shown in {sorted(walk.statuses)}, not in every status"
    assert "locked (Ctrl+L)" in walk.checked
    return walk


def assert_clean(walk: Walk) -> None:
    problems = []
    if walk.failures:
        problems.append("screens that did not load:\n" + "\n".join(f"- {f}" for f in walk.failures))
    if walk.found:
        language = "French" if walk.language == FRENCH else "English"
        problems.append(f"{len(walk.found)} text(s) not {language} on the demo database:\n{walk.report()}")
    assert not problems, "\n" + "\n\n".join(problems)


# ---- the tests ---------------------------------------------------------------------------------------------------


def test_the_demo_data_has_an_order_in_every_status(demo: DemoData) -> None:
    """The walk opens an order page in each status the demo holds: all of DESIGN §3's."""
    assert demo.statuses == {s.value for s in Status}
    for account in READERS:
        assert {p.status for p in demo.picks[account]} == demo.statuses, account


@pytest.mark.parametrize("account", ACCOUNTS)
def test_every_screen_reads_french(qtbot: QtBot, demo_file: DemoData, account: str) -> None:
    assert_clean(run_walk(qtbot, demo_file, account, FRENCH))


@pytest.mark.parametrize("account", ACCOUNTS)
def test_every_screen_reads_english_after_the_switch(qtbot: QtBot, demo_file: DemoData, english: str,
                                                     account: str) -> None:  # fmt: skip
    assert_clean(run_walk(qtbot, demo_file, account, english))


@pytest.mark.parametrize("language", [FRENCH, ENGLISH])
def test_the_login_dialog(qtbot: QtBot, demo_file: DemoData, gui_app: QApplication, language: str) -> None:
    install_translators(gui_app, language)
    try:
        allowed = demo_file.allowed.union(workstation_paths())
        walk = Walk(qtbot, "(nobody)", language, allowed)
        dialog = LoginDialog(make_connector(), profile=prof.DEMO)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        walk.check("login", dialog)
        dialog.close()
    finally:
        install_translators(gui_app, FRENCH)
    assert walk.checked == ["login"]
    assert_clean(walk)


# ---- the walk and the rules find what they look for -------------------------------------------------------------


def test_the_walk_reports_each_text_with_its_widget_and_account(qtbot: QtBot, demo_file: DemoData) -> None:
    """Texts planted in the real window — a label, a cell of a table, a tool tip, a combo box item, a menu action —
    are each reported with the account, the screen, the widget's path and how it shows the text."""
    walk = Walk(qtbot, "courrier", FRENCH, demo_file.allowed.union(workstation_paths()))
    window = open_window(walk)
    screen = window.current_screen()
    assert screen is not None and walk.loaded("to_print", screen)
    walk.check("to_print", window)
    assert not walk.found, walk.report()  # the mail room's list as it opens

    label = QLabel("the line was masked and not imported", screen)
    label.setObjectName("probeLabel")
    table = QTableWidget(1, 1, screen)
    table.setObjectName("probeTable")
    table.setItem(0, 0, QTableWidgetItem("Échéance 2026-12-17"))
    box = QComboBox(screen)
    box.setObjectName("probeBox")
    box.addItems(["Adresse inconnue", "unknown_address"])
    box.setToolTip("Audit trail")
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    menu.addAction("decision.issued")
    for widget in (label, table, box):
        widget.show()
    walk.check("to_print", window)
    window.close()
    found = {(where.rsplit("/", 1)[-1], how, value, why) for where, how, value, why in walk.found}
    assert found == {
        ("QLabel#probeLabel", "text", "the line was masked and not imported",
         "English words ['and', 'imported', 'line', 'masked', 'not', 'the', 'was']"),
        ("QTableWidget#probeTable", "cell (0, 0)", "Échéance 2026-12-17", "ISO date ['2026-12-17']"),
        ("QComboBox#probeBox", "item 1", "unknown_address", "codes ['unknown_address']"),
        ("QComboBox#probeBox", "tool tip", "Audit trail", "untranslated (French: \"Journal d'audit\")"),
        ("Fichier", "menu action", "decision.issued", "codes ['decision.issued']"),
    }  # fmt: skip
    assert all(seen == ["courrier · to_print"] for seen in walk.found.values())
    assert "MainWindow#mainWindow/" in next(iter(walk.found))[0]
    assert "QLabel#probeLabel" in walk.report() and "seen: courrier · to_print" in walk.report()


# ---- the rules ---------------------------------------------------------------------------------------------------

ALLOWED = Allowed(
    whole=frozenset({'{"reference": "ED-2026-00006650", "ordered_at": "2026-11-26"}'}),
    parts=frozenset(
        {
            "Station Road",
            "Will",
            "jane.doe@example.com",
            "e-demarches-demo.jsonl",
            "ATT-RES",
            "3f0be21c9a",
            "/tmp/pytest-of-root/data/demo.sqlite",
            "payment.fee_chf",
        }
    ),
)


@pytest.mark.parametrize(
    ("shown", "problem"),
    [
        ("Droit d'être entendu : observations attendues jusqu'au 17.12.2026 (art. 41 LPA)", None),
        (
            "Right to be heard: comments expected by 2026-12-17 (LPA art. 41)",
            "ISO date ['2026-12-17']; English words ['be', 'by', 'comments', 'expected', 'heard', 'right', 'to']",
        ),
        ("Échéance : 2026-12-17", "ISO date ['2026-12-17']"),
        ("Audit trail", 'untranslated (French: "Journal d\'audit")'),
        ("&Print…", "untranslated (French: 'Imprimer…')"),  # a source, mnemonic aside
        ("motif : unknown_address · résultat : not_met", "codes ['not_met', 'unknown_address']"),
        ("decision.issued", "codes ['decision.issued']"),
        ("4 met, 1 not met, 1 unknown", "English words ['not', 'unknown']"),
        # data, exactly as stored: a street, a first name, an e-mail address, the intake file, a service code
        ("Station Road 12, London", None),
        ("Will Smith", None),
        ("Courriel : jane.doe@example.com", None),
        ("e-demarches-demo.jsonl, ligne 3", None),
        ("ATT-RES · Payée", None),
        ('{"reference": "ED-2026-00006650", "ordered_at": "2026-11-26"}', None),
        # …and only there
        ("The order will be shipped", "English words ['be', 'order', 'shipped', 'the', 'will']"),
        ("Station Road was closed", "English words ['closed', 'was']"),
        ('{"ordered_at": "2026-11-26"}', "ISO date ['2026-11-26']; codes ['ordered_at']"),
        ("Rue du Rhône 1, 1204 Genève — c/o Morand", None),
        ("par exemple db.ocpm.etat-ge.ch", None),  # a host name: not a code
        ("Base de données : /tmp/pytest-…/demo.sqlite", None),  # a stored value elided in its middle
        ("Base de données : /var/…/demo.sqlite", "English words ['demo']"),  # …not another
        ("Empreinte : 71ce0febe27c4462269122f895e5dc24af45311f0a5bed95128d0bc9d4f3aa4f", None),  # a SHA-256
        ("001755fd68de6df6 30005237b65386f0 aebfa67dd6186ca0 8592ae3d7ebd7520", None),  # in groups
        ("événement 198 (71ce0febe27c…)", None),  # shortened
        ("Empreinte : 3f0be21c9a", None),  # data
        ("Empreinte : 3f0be21c9b", "English words ['be']"),  # …only that
    ],
)
def test_the_french_rule(shown: str, problem: str | None) -> None:
    assert french_problem(shown, ALLOWED) == problem


@pytest.mark.parametrize(
    ("shown", "english_ok"),
    [
        ("Right to be heard: comments expected by 17.12.2026 (LPA art. 41)", True),
        ("Commande ED-2026-00000031", False),
        ("Journal d'audit", False),
        ("Due on 2026-12-17", False),
        ("Recommandé", False),  # the French of a message of the catalogue…
        ("Recommandé · R", True),  # …and a postal product of the reference data (French only)
        ("On hold: Attente d'une copie de la pièce d'identité", True),  # typed by a person: data
        ("On hold: Attente d'une copie de la pièce d'identité — follow-up 2026-12-17", False),  # a date all the same
        ("On hold: Attente de la procuration", False),  # not what was typed
        ("Will Smith", True),
        ("Personne domiciliée à Genève: Met", True),  # a condition's label (holding a town's name, data too)
    ],
)
def test_the_english_rule(shown: str, english_ok: bool) -> None:
    prose = {"Attente d'une copie de la pièce d'identité", "Recommandé · R", "Personne domiciliée à Genève"}
    allowed = ALLOWED.union(Allowed(parts=frozenset({"Genève"}), prose=frozenset(prose)))
    assert (english_problem(shown, allowed) is None) == english_ok, english_problem(shown, allowed)


def test_the_word_lists() -> None:
    cat = catalogue()
    assert {"the", "with", "order", "shipped", "heard", "expected", "comments"} <= cat.english_words
    assert not {"la", "le", "commande", "à", "de", "a", "on", "service", "date", "attestation"} & cat.english_words
    assert {"commande", "traiter", "le", "les", "de", "à", "expédiée"} <= cat.french_words
    assert not {"the", "order", "service", "date", "a"} & cat.french_words
