"""The order intake's part of the fake ``DeskSession`` (``FakeSession`` mixes it in): importing a file, the
quarantine and its resolution.

``import_orders`` reads the file it is given, in batches of ``import_batch_size`` lines: a line that is not a JSON
object with a ``reference`` is quarantined, a reference seen before is unchanged, any other is imported. After each
batch it reports progress (bytes), sleeps ``import_batch_delay_s``, waits for ``import_hold`` when it is set (so a test
can press Cancel between batches), then asks ``cancelled()``. Every call records its thread (``_enter``) and its
arguments (``intake_calls``); ``intake_fail_next`` raises once per method.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ocpm_desk.features.accounts.api import StaffIdentity
from ocpm_desk.features.intake.api import ImportSummary, QuarantineList, QuarantineRow
from ocpm_desk.features.intake.rules import CARD_REASON, reason
from ocpm_desk.kernel.errors import DomainError, NotFound, PermissionDenied
from ocpm_desk.kernel.permissions import Permission, has_permission

RECEIVED = datetime(2026, 3, 11, 7, 30, tzinfo=UTC)
#: A card number as the services store it: masked (first 6 and last 4 digits kept).
MASKED_CARD = "411111******1111"


def demo_quarantine() -> list[QuarantineRow]:
    """Two open lines and one resolved, oldest first (the fake lists them newest first)."""
    return [
        QuarantineRow(1, "commandes-2026-03-09.jsonl", 4, "ED-2026-00000501",
                      '{"reference": "ED-2026-00000501", "service_code": "ATT-XYZ", "quantity": 1}',
                      (reason("intake.field.problem", where="service_code", problem=reason(
                          "intake.problem.unknown_service", value="'ATT-XYZ'", services="ATT-DEP, ATT-RES")),),
                      RECEIVED,
                      datetime(2026, 3, 11, 9, 0, tzinfo=UTC),
                      "mrochat", "Sent again corrected by the platform on 11.03.2026"),
        QuarantineRow(2, "commandes-2026-03-11.jsonl", 17, "ED-2026-00000777",
                      '{"reference": "ED-2026-00000777", "payment": {"card": "' + MASKED_CARD + '"}, '
                      '"status": "paid", "applicant": {"last_name": "Dupont"}}',
                      (CARD_REASON, reason("intake.field.missing", where="delivery"),
                       reason("intake.field.missing", where="payment.brand")), RECEIVED, None, None, None),
        QuarantineRow(3, "commandes-2026-03-11.jsonl", 23, None, "{not json",
                      (reason("intake.not_json_at", detail=reason("intake.json.expecting_property_name"),
                              column=2),), RECEIVED, None, None, None),
    ]  # fmt: skip


class FakeIntake:
    """Mixed into ``FakeSession``; uses its ``_identity`` and ``_enter``."""

    _identity: StaffIdentity

    def _enter(self, name: str) -> None: ...  # FakeSession's

    def _init_intake(self) -> None:
        self.quarantine_lines: list[QuarantineRow] = demo_quarantine()
        self.intake_calls: list[tuple[str, tuple[Any, ...]]] = []
        self.intake_fail_next: dict[str, BaseException] = {}  # method → raised once
        self.import_batch_size = 2
        self.import_batch_delay_s = 0.0
        self.import_hold: threading.Event | None = None  # when set: each batch waits for it before going on
        self.batch_written = threading.Event()  # set after each batch (the hold then waits)
        self.imported_references: set[str] = set()
        self.progress_reports: list[tuple[int, int]] = []

    def _intake(self, name: str, args: tuple[Any, ...], permission: Permission) -> None:
        self._enter(name)
        self.intake_calls.append((name, args))
        if not has_permission(self._identity.roles, permission):
            raise PermissionDenied(self._identity.username, permission.value)
        failure = self.intake_fail_next.pop(name, None)
        if failure is not None:
            raise failure

    def intake_calls_of(self, name: str) -> list[tuple[Any, ...]]:
        return [args for call, args in self.intake_calls if call == name]

    # ---- importing

    def import_orders(self, path: str, progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> ImportSummary:  # fmt: skip
        self._intake("import_orders", (path,), Permission.RECEIVE_ORDER)
        started = time.perf_counter()
        file = Path(path)
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise DomainError(f"the file {file.name} cannot be read: {exc.strerror}") from None
        lines = data.splitlines(keepends=True)
        counts = {"lines": 0, "imported": 0, "updated": 0, "unchanged": 0, "quarantined": 0}
        done = batches = 0
        stopped = False
        for start in range(0, len(lines), self.import_batch_size):
            for raw in lines[start:start + self.import_batch_size]:
                done += len(raw)
                text = raw.decode("utf-8", "replace").strip()
                if not text:
                    continue
                counts["lines"] += 1
                counts[self._one_line(file.name, start + 1, text)] += 1
            batches += 1
            last = start + self.import_batch_size >= len(lines)
            if progress is not None:
                self.progress_reports.append((done, len(data)))
                progress(done, len(data))
            self.batch_written.set()
            if last:
                break
            if self.import_batch_delay_s:
                time.sleep(self.import_batch_delay_s)
            if self.import_hold is not None and not self.import_hold.wait(10):
                raise TimeoutError("import_orders: the test never released the hold")
            if cancelled is not None and cancelled():
                stopped = True
                break
        return ImportSummary(file.name, counts["lines"], counts["imported"], counts["updated"], counts["unchanged"],
                             counts["quarantined"], time.perf_counter() - started, stopped, batches)

    def _one_line(self, source: str, number: int, text: str) -> str:
        try:
            record = json.loads(text)
        except ValueError:
            record = None
        reference = record.get("reference") if isinstance(record, dict) else None
        if not isinstance(reference, str):
            if any(q.text == text for q in self.quarantine_lines):
                return "unchanged"
            self.quarantine_lines.append(QuarantineRow(
                max((q.id for q in self.quarantine_lines), default=0) + 1, source, number, None, text,
                (reason("intake.field.missing", where="reference"),) if isinstance(record, dict)
                else (reason("intake.not_json", detail="not JSON"),),
                datetime.now(UTC), None, None, None))
            return "quarantined"
        if reference in self.imported_references:
            return "unchanged"
        self.imported_references.add(reference)
        return "imported"

    # ---- the quarantine

    def quarantine(self, include_resolved: bool = False, limit: int = 1000) -> QuarantineList:
        self._intake("quarantine", (include_resolved,), Permission.IMPORT_ORDERS)
        rows = [q for q in reversed(self.quarantine_lines) if include_resolved or q.resolved_at is None][:limit]
        open_count = sum(1 for q in self.quarantine_lines if q.resolved_at is None)
        return QuarantineList(tuple(rows), open_count, len(self.quarantine_lines))

    def resolve_quarantine(self, quarantine_id: int, note: str) -> QuarantineRow:
        self._intake("resolve_quarantine", (quarantine_id, note), Permission.IMPORT_ORDERS)
        note = note.strip()
        if len(note) < 10:
            raise DomainError("say in at least 10 characters what was done about this line")
        for index, line in enumerate(self.quarantine_lines):
            if line.id == quarantine_id:
                if line.resolved_at is not None:
                    raise DomainError(f"this line was already resolved by {line.resolved_by}")
                resolved = replace(line, resolved_at=datetime.now(UTC), resolved_by=self._identity.username,
                                   resolution_note=note)
                self.quarantine_lines[index] = resolved
                return resolved
        raise NotFound(f"quarantined line {quarantine_id} does not exist")
