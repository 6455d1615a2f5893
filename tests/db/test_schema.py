"""The store's schema: migrations, their head, and what start-up refuses to touch."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from irev_desktop.db import schema, sqlite_files
from irev_desktop.db.models import Base
from irev_desktop.db.store import Store
from irev_desktop.domain.errors import StoreError
from irev_desktop.paths import AppPaths


def test_schema_head_constant_matches_the_newest_migration() -> None:
    script = ScriptDirectory(str(schema.MIGRATIONS_DIR))
    assert script.get_heads() == [schema.SCHEMA_HEAD]


def not_search_table(_object: object, name: str | None, type_: str, *_: object) -> bool:
    """The search index (FTS5 and its shadow tables) and the attachments' extracted text
    are made by hand in migration 0003_search, outside the models."""
    by_hand = name == "attachment_text" or (name or "").startswith("search_index")
    return not (type_ == "table" and by_hand)


def test_upgrading_an_empty_store_gives_exactly_the_models(tmp_path: Path) -> None:
    db = tmp_path / "vide.sqlite"
    schema.upgrade(db, tmp_path / "sauvegardes")
    assert sqlite_files.stored_revision(db) == schema.SCHEMA_HEAD
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": not_search_table}
        )
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_a_store_at_head_starts_without_importing_alembic(tmp_path: Path) -> None:
    db = tmp_path / "irev.sqlite"
    Store.open(AppPaths(db), write=True).close()
    code = (
        "import sys\n"
        "from irev_desktop.paths import AppPaths\n"
        "from irev_desktop.db.store import Store\n"
        f"Store.open(AppPaths(__import__('pathlib').Path({str(db)!r})), write=False).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_an_older_store_is_backed_up_before_upgrading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "irev.sqlite"
    Store.open(AppPaths(db), write=True).close()
    upgraded: list[Path] = []
    current = schema.SCHEMA_HEAD
    monkeypatch.setattr(schema, "SCHEMA_HEAD", "9999_future")
    monkeypatch.setattr(schema, "known_revisions", lambda: {current, "9999_future"})
    monkeypatch.setattr(schema, "run_alembic_upgrade", upgraded.append)
    backup = schema.upgrade(db, tmp_path / "sauvegardes")
    assert upgraded == [db]
    assert backup is not None and backup.exists()
    assert sqlite_files.stored_revision(backup) == current


def test_a_store_from_a_newer_program_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "irev.sqlite"
    Store.open(AppPaths(db), write=True).close()
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    with pytest.raises(StoreError, match="version plus récente"):
        Store.open(AppPaths(db), write=True)
    assert db.read_bytes() == before


def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "autre.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE comptes (id INTEGER PRIMARY KEY, solde REAL)")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    with pytest.raises(StoreError, match="n'appartient pas"):
        Store.open(AppPaths(db), write=True)
    assert db.read_bytes() == before
