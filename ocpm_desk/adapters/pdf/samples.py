"""Realistic sample letters (French, the shipped letterhead, grounds and remedy): for the bench, the tests and
``--self-test``. The texts come from ``resources/reference/*.yaml`` so the samples read like real letters."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

import yaml

from ocpm_desk.domain.letters import (
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
