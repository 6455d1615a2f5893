"""Séance mode when a save fails for real: a full disk, a store locked by another writer.

The text stays in the window, a red state says it is not saved and since when, the save
is tried again, and nothing ever says « Enregistré » until it is true.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from irev_desktop.model.inputs import ItemFields
from irev_desktop.paths import AppPaths
from irev_desktop.sample_data.demo import load_demo
from irev_desktop.services.facade import Services
from irev_desktop.ui import i18n
from irev_desktop.ui.bus import ChangeBus
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.notes_autosaver import emergency_folders
from irev_desktop.ui.seance.window import SeanceWindow
from irev_desktop.ui.settings import UiSettings

from ..tmpfs import fill
from ..tmpfs import small_disk as mounted
from .fakes import FakeDialogs
from .keyboard import Keyboard, show_with_focus
from .test_seance import FakeClock

SMALL_DISK = "4m"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with mounted(tmp_path / "petit-disque") as mount_point:
        yield mount_point


def open_window(qtbot: QtBot, services: Services, paths: AppPaths) -> SeanceWindow:
    i18n.install("fr")
    context = UiContext(services, FakeDialogs(), ChangeBus(), UiSettings(paths), QUndoStack())
    meeting = next(m.id for m in services.meetings.meetings() if m.status.value == "planned")
    services.agenda.add_item(meeting, ItemFields("Budget 2022", planned_minutes=10))
    window = SeanceWindow(context, meeting, FakeClock(dt.datetime(2021, 11, 25, 10, 0)))
    qtbot.addWidget(window)
    show_with_focus(qtbot, window, window.editor)
    return window


def stored_notes(db: Path) -> str:
    with contextlib.closing(sqlite3.connect(db)) as connection:
        row = connection.execute(
            "SELECT notes FROM agenda_item WHERE meeting_id = "
            "(SELECT id FROM meeting WHERE status = 'planned') ORDER BY position LIMIT 1"
        ).fetchone()
    return str(row[0])


def test_a_full_disk_keeps_the_text_shows_red_and_saves_once_there_is_room(
    qtbot: QtBot, small_disk: Path
) -> None:
    paths = AppPaths(db=small_disk / "irev.sqlite")
    with Services.open(paths, write=True) as services:
        load_demo(services)
        window = open_window(qtbot, services, paths)
        keyboard = Keyboard()
        keyboard.type("Avant la coupure ")
        qtbot.waitUntil(lambda: "Enregistré" in window.saved_label.text(), timeout=3000)
        filler = fill(small_disk)
        # A long passage, as a pasted report: the journal must grow, and cannot.
        passage = "Le rapport d'activité est présenté en détail. " * 2000
        window.editor.insertPlainText(passage)
        keyboard.type("et la suite")
        qtbot.waitUntil(lambda: window.saved_label.property("failed") is True, timeout=5000)
        assert "NON ENREGISTRÉ" in window.saved_label.text()
        assert "plein" in window.saved_label.text()
        assert window.editor.text().endswith(passage + "et la suite")
        keyboard.type(" encore")
        qtbot.wait(300)
        assert "Enregistré à" not in window.saved_label.text()
        assert stored_notes(paths.db) == "Avant la coupure "
        # The unsaved text is in an emergency copy on a disk that had room: a kill now
        # would lose nothing.
        copy = window.notes.emergency_copy
        assert copy is not None and str(copy) in window.saved_label.text()
        assert copy.read_text(encoding="utf-8").endswith(passage + "et la suite encore")

        os.remove(filler)  # room again: the retry goes through by itself
        qtbot.waitUntil(lambda: window.saved_label.property("failed") is False, timeout=5000)
        assert "Enregistré à" in window.saved_label.text()
        assert stored_notes(paths.db) == "Avant la coupure " + passage + "et la suite encore"
        assert not copy.exists()  # saved: the copy has done its job
        window.close()
        assert not window.isVisible()


def test_an_emergency_copy_left_by_a_kill_is_announced_at_the_next_opening(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = AppPaths(db=tmp_path / "donnees" / "irev.sqlite")
    with Services.open(paths, write=True) as services:
        load_demo(services)
        window = open_window(qtbot, services, paths)
        item = window.current_id
        window.close()
        left = emergency_folders(paths)[0] / f"point-{item}.txt"
        left.parent.mkdir(parents=True)
        left.write_text("Ce qui n'avait pas pu être enregistré", encoding="utf-8")
        meeting = window.meeting_id
        again = SeanceWindow(window.context, meeting, FakeClock(dt.datetime(2021, 11, 25, 10)))
        qtbot.addWidget(again)
        assert str(left) in again.message.text()
        assert again.message.property("error") is True


def test_a_store_locked_by_another_writer_is_retried(qtbot: QtBot, tmp_path: Path) -> None:
    paths = AppPaths(db=tmp_path / "donnees" / "irev.sqlite")
    with Services.open(paths, write=True) as services:
        load_demo(services)
        window = open_window(qtbot, services, paths)
        keyboard = Keyboard()
        other = sqlite3.connect(paths.db, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
            keyboard.type("pendant le verrou")
            qtbot.waitUntil(lambda: window.saved_label.property("failed") is True, timeout=15000)
            assert "NON ENREGISTRÉ" in window.saved_label.text()
            assert window.editor.text() == "pendant le verrou"
        finally:
            other.execute("ROLLBACK")
            other.close()
        qtbot.waitUntil(lambda: window.saved_label.property("failed") is False, timeout=15000)
        assert stored_notes(paths.db) == "pendant le verrou"
        window.close()
