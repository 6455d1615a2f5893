"""Séance mode through the services: clock, agenda moves, votes by voter, notes saving."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from irev_desktop.domain.enums import AttendanceStatus, MeetingStatus, VoteChoice
from irev_desktop.domain.errors import ValidationError
from irev_desktop.model.inputs import ItemFields
from irev_desktop.services import agenda as agenda_module
from irev_desktop.services.facade import Services
from irev_desktop.services.seance import SeanceService

from .builders import make_board, plan_meeting

P = AttendanceStatus.PRESENT
T = dt.time


def test_start_switch_and_close_record_the_times(services: Services) -> None:
    board = make_board(services)
    meeting = plan_meeting(services, board)
    first = services.agenda.add_item(meeting, ItemFields("Un")).id
    second = services.agenda.add_item(meeting, ItemFields("Deux")).id
    seance = SeanceService(services.store)
    seance.start(meeting, T(14, 2))
    seance.switch_item(meeting, None, first, T(14, 3))
    seance.switch_item(meeting, first, second, T(14, 31))
    seance.close(meeting, T(15, 10), current_item=second)
    detail = services.meetings.meeting(meeting)
    assert (detail.actual_start, detail.actual_end) == (T(14, 2), T(15, 10))
    assert [(i.started_at, i.ended_at) for i in detail.items] == [
        (T(14, 3), T(14, 31)),
        (T(14, 31), T(15, 10)),
    ]
    assert detail.status is MeetingStatus.MINUTES_DRAFT
    seance.start(meeting, T(16, 0))  # a second start keeps the first time
    assert services.meetings.meeting(meeting).actual_start == T(14, 2)


def test_a_weighted_vote_by_voter_with_a_proxy_records_who_voted(
    services: Services, tmp_path: Path
) -> None:
    board = make_board(services)  # État 45, Région 45, Ville 10; 2/3 quorum on rights
    meeting = plan_meeting(services, board)
    att = services.attendance
    att.set_status(meeting, board.president, P)
    att.set_status(meeting, board.city_rep, P)
    att.set_status(meeting, board.commissioner, P)
    att.set_status(
        meeting, board.vice_president, AttendanceStatus.REPRESENTED, proxy_holder_id=board.city_rep
    )
    seance = SeanceService(services.store)
    voters = {v.person_id: v for v in seance.voters_at(meeting, T(10, 0))}
    assert set(voters) == {board.president, board.city_rep, board.vice_president}
    assert voters[board.vice_president].represented_by_id == board.city_rep
    assert voters[board.vice_president].weight == 45
    assert board.commissioner not in voters  # consultative voice: never votes
    choices = {
        board.president: VoteChoice.AGAINST,
        board.vice_president: VoteChoice.FOR,
        board.city_rep: VoteChoice.FOR,
    }
    result = seance.record_vote(meeting, "Budget", "Texte", choices, at=T(10, 0))
    # Two heads for, one against; 55 rights for against 45.
    assert (result.votes_for, result.votes_against) == (2, 1)
    assert (result.weighted_for, result.weighted_against) == (55, 45)
    assert result.result.value == "adopted"
    shown = services.meetings.meeting(meeting).deliberations[0]
    assert (shown.present_voters, shown.represented_voters) == (2, 1)
    from irev_desktop.services.export import DocumentKind

    extract = services.export.export(meeting, DocumentKind.EXTRAIT, tmp_path / "extrait.docx")
    import docx

    lines = [p.text.replace("\u00a0", " ") for p in docx.Document(str(extract)).paragraphs]
    # The counts of the vote itself, not those of the end of the meeting.
    assert "Membres présents :\t2" in lines and "Membres représentés :\t1" in lines
    recorded = {v.person_id: v for v in seance.voters_of(result.id)}
    assert recorded[board.vice_president].represented_by_name == "Chloé Durand"
    assert recorded[board.president].choice is VoteChoice.AGAINST


def test_a_vote_must_count_exactly_the_voters_present(services: Services) -> None:
    board = make_board(services)
    meeting = plan_meeting(services, board)
    for person in (board.president, board.vice_president):
        services.attendance.set_status(meeting, person, P)
    seance = SeanceService(services.store)
    with pytest.raises(ValidationError, match="exactement"):
        seance.record_vote(meeting, "Budget", "", {board.president: VoteChoice.FOR}, at=None)
    with pytest.raises(ValidationError, match="exactement"):
        seance.record_vote(
            meeting,
            "Budget",
            "",
            {p: VoteChoice.FOR for p in (board.president, board.vice_president, board.city_rep)},
            at=None,
        )
    assert services.deliberations.deliberations(meeting) == []


def test_a_vote_after_the_quorum_is_lost_is_refused(services: Services) -> None:
    board = make_board(services)
    meeting = plan_meeting(services, board)
    for person in (board.president, board.vice_president):
        services.attendance.set_status(meeting, person, P)
    services.attendance.record_departure(meeting, board.vice_president, T(11, 0))
    seance = SeanceService(services.store)
    choices = {board.president: VoteChoice.FOR}
    with pytest.raises(ValidationError, match="quorum"):
        seance.record_vote(meeting, "Tardif", "", choices, at=T(11, 30))
    assert services.deliberations.deliberations(meeting) == []


def test_casting_vote_comes_from_the_chairs_own_choice(services: Services) -> None:
    from irev_desktop.domain.enums import Weighting

    board = make_board(services, weighting=Weighting.HEADS, quorum=(1, 2))
    meeting = plan_meeting(services, board)  # chaired by the president
    for person in (board.president, board.vice_president):
        services.attendance.set_status(meeting, person, P)
    seance = SeanceService(services.store)
    tie = {board.president: VoteChoice.AGAINST, board.vice_president: VoteChoice.FOR}
    result = seance.record_vote(meeting, "Partage", "", tie, at=None)
    assert result.result.value == "rejected" and result.casting_vote_used


def test_autosaves_refresh_one_revision_but_a_big_deletion_keeps_the_text(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    board = make_board(services)
    meeting = plan_meeting(services, board)
    item = services.agenda.add_item(meeting, ItemFields("Débat")).id
    text = ""
    for word in ("Le", " président", " ouvre", " la", " séance."):
        text += word
        services.agenda.save_notes(item, text, checkpoint=False)
    assert [r.text for r in services.agenda.revisions(item)] == ["Le président ouvre la séance."]
    services.agenda.save_notes(item, "", checkpoint=False)  # select all, delete
    assert [r.text for r in services.agenda.revisions(item)] == [
        "",
        "Le président ouvre la séance.",
    ]
    services.agenda.save_notes(item, "Reprise", checkpoint=True)
    assert len(services.agenda.revisions(item)) == 3
    # A minute later, typing starts a new revision even without a checkpoint.
    later = agenda_module.utc_now() + dt.timedelta(minutes=2)
    monkeypatch.setattr(agenda_module, "utc_now", lambda: later)
    services.agenda.save_notes(item, "Reprise des débats", checkpoint=False)
    assert len(services.agenda.revisions(item)) == 4


@pytest.mark.sqlite_only  # an older SQLite file upgraded by Alembic, backed up as a file
def test_an_older_store_is_upgraded_with_its_data_and_a_backup(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from alembic import command

    from irev_desktop.db import schema, sqlite_files
    from irev_desktop.paths import AppPaths

    paths = AppPaths(tmp_path / "ancienne" / "irev.sqlite")
    paths.db.parent.mkdir(parents=True)
    config = schema.alembic_config(paths.db)
    command.upgrade(config, "0001_initial")  # type: ignore[arg-type]
    conn = sqlite3.connect(paths.db)
    conn.execute(
        "INSERT INTO organisation (name, short_name, address, city) "
        "VALUES ('Ancien', 'ANC', '', '')"
    )
    conn.commit()
    conn.close()
    assert sqlite_files.stored_revision(paths.db) == "0001_initial"
    with Services.open(paths, write=True) as services:
        assert [o.short_name for o in services.registry.organisations()] == ["ANC"]
    assert sqlite_files.stored_revision(paths.db) == schema.SCHEMA_HEAD
    backups = list(paths.backups_dir.glob("*avant-mise-a-jour*"))
    assert len(backups) == 1
    assert sqlite_files.stored_revision(backups[0]) == "0001_initial"
