"""The look of the application: Fusion style on every platform, a light palette and a few named styles."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#1f4e79"  # the blue of the selection and headings
TEXT = "#1d2329"
MUTED = "#5b6570"
BORDER = "#d5dae0"
SURFACE = "#f5f6f8"
ERROR = "#b3261e"

STYLE_SHEET = f"""
QMainWindow, QDialog {{ background: #ffffff; }}

QListWidget#navigation {{
    background: {SURFACE};
    border: none;
    border-right: 1px solid {BORDER};
    padding-top: 10px;
    outline: 0;
}}
QListWidget#navigation::item {{
    padding-left: 14px;
    border-left: 3px solid transparent;
    color: {TEXT};
}}
QListWidget#navigation::item:hover {{ background: #e9ecf0; }}
QListWidget#navigation::item:selected {{
    background: #e2eaf3;
    border-left: 3px solid {ACCENT};
    color: {ACCENT};
    font-weight: 600;
}}

QLabel#screenTitle {{ font-size: 17pt; font-weight: 600; color: {TEXT}; }}
QLabel#screenDetails {{ color: {MUTED}; }}
QLabel#sectionHeading {{ font-size: 11pt; font-weight: 600; color: {ACCENT}; margin: 0px; padding: 4px 0px 0px 0px; }}
QLabel#sectionNote {{ color: {MUTED}; }}
QLabel#stageLabel {{ color: {MUTED}; padding-right: 8px; }}

QFrame#countCard {{
    background: #ffffff;
    border: 1px solid {BORDER};
    border-radius: 6px;
}}
QFrame#countCard[accent="green"], QFrame#countCard[accent="orange"], QFrame#countCard[accent="red"] {{
    border-top-left-radius: 0px;
    border-bottom-left-radius: 0px;
}}
QFrame#countCard[accent="green"] {{ border-left: 5px solid #2e7d32; }}
QFrame#countCard[accent="orange"] {{ border-left: 5px solid #e07b00; }}
QFrame#countCard[accent="red"] {{ border-left: 5px solid #c62828; }}
QLabel#cardCount {{ font-size: 20pt; font-weight: 600; color: {TEXT}; }}
QLabel#cardLabel {{ color: {TEXT}; }}
QLabel#cardDetail {{ color: {MUTED}; font-size: 9pt; }}

QLabel#stateTitle {{ font-size: 14pt; font-weight: 600; color: {TEXT}; }}
QLabel#stateTitle[kind="error"] {{ color: {ERROR}; }}
QLabel#stateTitle[kind="info"] {{ color: {MUTED}; font-weight: normal; }}
QLabel#stateMessage {{ color: {TEXT}; }}

QTableView {{
    border: 1px solid {BORDER};
    gridline-color: {BORDER};
    alternate-background-color: #f7f9fb;
    selection-background-color: #cfe0f1;
    selection-color: {TEXT};
}}
QTableView::item {{ padding: 0px 6px; }}
QHeaderView::section {{
    background: {SURFACE};
    border: none;
    border-bottom: 1px solid {BORDER};
    padding: 6px 6px;
    font-weight: 600;
    color: {TEXT};
}}

QStatusBar {{ background: {SURFACE}; border-top: 1px solid {BORDER}; color: {TEXT}; }}
QStatusBar QLabel {{ padding: 2px 6px; }}
QStatusBar::item {{ border: none; }}
QFrame#statusSeparator {{ color: {BORDER}; }}
QLabel#statusUser {{ font-weight: 600; }}
QLabel#statusConnection[state="connected"] {{ color: #2e7d32; }}
QLabel#statusConnection[state="lost"] {{ color: {ERROR}; font-weight: 600; }}
QLabel#statusConnection[state="unknown"] {{ color: {MUTED}; }}

QDialog#LoginDialog QLabel#titleLabel {{ font-size: 20pt; font-weight: 600; color: {ACCENT}; }}
QDialog#LoginDialog QLabel#subtitleLabel {{ color: {MUTED}; }}
QDialog#LoginDialog QLabel#locationLabel {{ color: {MUTED}; font-size: 9pt; }}
QDialog#LoginDialog QLabel#errorLabel[kind="error"] {{
    color: {ERROR};
    background: #fdecea;
    border: 1px solid #f3c1bc;
    border-radius: 4px;
}}
QDialog#LoginDialog QLabel#errorLabel[kind="info"] {{ color: {MUTED}; }}
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f9fb"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    app.setPalette(palette)
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
