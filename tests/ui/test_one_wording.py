"""One fact, one wording: the procès-verbal, ``irev-desktop show`` and the archive's
reader state the facts of the AG of 8 March 2021 in the same sentences (``model.wording``).

The Word documents set French typography (no-break spaces before « : » and « ; »,
typographic apostrophes): the document's text is compared with those marks made plain,
as a reader compares sentences."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pytestqt.qtbot import QtBot

from irev_desktop.cli import main
from irev_desktop.exporters.kinds import DocumentKind
from irev_desktop.model import wording
from irev_desktop.model.dto import MeetingDetail
from irev_desktop.model.wording import People
from irev_desktop.paths import AppPaths
from irev_desktop.sample_data.demo import MAIN_MEETING_DATE
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.pages.archive import ArchivePage

QUORUM = (
    "Le quorum étant atteint à l'ouverture de la séance (90 droits statutaires présents ou "
    "représentés sur 100 ; quorum requis : 2/3, soit 66,67), l'Assemblée générale peut "
    "valablement délibérer."
)


def plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'")


def pv_text(context: UiContext, meeting_id: int, folder: Path) -> str:
    path = context.services.export.export(meeting_id, DocumentKind.PV, folder / "pv.docx")
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return plain("\n".join(parts))


def show_text(paths: AppPaths, meeting_id: int, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["--db", str(paths.db), "show", str(meeting_id)]) == 0
    return capsys.readouterr().out


def archive_text(qtbot: QtBot, context: UiContext, meeting_id: int) -> str:
    page = ArchivePage(context)
    qtbot.addWidget(page)
    page.select_meeting(meeting_id)
    return page.reader.toPlainText()


@pytest.fixture
def readings(
    qtbot: QtBot,
    context: UiContext,
    paths: AppPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> tuple[MeetingDetail, People, dict[str, str]]:
    """The meeting, its people, and its text as each of the three readers gives it."""
    meeting_id = next(
        m.id
        for m in context.services.meetings.meetings()
        if m.date == MAIN_MEETING_DATE and m.body_short_name == "AG"
    )
    detail = context.services.meetings.meeting(meeting_id)
    people = People({p.id: p.civility for p in context.services.registry.people()})
    texts = {
        "procès-verbal": pv_text(context, meeting_id, tmp_path),
        "show": show_text(paths, meeting_id, capsys),
        "archive": archive_text(qtbot, context, meeting_id),
    }
    return detail, people, texts


def test_the_quorum_of_the_ag_of_8_march_2021_reads_the_same_everywhere(
    readings: tuple[MeetingDetail, People, dict[str, str]],
) -> None:
    detail, _, texts = readings
    assert wording.quorum_sentence(detail) == QUORUM
    for reader, text in texts.items():
        assert QUORUM in text, reader


def test_the_facts_of_the_meeting_read_the_same_everywhere(
    readings: tuple[MeetingDetail, People, dict[str, str]],
) -> None:
    detail, people, texts = readings
    girard = next(a for a in detail.attendance if a.person_name == "Thomas Girard")
    caron = next(a for a in detail.attendance if a.person_name == "Didier Caron")
    report = next(i for i in detail.items if i.rapporteur_name == "Anne Delmotte")
    facts = [
        wording.date_long(detail.date),
        wording.hours(detail),
        wording.chair(detail, people),
        wording.secretary(detail, people),
        # The attendance: a proxy and an arrival, as the PV's presence column words them.
        *wording.presence_events(girard, people),
        *wording.presence_events(caron, people),
        wording.item_line(report, people),
        *(wording.deliberation_heading(d) for d in detail.deliberations),
    ]
    assert facts[:4] == [
        "lundi 8 mars 2021",
        "de 10 h 05 à 11 h 45",
        "Mme Milouda Ala, présidente",
        "Mme Anne Delmotte, directrice de l'IREV",
    ]
    assert "pouvoir à M. Laurent Buchaillat" in facts
    assert "arrivée à 10 h 15" in facts
    for reader, text in texts.items():
        for fact in facts:
            assert fact in text, (reader, fact)
    # The whole attendance line where the reader writes the status word beside it.
    for reader in ("procès-verbal", "show"):
        assert "représenté, pouvoir à M. Laurent Buchaillat" in texts[reader], reader
        assert "présent, arrivée à 10 h 15" in texts[reader], reader


def test_vote_results_read_the_same_everywhere(
    readings: tuple[MeetingDetail, People, dict[str, str]],
) -> None:
    detail, people, texts = readings
    for d in detail.deliberations:
        result = wording.result_words(d, people, detail.chair_id)
        assert result == "adoptée à l'unanimité"
        for reader, text in texts.items():
            assert result in text.lower(), reader
        assert wording.result_sentence(d, people, detail.chair_id) in texts["procès-verbal"]
        # The table of the documents, in one line for the screen and the terminal.
        line = wording.votes_line(d, detail.body)
        assert line.startswith("Voix — pour : ")
        for reader in ("show", "archive"):
            assert line in texts[reader], reader
