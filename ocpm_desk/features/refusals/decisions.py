"""Refusal decisions (DESIGN §3, §6, §7): grounds, the right to be heard, drafts, four-eyes approval, the archive.

* **Grounds** come from the catalogue (``refusal_grounds``) in force on the day of payment (G3); each paragraph's
  placeholders are filled from the order; the editor pre-ticks the grounds whose condition is not met.
* **Right to be heard** (LPA art. 41), before a refusal is proposed: a hearing letter (``documents`` kind
  ``hearing_letter``; the order waits ``on_hold`` until the working day after the time to comment) whose answer —
  or its absence — is then recorded, or the recorded reason why hearing is not needed (``hearings``).
* **Drafts** are ``decisions`` rows with status ``draft``, autosaved by their author; **submitting** freezes the
  content (``proposed``) and moves the order to ``refusal_proposed``.
* **Four-eyes**: a supervisor other than the author approves — only the exact content they read (its SHA-256 is
  quoted back) — which numbers the decision, renders the final PDF with their name and date and stores it with its
  hash (``issued``; the order is ``refused``); or returns it with a mandatory comment (back to the author).
* **Archive**: the issued PDF is the original; it is handed out only after its hash is checked (exported, against
  the hash sealed in the audit event of its issue too: ``services/archive.py``, which also proves the archive by
  rendering it again); a copy for any other purpose is rendered again from the approved content, marked COPIE, and
  not stored.

Every change writes its history row and its audit event in its own transaction; a stale order version is refused.

This module gathers the use cases under one name (the session and the demo call ``decisions.<use case>``); each
lives in the module named after its work:

* ``drafting`` — the editor: ``refusal_draft``, ``save_refusal_draft``, ``preview_refusal``, ``submit_refusal``;
* ``hearing`` — ``preview_hearing_letter``, ``send_hearing_letter``, ``record_hearing_not_needed``,
  ``record_hearing_answer``;
* ``approval`` — four eyes: ``refusal_proposals``, ``proposal``, ``approve_refusal``, ``return_refusal``;
* ``originals`` — the archived decision handed out: ``decision_pdf``, ``export_decision``;
* ``letter_body`` (what the letter says) and ``common`` (limits, who may work the case, the draft row, the
  renderer) — what they share.
"""

from __future__ import annotations

from ocpm_desk.features.refusals.api import IssuedDecision as IssuedDecision
from ocpm_desk.features.refusals.approval import approve_refusal as approve_refusal
from ocpm_desk.features.refusals.approval import proposal as proposal
from ocpm_desk.features.refusals.approval import refusal_proposals as refusal_proposals
from ocpm_desk.features.refusals.approval import return_refusal as return_refusal
from ocpm_desk.features.refusals.common import CASEWORKER_TITLE as CASEWORKER_TITLE
from ocpm_desk.features.refusals.common import MIN_COMMENT as MIN_COMMENT
from ocpm_desk.features.refusals.common import SIGNATORY_TITLE as SIGNATORY_TITLE
from ocpm_desk.features.refusals.common import DecisionIntegrityError as DecisionIntegrityError
from ocpm_desk.features.refusals.drafting import preview_refusal as preview_refusal
from ocpm_desk.features.refusals.drafting import refusal_draft as refusal_draft
from ocpm_desk.features.refusals.drafting import save_refusal_draft as save_refusal_draft
from ocpm_desk.features.refusals.drafting import submit_refusal as submit_refusal
from ocpm_desk.features.refusals.hearing import preview_hearing_letter as preview_hearing_letter
from ocpm_desk.features.refusals.hearing import record_hearing_answer as record_hearing_answer
from ocpm_desk.features.refusals.hearing import record_hearing_not_needed as record_hearing_not_needed
from ocpm_desk.features.refusals.hearing import send_hearing_letter as send_hearing_letter
from ocpm_desk.features.refusals.letter_body import MAX_FACTS as MAX_FACTS
from ocpm_desk.features.refusals.letter_body import MAX_GROUNDS as MAX_GROUNDS
from ocpm_desk.features.refusals.letter_body import MAX_TEXT as MAX_TEXT
from ocpm_desk.features.refusals.originals import decision_pdf as decision_pdf
from ocpm_desk.features.refusals.originals import export_decision as export_decision
