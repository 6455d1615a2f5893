"""The smaller tabs of a meeting: deliberations, action items, attachments."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from irev_desktop.model.dto import ActionItemDTO, AttachmentDTO, DeliberationDTO, MeetingDetail
from irev_desktop.ui import i18n
from irev_desktop.ui.models.table import ID_ROLE, Column, RowTableModel
from irev_desktop.ui.vocabulary import term

translate = QCoreApplication.translate


class HasId(Protocol):
    @property
    def id(self) -> int: ...


def row_id(row: HasId) -> int:
    return row.id


def result_text(d: DeliberationDTO) -> str:
    text = term(d.result)
    if d.unanimous:
        text += translate("MeetingTabs", " à l'unanimité")
    if d.casting_vote_used:
        text += translate("MeetingTabs", " (voix prépondérante)")
    return text


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} o"
    if size < 1024 * 1024:
        return f"{i18n.number(size / 1024, 1)} Ko"
    return f"{i18n.number(size / 1024 / 1024, 1)} Mo"


class TableTab(QWidget):
    """A table and a row of buttons; subclasses say which."""

    def __init__(self, model: RowTableModel[Any], object_name: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.model = model
        self.table = QTableView()
        self.table.setObjectName(object_name)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.buttons = QHBoxLayout()
        layout.addLayout(self.buttons)

    def add_button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        self.buttons.addWidget(button)
        return button

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None


class DeliberationsTab(TableTab):
    """Signals: recordRequested(), deleteRequested(int deliberation_id)."""

    recordRequested = Signal()
    deleteRequested = Signal(int)

    def __init__(self) -> None:
        columns: list[Column[DeliberationDTO]] = [
            Column(translate("MeetingTabs", "N°"), lambda d: d.number),
            Column(translate("MeetingTabs", "Délibération"), lambda d: d.title),
            Column(translate("MeetingTabs", "Pour"), lambda d: str(d.votes_for), align_right=True),
            Column(
                translate("MeetingTabs", "Contre"), lambda d: str(d.votes_against), align_right=True
            ),
            Column(
                translate("MeetingTabs", "Abst."),
                lambda d: str(d.votes_abstention),
                align_right=True,
            ),
            Column(
                translate("MeetingTabs", "NPPV"),
                lambda d: str(d.votes_not_taking_part),
                align_right=True,
            ),
            Column(translate("MeetingTabs", "Résultat"), result_text),
        ]
        super().__init__(RowTableModel(columns, row_id), "deliberationTable")
        self.record_button = self.add_button(self.tr("Enregistrer un vote…"))
        self.delete_button = self.add_button(self.tr("Supprimer"))
        self.buttons.addStretch(1)
        self.record_button.clicked.connect(self.recordRequested)
        self.delete_button.clicked.connect(self._delete)

    def show_meeting(self, meeting: MeetingDetail, editable: bool) -> None:
        self.model.set_rows(meeting.deliberations)
        self.record_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)

    def _delete(self) -> None:
        ident = self.selected_id()
        if ident is not None:
            self.deleteRequested.emit(ident)


class ActionsTab(TableTab):
    """Signals: addRequested(), doneToggled(int action_id), removeRequested(int action_id)."""

    addRequested = Signal()
    doneToggled = Signal(int)
    removeRequested = Signal(int)

    def __init__(self) -> None:
        columns: list[Column[ActionItemDTO]] = [
            Column(translate("MeetingTabs", "Qui"), lambda a: a.person_name),
            Column(translate("MeetingTabs", "Quoi"), lambda a: a.description),
            Column(
                translate("MeetingTabs", "Échéance"),
                lambda a: i18n.short_date(a.due_date) if a.due_date else "",
            ),
            Column(translate("MeetingTabs", "Fait"), lambda a: "✓" if a.done else ""),
        ]
        super().__init__(RowTableModel(columns, row_id), "actionTable")
        self.new_button = self.add_button(self.tr("Ajouter…"))
        self.done_button = self.add_button(self.tr("Fait / à faire"))
        self.remove_button = self.add_button(self.tr("Supprimer"))
        self.buttons.addStretch(1)
        self.new_button.clicked.connect(self.addRequested)
        self.done_button.clicked.connect(lambda: self._emit(self.doneToggled))
        self.remove_button.clicked.connect(lambda: self._emit(self.removeRequested))

    def show_meeting(self, meeting: MeetingDetail, editable: bool) -> None:
        self.model.set_rows(meeting.actions)
        self.new_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        self.done_button.setEnabled(bool(meeting.actions))

    def _emit(self, signal: SignalInstance) -> None:
        ident = self.selected_id()
        if ident is not None:
            signal.emit(ident)


class AttachmentsTab(TableTab):
    """Signals: addRequested(), openRequested(int attachment_id), removeRequested(int),
    titleRequested(int attachment_id) — to name the annex (F2 on the table)."""

    addRequested = Signal()
    openRequested = Signal(int)
    removeRequested = Signal(int)
    titleRequested = Signal(int)

    def __init__(self) -> None:
        columns: list[Column[AttachmentDTO]] = [
            # The title the documents list the annex under (the file name when none).
            Column(translate("MeetingTabs", "Titre"), lambda a: a.shown_title),
            Column(translate("MeetingTabs", "Fichier"), lambda a: a.original_name),
            Column(
                translate("MeetingTabs", "Taille"), lambda a: size_text(a.size), align_right=True
            ),
            Column(
                translate("MeetingTabs", "Ajouté le"), lambda a: i18n.short_date(a.added_at.date())
            ),
        ]
        super().__init__(RowTableModel(columns, row_id), "attachmentTable")
        self.new_button = self.add_button(self.tr("Joindre des fichiers…"))
        self.open_button = self.add_button(self.tr("Ouvrir"))
        self.title_button = self.add_button(self.tr("Modifier le &titre…"))
        self.title_button.setToolTip(self.tr("Titre de l'annexe dans les documents (F2)"))
        self.remove_button = self.add_button(self.tr("Retirer"))
        self.buttons.addStretch(1)
        self.hint = self.add_button("")
        self.hint.setFlat(True)
        self.hint.setText(self.tr("Déposez des fichiers sur la page pour les joindre."))
        self.hint.setEnabled(False)
        self.new_button.clicked.connect(self.addRequested)
        self.open_button.clicked.connect(self._open)
        self.table.activated.connect(lambda _i: self._open())
        self.remove_button.clicked.connect(self._remove)
        self.title_button.clicked.connect(self._edit_title)
        # F2, as to rename a file: the table is read-only, so the key is free.
        self.table.installEventFilter(self)

    def show_meeting(self, meeting: MeetingDetail, editable: bool) -> None:
        self.model.set_rows(meeting.attachments)
        self.new_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        self.title_button.setEnabled(editable and bool(meeting.attachments))

    def _edit_title(self) -> None:
        ident = self.selected_id()
        if ident is not None and self.title_button.isEnabled():
            self.titleRequested.emit(ident)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F2
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self._edit_title()
            return True
        return super().eventFilter(watched, event)

    def _open(self) -> None:
        ident = self.selected_id()
        if ident is not None:
            self.openRequested.emit(ident)

    def _remove(self) -> None:
        ident = self.selected_id()
        if ident is not None:
            self.removeRequested.emit(ident)


def dropped_files(urls: list[object]) -> list[Path]:
    paths = []
    for url in urls:
        local = url.toLocalFile()  # type: ignore[attr-defined]
        if local and Path(local).is_file():
            paths.append(Path(local))
    return paths
