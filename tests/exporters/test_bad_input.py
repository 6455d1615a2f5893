"""Whatever a user types or pastes, every document is written and opens again."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import tempfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from irev_desktop.domain.enums import (
    AttendanceStatus,
    Civility,
    ItemKind,
    MeetingMode,
    Representation,
    Role,
)
from irev_desktop.domain.errors import ValidationError
from irev_desktop.exporters.kinds import DocumentKind
from irev_desktop.exporters.model import ExportRequest
from irev_desktop.exporters.render import render
from irev_desktop.exporters.text import put_text
from irev_desktop.model.inputs import BodyRules, ItemFields, MeetingHeader
from irev_desktop.paths import AppPaths
from irev_desktop.services.export import ExportService
from irev_desktop.services.facade import Services

from .docx_helpers import W, all_text, export, main_meeting_id

# What Word and mail clients paste, besides any character of any script.
_NASTY = [
    "\x00", "\x0b", "\x0c", "\r", "\r\n", "\t", "\x7f", "\x85", "\u2028", "\ufeff", "\u202e",
    "😀", "👩🏽‍⚖️", "«", "»", " : ", "?!", "&", "<w:t>", "]]>", "'", "\"", "l'État", "١٢٣",
    "中文", "ẞ", "\ufffe", "e\u0301",
]  # fmt: skip
# Pieces of st.text() (any code point but lone surrogates, control characters included)
# mixed with the pastes above.
TEXT = st.lists(st.one_of(st.text(max_size=30), st.sampled_from(_NASTY)), max_size=8).map("".join)
FIELDS = [
    *("org_name", "org_short", "org_address", "org_city", "member_a", "member_b"),
    *("body_name", "body_short", "first_name", "last_name", "function", "guest_last"),
    *("meeting_title", "place", "video_link", "note", "item_title", "notes"),
    *("delib_title", "delib_text", "action", "attachment"),
]


def _set(call, text: str):  # type: ignore[no-untyped-def]
    """Pass the random text; when the service refuses it (empty where a value is
    required, too long), pass it again behind a letter so the field still gets it."""
    try:
        return call(text)
    except ValidationError:
        return call("x" + text[:40])


def build_meeting(services: Services, t: dict[str, str]) -> int:
    reg = services.registry
    org = _set(
        lambda s: reg.create_organisation(
            "x" + t["org_name"][:250], s[:50], t["org_address"], t["org_city"][:90]
        ),
        t["org_short"],
    )
    member_a = _set(lambda s: reg.add_member(org.id, s, 60), t["member_a"])
    member_b = _set(lambda s: reg.add_member(org.id, "b" + s, 40), t["member_b"])
    body = _set(
        lambda s: reg.add_body(
            org.id, "x" + t["body_name"][:150], s[:20], BodyRules(notice_days=20)
        ),
        t["body_short"],
    )
    chair = _set(
        lambda s: reg.add_person(
            t["first_name"][:90], s, civility=Civility.MADAME, function_title=t["function"][:250]
        ),
        t["last_name"],
    )
    other = _set(lambda s: reg.add_person("", s), t["last_name"] + "2")
    guest = _set(lambda s: reg.add_person(s[:90], s, function_title=s[:250]), t["guest_last"])
    start = dt.date(2020, 1, 1)
    services.mandates.add_mandate(chair.id, body.id, Role.PRESIDENT, start, member_id=member_a.id)
    services.mandates.add_mandate(
        other.id,
        body.id,
        Role.MEMBER,
        start,
        member_id=member_b.id,
        representation=Representation.TITULAIRE,
    )
    meeting = _set(
        lambda s: services.meetings.create_meeting(
            body.id,
            MeetingHeader(
                title=s,
                date=dt.date(2021, 3, 8),
                planned_start=dt.time(10, 0),
                mode=MeetingMode.HYBRID,
                place=t["place"][:290],
                video_link=t["video_link"][:490],
                chair_id=chair.id,
                secretary_id=guest.id,
            ),
        ),
        t["meeting_title"],
    )
    services.attendance.add_attendee(meeting.id, guest.id)
    services.attendance.set_status(
        meeting.id, chair.id, AttendanceStatus.PRESENT, note=t["note"][:290]
    )
    services.attendance.set_status(
        meeting.id, other.id, AttendanceStatus.REPRESENTED, proxy_holder_id=chair.id
    )
    services.attendance.set_status(meeting.id, guest.id, AttendanceStatus.PRESENT)
    item = _set(
        lambda s: services.agenda.add_item(
            meeting.id, ItemFields(s, ItemKind.DELIBERATION, chair.id, 10)
        ),
        t["item_title"],
    )
    services.agenda.save_notes(item.id, t["notes"])
    _set(
        lambda s: services.deliberations.record_unanimous(
            meeting.id, s, t["delib_text"], item_id=item.id
        ),
        t["delib_title"],
    )
    _set(
        lambda s: services.actions.add_action(
            meeting.id, s, person_id=guest.id, due_date=dt.date(2021, 5, 31), item_id=item.id
        ),
        t["action"],
    )
    services.attachments.attach_bytes(meeting.id, t["attachment"], b"%PDF-1.4", item_id=item.id)
    services.meetings.record_times(
        meeting.id, actual_start=dt.time(10, 5), actual_end=dt.time(11, 45)
    )
    return int(meeting.id)


def _raw(detail_text: dict[str, str], request: ExportRequest) -> ExportRequest:
    """The same meeting with unsanitised text put straight into the plain data, as if a
    future service forgot to clean it: the exporter's own sanitiser must cope."""
    m = request.meeting
    items = tuple(
        dataclasses.replace(i, title=detail_text["item_title"], notes=detail_text["notes"])
        for i in m.items
    )
    deliberations = tuple(
        dataclasses.replace(d, title=detail_text["delib_title"], text=detail_text["delib_text"])
        for d in m.deliberations
    )
    attendance = tuple(
        dataclasses.replace(a, person_name=detail_text["last_name"], note=detail_text["note"])
        for a in m.attendance
    )
    organisation = dataclasses.replace(
        m.organisation, name=detail_text["org_name"], city=detail_text["org_city"]
    )
    meeting = dataclasses.replace(
        m,
        title=detail_text["meeting_title"],
        place=detail_text["place"],
        chair_name=detail_text["first_name"],
        organisation=organisation,
        items=items,
        deliberations=deliberations,
        attendance=attendance,
    )
    return dataclasses.replace(request, meeting=meeting)


_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.fixed_dictionaries({name: TEXT for name in FIELDS}))
def test_random_text_in_every_field_never_breaks_any_document(texts: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with Services.open(AppPaths(db=root / "irev.sqlite"), write=True) as services:
            meeting_id = build_meeting(services, texts)
            exporter = ExportService(services.store)
            request = exporter.request(meeting_id)
            for kind in DocumentKind:
                path = exporter.export(meeting_id, kind, root / f"{kind.value}.docx")
                reopened = docx.Document(str(path))
                assert reopened.paragraphs, kind
                # Straight into the exporter, with the raw text.
                buffer = io.BytesIO()
                render(kind, _raw(texts, request)).save(buffer)
                buffer.seek(0)
                document = docx.Document(buffer)
                assert not _XML_FORBIDDEN.search(all_text(document))


def test_a_one_megabyte_note_is_exported_whole(demo: Services, out: Path) -> None:
    sentence = "Le débat porte sur l'évaluation : « 14 h 30 » ; n° 2021-02 ! Vraiment ? "
    notes = (sentence * (1_000_000 // len(sentence) + 1))[:1_000_000]
    notes = "\n".join(notes[i : i + 5000] for i in range(0, len(notes), 5000))
    item = demo.meetings.meeting(main_meeting_id(demo)).items[1]
    demo.agenda.save_notes(item.id, notes)
    _, document = export(demo, DocumentKind.PV, out)
    text = all_text(document)
    assert len(text) > 1_000_000
    assert text.count("évaluation") >= notes.count("évaluation") > 13_000


def test_a_vertical_tab_becomes_a_line_break(demo: Services, out: Path) -> None:
    meeting = main_meeting_id(demo)
    demo.deliberations.update_text(
        demo.meetings.meeting(meeting).deliberations[1].id,
        "Approbation du rapport d'activités 2020",
        "Premier alinéa\vSecond alinéa\x00 sans NUL",
    )
    _, document = export(demo, DocumentKind.PV, out)
    paragraph = next(p for p in document.paragraphs if "Premier alinéa" in p.text)
    assert paragraph._p.findall(f".//{W}br"), "the vertical tab must give a <w:br/>"
    assert paragraph.text == "Premier alinéa\nSecond alinéa sans NUL"


def test_put_text_sanitises_what_it_writes() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    put_text(paragraph, "a\vb\x00c😀 ; d\x0ce « f »")
    xml = paragraph._p.xml
    assert xml.count("<w:br/>") == 2  # the vertical tab and the form feed
    assert "\x00" not in paragraph.text
    assert paragraph.text == "a\nbc😀\u202f; d\ne «\u00a0f\u00a0»"


def test_a_large_meeting_exports_every_row_and_item(demo: Services) -> None:
    """40 items, 80 attendees (timings belong to tests/benchmarks, not here)."""
    request = ExportService(demo.store).request(main_meeting_id(demo))
    m = request.meeting
    sample_a, sample_i, sample_d = m.attendance[1], m.items[2], m.deliberations[1]
    attendance = tuple(
        dataclasses.replace(sample_a, id=1000 + n, person_id=1000 + n, person_name=f"Personne {n}")
        for n in range(80)
    )
    items = tuple(
        dataclasses.replace(sample_i, id=1000 + n, position=n + 1, title=f"Point {n + 1}")
        for n in range(40)
    )
    deliberations = tuple(
        dataclasses.replace(sample_d, id=1000 + n, item_id=1000 + n, number=f"2021-{n + 10}")
        for n in range(0, 40, 2)
    )
    meeting = dataclasses.replace(
        m, attendance=attendance, items=items, deliberations=deliberations
    )
    big = dataclasses.replace(request, meeting=meeting)
    document = render(DocumentKind.PV, big)
    buffer = io.BytesIO()
    document.save(buffer)
    assert len(document.tables[0].rows) == 81
    text = all_text(docx.Document(io.BytesIO(buffer.getvalue())))
    assert "Point 40" in text and "Personne 79" in text


@pytest.mark.parametrize("civility", [Civility.MONSIEUR, None])
def test_words_agree_with_the_chair(demo: Services, civility: Civility | None) -> None:
    request = ExportService(demo.store).request(main_meeting_id(demo))
    chair = request.meeting.chair_id
    assert chair is not None
    civilities = {**request.civilities, chair: civility}
    document = render(DocumentKind.PV, dataclasses.replace(request, civilities=civilities))
    lines = all_text(document).split("\n")
    expected = "M. Milouda Ala, président" if civility else "Milouda Ala, président·e"
    assert f"Présidence :\t{expected}" in lines
    assert any(line.startswith("Le président de séance,") for line in lines)
    chair_row = [c.text for c in document.tables[0].rows[1].cells]
    assert chair_row[1] == ("président" if civility else "président·e")
