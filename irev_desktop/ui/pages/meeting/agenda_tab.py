"""The agenda and the notes taken on each item."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from irev_desktop.services.dto import AgendaItemDTO, MeetingDetail
from irev_desktop.ui.highlight import spans
from irev_desktop.ui.keys import ALT, NO_MOD, KeyBindings
from irev_desktop.ui.models.table import ID_ROLE
from irev_desktop.ui.pages.meeting.agenda_model import AgendaModel

SAVE_DELAY_MS = 800  # a pause in typing
SAVE_MAX_INTERVAL_MS = 3000  # typing without pause still saves this often


class AgendaTab(QWidget):
    """Signals:

    addRequested(), editRequested(int item_id), removeRequested(int item_id),
    moveRequested(int item_id, int new_position), notesEdited(int item_id, str text),
    historyRequested(int item_id)
    """

    addRequested = Signal()
    editRequested = Signal(int)
    removeRequested = Signal(int)
    moveRequested = Signal(int, int)
    notesEdited = Signal(int, str)
    historyRequested = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("agendaSplitter")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.model = AgendaModel(self)
        self.view = QListView()
        self.view.setObjectName("agendaList")
        self.view.setModel(self.model)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(2)
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Ajouter…"))
        self.edit_button = QPushButton(self.tr("Modifier…"))
        self.remove_button = QPushButton(self.tr("Retirer"))
        self.up_button = QPushButton("↑")
        self.up_button.setToolTip(self.tr("Monter le point (Alt+Haut)"))
        self.down_button = QPushButton("↓")
        self.down_button.setToolTip(self.tr("Descendre le point (Alt+Bas)"))
        for button in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        left_layout.addLayout(buttons)
        self.splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.notes_title = QLabel()
        self.notes_title.setObjectName("notesTitle")
        self.notes_title.setWordWrap(True)
        right_layout.addWidget(self.notes_title)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notesEditor")
        self.notes.setPlaceholderText(self.tr("Notes du point : l'essentiel des échanges…"))
        right_layout.addWidget(self.notes, 1)
        notes_bar = QHBoxLayout()
        self.saved_label = QLabel()
        notes_bar.addWidget(self.saved_label, 1)
        self.history_button = QPushButton(self.tr("Historique des notes…"))
        notes_bar.addWidget(self.history_button)
        right_layout.addLayout(notes_bar)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter)

        self._current: int | None = None
        self._loaded_text = ""
        self._editable = True
        self._debounce = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._ceiling = QTimer(self, singleShot=True, interval=SAVE_MAX_INTERVAL_MS)
        self._debounce.timeout.connect(self.save_now)
        self._ceiling.timeout.connect(self.save_now)
        self.notes.textChanged.connect(self._typed)
        self.notes.installEventFilter(self)

        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.doubleClicked.connect(lambda _i: self._emit_selected(self.editRequested))
        self.model.moveRequested.connect(self.moveRequested)
        self.add_button.clicked.connect(self.addRequested)
        self.edit_button.clicked.connect(lambda: self._emit_selected(self.editRequested))
        self.remove_button.clicked.connect(lambda: self._emit_selected(self.removeRequested))
        self.history_button.clicked.connect(lambda: self._emit_selected(self.historyRequested))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        KeyBindings(
            self.view,
            {
                (Qt.Key.Key_Up, ALT): lambda: self.move_selected(-1),
                (Qt.Key.Key_Down, ALT): lambda: self.move_selected(+1),
                (Qt.Key.Key_Delete, NO_MOD): lambda: self._emit_selected(self.removeRequested),
                (Qt.Key.Key_Return, NO_MOD): lambda: self._emit_selected(self.editRequested),
            },
        )

    # Content ---------------------------------------------------------------------------
    def show_meeting(self, meeting: MeetingDetail, editable: bool) -> None:
        self.save_now()
        self._editable = editable
        selected = self.selected_id()
        self.model.editable = editable
        self.model.set_items(meeting.items)
        for widget in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            widget.setEnabled(editable)
        self.notes.setReadOnly(not editable)
        target = selected if selected is not None and self.model.row_of(selected) >= 0 else None
        if target is None and meeting.items:
            target = meeting.items[0].id
        if target is not None:
            self.select(target)
        else:
            self._load_notes(None)

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedIndexes()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def selected_item(self) -> AgendaItemDTO | None:
        ident = self.selected_id()
        return next((i for i in self.model.items() if i.id == ident), None)

    def select(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
            # setCurrentIndex does not re-emit when the row was already current after a reset.
            self._load_notes(self.selected_item())

    def move_selected(self, step: int) -> None:
        item = self.selected_item()
        if item is None or not self._editable:
            return
        target = item.position + step
        if 1 <= target <= self.model.rowCount():
            self.moveRequested.emit(item.id, target)

    # Notes -----------------------------------------------------------------------------
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        item = self.selected_item()
        if item is None or item.id != self._current:
            self._load_notes(item)

    def _load_notes(self, item: AgendaItemDTO | None) -> None:
        self.save_now()
        self._current = item.id if item else None
        self.notes.blockSignals(True)
        self.notes.setPlainText(item.notes if item else "")
        self.notes.setExtraSelections([])
        self.notes.blockSignals(False)
        self._loaded_text = item.notes if item else ""
        self.notes.setEnabled(item is not None)
        self.notes_title.setText(f"{item.position}. {item.title}" if item else "")
        self.saved_label.clear()

    def _typed(self) -> None:
        self._debounce.start()
        if not self._ceiling.isActive():
            self._ceiling.start()
        self.saved_label.setText(self.tr("Modifications en cours…"))

    def save_now(self) -> None:
        """Write the notes if they changed (item switch, focus change, close, Ctrl+S)."""
        self._debounce.stop()
        self._ceiling.stop()
        if self._current is None or not self._editable:
            return
        text = self.notes.toPlainText()
        if text == self._loaded_text:
            return
        self._loaded_text = text
        self.notesEdited.emit(self._current, text)

    def highlight(self, words: list[str]) -> None:
        """Mark the searched words in the notes shown (until the next item is shown)."""
        marks = []
        for start, length in spans(self.notes.toPlainText(), words):
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(QColor("#ffe066"))
            cursor = self.notes.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            marks.append(selection)
        self.notes.setExtraSelections(marks)
        if marks:
            self.notes.setTextCursor(marks[0].cursor)
            self.notes.ensureCursorVisible()

    def mark_saved(self, moment: str) -> None:
        self.saved_label.setText(self.tr("Enregistré à {time}").format(time=moment))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self.save_now()  # leaving the editor is a moment to make the notes durable
        return False

    def _emit_selected(self, signal: SignalInstance) -> None:
        ident = self.selected_id()
        if ident is not None:
            signal.emit(ident)
