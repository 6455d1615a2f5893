"""What a column holds, and how each SQL engine's driver hands it to Python.

SQLite's module returns dates and times as ISO text and booleans as 0 or 1; enums are
stored by their value everywhere. A second engine is added with a ``Dialect`` of its own
(a driver that returns dates as dates converts only enums), with no change to the reads.
No SQLAlchemy here: the start screen's list is read with this and the sqlite3 module
alone (``services.listing``).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

Convert = Callable[[Any], Any]


class Kind(enum.Enum):
    """What a column holds, whatever the engine: the models' types, in short."""

    ENUM = "enum"
    BOOLEAN = "boolean"
    INTEGER = "integer"
    FLOAT = "float"
    STRING = "string"
    DATE = "date"
    TIME = "time"
    DATETIME = "datetime"
    BINARY = "binary"


@dataclass(frozen=True)
class Dialect:
    """How one engine's driver returns values: for each kind, the function that makes the
    models' Python value of what the driver gives (no entry: given as it is)."""

    name: str
    readers: Mapping[Kind, Convert] = field(default_factory=dict)

    def reader(self, kind: Kind, enum_type: type[enum.Enum] | None = None) -> Convert | None:
        """The conversion of values of ``kind`` read through this driver (None is left as
        it is, never passed to it), or None when there is none. An enum is stored by its
        value: ``enum_type`` turns the value back into the member."""
        if kind is Kind.ENUM:
            assert enum_type is not None
            members: dict[Any, enum.Enum] = {m.value: m for m in enum_type}
            return members.__getitem__
        return self.readers.get(kind)


SQLITE = Dialect(
    "sqlite",
    {
        Kind.DATE: dt.date.fromisoformat,
        Kind.TIME: dt.time.fromisoformat,
        Kind.DATETIME: dt.datetime.fromisoformat,
        Kind.BOOLEAN: bool,
    },
)


# psycopg 3 returns dates, times and booleans as Python's own: only enums are converted.
POSTGRESQL = Dialect("postgresql")
