"""What the GUI holds once a user is logged in: a ``DeskSession``, composed of the features' APIs.

``session.casework.claim_next()``, ``session.refusals.approve_refusal(…)``, ``session.mailroom.ship(…)``: each
attribute is one feature's API protocol (``ocpm_desk/features/<name>/api.py``), whose methods the session binds to
the feature's use cases of the same name (``ocpm_desk.wiring``). What belongs to the login itself — who is logged
in, the idle lock, the own password, live updates — sits on the session. ``Connector`` opens a session for a
profile and a user; ``bootstrap`` builds the real ones. The GUI imports this module for types only; nothing here
reaches below the features' APIs.
"""

from __future__ import annotations

from typing import Protocol

from ocpm_desk.connector import Connector as Connector  # re-exported: the names the GUI knows
from ocpm_desk.connector import ProfileChoice as ProfileChoice
from ocpm_desk.features.accounts.api import StaffIdentity
from ocpm_desk.features.audit.api import AuditApi
from ocpm_desk.features.casework.api import CaseworkApi
from ocpm_desk.features.intake.api import IntakeApi
from ocpm_desk.features.mailroom.api import MailroomApi
from ocpm_desk.features.overview.api import OverviewApi
from ocpm_desk.features.reference.api import ReferenceApi
from ocpm_desk.features.refusals.api import RefusalsApi
from ocpm_desk.kernel.phrases import Phrase

#: The feature APIs a session carries, by attribute name (the wiring binds each, a test checks each protocol).
FEATURE_APIS: dict[str, type] = {
    "casework": CaseworkApi,
    "refusals": RefusalsApi,
    "mailroom": MailroomApi,
    "intake": IntakeApi,
    "audit": AuditApi,
    "reference": ReferenceApi,
    "overview": OverviewApi,
}


class DeskSession(Protocol):
    """A logged-in user's view of the database. Every call may raise ``DomainError`` subclasses."""

    casework: CaseworkApi
    refusals: RefusalsApi
    mailroom: MailroomApi
    intake: IntakeApi
    audit: AuditApi
    reference: ReferenceApi
    overview: OverviewApi

    @property
    def identity(self) -> StaffIdentity: ...

    @property
    def database_label(self) -> Phrase: ...  # "Demo — demo.sqlite", said in the reader's language

    def check_connection(self) -> bool: ...

    def idle_lock_minutes(self) -> int:
        """Minutes without input after which the window hides its content (setting ``idle_lock_minutes``)."""
        ...

    def unlock(self, password: str) -> None:
        """Check the logged-in user's password again (idle lock); raises AuthenticationFailed."""
        ...

    def set_own_password(self, new_password: str) -> None:
        """Replace the logged-in user's password (a one-time one, at the first login: identity.must_change_password);
        afterwards ``identity.must_change_password`` is false."""
        ...

    def wait_for_change(self, timeout: float) -> bool:
        """Block up to ``timeout`` seconds until orders change anywhere (PostgreSQL ``LISTEN``); True if they did.

        On SQLite returns True when the file changed since the last call (``PRAGMA data_version``), else sleeps and
        returns False. Called from a background thread, never the GUI thread.
        """
        ...

    def close(self) -> None: ...
