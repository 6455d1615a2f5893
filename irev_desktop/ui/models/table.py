"""A read-mostly table model over a list of plain rows (frozen dataclasses).

It keeps the rows it was given and their ids; refreshing one row replaces it in
place, so a view keeps its selection and scroll position.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

Row = TypeVar("Row")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex
_TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole})
_ANSWERED_ROLES = _TEXT_ROLES | {
    ID_ROLE,
    SORT_ROLE,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.TextAlignmentRole,
}


@cache
def _bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    text: Callable[[Row], str]
    sort_key: Callable[[Row], Any] | None = None
    align_right: bool = False


class RowTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(
        self,
        columns: Sequence[Column[Row]],
        row_id: Callable[[Row], int],
        bold: Callable[[Row], bool] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._row_id = row_id
        self._bold = bold
        self._rows: list[Row] = []
        # Each cell's text, made on its first paint: a view asks for it many times (for
        # display, tooltip, sorting), and a meeting's attendance has hundreds of cells.
        self._texts: list[list[str | None]] = []

    # Content --------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [[None] * len(self._columns) for _ in self._rows]
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_of(self, ident: int) -> int:
        for number, row in enumerate(self._rows):
            if self._row_id(row) == ident:
                return number
        return -1

    # Qt interface -----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def _text(self, number: int, column: int) -> str:
        cells = self._texts[number]
        text = cells[column]
        if text is None:
            text = cells[column] = self._columns[column].text(self._rows[number])
        return text

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED_ROLES:  # most of what a view asks: decoration, colours…
            return None
        number = index.row()
        if not index.isValid() or not 0 <= number < len(self._rows):
            return None
        if role in _TEXT_ROLES:
            return self._text(number, index.column())
        row = self._rows[number]
        column = self._columns[index.column()]
        if role == ID_ROLE:
            return self._row_id(row)
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key else self._text(number, index.column())
        if role == Qt.ItemDataRole.FontRole and self._bold and self._bold(row):
            return _bold_font()
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title
        return None
