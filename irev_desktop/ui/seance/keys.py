"""Window-wide keys of séance mode, whatever widget of the window has the focus.

An application event filter sees a key before the focused editor does, so Ctrl+PgDown
moves to the next item even while the notes editor has the keyboard.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget


class WindowKeys(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._bindings: dict[str, Callable[[], bool | None]] = {}
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def bind(self, keys: str, action: Callable[[], bool | None]) -> None:
        """``action`` runs on the key; if it returns False the key goes on to the
        focused widget as if unbound (Ctrl+Z left to the editor's own undo)."""
        self._bindings[normalised(QKeySequence(keys))] = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False
        if event.isAutoRepeat() and event.key() in (Qt.Key.Key_F9,):
            return True
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        pressed = QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))
        action = self._bindings.get(normalised(pressed))
        if action is None:
            return False
        return action() is not False

    def remove(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def normalised(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)
