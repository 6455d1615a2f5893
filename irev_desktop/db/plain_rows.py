"""Whole rows of a mapped table read through the sqlite3 module, typed as the ORM
types them (dates, times, enums, booleans), with the columns as attributes.

For reads of many rows on every click (a whole meeting): building ORM objects, with
their identity map and change tracking, costs several times the query itself, and a
read needs neither. The columns and their types come from ``db.models``, so a new
column is read without touching this module.
"""

from __future__ import annotations

import datetime as dt
import enum
import sqlite3
from collections import namedtuple
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Enum, Table, Time
from sqlalchemy.orm import Session

from irev_desktop.db.models import Base

Convert = Callable[[Any], Any] | None


def _converter(column_type: object) -> Convert:
    if isinstance(column_type, Enum) and column_type.enum_class is not None:
        members: dict[str, enum.Enum] = {m.value: m for m in column_type.enum_class}
        return members.__getitem__
    if isinstance(column_type, DateTime):
        return dt.datetime.fromisoformat
    if isinstance(column_type, Date):
        return dt.date.fromisoformat
    if isinstance(column_type, Time):
        return dt.time.fromisoformat
    if isinstance(column_type, Boolean):
        return bool
    return None


class PlainTable:
    """The SELECT of every column of one table, and the typing of its rows."""

    def __init__(self, table: Table) -> None:
        names = [column.name for column in table.columns]
        self.select = f"SELECT {', '.join(f'{table.name}.{n}' for n in names)} FROM {table.name}"
        self.row_type: Any = namedtuple(f"{table.name}_row", names)  # type: ignore[misc]
        self.converters = [
            (index, convert)
            for index, column in enumerate(table.columns)
            if (convert := _converter(column.type)) is not None
        ]

    def rows(
        self, connection: sqlite3.Connection, where: str, parameters: Sequence[object] = ()
    ) -> list[Any]:
        """The rows matching ``where`` (the SQL after the table name: conditions, order)."""
        make, converters = self.row_type._make, self.converters
        result = []
        for raw in connection.execute(f"{self.select} {where}", parameters).fetchall():
            values = list(raw)
            for index, convert in converters:
                if values[index] is not None:
                    values[index] = convert(values[index])
            result.append(make(values))
        return result


_tables: dict[str, PlainTable] = {}


def plain(model: type[Base]) -> PlainTable:
    table = model.__table__
    assert isinstance(table, Table)
    found = _tables.get(table.name)
    if found is None:
        found = _tables[table.name] = PlainTable(table)
    return found


def session_connection(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under ``session``'s transaction, its pending changes
    flushed: a plain read on it sees exactly what the session sees."""
    session.flush()
    driver = session.connection().connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver
