"""Which schema revision the code expects, and bringing a store up to it.

A normal start only compares the stored revision with ``SCHEMA_HEAD`` using the
sqlite3 module; Alembic (slow to import) is loaded only when they differ.
"""

from __future__ import annotations

from pathlib import Path

from irev_desktop.db import sqlite_files
from irev_desktop.domain.errors import StoreError

# Kept in step with the newest script in migrations/versions (a test checks it).
SCHEMA_HEAD = "0011_row_versions"

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def needs_upgrade(db: Path) -> bool:
    return sqlite_files.stored_revision(db) != SCHEMA_HEAD


def upgrade(db: Path, backups_dir: Path) -> Path | None:
    """Bring the store to SCHEMA_HEAD; back up an existing store first. Returns the backup."""
    revision = sqlite_files.stored_revision(db)
    if revision == SCHEMA_HEAD:
        return None
    known = known_revisions()
    if revision is not None and revision not in known:
        raise StoreError(
            "Le fichier {db} a été créé par une version plus récente du programme "
            "(révision {revision}) : mettez IREV Desktop à jour pour l'ouvrir.",
            db=db,
            revision=revision,
        )
    if revision is None and sqlite_files.has_tables(db):
        raise StoreError(
            "Le fichier {db} est une base SQLite qui n'appartient pas à IREV Desktop ; "
            "il n'a pas été modifié.",
            db=db,
        )
    backup = None
    if revision is not None:
        backup = sqlite_files.timestamped_backup(db, backups_dir, "avant-mise-a-jour")
    run_alembic_upgrade(db)
    return backup


def alembic_config(db: Path) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", f"sqlite+pysqlite:///{db}")
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return {rev.revision for rev in script.walk_revisions()}


def run_alembic_upgrade(db: Path) -> None:
    from alembic import command

    from irev_desktop.db.engine import sqlite_engine

    config = alembic_config(db)
    engine = sqlite_engine(db)
    try:
        with engine.connect().execution_options(irev_write=True) as connection:
            config.attributes["connection"] = connection  # type: ignore[attr-defined]
            command.upgrade(config, "head")  # type: ignore[arg-type]
            connection.commit()
    finally:
        engine.dispose()
