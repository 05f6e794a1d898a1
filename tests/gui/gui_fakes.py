"""What a real database cannot show, for the GUI tests: the login and a connection that drops.

The screens run over real sessions (``ocpm_desk.wiring.AppDeskSession``: the features' use cases on the test's
SQLite database). ``session_for(engine, username)`` logs in one of ``USERS`` — the staff of the GUI tests, added to
the database on first use with their display name, roles and ``PASSWORD`` — and wraps the session in a
``WatchedSession``, which

- records on which thread each call ran (``thread_of``), so that tests prove the database is never touched from
  the GUI thread, and holds calls at a ``gate`` (or ``delays`` them) to look at the window while work is in flight;
- shows what one call was given and returned from some moment on (``watch``);
- loses the connection on demand: ``lost`` (every call raises ``ConnectionFailed``, ``check_connection`` is
  false), or ``fail(name, error)`` for one call (``once``: its next run only);
- announces changes made "elsewhere" (``announce_change``): the notification PostgreSQL's ``LISTEN`` would bring.

``FakeConnector`` stands for the login: its profiles, ``PASSWORD`` checked here, locked accounts, an unreachable
server, a keyring in a dict; the session it opens is a real one. (A module of its own, not the conftest: tests and
review scripts import it by name.)
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session

from ocpm_desk.features.accounts.api import StaffIdentity
from ocpm_desk.features.audit.api import AuditApi
from ocpm_desk.features.casework.api import CaseworkApi
from ocpm_desk.features.intake.api import IntakeApi
from ocpm_desk.features.mailroom.api import MailroomApi
from ocpm_desk.features.overview.api import OverviewApi
from ocpm_desk.features.reference.api import ReferenceApi
from ocpm_desk.features.refusals.api import RefusalsApi
from ocpm_desk.infrastructure.db.models import Staff, StaffRole, Team
from ocpm_desk.infrastructure.passwords import hash_password
from ocpm_desk.kernel.errors import AccountLocked, AuthenticationFailed, ConnectionFailed
from ocpm_desk.kernel.phrases import Phrase
from ocpm_desk.kernel.roles import Role
from ocpm_desk.session import Connector, DeskSession, ProfileChoice
from ocpm_desk.wiring import AppDeskSession

GUI_THREAD = threading.main_thread().ident

PASSWORD = "correct horse"

#: The staff of the GUI tests: username → (display name, roles). The screen tests' team: Claire Dubois and Julie Meyer
#: work the orders, Marc Rochat (and Julie Meyer) supervise, Sophie Müller audits, Nadia Favre runs the mail room.
USERS: dict[str, tuple[str, frozenset[Role]]] = {
    "cdubois": ("Claire Dubois", frozenset({Role.CASEWORKER})),
    "mrochat": ("Marc Rochat", frozenset({Role.SUPERVISOR})),
    "nfavre": ("Nadia Favre", frozenset({Role.MAILROOM})),
    "pblanc": ("Pierre Blanc", frozenset({Role.ADMIN})),
    "smuller": ("Sophie Müller", frozenset({Role.AUDITOR})),
    "edemarches": ("Plateforme e-démarches", frozenset({Role.INTAKE})),
    "jmeyer": ("Julie Meyer", frozenset({Role.CASEWORKER, Role.SUPERVISOR})),
}

LOST = "connection lost (test)"
TEAM = "Équipe attestations"  # the caseworkers and supervisors of ``USERS``: a supervisor audits their team


@functools.cache
def password_hash() -> str:
    """``PASSWORD``'s argon2 hash, computed once per run (a hash takes a tenth of a second on purpose)."""
    return hash_password(PASSWORD)


def add_users(engine: Engine, *usernames: str) -> None:
    """The staff of ``USERS`` (those named, or all) who are not in the database yet, with ``PASSWORD``; the
    caseworkers and supervisors in the team ``TEAM``."""
    with Session(engine) as s:
        team = s.scalar(select(Team).where(Team.name == TEAM))
        for username in usernames or tuple(USERS):
            if s.get(Staff, username) is not None:
                continue
            display_name, roles = USERS[username]
            if team is None and roles & {Role.CASEWORKER, Role.SUPERVISOR}:
                team = Team(name=TEAM)
                s.add(team)
                s.flush()
            s.add(Staff(username=username, display_name=display_name, password_hash=password_hash(), active=True,
                        failed_logins=0, created_at=datetime.now(UTC),
                        team_id=team.id if team and roles & {Role.CASEWORKER, Role.SUPERVISOR} else None,
                        roles=[StaffRole(role=r.value) for r in sorted(roles)]))  # fmt: skip
        s.commit()


def sql_threads(engine: Engine) -> set[int | None]:
    """The threads that send SQL through ``engine`` from now on (the set fills as they do): screens read and write
    off the GUI thread, so ``GUI_THREAD`` must never be in it while a window works (a test that reads the database
    itself meanwhile clears the set afterwards)."""
    seen: set[int | None] = set()

    def record(*_args: object) -> None:
        seen.add(threading.get_ident())

    event.listen(engine, "before_cursor_execute", record)
    return seen


def demo_label(where: str = "demo.sqlite") -> Phrase:
    """The status bar's database label of a Démo login: « Démo — demo.sqlite »."""
    return Phrase("{profile} — {where}", context="Profile", profile=Phrase("Demo", context="Profile"), where=where)


def session_for(engine: Engine, username: str, *, must_change_password: bool = False) -> WatchedSession:
    """``username`` of ``USERS`` logged in on ``engine`` (the whole staff of ``USERS`` is added on first use): a real
    session, the one the GUI holds after a login, watched."""
    add_users(engine)
    display_name, roles = USERS[username]
    identity = StaffIdentity(username, display_name, roles, must_change_password=must_change_password)
    return WatchedSession(AppDeskSession(engine, identity, demo_label()))


class _WatchedApi:
    """One feature's API of a watched session: each method goes through ``WatchedSession.enter`` first."""

    def __init__(self, owner: WatchedSession, feature: str, api: object) -> None:
        self._owner, self._feature, self._api = owner, feature, api

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self._api, name)
        qualified = f"{self._feature}.{name}"

        def call(*args: Any, **kwargs: Any) -> Any:
            self._owner.enter(qualified, args, kwargs)
            result = method(*args, **kwargs)
            for calls in self._owner.watches.get(qualified, ()):
                calls.results.append(result)
            return result

        return call


@dataclass
class Calls:
    """What ``WatchedSession.watch`` saw of one call since: each call's thread and arguments, what it returned."""

    threads: list[int] = field(default_factory=list)
    args: list[tuple[Any, ...]] = field(default_factory=list)
    kwargs: list[dict[str, Any]] = field(default_factory=list)
    results: list[Any] = field(default_factory=list)


class WatchedSession:
    """A real ``DeskSession`` seen by the test. Calls are named ``"<feature>.<method>"`` (``"casework.claim"``)
    or by the session's own method (``"check_connection"``, ``"unlock"``, ``"idle_lock_minutes"``…)."""

    def __init__(self, real: DeskSession) -> None:
        self.real = real
        self.calls: list[tuple[str, int]] = []
        self.asked: list[tuple[str, tuple[Any, ...]]] = []  # (call, its arguments)
        self.gate: threading.Event | None = None  # every call waits until the test sets this event
        self.delays: dict[str, float] = {}  # call → seconds it takes longer (a slow query)
        self.lost = False  # True: the database cannot be reached
        self.closed = False
        self.change_waits: list[int] = []  # threads that waited for changes
        self.watches: dict[str, list[Calls]] = {}  # call → what each ``watch`` of it saw
        self._changes = threading.Event()
        self._failures: dict[str, tuple[BaseException, Callable[..., bool] | None, bool]] = {}
        self.casework = cast(CaseworkApi, _WatchedApi(self, "casework", real.casework))
        self.refusals = cast(RefusalsApi, _WatchedApi(self, "refusals", real.refusals))
        self.mailroom = cast(MailroomApi, _WatchedApi(self, "mailroom", real.mailroom))
        self.intake = cast(IntakeApi, _WatchedApi(self, "intake", real.intake))
        self.audit = cast(AuditApi, _WatchedApi(self, "audit", real.audit))
        self.reference = cast(ReferenceApi, _WatchedApi(self, "reference", real.reference))
        self.overview = cast(OverviewApi, _WatchedApi(self, "overview", real.overview))

    # ---- what the test controls

    def fail(self, name: str, error: BaseException | None = None, when: Callable[..., bool] | None = None, *,
             once: bool = False) -> None:
        """From now on the call ``name`` raises ``error`` (a ``ConnectionFailed`` by default) — only when
        ``when(*args)`` holds, if given — instead of running; ``heal(name)`` ends it, or its first failure if
        ``once`` (a dropped connection: what a real database does not do on demand)."""
        self._failures[name] = (error or ConnectionFailed(LOST), when, once)

    def heal(self, name: str) -> None:
        self._failures.pop(name, None)

    def watch(self, name: str, *, delay_s: float = 0.0, fail_once: BaseException | None = None) -> Calls:
        """What the call ``name`` (``"casework.approve"``) is given and returns from now on; each run takes
        ``delay_s`` seconds longer (a slow renderer), and the first raises ``fail_once`` instead, if given."""
        calls = Calls()
        self.watches.setdefault(name, []).append(calls)
        if delay_s:
            self.delays[name] = delay_s
        if fail_once is not None:
            self.fail(name, fail_once, once=True)
        return calls

    def enter(self, name: str, args: tuple[Any, ...] = (), kwargs: dict[str, Any] | None = None) -> None:
        """Record the call and its thread; wait at the gate; fail as the test asked."""
        thread = threading.get_ident()
        self.calls.append((name, thread))
        self.asked.append((name, args))
        for calls in self.watches.get(name, ()):
            calls.threads.append(thread)
            calls.args.append(args)
            calls.kwargs.append(kwargs or {})
        if self.gate is not None and not self.gate.wait(10):
            raise TimeoutError(f"{name}: the test never opened the gate")
        if name in self.delays:
            time.sleep(self.delays[name])
        if self.lost:
            raise ConnectionFailed(LOST)
        failure = self._failures.get(name)
        if failure is not None and (failure[1] is None or failure[1](*args)):
            if failure[2]:
                self.heal(name)
            raise failure[0]

    def thread_of(self, name: str) -> list[int]:
        """The threads the call ``name`` ran on, in order."""
        return [thread for call, thread in self.calls if call == name]

    def args_of(self, name: str) -> list[tuple[Any, ...]]:
        """The arguments of each call ``name``, in order."""
        return [args for call, args in self.asked if call == name]

    def announce_change(self) -> None:
        """Orders changed elsewhere: the next ``wait_for_change`` returns True."""
        self._changes.set()

    # ---- the session

    @property
    def identity(self) -> StaffIdentity:
        return self.real.identity

    @property
    def database_label(self) -> Phrase:
        return self.real.database_label

    def check_connection(self) -> bool:
        if self.lost:
            self.calls.append(("check_connection", threading.get_ident()))
            return False
        self.enter("check_connection")
        return self.real.check_connection()

    def idle_lock_minutes(self) -> int:
        self.enter("idle_lock_minutes")
        return self.real.idle_lock_minutes()

    def unlock(self, password: str) -> None:
        self.enter("unlock")
        self.real.unlock(password)

    def set_own_password(self, new_password: str) -> None:
        self.enter("set_own_password")
        self.real.set_own_password(new_password)

    def wait_for_change(self, timeout: float) -> bool:
        """True once after each ``announce_change``, else False after ``timeout`` (a closed session: soon). The
        test is the notification channel; not gated, not in ``calls`` (it runs in a loop)."""
        self.change_waits.append(threading.get_ident())
        if self.closed:
            time.sleep(min(timeout, 0.05))
            return False
        if not self._changes.wait(timeout):
            return False
        self._changes.clear()
        return True

    def close(self) -> None:
        self.calls.append(("close", threading.get_ident()))
        self.closed = True
        self._changes.set()  # wakes a waiting thread
        self.real.close()


#: The conftest's ``login`` fixture: a username of ``USERS`` → their session.
Login = Callable[[str], WatchedSession]


@dataclass
class FakeConnector:
    """The login over ``engine``: users of ``USERS`` with ``PASSWORD``, a dict for a keyring; a real session."""

    engine: Engine
    default: str = "demo"
    unreachable: bool = False
    locked_until: dict[str, datetime] = field(default_factory=dict)
    keyring: dict[tuple[str, str], str] = field(default_factory=dict)
    keyring_calls: list[tuple[str, ...]] = field(default_factory=list)
    open_calls: list[tuple[str, str, str | None, int]] = field(default_factory=list)
    sessions: list[WatchedSession] = field(default_factory=list)
    gate: threading.Event | None = None
    keyring_usable: bool = True  # False: as with keyring's "fail" backend
    prepared: int = 0  # calls of ``prepare``
    one_time: set[str] = field(default_factory=set)  # users whose password is one-time (must choose their own)

    def profiles(self) -> list[ProfileChoice]:
        return [
            ProfileChoice("demo", "Demo", "/home/agent/.local/share/ocpm-desk/demo.sqlite", False),
            ProfileChoice("local", "Local", "/home/agent/.local/share/ocpm-desk/local.sqlite", False),
            ProfileChoice("central", "Central", "postgresql://db.ocpm.etat-ge.ch/ocpm", True),
        ]

    def default_profile(self) -> str:
        return self.default

    def open(self, profile: str, username: str, password: str, url: str | None = None) -> DeskSession:
        self.open_calls.append((profile, username, url, threading.get_ident()))
        if self.gate is not None and not self.gate.wait(10):
            raise TimeoutError("open: the test never opened the gate")
        if self.unreachable:
            raise ConnectionFailed("connection refused")
        if username in self.locked_until:
            raise AccountLocked(self.locked_until[username])
        if username not in USERS or password != PASSWORD:
            raise AuthenticationFailed()
        session = session_for(self.engine, username, must_change_password=username in self.one_time)
        self.sessions.append(session)
        return session

    def saved_password(self, profile: str, username: str) -> str | None:
        self.keyring_calls.append(("saved_password", profile, username))
        return self.keyring.get((profile, username))

    def remember_password(self, profile: str, username: str, password: str) -> None:
        self.keyring_calls.append(("remember_password", profile, username, password))
        self.keyring[(profile, username)] = password

    def forget_password(self, profile: str, username: str) -> None:
        self.keyring_calls.append(("forget_password", profile, username))
        self.keyring.pop((profile, username), None)

    def keyring_backend(self) -> str:
        return "fake in-memory keyring" if self.keyring_usable else "keyring.backends.fail.Keyring"

    def keyring_available(self) -> bool:
        return self.keyring_usable

    def prepare(self) -> None:
        self.prepared += 1


def _typed(connector: FakeConnector, session: WatchedSession) -> tuple[Connector, DeskSession]:
    """The fakes keep to the protocols (checked by mypy)."""
    return connector, session
