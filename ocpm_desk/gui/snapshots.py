"""Render the login dialog and every screen of every given account to PNG files, offscreen, for review.

Accounts that may open orders also get the order screen (an order of their queues); the first caseworker and the
first supervisor get the whole page and the dialogs of the order actions too.

The caller sets ``QT_QPA_PLATFORM=offscreen`` before anything creates the QApplication (there is no display on a
build machine). Used by ``ocpm-desk-admin snapshots DIR``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QThread
from PySide6.QtWidgets import QDialog, QWidget

from ocpm_desk.features.casework.api import OrderAction, Queue, QueueSpec, SortKey
from ocpm_desk.gui.accounts.login import LoginDialog
from ocpm_desk.gui.app import application
from ocpm_desk.gui.casework.dialogs import AssignDialog
from ocpm_desk.gui.casework.order import OrderScreen
from ocpm_desk.gui.mailroom.printing import PrintQueueScreen
from ocpm_desk.gui.main_window import ConnectionState, MainWindow
from ocpm_desk.gui.pdf_preview import PdfPreview
from ocpm_desk.gui.screen import DataScreen
from ocpm_desk.kernel.permissions import Permission, has_permission
from ocpm_desk.kernel.roles import Role
from ocpm_desk.session import Connector, DeskSession

WINDOW_SIZE = (1280, 800)
LOAD_TIMEOUT_S = 60.0


def _wait_until(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} did not finish within {timeout_s:.0f} s")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThread.msleep(5)
    # Let layouts and style changes triggered by the last callbacks settle before grabbing.
    for _ in range(3):
        QCoreApplication.processEvents()


def _connection_known(window: MainWindow) -> bool:
    return window.connection_state != ConnectionState.UNKNOWN


def _settled(screen: DataScreen) -> bool:
    return screen.settled


def _file_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("_") or "user"


def _loaded(preview: PdfPreview) -> bool:
    return preview.loads >= 1


def _settle(seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThread.msleep(10)


def _save(widget: QWidget, path: Path) -> Path:
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path


def _pick_order(session: DeskSession, *, with_blockers: bool) -> int | None:
    """An order to show: the user's own in review (one with conditions blocking approval, if asked and there is
    one among the first few), else the oldest waiting, else the newest of all. Runs here, on the GUI thread: this is
    a review tool, not the application."""
    me = session.identity.username
    mine = session.casework.queue_page(QueueSpec(Queue.MINE, username=me), limit=12)
    if with_blockers:
        for row in mine:
            if session.casework.order_detail(row.id).approve_blockers:
                return row.id
    if mine:
        return mine[0].id
    for spec in (QueueSpec(Queue.TO_PROCESS), QueueSpec(Queue.ALL, sort=SortKey.ORDERED_AT, descending=True)):
        rows = session.casework.queue_page(spec, limit=1)
        if rows:
            return rows[0].id
    return None


def _dialog_snapshot(screen: OrderScreen, open_dialog: Callable[[], None], path: Path, timeout_s: float
                     ) -> Path | None:  # fmt: skip
    open_dialog()
    dialog = screen.dialog
    if dialog is None:
        return None
    if isinstance(dialog, AssignDialog):
        _wait_until(lambda: dialog.loaded, timeout_s, "the list of staff")
    _wait_until(lambda: True, timeout_s, "the dialog")
    try:
        return _save(dialog, path)
    finally:
        dialog.reject()
        QCoreApplication.processEvents()


def _order_snapshots(window: MainWindow, session: DeskSession, name: str, out_dir: Path, timeout_s: float, *,
                     details: bool) -> list[Path]:  # fmt: skip
    roles = session.identity.roles
    order_id = _pick_order(session, with_blockers=details and Role.SUPERVISOR not in roles)
    if order_id is None:
        return []
    if "mine" in window.screen_keys():
        window.show_screen("mine")  # opened from the user's own queue, as a caseworker does
    window.open_order(order_id)
    screen = window.order_screen
    assert screen is not None
    _wait_until(lambda: screen.settled, timeout_s, f"the order screen of {name}")
    written = [_save(window, out_dir / f"{name}-order.png")]
    if not details:
        return written
    page = screen.scroll_area.widget()
    assert page is not None
    written.append(_save(page, out_dir / f"{name}-order-page.png"))
    dialogs: list[tuple[str, Callable[[], None]]] = [
        ("hold", screen.hold), ("condition", screen.tick), ("withdraw", screen.withdraw), ("assign", screen.assign)]
    for kind, open_dialog in dialogs:
        path = _dialog_snapshot(screen, open_dialog, out_dir / f"{name}-order-{kind}.png", timeout_s)
        if path is not None:
            written.append(path)
    for leftover in screen.findChildren(QDialog):
        leftover.close()
    written += _refusal_editor_snapshot(window, session, name, out_dir, timeout_s)
    return written


def _refusal_editor_snapshot(window: MainWindow, session: DeskSession, name: str, out_dir: Path, timeout_s: float
                             ) -> list[Path]:  # fmt: skip
    """The refusal editor on one of the user's orders in review, when the demo data has one (skipped otherwise)."""
    me = session.identity.username
    chosen: int | None = None
    for row in session.casework.queue_page(QueueSpec(Queue.MINE, username=me), limit=12):
        detail = session.casework.order_detail(row.id)  # each opening is audited: stop at the first order that will do
        if OrderAction.PROPOSE_REFUSAL in detail.actions:
            chosen = chosen or row.id
            if detail.approve_blockers:  # failing conditions: grounds to show
                chosen = row.id
                break
    if chosen is None:
        return []
    window.open_refusal_editor(chosen)
    editor = window.refusal_editor
    assert editor is not None
    _wait_until(lambda: editor.settled and not editor.preview_busy and editor.preview.loads >= 1, timeout_s,
                f"the refusal editor of {name}")
    _settle(0.5)  # QPdfView paints its pages from worker threads after the document is loaded
    written = [_save(window, out_dir / f"{name}-refusal-editor.png")]
    editor._form_scroll.ensureWidgetVisible(editor.submit_button)  # the form's end: why it cannot be submitted yet
    _settle(0.2)
    written.append(_save(window, out_dir / f"{name}-refusal-editor-submit.png"))
    editor.go_back()
    return written


def render_snapshots(
    connector: Connector,
    out_dir: Path,
    accounts: Sequence[tuple[str, str]],
    profile: str,
    *,
    timeout_s: float = LOAD_TIMEOUT_S,
) -> list[Path]:
    """``login.png``, then ``<username>-<screen key>.png`` for each navigation entry of each account, and
    ``<username>-order.png`` for those who may open orders (with ``-order-page.png`` and the action dialogs,
    ``-order-<hold|condition|withdraw|assign>.png``, for the first caseworker and the first supervisor).

    An account whose roles give no screen gets ``<username>-no-screens.png``. Raises the connector's errors
    (wrong password, unreachable database) and ``TimeoutError`` when a screen does not load in time.
    """
    application(["ocpm-desk-snapshots"], language="fr")
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    login = LoginDialog(connector, profile=profile)
    login.show()
    _wait_until(lambda: True, timeout_s, "the login dialog")
    written.append(_save(login, out_dir / "login.png"))
    login.close()
    login.deleteLater()

    detailed: set[Role] = set()
    for username, password in accounts:
        session = connector.open(profile, username, password)
        window = MainWindow(session)
        try:
            window.resize(*WINDOW_SIZE)
            window.show()
            _wait_until(partial(_connection_known, window), timeout_s, "the connection check")
            keys = window.screen_keys()
            if not keys:
                _wait_until(lambda: True, timeout_s, "the window")
                written.append(_save(window, out_dir / f"{_file_name(username)}-no-screens.png"))
            for key in keys:
                window.show_screen(key)
                screen = window.screen_by_key(key)
                _wait_until(partial(_settled, screen), timeout_s, f"screen {key} of {username}")
                preview, table = getattr(screen, "preview", None), getattr(screen, "table", None)
                if isinstance(screen, PrintQueueScreen):
                    if screen.items:  # the whole list selected and previewed, as before printing
                        screen.select_all()
                        screen.show_preview()
                        _wait_until(partial(_loaded, screen.preview), timeout_s, f"the print preview of {username}")
                        _settle(0.5)
                elif preview is not None and table is not None and table.model().rowCount() > 0:
                    # the first proposal is selected: its letter loads, then QPdfView paints from worker threads
                    _wait_until(partial(_loaded, preview), timeout_s, f"the preview of {key} of {username}")
                    _settle(0.5)
                written.append(_save(window, out_dir / f"{_file_name(username)}-{key}.png"))
            roles = session.identity.roles
            if keys and has_permission(roles, Permission.VIEW_ORDER):
                kind = next((r for r in (Role.SUPERVISOR, Role.CASEWORKER) if r in roles), None)
                details = kind is not None and kind not in detailed
                if kind is not None:
                    detailed.add(kind)
                written += _order_snapshots(window, session, _file_name(username), out_dir, timeout_s,
                                            details=details)
        finally:
            window.close()
            window.deleteLater()
            session.close()
            QCoreApplication.processEvents()
    return written
