"""The board's read-only tables: how they are built, sized, and what is selected in them."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from irev_desktop.ui.models.table import RowTableModel

Row = TypeVar("Row")


def table_view(model: RowTableModel[Any], stretch: int) -> QTableView:
    """A read-only table; the ``stretch`` column takes the room left and wraps."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setMinimumSectionSize(22)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    for column in range(model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def cap_columns(table: QTableView, caps: dict[int, int]) -> None:
    """Fit these columns to their contents, but no wider than their cap: longer
    texts wrap onto a second line rather than squeezing the stretching column."""
    header = table.horizontalHeader()
    for column, cap in caps.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.resizeColumnToContents(column)
        if table.columnWidth(column) > cap:
            table.setColumnWidth(column, cap)


def selected_in(table: QTableView, model: RowTableModel[Row]) -> Row | None:
    """The row selected in ``table``, or None."""
    rows = table.selectionModel().selectedRows()
    return model.row_at(rows[0].row()) if rows else None


def select_in(table: QTableView, model: RowTableModel[Any], ident: int) -> bool:
    """Select and show the row of this id; False when the table does not hold it."""
    row = model.row_of(ident)
    if row < 0:
        return False
    table.selectRow(row)
    table.scrollTo(model.index(row, 0))
    return True
