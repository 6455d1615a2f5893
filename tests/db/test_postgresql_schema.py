"""The same schema on PostgreSQL: the program's Alembic chain, run on a real server.

A throwaway PostgreSQL cluster (tests/pg_server.py, fixture ``pg_server``) is migrated to
head by ``db.server_schema.upgrade_url``; its schema is compared, table by table, with
a SQLite store migrated by the program's own path, and the example's rows are copied
there and read back cell for cell. The SQLite-only search objects of 0003_search (the
FTS5 index, its views and triggers) are not made on PostgreSQL: its full-text search
comes with the search part of the team mode.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from irev_desktop.db import schema, server_schema
from irev_desktop.db.models import Base
from irev_desktop.paths import AppPaths
from irev_desktop.sample_data.demo import load_demo
from irev_desktop.services.facade import Services

from ..pg_server import PgServer

pytestmark = pytest.mark.postgresql

# Made by hand in 0003_search on both engines, outside the models.
PLAIN_TABLES_BY_HAND = ("attachment_text",)
TABLES = sorted(Base.metadata.tables) + list(PLAIN_TABLES_BY_HAND)
# SQLite only: the FTS5 index (a virtual table and its shadow tables).
SQLITE_SEARCH_TABLE = re.compile(r"search_index(_\w+)?")
# PostgreSQL only: its full-text search (0009_server_search), an index its triggers keep
# in step, not a table of the register (neither the models nor archives know it), and
# the view it is built from.
POSTGRESQL_SEARCH_TABLES = ("search_index",)
POSTGRESQL_SEARCH_VIEWS = ["search_document"]
POSTGRESQL_SEARCH_TRIGGERS = "search\\_%"
# PostgreSQL only, from 0010_server_guards: the server's own tables (the pieces' content,
# the séance journal's acts made) and the guard of signed minutes on these tables.
POSTGRESQL_SERVER_TABLES = ("piece", "journal_applied")
GUARD_TRIGGER = "irev_guard"
GUARDED_TABLES = {
    "meeting",
    "seal",
    "attendance",
    "agenda_item",
    "deliberation",
    "action_item",
    "attachment",
    "presence",
    "proxy",
    "note_revision",
    "deliberation_voter",
}

_database_numbers = itertools.count(1)


@pytest.fixture
def empty_pg_url(pg_server: PgServer) -> str:
    """A new, empty database of the session's server, for a test of its own."""
    return pg_server.create_database(f"irev_test_{next(_database_numbers)}")


@pytest.fixture(scope="module")
def migrated_pg_url(pg_url: str) -> str:
    server_schema.upgrade_url(pg_url)
    return pg_url


@pytest.fixture(scope="module")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sa.Engine]:
    """A SQLite store created and migrated by the program itself."""
    db = tmp_path_factory.mktemp("sqlite") / "irev.sqlite"
    with Services.open(AppPaths(db), write=True):
        pass
    engine = sa.create_engine(f"sqlite:///{db}")
    yield engine
    engine.dispose()


@pytest.fixture
def pg_engine(migrated_pg_url: str) -> Iterator[sa.Engine]:
    engine = sa.create_engine(migrated_pg_url)
    yield engine
    engine.dispose()


# Comparing the schemas --------------------------------------------------------------------


def kind(type_: sa.types.TypeEngine[Any]) -> str:
    """The generic kind of a reflected column type, whatever the engine calls it."""
    if isinstance(type_, sa.Boolean):
        return "boolean"
    if isinstance(type_, sa.Integer):
        return "integer"
    if isinstance(type_, sa.Float | sa.Numeric):
        return "float"
    if isinstance(type_, sa.DateTime):
        return "datetime"
    if isinstance(type_, sa.Date):
        return "date"
    if isinstance(type_, sa.Time):
        return "time"
    if isinstance(type_, sa.LargeBinary):
        return "binary"
    if isinstance(type_, sa.Text):
        return "text"
    if isinstance(type_, sa.String):  # enumerations too: stored as strings (native_enum off)
        return f"string({type_.length})" if type_.length else "text"
    return f"other:{type_!r}"


def default(column: dict[str, Any]) -> str | None:
    """A server default, without PostgreSQL's casts (``''::character varying``) or
    SQLite's brackets; a PostgreSQL sequence (SERIAL) counts as no default: an id given
    by the engine is SQLite's rowid, checked apart."""
    value = column.get("default")
    if value is None or str(value).startswith("nextval("):
        return None
    text = re.sub(r"::[a-z ]+(\(\d+\))?$", "", str(value).strip())
    while text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    return text


def describe(engine: sa.Engine) -> dict[str, dict[str, Any]]:
    inspector = sa.inspect(engine)
    described: dict[str, dict[str, Any]] = {}
    for table in TABLES:
        if not inspector.has_table(table):
            described[table] = {"exists": False}
            continue
        foreign_keys = [
            (
                fk["name"],
                tuple(fk["constrained_columns"]),
                fk["referred_table"],
                tuple(fk["referred_columns"]),
                (fk.get("options") or {}).get("ondelete") or "NO ACTION",
                (fk.get("options") or {}).get("onupdate") or "NO ACTION",
            )
            for fk in inspector.get_foreign_keys(table)
        ]
        described[table] = {
            "exists": True,
            "columns": [
                (c["name"], kind(c["type"]), "NULL" if c["nullable"] else "NOT NULL", default(c))
                for c in inspector.get_columns(table)
            ],
            "primary key": tuple(inspector.get_pk_constraint(table)["constrained_columns"]),
            "foreign keys": sorted(foreign_keys, key=repr),
            "unique constraints": sorted(
                (u["name"], tuple(u["column_names"]))
                for u in inspector.get_unique_constraints(table)
            ),
            # PostgreSQL lists the index behind each unique constraint: the constraint
            # itself is compared above.
            "indexes": sorted(
                (i["name"], tuple(str(c) for c in i["column_names"]), bool(i["unique"]))
                for i in inspector.get_indexes(table)
                if not i.get("duplicates_constraint")
            ),
        }
    return described


def differences(sqlite: dict[str, dict[str, Any]], postgresql: dict[str, dict[str, Any]]) -> str:
    """What differs, table by table: columns position by position (their order counts),
    constraints and indexes as what only one side has."""
    lines: list[str] = []
    for table in TABLES:
        for aspect in sorted(sqlite[table].keys() | postgresql[table].keys()):
            left = sqlite[table].get(aspect)
            right = postgresql[table].get(aspect)
            if left == right:
                continue
            lines.append(f"{table} — {aspect}:")
            if aspect == "columns" and isinstance(left, list) and isinstance(right, list):
                for n in range(max(len(left), len(right))):
                    a = left[n] if n < len(left) else "(rien)"
                    b = right[n] if n < len(right) else "(rien)"
                    if a != b:
                        lines.append(f"  n° {n + 1} ≠ sqlite: {a}\n  n° {n + 1} ≠ postgresql: {b}")
            elif isinstance(left, list) and isinstance(right, list):
                lines += [f"  sqlite seul: {item}" for item in left if item not in right]
                lines += [f"  postgresql seul: {item}" for item in right if item not in left]
            else:
                lines.append(f"  sqlite: {left}\n  postgresql: {right}")
    return "\n".join(lines)


def test_the_chain_makes_on_postgresql_the_schema_it_makes_on_sqlite(
    migrated_sqlite: sa.Engine, pg_engine: sa.Engine
) -> None:
    sqlite = describe(migrated_sqlite)
    postgresql = describe(pg_engine)
    assert all(sqlite[t]["exists"] for t in TABLES)
    found = differences(sqlite, postgresql)
    assert not found, "the schemas differ:\n" + found


def test_the_comparison_sees_what_differs(empty_pg_url: str, migrated_sqlite: sa.Engine) -> None:
    """The comparison above is not blind: a nullability, a length, an index and an
    ondelete changed on PostgreSQL are each reported."""
    server_schema.upgrade_url(empty_pg_url)
    engine = sa.create_engine(empty_pg_url)
    try:
        with engine.begin() as conn:
            for statement in (
                "ALTER TABLE meeting ALTER COLUMN place DROP NOT NULL",
                "ALTER TABLE seal ALTER COLUMN signature TYPE VARCHAR(200)",
                "DROP INDEX ix_meeting_date",
                "ALTER TABLE body DROP CONSTRAINT fk_body_organisation_id_organisation",
                "ALTER TABLE body ADD CONSTRAINT fk_body_organisation_id_organisation "
                "FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT",
                "ALTER TABLE attendance DROP CONSTRAINT uq_attendance_meeting_id_person_id",
            ):
                conn.execute(sa.text(statement))
        found = differences(describe(migrated_sqlite), describe(engine))
    finally:
        engine.dispose()
    for expected in (
        "meeting — columns",
        "seal — columns",
        "meeting — indexes",
        "body — foreign keys",
        "attendance — unique constraints",
    ):
        assert expected in found, found
    assert "n° 9 ≠ postgresql: ('place', 'string(300)', 'NULL', None)" in found
    assert "n° 9 ≠ postgresql: ('signature', 'string(200)', 'NULL', None)" in found
    assert "sqlite seul: ('ix_meeting_date', ('date',), False)" in found
    assert "'organisation', ('id',), 'RESTRICT', 'NO ACTION')" in found


def test_postgresql_has_the_same_tables_less_the_sqlite_search_index(
    migrated_sqlite: sa.Engine, pg_engine: sa.Engine
) -> None:
    on_sqlite = set(sa.inspect(migrated_sqlite).get_table_names())
    on_postgresql = set(sa.inspect(pg_engine).get_table_names())
    searched = {t for t in on_sqlite if SQLITE_SEARCH_TABLE.fullmatch(t)}
    assert "search_index" in searched
    server_only = {*POSTGRESQL_SEARCH_TABLES, *POSTGRESQL_SERVER_TABLES}
    assert on_postgresql - server_only == on_sqlite - searched
    assert sa.inspect(pg_engine).get_view_names() == POSTGRESQL_SEARCH_VIEWS
    with pg_engine.connect() as conn:
        others = conn.execute(
            sa.text(
                "SELECT DISTINCT trigger_name, event_object_table "
                "FROM information_schema.triggers WHERE trigger_name NOT LIKE :s"
            ),
            {"s": POSTGRESQL_SEARCH_TRIGGERS},
        ).all()
    assert {name for name, _table in others} == {GUARD_TRIGGER}
    assert {table for _name, table in others} == GUARDED_TABLES


def test_every_id_is_given_by_the_engine_on_postgresql_as_on_sqlite(pg_engine: sa.Engine) -> None:
    """SQLite gives an INTEGER PRIMARY KEY its rowid; PostgreSQL needs a sequence."""
    with pg_engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if [c.name for c in table.primary_key.columns] != ["id"]:
                continue
            sequence = conn.execute(
                sa.text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": table.name}
            ).scalar_one()
            assert sequence, f"{table.name}.id has no sequence on PostgreSQL"


def test_the_models_are_the_schema_on_postgresql_too(pg_engine: sa.Engine) -> None:
    """What tests/db/test_schema.py checks on SQLite: Alembic sees nothing to migrate."""

    def modelled(_object: object, name: str | None, type_: str, *_: object) -> bool:
        by_hand = (*PLAIN_TABLES_BY_HAND, *POSTGRESQL_SEARCH_TABLES, *POSTGRESQL_SERVER_TABLES)
        return not (type_ == "table" and name in by_hand)

    with pg_engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": modelled}
        )
        found = compare_metadata(context, Base.metadata)
    assert _less_deferrable(found) == []


def _less_deferrable(found: list[object]) -> list[object]:
    """Alembic's differences, less each foreign key that differs only by being DEFERRABLE
    on the server (0010_server_guards: imports and copies check them at the commit)."""

    def shape(fk: sa.ForeignKeyConstraint) -> tuple[object, ...]:
        return (fk.name, tuple(fk.column_keys), fk.ondelete)

    removed = {shape(d[1]): d for d in found if isinstance(d, tuple) and d[0] == "remove_fk"}
    added = {shape(d[1]): d for d in found if isinstance(d, tuple) and d[0] == "add_fk"}
    same = {key for key in removed.keys() & added.keys() if removed[key][1].deferrable is True}
    return [
        d
        for d in found
        if not (isinstance(d, tuple) and d[0] in ("remove_fk", "add_fk") and shape(d[1]) in same)
    ]


def test_postgresql_is_at_the_programs_head(migrated_pg_url: str) -> None:
    assert server_schema.stored_revision_url(migrated_pg_url) == schema.SCHEMA_HEAD
    engine = sa.create_engine(migrated_pg_url)
    with engine.connect() as conn:
        stored = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars().all()
    engine.dispose()
    assert stored == [schema.SCHEMA_HEAD]


def test_every_revision_id_fits_the_version_column() -> None:
    """Alembic's own column is VARCHAR(32); env.py widens it on a server database."""
    script = ScriptDirectory(str(schema.MIGRATIONS_DIR))
    longest = max(len(rev.revision) for rev in script.walk_revisions())
    assert longest > 32  # why env.py widens it (0006_convocation_and_annex_titles)
    assert longest <= 64


def test_upgrading_again_at_head_changes_nothing(empty_pg_url: str) -> None:
    assert server_schema.stored_revision_url(empty_pg_url) is None
    server_schema.upgrade_url(empty_pg_url)
    # A bare postgresql:// URL gets the program's driver (psycopg 3).
    bare = empty_pg_url.replace("postgresql+psycopg://", "postgresql://")
    server_schema.upgrade_url(bare)
    assert server_schema.stored_revision_url(bare) == schema.SCHEMA_HEAD


def test_a_sqlite_url_is_not_a_server_database(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="PostgreSQL"):
        server_schema.upgrade_url(f"sqlite:///{tmp_path / 'irev.sqlite'}")


def test_downgrading_to_base_and_upgrading_again_on_postgresql(
    empty_pg_url: str, migrated_sqlite: sa.Engine
) -> None:
    server_schema.upgrade_url(empty_pg_url)
    config = server_schema.alembic_config(empty_pg_url)
    command.downgrade(config, "base")
    assert server_schema.stored_revision_url(empty_pg_url) is None
    engine = sa.create_engine(empty_pg_url)
    try:
        assert sa.inspect(engine).get_table_names() == ["alembic_version"]
        server_schema.upgrade_url(empty_pg_url)
        assert server_schema.stored_revision_url(empty_pg_url) == schema.SCHEMA_HEAD
        found = differences(describe(migrated_sqlite), describe(engine))
        assert not found, "after downgrade and upgrade, the schemas differ:\n" + found
    finally:
        engine.dispose()


# Real data, both ways ----------------------------------------------------------------------


def all_tables(sqlite_engine: sa.Engine) -> list[sa.Table]:
    """The models' tables in dependency order, then the extracted texts (reflected)."""
    extra = sa.MetaData()
    by_hand = [sa.Table(name, extra, autoload_with=sqlite_engine) for name in PLAIN_TABLES_BY_HAND]
    return [*Base.metadata.sorted_tables, *by_hand]


def rows(conn: sa.Connection, table: sa.Table) -> list[tuple[Any, ...]]:
    ordered = table.select().order_by(*table.primary_key.columns)
    return [tuple(row) for row in conn.execute(ordered)]


def self_references(table: sa.Table) -> list[str]:
    """Columns pointing at their own table (a meeting adopted in a later meeting)."""
    return [
        fk.parent.name
        for fk in table.foreign_keys
        if fk.column.table is table and not fk.parent.primary_key
    ]


def copy_table(source: sa.Connection, target: sa.Connection, table: sa.Table) -> int:
    """Every row, ids included; a row pointing at a later row of its own table gets the
    pointer once every row is in."""
    found = [dict(row._mapping) for row in source.execute(table.select())]
    if not found:
        return 0
    later = self_references(table)
    target.execute(table.insert(), [{**row, **dict.fromkeys(later, None)} for row in found])
    for column in later:
        pointing = [row for row in found if row[column] is not None]
        if pointing:
            target.execute(
                table.update()
                .where(table.c.id == sa.bindparam("row_id"))
                .values({column: sa.bindparam("pointer")}),
                [{"row_id": row["id"], "pointer": row[column]} for row in pointing],
            )
    return len(found)


def reset_sequence(conn: sa.Connection, table: sa.Table) -> None:
    """After explicit ids, the next id the engine gives follows the largest."""
    if "id" not in table.c or not table.c.id.primary_key:
        return
    conn.execute(
        sa.text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
        )
    )


def test_the_example_goes_to_postgresql_and_comes_back_cell_for_cell(
    tmp_path: Path, empty_pg_url: str
) -> None:
    sqlite = sa.create_engine(f"sqlite:///{tmp_path / 'exemple.sqlite'}")
    organisation = Base.metadata.tables["organisation"]
    with Services.open(AppPaths(tmp_path / "exemple.sqlite"), write=True) as services:
        assert load_demo(services).loaded
        # What the example leaves empty: a signing key, and a logo (every byte value).
        with sqlite.connect() as conn:
            organisation_id = conn.execute(sa.select(organisation.c.id)).scalar_one()
        services.keys.create_key(organisation_id, "une phrase secrète de test, assez longue")
    with sqlite.begin() as conn:
        conn.execute(organisation.update().values(logo=bytes(range(256)) * 4, logo_mime="x/y"))
    server_schema.upgrade_url(empty_pg_url)
    postgresql = sa.create_engine(empty_pg_url)
    try:
        tables = all_tables(sqlite)
        copied: dict[str, int] = {}
        with sqlite.connect() as source, postgresql.begin() as target:
            # A whole register loaded by the owner: signed minutes are written too
            # (0010_server_guards' loading, as an archive import does it).
            target.execute(sa.text("SET LOCAL irev.chargement = 'on'"))
            for table in tables:
                copied[table.name] = copy_table(source, target, table)
                reset_sequence(target, table)
        # The example fills the tables that matter: meetings, attendance, votes, seals.
        for name in (
            *("meeting", "agenda_item", "attendance", "presence", "proxy", "deliberation"),
            *("deliberation_voter", "seal", "signing_key", "attachment_text"),
        ):
            assert copied[name] > 0, name
        with sqlite.connect() as left, postgresql.connect() as right:
            for table in tables:
                written = rows(left, table)
                read_back = rows(right, table)
                assert len(read_back) == len(written), table.name
                for before, after in zip(written, read_back, strict=True):
                    for column, a, b in zip(table.columns, before, after, strict=True):
                        assert type(a) is type(b) and a == b, (
                            f"{table.name}.{column.name} (id {before[0]}): "
                            f"sqlite {a!r}, postgresql {b!r}"
                        )
        # The engine's next id follows the copied ones, as SQLite's rowid would.
        audit = Base.metadata.tables["audit_entry"]
        with sqlite.connect() as conn:
            largest = conn.execute(sa.select(sa.func.max(audit.c.id))).scalar_one()
        with postgresql.begin() as conn:
            new_id = conn.execute(
                audit.insert()
                .values(at=sa.func.now(), action="test", entity="test", summary="")
                .returning(audit.c.id)
            ).scalar_one()
        assert largest and new_id == largest + 1
    finally:
        sqlite.dispose()
        postgresql.dispose()
