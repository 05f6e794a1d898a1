"""The GUI's language: French by default, English on request (an explicit argument, else the setting ``language`` of
``ocpm_desk.infrastructure.config``: ``OCPM_LANG=en``, else the settings dialog's choice).

Source strings in the code are English; ``resources/i18n/ocpm_desk_fr.ts`` holds their French and is
compiled to ``ocpm_desk_fr.qm`` by ``make generate``. Qt's own strings (standard buttons, dialogs) come from
``qtbase_fr.qm`` shipped with PySide6.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ocpm_desk.gui.paths import translations_dir
from ocpm_desk.infrastructure import config

log = logging.getLogger(__name__)

FRENCH = "fr"
ENGLISH = "en"
DEFAULT_LANGUAGE = config.LANGUAGE.default

# Translators currently installed by us, so that switching language replaces them instead of stacking them.
_installed: list[QTranslator] = []
_language = ENGLISH


def choose_language(requested: str | None = None) -> str:
    """``fr`` or ``en`` from ``requested``, else from ``OCPM_LANG``, else the settings dialog's choice (applied at
    the next start), else French; ``en_GB``-style codes accepted. A value that is neither is reported in the log
    and the next one decides (a damaged settings file never keeps the application from starting)."""
    if requested:
        code = config.language_code(requested)
        if code is not None:
            return code
        log.warning("unsupported language %r; using the language setting", requested)
    return config.value(config.LANGUAGE)


def app_translation_file() -> str:
    return str(translations_dir() / "ocpm_desk_fr.qm")


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators for ``language`` (see ``choose_language``) and return the language chosen.

    Calling it again replaces the translators installed before. A missing ``.qm`` is logged, not fatal: the GUI
    then shows its English source strings.
    """
    global _language
    lang = choose_language(language)
    _language = lang
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()

    if lang == ENGLISH:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Switzerland))
        return lang

    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.Switzerland))
    qt_translator = QTranslator(app)
    if qt_translator.load("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    else:
        log.warning("Qt's French translations (qtbase_fr.qm) were not found")

    own = QTranslator(app)
    if own.load(app_translation_file()):
        app.installTranslator(own)
        _installed.append(own)
    else:
        log.warning("%s is missing: run `make generate`; the GUI stays in English", app_translation_file())
    return lang


def current_language() -> str:
    """The language last chosen by ``install_translators`` (English before any call)."""
    return _language
