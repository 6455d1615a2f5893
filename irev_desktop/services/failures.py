"""Failures no service turned into a message, worded for a person; and the state of a
store's schema, for the installation check."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from irev_desktop.db import schema, sqlite_files
from irev_desktop.db.store import translate
from irev_desktop.domain.errors import IrevError
from irev_desktop.paths import AppPaths


def system_error_message(paths: AppPaths, error: OSError | sqlite3.Error) -> str:
    """A file-system or database failure, in one French sentence."""
    if isinstance(error, sqlite3.Error):
        translated = translate(error, paths)
        if isinstance(translated, IrevError):
            return translated.message
        cause = sqlite_files.sqlite_error_text(error)
        return f"La base {paths.db} n'a pas pu être lue ou écrite ({cause})."
    if sqlite_files.is_full_disk(error):
        where = f" : {error.filename}" if error.filename else ""
        return f"Le disque est plein{where} ; rien n'a été écrit."
    where = f" {error.filename}" if error.filename else ""
    return f"Impossible d'utiliser le fichier{where} : {sqlite_files.os_error_text(error)}."


@dataclass(frozen=True)
class SchemaState:
    stored: str | None  # the revision the store file says it is at
    head: str  # the revision this program writes
    known: frozenset[str]  # the migration scripts found beside the program
    scripts: Path


def schema_state(paths: AppPaths) -> SchemaState:
    return SchemaState(
        sqlite_files.stored_revision(paths.db),
        schema.SCHEMA_HEAD,
        frozenset(schema.known_revisions()),
        schema.MIGRATIONS_DIR,
    )
