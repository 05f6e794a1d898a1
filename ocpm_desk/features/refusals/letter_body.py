"""What a refusal decision or a hearing letter says, built from the editor's draft and the order (DESIGN §6, §7).

* **Grounds** come from the catalogue (``refusal_grounds``) in force on the day of payment (G3); each paragraph's
  placeholders are filled from the order; the editor pre-ticks the grounds whose condition is not met
  (``ground_catalogue``), and a fresh draft starts from the facts of the order (``prefill_facts``).
* ``letter_body`` turns a draft into the ``LetterBody`` the PDF shows (unknown or repeated grounds refused, texts
  cleaned); ``hearing_summary`` is the decision's last fact: how the applicant was heard.

Shared by the editor (``drafting``), the hearing (``hearing``) and the draft rows (``common``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocpm_desk.features.casework.steps import condition_view, order_address, order_rule_set
from ocpm_desk.features.refusals.api import DraftInput, GroundChoice, SubmitBlocker, draft_blockers
from ocpm_desk.infrastructure.db import models as m
from ocpm_desk.kernel.addresses import address_lines
from ocpm_desk.kernel.calendar import geneva_date
from ocpm_desk.kernel.effective import in_force
from ocpm_desk.kernel.errors import QT_TRANSLATE_NOOP, DomainError
from ocpm_desk.kernel.letters import LetterBody, LetterGround, LetterKind, clean_text, fill_paragraph, format_date_fr
from ocpm_desk.kernel.money import format_chf

T = TypeVar("T")

MAX_GROUNDS = 12
MAX_FACTS = 40
MAX_TEXT = 20_000


def _payment_day(order: m.Order) -> date:
    return geneva_date(order.paid_at or order.ordered_at)


def _memo(session: Session, key: tuple[object, ...], compute: Callable[[], T]) -> T:
    """``compute()`` once per unit of work (its session): the catalogue and the unmet conditions of an order are read
    by several steps of one use case (the editor's state, the letter body, its grounds) and do not change there."""
    cache: dict[tuple[object, ...], Any] = session.info.setdefault("ocpm_decisions_memo", {})
    if key not in cache:
        cache[key] = compute()
    return cast(T, cache[key])


def grounds_in_force(session: Session, order: m.Order) -> list[m.RefusalGround]:
    """The catalogue on the day of payment (G3): per code, the version in force then, in catalogue order."""
    return _memo(session, ("grounds", order.id), lambda: _read_grounds_in_force(session, order))


def _read_grounds_in_force(session: Session, order: m.Order) -> list[m.RefusalGround]:
    day = _payment_day(order)
    rows = session.scalars(select(m.RefusalGround).order_by(m.RefusalGround.id)).all()
    chosen: dict[str, m.RefusalGround] = {}
    for row in rows:
        if in_force(row.valid_from, row.valid_to, day):
            current = chosen.get(row.code)
            if current is None or row.valid_from > current.valid_from:
                chosen[row.code] = row
    return list(chosen.values())


def _person(order: m.Order) -> m.Applicant:
    return order.concerned_person or order.applicant


def _full_name(person: m.Applicant) -> str:
    return f"{person.first_name} {person.last_name}".strip()


def _placeholders(session: Session, order: m.Order) -> dict[str, str]:
    service = session.get(m.Service, order.service_code)
    person = _person(order)
    return {
        "service": service.label_fr if service is not None else order.service_code,
        "person": _full_name(person),
        "birth_date": format_date_fr(person.birth_date),
        "reference": order.reference,
        "ordered_on": format_date_fr(geneva_date(order.ordered_at)),
        "paid_on": format_date_fr(_payment_day(order)),
    }


def _unmet_conditions(session: Session, order: m.Order) -> list[tuple[str, str]]:
    """(code, label) of mandatory conditions that are not satisfied (by result or override)."""
    return _memo(session, ("unmet", order.id), lambda: _read_unmet_conditions(session, order))


def _read_unmet_conditions(session: Session, order: m.Order) -> list[tuple[str, str]]:
    try:
        rule_set = order_rule_set(session, order)
    except DomainError:
        return []
    stored = {r.rule_id: r for r in session.scalars(
        select(m.ConditionResult).where(m.ConditionResult.order_id == order.id))}
    out = []
    for rule in rule_set.rules:
        view = condition_view(rule, stored.get(rule.id))
        if view.mandatory and view.effective is not None and not view.satisfied:
            out.append((rule.code, rule.label))
    return out


def ground_catalogue(session: Session, order: m.Order) -> tuple[GroundChoice, ...]:
    values = _placeholders(session, order)
    unmet = {code for code, _ in _unmet_conditions(session, order)}
    out = []
    for ground in grounds_in_force(session, order):
        try:
            filled = fill_paragraph(ground.paragraph, values)
        except ValueError:
            filled = ground.paragraph
        out.append(GroundChoice(ground.code, ground.title, ground.legal_basis, ground.paragraph, filled,
                                ground.condition_code, ground.condition_code in unmet))
    return tuple(out)


def prefill_facts(session: Session, order: m.Order) -> tuple[str, ...]:
    values = _placeholders(session, order)
    applicant = order.applicant
    facts = []
    ordered = (f"Le {values['ordered_on']}, {_full_name(applicant)} a commandé en ligne la prestation "
               f"«\u00a0{values['service']}\u00a0» (commande {order.reference})")
    if order.concerned_person is not None:
        ordered += f" concernant {values['person']}, né(e) le {values['birth_date']}"
    facts.append(ordered + ".")
    paid = (order.fee_paid_centimes or 0) + (order.postage_paid_centimes or 0)
    if order.paid_at is not None:
        facts.append(f"Le montant de {format_chf(paid)} a été payé en ligne le {values['paid_on']}.")
    unmet = _unmet_conditions(session, order)
    if len(unmet) == 1:
        facts.append("L'examen de la commande au regard du registre cantonal de la population a montré que la "
                     f"condition «\u00a0{unmet[0][1]}\u00a0» n'est pas remplie.")
    elif unmet:
        labels = "; ".join(f"«\u00a0{label}\u00a0»" for _, label in unmet)
        facts.append("L'examen de la commande au regard du registre cantonal de la population a montré que les "
                     f"conditions suivantes ne sont pas remplies\u00a0: {labels}.")
    return tuple(facts)


def hearing_summary(hearing: m.Hearing | None) -> str:
    """The last fact of a decision: how the applicant was heard (nothing when hearing was not needed)."""
    if hearing is None or hearing.mode != "letter" or hearing.sent_on is None or hearing.reply_by is None:
        return ""
    text = (f"Par courrier du {format_date_fr(hearing.sent_on)}, l'OCPM a informé le demandeur de son intention de "
            f"refuser la prestation et lui a imparti un délai au {format_date_fr(hearing.reply_by)} pour se "
            "déterminer (art. 41 LPA).")
    if hearing.answer:
        received = f" le {format_date_fr(hearing.answered_on)}" if hearing.answered_on else ""
        text += f" Le demandeur a fait part de ses observations{received}; elles ne permettent pas de retenir " \
                "que les conditions de délivrance sont remplies."
    elif hearing.answer == "":
        text += " Le demandeur ne s'est pas déterminé dans le délai imparti."
    return text


def _salutation(order: m.Order) -> str:
    return {"1": "Madame,", "2": "Monsieur,", "3": "Mademoiselle,"}.get(order.addr_mr_mrs or "", "Madame, Monsieur,")


def letter_body(session: Session, order: m.Order, draft: DraftInput, kind: LetterKind, *,
                reply_by: date | None = None, hearing: m.Hearing | None = None) -> LetterBody:
    """The letter body for ``draft``; unknown or repeated grounds are refused, texts cleaned."""
    catalogue = {g.code: g for g in grounds_in_force(session, order)}
    if len(draft.grounds) > MAX_GROUNDS or len(draft.facts) > MAX_FACTS:
        raise DomainError(QT_TRANSLATE_NOOP("Message", "a decision has at most {grounds} grounds and {facts} facts"),
                          grounds=MAX_GROUNDS, facts=MAX_FACTS)
    grounds: list[LetterGround] = []
    seen: set[str] = set()
    for code, paragraph in draft.grounds:
        ground = catalogue.get(code)
        if ground is None:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Message", "ground {code!r} is not in the catalogue in force on the day of payment ({date})"),
                code=code, date=_payment_day(order))
        if code in seen:
            raise DomainError(QT_TRANSLATE_NOOP("Message", "ground {code!r} is chosen twice"), code=code)
        seen.add(code)
        grounds.append(LetterGround(code, ground.title, ground.legal_basis, clean_text(paragraph)[:MAX_TEXT]))
    service = session.get(m.Service, order.service_code)
    rule_set = order_rule_set(session, order)
    address = order_address(order)
    return LetterBody(
        kind=kind,
        reference=order.reference,
        service_code=order.service_code,
        service_label=service.label_fr if service is not None else order.service_code,
        address_lines=tuple(address_lines(address)),
        abroad=not address.is_swiss,
        salutation=_salutation(order),
        person=_full_name(_person(order)),
        facts=tuple(f for f in (clean_text(x)[:MAX_TEXT] for x in draft.facts) if f),
        grounds=tuple(grounds),
        free_text=clean_text(draft.free_text)[:MAX_TEXT],
        fee_centimes=order.fee_paid_centimes or 0,
        remedy=rule_set.remedy if kind is LetterKind.DECISION else "",
        reply_by=reply_by,
        hearing_summary=hearing_summary(hearing) if kind is LetterKind.DECISION else "",
    )


def draft_of(body: LetterBody) -> DraftInput:
    return DraftInput(tuple((g.code, g.text) for g in body.grounds), body.facts, body.free_text)


def content_blockers(body: LetterBody, *, hearing_letter: bool = False) -> tuple[SubmitBlocker, ...]:
    """What keeps the letter as cleaned from going (the same rule the editor applies to what it holds)."""
    return draft_blockers(draft_of(body), hearing_letter=hearing_letter)

