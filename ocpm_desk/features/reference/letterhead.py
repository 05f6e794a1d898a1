"""The sender printed on every letter, attestation and deposit list (setting ``letterhead``, DESIGN §7; declared
and checked in ``ocpm_desk.infrastructure.config``)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ocpm_desk.features.reference.settings import read_setting
from ocpm_desk.infrastructure import config
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError
from ocpm_desk.kernel.letters import Letterhead


def read_letterhead(session: Session) -> Letterhead:
    """The letterhead in force, read in the caller's unit of work."""
    try:
        letterhead = read_setting(session, config.LETTERHEAD)
    except config.SettingError:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "the letterhead (setting 'letterhead') is not valid: run init-db to restore it")) from None
    if letterhead is None:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "the letterhead is not configured (setting 'letterhead'): run init-db"))
    return letterhead
