"""Meetings, attendance, quorum, votes and the minutes lifecycle through the services."""

from __future__ import annotations

import datetime as dt

import pytest

from irev_desktop.domain.enums import AttendanceStatus, ItemKind, MeetingStatus, Role, Weighting
from irev_desktop.domain.errors import FrozenError, NotFoundError, ValidationError
from irev_desktop.domain.votes import ChairVote, VoteCount
from irev_desktop.model.inputs import Ballot, ItemFields, MeetingHeader
from irev_desktop.services.facade import Services

from .builders import make_board, plan_meeting
from .raw_sql import run_sql

P = AttendanceStatus.PRESENT


def test_members_in_office_are_expected_and_the_president_comes_first(services: Services) -> None:
    board = make_board(services)
    detail = services.meetings.meeting(plan_meeting(services, board))
    assert [a.person_id for a in detail.attendance][:2] == [board.president, board.vice_president]
    assert {a.status for a in detail.attendance} == {AttendanceStatus.EXPECTED}
    assert len(detail.attendance) == 5


def test_who_presided_is_a_query_over_mandates(services: Services) -> None:
    board = make_board(services)
    president = services.mandates.holder(board.body_id, Role.PRESIDENT, dt.date(2021, 1, 1))
    assert president is not None and president.person_id == board.president
    first = services.mandates.history(board.body_id, Role.PRESIDENT)[0]
    services.mandates.end_mandate(first.id, dt.date(2022, 6, 30))
    newcomer = services.registry.add_person("Fanny", "Roux")
    services.mandates.add_mandate(newcomer.id, board.body_id, Role.PRESIDENT, dt.date(2022, 7, 1))
    on_2021 = services.mandates.holder(board.body_id, Role.PRESIDENT, dt.date(2021, 1, 1))
    on_2023 = services.mandates.holder(board.body_id, Role.PRESIDENT, dt.date(2023, 1, 1))
    assert on_2021 is not None and on_2021.person_id == board.president
    assert on_2023 is not None and on_2023.person_id == newcomer.id


def test_two_presidents_at_once_are_refused(services: Services) -> None:
    board = make_board(services)
    other = services.registry.add_person("Gaël", "Fournier")
    with pytest.raises(ValidationError, match="déjà président"):
        services.mandates.add_mandate(other.id, board.body_id, Role.PRESIDENT, dt.date(2021, 1, 1))


def test_quorum_follows_arrivals_departures_and_proxies(services: Services) -> None:
    board = make_board(services)
    meeting = plan_meeting(services, board)
    att = services.attendance
    assert not att.quorum(meeting).reached
    att.set_status(meeting, board.president, P)
    att.set_status(meeting, board.commissioner, P)
    q = att.quorum(meeting)
    assert (q.present, q.in_office, q.reached) == (45, 100, False)
    assert q.consultative_present == 1
    att.set_status(
        meeting, board.vice_president, AttendanceStatus.REPRESENTED, proxy_holder_id=board.president
    )
    q = att.quorum(meeting)
    assert (q.present, q.represented, q.reached) == (45, 45, True)
    att.record_departure(meeting, board.president, dt.time(11, 0))
    assert att.quorum(meeting, dt.time(10, 30)).reached
    assert not att.quorum(meeting, dt.time(11, 30)).reached


def test_a_deputy_fills_the_seat_of_an_absent_member(services: Services) -> None:
    board = make_board(services)
    meeting = plan_meeting(services, board)
    services.attendance.set_status(meeting, board.city_deputy, P)
    assert services.attendance.quorum(meeting).present == 10
    services.attendance.set_status(meeting, board.city_rep, P)
    assert services.attendance.quorum(meeting).present == 10


def test_the_proxy_cap_is_enforced(services: Services) -> None:
    board = make_board(services, max_proxies=1)
    meeting = plan_meeting(services, board)
    att = services.attendance
    att.set_status(meeting, board.president, P)
    att.set_status(
        meeting, board.vice_president, AttendanceStatus.REPRESENTED, proxy_holder_id=board.president
    )
    with pytest.raises(ValidationError, match="1"):
        att.set_status(
            meeting, board.city_rep, AttendanceStatus.REPRESENTED, proxy_holder_id=board.president
        )
    with pytest.raises(ValidationError):
        att.set_status(
            meeting,
            board.city_rep,
            AttendanceStatus.REPRESENTED,
            proxy_holder_id=board.commissioner,
        )
    assert services.attendance.quorum(meeting).represented == 45


def test_a_weighted_vote_with_a_proxy(services: Services) -> None:
    board = make_board(services)
    meeting = plan_meeting(services, board)
    att = services.attendance
    att.set_status(meeting, board.president, P)
    att.set_status(meeting, board.city_rep, P)
    att.set_status(
        meeting, board.vice_president, AttendanceStatus.REPRESENTED, proxy_holder_id=board.city_rep
    )
    # Région (45) for; État (45, by proxy) and Ville (10) against: 45 against 55.
    result = services.deliberations.record(
        meeting,
        "Budget",
        "Le budget est adopté.",
        Ballot(for_=1, against=2, weighted=VoteCount(45, 55, 0)),
    )
    assert result.number == "2021-01"
    assert result.result.value == "rejected"
    with pytest.raises(ValidationError, match="dépasse"):
        services.deliberations.record(
            meeting, "Trop", "", Ballot(for_=4, weighted=VoteCount(4, 0, 0))
        )


def test_casting_vote_of_the_chair_under_one_person_one_vote(services: Services) -> None:
    board = make_board(services, weighting=Weighting.HEADS, quorum=(1, 2))
    meeting = plan_meeting(services, board)
    for person in (board.president, board.vice_president):
        services.attendance.set_status(meeting, person, P)
    tie = Ballot(for_=1, against=1, chair_vote=ChairVote.FOR)
    result = services.deliberations.record(meeting, "Partage", "", tie)
    assert result.result.value == "adopted" and result.casting_vote_used


def test_no_deliberation_without_quorum(services: Services) -> None:
    board = make_board(services)
    meeting = plan_meeting(services, board)
    services.attendance.set_status(meeting, board.city_rep, P)
    with pytest.raises(ValidationError, match="quorum"):
        services.deliberations.record_unanimous(meeting, "Sans quorum", "")


def test_deliberation_numbers_run_per_year(services: Services) -> None:
    board = make_board(services, weighting=Weighting.HEADS, quorum=(1, 3))
    first = plan_meeting(services, board, dt.date(2021, 3, 8))
    second = plan_meeting(services, board, dt.date(2022, 1, 20))
    for meeting in (first, second):
        services.attendance.set_status(meeting, board.president, P)
        services.attendance.set_status(meeting, board.vice_president, P)
    numbers = [
        services.deliberations.record_unanimous(first, "A", "").number,
        services.deliberations.record_unanimous(first, "B", "").number,
        services.deliberations.record_unanimous(second, "C", "").number,
    ]
    assert numbers == ["2021-01", "2021-02", "2022-01"]
    with pytest.raises(ValidationError, match="déjà attribué"):
        services.deliberations.record_unanimous(second, "D", "", number="2021-02")


def test_agenda_items_move_and_renumber(services: Services) -> None:
    board = make_board(services)
    meeting = plan_meeting(services, board)
    ids = [services.agenda.add_item(meeting, ItemFields(t)).id for t in ("Un", "Deux", "Trois")]
    order = services.agenda.move_item(ids[2], 1)
    assert [i.title for i in order] == ["Trois", "Un", "Deux"]
    assert [i.position for i in order] == [1, 2, 3]
    services.agenda.remove_item(ids[0])
    assert [(i.position, i.title) for i in services.agenda.items(meeting)] == [
        (1, "Trois"),
        (2, "Deux"),
    ]


def test_every_save_of_notes_keeps_a_revision(services: Services) -> None:
    board = make_board(services)
    meeting = plan_meeting(services, board)
    item = services.agenda.add_item(meeting, ItemFields("Débat", ItemKind.DEBATE))
    assert services.agenda.save_notes(item.id, "Premier jet")
    assert not services.agenda.save_notes(item.id, "Premier jet")
    services.agenda.save_notes(item.id, "")  # select all, delete, save
    revisions = services.agenda.revisions(item.id)
    assert [r.text for r in revisions] == ["", "Premier jet"]
    restored = services.agenda.restore_revision(revisions[1].id)
    assert restored.notes == "Premier jet"


def test_notes_are_cleaned_of_control_characters(services: Services) -> None:
    board = make_board(services)
    meeting = plan_meeting(services, board)
    item = services.agenda.add_item(meeting, ItemFields("Point"))
    services.agenda.save_notes(item.id, "ligne\x0bsuite\x00 « l'assemblée » 🎉")
    assert services.agenda.items(meeting)[0].notes == "ligne\nsuite « l'assemblée » 🎉"


def test_the_next_meeting_proposes_approving_the_previous_minutes(services: Services) -> None:
    board = make_board(services)
    first = plan_meeting(services, board, dt.date(2021, 3, 8))
    for status in (MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFT):
        services.meetings.change_status(first, status)
    second = services.meetings.meeting(plan_meeting(services, board, dt.date(2021, 6, 10)))
    assert second.items[0].title == (
        "Approbation du procès-verbal de la séance du lundi 8 mars 2021"
    )


def test_signed_minutes_are_frozen_and_tampering_is_detected(
    services: Services,
) -> None:
    board = make_board(services)
    meeting = plan_meeting(services, board)
    item = services.agenda.add_item(meeting, ItemFields("Point"))
    services.agenda.save_notes(item.id, "Texte signé")
    with pytest.raises(ValidationError):
        services.meetings.change_status(meeting, MeetingStatus.MINUTES_SIGNED)
    for status in (MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFT):
        services.meetings.change_status(meeting, status)
    with pytest.raises(ValidationError, match="date"):
        services.meetings.change_status(meeting, MeetingStatus.MINUTES_ADOPTED)
    services.meetings.change_status(
        meeting, MeetingStatus.MINUTES_ADOPTED, adopted_on=dt.date(2021, 6, 10)
    )
    signed = services.meetings.change_status(meeting, MeetingStatus.MINUTES_SIGNED)
    assert signed.frozen and signed.signed_at is not None
    assert services.meetings.verify_signature(meeting) is True

    refused = [
        lambda: services.agenda.save_notes(item.id, "Réécrit"),
        lambda: services.agenda.add_item(meeting, ItemFields("Ajout")),
        lambda: services.attendance.set_status(meeting, board.president, P),
        lambda: services.meetings.delete_meeting(meeting),
        lambda: services.agenda.remove_item(item.id),
        lambda: services.attachments.attach_bytes(meeting, "a.txt", b"x"),
    ]
    for action in refused:
        with pytest.raises(FrozenError, match="signé"):
            action()
    assert services.agenda.items(meeting)[0].notes == "Texte signé"

    # Someone edits the database behind the program's back.
    run_sql(services.paths, ("UPDATE agenda_item SET notes = 'falsifié' WHERE id = ?", (item.id,)))
    assert services.meetings.verify_signature(meeting) is False


def test_duplicate_copies_header_and_agenda(services: Services) -> None:
    board = make_board(services)
    meeting = plan_meeting(services, board)
    services.agenda.add_item(meeting, ItemFields("Budget", ItemKind.DELIBERATION, None, 30))
    copy = services.meetings.duplicate_meeting(meeting, dt.date(2021, 9, 1))
    assert copy.status is MeetingStatus.PLANNED
    assert [(i.title, i.planned_minutes) for i in copy.items] == [("Budget", 30)]
    assert copy.chair_id == board.president


def test_listing_filters_and_order(services: Services) -> None:
    board = make_board(services)
    plan_meeting(services, board, dt.date(2020, 5, 1))
    plan_meeting(services, board, dt.date(2021, 5, 1))
    listed = services.meetings.meetings()
    assert [m.date.year for m in listed] == [2021, 2020]
    assert [m.date.year for m in services.meetings.meetings(year=2020)] == [2020]


def test_invalid_input_is_refused_in_french(services: Services) -> None:
    board = make_board(services)
    with pytest.raises(ValidationError, match="obligatoire"):
        services.meetings.create_meeting(board.body_id, MeetingHeader("  ", dt.date(2021, 1, 1)))
    with pytest.raises(ValidationError, match="plausible"):
        services.meetings.create_meeting(board.body_id, MeetingHeader("AG", dt.date(1, 1, 1)))
    with pytest.raises(NotFoundError, match="n° 404"):
        services.meetings.meeting(404)
    meeting = plan_meeting(services, board)
    with pytest.raises(ValidationError, match="précéder"):
        services.attendance.record_arrival(meeting, board.president, dt.time(10, 0))
        services.attendance.record_departure(meeting, board.president, dt.time(9, 0))


def test_every_write_is_in_the_audit_log(services: Services) -> None:
    board = make_board(services)
    meeting = plan_meeting(services, board)
    services.attendance.set_status(meeting, board.president, P)
    actions = [e.action for e in services.audit.entries()]
    assert actions[:2] == ["attendance.status", "meeting.create"]
    assert "mandate.create" in actions and "organisation.create" in actions
    latest = services.audit.entries(limit=1)[0]
    assert "present" in latest.summary and "expected" in latest.summary


def test_years_with_meetings_newest_first(services: Services) -> None:
    board = make_board(services)
    for day in (dt.date(2019, 5, 1), dt.date(2021, 5, 1), dt.date(2021, 9, 1)):
        plan_meeting(services, board, day)
    assert services.meetings.years() == [2021, 2019]
