"""The archive service: export the store to a zip, import one, writing rows and copying pieces."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.orm import Session

import irev_desktop
from irev_desktop.db import models
from irev_desktop.db.bulk import defer_foreign_keys, follow_inserted_ids
from irev_desktop.db.columns import column_kind, to_json
from irev_desktop.db.schema import SCHEMA_HEAD
from irev_desktop.db.store import in_use_error
from irev_desktop.domain.errors import ValidationError
from irev_desktop.model.changes import Changes
from irev_desktop.services.archive.format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    JSON_MEMBER,
    MAX_JSON_BYTES,
    MAX_TOTAL_BYTES,
    PIECES_PREFIX,
    ArchiveSummary,
    archive_tables,
    table_of,
)
from irev_desktop.services.archive.messages import invalid
from irev_desktop.services.archive.validation import Checked, check_archive
from irev_desktop.services.archive.zip_reader import CHUNK, ArchiveLimits, chunks, open_zip
from irev_desktop.services.backups import BackupService
from irev_desktop.services.base import ServiceBase
from irev_desktop.services.changes import publish
from irev_desktop.services.partial_files import new_partial_file
from irev_desktop.services.pieces import FolderPieces, Pieces, pieces_of, stored_path
from irev_desktop.services.search import SearchService

# Members larger than this are written with ZIP64 headers from the start.
_ZIP64_THRESHOLD = 1024**3


def _plural(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count <= 1 else plural}"


class ArchiveService(ServiceBase):
    """Export the whole store to one zip; rebuild a store from one."""

    # Export ------------------------------------------------------------------------------
    def export(self, destination: Path) -> ArchiveSummary:
        """Write the whole store to ``destination``; a failed export leaves nothing there."""
        destination = destination.expanduser().absolute()
        if destination.is_dir():
            raise ValidationError(
                "{destination} est un dossier : indiquez un nom de fichier.",
                destination=destination,
            )
        if not destination.parent.is_dir():
            raise ValidationError("Le dossier {folder} n'existe pas.", folder=destination.parent)
        if destination == self._store.paths.db:
            raise ValidationError("L'archive ne peut remplacer la base elle-même.")
        tables = self._snapshot()
        pieces = self._pieces_to_copy(
            tables[table_of(models.Attachment).name] + self._signed_pdf_rows(tables["seal"])
        )
        document = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "exported_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
            "program_version": irev_desktop.__version__,
            "schema_revision": SCHEMA_HEAD,
            "tables": tables,
        }
        payload = json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False).encode()
        pieces_bytes = sum(min(sizes) for _name, sizes in pieces.values())
        # An archive the import would refuse is of no use: refuse it now.
        if len(payload) > MAX_JSON_BYTES or len(payload) + pieces_bytes > MAX_TOTAL_BYTES:
            raise ValidationError(
                "La base est trop volumineuse pour une archive (2 Gio au plus, dont 512 Mio "
                "pour archive.json) : l'archive n'a pas été créée. Faites plutôt une sauvegarde."
            )
        fd, temporary = tempfile.mkstemp(
            dir=destination.parent, prefix=f".{destination.name}.", suffix=".partiel"
        )
        try:
            with os.fdopen(fd, "wb") as handle:
                with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
                    archive.writestr(_member_info(JSON_MEMBER), payload)
                    for sha, (name, sizes) in sorted(pieces.items()):
                        self._copy_piece(archive, sha, name, sizes)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, destination)
        except OSError as error:
            Path(temporary).unlink(missing_ok=True)
            raise ValidationError(
                "L'archive {destination} n'a pu être écrite : {cause}.",
                destination=destination,
                cause=error.strerror or error,
            ) from error
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        summary = ArchiveSummary(
            destination, {name: len(rows) for name, rows in tables.items()}, len(pieces)
        )
        if self._store.writable:
            with self._store.writing() as session:
                self.audit(session, "archive.export", "archive", None, after=_audit_text(summary))
        return summary

    def table_digests(self) -> dict[str, tuple[int, str]]:
        """Each archived table's row count and the SHA-256 of its rows as the archive
        writes them (canonical JSON, by primary key): equal on two stores, equal rows."""
        result = {}
        for name, rows in self._snapshot().items():
            text = json.dumps(rows, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            result[name] = (len(rows), hashlib.sha256(text.encode("utf-8")).hexdigest())
        return result

    def _snapshot(self) -> dict[str, list[dict[str, Any]]]:
        """Every row of every table, read in one transaction, as archive.json writes them."""
        tables: dict[str, list[dict[str, Any]]] = {}
        with self._store.reading() as session:
            for table in archive_tables():
                columns = [(column, column_kind(column)) for column in table.columns]
                result = session.execute(select(table).order_by(*table.primary_key.columns))
                tables[table.name] = [
                    {column.name: to_json(kind, row._mapping[column]) for column, kind in columns}
                    for row in result
                ]
        return tables

    def _signed_pdf_rows(self, seals: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The PDFs kept of signed minutes, as the attachment rows ``_pieces_to_copy``
        reads (their size is the file's: no row states it)."""
        pieces = pieces_of(self._store)
        rows = []
        for seal in seals:
            sha = seal["pdf_sha256"]
            if sha is None:
                continue
            size = pieces.size(sha)
            size = -1 if size is None else size
            rows.append({"sha256": sha, "original_name": "PDF du PV signé", "size": size})
        return rows

    def _pieces_to_copy(self, attachments: list[dict[str, Any]]) -> dict[str, tuple[str, set[int]]]:
        """SHA-256 → (a name the user knows it by, the sizes its rows state); all present."""
        pieces: dict[str, tuple[str, set[int]]] = {}
        for row in attachments:
            name, sizes = pieces.setdefault(row["sha256"], (row["original_name"], set()))
            sizes.add(row["size"])
        kept = pieces_of(self._store)
        for sha, (name, _sizes) in pieces.items():
            if kept.size(sha) is None:
                path = kept.where(sha)
                raise ValidationError(
                    "La copie de la pièce jointe « {name} » manque dans le dossier des pièces "
                    "jointes ({path}) : l'archive n'a pas été créée. Restaurez une sauvegarde "
                    "ou joignez le fichier à nouveau.",
                    name=name,
                    path=path,
                )
        return pieces

    def _copy_piece(self, archive: zipfile.ZipFile, sha: str, name: str, sizes: set[int]) -> None:
        kept = pieces_of(self._store)
        path = kept.where(sha)
        digest = hashlib.sha256()
        size = 0
        info = _member_info(PIECES_PREFIX + sha)
        big = (kept.size(sha) or 0) > _ZIP64_THRESHOLD
        with archive.open(info, "w", force_zip64=big) as target:
            for chunk in _piece_chunks(kept, sha):
                digest.update(chunk)
                size += len(chunk)
                target.write(chunk)
        if digest.hexdigest() != sha or sizes != {size}:
            raise ValidationError(
                "La copie de la pièce jointe « {name} » ({path}) est altérée : son contenu ne "
                "correspond plus à celui qui a été joint. L'archive n'a pas été créée ; "
                "restaurez une sauvegarde ou joignez le fichier à nouveau.",
                name=name,
                path=path,
            )

    # Import ------------------------------------------------------------------------------
    def import_archive(
        self, source: Path, *, replace: bool = False, limits: ArchiveLimits | None = None
    ) -> ArchiveSummary:
        """Rebuild the store from ``source``, keeping the archive's ids.

        Everything is checked before anything is written, within ``limits`` (the
        program's own by default). Into a store that already holds records, only with
        ``replace``: a backup is taken, then the whole content is replaced in one
        transaction. A failed import leaves no new file in the attachments folder.
        """
        source = source.expanduser().absolute()
        limits = limits or ArchiveLimits.default()
        with open_zip(source) as archive:
            checked = check_archive(source, archive, limits)
            if not self._store.writable:
                raise in_use_error(self._store.paths)
            if not replace:
                with self._store.reading() as session:
                    self._refuse_if_not_empty(session)
            elif self._store.paths.is_server:
                # No backup of a server can be taken here, and signed minutes are frozen
                # there: an archive goes into an empty base only.
                raise ValidationError(
                    "Sur un serveur, une archive s'importe dans une base vide seulement : "
                    "créez une nouvelle base, puis importez-y l'archive."
                )
            else:
                BackupService(self._store).automatic_backup("avant-import")
            summary = ArchiveSummary(
                source,
                {name: len(rows) for name, rows in checked.rows.items()},
                len(checked.pieces),
            )
            created: list[Path] = []
            try:
                with self._store.writing() as session:
                    self._write(session, archive, checked, replace, limits, created)
                    self.audit(
                        session, "archive.import", "archive", None, after=_audit_text(summary)
                    )
            except BaseException:
                _remove_created(created)
                raise
        # The triggers indexed every row; the text of the attached files is read now.
        SearchService(self._store).extract_missing_texts()
        # Rows inserted by Core statements: the listeners are told the whole store changed.
        publish(self._store, Changes(store=True))
        return summary

    def _write(
        self,
        session: Session,
        archive: zipfile.ZipFile,
        checked: Checked,
        replace: bool,
        limits: ArchiveLimits,
        created: list[Path],
    ) -> None:
        tables = archive_tables()
        # Rows may refer to rows inserted later (a meeting's minutes adopted in a later
        # meeting): check foreign keys at commit, once every row is in.
        defer_foreign_keys(session.connection())
        if self._store.paths.is_server:
            # The whole register, signed minutes included, is loaded (0010_server_guards).
            session.execute(text("SET LOCAL irev.chargement = 'on'"))
        audit_table = table_of(models.AuditEntry)
        kept_audit: list[dict[str, Any]] = []
        if replace:
            for table in reversed(tables):
                session.execute(delete(table))
        else:
            self._refuse_if_not_empty(session)
            # A store with no records may still have audit lines: keep them, after the
            # archive's own (they are renumbered; nothing refers to an audit line).
            kept_audit = [
                {key: value for key, value in row._mapping.items() if key != "id"}
                for row in session.execute(select(audit_table).order_by(audit_table.c.id))
            ]
            session.execute(delete(audit_table))
        kept = pieces_of(self._store)
        for sha, piece in checked.pieces.items():
            if isinstance(kept, FolderPieces):
                target = stored_path(kept.folder, sha)
                if not target.exists():
                    if not target.parent.is_dir():
                        target.parent.mkdir(parents=True)
                        created.append(target.parent)
                    _copy_out(archive, piece.info, sha, target, limits)
                    created.append(target)
            else:  # into the same transaction as the rows
                kept.put(_read_piece(archive, piece.info, sha, limits), session)
        for table in tables:
            rows = checked.rows[table.name]
            if rows:
                session.execute(insert(table), rows)
        follow_inserted_ids(session.connection(), tables)
        if self._store.paths.is_server:
            # Its search triggers stood aside while loading: the index is made once.
            from irev_desktop.services.search_server import REBUILD

            session.execute(text(REBUILD))
        if kept_audit:
            session.execute(insert(audit_table), kept_audit)

    @staticmethod
    def _refuse_if_not_empty(session: Session) -> None:
        counts = [
            (session.scalar(select(func.count()).select_from(model)) or 0, singular, plural)
            for model, singular, plural in (
                (models.Organisation, "organisation", "organisations"),
                (models.Meeting, "séance", "séances"),
                (models.Person, "personne", "personnes"),
            )
        ]
        if any(count for count, _, _ in counts):
            held = ", ".join(_plural(count, singular, plural) for count, singular, plural in counts)
            raise ValidationError(
                "La base n'est pas vide : elle contient déjà {held}. Pour remplacer tout son "
                "contenu par celui de l'archive, utilisez --replace (une sauvegarde de la base "
                "est faite avant) ; sinon, importez dans une nouvelle base.",
                held=held,
            )


def _copy_out(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    sha: str,
    target: Path,
    limits: ArchiveLimits,
) -> None:
    """Copy one piece to ``target`` a chunk at a time, through a partial file at the
    top of the attachments folder (removed on failure, and at the next opening if the
    program is killed meanwhile)."""
    fd, partial = new_partial_file(target.parent.parent)
    try:
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks(archive, info, limits):
                digest.update(chunk)
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        if digest.hexdigest() != sha:
            invalid(f"la pièce {info.filename} a changé pendant l'import.")
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ValidationError(
            "La pièce {name} n'a pu être copiée dans le dossier des pièces jointes "
            "({folder}) : {cause}. Rien n'a été importé.",
            name=info.filename,
            folder=target.parent.parent,
            cause=error.strerror or error,
        ) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _piece_chunks(kept: Pieces, sha: str) -> Iterator[bytes]:
    """The content of a piece, a chunk at a time from a file (a piece may be large)."""
    if isinstance(kept, FolderPieces):
        with stored_path(kept.folder, sha).open("rb") as source:
            while chunk := source.read(CHUNK):
                yield chunk
    else:
        yield kept.read(sha)


def _read_piece(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, sha: str, limits: ArchiveLimits
) -> bytes:
    """One piece of the archive, whole, checked against its name."""
    data = b"".join(chunks(archive, info, limits))
    if hashlib.sha256(data).hexdigest() != sha:
        invalid(f"la pièce {info.filename} a changé pendant l'import.")
    return data


def _remove_created(created: list[Path]) -> None:
    """Take back out what a failed import added to the attachments folder (no row refers
    to it): the copies, then the folders made for them."""
    for path in reversed(created):
        try:
            if path.is_dir():
                path.rmdir()
            else:
                path.unlink(missing_ok=True)
        except OSError:
            continue


def _member_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=dt.datetime.now().timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def _audit_text(summary: ArchiveSummary) -> dict[str, Any]:
    return {
        "fichier": str(summary.path),
        "lignes": summary.total_rows,
        "pièces": summary.attachment_files,
    }
