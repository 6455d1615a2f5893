"""One read path: the plain reads (``db.plain_rows``, typed by ``db.row_types``, converted
by ``db.columns``) give, cell for cell, what the ORM gives, for every table; and the row
types are what the models say."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Table, select

from irev_desktop.db import models, row_types, row_types_gen
from irev_desktop.db.columns import python_type
from irev_desktop.db.plain_rows import plain, session_connection
from irev_desktop.paths import AppPaths
from irev_desktop.services.facade import Services

TABLES = sorted(models.Base.metadata.tables.values(), key=lambda t: t.name)
ROW_TYPES = {name: row_type for row_type, name in row_types.TABLES.items()}


def test_the_row_types_are_what_the_generator_writes() -> None:
    written = Path(row_types.__file__).read_text(encoding="utf-8")
    assert written == row_types_gen.generate(), "run python -m irev_desktop.db.row_types_gen"


def test_every_table_has_its_row_type() -> None:
    assert sorted(ROW_TYPES) == [t.name for t in TABLES]


def _mapped(model: type[models.Base], name: str) -> str:
    for klass in model.__mro__:
        annotation = getattr(klass, "__annotations__", {}).get(name)
        if annotation is not None:
            match = re.fullmatch(r"Mapped\[(.*)\]", str(annotation))
            assert match, annotation
            return match.group(1)
    raise AssertionError(f"{model.__name__}.{name} has no annotation")


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_each_field_is_typed_as_the_model_annotates_it(table: Table) -> None:
    model = next(m.class_ for m in models.Base.registry.mappers if m.local_table is table)
    row_type = ROW_TYPES[table.name]
    assert row_type._fields == tuple(c.name for c in table.columns)
    for column in table.columns:
        assert python_type(column) == _mapped(model, column.key), column


def both_ways(services: Services) -> dict[str, tuple[list[Any], list[Any]]]:
    """Every table read plainly and through the ORM's Core, in primary key order."""
    found = {}
    with services.store.reading() as session:
        connection = session_connection(session)
        for table in TABLES:
            order = ", ".join(c.name for c in table.primary_key.columns)
            ours = plain(ROW_TYPES[table.name]).rows(connection, f"ORDER BY {order}")
            theirs = list(session.execute(select(table).order_by(*table.primary_key.columns)))
            found[table.name] = (ours, theirs)
    return found


def assert_same_cells(services: Services) -> int:
    cells = 0
    for name, (ours, theirs) in both_ways(services).items():
        assert len(ours) == len(theirs), name
        for plain_row, orm_row in zip(ours, theirs, strict=True):
            for field, value in zip(plain_row._fields, plain_row, strict=True):
                expected = orm_row._mapping[field]
                assert value == expected, (name, field, value, expected)
                assert type(value) is type(expected), (name, field, type(value), type(expected))
                cells += 1
    return cells


def test_the_example_reads_the_same_both_ways(demo: Services) -> None:
    cells = assert_same_cells(demo)
    assert cells > 1000


def test_a_generated_archive_reads_the_same_both_ways(tmp_path: Path) -> None:
    from irev_desktop.sample_data.generator import generate_archive

    with Services.open(AppPaths(tmp_path / "irev.sqlite"), write=True) as services:
        generate_archive(services.store, years=2)
        counts = {name: len(rows[0]) for name, rows in both_ways(services).items()}
        # Every kind of column is read: dates, times, enums, booleans, floats, null.
        assert all(counts[name] > 0 for name in ("meeting", "presence", "seal", "deliberation"))
        assert assert_same_cells(services) > 10_000
