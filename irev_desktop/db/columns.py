"""The columns of the models as values: their kind (``db.kinds``), their Python type
(for ``db.row_types``), their conversion from what the engine's driver returns, and their
writing in the archive's JSON. The one conversion of the program's plain reads
(``db.plain_rows``, the mandates in office, the attendance history) and of the archive
(``services.archive``); the start screen's list uses ``db.kinds`` directly.
"""

from __future__ import annotations

import base64
import enum
from collections.abc import Mapping
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    LargeBinary,
    String,
    Table,
    Time,
)

from irev_desktop.db.kinds import SQLITE, Convert, Dialect, Kind
from irev_desktop.db.models import Base


def column_kind(column: Column[Any]) -> Kind:
    kind = column.type
    # Enum derives from String, and DateTime/Time are not Date: the order matters.
    if isinstance(kind, Enum):
        return Kind.ENUM
    if isinstance(kind, Boolean):
        return Kind.BOOLEAN
    if isinstance(kind, Integer):
        return Kind.INTEGER
    if isinstance(kind, Float):
        return Kind.FLOAT
    if isinstance(kind, String):
        return Kind.STRING
    if isinstance(kind, DateTime):
        return Kind.DATETIME
    if isinstance(kind, Date):
        return Kind.DATE
    if isinstance(kind, Time):
        return Kind.TIME
    if isinstance(kind, LargeBinary):
        return Kind.BINARY
    raise TypeError(f"Type de colonne non pris en charge : {column.table}.{column}")


def enum_class(column: Column[Any]) -> type[enum.Enum]:
    kind = column.type
    assert isinstance(kind, Enum) and kind.enum_class is not None, column
    return kind.enum_class


# The Python type of each kind, as the row types (``db.row_types``) name it.
PYTHON_TYPES: Mapping[Kind, str] = {
    Kind.BOOLEAN: "bool",
    Kind.INTEGER: "int",
    Kind.FLOAT: "float",
    Kind.STRING: "str",
    Kind.DATE: "dt.date",
    Kind.TIME: "dt.time",
    Kind.DATETIME: "dt.datetime",
    Kind.BINARY: "bytes",
}


def python_type(column: Column[Any]) -> str:
    """The annotation of the column's value: « dt.date | None », « MeetingStatus »."""
    kind = column_kind(column)
    name = enum_class(column).__name__ if kind is Kind.ENUM else PYTHON_TYPES[kind]
    return f"{name} | None" if column.nullable else name


def reader(column: Column[Any], dialect: Dialect = SQLITE) -> Convert | None:
    """The conversion of the column's values read through ``dialect``'s driver."""
    kind = column_kind(column)
    return dialect.reader(kind, enum_class(column) if kind is Kind.ENUM else None)


def table_of(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def reader_of(model: type[Base], name: str, dialect: Dialect = SQLITE) -> Convert:
    """The conversion of one column's raw values, None-safe: for the reads that select a
    few columns of a join rather than whole rows."""
    convert = reader(table_of(model).c[name], dialect)
    if convert is None:
        return _same
    return lambda value: None if value is None else convert(value)


def _same(value: Any) -> Any:
    return value


# The archive's JSON --------------------------------------------------------------------


def to_json(kind: Kind, value: Any) -> Any:
    """A value of the models' type, as archive.json writes it."""
    if value is None:
        return None
    if kind is Kind.ENUM:
        return str(value.value) if isinstance(value, enum.Enum) else str(value)
    if kind in (Kind.DATE, Kind.TIME, Kind.DATETIME):
        return str(value.isoformat())
    if kind is Kind.BINARY:
        return base64.b64encode(bytes(value)).decode("ascii")
    if kind is Kind.BOOLEAN:
        return bool(value)
    if kind is Kind.INTEGER:
        return int(value)
    if kind is Kind.FLOAT:
        return float(value)
    return str(value)
