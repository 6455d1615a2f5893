"""The agenda and the notes taken on each item."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, Signal, SignalInstance
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

from irev_desktop.model.dto import AgendaItemDTO, MeetingDetail
from irev_desktop.paths import AppPaths
from irev_desktop.ui.highlight import spans
from irev_desktop.ui.keys import ALT, NO_MOD, KeyBindings
from irev_desktop.ui.models.table import ID_ROLE
from irev_desktop.ui.notes_autosaver import NoteAutosaver, SaveNotes, editor_text
from irev_desktop.ui.pages.meeting.agenda_model import AgendaModel
from irev_desktop.ui.style import show_state


class AgendaTab(QWidget):
    """Signals:

    addRequested(), editRequested(int item_id), removeRequested(int item_id),
    moveRequested(int item_id, int new_position), historyRequested(int item_id)

    The notes are saved by the one autosaver of the program (:meth:`use_saver`).
    """

    addRequested = Signal()
    editRequested = Signal(int)
    removeRequested = Signal(int)
    moveRequested = Signal(int, int)
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
        self.saved_label.setObjectName("saveState")
        self.saved_label.setWordWrap(True)
        notes_bar.addWidget(self.saved_label, 1)
        self.history_button = QPushButton(self.tr("Historique des notes…"))
        notes_bar.addWidget(self.history_button)
        right_layout.addLayout(notes_bar)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter)

        self._editable = True
        self.autosaver: NoteAutosaver | None = None
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
    def use_saver(self, save: SaveNotes, paths: AppPaths) -> None:
        """Save the notes through ``save`` (item id, text, checkpoint)."""
        self.autosaver = NoteAutosaver(
            self.notes, save, paths, lambda: dt.datetime.now().time().replace(microsecond=0)
        )
        self.autosaver.stateChanged.connect(self._show_save_state)

    @property
    def _current(self) -> int | None:
        return self.autosaver.item_id if self.autosaver else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        item = self.selected_item()
        if item is None or item.id != self._current:
            self._load_notes(item)

    def _load_notes(self, item: AgendaItemDTO | None) -> None:
        self.save_now()
        if self.autosaver is not None and self.autosaver.item_id is not None:
            self.model.keep_notes(self.autosaver.item_id, self.notes.toPlainText())
            if item is not None:  # the list's copy, with what was just typed there
                item = next((i for i in self.model.items() if i.id == item.id), item)
        if self.autosaver is not None:
            self.autosaver.load(item.id if item else None, item.notes if item else "")
        self.notes.setExtraSelections([])
        self.notes.setEnabled(item is not None)
        self.notes_title.setText(f"{item.position}. {item.title}" if item else "")
        if self.autosaver is None or not self.autosaver.failing:
            self._show_save_state("", False)

    def _typed(self) -> None:
        if self.autosaver is None or not self.autosaver.failing:
            self._show_save_state(self.tr("Modifications en cours…"), False)

    def save_now(self) -> None:
        """Write the notes if they changed (item switch, focus change, close, Ctrl+S)."""
        if self.autosaver is not None and self._editable:
            self.autosaver.checkpoint()

    def _show_save_state(self, text: str, failed: bool) -> None:
        self.saved_label.setText(text)
        show_state(self.saved_label, "failed", failed)

    def highlight(self, words: list[str]) -> None:
        """Mark the searched words in the notes shown (until the next item is shown)."""
        marks = []
        for start, length in spans(editor_text(self.notes), words):
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self.save_now()  # leaving the editor is a moment to make the notes durable
        return False

    def _emit_selected(self, signal: SignalInstance) -> None:
        ident = self.selected_id()
        if ident is not None:
            signal.emit(ident)
