"""SQLAlchemy mapping of OCPM's population register (persons, residences, guardianships), read by the conditions."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from ocpm_desk.infrastructure.db.model_base import Base, Id


# --------------------------------------------------------------------------------------------- population register
class RegisterPerson(Base):
    """OCPM's population register: read by the conditions, never changed by OCPM Desk."""

    __tablename__ = "register_persons"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    avs: Mapped[str] = mapped_column(String(16), unique=True)
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1))
    nationality: Mapped[str] = mapped_column(String(2))
    swiss_citizen: Mapped[bool] = mapped_column(Boolean)
    permit_type: Mapped[str | None] = mapped_column(String(3))  # L, B, C, Ci, N, F, S; NULL for Swiss citizens


class RegisterResidence(Base):
    __tablename__ = "register_residences"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("register_persons.id"), index=True)
    street: Mapped[str] = mapped_column(String(60))
    house_number: Mapped[str | None] = mapped_column(String(12))
    zip_code: Mapped[str] = mapped_column(String(4))
    town: Mapped[str] = mapped_column(String(40))
    commune: Mapped[str] = mapped_column(String(40))
    arrived_on: Mapped[date] = mapped_column(Date)
    departed_on: Mapped[date | None] = mapped_column(Date)
    departure_destination: Mapped[str | None] = mapped_column(String(80))


class RegisterGuardianship(Base):
    __tablename__ = "register_guardianships"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    ward_id: Mapped[int] = mapped_column(ForeignKey("register_persons.id"), index=True)
    guardian_id: Mapped[int] = mapped_column(ForeignKey("register_persons.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # parent, guardian (tuteur/curateur)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
