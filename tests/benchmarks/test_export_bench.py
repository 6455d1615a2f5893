"""Exporting the procès-verbal of a 40-item, 80-attendee meeting.

The service reads the meeting from the store, lays the document out in the
organisation's styles (French typography, widths, repeated header rows, shading, page
numbers) and writes it atomically (temporary file, fsync, rename). Baseline: python-docx
writing the same paragraphs and tables — the texts read back from the service's own
document — with no styling, from memory, to a file, also fsynced; the two run in paired
rounds in the same test. Target: at most 2 times (the exporters write their XML in one
pass: ``exporters.xml_build``).
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
from irev_desktop.sample_data.large_meeting import large_meeting
from irev_desktop.services.facade import Services

from .conftest import paired_rounds, record

TARGET_RATIO = 2.0
ROUNDS = 15
Block = tuple[str, Any]


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


def test_export_of_the_minutes(benchmark: Any, meeting: tuple[Services, int, Path]) -> None:
    services, meeting_id, folder = meeting
    reference = services.export.export(meeting_id, DocumentKind.PV, folder / "reference.docx")
    blocks = blocks_of(reference)
    tables = [content for kind, content in blocks if kind == "t"]
    # The attendance table: a header and the 40 seats; the 40 suppléants, there with
    # their titulaires, sit for no one and are named after the table.
    assert len(tables[0]) == 41
    assert sum(1 for kind, text in blocks if kind == "p" and text.startswith(("1. ", "40. ")))
    output, plain = folder / "pv.docx", folder / "plain.docx"

    def export() -> None:
        services.export.export(meeting_id, DocumentKind.PV, output)

    benchmark(export)
    paired = paired_rounds(lambda: write_plain(blocks, plain), export, rounds=ROUNDS)
    record(benchmark, paired, TARGET_RATIO)
    print(
        f"\nPV export (40 items, 80 attendees): service {paired.ours * 1000:.0f} ms, "
        f"plain python-docx {paired.baseline * 1000:.0f} ms; median ratio of {ROUNDS} paired "
        f"rounds {paired.ratio:.2f} (target ≤ {TARGET_RATIO})"
    )
    assert blocks_of(plain) == blocks
    assert blocks_of(output) == blocks
    assert paired.ratio <= TARGET_RATIO
