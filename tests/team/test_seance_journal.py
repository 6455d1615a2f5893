"""A séance on a server goes on when the server stops answering: its acts are kept on
this computer and sent when it answers again, in order, exactly once.

The server is really stopped (``pg_ctl stop -m immediate``, its clients' connections
drop) and started again: nothing is simulated.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from irev_desktop.domain.enums import VoteChoice
from irev_desktop.domain.errors import ServerUnreachableError, ValidationError
from irev_desktop.model.dto import MeetingDetail
from irev_desktop.model.inputs import ItemFields, MeetingHeader
from irev_desktop.model.journal import Kept
from irev_desktop.paths import AppPaths
from irev_desktop.sample_data.demo import load_demo
from irev_desktop.services.facade import Services
from irev_desktop.services.seance_journal import SeanceJournal

from ..pg_server import PgServer

pytestmark = pytest.mark.postgresql
_names = itertools.count(1)
NINE = dt.time(9, 30)


@pytest.fixture
def url(own_server: PgServer) -> Iterator[str]:
    name = f"seance{next(_names)}"
    url = own_server.create_database(name)
    try:
        yield url
    finally:
        if not own_server.running:
            own_server.resume()
        own_server.drop_database(name)


@pytest.fixture
def computer(url: str, tmp_path: Path) -> AppPaths:
    return AppPaths.for_server(url, tmp_path / "poste")


def _prepared(paths: AppPaths) -> tuple[int, MeetingDetail]:
    """The example's register, and a new meeting of its assembly with three items,
    opened at 9:30, everyone there at the roll call."""
    with Services.open(paths, write=True) as services:
        load_demo(services)
        body = services.registry.bodies()[0].id
        meeting = services.meetings.create_meeting(
            body, MeetingHeader(title="Assemblée de la coupure", date=dt.date(2026, 12, 2))
        )
        for title in ("Ouverture", "Comptes", "Questions diverses"):
            services.agenda.add_item(meeting.id, ItemFields(title=title))
        services.seance.start(meeting.id, NINE)
        services.attendance.roll_call(meeting.id, NINE)
        return meeting.id, services.meetings.meeting(meeting.id)


def _present(meeting: MeetingDetail) -> list[int]:
    return [a.person_id for a in meeting.attendance if a.in_room]


def test_acts_go_to_the_server_at_once_when_it_answers(computer: AppPaths) -> None:
    meeting_id, meeting = _prepared(computer)
    person = _present(meeting)[0]
    with Services.open(computer, write=True) as services:
        journal = services.seance_journal
        done = journal.departure(meeting_id, person, dt.time(9, 35))
        assert not isinstance(done, Kept)
        journal.notes(meeting.items[0].id, "Le président ouvre la séance.", False)
        assert journal.pending() == 0
        detail = services.meetings.meeting(meeting_id)
        assert detail.items[0].notes == "Le président ouvre la séance."
        assert journal.file.read_bytes() == b""  # all sent: the file starts again empty


def test_a_refusal_is_said_at_once_and_leaves_nothing_pending(computer: AppPaths) -> None:
    meeting_id, _meeting = _prepared(computer)
    with Services.open(computer, write=True) as services:
        journal = services.seance_journal
        with pytest.raises(ValidationError):
            journal.arrival(meeting_id, 999_999, dt.time(9, 40))
        assert journal.pending() == 0


def test_the_seance_goes_on_while_the_server_is_down_and_nothing_is_lost(
    own_server: PgServer, computer: AppPaths
) -> None:
    meeting_id, meeting = _prepared(computer)
    first, second = _present(meeting)[:2]
    item = meeting.items[0].id
    with Services.open(computer, write=True) as services:
        journal = services.seance_journal
        journal.notes(item, "Avant la coupure.", False)
        # Everyone votes for, but the one who will have left by then.
        choices = {
            v.person_id: VoteChoice.FOR
            for v in services.seance.voters_at(meeting_id, dt.time(9, 45))
            if first not in (v.person_id, v.represented_by_id)
        }
        own_server.interrupt()
        began = time.monotonic()
        kept = [
            journal.notes(item, "Avant la coupure. Pendant", False),
            journal.departure(meeting_id, first, dt.time(9, 41)),
            journal.notes(item, "Avant la coupure. Pendant la coupure, on vote.", True),
            journal.vote(
                meeting_id,
                "Approbation des comptes",
                "L'assemblée approuve les comptes.",
                choices,
                at=dt.time(9, 45),
                item_id=item,
            ),
            journal.arrival(meeting_id, first, dt.time(9, 50)),
            journal.departure(meeting_id, second, dt.time(9, 51)),
        ]
        elapsed = time.monotonic() - began
        assert all(isinstance(k, Kept) for k in kept)
        assert [k.pending for k in kept if isinstance(k, Kept)] == [1, 2, 3, 4, 5, 6]
        # A séance never waits on the network: six acts kept in well under a second each.
        assert elapsed < 6 * 1.0, elapsed
        own_server.resume()
        replayed = journal.replay()
        assert (replayed.sent, replayed.refused, replayed.pending) == (6, (), 0), replayed
        detail = services.meetings.meeting(meeting_id)
    assert detail.items[0].notes == "Avant la coupure. Pendant la coupure, on vote."
    votes = [d for d in detail.deliberations if d.title == "Approbation des comptes"]
    assert len(votes) == 1
    # Left at 9:41, back at 9:50: two stretches, each act once.
    row = next(a for a in detail.attendance if a.person_id == first)
    assert [s.end for s in row.presence] == [dt.time(9, 41), None]
    assert row.presence[1].start == dt.time(9, 50)
    row = next(a for a in detail.attendance if a.person_id == second)
    assert [s.end for s in row.presence] == [dt.time(9, 51)]


def test_acts_kept_before_a_crash_are_sent_at_the_next_opening(
    own_server: PgServer, computer: AppPaths
) -> None:
    meeting_id, meeting = _prepared(computer)
    item = meeting.items[1].id
    with Services.open(computer, write=True) as services:
        own_server.interrupt()
        services.seance_journal.notes(item, "Tapé pendant la coupure", False)
        services.seance_journal.notes(item, "Tapé pendant la coupure, puis fermé", True)
    own_server.resume()  # the program was closed (or killed) meanwhile
    with Services.open(computer, write=True) as services:
        assert services.seance_journal.pending() == 2
        replayed = services.seance_journal.replay()
        assert replayed.sent == 2 and replayed.pending == 0
        notes = services.meetings.meeting(meeting_id).items[1].notes
    assert notes == "Tapé pendant la coupure, puis fermé"


def test_an_act_whose_answer_was_lost_is_not_made_twice(computer: AppPaths) -> None:
    """The commit reached the server, the answer did not: the act is still in the
    journal, and sending it again must not record a second vote."""
    meeting_id, _meeting = _prepared(computer)
    with Services.open(computer, write=True) as services:
        journal = services.seance_journal
        choices = {v.person_id: "for" for v in services.seance.voters_at(meeting_id, dt.time(10))}
        entry = {
            "id": "acte-deja-fait",
            "act": "vote",
            "args": {
                "meeting_id": meeting_id,
                "title": "Vote en double ?",
                "text": "",
                "choices": {str(p): c for p, c in choices.items()},
                "at": "10:00:00",
                "item_id": None,
                "number": None,
            },
        }
        journal.file.parent.mkdir(parents=True, exist_ok=True)
        journal.file.write_text(json.dumps(entry) + "\n", encoding="utf-8")
        with services.store.applying("acte-deja-fait"):  # made, but no « done » written
            services.seance.record_vote(
                meeting_id,
                "Vote en double ?",
                "",
                {p: VoteChoice(c) for p, c in choices.items()},
                at=dt.time(10),
            )
        replayed = SeanceJournal(services.store).replay()
        assert replayed.pending == 0 and replayed.refused == ()
        titles = [d.title for d in services.meetings.meeting(meeting_id).deliberations]
    assert titles.count("Vote en double ?") == 1


def test_a_line_cut_by_a_crash_is_not_an_act(computer: AppPaths) -> None:
    meeting_id, meeting = _prepared(computer)
    with Services.open(computer, write=True) as services:
        journal = services.seance_journal
        journal.file.parent.mkdir(parents=True, exist_ok=True)
        whole = {
            "id": "entier",
            "act": "notes",
            "args": {"item_id": meeting.items[2].id, "text": "Entier", "checkpoint": False},
        }
        journal.file.write_text(
            json.dumps(whole) + "\n" + '{"id": "coupe", "act": "notes", "args": {"item',
            encoding="utf-8",
        )
        assert journal.pending() == 1
        assert journal.replay().sent == 1
        assert services.meetings.meeting(meeting_id).items[2].notes == "Entier"


def test_an_act_refused_when_replayed_is_reported(own_server: PgServer, computer: AppPaths) -> None:
    meeting_id, _meeting = _prepared(computer)
    with Services.open(computer, write=True) as services:
        journal = services.seance_journal
        own_server.interrupt()
        kept = journal.arrival(meeting_id, 999_999, dt.time(9, 40))
        assert isinstance(kept, Kept)
        own_server.resume()
        replayed = journal.replay()
        assert replayed.pending == 0 and len(replayed.refused) == 1
        assert "999999" in replayed.refused[0] or replayed.refused[0]


def test_on_a_file_acts_are_made_directly(paths: AppPaths) -> None:
    with Services.open(paths, write=True) as services:
        meeting_id = load_demo(services).main_meeting_id
        assert meeting_id is not None
        journal = services.seance_journal
        assert not journal.journaled
        item = services.meetings.meeting(meeting_id).items[0].id
        journal.notes(item, "Sur le fichier", False)
        assert not journal.file.exists()
        assert services.meetings.meeting(meeting_id).items[0].notes == "Sur le fichier"


def test_a_server_that_cannot_take_acts_for_a_while_keeps_them(
    own_server: PgServer, computer: AppPaths, url: str
) -> None:
    """Read-only for a while (a maintenance, a replica promoted late): not a refusal of
    the acts; they stay, in order, and go once the server takes writes again."""
    meeting_id, meeting = _prepared(computer)
    item = meeting.items[0].id
    name = url.rsplit("/", 1)[-1]
    with Services.open(computer, write=True) as services:
        journal = services.seance_journal
        own_server.interrupt()
        journal.notes(item, "Pendant la maintenance", False)
        own_server.resume()
        own_server.admin(f"ALTER DATABASE {name} SET default_transaction_read_only = on")
        services.store.drop_connections()
        replayed = journal.replay()
        assert (replayed.sent, replayed.refused, replayed.pending) == (0, (), 1)
        own_server.admin(f"ALTER DATABASE {name} RESET default_transaction_read_only")
        services.store.drop_connections()
        assert journal.replay().sent == 1
        assert services.meetings.meeting(meeting_id).items[0].notes == "Pendant la maintenance"


def test_a_connection_the_server_closed_is_said_as_not_answering_then_replaced(
    own_server: PgServer, computer: AppPaths, url: str
) -> None:
    _prepared(computer)
    name = url.rsplit("/", 1)[-1]
    with Services.open(computer, write=True) as services:
        assert services.listing.meetings()  # the plain connection of this thread
        own_server.admin(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{name}' AND pid <> pg_backend_pid()"
        )
        with pytest.raises(ServerUnreachableError):
            services.listing.meetings()
        assert services.listing.meetings()  # a new connection, at once
