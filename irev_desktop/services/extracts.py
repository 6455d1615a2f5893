"""Every deliberation of a meeting as an extract of the register, one file each."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from irev_desktop.domain.errors import ValidationError
from irev_desktop.exporters.kinds import DocumentKind
from irev_desktop.exporters.names import extract_file_name
from irev_desktop.services.export import ExportService, write_document

__all__ = ["export_all_extracts", "free_path"]


def export_all_extracts(
    exporter: ExportService,
    meeting_id: int,
    folder: Path,
    *,
    pdf: bool = False,
    template: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """Write one extract per deliberation of the meeting into ``folder`` (.docx, or
    .pdf through one run of LibreOffice) and return the files written, in the order of
    the register. A name already taken gets « (2) », « (3) »…: nothing is overwritten."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ValidationError("Le dossier « {folder} » n'existe pas.", folder=folder)
    deliberations = exporter.request(meeting_id).meeting.deliberations
    if not deliberations:
        raise ValidationError("Cette séance n'a pas de délibération à extraire du registre.")
    total = len(deliberations) + (1 if pdf else 0)
    contents: list[bytes] = []
    for done, deliberation in enumerate(deliberations):
        if progress is not None:
            progress(done, total)
        contents.append(
            exporter.document_bytes(
                meeting_id,
                DocumentKind.EXTRAIT,
                template=template,
                deliberation=deliberation.number,
            )
        )
    if pdf:
        if progress is not None:
            progress(len(deliberations), total)
        contents = exporter.pdf_converter.convert_many(contents)
    suffix = ".pdf" if pdf else ".docx"
    written: list[Path] = []
    for deliberation, content in zip(deliberations, contents, strict=True):
        target = free_path(
            folder, extract_file_name(deliberation.number, deliberation.title, suffix)
        )
        try:
            write_document(target, content)
        except BaseException:
            with contextlib.suppress(OSError):
                if target.stat().st_size == 0:
                    target.unlink()  # the empty file that held the name
            raise
        written.append(target)
    if progress is not None:
        progress(total, total)
    return written


def free_path(folder: Path, name: str) -> Path:
    """``folder / name``, or « name (2) », « (3) »… when it is taken; the name is held
    at once by an empty file, so that nothing written meanwhile is overwritten."""
    path = folder / name
    stem, suffix = path.stem, path.suffix
    for number in range(1, 1000):
        candidate = path if number == 1 else folder / f"{stem} ({number}){suffix}"
        try:
            fd = os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)
        except FileExistsError:
            continue
        except OSError as error:
            raise ValidationError(
                "Impossible d'écrire dans le dossier « {folder} » : {cause}.",
                folder=folder,
                cause=error.strerror or str(error),
            ) from error
        os.close(fd)
        return candidate
    raise ValidationError(
        "Le dossier « {folder} » contient déjà trop de fichiers nommés « {name} ».",
        folder=folder,
        name=name,
    )
