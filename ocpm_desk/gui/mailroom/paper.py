"""Paper without a print system: a PDF rasterised page by page with QtPdf onto a printer chosen in Qt's print dialog.

The print queue falls back on it when CUPS does not answer (``printers()`` empty, e.g. on Windows), and the day's
deposit list prints through it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


def print_pdf_with_qt(data: bytes, printer: QPrinter) -> int:
    """Print the PDF ``data`` on ``printer`` by rasterising each page (QtPdf); returns the number of pages printed.

    On the GUI thread (QPainter on a printer). ``QPdfDocument.render()`` gives a transparent image: each page is
    painted on white (DESIGN §11). Raises ``OSError`` when the document cannot be read or the printer not opened.
    """
    from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions  # loaded with the first fallback print

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise OSError("the document to print could not be read")
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        dpi = max(72, min(printer.resolution(), 300))
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72)))
            rendered = document.render(index, size, QPdfDocumentRenderOptions())
            page = QImage(size, QImage.Format.Format_RGB32)
            page.fill(QColor("white"))
            on_white = QPainter(page)
            on_white.drawImage(0, 0, rendered)
            on_white.end()
            target = painter.viewport()
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), page)
        return document.pageCount()
    finally:
        painter.end()
        document.close()
        buffer.close()


def choose_qt_printer(parent: QWidget) -> QPrinter | None:
    """Qt's print dialog: the printer to rasterise onto, or None when the user cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # loaded with the first print dialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PrintQueueScreen", "Print"))
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

