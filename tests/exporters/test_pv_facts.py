"""What the minutes and the extract state, checked against the attendance history.

The example is the general assembly of Monday 8 March 2021: Didier Caron joins at
10 h 15, after the first vote; Karim Benali, suppléant, sits for Hélène Roussel, excused.
Every figure expected here is computed from the domain (``quorum.compute_quorum`` on the
meeting's participants), never copied from what the exporter prints.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from docx.shared import Cm

from irev_desktop.domain import french
from irev_desktop.domain.enums import (
    AttendanceStatus,
    ItemKind,
    MeetingMode,
    MeetingStatus,
    QuorumBasis,
)
from irev_desktop.domain.quorum import QuorumRule, QuorumState, compute_quorum
from irev_desktop.exporters.kinds import DocumentKind
from irev_desktop.exporters.render import render
from irev_desktop.model.inputs import ItemFields
from irev_desktop.services.export import ExportService
from irev_desktop.services.facade import Services
from irev_desktop.services.mandates import mandates_in_office
from irev_desktop.services.meeting_reader import meeting_participants, member_rights

from .docx_helpers import all_text, export, main_meeting_id, plain

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
MINUTES = (DocumentKind.PV, DocumentKind.COMPTE_RENDU, DocumentKind.RELEVE)


# The domain's view of the meeting ----------------------------------------------------------
def quorum_at(
    services: Services, meeting_id: int, at: dt.time | None, *, heads: bool = False
) -> QuorumState:
    """The domain's quorum at ``at`` (None: the meeting as a whole); ``heads`` counts the
    seats one each, whatever the body's basis."""
    from irev_desktop.db import models

    with services.store.reading() as session:
        meeting = session.get_one(models.Meeting, meeting_id)
        body = session.get_one(models.Body, meeting.body_id)
        in_office = mandates_in_office(session, body.id, meeting.date)
        people = meeting_participants(session, meeting.id, in_office)
        rights = member_rights(session, body.organisation_id)
    if heads:
        rule = QuorumRule(QuorumBasis.HEADS, 1, 1)
    else:
        rule = QuorumRule(body.quorum_basis, body.quorum_numerator, body.quorum_denominator)
    return compute_quorum(people, rights, rule, at)


def figure(value: float) -> str:
    return french.format_number_fr(value)


def request_for(services: Services, meeting_id: int, **changes: object) -> object:
    """The export request of a meeting, its plain data changed as given."""
    request = ExportService(services.store).request(meeting_id, None)
    meeting = dataclasses.replace(request.meeting, **changes)  # type: ignore[arg-type]
    return dataclasses.replace(request, meeting=meeting)


def rendered_text(kind: DocumentKind, request: object) -> str:
    return text_of(render(kind, request))  # type: ignore[arg-type]


def text_of(document: DocumentObject) -> str:
    return " ".join(all_text(document).replace("\t", " ").split())


def header_texts(document: DocumentObject) -> list[str]:
    """The text of every header a page of the document can show."""
    texts = []
    for section in document.sections:
        headers = [section.header]
        if section.different_first_page_header_footer:
            headers.append(section.first_page_header)
        if document.settings.odd_and_even_pages_header_footer:
            headers.append(section.even_page_header)
        texts += [plain("\n".join(p.text for p in h.paragraphs)) for h in headers]
    return texts


# Counts that add up ------------------------------------------------------------------------
COUNTS = re.compile(
    r"Membres en fonction : (\d+)\. Présents : (\d+)(?:, dont (\d+) en la personne de "
    r"(?:son|leur) suppléant)? ; représentés : (\d+) ; excusés : (\d+) ; absents : (\d+)"
)


def test_pv_counts_add_up_against_the_attendance_history(demo: Services, out: Path) -> None:
    meeting_id = main_meeting_id(demo)
    seats = quorum_at(demo, meeting_id, None, heads=True)
    _, document = export(demo, DocumentKind.PV, out)
    text = text_of(document)
    found = COUNTS.search(text)
    assert found, text[:1500]
    in_office, present, through, represented, excused, absent = (
        int(g or 0) for g in found.groups()
    )
    # Members in office are the seats; each is counted once.
    assert in_office == int(seats.in_office) == 6
    assert present + represented + excused + absent == in_office
    # Over the whole meeting, as the domain counts them (a suppléant fills a seat).
    assert present == seats.present_heads and represented == seats.represented_heads
    assert through == 1
    # The suppléant is linked to the titulaire he sits for, on both rows.
    assert "suppléant de Mme Hélène Roussel" in text
    assert "excusée, suppléée par M. Karim Benali" in text
    # One row per seat, plus the suppléant's row under the titulaire's.
    rows = [plain(r.cells[0].text.split("\n")[0]) for r in document.tables[0].rows[1:]]
    assert len(rows) == in_office + through
    assert rows[rows.index("Mme Hélène Roussel") + 1] == "M. Karim Benali"


def test_compte_rendu_lists_the_seats_once(demo: Services, out: Path) -> None:
    seats = quorum_at(demo, main_meeting_id(demo), None, heads=True)
    _, document = export(demo, DocumentKind.COMPTE_RENDU, out)
    text = text_of(document)
    assert f"Présents ({seats.present_heads})" in text
    assert f"Représentés ({seats.represented_heads})" in text
    assert "M. Karim Benali, suppléant de Mme Hélène Roussel" in text
    assert "Excusés" not in text  # her seat was filled: counted present, once


# The quorum at the opening and at each vote --------------------------------------------------
def opening_phrase(state: QuorumState) -> str:
    return (
        "Le quorum étant atteint à l'ouverture de la séance ("
        f"{figure(float(state.present + state.represented))} droits statutaires présents ou "
        f"représentés sur {figure(float(state.in_office))}"
    )


@pytest.mark.parametrize("kind", MINUTES)
def test_minutes_state_the_quorum_at_the_opening(
    demo: Services, out: Path, kind: DocumentKind
) -> None:
    meeting_id = main_meeting_id(demo)
    detail = demo.meetings.meeting(meeting_id)
    assert detail.actual_start is not None
    opening = quorum_at(demo, meeting_id, detail.actual_start)
    whole = quorum_at(demo, meeting_id, None)
    # The history makes a difference: Didier Caron was not there at the opening.
    assert opening.present + opening.represented < whole.present + whole.represented
    assert detail.opening_quorum is not None
    assert detail.opening_quorum.present + detail.opening_quorum.represented == float(
        opening.present + opening.represented
    )
    _, document = export(demo, kind, out)
    text = text_of(document)
    assert opening_phrase(opening) in text
    assert opening_phrase(whole) not in text
    assert "Le quorum étant atteint (" not in text  # never a figure without its moment


def vote_moments(services: Services, meeting_id: int) -> dict[str, QuorumState]:
    """The domain's quorum at each vote of the example (10 h 10 and 11 h 00, as the demo
    took them), checked against the voters recorded with each deliberation."""
    detail = services.meetings.meeting(meeting_id)
    moments = dict(zip(("2021-01", "2021-02"), (dt.time(10, 10), dt.time(11, 0)), strict=True))
    result = {}
    for deliberation in detail.deliberations:
        state = quorum_at(services, meeting_id, moments[deliberation.number])
        assert deliberation.voting_weight == pytest.approx(float(state.present + state.represented))
        assert deliberation.present_voters == state.present_heads
        assert deliberation.represented_voters == state.represented_heads
        result[deliberation.number] = state
    return result


def test_pv_states_the_quorum_again_only_where_it_changed(demo: Services, out: Path) -> None:
    meeting_id = main_meeting_id(demo)
    detail = demo.meetings.meeting(meeting_id)
    assert detail.actual_start is not None
    opening = quorum_at(demo, meeting_id, detail.actual_start)
    at_vote = vote_moments(demo, meeting_id)
    for kind in (DocumentKind.PV, DocumentKind.RELEVE):
        _, document = export(demo, kind, out)
        text = text_of(document)
        lines = re.findall(r"Au moment du vote : ([\d ,]+) droits statutaires", text)
        changed = [
            figure(float(s.present + s.represented))
            for s in at_vote.values()
            if s.present + s.represented != opening.present + opening.represented
        ]
        assert [line.strip() for line in lines] == changed == ["100"]
        # Stated under the deliberation it belongs to.
        second = text.index("Délibération n° 2021-02")
        assert text.index("Au moment du vote : 100 droits statutaires") > second


@pytest.mark.parametrize("number", ["2021-01", "2021-02"])
def test_extrait_states_the_figures_of_its_own_vote_once(
    demo: Services, out: Path, number: str
) -> None:
    meeting_id = main_meeting_id(demo)
    state = vote_moments(demo, meeting_id)[number]
    seats = quorum_at(demo, meeting_id, None, heads=True)
    _, document = export(demo, DocumentKind.EXTRAIT, out, deliberation=number)
    text = text_of(document)
    counted = figure(float(state.present + state.represented))
    assert (
        f"Le quorum étant atteint au moment du vote ({counted} droits statutaires présents "
        f"ou représentés sur {figure(float(state.in_office))}"
    ) in text
    assert text.count("présents ou représentés") == 1  # one figure on the page
    assert f"Membres en fonction : {int(seats.in_office)}" in text
    assert f"Membres présents : {state.present_heads}" in text
    assert f"Membres représentés : {state.represented_heads}" in text
    away = int(seats.in_office) - state.present_heads - state.represented_heads
    assert f"Membres absents : {away}" in text


# Convocation, place, videoconference -------------------------------------------------------
def test_the_minutes_say_when_the_members_were_convened(demo: Services, out: Path) -> None:
    meeting_id = main_meeting_id(demo)
    convened = dt.date(2021, 2, 16)
    request = request_for(demo, meeting_id, convened_on=convened)
    sentence = (
        "Les membres de l'Assemblée générale, régulièrement convoqués le 16 février 2021, "
        "se sont réunis le lundi 8 mars 2021"
    )
    assert sentence in rendered_text(DocumentKind.PV, request)
    extract = rendered_text(DocumentKind.EXTRAIT, request)
    assert "les membres de l'Assemblée générale, régulièrement convoqués le 16 février 2021, " in (
        extract
    )
    # Without a convocation date the minutes claim none.
    unknown = rendered_text(DocumentKind.PV, request_for(demo, meeting_id, convened_on=None))
    assert "convoqués le" not in unknown
    # The example records its own date, and the minutes state it.
    detail = demo.meetings.meeting(meeting_id)
    if detail.convened_on is not None:
        _, document = export(demo, DocumentKind.PV, out)
        day = french.format_date_long(detail.convened_on).split(" ", 1)[1]
        assert f"régulièrement convoqués le {day}," in text_of(document)


LINK = "https://visio.exemple.fr/j/8842?pwd=Zx81"


@pytest.mark.parametrize("kind", [*MINUTES, DocumentKind.EXTRAIT])
def test_videoconference_wording_and_never_the_link(demo: Services, kind: DocumentKind) -> None:
    request = request_for(demo, main_meeting_id(demo), video_link=LINK)
    text = rendered_text(kind, request)
    assert "http" not in text and "8842" not in text and "Zx81" not in text
    assert "Connexion" not in text
    if kind in (DocumentKind.PV, DocumentKind.EXTRAIT):
        assert (
            "par visioconférence, les participants ayant été identifiés et la transmission "
            "de la séance étant continue et simultanée, sous la présidence de" in text
        )


def test_a_place_reads_naturally_whatever_its_words(demo: Services) -> None:
    meeting_id = main_meeting_id(demo)
    room = request_for(
        demo, meeting_id, mode=MeetingMode.IN_PERSON, place="Salle du Conseil", video_link=LINK
    )
    text = rendered_text(DocumentKind.PV, room)
    assert "se sont réunis le lundi 8 mars 2021 (lieu : Salle du Conseil), sous la" in text
    assert "à Salle" not in text and "visioconférence" not in text and "http" not in text
    hybrid = request_for(demo, meeting_id, mode=MeetingMode.HYBRID, place="Lille", video_link=LINK)
    text = rendered_text(DocumentKind.PV, hybrid)
    assert (
        "en présentiel (lieu : Lille) et par visioconférence, les participants à distance "
        "ayant été identifiés" in text
    )
    assert "http" not in text


# Annexes ---------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", [DocumentKind.PV, DocumentKind.COMPTE_RENDU])
def test_annexes_are_listed_by_their_title(demo: Services, out: Path, kind: DocumentKind) -> None:
    detail = demo.meetings.meeting(main_meeting_id(demo))
    annex = detail.attachments[0]
    _, document = export(demo, kind, out)
    text = text_of(document)
    assert f"Annexe 1 : {plain(annex.shown_title)} (point 3 de l'ordre du jour)" in text
    assert annex.original_name not in text
    assert " Ko)" not in text and "octets" not in text


# Drafts and meetings not held --------------------------------------------------------------
def planned_meeting_id(services: Services) -> int:
    return next(
        m.id
        for m in services.meetings.meetings()
        if m.date == dt.date(2021, 11, 25) and m.body_short_name == "AG"
    )


def make_letterhead(path: Path) -> Path:
    """A letterhead with its own header, and a different one on the first page."""
    document = docx.Document()
    section = document.sections[0]
    section.top_margin = Cm(4)
    section.header.paragraphs[0].text = "EN-TÊTE DES PAGES SUIVANTES"
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "EN-TÊTE DE LA PREMIÈRE PAGE"
    document.add_paragraph("Texte à remplacer")
    document.save(str(path))
    return path


@pytest.mark.parametrize("letterhead", [False, True])
def test_a_meeting_not_held_gives_a_pv_marked_projet_on_every_page(
    demo: Services, out: Path, tmp_path: Path, letterhead: bool
) -> None:
    template = make_letterhead(tmp_path / "papier.docx") if letterhead else None
    meeting_id = planned_meeting_id(demo)
    assert demo.meetings.meeting(meeting_id).status is MeetingStatus.PLANNED
    _, document = export(demo, DocumentKind.PV, out, meeting_id, template=template)
    headers = header_texts(document)
    assert headers and all("PROJET" in h for h in headers), headers
    if letterhead:  # the letterhead's own headers are kept, the mark added under them
        assert any("EN-TÊTE DE LA PREMIÈRE PAGE" in h for h in headers)
        assert any("EN-TÊTE DES PAGES SUIVANTES" in h for h in headers)
    text = text_of(document)
    assert "Projet établi avant la séance" in text
    assert "Le quorum sera constaté à l'ouverture de la séance." in text
    assert "La séance est ouverte à" not in text


@pytest.mark.parametrize("kind", MINUTES)
def test_draft_minutes_are_marked_projet_and_adopted_ones_are_not(
    demo: Services, out: Path, kind: DocumentKind
) -> None:
    meeting_id = main_meeting_id(demo)
    assert demo.meetings.meeting(meeting_id).status is MeetingStatus.MINUTES_DRAFT
    _, draft = export(demo, kind, out)
    assert all("PROJET" in h for h in header_texts(draft))
    adopted = request_for(
        demo,
        meeting_id,
        status=MeetingStatus.MINUTES_ADOPTED,
        adopted_on=dt.date(2021, 11, 25),
    )
    document = render(kind, adopted)  # type: ignore[arg-type]
    assert not any("PROJET" in h for h in header_texts(document))


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_shows_projet_on_every_page_of_a_draft(
    demo: Services, out: Path, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    assert SOFFICE is not None
    path, _ = export(demo, DocumentKind.PV, out)
    profile = tmp_path / "profil-libreoffice"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pages = PdfReader(str(out / "pv.pdf")).pages
    assert len(pages) >= 2
    for number, page in enumerate(pages, 1):
        assert "PROJET" in page.extract_text(), number


# Carence ---------------------------------------------------------------------------------
def hold_without_quorum(services: Services) -> int:
    """The planned November assembly, held with only the president: everyone else
    excused."""
    meeting_id = planned_meeting_id(services)
    main = services.meetings.meeting(main_meeting_id(services))
    for attendee in main.attendance:
        if attendee.role is None or not attendee.role.votes:
            continue
        present = attendee.person_id == main.chair_id
        status = AttendanceStatus.PRESENT if present else AttendanceStatus.EXCUSED
        services.attendance.set_status(meeting_id, attendee.person_id, status)
    services.agenda.add_item(meeting_id, ItemFields("Budget supplémentaire 2021", ItemKind.DEBATE))
    services.meetings.record_times(
        meeting_id, actual_start=dt.time(10, 0), actual_end=dt.time(10, 20)
    )
    services.meetings.change_status(meeting_id, MeetingStatus.CONVENED)
    services.meetings.change_status(meeting_id, MeetingStatus.HELD)
    return meeting_id


@pytest.mark.parametrize("kind", MINUTES)
def test_a_missed_quorum_gives_a_proces_verbal_de_carence(
    demo: Services, out: Path, kind: DocumentKind
) -> None:
    meeting_id = hold_without_quorum(demo)
    opening = quorum_at(demo, meeting_id, dt.time(10, 0))
    assert not opening.reached
    _, document = export(demo, kind, out, meeting_id)
    text = text_of(document)
    counted = figure(float(opening.present + opening.represented))
    assert (
        "Le quorum n'étant pas atteint à l'ouverture de la séance ("
        f"{counted} droits statutaires présents ou représentés sur "
        f"{figure(float(opening.in_office))}"
    ) in text
    assert "l'Assemblée générale ne peut valablement délibérer" in text
    assert "aucun point n'a été examiné ni mis aux voix" in text
    assert "Les membres de l'Assemblée générale seront convoqués à nouveau." in text
    # Nothing is listed as deliberated.
    for deliberated in ("Déroulement de la séance", "Échanges et décisions", "Mise aux voix"):
        assert deliberated not in text
    assert "L'ordre du jour étant épuisé" not in text
    if kind is DocumentKind.PV:
        assert "Procès-verbal de carence" in text
        assert "La présidente de séance prend acte de la carence et lève la séance à 10 h 20." in (
            text
        )
        assert "Budget supplémentaire 2021" in text  # the agenda as convened, for the record
        assert re.search(
            r"Membres en fonction : 6\. Présents : 1 ; représentés : 0 ; excusés : 5", text
        )


# Layout ----------------------------------------------------------------------------------
def test_headings_and_closing_are_kept_with_what_follows(demo: Services, out: Path) -> None:
    _, document = export(demo, DocumentKind.PV, out)
    paragraphs = document.paragraphs
    detail = demo.meetings.meeting(main_meeting_id(demo))
    for number, item in enumerate(detail.items, 1):
        index = next(
            i
            for i, p in enumerate(paragraphs)
            if plain(p.text) == plain(f"{number}. {item.title}")
            and p.style is not None
            and p.style.name == "Heading 2"
        )
        heading, meta = paragraphs[index], paragraphs[index + 1]
        assert heading.paragraph_format.keep_with_next is True, item.title
        assert plain(meta.text).startswith("Point pour ")
        assert meta.paragraph_format.keep_with_next is True, meta.text
    for p in paragraphs:
        if plain(p.text).startswith("Délibération n° "):
            assert p.paragraph_format.keep_with_next is True
    closing = next(p for p in paragraphs if "la séance est levée" in plain(p.text))
    made_at = next(p for p in paragraphs if plain(p.text).startswith("Fait à Lille"))
    assert closing.paragraph_format.keep_with_next is True
    assert made_at.paragraph_format.keep_with_next is True
    # The signature row never splits, and follows « Fait à … ».
    signatures = document.tables[-1]
    row = signatures.rows[0]._tr
    assert row.trPr is not None and row.trPr.find(qn("w:cantSplit")) is not None
    assert made_at._p.getnext() is signatures._tbl
