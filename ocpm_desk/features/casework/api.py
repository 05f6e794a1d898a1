"""The casework feature's API: what the order screen and the queues receive (plain data, no database)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Protocol

from ocpm_desk.features.casework.conditions import (
    ConditionResult,
    EvidenceValue,
)
from ocpm_desk.features.refusals.api import DecisionVersion, HearingView
from ocpm_desk.kernel.api import reads
from ocpm_desk.kernel.calendar import (
    DeliveryClock,
)
from ocpm_desk.kernel.lifecycle import OPEN_STATUSES, OrderState, Status
from ocpm_desk.kernel.phrases import Phrase


class Queue(StrEnum):
    TO_PROCESS = "to_process"  # « À traiter »: paid, unassigned, oldest first
    MINE = "mine"  # « Mes dossiers »: assigned to me, in review or with a refusal proposed
    ON_HOLD = "on_hold"  # « En attente »
    ALL = "all"  # « Toutes les commandes »: search and filters


class SortKey(StrEnum):
    PAID_AT = "paid_at"
    ORDERED_AT = "ordered_at"
    REFERENCE = "reference"


@dataclass(frozen=True, slots=True)
class QueueSpec:
    queue: Queue
    username: str | None = None  # for MINE (and ON_HOLD of a caseworker)
    search: str | None = None  # reference, last name (prefix) or AVS number
    service_codes: tuple[str, ...] = ()
    statuses: tuple[Status, ...] = ()
    paid_from: datetime | None = None
    paid_to: datetime | None = None  # exclusive
    clock: DeliveryClock | None = None  # open orders whose delivery clock reads this today (G6)
    sort: SortKey = SortKey.PAID_AT  # the whole list ("all") sorts by order date: unpaid orders have no paid_at
    descending: bool = False


@dataclass(frozen=True, slots=True)
class QueueRow:
    id: int
    reference: str
    service_code: str
    applicant: str  # "Last, First" of the applicant as given
    paid_at: datetime | None
    ordered_at: datetime
    working_days: int
    clock: DeliveryClock | None  # None once the order left the clock (unpaid, decided, withdrawn…): G6 runs
    # from the order until a decision, for paid orders only
    status: Status
    assigned_to: str | None
    version: int
    sort_value: Any = field(compare=False)  # the key to page from


@dataclass(frozen=True, slots=True)
class EvidenceView:
    field: str
    given: EvidenceValue
    register: EvidenceValue
    matches: bool


@dataclass(frozen=True, slots=True)
class ConditionView:
    code: str
    label: str
    legal_basis: str
    mandatory: bool
    evaluator: str  # automatic | manual
    result: str | None  # met | not_met | unknown; None: a manual condition not ticked yet
    override_result: str | None
    override_justification: str | None
    message: Phrase | None  # what an automatic evaluation found (``domain.notes``); None before one / for a tick
    evidence: tuple[EvidenceView, ...]
    note: str | None = None  # the caseworker's note when a manual condition was ticked
    decided_by: str | None = None  # who evaluated (automatic) or ticked (manual) the result
    overridden_by: str | None = None

    @property
    def effective(self) -> str | None:
        return self.override_result or self.result

    @property
    def satisfied(self) -> bool:
        return self.effective == ConditionResult.MET.value


class OrderAction(StrEnum):
    """What the current user may do on an order now (transition table × roles × assignee); the GUI enables these."""

    CLAIM = "claim"
    RELEASE = "release"
    HOLD = "hold"
    RESUME = "resume"
    APPROVE = "approve"  # only when it would succeed now: evaluated, no OrderDetail.approve_blockers left
    WITHDRAW = "withdraw"
    ASSIGN = "assign"  # supervisor: assign a paid order or reassign an open one
    EVALUATE = "evaluate"  # (re)run the automatic conditions
    TICK = "tick"  # tick a manual condition / override a result
    # refusals (DESIGN §3 right to be heard, §6 refusal editor and approvals)
    HEARING = "hearing"  # in review, no hearing yet: send a hearing letter, or record why hearing is not needed
    HEARING_ANSWER = "hearing_answer"  # a hearing letter awaits its answer: record it (or that none came)
    PROPOSE_REFUSAL = "propose_refusal"  # in review: open the refusal editor (submitting needs the hearing done)
    DECIDE_REFUSAL = "decide_refusal"  # refusal proposed by someone else: a supervisor approves or returns it


@dataclass(frozen=True, slots=True)
class FieldComparison:
    field: str  # "avs" | "last_name" | "first_name" | "birth_date"
    given: str | date | None  # as the applicant typed it (a date for the birth date)
    register: str | date | None  # from the population register; None when the person is not found
    matches: bool


@dataclass(frozen=True, slots=True)
class PersonComparison:
    """One person of the order (the applicant, or the person concerned) beside their register record."""

    role: str  # "applicant" | "concerned"
    found_in_register: bool
    fields: tuple[FieldComparison, ...]
    register_facts: tuple[str, ...]  # English source lines the GUI translates by key, e.g. "swiss_citizen:yes"


@dataclass(frozen=True, slots=True)
class PaymentView:
    brand: str | None
    provider_reference: str | None
    paid_at: datetime | None
    fee_centimes: int
    postage_centimes: int
    total_centimes: int
    vat_rate: str  # rate in force at paid_at, percent as text ("8.1"); "0" when no VAT
    vat_centimes: int  # VAT included in the fee (the general terms: fees include VAT; postage is apart)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    occurred_at: datetime
    actor: str
    action: str  # claim, release, hold, resume, approve, withdraw, reassign, conditions_evaluated, condition_set, …
    from_status: Status | None
    to_status: Status | None
    note: Phrase | None  # a stored phrase (``domain.notes``), said in the reader's language


@dataclass(frozen=True, slots=True)
class StaffChoice:
    username: str
    display_name: str
    open_orders: int  # in review, on hold or with a refusal proposed: helps the supervisor spread the work


@dataclass(frozen=True, slots=True)
class OrderDetail:
    order_id: int
    reference: str
    version: int
    service_code: str
    service_label: str
    service_removed: bool  # the service is no longer offered (G4): the order stays fully processable
    status: Status
    outcome: str | None
    assigned_to: str | None
    ordered_at: datetime
    paid_at: datetime | None
    working_days: int | None  # delivery clock; None for orders that are not open
    clock: DeliveryClock | None
    hold_reason: Phrase | None  # a stored phrase (``domain.notes``): the caseworker's words or the hearing's wait
    hold_until: date | None
    delivery_product: str  # label of the postal product
    address_lines: tuple[str, ...]  # the delivery address as it will be printed
    people: tuple[PersonComparison, ...]
    payment: PaymentView
    rule_set_label: Phrase  # "Rule set ATT-RES, in force from 01.01.2024", or that none was in force
    conditions: tuple[ConditionView, ...]
    history: tuple[HistoryEntry, ...]
    actions: frozenset[OrderAction]
    approve_blockers: tuple[str, ...]  # codes of mandatory conditions neither met nor overridden
    hearing: HearingView | None = None  # the current hearing of the applicant before a refusal, if any
    decisions: tuple[DecisionVersion, ...] = ()  # every version, oldest first
    return_comment: str | None = None  # a supervisor returned the last proposal with this comment


class CaseworkApi(Protocol):
    """The caseworker's use cases (``session.casework``): the queues, claiming, the order and what is done to it."""

    @reads
    def queue_count(self, spec: QueueSpec) -> int: ...

    @reads
    def queue_page(
        self,
        spec: QueueSpec,
        *,
        after: tuple[Any, int] | None = None,
        before: tuple[Any, int] | None = None,
        at: int | None = None,
        limit: int = 100,
    ) -> list[QueueRow]:
        """One page of a queue from a keyset position (``after``/``before``) or an offset (``at``; negative from the
        end)."""
        ...

    def claim_next(self) -> OrderState: ...

    def claim(self, order_id: int, expected_version: int) -> OrderState: ...

    def release(self, order_id: int, expected_version: int) -> OrderState: ...

    def assign(self, order_id: int, to_username: str, expected_version: int) -> OrderState: ...

    @reads
    def assignable_staff(self) -> list[StaffChoice]: ...

    def order_detail(self, order_id: int) -> OrderDetail:
        """The order as its screen shows it; opening it is recorded in the audit trail (a write)."""
        ...

    def evaluate(self, order_id: int, expected_version: int) -> OrderDetail: ...

    def set_condition(
        self, order_id: int, expected_version: int, code: str, result: str, note: str
    ) -> OrderDetail: ...

    def approve(self, order_id: int, expected_version: int) -> OrderState: ...

    def hold(self, order_id: int, expected_version: int, reason: str, follow_up_on: date) -> OrderState: ...

    def resume(self, order_id: int, expected_version: int) -> OrderState: ...

    def withdraw(self, order_id: int, expected_version: int, note: str) -> OrderState: ...


CLOCK_STATUSES = frozenset(OPEN_STATUSES)


def sort_key(row: QueueRow) -> tuple[Any, int]:
    return (row.sort_value, row.id)
