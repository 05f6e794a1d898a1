"""What a decision or hearing letter says (DESIGN §7): ``letter_outline``, pieces of text in reading order, and the
references, place and date, and short header of its pages.

``letters.py`` sets these pieces on the page; ``bench/letters.py`` sets the same pieces with platypus and WeasyPrint.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ocpm_desk.kernel.letters import Letter, LetterKind, fee_sentence, format_date_fr, operative_part


@dataclass(frozen=True, slots=True)
class Piece:
    """One piece of a letter's text in reading order; ``kind`` says how it is set:

    ``title``, ``subject``, ``salutation``, ``para``, ``heading``, ``item`` (numbered: ``label`` is "1."),
    ``ground`` (a ground's title), ``ground_text``, ``basis`` ("Base légale : …", ends the ground's paragraph),
    ``free`` (the caseworker's own paragraphs), ``lead`` (who decides, before the operative part), ``closing`` (the
    polite formula), then the signature block in the right column: ``sign_office``, ``sign_name``, ``sign_line``,
    ``unsigned`` ("Projet — non signé")."""

    kind: str
    text: str
    label: str = ""


def _closing(salutation: str) -> str:
    whom = salutation.rstrip().rstrip(",").strip() or "Madame, Monsieur"
    return f"Nous vous prions d'agréer, {whom}, nos salutations distinguées."


def _paragraphs(text: str, kind: str = "para") -> list[Piece]:
    """Blank-line separated paragraphs (a single line break stays inside its paragraph)."""
    return [Piece(kind, part.strip()) for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()]


def _numbered(items: Sequence[str]) -> list[Piece]:
    return [Piece("item", item, f"{i}.") for i, item in enumerate(items, 1)]


def _grounds_pieces(letter: Letter) -> list[Piece]:
    out: list[Piece] = []
    for ground in letter.body.grounds:
        out += [Piece("ground", ground.title), Piece("ground_text", ground.text)]
        if ground.legal_basis:
            out.append(Piece("basis", f"Base légale : {ground.legal_basis}"))
    return out + _paragraphs(letter.body.free_text, "free")


def _signature_pieces(letter: Letter) -> list[Piece]:
    head, sig = letter.letterhead, letter.signature
    out = [Piece("closing", _closing(letter.body.salutation)), Piece("sign_office", head.office)]
    if sig is not None:
        out += [Piece("sign_name", sig.name), Piece("sign_line", sig.title),
                Piece("sign_line", f"{head.place}, le {format_date_fr(sig.signed_on)}")]
    elif letter.body.kind is LetterKind.DECISION:
        out.append(Piece("unsigned", "Projet — non signé"))
    return out


def _subject(letter: Letter) -> str:
    body = letter.body
    return f"{body.service_label} — commande {body.reference} — {body.person}"


def _decision_pieces(letter: Letter) -> list[Piece]:
    body, head = letter.body, letter.letterhead
    facts = list(body.facts)
    if body.hearing_summary.strip():
        facts.append(body.hearing_summary.strip())
    out = [
        Piece("title", "DÉCISION"),
        Piece("subject", _subject(letter)),
        Piece("salutation", body.salutation),
        Piece("para", f"Après examen de votre commande {body.reference}, l'{head.office} rend la décision suivante."),
        Piece("heading", "En fait"),
        *_numbered(facts),
        Piece("heading", "En droit"),
        *_grounds_pieces(letter),
        Piece("heading", "Par ces motifs"),
        Piece("lead", f"L'{head.office}\u00a0:"),
        *_numbered(operative_part(body)),
    ]
    if body.remedy.strip():
        out += [Piece("heading", "Voies de recours"), *_paragraphs(body.remedy)]
    return out + _signature_pieces(letter)


def _hearing_pieces(letter: Letter) -> list[Piece]:
    body, head = letter.body, letter.letterhead
    until = (f"jusqu'au {format_date_fr(body.reply_by)} (délai de 10 jours)" if body.reply_by
             else "dans un délai de 10 jours dès réception du présent courrier")
    out = [
        Piece("title", "Droit d'être entendu — intention de refuser votre commande"),
        Piece("subject", _subject(letter)),
        Piece("salutation", body.salutation),
        Piece("para", f"Vous avez commandé la prestation « {body.service_label} » sous la référence {body.reference}. "
              f"Après examen de votre commande, l'{head.office_short} a l'intention de refuser de délivrer cette "
              "prestation. Avant de rendre sa décision, il vous donne la possibilité de vous exprimer."),
    ]
    if body.facts:
        out += [Piece("heading", "Faits retenus"), *_numbered(body.facts)]
    out += [
        Piece("heading", "Motifs du refus envisagé"),
        *_grounds_pieces(letter),
        Piece("heading", "Vos observations"),
        Piece("para", "Conformément au droit d'être entendu (art. 41 de la loi sur la procédure administrative, LPA), "
              f"vous pouvez nous faire parvenir vos observations écrites, en indiquant la référence {body.reference}, "
              f"{until}."),
        Piece("para", f"Sans réponse de votre part dans ce délai, l'{head.office_short} statuera sur la base du "
              "dossier en l'état."),
        Piece("para", fee_sentence(body.fee_centimes)),
    ]
    return out + _signature_pieces(letter)


def letter_outline(letter: Letter) -> tuple[Piece, ...]:
    """The body of the letter (after the references) as pieces of text in reading order."""
    pieces = _decision_pieces(letter) if letter.body.kind is LetterKind.DECISION else _hearing_pieces(letter)
    return tuple(piece for piece in pieces if piece.text.strip())


def letter_references(letter: Letter) -> tuple[str, ...]:
    """The references block of page 1 (left column, under the window)."""
    body = letter.body
    refs = [f"Notre référence : {body.reference}"]
    if letter.number:
        refs.append(f"Décision n° {letter.number}")
    refs.append(f"Prestation : {body.service_label}")
    if body.person:
        refs.append(f"Personne concernée : {body.person}")
    return tuple(refs)


def letter_place_date(letter: Letter) -> str:
    return f"{letter.letterhead.place}, le {format_date_fr(letter.letter_date)}"


def letter_short_header(letter: Letter) -> str:
    """The header of the pages after the first."""
    if letter.number:
        what = f"Décision n° {letter.number}"
    else:
        what = "Décision" if letter.body.kind is LetterKind.DECISION else "Droit d'être entendu"
    return f"{letter.letterhead.office_short} — {what} — Notre référence : {letter.body.reference}"
