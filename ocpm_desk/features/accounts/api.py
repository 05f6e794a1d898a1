"""The accounts feature's API: who is logged in."""

from __future__ import annotations

from dataclasses import dataclass

from ocpm_desk.kernel.roles import Role


@dataclass(frozen=True, slots=True)
class StaffIdentity:
    username: str
    display_name: str
    roles: frozenset[Role]
    pending: bool = False  # PostgreSQL: asked by an administrator, waiting for a second one to confirm it
    must_change_password: bool = False  # logged in with a one-time password: a new one is chosen before working
