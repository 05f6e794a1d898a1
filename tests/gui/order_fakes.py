"""The order screen's part of the fake ``DeskSession`` (``FakeSession`` mixes it in): details built from the fake
queue rows, the casework actions with the services' checks, and hooks to make an action fail once.

The order's status, assignee and version live in ``FakeSession.queue_rows`` (the queues and the order screen agree);
conditions, hold and history live here, per order, created on first use.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from ocpm_desk.domain.errors import DomainError, PermissionDenied, StaleVersion, TransitionNotAllowed
from ocpm_desk.domain.lifecycle import Status
from ocpm_desk.domain.permissions import Permission, has_permission
from ocpm_desk.domain.roles import Role
from ocpm_desk.services.claiming import OrderState
from ocpm_desk.services.desk import (
    FieldComparison,
    HistoryEntry,
    OrderAction,
    OrderDetail,
    PaymentView,
    PersonComparison,
    StaffChoice,
)
from ocpm_desk.services.review import ConditionView, EvidenceView

if TYPE_CHECKING:
    from ocpm_desk.queries.queues import QueueRow
    from ocpm_desk.services.desk import StaffIdentity

OPEN = (Status.PAID, Status.IN_REVIEW, Status.ON_HOLD, Status.REFUSAL_PROPOSED)
ASSIGNED = (Status.IN_REVIEW, Status.ON_HOLD, Status.REFUSAL_PROPOSED)
#: Orders whose person concerned differs from the register (last name): identity_match not met, approval blocked.
MISMATCHED = frozenset({31})
#: Orders whose person concerned is not in the register at all.
NOT_FOUND = frozenset({33})
LABELS = {
    "ATT-RES": "Attestation de résidence",
    "ATT-RES-HIST": "Attestation de résidence avec historique des séjours",
    "ATT-DEP": "Attestation de départ",
}
STAFF = (("cdubois", "Claire Dubois"), ("jmeyer", "Julie Meyer"), ("mrochat", "Marc Rochat"))


def _names(row: QueueRow) -> tuple[str, str]:
    last, _, first = row.applicant.partition(", ")
    return last, first


def _avs(n: int) -> str:
    return f"756.{1000 + n:04d}.{5000 + n:04d}.{n % 10}{(n + 3) % 10}"


def default_conditions(row: QueueRow) -> list[ConditionView]:
    """The rule set of the fake: six automatic conditions and one manual, optional one."""
    n = row.id
    last, first = _names(row)
    if n in NOT_FOUND:
        identity = ConditionView(
            "identity_match", "Identité conforme au registre (n° AVS, noms, date de naissance)",
            "LIPAD (RS GE A 2 08) art. 35", True, "automatic", "not_met", None, None,
            "The person concerned was not found in the register.",
            (EvidenceView("avs", _avs(n), None, False), EvidenceView("last_name", last, None, False)))
        residence = ConditionView("registered_in_geneva", "Personne domiciliée à Genève",
                                  "RDROCPMC (RS GE F 2 20.08)", True, "automatic", "unknown", None, None,
                                  "The person concerned was not found in the register; check by hand.", ())
    else:
        differs = n in MISMATCHED
        identity = ConditionView(
            "identity_match", "Identité conforme au registre (n° AVS, noms, date de naissance)",
            "LIPAD (RS GE A 2 08) art. 35", True, "automatic", "not_met" if differs else "met", None, None,
            "Differs from the register: last name." if differs else "The identity given matches the register.",
            (EvidenceView("avs", _avs(n), _avs(n), True),
             EvidenceView("last_name", last, f"{last}et" if differs else last, not differs),
             EvidenceView("first_name", first, first, True),
             EvidenceView("birth_date", "1985-04-12", "1985-04-12", True)))
        residence = ConditionView("registered_in_geneva", "Personne domiciliée à Genève",
                                  "RDROCPMC (RS GE F 2 20.08)", True, "automatic", "met", None, None,
                                  "The person is registered in Geneva.",
                                  (EvidenceView("current_residence", None, "since 2015-09-01", True),))
    return [
        ConditionView("payment_complete", "Paiement complet (taxe et frais de port)",
                      "Conditions générales OCPM ch. 3 et 5; RDROCPMC", True, "automatic", "met", None, None,
                      "The amount paid covers the CHF 25.00 due.",
                      (EvidenceView("fee", "CHF 25.00", "CHF 25.00", True),
                       EvidenceView("postage", "CHF 0.00", "CHF 0.00", True),
                       EvidenceView("total", "CHF 25.00", "CHF 25.00", True))),
        ConditionView("service_available_when_ordered", "Prestation disponible à la date de la commande",
                      "Conditions générales OCPM ch. 2", True, "automatic", "met", None, None,
                      "The service was available on the order date.",
                      (EvidenceView("ordered_on", row.ordered_at.date().isoformat(), "2024-01-01 to open", True),)),
        identity,
        ConditionView("requester_entitled", "Le demandeur est la personne concernée ou son représentant légal",
                      "LIPAD (RS GE A 2 08) art. 39", True, "automatic", "met", None, None,
                      "The applicant is the adult person concerned.",
                      (EvidenceView("person_concerned", "the applicant", None, True),
                       EvidenceView("adult", None, "yes", True))),
        ConditionView("address_deliverable",
                      "Adresse de livraison complète et produit postal valable pour la destination",
                      "Conditions générales OCPM ch. 3", True, "automatic", "met", None, None,
                      "The address is complete and the postal product suits the destination.", ()),
        residence,
        ConditionView("documents_checked", "Pièces justificatives vérifiées", "Directive OCPM 2024/3", False,
                      "manual", None, None, None, "", ()),
    ]  # fmt: skip


@dataclass
class OrderExtra:
    conditions: list[ConditionView]
    history: list[HistoryEntry]
    hold_reason: str | None = None
    hold_until: date | None = None
    evaluations: int = 0
    notes: dict[str, str] = field(default_factory=dict)


class FakeCasework:
    """Mixed into ``FakeSession``; uses its ``_identity``, ``queue_rows``, ``_enter`` and ``_find``."""

    _identity: StaffIdentity
    queue_rows: list[QueueRow]

    def _enter(self, name: str) -> None: ...  # FakeSession's

    def _find(self, order_id: int) -> int: ...  # FakeSession's

    def _init_casework(self) -> None:
        self.order_extras: dict[int, OrderExtra] = {}
        self.action_calls: list[tuple[str, tuple[Any, ...]]] = []  # (method, arguments) of every change asked
        self.stale_next: dict[str, str] = {}  # method → who changes the order just before it (StaleVersion, once)
        self.fail_next: dict[str, BaseException] = {}  # method → raised once
        self.assign_errors: dict[int, BaseException] = {}  # raised by assign(order_id) for that order
        self.open_error: BaseException | None = None
        self.removed_services: set[str] = set()
        self.today = date(2026, 3, 12)

    # ---- reading

    def _extra(self, row: QueueRow) -> OrderExtra:
        extra = self.order_extras.get(row.id)
        if extra is None:
            received = row.ordered_at
            history = [HistoryEntry(received, "edemarches", "receive", None, Status.AWAITING_PAYMENT, None)]
            if row.paid_at is not None:
                history.append(HistoryEntry(row.paid_at, "edemarches", "validate_payment", Status.AWAITING_PAYMENT,
                                            Status.PAID, None))  # fmt: skip
            if row.assigned_to:
                history.append(HistoryEntry(row.paid_at or received, row.assigned_to, "claim", Status.PAID,
                                            Status.IN_REVIEW, None))  # fmt: skip
            extra = OrderExtra(default_conditions(row), history)
            if row.status is Status.ON_HOLD:
                extra.hold_reason, extra.hold_until = "Attente d'une copie du passeport", date(2026, 3, 20)
            self.order_extras[row.id] = extra
        return extra

    def _row(self, order_id: int) -> QueueRow:
        return self.queue_rows[self._find(order_id)]

    def _actions_for(self, row: QueueRow, blockers: tuple[str, ...]) -> frozenset[OrderAction]:
        roles = self._identity.roles
        me = self._identity.username
        supervisor = Role.SUPERVISOR in roles
        works = row.assigned_to == me or supervisor
        out: set[OrderAction] = set()
        if row.status is Status.PAID and has_permission(roles, Permission.CLAIM_ORDER):
            out.add(OrderAction.CLAIM)
        if row.status is Status.IN_REVIEW and works and has_permission(roles, Permission.HOLD_ORDER):
            out |= {OrderAction.RELEASE, OrderAction.HOLD, OrderAction.EVALUATE, OrderAction.TICK}
            if not blockers:
                out.add(OrderAction.APPROVE)
        if row.status is Status.ON_HOLD and works and has_permission(roles, Permission.HOLD_ORDER):
            out.add(OrderAction.RESUME)
        if row.status in OPEN and has_permission(roles, Permission.RECORD_WITHDRAWAL):
            out.add(OrderAction.WITHDRAW)
        if row.status in OPEN and has_permission(roles, Permission.ASSIGN_ORDER):
            out.add(OrderAction.ASSIGN)
        return frozenset(out)

    def detail_of(self, order_id: int) -> OrderDetail:
        row = self._row(order_id)
        extra = self._extra(row)
        last, first = _names(row)
        n = row.id
        blockers = tuple(c.code for c in extra.conditions if c.mandatory and not c.satisfied)
        found = n not in NOT_FOUND
        register_last = f"{last}et" if n in MISMATCHED else last
        applicant = PersonComparison(
            "applicant", found,
            (FieldComparison("avs", _avs(n), _avs(n) if found else None, found),
             FieldComparison("last_name", last, register_last if found else None, found and n not in MISMATCHED),
             FieldComparison("first_name", first, first if found else None, found),
             FieldComparison("birth_date", "1985-04-12", "1985-04-12" if found else None, found)),
            ("registered_in_geneva:yes", "resident_since:2015-09-01", "commune:Carouge", "residences:2",
             "swiss_citizen:yes", "nationality:CH", "minor:no") if found else (),
        )  # fmt: skip
        return OrderDetail(
            order_id=n, reference=row.reference, version=row.version, service_code=row.service_code,
            service_label=LABELS.get(row.service_code, row.service_code),
            service_removed=row.service_code in self.removed_services, status=row.status,
            outcome={Status.APPROVED: "granted", Status.WITHDRAWN: "withdrawn"}.get(row.status),
            assigned_to=row.assigned_to, ordered_at=row.ordered_at, paid_at=row.paid_at,
            working_days=row.working_days if row.status in OPEN else None,
            clock=row.clock if row.status in OPEN else None,
            hold_reason=extra.hold_reason, hold_until=extra.hold_until,
            delivery_product="Courrier B (gratuit)",
            address_lines=("Monsieur", f"{first} {last}", "Rue de Carouge 12", "1227 Carouge GE"),
            people=(applicant,),
            payment=PaymentView("VISA", f"PSP-2026-{n:06d}", row.paid_at, 2500, 0, 2500, "8.1", 187),
            rule_set_label=f"{row.service_code} from 2024-01-01",
            conditions=tuple(extra.conditions), history=tuple(extra.history),
            actions=self._actions_for(row, blockers), approve_blockers=blockers,
        )  # fmt: skip

    def open_order(self, order_id: int) -> OrderDetail:
        self._enter("open_order")
        if not has_permission(self._identity.roles, Permission.VIEW_ORDER):
            raise PermissionDenied(self._identity.username, Permission.VIEW_ORDER.value)
        if self.open_error is not None:
            raise self.open_error
        return self.detail_of(order_id)

    # ---- changing

    def _begin(self, name: str, order_id: int, version: int, args: tuple[Any, ...], permission: Permission
               ) -> QueueRow:  # fmt: skip
        self._enter(name)
        self.action_calls.append((name, (order_id, version, *args)))
        if not has_permission(self._identity.roles, permission):
            raise PermissionDenied(self._identity.username, permission.value)
        failure = self.fail_next.pop(name, None)
        if failure is not None:
            raise failure
        index = self._find(order_id)
        row = self.queue_rows[index]
        who = self.stale_next.pop(name, None)
        if who is not None:  # somebody else changed the order just before
            self.queue_rows[index] = row = replace(row, version=row.version + 1)
            self._extra(row).history.append(HistoryEntry(datetime.now(UTC), who, "conditions_evaluated", None, None,
                                                         "6 met, 0 not met, 0 unknown"))  # fmt: skip
            raise StaleVersion(row.reference, who, None)
        if row.version != version:
            raise StaleVersion(row.reference, None, None)
        return row

    def _require(self, row: QueueRow, to: Status, allowed: bool) -> None:
        if not allowed:
            raise TransitionNotAllowed(row.status.value, to.value, "not allowed in the fake")

    def _move(self, row: QueueRow, status: Status, assigned_to: str | None, action: str, note: str | None = None
              ) -> OrderState:  # fmt: skip
        index = self._find(row.id)
        self._extra(row).history.append(HistoryEntry(datetime.now(UTC), self._identity.username, action,
                                                     row.status, status, note))  # fmt: skip
        self.queue_rows[index] = new = replace(row, status=status, assigned_to=assigned_to, version=row.version + 1)
        return OrderState(new.id, new.reference, new.status, new.assigned_to, new.version)

    def _touch(self, row: QueueRow, action: str, note: str | None) -> None:
        index = self._find(row.id)
        self._extra(row).history.append(HistoryEntry(datetime.now(UTC), self._identity.username, action, None,
                                                     None, note))  # fmt: skip
        self.queue_rows[index] = replace(row, version=row.version + 1)

    def _works(self, row: QueueRow) -> bool:
        return row.assigned_to == self._identity.username or Role.SUPERVISOR in self._identity.roles

    def evaluate_conditions(self, order_id: int, version: int) -> OrderDetail:
        row = self._begin("evaluate_conditions", order_id, version, (), Permission.EVALUATE_CONDITIONS)
        self._require(row, Status.IN_REVIEW, row.status is Status.IN_REVIEW and self._works(row))
        extra = self._extra(row)
        fresh = {c.code: c for c in default_conditions(row)}
        extra.conditions = [replace(fresh[c.code], override_result=c.override_result,
                                    override_justification=c.override_justification)
                            if c.evaluator == "automatic" else c for c in extra.conditions]  # fmt: skip
        extra.evaluations += 1
        self._touch(row, "conditions_evaluated", "6 met, 0 not met, 0 unknown")
        return self.detail_of(order_id)

    def set_condition(self, order_id: int, version: int, code: str, result: str, note: str) -> OrderDetail:
        row = self._begin("set_condition", order_id, version, (code, result, note), Permission.EVALUATE_CONDITIONS)
        self._require(row, Status.IN_REVIEW, row.status is Status.IN_REVIEW and self._works(row))
        extra = self._extra(row)
        index, view = next((i, c) for i, c in enumerate(extra.conditions) if c.code == code)
        text = note.strip()
        if view.evaluator == "manual":
            if result not in ("met", "not_met") or not text:
                raise DomainError(f"ticking {code} needs a note saying what was checked")
            extra.conditions[index] = replace(view, result=result, note=text, decided_by=self._identity.username)
            self._touch(row, "condition_ticked", f"{code}: {result} — {text}")
        elif not result:
            if view.override_result is None:
                raise DomainError(f"the result of {code} is not overridden: there is no override to remove")
            extra.conditions[index] = replace(view, override_result=None, override_justification=None,
                                              overridden_by=None)  # fmt: skip
            self._touch(row, "condition_override_removed", f"{code}: override {view.override_result} removed")
        else:
            if len(text) < 10:
                raise DomainError(f"overriding {code} needs a written justification of at least 10 characters")
            extra.conditions[index] = replace(view, override_result=result, override_justification=text,
                                              overridden_by=self._identity.username)  # fmt: skip
            self._touch(row, "condition_overridden", f"{code}: {view.result} → {result} — {text}")
        return self.detail_of(order_id)

    def approve(self, order_id: int, version: int) -> OrderState:
        row = self._begin("approve", order_id, version, (), Permission.APPROVE_ORDER)
        self._require(row, Status.APPROVED, row.status is Status.IN_REVIEW and self._works(row))
        blockers = [c.code for c in self._extra(row).conditions if c.mandatory and not c.satisfied]
        if blockers:
            raise DomainError(f"order {row.reference} cannot be approved: mandatory conditions not met: "
                              f"{', '.join(blockers)}")  # fmt: skip
        return self._move(row, Status.APPROVED, row.assigned_to, "approve")

    def hold(self, order_id: int, version: int, reason: str, follow_up_on: date) -> OrderState:
        row = self._begin("hold", order_id, version, (reason, follow_up_on), Permission.HOLD_ORDER)
        self._require(row, Status.ON_HOLD, row.status is Status.IN_REVIEW and self._works(row))
        if not reason.strip():
            raise DomainError("putting an order on hold needs a reason")
        extra = self._extra(row)
        extra.hold_reason, extra.hold_until = reason.strip(), follow_up_on
        return self._move(row, Status.ON_HOLD, row.assigned_to, "hold",
                          f"{reason.strip()} (follow-up on {follow_up_on.isoformat()})")

    def resume(self, order_id: int, version: int) -> OrderState:
        row = self._begin("resume", order_id, version, (), Permission.HOLD_ORDER)
        self._require(row, Status.IN_REVIEW, row.status is Status.ON_HOLD and self._works(row))
        extra = self._extra(row)
        extra.hold_reason = extra.hold_until = None
        return self._move(row, Status.IN_REVIEW, row.assigned_to, "resume")

    def withdraw(self, order_id: int, version: int, note: str) -> OrderState:
        row = self._begin("withdraw", order_id, version, (note,), Permission.RECORD_WITHDRAWAL)
        self._require(row, Status.WITHDRAWN, row.status in OPEN)
        if len(note.strip()) < 10:
            raise DomainError("recording a withdrawal needs a note of at least 10 characters")
        self._extra(row).hold_reason = None
        return self._move(row, Status.WITHDRAWN, row.assigned_to, "withdraw",
                          f"{note.strip()} — the fee paid (CHF 25.00) is kept, not refunded (G2)")

    def assign(self, order_id: int, version: int, to_username: str) -> OrderState:
        row = self._begin("assign", order_id, version, (to_username,), Permission.ASSIGN_ORDER)
        if order_id in self.assign_errors:
            raise self.assign_errors[order_id]
        if to_username not in {u for u, _ in STAFF}:
            raise DomainError(f"there is no active staff member named {to_username!r}")
        if row.status is Status.PAID:
            return self._move(row, Status.IN_REVIEW, to_username, "claim")
        if row.status not in ASSIGNED:
            raise DomainError(f"order {row.reference} is {row.status.value}: only open orders can be assigned")
        return self._move(row, row.status, to_username, "reassign", f"{row.assigned_to} → {to_username}")

    def assignable_staff(self) -> list[StaffChoice]:
        self._enter("assignable_staff")
        if not has_permission(self._identity.roles, Permission.ASSIGN_ORDER):
            raise PermissionDenied(self._identity.username, Permission.ASSIGN_ORDER.value)
        counts = {u: sum(1 for r in self.queue_rows if r.assigned_to == u and r.status in ASSIGNED) for u, _ in STAFF}
        return [StaffChoice(u, name, counts[u]) for u, name in STAFF]
