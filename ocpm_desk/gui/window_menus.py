"""The main window's menus: File (open an order, lock, settings, log out, quit), View (a shortcut per screen, in
navigation order, and refresh) and Help (F1: every keyboard shortcut of the window, read from its menus; About).
The screens add their own menu (Orders) while they show.

``WindowMenus`` is the main window's base: ``MainWindow`` (``main_window.py``) provides the hooks below. The texts
keep the main window's translation context ("MainWindow").
"""

from __future__ import annotations

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

    def _build_menus(self) -> None:
        translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", …)
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self.open_order_action = QAction(translate("MainWindow", "&Open an order…"), self)
        self.open_order_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_order_action.triggered.connect(self.ask_order)
        if self._may_open_orders:
            file_menu.addAction(self.open_order_action)
            file_menu.addSeparator()
        self.lock_action = QAction(translate("MainWindow", "Loc&k"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_now)
        file_menu.addAction(self.lock_action)
        self.settings_action = QAction(translate("MainWindow", "&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        self.logout_action = QAction(translate("MainWindow", "&Log out"), self)
        self.logout_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.logout_action.triggered.connect(self.log_out)
        self.quit_action = QAction(translate("MainWindow", "&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
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
        self.refresh_action = QAction(translate("MainWindow", "&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.setEnabled(bool(self._specs))
        self.refresh_action.triggered.connect(self.refresh_current)
        view_menu.addAction(self.refresh_action)

        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self.shortcuts_action = QAction(translate("MainWindow", "&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(translate("MainWindow", "&About OCPM Desk"), self)
        self.about_action.setShortcut(QKeySequence("Ctrl+F1"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(lambda: show_about(self))
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
