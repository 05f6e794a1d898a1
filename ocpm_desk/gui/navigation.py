"""Which screens exist and who sees them. Hiding a screen is cosmetic: the services check the roles again."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ocpm_desk.features.casework.api import Queue
from ocpm_desk.gui.audit.screen import AuditScreen
from ocpm_desk.gui.casework.queues import QueueScreen, queue_title
from ocpm_desk.gui.intake.screen import ImportScreen, QuarantineScreen
from ocpm_desk.gui.mailroom.deadlines import DeadlinesScreen
from ocpm_desk.gui.mailroom.printing import PrintQueueScreen
from ocpm_desk.gui.mailroom.shipping import ShippingScreen
from ocpm_desk.gui.overview.screen import OverviewScreen
from ocpm_desk.gui.reference.catalogue import CatalogueScreen
from ocpm_desk.gui.refusals.approvals import ApprovalsScreen
from ocpm_desk.gui.screen import DataScreen
from ocpm_desk.kernel.permissions import Permission, has_permission
from ocpm_desk.kernel.roles import Role
from ocpm_desk.session import DeskSession


@dataclass(frozen=True, slots=True)
class ScreenSpec:
    key: str  # stable name, used in file names of snapshots
    title: Callable[[], str]
    icon: str  # resources/icons/<icon>.svg
    permissions: tuple[Permission, ...]  # any of them shows the screen
    create: Callable[[DeskSession, QWidget | None], DataScreen]

    def allowed(self, roles: frozenset[Role]) -> bool:
        return any(has_permission(roles, permission) for permission in self.permissions)


#: Status counts are not personal data: every staff role sees the overview, the intake account does not.
OVERVIEW = (Permission.VIEW_OVERVIEW,)
#: Caseworkers and supervisors work the queues; auditors look (the screen offers them no action).
QUEUES = (Permission.VIEW_QUEUES,)
#: The supervisors decide the refusals, and follow the appeal deadlines of the decisions they sign (DESIGN §4.3).
REFUSALS = (Permission.DECIDE_REFUSAL,)
#: The supervisors run intake files and resolve their quarantined lines (DESIGN §6); the intake account delivers
#: orders through the CLI, it has no screen.
INTAKE = (Permission.IMPORT_ORDERS,)
#: Auditors and supervisors (DESIGN §2); the service checks the permission again.
AUDIT = (Permission.VIEW_AUDIT, Permission.VIEW_TEAM_AUDIT)


def _queue_screen(queue: Queue) -> ScreenSpec:
    return ScreenSpec(queue.value, partial(queue_title, queue), "queue", QUEUES, partial(QueueScreen, queue=queue))


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec(
        "overview",
        lambda: QCoreApplication.translate("Navigation", "Overview"),
        "overview",
        OVERVIEW,
        OverviewScreen,
    ),
    *(_queue_screen(queue) for queue in (Queue.TO_PROCESS, Queue.MINE, Queue.ON_HOLD, Queue.ALL)),
    ScreenSpec(
        "approvals",
        lambda: QCoreApplication.translate("Navigation", "Decisions to approve"),
        "queue",
        REFUSALS,
        ApprovalsScreen,
    ),
    ScreenSpec(
        "appeal_deadlines",
        lambda: QCoreApplication.translate("Navigation", "Appeal deadlines"),
        "queue",
        REFUSALS,
        DeadlinesScreen,
    ),
    ScreenSpec(
        "to_print",
        lambda: QCoreApplication.translate("Navigation", "To print"),
        "queue",
        (Permission.PRINT_DOCUMENTS,),
        PrintQueueScreen,
    ),
    ScreenSpec(
        "to_ship",
        lambda: QCoreApplication.translate("Navigation", "To ship"),
        "queue",
        (Permission.MARK_SHIPPED,),
        ShippingScreen,
    ),
    ScreenSpec(
        "catalogue",
        lambda: QCoreApplication.translate("Navigation", "Catalogue"),
        "catalogue",
        (Permission.VIEW_REFERENCE_DATA,),
        CatalogueScreen,
    ),
    ScreenSpec(
        "audit",
        lambda: QCoreApplication.translate("Navigation", "Audit trail"),
        "audit",
        AUDIT,
        AuditScreen,
    ),
    # last, so that the shortcuts Ctrl+1…9 of the entries above stay where they were
    ScreenSpec(
        "import",
        lambda: QCoreApplication.translate("Navigation", "Import orders"),
        "import",
        INTAKE,
        ImportScreen,
    ),
    ScreenSpec(
        "quarantine",
        lambda: QCoreApplication.translate("Navigation", "Quarantine"),
        "quarantine",
        INTAKE,
        QuarantineScreen,
    ),
)


def screens_for(roles: Iterable[Role]) -> list[ScreenSpec]:
    """The screens the roles give, in navigation order."""
    held = frozenset(Role(r) for r in roles)
    return [spec for spec in SCREENS if spec.allowed(held)]


def landing_screen(roles: Iterable[Role], keys: list[str]) -> str | None:
    """The screen a user opens on, among ``keys`` (their navigation entries): each role on its work. A caseworker
    on « À traiter » (the orders waiting to be taken), the mail room on « À imprimer »; a supervisor, who follows
    the office before working a queue, and everyone else on the first entry (« Vue d'ensemble »)."""
    held = frozenset(Role(r) for r in roles)
    if Role.SUPERVISOR not in held:
        for role, key in ((Role.CASEWORKER, Queue.TO_PROCESS.value), (Role.MAILROOM, "to_print")):
            if role in held and key in keys:
                return key
    return keys[0] if keys else None
