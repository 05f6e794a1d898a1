"""One typed configuration (issue 17): every setting of OCPM Desk declared once — name, type, default, description,
where it lives, its environment variable — and read, checked and written here.

Three stores:

- **The environment** (``OCPM_*``). This package is the only one that reads it (``tests/unit/test_configuration.py``
  scans the package). An environment variable wins over the settings file.
- **The workstation's settings file**, ``settings.json`` in the user configuration directory (``OCPM_CONFIG_DIR``):
  one JSON object, key → value, as earlier versions wrote it. ``read_file`` reads it once (``SettingsFile``),
  ``write_file`` checks and merges changes into it (atomically: a refused change writes nothing). Reading never
  fails: a value that is not valid is reported in the log and its default used, a damaged file reads as empty.
  Never a password.
- **The database's table ``settings``** (key → JSON text), kept by an administrator through the reference data
  (``init-db``). ``decode`` reads a stored text, ``encode`` checks a value and gives the text to store
  (``services/settings.py``, ``services/letterhead.py``, ``adapters/reference_data.py``).

A value refused raises ``SettingError`` (a ``ValueError``): it names the setting — its environment variable, or its
key and store — the value when it is not a path or a URL, and what is expected, and nothing is changed.

Environment variables left where they are, on purpose: ``QT_QPA_PLATFORM`` is Qt's (the self-test and the
snapshots set it to ``offscreen`` before Qt starts); ``adapters/printing.py`` hands its own environment on to
``lp``/``lpstat`` with ``LC_ALL=C``; ``OCPM_TEST_POSTGRES_URL`` and ``CI`` are read by the tests only.

The package imports nothing of the application but the domain (an import-linter contract), so every layer may use
it, and it loads without SQLAlchemy: the login dialog reads the profiles through it.

Every name is used as ``config.X`` (``from ocpm_desk.infrastructure import config``); they are kept in:

- ``kinds``: how the values of a setting are read, checked and stored (``config.kinds.Kind``, ``Invalid``…);
- ``declaration``: ``Store``, ``Setting``, ``SettingError``, ``SettingMissing``, ``checked``;
- ``catalogue``: every setting declared (``SETTINGS``, ``setting``, ``in_store``) and ``markdown_table``;
- ``environment`` and ``reporting``: the environment read, and the values set aside reported in the log;
- ``values``: the value in force (``value``, ``source``) and the checks of the environment;
- ``workstation_file``: the workstation's settings file; ``database_settings``: the database's table ``settings``.
"""

from __future__ import annotations

from ocpm_desk.infrastructure.config.catalogue import (
    APP,
    AUTHOR,
    CENTRAL_URL,
    CONFIG_DIR,
    DATA_DIR,
    DATABASE_URL,
    DELIVERY_CLOCK,
    FOREIGN_ENVIRONMENT,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    LANGUAGES,
    LAST_PROFILE,
    LETTERHEAD,
    LOCAL_PATH,
    LOG_DIR,
    MAX_IDLE_MINUTES,
    MIN_IDLE_MINUTES,
    PRINTER,
    PROFILES,
    PROGRESS,
    ROLE_PREFIX,
    SETTINGS,
    SETTINGS_FILE_NAME,
    STARTUP_PROBE,
    STATE_DIR,
    WORKSTATION_IDLE_LOCK,
    in_store,
    markdown_table,
    setting,
)
from ocpm_desk.infrastructure.config.database_settings import database_setting, decode, encode
from ocpm_desk.infrastructure.config.declaration import Setting, SettingError, SettingMissing, Store, checked
from ocpm_desk.infrastructure.config.reporting import reported as _reported  # noqa: F401 (the tests clear it)
from ocpm_desk.infrastructure.config.values import (
    check_environment,
    data_dir,
    language_code,
    source,
    unknown_environment,
    use_folders,
    value,
)
from ocpm_desk.infrastructure.config.workstation_file import SettingsFile, read_file, settings_file, write_file

__all__ = [
    "APP",
    "AUTHOR",
    "CENTRAL_URL",
    "CONFIG_DIR",
    "DATABASE_URL",
    "DATA_DIR",
    "DELIVERY_CLOCK",
    "FOREIGN_ENVIRONMENT",
    "IDLE_LOCK_MINUTES",
    "LANGUAGE",
    "LANGUAGES",
    "LAST_PROFILE",
    "LETTERHEAD",
    "LOCAL_PATH",
    "LOG_DIR",
    "MAX_IDLE_MINUTES",
    "MIN_IDLE_MINUTES",
    "PRINTER",
    "PROFILES",
    "PROGRESS",
    "ROLE_PREFIX",
    "SETTINGS",
    "SETTINGS_FILE_NAME",
    "STARTUP_PROBE",
    "STATE_DIR",
    "WORKSTATION_IDLE_LOCK",
    "Setting",
    "SettingError",
    "SettingMissing",
    "SettingsFile",
    "Store",
    "check_environment",
    "checked",
    "data_dir",
    "database_setting",
    "decode",
    "encode",
    "in_store",
    "language_code",
    "markdown_table",
    "read_file",
    "setting",
    "settings_file",
    "source",
    "unknown_environment",
    "use_folders",
    "value",
    "write_file",
]
