"""What one computer of a team writes reaches the others' listeners within a second
(PostgreSQL LISTEN/NOTIFY), and a listener that lost the server says so when back."""

from __future__ import annotations

import datetime as dt
import itertools
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from irev_desktop.model.changes import Changes, Part
from irev_desktop.model.inputs import MeetingHeader
from irev_desktop.paths import AppPaths
from irev_desktop.sample_data.demo import load_demo
from irev_desktop.services.facade import Services

from ..pg_server import PgServer

pytestmark = pytest.mark.postgresql
_names = itertools.count(1)


class Heard:
    """Every report a listener got, with when."""

    def __init__(self) -> None:
        self.reports: list[tuple[float, Changes]] = []
        self.event = threading.Event()

    def __call__(self, changes: Changes) -> None:
        self.reports.append((time.monotonic(), changes))
        self.event.set()

    def wait_for(self, match: object, timeout: float = 5.0) -> float:
        """Seconds until a report for which ``match(report)`` holds arrived."""
        began = time.monotonic()
        while time.monotonic() - began < timeout:
            for at, report in self.reports:
                if match(report):  # type: ignore[operator]
                    return at - began
            self.event.wait(0.05)
            self.event.clear()
        raise AssertionError(f"not heard within {timeout} s: {self.reports}")


@pytest.fixture
def two_computers(
    pg_server: PgServer, pg_template: str, tmp_path: Path
) -> Iterator[tuple[Services, Services]]:
    name = f"direct{next(_names)}"
    url = pg_server.create_database(name, template=pg_template)
    first = Services.open(AppPaths.for_server(url, tmp_path / "a"), write=True)
    second = Services.open(AppPaths.for_server(url, tmp_path / "b"), write=True)
    try:
        yield first, second
    finally:
        first.close()
        second.close()
        pg_server.drop_database(name)


def _listening(services: Services) -> Heard:
    heard = Heard()
    services.subscribe(heard)
    notices = services.store.notices  # type: ignore[attr-defined]
    assert notices.listening.wait(5), "the listener never started"
    return heard


def test_a_write_on_one_computer_reaches_the_other_within_a_second(
    two_computers: tuple[Services, Services],
) -> None:
    first, second = two_computers
    meeting = load_demo(first).main_meeting_id
    assert meeting is not None
    heard_there = _listening(second)
    heard_here = _listening(first)
    item = first.meetings.meeting(meeting).items[0]
    first.agenda.save_notes(item.id, "Texte tapé sur le premier poste")
    delay = heard_there.wait_for(lambda c: Part.NOTES in c.parts(meeting))
    assert delay < 1.0
    # What the second computer re-reads is what the first wrote.
    assert second.meetings.meeting(meeting).items[0].notes == "Texte tapé sur le premier poste"
    # The writer hears its own write once, at its commit, not again from the server.
    time.sleep(0.5)
    mine = [c for _, c in heard_here.reports if Part.NOTES in c.parts(meeting)]
    assert len(mine) == 1


def test_a_new_meeting_and_the_register_are_announced(
    two_computers: tuple[Services, Services],
) -> None:
    first, second = two_computers
    load_demo(first)
    heard = _listening(second)
    body = first.registry.bodies()[0].id
    created = first.meetings.create_meeting(
        body, MeetingHeader(title="Bureau extraordinaire", date=dt.date(2026, 12, 3))
    )
    heard.wait_for(lambda c: c.meeting_list and created.id in c.meetings)
    first.registry.add_person("Camille", "Lefebvre")
    heard.wait_for(lambda c: c.board)


def test_a_listener_that_lost_the_server_re_reads_everything_once_back(
    own_server: PgServer, tmp_path: Path
) -> None:
    url = own_server.create_database(f"coupure{next(_names)}")
    with Services.open(AppPaths.for_server(url, tmp_path / "a"), write=True) as services:
        load_demo(services)
        heard = _listening(services)
        own_server.interrupt()
        try:
            time.sleep(1.0)
        finally:
            own_server.resume()
        heard.wait_for(lambda c: c.store, timeout=15)
        notices = services.store.notices  # type: ignore[attr-defined]
        assert notices.listening.wait(10)
        # And it hears again afterwards.
        other = Services.open(AppPaths.for_server(url, tmp_path / "b"), write=True)
        try:
            other.registry.add_person("Léa", "Martin")
        finally:
            other.close()
        heard.wait_for(lambda c: c.board and not c.store, timeout=5)


def test_a_report_that_cannot_be_read_means_everything() -> None:
    assert Changes.from_json({"meetings": {"x": ["nope"]}}) == Changes(store=True)
    assert Changes.from_json("garbage") == Changes(store=True)
    report = Changes({3: frozenset({Part.NOTES, Part.AGENDA})}, meeting_list=True)
    assert Changes.from_json(report.to_json()) == report
