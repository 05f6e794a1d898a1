"""The population register seen from an order: the register's person with an AVS number, and the comparison the
order screen shows of each person of the order (applicant, concerned person) with the register.

``PersonComparison.register_facts`` are short ``key:value`` lines in English source form, read on the day of
opening; the GUI translates them by key:

- ``registered_in_geneva:yes|no`` — a current Geneva residence (begun, not ended) today;
- ``resident_since:YYYY-MM-DD`` — arrival of the current residence (only when registered);
- ``commune:<name>`` — commune of the current residence (only when registered);
- ``departed_on:YYYY-MM-DD`` — the last departure on or before today (only when not registered any more);
- ``residences:<n>`` — Geneva residences in the register, past and present;
- ``swiss_citizen:yes|no``;
- ``nationality:<ISO 3166 alpha-2>``;
- ``permit:<L|B|C|Ci|N|F|S>`` — foreigners only, when the register records one;
- ``minor:yes|no`` — under 18 today (register birth date);
- ``guardian_of:<AVS>`` — one line per person this person legally represents today;
- ``represented_by:<AVS>`` — one line per legal representative of this person today.

A person not found in the register has ``found_in_register=False`` and no facts.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ocpm_desk.features.casework.api import FieldComparison, PersonComparison
from ocpm_desk.features.casework.conditions import is_minor, names_match, same_avs
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.kernel.effective import in_force
from ocpm_desk.kernel.identifiers import is_valid_avs, normalize_avs


def find_register_person(session: Session, avs: str) -> m.RegisterPerson | None:
    """The register's person with this AVS number (as typed or normalised), for casework and the documents."""
    candidates = {avs.strip()}
    if is_valid_avs(avs.strip()):
        candidates.add(normalize_avs(avs.strip()))
    return session.scalars(select(m.RegisterPerson).where(m.RegisterPerson.avs.in_(candidates))).first()


def _register_facts(session: Session, person: m.RegisterPerson, today: date) -> tuple[str, ...]:
    residences = list(session.scalars(
        select(m.RegisterResidence).where(m.RegisterResidence.person_id == person.id)
        .order_by(m.RegisterResidence.arrived_on)))
    current = [r for r in residences
               if r.arrived_on <= today and (r.departed_on is None or r.departed_on > today)]
    facts = [f"registered_in_geneva:{'yes' if current else 'no'}"]
    if current:
        latest = max(current, key=lambda r: r.arrived_on)
        facts += [f"resident_since:{latest.arrived_on.isoformat()}", f"commune:{latest.commune}"]
    else:
        departures = [r.departed_on for r in residences if r.departed_on is not None and r.departed_on <= today]
        if departures:
            facts.append(f"departed_on:{max(departures).isoformat()}")
    facts.append(f"residences:{sum(1 for r in residences if r.arrived_on <= today)}")
    facts.append(f"swiss_citizen:{'yes' if person.swiss_citizen else 'no'}")
    facts.append(f"nationality:{person.nationality}")
    if not person.swiss_citizen and person.permit_type:
        facts.append(f"permit:{person.permit_type}")
    facts.append(f"minor:{'yes' if is_minor(person.birth_date, today) else 'no'}")
    link = m.RegisterGuardianship
    facts += [f"guardian_of:{avs}" for avs in _guardianships(session, link.guardian_id, link.ward_id, person, today)]
    facts += [f"represented_by:{avs}"
              for avs in _guardianships(session, link.ward_id, link.guardian_id, person, today)]
    return tuple(facts)


def _guardianships(session: Session, own_side: InstrumentedAttribute[int], other_side: InstrumentedAttribute[int],
                   person: m.RegisterPerson, today: date) -> list[str]:
    """The AVS numbers of the people on the ``other_side`` of ``person``'s guardianships in force ``today`` (their
    wards from the guardian's side, their guardians from the ward's), in order."""
    rows = session.execute(
        select(m.RegisterPerson.avs, m.RegisterGuardianship.valid_from, m.RegisterGuardianship.valid_to)
        .join(m.RegisterGuardianship, other_side == m.RegisterPerson.id)
        .where(own_side == person.id)
        .order_by(m.RegisterPerson.avs)
    ).all()
    return [row.avs for row in rows if in_force(row.valid_from, row.valid_to, today)]


def compare_with_register(session: Session, role: str, given: m.Applicant, today: date) -> PersonComparison:
    """One person of the order (``role``: applicant or concerned) beside their register record, with its facts."""
    found = find_register_person(session, given.avs)
    fields = (
        FieldComparison("avs", given.avs, found.avs if found else None,
                        found is not None and same_avs(given.avs, found.avs)),
        FieldComparison("last_name", given.last_name, found.last_name if found else None,
                        found is not None and names_match(given.last_name, found.last_name)),
        FieldComparison("first_name", given.first_name, found.first_name if found else None,
                        found is not None and names_match(given.first_name, found.first_name)),
        FieldComparison("birth_date", given.birth_date, found.birth_date if found else None,
                        found is not None and given.birth_date == found.birth_date),
    )
    facts = _register_facts(session, found, today) if found is not None else ()
    return PersonComparison(role, found is not None, fields, facts)
