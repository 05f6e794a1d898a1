"""Read-only use cases of the first screens: the overview and the catalogue in force."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine

from ocpm_desk.domain.permissions import Permission
from ocpm_desk.queries.catalogue import load_catalogue
from ocpm_desk.queries.overview import load_overview
from ocpm_desk.services.desk import Catalogue, Overview
from ocpm_desk.services.uow import Actor
from ocpm_desk.services.use_case import use_case


@use_case(Permission.VIEW_OVERVIEW)
def overview(engine: Engine, actor: Actor) -> Overview:
    return load_overview(engine, actor.roles)


@use_case(Permission.VIEW_REFERENCE_DATA)
def catalogue(engine: Engine, actor: Actor, on: date) -> Catalogue:
    return load_catalogue(engine, on)
