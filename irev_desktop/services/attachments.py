"""Files attached to a meeting: copies kept with the store (``services.pieces``).

A copy is named by the SHA-256 of its content, never by the name the user gave, so
no user text ever becomes a path, and the same file attached twice is stored once.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from sqlalchemy import select

from irev_desktop.db import models
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.text import sanitise_line
from irev_desktop.model import dto
from irev_desktop.services import convert
from irev_desktop.services.attachment_text import extract_text, save_text
from irev_desktop.services.base import ServiceBase
from irev_desktop.services.pieces import pieces_of, stored_path

__all__ = ["MAX_ATTACHMENT_BYTES", "AttachmentService", "stored_path"]

# The largest file that can be attached, and so the largest piece an archive may hold.
MAX_ATTACHMENT_BYTES = 500 * 1024 * 1024


class AttachmentService(ServiceBase):
    def attach_file(
        self, meeting_id: int, source: Path, *, item_id: int | None = None
    ) -> dto.AttachmentDTO:
        if not source.is_file():
            raise ValidationError("Le fichier {source} est introuvable.", source=source)
        if source.stat().st_size > MAX_ATTACHMENT_BYTES:
            raise ValidationError("Le fichier dépasse 500 Mo : il ne peut être joint.")
        try:
            data = source.read_bytes()
        except OSError as error:
            raise ValidationError(
                "Le fichier {source} ne peut être lu : {cause}.",
                source=source,
                cause=error.strerror,
            ) from error
        return self.attach_bytes(meeting_id, source.name, data, item_id=item_id)

    def attach_bytes(
        self, meeting_id: int, name: str, data: bytes, *, item_id: int | None = None
    ) -> dto.AttachmentDTO:
        original = sanitise_line(name, max_length=300) or "pièce jointe"
        # Read once for the search index, before taking the write lock; never raises.
        extracted = extract_text(original, data)
        with self._store.writing() as session:
            self.editable_meeting(session, meeting_id)
            if item_id is not None:
                item = self.get(session, models.AgendaItem, item_id)
                if item.meeting_id != meeting_id:
                    raise ValidationError("Ce point n'appartient pas à cette séance.")
            digest = pieces_of(self._store).put(data, session)
            row = models.Attachment(
                meeting_id=meeting_id,
                item_id=item_id,
                original_name=original,
                media_type=mimetypes.guess_type(original)[0] or "application/octet-stream",
                size=len(data),
                sha256=digest,
            )
            session.add(row)
            session.flush()
            save_text(session, row.id, extracted)
            self.audit(session, "attachment.create", "attachment", row.id, after=original)
            return convert.attachment(row)

    def file_path(self, attachment_id: int) -> Path:
        """A file of the copy on this computer, to open it with the system's viewer."""
        with self._store.reading() as session:
            row = self.get(session, models.Attachment, attachment_id)
        pieces = pieces_of(self._store)
        try:
            return pieces.viewable(row.sha256, row.original_name)
        except FileNotFoundError as error:
            raise self._missing(row, pieces.place()) from error

    @staticmethod
    def _missing(row: models.Attachment, place: str) -> ValidationError:
        return ValidationError(
            "La copie de « {name} » manque dans le dossier des pièces jointes "
            "({folder}). Restaurez une sauvegarde ou joignez le fichier à nouveau.",
            name=row.original_name,
            folder=place,
        )

    def set_title(self, attachment_id: int, title: str) -> dto.AttachmentDTO:
        """Name the annex as the documents list it (« Rapport d'activités 2020 »); an
        empty title gives back the file name without its extension."""
        cleaned = sanitise_line(title, max_length=300)
        with self._store.writing() as session:
            row = self.get(session, models.Attachment, attachment_id)
            self.editable_meeting(session, row.meeting_id)
            if row.title != cleaned:
                self.audit(session, "attachment.title", "attachment", row.id, row.title, cleaned)
                row.title = cleaned
            session.flush()
            return convert.attachment(row)

    def read_bytes(self, attachment_id: int) -> bytes:
        with self._store.reading() as session:
            row = self.get(session, models.Attachment, attachment_id)
        pieces = pieces_of(self._store)
        try:
            return pieces.read(row.sha256)
        except FileNotFoundError as error:
            raise self._missing(row, pieces.place()) from error

    def remove(self, attachment_id: int) -> None:
        """Detach a file. Its copy stays in the folder: earlier backups still refer to it."""
        with self._store.writing() as session:
            row = self.get(session, models.Attachment, attachment_id)
            self.editable_meeting(session, row.meeting_id)
            session.delete(row)
            self.audit(
                session, "attachment.delete", "attachment", attachment_id, before=row.original_name
            )

    def attachments(self, meeting_id: int) -> list[dto.AttachmentDTO]:
        with self._store.reading() as session:
            rows = session.scalars(
                select(models.Attachment)
                .where(models.Attachment.meeting_id == meeting_id)
                .order_by(models.Attachment.id)
            )
            return [convert.attachment(row) for row in rows]
