"""The agenda as a list model, reorderable by drag and drop."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from irev_desktop.model.dto import AgendaItemDTO
from irev_desktop.ui.models.table import ID_ROLE
from irev_desktop.ui.vocabulary import term

MIME_TYPE = "application/x-irev-agenda-item"
AnyIndex = QModelIndex | QPersistentModelIndex


def item_text(item: AgendaItemDTO) -> str:
    details = [term(item.kind)]
    if item.rapporteur_name:
        details.append(item.rapporteur_name)
    if item.planned_minutes:
        details.append(
            QCoreApplication.translate("AgendaModel", "{n} min").format(n=item.planned_minutes)
        )
    return f"{item.position}. {item.title}\n    {' · '.join(details)}"


class AgendaModel(QAbstractListModel):
    """Signals: moveRequested(int item_id, int new_position) — a drop asked for a move."""

    moveRequested = Signal(int, int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[AgendaItemDTO] = []
        self.editable = True

    def set_items(self, items: list[AgendaItemDTO] | tuple[AgendaItemDTO, ...]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def keep_notes(self, item_id: int, notes: str) -> None:
        """The notes of an item as typed in the editor (saved as they are typed, they are
        not read back): coming back to the item shows them, not those of the last read."""
        self._items = [replace(i, notes=notes) if i.id == item_id else i for i in self._items]

    def items(self) -> list[AgendaItemDTO]:
        return list(self._items)

    def row_of(self, item_id: int) -> int:
        return next((n for n, i in enumerate(self._items) if i.id == item_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item_text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.title
        if role == ID_ROLE:
            return item.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.editable:
            return base if index.isValid() else Qt.ItemFlag.NoItemFlags
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        rows = [i.row() for i in indexes if i.isValid()]
        if rows:
            data.setData(MIME_TYPE, QByteArray(str(self._items[rows[0]].id).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return self.editable and data.hasFormat(MIME_TYPE)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        item_id = int(bytes(data.data(MIME_TYPE).data()).decode())
        source = self.row_of(item_id)
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._items))
        if source < target:
            target -= 1  # the item leaves its place before it is inserted
        if source >= 0 and target != source:
            self.moveRequested.emit(item_id, target + 1)
        # The page reloads the agenda from the store; the view must not remove a row itself.
        return False
