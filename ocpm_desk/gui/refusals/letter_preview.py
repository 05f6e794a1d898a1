"""The letter beside the refusal editor's form, rendered live: ``schedule()`` after each change renders the draft
~120 ms after the last one, in the background. One render at a time: a change meanwhile has the latest draft
rendered next, and a result for a draft that changed meanwhile is dropped (``previews_dropped``). The same draft is
not rendered twice. The editor never waits for it.

The texts keep the editor's translation context ("RefusalEditor").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from ocpm_desk.features.refusals.api import DraftInput
from ocpm_desk.gui.background import BackgroundTask, run_in_background
from ocpm_desk.gui.failures import describe_failure
from ocpm_desk.gui.pdf_preview import PdfPreview

PREVIEW_DELAY_MS = 120

#: The draft on screen now, or None while there is nothing to preview (no order loaded).
CurrentDraft = Callable[[], DraftInput | None]
#: A job for a worker that renders a draft as the letter it would be (a PDF).
Render = Callable[[DraftInput], Callable[[], bytes]]


class LetterPreview(PdfPreview):
    def __init__(self, parent: QWidget, current: CurrentDraft, render: Render, *, delay_ms: int = PREVIEW_DELAY_MS,
                 empty_text: str = "") -> None:  # fmt: skip
        super().__init__(parent, empty_text=empty_text)
        self._current = current
        self._render = render
        self.previewed: DraftInput | None = None  # the draft the letter shows (or could not be rendered)
        self._task: BackgroundTask | None = None
        self._pending = False
        self.previews_shown = 0
        self.previews_dropped = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.request)

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done

    def schedule(self) -> None:
        """Something changed: render once the user pauses."""
        self._timer.start()

    def reset(self, text: str) -> None:
        """Another order (or mode): nothing shown, nothing rendered yet."""
        self._timer.stop()
        self.previewed = None
        self._pending = False
        self.clear(text)

    def forget(self) -> None:
        """The draft was filled anew: render it even if it equals the last one shown."""
        self.previewed = None

    def request(self) -> None:
        """Render the draft as it stands, unless a render is on its way (then the latest draft goes next)."""
        draft = self._current()
        if draft is None:
            return
        if self.busy:
            self._pending = True
            return
        if draft == self.previewed:
            return
        job = self._render(draft)
        self._pending = False
        self._task = run_in_background(self, job, lambda data: self._rendered(draft, data),
                                       lambda exc: self._failed(draft, exc))  # fmt: skip

    def _rendered(self, draft: DraftInput, data: bytes) -> None:
        self._task = None
        if draft == self._current():
            self.previewed = draft
            self.show_pdf(data)
            self.previews_shown += 1
        else:
            self.previews_dropped += 1  # the draft changed while it was rendered: only the latest matters
        self._next()

    def _failed(self, draft: DraftInput, exc: BaseException) -> None:
        self._task = None
        if draft == self._current():
            self.previewed = draft  # not again for the same draft: the next change tries again
            self.show_message(QCoreApplication.translate("RefusalEditor", "No preview: {reason}").format(
                reason=describe_failure(exc)))
        self._next()

    def _next(self) -> None:
        if self._pending or self._current() != self.previewed:
            self._pending = False
            if not self._timer.isActive():
                self.request()
