"""SQLAlchemy 2 mapping of the central database (DESIGN §5).

Table and column names are a contract: the web platform writes orders, reporting reads them. The same tables and
columns exist on SQLite and PostgreSQL; PostgreSQL adds only roles, grants, functions and triggers. Money is in
integer centimes, VAT rates in basis points (810 = 8.10 %), hashes lowercase hex, people by ``staff.username``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from ocpm_desk.kernel.lifecycle import Outcome, Status

NAMING = {
    "ix": "ix_%(column_0_N_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# BIGINT ids on PostgreSQL; INTEGER PRIMARY KEY (rowid) on SQLite so that autoincrement works there.
Id = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes stored in UTC on both databases (SQLite keeps no offset: it is added back on read)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: OCPM Desk stores only aware datetimes")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


TZDateTime = UTCDateTime()


def _in(column: str, values: list[str]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


STATUSES = [s.value for s in Status]
OUTCOMES = [o.value for o in Outcome]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# --------------------------------------------------------------------------------------------- people and roles
class Team(Base):
    __tablename__ = "teams"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)


class Staff(Base):
    __tablename__ = "staff"
    username: Mapped[str] = mapped_column(String(63), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(120))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    # argon2 hash for local (SQLite) accounts; NULL on PostgreSQL, where the server checks passwords.
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(TZDateTime)
    created_at: Mapped[datetime] = mapped_column(TZDateTime)
    # SQLite: a password set by someone else is one-time — valid until then, replaced at the first login (on
    # PostgreSQL the login role's VALID UNTIL says the same)
    password_expires_at: Mapped[datetime | None] = mapped_column(TZDateTime)
    roles: Mapped[list[StaffRole]] = relationship(cascade="all, delete-orphan", lazy="selectin")


class StaffRole(Base):
    """Roles of local accounts; on PostgreSQL the group-role memberships are authoritative."""

    __tablename__ = "staff_roles"
    username: Mapped[str] = mapped_column(ForeignKey("staff.username", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(20), primary_key=True)
    __table_args__ = (CheckConstraint(_in("role", ["caseworker", "supervisor", "mailroom", "admin", "auditor",
                                                    "intake"]), name="role"),)


class StaffRequest(Base):
    """What gives a role (a new account, a role added, a reactivation) and who asked and confirmed it: it takes
    effect when a second administrator confirms it (PostgreSQL; on SQLite the CLI acts at once)."""

    __tablename__ = "staff_requests"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    username: Mapped[str] = mapped_column(String(63), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    roles: Mapped[str | None] = mapped_column(String(120))  # comma-separated
    display_name: Mapped[str | None] = mapped_column(String(120))
    requested_by: Mapped[str] = mapped_column(String(63))
    requested_at: Mapped[datetime] = mapped_column(TZDateTime)
    confirmed_by: Mapped[str | None] = mapped_column(String(63))
    confirmed_at: Mapped[datetime | None] = mapped_column(TZDateTime)
    __table_args__ = (CheckConstraint(_in("kind", ["create", "grant", "reactivate"]), name="kind"),)


# --------------------------------------------------------------------------------------------- reference data
class Service(Base):
    __tablename__ = "services"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    label_fr: Mapped[str] = mapped_column(String(200))
    label_en: Mapped[str] = mapped_column(String(200))
    document_title: Mapped[str] = mapped_column(String(200))
    active_from: Mapped[date] = mapped_column(Date)
    active_to: Mapped[date | None] = mapped_column(Date)


class VatRate(Base):
    __tablename__ = "vat_rates"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    valid_from: Mapped[date] = mapped_column(Date, unique=True)
    valid_to: Mapped[date | None] = mapped_column(Date)
    rate_bp: Mapped[int] = mapped_column(Integer)


class FeeSchedule(Base):
    __tablename__ = "fee_schedules"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    service_code: Mapped[str] = mapped_column(ForeignKey("services.code"))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    fee_centimes: Mapped[int] = mapped_column(Integer)
    vat_rate_bp: Mapped[int] = mapped_column(Integer)
    legal_basis: Mapped[str] = mapped_column(String(200))
    __table_args__ = (
        UniqueConstraint("service_code", "valid_from"),
        CheckConstraint("fee_centimes >= 0", name="fee_non_negative"),
    )


class PostalProduct(Base):
    __tablename__ = "postal_products"
    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    label_fr: Mapped[str] = mapped_column(String(120))
    registered: Mapped[bool] = mapped_column(Boolean)
    international: Mapped[bool] = mapped_column(Boolean)
    tracked: Mapped[bool] = mapped_column(Boolean)


class PostalTariff(Base):
    __tablename__ = "postal_tariffs"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    product_code: Mapped[str] = mapped_column(ForeignKey("postal_products.code"))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    price_centimes: Mapped[int] = mapped_column(Integer)
    __table_args__ = (UniqueConstraint("product_code", "valid_from"),)


class ConditionRuleSet(Base):
    __tablename__ = "condition_rule_sets"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    service_code: Mapped[str] = mapped_column(ForeignKey("services.code"))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    remedy: Mapped[str] = mapped_column(Text)  # "Voies de recours" text of decisions under this set
    __table_args__ = (UniqueConstraint("service_code", "valid_from"),)
    rules: Mapped[list[ConditionRule]] = relationship(order_by="ConditionRule.position")


class ConditionRule(Base):
    __tablename__ = "condition_rules"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    rule_set_id: Mapped[int] = mapped_column(ForeignKey("condition_rule_sets.id"))
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(200))
    legal_basis: Mapped[str] = mapped_column(String(200))
    mandatory: Mapped[bool] = mapped_column(Boolean)
    evaluator: Mapped[str] = mapped_column(String(10))
    __table_args__ = (
        UniqueConstraint("rule_set_id", "code"),
        CheckConstraint(_in("evaluator", ["automatic", "manual"]), name="evaluator"),
    )


class RefusalGround(Base):
    __tablename__ = "refusal_grounds"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    code: Mapped[str] = mapped_column(String(40))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(200))
    legal_basis: Mapped[str] = mapped_column(String(200))
    paragraph: Mapped[str] = mapped_column(Text)  # with {placeholders} filled from the order
    condition_code: Mapped[str | None] = mapped_column(String(40))
    __table_args__ = (UniqueConstraint("code", "valid_from"),)


class CalendarClosure(Base):
    __tablename__ = "calendar_closures"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    label: Mapped[str] = mapped_column(String(120))


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON text


class LifecycleTransition(Base):
    """Written from ``ocpm_desk.kernel.lifecycle`` by the migrations; never edited by hand."""

    __tablename__ = "lifecycle_transitions"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(20))
    qualifier: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str | None] = mapped_column(String(20))


# --------------------------------------------------------------------------------------------- population register
class RegisterPerson(Base):
    """OCPM's population register: read by the conditions, never changed by OCPM Desk."""

    __tablename__ = "register_persons"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    avs: Mapped[str] = mapped_column(String(16), unique=True)
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1))
    nationality: Mapped[str] = mapped_column(String(2))
    swiss_citizen: Mapped[bool] = mapped_column(Boolean)
    permit_type: Mapped[str | None] = mapped_column(String(3))  # L, B, C, Ci, N, F, S; NULL for Swiss citizens


class RegisterResidence(Base):
    __tablename__ = "register_residences"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("register_persons.id"), index=True)
    street: Mapped[str] = mapped_column(String(60))
    house_number: Mapped[str | None] = mapped_column(String(12))
    zip_code: Mapped[str] = mapped_column(String(4))
    town: Mapped[str] = mapped_column(String(40))
    commune: Mapped[str] = mapped_column(String(40))
    arrived_on: Mapped[date] = mapped_column(Date)
    departed_on: Mapped[date | None] = mapped_column(Date)
    departure_destination: Mapped[str | None] = mapped_column(String(80))


class RegisterGuardianship(Base):
    __tablename__ = "register_guardianships"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    ward_id: Mapped[int] = mapped_column(ForeignKey("register_persons.id"), index=True)
    guardian_id: Mapped[int] = mapped_column(ForeignKey("register_persons.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # parent, guardian (tuteur/curateur)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)


# --------------------------------------------------------------------------------------------- orders
class Applicant(Base):
    """A person as the web platform gave them (applicant or person concerned), not the register's record."""

    __tablename__ = "applicants"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    avs: Mapped[str] = mapped_column(String(16), index=True)
    last_name: Mapped[str] = mapped_column(String(100), index=True)
    first_name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[date] = mapped_column(Date)
    email: Mapped[str | None] = mapped_column(String(254))
    language: Mapped[str] = mapped_column(String(2))


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    reference: Mapped[str] = mapped_column(String(16), unique=True)
    service_code: Mapped[str] = mapped_column(ForeignKey("services.code"))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str | None] = mapped_column(String(20))
    assigned_to: Mapped[str | None] = mapped_column(ForeignKey("staff.username"))
    version: Mapped[int] = mapped_column(Integer, default=1)
    ordered_at: Mapped[datetime] = mapped_column(TZDateTime)
    paid_at: Mapped[datetime | None] = mapped_column(TZDateTime)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id"))
    concerned_person_id: Mapped[int | None] = mapped_column(ForeignKey("applicants.id"))
    # delivery (eCH-0010 postal address)
    delivery_product: Mapped[str] = mapped_column(ForeignKey("postal_products.code"))
    addr_mr_mrs: Mapped[str | None] = mapped_column(String(1))
    addr_first_name: Mapped[str | None] = mapped_column(String(100))
    addr_last_name: Mapped[str] = mapped_column(String(100))
    addr_organisation: Mapped[str | None] = mapped_column(String(100))
    addr_line: Mapped[str | None] = mapped_column(String(100))
    addr_street: Mapped[str | None] = mapped_column(String(100))
    addr_house_number: Mapped[str | None] = mapped_column(String(30))
    addr_dwelling_number: Mapped[str | None] = mapped_column(String(30))
    addr_post_office_box: Mapped[str | None] = mapped_column(String(30))
    addr_swiss_zip_code: Mapped[str | None] = mapped_column(String(10))
    addr_foreign_zip_code: Mapped[str | None] = mapped_column(String(30))
    addr_town: Mapped[str] = mapped_column(String(100))
    addr_country: Mapped[str] = mapped_column(String(2))
    # payment: brand and provider reference only, never a card number (G10)
    payment_brand: Mapped[str | None] = mapped_column(String(12))
    payment_provider_reference: Mapped[str | None] = mapped_column(String(64))
    fee_paid_centimes: Mapped[int | None] = mapped_column(Integer)
    postage_paid_centimes: Mapped[int | None] = mapped_column(Integer)
    # versions in force at paid_at (G3)
    fee_schedule_id: Mapped[int | None] = mapped_column(ForeignKey("fee_schedules.id"))
    postal_tariff_id: Mapped[int | None] = mapped_column(ForeignKey("postal_tariffs.id"))
    rule_set_id: Mapped[int | None] = mapped_column(ForeignKey("condition_rule_sets.id"))
    # hold
    hold_reason: Mapped[str | None] = mapped_column(Text)
    hold_until: Mapped[date | None] = mapped_column(Date)
    clock_stopped: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(TZDateTime)
    updated_by: Mapped[str] = mapped_column(String(63))
    # orders received through import-orders: one short SHA-256 per part of the record (migration 0010)
    intake_digest: Mapped[str | None] = mapped_column(Text)

    applicant: Mapped[Applicant] = relationship(foreign_keys=[applicant_id])
    concerned_person: Mapped[Applicant | None] = relationship(foreign_keys=[concerned_person_id])
    events: Mapped[list[OrderEvent]] = relationship(back_populates="order", order_by="OrderEvent.id")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint(_in("status", STATUSES), name="status"),
        CheckConstraint(f"outcome IS NULL OR {_in('outcome', OUTCOMES)}", name="outcome"),
        CheckConstraint("quantity >= 1", name="quantity"),
        CheckConstraint(
            "(status IN ('in_review', 'on_hold', 'refusal_proposed')) = (assigned_to IS NOT NULL)",
            name="assignee_iff_assigned_status",
        ),
        # queues: "À traiter" (paid, oldest first), "Mes dossiers", "En attente"; keyset paging on (key, id)
        Index("ix_orders_status_paid_at_id", "status", "paid_at", "id"),
        Index("ix_orders_assigned_to_status", "assigned_to", "status"),
        Index("ix_orders_ordered_at_id", "ordered_at", "id"),
        Index("ix_orders_status_ordered_at", "status", "ordered_at"),  # the overview's delivery clock (0011)
        Index("ix_orders_service_code_status_paid_at_id", "service_code", "status", "paid_at", "id"),
        Index("ix_orders_status_reference_id", "status", "reference", "id"),
        Index("ix_orders_applicant_id", "applicant_id"),
        Index("ix_orders_concerned_person_id", "concerned_person_id"),
    )


class OrderEvent(Base):
    __tablename__ = "order_events"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    occurred_at: Mapped[datetime] = mapped_column(TZDateTime)
    actor: Mapped[str] = mapped_column(String(63))
    action: Mapped[str] = mapped_column(String(40))
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    order: Mapped[Order] = relationship(back_populates="events")
    __table_args__ = (Index("ix_order_events_occurred_at", "occurred_at"),)


class ConditionResult(Base):
    __tablename__ = "condition_results"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    rule_id: Mapped[int] = mapped_column(ForeignKey("condition_rules.id"))
    result: Mapped[str] = mapped_column(String(10))
    evidence: Mapped[str | None] = mapped_column(Text)  # JSON: field-by-field comparison etc.
    evaluated_by: Mapped[str] = mapped_column(String(63))
    evaluated_at: Mapped[datetime] = mapped_column(TZDateTime)
    override_result: Mapped[str | None] = mapped_column(String(10))
    override_justification: Mapped[str | None] = mapped_column(Text)
    overridden_by: Mapped[str | None] = mapped_column(String(63))
    overridden_at: Mapped[datetime | None] = mapped_column(TZDateTime)
    __table_args__ = (
        UniqueConstraint("order_id", "rule_id"),
        CheckConstraint(_in("result", ["met", "not_met", "unknown"]), name="result"),
    )


class Decision(Base):
    """A refusal, one row per version: a draft (autosaved by its author), a proposal (``approver`` and ``pdf`` NULL),
    a returned proposal, or the issued decision (number, approver, PDF and its hash; never changed again)."""

    __tablename__ = "decisions"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    number: Mapped[str | None] = mapped_column(String(20), unique=True)
    status: Mapped[str] = mapped_column(String(12))
    author: Mapped[str] = mapped_column(String(63))
    approver: Mapped[str | None] = mapped_column(String(63))
    hearing: Mapped[str | None] = mapped_column(String(12))  # letter_sent | not_needed (NULL on a draft)
    hearing_note: Mapped[str | None] = mapped_column(Text)
    content: Mapped[str] = mapped_column(Text)  # canonical JSON of the letter body (ocpm_desk.kernel.letters)
    content_sha256: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    proposed_at: Mapped[datetime | None] = mapped_column(TZDateTime)
    decided_at: Mapped[datetime | None] = mapped_column(TZDateTime)
    return_comment: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime | None] = mapped_column(TZDateTime)  # last autosave of a draft
    __table_args__ = (
        CheckConstraint(_in("status", ["draft", "proposed", "returned", "issued", "withdrawn"]), name="status"),
        CheckConstraint(_in("hearing", ["letter_sent", "not_needed"]), name="hearing"),
        CheckConstraint("approver IS NULL OR approver <> author", name="four_eyes"),
        CheckConstraint(
            "status <> 'issued' OR (number IS NOT NULL AND approver IS NOT NULL AND pdf IS NOT NULL "
            "AND pdf_sha256 IS NOT NULL AND decided_at IS NOT NULL)",
            name="issued_complete",
        ),
        CheckConstraint("status IN ('draft', 'withdrawn') OR (hearing IS NOT NULL AND proposed_at IS NOT NULL)",
                        name="proposal_heard"),  # a withdrawn draft was never proposed
        Index("ix_decisions_status", "status"),
        Index("uq_decisions_open_per_order", "order_id", unique=True,
              sqlite_where=text("status IN ('draft', 'proposed')"),
              postgresql_where=text("status IN ('draft', 'proposed')")),
    )


class DecisionGround(Base):
    __tablename__ = "decision_grounds"
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id"), primary_key=True)
    ground_id: Mapped[int] = mapped_column(ForeignKey("refusal_grounds.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")  # the final paragraph as printed


class Hearing(Base):
    """The right to be heard before a refusal (LPA art. 41): a hearing letter sent, or why it is not needed."""

    __tablename__ = "hearings"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    mode: Mapped[str] = mapped_column(String(12))  # letter | not_needed
    reason: Mapped[str | None] = mapped_column(Text)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    sent_on: Mapped[date | None] = mapped_column(Date)
    reply_by: Mapped[date | None] = mapped_column(Date)
    answer: Mapped[str | None] = mapped_column(Text)  # "" when no answer came in time
    answered_on: Mapped[date | None] = mapped_column(Date)
    answer_recorded_by: Mapped[str | None] = mapped_column(String(63))
    answer_recorded_at: Mapped[datetime | None] = mapped_column(TZDateTime)
    recorded_at: Mapped[datetime] = mapped_column(TZDateTime)
    recorded_by: Mapped[str] = mapped_column(String(63))
    __table_args__ = (
        CheckConstraint(_in("mode", ["letter", "not_needed"]), name="mode"),
        CheckConstraint(
            "(mode = 'letter' AND document_id IS NOT NULL AND sent_on IS NOT NULL AND reply_by IS NOT NULL) "
            "OR (mode = 'not_needed' AND reason IS NOT NULL)",
            name="mode_complete",
        ),
    )


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(TZDateTime)
    created_by: Mapped[str] = mapped_column(String(63))
    printed_at: Mapped[datetime | None] = mapped_column(TZDateTime)  # a print job holding it was accepted
    printed_by: Mapped[str | None] = mapped_column(String(63))
    __table_args__ = (CheckConstraint(_in("kind", ["attestation", "hearing_letter"]), name="kind"),)


class DepositList(Base):
    __tablename__ = "deposit_lists"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(TZDateTime)
    created_by: Mapped[str] = mapped_column(String(63))


class Shipment(Base):
    __tablename__ = "shipments"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    content: Mapped[str] = mapped_column(String(20))
    product: Mapped[str] = mapped_column(ForeignKey("postal_products.code"))
    item_number: Mapped[str | None] = mapped_column(String(30), index=True)
    shipped_at: Mapped[datetime] = mapped_column(TZDateTime)
    shipped_by: Mapped[str] = mapped_column(String(63))
    status: Mapped[str] = mapped_column(String(12))
    return_reason: Mapped[str | None] = mapped_column(String(20))
    first_attempt_on: Mapped[date | None] = mapped_column(Date)
    delivered_on: Mapped[date | None] = mapped_column(Date)
    notified_on: Mapped[date | None] = mapped_column(Date)
    deposit_list_id: Mapped[int | None] = mapped_column(ForeignKey("deposit_lists.id"))
    __table_args__ = (
        CheckConstraint(_in("content", ["attestation", "decision", "hearing_letter"]), name="content"),
        CheckConstraint(_in("status", ["shipped", "delivered", "returned"]), name="status"),
        CheckConstraint(
            f"return_reason IS NULL OR {_in('return_reason', ['not_collected', 'unknown_address', 'refused', 'moved', 'other'])}",  # noqa: E501
            name="return_reason",
        ),
        Index("ix_shipments_status_content", "status", "content"),
        Index("uq_shipments_item_number", "item_number", unique=True,
              sqlite_where=text("item_number IS NOT NULL"), postgresql_where=text("item_number IS NOT NULL")),
    )


class TrackingEvent(Base):
    __tablename__ = "tracking_events"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    shipment_id: Mapped[int | None] = mapped_column(ForeignKey("shipments.id"), index=True)
    item_number: Mapped[str] = mapped_column(String(30), index=True)
    occurred_at: Mapped[datetime] = mapped_column(TZDateTime)
    event: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(63))


class CorrectionRequest(Base):
    __tablename__ = "correction_requests"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    attributable_to: Mapped[str] = mapped_column(String(10))
    recorded_by: Mapped[str] = mapped_column(String(63))
    recorded_at: Mapped[datetime] = mapped_column(TZDateTime)
    __table_args__ = (CheckConstraint(_in("attributable_to", ["ocpm", "applicant"]), name="attributable_to"),)


# --------------------------------------------------------------------------------------------- audit and intake
class AuditEvent(Base):
    """One tamper-evident chain for the whole database (DESIGN §5)."""

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=False)
    occurred_at: Mapped[datetime] = mapped_column(TZDateTime)
    actor: Mapped[str] = mapped_column(String(63))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text)  # the exact JSON text that was hashed
    # NULL while pending: on PostgreSQL the database seals events after commit (migration 0004)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    __table_args__ = (Index("ix_audit_events_entity", "entity", "entity_id"),)


class ImportQuarantine(Base):
    __tablename__ = "import_quarantine"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    source: Mapped[str] = mapped_column(String(255))
    line_number: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str | None] = mapped_column(String(40), index=True)
    line_masked: Mapped[str] = mapped_column(Text)  # card numbers masked before storing
    line_sha256: Mapped[str] = mapped_column(String(64), index=True)
    reasons: Mapped[str] = mapped_column(Text)  # JSON list of keyed reasons (domain.intake.stored_reasons)
    received_at: Mapped[datetime] = mapped_column(TZDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(TZDateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(63))
    resolution_note: Mapped[str | None] = mapped_column(Text)
