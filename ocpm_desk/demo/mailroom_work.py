"""Phase 3 of the demo seed, after the refusal work: the mail room's day through the services (``mailroom``), as
``courrier`` and the caseworkers — printing, shipping, a tracking import, returns, sending again, corrections and
the day's deposit list. ``MAIL_COUNTS`` names what ``MailWork.run`` counts."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta

from sqlalchemy import Engine, select

from ocpm_desk.demo.bulk import Progress, geneva_to_utc
from ocpm_desk.demo.places import GENEVA_STREETS
from ocpm_desk.demo.shipments import SERVICE_SERIAL, item_number
from ocpm_desk.demo.staff import MAIL, ROLES_OF
from ocpm_desk.features.mailroom import mailroom
from ocpm_desk.features.mailroom.api import PrintDestination, PrintItem
from ocpm_desk.infrastructure.db.models import Base
from ocpm_desk.infrastructure.uow import Actor
from ocpm_desk.kernel.calendar import geneva_date
from ocpm_desk.kernel.lifecycle import Outcome, Status

#: The keys of ``SeedSummary.mailroom``: print jobs and the documents they held (hearing letters, attestations,
#: decisions); items shipped; tracking events recorded, deliveries among them; returns recorded; orders sent again;
#: corrections reissued (attributable to the OCPM) and recorded (attributable to the applicant); deposit lists.
MAIL_COUNTS = ("print_jobs", "printed_hearing_letters", "printed_attestations", "printed_decisions", "shipped",
               "tracking_events", "delivered", "returned", "sent_again", "corrections_reissued",
               "corrections_recorded", "deposit_lists")
_MAX_PRINTED_ATTESTATIONS = 5  # of the attestations waiting, and at most half of them: the others stay waiting
_CORRECTIONS = (
    ("ocpm", "Le demandeur signale que la date d'arrivée à Genève indiquée sur l'attestation est erronée ; le "
             "registre indique une autre date."),
    ("applicant", "Le demandeur souhaite que l'attestation mentionne aussi son second prénom, qu'il n'avait pas "
                  "saisi lors de sa commande."),
)


class MailWork:
    """Phase 3 of the seed: the mail room's day, through the services, as ``courrier`` (and the caseworkers for what
    is theirs: sending again, corrections).

    The hearing letters of phase 2 are printed and shipped; some of the attestations waiting and all but one of the
    issued decisions are printed in one job (a temporary PDF file, deleted), then shipped — except one attestation
    left ``ready_to_ship`` — with new item numbers for registered items. A tracking import delivers an attestation
    and a decision and notes a delivery attempt on another decision, returned ``not_collected`` (notified at the end
    of the holding period). One attestation returned ``unknown_address`` is sent again to a corrected address by
    its caseworker (``ready_to_ship``), another returned ``moved`` stays ``returned``. Two historic orders get a
    correction request: attributable to the OCPM (reissued: ``approved`` with a new attestation) and to the
    applicant (recorded). Then the deposit list of the day's registered items. Steps whose orders are missing (a
    small seed) are skipped."""

    def __init__(self, engine: Engine, seed: int, today: date, progress: Progress) -> None:
        self.engine = engine
        self.rng = random.Random(f"{seed}:mailroom")
        self.today = today
        self.progress = progress
        self.actors = {name: Actor(name, roles) for name, roles in ROLES_OF.items()}
        self.mail = self.actors[MAIL]
        self.counts: Counter[str] = Counter({key: 0 for key in MAIL_COUNTS})
        self.serial = SERVICE_SERIAL
        self.shipped_days: set[date] = set()

    def _number(self, international: bool) -> str:
        self.serial += 1
        return item_number(self.serial, international)

    def _print(self, items: Sequence[PrintItem]) -> None:
        import os
        import tempfile

        if not items:
            return
        handle, path = tempfile.mkstemp(prefix="ocpm-seed-print-", suffix=".pdf")
        os.close(handle)
        try:
            mailroom.print_batch(self.engine, self.mail, [i.key for i in items], PrintDestination("file", path))
        finally:
            os.unlink(path)
        self.counts["print_jobs"] += 1
        for item in items:
            self.counts[f"printed_{item.content}s"] += 1

    def _ship(self, item: PrintItem) -> str:
        """Scan the order, then ship it (a new item number when registered); returns the number or the reference."""
        scanned = mailroom.scan(self.engine, self.mail, item.reference, today=self.today)
        number = self._number(scanned.international) if scanned.needs_item_number else None
        view = mailroom.ship(self.engine, self.mail, scanned.order_id, scanned.version, number, today=self.today)
        self.counts["shipped"] += 1
        if number is not None:
            self.shipped_days.add(geneva_date(view.shipped_at))
        return number or item.reference

    def _version(self, order_id: int) -> int:
        o = Base.metadata.tables["orders"]
        with self.engine.connect() as conn:
            return int(conn.execute(select(o.c.version).where(o.c.id == order_id)).scalar_one())

    def _approver(self, order_id: int) -> Actor:
        """Whoever approved the order (its caseworker)."""
        e = Base.metadata.tables["order_events"]
        with self.engine.connect() as conn:
            name = conn.execute(select(e.c.actor).where(e.c.order_id == order_id, e.c.action == "approve")
                                .order_by(e.c.id.desc()).limit(1)).scalar_one()
        return self.actors[name]

    @staticmethod
    def _take(items: list[PrintItem], prefer: Callable[[PrintItem], bool]) -> PrintItem | None:
        for i, item in enumerate(items):
            if prefer(item):
                return items.pop(i)
        return items.pop(0) if items else None

    def run(self) -> Counter[str]:
        engine, mail, today, rng = self.engine, self.mail, self.today, self.rng
        steps = 7
        self.progress("mailroom", 0, steps)
        queue = mailroom.print_queue(engine, mail)
        letters = [i for i in queue if i.content == "hearing_letter"]
        self._print(letters)
        for item in letters:
            self._ship(item)
        self.progress("mailroom", 1, steps)

        attestations = [i for i in queue if i.content == "attestation"]
        decided = [i for i in queue if i.content == "decision"]
        rng.shuffle(attestations)
        rng.shuffle(decided)
        chosen = attestations[:min(_MAX_PRINTED_ATTESTATIONS, len(attestations) // 2)]
        decisions_out = decided[:max(0, len(decided) - 1)]  # one refused order is left to print
        self._print([*chosen, *decisions_out])
        self.progress("mailroom", 2, steps)

        # what becomes of each printed item: attestations first the ones every demo needs
        pool = list(chosen)
        again = self._take(pool, lambda i: i.town[:1].isdigit())  # a Swiss address, corrected before sending again
        moved = self._take(pool, lambda i: True)
        self._take(pool, lambda i: True)  # printed, not shipped yet: stays ready_to_ship
        delivered = self._take(pool, lambda i: i.registered)
        shipped_only = pool
        attempted = decisions_out[0] if decisions_out else None
        decision_delivered = decisions_out[1] if len(decisions_out) > 1 else None
        numbers: dict[str, str] = {}
        for to_ship in (again, moved, delivered, *shipped_only, *decisions_out):
            if to_ship is not None:
                numbers[to_ship.key] = self._ship(to_ship)
        self.progress("mailroom", 3, steps)

        lines: list[str] = []
        for reached in (delivered, decision_delivered):
            if reached is not None and reached.registered:
                day = max(today, *self.shipped_days)
                lines.append(f"{numbers[reached.key]},delivered,{day.isoformat()}")
        if attempted is not None:
            day = max(today, *self.shipped_days)
            lines.append(f"{numbers[attempted.key]},attempted,{day.isoformat()}")
        if lines:
            result = mailroom.import_tracking(engine, mail, "item_number,event,date\n" + "\n".join(lines) + "\n")
            assert not result.unknown_items and not result.rejected, (result.unknown_items, result.rejected)
            self.counts["tracking_events"] += result.recorded
            self.counts["delivered"] += result.delivered
        self.progress("mailroom", 4, steps)

        if attempted is not None:
            mailroom.record_return(engine, mail, numbers[attempted.key], "not_collected", today=today)
            self.counts["returned"] += 1
        if moved is not None:
            mailroom.record_return(engine, mail, numbers[moved.key], "moved",
                                   "Le destinataire a déménagé sans laisser d'adresse", today=today)
            self.counts["returned"] += 1
        if again is not None:
            mailroom.record_return(engine, mail, numbers[again.key], "unknown_address", today=today)
            self.counts["returned"] += 1
            caseworker = self._approver(again.order_id)
            street = rng.choice(GENEVA_STREETS)
            mailroom.send_again(engine, caseworker, again.order_id, self._version(again.order_id),
                                {"street": street, "house_number": str(rng.randint(1, 60))})
            self.counts["sent_again"] += 1
        self.progress("mailroom", 5, steps)

        self._corrections()
        self.progress("mailroom", 6, steps)
        for day in sorted(self.shipped_days):
            mailroom.deposit_list(engine, mail, day)
            self.counts["deposit_lists"] += 1
        self.progress("mailroom", 7, steps)
        return self.counts

    def _corrections(self) -> None:
        """Correction requests on two historic granted orders shipped weeks ago (delivered ones first)."""
        o = Base.metadata.tables["orders"]
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(o.c.id, o.c.updated_at).where(o.c.status.in_((Status.DELIVERED.value, Status.SHIPPED.value)),
                                                     o.c.outcome == Outcome.GRANTED.value,
                                                     o.c.updated_at < geneva_to_utc(
                                                         datetime.combine(self.today - timedelta(days=10), time())))
                .order_by(o.c.status, o.c.id)
            ).all()
        if len(rows) < len(_CORRECTIONS):
            return
        picked = self.rng.sample(rows, len(_CORRECTIONS))
        for (attributable, text_), (order_id, updated_at) in zip(_CORRECTIONS, picked, strict=True):
            caseworker = self._approver(order_id)
            received = min(self.today, geneva_date(updated_at) + timedelta(days=self.rng.randint(2, 8)))
            mailroom.record_correction(self.engine, caseworker, order_id, self._version(order_id), received, text_,
                                       attributable, today=self.today)
            self.counts["corrections_reissued" if attributable == "ocpm" else "corrections_recorded"] += 1
