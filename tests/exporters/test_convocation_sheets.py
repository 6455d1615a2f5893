"""The convocation is a letter (subject, addressee, date of the convocation) with its
proxy form on a page of its own; the attendance sheet of a videoconference is a list
certified by the president and the secretary, that of a meeting in a room a sheet to sign."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx.document import Document as DocumentObject
from docx.text.paragraph import Paragraph

from irev_desktop.domain.enums import AttendanceStatus, MeetingMode
from irev_desktop.exporters import sheets
from irev_desktop.exporters.common import Context
from irev_desktop.exporters.document import open_base
from irev_desktop.exporters.kinds import DocumentKind
from irev_desktop.exporters.writer import Writer
from irev_desktop.model.inputs import MeetingHeader
from irev_desktop.model.wording import People
from irev_desktop.services.export import ExportService
from irev_desktop.services.facade import Services

from .docx_helpers import W, all_text, export, main_meeting_id, plain


def person(services: Services, name: str) -> int:
    return next(p.id for p in services.registry.people() if p.full_name == name)


@pytest.fixture
def in_person(demo: Services) -> int:
    """A board meeting in a room, chaired by a man: one excused, one represented."""
    board = next(b for b in demo.registry.bodies() if b.short_name == "CA")
    chair = person(demo, "Laurent Buchaillat")
    meeting = demo.meetings.create_meeting(
        board.id,
        MeetingHeader(
            title="Conseil d'administration",
            date=dt.date(2021, 6, 17),
            planned_start=dt.time(14, 30),
            mode=MeetingMode.IN_PERSON,
            place="Lille",
            chair_id=chair,
            convened_on=dt.date(2021, 6, 1),
        ),
    )
    demo.attendance.set_status(meeting.id, chair, AttendanceStatus.PRESENT)
    demo.attendance.set_status(meeting.id, person(demo, "Hélène Roussel"), AttendanceStatus.EXCUSED)
    demo.attendance.set_status(
        meeting.id,
        person(demo, "Didier Caron"),
        AttendanceStatus.REPRESENTED,
        proxy_holder_id=chair,
    )
    return meeting.id


def build(services: Services, meeting_id: int, *, per_member: bool) -> DocumentObject:
    """The convocation written through the same sections as an export."""
    request = ExportService(services.store).request(meeting_id)
    ctx = Context(request.meeting, People(request.civilities))
    document = open_base(None).document
    writer = Writer(document)
    for section in sheets.convocation(ctx, per_member=per_member):
        section(writer)
    return document


def starts_page(paragraph: Paragraph) -> bool:
    """A page break before the paragraph: its own property, or a w:br at the end of the
    paragraph before it."""
    if paragraph.paragraph_format.page_break_before:
        return True
    previous = paragraph._p.getprevious()
    return previous is not None and any(
        br.get(f"{W}type") == "page" for br in previous.iter(f"{W}br")
    )


def proxy_headings(document: DocumentObject) -> list[Paragraph]:
    return [p for p in document.paragraphs if p.text == "Pouvoir"]


# Convocation ------------------------------------------------------------------------------


def test_the_convocation_is_a_letter_with_subject_addressee_and_date(
    demo: Services, out: Path
) -> None:
    _, document = export(demo, DocumentKind.CONVOCATION, out)
    text = all_text(document)
    assert "Objet : Convocation à l'Assemblée générale du lundi 8 mars 2021" in text
    assert "Mesdames et Messieurs les membres de l'Assemblée générale" in text
    # Dated with the convocation date of the example (20 days before the meeting).
    assert "Lille, le 16 février 2021" in text
    assert "Madame, Monsieur," in text
    assert "qui se tiendra le lundi 8 mars 2021 à 10 h 00 en visioconférence." in text
    # The internal reminder stays in the window.
    assert "au plus tard" not in text and "délai de convocation" not in text.lower()


def test_without_a_convocation_date_the_letter_leaves_room_to_date_it(
    demo: Services, out: Path
) -> None:
    planned = next(m for m in demo.meetings.meetings() if m.date == dt.date(2021, 11, 25))
    _, document = export(demo, DocumentKind.CONVOCATION, out, meeting_id=planned.id)
    text = all_text(document)
    assert "Lille, le ………" in text
    assert "au plus tard" not in text


def test_the_proxy_form_has_a_page_of_its_own_and_names_the_chair_in_her_gender(
    demo: Services, out: Path
) -> None:
    _, document = export(demo, DocumentKind.CONVOCATION, out)
    [heading] = proxy_headings(document)
    assert starts_page(heading)
    text = all_text(document)
    assert "à adresser à la présidente de séance" in text  # a videoconference
    assert "au président" not in text


def test_a_man_in_the_chair_is_le_president(demo: Services, out: Path, in_person: int) -> None:
    _, document = export(demo, DocumentKind.CONVOCATION, out, meeting_id=in_person)
    text = all_text(document)
    assert "Pouvoir à remettre au président de séance avant l'ouverture" in text
    assert "Le président," in text and "présidente" not in text
    # « du Conseil », never « de le Conseil ».
    assert "Objet : Convocation au Conseil d'administration du jeudi 17 juin 2021" in text
    assert "les membres du Conseil d'administration" in text
    assert "de le " not in text and "à le " not in text
    assert "Lille, le 1er juin 2021" in text


def test_one_letter_per_member_each_on_its_own_page(demo: Services) -> None:
    meeting = demo.meetings.meeting(main_meeting_id(demo))
    document = build(demo, meeting.id, per_member=True)
    text = all_text(document)
    letters = [p for p in document.paragraphs if p.text.upper() == "CONVOCATION"]
    organisation = [p for p in document.paragraphs if p.text == meeting.organisation.name]
    # Everyone in office but the chair, who signs the letters.
    people = {m.person_id for m in meeting.in_office} - {meeting.chair_id}
    assert len(letters) == len(organisation) == len(people) > 3
    assert all(starts_page(p) for p in organisation[1:])
    assert not starts_page(organisation[0])
    assert "Monsieur Laurent Buchaillat" in text and "Monsieur," in text
    assert "Madame Hélène Roussel" in text and "Je vous prie d'agréer, Madame," in text
    assert "Je soussigné M. Laurent Buchaillat (État)" in text
    assert "Je soussignée Mme Hélène Roussel (Département du Nord)" in text
    assert "Mesdames et Messieurs les membres" not in text
    # A consultative member gets the letter, without a proxy form.
    assert "Madame Sophie Marchand" in text
    assert len(proxy_headings(document)) == len(people) - 1
    assert all(starts_page(p) for p in proxy_headings(document))


# Émargement -------------------------------------------------------------------------------


def header_cells(document: DocumentObject, index: int = 0) -> list[str]:
    return [c.text for c in document.tables[index].rows[0].cells]


def no_excused_in_proxy_column(document: DocumentObject) -> None:
    for table in document.tables:
        header = [c.text for c in table.rows[0].cells]
        if "Pouvoir" not in header:
            continue
        column = header.index("Pouvoir")
        for row in table.rows[1:]:
            assert "xcus" not in row.cells[column].text, row.cells[0].text


def test_a_videoconference_gives_a_certified_list_of_participants(
    demo: Services, out: Path
) -> None:
    _, document = export(demo, DocumentKind.EMARGEMENT, out)
    text = all_text(document)
    assert "Liste des participants".upper() in text.upper()
    assert "Séance tenue par visioconférence" in text
    assert "Feuille d'émargement".upper() not in text.upper()
    assert header_cells(document) == ["Nom", "Qualité", "Présence", "Pouvoir"]
    assert all("Signature" not in c.text for t in document.tables for c in t.rows[0].cells)
    assert "Liste certifiée exacte par la présidente de séance et la secrétaire de séance" in text
    assert "La présidente de séance," in text and "La secrétaire de séance," in text
    rows = {
        plain(r.cells[0].text.split("\n")[0]): [plain(c.text) for c in r.cells]
        for r in document.tables[0].rows[1:]
    }
    assert rows["Mme Hélène Roussel"][2:] == ["Excusée", ""]
    assert rows["M. Thomas Girard"][2:] == ["Représenté", "Pouvoir donné à M. Laurent Buchaillat"]
    assert rows["M. Didier Caron"][2] == "Présent, arrivée à 10 h 15"
    no_excused_in_proxy_column(document)


def test_a_meeting_in_a_room_keeps_its_sheet_to_sign(
    demo: Services, out: Path, in_person: int
) -> None:
    _, document = export(demo, DocumentKind.EMARGEMENT, out, meeting_id=in_person)
    text = all_text(document)
    assert "Feuille d'émargement".upper() in text.upper()
    assert header_cells(document) == ["Nom", "Qualité", "Observations", "Pouvoir", "Signature"]
    assert "certifiée" not in text
    rows = {
        plain(r.cells[0].text.split("\n")[0]): [plain(c.text) for c in r.cells]
        for r in document.tables[0].rows[1:]
    }
    assert rows["Mme Hélène Roussel"][2:] == ["Excusée", "", ""]
    assert rows["M. Didier Caron"][2:] == [
        "Représenté",
        "Pouvoir donné à M. Laurent Buchaillat",
        "",
    ]
    assert rows["M. Laurent Buchaillat"][3] == "Porteur du pouvoir de M. Didier Caron"
    assert all(r.cells[4].text == "" for r in document.tables[0].rows[1:])  # room to sign
    no_excused_in_proxy_column(document)
