"""The idle lock: after some minutes without input the main window hides everything it shows (DESIGN §6, G12).

- ``IdleWatcher`` is an application-wide event filter: keyboard, mouse, wheel and touch input anywhere in the
  application counts as activity. It only notes the time of the last input (a float, cheap on every mouse move);
  a single-shot ``QTimer`` wakes up when the limit could be reached and checks. Input that arrives after the limit
  has passed (the timer fired late: the computer was asleep) locks instead of counting as activity.
- ``LockPage`` is what the window shows while locked: the application's name, whose session it is, a password
  field, Unlock and Log out. Nothing of the screens, the status bar or the title is visible meanwhile.
- ``WindowLock`` puts the window's content and the lock page in a stack: locked, the content is not covered but
  hidden (Qt does not paint it), the menu bar and the status bar are hidden, every action of the window is
  disabled (so no shortcut works), the title is only the application's name, and the other windows of the
  application (dialogs, menus, tooltips) are hidden. Unlocking checks the password with ``session.unlock`` in
  the background and gives everything back as it was.
"""

from __future__ import annotations

import logging
import math
import time

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ocpm_desk.gui.background import BackgroundTask, run_in_background
from ocpm_desk.gui.failures import describe_failure
from ocpm_desk.gui.formatting import format_time
from ocpm_desk.gui.paths import icon_path
from ocpm_desk.gui.style import ACCENT, BORDER, ERROR, MUTED, SURFACE, TEXT
from ocpm_desk.gui.widgets import named, set_tab_order, spaced
from ocpm_desk.kernel import clock
from ocpm_desk.session import DeskSession

log = logging.getLogger(__name__)

# Used until the session said what the setting is (and when it cannot be read).
DEFAULT_IDLE_MINUTES = 15
APPLICATION_NAME = "OCPM Desk"

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)


def _now() -> float:
    """Seconds on a clock that goes on while the computer sleeps (Linux's boot time; elsewhere monotonic)."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        return time.clock_gettime(boottime)
    return time.monotonic()


def _belongs_to(widget: QWidget, window: QWidget) -> bool:
    """A window opened from ``window`` (a dialog, a menu…), or a dialog of the application with no parent."""
    parent = widget.parentWidget()
    if parent is None:
        return isinstance(widget, QDialog)
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


class IdleWatcher(QObject):
    """Emits ``idle`` once no input reached the application for ``timeout_ms``; ``start()`` arms it again."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_ms = max(int(timeout_ms), 1)
        self._last_input = _now()
        self._active = False
        self._timer = QTimer(self)
        self._timer.setObjectName("idleTimer")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    @property
    def active(self) -> bool:
        return self._active

    def idle_for_ms(self) -> float:
        """Milliseconds since the last input."""
        return (_now() - self._last_input) * 1000

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timeout_ms = max(int(timeout_ms), 1)
        if self._active:
            self._check()

    def start(self) -> None:
        """Count from now."""
        self._last_input = _now()
        self._active = True
        self._timer.start(self._timeout_ms)

    def stop(self) -> None:
        self._active = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._active and event.type() in INPUT_EVENTS:
            if self.idle_for_ms() >= self._timeout_ms:
                # The limit passed without the timer noticing (sleep): this input locks, it is not delivered.
                self._fire()
                return True
            self._last_input = _now()
        return False

    def _check(self) -> None:
        if not self._active:
            return
        remaining = self._timeout_ms - self.idle_for_ms()
        if remaining <= 0:
            self._fire()
        else:
            self._timer.start(max(1, math.ceil(remaining)))

    def _fire(self) -> None:
        self.stop()
        self.idle.emit()


class LockPage(QWidget):
    """The password prompt shown instead of the window's content."""

    unlock_requested = Signal(str)
    logout_requested = Signal()

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockPage")
        # Opaque: painted over its whole rectangle, whatever is (hidden) behind it.
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._username = username
        self._busy = False

        icon = QLabel(self)
        icon.setPixmap(QIcon(str(icon_path("ocpm-desk"))).pixmap(56, 56))
        icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        app_name = named(QLabel(APPLICATION_NAME, self), "lockAppName")
        app_name.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title_label = named(QLabel(self.tr("Session locked"), self), "lockTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.message_label = QLabel(
            self.tr("The session of {username} is locked. Enter your password to continue.").format(
                username=username
            ),
            self,
        )
        self.message_label.setObjectName("lockMessage")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.message_label.setWordWrap(True)
        self.when_label = named(QLabel(self), "lockWhen")
        self.when_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.when_label.setWordWrap(True)

        password_label = QLabel(self.tr("&Password"), self)
        self.password_edit = named(QLineEdit(self), "lockPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password of the locked session"))
        self.password_edit.setMinimumWidth(260)
        password_label.setBuddy(self.password_edit)
        self.password_edit.returnPressed.connect(self._submit)

        self.error_label = named(QLabel(self), "lockError")
        self.error_label.setWordWrap(True)
        self.error_label.setMargin(8)
        self.error_label.setVisible(False)

        self.unlock_button = named(QPushButton(self.tr("&Unlock"), self), "unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.logout_button = named(QPushButton(self.tr("Log &out"), self), "lockLogoutButton")
        self.logout_button.clicked.connect(self.logout_requested)

        card = named(QWidget(self), "lockCard")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        card.setMaximumWidth(460)
        column = spaced(QVBoxLayout(card), 8, (36, 30, 36, 26))
        column.addWidget(icon)
        column.addWidget(app_name)
        column.addSpacing(10)
        column.addWidget(self.title_label)
        column.addWidget(self.message_label)
        column.addWidget(self.when_label)
        column.addSpacing(12)
        column.addWidget(password_label)
        column.addWidget(self.password_edit)
        column.addWidget(self.error_label)
        column.addSpacing(6)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.logout_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        column.addLayout(buttons)
        set_tab_order(self.password_edit, self.logout_button, self.unlock_button)  # left to right, as laid out

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addLayout(row)
        outer.addStretch(3)

        self.setStyleSheet(
            f"""
            QWidget#lockPage {{ background: {SURFACE}; }}
            QWidget#lockCard {{ background: #ffffff; border: 1px solid {BORDER}; border-radius: 8px; }}
            QLabel#lockAppName {{ font-size: 13pt; font-weight: 600; color: {ACCENT}; }}
            QLabel#lockTitle {{ font-size: 17pt; font-weight: 600; color: {TEXT}; }}
            QLabel#lockMessage {{ color: {TEXT}; }}
            QLabel#lockWhen {{ color: {MUTED}; font-size: 9pt; }}
            QLabel#lockError {{ color: {ERROR}; background: #fdecea; border: 1px solid #f3c1bc;
                                border-radius: 4px; }}
            """
        )

    @property
    def busy(self) -> bool:
        return self._busy

    def reset(self, when: str) -> None:
        """Empty the field and the message; ``when`` says since when (and why) the session is locked."""
        self.password_edit.clear()
        self.when_label.setText(when)
        self.show_error("")
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.password_edit.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        if busy:
            self.error_label.setVisible(False)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _submit(self) -> None:
        if self._busy:
            return
        password = self.password_edit.text()
        if not password:
            self.show_error(self.tr("Enter your password."))
            self.password_edit.setFocus()
            return
        self.unlock_requested.emit(password)


class WindowLock(QObject):
    """Locks ``window`` after the session's idle minutes (or ``idle_ms``), or when asked; unlocks on the password.

    It takes the window's central widget into a stack of its own, beside the lock page.
    """

    locked_changed = Signal(bool)

    def __init__(self, window: QMainWindow, session: DeskSession, *, idle_ms: int | None = None) -> None:
        super().__init__(window)
        self.setObjectName("windowLock")
        # The window is this object's parent; no Python reference to it is kept (it would make a cycle that
        # keeps the window's wrapper alive after Qt deleted it).
        self._session = session
        self._locked = False
        self._unlock_task: BackgroundTask | None = None
        self._saved_title = ""
        self._saved_bars: tuple[bool, bool] = (True, True)
        self._saved_actions: list[tuple[QAction, bool]] = []
        self._hidden_windows: list[QWidget] = []
        self._saved_focus: QWidget | None = None

        body = window.takeCentralWidget()
        self.pages = named(QStackedWidget(window), "lockPages")
        self.body = body if body is not None else QWidget(self.pages)
        self.pages.addWidget(self.body)
        self.page = LockPage(session.identity.username, self.pages)
        self.pages.addWidget(self.page)
        self.pages.setCurrentWidget(self.body)
        window.setCentralWidget(self.pages)

        self.page.unlock_requested.connect(self._try_unlock)
        minutes = DEFAULT_IDLE_MINUTES
        self.watcher = IdleWatcher(idle_ms if idle_ms is not None else minutes * 60_000, self)
        self.watcher.idle.connect(self._idle)
        self.watcher.start()
        self._from_session = idle_ms is None
        self.reload_minutes()

    # -- state -----------------------------------------------------------------------------------------------

    @property
    def _window(self) -> QMainWindow:
        window = self.parent()
        assert isinstance(window, QMainWindow)
        return window

    @property
    def locked(self) -> bool:
        return self._locked

    @property
    def idle_minutes(self) -> float:
        return self.watcher.timeout_ms / 60_000

    def stop(self) -> None:
        """The window is closing: no more locking."""
        self.watcher.stop()
        if self._unlock_task is not None:
            self._unlock_task.discard()

    def reload_minutes(self) -> None:
        """Read the idle minutes again (the session's setting, which the workstation's settings may shorten)."""
        if self._from_session:
            run_in_background(self, self._session.idle_lock_minutes, self._minutes_read, self._minutes_not_read)

    def _minutes_read(self, minutes: object) -> None:
        try:
            value = float(minutes)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            value = DEFAULT_IDLE_MINUTES
        if not value > 0:
            value = DEFAULT_IDLE_MINUTES
        self.watcher.set_timeout_ms(max(1, round(value * 60_000)))

    def _minutes_not_read(self, exc: BaseException) -> None:
        log.warning("idle lock setting not read (%s): %d minutes", type(exc).__name__, DEFAULT_IDLE_MINUTES)

    # -- locking ---------------------------------------------------------------------------------------------

    def _idle(self) -> None:
        minutes = self.idle_minutes
        shown = f"{minutes:g}" if minutes >= 1 else f"{minutes:.2g}"
        when = self.tr("Locked at {time} after {minutes} min without activity.").format(
            time=format_time(clock.now()), minutes=shown
        )
        self.lock(when, reason=f"after {shown} min without input")

    def lock_now(self) -> None:
        """Lock at once (Ctrl+L)."""
        self.lock(self.tr("Locked at {time}.").format(time=format_time(clock.now())), reason="on request")

    def lock(self, when: str, *, reason: str = "") -> None:
        if self._locked:
            return
        self._locked = True
        self.watcher.stop()
        window = self._window
        focus = QApplication.focusWidget()
        self._saved_focus = focus if focus is not None and window.isAncestorOf(focus) else None

        # Other windows of the application (dialogs, menus, tooltips) go first: nothing stays on screen.
        QToolTip.hideText()
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            next_popup = QApplication.activePopupWidget()
            popup = None if next_popup is popup else next_popup
        self._hidden_windows = []
        for widget in QApplication.topLevelWidgets():
            if widget is not window and widget.isVisible() and _belongs_to(widget, window):
                self._hidden_windows.append(widget)
                widget.hide()

        # Every action of the window off: no shortcut reaches a screen while locked.
        self._saved_actions = []
        for action in window.findChildren(QAction):
            owner = action.parent()
            if isinstance(owner, QWidget) and (owner is self.page or self.page.isAncestorOf(owner)):
                continue
            self._saved_actions.append((action, action.isEnabled()))
            action.setEnabled(False)

        self._saved_title = window.windowTitle()
        window.setWindowTitle(APPLICATION_NAME)
        menu_bar, status_bar = window.menuBar(), window.statusBar()
        self._saved_bars = (not menu_bar.isHidden(), not status_bar.isHidden())
        menu_bar.setVisible(False)
        status_bar.setVisible(False)

        self.page.reset(when)
        self.pages.setCurrentWidget(self.page)
        self.page.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        log.info("window locked %s", reason or "")
        self.locked_changed.emit(True)

    # -- unlocking -------------------------------------------------------------------------------------------

    def _try_unlock(self, password: str) -> None:
        if not self._locked or self.page.busy:
            return
        self.page.set_busy(True)
        session = self._session
        self._unlock_task = run_in_background(
            self, lambda: session.unlock(password), lambda _result: self._unlocked(), self._unlock_failed
        )

    def _unlock_failed(self, exc: BaseException) -> None:
        self._unlock_task = None
        log.info("unlock refused: %s", type(exc).__name__)
        self.page.set_busy(False)
        self.page.password_edit.clear()
        self.page.show_error(describe_failure(exc))
        self.page.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _unlocked(self) -> None:
        self._unlock_task = None
        if not self._locked:
            return
        self._locked = False
        window = self._window
        self.page.reset("")
        self.pages.setCurrentWidget(self.body)
        menu_bar_shown, status_bar_shown = self._saved_bars
        window.menuBar().setVisible(menu_bar_shown)
        window.statusBar().setVisible(status_bar_shown)
        window.setWindowTitle(self._saved_title)
        for action, enabled in self._saved_actions:
            if shiboken6.isValid(action):
                action.setEnabled(enabled)
        self._saved_actions = []
        for widget in self._hidden_windows:
            # Dialogs come back; menus and tooltips were transient.
            if shiboken6.isValid(widget) and isinstance(widget, QDialog):
                widget.show()
        self._hidden_windows = []
        focus, self._saved_focus = self._saved_focus, None
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        log.info("window unlocked")
        self.watcher.start()
        self.locked_changed.emit(False)
