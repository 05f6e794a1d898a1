"""The mail room on both databases: documents, printing to a PDF file, scanning and shipping, returns, tracking,
deposit lists, appeal deadlines, corrections — and need to know (the mail room's own PostgreSQL login).

No mocks: orders go through the real case work (claim, evaluate, approve, refuse) and the PDFs are read back.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from ocpm_factories import add_cast, add_staff, pg_login, pg_staff_logins
from pdf_tools import pdftext as _pdftext
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from test_casework import TODAY, _ready_order
from test_decisions import _claimed_mismatch, _proposed

from ocpm_desk.features.casework import claiming
from ocpm_desk.features.casework import handling as casework
from ocpm_desk.features.mailroom import mailroom
from ocpm_desk.features.mailroom.api import PrintDestination
from ocpm_desk.features.refusals import decisions
from ocpm_desk.infrastructure.db.models import CorrectionRequest, DepositList, Document, Order, Shipment
from ocpm_desk.infrastructure.uow import Actor
from ocpm_desk.kernel.calendar import appeal_deadline, geneva_date, notification_date
from ocpm_desk.kernel.errors import DomainError, NotFound, PermissionDenied
from ocpm_desk.kernel.identifiers import s10_check_digit
from ocpm_desk.kernel.roles import Role

DOMESTIC = "98.40.123456.00000001"


def _s10(serial: str = "12345678") -> str:
    return f"RR{serial}{s10_check_digit(serial)}CH"


pytestmark = pytest.mark.usefixtures("catalogue_as_shipped")


@pytest.fixture
def people(engine: Engine) -> dict[str, Actor]:
    return add_cast(engine, "anne", "sophie", "marc")


def _approved(engine: Engine, anne: Actor, *, product: str | None = None, owner: Engine | None = None) -> int:
    order_id = _ready_order(owner or engine)
    if product is not None:
        with (owner or engine).begin() as conn:
            conn.execute(text("UPDATE orders SET delivery_product = :p WHERE id = :i"), {"p": product, "i": order_id})
    claiming.claim(engine, anne, order_id, 1)
    detail = casework.order_detail(engine, anne, order_id, today=TODAY)
    for code in detail.approve_blockers:  # the register may know the applicant under another spelling here
        detail = casework.set_condition(engine, anne, order_id, detail.version, code, "met",
                                        "Pièce d'identité vérifiée au guichet le 20.11.2026", today=TODAY)
    casework.approve(engine, anne, order_id, detail.version)
    return order_id


def _refused(engine: Engine, anne: Actor, sophie: Actor) -> int:
    order_id, decision_id = _proposed(engine, anne)
    decisions.approve_refusal(engine, sophie, decision_id, decisions.proposal(engine, sophie, decision_id)
                              .content_sha256, today=TODAY)
    return order_id


def _version(engine: Engine, order_id: int) -> int:
    with Session(engine) as s:
        order = s.get(Order, order_id)
        assert order is not None
        return order.version


def _status(engine: Engine, order_id: int) -> str:
    with Session(engine) as s:
        order = s.get(Order, order_id)
        assert order is not None
        return order.status


def _print(engine: Engine, marc: Actor, keys: list[str], tmp_path: Path, name: str = "job.pdf") -> Path:
    target = tmp_path / name
    outcome = mailroom.print_batch(engine, marc, keys, PrintDestination("file", str(target)))
    assert outcome.job_id and outcome.documents == len(keys)
    return target


# ------------------------------------------------------------------------------------------------ documents, printing
def test_approval_makes_the_attestation_and_printing_readies_the_order(
    engine: Engine, people: dict[str, Actor], tmp_path: Path
) -> None:
    anne, marc = people["anne"], people["marc"]
    order_id = _approved(engine, anne)
    with Session(engine) as s:
        doc = s.scalars(select(Document).where(Document.order_id == order_id)).one()
        order = s.get(Order, order_id)
        assert order is not None and (order.status, order.outcome) == ("approved", "granted")
        assert doc.kind == "attestation" and doc.sha256 == hashlib.sha256(doc.pdf).hexdigest()
        words = _pdftext(doc.pdf)
    assert "ATTESTATION DE RÉSIDENCE" in words and "DUPONT" in words.upper() and order.reference in words

    (item,) = mailroom.print_queue(engine, marc)
    assert (item.content, item.order_id, item.product, item.registered) == ("attestation", order_id, "B", False)
    assert item.addressee == "Anne Dupont" and item.town == "1201 Genève"
    assert mailroom.print_preview(engine, marc, [item.key]).startswith(b"%PDF")
    assert _status(engine, order_id) == "approved"  # a preview marks nothing
    target = _print(engine, marc, [item.key], tmp_path)
    assert target.read_bytes().startswith(b"%PDF") and "ATTESTATION" in _pdftext(target.read_bytes())
    assert _status(engine, order_id) == "ready_to_ship"
    assert mailroom.print_queue(engine, marc) == []
    with pytest.raises(DomainError, match="no longer wait to be printed"):
        mailroom.print_batch(engine, marc, [item.key], PrintDestination("file", str(tmp_path / "again.pdf")))


def test_a_print_job_not_accepted_marks_nothing(engine: Engine, people: dict[str, Actor], tmp_path: Path) -> None:
    anne, marc = people["anne"], people["marc"]
    order_id = _approved(engine, anne)
    (item,) = mailroom.print_queue(engine, marc)
    with pytest.raises(DomainError, match="did not accept the job"):
        mailroom.print_batch(engine, marc, [item.key], PrintDestination("file", str(tmp_path / "no" / "dir" / "x.pdf")))
    with pytest.raises(DomainError, match="did not accept the job"):
        mailroom.print_batch(engine, marc, [item.key], PrintDestination("cups", "no-such-printer-ocpm"))
    with pytest.raises(DomainError, match="between 1 and 20"):
        mailroom.print_batch(engine, marc, [item.key], PrintDestination("file", str(tmp_path / "x.pdf"), copies=0))
    assert _status(engine, order_id) == "approved"
    with pytest.raises(PermissionDenied):
        mailroom.print_queue(engine, anne)


# ------------------------------------------------------------------------------------------------ shipping
def test_scanning_ships_attestations_decisions_and_hearing_letters(
    engine: Engine, people: dict[str, Actor], tmp_path: Path
) -> None:
    anne, sophie, marc = people["anne"], people["sophie"], people["marc"]
    refused = _refused(engine, anne, sophie)  # the register knows "Dupond": orders for "Dupont" fail identity
    heard, version = _claimed_mismatch(engine, anne)
    decisions.send_hearing_letter(engine, anne, heard, version, decisions.refusal_draft(engine, anne, heard).draft,
                                  today=TODAY)
    granted = _approved(engine, anne)
    queue = mailroom.print_queue(engine, marc)
    assert sorted(i.content for i in queue) == ["attestation", "decision", "hearing_letter"]
    outcome = mailroom.print_batch(engine, marc, [i.key for i in queue],
                                   PrintDestination("file", str(tmp_path / "batch.pdf")))
    assert len(outcome.ready_to_ship) == 2 and len(outcome.hearing_letters) == 1
    assert _status(engine, heard) == "on_hold"  # a hearing letter does not move its order

    # B mail: no item number
    refs = {oid: _reference(engine, oid) for oid in (granted, refused, heard)}
    item = mailroom.scan(engine, marc, refs[granted].lower())
    assert (item.content, item.needs_item_number, item.postage_centimes) == ("attestation", False, 0)
    with pytest.raises(DomainError, match="not registered"):
        mailroom.ship(engine, marc, granted, item.version, DOMESTIC)
    shipped = mailroom.ship(engine, marc, granted, item.version, None)
    assert shipped.item_number is None and _status(engine, granted) == "shipped"
    with pytest.raises(DomainError, match="is shipped: nothing of it waits"):
        mailroom.scan(engine, marc, refs[granted])

    # a decision goes registered: a valid, unused number
    item = mailroom.scan(engine, marc, refs[refused])
    assert (item.content, item.product, item.needs_item_number, item.postage_centimes) == ("decision", "R", True, 620)
    for bad in ("", "98.40.12345", "12.40.123456.00000001"):
        with pytest.raises(DomainError):
            mailroom.ship(engine, marc, refused, item.version, bad)
    assert _status(engine, refused) == "ready_to_ship"
    shipped = mailroom.ship(engine, marc, refused, item.version, "984012345600000002")
    assert shipped.item_number == "98.40.123456.00000002" and _status(engine, refused) == "shipped"

    # the hearing letter goes registered too; a number is used once
    item = mailroom.scan(engine, marc, refs[heard])
    assert item.content == "hearing_letter" and item.needs_item_number
    with pytest.raises(DomainError, match="already used for order"):
        mailroom.ship(engine, marc, heard, item.version, "98.40.123456.00000002")
    mailroom.ship(engine, marc, heard, item.version, DOMESTIC)
    assert _status(engine, heard) == "on_hold"
    with pytest.raises(DomainError, match="nothing of it waits"):
        mailroom.scan(engine, marc, refs[heard])
    # a hearing letter not collected counts as notified at the end of the holding period (issue 19), its order stays
    mailroom.import_tracking(engine, marc, f"{DOMESTIC},attempted,2026-11-27\n")
    view = mailroom.record_return(engine, marc, DOMESTIC, "not_collected")
    assert (view.status, view.notified_on) == ("returned", date(2026, 12, 4)) and _status(engine, heard) == "on_hold"
    with pytest.raises(NotFound):
        mailroom.scan(engine, marc, "ED-2026-99999999")


def _reference(engine: Engine, order_id: int) -> str:
    with Session(engine) as s:
        order = s.get(Order, order_id)
        assert order is not None
        return order.reference


def test_abroad_a_decision_needs_an_s10_number(engine: Engine, people: dict[str, Actor], tmp_path: Path) -> None:
    anne, sophie, marc = people["anne"], people["sophie"], people["marc"]
    order_id = _refused(engine, anne, sophie)
    with engine.begin() as conn:
        conn.execute(text("UPDATE orders SET addr_country = 'FR', addr_swiss_zip_code = NULL, "
                          "addr_foreign_zip_code = '75011', addr_town = 'Paris' WHERE id = :i"), {"i": order_id})
    (item,) = mailroom.print_queue(engine, marc)
    assert (item.product, item.town) == ("INT-R", "75011 Paris (FRANCE)")
    _print(engine, marc, [item.key], tmp_path)
    scanned = mailroom.scan(engine, marc, _reference(engine, order_id))
    assert scanned.international and scanned.postage_centimes == 750
    with pytest.raises(DomainError, match="UPU S10"):
        mailroom.ship(engine, marc, order_id, scanned.version, DOMESTIC)
    with pytest.raises(DomainError, match="UPU S10"):
        mailroom.ship(engine, marc, order_id, scanned.version, "RR123456780CH")  # wrong check digit
    assert mailroom.ship(engine, marc, order_id, scanned.version, _s10().lower()).item_number == _s10()


# ------------------------------------------------------------------------------------------------ returns, tracking
def test_tracking_delivers_and_gives_the_appeal_deadline(
    engine: Engine, people: dict[str, Actor], tmp_path: Path
) -> None:
    anne, sophie, marc = people["anne"], people["sophie"], people["marc"]
    order_id = _refused(engine, anne, sophie)
    (item,) = mailroom.print_queue(engine, marc)
    _print(engine, marc, [item.key], tmp_path)
    mailroom.ship(engine, marc, order_id, _version(engine, order_id), DOMESTIC)
    (deadline,) = mailroom.appeal_deadlines(engine, sophie, today=TODAY)
    assert deadline.state == "not_notified" and deadline.deadline is None
    today = geneva_date(datetime.now(UTC))  # the services' day (Geneva), not the machine's
    csv_text = (f"item_number,event,date\n{DOMESTIC},attempted,{today.isoformat()}\n"
                f"{DOMESTIC.replace('.', '')},delivered,{today.strftime('%d.%m.%Y')}\n"
                "98.40.999999.99999999,delivered,2026-11-20\nnot a line\n98.40.123456.00000001,delivered,soon\n")
    result = mailroom.import_tracking(engine, marc, csv_text)
    assert (result.recorded, result.delivered, result.unknown_items) == (2, 1, ("98.40.999999.99999999",))
    assert len(result.rejected) == 2 and result.rejected[0].params["line"] == 5
    assert str(result.rejected[0]).startswith("line 5: ")
    assert _status(engine, order_id) == "delivered"
    again = mailroom.import_tracking(engine, marc, csv_text)
    assert (again.recorded, again.delivered) == (0, 0)
    (deadline,) = mailroom.appeal_deadlines(engine, sophie, today=today)
    notified = notification_date(today, today)
    assert (deadline.notified_on, deadline.deadline, deadline.state) == (notified, appeal_deadline(notified),
                                                                         "running")
    with pytest.raises(PermissionDenied):
        mailroom.appeal_deadlines(engine, marc)


def test_returns_and_sending_again(engine: Engine, people: dict[str, Actor], tmp_path: Path) -> None:
    anne, sophie, marc = people["anne"], people["sophie"], people["marc"]
    refused = _refused(engine, anne, sophie)
    granted = _approved(engine, anne, product="R")
    _print(engine, marc, [i.key for i in mailroom.print_queue(engine, marc)], tmp_path)
    mailroom.ship(engine, marc, granted, _version(engine, granted), DOMESTIC)
    mailroom.ship(engine, marc, refused, _version(engine, refused), "98.40.123456.00000003")
    with pytest.raises(DomainError, match="one of"):
        mailroom.record_return(engine, marc, DOMESTIC, "lost")
    with pytest.raises(DomainError, match="other reason"):
        mailroom.record_return(engine, marc, DOMESTIC, "other")
    view = mailroom.record_return(engine, marc, DOMESTIC, "unknown_address")
    assert (view.status, view.return_reason) == ("returned", "unknown_address") and _status(engine, granted) == \
        "returned"
    with pytest.raises(DomainError, match="already recorded as returned"):
        mailroom.record_return(engine, marc, _reference(engine, granted), "moved")
    with pytest.raises(PermissionDenied):
        mailroom.send_again(engine, marc, granted, _version(engine, granted), None)
    with pytest.raises(DomainError, match="not valid"):
        mailroom.send_again(engine, anne, granted, _version(engine, granted), {"swiss_zip_code": "12"})
    state = mailroom.send_again(engine, anne, granted, _version(engine, granted),
                                {"street": "Rue du Rhône", "house_number": "5", "swiss_zip_code": "1204",
                                 "town": "Genève"})
    assert state.status == "ready_to_ship"
    assert mailroom.scan(engine, marc, state.reference).address_lines[-2:] == ("Rue du Rhône 5", "1204 Genève")

    # a decision not collected counts as notified: it is not sent again for nothing
    mailroom.import_tracking(engine, marc, "98.40.123456.00000003,attempted,2026-11-27\n")
    view = mailroom.record_return(engine, marc, "98.40.123456.00000003", "not_collected")
    assert view.notified_on == date(2026, 12, 4)
    with pytest.raises(DomainError, match="not collected: it counts as notified on 2026-12-04"):
        mailroom.send_again(engine, anne, refused, _version(engine, refused), None)


# ------------------------------------------------------------------------------------------------ deposit list
def test_the_days_deposit_list_is_stored_with_its_hash(engine: Engine, people: dict[str, Actor],
                                                        tmp_path: Path) -> None:
    anne, sophie, marc = people["anne"], people["sophie"], people["marc"]
    order_id = _refused(engine, anne, sophie)
    today = geneva_date(datetime.now(UTC))  # the services' day (Geneva), not the machine's
    with pytest.raises(DomainError, match="no registered item was shipped"):
        mailroom.deposit_list(engine, marc, today)
    _print(engine, marc, [i.key for i in mailroom.print_queue(engine, marc)], tmp_path)
    mailroom.ship(engine, marc, order_id, _version(engine, order_id), DOMESTIC)
    listed = mailroom.deposit_list(engine, marc, today)
    assert listed.items == 1 and mailroom.deposit_list(engine, marc, today) == listed  # reprinted, not remade
    pdf = mailroom.deposit_list_pdf(engine, marc, listed.deposit_list_id)
    assert hashlib.sha256(pdf).hexdigest() == listed.sha256
    assert DOMESTIC in _pdftext(pdf)
    with Session(engine) as s:
        assert s.scalars(select(Shipment.deposit_list_id)).one() == listed.deposit_list_id
        assert s.get(DepositList, listed.deposit_list_id) is not None


# ------------------------------------------------------------------------------------------------ corrections
def test_corrections_reissue_or_ask_for_a_new_order(engine: Engine, people: dict[str, Actor],
                                                    tmp_path: Path) -> None:
    anne, sophie, marc = people["anne"], people["sophie"], people["marc"]
    refused = _refused(engine, anne, sophie)
    first = _approved(engine, anne)
    _print(engine, marc, [i.key for i in mailroom.print_queue(engine, marc)], tmp_path)
    mailroom.ship(engine, marc, first, _version(engine, first), None)
    with pytest.raises(DomainError, match="at least 10 characters"):
        mailroom.record_correction(engine, anne, first, _version(engine, first), TODAY, "faux", "ocpm", today=TODAY)
    with pytest.raises(PermissionDenied):
        mailroom.record_correction(engine, marc, first, _version(engine, first), TODAY, "Date de naissance erronée",
                                   "ocpm", today=TODAY)
    state = mailroom.record_correction(engine, anne, first, _version(engine, first), TODAY,
                                       "Nom mal orthographié par l'OCPM", "applicant", today=TODAY)
    assert state.status == "shipped"
    state = mailroom.record_correction(engine, anne, first, state.version, TODAY,
                                       "Adresse du registre mal reprise par l'OCPM", "ocpm", today=TODAY)
    assert state.status == "approved"
    with Session(engine) as s:
        assert s.scalar(select(text("count(*)")).select_from(Document).where(Document.order_id == first)) == 2
        kinds = [c.attributable_to for c in s.scalars(select(CorrectionRequest).order_by(CorrectionRequest.id))]
        assert kinds == ["applicant", "ocpm"]
    assert [i.order_id for i in mailroom.print_queue(engine, marc)] == [first]  # the new attestation waits

    mailroom.ship(engine, marc, refused, _version(engine, refused), DOMESTIC)
    with pytest.raises(DomainError, match="was refused"):
        mailroom.record_correction(engine, anne, refused, _version(engine, refused), TODAY,
                                   "Le motif ne me convient pas du tout", "ocpm", today=TODAY)


# ------------------------------------------------------------------------------------------------ need to know
@pytest.mark.postgres
def test_a_mail_room_login_works_with_addresses_and_documents_only(
    pg_engine: Engine, pg_server: dict[str, str], tmp_path: Path
) -> None:
    with pg_login(pg_engine, pg_server, "mail_marc", ["mailroom"]) as (marc, engine):
        anne = add_staff(pg_engine, "anne", Role.CASEWORKER)
        sophie = add_staff(pg_engine, "sophie", Role.SUPERVISOR)
        refused = _refused(pg_engine, anne, sophie)
        granted = _approved(pg_engine, anne)
        queue = mailroom.print_queue(engine, marc)
        assert {i.order_id for i in queue} == {granted, refused}
        mailroom.print_batch(engine, marc, [i.key for i in queue], PrintDestination("file", str(tmp_path / "j.pdf")))
        mailroom.ship(engine, marc, granted, _version(pg_engine, granted), None)
        mailroom.ship(engine, marc, refused, _version(pg_engine, refused), DOMESTIC)
        today = geneva_date(datetime.now(UTC))
        # not collected: the notification date the database accepts (migration 0015), written as the mail room
        mailroom.import_tracking(engine, marc, f"{DOMESTIC},attempted,{today.isoformat()}\n")
        view = mailroom.record_return(engine, marc, DOMESTIC, "not_collected")
        assert (view.status, view.notified_on) == ("returned", today + timedelta(days=7))
        assert mailroom.deposit_list(engine, marc, today).items == 1
        for sql in ("SELECT last_name FROM register_persons", "SELECT avs FROM applicants",
                    "SELECT payment_provider_reference FROM orders", "SELECT content FROM decisions"):
            with pytest.raises(DBAPIError) as caught, engine.connect() as conn:
                conn.execute(text(sql))
            assert getattr(caught.value.orig, "sqlstate", None) == "42501", sql
        with pytest.raises(PermissionDenied):
            casework.order_detail(engine, marc, granted)


# ------------------------------------------------------------------------------------------------ staff logins
@pytest.mark.postgres
def test_every_step_of_a_case_works_through_the_write_model_as_the_staff_own_logins(
    pg_engine: Engine, pg_server: dict[str, str], tmp_path: Path
) -> None:
    """Migration 0012 checks each row a staff login writes: the use cases pass, as each person's own login."""
    wanted = {"anne": ["caseworker"], "luca": ["caseworker"], "sophie": ["supervisor"], "marc": ["mailroom"],
              "web": ["intake"]}
    with pg_staff_logins(pg_engine, pg_server, wanted, prefix="wm_") as logins:
        (anne, a), (luca, lu), (sophie, so), (marc, ma), (web, we) = (logins[n] for n in (
            "anne", "luca", "sophie", "marc", "web"))
        # claim, override a condition, hold, resume, approve (the attestation with it)
        order_id = _ready_order(pg_engine)
        with pg_engine.begin() as conn:  # registered mail, so that it can be tracked
            conn.execute(text("UPDATE orders SET delivery_product = 'R' WHERE id = :i"), {"i": order_id})
        claiming.claim(a, anne, order_id, 1)
        detail = casework.order_detail(a, anne, order_id, today=TODAY)
        code = detail.conditions[0].code
        detail = casework.set_condition(a, anne, order_id, detail.version, code, "not_met",
                                        "Le paiement n'apparaît pas sur le relevé du 20.11.2026", today=TODAY)
        detail = casework.set_condition(a, anne, order_id, detail.version, code, "", "", today=TODAY)
        state = casework.hold(a, anne, order_id, detail.version, "Pièce manquante", date(2026, 12, 1), today=TODAY)
        state = casework.resume(a, anne, order_id, state.version)
        detail = casework.order_detail(a, anne, order_id, today=TODAY)
        for blocker in detail.approve_blockers:
            detail = casework.set_condition(a, anne, order_id, detail.version, blocker, "met",
                                            "Pièce d'identité vérifiée au guichet le 20.11.2026", today=TODAY)
        casework.approve(a, anne, order_id, detail.version)
        # print, ship registered, returned, sent again to a corrected address, shipped, delivered (intake)
        (item,) = [i for i in mailroom.print_queue(ma, marc) if i.order_id == order_id]
        mailroom.print_batch(ma, marc, [item.key], PrintDestination("file", str(tmp_path / "job.pdf")))
        mailroom.ship(ma, marc, order_id, _version(pg_engine, order_id), DOMESTIC)
        mailroom.record_return(ma, marc, DOMESTIC, "moved")
        mailroom.send_again(a, anne, order_id, _version(pg_engine, order_id), {"street": "Rue du Rhône"})
        second = "98.40.123456.00000002"
        mailroom.ship(ma, marc, order_id, _version(pg_engine, order_id), second)
        today = geneva_date(datetime.now(UTC))
        result = mailroom.import_tracking(we, web, f"{second},delivered,{today.isoformat()}\n")
        assert (result.recorded, result.delivered) == (1, 1)
        assert _status(pg_engine, order_id) == "delivered"
        # a correction that is the OCPM's: a new attestation; the deposit list of the day
        mailroom.record_correction(a, anne, order_id, _version(pg_engine, order_id), today, "Prénom mal orthographié",
                                   "ocpm", today=today)
        assert _status(pg_engine, order_id) == "approved"
        assert mailroom.deposit_list(ma, marc, today).items >= 1
        # a supervisor reassigns; the new assignee withdraws the order, and the pending proposal goes with it
        other = _ready_order(pg_engine)
        claiming.claim(a, anne, other, 1)
        detail = casework.order_detail(a, anne, other, today=TODAY)
        detail = casework.set_condition(a, anne, other, detail.version, "identity_match", "not_met",
                                        "Le nom diffère de la pièce présentée au guichet", today=TODAY)
        decisions.record_hearing_not_needed(a, anne, other, detail.version,
                                            "Le registre est sans ambiguïté, la commande ne peut aboutir")
        editor = decisions.refusal_draft(a, anne, other)
        decisions.submit_refusal(a, anne, other, editor.order_version, editor.draft)
        assert _status(pg_engine, other) == "refusal_proposed"
        claiming.assign(so, sophie, other, luca.username, _version(pg_engine, other))
        casework.withdraw(lu, luca, other, _version(pg_engine, other), "Retrait écrit reçu le 20.11.2026 par courrier")
        with Session(pg_engine) as s:
            assert s.get(Order, other).status == "withdrawn"  # type: ignore[union-attr]
            assert s.execute(text("SELECT status FROM decisions WHERE order_id = :o"), {"o": other}).scalars().all() \
                == ["withdrawn"]
            stamped = s.execute(text("SELECT DISTINCT actor FROM order_events WHERE order_id = :o"),
                                {"o": order_id}).scalars().all()
        assert set(stamped) <= {anne.username, marc.username, web.username}
