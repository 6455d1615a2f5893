"""The plain reads' SQL on any engine: the services write it with qmark parameters
(``?``), as the sqlite3 module takes them; psycopg takes ``%s``. ``QmarkConnection``
gives a psycopg connection the sqlite3 module's ``execute``, and ``dialect_of`` tells
which driver a connection is, so that the reads convert its values
(``db.kinds.Dialect``)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from irev_desktop.db.kinds import POSTGRESQL, SQLITE, Dialect

_translated: dict[str, str] = {}


def pyformat(sql: str) -> str:
    """``sql`` with ``?`` as ``%s`` and a literal ``%`` doubled (the SQL the services
    write holds no ``?`` inside a string)."""
    found = _translated.get(sql)
    if found is None:
        found = _translated[sql] = sql.replace("%", "%%").replace("?", "%s")
    return found


class QmarkConnection:
    """A psycopg connection that reads qmark SQL, for the plain reads."""

    dialect: Dialect = POSTGRESQL

    def __init__(self, connection: Any, *, owned: bool = True) -> None:
        self.connection = connection
        self._owned = owned  # False: the connection of a SQLAlchemy session, not ours

    def execute(self, sql: str, parameters: Sequence[object] = (), /) -> Any:
        return self.connection.execute(pyformat(sql), tuple(parameters))

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return bool(self.connection.info.transaction_status != TransactionStatus.IDLE)

    @property
    def closed(self) -> bool:
        return bool(self.connection.closed)

    def quiet(self) -> bool:
        """Whether the server has sent nothing since the last answer. An idle connection
        that the server dropped (restarted, or stopped) has its farewell, or the end of
        the stream, waiting to be read: a connection kept aside is checked before use."""
        import select

        if self.connection.closed:
            return False
        readable, _, _ = select.select([self.connection.fileno()], [], [], 0)
        return not readable

    def begin_snapshot(self) -> None:
        self.connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")

    def rollback(self) -> None:
        self.connection.execute("ROLLBACK")

    def close(self) -> None:
        if self._owned:
            self.connection.close()


PlainConnection = sqlite3.Connection | QmarkConnection


def dialect_of(connection: object) -> Dialect:
    """The engine a plain connection reads from."""
    return SQLITE if isinstance(connection, sqlite3.Connection) else POSTGRESQL


def ids_in(connection: object, ids: Sequence[int]) -> tuple[str, object]:
    """The condition « is one of ``ids`` » and its one parameter, for ``connection``'s
    engine: the SQL does not change with the number of ids, so it is prepared once."""
    if isinstance(connection, sqlite3.Connection):
        return "IN (SELECT value FROM json_each(?))", json.dumps(list(ids))
    return "= ANY(?)", list(ids)
