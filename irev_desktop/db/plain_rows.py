"""Whole rows of a table read through the engine's own driver, typed as the models type
them (``db.row_types``), converted by ``db.columns``.

For reads of many rows on every click (a whole meeting): building ORM objects, with
their identity map and change tracking, costs several times the query itself, and a
read needs neither. A test reads every table both ways and compares every cell.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any, Generic, Protocol, TypeVar

from sqlalchemy.orm import Session

from irev_desktop.db.columns import reader
from irev_desktop.db.kinds import POSTGRESQL, SQLITE
from irev_desktop.db.models import Base
from irev_desktop.db.plain_sql import PlainConnection, QmarkConnection
from irev_desktop.db.row_types import TABLES

R = TypeVar("R", bound=tuple[object, ...])


class Connection(Protocol):
    """What the plain reads need of a DB-API connection."""

    def execute(self, sql: str, parameters: Sequence[object] = ..., /) -> Any: ...


class PlainTable(Generic[R]):
    """The SELECT of every column of one table, and the typing of its rows."""

    def __init__(self, row_type: type[R]) -> None:
        table = Base.metadata.tables[TABLES[row_type]]
        names = [column.name for column in table.columns]
        fields = list(row_type._fields)  # type: ignore[attr-defined]
        if fields != names:
            raise TypeError(f"{row_type.__name__} is not {table.name}: regenerate row_types")
        self.select = f"SELECT {', '.join(f'{table.name}.{n}' for n in names)} FROM {table.name}"
        self.make = row_type._make  # type: ignore[attr-defined]
        self.converters: dict[str, list[tuple[int, Any]]] = {
            dialect.name: [
                (index, convert)
                for index, column in enumerate(table.columns)
                if (convert := reader(column, dialect)) is not None
            ]
            for dialect in (SQLITE, POSTGRESQL)
        }

    def rows(
        self, connection: Connection, where: str, parameters: Sequence[object] = ()
    ) -> list[R]:
        """The rows matching ``where`` (the SQL after the table name: conditions, order)."""
        make = self.make
        converters = self.converters[
            SQLITE.name if isinstance(connection, sqlite3.Connection) else POSTGRESQL.name
        ]
        result: list[R] = []
        for raw in connection.execute(f"{self.select} {where}", parameters).fetchall():
            values = list(raw)
            for index, convert in converters:
                if values[index] is not None:
                    values[index] = convert(values[index])
            result.append(make(values))
        return result


_tables: dict[type[Any], PlainTable[Any]] = {}


def plain(row_type: type[R]) -> PlainTable[R]:
    found = _tables.get(row_type)
    if found is None:
        found = _tables[row_type] = PlainTable(row_type)
    return found


def session_connection(session: Session) -> PlainConnection:
    """The driver's connection under ``session``'s transaction, its pending changes
    flushed: a plain read on it sees exactly what the session sees."""
    session.flush()
    driver = session.connection().connection.driver_connection
    if isinstance(driver, sqlite3.Connection):
        return driver
    return QmarkConnection(driver, owned=False)
