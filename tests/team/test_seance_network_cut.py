"""Séance mode on a team's server when the network, not the server, fails mid-séance.

A relay of the test (``TcpProxy``: a thread and sockets on 127.0.0.1) stands between the
program and a real PostgreSQL server; the séance window is opened through it and typed
into at the keyboard (tests/ui/keyboard.py). Then the relay either cuts (every
connection reset, new ones refused) or becomes a black hole (connections stay open, the
bytes sent are held, nothing comes back), and later forwards again. Nothing is
simulated in the program: it talks to the relay as it would to a router.

What a secretary depends on: the acts typed meanwhile are kept on this computer, the red
line says the server does not answer, the window never freezes longer than the
journal's wait for an answer, and once the relay forwards again every kept act reaches
the server exactly once (counted in the server's own tables).
"""

from __future__ import annotations

import datetime as dt
import itertools
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from irev_desktop.db.server_schema import CONNECT_TIMEOUT_SECONDS
from irev_desktop.domain.enums import VoteChoice
from irev_desktop.domain.errors import ServerUnreachableError
from irev_desktop.model.dto import AttendanceDTO
from irev_desktop.model.inputs import ItemFields, MeetingHeader
from irev_desktop.model.journal import Kept
from irev_desktop.paths import AppPaths
from irev_desktop.sample_data.demo import load_demo
from irev_desktop.services.facade import Services
from irev_desktop.services.seance_journal import SEND_WAIT_SECONDS
from irev_desktop.ui import i18n
from irev_desktop.ui.bus import ChangeBus
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.seance.window import SeanceWindow
from irev_desktop.ui.settings import UiSettings

from ..pg_server import PgServer, TcpProxy
from ..ui.fakes import FakeDialogs
from ..ui.keyboard import Keyboard, show_with_focus
from ..ui.test_seance import FakeClock

pytestmark = pytest.mark.postgresql
_names = itertools.count(1)

BEFORE = "Avant la coupure. "
DURING = "Pendant la coupure, les élus débattent de l'été. "
AFTER = "Fin du débat."


@dataclass
class Relayed:
    services: Services
    meeting_id: int
    proxy: TcpProxy
    database: str


@pytest.fixture
def relayed(own_server: PgServer, tmp_path: Path) -> Iterator[Relayed]:
    """A meeting under way (opened at 9:30, everyone in the room), its services
    reaching the server through a relay."""
    name = f"reseau{next(_names)}"
    own_server.create_database(name)
    proxy = TcpProxy(own_server.port)
    url = own_server.url_through(proxy.port, name)
    services = Services.open(AppPaths.for_server(url, tmp_path / "poste"), write=True)
    try:
        load_demo(services)
        body = services.registry.bodies()[0].id
        meeting = services.meetings.create_meeting(
            body, MeetingHeader(title="Assemblée du réseau coupé", date=dt.date(2021, 11, 25))
        )
        for title in ("Ouverture", "Comptes"):
            services.agenda.add_item(meeting.id, ItemFields(title))
        services.seance.start(meeting.id, dt.time(9, 30))
        services.attendance.roll_call(meeting.id, dt.time(9, 30))
        yield Relayed(services, meeting.id, proxy, name)
    finally:
        proxy.close()
        services.close()
        own_server.drop_database(name)


class Heartbeat:
    """How long the window's thread went without turning its event loop: a timer every
    20 ms notes each time it fires; the longest gap is the longest freeze."""

    def __init__(self) -> None:
        self._timer = QTimer(interval=20)
        self._timer.timeout.connect(self._beat)
        self._last = time.monotonic()
        self.longest = 0.0

    def start(self) -> None:
        self._last = time.monotonic()
        self.longest = 0.0
        self._timer.start()

    def _beat(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> float:
        self._beat()
        self._timer.stop()
        return self.longest


def _window(qtbot: QtBot, services: Services, meeting_id: int) -> tuple[SeanceWindow, FakeClock]:
    i18n.install("fr")
    context = UiContext(
        services, FakeDialogs(), ChangeBus(), UiSettings(services.paths), QUndoStack()
    )
    clock = FakeClock(dt.datetime(2021, 11, 25, 10, 0))
    window = SeanceWindow(context, meeting_id, clock)
    qtbot.addWidget(window)
    show_with_focus(qtbot, window, window.editor)
    return window, clock


def _point(keyboard: Keyboard, person: AttendanceDTO) -> None:
    keyboard.ctrl(Qt.Key.Key_P)
    keyboard.type(person.person_name)
    keyboard.enter()


def _applied(server: PgServer, database: str) -> int:
    return int(server.query(database, "SELECT count(*) FROM journal_applied")[0][0])


def _stretches(
    server: PgServer, database: str, meeting_id: int, person_id: int
) -> list[tuple[dt.time | None, dt.time | None]]:
    rows = server.query(
        database,
        "SELECT p.arrived_at, p.left_at FROM presence p JOIN attendance a "
        "ON a.id = p.attendance_id WHERE a.meeting_id = %s AND a.person_id = %s ORDER BY p.id",
        meeting_id,
        person_id,
    )
    return [(row[0], row[1]) for row in rows]


def _seance_through_a_failing_link(
    qtbot: QtBot, own_server: PgServer, relayed: Relayed, fail: str
) -> dict[str, float]:
    """Type, point, lose the link (``fail``: the relay's ``cut`` or ``black_hole``), type
    and point again, get the link back: what the window did, and the numbers."""
    services, meeting_id, proxy = relayed.services, relayed.meeting_id, relayed.proxy
    window, clock = _window(qtbot, services, meeting_id)
    keyboard = Keyboard()
    journal = services.seance_journal
    keyboard.type(BEFORE)
    qtbot.waitUntil(lambda: "Enregistré" in window.saved_label.text(), timeout=5000)
    assert window.server_line.isHidden()
    someone = next(a for a in window.meeting.attendance if a.in_room)
    applied_before = _applied(own_server, relayed.database)
    item = window.current_id
    assert item is not None

    heartbeat = Heartbeat()
    heartbeat.start()
    getattr(proxy, fail)()
    began = time.monotonic()
    keyboard.type(DURING)
    qtbot.waitUntil(lambda: "Gardé sur ce poste" in window.saved_label.text(), timeout=10000)
    first_kept = time.monotonic() - began
    assert window.server_line.isVisible()
    assert "ne répond pas" in window.server_line.text()
    # A departure, then the return five minutes later: both kept, said, no dialog.
    _point(keyboard, someone)
    qtbot.waitUntil(lambda: "gardé sur ce poste" in window.message.text(), timeout=5000)
    clock.advance(minutes=5)
    _point(keyboard, someone)
    qtbot.waitUntil(lambda: "Retour de" in window.message.text(), timeout=5000)
    keyboard.press(Qt.Key.Key_Escape)  # back to the notes
    assert window.editor.hasFocus()
    keyboard.type(AFTER)
    qtbot.waitUntil(
        lambda: (
            "Gardé sur ce poste" in window.saved_label.text()
            and window.editor.toPlainText() == BEFORE + DURING + AFTER
            and not window.unsaved
        ),
        timeout=5000,
    )
    # Several replays (every 2 s) try while the link is down: none gets through, none
    # loses or repeats anything.
    kept = journal.pending()
    qtbot.wait(4500)
    assert journal.pending() == kept
    assert window.server_line.isVisible()
    assert not window.context.dialogs.errors  # type: ignore[attr-defined]
    during = heartbeat.stop()
    assert _applied(own_server, relayed.database) == applied_before  # nothing got through

    heartbeat.start()
    proxy.restore()
    back = time.monotonic()
    qtbot.waitUntil(lambda: window.server_line.isHidden(), timeout=20000)
    replayed_after = time.monotonic() - back
    after = heartbeat.stop()
    assert "Le serveur répond" in window.message.text()
    assert journal.pending() == 0
    # Every kept act once: as many acts made on the server as were kept, the notes whole,
    # one departure at 10:00 and one return at 10:05.
    assert _applied(own_server, relayed.database) == applied_before + kept
    (notes,) = own_server.query(
        relayed.database, "SELECT notes FROM agenda_item WHERE id = %s", item
    )[0]
    assert notes == BEFORE + DURING + AFTER
    stretches = _stretches(own_server, relayed.database, meeting_id, someone.person_id)
    assert [left for _arrived, left in stretches] == [dt.time(10, 0), None]
    assert stretches[1][0] == dt.time(10, 5)
    window.close()
    return {
        "kept": kept,
        "first_kept_s": first_kept,
        "longest_freeze_during_s": during,
        "replayed_after_s": replayed_after,
        "longest_freeze_after_s": after,
    }


def test_a_cut_network_keeps_the_acts_and_sends_them_once(
    qtbot: QtBot, own_server: PgServer, relayed: Relayed
) -> None:
    measured = _seance_through_a_failing_link(qtbot, own_server, relayed, "cut")
    print(f"\ncoupure : {measured}")
    assert measured["kept"] >= 4  # the notes (at least twice) and the two pointings
    # A refused connection is answered at once: the window never waits on it.
    assert measured["longest_freeze_during_s"] < 1.0, measured


def test_a_black_hole_never_freezes_the_window_longer_than_the_wait(
    qtbot: QtBot, own_server: PgServer, relayed: Relayed
) -> None:
    measured = _seance_through_a_failing_link(qtbot, own_server, relayed, "black_hole")
    print(f"\ntrou noir : {measured}")
    assert measured["kept"] >= 4
    # Nothing answers, nothing is refused: the first act waits the journal's bound, then
    # the window goes on without the server. Never the configured timeout, let alone
    # the endless wait of a connection that stays open.
    assert measured["longest_freeze_during_s"] < SEND_WAIT_SECONDS + 1.0, measured
    assert measured["longest_freeze_during_s"] < CONNECT_TIMEOUT_SECONDS, measured


@pytest.mark.parametrize("then", ["restore", "cut"])
def test_acts_sent_into_a_black_hole_are_made_once(
    own_server: PgServer, relayed: Relayed, then: str
) -> None:
    """The journal alone: the first act waits the bound, the next ones nothing; the act
    left hanging on the silent connection is made once, whether the link comes back
    (its bytes arrive late) or is cut (they never arrive, and the replay sends it)."""
    services, meeting_id, proxy = relayed.services, relayed.meeting_id, relayed.proxy
    journal = services.seance_journal
    meeting = services.meetings.meeting(meeting_id)
    first = next(a.person_id for a in meeting.attendance if a.in_room)
    item = meeting.items[0].id
    choices = {
        v.person_id: VoteChoice.FOR
        for v in services.seance.voters_at(meeting_id, dt.time(9, 45))
        if first not in (v.person_id, v.represented_by_id)
    }
    applied = _applied(own_server, relayed.database)
    proxy.black_hole()
    acts: list[Callable[[], object]] = [
        lambda: journal.notes(item, "Dans le silence du réseau.", False),
        lambda: journal.departure(meeting_id, first, dt.time(9, 41)),
        lambda: journal.vote(
            meeting_id,
            "Vote dans le silence",
            "L'assemblée approuve.",
            choices,
            at=dt.time(9, 45),
            item_id=item,
        ),
        lambda: journal.notes(item, "Dans le silence du réseau, on vote.", True),
    ]
    waits: list[float] = []
    kept: list[object] = []
    for act in acts:
        began = time.monotonic()
        kept.append(act())
        waits.append(time.monotonic() - began)
    print(f"\ntrou noir puis {then} : attentes {[round(w, 3) for w in waits]} s")
    assert [type(k) for k in kept] == [Kept] * 4
    assert [k.pending for k in kept if isinstance(k, Kept)] == [1, 2, 3, 4]
    assert SEND_WAIT_SECONDS - 0.1 <= waits[0] < SEND_WAIT_SECONDS + 0.5, waits
    assert max(waits[1:]) < 0.2, waits
    with pytest.raises(ServerUnreachableError):  # a read is bounded too, and said
        journal.read(lambda: services.meetings.meeting(meeting_id))
    assert _applied(own_server, relayed.database) == applied  # nothing reached the server

    if then == "cut":
        proxy.cut()  # the held bytes are lost with their connections
    proxy.restore()
    began = time.monotonic()
    replayed = journal.replay()  # as the window's thread does every 2 s
    print(f"renvoi : {replayed} en {time.monotonic() - began:.3f} s")
    assert replayed.pending == 0 and replayed.refused == ()
    assert journal.pending() == 0
    assert _applied(own_server, relayed.database) == applied + 4
    (votes,) = own_server.query(
        relayed.database,
        "SELECT count(*) FROM deliberation WHERE title = %s",
        "Vote dans le silence",
    )[0]
    assert votes == 1
    # In the room from the opening (None), gone at 9:41: one departure, not two.
    assert _stretches(own_server, relayed.database, meeting_id, first) == [(None, dt.time(9, 41))]
    (notes,) = own_server.query(
        relayed.database, "SELECT notes FROM agenda_item WHERE id = %s", item
    )[0]
    assert notes == "Dans le silence du réseau, on vote."
