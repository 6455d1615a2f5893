"""Keys sent where a real keyboard sends them.

A keyboard delivers a key to the open popup (a completer's list, a menu) if there is one,
else to the focused widget; never to the widget a test happens to hold. Every séance test
types through :class:`Keyboard`, so a key that a popup would swallow, or that would crash
the program from inside a popup, does the same here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


class NoTarget(AssertionError):
    """No popup and no focused widget: a real key would go nowhere."""


class Keyboard:
    def __init__(self) -> None:
        self.count = 0  # keys pressed, as a person would count them

    @staticmethod
    def target() -> QWidget:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            return popup
        focused = QApplication.focusWidget()
        if focused is None:
            raise NoTarget("Aucun widget n'a le focus : la touche n'irait nulle part.")
        return focused

    def press(
        self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER, *, count: int = 1
    ) -> None:
        """One key (with its modifiers), ``count`` times, then let queued work run."""
        for _ in range(count):
            QTest.keyClick(self.target(), key, modifiers)
            self.count += 1
            self.settle()

    def type(self, text: str) -> None:
        """Each character as its own key press, to whatever has the focus at that moment."""
        for char in text:
            if char.isascii():
                QTest.keyClicks(self.target(), char)
            else:
                # QTest has no key code for « é »: send what a French keyboard sends, a
                # key event carrying the character.
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    event = QKeyEvent(kind, 0, NO_MODIFIER, char)
                    QApplication.sendEvent(self.target(), event)
            self.count += 1
            self.settle()

    def ctrl(self, key: Qt.Key) -> None:
        self.press(key, Qt.KeyboardModifier.ControlModifier)

    def enter(self) -> None:
        self.press(Qt.Key.Key_Return)

    @staticmethod
    def settle() -> None:
        # Twice: a zero-delay timer posted while the first batch runs still fires here.
        QApplication.processEvents()
        QApplication.processEvents()


def show_with_focus(qtbot: QtBot, window: QWidget, focus: QWidget) -> None:
    """Show ``window`` as the active window with the keyboard on ``focus``, as a person
    finds it after clicking into it."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    focus.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is focus)
