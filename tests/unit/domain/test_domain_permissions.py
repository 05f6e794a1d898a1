"""The role matrix of DESIGN §2, and its agreement with the lifecycle's grants."""

from __future__ import annotations

import pytest

from ocpm_desk.kernel.errors import DomainError, PermissionDenied
from ocpm_desk.kernel.lifecycle import TRANSITIONS, Transition
from ocpm_desk.kernel.permissions import (
    MATRIX,
    PERSONAL_DATA_ROLES,
    READ_ONLY,
    Permission,
    has_permission,
    permissions_of,
    require,
)
from ocpm_desk.kernel.roles import Role, parse_roles

P, R = Permission, Role
#: Permissions that show the personal data of orders or of the register (names, addresses, AVS numbers).
PERSONAL_DATA = {P.VIEW_ORDER, P.VIEW_QUEUES, P.VIEW_SHIPPING, P.VIEW_AUDIT, P.VIEW_TEAM_AUDIT}
CASEWORK = {
    P.VIEW_QUEUES, P.VIEW_ORDER, P.CLAIM_ORDER, P.RELEASE_ORDER, P.EVALUATE_CONDITIONS, P.OVERRIDE_CONDITION,
    P.APPROVE_ORDER, P.PROPOSE_REFUSAL, P.HOLD_ORDER, P.RECORD_WITHDRAWAL, P.HANDLE_CORRECTION, P.SEND_AGAIN,
}  # fmt: skip


def test_every_role_has_a_row_and_every_permission_a_holder() -> None:
    assert set(MATRIX) == set(Role)
    assert set().union(*MATRIX.values()) == set(Permission)


def test_caseworker() -> None:
    held = permissions_of([R.CASEWORKER])
    assert held >= CASEWORK
    assert not held & {P.DECIDE_REFUSAL, P.ASSIGN_ORDER, P.VIEW_DASHBOARD, P.VIEW_TEAM_AUDIT, P.IMPORT_ORDERS}
    assert not held & {P.MANAGE_USERS, P.MANAGE_REFERENCE_DATA, P.PRINT_DOCUMENTS, P.MARK_SHIPPED}
    assert not held & {P.RECEIVE_ORDER, P.RECORD_PAYMENT}


def test_supervisor_may_do_everything_a_caseworker_may_and_more() -> None:
    supervisor = permissions_of([R.SUPERVISOR])
    assert permissions_of([R.CASEWORKER]) < supervisor
    assert {P.DECIDE_REFUSAL, P.ASSIGN_ORDER, P.VIEW_DASHBOARD, P.VIEW_TEAM_AUDIT, P.IMPORT_ORDERS} <= supervisor
    assert not supervisor & {P.MANAGE_USERS, P.MANAGE_REFERENCE_DATA}


def test_mailroom_sees_shipping_data_only() -> None:
    mailroom = permissions_of([R.MAILROOM])
    assert mailroom == {
        P.VIEW_SHIPPING, P.PRINT_DOCUMENTS, P.MARK_SHIPPED, P.RECORD_RETURN, P.RECORD_DELIVERY, P.DEPOSIT_LIST,
        P.VIEW_OVERVIEW,
    }  # fmt: skip
    assert P.VIEW_ORDER not in mailroom and P.VIEW_QUEUES not in mailroom


def test_admin_has_no_access_to_personal_data() -> None:
    admin = permissions_of([R.ADMIN])
    assert admin == {P.MANAGE_USERS, P.MANAGE_REFERENCE_DATA, P.VIEW_REFERENCE_DATA, P.VIEW_OVERVIEW}
    assert not admin & PERSONAL_DATA
    assert R.ADMIN not in PERSONAL_DATA_ROLES


def test_auditor_only_reads() -> None:
    auditor = permissions_of([R.AUDITOR])
    assert auditor <= READ_ONLY
    assert {P.VIEW_ORDER, P.VIEW_AUDIT, P.VERIFY_AUDIT} <= auditor
    assert not auditor & (CASEWORK - {P.VIEW_QUEUES, P.VIEW_ORDER})


def test_read_only_permissions_change_nothing() -> None:
    changing = {
        P.CLAIM_ORDER, P.RELEASE_ORDER, P.EVALUATE_CONDITIONS, P.OVERRIDE_CONDITION, P.APPROVE_ORDER,
        P.PROPOSE_REFUSAL, P.HOLD_ORDER, P.RECORD_WITHDRAWAL, P.HANDLE_CORRECTION, P.SEND_AGAIN, P.DECIDE_REFUSAL,
        P.ASSIGN_ORDER, P.IMPORT_ORDERS, P.PRINT_DOCUMENTS, P.MARK_SHIPPED, P.RECORD_RETURN, P.RECORD_DELIVERY,
        P.DEPOSIT_LIST, P.MANAGE_USERS, P.MANAGE_REFERENCE_DATA, P.RECEIVE_ORDER, P.RECORD_PAYMENT,
        P.RECORD_TRACKING,
    }  # fmt: skip
    assert not READ_ONLY & changing
    assert READ_ONLY | changing == set(Permission)


def test_intake_is_a_technical_account() -> None:
    intake = permissions_of([R.INTAKE])
    assert intake == {P.RECEIVE_ORDER, P.RECORD_PAYMENT, P.RECORD_TRACKING, P.RECORD_DELIVERY}
    assert not intake & PERSONAL_DATA


def test_personal_data_roles_are_those_that_may_view_an_order() -> None:
    assert {role for role in Role if P.VIEW_ORDER in MATRIX[role]} == PERSONAL_DATA_ROLES
    assert {R.CASEWORKER, R.SUPERVISOR, R.AUDITOR} == PERSONAL_DATA_ROLES


def test_several_roles_add_up() -> None:
    both = permissions_of([R.MAILROOM, R.AUDITOR])
    assert both == MATRIX[R.MAILROOM] | MATRIX[R.AUDITOR]
    assert has_permission([R.MAILROOM, R.AUDITOR], P.VIEW_ORDER)
    assert not has_permission([R.MAILROOM], P.VIEW_ORDER)
    assert permissions_of([]) == frozenset()
    assert not has_permission([], P.VIEW_REFERENCE_DATA)
    assert permissions_of(["admin"]) == MATRIX[R.ADMIN]  # type: ignore[list-item]


def test_require() -> None:
    require("carla", [R.CASEWORKER], P.CLAIM_ORDER)
    with pytest.raises(PermissionDenied) as excinfo:
        require("carla", [R.CASEWORKER], P.DECIDE_REFUSAL)
    assert str(excinfo.value) == "carla is not allowed to decide refusal"
    assert excinfo.value.permission == "decide_refusal" and excinfo.value.username == "carla"
    assert isinstance(excinfo.value, DomainError)
    with pytest.raises(PermissionDenied, match="view order"):
        require("ada", [R.ADMIN], P.VIEW_ORDER)


# Which permission a service must hold for each lifecycle action; a role granted the transition holds it.
ACTION_PERMISSION = {
    "receive": P.RECEIVE_ORDER,
    "validate_payment": P.RECORD_PAYMENT,
    "cancel": P.RECORD_PAYMENT,
    "claim": P.CLAIM_ORDER,
    "release": P.RELEASE_ORDER,
    "hold": P.HOLD_ORDER,
    "resume": P.HOLD_ORDER,
    "approve": P.APPROVE_ORDER,
    "propose_refusal": P.PROPOSE_REFUSAL,
    "return_refusal": P.DECIDE_REFUSAL,
    "approve_refusal": P.DECIDE_REFUSAL,
    "withdraw": P.RECORD_WITHDRAWAL,
    "print": P.PRINT_DOCUMENTS,
    "ship": P.MARK_SHIPPED,
    "deliver": P.RECORD_DELIVERY,
    "record_return": P.RECORD_RETURN,
    "send_again": P.SEND_AGAIN,
    "reissue": P.HANDLE_CORRECTION,
}


@pytest.mark.parametrize("transition", TRANSITIONS, ids=lambda t: f"{t.from_status or 'new'}->{t.to_status}")
def test_lifecycle_grants_agree_with_the_matrix(transition: Transition) -> None:
    permission = ACTION_PERMISSION[transition.action]
    for grant in transition.grants:
        assert permission in MATRIX[grant.role], (grant.role, permission)


def test_parse_roles() -> None:
    assert parse_roles("caseworker, supervisor") == {R.CASEWORKER, R.SUPERVISOR}
    assert parse_roles(["auditor"]) == {R.AUDITOR}
    with pytest.raises(ValueError, match="unknown role 'boss'"):
        parse_roles(["boss"])
