"""What a bulk insert with the rows' own ids needs, on either engine.

An archive import, a copy of a register and the demonstration archive insert whole
tables with their ids, some rows referring to rows inserted later (minutes adopted in a
later meeting). The foreign keys are then checked at commit; on PostgreSQL each table's
id sequence is moved past the ids inserted, or the next row made by the program would
take an id already used.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, Table, text


def defer_foreign_keys(connection: Connection) -> None:
    """Check the foreign keys at the commit of the current transaction."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    else:  # every foreign key is DEFERRABLE there (migration 0010_server_guards)
        connection.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")


def follow_inserted_ids(connection: Connection, tables: Iterable[Table]) -> None:
    """Move each table's id sequence past its largest id (PostgreSQL; SQLite needs not)."""
    if connection.dialect.name == "sqlite":
        return
    for table in tables:
        if "id" not in table.c or not table.c.id.autoincrement:
            continue
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {table.name}"
            )
        )
