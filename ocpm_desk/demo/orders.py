"""The orders of phase 1, the bulk load (``OrderSeeder``): when each was placed and in which status, its service,
deliberate defect, people and delivery product, its payment pinned to the reference data in force, its history and
— once granted — its way through the mail room, written in chunks; then the attestations of the latest granted
orders, which still wait to be printed."""

from __future__ import annotations

import math
import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from ocpm_desk.demo.applicants import Applicants
from ocpm_desk.demo.bulk import BulkWriter, Row, geneva_to_utc
from ocpm_desk.demo.histories import OUTCOME_OF, Histories, Step
from ocpm_desk.demo.people import Register
from ocpm_desk.demo.proportions import (
    AGE,
    APPROVED_MIN_AGE,
    DEFECTS,
    HOUR_WEIGHTS,
    IN_REVIEW_DEFECT_FACTOR,
    INFLOW_DECAY,
    OPEN,
    PICK_BRAND,
    PICK_DOMESTIC,
    PICK_INTERNATIONAL,
    PICK_QUANTITY,
    PICK_SERVICE,
    STATUS_WEIGHTS,
    UNPAID,
    UNPAID_DEFECT_FACTOR,
    WINDOW_DAYS,
    Weighted,
)
from ocpm_desk.demo.reference import Reference, in_force
from ocpm_desk.demo.shipments import BulkShipments
from ocpm_desk.demo.staff import ROLES_OF
from ocpm_desk.infrastructure.uow import Actor
from ocpm_desk.kernel.addresses import PostalAddress, delivery_problems
from ocpm_desk.kernel.calendar import is_working_day
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP
from ocpm_desk.kernel.lifecycle import Status
from ocpm_desk.kernel.notes import encode, text_note
from ocpm_desk.kernel.notes import note as stored
from ocpm_desk.kernel.references import make_order_reference

_CHUNK = 10_000  # orders per insert chunk (≈ 40 000 rows with applicants and events)
_DEBUG_ORDERS = 1_000  # the first orders get every address checked by the domain, not only the defective ones
_RECENT_DAYS = 2  # working days: granted orders approved since then may still wait to be printed…
_WAITING_MAX = 30  # …the latest ones, at most this many (their attestations are rendered: ≈ 10 ms each)


def _RECENT_APPROVALS(orders: int) -> int:
    """How many of the latest granted orders are approved on the last working days."""
    return min(_WAITING_MAX, max(4, orders // 25))


@dataclass(slots=True)
class _Plan:
    ordered_local: datetime
    ordered_at: datetime
    status: Status
    seq: int = 0


class OrderSeeder:
    """Phase 1's orders, drawn with the bulk load's random generator ``rng`` from the people of ``register``."""

    def __init__(self, writer: BulkWriter, rng: random.Random, today: date, ref: Reference, register: Register
                 ) -> None:
        self.writer = writer
        self.rng = rng
        self.today = today
        self.ref = ref
        self.register = register
        self.applicants = Applicants(writer, rng, register)
        self.histories = Histories(rng, today, ref.closures)
        self.shipments = BulkShipments(writer, rng, today, ref.products, self.histories)
        self.statuses: Counter[str] = Counter()
        self.services: Counter[str] = Counter()
        self.products: Counter[str] = Counter()
        self.defects: Counter[str] = Counter()
        self.refusal_candidates: set[int] = set()  # orders in review made to fail a condition (phase 2 picks)
        self.psp_taken: set[str] = set()
        # granted orders approved from this day on may still wait to be printed (the last _RECENT_DAYS working days)
        days = self.histories
        self.recent_from = days.working_days[max(0, days.last_working_index - _RECENT_DAYS + 1)]
        self.waiting: list[tuple[int, datetime, str]] = []  # (order, approved at (Geneva), approver)

    def _plan(self, orders: int) -> list[_Plan]:
        rng = self.rng
        statuses = [s for s, _w in STATUS_WEIGHTS] if orders >= len(STATUS_WEIGHTS) else []
        statuses += rng.choices([s for s, _w in STATUS_WEIGHTS], weights=[w for _s, w in STATUS_WEIGHTS],
                                k=orders - len(statuses))
        ages = range(1, WINDOW_DAYS + 1)
        factors = []
        for d in ages:  # fewer orders on weekends and public holidays
            day = self.today - timedelta(days=d)
            factors.append(1.0 if is_working_day(day) else 0.2 if day.weekday() >= 5 else 0.4)
        shares = dict(STATUS_WEIGHTS)
        total_share = sum(shares.values())
        inflow = [math.exp(-d / INFLOW_DECAY) * f for d, f in zip(ages, factors, strict=True)]
        inflow_sum = sum(inflow)
        open_density = [0.0] * len(inflow)
        age_tables: dict[Status, Weighted[int]] = {}
        for status, (lo, hi, decay) in AGE.items():
            weights = [math.exp(-d / decay) * f if lo <= d <= hi else 0.0 for d, f in zip(ages, factors, strict=True)]
            norm = sum(weights)
            for i, w in enumerate(weights):
                open_density[i] += shares[status] / total_share * w / norm
            age_tables[status] = Weighted(list(zip(ages, weights, strict=True)))
        residual = [max(g / inflow_sum - o, 0.05 * g / inflow_sum) if d >= APPROVED_MIN_AGE else 0.0
                    for d, g, o in zip(ages, inflow, open_density, strict=True)]
        age_tables[Status.APPROVED] = Weighted(list(zip(ages, residual, strict=True)))
        pick_hour = Weighted(list(enumerate(HOUR_WEIGHTS)))
        plans: list[_Plan] = []
        for status in statuses:
            d = age_tables[status].pick(rng)
            hour = pick_hour.pick(rng)
            local = datetime.combine(self.today - timedelta(days=d), time(hour, rng.randrange(60), rng.randrange(60)))
            plans.append(_Plan(local, geneva_to_utc(local), status))
        plans.sort(key=lambda p: p.ordered_at)  # stable: ties keep the drawing order
        # references: one sequence per year, as the platform numbers them
        per_day = max(1.0, orders / WINDOW_DAYS)
        next_seq: dict[int, int] = {}
        window_start = self.today - timedelta(days=WINDOW_DAYS + 1)
        for p in plans:
            year = p.ordered_local.year
            if year not in next_seq:
                jan1 = date(year, 1, 1)
                before = (window_start - jan1).days if jan1 < window_start else 0
                next_seq[year] = 1 + int(before * per_day)
            p.seq = next_seq[year]
            next_seq[year] += 1
        return plans

    def _choose_defect(self, status: Status, service: str, unseen: list[str]) -> tuple[str, str] | None:
        if status not in OPEN and status not in UNPAID:
            return None
        applicable = [(kind, condition, p) for kind, condition, p, services in DEFECTS
                      if service in services and not (status in UNPAID and kind == "payment_short")]
        for kind, condition, _p in applicable:  # every kind at least once, when there are orders enough
            if kind in unseen:
                unseen.remove(kind)
                return kind, condition
        factor = (IN_REVIEW_DEFECT_FACTOR if status is Status.IN_REVIEW else 1.0) if status in OPEN \
            else UNPAID_DEFECT_FACTOR
        r = self.rng.random()
        cumulative = 0.0
        for kind, condition, p in applicable:
            cumulative += p * factor
            if r < cumulative:
                return kind, condition
        return None

    def seed_orders(self, orders: int) -> None:
        rng = self.rng
        ref = self.ref
        plans = self._plan(orders)
        unseen = [kind for kind, *_rest in DEFECTS] if orders >= 200 else []
        applicants: list[Row] = []
        order_rows: list[Row] = []
        events: list[Row] = []
        deferred: list[tuple[datetime, int, Row, list[Step]]] = []
        # the latest granted orders were approved on the last working days (the others' approvals lag behind)
        granted = [i for i, p in enumerate(plans) if p.status is Status.APPROVED]
        recent = frozenset(granted[len(granted) - min(len(granted), _RECENT_APPROVALS(orders)):])
        for index, plan in enumerate(plans):
            status = plan.status
            ordered_local = plan.ordered_local
            service = PICK_SERVICE.pick(rng)
            active_from, active_to = ref.services[service]
            if not active_from <= ordered_local.date() <= (active_to or ordered_local.date()):
                service = "ATT-RES"
            defect_kind = self._choose_defect(status, service, unseen)
            defect = defect_kind[0] if defect_kind else None
            subject = self.applicants.subject(service, defect)
            if defect == "third_party":
                requester = rng.choice(self.register.residents)
                while requester is subject:
                    requester = rng.choice(self.register.residents)
            elif subject.guardian is not None:
                requester = subject.guardian
            else:
                requester = subject
            identity_defect = defect if defect in ("identity_name", "identity_birth", "identity_avs") else None
            concerned: Row | None = None
            if requester is not subject:
                applicant = self.applicants.typed(requester, None)
                concerned = self.applicants.typed(subject, identity_defect)
            else:
                applicant = self.applicants.typed(subject, identity_defect)
            applicants.append(applicant)
            if concerned is not None:
                applicants.append(concerned)
            address, abroad = self.applicants.address(requester, applicant, defect)
            product = (PICK_INTERNATIONAL if abroad and defect != "address_product" else PICK_DOMESTIC).pick(rng)
            if index < _DEBUG_ORDERS or defect in ("address_long", "address_product"):
                problems = delivery_problems(PostalAddress(
                    mr_mrs=address["addr_mr_mrs"], first_name=address["addr_first_name"],
                    last_name=address["addr_last_name"], street=address["addr_street"],
                    house_number=address["addr_house_number"], swiss_zip_code=address["addr_swiss_zip_code"],
                    foreign_zip_code=address["addr_foreign_zip_code"], town=address["addr_town"],
                    country=address["addr_country"], address_line=address["addr_line"]), product)
                assert bool(problems) == (defect in ("address_long", "address_product")), (defect, problems)
            quantity = PICK_QUANTITY.pick(rng)
            paid_local: datetime | None = None
            payment: Row = {"paid_at": None, "payment_brand": None, "payment_provider_reference": None,
                            "fee_paid_centimes": None, "postage_paid_centimes": None, "fee_schedule_id": None,
                            "postal_tariff_id": None, "rule_set_id": None}
            if status not in UNPAID:
                paid_local = ordered_local + timedelta(minutes=rng.randint(1, 15), seconds=rng.randrange(60))
                payment = self._payment(service, product, quantity, paid_local, defect)
            steps, assignee, hold_reason, hold_until = self.histories.path(status, defect, paid_local,
                                                                           ordered_local, index in recent)
            order_id = self.writer.new_id("orders")
            row: Row = {
                "id": order_id, "reference": make_order_reference(ordered_local.year, plan.seq),
                "service_code": service, "quantity": quantity, "assigned_to": assignee,
                "ordered_at": plan.ordered_at, "applicant_id": applicant["id"],
                "concerned_person_id": concerned["id"] if concerned else None,
                "delivery_product": product, **address, **payment,
                "hold_reason": encode(stored("hold.reason", reason=hold_reason)) if hold_reason else None,
                "hold_until": hold_until, "clock_stopped": False,
            }
            if status is Status.APPROVED and steps[-1].at.date() >= self.recent_from:
                deferred.append((steps[-1].at, order_id, row, steps))  # waiting to be printed? decided at the end
            else:
                if status is Status.APPROVED:
                    self.shipments.mail_room(row, steps, 0 if rng.random() < 0.6 else 1)
                self._finish(row, steps, status, order_rows, events)
            self.services[service] += 1
            self.products[product] += 1
            if defect_kind is not None:
                self.defects[defect_kind[1]] += 1
                if status is Status.IN_REVIEW:
                    self.refusal_candidates.add(order_id)
            if len(order_rows) >= _CHUNK:
                self._flush_orders(applicants, order_rows, events, orders)
        # granted orders approved on the last working days: the latest ones wait to be printed (their attestation
        # is made in seed_attestations), the others were printed and shipped (the mail room keeps up)
        deferred.sort(key=lambda d: (d[0], d[1]))
        waiting = deferred[len(deferred) - min(len(deferred), _WAITING_MAX):]
        for _approved_at, _order_id, row, steps in deferred[:len(deferred) - len(waiting)]:
            self.shipments.mail_room(row, steps, 0)
            self._finish(row, steps, Status.APPROVED, order_rows, events)
        for approved_at, order_id, row, steps in waiting:
            self._finish(row, steps, Status.APPROVED, order_rows, events)
            self.waiting.append((order_id, approved_at, steps[-1].actor))
        self._flush_orders(applicants, order_rows, events, orders)

    def _finish(self, row: Row, steps: list[Step], planned: Status, order_rows: list[Row], events: list[Row]
                ) -> None:
        """Check the order's path against the lifecycle, write its history and its status columns."""
        actions, outcome = self.histories.check_path(steps)
        assert outcome == OUTCOME_OF.get(planned), (planned, outcome)
        order_id = row["id"]
        previous: str | None = None
        for s, action in zip(steps, actions, strict=True):
            events.append({
                "id": self.writer.new_id("order_events"), "order_id": order_id, "occurred_at": geneva_to_utc(s.at),
                "actor": s.actor, "action": action, "from_status": previous, "to_status": s.to.value,
                "note": None if s.note is None else encode(text_note(s.note) if isinstance(s.note, str) else s.note),
            })
            previous = s.to.value
        final = steps[-1].to
        row.update(status=final.value, outcome=outcome, version=len(steps),
                   updated_at=geneva_to_utc(steps[-1].at), updated_by=steps[-1].actor)
        order_rows.append(row)
        self.statuses[final.value] += 1

    def seed_attestations(self, session: Session) -> None:
        """The attestation of every order waiting to be printed, made as the approval makes it (``make_attestation``,
        as its approver, dated the day of approval), in the bulk load's transaction."""
        from ocpm_desk.features.casework.attestations import make_attestation
        from ocpm_desk.infrastructure.db import models as m

        total = len(self.waiting)
        self.writer.progress("attestations", 0, total)
        for done, (order_id, approved_at, approver) in enumerate(self.waiting, start=1):
            order = session.get(m.Order, order_id)
            assert order is not None
            document = make_attestation(session, Actor(approver, ROLES_OF[approver]), order, approved_at.date())
            document.created_at = geneva_to_utc(approved_at)
            self.writer.rows["documents"] += 1
            self.writer.progress("attestations", done, total)
        session.flush()

    def _payment(self, service: str, product: str, quantity: int, paid_local: datetime, defect: str | None) -> Row:
        """Payment columns, pinned to the fee schedule, tariff and rule set in force on the day of payment (G3)."""
        rng = self.rng
        day = paid_local.date()
        fee = in_force(self.ref.fees.get(service, []), day,
                       QT_TRANSLATE_NOOP("Message", "fee schedule for {service}"), service=service)
        tariff = in_force(self.ref.tariffs.get(product, []), day,
                          QT_TRANSLATE_NOOP("Message", "postal tariff for {product}"), product=product)
        rule_set = in_force(self.ref.rule_sets.get(service, []), day,
                            QT_TRANSLATE_NOOP("Message", "condition rule set for {service}"), service=service)
        fee_paid = fee.amount * quantity
        if defect == "payment_short":  # paid one attestation fewer, or an outdated amount
            fee_paid = fee.amount * (quantity - 1) if quantity > 1 else fee.amount - rng.choice((500, 1000))
        psp = f"PSP-{rng.getrandbits(32):08X}"
        while psp in self.psp_taken:
            psp = f"PSP-{rng.getrandbits(32):08X}"
        self.psp_taken.add(psp)
        return {"paid_at": geneva_to_utc(paid_local), "payment_brand": PICK_BRAND.pick(rng),
                "payment_provider_reference": psp, "fee_paid_centimes": fee_paid,
                "postage_paid_centimes": tariff.amount, "fee_schedule_id": fee.id, "postal_tariff_id": tariff.id,
                "rule_set_id": rule_set.id}

    def _flush_orders(self, applicants: list[Row], order_rows: list[Row], events: list[Row], total: int) -> None:
        self.writer.insert("applicants", applicants)
        self.writer.insert("orders", order_rows)
        self.writer.insert("order_events", events)
        self.shipments.flush()
        applicants.clear()
        order_rows.clear()
        events.clear()
        self.writer.progress("orders", self.writer.rows["orders"], total)
