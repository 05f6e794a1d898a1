"""The automatic legal conditions of an order (DESIGN §3.2, general terms G1, G3, G4, G7, G9).

Each evaluator takes what the order says (``OrderFacts``), what the population register says about the person
concerned (``RegisterFacts``, or ``None`` when that person was not found) and the day of the evaluation, and returns
an ``Evaluation``: ``met``, ``not_met`` or ``unknown``, the field-by-field ``Evidence`` the order screen highlights,
and a short plain-English message with no personal data in it. The caller pins the order to the versions in force
at its payment (G3): ``OrderFacts.fee_due_centimes`` and ``postage_due_centimes`` come from the fee schedule and
the postage tariff in force at ``paid_at``, and the codes evaluated come from the rule set in force then.

Decisions made here:

- Names are compared without regard to case, accents or spacing: both sides are decomposed (NFKD), combining marks
  dropped, case-folded and their whitespace collapsed. So "Müller" = "MULLER" = "muller" and "Zoé  Dupont" =
  "zoe dupont", but "Mueller" ≠ "Müller" (no German transliteration), "Jean-Pierre" ≠ "Jean Pierre" (hyphens and
  apostrophes count) and "Søren" ≠ "Soren" (ø is a letter of its own, not o with a mark). A caseworker may still
  override the result with a justification.
- AVS numbers are compared as their 13 digits (dots or not); a number with a wrong check digit matches nothing.
- Residence facts are read at ``today``: a residence is current when it began on or before today and has no
  departure or a departure after today (an announced departure). ``departed_from_geneva`` wants no current
  residence and a departure on or before today; ``residence_history_exists`` wants a residence begun on or before
  today.
- When the person concerned is not in the register, ``identity_match`` is ``not_met``; the other register-based
  conditions (residence, citizenship, departure, entitlement of a representative) are ``unknown``: the lookup may
  have failed on a typing error, so they are left to the caseworker rather than declared false.
- Majority is at 18 (CC art. 14). Someone born on 29 February turns a year older on 28 February in a common year
  (the last day of the month, CO art. 77 al. 1 ch. 3). Guardianship periods include both ``valid_from`` and
  ``valid_to``; ``valid_to`` ``None`` is open-ended.
- ``requester_entitled`` is never ``not_met``: an adult ordering for themselves, or the legal representative of a
  minor recorded in the register on ``today``, is ``met``; everything else (someone ordering for an adult, a minor
  ordering for themselves, a representative not recorded) is ``unknown`` → manual power-of-attorney check.
- ``payment_complete`` compares the total paid (fee + postage) with ``order_total``; paying more is ``met``. An
  unpaid order is ``not_met``; a paid order with no fee or postage tariff known at its payment is ``unknown``.
- Service availability (G4) includes both ends of ``active_from``/``active_to``, as the catalogue query does.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from ocpm_desk.kernel.addresses import PostalAddress, delivery_problems
from ocpm_desk.kernel.identifiers import is_valid_avs
from ocpm_desk.kernel.money import order_total
from ocpm_desk.kernel.notes import Chf, Code, note
from ocpm_desk.kernel.phrases import Listing, Phrase

__all__ = [
    "ADULT_AGE",
    "EVALUATORS",
    "ConditionResult",
    "Evaluation",
    "Evaluator",
    "Evidence",
    "GuardianFacts",
    "OrderFacts",
    "PersonFacts",
    "RegisterFacts",
    "ResidenceFacts",
    "address_deliverable",
    "age_on",
    "departed_from_geneva",
    "evaluate",
    "identity_match",
    "is_minor",
    "names_match",
    "normalize_name",
    "payment_complete",
    "registered_in_geneva",
    "requester_entitled",
    "residence_history_exists",
    "same_avs",
    "service_available_when_ordered",
    "swiss_citizen",
]

ADULT_AGE = 18


class ConditionResult(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"


#: A value of the evidence: text as given (names, AVS numbers), a date, a count, yes/no, an amount, or a stored
#: phrase ("since 12.03.2019"); ``domain.notes`` stores it typed.
EvidenceValue = str | int | bool | date | Chf | Phrase | None


@dataclass(frozen=True, slots=True)
class Evidence:
    """One compared field: what the order gives beside what the register (or the reference data) holds."""

    field: str
    given: EvidenceValue
    register: EvidenceValue
    matches: bool


@dataclass(frozen=True, slots=True)
class Evaluation:
    code: str
    result: ConditionResult
    evidence: tuple[Evidence, ...]
    message: Phrase  # a stored phrase (``domain.notes``): ``condition.<code>.<outcome>``


# --- Inputs --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonFacts:
    """The applicant or the person concerned as given in the order (table ``applicants``)."""

    avs: str
    last_name: str
    first_name: str
    birth_date: date


@dataclass(frozen=True, slots=True)
class ResidenceFacts:
    """One Geneva residence of the register (``register_residences``)."""

    arrived_on: date
    departed_on: date | None = None


@dataclass(frozen=True, slots=True)
class GuardianFacts:
    """A legal representative of the person (``register_guardianships`` joined to the guardian's AVS number)."""

    guardian_avs: str
    valid_from: date
    valid_to: date | None = None


@dataclass(frozen=True, slots=True)
class RegisterFacts:
    """The register record of the person concerned (``register_persons`` and the rows that hang from it)."""

    avs: str
    last_name: str
    first_name: str
    birth_date: date
    swiss_citizen: bool
    residences: tuple[ResidenceFacts, ...] = ()
    guardians: tuple[GuardianFacts, ...] = ()


@dataclass(frozen=True, slots=True)
class OrderFacts:
    """An order as the conditions see it, pinned to the fee schedule and postage tariff in force at payment (G3).

    ``ordered_on`` and ``paid_on`` are Geneva dates. ``fee_due_centimes`` is the unit fee and
    ``postage_due_centimes`` the postage in force at ``paid_at`` (``None`` when unpaid or when none is known).
    """

    service_code: str
    quantity: int
    ordered_on: date
    paid_on: date | None
    fee_paid_centimes: int
    postage_paid_centimes: int
    applicant: PersonFacts
    concerned: PersonFacts | None
    address: PostalAddress
    product_code: str
    service_active_from: date
    service_active_to: date | None
    fee_due_centimes: int | None
    postage_due_centimes: int | None

    @property
    def person_concerned(self) -> PersonFacts:
        """The person the document is about: the concerned person when given, otherwise the applicant."""
        return self.concerned if self.concerned is not None else self.applicant


Evaluator = Callable[[OrderFacts, RegisterFacts | None, date], Evaluation]


# --- Helpers -------------------------------------------------------------------------------------------------


def _strip_marks(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def normalize_name(name: str) -> str:
    """A name reduced for comparison: no accents, case-folded, whitespace collapsed (``"  Müller "`` → ``"muller"``)."""
    return " ".join(_strip_marks(_strip_marks(name).casefold()).split())


def names_match(a: str, b: str) -> bool:
    return normalize_name(a) == normalize_name(b)


def _avs_key(avs: str | None) -> str | None:
    if avs is None:
        return None
    text = avs.strip()
    return text.replace(".", "") if is_valid_avs(text) else None


def same_avs(a: str | None, b: str | None) -> bool:
    """Both valid AVS numbers and the same 13 digits, dotted or not."""
    key = _avs_key(a)
    return key is not None and key == _avs_key(b)


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def age_on(birth_date: date, day: date) -> int:
    """Full years of age on ``day``; born on 29 February → a year older on 28 February of a common year."""
    birthday = (birth_date.month, birth_date.day)
    if birthday == (2, 29) and not _is_leap(day.year):
        birthday = (2, 28)
    return day.year - birth_date.year - (1 if (day.month, day.day) < birthday else 0)


def is_minor(birth_date: date, day: date) -> bool:
    return age_on(birth_date, day) < ADULT_AGE


def _current_residences(register: RegisterFacts, today: date) -> list[ResidenceFacts]:
    return [
        r for r in register.residences if r.arrived_on <= today and (r.departed_on is None or r.departed_on > today)
    ]


def _unknown_not_found(code: str) -> Evaluation:
    return Evaluation(code, ConditionResult.UNKNOWN, (), note("condition.not_found_check"))


# --- Evaluators ----------------------------------------------------------------------------------------------


def payment_complete(order: OrderFacts, register: RegisterFacts | None, today: date) -> Evaluation:
    """G1, G9: the amount paid covers fee × quantity + postage (rounded to 5 centimes) of the tariffs in force."""
    code = "payment_complete"
    paid = order.fee_paid_centimes + order.postage_paid_centimes
    if order.paid_on is None:
        return Evaluation(code, ConditionResult.NOT_MET, (), note("condition.payment_complete.not_paid"))
    if order.fee_due_centimes is None or order.postage_due_centimes is None:
        return Evaluation(
            code,
            ConditionResult.UNKNOWN,
            (Evidence("total", Chf(paid), None, False),),
            note("condition.payment_complete.no_tariff"),
        )
    try:
        due = order_total(order.fee_due_centimes, order.quantity, order.postage_due_centimes)
    except ValueError:
        return Evaluation(code, ConditionResult.UNKNOWN, (), note("condition.payment_complete.not_computable"))
    fee_due = order.fee_due_centimes * order.quantity
    evidence = (
        Evidence("fee", Chf(order.fee_paid_centimes), Chf(fee_due), order.fee_paid_centimes >= fee_due),
        Evidence(
            "postage",
            Chf(order.postage_paid_centimes),
            Chf(order.postage_due_centimes),
            order.postage_paid_centimes >= order.postage_due_centimes,
        ),
        Evidence("total", Chf(paid), Chf(due), paid >= due),
    )
    if paid >= due:
        return Evaluation(code, ConditionResult.MET, evidence, note("condition.payment_complete.met", due=Chf(due)))
    return Evaluation(
        code,
        ConditionResult.NOT_MET,
        evidence,
        note("condition.payment_complete.short", short=Chf(due - paid), due=Chf(due)),
    )


def identity_match(order: OrderFacts, register: RegisterFacts | None, today: date) -> Evaluation:
    """The person concerned as given matches the register: AVS number, last and first names, birth date."""
    code = "identity_match"
    person = order.person_concerned
    avs_valid = _avs_key(person.avs) is not None
    if register is None:
        evidence = (
            Evidence("avs", person.avs, None, False),
            Evidence("last_name", person.last_name, None, False),
            Evidence("first_name", person.first_name, None, False),
            Evidence("birth_date", person.birth_date, None, False),
        )
        return Evaluation(code, ConditionResult.NOT_MET, evidence, note("condition.not_found"))
    evidence = (
        Evidence("avs", person.avs, register.avs, same_avs(person.avs, register.avs)),
        Evidence("last_name", person.last_name, register.last_name, names_match(person.last_name, register.last_name)),
        Evidence(
            "first_name", person.first_name, register.first_name, names_match(person.first_name, register.first_name)
        ),
        Evidence(
            "birth_date",
            person.birth_date,
            register.birth_date,
            person.birth_date == register.birth_date,
        ),
    )
    differing = Listing(Code("field", e.field) for e in evidence if not e.matches)
    if not differing.items:
        return Evaluation(code, ConditionResult.MET, evidence, note("condition.identity_match.met"))
    key = "condition.identity_match.differs" if avs_valid else "condition.identity_match.differs_invalid_avs"
    return Evaluation(code, ConditionResult.NOT_MET, evidence, note(key, fields=differing))


def registered_in_geneva(order: OrderFacts, register: RegisterFacts | None, today: date) -> Evaluation:
    """The person concerned has a current Geneva residence (begun, not yet ended) on ``today``."""
    code = "registered_in_geneva"
    if register is None:
        return _unknown_not_found(code)
    current = _current_residences(register, today)
    if current:
        since = max(r.arrived_on for r in current)
        evidence = (Evidence("current_residence", None, note("evidence.since", date=since), True),)
        return Evaluation(code, ConditionResult.MET, evidence, note("condition.registered_in_geneva.met"))
    evidence = (Evidence("current_residence", None, None, False),)
    return Evaluation(code, ConditionResult.NOT_MET, evidence, note("condition.registered_in_geneva.not_met"))


def residence_history_exists(order: OrderFacts, register: RegisterFacts | None, today: date) -> Evaluation:
    """The register holds at least one Geneva residence, past or present, begun on or before ``today``."""
    code = "residence_history_exists"
    if register is None:
        return _unknown_not_found(code)
    count = sum(1 for r in register.residences if r.arrived_on <= today)
    evidence = (Evidence("residences", None, count, count > 0),)
    if count:
        return Evaluation(code, ConditionResult.MET, evidence, note("condition.residence_history_exists.met",
                                                                   count=count))
    return Evaluation(code, ConditionResult.NOT_MET, evidence, note("condition.residence_history_exists.not_met"))


def swiss_citizen(order: OrderFacts, register: RegisterFacts | None, today: date) -> Evaluation:
    """The register records the person concerned as a Swiss citizen."""
    code = "swiss_citizen"
    if register is None:
        return _unknown_not_found(code)
    evidence = (Evidence("swiss_citizen", None, register.swiss_citizen, register.swiss_citizen),)
    if register.swiss_citizen:
        return Evaluation(code, ConditionResult.MET, evidence, note("condition.swiss_citizen.met"))
    return Evaluation(code, ConditionResult.NOT_MET, evidence, note("condition.swiss_citizen.not_met"))


def departed_from_geneva(order: OrderFacts, register: RegisterFacts | None, today: date) -> Evaluation:
    """No current Geneva residence and a departure recorded on or before ``today``."""
    code = "departed_from_geneva"
    if register is None:
        return _unknown_not_found(code)
    departures = [r.departed_on for r in register.residences if r.departed_on is not None and r.departed_on <= today]
    last = max(departures) if departures else None
    if _current_residences(register, today):
        evidence = (Evidence("departed_on", None, last, False),)
        return Evaluation(code, ConditionResult.NOT_MET, evidence, note("condition.departed_from_geneva.still_lives"))
    evidence = (Evidence("departed_on", None, last, last is not None),)
    if last is None:
        return Evaluation(code, ConditionResult.NOT_MET, evidence,
                          note("condition.departed_from_geneva.no_departure"))
    return Evaluation(code, ConditionResult.MET, evidence, note("condition.departed_from_geneva.met"))


def requester_entitled(order: OrderFacts, register: RegisterFacts | None, today: date) -> Evaluation:
    """The applicant is the (adult) person concerned, or the legal representative of a minor on ``today``.

    Otherwise ``unknown``: a caseworker checks a power of attorney by hand. Ages come from the register when the
    person is found, from the order otherwise.
    """
    code = "requester_entitled"
    applicant = order.applicant
    concerned = order.concerned
    is_self = concerned is None or same_avs(concerned.avs, applicant.avs)
    person = order.person_concerned
    birth_date = register.birth_date if register is not None else person.birth_date
    minor = is_minor(birth_date, today)
    who = Evidence("person_concerned", note("evidence.the_applicant" if is_self else "evidence.another_person"),
                   None, is_self)
    if is_self:
        age = Evidence("adult", None, not minor, not minor)
        if not minor:
            return Evaluation(code, ConditionResult.MET, (who, age), note("condition.requester_entitled.self_adult"))
        return Evaluation(code, ConditionResult.UNKNOWN, (who, age), note("condition.requester_entitled.self_minor"))
    if not minor:
        age = Evidence("minor", None, False, False)
        return Evaluation(code, ConditionResult.UNKNOWN, (who, age), note("condition.requester_entitled.other_adult"))
    if register is None:
        return Evaluation(code, ConditionResult.UNKNOWN, (who,), note("condition.requester_entitled.not_found"))
    current = [
        g
        for g in register.guardians
        if same_avs(g.guardian_avs, applicant.avs)
        and g.valid_from <= today
        and (g.valid_to is None or today <= g.valid_to)
    ]
    age = Evidence("minor", None, True, True)
    if current:
        rep = Evidence("legal_representative", applicant.avs, current[0].guardian_avs, True)
        return Evaluation(
            code,
            ConditionResult.MET,
            (who, age, rep),
            note("condition.requester_entitled.representative"),
        )
    rep = Evidence("legal_representative", applicant.avs, None, False)
    return Evaluation(
        code,
        ConditionResult.UNKNOWN,
        (who, age, rep),
        note("condition.requester_entitled.not_representative"),
    )


def address_deliverable(order: OrderFacts, register: RegisterFacts | None, today: date) -> Evaluation:
    """A complete eCH-0010 address and a postal product valid for its destination."""
    code = "address_deliverable"
    problems = delivery_problems(order.address, order.product_code)
    if not problems:
        return Evaluation(code, ConditionResult.MET, (), note("condition.address_deliverable.met"))
    evidence: list[Evidence] = []
    for problem in problems:
        if problem.field == "product":
            given: str | None = order.product_code
        else:
            value = getattr(order.address, problem.field, None)
            given = value if isinstance(value, str) else None
        evidence.append(Evidence(problem.field, given, None, False))
    fields = Listing(dict.fromkeys(Code("field", p.field) for p in problems))
    return Evaluation(code, ConditionResult.NOT_MET, tuple(evidence),
                      note("condition.address_deliverable.not_met", fields=fields))


def service_available_when_ordered(order: OrderFacts, register: RegisterFacts | None, today: date) -> Evaluation:
    """G4: the service was in the catalogue on the order date (both ends included)."""
    code = "service_available_when_ordered"
    start, end = order.service_active_from, order.service_active_to
    available = start <= order.ordered_on and (end is None or order.ordered_on <= end)
    window = note("evidence.offered_from", start=start) if end is None else note(
        "evidence.offered_between", start=start, end=end)
    evidence = (Evidence("ordered_on", order.ordered_on, window, available),)
    if available:
        return Evaluation(code, ConditionResult.MET, evidence, note("condition.service_available_when_ordered.met"))
    key = "before_offered" if order.ordered_on < start else "after_withdrawn"
    return Evaluation(code, ConditionResult.NOT_MET, evidence, note(f"condition.service_available_when_ordered.{key}"))


EVALUATORS: Mapping[str, Evaluator] = MappingProxyType(
    {
        "payment_complete": payment_complete,
        "service_available_when_ordered": service_available_when_ordered,
        "identity_match": identity_match,
        "requester_entitled": requester_entitled,
        "address_deliverable": address_deliverable,
        "registered_in_geneva": registered_in_geneva,
        "residence_history_exists": residence_history_exists,
        "swiss_citizen": swiss_citizen,
        "departed_from_geneva": departed_from_geneva,
    }
)


def evaluate(codes: Iterable[str], order: OrderFacts, register: RegisterFacts | None, today: date) -> list[Evaluation]:
    """The evaluations of ``codes``, in their order; ``ValueError`` naming any code without an evaluator."""
    wanted = list(codes)
    unknown = [c for c in wanted if c not in EVALUATORS]
    if unknown:
        raise ValueError(f"no automatic evaluator for condition code(s): {', '.join(map(repr, unknown))}")
    return [EVALUATORS[c](order, register, today) for c in wanted]
