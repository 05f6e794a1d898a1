"""The audit witness as the audit screen shows it beside the journal."""

from __future__ import annotations

import logging

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from ocpm_desk.features.audit.api import AuditWitness
from ocpm_desk.features.audit.trail import refresh_witness
from ocpm_desk.infrastructure.uow import Actor
from ocpm_desk.infrastructure.use_case import use_case
from ocpm_desk.kernel.errors import DomainError
from ocpm_desk.kernel.permissions import Permission, has_permission
from ocpm_desk.logging_setup import describe_exception

log = logging.getLogger(__name__)


@use_case(Permission.VIEW_AUDIT, Permission.VIEW_TEAM_AUDIT)
def screen_witness(engine: Engine, actor: Actor) -> AuditWitness | None:
    """For an auditor, the witness moved on to the chain's head (cheap; a witness the chain no longer contains stays,
    for the next verification to report). None for a user who cannot verify the chain, and when the witness cannot
    be read: the journal is shown all the same, the failure is logged."""
    if not has_permission(actor.roles, Permission.VERIFY_AUDIT):
        return None
    try:
        return refresh_witness(engine, actor)
    except (DBAPIError, OSError, DomainError) as exc:
        log.warning("audit witness not read: %s", describe_exception(exc))
        return None
