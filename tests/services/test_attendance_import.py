"""Attendance imported from a videoconference report into the AG of 8 March 2021 (opened
10:05, closed 11:45): planned without writing, then written in one transaction as the
history of arrivals, departures and returns, the quorum recomputed from it. Runs on both
engines."""

from __future__ import annotations

import datetime as dt

import pytest

from irev_desktop.domain.enums import AttendanceStatus
from irev_desktop.domain.errors import FrozenError, ValidationError
from irev_desktop.domain.quorum import Interval
from irev_desktop.model.conference_import import Choice, default_choices
from irev_desktop.model.dto import AttendanceDTO
from irev_desktop.services.facade import Services

from .. import report_samples as samples


def main_meeting(services: Services) -> int:
    return next(m.id for m in services.meetings.meetings() if m.date == dt.date(2021, 3, 8))


def by_name(services: Services, meeting_id: int) -> dict[str, AttendanceDTO]:
    return {a.person_name: a for a in services.meetings.meeting(meeting_id).attendance}


def test_a_plan_writes_nothing(demo: Services) -> None:
    meeting_id = main_meeting(demo)
    before = demo.meetings.meeting(meeting_id)
    audit_before = len(demo.audit.entries(limit=10_000))
    plan = demo.attendance_import.plan(meeting_id, samples.teams_english())
    assert plan.kind == "Teams" and len(plan.participants) == 6
    assert demo.meetings.meeting(meeting_id) == before
    assert len(demo.audit.entries(limit=10_000)) == audit_before


def test_a_teams_report_becomes_the_attendance_history(demo: Services) -> None:
    meeting_id = main_meeting(demo)
    person = next(p for p in demo.registry.people() if p.full_name == "Didier Caron")
    demo.registry.update_person(
        person.id,
        first_name=person.first_name,
        last_name=person.last_name,
        civility=person.civility,
        email="Didier.Caron@pasdecalais.example",
        function_title=person.function_title,
    )
    plan = demo.attendance_import.plan(meeting_id, samples.teams_english())
    chosen = {p.name: p.chosen for p in plan.participants}
    assert chosen["Didier Caron"] is not None and chosen["Didier Caron"].by_email
    assert chosen["+33 3 21 00 00 00"] is None  # a phone number: nobody of the register
    written = demo.attendance_import.apply(meeting_id, default_choices(plan))
    assert written == 4  # Ala, Lefebvre, Caron, Benali; Sophie Marchand's 40 s ignored
    after = by_name(demo, meeting_id)
    # Camille Lefebvre: from the opening (joined 10:01, before 10:05), a blink merged,
    # gone from 10:50 to 11:10, back until the close (left 11:47, after 11:45).
    assert after["Camille Lefebvre"].presence == (
        Interval(None, dt.time(10, 50)),
        Interval(dt.time(11, 10), None),
    )
    assert after["Didier Caron"].presence == (Interval(dt.time(10, 14, 30), None),)
    assert after["Milouda Ala"].presence == (Interval(None, None),)
    # Not in the report: left as recorded (a hybrid meeting: they may be in the room).
    assert after["Sophie Marchand"].presence == (Interval(None, None),)
    assert after["Thomas Girard"].status is AttendanceStatus.REPRESENTED
    # The quorum is recomputed from the history: Camille Lefebvre is away at 11:00.
    at_eleven = demo.attendance.quorum(meeting_id, dt.time(11, 0))
    at_ten_thirty = demo.attendance.quorum(meeting_id, dt.time(10, 30))
    assert at_eleven.present < at_ten_thirty.present
    assert any(e.action == "attendance.import" for e in demo.audit.entries())


def test_a_zoom_report_adds_a_guest_when_asked(demo: Services) -> None:
    meeting_id = main_meeting(demo)
    plan = demo.attendance_import.plan(meeting_id, samples.zoom())
    assert plan.kind == "Zoom"
    names = {p.name: p for p in plan.participants}
    # « Cam (Camille Lefebvre) »: Zoom's original name, in brackets.
    assert names["Cam (Camille Lefebvre)"].chosen is not None
    # Thomas Girard's one minute is below the 2 minutes: nothing to write for him.
    assert names["Thomas Girard"].stretches == ()
    people_before = len(demo.registry.people())
    demo.attendance_import.apply(meeting_id, default_choices(plan, guests=True))
    after = by_name(demo, meeting_id)
    guest = after["Jeanne Martin, Cerema"]
    assert guest.note == "invité·e" and guest.presence == (
        Interval(dt.time(10, 20), dt.time(11, 0)),
    )
    assert len(demo.registry.people()) == people_before + 1
    assert after["Thomas Girard"].status is AttendanceStatus.REPRESENTED  # untouched


def test_the_threshold_decides_what_a_short_join_is(demo: Services) -> None:
    meeting_id = main_meeting(demo)
    plan = demo.attendance_import.plan(meeting_id, samples.zoom(), min_minutes=0)
    thomas = next(p for p in plan.participants if p.name == "Thomas Girard")
    assert thomas.stretches == (Interval(dt.time(10, 30), dt.time(10, 31)),)
    with pytest.raises(ValidationError, match="de 0 à 240"):
        demo.attendance_import.plan(meeting_id, samples.zoom(), min_minutes=-1)


def test_a_refused_choice_writes_nothing_at_all(demo: Services) -> None:
    meeting_id = main_meeting(demo)
    before = demo.meetings.meeting(meeting_id)
    people = {p.full_name: p.id for p in demo.registry.people()}
    choices = [
        Choice(people["Karim Benali"], "", (Interval(dt.time(10, 20), dt.time(11, 0)),)),
        Choice(999_999, "", (Interval(dt.time(10, 0), dt.time(10, 30)),)),  # gone meanwhile
    ]
    with pytest.raises(ValidationError, match=r"999999|999 999"):
        demo.attendance_import.apply(meeting_id, choices)
    assert demo.meetings.meeting(meeting_id) == before  # one transaction: all or nothing


def test_nothing_to_write_is_said(demo: Services) -> None:
    with pytest.raises(ValidationError, match="rien n'a été modifié"):
        demo.attendance_import.apply(main_meeting(demo), [])


def test_signed_minutes_take_no_import(demo: Services) -> None:
    signed = next(m.id for m in demo.meetings.meetings() if m.date == dt.date(2020, 6, 30))
    plan = demo.attendance_import.plan(signed, samples.plain_french_excel())
    with pytest.raises(FrozenError):
        demo.attendance_import.apply(signed, default_choices(plan))


def test_a_person_of_the_register_not_on_the_list_is_added(demo: Services) -> None:
    meeting_id = next(m.id for m in demo.meetings.meetings() if m.date == dt.date(2021, 11, 25))
    listed = {a.person_id for a in demo.meetings.meeting(meeting_id).attendance}
    outsider = next(p for p in demo.registry.people() if p.id not in listed)
    demo.attendance_import.apply(
        meeting_id, [Choice(outsider.id, "", (Interval(dt.time(14, 0), dt.time(15, 0)),))]
    )
    row = by_name(demo, meeting_id)[outsider.full_name]
    assert row.status is AttendanceStatus.PRESENT
    assert row.presence == (Interval(dt.time(14, 0), dt.time(15, 0)),)


def test_an_arrival_ends_the_persons_own_proxy_and_a_link_test_changes_nothing(
    demo: Services,
) -> None:
    meeting_id = main_meeting(demo)  # opened 10:05: Thomas Girard's proxy to L. Buchaillat
    people = {p.full_name: p.id for p in demo.registry.people()}
    before = by_name(demo, meeting_id)["Karim Benali"]
    demo.attendance_import.apply(
        meeting_id,
        [
            Choice(people["Thomas Girard"], "", (Interval(dt.time(10, 30), dt.time(11, 0)),)),
            # Karim Benali only tried the link before the opening.
            Choice(people["Karim Benali"], "", (Interval(dt.time(9, 40), dt.time(9, 50)),)),
        ],
    )
    after = by_name(demo, meeting_id)
    thomas = after["Thomas Girard"]
    assert thomas.presence == (Interval(dt.time(10, 30), dt.time(11, 0)),)
    assert [(p.holder_name, p.given_at, p.ended_at) for p in thomas.proxies] == [
        ("Laurent Buchaillat", None, dt.time(10, 30))
    ]
    assert after["Karim Benali"].presence == before.presence
