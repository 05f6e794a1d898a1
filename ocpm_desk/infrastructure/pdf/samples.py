"""Realistic sample letters (French, the shipped letterhead, grounds and remedy): for the bench, the tests and
``--self-test``. The texts come from ``resources/reference/*.yaml`` so the samples read like real letters."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

import yaml

from ocpm_desk.kernel.documents import (
    AttestationContent,
    AttestedPerson,
    DepositItem,
    DepositListContent,
    ResidencePeriod,
    verification_code,
    verification_source,
)
from ocpm_desk.kernel.identifiers import s10_check_digit
from ocpm_desk.kernel.letters import (
    Letter,
    LetterBody,
    LetterGround,
    Letterhead,
    LetterKind,
    Mark,
    Signature,
    fill_paragraph,
    format_date_short,
    hearing_reply_by,
)
from ocpm_desk.resources import resources_dir

SAMPLE_REFERENCE = "ED-2026-00012345"
SAMPLE_NUMBER = "D-2026-000042"
SAMPLE_DECISION_DATE = date(2026, 11, 26)
SAMPLE_HEARING_DATE = date(2026, 11, 9)
SAMPLE_ADDRESS = ("Madame", "Anne Dupont", "Rue de Carouge 12", "1205 Genève")
# The long variant's grounds: named, so that the catalogue growing does not make the sample longer.
LONG_GROUNDS = ("not_registered", "no_residence_history", "not_departed", "identity_mismatch", "requester_not_entitled",
                "payment_incomplete")

_PERSON_VALUES = {
    "person": "Mme Anne Dupont",
    "birth_date": "14.03.1988",
    "ordered_on": "02.11.2026",
    "paid_on": "02.11.2026",
}


@cache
def _yaml(name: str) -> Any:
    return yaml.safe_load((resources_dir() / "reference" / name).read_text(encoding="utf-8"))


def sample_letterhead() -> Letterhead:
    """The letterhead of ``letterhead.yaml``."""
    data = _yaml("letterhead.yaml")["settings"]["letterhead"]
    return Letterhead(
        authority=data["authority"],
        department=data["department"],
        office=data["office"],
        office_short=data["office_short"],
        address_lines=tuple(data["address_lines"]),
        return_address=data["return_address"],
        phone=data["phone"],
        website=data["website"],
        place=data["place"],
    )


def sample_remedy() -> str:
    """The "Voies de recours" of the demo services (appeal to the TAPI within 30 days)."""
    return str(_yaml("conditions.yaml")["remedy_tapi"])


def sample_grounds(reference: str = SAMPLE_REFERENCE, codes: tuple[str, ...] | None = None) -> tuple[LetterGround, ...]:
    """Grounds of the catalogue with their paragraph filled in; all of them when ``codes`` is None."""
    values = {**_PERSON_VALUES, "reference": reference, "service": "Attestation de résidence"}
    catalogue = {g["code"]: g for g in _yaml("grounds.yaml")["refusal_grounds"]}
    chosen = list(catalogue) if codes is None else list(codes)
    return tuple(
        LetterGround(
            code=code,
            title=catalogue[code]["title"],
            legal_basis=catalogue[code]["legal_basis"],
            text=fill_paragraph(catalogue[code]["paragraph"], values),
        )
        for code in chosen
    )


def _facts(reference: str, long: bool) -> tuple[str, ...]:
    facts = [
        f"Le 02.11.2026, Mme Anne Dupont a commandé en ligne, sur la plateforme e-démarches de l'État de Genève, "
        f"une attestation de résidence sous la référence {reference}.",
        "L'émolument de CHF 25.00 a été payé le même jour par carte de crédit.",
        "L'examen de la commande a montré que les conditions de délivrance de la prestation ne sont pas remplies.",
    ]
    if long:
        facts += [
            "Le 03.11.2026, l'OCPM a consulté le registre cantonal de la population (Calvin) afin de vérifier les "
            "données d'identité transmises avec la commande.",
            "Selon ce registre, Mme Anne Dupont, née le 14.03.1988, a annoncé son départ de Genève pour Lausanne "
            "(VD) le 30.06.2025; aucune nouvelle arrivée dans le canton n'a été enregistrée depuis.",
            "La date de naissance indiquée dans la commande (14.03.1986) ne correspond pas à celle du registre.",
            "La commande a été passée depuis le compte e-démarches de M. Paul Martin, qui n'a produit ni "
            "procuration ni document établissant un pouvoir de représentation.",
            "Le 04.11.2026, l'OCPM a demandé par courriel des explications et une procuration signée; cette demande "
            "est restée sans suite dans le délai imparti au 12.11.2026.",
            "Le montant encaissé, CHF 20.00, n'atteint pas l'émolument de CHF 25.00 fixé par le tarif en vigueur; "
            "la différence n'a pas été versée malgré le rappel automatique de la plateforme.",
            "Aucun autre élément pertinent ne ressort du dossier. Référence de paiement "
            "PAY-2026-11-02-7F3A9C41D2E8B6A0F5C3E1D9B7A5C3E1F0D2B4A6C8E0 (identifiant de la transaction).",
        ]
    return tuple(facts)


def sample_body(
    kind: LetterKind = LetterKind.DECISION,
    *,
    reference: str = SAMPLE_REFERENCE,
    long: bool = False,
    address_lines: tuple[str, ...] = SAMPLE_ADDRESS,
    reply_by: date | None = None,
    free_text: str | None = None,
) -> LetterBody:
    if free_text is None:
        free_text = (
            "Les autres conditions de délivrance n'ont pas été examinées plus avant, la prestation devant de toute "
            f"manière être refusée pour {'les motifs qui précèdent' if long else 'le motif qui précède'}."
        )
        if long:
            free_text += (
                "\n\nPour obtenir une attestation de résidence auprès de son nouveau canton de domicile, Mme Anne "
                "Dupont peut s'adresser au contrôle des habitants de sa commune de résidence. Une nouvelle commande "
                "auprès de l'OCPM, soumise à un nouvel émolument, n'est possible que si les conditions sont remplies."
            )
    codes = LONG_GROUNDS if long else ("not_registered",)
    is_decision = kind is LetterKind.DECISION
    return LetterBody(
        kind=kind,
        reference=reference,
        service_code="ATT-RES",
        service_label="Attestation de résidence",
        address_lines=address_lines,
        abroad=False,
        salutation="Madame,",
        person="Anne Dupont",
        facts=_facts(reference, long),
        grounds=sample_grounds(reference, codes),
        free_text=free_text,
        fee_centimes=2500,
        remedy=sample_remedy() if is_decision else "",
        reply_by=None if is_decision else (reply_by or hearing_reply_by(SAMPLE_HEARING_DATE)),
        hearing_summary=(
            f"Par courrier du {format_date_short(SAMPLE_HEARING_DATE)}, l'OCPM a informé Mme Anne Dupont de son "
            "intention de refuser la prestation et lui a imparti un délai de 10 jours pour se déterminer. Elle n'a pas "
            "fait usage de cette faculté."
            if is_decision
            else ""
        ),
    )


def sample_decision(
    *,
    reference: str = SAMPLE_REFERENCE,
    number: str | None = SAMPLE_NUMBER,
    signed: bool = True,
    long: bool = False,
    mark: Mark = Mark.NONE,
    address_lines: tuple[str, ...] = SAMPLE_ADDRESS,
    letter_date: date = SAMPLE_DECISION_DATE,
) -> Letter:
    """A refusal decision for Mme Anne Dupont (one page; two or three with ``long``)."""
    return Letter(
        letterhead=sample_letterhead(),
        body=sample_body(LetterKind.DECISION, reference=reference, long=long, address_lines=address_lines),
        letter_date=letter_date,
        number=number,
        signature=Signature("Claire Martin", "Responsable de secteur", letter_date) if signed else None,
        mark=mark,
    )


def sample_hearing_letter(
    *,
    reference: str = SAMPLE_REFERENCE,
    signed: bool = True,
    long: bool = False,
    mark: Mark = Mark.NONE,
    address_lines: tuple[str, ...] = SAMPLE_ADDRESS,
    letter_date: date = SAMPLE_HEARING_DATE,
) -> Letter:
    """The hearing letter before the refusal (reply within 10 days); ``long`` gives every ground and more facts."""
    return Letter(
        letterhead=sample_letterhead(),
        body=sample_body(LetterKind.HEARING, reference=reference, long=long, address_lines=address_lines,
                         reply_by=hearing_reply_by(letter_date)),
        letter_date=letter_date,
        number=None,
        signature=Signature("Marc Rochat", "Gestionnaire de dossiers", letter_date) if signed else None,
        mark=mark,
    )


# ---------------------------------------------------------------------------------------------- attestations
SAMPLE_ATTESTATION_DATE = date(2026, 11, 26)


def sample_attestation(
    service_code: str = "ATT-RES",
    *,
    reference: str = SAMPLE_REFERENCE,
    registered: bool = False,
    long_history: bool = False,
    address_lines: tuple[str, ...] = SAMPLE_ADDRESS,
    issued_on: date = SAMPLE_ATTESTATION_DATE,
) -> AttestationContent:
    """An attestation of each demo service (DESIGN §3.1): Mme Anne Dupont (Swiss) for the residence services,
    M. Luc Moreau (French, permit C, left for Lyon) for the departure services; ``long_history`` gives 30 stays."""
    departure = service_code in ("ATT-DEP", "ATT-DEP-HIST")
    if departure:
        person = AttestedPerson("Moreau", "Luc Antoine", date(1979, 8, 1), "M", "France", permit="C")
        street, zip_town, since = "Avenue de Champel 8", "1206 Genève", date(2009, 9, 1)
        residences: tuple[ResidencePeriod, ...] = (
            ResidencePeriod(date(2009, 9, 1), date(2014, 3, 31), "Rue des Pâquis 21, 1201 Genève"),
            ResidencePeriod(date(2014, 4, 1), date(2026, 6, 30), "Avenue de Champel 8, 1206 Genève"))
        labels = {"ATT-DEP": "Attestation de départ", "ATT-DEP-HIST": "Attestation de départ avec historique"}
    else:
        person = AttestedPerson("Dupont", "Anne Marie", date(1988, 3, 14), "F", "Suisse", place_of_origin="Genève GE")
        street, zip_town, since = "Rue de Carouge 12", "1205 Genève", date(2015, 1, 1)
        residences = (ResidencePeriod(date(2015, 1, 1), date(2019, 9, 30), "Boulevard Carl-Vogt 45, 1205 Genève"),
                      ResidencePeriod(date(2019, 10, 1), None, "Rue de Carouge 12, 1205 Genève"))
        labels = {"ATT-RES": "Attestation de résidence",
                  "ATT-RES-HIST": "Attestation de résidence avec historique des séjours",
                  "ATT-RES-CIV": "Attestation de résidence avec droits civiques"}
    if long_history:
        residences = tuple(
            ResidencePeriod(date(1985 + i, 1, 1), date(1985 + i, 12, 31),
                            f"Chemin des Grands-Champs {i + 1}, appartement {100 + i}, 1228 Plan-les-Ouates")
            for i in range(30)) + residences
        since = residences[0].start
    return AttestationContent(
        letterhead=sample_letterhead(),
        service_code=service_code,
        service_label=labels.get(service_code, service_code),
        reference=reference,
        issued_on=issued_on,
        address_lines=address_lines,
        registered=registered,
        person=person,
        street=street,
        zip_town=zip_town,
        resident_since=since,
        verification_code=verification_code(reference, verification_source(reference, service_code, issued_on,
                                                                            person)),
        quantity=2 if service_code == "ATT-RES" else 1,
        residences=residences,
        departed_on=date(2026, 6, 30) if departure else None,
        destination="Lyon (France)" if departure else None,
        civic_rights=True if service_code == "ATT-RES-CIV" else None,
    )


# ---------------------------------------------------------------------------------------------- deposit list
_TOWNS = ("1205 Genève", "1227 Carouge GE", "1213 Onex", "1220 Les Avanchets", "1004 Lausanne",
          "75011 Paris (France)", "1201 Genève", "8004 Zürich")
_NAMES = ("Mme Anne Dupont", "M. Luc Moreau", "Mme Maria Dolores Fernández-Castellanos", "M. Jean-Pierre Rochat",
          "Mme Aïcha Benali", "M. Paul Martin", "Mme Sophie Nguyen", "M. Karl Müller")


def sample_deposit_items(count: int = 6) -> tuple[DepositItem, ...]:
    """``count`` registered items: domestic 98.xx… numbers, and an S10 number for the one addressed to France."""
    items = []
    for i in range(count):
        town = _TOWNS[i % len(_TOWNS)]
        abroad = "(" in town
        serial = f"{10000000 + i * 7919:08d}"
        number = (f"RR{serial}{s10_check_digit(serial)}CH" if abroad
                  else f"98.34.{120450 + i:06d}.{30000000 + i * 37:08d}")
        items.append(DepositItem(
            item_number=number,
            product="Recommandé international" if abroad else "Lettre recommandée A",
            addressee=_NAMES[i % len(_NAMES)],
            town=town,
            reference=f"ED-2026-{12345 + i:08d}",
        ))
    return tuple(items)


def sample_deposit_list(count: int = 6, day: date = SAMPLE_ATTESTATION_DATE) -> DepositListContent:
    head = sample_letterhead()
    return DepositListContent(letterhead=head, day=day, sender=(head.office, *head.address_lines),
                              items=sample_deposit_items(count))
