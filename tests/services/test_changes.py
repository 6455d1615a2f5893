"""Every committed write reports what it changed, once, after the commit; a refused or
rolled-back write reports nothing; the notes saved while typed are told apart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from irev_desktop.domain.enums import AttendanceStatus, MeetingStatus
from irev_desktop.domain.errors import ValidationError
from irev_desktop.model.changes import ALL_PARTS, Changes, Part
from irev_desktop.model.inputs import ItemFields, MeetingHeader
from irev_desktop.paths import AppPaths
from irev_desktop.sample_data.demo import load_demo
from irev_desktop.services.facade import Services


@pytest.fixture
def heard(demo: Services) -> list[Changes]:
    found: list[Changes] = []
    demo.subscribe(found.append)
    return found


def main_meeting(services: Services) -> int:
    return next(m.id for m in services.meetings.meetings() if m.date == dt.date(2021, 3, 8))


def test_an_attendance_change_names_its_meeting_and_part(
    demo: Services, heard: list[Changes]
) -> None:
    meeting = demo.meetings.meeting(main_meeting(demo))
    person = meeting.attendance[0].person_id
    demo.attendance.set_status(meeting.id, person, AttendanceStatus.EXCUSED)
    assert heard == [Changes({meeting.id: frozenset({Part.ATTENDANCE})})]


def test_an_item_added_is_the_agenda_and_its_notes_are_the_notes(
    demo: Services, heard: list[Changes]
) -> None:
    meeting_id = main_meeting(demo)
    item = demo.agenda.add_item(meeting_id, ItemFields("Questions diverses"))
    assert heard[-1].parts(meeting_id) == {Part.AGENDA}
    heard.clear()
    assert demo.agenda.save_notes(item.id, "Aucune question.")
    assert heard == [Changes({meeting_id: frozenset({Part.NOTES})})]
    heard.clear()
    assert not demo.agenda.save_notes(item.id, "Aucune question.")  # unchanged: no write
    assert heard == []


def test_a_meeting_created_and_deleted_changes_the_list(
    demo: Services, heard: list[Changes]
) -> None:
    body_id = demo.meetings.meeting(main_meeting(demo)).body.id
    created = demo.meetings.create_meeting(body_id, MeetingHeader("AG", dt.date(2022, 6, 1)))
    assert any(c.meeting_list for c in heard)
    heard.clear()
    demo.meetings.delete_meeting(created.id)
    assert len(heard) == 1 and heard[0].meeting_list
    assert heard[0].parts(created.id) == ALL_PARTS


def test_a_person_added_changes_the_register(demo: Services, heard: list[Changes]) -> None:
    demo.registry.add_person("Jeanne", "Essai")
    assert heard == [Changes(board=True)]
    assert heard[0].parts(123) == ALL_PARTS  # names appear in every meeting


def test_a_refused_write_reports_nothing(demo: Services, heard: list[Changes]) -> None:
    signed = next(
        m.id for m in demo.meetings.meetings() if m.status is MeetingStatus.MINUTES_SIGNED
    )
    with pytest.raises(ValidationError):
        demo.agenda.add_item(signed, ItemFields("Ajout interdit"))
    with pytest.raises(ValidationError):
        demo.agenda.add_item(main_meeting(demo), ItemFields("   "))
    assert heard == []


def test_a_batch_reports_once_merged(demo: Services, heard: list[Changes]) -> None:
    meeting_id = main_meeting(demo)
    with demo.batched():
        demo.agenda.add_item(meeting_id, ItemFields("Un"))
        demo.registry.add_person("Paul", "Lot")
        assert heard == []
    assert len(heard) == 1
    assert heard[0].board and Part.AGENDA in heard[0].meetings[meeting_id]


def test_a_failing_listener_does_not_make_a_committed_write_fail(demo: Services) -> None:
    def broken(_changes: Changes) -> None:
        raise RuntimeError("vue détruite")

    demo.subscribe(broken)
    person = demo.registry.add_person("Écrit", "Quand même")
    assert any(p.id == person.id for p in demo.registry.people())


def test_an_archive_import_into_the_store_replaces_it(services: Services, tmp_path: Path) -> None:
    archive = tmp_path / "a.zip"
    with Services.open(AppPaths(tmp_path / "source" / "irev.sqlite"), write=True) as source:
        load_demo(source)
        source.archive.export(archive)
    heard: list[Changes] = []
    services.subscribe(heard.append)
    services.archive.import_archive(archive)
    assert heard[-1] == Changes(store=True)


@pytest.mark.sqlite_only  # a backup is a copy of the SQLite file, restored into a file
def test_a_restore_replaces_the_store(demo: Services, tmp_path: Path) -> None:
    backup = tmp_path / "b.sqlite"
    demo.backups.backup(backup)
    with Services.open(AppPaths(tmp_path / "autre" / "irev.sqlite"), write=True) as other:
        heard: list[Changes] = []
        other.subscribe(heard.append)
        other.backups.restore(backup)
        assert heard == [Changes(store=True)]


def test_reading_only_the_parts_a_write_changed_gives_the_whole_meeting_read_again(
    demo: Services, heard: list[Changes]
) -> None:
    meeting_id = main_meeting(demo)
    before = demo.meetings.meeting(meeting_id)
    holders = {a.proxy_holder_id for a in before.attendance}
    person = next(a.person_id for a in before.attendance if a.person_id not in holders)
    item = before.items[0]
    writes = [
        lambda: demo.attendance.set_status(meeting_id, person, AttendanceStatus.ABSENT),
        lambda: demo.agenda.add_item(meeting_id, ItemFields("Point ajouté")),
        lambda: demo.agenda.save_notes(item.id, "Notes changées."),
        lambda: demo.actions.add_action(meeting_id, "Relancer les membres"),
    ]
    current = before
    for write in writes:
        heard.clear()
        write()
        (changes,) = heard
        parts = changes.parts(meeting_id)
        assert parts and parts != ALL_PARTS
        current = demo.meetings.refreshed(current, parts)
        assert current == demo.meetings.meeting(meeting_id), parts
    assert current != before
