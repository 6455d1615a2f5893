"""Writing a meeting's Word documents: read the plain data, render, save atomically."""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from sqlalchemy import select

from irev_desktop.db import models
from irev_desktop.db.sqlite_files import is_full_disk, os_error_text
from irev_desktop.domain.enums import Civility
from irev_desktop.domain.errors import StoreWriteError, ValidationError
from irev_desktop.exporters.kinds import DocumentKind
from irev_desktop.exporters.model import ExportRequest
from irev_desktop.exporters.names import proposed_file_name
from irev_desktop.model import dto
from irev_desktop.services.base import ServiceBase
from irev_desktop.services.meetings import MeetingService
from irev_desktop.services.pdf import PdfConverter
from irev_desktop.services.seal_export import sealed_request

__all__ = ["DocumentKind", "ExportService", "write_document"]


class ExportService(ServiceBase):
    # LibreOffice, looked for where it usually is at each conversion; tests set another.
    pdf_converter: PdfConverter = PdfConverter()

    def export(
        self,
        meeting_id: int,
        kind: DocumentKind,
        output: Path,
        *,
        template: Path | None = None,
        deliberation: str | None = None,
        progress: Callable[[int, int], None] | None = None,
        per_member: bool = False,
        force: bool = False,
    ) -> Path:
        """Write the document to ``output`` (.docx, or .pdf through LibreOffice; the
        convocation also as .ics, its calendar invitation) and return its path. The
        file appears whole or not at all: it is written beside ``output`` then renamed
        over it."""
        output = Path(output)
        if output.suffix.lower() == ".ics":  # the calendar invitation of the convocation
            return self._invitation(meeting_id, kind, output)
        _check_output(output)
        content = self.document_bytes(
            meeting_id,
            kind,
            template=template,
            deliberation=deliberation,
            progress=progress,
            per_member=per_member,
            force=force,
        )
        if output.suffix.lower() == ".pdf":
            content = self.pdf_converter.convert(content)
            if kind is DocumentKind.PV and not force:
                # The first PDF of signed minutes is kept beside their seal.
                MeetingService(self._store).keep_signed_pdf(meeting_id, content)
        write_document(output, content)
        return output

    def document_bytes(
        self,
        meeting_id: int,
        kind: DocumentKind,
        *,
        template: Path | None = None,
        deliberation: str | None = None,
        progress: Callable[[int, int], None] | None = None,
        per_member: bool = False,
        force: bool = False,
    ) -> bytes:
        """The .docx file's content, rendered in memory. ``force``: minutes whose seal
        fails are written all the same, marked « non conforme » on every page."""
        # python-docx is imported by the first export, not when the program starts.
        from irev_desktop.exporters.render import render

        request = self.request(meeting_id, deliberation)
        # A seal that fails refuses the minutes, unless forced (« non conforme »).
        request = sealed_request(self._store, request, kind, force=force)
        document = render(
            kind, request, template=template, progress=progress, per_member=per_member
        )
        # Rendered in memory first: a failing disk then fails a plain write, never the
        # zip writer half-way (whose later clean-up would print a traceback).
        content = io.BytesIO()
        document.save(content)
        return content.getvalue()

    def _invitation(self, meeting_id: int, kind: DocumentKind, output: Path) -> Path:
        if kind is not DocumentKind.CONVOCATION:
            raise ValidationError(
                "Seule la convocation s'écrit aussi en invitation d'agenda (.ics) : "
                "écrivez ce document ({document}) en .docx (document Word) ou en .pdf.",
                document=kind.label,
            )
        _check_place(output)
        from irev_desktop.services.convocations import ConvocationService

        write_document(output, ConvocationService(self._store, self).invitation_bytes(meeting_id))
        return output

    def convocation_letters(
        self,
        meeting_id: int,
        recipients: Sequence[Collection[int]],
        *,
        template: Path | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[bytes]:
        """One convocation .docx per entry of ``recipients``, holding the letters of
        those people (each with its proxy form); the meeting is read once."""
        from irev_desktop.exporters.render import render

        request = sealed_request(
            self._store, self.request(meeting_id), DocumentKind.CONVOCATION, force=False
        )
        contents: list[bytes] = []
        for done, people in enumerate(recipients):
            if progress is not None:
                progress(done, len(recipients))
            document = render(
                DocumentKind.CONVOCATION, request, template=template, recipients=people
            )
            content = io.BytesIO()
            document.save(content)
            contents.append(content.getvalue())
        return contents

    def register(
        self,
        body_id: int,
        year: int,
        output: Path,
        *,
        template: Path | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> Path:
        """The annual register of deliberations of a body (see ``services.register``)."""
        from irev_desktop.services.register import RegisterService

        return RegisterService(self._store).register(
            body_id, year, output, template=template, progress=progress
        )

    def all_extracts(
        self,
        meeting_id: int,
        folder: Path,
        *,
        pdf: bool = False,
        template: Path | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[Path]:
        """Every deliberation of the meeting as an extract, one file each, in ``folder``
        (see ``services.extracts``)."""
        from irev_desktop.services.extracts import export_all_extracts

        return export_all_extracts(
            self, meeting_id, folder, pdf=pdf, template=template, progress=progress
        )

    def request(self, meeting_id: int, deliberation: str | None = None) -> ExportRequest:
        """The meeting as the exporters see it: its detail and its people's civilities."""
        service = MeetingService(self._store)
        # Signed minutes (seal version 3) are written as signed, whatever the register
        # says today (a person renamed since keeps the name the minutes gave them).
        signed = service.signed_snapshot(meeting_id)
        if signed is not None:
            return ExportRequest(signed.meeting, signed.civilities, deliberation)
        meeting = service.meeting(meeting_id)
        return ExportRequest(meeting, self._civilities(meeting), deliberation)

    def proposed_file_name(
        self, meeting_id: int, kind: DocumentKind, deliberation: str | None = None
    ) -> str:
        meeting = MeetingService(self._store).meeting(meeting_id)
        return proposed_file_name(meeting, kind, deliberation)

    def _civilities(self, meeting: dto.MeetingDetail) -> dict[int, Civility | None]:
        ids = {a.person_id for a in meeting.attendance}
        ids |= {a.proxy_holder_id for a in meeting.attendance if a.proxy_holder_id}
        ids |= {i.rapporteur_id for i in meeting.items if i.rapporteur_id}
        ids |= {a.person_id for a in meeting.actions if a.person_id}
        ids |= {m.person_id for m in meeting.in_office}
        ids |= {p for p in (meeting.chair_id, meeting.secretary_id) if p}
        with self._store.reading() as session:
            rows = session.execute(
                select(models.Person.id, models.Person.civility).where(models.Person.id.in_(ids))
            )
            return {ident: civility for ident, civility in rows}


def write_document(output: Path, content: bytes) -> None:
    """Write ``content`` to ``output`` whole or not at all, with the user's usual
    permissions: written beside it, then renamed over it."""
    temp: Path | None = None
    try:
        fd, temp_name = tempfile.mkstemp(
            prefix=f".{output.stem[:40]}-",
            suffix=f"{output.suffix.lower()}.tmp",
            dir=output.parent,
        )
        temp = Path(temp_name)
        if hasattr(os, "fchmod"):  # mkstemp makes 0600; a document is the user's as usual
            os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, output)
    except PermissionError as error:
        raise ValidationError(
            "Impossible d'écrire « {output} » : le fichier est peut-être ouvert dans "
            "Word ou LibreOffice, ou le dossier est protégé. Fermez-le et recommencez.",
            output=output,
        ) from error
    except OSError as error:
        if is_full_disk(error):
            raise StoreWriteError(
                "Le disque est plein : « {output} » n'a pas pu être écrit ; "
                "aucun fichier partiel n'a été laissé.",
                output=output,
            ) from error
        raise ValidationError(
            "Impossible d'écrire « {output} » : {cause}.",
            output=output,
            cause=os_error_text(error),
        ) from error
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)


def _umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere: set and restore at once
    os.umask(mask)
    return mask


def _check_output(output: Path) -> None:
    if output.suffix.lower() not in (".docx", ".pdf"):
        raise ValidationError(
            "Le fichier « {name} » doit porter l'extension .docx (document Word) ou .pdf "
            "(document PDF).",
            name=output.name,
        )
    _check_place(output)


def _check_place(output: Path) -> None:
    if output.is_dir():
        raise ValidationError("« {output} » est un dossier, pas un fichier.", output=output)
    if not output.parent.is_dir():
        raise ValidationError("Le dossier « {folder} » n'existe pas.", folder=output.parent)
