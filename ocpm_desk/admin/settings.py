"""``settings``: every setting listed with its value and where it comes from."""

from __future__ import annotations

import typer

from ocpm_desk.admin.common import DatabaseOption, open_engine, run
from ocpm_desk.infrastructure import config


def _shown(setting: config.Setting[object], value: object) -> str:
    """A setting's value for the listing: a URL without its password, nothing as ``-``."""
    if isinstance(value, config.SettingError):
        return f"(not valid: expected {value.expected})"
    if value is None or value == "":
        return f"({setting.default_text})" if setting.default_text else "-"
    if setting in (config.DATABASE_URL, config.CENTRAL_URL):
        from ocpm_desk.infrastructure.profiles import display_url

        try:
            return display_url(str(value))
        except ValueError:
            return "(not a URL)"
    return setting.kind.show(value) or "-"


def settings_(database: DatabaseOption = None) -> None:
    """List every setting: name, value, where the value comes from, and what it does (tab-separated). The
    database's settings are read from the database of --database (or OCPM_DATABASE_URL, or the Démo file)."""
    from ocpm_desk.features.reference.settings import database_settings

    saved = config.read_file()
    for setting in config.SETTINGS:
        if setting.store is config.Store.DATABASE:
            continue
        where = config.source(setting, saved)
        if where == "environment":
            where = f"environment {setting.env}"
        typer.echo("\t".join((setting.name, _shown(setting, config.value(setting, saved)), where,
                              setting.description)))
    engine = open_engine(database)
    values = run(lambda: database_settings(engine))
    for setting in config.in_store(config.Store.DATABASE):
        typer.echo("\t".join((setting.name, _shown(setting, values[setting.name]), "database", setting.description)))
