"""Two people editing the same row: every row a form edits carries a version, an edit made
from an older version with values that differ is refused (nothing overwritten, the refused
values kept in the audit log, both values given to choose), and the choice then goes in
knowingly. Runs on both engines."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading

import pytest

from irev_desktop.domain.enums import MeetingStatus, Role
from irev_desktop.domain.errors import RowConflictError
from irev_desktop.domain.quorum import Interval
from irev_desktop.model.inputs import BodyRules, ItemFields, MeetingHeader
from irev_desktop.model.seal import SealStatus
from irev_desktop.services.facade import Services

from .raw_sql import run_sql


def planned_meeting(services: Services) -> int:
    return next(m.id for m in services.meetings.meetings() if m.status is MeetingStatus.PLANNED)


def header_of(services: Services, meeting_id: int) -> MeetingHeader:
    return MeetingHeader.of(services.meetings.meeting(meeting_id))


def refusals(services: Services, action: str) -> list[str]:
    return [e.summary for e in services.audit.entries(limit=50) if e.action == action]


def test_a_header_edited_from_an_older_version_is_refused_with_both_values(
    demo: Services,
) -> None:
    meeting_id = planned_meeting(demo)
    read = demo.meetings.meeting(meeting_id)
    form_a = form_b = header_of(demo, meeting_id)
    # A saves first: a new title.
    saved = demo.meetings.update_header(
        meeting_id, dataclasses.replace(form_a, title="AG extraordinaire"), read.version
    )
    assert saved.version == read.version + 1
    # B, from the same reading, changes the place: its form still holds the old title.
    with pytest.raises(RowConflictError) as raised:
        demo.meetings.update_header(
            meeting_id, dataclasses.replace(form_b, place="Salle du conseil, Lille"), read.version
        )
    conflict = raised.value
    fields = {name: (mine, theirs) for name, mine, theirs in conflict.fields}
    assert fields == {
        "title": (read.title, "AG extraordinaire"),
        "place": ("Salle du conseil, Lille", read.place or "—"),
    }
    assert conflict.version == saved.version
    assert "rien n'a été écrasé" in conflict.message
    stored = demo.meetings.meeting(meeting_id)
    assert (stored.title, stored.place, stored.version) == (
        "AG extraordinaire",
        read.place,
        saved.version,
    )
    # B's refused values are kept in the audit log, beside A's edit.
    assert any("Salle du conseil, Lille" in s for s in refusals(demo, "meeting.update.refused"))
    # B chooses to keep its values, knowingly: they go in over A's.
    kept = demo.meetings.update_header(
        meeting_id, dataclasses.replace(form_b, place="Salle du conseil, Lille"), conflict.version
    )
    assert (kept.title, kept.place, kept.version) == (
        read.title,
        "Salle du conseil, Lille",
        saved.version + 1,
    )


def test_the_same_change_made_twice_is_no_conflict(demo: Services) -> None:
    meeting_id = planned_meeting(demo)
    read = demo.meetings.meeting(meeting_id)
    header = dataclasses.replace(header_of(demo, meeting_id), place="Arras")
    demo.meetings.update_header(meeting_id, header, read.version)
    again = demo.meetings.update_header(meeting_id, header, read.version)
    assert again.place == "Arras" and again.version == read.version + 1


def test_an_edit_without_a_version_overwrites_as_before(demo: Services) -> None:
    meeting_id = planned_meeting(demo)
    read = demo.meetings.meeting(meeting_id)
    demo.meetings.update_header(
        meeting_id, dataclasses.replace(header_of(demo, meeting_id), place="Douai")
    )
    last = demo.meetings.update_header(
        meeting_id, dataclasses.replace(header_of(demo, meeting_id), place="Lens")
    )
    assert last.place == "Lens" and last.version == read.version + 2


def test_an_item_form_conflicts_but_notes_and_moves_do_not(demo: Services) -> None:
    meeting_id = planned_meeting(demo)
    first = demo.agenda.add_item(meeting_id, ItemFields("Budget primitif 2022"))
    other = demo.agenda.add_item(meeting_id, ItemFields("Questions diverses"))
    # Typing notes, moving items: not edits of the item's form, no version change.
    demo.agenda.save_notes(first.id, "Le trésorier présente le budget.")
    demo.agenda.move_item(other.id, 1)
    item = next(i for i in demo.meetings.meeting(meeting_id).items if i.id == first.id)
    assert item.version == first.version
    demo.agenda.update_item(
        first.id, ItemFields("Budget primitif 2022", planned_minutes=20), item.version
    )
    with pytest.raises(RowConflictError) as raised:
        demo.agenda.update_item(first.id, ItemFields("Budget 2022 (vote)"), item.version)
    fields = {name: (mine, theirs) for name, mine, theirs in raised.value.fields}
    assert fields == {
        "title": ("Budget 2022 (vote)", "Budget primitif 2022"),
        "planned_minutes": ("—", "20"),
    }
    stored = next(i for i in demo.meetings.meeting(meeting_id).items if i.id == first.id)
    assert (stored.title, stored.planned_minutes) == ("Budget primitif 2022", 20)


def test_register_rows_conflict_each_on_their_own(demo: Services) -> None:
    registry = demo.registry
    person = registry.people()[0]
    registry.update_person(
        person.id,
        first_name=person.first_name,
        last_name=person.last_name,
        civility=person.civility,
        email="nouvelle.adresse@example.org",
        function_title=person.function_title,
        based_on=person.version,
    )
    with pytest.raises(RowConflictError) as raised:
        registry.update_person(
            person.id,
            first_name=person.first_name,
            last_name=person.last_name,
            civility=person.civility,
            email=person.email,
            function_title="Directrice générale",
            based_on=person.version,
        )
    names = [name for name, _, _ in raised.value.fields]
    assert names == ["email", "function_title"]
    assert next(p for p in registry.people() if p.id == person.id).email == (
        "nouvelle.adresse@example.org"
    )
    # Another person of the register is another row: no conflict.
    other = registry.people()[1]
    registry.update_person(
        other.id,
        first_name=other.first_name,
        last_name=other.last_name,
        civility=other.civility,
        email=other.email,
        function_title="Chargé de mission",
        based_on=other.version,
    )

    organisation = registry.organisations()[0]
    member = registry.members(organisation.id)[0]
    registry.update_member(
        member.id,
        name=member.name,
        statutory_rights=member.statutory_rights + 1,
        college=member.college,
        based_on=member.version,
    )
    with pytest.raises(RowConflictError) as member_conflict:
        registry.update_member(
            member.id,
            name=member.name,
            statutory_rights=member.statutory_rights,
            college="Collège des financeurs",
            based_on=member.version,
        )
    assert ("statutory_rights", str(member.statutory_rights), str(member.statutory_rights + 1)) in (
        member_conflict.value.fields
    )

    body = registry.bodies(organisation.id)[0]
    rules = BodyRules(**{f.name: getattr(body, f.name) for f in dataclasses.fields(BodyRules)})
    registry.update_body_rules(body.id, dataclasses.replace(rules, notice_days=21), body.version)
    with pytest.raises(RowConflictError) as rules_conflict:
        registry.update_body_rules(
            body.id,
            dataclasses.replace(rules, chair_casting_vote=not rules.chair_casting_vote),
            body.version,
        )
    shown = {name: (mine, theirs) for name, mine, theirs in rules_conflict.value.fields}
    assert shown["notice_days"] == (str(rules.notice_days), "21")
    assert set(shown["chair_casting_vote"]) == {"oui", "non"}


def test_a_mandate_ended_meanwhile_is_not_undone_by_an_older_form(demo: Services) -> None:
    organisation = demo.registry.organisations()[0]
    body = demo.registry.bodies(organisation.id)[0]
    mandate = next(
        m
        for m in demo.mandates.history(body.id)
        if m.end_date is None and m.role is not Role.PRESIDENT
    )
    ended = demo.mandates.end_mandate(mandate.id, dt.date(2026, 6, 30))
    assert ended.version == mandate.version + 1
    with pytest.raises(RowConflictError) as raised:
        demo.mandates.update_mandate(
            mandate.id,
            role=mandate.role,
            start_date=mandate.start_date,
            end_date=None,
            member_id=mandate.member_id,
            representation=mandate.representation,
            based_on=mandate.version,
        )
    assert raised.value.fields == (("end_date", "—", "30/06/2026"),)
    assert next(m for m in demo.mandates.history(body.id) if m.id == mandate.id).end_date == (
        dt.date(2026, 6, 30)
    )


def test_a_history_corrected_from_before_a_pointing_is_refused(demo: Services) -> None:
    meeting_id = planned_meeting(demo)
    person = demo.meetings.meeting(meeting_id).attendance[0]
    # The correction dialog opens; meanwhile the séance points the person in at 10:05.
    demo.attendance.record_arrival(meeting_id, person.person_id, dt.time(10, 5))
    with pytest.raises(RowConflictError) as raised:
        demo.attendance.set_history(
            meeting_id, person.person_id, [Interval(dt.time(9, 30), None)], based_on=person.version
        )
    ((name, mine, theirs),) = raised.value.fields
    assert name == "history"
    assert "09:30" in mine and "10:05" in theirs
    stored = next(a for a in demo.meetings.meeting(meeting_id).attendance if a.id == person.id)
    assert stored.presence == (Interval(dt.time(10, 5), None),)
    assert any("09:30" in s for s in refusals(demo, "attendance.history.refused"))
    # The same history as the one stored: nothing to choose, it goes through.
    demo.attendance.set_history(
        meeting_id, person.person_id, [Interval(dt.time(10, 5), None)], based_on=person.version
    )
    # From the current version: the correction goes in.
    current = next(a for a in demo.meetings.meeting(meeting_id).attendance if a.id == person.id)
    demo.attendance.set_history(
        meeting_id, person.person_id, [Interval(dt.time(9, 30), None)], based_on=current.version
    )
    stored = next(a for a in demo.meetings.meeting(meeting_id).attendance if a.id == person.id)
    assert stored.presence == (Interval(dt.time(9, 30), None),)


def test_the_edit_version_is_not_part_of_the_seal(demo: Services) -> None:
    signed = next(
        m.id for m in demo.meetings.meetings() if m.status is MeetingStatus.MINUTES_SIGNED
    )
    assert demo.meetings.check_seal(signed).status is SealStatus.OK
    for table in ("meeting", "attendance", "agenda_item"):
        where = "id" if table == "meeting" else "meeting_id"
        run_sql(
            demo.paths,
            (f"UPDATE {table} SET row_version = row_version + 7 WHERE {where} = ?", (signed,)),
        )
    assert demo.meetings.check_seal(signed).status is SealStatus.OK


def test_two_simultaneous_edits_from_one_version_make_one_conflict(demo: Services) -> None:
    """On a server, two computers save at the same moment: the row is locked, the second
    sees the first's version, and one of them is told."""
    person = demo.registry.people()[2]
    outcomes: list[str] = []
    start = threading.Barrier(2)

    def save(title: str) -> None:
        start.wait()
        try:
            demo.registry.update_person(
                person.id,
                first_name=person.first_name,
                last_name=person.last_name,
                civility=person.civility,
                email=person.email,
                function_title=title,
                based_on=person.version,
            )
            outcomes.append("saved")
        except RowConflictError:
            outcomes.append("conflict")

    threads = [threading.Thread(target=save, args=(t,)) for t in ("Trésorière", "Secrétaire")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["conflict", "saved"]
    assert (
        next(p for p in demo.registry.people() if p.id == person.id).version == person.version + 1
    )


def test_a_convocation_date_noted_meanwhile_is_not_undone_by_an_older_form(
    demo: Services,
) -> None:
    meeting_id = planned_meeting(demo)
    read = demo.meetings.meeting(meeting_id)
    form = header_of(demo, meeting_id)
    assert form.convened_on is None
    demo.meetings.change_status(
        meeting_id, MeetingStatus.CONVENED, convened_on=read.date - dt.timedelta(days=20)
    )
    with pytest.raises(RowConflictError) as raised:
        demo.meetings.update_header(
            meeting_id, dataclasses.replace(form, place="Arras"), read.version
        )
    assert [name for name, _, _ in raised.value.fields] == ["place", "convened_on"]
    assert demo.meetings.meeting(meeting_id).convened_on == read.date - dt.timedelta(days=20)
