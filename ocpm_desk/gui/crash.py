"""Crash safety (issue 8): an error nobody caught is logged and shown in plain words, and the app keeps running.

``install_crash_reporter()`` replaces ``sys.excepthook`` (exceptions raised in a slot, a timer, an event handler:
PySide hands them to it) and ``threading.excepthook``; ``report_unexpected(exc)`` is for background work that failed
with nobody to tell (``background.run_in_background`` without ``on_failure``). Each goes to the log first (the
previous hook: ``logging_setup.log_uncaught_exceptions`` writes the traceback without exception messages), then:

- the widgets holding unsaved work are asked to save it now (the refusal editor saves its draft to the database,
  as its autosave does; ``rescue_requested`` is the signal they listen to);
- a dialog says what happened — without the exception's message, which may quote personal data, only its kind —,
  where the log is, and lets the user go on or quit. Further errors while it is open are counted in it, not
  stacked as more dialogs.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ocpm_desk.kernel import clock
from ocpm_desk.kernel.errors import DomainError
from ocpm_desk.logging_setup import describe_exception, log_file

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def current_log_file() -> Path:
    """The file the log goes to now: the handler ``setup_logging`` installed, else where it would be."""
    for handler in logging.getLogger().handlers:
        name = getattr(handler, "baseFilename", None)
        if handler.get_name() == "ocpm-desk-file" and isinstance(name, str):
            return Path(name)
    return log_file()



def _fit_height(dialog: QDialog) -> None:
    # The widgets module (every shared widget class) loads with the first error, not before the login dialog.
    from ocpm_desk.gui.widgets import fit_height

    fit_height(dialog)


class CrashDialog(QDialog):
    """What the user sees of an unexpected error: that it happened, that saved work is safe, where the log is."""

    def __init__(self, kind: str, when: datetime, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("OCPM Desk — unexpected error"))
        self.setMinimumWidth(520)
        self.log_path = log_path
        self.kind = kind
        self.count = 1
        self.quit_requested = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 14)
        layout.setSpacing(12)
        self.title_label = QLabel(self.tr("Something went wrong in OCPM Desk"), self)
        self.title_label.setObjectName("crashTitle")
        self.title_label.setStyleSheet("font-size: 13pt; font-weight: 600; color: #b3261e;")
        self.title_label.setAccessibleName(self.tr("Error title"))
        layout.addWidget(self.title_label)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("crashMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("What happened"))
        self.message_label.setText(self.tr(
            "An unexpected error occurred at {time}. What you had saved is safe, and refusal drafts are saved "
            "in the database as you write them. You may go on working; if the error comes back, quit and start "
            "OCPM Desk again.").format(time=when.strftime("%H:%M:%S")))
        layout.addWidget(self.message_label)

        self.log_label = QLabel(self)
        self.log_label.setObjectName("crashLog")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.log_label.setAccessibleName(self.tr("Log file"))
        self.log_label.setText(self.tr(
            "Details are in the log file (it holds no personal data):\n{path}\nTell the IT service desk the time "
            "above and send them this file.").format(path=log_path))
        layout.addWidget(self.log_label)

        self.kind_label = QLabel(self.tr("Kind of error: {kind}").format(kind=kind), self)
        self.kind_label.setObjectName("crashKind")
        self.kind_label.setStyleSheet("color: #5b6570;")
        self.kind_label.setAccessibleName(self.tr("Kind of error"))
        self.kind_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.kind_label)

        self.repeat_label = QLabel(self)
        self.repeat_label.setObjectName("crashRepeat")
        self.repeat_label.setAccessibleName(self.tr("Further errors"))
        self.repeat_label.setVisible(False)
        layout.addWidget(self.repeat_label)

        buttons = QDialogButtonBox(self)
        self.continue_button = buttons.addButton(self.tr("&Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.continue_button.setAccessibleName(self.tr("Continue working"))
        self.continue_button.setDefault(True)
        self.folder_button: QPushButton = buttons.addButton(
            self.tr("Open the log &folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button.setAccessibleName(self.tr("Open the folder of the log file"))
        self.folder_button.clicked.connect(self.open_log_folder)
        self.quit_button = buttons.addButton(self.tr("&Quit OCPM Desk"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.quit_button.setAccessibleName(self.tr("Quit OCPM Desk"))
        self.quit_button.clicked.connect(self._quit)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.continue_button.setFocus()
        _fit_height(self)

    def text(self) -> str:
        """Everything the dialog says (tests, accessibility checks)."""
        labels = (self.title_label, self.message_label, self.log_label, self.kind_label, self.repeat_label)
        return "\n".join(label.text() for label in labels if label.text())

    def add_occurrence(self) -> None:
        self.count += 1
        more = self.count - 1
        self.repeat_label.setText(self.tr("One more error occurred since.") if more == 1 else
                                  self.tr("{count} more errors occurred since.").format(count=more))
        self.repeat_label.setVisible(True)
        _fit_height(self)

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))

    def _quit(self) -> None:
        self.quit_requested = True
        self.reject()
        app = QCoreApplication.instance()
        if app is not None:
            app.quit()


class CrashReporter(QObject):
    """Receives unexpected errors from any thread; shows them on the GUI thread (one dialog at a time)."""

    _reported = Signal(str)  # the kind of error (class and SQLSTATE), never its message
    rescue_requested = Signal()  # widgets with unsaved work save it now
    dialog_shown = Signal(object)  # CrashDialog

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("crashReporter")
        self.dialog: CrashDialog | None = None
        self.reports = 0
        self._previous_hook: ExceptHook | None = None
        self._previous_thread_hook: Callable[[threading.ExceptHookArgs], object] | None = None
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # -- hooks -----------------------------------------------------------------------------------------------

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        if sys.excepthook == self._excepthook and self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._thread_excepthook and self._previous_thread_hook is not None:
            threading.excepthook = self._previous_thread_hook

    def _excepthook(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        previous = self._previous_hook or sys.__excepthook__
        previous(kind, value, tb)  # the log (and standard error) first: the dialog must not be the only trace
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            return
        self.report(value, logged=True)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        self._excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    # -- reporting -------------------------------------------------------------------------------------------

    def report(self, exc: BaseException, *, logged: bool = False) -> None:
        """Show ``exc`` as an unexpected error (from any thread); logs it unless ``logged``."""
        if not logged:
            log.error("unexpected error", exc_info=exc)
        if shiboken6.isValid(self):
            self._reported.emit(describe_exception(exc))

    @Slot(str)
    def _show(self, kind: str) -> None:
        self.reports += 1
        self.rescue_requested.emit()
        dialog = self.dialog
        if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.add_occurrence()
            return
        parent = QApplication.activeWindow()
        dialog = CrashDialog(kind, clock.local_now(), current_log_file(), parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog = dialog
        dialog.finished.connect(lambda _result, shown=dialog: self._closed(shown))
        dialog.show()
        dialog.activateWindow()
        self.dialog_shown.emit(dialog)

    def _closed(self, dialog: CrashDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None


_reporter: CrashReporter | None = None


def install_crash_reporter(app: QCoreApplication | None = None) -> CrashReporter:
    """Install (once) the reporter on the application; returns it."""
    global _reporter
    application = app or QCoreApplication.instance()
    if application is None:
        raise RuntimeError("install_crash_reporter needs a QApplication")
    if _reporter is not None and shiboken6.isValid(_reporter):
        return _reporter
    if QThread.currentThread() is not application.thread():
        raise RuntimeError("install_crash_reporter runs on the GUI thread")
    _reporter = CrashReporter(application)
    _reporter.install()
    return _reporter


def crash_reporter() -> CrashReporter | None:
    """The installed reporter (None when none is: tests of other things, the admin CLI)."""
    return _reporter if _reporter is not None and shiboken6.isValid(_reporter) else None


def uninstall_crash_reporter() -> None:
    global _reporter
    reporter, _reporter = crash_reporter(), None
    if reporter is not None:
        reporter.uninstall()
        reporter.deleteLater()


def report_unexpected(exc: BaseException) -> bool:
    """Background work failed with nobody to tell: a ``DomainError`` is only logged (it is expected), anything else
    is shown by the reporter when one is installed. Returns True when it was shown."""
    reporter = crash_reporter()
    if isinstance(exc, DomainError) or reporter is None:
        log.error("background work failed", exc_info=exc)
        return False
    reporter.report(exc)
    return True


def on_unexpected_error(receiver: QObject, rescue: Callable[[], None]) -> None:
    """Have ``rescue`` (a method of ``receiver``) run on the GUI thread whenever an unexpected error is reported:
    the place to save unsaved work. Disconnected when ``receiver`` is destroyed."""
    reporter = crash_reporter()
    if reporter is not None:
        reporter.rescue_requested.connect(rescue)
