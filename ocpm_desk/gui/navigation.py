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
    allowed: Callable[[frozenset[Role]], bool]
    create: Callable[[DeskSession, QWidget | None], DataScreen]


def _may_see_overview(roles: frozenset[Role]) -> bool:
    # status counts are not personal data: every staff role sees the overview, the intake account does not
    return has_permission(roles, Permission.VIEW_OVERVIEW)


def _may_see_catalogue(roles: frozenset[Role]) -> bool:
    return has_permission(roles, Permission.VIEW_REFERENCE_DATA)


def _may_see_queues(roles: frozenset[Role]) -> bool:
    # caseworkers and supervisors work them; auditors look (the screen offers them no action)
    return has_permission(roles, Permission.VIEW_QUEUES)


def _queue_screen(queue: Queue) -> ScreenSpec:
    return ScreenSpec(queue.value, partial(queue_title, queue), "queue", _may_see_queues,
                      partial(QueueScreen, queue=queue))  # fmt: skip


def _may_decide_refusals(roles: frozenset[Role]) -> bool:
    return has_permission(roles, Permission.DECIDE_REFUSAL)


def _may_print(roles: frozenset[Role]) -> bool:
    return has_permission(roles, Permission.PRINT_DOCUMENTS)


def _may_ship(roles: frozenset[Role]) -> bool:
    return has_permission(roles, Permission.MARK_SHIPPED)


def _may_see_deadlines(roles: frozenset[Role]) -> bool:
    # the supervisors follow the decisions they sign (DESIGN §4.3)
    return has_permission(roles, Permission.DECIDE_REFUSAL)


def _may_import(roles: frozenset[Role]) -> bool:
    # the supervisors run intake files and resolve their quarantined lines (DESIGN §6); the intake account delivers
    # orders through the CLI, it has no screen
    return has_permission(roles, Permission.IMPORT_ORDERS)


def _may_see_audit(roles: frozenset[Role]) -> bool:
    # auditors and supervisors (DESIGN §2); the service checks the permission again
    return has_permission(roles, Permission.VIEW_AUDIT) or has_permission(roles, Permission.VIEW_TEAM_AUDIT)


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec(
        "overview",
        lambda: QCoreApplication.translate("Navigation", "Overview"),
        "overview",
        _may_see_overview,
        OverviewScreen,
    ),
    *(_queue_screen(queue) for queue in (Queue.TO_PROCESS, Queue.MINE, Queue.ON_HOLD, Queue.ALL)),
    ScreenSpec(
        "approvals",
        lambda: QCoreApplication.translate("Navigation", "Decisions to approve"),
        "queue",
        _may_decide_refusals,
        ApprovalsScreen,
    ),
    ScreenSpec(
        "appeal_deadlines",
        lambda: QCoreApplication.translate("Navigation", "Appeal deadlines"),
        "queue",
        _may_see_deadlines,
        DeadlinesScreen,
    ),
    ScreenSpec(
        "to_print",
        lambda: QCoreApplication.translate("Navigation", "To print"),
        "queue",
        _may_print,
        PrintQueueScreen,
    ),
    ScreenSpec(
        "to_ship",
        lambda: QCoreApplication.translate("Navigation", "To ship"),
        "queue",
        _may_ship,
        ShippingScreen,
    ),
    ScreenSpec(
        "catalogue",
        lambda: QCoreApplication.translate("Navigation", "Catalogue"),
        "catalogue",
        _may_see_catalogue,
        CatalogueScreen,
    ),
    ScreenSpec(
        "audit",
        lambda: QCoreApplication.translate("Navigation", "Audit trail"),
        "audit",
        _may_see_audit,
        AuditScreen,
    ),
    # last, so that the shortcuts Ctrl+1…9 of the entries above stay where they were
    ScreenSpec(
        "import",
        lambda: QCoreApplication.translate("Navigation", "Import orders"),
        "import",
        _may_import,
        ImportScreen,
    ),
    ScreenSpec(
        "quarantine",
        lambda: QCoreApplication.translate("Navigation", "Quarantine"),
        "quarantine",
        _may_import,
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
