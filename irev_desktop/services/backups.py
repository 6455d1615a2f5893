"""Backups of the store file and restoring one."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from irev_desktop.db import schema, sqlite_files
from irev_desktop.domain.errors import StoreCorruptError, ValidationError
from irev_desktop.model.changes import Changes
from irev_desktop.services.base import ServiceBase
from irev_desktop.services.changes import publish


def _not_on_a_server(paths_is_server: bool) -> None:
    """A backup is a copy of the SQLite file: a server is backed up by its administrator."""
    if paths_is_server:
        raise ValidationError(
            "Sur un serveur, la sauvegarde est celle du serveur (pg_dump, par la personne "
            "qui l'administre) : exportez plutôt toute l'archive (.zip), ou copiez le "
            "registre dans un fichier avec « irev-desktop copy-store »."
        )


class BackupService(ServiceBase):
    def backup(self, destination: Path) -> Path:
        """A consistent copy of the live store, taken with SQLite's backup API."""
        _not_on_a_server(self._store.paths.is_server)
        destination = destination.expanduser().absolute()
        db = self._store.paths.db
        if destination == db or (destination.is_file() and os.path.samefile(destination, db)):
            raise ValidationError("La sauvegarde ne peut remplacer la base elle-même.")
        if destination.is_dir():
            raise ValidationError(
                "{destination} est un dossier : indiquez un nom de fichier.",
                destination=destination,
            )
        return sqlite_files.copy_database(self._store.paths.db, destination)

    def automatic_backup(self, reason: str = "automatique") -> Path:
        paths = self._store.paths
        _not_on_a_server(paths.is_server)
        return sqlite_files.timestamped_backup(paths.db, paths.backups_dir, reason)

    def restore(self, source: Path) -> Path:
        """Replace the store's content with ``source``; the replaced content is kept aside.

        Returns the path of the copy kept aside.
        """
        _not_on_a_server(self._store.paths.is_server)
        source = source.expanduser().absolute()
        paths = self._store.paths
        if source == paths.db:
            raise ValidationError("Ce fichier est déjà la base en service.")
        if not source.is_file():
            raise ValidationError("Le fichier {source} est introuvable.", source=source)
        try:
            sqlite_files.check_readable(source, None)
            revision = sqlite_files.stored_revision(source)
        except (StoreCorruptError, sqlite3.DatabaseError) as error:
            raise ValidationError(
                "{source} n'est pas une sauvegarde d'IREV Desktop lisible ; rien n'a été modifié.",
                source=source,
            ) from error
        if revision is None or revision not in schema.known_revisions():
            raise ValidationError(
                "{source} n'est pas une sauvegarde d'IREV Desktop (ou provient d'une version "
                "plus récente) ; rien n'a été modifié."
                if revision
                else "{source} n'est pas une sauvegarde d'IREV Desktop ; rien n'a été modifié.",
                source=source,
            )
        if not self._store.writable:
            from irev_desktop.db.store import in_use_error

            raise in_use_error(paths)
        aside = sqlite_files.timestamped_backup(paths.db, paths.backups_dir, "avant-restauration")
        self._store.drop_connections()
        src = sqlite_files.read_only_connection(source)
        try:
            dst = sqlite3.connect(paths.db, timeout=5)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        schema.upgrade(paths.db, paths.backups_dir)
        publish(self._store, Changes(store=True))
        return aside
