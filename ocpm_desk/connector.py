"""What the login dialog needs of the application: the ``Connector`` protocol and the profiles it offers.

Kept apart from ``ocpm_desk.session`` (which re-exports both) so that the login dialog comes up without
loading the dataclasses of every screen (issue 8, point 7).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ocpm_desk.session import DeskSession


@dataclass(frozen=True, slots=True)
class ProfileChoice:
    key: str  # "demo", "local" or "central"
    label: str  # English source label; the GUI translates it
    location: str  # file path or URL without password, for display
    needs_url: bool  # central: the user may type the server URL


class Connector(Protocol):
    def profiles(self) -> list[ProfileChoice]: ...

    def default_profile(self) -> str: ...

    def open(self, profile: str, username: str, password: str, url: str | None = None) -> DeskSession:
        """Log in; raises AuthenticationFailed, AccountLocked or ConnectionFailed."""
        ...

    def saved_password(self, profile: str, username: str) -> str | None: ...

    def remember_password(self, profile: str, username: str, password: str) -> None: ...

    def forget_password(self, profile: str, username: str) -> None: ...

    def keyring_backend(self) -> str: ...

    def prepare(self) -> None:
        """Load ahead what a login needs (the ORM, the services, the database driver: about half a second) while
        the user types; a login also works without it. Called from a background thread, never the GUI thread."""
        ...

    def keyring_available(self) -> bool:
        """False when only keyring's "fail" backend exists: the "remember" box is then disabled."""
        ...
