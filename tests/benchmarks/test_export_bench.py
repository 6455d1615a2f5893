"""Exporting the procès-verbal of a 40-item, 80-attendee meeting.

The service reads the meeting from the store, lays the document out in the
organisation's styles (French typography, widths, repeated header rows, shading, page
numbers) and writes it atomically (temporary file, fsync, rename). Baseline: python-docx
writing the same paragraphs and tables — the texts read back from the service's own
document — with no styling, from memory, to a file, also fsynced. Target: at most 2
times (the exporters write their XML in one pass: ``exporters.xml_build``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from irev_desktop.exporters.kinds import DocumentKind
from irev_desktop.paths import AppPaths
from irev_desktop.services.archive_generator import large_meeting
from irev_desktop.services.facade import Services

from .conftest import median

TARGET_RATIO = 2.0
Block = tuple[str, Any]
results: dict[str, float] = {}


@pytest.fixture(scope="module")
def meeting(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, int, Path]]:
    folder = tmp_path_factory.mktemp("export")
    with Services.open(AppPaths(folder / "irev.sqlite"), write=True) as services:
        meeting_id = large_meeting(services, items=40, attendees=80)
        yield services, meeting_id, folder


def blocks_of(path: Path) -> list[Block]:
    """The paragraphs and tables of a document, in order, as plain texts."""
    document = docx.Document(str(path))
    blocks: list[Block] = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            blocks.append(("p", Paragraph(child, document).text))
        elif child.tag == qn("w:tbl"):
            rows = Table(child, document).rows
            blocks.append(("t", [[cell.text for cell in row.cells] for row in rows]))
    return blocks


def write_plain(blocks: list[Block], path: Path) -> None:
    document = docx.Document()
    for kind, content in blocks:
        if kind == "p":
            document.add_paragraph(content)
            continue
        table = document.add_table(rows=len(content), cols=len(content[0]))
        for row, values in zip(table.rows, content, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    with open(path, "wb") as handle:
        document.save(handle)
        handle.flush()
        os.fsync(handle.fileno())


def test_baseline_plain_python_docx(benchmark: Any, meeting: tuple[Services, int, Path]) -> None:
    services, meeting_id, folder = meeting
    reference = services.export.export(meeting_id, DocumentKind.PV, folder / "reference.docx")
    blocks = blocks_of(reference)
    tables = [content for kind, content in blocks if kind == "t"]
    # The attendance table: a header and the 40 seats; the 40 suppléants, there with
    # their titulaires, sit for no one and are named after the table.
    assert len(tables[0]) == 41
    assert sum(1 for kind, text in blocks if kind == "p" and text.startswith(("1. ", "40. ")))
    benchmark(write_plain, blocks, folder / "plain.docx")
    assert blocks_of(folder / "plain.docx") == blocks
    results["plain"] = median(benchmark)


def test_export_of_the_minutes(benchmark: Any, meeting: tuple[Services, int, Path]) -> None:
    services, meeting_id, folder = meeting
    output = folder / "pv.docx"
    benchmark(services.export.export, meeting_id, DocumentKind.PV, output)
    service, baseline = median(benchmark), results["plain"]
    ratio = service / baseline
    print(
        f"\nPV export (40 items, 80 attendees): service {service * 1000:.0f} ms, "
        f"plain python-docx {baseline * 1000:.0f} ms, ratio {ratio:.2f} "
        f"(target ≤ {TARGET_RATIO})"
    )
    assert blocks_of(output) == blocks_of(folder / "reference.docx")
    assert ratio <= TARGET_RATIO
