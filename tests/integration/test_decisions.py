"""Refusal decisions on both databases: grounds, hearing, drafts, four-eyes approval bound to a hash, the archive.

No mocks: orders, register records and staff are written to a real SQLite file or PostgreSQL database; every step
goes through ``ocpm_desk.features.refusals.decisions``; the PDFs are read back with pdftotext. On PostgreSQL the
database's
own defences are also tried with direct SQL from the staff members' own logins.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from ocpm_factories import StaffLogins, add_cast, add_staff, pg_staff_logins
from pdf_tools import pdftext as _pdftext
from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from test_casework import TODAY, _ready_order

from ocpm_desk.features.casework import claiming
from ocpm_desk.features.casework import handling as casework
from ocpm_desk.features.casework.api import OrderAction
from ocpm_desk.features.refusals import decisions
from ocpm_desk.features.refusals.api import DraftInput, RefusalNotReady, SubmitBlockerKind
from ocpm_desk.features.refusals.decisions import DecisionIntegrityError
from ocpm_desk.infrastructure.db.models import AuditEvent, Decision, DecisionGround, Document, Hearing, Order
from ocpm_desk.infrastructure.uow import Actor
from ocpm_desk.kernel.errors import DomainError, NotFound, PermissionDenied, StaleVersion
from ocpm_desk.kernel.letters import body_from_json, body_sha256
from ocpm_desk.kernel.lifecycle import TransitionNotAllowed
from ocpm_desk.kernel.roles import Role

NOT_NEEDED = "Le registre est sans ambiguïté et la commande ne peut aboutir pour des motifs formels"


pytestmark = pytest.mark.usefixtures("catalogue_as_shipped")


@pytest.fixture
def people(engine: Engine) -> dict[str, Actor]:
    return add_cast(engine, "anne", "sophie", "paul", "elise", "marc")


def _marked(pdf: bytes, mark: str) -> bool:
    """The diagonal PROJET / COPIE mark is a form XObject of its own (pdftotext splits diagonal text)."""
    return {"PROJET": b"OCPMMarkDraft", "COPIE": b"OCPMMarkCopy"}[mark] in pdf


def _claimed_mismatch(engine: Engine, actor: Actor, owner: Engine | None = None) -> tuple[int, int]:
    """A paid order whose applicant's last name differs from the register (identity_match not met), claimed and
    opened by ``actor`` (which evaluates its conditions): (order id, version)."""
    order_id = _ready_order(owner or engine, last_name="Dupond")
    claiming.claim(engine, actor, order_id, 1)
    detail = casework.order_detail(engine, actor, order_id, today=TODAY)
    assert "identity_match" in detail.approve_blockers
    return order_id, detail.version


def _version(engine: Engine, order_id: int) -> int:
    with Session(engine) as s:
        order = s.get(Order, order_id)
        assert order is not None
        return order.version


def _proposed(engine: Engine, author: Actor, owner: Engine | None = None) -> tuple[int, int]:
    """An order with a refusal proposed by ``author`` (hearing not needed): (order id, decision id).

    ``owner``: the engine that writes the order and the register (intake's part), when ``engine`` is a staff login."""
    order_id, version = _claimed_mismatch(engine, author, owner)
    decisions.record_hearing_not_needed(engine, author, order_id, version, NOT_NEEDED)
    state = decisions.refusal_draft(engine, author, order_id)
    decisions.submit_refusal(engine, author, order_id, state.order_version, state.draft)
    with Session(engine) as s:
        decision_id = s.scalar(select(Decision.id).where(Decision.order_id == order_id, Decision.status == "proposed"))
    assert decision_id is not None
    return order_id, decision_id


def issued_refusal(engine: Engine, author: Actor, approver: Actor, *, today: date | None = None
                   ) -> decisions.IssuedDecision:
    """A refusal proposed by ``author`` and approved, as read, by ``approver``, through the services."""
    _, decision_id = _proposed(engine, author)
    sha = decisions.proposal(engine, approver, decision_id).content_sha256
    return decisions.approve_refusal(engine, approver, decision_id, sha, today=today)


# ------------------------------------------------------------------------------------------------ the editor
def test_the_editor_prefills_grounds_from_unmet_conditions_and_facts_from_the_order(
    engine: Engine, people: dict[str, Actor]
) -> None:
    anne = people["anne"]
    order_id, _ = _claimed_mismatch(engine, anne)
    state = decisions.refusal_draft(engine, anne, order_id)
    suggested = [g.code for g in state.catalogue if g.suggested]
    assert suggested == ["identity_mismatch"]
    assert [code for code, _ in state.draft.grounds] == ["identity_mismatch"]
    ground = next(g for g in state.catalogue if g.code == "identity_mismatch")
    assert "{reference}" in ground.paragraph and state.reference in ground.text and "{" not in ground.text
    assert any("2 novembre 2026" in f and "Attestation de résidence" in f for f in state.draft.facts)
    assert any("CHF 25.00" in f for f in state.draft.facts)
    assert state.decision_id is None and state.hearing is None and not state.abroad
    assert [(b.kind, b.text) for b in state.submit_blockers] == [(SubmitBlockerKind.NOT_HEARD, (
        "the applicant was not heard: send a hearing letter or record why hearing is not needed (LPA art. 41)"))]
    detail = casework.order_detail(engine, anne, order_id, today=TODAY)
    assert {OrderAction.PROPOSE_REFUSAL, OrderAction.HEARING} <= detail.actions
    assert OrderAction.HEARING_ANSWER not in detail.actions


def test_autosave_keeps_the_draft_without_touching_the_order(engine: Engine, people: dict[str, Actor]) -> None:
    anne = people["anne"]
    order_id, version = _claimed_mismatch(engine, anne)
    draft = DraftInput((("identity_mismatch", "Texte   revu\n\n\n par la gestionnaire."),),
                       ("Premier fait.", "  ", "Second fait."), "Remarque finale.")
    saved = decisions.save_refusal_draft(engine, anne, order_id, draft)
    assert saved.decision_id is not None and saved.saved_at is not None
    assert saved.draft.grounds == (("identity_mismatch", "Texte revu\n\npar la gestionnaire."),)
    assert saved.draft.facts == ("Premier fait.", "Second fait.")
    again = decisions.save_refusal_draft(engine, anne, order_id, DraftInput(draft.grounds, ("Un fait.",), ""))
    assert again.decision_id == saved.decision_id  # one draft row, updated
    assert decisions.refusal_draft(engine, anne, order_id).draft.facts == ("Un fait.",)
    assert _version(engine, order_id) == version
    with Session(engine) as s:
        rows = s.scalars(select(DecisionGround).where(DecisionGround.decision_id == saved.decision_id)).all()
        assert [(r.position, r.text) for r in rows] == [(1, "Texte revu\n\npar la gestionnaire.")]


def test_unknown_or_repeated_grounds_are_refused_and_nothing_is_written(
    engine: Engine, people: dict[str, Actor]
) -> None:
    anne = people["anne"]
    order_id, _ = _claimed_mismatch(engine, anne)
    with pytest.raises(DomainError, match="not in the catalogue"):
        decisions.save_refusal_draft(engine, anne, order_id, DraftInput((("made_up", "x"),), ("f",)))
    with pytest.raises(DomainError, match="chosen twice"):
        decisions.save_refusal_draft(engine, anne, order_id,
                                     DraftInput((("not_swiss", "a"), ("not_swiss", "b")), ("f",)))
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(Decision)) == 0


def test_the_preview_is_a_draft_pdf_and_writes_nothing(engine: Engine, people: dict[str, Actor]) -> None:
    anne = people["anne"]
    order_id, _ = _claimed_mismatch(engine, anne)
    state = decisions.refusal_draft(engine, anne, order_id)
    pdf = decisions.preview_refusal(engine, anne, order_id, state.draft)
    assert pdf.startswith(b"%PDF")
    words = _pdftext(pdf)
    assert _marked(pdf, "PROJET") and "DÉCISION" in words and state.reference in words
    assert decisions.preview_refusal(engine, anne, order_id, state.draft) == pdf  # reproducible
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(Decision)) == 0


def test_only_caseworkers_and_supervisors_write_refusals(engine: Engine, people: dict[str, Actor]) -> None:
    anne = people["anne"]
    order_id, _ = _claimed_mismatch(engine, anne)
    draft = decisions.refusal_draft(engine, anne, order_id).draft
    for who in ("elise", "marc"):
        with pytest.raises(PermissionDenied):
            decisions.save_refusal_draft(engine, people[who], order_id, draft)
        with pytest.raises(PermissionDenied):
            decisions.refusal_proposals(engine, people[who])
    luca = add_staff(engine, "luca", Role.CASEWORKER)
    with pytest.raises(DomainError, match="only the assignee"):
        decisions.save_refusal_draft(engine, luca, order_id, draft)


# ------------------------------------------------------------------------------------------------ the hearing
def test_submitting_needs_the_applicant_heard(engine: Engine, people: dict[str, Actor]) -> None:
    anne = people["anne"]
    order_id, version = _claimed_mismatch(engine, anne)
    state = decisions.refusal_draft(engine, anne, order_id)
    with pytest.raises(RefusalNotReady, match="not heard") as caught:
        decisions.submit_refusal(engine, anne, order_id, version, state.draft)
    assert [b.kind for b in caught.value.blockers] == [SubmitBlockerKind.NOT_HEARD]
    with pytest.raises(DomainError, match="at least 10 characters"):
        decisions.record_hearing_not_needed(engine, anne, order_id, version, "  non ")
    assert _version(engine, order_id) == version
    state = decisions.record_hearing_not_needed(engine, anne, order_id, version, NOT_NEEDED)
    assert state.version == version + 1 and state.status == "in_review"
    hearing = decisions.refusal_draft(engine, anne, order_id).hearing
    assert hearing is not None and hearing.mode == "not_needed" and hearing.complete and hearing.reason == NOT_NEEDED


def test_a_hearing_letter_puts_the_order_on_hold_and_its_answer_brings_it_back(
    engine: Engine, people: dict[str, Actor]
) -> None:
    anne = people["anne"]
    order_id, version = _claimed_mismatch(engine, anne)
    draft = decisions.refusal_draft(engine, anne, order_id).draft
    state = decisions.send_hearing_letter(engine, anne, order_id, version, draft, today=TODAY)
    assert state.status == "on_hold"
    reply_by = date(2026, 12, 7)  # 26 November + 10 days = Sunday 6 December → Monday
    waiting = decisions.refusal_draft(engine, anne, order_id).submit_blockers
    assert [(b.kind, b.text) for b in waiting] == [
        (SubmitBlockerKind.STATUS, f"order {state.reference} is on hold: propose a refusal only while it is in review"),
        (SubmitBlockerKind.ANSWER_PENDING,
         "the answer to the hearing letter is not recorded yet (time to comment until 2026-12-07)")]
    with Session(engine) as s:
        order = s.get(Order, order_id)
        assert order is not None and order.hold_until == date(2026, 12, 8)
        hearing = s.scalars(select(Hearing).where(Hearing.order_id == order_id)).one()
        assert (hearing.mode, hearing.sent_on, hearing.reply_by, hearing.answer) == ("letter", TODAY, reply_by, None)
        document = s.get(Document, hearing.document_id)
        assert document is not None and document.kind == "hearing_letter"
        assert document.sha256 == hashlib.sha256(document.pdf).hexdigest()
        words = _pdftext(document.pdf)
    assert "7 décembre 2026" in words and "10 jours" in words and "CHF 25.00" in words
    assert not _marked(document.pdf, "PROJET")

    detail = casework.order_detail(engine, anne, order_id, today=TODAY)
    assert OrderAction.HEARING_ANSWER in detail.actions and OrderAction.HEARING not in detail.actions
    assert detail.hearing is not None and not detail.hearing.complete
    with pytest.raises(DomainError, match="only after"):
        decisions.record_hearing_answer(engine, anne, order_id, detail.version, "", None, today=reply_by)
    with pytest.raises(DomainError, match="between the hearing letter"):
        decisions.record_hearing_answer(engine, anne, order_id, detail.version, "Je conteste.",
                                        TODAY - timedelta(days=1), today=reply_by)
    state = decisions.record_hearing_answer(engine, anne, order_id, detail.version, "Je conteste la différence.",
                                            date(2026, 12, 3), today=date(2026, 12, 4))
    assert state.status == "in_review"
    editor = decisions.refusal_draft(engine, anne, order_id)
    assert editor.hearing is not None and editor.hearing.complete and editor.hearing.answered_on == date(2026, 12, 3)
    assert editor.draft == DraftInput(draft.grounds, draft.facts, draft.free_text)  # kept from the hearing letter
    decisions.submit_refusal(engine, anne, order_id, state.version, editor.draft)
    with Session(engine) as s:
        decision = s.scalars(select(Decision).where(Decision.order_id == order_id)).one()
        assert decision.hearing == "letter_sent" and "3 décembre 2026" in (decision.hearing_note or "")
        assert "art. 41 LPA" in body_from_json(decision.content).hearing_summary


def test_no_answer_is_recorded_only_once_the_time_is_over(engine: Engine, people: dict[str, Actor]) -> None:
    anne = people["anne"]
    order_id, version = _claimed_mismatch(engine, anne)
    draft = decisions.refusal_draft(engine, anne, order_id).draft
    version = decisions.send_hearing_letter(engine, anne, order_id, version, draft, today=TODAY).version
    with pytest.raises(DomainError, match="on hold: send a hearing letter only while it is in review"):
        decisions.send_hearing_letter(engine, anne, order_id, version, draft, today=TODAY)
    state = decisions.record_hearing_answer(engine, anne, order_id, version, "", None, today=date(2026, 12, 8))
    hearing = decisions.refusal_draft(engine, anne, order_id).hearing
    assert state.status == "in_review" and hearing is not None and hearing.answer == "" and hearing.complete


# ------------------------------------------------------------------------------------------------ four eyes
def test_a_supervisor_approves_and_the_decision_is_issued_with_its_hash(
    engine: Engine, people: dict[str, Actor]
) -> None:
    anne, sophie = people["anne"], people["sophie"]
    order_id, decision_id = _proposed(engine, anne)
    rows = decisions.refusal_proposals(engine, sophie)
    assert [(r.decision_id, r.own, r.hearing) for r in rows] == [(decision_id, False, "not_needed")]
    view = decisions.proposal(engine, sophie, decision_id)
    assert _marked(view.preview_pdf, "PROJET")
    with pytest.raises(DomainError, match="changed since you read it"):
        decisions.approve_refusal(engine, sophie, decision_id, "0" * 64)
    issued = decisions.approve_refusal(engine, sophie, decision_id, view.content_sha256, today=TODAY)
    assert issued.number == f"D-2026-{decision_id:06d}"
    with Session(engine) as s:
        order = s.get(Order, order_id)
        decision = s.get(Decision, decision_id)
        assert order is not None and decision is not None
        assert (order.status, order.outcome) == ("refused", "refused")
        assert (decision.status, decision.approver, decision.number) == ("issued", "sophie", issued.number)
        assert decision.pdf is not None and decision.pdf_sha256 == hashlib.sha256(decision.pdf).hexdigest()
        assert decision.content_sha256 == view.content_sha256 == body_sha256(body_from_json(decision.content))
        original = decision.pdf
        actions = {a for (a,) in s.execute(select(AuditEvent.action))}
    assert {"decision.proposed", "decision.issued", "order.approve_refusal"} <= actions
    words = _pdftext(original)
    assert issued.number in words and "Sophie" in words and "26 novembre 2026" in words
    assert not _marked(original, "PROJET") and not _marked(original, "COPIE") and "Tribunal administratif" in words

    # the archive: the original as stored; a copy marked COPIE, not stored
    assert decisions.decision_pdf(engine, people["elise"], decision_id) == original
    copy = decisions.decision_pdf(engine, anne, decision_id, copy=True)
    assert copy != original and _marked(copy, "COPIE") and issued.number in _pdftext(copy)
    assert decisions.export_decision(engine, sophie, issued.reference) == (issued.number, original)
    with Session(engine) as s:
        assert s.get(Decision, decision_id).pdf == original  # type: ignore[union-attr]
        assert s.scalar(select(func.count()).select_from(Document)) == 0

    # nothing changes after approval
    with pytest.raises(DomainError, match="issued"):
        decisions.approve_refusal(engine, sophie, decision_id, view.content_sha256)
    with pytest.raises(DomainError, match="issued"):
        decisions.return_refusal(engine, sophie, decision_id, view.content_sha256, "Un commentaire assez long")
    versions = casework.order_detail(engine, sophie, order_id, today=TODAY).decisions
    assert [(v.status, v.number, v.author, v.approver) for v in versions] == [
        ("issued", issued.number, "anne", "sophie")]


def test_nobody_approves_their_own_proposal_whatever_their_roles(engine: Engine, people: dict[str, Actor]) -> None:
    paul, sophie = people["paul"], people["sophie"]
    order_id, decision_id = _proposed(engine, paul)
    row = next(r for r in decisions.refusal_proposals(engine, paul) if r.decision_id == decision_id)
    assert row.own
    sha = decisions.proposal(engine, paul, decision_id).content_sha256
    detail = casework.order_detail(engine, paul, order_id, today=TODAY)
    assert OrderAction.DECIDE_REFUSAL not in detail.actions
    with pytest.raises(TransitionNotAllowed, match="other than its author"):
        decisions.approve_refusal(engine, paul, decision_id, sha)
    with pytest.raises(TransitionNotAllowed, match="other than its author"):
        decisions.return_refusal(engine, paul, decision_id, sha, "Je me retourne ma propre proposition")
    with pytest.raises(PermissionDenied):
        decisions.approve_refusal(engine, people["anne"], decision_id, sha)
    assert OrderAction.DECIDE_REFUSAL in casework.order_detail(engine, sophie, order_id, today=TODAY).actions
    assert decisions.approve_refusal(engine, sophie, decision_id, sha).approver == "sophie"


def test_a_returned_proposal_goes_back_to_its_author_with_the_comment(
    engine: Engine, people: dict[str, Actor]
) -> None:
    anne, sophie = people["anne"], people["sophie"]
    order_id, decision_id = _proposed(engine, anne)
    sha = decisions.proposal(engine, sophie, decision_id).content_sha256
    with pytest.raises(DomainError, match="comment of at least"):
        decisions.return_refusal(engine, sophie, decision_id, sha, "   ")
    comment = "Préciser dans les faits la date de la vérification du registre."
    state = decisions.return_refusal(engine, sophie, decision_id, sha, comment)
    assert (state.status, state.assigned_to) == ("in_review", "anne")
    detail = casework.order_detail(engine, anne, order_id, today=TODAY)
    assert detail.return_comment == comment
    editor = decisions.refusal_draft(engine, anne, order_id)
    assert editor.return_comment == comment and editor.decision_id is None
    new_facts = (*editor.draft.facts, "Le registre a été consulté le 26 novembre 2026.")
    decisions.submit_refusal(engine, anne, order_id, editor.order_version,
                             DraftInput(editor.draft.grounds, new_facts, editor.draft.free_text))
    versions = casework.order_detail(engine, anne, order_id, today=TODAY).decisions
    assert [v.status for v in versions] == ["returned", "proposed"]
    assert versions[0].return_comment == comment and versions[0].content_sha256 != versions[1].content_sha256


def test_a_stale_version_is_refused_when_submitting(engine: Engine, people: dict[str, Actor]) -> None:
    anne = people["anne"]
    order_id, version = _claimed_mismatch(engine, anne)
    version = decisions.record_hearing_not_needed(engine, anne, order_id, version, NOT_NEEDED).version
    draft = decisions.refusal_draft(engine, anne, order_id).draft
    with pytest.raises(StaleVersion):
        decisions.submit_refusal(engine, anne, order_id, version - 1, draft)
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(Decision).where(Decision.status == "proposed")) == 0


def test_withdrawal_withdraws_the_pending_proposal(engine: Engine, people: dict[str, Actor]) -> None:
    anne = people["anne"]
    order_id, decision_id = _proposed(engine, anne)
    casework.withdraw(engine, anne, order_id, _version(engine, order_id), "Lettre du 20.11.2026 reçue le 23.11")
    with Session(engine) as s:
        assert s.get(Decision, decision_id).status == "withdrawn"  # type: ignore[union-attr]
    assert decisions.refusal_proposals(engine, people["sophie"]) == []


def test_an_altered_archive_is_a_loud_error(engine: Engine, people: dict[str, Actor]) -> None:
    sophie = people["sophie"]
    issued = issued_refusal(engine, people["anne"], sophie)
    with engine.begin() as conn:  # the database owner (trusted on PostgreSQL) alters the stored bytes
        conn.execute(text("UPDATE decisions SET pdf = :pdf WHERE id = :id"),
                     {"pdf": b"%PDF-1.4 forged", "id": issued.decision_id})
    with pytest.raises(DecisionIntegrityError, match="does not match its recorded SHA-256"):
        decisions.decision_pdf(engine, sophie, issued.decision_id)
    with pytest.raises(DecisionIntegrityError):
        decisions.export_decision(engine, sophie, issued.reference)
    with pytest.raises(NotFound):
        decisions.export_decision(engine, sophie, "ED-2026-99999999")


def test_the_issue_seals_what_it_takes_to_render_the_original_again(
    engine: Engine, people: dict[str, Actor]
) -> None:
    import json

    from ocpm_desk.features.refusals import archive
    from ocpm_desk.infrastructure.pdf.fingerprint import renderer_fingerprint
    from ocpm_desk.kernel.letters import Signature

    issued = issued_refusal(engine, people["anne"], people["sophie"], today=TODAY)
    decision_id = issued.decision_id
    archive.seal(engine)
    with Session(engine) as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "decision.issued",
                                                   AuditEvent.entity_id == str(decision_id))).one()
        decision = s.get(Decision, decision_id)
        assert decision is not None and decision.pdf is not None and event.hash is not None
        payload = json.loads(event.payload)
        head = archive.read_letterhead(s)
        assert payload["renderer"] == renderer_fingerprint(head)
        assert payload["signature"] == {"name": "Sophie", "title": "Responsable de secteur",
                                        "signed_on": TODAY.isoformat()}
        assert (payload["pdf_sha256"], payload["content_sha256"]) == (issued.pdf_sha256, decision.content_sha256)
        signature = Signature("Sophie", "Responsable de secteur", TODAY)
        again = archive.render(archive.original_letter(head, decision.content, issued.number, signature))
        assert again == decision.pdf
        record = archive.issue_records(s, [(decision_id, "sophie")])[decision_id]
        assert (record.event_id, record.signature, record.problem) == (event.id, signature, None)
        assert archive.pdf_problem(decision.pdf, decision.pdf_sha256, record) is None
        assert archive.issue_records(s, [(decision_id, "anne")]) == {}  # only its approver's event counts


def test_only_an_original_its_sealed_issue_vouches_for_is_exported(engine: Engine, people: dict[str, Actor]) -> None:
    sophie = people["sophie"]
    first, second = (issued_refusal(engine, people["anne"], sophie) for _ in range(2))
    with Session(engine) as s:
        other_pdf = s.get(Decision, second.decision_id).pdf  # type: ignore[union-attr]
    with engine.begin() as conn:  # the database owner: another decision's bytes, with their own hash beside them
        conn.execute(text("UPDATE decisions SET pdf = :pdf, pdf_sha256 = :sha WHERE id = :id"),
                     {"pdf": other_pdf, "sha": second.pdf_sha256, "id": first.decision_id})
    with pytest.raises(DecisionIntegrityError, match=f"recorded {first.pdf_sha256}, found {second.pdf_sha256}"):
        decisions.export_decision(engine, sophie, first.reference)
    number, copy = decisions.export_decision(engine, sophie, first.reference, copy=True)  # a copy is unaffected
    assert number == first.number and _marked(copy, "COPIE")
    assert decisions.export_decision(engine, sophie, second.reference) == (second.number, other_pdf)


# ------------------------------------------------------------------------------------------------ PostgreSQL
@pytest.fixture
def logins(pg_engine: Engine, pg_server: dict[str, str]) -> Iterator[StaffLogins]:
    wanted = {"cwk": ["caseworker"], "sup": ["supervisor"], "sup2": ["supervisor", "caseworker"]}
    with pg_staff_logins(pg_engine, pg_server, wanted, prefix="dec_") as logins:
        yield logins


def _refused_by_database(eng: Engine, sql: str, params: dict[str, object]) -> None:
    with pytest.raises(DBAPIError) as caught, eng.begin() as conn:
        conn.execute(text(sql), params)
    assert getattr(caught.value.orig, "sqlstate", None) in ("42501", "23514", "23505")


@pytest.mark.postgres
def test_postgresql_defends_the_four_eyes_rule_and_the_issued_decision(
    pg_engine: Engine, logins: StaffLogins
) -> None:
    (cw, cw_engine), (sup, sup_engine), (sup2, sup2_engine) = logins["cwk"], logins["sup"], logins["sup2"]
    # the whole flow through the staff members' own logins
    order_id, decision_id = _proposed(cw_engine, cw, pg_engine)
    view = decisions.proposal(sup_engine, sup, decision_id)

    # a proposal's content is frozen, even for its author; nobody signs in someone else's name or their own
    _refused_by_database(cw_engine, "UPDATE decisions SET content = content || ' ' WHERE id = :id", {"id": decision_id})
    _refused_by_database(sup_engine, "UPDATE decisions SET approver = :who, status = 'issued' WHERE id = :id",
                         {"who": sup2.username, "id": decision_id})
    # a supervisor approving directly needs the true hashes of the content and the PDF
    _refused_by_database(
        sup_engine,
        "UPDATE decisions SET status = 'issued', approver = session_user, number = 'D-X-1', pdf = 'x', "
        "pdf_sha256 = repeat('0', 64), decided_at = now() WHERE id = :id", {"id": decision_id})
    # the order cannot be refused by the author of its proposal
    order_id2, decision_id2 = _proposed(sup2_engine, sup2, pg_engine)
    _refused_by_database(sup2_engine, "UPDATE orders SET status = 'refused', version = version + 1 WHERE id = :id",
                         {"id": order_id2})
    with pytest.raises(TransitionNotAllowed):
        decisions.approve_refusal(sup2_engine, sup2, decision_id2, decisions.proposal(sup2_engine, sup2,
                                                                                      decision_id2).content_sha256)

    issued = decisions.approve_refusal(sup_engine, sup, decision_id, view.content_sha256)
    assert issued.approver == sup.username
    for sql in ("UPDATE decisions SET content = '{}' WHERE id = :id",
                "UPDATE decisions SET pdf = 'forged' WHERE id = :id",
                "UPDATE decisions SET return_comment = 'après coup' WHERE id = :id",
                "DELETE FROM decision_grounds WHERE decision_id = :id",
                "DELETE FROM decisions WHERE id = :id"):
        _refused_by_database(sup_engine, sql, {"id": decision_id})
        _refused_by_database(cw_engine, sql, {"id": decision_id})
    ground_id = pg_engine.connect().execute(text("SELECT id FROM refusal_grounds LIMIT 1")).scalar_one()
    _refused_by_database(cw_engine, "INSERT INTO decision_grounds (decision_id, ground_id, position, text) "
                         "VALUES (:id, :g, 9, 'ajout')", {"id": decision_id, "g": ground_id})
    with Session(pg_engine) as s:
        decision = s.get(Decision, decision_id)
        assert decision is not None and decision.pdf_sha256 == issued.pdf_sha256
        assert s.get(Order, order_id).status == "refused"  # type: ignore[union-attr]


def test_hearing_answers_and_drafts_refused_when_they_make_no_sense(engine: Engine, people: dict[str, Actor]) -> None:
    anne, sophie = people["anne"], people["sophie"]
    order_id, version = _claimed_mismatch(engine, anne)
    with pytest.raises(DomainError, match="no hearing letter waiting"):
        decisions.record_hearing_answer(engine, anne, order_id, version, "Mes observations", TODAY, today=TODAY)
    draft = decisions.refusal_draft(engine, anne, order_id).draft
    version = decisions.send_hearing_letter(engine, anne, order_id, version, draft, today=TODAY).version
    with pytest.raises(DomainError, match="on which day"):
        decisions.record_hearing_answer(engine, anne, order_id, version, "Mes observations", None, today=TODAY)
    with pytest.raises(DomainError, match="needs its content"):
        decisions.record_hearing_answer(engine, anne, order_id, version, "  ", TODAY, today=TODAY)
    assert _version(engine, order_id) == version
    version = decisions.record_hearing_answer(engine, anne, order_id, version, "Mes observations", TODAY,
                                              today=TODAY).version
    empty_ground = DraftInput(((draft.grounds[0][0], "   "),), draft.facts)
    with pytest.raises(RefusalNotReady, match="text of ground identity_mismatch is empty") as caught:
        decisions.submit_refusal(engine, anne, order_id, version, empty_ground)
    assert [b.kind for b in caught.value.blockers] == [SubmitBlockerKind.GROUND_TEXT]
    with pytest.raises(RefusalNotReady, match="at least one fact") as caught:
        decisions.submit_refusal(engine, anne, order_id, version, DraftInput(draft.grounds, ("  ",)))
    assert [b.kind for b in caught.value.blockers] == [SubmitBlockerKind.FACTS]
    with pytest.raises(RefusalNotReady, match="at least one ground"):
        decisions.submit_refusal(engine, anne, order_id, version, DraftInput((), draft.facts))
    decisions.submit_refusal(engine, anne, order_id, version, draft)
    with pytest.raises(DomainError, match="is refusal proposed"):
        decisions.save_refusal_draft(engine, anne, order_id, draft)
    with pytest.raises(DomainError, match="refusal proposed"):
        decisions.send_hearing_letter(engine, sophie, order_id, _version(engine, order_id), draft, today=TODAY)


def test_a_supervisor_taking_over_withdraws_the_caseworkers_draft(engine: Engine, people: dict[str, Actor]) -> None:
    anne, sophie = people["anne"], people["sophie"]
    order_id, _ = _claimed_mismatch(engine, anne)
    mine = decisions.save_refusal_draft(engine, anne, order_id, decisions.refusal_draft(engine, anne, order_id).draft)
    taken = decisions.refusal_draft(engine, sophie, order_id)
    assert taken.decision_id is None and taken.draft == mine.draft  # starts from the caseworker's text
    saved = decisions.save_refusal_draft(engine, sophie, order_id, taken.draft)
    assert saved.decision_id != mine.decision_id
    with Session(engine) as s:
        rows = {d.id: (d.author, d.status) for d in s.scalars(select(Decision))}
    assert rows == {mine.decision_id: ("anne", "withdrawn"), saved.decision_id: ("sophie", "draft")}


@pytest.mark.postgres
def test_staff_logins_hear_return_and_resubmit_through_the_grants(
    pg_engine: Engine, logins: StaffLogins
) -> None:
    (cw, cw_engine), (sup, sup_engine) = logins["cwk"], logins["sup"]
    order_id, version = _claimed_mismatch(cw_engine, cw, pg_engine)
    draft = decisions.refusal_draft(cw_engine, cw, order_id).draft
    decisions.save_refusal_draft(cw_engine, cw, order_id, draft)
    version = decisions.send_hearing_letter(cw_engine, cw, order_id, version, draft, today=TODAY).version
    version = decisions.record_hearing_answer(cw_engine, cw, order_id, version, "", None,
                                              today=date(2026, 12, 8)).version
    decisions.submit_refusal(cw_engine, cw, order_id, version, draft)
    (row,) = decisions.refusal_proposals(sup_engine, sup)
    sha = decisions.proposal(sup_engine, sup, row.decision_id).content_sha256
    state = decisions.return_refusal(sup_engine, sup, row.decision_id, sha, "Compléter les faits, s'il vous plaît.")
    assert (state.status, state.assigned_to) == ("in_review", cw.username)
    editor = decisions.refusal_draft(cw_engine, cw, order_id)
    decisions.submit_refusal(cw_engine, cw, order_id, editor.order_version,
                             DraftInput(editor.draft.grounds, (*editor.draft.facts, "Fait complété."), ""))
    (again,) = decisions.refusal_proposals(sup_engine, sup)
    issued = decisions.approve_refusal(sup_engine, sup, again.decision_id,
                                       decisions.proposal(sup_engine, sup, again.decision_id).content_sha256)
    assert decisions.decision_pdf(cw_engine, cw, again.decision_id) == decisions.decision_pdf(
        sup_engine, sup, again.decision_id)
    with Session(pg_engine) as s:
        statuses = [d.status for d in s.scalars(select(Decision).where(Decision.order_id == order_id)
                                                   .order_by(Decision.id))]
        assert statuses == ["returned", "issued"]
        assert s.get(Decision, again.decision_id).approver == sup.username == issued.approver  # type: ignore[union-attr]
