"""Ten people on one server at once, for a minute: each types notes on an item of their
own and on one item they all share, points people in and out, changes the meeting's
place from the version they last read, and searches. No write is lost, no deadlock
reaches anyone, and every conflict (on the shared item, on the header) is told.

Bounded: 10 simulated users (threads, each with its own connections, as ten computers
would have), ``IREV_CONCURRENCY_SECONDS`` seconds (60 by default), on localhost.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import random
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from irev_desktop.domain.errors import (
    IrevError,
    NotesConflictError,
    RowConflictError,
    ValidationError,
)
from irev_desktop.model.inputs import ItemFields, MeetingHeader
from irev_desktop.paths import AppPaths
from irev_desktop.sample_data.demo import load_demo
from irev_desktop.services.facade import Services

from ..pg_server import PgServer

pytestmark = [pytest.mark.postgresql, pytest.mark.slow]
USERS = 10
SECONDS = float(os.environ.get("IREV_CONCURRENCY_SECONDS", "60"))
_names = itertools.count(1)
TITLE, DAY = "Dix à la fois", dt.date(2026, 12, 2)


@dataclass
class User:
    """What one simulated person did, and what they saw."""

    number: int
    own_item: int
    person: int
    own_text: str = ""
    shared_saved: list[str] = field(default_factory=list)
    shared_conflicts: list[tuple[str, str]] = field(default_factory=list)
    places_saved: list[str] = field(default_factory=list)
    place_conflicts: list[str] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)  # rules of the register, said
    failures: list[BaseException] = field(default_factory=list)  # anything else
    acts: int = 0


@pytest.fixture
def team(pg_server: PgServer, pg_template: str, tmp_path: Path) -> Iterator[tuple[str, dict]]:
    name = f"dix{next(_names)}"
    url = pg_server.create_database(name, template=pg_template)
    try:
        with Services.open(AppPaths.for_server(url, tmp_path / "admin"), write=True) as admin:
            load_demo(admin)
            body = admin.registry.bodies()[0].id
            meeting = admin.meetings.create_meeting(body, MeetingHeader(title=TITLE, date=DAY))
            items = [
                admin.agenda.add_item(meeting.id, ItemFields(f"Point de {n}")).id
                for n in range(USERS)
            ]
            shared = admin.agenda.add_item(meeting.id, ItemFields("Point commun")).id
            admin.seance.start(meeting.id, dt.time(9, 0))
            admin.attendance.roll_call(meeting.id, dt.time(9, 0))
            people = [a.person_id for a in admin.meetings.meeting(meeting.id).attendance]
        yield (
            url,
            {
                "meeting": meeting.id,
                "items": items,
                "shared": shared,
                "people": people,
                "folder": tmp_path,
            },
        )
    finally:
        pg_server.drop_database(name)


def _work(url: str, setup: dict, user: User, stop: float, seed: int) -> None:
    chance = random.Random(seed)
    meeting = setup["meeting"]
    paths = AppPaths.for_server(url, setup["folder"] / f"poste-{user.number}")
    with Services.open(paths, write=True) as services:
        shared_base = ""
        header_version = services.meetings.meeting(meeting).version
        in_room = True
        minute = 0
        while time.monotonic() < stop:
            user.acts += 1
            roll = chance.random()
            try:
                if roll < 0.4:  # notes on my own item: never in conflict
                    text = f"{user.own_text} mot{user.acts}".strip()
                    services.agenda.save_notes(
                        user.own_item, text, checkpoint=False, based_on=user.own_text
                    )
                    user.own_text = text
                elif roll < 0.65:  # notes on the shared item, from what I last read
                    text = f"{shared_base} [{user.number}:{user.acts}]".strip()
                    try:
                        services.agenda.save_notes(setup["shared"], text, based_on=shared_base)
                        user.shared_saved.append(text)
                        shared_base = text
                    except NotesConflictError as conflict:
                        user.shared_conflicts.append((conflict.mine, conflict.theirs))
                        shared_base = conflict.theirs  # the choice: theirs, then go on
                elif roll < 0.85:  # pointing my own person in and out
                    minute += 1
                    at = (dt.datetime(2026, 12, 2, 9, 0) + dt.timedelta(minutes=minute)).time()
                    if in_room:
                        services.attendance.record_departure(meeting, user.person, at)
                    else:
                        services.attendance.record_arrival(meeting, user.person, at)
                    in_room = not in_room
                elif roll < 0.93:
                    services.search.search(chance.choice(["assemblée", "mot", "point", "budget"]))
                elif roll < 0.97:  # the meeting's place, from the version last read
                    place = f"Salle {user.number}-{user.acts}"
                    header = MeetingHeader(TITLE, DAY, place=place)
                    try:
                        header_version = services.meetings.update_header(
                            meeting, header, header_version
                        ).version
                        user.places_saved.append(place)
                    except RowConflictError as conflict:
                        user.place_conflicts.append(place)
                        header_version = conflict.version  # the choice: theirs, then go on
                else:
                    services.meetings.meeting(meeting)
            except ValidationError as refusal:
                user.refusals.append(refusal.message)
            except (IrevError, Exception) as error:  # a deadlock, a lost connection…
                user.failures.append(error)


def test_ten_people_for_a_minute(team: tuple[str, dict]) -> None:
    url, setup = team
    users = [
        User(n, setup["items"][n], setup["people"][n % len(setup["people"])]) for n in range(USERS)
    ]
    stop = time.monotonic() + SECONDS
    threads = [
        threading.Thread(target=_work, args=(url, setup, user, stop, 2026 + user.number))
        for user in users
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=SECONDS + 120)
    assert not any(thread.is_alive() for thread in threads), "a user never finished"
    # No deadlock, no lost connection, nothing unexpected reached anyone.
    assert [u.failures for u in users if u.failures] == []
    with Services.open(AppPaths.for_server(url, setup["folder"] / "lecture"), write=False) as s:
        detail = s.meetings.meeting(setup["meeting"])
        notes = {item.id: item.notes for item in detail.items}
        shared_history = {r.text for r in s.agenda.revisions(setup["shared"])}
        audit = s.audit.entries(entity="meeting", entity_id=setup["meeting"], limit=100_000)
    # Every person's own item holds their last text: 0 lost writes.
    for user in users:
        assert notes[user.own_item] == user.own_text, user.number
    # The shared item holds one of the texts saved there, the last one saved.
    saved = [text for user in users for text in user.shared_saved]
    assert notes[setup["shared"]] in saved
    # Every conflict was told, and the text refused is kept in the history.
    conflicts = [mine for user in users for mine, _ in user.shared_conflicts]
    assert conflicts, "ten people on one item for a minute and never a conflict?"
    assert set(conflicts) <= shared_history
    # The header: the place is the last one saved, every save is in the audit log once
    # (none overwritten unseen), every refused place is kept there too.
    places = [place for user in users for place in user.places_saved]
    refused_places = [place for user in users for place in user.place_conflicts]
    assert detail.place in places
    updates = [e.summary for e in audit if e.action == "meeting.update"]
    assert len(updates) == len(places)
    assert all(any(place in summary for summary in updates) for place in places)
    refused = [e.summary for e in audit if e.action == "meeting.update.refused"]
    assert len(refused) == len(refused_places)
    assert all(any(place in summary for summary in refused) for place in refused_places)
    assert refused_places, "ten people on one header for a minute and never a conflict?"
    acts = sum(u.acts for u in users)
    refusals = sum(len(u.refusals) for u in users)
    print(
        f"\n{USERS} utilisateurs, {SECONDS:.0f} s : {acts} actes, "
        f"{len(saved)} enregistrements du point commun, {len(conflicts)} conflits signalés, "
        f"{len(places)} changements du lieu, {len(refused_places)} conflits d'en-tête, "
        f"{refusals} refus des règles, 0 écriture perdue"
    )
