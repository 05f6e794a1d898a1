"""Values set aside (a setting's value that is not valid, a settings file that cannot be read): reported in the log
of ``ocpm_desk.infrastructure.config``, once per process."""

from __future__ import annotations

import logging

from ocpm_desk.infrastructure.config.declaration import SettingError

#: The configuration's logger: the package's name, as when it was one module (the tests and the log read it).
log = logging.getLogger("ocpm_desk.infrastructure.config")

#: The messages already reported in this process.
reported: set[str] = set()


def report(message: str) -> None:
    """A value set aside: logged once per process (the settings are read often)."""
    if message not in reported:
        reported.add(message)
        log.warning("%s", message)


def set_aside(error: SettingError, instead: str) -> None:
    report(f"{error.private_message}; {instead}")
