"""The notes editor of séance mode: plain text, French typography as you type,
names completed after "@", the time inserted in one key."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QPlainTextEdit, QWidget

from irev_desktop.domain.french import NBSP, NNBSP
from irev_desktop.domain.text import sanitise

# Before these marks French puts a narrow no-break space (a no-break space before ":").
SPACED_MARKS = {";": NNBSP, "!": NNBSP, "?": NNBSP, ":": NBSP, "»": NBSP}
PARAGRAPH_SEPARATOR = "\u2029"


class NotesEditor(QPlainTextEdit):
    """Signals: checkpoint() — the user left the editor (save now, keep a revision)."""

    checkpoint = Signal()

    def __init__(self, now_text: Callable[[], str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._now_text = now_text or (lambda: "")
        self._names = QStringListModel(self)
        self.completer = QCompleter(self._names, self)
        self.completer.setWidget(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.activated.connect(self._complete)

    def popup(self) -> QAbstractItemView:
        view = self.completer.popup()
        assert view is not None  # a QCompleter always has its popup
        return view

    # Content ---------------------------------------------------------------------------
    def text(self) -> str:
        """The notes as typed, no-break spaces included (toPlainText would drop them)."""
        return self.document().toRawText().replace(PARAGRAPH_SEPARATOR, "\n")

    def set_names(self, names: list[str]) -> None:
        self._names.setStringList(names)

    def insert_time(self) -> None:
        self.insertPlainText(self._now_text())

    # Typing ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.popup()
        if popup.isVisible() and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Tab,
            Qt.Key.Key_Escape,
        ):
            if event.key() == Qt.Key.Key_Escape:
                popup.hide()
                return
            index = popup.currentIndex()
            if not index.isValid():
                index = self.completer.completionModel().index(0, 0)
            if index.isValid():
                self._complete(str(index.data()))
            popup.hide()
            return
        typed = event.text()
        if typed in SPACED_MARKS:
            self._space_before(SPACED_MARKS[typed])
        super().keyPressEvent(event)
        if typed == "«":
            self.insertPlainText(NBSP)
        self._update_completion()

    def _space_before(self, space: str) -> None:
        cursor = self.textCursor()
        block = cursor.block().text()
        column = cursor.positionInBlock()
        before = block[:column]
        if before.endswith(" "):
            cursor.deletePreviousChar()
            cursor.insertText(space)
        elif before and before[-1].isalnum() and space == NNBSP:
            # "oui?" becomes "oui ?" — but "14:30" and URLs keep their colon.
            cursor.insertText(space)
        self.setTextCursor(cursor)

    def _mention(self) -> str | None:
        """The "@abc" being typed just before the cursor, without the @."""
        cursor = self.textCursor()
        before = cursor.block().text()[: cursor.positionInBlock()]
        at = before.rfind("@")
        if at < 0:
            return None
        word = before[at + 1 :]
        if " " in word.strip() and len(word.split()) > 2:
            return None
        if at > 0 and not before[at - 1].isspace() and before[at - 1] not in "([«":
            return None  # an email address, not a mention
        return word

    def _update_completion(self) -> None:
        mention = self._mention()
        if mention is None or not self._names.stringList():
            self.popup().hide()
            return
        self.completer.setCompletionPrefix(mention)
        if self.completer.completionCount() == 0:
            self.popup().hide()
            return
        rect = self.cursorRect()
        rect.setWidth(280)
        self.completer.complete(rect)
        self.popup().setCurrentIndex(self.completer.completionModel().index(0, 0))

    def _complete(self, name: str) -> None:
        mention = self._mention()
        if mention is None:
            return
        cursor = self.textCursor()
        cursor.movePosition(
            QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(mention) + 1
        )
        cursor.insertText(name)
        self.setTextCursor(cursor)

    # Paste: plain text only, cleaned -----------------------------------------------------
    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.insertPlainText(sanitise(source.text()))

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if not self.popup().isVisible():
            self.checkpoint.emit()
        super().focusOutEvent(event)
