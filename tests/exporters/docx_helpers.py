"""Reading exported Word files back, as a reviewer would."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
from docx.document import Document as DocumentObject
from docx.table import Table

from irev_desktop.exporters.kinds import DocumentKind
from irev_desktop.sample_data.demo import MAIN_MEETING_DATE
from irev_desktop.services.export import ExportService
from irev_desktop.services.facade import Services

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def plain(text: str) -> str:
    """The text with ordinary spaces and apostrophes, so tests can look for phrases."""
    return text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'")


def tables(container: DocumentObject | Table) -> Iterator[Table]:
    for table in container.tables:
        yield table
        for row in table.rows:
            for cell in row.cells:
                yield from tables(cell)  # type: ignore[arg-type]


def all_text(document: DocumentObject) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in tables(document):
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return plain("\n".join(parts))


def part_xml(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read(name).decode("utf-8")


def part_names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as package:
        return package.namelist()


def main_meeting_id(services: Services) -> int:
    return next(
        m.id
        for m in services.meetings.meetings()
        if m.date == MAIN_MEETING_DATE and m.body_short_name == "AG"
    )


def export(
    services: Services,
    kind: DocumentKind,
    folder: Path,
    meeting_id: int | None = None,
    **options: object,
) -> tuple[Path, DocumentObject]:
    meeting = main_meeting_id(services) if meeting_id is None else meeting_id
    path = ExportService(services.store).export(
        meeting,
        kind,
        folder / f"{kind.value}.docx",
        **options,  # type: ignore[arg-type]
    )
    return path, docx.Document(str(path))
