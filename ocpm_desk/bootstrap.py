"""The one place that wires settings, engines, keyring, services and the GUI (DESIGN §10).

Only the entry points (``__main__``, ``cli``) import it. It stays light: the connector answers the login dialog
(profiles, remembered passwords) with the settings file and the keyring only; SQLAlchemy, the ORM and the services
(``ocpm_desk.wiring``: engines and ``AppDeskSession``) are imported at the first login, so the login dialog comes up
sooner (``bench/startup.py``).
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from ocpm_desk.connector import Connector, ProfileChoice
from ocpm_desk.infrastructure import config, secrets
from ocpm_desk.infrastructure import profiles as prof
from ocpm_desk.kernel.errors import ConnectionFailed
from ocpm_desk.kernel.phrases import QT_TRANSLATE_NOOP, Phrase
from ocpm_desk.logging_setup import describe_database, describe_exception

if TYPE_CHECKING:
    from ocpm_desk.session import DeskSession
    from ocpm_desk.wiring import AppDeskSession as AppDeskSession

log = logging.getLogger(__name__)

#: What this module hands on from ``ocpm_desk.wiring`` when asked (imports of earlier versions keep working).
_FROM_WIRING = frozenset({"AppDeskSession", "ENGINES", "DEMO_ORDERS", "prepare_database"})


def __getattr__(name: str) -> Any:
    if name in _FROM_WIRING:
        from ocpm_desk import wiring

        return getattr(wiring, name)
    if name == "_without_password":
        from ocpm_desk import wiring

        return wiring.without_password
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _log_location(profile: str, url: str) -> str:
    """Where a profile points, for the log: the server (no password) or the SQLite file's name."""
    return f"{profile} ({describe_database(url)})"


class AppConnector:
    def __init__(self, override_url: str | None = None) -> None:
        self._override = prof.check_url(override_url) if override_url else None
        # The server each profile last logged in to: "remember" keys the password by it (the Central address
        # typed at login may differ from the one configured).
        self._opened: dict[str, str] = {}

    def profiles(self) -> list[ProfileChoice]:
        labels = {prof.DEMO: "Demo", prof.LOCAL: "Local", prof.CENTRAL: "Central"}
        return [
            ProfileChoice(p.key, labels[p.key], prof.display_url(p.url) if p.url else "", p.key == prof.CENTRAL)
            for p in prof.profiles(self._override)
        ]

    def default_profile(self) -> str:
        if self._override:
            return prof.kind_of(self._override)
        return config.value(config.LAST_PROFILE)

    def url_for(self, profile: str, url: str | None = None) -> str:
        if profile == prof.CENTRAL and url:
            return prof.check_url(url)
        for p in prof.profiles(self._override):
            if p.key == profile:
                if p.url is None:
                    raise ConnectionFailed("no central server is configured: enter its address")
                return p.url
        raise ValueError(f"unknown profile {profile!r}")

    def open(self, profile: str, username: str, password: str, url: str | None = None) -> DeskSession:
        from sqlalchemy.exc import DBAPIError

        from ocpm_desk import binding, wiring  # the ORM, the services and the engines: loaded at the first login
        from ocpm_desk.features.accounts import accounts
        from ocpm_desk.infrastructure import database

        started = time.monotonic()
        try:
            target = self.url_for(profile, url)
        except ValueError as exc:
            log.warning("login failed on %s: %s", profile, describe_exception(exc))
            raise ConnectionFailed(str(exc)) from None
        where = _log_location(profile, target)
        owns_engine = False
        checked_engine: Any = None
        try:
            if prof.is_postgresql(target):
                # each staff member connects as their own PostgreSQL role: the server checks the password
                engine, identity = accounts.authenticate_central(target, username, password)
                owns_engine = True
                if not database.is_current(engine):
                    engine.dispose()
                    raise ConnectionFailed("the central database is not at the current version: ask an "
                                           "administrator to run 'ocpm-desk-admin upgrade'")
            else:
                engine = checked_engine = wiring.ENGINES.get(target)
                wiring.prepare_database(engine, profile)
                identity = accounts.authenticate(engine, username, password)
        except DBAPIError as exc:
            log.warning("login failed on %s: the database cannot be reached", where)
            raise binding.connection_failed(exc) from None
        except Exception as exc:
            log.warning("login failed for %s on %s: %s", wiring.login_for_log(checked_engine, username, exc), where,
                        describe_exception(exc))
            raise
        changes: dict[config.Setting[Any], str] = {config.LAST_PROFILE: profile}
        if profile == prof.CENTRAL and url:
            changes[config.CENTRAL_URL] = wiring.without_password(target)
        config.write_file(changes)
        self._opened[profile] = target
        log.info("login: %s on %s, roles %s (%d ms)", identity.username, where,
                 ",".join(sorted(identity.roles)) or "none", (time.monotonic() - started) * 1000)
        label = Phrase(QT_TRANSLATE_NOOP("Profile", "{profile} — {where}"), context="Profile",
                       profile=Phrase(profile_label(profile), context="Profile"), where=prof.display_url(target))
        return wiring.AppDeskSession(engine, identity, label, central_url=target if owns_engine else None)

    def _keyring_url(self, profile: str) -> str | None:
        """The server a profile's remembered passwords belong to (None: no server configured)."""
        if profile in self._opened:
            return self._opened[profile]
        try:
            return self.url_for(profile)
        except (ValueError, ConnectionFailed):
            return None

    def saved_password(self, profile: str, username: str) -> str | None:
        target = self._keyring_url(profile)
        return secrets.get_password(username, target) if target else None

    def remember_password(self, profile: str, username: str, password: str) -> None:
        target = self._keyring_url(profile)
        if target:
            secrets.set_password(username, target, password)

    def forget_password(self, profile: str, username: str) -> None:
        target = self._keyring_url(profile)
        if target:
            secrets.delete_password(username, target)

    def keyring_backend(self) -> str:
        return secrets.backend_name()

    def prepare(self) -> None:
        # the engines, the session and, through them, the ORM, the driver and every feature's use cases (the
        # session binds them at the login): what ``open`` needs, loaded once
        from ocpm_desk import wiring  # noqa: F401
        from ocpm_desk.binding import use_cases_of
        from ocpm_desk.session import FEATURE_APIS

        for feature in FEATURE_APIS:
            use_cases_of(feature)

    def keyring_available(self) -> bool:
        return secrets.keyring_available()


def profile_label(profile: str) -> str:
    """The English source of a profile's name (context ``Profile``; the GUI says it translated)."""
    return {prof.DEMO: "Demo", prof.LOCAL: "Local", prof.CENTRAL: "Central"}.get(profile, profile)


def make_connector(override_url: str | None = None) -> Connector:
    return AppConnector(override_url)
