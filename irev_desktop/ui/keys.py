"""Keys bound to one widget, handled when it has the focus.

An event filter rather than QShortcut: it answers the key exactly when the widget has
the keyboard focus, whatever window is active, and needs no shortcut map.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

KeyChord = tuple[Qt.Key, Qt.KeyboardModifier]


class KeyBindings(QObject):
    def __init__(self, widget: QWidget, bindings: dict[KeyChord, Callable[[], None]]) -> None:
        super().__init__(widget)
        self._bindings = bindings
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            action = self._bindings.get((Qt.Key(event.key()), Qt.KeyboardModifier(modifiers.value)))
            if action is not None:
                action()
                return True
        return False


NO_MOD = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
