"""Writes ``db/row_types.py``: one named tuple per table, its fields the table's columns
in order, typed from the models (``db.columns.python_type``).

Run ``python -m irev_desktop.db.row_types_gen`` after changing a model; a test fails
while the module is not what this writes.
"""

from __future__ import annotations

from pathlib import Path

from irev_desktop.db.columns import column_kind, enum_class, python_type
from irev_desktop.db.kinds import Kind
from irev_desktop.db.models import Base

TARGET = Path(__file__).with_name("row_types.py")

HEADER = '''"""The rows of every table, typed as the models type them: what the plain reads
(``db.plain_rows``) return. Written by ``python -m irev_desktop.db.row_types_gen`` from
the models; do not edit by hand (a test compares this file with what it writes)."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

'''


def class_name(table_name: str) -> str:
    return "".join(part.capitalize() for part in table_name.split("_")) + "Row"


def generate() -> str:
    tables = sorted(Base.metadata.tables.values(), key=lambda t: t.name)
    enums = sorted(
        {
            enum_class(column).__name__
            for table in tables
            for column in table.columns
            if column_kind(column) is Kind.ENUM
        }
    )
    lines = [HEADER.rstrip("\n"), ""]
    if enums:  # as the formatter writes it
        lines.append("from irev_desktop.domain.enums import (")
        lines += [f"    {name}," for name in enums]
        lines.append(")")
    for table in tables:
        lines += ["", "", f"class {class_name(table.name)}(NamedTuple):"]
        lines.append(f'    """A row of ``{table.name}``."""')
        lines.append("")
        lines += [f"    {column.name}: {python_type(column)}" for column in table.columns]
    lines += [
        "",
        "",
        "# Each row type and the table it reads.",
        "TABLES: dict[type[tuple[object, ...]], str] = {",
    ]
    lines += [f'    {class_name(table.name)}: "{table.name}",' for table in tables]
    lines += ["}", ""]
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    TARGET.write_text(generate(), encoding="utf-8")
    print(f"{TARGET} written")
