"""Refusal decisions over the real services on a fresh SQLite database: the hearing, the editor with its live preview
and autosave, the supervisor's approvals (four eyes), and the decision part of the order screen. What a screen did
is read back from the database (``casework_data``)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import pytest
from casework_data import (
    ANSWER,
    NOT_NEEDED,
    TODAY,
    decisions_of,
    hearing_letter_sent,
    hearing_not_needed,
    hearings_of,
    issued_decision,
    mismatched_order,
    order_row,
    proposal_awaiting_supervisor,
    returned_proposal,
    status_of,
    version_of,
)
from gui_fakes import GUI_THREAD, Login, session_for
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from screen_steps import NBSP, OpenWindow, OrderWindow, WatchedOrder, open_order, opened_dialog, row_texts, show_screen
from sqlalchemy import Engine, text

from ocpm_desk.features.refusals.api import DraftInput, SubmitBlockerKind
from ocpm_desk.gui import stored_text
from ocpm_desk.gui.help import ShortcutsDialog
from ocpm_desk.gui.i18n import install_translators
from ocpm_desk.gui.main_window import MainWindow
from ocpm_desk.gui.refusals.approvals import ApprovalsScreen
from ocpm_desk.gui.refusals.dialogs import (
    ApproveRefusalDialog,
    HearingAnswerDialog,
    HearingDialog,
    ReturnRefusalDialog,
)
from ocpm_desk.gui.refusals.editor import RefusalEditor
from ocpm_desk.kernel.lifecycle import Status
from ocpm_desk.session import DeskSession

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("today")]

NOT_HEARD = (f"Le requérant n'a pas encore été entendu{NBSP}: envoyez une lettre d'intention, ou indiquez pourquoi ce "
             "n'est pas nécessaire (Ctrl+Maj+L sur la commande).")
ASSIGNEE = "Seul le gestionnaire de la commande ou un responsable peut proposer un refus."


def open_editor(qtbot: QtBot, window: MainWindow, order_id: int, mode: str = "refusal") -> RefusalEditor:
    window.open_refusal_editor(order_id, mode)
    editor = window.refusal_editor
    assert editor is not None
    qtbot.waitUntil(lambda: editor.settled and editor.state_data is not None and editor.previews_shown >= 1)
    return editor


#: The ``editor_window`` fixture: who (a username or a session), the order, the mode → the window, its editor.
EditorWindow = Callable[..., tuple[MainWindow, RefusalEditor]]


@pytest.fixture
def editor_window(qtbot: QtBot, open_window: OpenWindow) -> EditorWindow:
    """``editor_window(who, order_id, mode="refusal")``: a window of ``who`` (as ``open_window`` takes it) showing the
    refusal editor of ``order_id`` (``mode``: "refusal" or "hearing"), its situation and first preview shown."""

    def open_(who: str | DeskSession, order_id: int, mode: str = "refusal") -> tuple[MainWindow, RefusalEditor]:
        window = open_window(who)
        return window, open_editor(qtbot, window, order_id, mode)

    return open_


def labels(widget: object) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]  # type: ignore[attr-defined]


def statuses(engine: Engine, order_id: int) -> list[str]:
    """The statuses of the order's rows of ``decisions``, oldest first."""
    return [d.status for d in decisions_of(engine, order_id)]


# ---- the editor --------------------------------------------------------------------------------------------------


def test_the_editor_pre_ticks_suggested_grounds_and_previews_in_the_background(
    qtbot: QtBot, editor_window: EditorWindow, login: Login, mine: int
) -> None:
    session = login("cdubois")
    loaded, previews = session.watch("refusals.refusal_draft"), session.watch("refusals.preview_refusal")
    _window, editor = editor_window(session, mine)
    draft = editor.draft()
    assert [code for code, _text in draft.grounds] == ["identity_mismatch"]
    assert len(draft.facts) == 3  # the order, its payment, the condition not met
    assert editor.preview.page_count >= 1
    assert previews.threads and GUI_THREAD not in previews.threads
    assert loaded.threads and GUI_THREAD not in loaded.threads

    loads = editor.preview.loads
    editor.set_ground("not_registered", True)
    qtbot.waitUntil(lambda: editor.preview.loads > loads, timeout=3000)  # 120 ms debounce + render
    assert sorted(c for c, _t in previews.args[-1][1].grounds) == ["identity_mismatch", "not_registered"]

    loads = editor.preview.loads
    editor.facts_list.item(0).setText("Le 2 novembre 2026, la commande a été passée en ligne par le requérant.")
    qtbot.waitUntil(lambda: editor.preview.loads > loads, timeout=3000)
    assert previews.args[-1][1].facts[0].endswith("par le requérant.")
    assert GUI_THREAD not in previews.threads
    assert editor.preview.data == previews.results[-1]


def test_the_autosave_follows_a_pause_and_leaving_the_screen(
    qtbot: QtBot, editor_window: EditorWindow, sqlite_engine: Engine, login: Login, mine: int
) -> None:
    version = version_of(sqlite_engine, mine)
    session = login("cdubois")
    saves = session.watch("refusals.save_refusal_draft")
    window, editor = editor_window(session, mine)
    editor._save_timer.setInterval(200)
    editor.free_text.setPlainText("Le requérant a été informé par téléphone.")
    qtbot.waitUntil(lambda: len(saves.results) == 1, timeout=3000)
    assert statuses(sqlite_engine, mine) == ["draft"]
    assert session.refusals.refusal_draft(mine).draft.free_text == "Le requérant a été informé par téléphone."
    qtbot.waitUntil(lambda: editor.autosave_label.text().startswith("Brouillon enregistré à "))
    assert GUI_THREAD not in saves.threads
    # a change, then leaving at once: saved on the way out
    editor._save_timer.setInterval(60_000)
    editor.add_fact()
    editor.facts_list.currentItem().setText("Un fait ajouté.")
    editor.go_back()
    qtbot.waitUntil(lambda: len(saves.results) == 2)
    assert session.refusals.refusal_draft(mine).draft.facts[-1] == "Un fait ajouté."
    assert statuses(sqlite_engine, mine) == ["draft"]  # one draft, updated
    assert version_of(sqlite_engine, mine) == version  # the order itself is untouched
    assert window.current_screen() is window.order_screen


def test_leaving_an_untouched_editor_writes_no_draft(
    qtbot: QtBot, editor_window: EditorWindow, sqlite_engine: Engine, login: Login, mine: int
) -> None:
    window, editor = editor_window(login("cdubois"), mine)
    editor.go_back()
    qtbot.waitUntil(lambda: window.current_screen() is window.order_screen)
    qtbot.wait(100)
    assert decisions_of(sqlite_engine, mine) == []


def test_a_slow_preview_never_blocks_and_stale_results_are_dropped(
    qtbot: QtBot, editor_window: EditorWindow, login: Login, mine: int
) -> None:
    session = login("cdubois")
    _window, editor = editor_window(session, mine)
    renders = session.watch("refusals.preview_refusal", delay_s=0.5)  # a slow renderer from now on
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    for n in range(5):  # typing: each change restarts the debounce, then more changes while a render runs
        editor.free_text.setPlainText(f"Texte {n}")
        qtbot.wait(150)
    qtbot.waitUntil(lambda: not editor.preview_busy and editor._previewed == editor.draft(), timeout=8000)
    timer.stop()
    gaps = [b - a for a, b in pairwise(ticks)]
    assert ticks and max(gaps) < 0.25, "the event loop stalled while the preview rendered"
    assert len(renders.args) < 5  # never one render per keystroke
    assert renders.args[-1][1].free_text == "Texte 4"
    assert editor.previews_dropped >= 1  # a render for a draft that changed meanwhile was not shown
    assert editor.preview.data == renders.results[-1]  # the render of the last text is the one shown


def test_submit_is_disabled_and_explained_while_the_applicant_was_not_heard(
    qtbot: QtBot, editor_window: EditorWindow, sqlite_engine: Engine, login: Login, mine: int
) -> None:
    _window, editor = editor_window(login("cdubois"), mine)
    assert not editor.submit_action.isEnabled()
    assert editor.blockers() == [NOT_HEARD]
    assert editor.blockers_label.text() == f"• {NOT_HEARD}"
    editor.set_ground("identity_mismatch", False)
    assert "Choisissez au moins un motif." in editor.blockers_label.text()
    editor.submit()
    assert status_of(sqlite_engine, mine) is Status.IN_REVIEW and decisions_of(sqlite_engine, mine) == []


def test_each_kind_of_blocker_is_said_in_french_with_what_to_do_grouped_by_kind(
    qtbot: QtBot, editor_window: EditorWindow, sqlite_engine: Engine, login: Login, gui_app: QApplication, mine: int
) -> None:
    hearing_letter_sent(sqlite_engine, "cdubois", mine)  # the order waits on hold for the applicant's answer
    (letter,) = hearings_of(sqlite_engine, mine)
    assert letter.reply_by is not None
    reply_by = f"{letter.reply_by:%d.%m.%Y}"
    session = login("cdubois")
    _window, editor = editor_window(session, mine)
    status_line = (f"La commande a le statut «{NBSP}En attente{NBSP}»{NBSP}: un refus ne peut être soumis que pendant "
                   "l'examen. Revenez à la commande (Échap).")
    answer_line = ("Aucune réponse à la lettre d'intention n'est encore enregistrée (délai pour se déterminer "
                   f"jusqu'au {reply_by}){NBSP}: enregistrez-la sur la commande, ou indiquez qu'aucune n'est "
                   "parvenue (Ctrl+Maj+Y).")
    # the service's reasons about the order and the hearing, in that order
    assert editor.blockers() == [status_line, answer_line]
    assert editor.blockers_label.text() == "\n".join(f"• {line}" for line in editor.blockers())
    assert not editor.submit_action.isEnabled()
    # not its reason about the draft as saved (here, from another window, without facts): the editor holds three
    grounds = editor.draft().grounds
    session.refusals.save_refusal_draft(mine, DraftInput(grounds, ()))
    editor.reload()  # keeps the editor's text
    qtbot.waitUntil(lambda: editor.settled and editor.state_data is not None
                    and SubmitBlockerKind.FACTS in {b.kind for b in editor.state_data.submit_blockers})  # fmt: skip
    assert editor.blockers() == [status_line, answer_line]

    # the draft's reasons come from what the editor holds, after the others: two grounds without text said
    # together, no fact left
    editor.set_ground("not_registered", True)
    for row in range(editor.grounds_list.count()):
        editor.grounds_list.setCurrentRow(row)
        editor.ground_text.setPlainText("   ")
    while editor.facts_list.count():
        editor.facts_list.setCurrentRow(0)
        editor.remove_fact()
    assert editor.blockers()[2:] == [
        f"Les motifs «{NBSP}Données d'identité non concordantes{NBSP}», «{NBSP}Absence de domicile à Genève{NBSP}» "
        f"n'ont pas de texte{NBSP}: rédigez leurs paragraphes ou décochez-les.",
        "Indiquez au moins un fait (Ctrl+Maj+I ajoute une ligne).",
    ]
    editor.set_ground("identity_mismatch", False)
    assert editor.blockers()[2:] == [
        f"Le motif «{NBSP}Absence de domicile à Genève{NBSP}» n'a pas de texte{NBSP}: rédigez son paragraphe ou "
        "décochez-le.", "Indiquez au moins un fait (Ctrl+Maj+I ajoute une ligne)."]
    editor.set_ground("not_registered", False)
    assert editor.blockers()[2:] == ["Choisissez au moins un motif.",
                                     "Indiquez au moins un fait (Ctrl+Maj+I ajoute une ligne)."]
    assert editor.blockers_label.text().endswith("• Indiquez au moins un fait (Ctrl+Maj+I ajoute une ligne).")

    try:  # English: the status inside the sentence in lower case
        install_translators(gui_app, "en")
        assert editor.blockers()[0] == ("The order is on hold: a refusal is submitted only while it is in review. "
                                        "Go back to the order (Esc).")
        assert editor.blockers()[1].startswith(f"No answer to the hearing letter is recorded yet (time to comment "
                                               f"until {reply_by})")
    finally:
        install_translators(gui_app, "fr")
    assert not hasattr(stored_text, "about_the_draft") and not hasattr(stored_text, "about_the_hearing")


def test_a_hearing_letter_needs_no_fact_and_is_not_held_by_the_hearing(
    qtbot: QtBot, editor_window: EditorWindow, sqlite_engine: Engine, login: Login
) -> None:
    theirs = mismatched_order(sqlite_engine, "jmeyer")  # cdubois neither has it nor is a supervisor
    _window, editor = editor_window(login("cdubois"), theirs, "hearing")
    while editor.facts_list.count():
        editor.facts_list.setCurrentRow(0)
        editor.remove_fact()
    assert editor.blockers() == [ASSIGNEE]  # not "the applicant was not heard": that is what the letter does
    editor.set_ground("identity_mismatch", False)
    assert editor.blockers() == [ASSIGNEE, "Choisissez au moins un motif."]
    hearing_not_needed(sqlite_engine, "jmeyer", theirs)
    editor.reload()  # keeps the editor's text
    qtbot.waitUntil(lambda: editor.settled and editor.state_data is not None and editor.state_data.hearing is not None)
    assert editor.blockers() == [ASSIGNEE, "Le requérant a déjà été entendu sur cette commande.",
                                 "Choisissez au moins un motif."]


def test_a_refused_submission_says_each_reason_with_what_to_do(
    qtbot: QtBot, editor_window: EditorWindow, sqlite_engine: Engine, login: Login, mine: int
) -> None:
    hearing_not_needed(sqlite_engine, "cdubois", mine)
    _window, editor = editor_window(login("cdubois"), mine)
    qtbot.waitUntil(editor.submit_action.isEnabled)
    editor.submit()
    dialog = editor.dialog
    assert dialog is not None
    with sqlite_engine.begin() as conn:  # meanwhile the hearing's record is gone: the service refuses
        conn.execute(text("DELETE FROM hearings WHERE order_id = :id"), {"id": mine})
    dialog.confirm()
    qtbot.waitUntil(lambda: not editor.busy and bool(editor.message))
    assert editor.message == (
        f"La démarche n'a pas abouti{NBSP}: le requérant n'a pas encore été entendu{NBSP}: envoyez une lettre "
        "d'intention, ou indiquez pourquoi ce n'est pas nécessaire (Ctrl+Maj+L sur la commande).")
    assert status_of(sqlite_engine, mine) is Status.IN_REVIEW and "proposed" not in statuses(sqlite_engine, mine)


def test_submitting_goes_back_to_the_order_reloaded(
    qtbot: QtBot, open_window: OpenWindow, sqlite_engine: Engine, login: Login, mine: int
) -> None:
    hearing_not_needed(sqlite_engine, "cdubois", mine)
    session = login("cdubois")
    submits = session.watch("refusals.submit_refusal")
    window = open_window(session)
    open_order(qtbot, window, mine)
    editor = open_editor(qtbot, window, mine)
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
    (proposed,) = decisions_of(sqlite_engine, mine)
    assert (proposed.status, proposed.author, proposed.hearing, proposed.hearing_note) == (
        "proposed", "cdubois", "not_needed", NOT_NEEDED)
    assert status_of(sqlite_engine, mine) is Status.REFUSAL_PROPOSED
    assert submits.threads and GUI_THREAD not in submits.threads


def test_a_stale_version_says_who_and_keeps_the_text(
    qtbot: QtBot, editor_window: EditorWindow, sqlite_engine: Engine, login: Login, mine: int
) -> None:
    hearing_not_needed(sqlite_engine, "cdubois", mine)
    window, editor = editor_window(login("cdubois"), mine)
    editor.free_text.setPlainText("Mon texte à garder.")
    qtbot.waitUntil(editor.submit_action.isEnabled)
    session_for(sqlite_engine, "jmeyer").casework.evaluate(mine, version_of(sqlite_engine, mine))  # meanwhile
    editor.submit()
    dialog = editor.dialog
    assert dialog is not None
    dialog.confirm()
    qtbot.waitUntil(lambda: not editor.busy and "jmeyer" in editor.message)
    qtbot.waitUntil(lambda: editor.settled)
    assert editor.free_text.toPlainText() == "Mon texte à garder."
    assert editor.state_data is not None and editor.state_data.order_version == version_of(sqlite_engine, mine)
    assert window.current_screen() is editor
    assert status_of(sqlite_engine, mine) is Status.IN_REVIEW and "proposed" not in statuses(sqlite_engine, mine)


def test_the_editor_flags_a_decision_addressed_abroad_and_a_returned_proposal(
    qtbot: QtBot, editor_window: EditorWindow, sqlite_engine: Engine, login: Login
) -> None:
    returned, _decision = returned_proposal(sqlite_engine, comment="Précisez les faits.")
    with sqlite_engine.begin() as conn:
        conn.execute(text("UPDATE orders SET addr_country = 'FR', addr_swiss_zip_code = NULL, "
                          "addr_foreign_zip_code = '75011', addr_town = 'Paris' WHERE id = :i"), {"i": returned})
    _window, editor = editor_window(login("cdubois"), returned)
    shown = labels(editor)
    assert any("Décision adressée à l'étranger" in t for t in shown)
    assert any("Précisez les faits." in t for t in shown)


# ---- the hearing -------------------------------------------------------------------------------------------------


def test_hearing_not_needed_needs_a_reason(
    qtbot: QtBot, order_window: OrderWindow, sqlite_engine: Engine, login: Login, mine: int
) -> None:
    _window, screen = order_window(login("cdubois"), mine)
    assert screen.hearing_action.isEnabled()
    dialog = opened_dialog(screen, screen.hearing_action, HearingDialog)
    dialog.not_needed_radio.setChecked(True)
    dialog.confirm()
    assert dialog.message_label.text() == "Indiquez pourquoi l'audition du requérant n'est pas nécessaire."
    assert hearings_of(sqlite_engine, mine) == []
    dialog.reason_edit.setPlainText("Les faits ressortent du registre.")
    dialog.confirm()
    qtbot.waitUntil(lambda: not screen.busy and screen.detail is not None and screen.detail.hearing is not None)
    (hearing,) = hearings_of(sqlite_engine, mine)
    assert (hearing.mode, hearing.reason, hearing.recorded_by) == ("not_needed", "Les faits ressortent du registre.",
                                                                   "cdubois")
    assert any("Audition non nécessaire" in t for t in labels(screen))


def test_hearing_letter_opens_the_editor_in_hearing_mode_and_sends_it(
    qtbot: QtBot, watched_order: WatchedOrder, sqlite_engine: Engine, mine: int
) -> None:
    window, screen, (letters, refusals) = watched_order("cdubois", mine, "refusals.preview_hearing_letter",
                                                        "refusals.preview_refusal")
    dialog = opened_dialog(screen, screen.hearing_action, HearingDialog)
    dialog.confirm()  # "send a hearing letter" is the default choice
    editor = window.refusal_editor
    assert editor is not None
    qtbot.waitUntil(lambda: editor.settled and editor.previews_shown >= 1)
    assert editor.mode == "hearing"
    assert letters.threads and not refusals.threads
    qtbot.waitUntil(editor.submit_action.isEnabled)
    editor.submit()
    assert editor.dialog is not None
    editor.dialog.confirm()
    qtbot.waitUntil(lambda: window.current_screen() is screen and screen.settled and screen.detail is not None
                    and screen.detail.status is Status.ON_HOLD)  # fmt: skip
    (hearing,) = hearings_of(sqlite_engine, mine)
    assert (hearing.mode, hearing.sent_on, hearing.answer) == ("letter", TODAY, None)
    assert status_of(sqlite_engine, mine) is Status.ON_HOLD
    assert screen.hearing_answer_action.isEnabled()


def test_the_answer_to_a_hearing_letter_or_none(
    qtbot: QtBot, order_window: OrderWindow, sqlite_engine: Engine, login: Login, mine: int
) -> None:
    hearing_letter_sent(sqlite_engine, "cdubois", mine)
    _window, screen = order_window(login("cdubois"), mine)
    dialog = opened_dialog(screen, screen.hearing_answer_action, HearingAnswerDialog)
    dialog.confirm()
    assert "observations du requérant" in dialog.message_label.text()
    assert hearings_of(sqlite_engine, mine)[0].answer is None
    dialog.answer_edit.setPlainText(ANSWER)
    dialog.confirm()
    qtbot.waitUntil(lambda: not screen.busy and screen.detail is not None and screen.detail.status is Status.IN_REVIEW)
    (hearing,) = hearings_of(sqlite_engine, mine)
    assert (hearing.answer, hearing.answered_on) == (ANSWER, TODAY)
    assert status_of(sqlite_engine, mine) is Status.IN_REVIEW


# ---- approvals -------------------------------------------------------------------------------------------------


def open_approvals(qtbot: QtBot, window: MainWindow) -> ApprovalsScreen:
    """« Décisions à approuver », its first proposal shown (if any)."""
    return show_screen(qtbot, window, "approvals", ApprovalsScreen, lambda s: not s.rows or s.view is not None)


def test_an_own_proposal_is_listed_but_cannot_be_decided(
    qtbot: QtBot, open_window: OpenWindow, sqlite_engine: Engine, login: Login
) -> None:
    proposal_awaiting_supervisor(sqlite_engine, "jmeyer")  # a caseworker and supervisor
    window = open_window(login("jmeyer"))
    screen = open_approvals(qtbot, window)
    assert screen.view is not None and screen.view.row.own
    assert not screen.approve_action.isEnabled() and not screen.return_action.isEnabled()
    assert screen.own_label.isVisible()
    assert "quatre yeux" in screen.action_buttons["approveRefusal"].toolTip()
    assert "votre proposition" in row_texts(screen.table, 0)[2]


def test_approving_quotes_the_hash_shown(
    qtbot: QtBot, open_window: OpenWindow, sqlite_engine: Engine, login: Login
) -> None:
    order_id, decision_id = proposal_awaiting_supervisor(sqlite_engine, "cdubois")
    session = login("mrochat")
    approvals = session.watch("refusals.approve_refusal")
    window = open_window(session)
    item = window.navigation.item(window.screen_keys().index("approvals"))
    qtbot.waitUntil(lambda: item.text() == "Décisions à approuver (1)")
    screen = open_approvals(qtbot, window)
    assert screen.view is not None
    qtbot.waitUntil(lambda: screen.preview.loads >= 1)
    shown = screen.summary_labels["hash"].text().replace(" ", "")  # shown in groups of 16 so that it wraps
    assert shown == decisions_of(sqlite_engine, order_id)[-1].content_sha256
    dialog = opened_dialog(screen, screen.approve_action, ApproveRefusalDialog)
    assert dialog.hash_label.text() == shown
    dialog.confirm()
    qtbot.waitUntil(lambda: "Décision n° D-2026-" in screen.message)
    assert approvals.args == [(decision_id, shown)]
    assert approvals.threads and GUI_THREAD not in approvals.threads
    issued = decisions_of(sqlite_engine, order_id)[-1]
    assert (issued.status, issued.approver) == ("issued", "mrochat")
    assert issued.number is not None and f"Décision n° {issued.number}" in screen.message
    assert status_of(sqlite_engine, order_id) is Status.REFUSED
    qtbot.waitUntil(lambda: screen.settled and not screen.rows)
    qtbot.waitUntil(lambda: item.text() == "Décisions à approuver")


def test_returning_needs_a_comment(qtbot: QtBot, open_window: OpenWindow, sqlite_engine: Engine, login: Login) -> None:
    order_id, decision_id = proposal_awaiting_supervisor(sqlite_engine, "cdubois", hearing="letter")
    window = open_window(login("mrochat"))
    screen = open_approvals(qtbot, window)
    assert any("lettre envoyée" in text for text in row_texts(screen.table, 0))
    dialog = opened_dialog(screen, screen.return_action, ReturnRefusalDialog)
    dialog.confirm()
    assert dialog.message_label.text().startswith("Écrivez un commentaire")
    assert statuses(sqlite_engine, order_id) == ["proposed"]
    dialog.comment_edit.setPlainText("Le motif ne correspond pas aux faits.")
    dialog.confirm()
    qtbot.waitUntil(lambda: screen.settled and not screen.rows)
    (returned,) = decisions_of(sqlite_engine, order_id)
    assert (returned.id, returned.status, returned.return_comment) == (
        decision_id, "returned", "Le motif ne correspond pas aux faits.")
    assert returned.decided_at is not None
    row = order_row(sqlite_engine, order_id)
    assert (row.status, row.assigned_to) == ("in_review", "cdubois")  # back with its author


def test_decide_the_refusal_from_the_order_opens_the_approvals_on_it(
    qtbot: QtBot, open_window: OpenWindow, sqlite_engine: Engine, login: Login
) -> None:
    proposal_awaiting_supervisor(sqlite_engine, "cdubois")
    order_id, decision_id = proposal_awaiting_supervisor(sqlite_engine, "cdubois")
    window = open_window(login("mrochat"))
    order = open_order(qtbot, window, order_id)
    assert order.decide_refusal_action.isEnabled()
    order.decide_refusal_action.trigger()
    screen = window.screen_by_key("approvals")
    assert isinstance(screen, ApprovalsScreen)
    qtbot.waitUntil(lambda: window.current_screen() is screen and screen.view is not None
                    and screen.view.row.decision_id == decision_id)  # fmt: skip


# ---- the order screen ------------------------------------------------------------------------------------------


def test_the_order_shows_its_decision_versions_and_the_return_comment(
    qtbot: QtBot, watched_order: WatchedOrder, sqlite_engine: Engine, tmp_path: Path
) -> None:
    order_id, first = returned_proposal(sqlite_engine, comment="Ajoutez la date du courrier.")
    _order, second = issued_decision(sqlite_engine, order_id=order_id)  # proposed again, then approved
    issued = decisions_of(sqlite_engine, order_id)[-1]
    assert (issued.id, issued.status) == (second, "issued") and issued.number is not None
    _window, screen, (fetched,) = watched_order("cdubois", order_id, "refusals.decision_pdf")
    page = screen.page
    assert set(page.decision_cards) == {first, second}  # type: ignore[attr-defined]
    shown = labels(screen)
    assert any("Ajoutez la date du courrier." in t for t in shown)
    assert issued.content_sha256 in shown
    assert any(t.startswith(f"Version 2 — Émise (signée) — décision n° {issued.number}") for t in shown)
    # the copy goes to a file
    assert screen.print_copy_action.isEnabled()
    target = tmp_path / "copie.pdf"
    screen.ask_save_path = lambda suggested: str(target)  # type: ignore[method-assign]
    screen.print_copy_action.trigger()
    qtbot.waitUntil(lambda: target.exists())
    copy = target.read_bytes()
    assert copy.startswith(b"%PDF") and b"OCPMMarkCopy" in copy  # the diagonal COPIE mark
    assert (fetched.args[-1], fetched.kwargs[-1]) == ((second,), {"copy": True})
    screen.open_decision_action.trigger()
    qtbot.waitUntil(lambda: getattr(screen, "pdf_dialog", None) is not None and screen.pdf_dialog.preview.loads >= 1)
    assert screen.pdf_dialog.preview.data == issued.pdf  # the archived original
    screen.pdf_dialog.close()
    assert GUI_THREAD not in fetched.threads


def test_every_refusal_action_has_a_shortcut_and_an_accessible_name(
    qtbot: QtBot, open_window: OpenWindow, sqlite_engine: Engine, login: Login
) -> None:
    theirs = mismatched_order(sqlite_engine, "jmeyer")
    window = open_window(login("jmeyer"))  # caseworker and supervisor
    screen = open_order(qtbot, window, theirs)
    names = ("hearing", "hearingAnswer", "proposeRefusal", "decideRefusal", "openDecision", "printCopy")
    order_actions = {a.objectName(): a for a in screen.screen_actions()}
    for name in names:
        assert not order_actions[name].shortcut().isEmpty(), name
    dialog = ShortcutsDialog(window.shortcut_actions(), window)
    listed = dict(dialog.shortcuts())
    assert listed["Droit d'être entendu"] == "Ctrl+Maj+L"
    assert listed["Proposer un refus"] == "Ctrl+Maj+X"
    dialog.close()
    editor = open_editor(qtbot, window, theirs)
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
