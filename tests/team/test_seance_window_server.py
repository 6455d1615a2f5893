"""Séance mode on a team's server that stops answering in the middle of the séance.

Typed at the keyboard (tests/ui/keyboard.py). The window says it in one line, keeps
taking notes and pointing, and, once the server is back, sends what was kept, once.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from irev_desktop.model.inputs import ItemFields, MeetingHeader
from irev_desktop.paths import AppPaths
from irev_desktop.sample_data.demo import load_demo
from irev_desktop.services.facade import Services
from irev_desktop.ui import i18n
from irev_desktop.ui.bus import ChangeBus
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.seance.window import SeanceWindow
from irev_desktop.ui.settings import UiSettings

from ..pg_server import PgServer
from ..ui.fakes import FakeDialogs
from ..ui.keyboard import Keyboard, show_with_focus
from ..ui.test_seance import FakeClock

pytestmark = pytest.mark.postgresql
_names = itertools.count(1)


@pytest.fixture
def on_server(own_server: PgServer, tmp_path: Path) -> Iterator[tuple[Services, int]]:
    name = f"fenetre{next(_names)}"
    url = own_server.create_database(name)
    services = Services.open(AppPaths.for_server(url, tmp_path / "poste"), write=True)
    try:
        load_demo(services)
        body = services.registry.bodies()[0].id
        meeting = services.meetings.create_meeting(
            body, MeetingHeader(title="Assemblée en ligne", date=dt.date(2021, 11, 25))
        )
        for title in ("Ouverture", "Comptes"):
            services.agenda.add_item(meeting.id, ItemFields(title))
        services.seance.start(meeting.id, dt.time(9, 30))
        services.attendance.roll_call(meeting.id, dt.time(9, 30))
        yield services, meeting.id
    finally:
        if not own_server.running:
            own_server.resume()
        services.close()
        own_server.drop_database(name)


def test_the_seance_goes_on_while_the_server_is_down(
    qtbot: QtBot, own_server: PgServer, on_server: tuple[Services, int], tmp_path: Path
) -> None:
    services, meeting_id = on_server
    i18n.install("fr")
    dialogs = FakeDialogs()
    context = UiContext(services, dialogs, ChangeBus(), UiSettings(services.paths), QUndoStack())
    clock = FakeClock(dt.datetime(2021, 11, 25, 10, 0))
    window = SeanceWindow(context, meeting_id, clock)
    qtbot.addWidget(window)
    show_with_focus(qtbot, window, window.editor)
    keyboard = Keyboard()
    keyboard.type("Avant la coupure. ")
    qtbot.waitUntil(lambda: "Enregistré" in window.saved_label.text(), timeout=3000)
    assert window.server_line.isHidden()
    someone = next(a for a in window.meeting.attendance if a.in_room)

    own_server.interrupt()
    keyboard.type("Pendant la coupure, le président poursuit.")
    qtbot.waitUntil(lambda: "Gardé sur ce poste" in window.saved_label.text(), timeout=5000)
    assert window.server_line.isVisible()
    assert "ne répond pas" in window.server_line.text()
    # Pointing a departure at the keyboard: kept, said, no dialog.
    keyboard.ctrl(Qt.Key.Key_P)
    keyboard.type(someone.person_name)
    keyboard.enter()
    qtbot.waitUntil(lambda: "gardé sur ce poste" in window.message.text(), timeout=5000)
    assert not dialogs.errors
    # Back five minutes later, still during the cut: read as a return, not a departure.
    clock.advance(minutes=5)
    keyboard.ctrl(Qt.Key.Key_P)
    keyboard.type(someone.person_name)
    keyboard.enter()
    qtbot.waitUntil(lambda: "Retour de" in window.message.text(), timeout=5000)
    keyboard.press(Qt.Key.Key_Escape)  # back to the notes
    assert window.editor.hasFocus()
    keyboard.type(" Fin.")
    qtbot.waitUntil(lambda: "Gardé sur ce poste" in window.saved_label.text(), timeout=5000)

    own_server.resume()
    qtbot.waitUntil(lambda: window.server_line.isHidden(), timeout=15000)
    assert "Le serveur répond" in window.message.text()
    detail = services.meetings.meeting(meeting_id)
    assert detail.items[0].notes == (
        "Avant la coupure. Pendant la coupure, le président poursuit. Fin."
    )
    row = next(a for a in detail.attendance if a.person_id == someone.person_id)
    assert [(s.start, s.end) for s in row.presence][-2:] == [
        (row.presence[-2].start, dt.time(10, 0)),
        (dt.time(10, 5), None),
    ]
    assert services.seance_journal.pending() == 0
    window.close()
