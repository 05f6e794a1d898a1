"""The sender printed on every letter, attestation and deposit list (setting ``letterhead``, DESIGN §7)."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from ocpm_desk.adapters.db import models as m
from ocpm_desk.domain.errors import QT_TRANSLATE_NOOP, DomainError
from ocpm_desk.domain.letters import Letterhead


def read_letterhead(session: Session) -> Letterhead:
    """The letterhead in force, read in the caller's unit of work."""
    row = session.get(m.Setting, "letterhead")
    if row is None:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "the letterhead is not configured (setting 'letterhead'): run init-db"))
    data = json.loads(row.value)
    return Letterhead(
        authority=data["authority"], department=data["department"], office=data["office"],
        office_short=data["office_short"], address_lines=tuple(data["address_lines"]),
        return_address=data["return_address"], phone=data["phone"], website=data["website"], place=data["place"],
    )
