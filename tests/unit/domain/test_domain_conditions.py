"""The automatic legal conditions (DESIGN §3.2): met, not met and unknown for each, with their evidence."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from intake_support import ANNE_ADDRESS as ADDRESS

from ocpm_desk.features.casework.conditions import (
    EVALUATORS,
    ConditionResult,
    Evaluation,
    Evidence,
    GuardianFacts,
    OrderFacts,
    PersonFacts,
    RegisterFacts,
    ResidenceFacts,
    address_deliverable,
    age_on,
    departed_from_geneva,
    evaluate,
    identity_match,
    is_minor,
    names_match,
    normalize_name,
    payment_complete,
    registered_in_geneva,
    requester_entitled,
    residence_history_exists,
    same_avs,
    service_available_when_ordered,
    swiss_citizen,
)
from ocpm_desk.kernel.addresses import PostalAddress
from ocpm_desk.kernel.notes import Chf

MET, NOT_MET, UNKNOWN = ConditionResult.MET, ConditionResult.NOT_MET, ConditionResult.UNKNOWN
TODAY = date(2026, 11, 23)

ANNE_AVS = "756.9217.0769.85"
CHILD_AVS = "756.1234.5678.97"
OTHER_AVS = "756.1111.2222.39"
BAD_AVS = "756.9217.0769.86"  # wrong check digit

ANNE = PersonFacts(ANNE_AVS, "Dupont", "Anne", date(1980, 2, 29))
CHILD = PersonFacts(CHILD_AVS, "Dupont", "Léa", date(2012, 6, 1))
ORDER = OrderFacts(
    service_code="ATT-RES",
    quantity=1,
    ordered_on=date(2026, 11, 20),
    paid_on=date(2026, 11, 20),
    fee_paid_centimes=2500,
    postage_paid_centimes=0,
    applicant=ANNE,
    concerned=None,
    address=ADDRESS,
    product_code="B",
    service_active_from=date(2018, 1, 1),
    service_active_to=None,
    fee_due_centimes=2500,
    postage_due_centimes=0,
)
ANNE_REGISTER = RegisterFacts(
    avs="7569217076985",
    last_name="DUPONT",
    first_name="Anne",
    birth_date=date(1980, 2, 29),
    swiss_citizen=True,
    residences=(ResidenceFacts(date(2005, 3, 1), date(2010, 6, 30)), ResidenceFacts(date(2015, 1, 10))),
)
CHILD_REGISTER = RegisterFacts(
    avs=CHILD_AVS,
    last_name="Dupont",
    first_name="Lea",
    birth_date=date(2012, 6, 1),
    swiss_citizen=True,
    residences=(ResidenceFacts(date(2012, 6, 1)),),
    guardians=(GuardianFacts(ANNE_AVS, date(2012, 6, 1)),),
)
#: Another adult, with Anne recorded as their guardian (no power of attorney for an adult).
ADULT = PersonFacts(OTHER_AVS, "Martin", "Paul", date(1975, 5, 5))
ADULT_REGISTER = RegisterFacts(
    OTHER_AVS, "Martin", "Paul", date(1975, 5, 5), True, guardians=(GuardianFacts(ANNE_AVS, date(2020, 1, 1)),)
)


def order(**changes: object) -> OrderFacts:
    return dataclasses.replace(ORDER, **changes)  # type: ignore[arg-type]


def register(base: RegisterFacts = ANNE_REGISTER, **changes: object) -> RegisterFacts:
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def evidence(ev: Evaluation, field: str) -> Evidence:
    (found,) = [e for e in ev.evidence if e.field == field]
    return found


# --- Names, AVS numbers, ages --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Müller", "MULLER"),
        ("Müller", "muller"),
        ("Zoé  Dupont", " zoe dupont "),
        ("François", "FRANCOIS"),
        ("Straße", "STRASSE"),
        ("Ångström", "angstrom"),
        ("O\u0308zil", "Özil"),  # decomposed and precomposed umlaut
    ],
)
def test_names_equal_regardless_of_case_accents_and_spacing(a: str, b: str) -> None:
    assert names_match(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Mueller", "Müller"), ("Jean-Pierre", "Jean Pierre"), ("Søren", "Soren"), ("Dupont", "Dupond"), ("Anne", "")],
)
def test_names_that_differ(a: str, b: str) -> None:
    assert not names_match(a, b)


def test_normalize_name() -> None:
    assert normalize_name("  Müller\tvon  Bülow ") == "muller von bulow"


def test_same_avs_ignores_dots_and_refuses_invalid_numbers() -> None:
    assert same_avs("756.9217.0769.85", "7569217076985")
    assert same_avs(" 756.9217.0769.85 ", "756.9217.0769.85")
    assert not same_avs(BAD_AVS, BAD_AVS)
    assert not same_avs(ANNE_AVS, OTHER_AVS)
    assert not same_avs(ANNE_AVS, None)
    assert not same_avs("", "")


def test_age_and_majority() -> None:
    born = date(2008, 11, 23)
    assert age_on(born, date(2026, 11, 22)) == 17
    assert is_minor(born, date(2026, 11, 22))
    assert age_on(born, date(2026, 11, 23)) == 18
    assert not is_minor(born, date(2026, 11, 23))


def test_born_on_29_february_turns_a_year_older_on_28_february_of_a_common_year() -> None:
    leapling = date(2008, 2, 29)
    assert is_minor(leapling, date(2026, 2, 27))
    assert not is_minor(leapling, date(2026, 2, 28))
    assert age_on(leapling, date(2028, 2, 28)) == 19  # leap year: birthday on the 29th
    assert age_on(leapling, date(2028, 2, 29)) == 20


# --- payment_complete ----------------------------------------------------------------------------------------


def test_payment_complete_met_with_free_b_post() -> None:
    ev = payment_complete(ORDER, ANNE_REGISTER, TODAY)
    assert ev.result is MET
    assert ev.code == "payment_complete"
    assert evidence(ev, "postage") == Evidence("postage", Chf(0), Chf(0), True)
    assert evidence(ev, "total") == Evidence("total", Chf(2500), Chf(2500), True)


def test_payment_complete_with_quantity_and_paid_postage() -> None:
    ev = payment_complete(
        order(
            quantity=3, product_code="A", fee_paid_centimes=7500, postage_paid_centimes=130, postage_due_centimes=130
        ),
        None,
        TODAY,
    )
    assert ev.result is MET
    assert str(evidence(ev, "total").register) == "CHF 76.30"


def test_payment_five_centimes_short_is_not_met() -> None:
    ev = payment_complete(order(fee_paid_centimes=2495), ANNE_REGISTER, TODAY)
    assert ev.result is NOT_MET
    assert evidence(ev, "total") == Evidence("total", Chf(2495), Chf(2500), False)
    assert evidence(ev, "fee").matches is False
    assert "CHF 0.05 short" in str(ev.message)


def test_payment_short_on_postage_is_not_met() -> None:
    ev = payment_complete(order(product_code="A", postage_due_centimes=120, postage_paid_centimes=0), None, TODAY)
    assert ev.result is NOT_MET
    assert evidence(ev, "postage") == Evidence("postage", Chf(0), Chf(120), False)
    assert evidence(ev, "fee").matches is True


def test_payment_rounded_to_5_centimes() -> None:
    # 3 × 8.33 + 0 = 24.99 → 25.00 due.
    ev = payment_complete(order(quantity=3, fee_due_centimes=833, fee_paid_centimes=2499), None, TODAY)
    assert ev.result is NOT_MET
    ev = payment_complete(order(quantity=3, fee_due_centimes=833, fee_paid_centimes=2500), None, TODAY)
    assert ev.result is MET


def test_overpayment_is_met() -> None:
    assert payment_complete(order(fee_paid_centimes=3000), None, TODAY).result is MET


def test_unpaid_order_is_not_met() -> None:
    ev = payment_complete(order(paid_on=None, fee_paid_centimes=0, fee_due_centimes=None), None, TODAY)
    assert ev.result is NOT_MET
    assert "not been paid" in str(ev.message)


def test_paid_without_known_tariff_is_unknown() -> None:
    assert payment_complete(order(fee_due_centimes=None), None, TODAY).result is UNKNOWN
    assert payment_complete(order(postage_due_centimes=None), None, TODAY).result is UNKNOWN


def test_inconsistent_amounts_are_unknown_not_a_crash() -> None:
    assert payment_complete(order(quantity=0), None, TODAY).result is UNKNOWN


# --- identity_match ------------------------------------------------------------------------------------------


def test_identity_match_met_with_case_accents_and_dots() -> None:
    ev = identity_match(ORDER, ANNE_REGISTER, TODAY)
    assert ev.result is MET
    assert [e.field for e in ev.evidence] == ["avs", "last_name", "first_name", "birth_date"]
    assert all(e.matches for e in ev.evidence)
    assert evidence(ev, "last_name") == Evidence("last_name", "Dupont", "DUPONT", True)


def test_identity_umlaut_stripped_names_match() -> None:
    person = dataclasses.replace(ANNE, last_name="Müller")
    ev = identity_match(order(applicant=person), register(last_name="MULLER"), TODAY)
    assert ev.result is MET


def test_identity_differences_shown_field_by_field() -> None:
    person = PersonFacts(ANNE_AVS, "Dupond", "Anne", date(1980, 3, 1))
    ev = identity_match(order(applicant=person), ANNE_REGISTER, TODAY)
    assert ev.result is NOT_MET
    assert [(e.field, e.matches) for e in ev.evidence] == [
        ("avs", True),
        ("last_name", False),
        ("first_name", True),
        ("birth_date", False),
    ]
    assert evidence(ev, "birth_date") == Evidence("birth_date", date(1980, 3, 1), date(1980, 2, 29), False)
    assert str(ev.message) == "Differs from the register: last name, birth date."
    assert "Dupond" not in str(ev.message)


def test_identity_with_invalid_avs_is_not_met() -> None:
    ev = identity_match(order(applicant=dataclasses.replace(ANNE, avs=BAD_AVS)), ANNE_REGISTER, TODAY)
    assert ev.result is NOT_MET
    assert evidence(ev, "avs") == Evidence("avs", BAD_AVS, "7569217076985", False)
    assert "not a valid one" in str(ev.message)


def test_identity_not_found_in_register() -> None:
    ev = identity_match(ORDER, None, TODAY)
    assert ev.result is NOT_MET
    assert "not found in the register" in str(ev.message)
    assert all(e.register is None and not e.matches for e in ev.evidence)
    assert evidence(ev, "avs").given == ANNE_AVS


def test_identity_checks_the_person_concerned_not_the_applicant() -> None:
    ev = identity_match(order(concerned=CHILD), CHILD_REGISTER, TODAY)
    assert ev.result is MET  # "Léa" = "Lea"
    ev = identity_match(order(concerned=CHILD), ANNE_REGISTER, TODAY)
    assert ev.result is NOT_MET


# --- residence, citizenship, departure -----------------------------------------------------------------------


def test_registered_in_geneva() -> None:
    ev = registered_in_geneva(ORDER, ANNE_REGISTER, TODAY)
    assert ev.result is MET
    assert str(evidence(ev, "current_residence").register) == "since 2015-01-10"
    left = register(residences=(ResidenceFacts(date(2005, 3, 1), date(2010, 6, 30)),))
    assert registered_in_geneva(ORDER, left, TODAY).result is NOT_MET
    assert registered_in_geneva(ORDER, register(residences=()), TODAY).result is NOT_MET
    assert registered_in_geneva(ORDER, None, TODAY).result is UNKNOWN


def test_registered_in_geneva_reads_dates_at_today() -> None:
    announced_departure = register(residences=(ResidenceFacts(date(2015, 1, 10), date(2026, 12, 31)),))
    assert registered_in_geneva(ORDER, announced_departure, TODAY).result is MET
    assert departed_from_geneva(ORDER, announced_departure, TODAY).result is NOT_MET
    assert departed_from_geneva(ORDER, announced_departure, date(2027, 1, 1)).result is MET
    future_arrival = register(residences=(ResidenceFacts(date(2027, 1, 1)),))
    assert registered_in_geneva(ORDER, future_arrival, TODAY).result is NOT_MET
    assert residence_history_exists(ORDER, future_arrival, TODAY).result is NOT_MET
    departed_today = register(residences=(ResidenceFacts(date(2015, 1, 10), TODAY),))
    assert registered_in_geneva(ORDER, departed_today, TODAY).result is NOT_MET
    assert departed_from_geneva(ORDER, departed_today, TODAY).result is MET


def test_residence_history_exists() -> None:
    ev = residence_history_exists(ORDER, ANNE_REGISTER, TODAY)
    assert ev.result is MET
    assert evidence(ev, "residences").register == 2
    past_only = register(residences=(ResidenceFacts(date(2005, 3, 1), date(2010, 6, 30)),))
    assert residence_history_exists(ORDER, past_only, TODAY).result is MET
    assert residence_history_exists(ORDER, register(residences=()), TODAY).result is NOT_MET
    assert residence_history_exists(ORDER, None, TODAY).result is UNKNOWN


def test_swiss_citizen() -> None:
    assert swiss_citizen(ORDER, ANNE_REGISTER, TODAY).result is MET
    ev = swiss_citizen(ORDER, register(swiss_citizen=False), TODAY)
    assert ev.result is NOT_MET
    assert evidence(ev, "swiss_citizen") == Evidence("swiss_citizen", None, False, False)
    assert swiss_citizen(ORDER, None, TODAY).result is UNKNOWN


def test_departed_from_geneva() -> None:
    left = register(
        residences=(
            ResidenceFacts(date(2005, 3, 1), date(2010, 6, 30)),
            ResidenceFacts(date(2015, 1, 1), date(2025, 9, 30)),
        )
    )
    ev = departed_from_geneva(ORDER, left, TODAY)
    assert ev.result is MET
    assert evidence(ev, "departed_on") == Evidence("departed_on", None, date(2025, 9, 30), True)
    # Left once, came back: still living in Geneva.
    ev = departed_from_geneva(ORDER, ANNE_REGISTER, TODAY)
    assert ev.result is NOT_MET
    assert "still lives" in str(ev.message)
    assert departed_from_geneva(ORDER, register(residences=()), TODAY).result is NOT_MET
    assert departed_from_geneva(ORDER, None, TODAY).result is UNKNOWN


# --- requester_entitled --------------------------------------------------------------------------------------


def test_adult_ordering_for_themselves_is_entitled() -> None:
    assert requester_entitled(ORDER, ANNE_REGISTER, TODAY).result is MET
    assert requester_entitled(ORDER, None, TODAY).result is MET  # age from the order
    # The concerned person given with the applicant's own AVS number (dots or not) is the applicant.
    same = dataclasses.replace(ANNE, avs="7569217076985")
    assert requester_entitled(order(concerned=same), ANNE_REGISTER, TODAY).result is MET


def test_legal_representative_of_a_minor_is_entitled() -> None:
    ev = requester_entitled(order(concerned=CHILD), CHILD_REGISTER, TODAY)
    assert ev.result is MET
    assert evidence(ev, "legal_representative") == Evidence("legal_representative", ANNE_AVS, ANNE_AVS, True)


def test_representative_matched_on_avs_digits() -> None:
    reg = register(CHILD_REGISTER, guardians=(GuardianFacts("7569217076985", date(2012, 6, 1)),))
    assert requester_entitled(order(concerned=CHILD), reg, TODAY).result is MET


def test_someone_else_for_a_minor_is_unknown() -> None:
    stranger = PersonFacts(OTHER_AVS, "Martin", "Paul", date(1975, 5, 5))
    ev = requester_entitled(order(applicant=stranger, concerned=CHILD), CHILD_REGISTER, TODAY)
    assert ev.result is UNKNOWN
    assert evidence(ev, "legal_representative").matches is False


def test_minor_turning_18() -> None:
    child = dataclasses.replace(CHILD, birth_date=date(2008, 11, 24))
    reg = register(CHILD_REGISTER, birth_date=date(2008, 11, 24))
    assert requester_entitled(order(concerned=child), reg, date(2026, 11, 23)).result is MET
    assert requester_entitled(order(concerned=child), reg, date(2026, 11, 24)).result is UNKNOWN
    # Ordering for themselves: not yet 18 → unknown; 18 today → met.
    assert requester_entitled(order(applicant=child), reg, date(2026, 11, 23)).result is UNKNOWN
    assert requester_entitled(order(applicant=child), reg, date(2026, 11, 24)).result is MET


def test_age_taken_from_the_register_when_found() -> None:
    child_claiming_adult = dataclasses.replace(CHILD, birth_date=date(1990, 1, 1))
    ev = requester_entitled(order(concerned=child_claiming_adult), CHILD_REGISTER, TODAY)
    assert ev.result is MET  # the register says minor, and Anne is the recorded parent


@pytest.mark.parametrize(
    ("valid_from", "valid_to", "expected"),
    [
        (date(2012, 6, 1), None, MET),
        (TODAY, None, MET),  # starts today
        (date(2012, 6, 1), TODAY, MET),  # ends today (inclusive)
        (date(2012, 6, 1), date(2026, 11, 22), UNKNOWN),  # ended yesterday
        (date(2026, 11, 24), None, UNKNOWN),  # starts tomorrow
    ],
)
def test_guardianship_validity_window(valid_from: date, valid_to: date | None, expected: ConditionResult) -> None:
    reg = register(CHILD_REGISTER, guardians=(GuardianFacts(ANNE_AVS, valid_from, valid_to),))
    assert requester_entitled(order(concerned=CHILD), reg, TODAY).result is expected


@pytest.mark.parametrize(
    ("changes", "found", "why"),
    [
        pytest.param({"applicant": CHILD}, CHILD_REGISTER, "minor", id="a minor ordering for themselves"),
        pytest.param({"concerned": ADULT}, ADULT_REGISTER, "power of attorney", id="ordering for another adult"),
        pytest.param({"concerned": CHILD}, None, "not found in the register",
                     id="the representative of a minor not in the register"),
    ],
)
def test_an_unknown_entitlement_says_why(changes: dict[str, object], found: RegisterFacts | None, why: str) -> None:
    ev = requester_entitled(order(**changes), found, TODAY)
    assert ev.result is UNKNOWN
    assert why in str(ev.message)


def test_invalid_applicant_avs_never_matches_a_guardian() -> None:
    bad = dataclasses.replace(ANNE, avs=BAD_AVS)
    reg = register(CHILD_REGISTER, guardians=(GuardianFacts(BAD_AVS, date(2012, 6, 1)),))
    assert requester_entitled(order(applicant=bad, concerned=CHILD), reg, TODAY).result is UNKNOWN


# --- address_deliverable -------------------------------------------------------------------------------------


def test_address_deliverable_met() -> None:
    assert address_deliverable(ORDER, None, TODAY).result is MET


def test_address_incomplete_is_not_met() -> None:
    addr = dataclasses.replace(ADDRESS, street=None, house_number=None, swiss_zip_code="12")
    ev = address_deliverable(order(address=addr), None, TODAY)
    assert ev.result is NOT_MET
    fields = [e.field for e in ev.evidence]
    assert "street" in fields
    assert evidence(ev, "swiss_zip_code") == Evidence("swiss_zip_code", "12", None, False)
    assert ev.message.key == "condition.address_deliverable.not_met"
    assert "street" in str(ev.message) and "swiss zip code" in str(ev.message)


def test_product_not_valid_for_destination_is_not_met() -> None:
    ev = address_deliverable(order(product_code="INT-PRIO"), None, TODAY)
    assert ev.result is NOT_MET
    assert evidence(ev, "product") == Evidence("product", "INT-PRIO", None, False)
    abroad = PostalAddress("2", "Pierre", "Martin", "Rue X", "1", None, "74100", "Annemasse", "FR")
    assert address_deliverable(order(address=abroad, product_code="INT-ECO"), None, TODAY).result is MET
    assert address_deliverable(order(address=abroad, product_code="B"), None, TODAY).result is NOT_MET


# --- service_available_when_ordered (G4) ---------------------------------------------------------------------


def test_service_available_when_ordered() -> None:
    ev = service_available_when_ordered(ORDER, None, TODAY)
    assert ev.result is MET
    assert evidence(ev, "ordered_on").given == date(2026, 11, 20)
    assert str(evidence(ev, "ordered_on").register) == "offered from 2018-01-01"


def test_service_window_ends_are_inclusive() -> None:
    day = ORDER.ordered_on
    assert service_available_when_ordered(order(service_active_from=day), None, TODAY).result is MET
    assert service_available_when_ordered(order(service_active_to=day), None, TODAY).result is MET


def test_removed_service_ordered_after_removal_is_not_met() -> None:
    ev = service_available_when_ordered(order(service_active_to=date(2026, 11, 19)), None, TODAY)
    assert ev.result is NOT_MET
    assert "after it was withdrawn" in str(ev.message)


def test_removed_service_ordered_before_removal_is_still_met() -> None:
    # G4: the service was removed after the order; the order is processed to the end.
    removed_since = order(service_active_to=date(2026, 11, 21))
    assert service_available_when_ordered(removed_since, None, date(2027, 3, 1)).result is MET


def test_service_ordered_before_it_was_offered_is_not_met() -> None:
    ev = service_available_when_ordered(order(service_active_from=date(2026, 12, 1)), None, TODAY)
    assert ev.result is NOT_MET
    assert "before it was offered" in str(ev.message)


# --- EVALUATORS and evaluate ---------------------------------------------------------------------------------


def test_every_automatic_condition_has_an_evaluator() -> None:
    assert set(EVALUATORS) == {
        "payment_complete",
        "identity_match",
        "registered_in_geneva",
        "residence_history_exists",
        "swiss_citizen",
        "departed_from_geneva",
        "requester_entitled",
        "address_deliverable",
        "service_available_when_ordered",
    }
    for code, evaluator in EVALUATORS.items():
        for reg in (ANNE_REGISTER, None):
            ev = evaluator(ORDER, reg, TODAY)
            assert ev.code == code
            assert isinstance(ev.result, ConditionResult)
            assert str(ev.message)
            assert "Dupont" not in str(ev.message) and ANNE_AVS not in str(ev.message)


def test_evaluate_keeps_the_order_of_the_codes() -> None:
    codes = ["registered_in_geneva", "payment_complete", "identity_match"]
    results = evaluate(iter(codes), ORDER, ANNE_REGISTER, TODAY)
    assert [r.code for r in results] == codes
    assert [r.result for r in results] == [MET, MET, MET]


def test_evaluate_refuses_an_unknown_code() -> None:
    with pytest.raises(ValueError, match="'residence_permit_valid'"):
        evaluate(["payment_complete", "residence_permit_valid"], ORDER, ANNE_REGISTER, TODAY)


def test_evaluators_mapping_is_read_only() -> None:
    with pytest.raises(TypeError):
        EVALUATORS["x"] = payment_complete  # type: ignore[index]


def test_results_are_plain_strings_for_storage() -> None:
    assert [str(r) for r in ConditionResult] == ["met", "not_met", "unknown"]
