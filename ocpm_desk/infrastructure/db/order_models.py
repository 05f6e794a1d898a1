"""SQLAlchemy mapping of the orders and what hangs off them: applicants, events, condition results, decisions and
their grounds, hearings, documents, deposit lists, shipments, tracking events and correction requests."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ocpm_desk.infrastructure.db.model_base import Base, Id, TZDateTime, sql_in
from ocpm_desk.kernel.lifecycle import Outcome, Status

STATUSES = [s.value for s in Status]
OUTCOMES = [o.value for o in Outcome]


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
        CheckConstraint(sql_in("status", STATUSES), name="status"),
        CheckConstraint(f"outcome IS NULL OR {sql_in('outcome', OUTCOMES)}", name="outcome"),
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
        CheckConstraint(sql_in("result", ["met", "not_met", "unknown"]), name="result"),
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
        CheckConstraint(sql_in("status", ["draft", "proposed", "returned", "issued", "withdrawn"]), name="status"),
        CheckConstraint(sql_in("hearing", ["letter_sent", "not_needed"]), name="hearing"),
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
        CheckConstraint(sql_in("mode", ["letter", "not_needed"]), name="mode"),
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
    __table_args__ = (CheckConstraint(sql_in("kind", ["attestation", "hearing_letter"]), name="kind"),)


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
        CheckConstraint(sql_in("content", ["attestation", "decision", "hearing_letter"]), name="content"),
        CheckConstraint(sql_in("status", ["shipped", "delivered", "returned"]), name="status"),
        CheckConstraint(
            f"return_reason IS NULL OR {sql_in('return_reason', ['not_collected', 'unknown_address', 'refused', 'moved', 'other'])}",  # noqa: E501
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
    __table_args__ = (CheckConstraint(sql_in("attributable_to", ["ocpm", "applicant"]), name="attributable_to"),)
