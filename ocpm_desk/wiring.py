"""The application behind the GUI: engines, the desk session over the services, logins (DESIGN §10).

Imported by ``ocpm_desk.bootstrap`` when a user logs in, not before: the login dialog comes up without SQLAlchemy,
the ORM or the services loaded. Nothing else imports it."""

from __future__ import annotations

import logging
import threading
import time
from typing import TypeVar, cast

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from ocpm_desk.binding import FeatureBinding, connection_failed
from ocpm_desk.features.accounts import accounts
from ocpm_desk.features.accounts.api import StaffIdentity
from ocpm_desk.features.audit.api import AuditApi
from ocpm_desk.features.casework.api import CaseworkApi
from ocpm_desk.features.intake.api import IntakeApi
from ocpm_desk.features.mailroom.api import MailroomApi
from ocpm_desk.features.overview.api import OverviewApi
from ocpm_desk.features.reference.api import ReferenceApi
from ocpm_desk.features.reference.settings import read_idle_lock_minutes
from ocpm_desk.features.refusals.api import RefusalsApi
from ocpm_desk.features.workstation import settings as workstation
from ocpm_desk.infrastructure import database
from ocpm_desk.infrastructure import profiles as prof
from ocpm_desk.infrastructure.db.changes import ChangeWatcher, watcher_for
from ocpm_desk.infrastructure.db.engine import make_engine
from ocpm_desk.infrastructure.uow import SYSTEM_CLI, Actor
from ocpm_desk.kernel.errors import AccountLocked, AuthenticationFailed
from ocpm_desk.kernel.phrases import Phrase
from ocpm_desk.session import FEATURE_APIS

log = logging.getLogger(__name__)
T = TypeVar("T")
DEMO_ORDERS = 2000  # what `make run` shows on first start: enough to fill every screen, seeded in a few seconds


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


def without_password(url: str) -> str:
    """The URL as it may be written to the settings file: any password taken out."""
    u = make_url(url)
    if u.password is None:
        return url
    bare = URL.create(u.drivername, u.username, None, u.host, u.port, u.database, u.query)
    return bare.render_as_string(hide_password=False)


def prepare_database(engine: Engine, profile: str) -> None:
    """Démo: create and fill on first start. Local (and a SQLite file given as Central): create the schema."""
    database.init_database(engine, SYSTEM_CLI)
    if profile == prof.DEMO and database.order_count(engine) == 0:
        from ocpm_desk.demo.seed import seed_demo

        seed_demo(engine, orders=DEMO_ORDERS)


class AppDeskSession:
    """A logged-in user's handle on one database: the features' APIs bound to their use cases (``binding``), and
    what belongs to the login itself. Every call opens its own short transaction."""

    def __init__(
        self, engine: Engine, identity: StaffIdentity, label: Phrase, *, central_url: str | None = None
    ) -> None:
        self._engine = engine
        # a central login has its own pool, closed at log out, and its password is checked by the server
        self._central_url = central_url
        self._identity = identity
        self._label = label
        self._watcher: ChangeWatcher | None = None  # opened by the first wait_for_change
        self._watcher_lock = threading.Lock()
        self._closed = False
        apis = {name: FeatureBinding(name, api, engine, self._actor) for name, api in FEATURE_APIS.items()}
        self.casework = cast(CaseworkApi, apis["casework"])
        self.refusals = cast(RefusalsApi, apis["refusals"])
        self.mailroom = cast(MailroomApi, apis["mailroom"])
        self.intake = cast(IntakeApi, apis["intake"])
        self.audit = cast(AuditApi, apis["audit"])
        self.reference = cast(ReferenceApi, apis["reference"])
        self.overview = cast(OverviewApi, apis["overview"])

    @property
    def identity(self) -> StaffIdentity:
        return self._identity

    @property
    def database_label(self) -> Phrase:
        return self._label

    def _actor(self) -> Actor:
        return Actor(self._identity.username, self._identity.roles)

    def check_connection(self) -> bool:
        try:
            with self._engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except DBAPIError:
            return False

    def idle_lock_minutes(self) -> int:
        """The database's setting, shortened by this workstation's preference (the settings dialog) if lower."""
        try:
            minutes = read_idle_lock_minutes(self._engine)
        except DBAPIError as exc:
            raise connection_failed(exc) from None
        return workstation.effective_idle_lock_minutes(minutes, workstation.idle_lock_preference())

    def unlock(self, password: str) -> None:
        try:
            if self._central_url is not None:
                engine, _identity = accounts.authenticate_central(self._central_url, self._identity.username, password)
                engine.dispose()
            else:
                accounts.authenticate(self._engine, self._identity.username, password)
        except DBAPIError as exc:
            raise connection_failed(exc) from None

    def set_own_password(self, new_password: str) -> None:
        try:
            self._identity = accounts.set_own_password(self._engine, self._identity, new_password)
        except DBAPIError as exc:
            raise connection_failed(exc) from None

    def wait_for_change(self, timeout: float) -> bool:
        """PostgreSQL: a connection of its own LISTENs for ``ocpm_orders`` (migration 0005) and this returns as soon
        as a notification comes; SQLite: ``PRAGMA data_version`` every 2 s. Errors are the watcher's business (it
        reconnects); a closed session only sleeps."""
        with self._watcher_lock:
            if self._closed:
                watcher: ChangeWatcher | None = None
            else:
                if self._watcher is None:
                    self._watcher = watcher_for(self._engine)
                watcher = self._watcher
        if watcher is None:
            time.sleep(min(max(timeout, 0.0), 0.1))
            return False
        return watcher.wait(timeout)

    def close(self) -> None:
        """Close a central login's connections (the listening one too); embedded databases keep their shared engine."""
        with self._watcher_lock:
            self._closed = True
            watcher, self._watcher = self._watcher, None
        if watcher is not None:
            watcher.close()
        if self._central_url is not None:
            self._engine.dispose()


def login_for_log(engine: Engine | None, username: str, exc: BaseException) -> str:
    """The login a failed attempt was for, when it names a local account; otherwise not the text typed (a
    password typed into the user field by mistake must not reach the log)."""
    name = username.strip().lower()
    if isinstance(exc, AccountLocked):
        return name  # the account exists
    if engine is None or not isinstance(exc, AuthenticationFailed):
        return "a user not checked"
    try:
        known = accounts.staff_identity(engine, name) is not None
    except Exception:
        known = False
    return name if known else "an unknown user"
