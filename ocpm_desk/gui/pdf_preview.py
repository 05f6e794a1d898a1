"""A PDF shown from bytes (QtPdf): the live preview of the refusal editor, the approvals screen, an archived decision.

``PdfPreview.show_pdf(data)`` loads the bytes through a ``QBuffer`` that lives as long as the document uses it; the
view renders the pages itself, asynchronously (DESIGN §11), so the window never waits for it. ``loaded`` is emitted
(and ``loads`` counted) each time a document is ready on screen: tests wait on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ocpm_desk.gui.widgets import named, spaced

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument


class PdfPreview(QWidget):
    """A page-by-page view of a PDF given as bytes, with a message in place of the pages when there is none."""

    loaded = Signal()  # a new document is on screen
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, empty_text: str = "") -> None:
        super().__init__(parent)
        # QtPdf (the PDF engine) loads with the first preview made, not with the screens that may make one.
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.setObjectName("pdfPreview")
        self._ready, self._error = QPdfDocument.Status.Ready, QPdfDocument.Status.Error
        self.document = QPdfDocument(self)
        self.view = named(QPdfView(self), "pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Fitting the width with a scroll bar that comes and goes makes the view lay itself out forever (the bar
        # narrows the page, the page then fits, the bar goes, the page widens…): the bar stays.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setAccessibleName(self.tr("Preview of the letter"))
        self.view.setStyleSheet("QPdfView { background: #8a9199; }")
        self.message_label = named(QLabel(empty_text or self.tr("No document to show."), self), "pdfMessage")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self.message_label)
        self._pages.addWidget(self.view)
        column = spaced(QVBoxLayout(self))
        column.addWidget(self._pages)
        self._buffer: QBuffer | None = None
        self._data = b""
        self.loads = 0
        self.document.statusChanged.connect(self._status_changed)

    @property
    def data(self) -> bytes:
        """The bytes of the document shown (empty when none)."""
        return self._data

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    @property
    def showing_document(self) -> bool:
        return self._pages.currentWidget() is self.view

    def show_pdf(self, data: bytes) -> None:
        """Show ``data`` (a whole PDF file); the previous document goes."""
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        old, self._buffer = self._buffer, buffer  # the document reads from the buffer: it lives as long as it
        self._data = data
        self.document.load(buffer)
        if old is not None:
            old.close()
            old.deleteLater()

    def show_message(self, text: str) -> None:
        """A message in place of the pages (the document is kept, hidden)."""
        self.message_label.setText(text)
        self._pages.setCurrentWidget(self.message_label)

    def clear(self, text: str = "") -> None:
        self.document.close()
        self._data = b""
        self.show_message(text or self.tr("No document to show."))

    def _status_changed(self, status: QPdfDocument.Status) -> None:
        if status == self._ready:
            self._pages.setCurrentWidget(self.view)
            self.loads += 1
            self.loaded.emit()
        elif status == self._error:
            text = self.tr("The document could not be shown.")
            self.show_message(text)
            self.failed.emit(text)


class PdfDialog(QDialog):
    """A PDF in a window of its own (an archived decision), closed with Escape."""

    def __init__(self, title: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfDialog")
        self.setWindowTitle(title)
        self.resize(760, 900)
        self.preview = PdfPreview(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.preview, 1)
        column.addWidget(buttons)
        self.preview.show_pdf(data)
