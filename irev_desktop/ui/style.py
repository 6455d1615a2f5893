"""The look of the window: sober, readable, close to a French administration's documents."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QWidget

STYLE_SHEET_BASE = """
QLabel#pageTitle { font-size: 17pt; font-weight: 600; color: #1d3557; padding: 4px 0; }
QLabel#welcomeTitle { font-size: 22pt; font-weight: 600; color: #1d3557; }
QLabel#statusBadge {
    border-radius: 10px; padding: 3px 10px; background: #e9ecef; color: #343a40;
    font-weight: 600;
}
QLabel#statusBadge[status="minutes_signed"] { background: #d8f3dc; color: #1b4332; }
QLabel#statusBadge[status="minutes_draft"] { background: #fff3bf; color: #5c3c00; }
QLabel#statusBadge[status="minutes_adopted"] { background: #d0ebff; color: #0b3c66; }
QLabel#frozenBanner {
    background: #e7f5ff; border: 1px solid #74c0fc; border-radius: 4px; padding: 6px;
}
QLabel#frozenBanner[tampered="true"] { background: #ffe3e3; border-color: #c92a2a; }
QLabel#quorumBanner {
    border-radius: 4px; padding: 8px; font-weight: 600;
    background: #ffe3e3; color: #8a1c1c; border: 1px solid #ffa8a8;
}
QLabel#quorumBanner[reached="true"] {
    background: #d8f3dc; color: #1b4332; border: 1px solid #95d5b2;
}
QLabel#notesTitle { font-size: 12pt; font-weight: 600; }
QListWidget#navigation {
    font-size: 11pt; border: none; background: #1d3557; color: #f1faee; padding-top: 8px;
}
QListWidget#navigation::item { padding: 10px 14px; }
QListWidget#navigation::item:selected { background: #457b9d; color: white; }
QListWidget#navigation:disabled { color: #8aa0b8; }
QPlainTextEdit#notesEditor { font-size: 11pt; }
"""

SEANCE_STYLE = """
QLabel#seanceTitle { font-size: 14pt; font-weight: 600; color: #1d3557; }
QLabel#sessionClock { font-size: 13pt; font-family: monospace; padding: 0 8px; }
QLabel#seanceItemTitle { font-size: 15pt; font-weight: 600; }
QLabel#itemClock {
    font-size: 13pt; font-family: monospace; padding: 2px 8px; border-radius: 4px;
    background: #e9ecef;
}
QLabel#itemClock[late="true"] { background: #c92a2a; color: white; font-weight: 600; }
QPlainTextEdit#seanceEditor { font-size: 13pt; }
QLabel#shortcutHelp { color: #495057; font-size: 9pt; }
QLabel#voteTotals { font-size: 11pt; font-weight: 600; }
QLabel#saveState { color: #495057; }
QLabel#saveState[failed="true"] {
    background: #c92a2a; color: white; font-weight: 600; padding: 6px; border-radius: 4px;
}
QLabel#seanceMessage { color: #1d3557; }
QLabel#seanceMessage[error="true"] { color: #a61e1e; font-weight: 600; }
QLabel#serverLine[error="true"] {
    color: #a61e1e; font-weight: 600; background: #fdecea; padding: 3px 6px;
}
"""
STYLE_SHEET = STYLE_SHEET_BASE + SEANCE_STYLE


def show_state(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic property the style sheet selects on (``[failed="true"]``) and let
    the style see it: Qt reads such properties only when the widget is polished again."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def form_error_label(object_name: str) -> QLabel:
    """The line where a form says, in red, why its values were refused (hidden until)."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020; font-weight: bold;")
    label.hide()
    return label
