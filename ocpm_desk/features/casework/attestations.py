"""The ordered document (DESIGN §7): the attestation of an approved order, made from the population register.

``make_attestation`` runs inside the caller's unit of work — the approval of an order, or its reissue after a
correction attributable to the OCPM (G5) — and stores the PDF with its SHA-256 in ``documents``. The mail room only
ever prints what is stored here (it never reads the register).
"""

from __future__ import annotations

import hashlib
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocpm_desk.features.casework.claiming import order_address
from ocpm_desk.features.casework.register import find_register_person
from ocpm_desk.features.reference.steps import read_letterhead
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.infrastructure.uow import Actor
from ocpm_desk.kernel import clock
from ocpm_desk.kernel.addresses import COUNTRY_NAMES_FR, address_lines
from ocpm_desk.kernel.documents import (
    AttestationContent,
    AttestedPerson,
    ResidencePeriod,
    verification_code,
    verification_source,
)
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError

NATIONALITY_FR = {"CH": "Suisse", "FR": "France", "IT": "Italie", "DE": "Allemagne", "PT": "Portugal",
                  "ES": "Espagne", "GB": "Royaume-Uni", "US": "États-Unis", "BR": "Brésil", "XK": "Kosovo"}


def _residence_line(r: m.RegisterResidence) -> str:
    street = " ".join(p for p in (r.street, r.house_number) if p)
    return f"{street}, {r.zip_code} {r.town}"


def attestation_content(session: Session, order: m.Order, day: date) -> AttestationContent:
    given = order.concerned_person or order.applicant
    person = find_register_person(session, given.avs)
    if person is None:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Message", "the person of order {reference} is not in the population register: no attestation can be "
            "made"), reference=order.reference)
    residences = list(session.scalars(select(m.RegisterResidence).where(m.RegisterResidence.person_id == person.id)
                                      .order_by(m.RegisterResidence.arrived_on)))
    current = next((r for r in reversed(residences) if r.arrived_on <= day
                    and (r.departed_on is None or r.departed_on > day)), None)
    last = current or (residences[-1] if residences else None)
    attested = AttestedPerson(
        last_name=person.last_name, first_names=person.first_name, birth_date=person.birth_date, sex=person.sex,
        nationality=NATIONALITY_FR.get(person.nationality, COUNTRY_NAMES_FR.get(person.nationality,
                                                                                person.nationality)),
        permit=None if person.swiss_citizen else person.permit_type,
    )
    service = session.get(m.Service, order.service_code)
    label = service.label_fr if service is not None else order.service_code
    product = session.get(m.PostalProduct, order.delivery_product)
    departed = None if current is not None or last is None else last.departed_on
    return AttestationContent(
        letterhead=read_letterhead(session), service_code=order.service_code, service_label=label,
        reference=order.reference, issued_on=day, address_lines=tuple(address_lines(order_address(order))),
        registered=bool(product and product.registered), person=attested,
        street=" ".join(p for p in (last.street, last.house_number) if p) if last else None,
        zip_town=f"{last.zip_code} {last.town}" if last else None,
        resident_since=current.arrived_on if current else None,
        verification_code=verification_code(order.reference, verification_source(order.reference,
                                                                                   order.service_code, day, attested)),
        quantity=order.quantity,
        residences=tuple(ResidencePeriod(r.arrived_on, r.departed_on, _residence_line(r)) for r in residences),
        departed_on=departed,
        destination=last.departure_destination if departed and last else None,
        civic_rights=person.swiss_citizen if order.service_code == "ATT-RES-CIV" else None,
    )


def make_attestation(session: Session, made_by: Actor, order: m.Order, day: date) -> m.Document:
    """Render and store the order's attestation (a new row each time: a reissue keeps the earlier one)."""
    from ocpm_desk.infrastructure.pdf.attestation import render_attestation

    pdf = render_attestation(attestation_content(session, order, day))
    document = m.Document(order_id=order.id, kind="attestation", pdf=pdf, sha256=hashlib.sha256(pdf).hexdigest(),
                          created_at=clock.now(), created_by=made_by.username)
    session.add(document)
    session.flush()
    return document
