"""The convocation as a calendar invitation (.ics), read back with ``icalendar``."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from pathlib import Path

import pytest
from icalendar import Calendar, Event, Timezone

from irev_desktop.cli import main
from irev_desktop.domain.enums import ItemKind, MeetingMode
from irev_desktop.domain.errors import ValidationError
from irev_desktop.exporters.ics import ics_bytes, paris_timezone
from irev_desktop.exporters.kinds import DocumentKind
from irev_desktop.model.convocation import Invitation, Invitee
from irev_desktop.model.inputs import ItemFields
from irev_desktop.services.facade import Services

from .convocation_helpers import give_addresses, header_of, main_meeting_id, new_meeting

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
NOW = dt.datetime(2021, 2, 16, 9, 30, tzinfo=dt.UTC)


def parsed(data: bytes) -> tuple[Calendar, Event]:
    calendar = Calendar.from_ical(data)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return calendar, events[0]


def attendees(event: Event) -> dict[str, dict[str, str]]:
    found = event.get("attendee", [])
    found = found if isinstance(found, list) else [found]
    return {str(a).removeprefix("mailto:"): dict(a.params) for a in found}


def test_the_invitation_states_the_meeting(demo: Services) -> None:
    addresses = give_addresses(demo, without=["Didier Caron"])
    meeting_id = main_meeting_id(demo)
    calendar, event = parsed(demo.convocations.invitation_bytes(meeting_id, now=NOW))
    assert str(calendar["method"]) == "REQUEST"
    assert str(calendar["version"]) == "2.0"
    assert "IREV Desktop" in str(calendar["prodid"])
    assert [str(z["tzid"]) for z in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert str(event["uid"]) == f"irev-seance-{meeting_id}@irev-desktop"
    assert int(event["sequence"]) == 0  # the header was never edited
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert start == dt.datetime(2021, 3, 8, 10, 0, tzinfo=PARIS)
    assert start.utcoffset() == dt.timedelta(hours=1)  # winter time
    assert event["dtstart"].params["TZID"] == "Europe/Paris"
    # The agenda plans 20 + 40 + 30 minutes (the approval has no duration).
    assert end - start == dt.timedelta(minutes=90)
    assert event.decoded("dtstamp") == NOW
    assert str(event["summary"]) == "IREV — Assemblée générale ordinaire"
    assert str(event["location"]) == "visioconférence"  # no link recorded in the demo
    assert "url" not in event
    description = str(event["description"])
    assert description.startswith(
        "Séance de l'Assemblée générale le lundi 8 mars 2021 à 10 h 00 en visioconférence."
    )
    assert (
        "\nOrdre du jour :\n1. Approbation du procès-verbal de la séance du mardi 30 juin 2020"
        in (description)
    )
    assert re.search(
        r"\n4\. Préparation des Assises .*\(pour débat — rapporteure : Mme Milouda Ala\)",
        description,
    )
    # The organiser: the organisation, at the address of the secretary of the meeting.
    organiser = event["organizer"]
    assert str(organiser) == f"mailto:{addresses['Anne Delmotte']}"
    assert organiser.params["CN"].startswith("IREV — Centre de ressources")
    people = attendees(event)
    assert addresses["Milouda Ala"] in people and addresses["Karim Benali"] in people
    assert people[addresses["Milouda Ala"]]["ROLE"] == "CHAIR"
    assert people[addresses["Karim Benali"]]["ROLE"] == "OPT-PARTICIPANT"  # the deputy
    assert people[addresses["Hélène Roussel"]]["ROLE"] == "REQ-PARTICIPANT"
    assert people[addresses["Hélène Roussel"]]["CN"] == "Hélène Roussel"
    assert all(p["RSVP"] == "TRUE" for p in people.values())
    # Everyone in office with an address, once; Didier Caron has none.
    assert len(people) == 7
    assert not any("caron" in address for address in people)


def test_the_time_zone_is_the_one_of_paris_for_a_century() -> None:
    """The VTIMEZONE written (two yearly rules) gives the offsets of the tz database."""
    zone = paris_timezone()
    as_tz = Timezone.from_ical(zone.to_ical()).to_tz(lookup_tzid=False)
    moments = [
        dt.datetime(year, month, day, hour, 30)
        for year in range(1996, 2100, 7)
        for month, day in ((1, 15), (3, 1), (3, 31), (7, 14), (10, 20), (10, 31), (12, 24))
        for hour in (1, 12)
    ]
    wrong = [
        m
        for m in moments
        if m.replace(tzinfo=as_tz).utcoffset() != m.replace(tzinfo=PARIS).utcoffset()
    ]
    assert wrong == []
    summer = dt.datetime(2021, 7, 14, 12, 0).replace(tzinfo=as_tz)
    assert summer.utcoffset() == dt.timedelta(hours=2)


def test_a_summer_meeting_is_at_its_local_time(demo: Services) -> None:
    give_addresses(demo)
    meeting_id = new_meeting(demo, dt.date(2031, 7, 3), start=dt.time(9, 15))
    _, event = parsed(demo.convocations.invitation_bytes(meeting_id))
    start = event.decoded("dtstart")
    assert start == dt.datetime(2031, 7, 3, 9, 15, tzinfo=PARIS)
    assert start.utcoffset() == dt.timedelta(hours=2)
    assert event.decoded("dtend") - start == dt.timedelta(hours=2)  # no durations: 2 h
    assert str(event["location"]) == "Lille"


def test_a_meeting_without_a_time_is_an_all_day_event(demo: Services) -> None:
    give_addresses(demo)
    meeting_id = new_meeting(demo, dt.date(2031, 12, 4), start=None)
    calendar, event = parsed(demo.convocations.invitation_bytes(meeting_id))
    assert event.decoded("dtstart") == dt.date(2031, 12, 4)
    assert not isinstance(event.decoded("dtstart"), dt.datetime)
    assert event.decoded("dtend") == dt.date(2031, 12, 5)
    assert calendar.walk("VTIMEZONE") == []  # no time, no time zone
    assert "le jeudi 4 décembre 2031 à Lille." in str(event["description"])


def test_a_meeting_without_agenda_says_so(demo: Services) -> None:
    meeting_id = new_meeting(demo, dt.date(2031, 12, 4))
    _, event = parsed(demo.convocations.invitation_bytes(meeting_id))
    assert "Ordre du jour :\nAucun point n'est inscrit à l'ordre du jour." in str(
        event["description"]
    )


def test_a_change_of_date_is_an_update_of_the_same_event(demo: Services) -> None:
    give_addresses(demo)
    meeting_id = new_meeting(demo, dt.date(2031, 5, 20))
    _, before = parsed(demo.convocations.invitation_bytes(meeting_id))
    version = demo.meetings.meeting(meeting_id).version
    demo.meetings.update_header(
        meeting_id, header_of(demo, meeting_id, date=dt.date(2031, 5, 27)), version
    )
    _, after = parsed(demo.convocations.invitation_bytes(meeting_id))
    assert str(after["uid"]) == str(before["uid"])
    assert int(after["sequence"]) > int(before["sequence"])
    assert after.decoded("dtstart").date() == dt.date(2031, 5, 27)
    # Another meeting has another event.
    other = new_meeting(demo, dt.date(2031, 5, 20))
    _, third = parsed(demo.convocations.invitation_bytes(other))
    assert str(third["uid"]) != str(before["uid"])


def test_quotes_commas_semicolons_and_accents_are_escaped(demo: Services) -> None:
    give_addresses(demo)
    link = "https://visio.example.org/ag?code=1,2;3"
    meeting_id = new_meeting(
        demo,
        dt.date(2031, 3, 12),
        title='Séance « spéciale », "budget"; vote\\fin',
        mode=MeetingMode.HYBRID,
        place="Salle 2, Hôtel de Région; Lille",
        link=link,
    )
    demo.agenda.add_item(
        meeting_id, ItemFields('Budget "rectificatif", n° 2; vote à main levée', ItemKind.DEBATE)
    )
    data = demo.convocations.invitation_bytes(meeting_id)
    raw = data.decode("utf-8")
    assert '\\, "budget"\\; vote\\\\fin' in raw.replace("\r\n ", "")
    lines = data.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)  # folded at 75 octets…
    for line in lines:
        line.decode("utf-8")  # … never inside a character
    _, event = parsed(data)
    assert str(event["summary"]) == 'IREV — Séance « spéciale », "budget"; vote\\fin'
    assert str(event["location"]) == "Salle 2, Hôtel de Région; Lille et visioconférence"
    assert str(event["url"]) == link
    description = str(event["description"])
    assert f"\nConnexion : {link}\n" in description
    assert '1. Budget "rectificatif", n° 2; vote à main levée (pour débat)' in description
    assert "à Salle 2, Hôtel de Région; Lille et en visioconférence." in description


def test_by_videoconference_the_link_is_the_location(demo: Services) -> None:
    link = "https://visio.example.org/ag-irev"
    meeting_id = new_meeting(
        demo, dt.date(2031, 3, 12), mode=MeetingMode.VIDEO, place="", link=link
    )
    _, event = parsed(demo.convocations.invitation_bytes(meeting_id))
    assert str(event["location"]) == link
    assert str(event["url"]) == link


def test_the_exporter_escapes_line_breaks_in_every_text() -> None:
    invitation = Invitation(
        uid="x-seance-1@irev-desktop",
        sequence=3,
        method="REQUEST",
        summary="Ligne 1\nLigne 2, « deux »",
        description="a\nb; c\\d",
        location="Salle\nB",
        url="",
        day=dt.date(2030, 1, 7),
        start=dt.datetime(2030, 1, 7, 18, 0),
        end=dt.datetime(2030, 1, 7, 19, 0),
        organiser_name='Le "Centre", Lille',
        organiser_email="secretariat@example.org",
        invitees=(Invitee("Zoé d'Arc", "zoe@example.org", "REQ-PARTICIPANT"),),
        stamp=NOW,
    )
    data = ics_bytes(invitation)
    unfolded = data.decode("utf-8").replace("\r\n ", "")
    assert "SUMMARY:Ligne 1\\nLigne 2\\, « deux »\r\n" in unfolded
    assert "LOCATION:Salle\\nB\r\n" in unfolded
    assert "DESCRIPTION:a\\nb\\; c\\\\d\r\n" in unfolded
    _, event = parsed(data)
    assert str(event["summary"]) == invitation.summary
    assert str(event["location"]) == invitation.location
    assert str(event["description"]) == invitation.description
    assert event["organizer"].params["CN"] == 'Le "Centre", Lille'
    assert int(event["sequence"]) == 3


def test_without_an_organiser_address_the_event_is_published(demo: Services) -> None:
    give_addresses(demo, without=["Anne Delmotte", "Milouda Ala"])
    calendar, event = parsed(demo.convocations.invitation_bytes(main_meeting_id(demo)))
    assert str(calendar["method"]) == "PUBLISH"
    assert "organizer" not in event
    assert all(p["RSVP"] == "FALSE" for p in attendees(event).values())


def test_the_chair_s_address_serves_when_the_secretary_has_none(demo: Services) -> None:
    addresses = give_addresses(demo, without=["Anne Delmotte"])
    _, event = parsed(demo.convocations.invitation_bytes(main_meeting_id(demo)))
    assert str(event["organizer"]) == f"mailto:{addresses['Milouda Ala']}"


def test_the_export_service_writes_it_for_the_convocation_only(demo: Services, out: Path) -> None:
    meeting_id = main_meeting_id(demo)
    target = demo.export.export(meeting_id, DocumentKind.CONVOCATION, out / "ag.ics")
    assert target == out / "ag.ics"
    parsed(target.read_bytes())
    with pytest.raises(ValidationError) as raised:
        demo.export.export(meeting_id, DocumentKind.PV, out / "pv.ics")
    assert str(raised.value) == (
        "Seule la convocation s'écrit aussi en invitation d'agenda (.ics) : écrivez ce "
        "document (procès-verbal) en .docx (document Word) ou en .pdf."
    )
    assert not (out / "pv.ics").exists()
    with pytest.raises(ValidationError, match="n'existe pas"):
        demo.export.export(meeting_id, DocumentKind.CONVOCATION, out / "absent" / "ag.ics")


# The command line ---------------------------------------------------------------------


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    db = str(tmp_path / "donnees" / "irev.sqlite")
    assert main(["--db", db, "demo"]) == 0
    found = re.search(r"séance n° (\d+)", capsys.readouterr().out)
    assert found is not None
    return db, found.group(1)


def test_export_picks_the_invitation_by_its_suffix(
    demo_db: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, meeting = demo_db
    target = tmp_path / "AG 8 mars.ICS"
    code = main(["--db", db, "export", meeting, "--kind", "convocation", "--output", str(target)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.out == (
        f"Invitation d'agenda écrite : {target} (convocation, séance du lundi 8 mars 2021).\n"
    )
    _, event = parsed(target.read_bytes())
    assert str(event["uid"]) == f"irev-seance-{meeting}@irev-desktop"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            ["--kind", "pv"],
            "irev-desktop : Seule la convocation s'écrit aussi en invitation d'agenda (.ics) : "
            "écrivez ce document (procès-verbal) en .docx (document Word) ou en .pdf.\n",
        ),
        (
            ["--kind", "emargement"],
            "irev-desktop : Seule la convocation s'écrit aussi en invitation d'agenda (.ics) : "
            "écrivez ce document (feuille d'émargement) en .docx (document Word) ou en .pdf.\n",
        ),
        (
            ["--kind", "convocation", "--template", "entete.docx"],
            "irev-desktop : L'option --template ne vaut pas pour l'invitation d'agenda (.ics).\n",
        ),
        (
            ["--kind", "convocation", "--par-membre"],
            "irev-desktop : L'option --par-membre ne vaut pas pour l'invitation d'agenda (.ics).\n",
        ),
    ],
)
def test_the_invitation_is_refused_in_one_french_line(
    demo_db: tuple[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    db, meeting = demo_db
    target = tmp_path / "invitation.ics"
    code = main(["--db", db, "export", meeting, *extra, "--output", str(target)])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.err == message
    assert captured.out == ""
    assert not target.exists()
