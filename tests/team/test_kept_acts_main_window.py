"""Séance acts kept on this computer while the server was down, then left there (the
window closed, or the program crashed): the main window sends them as soon as it opens
the store, without séance mode, and says so; while the server still does not answer it
keeps them and says that too. The server is really stopped and started again."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from irev_desktop.model.journal import Kept
from irev_desktop.paths import AppPaths
from irev_desktop.services.facade import Services
from irev_desktop.ui import i18n
from irev_desktop.ui.main_window import MainWindow
from irev_desktop.ui.settings import UiSettings

from ..pg_server import PgServer
from ..ui.fakes import FakeDialogs
from .test_seance_journal import _prepared, _present, computer, url  # noqa: F401 (fixtures)


def _keep_a_departure(own_server: PgServer, paths: AppPaths) -> tuple[int, int]:
    meeting_id, meeting = _prepared(paths)
    person = _present(meeting)[0]
    with Services.open(paths, write=True) as services:
        own_server.interrupt()
        kept = services.seance_journal.departure(meeting_id, person, dt.time(10, 12))
        assert isinstance(kept, Kept) and kept.pending == 1
    return meeting_id, person


def _open_window(qtbot: QtBot, paths: AppPaths) -> MainWindow:
    i18n.install("fr")
    window = MainWindow(paths, UiSettings(paths), FakeDialogs())
    qtbot.addWidget(window)
    window.open_store()
    return window


def test_the_main_window_sends_the_acts_a_closed_seance_left(
    qtbot: QtBot,
    own_server: PgServer,
    computer: AppPaths,  # noqa: F811
) -> None:
    meeting_id, person = _keep_a_departure(own_server, computer)
    own_server.resume()
    window = _open_window(qtbot, computer)
    qtbot.waitUntil(
        lambda: (
            "1 acte(s) de séance gardé(s) sur ce poste envoyé(s) au serveur"
            in window.statusBar().currentMessage()
        ),
        timeout=15_000,
    )
    window.close()
    with Services.open(computer, write=False) as services:
        assert services.seance_journal.pending() == 0
        row = next(
            a for a in services.meetings.meeting(meeting_id).attendance if a.person_id == person
        )
    assert [s.end for s in row.presence] == [dt.time(10, 12)]  # the departure, once


def test_while_the_server_does_not_answer_they_stay_then_go_at_a_retry(
    qtbot: QtBot,
    own_server: PgServer,
    computer: AppPaths,  # noqa: F811
) -> None:
    meeting_id, meeting = _prepared(computer)
    person = _present(meeting)[0]
    window = _open_window(qtbot, computer)
    qtbot.waitUntil(lambda: window._kept_acts is not None, timeout=10_000)  # after start-up
    assert window.services is not None and window._kept_acts is not None
    own_server.interrupt()
    kept = window.services.seance_journal.departure(meeting_id, person, dt.time(10, 12))
    assert isinstance(kept, Kept)
    window._kept_acts.send()

    def said(text: str) -> bool:
        return text in window.statusBar().currentMessage()

    qtbot.waitUntil(
        lambda: said("1 acte(s) encore gardé(s) : le serveur ne répond pas"), timeout=20_000
    )
    own_server.resume()
    qtbot.waitUntil(
        lambda: said("1 acte(s) de séance gardé(s) sur ce poste envoyé(s)"), timeout=40_000
    )
    window.close()
    with Services.open(computer, write=False) as services:
        assert services.seance_journal.pending() == 0
        row = next(
            a for a in services.meetings.meeting(meeting_id).attendance if a.person_id == person
        )
    assert [s.end for s in row.presence] == [dt.time(10, 12)]
