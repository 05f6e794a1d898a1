"""What an attestation (the ordered document) and the day's deposit list say (DESIGN §7), independent of how they
are drawn: the renderers (``ocpm_desk.infrastructure.pdf.attestation`` and ``…deposit_list``) turn these into bytes, and
the same content always gives the same bytes.

Texts here are French: they are printed for the addressee and the post office. Pure: no Qt, no database.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import date

from ocpm_desk.kernel.letters import Letterhead

# ---------------------------------------------------------------------------------------------- attestations
ATT_RES = "ATT-RES"
ATT_RES_HIST = "ATT-RES-HIST"
ATT_RES_CIV = "ATT-RES-CIV"
ATT_DEP = "ATT-DEP"
ATT_DEP_HIST = "ATT-DEP-HIST"

#: The title printed on each service's attestation.
ATTESTATION_TITLES = {
    ATT_RES: "ATTESTATION DE RÉSIDENCE",
    ATT_RES_HIST: "ATTESTATION DE RÉSIDENCE AVEC HISTORIQUE DES SÉJOURS",
    ATT_RES_CIV: "ATTESTATION DE RÉSIDENCE AVEC DROITS CIVIQUES",
    ATT_DEP: "ATTESTATION DE DÉPART",
    ATT_DEP_HIST: "ATTESTATION DE DÉPART AVEC HISTORIQUE",
}
DEPARTURE_SERVICES = frozenset({ATT_DEP, ATT_DEP_HIST})
HISTORY_SERVICES = frozenset({ATT_RES_HIST, ATT_DEP_HIST})

#: Swiss foreign-national permits (ge.ch FAQ on OCPM attestations: L, B, C, Ci, N, F, S).
PERMIT_LABELS = {
    "L": "Permis L (autorisation de courte durée)",
    "B": "Permis B (autorisation de séjour)",
    "C": "Permis C (établissement)",
    "Ci": "Permis Ci (autorisation de séjour avec activité lucrative)",
    "N": "Permis N (requérant d'asile)",
    "F": "Permis F (admission provisoire)",
    "S": "Permis S (protection provisoire)",
}



def permit_label(permit: str) -> str:
    """``"C"`` → ``"Permis C (établissement)"``; a code not in the list is printed as given (``"Permis G"``), a
    text that is already a sentence (a pending renewal) as is."""
    code = permit.strip()
    if code in PERMIT_LABELS:
        return PERMIT_LABELS[code]
    upper = {key.upper(): label for key, label in PERMIT_LABELS.items()}
    if code.upper() in upper:
        return upper[code.upper()]
    return f"Permis {code}" if len(code) <= 3 else code


def attestation_title(service_code: str, service_label: str) -> str:
    """The title of the service's attestation; an unknown service prints its label in capitals."""
    return ATTESTATION_TITLES.get(service_code, service_label.upper())


@dataclass(frozen=True, slots=True)
class AttestedPerson:
    """The person the attestation is about, as in the population register."""

    last_name: str
    first_names: str
    birth_date: date
    sex: str  # "F" / "M"
    nationality: str  # "Suisse", "France"
    permit: str | None = None  # foreign nationals: "B", "C", … (printed with its label)
    place_of_origin: str | None = None  # Swiss citizens: "Genève GE"

    @property
    def feminine(self) -> bool:
        return self.sex.upper() == "F"


@dataclass(frozen=True, slots=True)
class ResidencePeriod:
    """One stay in the canton: from, to (None: still there), the address as one line."""

    start: date
    end: date | None
    address: str


@dataclass(frozen=True, slots=True)
class AttestationContent:
    """Everything an attestation shows."""

    letterhead: Letterhead
    service_code: str  # "ATT-RES" …
    service_label: str  # "Attestation de résidence"
    reference: str  # the order reference, also the barcode
    issued_on: date  # "Genève, le …"
    address_lines: tuple[str, ...]  # the window, salutation first
    registered: bool  # sent registered: RECOMMANDÉ in the window
    person: AttestedPerson
    street: str | None  # current (or, after a departure, last) address in Geneva: "Rue de Carouge 12"
    zip_town: str | None  # "1205 Genève"
    resident_since: date | None
    verification_code: str  # "ABCD-EFGH-JKLM", see ``verification_code``
    quantity: int = 1  # copies ordered
    signatory: str = "Office cantonal de la population et des migrations"
    residences: tuple[ResidencePeriod, ...] = ()  # the history variants
    departed_on: date | None = None  # departure attestations
    destination: str | None = None  # "Lausanne (VD)", "Lyon (France)"
    civic_rights: bool | None = None  # ATT-RES-CIV: True / False; None: not stated

    @property
    def title(self) -> str:
        return attestation_title(self.service_code, self.service_label)

    @property
    def departure(self) -> bool:
        return self.service_code in DEPARTURE_SERVICES

    @property
    def with_history(self) -> bool:
        return self.service_code in HISTORY_SERVICES


def verification_source(reference: str, service_code: str, issued_on: date, person: AttestedPerson) -> str:
    """The text the verification code is computed from: what the document attests, in a canonical form."""
    return "\n".join((reference, service_code, issued_on.isoformat(), person.last_name, person.first_names,
                      person.birth_date.isoformat(), person.sex, person.nationality, person.permit or "",
                      person.place_of_origin or ""))


def verification_code(reference: str, sha_source: str) -> str:
    """A short code a third party can quote to the OCPM to check an attestation: 12 base32 characters (no 0, 1, 8,
    9: nothing to confuse with O, I, B, g) of the SHA-256 of the reference and ``sha_source``, in groups of four,
    ``"ABCD-EFGH-JKLM"``. Deterministic and unkeyed for the demo: anyone who knows the data can compute it, so it
    proves nothing by itself. A real deployment would use a keyed HMAC (secret held by the OCPM) and keep the code
    with the issued document, so that only the OCPM can answer "this code matches this document"."""
    digest = hashlib.sha256(f"{reference}\n{sha_source}".encode()).digest()
    code = base64.b32encode(digest).decode("ascii")[:12]
    return "-".join(code[i:i + 4] for i in range(0, 12, 4))


# ---------------------------------------------------------------------------------------------- deposit list
@dataclass(frozen=True, slots=True)
class DepositItem:
    """One registered item handed to the post office."""

    item_number: str  # domestic "98.xx.xxxxxx.xxxxxxxx" or UPU S10 "RR123456785CH"
    product: str  # "Recommandé (R) A"
    addressee: str  # "Mme Anne Dupont"
    town: str  # "1205 Genève"; abroad "75011 Paris (France)"
    reference: str  # the order reference

    @property
    def barcode_value(self) -> str:
        """What the item's barcode encodes: the number without its dots and spaces (Swiss Post labels)."""
        return self.item_number.replace(".", "").replace(" ", "")


@dataclass(frozen=True, slots=True)
class DepositListContent:
    letterhead: Letterhead
    day: date
    sender: tuple[str, ...]  # the sender's lines (office, address)
    items: tuple[DepositItem, ...]

    @property
    def count(self) -> int:
        return len(self.items)
