"""The one place that wires settings, engines, keyring, services and the GUI (DESIGN §10)."""

from __future__ import annotations

import logging
import threading
from datetime import date

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from ocpm_desk.adapters import profiles as prof
from ocpm_desk.adapters import secrets
from ocpm_desk.adapters.db.engine import make_engine
from ocpm_desk.domain.errors import ConnectionFailed
from ocpm_desk.domain.permissions import Permission, require
from ocpm_desk.queries.catalogue import load_catalogue
from ocpm_desk.queries.overview import load_overview
from ocpm_desk.services import accounts, database
from ocpm_desk.services.desk import Catalogue, Connector, DeskSession, Overview, ProfileChoice, StaffIdentity
from ocpm_desk.services.uow import SYSTEM_CLI

log = logging.getLogger(__name__)
DEMO_ORDERS = 2000  # what `make run` shows on first start: enough to fill every screen, seeded in a second or two


class _Engines:
    """One engine (and pool) per URL for the life of the process."""

    def __init__(self) -> None:
        self._engines: dict[str, Engine] = {}
        self._lock = threading.Lock()

    def get(self, url: str) -> Engine:
        with self._lock:
            if url not in self._engines:
                self._engines[url] = make_engine(url)
            return self._engines[url]

    def dispose(self) -> None:
        with self._lock:
            for engine in self._engines.values():
                engine.dispose()
            self._engines.clear()


ENGINES = _Engines()


def _connection_failed(exc: DBAPIError) -> ConnectionFailed:
    first = " ".join(str(exc.orig).split()) if exc.orig else type(exc).__name__
    return ConnectionFailed(first)


def prepare_database(engine: Engine, profile: str) -> None:
    """Démo: create and fill on first start. Local: create the schema. Central: must be migrated by an admin."""
    if profile == prof.CENTRAL:
        if not database.is_current(engine):
            raise ConnectionFailed("the central database is not at the current version: ask an administrator "
                                   "to run 'ocpm-desk-admin upgrade'")
        return
    database.init_database(engine, SYSTEM_CLI)
    if profile == prof.DEMO and database.order_count(engine) == 0:
        from ocpm_desk.services.demo_seed import seed_demo

        seed_demo(engine, orders=DEMO_ORDERS)


class AppDeskSession:
    """A logged-in user's handle on one database; every call opens its own short transaction."""

    def __init__(self, engine: Engine, identity: StaffIdentity, label: str) -> None:
        self._engine = engine
        self._identity = identity
        self._label = label

    @property
    def identity(self) -> StaffIdentity:
        return self._identity

    @property
    def database_label(self) -> str:
        return self._label

    def check_connection(self) -> bool:
        try:
            with self._engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except DBAPIError:
            return False

    def overview(self) -> Overview:
        require(self._identity.username, self._identity.roles, Permission.VIEW_OVERVIEW)
        try:
            return load_overview(self._engine, self._identity.roles)
        except DBAPIError as exc:
            raise _connection_failed(exc) from None

    def catalogue(self, on: date) -> Catalogue:
        require(self._identity.username, self._identity.roles, Permission.VIEW_REFERENCE_DATA)
        try:
            return load_catalogue(self._engine, on)
        except DBAPIError as exc:
            raise _connection_failed(exc) from None

    def close(self) -> None:
        """Nothing to release per session: the engine's pool outlives a login."""


class AppConnector:
    def __init__(self, override_url: str | None = None) -> None:
        self._override = prof.check_url(override_url) if override_url else None

    def profiles(self) -> list[ProfileChoice]:
        labels = {prof.DEMO: "Demo", prof.LOCAL: "Local", prof.CENTRAL: "Central"}
        return [
            ProfileChoice(p.key, labels[p.key], prof.display_url(p.url) if p.url else "", p.key == prof.CENTRAL)
            for p in prof.profiles(self._override)
        ]

    def default_profile(self) -> str:
        if self._override:
            return prof.kind_of(self._override)
        return str(prof.read_settings().get("last_profile", prof.DEMO))

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
        try:
            target = self.url_for(profile, url)
        except ValueError as exc:
            raise ConnectionFailed(str(exc)) from None
        engine = ENGINES.get(target)
        try:
            prepare_database(engine, profile)
            identity = accounts.authenticate(engine, username, password)
        except DBAPIError as exc:
            raise _connection_failed(exc) from None
        changes: dict[str, str] = {"last_profile": profile}
        if profile == prof.CENTRAL and url:
            changes["central_url"] = target
        prof.write_settings(**changes)
        return AppDeskSession(engine, identity, f"{profile_label(profile)} — {prof.display_url(target)}")

    def saved_password(self, profile: str, username: str) -> str | None:
        return secrets.get_password(profile, username)

    def remember_password(self, profile: str, username: str, password: str) -> None:
        secrets.set_password(profile, username, password)

    def forget_password(self, profile: str, username: str) -> None:
        secrets.delete_password(profile, username)

    def keyring_backend(self) -> str:
        return secrets.backend_name()


def profile_label(profile: str) -> str:
    return {prof.DEMO: "Démo", prof.LOCAL: "Local", prof.CENTRAL: "Central"}.get(profile, profile)


def make_connector(override_url: str | None = None) -> Connector:
    return AppConnector(override_url)
