"""Initial schema: every table of DESIGN §5, and the lifecycle written from the domain.

Revision ID: 0001
Revises:
Create Date: 2026-11-26 15:08:56.325842

Alembic wrote it; ``_table`` now says once what each of its tables repeated: the names the naming convention of
``ocpm_desk.infrastructure.db.model_base`` gives constraints and indexes, and the order Alembic made them in (checks,
foreign keys, primary key, unique sets), which SQLite keeps in the table's definition.
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from ocpm_desk.infrastructure.migrations.lifecycle_sync import sync_lifecycle_transitions

# revision identifiers, used by Alembic.
revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

#: An index: one column (named ix_<table>_<column>), or a name and its columns.
_Index = str | tuple[str, list[str]]

#: Every table in the order created, with its indexes in the order created; the downgrade drops them in reverse.
_INDEXES: dict[str, tuple[_Index, ...]] = {
    "applicants": ("avs", "last_name"),
    "audit_events": (("ix_audit_events_entity", ["entity", "entity_id"]),),
    "calendar_closures": (),
    "deposit_lists": ("day",),
    "import_quarantine": ("line_sha256",),
    "lifecycle_transitions": (),
    "postal_products": (),
    "refusal_grounds": (),
    "register_persons": (),
    "services": (),
    "settings": (),
    "teams": (),
    "vat_rates": (),
    "condition_rule_sets": (),
    "fee_schedules": (),
    "postal_tariffs": (),
    "register_guardianships": ("guardian_id", "ward_id"),
    "register_residences": ("person_id",),
    "staff": (),
    "condition_rules": (),
    "orders": (
        "applicant_id", "concerned_person_id", ("ix_orders_assigned_to_status", ["assigned_to", "status"]),
        ("ix_orders_ordered_at_id", ["ordered_at", "id"]), ("ix_orders_service_code_status", ["service_code", "status"]),
        ("ix_orders_status_paid_at_id", ["status", "paid_at", "id"]),
    ),
    "staff_roles": (),
    "condition_results": ("order_id",),
    "correction_requests": ("order_id",),
    "decisions": ("order_id", "status"),
    "documents": ("order_id",),
    "order_events": ("occurred_at", "order_id"),
    "shipments": ("item_number", "order_id"),
    "decision_grounds": (),
    "tracking_events": ("item_number", "shipment_id"),
}  # fmt: skip


def _index(table: str, index: _Index) -> tuple[str, list[str]]:
    return (f"ix_{table}_{index}", [index]) if isinstance(index, str) else index


def _table(name: str, *columns: sa.Column[Any], checks: dict[str, str] | None = None,
           references: dict[str, str] | None = None, cascade: tuple[str, ...] = (), key: tuple[str, ...] = ("id",),
           unique: Sequence[tuple[str, ...]] = ()) -> None:
    """Create the table ``name`` and its indexes (``_INDEXES``). Its constraints, named by the convention, in this
    order: ``checks`` (name: SQL), ``references`` (column: the ``table.column`` it refers to; ``cascade``: those
    whose rows go with the row they refer to), the primary ``key``, the ``unique`` sets of columns."""
    op.create_table(
        name,
        *columns,
        *(sa.CheckConstraint(sql, name=op.f(f"ck_{name}_{check}")) for check, sql in (checks or {}).items()),
        *(sa.ForeignKeyConstraint([column], [target], name=op.f(f"fk_{name}_{column}_{target.split('.')[0]}"),
                                  ondelete="CASCADE" if column in cascade else None)
          for column, target in (references or {}).items()),
        sa.PrimaryKeyConstraint(*key, name=op.f(f"pk_{name}")),
        *(sa.UniqueConstraint(*columns, name=op.f(f"uq_{name}_{'_'.join(columns)}")) for columns in unique),
    )
    if _INDEXES[name]:
        with op.batch_alter_table(name, schema=None) as batch_op:
            for index in _INDEXES[name]:
                batch_op.create_index(*_index(name, index), unique=False)


def _id(name: str = "id", *, nullable: bool = False) -> sa.Column[Any]:
    """A row's id, or a reference to one."""
    return sa.Column(name, _ID, nullable=nullable)


def _str(name: str, length: int, *, nullable: bool = False) -> sa.Column[Any]:
    return sa.Column(name, sa.String(length=length), nullable=nullable)


def _text(name: str, *, nullable: bool = False) -> sa.Column[Any]:
    return sa.Column(name, sa.Text(), nullable=nullable)


def _int(name: str, *, nullable: bool = False) -> sa.Column[Any]:
    return sa.Column(name, sa.Integer(), nullable=nullable)


def _flag(name: str) -> sa.Column[Any]:
    return sa.Column(name, sa.Boolean(), nullable=False)


def _date(name: str, *, nullable: bool = False) -> sa.Column[Any]:
    return sa.Column(name, sa.Date(), nullable=nullable)


def _time(name: str, *, nullable: bool = False) -> sa.Column[Any]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _pdf(*, nullable: bool = False) -> sa.Column[Any]:
    return sa.Column("pdf", sa.LargeBinary(), nullable=nullable)


def _validity() -> tuple[sa.Column[Any], ...]:
    """The days a row is valid: from one, to another or for good."""
    return _date("valid_from"), _date("valid_to", nullable=True)


def _created() -> tuple[sa.Column[Any], ...]:
    return _time("created_at"), _str("created_by", 63)


def _person() -> tuple[sa.Column[Any], ...]:
    """Who a person is: AVS number, names, date of birth."""
    return _str("avs", 16), _str("last_name", 100), _str("first_name", 100), _date("birth_date")


def upgrade() -> None:
    """Upgrade schema."""
    _table("applicants", _id(), *_person(), _str("email", 254, nullable=True), _str("language", 2))
    _table(
        "audit_events",
        sa.Column("id", _ID, autoincrement=False, nullable=False),
        _time("occurred_at"),
        _str("actor", 63),
        _str("action", 60),
        _str("entity", 40),
        _str("entity_id", 40),
        _text("payload"),
        _str("prev_hash", 64),
        _str("hash", 64),
        unique=[("hash",)],
    )
    _table("calendar_closures", _date("day"), _str("label", 120), key=("day",))
    _table("deposit_lists", _id(), _date("day"), _pdf(), _str("sha256", 64), *_created())
    _table(
        "import_quarantine",
        _id(),
        _str("source", 255),
        _int("line_number"),
        _str("reference", 40, nullable=True),
        _text("line_masked"),
        _str("line_sha256", 64),
        _text("reasons"),
        _time("received_at"),
        _time("resolved_at", nullable=True),
        _str("resolved_by", 63, nullable=True),
        _text("resolution_note", nullable=True),
    )
    _table(
        "lifecycle_transitions",
        _id(),
        _str("from_status", 20, nullable=True),
        _str("to_status", 20),
        _str("action", 40),
        _str("role", 20),
        _str("qualifier", 20),
        _str("outcome", 20, nullable=True),
    )
    _table("postal_products", _str("code", 10), _str("label_fr", 120), _flag("registered"), _flag("international"),
           _flag("tracked"), key=("code",))
    _table(
        "refusal_grounds",
        _id(),
        _str("code", 40),
        *_validity(),
        _str("title", 200),
        _str("legal_basis", 200),
        _text("paragraph"),
        _str("condition_code", 40, nullable=True),
        unique=[("code", "valid_from")],
    )
    _table("register_persons", _id(), *_person(), _str("sex", 1), _str("nationality", 2), _flag("swiss_citizen"),
           _str("permit_type", 3, nullable=True), unique=[("avs",)])
    _table(
        "services",
        _str("code", 20),
        _str("label_fr", 200),
        _str("label_en", 200),
        _str("document_title", 200),
        _date("active_from"),
        _date("active_to", nullable=True),
        key=("code",),
    )
    _table("settings", _str("key", 80), _text("value"), key=("key",))
    _table("teams", _id(), _str("name", 80), unique=[("name",)])
    _table("vat_rates", _id(), *_validity(), _int("rate_bp"), unique=[("valid_from",)])
    _table("condition_rule_sets", _id(), _str("service_code", 20), *_validity(), _text("remedy"),
           references={"service_code": "services.code"}, unique=[("service_code", "valid_from")])
    _table(
        "fee_schedules",
        _id(),
        _str("service_code", 20),
        *_validity(),
        _int("fee_centimes"),
        _int("vat_rate_bp"),
        _str("legal_basis", 200),
        checks={"fee_non_negative": "fee_centimes >= 0"},
        references={"service_code": "services.code"},
        unique=[("service_code", "valid_from")],
    )
    _table("postal_tariffs", _id(), _str("product_code", 10), *_validity(), _int("price_centimes"),
           references={"product_code": "postal_products.code"}, unique=[("product_code", "valid_from")])
    _table("register_guardianships", _id(), _id("ward_id"), _id("guardian_id"), _str("kind", 20), *_validity(),
           references={"guardian_id": "register_persons.id", "ward_id": "register_persons.id"})
    _table(
        "register_residences",
        _id(),
        _id("person_id"),
        _str("street", 60),
        _str("house_number", 12, nullable=True),
        _str("zip_code", 4),
        _str("town", 40),
        _str("commune", 40),
        _date("arrived_on"),
        _date("departed_on", nullable=True),
        _str("departure_destination", 80, nullable=True),
        references={"person_id": "register_persons.id"},
    )
    _table(
        "staff",
        _str("username", 63),
        _str("display_name", 120),
        _id("team_id", nullable=True),
        _str("password_hash", 200, nullable=True),
        _flag("active"),
        _int("failed_logins"),
        _time("locked_until", nullable=True),
        _time("created_at"),
        references={"team_id": "teams.id"},
        key=("username",),
    )
    _table(
        "condition_rules",
        _id(),
        _id("rule_set_id"),
        _int("position"),
        _str("code", 40),
        _str("label", 200),
        _str("legal_basis", 200),
        _flag("mandatory"),
        _str("evaluator", 10),
        checks={"evaluator": "evaluator IN ('automatic', 'manual')"},
        references={"rule_set_id": "condition_rule_sets.id"},
        unique=[("rule_set_id", "code")],
    )
    _table(
        "orders",
        _id(),
        _str("reference", 16),
        _str("service_code", 20),
        _int("quantity"),
        _str("status", 20),
        _str("outcome", 20, nullable=True),
        _str("assigned_to", 63, nullable=True),
        _int("version"),
        _time("ordered_at"),
        _time("paid_at", nullable=True),
        _id("applicant_id"),
        _id("concerned_person_id", nullable=True),
        _str("delivery_product", 10),
        _str("addr_mr_mrs", 1, nullable=True),
        _str("addr_first_name", 100, nullable=True),
        _str("addr_last_name", 100),
        _str("addr_organisation", 100, nullable=True),
        _str("addr_line", 100, nullable=True),
        _str("addr_street", 100, nullable=True),
        _str("addr_house_number", 30, nullable=True),
        _str("addr_dwelling_number", 30, nullable=True),
        _str("addr_post_office_box", 30, nullable=True),
        _str("addr_swiss_zip_code", 10, nullable=True),
        _str("addr_foreign_zip_code", 30, nullable=True),
        _str("addr_town", 100),
        _str("addr_country", 2),
        _str("payment_brand", 12, nullable=True),
        _str("payment_provider_reference", 64, nullable=True),
        _int("fee_paid_centimes", nullable=True),
        _int("postage_paid_centimes", nullable=True),
        _id("fee_schedule_id", nullable=True),
        _id("postal_tariff_id", nullable=True),
        _id("rule_set_id", nullable=True),
        _text("hold_reason", nullable=True),
        _date("hold_until", nullable=True),
        _flag("clock_stopped"),
        _time("updated_at"),
        _str("updated_by", 63),
        checks={
            "assignee_iff_assigned_status":
                "(status IN ('in_review', 'on_hold', 'refusal_proposed')) = (assigned_to IS NOT NULL)",
            "outcome": "outcome IS NULL OR outcome IN ('granted', 'refused', 'withdrawn', 'cancelled')",
            "status": "status IN ('awaiting_payment', 'cancelled', 'paid', 'in_review', 'on_hold', 'refusal_proposed', "
                      "'refused', 'approved', 'ready_to_ship', 'shipped', 'delivered', 'returned', 'withdrawn')",
            "quantity": "quantity >= 1",
        },
        references={
            "applicant_id": "applicants.id",
            "assigned_to": "staff.username",
            "concerned_person_id": "applicants.id",
            "delivery_product": "postal_products.code",
            "fee_schedule_id": "fee_schedules.id",
            "postal_tariff_id": "postal_tariffs.id",
            "rule_set_id": "condition_rule_sets.id",
            "service_code": "services.code",
        },
        unique=[("reference",)],
    )
    _table(
        "staff_roles",
        _str("username", 63),
        _str("role", 20),
        checks={"role": "role IN ('caseworker', 'supervisor', 'mailroom', 'admin', 'auditor', 'intake')"},
        references={"username": "staff.username"},
        cascade=("username",),
        key=("username", "role"),
    )
    _table(
        "condition_results",
        _id(),
        _id("order_id"),
        _id("rule_id"),
        _str("result", 10),
        _text("evidence", nullable=True),
        _str("evaluated_by", 63),
        _time("evaluated_at"),
        _str("override_result", 10, nullable=True),
        _text("override_justification", nullable=True),
        _str("overridden_by", 63, nullable=True),
        _time("overridden_at", nullable=True),
        checks={"result": "result IN ('met', 'not_met', 'unknown')"},
        references={"order_id": "orders.id", "rule_id": "condition_rules.id"},
        unique=[("order_id", "rule_id")],
    )
    _table(
        "correction_requests",
        _id(),
        _id("order_id"),
        _date("received_on"),
        _text("description"),
        _str("attributable_to", 10),
        _str("recorded_by", 63),
        _time("recorded_at"),
        checks={"attributable_to": "attributable_to IN ('ocpm', 'applicant')"},
        references={"order_id": "orders.id"},
    )
    _table(
        "decisions",
        _id(),
        _id("order_id"),
        _str("number", 20),
        _str("status", 12),
        _str("author", 63),
        _str("approver", 63, nullable=True),
        _str("hearing", 12),
        _text("hearing_note", nullable=True),
        _text("content"),
        _str("content_sha256", 64),
        _pdf(nullable=True),
        _str("pdf_sha256", 64, nullable=True),
        _time("proposed_at"),
        _time("decided_at", nullable=True),
        _text("return_comment", nullable=True),
        checks={
            "hearing": "hearing IN ('letter_sent', 'not_needed')",
            "status": "status IN ('proposed', 'returned', 'issued', 'withdrawn')",
            "four_eyes": "approver IS NULL OR approver <> author",
        },
        references={"order_id": "orders.id"},
        unique=[("number",)],
    )
    _table("documents", _id(), _id("order_id"), _str("kind", 20), _pdf(), _str("sha256", 64), *_created(),
           checks={"kind": "kind IN ('attestation', 'hearing_letter')"}, references={"order_id": "orders.id"})
    _table(
        "order_events",
        _id(),
        _id("order_id"),
        _time("occurred_at"),
        _str("actor", 63),
        _str("action", 40),
        _str("from_status", 20, nullable=True),
        _str("to_status", 20, nullable=True),
        _text("note", nullable=True),
        references={"order_id": "orders.id"},
    )
    _table(
        "shipments",
        _id(),
        _id("order_id"),
        _str("content", 20),
        _str("product", 10),
        _str("item_number", 30, nullable=True),
        _time("shipped_at"),
        _str("shipped_by", 63),
        _str("status", 12),
        _str("return_reason", 20, nullable=True),
        _date("first_attempt_on", nullable=True),
        _date("delivered_on", nullable=True),
        _date("notified_on", nullable=True),
        _id("deposit_list_id", nullable=True),
        checks={
            "content": "content IN ('attestation', 'decision', 'hearing_letter')",
            "return_reason":
                "return_reason IS NULL OR return_reason IN ('not_collected', 'unknown_address', 'refused', 'moved', "
                "'other')",
            "status": "status IN ('shipped', 'delivered', 'returned')",
        },
        references={"deposit_list_id": "deposit_lists.id", "order_id": "orders.id", "product": "postal_products.code"},
    )
    _table("decision_grounds", _id("decision_id"), _id("ground_id"), _int("position"),
           references={"decision_id": "decisions.id", "ground_id": "refusal_grounds.id"},
           key=("decision_id", "ground_id"))
    _table(
        "tracking_events",
        _id(),
        _id("shipment_id", nullable=True),
        _str("item_number", 30),
        _time("occurred_at"),
        _str("event", 40),
        _text("detail", nullable=True),
        _str("recorded_by", 63),
        references={"shipment_id": "shipments.id"},
    )
    sync_lifecycle_transitions(op.get_bind())


def downgrade() -> None:
    """Downgrade schema."""
    for table, indexes in reversed(_INDEXES.items()):
        if indexes:
            with op.batch_alter_table(table, schema=None) as batch_op:
                for index in reversed(indexes):
                    batch_op.drop_index(_index(table, index)[0])
        op.drop_table(table)
