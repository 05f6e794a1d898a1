"""The main window's menus: File (open an order, lock, settings, log out, quit), View (a shortcut per screen, in
navigation order, and refresh) and Help (F1: every keyboard shortcut of the window, read from its menus; About).
The screens add their own menu (Orders) while they show.

``WindowMenus`` is the main window's base: ``MainWindow`` (``main_window.py``) provides the hooks below. The texts
keep the main window's translation context ("MainWindow").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ocpm_desk.gui.help import ShortcutsDialog, show_about
from ocpm_desk.gui.navigation import ScreenSpec
from ocpm_desk.gui.paths import icon_path

#: The navigation entries' shortcuts, in order: Ctrl+1…Ctrl+9 and Ctrl+0, then Alt+1…Alt+9 (a supervisor has 11).
NAVIGATION_SHORTCUTS = (*(f"Ctrl+{n}" for n in range(1, 10)), "Ctrl+0", *(f"Alt+{n}" for n in range(1, 10)))


class WindowMenus(QMainWindow):
    """The menu bar's menus and their actions; the window provides what they do."""

    _specs: list[ScreenSpec]
    _may_open_orders: bool

    # -- the window's hooks ------------------------------------------------------------------------------------

    def ask_order(self) -> None:
        raise NotImplementedError

    def lock_now(self) -> None:
        raise NotImplementedError

    def open_settings(self) -> None:
        raise NotImplementedError

    def log_out(self) -> None:
        raise NotImplementedError

    def show_row(self, row: int) -> None:
        raise NotImplementedError

    def refresh_current(self) -> None:
        raise NotImplementedError

    # -- the menus ---------------------------------------------------------------------------------------------

    def _menu_action(self, text: str, keys: str, slot: Callable[[], object],
                     role: QAction.MenuRole | None = None) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        if role is not None:
            action.setMenuRole(role)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", …)
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self.open_order_action = self._menu_action(translate("MainWindow", "&Open an order…"), "Ctrl+O",
                                                   self.ask_order)
        if self._may_open_orders:
            file_menu.addAction(self.open_order_action)
            file_menu.addSeparator()
        self.lock_action = self._menu_action(translate("MainWindow", "Loc&k"), "Ctrl+L", self.lock_now)
        file_menu.addAction(self.lock_action)
        self.settings_action = self._menu_action(translate("MainWindow", "&Settings…"), "Ctrl+,", self.open_settings,
                                                 QAction.MenuRole.PreferencesRole)
        file_menu.addAction(self.settings_action)
        self.logout_action = self._menu_action(translate("MainWindow", "&Log out"), "Ctrl+Shift+Q", self.log_out)
        self.quit_action = self._menu_action(translate("MainWindow", "&Quit"), "Ctrl+Q", self.close,
                                             QAction.MenuRole.QuitRole)
        file_menu.addAction(self.logout_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        self.screen_actions: list[QAction] = []
        for index, spec in enumerate(self._specs):
            action = QAction(QIcon(str(icon_path(spec.icon))), spec.title(), self)
            if index < len(NAVIGATION_SHORTCUTS):
                action.setShortcut(QKeySequence(NAVIGATION_SHORTCUTS[index]))
            action.triggered.connect(lambda _checked=False, row=index: self.show_row(row))
            view_menu.addAction(action)
            self.screen_actions.append(action)
        if self._specs:
            view_menu.addSeparator()
        self.refresh_action = self._menu_action(translate("MainWindow", "&Refresh"), "F5", self.refresh_current)
        self.refresh_action.setEnabled(bool(self._specs))
        view_menu.addAction(self.refresh_action)

        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self.shortcuts_action = self._menu_action(translate("MainWindow", "&Keyboard shortcuts"), "F1",
                                                  self.show_shortcuts)
        self.about_action = self._menu_action(translate("MainWindow", "&About OCPM Desk"), "Ctrl+F1",
                                              lambda: show_about(self), QAction.MenuRole.AboutRole)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

    # -- F1 ----------------------------------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self.shortcut_actions(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def shortcut_actions(self) -> list[QAction]:
        """Every action of the window that has a keyboard shortcut, in menu order."""
        actions: list[QAction] = []
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            if not isinstance(menu, QMenu):
                continue
            actions.extend(a for a in menu.actions() if not a.isSeparator() and not a.shortcut().isEmpty())
        return actions
