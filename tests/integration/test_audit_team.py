"""A supervisor audits their team; an auditor audits everybody (DESIGN §2)."""

from __future__ import annotations

from ocpm_factories import add_staff
from sqlalchemy import Engine, text

from ocpm_desk.features.audit.api import AuditFilter
from ocpm_desk.features.audit.trail import search_audit
from ocpm_desk.infrastructure.uow import Actor, UnitOfWork
from ocpm_desk.kernel.roles import Role


def test_a_supervisor_sees_the_trail_of_their_team_only(engine: Engine) -> None:
    boss = add_staff(engine, "sophie", Role.SUPERVISOR)
    add_staff(engine, "anne", Role.CASEWORKER)
    add_staff(engine, "luca", Role.CASEWORKER)
    auditor = Actor("elise", frozenset({Role.AUDITOR}))
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO teams (id, name) VALUES (1, 'Attestations'), (2, 'Naturalisations')"))
        conn.execute(text("UPDATE staff SET team_id = 1 WHERE username IN ('sophie', 'anne')"))
        conn.execute(text("UPDATE staff SET team_id = 2 WHERE username = 'luca'"))
    for who in ("anne", "luca"):
        with UnitOfWork(engine) as uow:
            uow.audit(who, "test.work", "test", 1, {})
            uow.commit()
    seen = {r.actor for r in search_audit(engine, boss, AuditFilter(action="test.work"))}
    assert seen == {"anne"}
    assert {r.actor for r in search_audit(engine, auditor, AuditFilter(action="test.work"))} == {"anne", "luca"}
