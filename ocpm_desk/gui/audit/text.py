"""What the audit trail says of an event on screen (issue 17): its details in a line, each payload value as people
read it — and the one place the model, the screen and the tests name every audit text from.

Audit events are chained and never rewritten: an existing database holds every action and payload the services, the
migrations and the database's own triggers ever wrote, so the journal names them through fixed tables — the
actions', the entities' and the system's actors' and the reference codes' (``gui.audit.vocabulary``), the payload
keys' and the row-audited columns' (``gui.audit.fields``) — and says here the
values that are codes by their labels (statuses, results, contents, products, roles, grounds, conditions…), days and
moments the Swiss way in Geneva time, amounts in CHF. What a person typed (a comment, a justification, a file name)
is shown as it was typed; a code these tables do not know is shown as it is rather than hidden.
``tests/gui/test_audit_text.py`` fails when an action or a key the code writes has no label.

The tables hold English source strings marked for the French catalogue (contexts ``AuditAction``, ``AuditField``,
``AuditColumn``, ``AuditEntity``, ``AuditCode``; this module's own words ``AuditModel``); they are translated when an
event is described, so that a language switch applies to the next search.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from ocpm_desk.features.audit.api import AuditRow
from ocpm_desk.gui.audit.fields import COLUMNS, FIELDS, HIDDEN_FIELDS, ID_FIELDS, column_label, payload_field_label
from ocpm_desk.gui.audit.vocabulary import (
    ACTIONS,
    ATTRIBUTABLE,
    CODE,
    CONDITIONS,
    GROUNDS,
    LEGACY_ACTIONS,
    PRODUCTS,
    RENDERER_PARTS,
    REQUEST_KINDS,
    ROW_OPERATIONS,
    TABLES,
    action_filter_choices,
    action_label,
    entity_text,
    filter_text,
    person_text,
    role_text,
    status_text,
    table_label,
)
from ocpm_desk.gui.formatting import format_chf, format_count, format_date
from ocpm_desk.gui.labels import in_sentence
from ocpm_desk.gui.stored_text import content_label, field_label, hearing_mode_label, result_label, return_reason_label
from ocpm_desk.kernel.calendar import GENEVA

#: The names of the audit texts, wherever their table lives (the model, the screen and the tests read them here).
__all__ = [
    "ACTIONS", "COLUMNS", "FIELDS", "LEGACY_ACTIONS", "ROW_OPERATIONS", "TABLES", "action_filter_choices",
    "action_label", "column_label", "describe_payload", "entity_text", "format_moment", "payload_field_label",
    "person_text", "status_text", "table_label",
]  # fmt: skip

#: Hexadecimal digits of a fingerprint shown (the whole payload is in the cell's tooltip).
HASH_SHOWN = 12
#: Items of a list shown before "and N more".
LIST_SHOWN = 10
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_HEX = re.compile(r"[0-9a-f]{40,}")


def format_moment(value: datetime) -> str:
    """``26.11.2026 14:05:09`` in Geneva time, whatever the workstation's time zone (when an event occurred)."""
    local = value.astimezone(GENEVA) if value.tzinfo is not None else value
    return local.strftime("%d.%m.%Y %H:%M:%S")


def _yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("AuditModel", "yes")
    return QCoreApplication.translate("AuditModel", "no")


def _count(value: object) -> str:
    return format_count(value) if isinstance(value, int) and not isinstance(value, bool) else _plain(value)


def _day(value: object) -> str:
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            return value
    return _plain(value)


def _moment(text: str) -> str:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    local = moment.astimezone(GENEVA) if moment.tzinfo is not None else moment
    return local.strftime("%d.%m.%Y %H:%M")


def _hash(value: object) -> str:
    text = str(value)
    return f"{text[:HASH_SHOWN]}…" if len(text) > HASH_SHOWN else text


def _plain(value: object) -> str:
    """A value without a kind of its own: yes/no, Swiss days and moments, fingerprints shortened, lists joined."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return _yes_no(value)
    if isinstance(value, list):
        return _listed([_plain(v) for v in value])
    if isinstance(value, dict):
        return ", ".join(f"{k} {_plain(v)}" for k, v in value.items())
    if isinstance(value, str):
        if _ISO_DAY.fullmatch(value):
            return _day(value)
        if _ISO_MOMENT.match(value):
            return _moment(value)
        if _HEX.fullmatch(value):
            return _hash(value)
    return str(value)


def _listed(items: Sequence[str]) -> str:
    if len(items) <= LIST_SHOWN:
        return ", ".join(items)
    more = QCoreApplication.translate("AuditModel", "and {count} more").format(
        count=format_count(len(items) - LIST_SHOWN)
    )
    return f"{', '.join(items[:LIST_SHOWN])} {more}"


def _each(value: object, say: Callable[[object], str]) -> str:
    return _listed([say(v) for v in value]) if isinstance(value, list) else say(value)


def _document(key: object) -> str:
    """``document:18`` / ``decision:3`` (a print batch's documents, ``mailroom._item``)."""
    kind, _, number = str(key).partition(":")
    return entity_text(kind, number) if number else str(key)


def _destination(value: object) -> str:
    """A PDF file (``file:<path>``) or a CUPS printer's name (``adapters/printing``)."""
    text = str(value)
    if text.startswith("file:"):
        return QCoreApplication.translate("AuditModel", "PDF file {path}").format(path=text.removeprefix("file:"))
    return QCoreApplication.translate("AuditModel", "printer {name}").format(name=text)


def _renderer(value: object) -> str:
    """``reportlab=4.2.5 accel=0.9 zlib=1.3 fonts=<hash> template=2 letterhead=<hash>`` part by part."""
    parts = []
    for part in str(value).split():
        name, sep, shown = part.partition("=")
        source = RENDERER_PARTS.get(name)
        if not sep or source is None:
            parts.append(part)
            continue
        shown = _hash(shown) if _HEX.fullmatch(shown) else shown
        parts.append(QCoreApplication.translate(CODE, source).format(value=shown))
    return ", ".join(parts)


def _signature(value: object) -> str:
    if not isinstance(value, dict):
        return _plain(value)
    return QCoreApplication.translate("AuditModel", "{name}, {title}, signed on {date}").format(
        name=value.get("name", "—"), title=value.get("title", "—"), date=_day(value.get("signed_on"))
    )


def _confirmed(value: object) -> str:
    """``create:caseworker,admin``, ``grant:auditor``, ``reactivate`` (``ocpm_confirm_staff``)."""
    kind, _, roles = str(value).partition(":")
    text = REQUEST_KINDS(str(kind))
    if roles:
        text += f" ({', '.join(role_text(r) for r in roles.split(','))})"
    return text


def _counts(value: object, name: Callable[[str], str]) -> str:
    if not isinstance(value, dict):
        return _plain(value)
    return _listed([f"{name(str(k))} {_count(v)}" for k, v in value.items()])


#: How a key's value is said when it is a code, a day, an amount… (anything else: ``_plain``).
_SAYS: Mapping[str, Callable[[object], str]] = {
    "roles": role_text, "role": role_text,
    "content": lambda v: content_label(str(v)),
    "product": lambda v: PRODUCTS(str(v)),
    "grounds": lambda v: GROUNDS(str(v)),
    "code": lambda v: CONDITIONS(str(v)),
    "hearing": lambda v: hearing_mode_label(str(v)),
    "result": lambda v: result_label(None if v is None else str(v)),
    "override": lambda v: result_label(str(v)),
    "previous": lambda v: result_label(None if v is None else str(v)),
    "removed": lambda v: result_label(str(v)),
    "address_fields_changed": lambda v: in_sentence(field_label(str(v))),
    "attributable_to": lambda v: ATTRIBUTABLE(str(v)),
    "kind": lambda v: REQUEST_KINDS(str(v)),
    "confirmed": _confirmed,
    "documents": _document,
    "destination": _destination,
    "renderer": _renderer,
    "signature": _signature,
    "postage_centimes": lambda v: format_chf(v) if isinstance(v, int) else _plain(v),
    "action": lambda v: filter_text(str(v)),
    "statuses": lambda v: _counts(v, lambda s: status_text(s)),
    "rows": lambda v: _counts(v, table_label),
    "day": _day, "reply_by": _day, "received_on": _day, "today": _day, "date_from": _day, "date_to": _day,
    "content_sha256": _hash, "pdf_sha256": _hash, "sha256": _hash,
    **{key: _count for key in ("items", "pages", "lines", "delivered", "recorded", "unknown", "rejected", "orders",
                               "orders_deleted", "replaced_orders", "reference_rows_changed", "rows_changed",
                               "unchanged", "found", "met", "not_met")},
}  # fmt: skip
#: Keys whose value a person typed or a system named (a reason, a file, an error): shown exactly as stored.
VERBATIM_FIELDS = frozenset({"comment", "note", "justification", "source", "error", "item_number", "number",
                             "reference", "order_reference", "actor", "author", "previous_author"})  # fmt: skip
#: Keys whose value a person typed in some actions only (elsewhere it is a code).
VERBATIM_IN: Mapping[str, frozenset[str]] = {"order.hearing_not_needed": frozenset({"reason"})}


def _value_text(action: str, key: str, value: object) -> str:
    if key in VERBATIM_FIELDS or key in VERBATIM_IN.get(action, ()):
        return "—" if value is None else str(value)
    if key == "reason":
        return return_reason_label(None if value is None else str(value))
    say = _SAYS.get(key)
    if say is None:
        return _plain(value)
    if isinstance(value, list) and key not in ("statuses", "rows"):
        return _each(value, say)
    return say(value)


def describe_payload(row: AuditRow) -> str:
    """The event's details in a line: what it is about when not an order, a status move with its names, then the
    other keys of the payload, each with its label and its value as people read it."""
    try:
        data = json.loads(row.payload) if row.payload else {}
    except ValueError:
        return row.payload
    parts: list[str] = []
    if not row.order_reference and row.entity_id != row.actor:
        subject = entity_text(row.entity, row.entity_id)
        if subject:
            parts.append(subject)
    if not isinstance(data, dict):
        parts.append(_plain(data))
        return " · ".join(parts)
    action, entity = row.action, row.entity
    if action == "order.reassign":
        before, after = data.pop("from", None), data.pop("to", None)
        parts.append(f"{before or '—'} → {after or '—'}")
    else:
        subject_kind = entity if action.startswith("row.") else "order"
        if "from" in data and "to" in data:
            before, after = data.pop("from"), data.pop("to")
            moved = f"{status_text(before, subject_kind)} → {status_text(after, subject_kind)}"
            parts.append(moved if before is not None else status_text(after, subject_kind))
        elif data.get("to") is not None:
            parts.append(_pair(payload_field_label("to", action), status_text(data.pop("to"), subject_kind)))
        if isinstance(data.get("status"), str):
            parts.append(status_text(data.pop("status"), subject_kind))
    if data.get("reference") == row.order_reference:
        data.pop("reference", None)
    assigned = data.pop("assigned_to", None)
    if assigned:
        parts.append(QCoreApplication.translate("AuditModel", "assigned to {person}").format(person=assigned))
    if "found" in data:
        parts.append(QCoreApplication.translate("AuditModel", "{count} found").format(count=_count(data.pop("found"))))
    for key, value in data.items():
        if key in HIDDEN_FIELDS or value is None or value == "" or value == [] or value == {}:
            continue
        if key in ID_FIELDS:
            parts.append(payload_field_label(key, action).format(id=value))
            continue
        if key == "columns":
            shown = _listed([column_label(str(c)) for c in value]) if isinstance(value, list) else _plain(value)
        else:
            shown = _value_text(action, key, value)
        parts.append(_pair(payload_field_label(key, action), shown))
    return " · ".join(parts)


def _pair(label: str, value: str) -> str:
    return QCoreApplication.translate("AuditModel", "{label}: {value}").format(label=label, value=value)
