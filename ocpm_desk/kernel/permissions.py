"""The permission matrix of DESIGN §2: which role may do what.

Hiding a screen is cosmetic; services call ``require`` at the entry of every use case, and on PostgreSQL the
database checks again.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, PermissionDenied
from ocpm_desk.kernel.roles import Role


class Permission(StrEnum):
    VIEW_OVERVIEW = "view_overview"  # counts of orders by status (no personal data)
    # case work
    VIEW_QUEUES = "view_queues"
    VIEW_ORDER = "view_order"  # an order with its personal data and the register record
    CLAIM_ORDER = "claim_order"
    RELEASE_ORDER = "release_order"
    EVALUATE_CONDITIONS = "evaluate_conditions"
    OVERRIDE_CONDITION = "override_condition"
    APPROVE_ORDER = "approve_order"
    PROPOSE_REFUSAL = "propose_refusal"
    HOLD_ORDER = "hold_order"
    RECORD_WITHDRAWAL = "record_withdrawal"
    HANDLE_CORRECTION = "handle_correction"
    SEND_AGAIN = "send_again"
    # supervision
    DECIDE_REFUSAL = "decide_refusal"  # approve or return a proposal made by someone else
    ASSIGN_ORDER = "assign_order"
    VIEW_DASHBOARD = "view_dashboard"
    VIEW_TEAM_AUDIT = "view_team_audit"
    IMPORT_ORDERS = "import_orders"
    # mail room
    VIEW_SHIPPING = "view_shipping"  # address, product, documents only
    PRINT_DOCUMENTS = "print_documents"
    MARK_SHIPPED = "mark_shipped"
    RECORD_RETURN = "record_return"
    RECORD_DELIVERY = "record_delivery"
    DEPOSIT_LIST = "deposit_list"
    # administration
    MANAGE_USERS = "manage_users"
    MANAGE_REFERENCE_DATA = "manage_reference_data"
    VIEW_REFERENCE_DATA = "view_reference_data"
    # audit
    VIEW_AUDIT = "view_audit"
    VERIFY_AUDIT = "verify_audit"
    # intake (the web platform's technical account)
    RECEIVE_ORDER = "receive_order"
    RECORD_PAYMENT = "record_payment"
    RECORD_TRACKING = "record_tracking"


#: A permission's words as ``PermissionDenied`` says them ("… is not allowed to view order"), marked for the
#: translators: the value with spaces for underscores.
PERMISSION_TEXTS: dict[Permission, str] = {
    Permission.VIEW_OVERVIEW: QT_TRANSLATE_NOOP("Message", "view overview"),
    Permission.VIEW_QUEUES: QT_TRANSLATE_NOOP("Message", "view queues"),
    Permission.VIEW_ORDER: QT_TRANSLATE_NOOP("Message", "view order"),
    Permission.CLAIM_ORDER: QT_TRANSLATE_NOOP("Message", "claim order"),
    Permission.RELEASE_ORDER: QT_TRANSLATE_NOOP("Message", "release order"),
    Permission.EVALUATE_CONDITIONS: QT_TRANSLATE_NOOP("Message", "evaluate conditions"),
    Permission.OVERRIDE_CONDITION: QT_TRANSLATE_NOOP("Message", "override condition"),
    Permission.APPROVE_ORDER: QT_TRANSLATE_NOOP("Message", "approve order"),
    Permission.PROPOSE_REFUSAL: QT_TRANSLATE_NOOP("Message", "propose refusal"),
    Permission.HOLD_ORDER: QT_TRANSLATE_NOOP("Message", "hold order"),
    Permission.RECORD_WITHDRAWAL: QT_TRANSLATE_NOOP("Message", "record withdrawal"),
    Permission.HANDLE_CORRECTION: QT_TRANSLATE_NOOP("Message", "handle correction"),
    Permission.SEND_AGAIN: QT_TRANSLATE_NOOP("Message", "send again"),
    Permission.DECIDE_REFUSAL: QT_TRANSLATE_NOOP("Message", "decide refusal"),
    Permission.ASSIGN_ORDER: QT_TRANSLATE_NOOP("Message", "assign order"),
    Permission.VIEW_DASHBOARD: QT_TRANSLATE_NOOP("Message", "view dashboard"),
    Permission.VIEW_TEAM_AUDIT: QT_TRANSLATE_NOOP("Message", "view team audit"),
    Permission.IMPORT_ORDERS: QT_TRANSLATE_NOOP("Message", "import orders"),
    Permission.VIEW_SHIPPING: QT_TRANSLATE_NOOP("Message", "view shipping"),
    Permission.PRINT_DOCUMENTS: QT_TRANSLATE_NOOP("Message", "print documents"),
    Permission.MARK_SHIPPED: QT_TRANSLATE_NOOP("Message", "mark shipped"),
    Permission.RECORD_RETURN: QT_TRANSLATE_NOOP("Message", "record return"),
    Permission.RECORD_DELIVERY: QT_TRANSLATE_NOOP("Message", "record delivery"),
    Permission.DEPOSIT_LIST: QT_TRANSLATE_NOOP("Message", "deposit list"),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("Message", "manage users"),
    Permission.MANAGE_REFERENCE_DATA: QT_TRANSLATE_NOOP("Message", "manage reference data"),
    Permission.VIEW_REFERENCE_DATA: QT_TRANSLATE_NOOP("Message", "view reference data"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("Message", "view audit"),
    Permission.VERIFY_AUDIT: QT_TRANSLATE_NOOP("Message", "verify audit"),
    Permission.RECEIVE_ORDER: QT_TRANSLATE_NOOP("Message", "receive order"),
    Permission.RECORD_PAYMENT: QT_TRANSLATE_NOOP("Message", "record payment"),
    Permission.RECORD_TRACKING: QT_TRANSLATE_NOOP("Message", "record tracking"),
}

P = Permission
_CASEWORKER = frozenset(
    {
        P.VIEW_QUEUES, P.VIEW_ORDER, P.CLAIM_ORDER, P.RELEASE_ORDER, P.EVALUATE_CONDITIONS,
        P.OVERRIDE_CONDITION, P.APPROVE_ORDER, P.PROPOSE_REFUSAL, P.HOLD_ORDER, P.RECORD_WITHDRAWAL,
        P.HANDLE_CORRECTION, P.SEND_AGAIN, P.VIEW_REFERENCE_DATA, P.VIEW_OVERVIEW,
    }
)  # fmt: skip

MATRIX: dict[Role, frozenset[Permission]] = {
    Role.CASEWORKER: _CASEWORKER,
    Role.SUPERVISOR: _CASEWORKER
    | {
        P.DECIDE_REFUSAL, P.ASSIGN_ORDER, P.VIEW_DASHBOARD, P.VIEW_TEAM_AUDIT, P.IMPORT_ORDERS,
        P.RECEIVE_ORDER, P.RECORD_PAYMENT,
    },
    Role.MAILROOM: frozenset(
        {P.VIEW_SHIPPING, P.PRINT_DOCUMENTS, P.MARK_SHIPPED, P.RECORD_RETURN, P.RECORD_DELIVERY, P.DEPOSIT_LIST,
         P.VIEW_OVERVIEW}
    ),
    Role.ADMIN: frozenset({P.MANAGE_USERS, P.MANAGE_REFERENCE_DATA, P.VIEW_REFERENCE_DATA, P.VIEW_OVERVIEW}),
    Role.AUDITOR: frozenset(
        {P.VIEW_QUEUES, P.VIEW_ORDER, P.VIEW_AUDIT, P.VERIFY_AUDIT, P.VIEW_REFERENCE_DATA, P.VIEW_OVERVIEW}
    ),
    Role.INTAKE: frozenset({P.RECEIVE_ORDER, P.RECORD_PAYMENT, P.RECORD_TRACKING, P.RECORD_DELIVERY}),
}

#: Permissions that change nothing: an auditor holds only these (plus what they read).
READ_ONLY = frozenset(
    {P.VIEW_OVERVIEW, P.VIEW_QUEUES, P.VIEW_ORDER, P.VIEW_AUDIT, P.VERIFY_AUDIT, P.VIEW_REFERENCE_DATA,
     P.VIEW_DASHBOARD, P.VIEW_TEAM_AUDIT, P.VIEW_SHIPPING}
)  # fmt: skip

#: Who may read the personal data of orders and the population register.
PERSONAL_DATA_ROLES = frozenset({Role.CASEWORKER, Role.SUPERVISOR, Role.AUDITOR})


def permissions_of(roles: Iterable[Role]) -> frozenset[Permission]:
    out: set[Permission] = set()
    for role in roles:
        out |= MATRIX[Role(role)]
    return frozenset(out)


def has_permission(roles: Iterable[Role], permission: Permission) -> bool:
    return permission in permissions_of(roles)


def require(username: str, roles: Iterable[Role], permission: Permission) -> None:
    """Raise ``PermissionDenied`` unless one of ``roles`` grants ``permission``."""
    if not has_permission(roles, permission):
        raise PermissionDenied(username, permission.value)
