"""The date members were convened, checked against the notice period (a warning, never
a refusal), and the titles annexes are listed under."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from irev_desktop.domain.enums import MeetingStatus
from irev_desktop.domain.errors import FrozenError, ValidationError
from irev_desktop.model.inputs import MeetingHeader
from irev_desktop.model.notice import meeting_notice, notice_check
from irev_desktop.sample_data.demo import MAIN_MEETING_DATE
from irev_desktop.services.facade import Services

from .builders import make_board, plan_meeting

DAY = dt.date(2021, 3, 8)


def header_of(services: Services, meeting_id: int) -> MeetingHeader:
    return MeetingHeader.of(services.meetings.meeting(meeting_id))


# Convocation date ---------------------------------------------------------------------------


def test_the_convocation_date_is_stored_returned_and_audited(services: Services) -> None:
    meeting = plan_meeting(services, make_board(services))
    assert services.meetings.meeting(meeting).convened_on is None
    header = dataclasses.replace(header_of(services, meeting), convened_on=dt.date(2021, 2, 16))
    updated = services.meetings.update_header(meeting, header)
    assert updated.convened_on == dt.date(2021, 2, 16)
    assert services.meetings.meeting(meeting).convened_on == dt.date(2021, 2, 16)
    entry = services.audit.entries(entity="meeting", entity_id=meeting)[0]
    assert entry.action == "meeting.update" and "convened_on" in entry.summary
    # Emptied again: the date is unknown.
    cleared = services.meetings.update_header(
        meeting, dataclasses.replace(header, convened_on=None)
    )
    assert cleared.convened_on is None


def test_a_convocation_after_the_meeting_is_refused(services: Services) -> None:
    meeting = plan_meeting(services, make_board(services))
    header = dataclasses.replace(header_of(services, meeting), convened_on=DAY.replace(day=9))
    with pytest.raises(ValidationError, match="convocation"):
        services.meetings.update_header(meeting, header)
    assert services.meetings.meeting(meeting).convened_on is None
    # The same day (an emergency) is accepted.
    same_day = dataclasses.replace(header, convened_on=DAY)
    assert services.meetings.update_header(meeting, same_day).convened_on == DAY


def test_short_notice_is_a_warning_computed_from_the_dates() -> None:
    on_time = notice_check(DAY, dt.date(2021, 2, 16), 20, 5)
    assert on_time.days == 20 and not on_time.short and not on_time.below_urgent
    assert on_time.send_by == dt.date(2021, 2, 16)
    short = notice_check(DAY, dt.date(2021, 2, 24), 20, 5)
    assert short.days == 12 and short.short and not short.below_urgent
    urgent = notice_check(DAY, dt.date(2021, 3, 5), 20, 5)
    assert urgent.days == 3 and urgent.short and urgent.below_urgent
    unknown = notice_check(DAY, None, 20, 5)
    assert unknown.days is None and not unknown.short and not unknown.below_urgent


def test_short_notice_is_stored_all_the_same(services: Services) -> None:
    meeting = plan_meeting(services, make_board(services))
    header = dataclasses.replace(header_of(services, meeting), convened_on=dt.date(2021, 3, 6))
    detail = services.meetings.update_header(meeting, header)
    check = meeting_notice(detail)
    assert check.days == 2 and check.short == (detail.body.notice_days > 2)


def test_marking_a_meeting_convened_records_the_date_when_it_has_none(
    services: Services,
) -> None:
    meeting = plan_meeting(services, make_board(services))
    convened = services.meetings.change_status(
        meeting, MeetingStatus.CONVENED, convened_on=dt.date(2021, 2, 15)
    )
    assert convened.status is MeetingStatus.CONVENED
    assert convened.convened_on == dt.date(2021, 2, 15)
    # Back to planned and convened again: the recorded date is kept.
    services.meetings.change_status(meeting, MeetingStatus.PLANNED)
    again = services.meetings.change_status(
        meeting, MeetingStatus.CONVENED, convened_on=dt.date(2021, 2, 20)
    )
    assert again.convened_on == dt.date(2021, 2, 15)


def test_the_example_assembly_was_convened_twenty_days_ahead(demo: Services) -> None:
    main = next(
        m
        for m in demo.meetings.meetings()
        if m.date == MAIN_MEETING_DATE and m.body_short_name == "AG"
    )
    detail = demo.meetings.meeting(main.id)
    assert detail.convened_on == dt.date(2021, 2, 16)
    assert meeting_notice(detail).days == 20 and not meeting_notice(detail).short


# Annex titles -------------------------------------------------------------------------------


def test_an_annex_gets_a_clean_title_and_falls_back_to_its_file_name(
    services: Services,
) -> None:
    meeting = plan_meeting(services, make_board(services))
    annex = services.attachments.attach_bytes(meeting, "IREV_rapport_2020.pdf", b"%PDF")
    assert annex.title == "" and annex.shown_title == "IREV rapport 2020"
    titled = services.attachments.set_title(annex.id, "  Rapport d'activités\t2020\x0b ")
    assert titled.title == "Rapport d'activités 2020"
    assert services.meetings.meeting(meeting).attachments[0].shown_title == (
        "Rapport d'activités 2020"
    )
    entry = services.audit.entries(entity="attachment", entity_id=annex.id)[0]
    assert entry.action == "attachment.title" and "Rapport d'activités 2020" in entry.summary
    cleared = services.attachments.set_title(annex.id, "   ")
    assert cleared.title == "" and cleared.shown_title == "IREV rapport 2020"
    with pytest.raises(ValidationError):
        services.attachments.set_title(annex.id, "x" * 301)
    assert services.attachments.attachments(meeting)[0].title == ""


def test_the_title_of_an_annex_of_signed_minutes_cannot_change(services: Services) -> None:
    meeting = plan_meeting(services, make_board(services))
    annex = services.attachments.attach_bytes(meeting, "rapport.pdf", b"%PDF")
    services.attachments.set_title(annex.id, "Rapport")
    for status in (MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFT):
        services.meetings.change_status(meeting, status)
    services.meetings.change_status(
        meeting, MeetingStatus.MINUTES_ADOPTED, adopted_on=dt.date(2021, 6, 10)
    )
    services.meetings.change_status(meeting, MeetingStatus.MINUTES_SIGNED)
    with pytest.raises(FrozenError):
        services.attachments.set_title(annex.id, "Autre titre")
    assert services.attachments.attachments(meeting)[0].title == "Rapport"
    assert services.meetings.verify_signature(meeting) is True


def test_the_example_annex_has_its_title(demo: Services) -> None:
    titles = [
        a.shown_title
        for m in demo.meetings.meetings()
        if m.date == MAIN_MEETING_DATE
        for a in demo.meetings.meeting(m.id).attachments
    ]
    assert titles == ["Rapport d'activités 2020"]
