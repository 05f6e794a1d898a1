"""Refusal decisions against the fake session: the hearing, the editor with its live preview and autosave, the
supervisor's approvals (four eyes), and the decision part of the order screen."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from gui_fakes import GUI_THREAD, FakeSession, session_for
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ocpm_desk.features.refusals.api import SubmitBlocker, SubmitBlockerKind
from ocpm_desk.gui.casework import order_text
from ocpm_desk.gui.casework.dialogs import (
    ApproveRefusalDialog,
    HearingAnswerDialog,
    HearingDialog,
    ReturnRefusalDialog,
)
from ocpm_desk.gui.casework.order import OrderScreen
from ocpm_desk.gui.help import ShortcutsDialog
from ocpm_desk.gui.i18n import install_translators
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.gui.refusals.approvals import ApprovalsScreen
from ocpm_desk.gui.refusals.editor import RefusalEditor
from ocpm_desk.kernel.lifecycle import Status
from ocpm_desk.kernel.phrases import Listing, Phrase, Words

pytestmark = pytest.mark.gui

OpenWindow = Callable[..., MainWindow]
MINE = 31  # cdubois's order in review; identity not met: the ground "identity_mismatch" is suggested
OTHER = 32  # cdubois's order in review, every condition met


def open_order(qtbot: QtBot, window: MainWindow, order_id: int) -> OrderScreen:
    window.open_order(order_id)
    screen = window.order_screen
    assert screen is not None
    qtbot.waitUntil(lambda: screen.settled and screen.order_id == order_id and not screen.busy)
    return screen


def open_editor(qtbot: QtBot, window: MainWindow, order_id: int, mode: str = "refusal") -> RefusalEditor:
    window.open_refusal_editor(order_id, mode)
    editor = window.refusal_editor
    assert editor is not None
    qtbot.waitUntil(lambda: editor.settled and editor.state_data is not None and editor.previews_shown >= 1)
    return editor


def heard(session: FakeSession, order_id: int) -> None:
    session.record_hearing_not_needed(order_id, session._row(order_id).version, "Faits établis par le registre.")


def labels(widget: object) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]  # type: ignore[attr-defined]


# ---- the editor --------------------------------------------------------------------------------------------------


def test_the_editor_pre_ticks_suggested_grounds_and_previews_in_the_background(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    editor = open_editor(qtbot, window, MINE)
    draft = editor.draft()
    assert [code for code, _text in draft.grounds] == ["identity_mismatch"]
    assert len(draft.facts) == 2
    assert editor.preview.page_count == 1
    assert session.preview_threads and GUI_THREAD not in session.preview_threads
    assert GUI_THREAD not in session.thread_of("refusal_draft")

    loads = editor.preview.loads
    started = time.monotonic()
    editor.set_ground("not_registered", True)
    qtbot.waitUntil(lambda: editor.preview.loads > loads, timeout=2000)
    assert time.monotonic() - started < 1.0  # 120 ms debounce + render; 300 ms on a workstation
    assert [c for c, _t in session.preview_calls[-1][1].grounds] == ["identity_mismatch", "not_registered"]

    loads = editor.preview.loads
    editor.facts_list.item(0).setText("Le 05.01.2026, la commande a été passée en ligne par le requérant.")
    qtbot.waitUntil(lambda: editor.preview.loads > loads, timeout=2000)
    assert session.preview_calls[-1][1].facts[0].endswith("par le requérant.")
    assert GUI_THREAD not in session.preview_threads


def test_the_autosave_follows_a_pause_and_leaving_the_screen(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    editor = open_editor(qtbot, window, MINE)
    editor._save_timer.setInterval(200)
    editor.free_text.setPlainText("Le requérant a été informé par téléphone.")
    qtbot.waitUntil(lambda: len(session.saved_drafts) == 1, timeout=3000)
    assert session.saved_drafts[-1][1].free_text == "Le requérant a été informé par téléphone."
    qtbot.waitUntil(lambda: editor.autosave_label.text().startswith("Brouillon enregistré à "))
    assert GUI_THREAD not in session.thread_of("save_refusal_draft")
    # a change, then leaving at once: saved on the way out
    editor._save_timer.setInterval(60_000)
    editor.add_fact()
    editor.facts_list.currentItem().setText("Un fait ajouté.")
    editor.go_back()
    qtbot.waitUntil(lambda: len(session.saved_drafts) == 2)
    assert session.saved_drafts[-1][1].facts[-1] == "Un fait ajouté."
    assert window.current_screen() is window.order_screen


def test_leaving_an_untouched_editor_writes_no_draft(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    editor = open_editor(qtbot, window, MINE)
    qtbot.waitUntil(lambda: editor.preview.loads >= 1)
    editor.go_back()
    qtbot.waitUntil(lambda: window.current_screen() is window.order_screen)
    qtbot.wait(100)
    assert session.saved_drafts == []


def test_a_slow_preview_never_blocks_and_stale_results_are_dropped(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    editor = open_editor(qtbot, window, MINE)
    session.preview_delay_s = 0.5
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    calls = len(session.preview_calls)
    for n in range(5):  # typing: each change restarts the debounce, then more changes while a render runs
        editor.free_text.setPlainText(f"Texte {n}")
        qtbot.wait(150)
    qtbot.waitUntil(lambda: not editor.preview_busy and editor._previewed == editor.draft(), timeout=5000)
    timer.stop()
    gaps = [b - a for a, b in pairwise(ticks)]
    assert ticks and max(gaps) < 0.25, "the event loop stalled while the preview rendered"
    renders = session.preview_calls[calls:]
    assert len(renders) < 5  # never one render per keystroke
    assert renders[-1][1].free_text == "Texte 4"
    assert editor.previews_dropped >= 1  # a render for a draft that changed meanwhile was not shown
    assert editor.preview.data and b"Texte 4" in editor.preview.data


def test_submit_is_disabled_and_explained_while_the_applicant_was_not_heard(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    editor = open_editor(qtbot, window, MINE)
    assert not editor.submit_action.isEnabled()
    assert "n'a pas encore été entendu" in editor.blockers_label.text()
    editor.set_ground("identity_mismatch", False)
    assert "Choisissez au moins un motif." in editor.blockers_label.text()
    editor.submit()
    assert not [c for c in session.refusal_calls if c[0] == "submit_refusal"]


NBSP = "\u00a0"
ON_HOLD_BLOCKER = SubmitBlocker(SubmitBlockerKind.STATUS, Phrase(
    "order {reference} is {status}: {what} only while it is {allowed}", reference="ED-2026-00000031",
    status=Words(Status.ON_HOLD), what=Phrase("propose a refusal"),
    allowed=Listing((Words(Status.IN_REVIEW),), " or ")))
#: English full of the words the editor once sorted reasons by ("ground", "fact", "text", "hearing"): its kind counts
ASSIGNEE_BLOCKER = SubmitBlocker(SubmitBlockerKind.ASSIGNEE, Phrase(
    "only the assignee ({assignee}) or a supervisor may write the grounds, facts and text after the hearing",
    assignee="jmeyer"))
ANSWER_BLOCKER = SubmitBlocker(SubmitBlockerKind.ANSWER_PENDING, Phrase(
    "the answer to the hearing letter is not recorded yet (time to comment until {date})", date=date(2026, 3, 26)))
STALE_FACTS = SubmitBlocker(SubmitBlockerKind.FACTS, Phrase("state at least one fact"))  # judged on the saved draft


def test_each_kind_of_blocker_is_said_in_french_with_what_to_do_grouped_by_kind(
    qtbot: QtBot, open_window: OpenWindow, gui_app: QApplication
) -> None:
    session = session_for("cdubois")
    session.extra_blockers = (STALE_FACTS, ANSWER_BLOCKER, ASSIGNEE_BLOCKER, ON_HOLD_BLOCKER)
    window = open_window(session)
    editor = open_editor(qtbot, window, MINE)
    # the service's reasons about the order and the hearing, in that order; not its reason about the saved draft:
    # the editor holds two facts
    assert editor.blockers() == [
        f"La commande a le statut «{NBSP}En attente{NBSP}»{NBSP}: un refus ne peut être soumis que pendant "
        "l'examen. Revenez à la commande (Échap).",
        "Seul le gestionnaire de la commande ou un responsable peut proposer un refus.",
        f"Le requérant n'a pas encore été entendu{NBSP}: envoyez une lettre d'intention, ou indiquez pourquoi ce "
        "n'est pas nécessaire (Ctrl+Maj+L sur la commande).",
        "Aucune réponse à la lettre d'intention n'est encore enregistrée (délai pour se déterminer jusqu'au "
        f"26.03.2026){NBSP}: enregistrez-la sur la commande, ou indiquez qu'aucune n'est parvenue (Ctrl+Maj+Y).",
    ]
    assert editor.blockers_label.text() == "\n".join(f"• {line}" for line in editor.blockers())
    assert not editor.submit_action.isEnabled()

    # the draft's reasons come from what the editor holds, after the others: two grounds without text said
    # together, no fact left
    editor.set_ground("not_registered", True)
    for row in range(editor.grounds_list.count()):
        editor.grounds_list.setCurrentRow(row)
        if editor.grounds_list.currentItem().data(Qt.ItemDataRole.UserRole) != "not_entitled":
            editor.ground_text.setPlainText("   ")
    while editor.facts_list.count():
        editor.facts_list.setCurrentRow(0)
        editor.remove_fact()
    draft_lines = editor.blockers()[4:]
    assert draft_lines == [
        f"Les motifs «{NBSP}Identité non conforme au registre{NBSP}», «{NBSP}Personne non domiciliée à Genève{NBSP}» "
        f"n'ont pas de texte{NBSP}: rédigez leurs paragraphes ou décochez-les.",
        "Indiquez au moins un fait (Ctrl+Maj+I ajoute une ligne).",
    ]
    editor.set_ground("identity_mismatch", False)
    assert editor.blockers()[4:] == [
        f"Le motif «{NBSP}Personne non domiciliée à Genève{NBSP}» n'a pas de texte{NBSP}: rédigez son paragraphe ou "
        "décochez-le.", "Indiquez au moins un fait (Ctrl+Maj+I ajoute une ligne)."]
    editor.set_ground("not_registered", False)
    assert editor.blockers()[4:] == ["Choisissez au moins un motif.",
                                     "Indiquez au moins un fait (Ctrl+Maj+I ajoute une ligne)."]
    assert editor.blockers_label.text().endswith("• Indiquez au moins un fait (Ctrl+Maj+I ajoute une ligne).")

    try:  # English: the status inside the sentence in lower case
        install_translators(gui_app, "en")
        assert editor.blockers()[0] == ("The order is on hold: a refusal is submitted only while it is in review. "
                                        "Go back to the order (Esc).")
        assert editor.blockers()[3].startswith("No answer to the hearing letter is recorded yet (time to comment "
                                               "until 26.03.2026)")
    finally:
        install_translators(gui_app, "fr")
    assert not hasattr(order_text, "about_the_draft") and not hasattr(order_text, "about_the_hearing")


def test_a_hearing_letter_needs_no_fact_and_is_not_held_by_the_hearing(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    session = session_for("cdubois")
    session.extra_blockers = (ANSWER_BLOCKER, ASSIGNEE_BLOCKER)
    window = open_window(session)
    editor = open_editor(qtbot, window, MINE, "hearing")
    while editor.facts_list.count():
        editor.facts_list.setCurrentRow(0)
        editor.remove_fact()
    assignee = "Seul le gestionnaire de la commande ou un responsable peut proposer un refus."
    assert editor.blockers() == [assignee]
    editor.set_ground("identity_mismatch", False)
    assert editor.blockers() == [assignee, "Choisissez au moins un motif."]
    heard(session, MINE)
    editor.reload()  # keeps the editor's text
    qtbot.waitUntil(lambda: editor.settled and editor.state_data is not None and editor.state_data.hearing is not None)
    assert editor.blockers() == [assignee, "Le requérant a déjà été entendu sur cette commande.",
                                 "Choisissez au moins un motif."]


def test_a_refused_submission_says_each_reason_with_what_to_do(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    heard(session, MINE)
    window = open_window(session)
    editor = open_editor(qtbot, window, MINE)
    qtbot.waitUntil(editor.submit_action.isEnabled)
    editor.submit()
    dialog = editor.dialog
    assert dialog is not None
    session.hearings.pop(MINE)  # meanwhile the hearing's record is gone: the service refuses
    dialog.confirm()
    qtbot.waitUntil(lambda: not editor.busy and bool(editor.message))
    assert editor.message == (
        f"La démarche n'a pas abouti{NBSP}: le requérant n'a pas encore été entendu{NBSP}: envoyez une lettre "
        "d'intention, ou indiquez pourquoi ce n'est pas nécessaire (Ctrl+Maj+L sur la commande).")


def test_submitting_goes_back_to_the_order_reloaded(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    heard(session, MINE)
    window = open_window(session)
    open_order(qtbot, window, MINE)
    editor = open_editor(qtbot, window, MINE)
    qtbot.waitUntil(editor.submit_action.isEnabled)
    editor.submit_action.trigger()
    dialog = editor.dialog
    assert dialog is not None
    dialog.confirm()
    order = window.order_screen
    assert order is not None
    qtbot.waitUntil(lambda: window.current_screen() is order and order.settled and order.detail is not None
                    and order.detail.status is Status.REFUSAL_PROPOSED)  # fmt: skip
    assert "soumis à un responsable" in order.message
    assert session.refusal_calls[-1][0] == "submit_refusal"
    assert GUI_THREAD not in session.thread_of("submit_refusal")


def test_a_stale_version_says_who_and_keeps_the_text(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    heard(session, MINE)
    window = open_window(session)
    editor = open_editor(qtbot, window, MINE)
    editor.free_text.setPlainText("Mon texte à garder.")
    session.stale_next["submit_refusal"] = "jmeyer"
    qtbot.waitUntil(editor.submit_action.isEnabled)
    editor.submit()
    dialog = editor.dialog
    assert dialog is not None
    dialog.confirm()
    qtbot.waitUntil(lambda: not editor.busy and "jmeyer" in editor.message)
    qtbot.waitUntil(lambda: editor.settled)
    assert editor.free_text.toPlainText() == "Mon texte à garder."
    assert editor.state_data is not None and editor.state_data.order_version == session._row(MINE).version
    assert window.current_screen() is editor


def test_the_editor_flags_a_decision_addressed_abroad_and_a_returned_proposal(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    session = session_for("cdubois")
    decision = session.propose(34, "cdubois")
    supervisor_view = session.decisions[decision]
    supervisor_view.status, supervisor_view.return_comment = "returned", "Précisez les faits."
    session.queue_rows[session._find(34)] = session._row(34).__class__(
        **{**{f: getattr(session._row(34), f) for f in session._row(34).__dataclass_fields__},
           "status": Status.IN_REVIEW})  # fmt: skip
    window = open_window(session)
    editor = open_editor(qtbot, window, 34)
    shown = labels(editor)
    assert any("Décision adressée à l'étranger" in t for t in shown)
    assert any("Précisez les faits." in t for t in shown)


# ---- the hearing -------------------------------------------------------------------------------------------------


def test_hearing_not_needed_needs_a_reason(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    screen = open_order(qtbot, window, MINE)
    assert screen.hearing_action.isEnabled()
    screen.hearing_action.trigger()
    dialog = screen.dialog
    assert isinstance(dialog, HearingDialog)
    dialog.not_needed_radio.setChecked(True)
    dialog.confirm()
    assert dialog.message_label.text() == "Indiquez pourquoi l'audition du requérant n'est pas nécessaire."
    assert not [c for c in session.refusal_calls if c[0] == "record_hearing_not_needed"]
    dialog.reason_edit.setPlainText("Les faits ressortent du registre.")
    dialog.confirm()
    qtbot.waitUntil(lambda: not screen.busy and screen.detail is not None and screen.detail.hearing is not None)
    assert session.refusal_calls[-1] == ("record_hearing_not_needed", (MINE, 2, "Les faits ressortent du registre."))
    assert any("Audition non nécessaire" in t for t in labels(screen))


def test_hearing_letter_opens_the_editor_in_hearing_mode_and_sends_it(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    window = open_window(session)
    screen = open_order(qtbot, window, MINE)
    screen.hearing()
    dialog = screen.dialog
    assert isinstance(dialog, HearingDialog)
    dialog.confirm()  # "send a hearing letter" is the default choice
    editor = window.refusal_editor
    assert editor is not None
    qtbot.waitUntil(lambda: editor.settled and editor.previews_shown >= 1)
    assert editor.mode == "hearing"
    assert session.thread_of("preview_hearing_letter") and not session.thread_of("preview_refusal")
    qtbot.waitUntil(editor.submit_action.isEnabled)
    editor.submit()
    assert editor.dialog is not None
    editor.dialog.confirm()
    qtbot.waitUntil(lambda: window.current_screen() is screen and screen.settled and screen.detail is not None
                    and screen.detail.status is Status.ON_HOLD)  # fmt: skip
    assert session.refusal_calls[-1][0] == "send_hearing_letter"
    assert screen.hearing_answer_action.isEnabled()


def test_the_answer_to_a_hearing_letter_or_none(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("cdubois")
    session.send_hearing_letter(MINE, 2, session._prefill(session._row(MINE)))
    window = open_window(session)
    screen = open_order(qtbot, window, MINE)
    screen.hearing_answer_action.trigger()
    dialog = screen.dialog
    assert isinstance(dialog, HearingAnswerDialog)
    dialog.confirm()
    assert "observations du requérant" in dialog.message_label.text()
    dialog.answer_edit.setPlainText("Je conteste : j'habite à Carouge.")
    dialog.confirm()
    qtbot.waitUntil(lambda: not screen.busy and screen.detail is not None and screen.detail.status is Status.IN_REVIEW)
    name, args = session.refusal_calls[-1]
    assert name == "record_hearing_answer" and args[2] == "Je conteste : j'habite à Carouge." and args[3] is not None


# ---- approvals -------------------------------------------------------------------------------------------------


def open_approvals(qtbot: QtBot, window: MainWindow) -> ApprovalsScreen:
    window.show_screen("approvals")
    screen = window.screen_by_key("approvals")
    assert isinstance(screen, ApprovalsScreen)
    qtbot.waitUntil(lambda: screen.settled and (not screen.rows or screen.view is not None))
    return screen


def test_an_own_proposal_is_listed_but_cannot_be_decided(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("mrochat")
    session.propose(36, "mrochat")
    window = open_window(session)
    screen = open_approvals(qtbot, window)
    assert screen.view is not None and screen.view.row.own
    assert not screen.approve_action.isEnabled() and not screen.return_action.isEnabled()
    assert screen.own_label.isVisible()
    assert "quatre yeux" in screen.action_buttons["approveRefusal"].toolTip()
    assert "votre proposition" in screen.table.item(0, 2).text()


def test_approving_quotes_the_hash_shown(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("mrochat")
    decision = session.propose(36, "cdubois")
    window = open_window(session)
    item = window.navigation.item(window.screen_keys().index("approvals"))
    qtbot.waitUntil(lambda: item.text() == "Décisions à approuver (1)")
    screen = open_approvals(qtbot, window)
    assert screen.view is not None
    qtbot.waitUntil(lambda: screen.preview.loads >= 1)
    shown = screen.summary_labels["hash"].text().replace(" ", "")  # shown in groups of 16 so that it wraps
    assert shown == session.decisions[decision].content_sha256
    screen.approve_action.trigger()
    dialog = screen.dialog
    assert isinstance(dialog, ApproveRefusalDialog)
    assert dialog.hash_label.text() == shown
    dialog.confirm()
    qtbot.waitUntil(lambda: "Décision n° DEC-2026-00001" in screen.message)
    assert session.refusal_calls[-1] == ("approve_refusal", (decision, shown))
    assert GUI_THREAD not in session.thread_of("approve_refusal")
    qtbot.waitUntil(lambda: screen.settled and not screen.rows)
    qtbot.waitUntil(lambda: item.text() == "Décisions à approuver")


def test_returning_needs_a_comment(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("mrochat")
    decision = session.propose(36, "cdubois", hearing="letter")
    window = open_window(session)
    screen = open_approvals(qtbot, window)
    assert any("lettre envoyée" in screen.table.item(0, c).text() for c in range(screen.table.columnCount()))
    screen.return_action.trigger()
    dialog = screen.dialog
    assert isinstance(dialog, ReturnRefusalDialog)
    dialog.confirm()
    assert dialog.message_label.text().startswith("Écrivez un commentaire")
    assert not [c for c in session.refusal_calls if c[0] == "return_refusal"]
    dialog.comment_edit.setPlainText("Le motif ne correspond pas aux faits.")
    dialog.confirm()
    qtbot.waitUntil(lambda: bool(session.refusal_calls) and session.refusal_calls[-1][0] == "return_refusal")
    assert session.refusal_calls[-1][1] == (decision, session.decisions[decision].content_sha256,
                                            "Le motif ne correspond pas aux faits.")  # fmt: skip
    qtbot.waitUntil(lambda: screen.settled and not screen.rows)


def test_decide_the_refusal_from_the_order_opens_the_approvals_on_it(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("mrochat")
    session.propose(37, "cdubois")
    decision = session.propose(36, "cdubois")
    window = open_window(session)
    order = open_order(qtbot, window, 36)
    assert order.decide_refusal_action.isEnabled()
    order.decide_refusal_action.trigger()
    screen = window.screen_by_key("approvals")
    assert isinstance(screen, ApprovalsScreen)
    qtbot.waitUntil(lambda: window.current_screen() is screen and screen.view is not None
                    and screen.view.row.decision_id == decision)  # fmt: skip


# ---- the order screen ------------------------------------------------------------------------------------------


def test_the_order_shows_its_decision_versions_and_the_return_comment(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    session = session_for("cdubois")
    first = session.propose(MINE, "cdubois")
    session.decisions[first].status = "returned"
    session.decisions[first].return_comment = "Ajoutez la date du courrier."
    session.decisions[first].approver = "mrochat"
    second = session.propose(MINE, "cdubois")
    supervisor = session_for("mrochat")
    supervisor.queue_rows, supervisor.decisions, supervisor.hearings = (session.queue_rows, session.decisions,
                                                                        session.hearings)  # fmt: skip
    supervisor.order_extras = session.order_extras
    supervisor.approve_refusal(second, session.decisions[second].content_sha256)
    window = open_window(session)
    screen = open_order(qtbot, window, MINE)
    page = screen.page
    assert set(page.decision_cards) == {first, second}  # type: ignore[attr-defined]
    shown = labels(screen)
    assert any("Ajoutez la date du courrier." in t for t in shown)
    assert session.decisions[second].content_sha256 in shown
    assert any(t.startswith("Version 2 — Émise (signée) — décision n° DEC-2026-00001") for t in shown)
    # the copy goes to a file
    assert screen.print_copy_action.isEnabled()
    target = tmp_path / "copie.pdf"
    screen.ask_save_path = lambda _suggested: str(target)  # type: ignore[method-assign]
    screen.print_copy_action.trigger()
    qtbot.waitUntil(lambda: target.exists())
    assert target.read_bytes().startswith(b"%PDF") and b"COPIE" in target.read_bytes()
    assert ("decision_pdf", (second, True)) in session.refusal_calls
    screen.open_decision_action.trigger()
    qtbot.waitUntil(lambda: getattr(screen, "pdf_dialog", None) is not None and screen.pdf_dialog.preview.loads >= 1)
    screen.pdf_dialog.close()
    assert GUI_THREAD not in session.thread_of("decision_pdf")


def test_every_refusal_action_has_a_shortcut_and_an_accessible_name(qtbot: QtBot, open_window: OpenWindow) -> None:
    session = session_for("jmeyer")  # caseworker and supervisor
    window = open_window(session)
    screen = open_order(qtbot, window, 36)
    names = ("hearing", "hearingAnswer", "proposeRefusal", "decideRefusal", "openDecision", "printCopy")
    order_actions = {a.objectName(): a for a in screen.screen_actions()}
    for name in names:
        assert not order_actions[name].shortcut().isEmpty(), name
    dialog = ShortcutsDialog(window.shortcut_actions(), window)
    listed = dict(dialog.shortcuts())
    assert listed["Droit d'être entendu"] == "Ctrl+Maj+L"
    assert listed["Proposer un refus"] == "Ctrl+Maj+X"
    dialog.close()
    editor = open_editor(qtbot, window, 36)
    for action in editor.screen_actions():
        assert not action.shortcut().isEmpty(), action.objectName()
    for button in (editor.submit_button, editor.back_button):
        assert button.accessibleName()
    listed = dict(ShortcutsDialog(window.shortcut_actions(), window).shortcuts())
    assert listed["Soumettre à un responsable"] == "Ctrl+Entrée"
    assert listed["Ajouter un fait"] == "Ctrl+Maj+I"
    editor.go_back()
    approvals = open_approvals(qtbot, window)
    for action in approvals.screen_actions():
        assert not action.shortcut().isEmpty()
    for button in approvals.action_buttons.values():
        assert button.accessibleName()
    listed = dict(ShortcutsDialog(window.shortcut_actions(), window).shortcuts())
    assert listed["Approuver et signer"] == "Ctrl+Maj+A"
    assert listed["Retourner"] == "Ctrl+Maj+R"
    assert threading.current_thread() is threading.main_thread()
