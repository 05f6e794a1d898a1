"""The settings dialog (Fichier → Paramètres…, or the login dialog's button): this workstation's preferences.

Profiles (the one the login proposes, the Local file, the Central server), default printer, language, idle lock.
Stored by ``ocpm_desk.features.workstation.settings`` through ``ocpm_desk.infrastructure.config`` (the settings file
in the user
configuration directory); never a password (the dialog has no password field at all: the keyring keeps remembered
passwords). Invalid input is named, focused, and nothing is saved; values of the file set aside for their defaults
(a file edited by hand) are said when the dialog opens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ocpm_desk.features.mailroom.api import PrinterChoice
from ocpm_desk.features.workstation import settings as workstation
from ocpm_desk.features.workstation.settings import SettingsInvalid, SettingsProblem, WorkstationSettings
from ocpm_desk.gui.background import BackgroundTask, run_in_background
from ocpm_desk.gui.labels import profile_label
from ocpm_desk.gui.widgets import MessageLabel, fit_height, named, spaced

log = logging.getLogger(__name__)

#: The shortcut that opens the dialog, in the login dialog and the main window.
SETTINGS_SHORTCUT = "Ctrl+,"

_STYLE = """
QLabel#settingsNote { color: #5b6570; }
QLabel#settingsMessage[kind="error"] {
    color: #b3261e; background: #fdecea; border: 1px solid #f5c6c2; border-radius: 4px;
}
QLabel#settingsMessage[kind="info"] { color: #1d2329; background: #eef3f8; border-radius: 4px; }
"""


class SettingsDialog(QDialog):
    """Edit and save the workstation's preferences; ``saved`` carries what was stored."""

    saved = Signal(object)  # WorkstationSettings

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        printers: Callable[[], list[PrinterChoice]] = workstation.list_printers,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setStyleSheet(_STYLE)
        self.setMinimumWidth(560)
        self._printers_task: BackgroundTask | None = None
        self._printers_loaded = False
        self.settings = workstation.load()
        self._build()
        self._show(self.settings)
        set_aside = workstation.file_problems()
        if set_aside:  # the file was edited by hand or damaged: say what the form shows instead
            self._say("\n".join([self.tr("Saved settings that were not valid were replaced by their defaults:"),
                                 *(self._problem_text(p) for p in set_aside)]), error=False)
        self._printers_task = run_in_background(
            self, printers, self._printers_listed, self._printers_failed
        )

    # -- layout ----------------------------------------------------------------------------------------------

    def _build(self) -> None:
        root = spaced(QVBoxLayout(self), 12, (20, 18, 20, 14))

        self.message_label = MessageLabel(self, "settingsMessage")
        self.message_label.setAccessibleName(self.tr("Settings message"))
        self.message_label.setMargin(8)
        root.addWidget(self.message_label)

        # -- the databases
        databases = QGroupBox(self.tr("Databases"), self)
        form = QFormLayout(databases)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.profile_combo = named(QComboBox(databases), "profileCombo", self.tr("Profile proposed at login"))
        for key, label in ((workstation.PROFILES[0], "Demo"), (workstation.PROFILES[1], "Local"),
                           (workstation.PROFILES[2], "Central")):
            self.profile_combo.addItem(profile_label(label), key)
        form.addRow(self._label(self.tr("&Profile at login:"), self.profile_combo), self.profile_combo)

        self.demo_label = named(QLabel(workstation.demo_path(), databases), "demoLocation",
                                self.tr("Demo database file"))
        self.demo_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_label.setToolTip(workstation.demo_path())
        form.addRow(self.tr("Demo file:"), self.demo_label)

        local_row = QHBoxLayout()
        self.local_edit = named(QLineEdit(databases), "localPathEdit", self.tr("Local database file"))
        self.local_edit.setPlaceholderText(workstation.default_local_path())
        self.local_edit.setClearButtonEnabled(True)
        self.local_edit.setToolTip(self.tr("Empty: the default file in your data folder."))
        self.browse_button = named(QPushButton(self.tr("&Browse…"), databases), "browseLocal",
                                   self.tr("Choose the Local database file"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self._browse_local)
        local_row.addWidget(self.local_edit, 1)
        local_row.addWidget(self.browse_button)
        form.addRow(self._label(self.tr("&Local file:"), self.local_edit), local_row)

        self.host_edit = named(QLineEdit(databases), "centralHostEdit", self.tr("Central server host"))
        self.host_edit.setPlaceholderText(self.tr("for example {host}").format(host="db.ocpm.etat-ge.ch"))
        form.addRow(self._label(self.tr("Central &server:"), self.host_edit), self.host_edit)
        self.port_edit = named(QLineEdit(databases), "centralPortEdit", self.tr("Central server port"))
        self.port_edit.setMaxLength(6)
        self.port_edit.setMaximumWidth(90)
        form.addRow(self._label(self.tr("P&ort:"), self.port_edit), self.port_edit)
        self.database_edit = named(QLineEdit(databases), "centralDatabaseEdit", self.tr("Central database name"))
        form.addRow(self._label(self.tr("&Database:"), self.database_edit), self.database_edit)
        central_note = QLabel(self.tr(
            "You log in to the Central database as your own user; your password is never stored in a file."), databases)
        central_note.setObjectName("settingsNote")
        central_note.setWordWrap(True)
        form.addRow("", central_note)
        root.addWidget(databases)

        # -- printing
        printing = QGroupBox(self.tr("Printing"), self)
        printing_form = QFormLayout(printing)
        printing_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.printer_combo = named(QComboBox(printing), "printerCombo", self.tr("Default printer"))
        printing_form.addRow(self._label(self.tr("Default p&rinter:"), self.printer_combo), self.printer_combo)
        root.addWidget(printing)

        # -- this workstation
        general = QGroupBox(self.tr("Workstation"), self)
        general_form = QFormLayout(general)
        general_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.language_combo = named(QComboBox(general), "languageCombo", self.tr("Language"))
        self.language_combo.addItem("Français", "fr")  # each language named in itself
        self.language_combo.addItem("English", "en")
        general_form.addRow(self._label(self.tr("Lan&guage:"), self.language_combo), self.language_combo)
        language_note = named(QLabel(self.tr("A new language applies at the next start."), general), "settingsNote")
        general_form.addRow("", language_note)

        self.idle_spin = named(QSpinBox(general), "idleLockSpin", self.tr("Idle lock in minutes"))
        self.idle_spin.setRange(0, workstation.MAX_IDLE_MINUTES)
        self.idle_spin.setSpecialValueText(self.tr("The database's setting"))
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setMinimumWidth(200)
        idle_row = QHBoxLayout()
        idle_row.addWidget(self.idle_spin)
        idle_row.addStretch(1)
        general_form.addRow(self._label(self.tr("&Idle lock after:"), self.idle_spin), idle_row)
        idle_note = QLabel(self.tr(
            "From 1 to 240 minutes. The database's setting is the longest allowed: this workstation may only lock "
            "sooner."), general)
        idle_note.setObjectName("settingsNote")
        idle_note.setWordWrap(True)
        general_form.addRow("", idle_note)
        root.addWidget(general)

        self.location_label = QLabel(self.tr("Saved in {path}").format(path=workstation.settings_file()), self)
        self.location_label.setObjectName("settingsNote")
        self.location_label.setAccessibleName(self.tr("Settings file"))
        self.location_label.setWordWrap(True)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        root.addWidget(self.location_label)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the settings"))
        self.save_button.setDefault(True)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Close without saving"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        root.addWidget(buttons)

        self.setTabOrder(self.profile_combo, self.local_edit)
        self.setTabOrder(self.local_edit, self.browse_button)
        self.setTabOrder(self.browse_button, self.host_edit)
        self.setTabOrder(self.host_edit, self.port_edit)
        self.setTabOrder(self.port_edit, self.database_edit)
        self.setTabOrder(self.database_edit, self.printer_combo)
        self.setTabOrder(self.printer_combo, self.language_combo)
        self.setTabOrder(self.language_combo, self.idle_spin)
        self.setTabOrder(self.idle_spin, self.save_button)
        self.setTabOrder(self.save_button, self.cancel_button)
        self.profile_combo.setFocus()
        fit_height(self)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _show(self, settings: WorkstationSettings) -> None:
        self.profile_combo.setCurrentIndex(max(self.profile_combo.findData(settings.profile), 0))
        self.local_edit.setText(settings.local_path)
        self.host_edit.setText(settings.central_host)
        self.port_edit.setText(str(settings.central_port))
        self.database_edit.setText(settings.central_database)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(settings.language), 0))
        self.idle_spin.setValue(settings.idle_lock_minutes or 0)
        self._fill_printers([], looking=True)

    # -- printers --------------------------------------------------------------------------------------------

    @property
    def printers_loaded(self) -> bool:
        return self._printers_loaded

    def _fill_printers(self, printers: list[PrinterChoice], *, looking: bool = False) -> None:
        combo = self.printer_combo
        wanted = self.printer() if combo.count() else self.settings.printer
        combo.clear()
        combo.addItem(self.tr("The print system's default"), "")
        for choice in printers:
            text = choice.name
            if choice.is_default:
                text = self.tr("{name} (system default)").format(name=choice.name)
            if not choice.accepting:
                text = self.tr("{name} — not accepting jobs").format(name=text)
            combo.addItem(text, choice.name)
        if wanted and combo.findData(wanted) < 0:
            # Kept though not listed now (no print system reachable, printer removed): saving does not lose it.
            note = self.tr("looking for printers…") if looking else self.tr("not found")
            combo.addItem(self.tr("{name} ({note})").format(name=wanted, note=note), wanted)
        combo.setCurrentIndex(max(combo.findData(wanted), 0))

    def _printers_listed(self, printers: list[PrinterChoice]) -> None:
        self._printers_loaded = True
        self._fill_printers(list(printers))
        if not printers:
            self.printer_combo.setToolTip(self.tr(
                "No printer found on this workstation: printing then goes through the print dialog or to a PDF file."))

    def _printers_failed(self, exc: BaseException) -> None:
        log.warning("printers not listed: %s", type(exc).__name__)
        self._printers_listed([])

    # -- reading the form --------------------------------------------------------------------------------------

    def printer(self) -> str:
        data = self.printer_combo.currentData()
        return str(data) if data else ""

    def _browse_local(self) -> None:
        start = self.local_edit.text().strip() or self.local_edit.placeholderText()
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Local database file"), start, self.tr("SQLite databases (*.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.local_edit.setText(path)

    def form_settings(self) -> WorkstationSettings | None:
        """What the form holds; None (after saying why) when the port is not a number."""
        port_text = self.port_edit.text().strip()
        host = self.host_edit.text().strip()
        if not port_text and not host:
            port_text = str(workstation.DEFAULT_PORT)
        if not port_text.isdigit():
            self._show_problems([SettingsProblem("central_port", "out_of_range", "")])
            return None
        idle = self.idle_spin.value()
        return WorkstationSettings(
            profile=str(self.profile_combo.currentData()),
            local_path=self.local_edit.text().strip(),
            central_host=host,
            central_port=int(port_text),
            central_database=self.database_edit.text().strip(),
            printer=self.printer(),
            language=str(self.language_combo.currentData()),
            idle_lock_minutes=idle or None,
        )

    # -- saving ----------------------------------------------------------------------------------------------

    def accept(self) -> None:
        settings = self.form_settings()
        if settings is None:
            return
        try:
            stored = workstation.save(settings)
        except SettingsInvalid as exc:
            self._show_problems(list(exc.problems))
            return
        except OSError as exc:
            log.warning("settings not saved: %s", type(exc).__name__)
            self._say(self.tr("The settings could not be saved: the file {path} cannot be written.").format(
                path=workstation.settings_file()), error=True)
            return
        log.info("workstation settings saved (profile %s, language %s)", stored.profile, stored.language)
        self.settings = stored
        self.saved.emit(stored)
        super().accept()

    def _show_problems(self, problems: list[SettingsProblem]) -> None:
        lines = [self._problem_text(p) for p in problems]
        self._say("\n".join(lines), error=True)
        widget = self._field_widget(problems[0].field) if problems else None
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def _field_widget(self, field: str) -> QWidget | None:
        return {
            "profile": self.profile_combo,
            "local_path": self.local_edit,
            "central_host": self.host_edit,
            "central_url": self.host_edit,
            "central_port": self.port_edit,
            "central_database": self.database_edit,
            "language": self.language_combo,
            "idle_lock_minutes": self.idle_spin,
        }.get(field)

    def _problem_text(self, problem: SettingsProblem) -> str:
        """What is wrong with a field, by the problem's field and code (a field's own text for its other codes)."""
        texts = {
            ("profile", None): self.tr("The profile proposed at login is not one of Demo, Local and Central."),
            ("language", None): self.tr("The language must be French or English."),
            ("printer", None): self.tr("The default printer's name is not valid."),
            ("central_url", None): self.tr(
                "The Central server's address is not valid: enter its host, port and database."),
            ("local_path", "is_directory"): self.tr(
                "The Local database file is a folder: choose a file name in it."),
            ("local_path", "invalid"): self.tr(
                "The Local database file needs a full path (for example {example}).").format(
                    example=workstation.default_local_path()),
            ("local_path", None): self.tr(
                "The Local database file cannot be written there: choose a folder you may write to."),
            ("central_host", "required"): self.tr(
                "Enter the Central server's host name (the Central profile needs it)."),
            ("central_host", None): self.tr(
                "The Central server's host name may hold only letters, digits, dots and dashes."),
            ("central_port", None): self.tr(
                "The port must be a number from 1 to 65535 (PostgreSQL's usual port is 5432)."),
            ("central_database", "required"): self.tr("Enter the name of the Central database."),
            ("central_database", None): self.tr(
                "The Central database's name may not hold spaces or the signs / ? # @."),
            ("idle_lock_minutes", None): self.tr("The idle lock must be from 1 to 240 minutes."),
        }  # fmt: skip
        text = texts.get((problem.field, problem.code)) or texts.get((problem.field, None))
        return text or self.tr("A setting is not valid: {reason}.").format(reason=problem.message)

    def _say(self, text: str, *, error: bool) -> None:
        self.message_label.say(text, "error" if error else "info")
        fit_height(self)

    @property
    def message(self) -> str:
        return self.message_label.text() if self.message_label.isVisible() else ""
