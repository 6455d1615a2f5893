"""A séance on a team's server when the journal of this computer cannot be written.

Every act of séance mode is first written to the journal (``journal-seance/actes.jsonl``
in the server's local folder), then sent. Here that folder really cannot be written:

- its file system is full: a small tmpfs mounted over the folder and filled to the last
  byte (tests/tmpfs.py; root, as CI runs);
- it is read-only for the user of the program: root ignores file modes, so the program
  runs as ``nobody`` (``setpriv``) in a child process the test drives
  (tests/team/seance_as_nobody.py), and the test, as root, takes the folder's write
  permission away.

What a demanding secretary expects: no act is silently lost. While the server answers,
acts go straight to it and a red line says the journal cannot be written (so acts
could not be kept if the server stopped answering); when it does not answer either, a
French error says the act was neither kept nor recorded, and the notes stay in the
editor (and in an emergency copy). Acts kept before the journal became read-only are
still sent, once, and never sent twice after a restart.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from irev_desktop.domain.errors import StoreWriteError
from irev_desktop.model.journal import Kept
from irev_desktop.paths import AppPaths
from irev_desktop.services.facade import Services
from irev_desktop.services.seance_journal import JOURNAL_FOLDER
from irev_desktop.ui import i18n
from irev_desktop.ui.bus import ChangeBus
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.notes_autosaver import emergency_copies
from irev_desktop.ui.seance.window import SeanceWindow
from irev_desktop.ui.settings import UiSettings

from ..pg_server import PgServer
from ..tmpfs import fill, small_disk
from ..ui.fakes import FakeDialogs
from ..ui.keyboard import Keyboard, show_with_focus
from ..ui.test_seance import FakeClock
from .test_seance_journal import _prepared, url  # noqa: F401 - the fixture, shared
from .test_seance_window_server import on_server  # noqa: F401 - the fixture, shared

pytestmark = pytest.mark.postgresql

REPO = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("seance_as_nobody.py")
NOBODY = 65534
AS_NOBODY = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
ANSWER_TIMEOUT = 60.0  # seconds for the child to answer one command


def _database(address: str) -> str:
    return address.rsplit("/", 1)[-1]


def _applied(server: PgServer, database: str) -> int:
    return int(server.query(database, "SELECT count(*) FROM journal_applied")[0][0])


def _notes(server: PgServer, database: str, item_id: int) -> str:
    return str(server.query(database, "SELECT notes FROM agenda_item WHERE id = %s", item_id)[0][0])


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


# A full file system under the journal (a real tmpfs) --------------------------------------


def test_a_full_journal_disk_sends_acts_straight_to_the_server(
    own_server: PgServer,
    url: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    computer = AppPaths.for_server(url, tmp_path / "poste")
    database = _database(url)
    meeting_id, meeting = _prepared(computer)
    person = next(a.person_id for a in meeting.attendance if a.in_room)
    item = meeting.items[0].id
    folder = computer.data_dir / JOURNAL_FOLDER
    with small_disk(folder, "1m"), Services.open(computer, write=True) as services:
        journal = services.seance_journal
        applied = _applied(own_server, database)
        filler = fill(folder)
        try:
            # The server answers: the act is made there, and the journal's state said.
            departed = journal.departure(meeting_id, person, dt.time(9, 40))
            assert not isinstance(departed, Kept)
            assert journal.unwritable is not None
            said = journal.unwritable.message
            assert "ne peut pas être écrit" in said and "directement au serveur" in said
            assert os.strerror(28) in said  # ENOSPC, as the system words it
            assert not isinstance(journal.notes(item, "Sur un disque plein", False), Kept)
            assert journal.pending() == 0
            assert _applied(own_server, database) == applied + 2
            assert _notes(own_server, database, item) == "Sur un disque plein"
            assert _stretches(own_server, database, meeting_id, person) == [(None, dt.time(9, 40))]

            # Nor the server: the act is refused, and the French error says both.
            own_server.interrupt()
            began = time.monotonic()
            with pytest.raises(StoreWriteError) as refused:
                journal.arrival(meeting_id, person, dt.time(9, 50))
            waited = time.monotonic() - began
            assert "ne peut pas être écrit" in refused.value.message
            assert "ni gardé sur ce poste ni enregistré" in refused.value.message
            assert waited < 1.0, waited  # a refused connection is not waited on
            assert journal.pending() == 0  # nothing half-kept either

            # The server back, the disk still full: straight to the server again.
            own_server.resume()
            assert not isinstance(journal.arrival(meeting_id, person, dt.time(9, 55)), Kept)
            assert _stretches(own_server, database, meeting_id, person) == [
                (None, dt.time(9, 40)),
                (dt.time(9, 55), None),
            ]
            assert _applied(own_server, database) == applied + 3
        finally:
            filler.unlink()
        # Room again: the journal is written, and its line goes.
        assert not isinstance(journal.notes(item, "Place libérée", False), Kept)
        assert journal.unwritable is None
        assert journal.pending() == 0
        assert _applied(own_server, database) == applied + 4


def test_the_window_on_a_full_journal_disk_loses_nothing(
    qtbot: QtBot,
    own_server: PgServer,
    on_server: tuple[Services, int],  # noqa: F811
) -> None:
    services, meeting_id = on_server
    assert services.paths.url is not None
    database = _database(services.paths.url)
    i18n.install("fr")
    dialogs = FakeDialogs()
    context = UiContext(services, dialogs, ChangeBus(), UiSettings(services.paths), QUndoStack())
    clock = FakeClock(dt.datetime(2021, 11, 25, 10, 0))
    folder = services.paths.data_dir / JOURNAL_FOLDER
    with small_disk(folder, "1m"):
        window = SeanceWindow(context, meeting_id, clock)
        qtbot.addWidget(window)
        show_with_focus(qtbot, window, window.editor)
        keyboard = Keyboard()
        item = window.current_id
        assert item is not None
        keyboard.type("Avant. ")
        qtbot.waitUntil(lambda: "Enregistré" in window.saved_label.text(), timeout=5000)
        someone = next(a for a in window.meeting.attendance if a.in_room)
        filler = fill(folder)
        try:
            # The server answers: sent straight to it, and the journal line says why.
            keyboard.type("Disque plein, les élu·e·s débattent. ")
            qtbot.waitUntil(
                lambda: (
                    window.journal_line.isVisible() and "Enregistré" in window.saved_label.text()
                ),
                timeout=5000,
            )
            assert "ne peut pas être écrit" in window.journal_line.text()
            assert "directement au serveur" in window.journal_line.text()
            assert window.server_line.isHidden()
            keyboard.ctrl(Qt.Key.Key_P)
            keyboard.type(someone.person_name)
            keyboard.enter()
            qtbot.waitUntil(lambda: "Départ de" in window.message.text(), timeout=5000)
            assert "gardé" not in window.message.text()  # made on the server, undoable
            assert _notes(own_server, database, item) == (
                "Avant. Disque plein, les élu·e·s débattent. "
            )

            # The server stops answering too: said in French, the text stays.
            own_server.interrupt()
            clock.advance(minutes=5)
            keyboard.type("Coupure.")
            qtbot.waitUntil(lambda: "NON ENREGISTRÉ" in window.saved_label.text(), timeout=5000)
            assert "ni gardé sur ce poste ni enregistré" in window.saved_label.text()
            typed = "Avant. Disque plein, les élu·e·s débattent. Coupure."
            assert window.editor.toPlainText() == typed
            # Beside the store's folder (the journal's disk is the full one), whatever an
            # older run left in the shared temporary folder.
            (copy,) = [
                c
                for c in emergency_copies(services.paths, {item})
                if c.is_relative_to(services.paths.data_dir)
            ]
            assert copy.read_text(encoding="utf-8") == typed
            keyboard.ctrl(Qt.Key.Key_P)
            keyboard.type(someone.person_name)
            keyboard.enter()
            qtbot.waitUntil(
                lambda: "ni gardé sur ce poste ni enregistré" in window.message.text(),
                timeout=5000,
            )
            keyboard.press(Qt.Key.Key_Escape)  # the refused line is cleared, notes again
            assert window.editor.hasFocus()
            assert not dialogs.errors  # said in the window, never in a dialog

            # The server back, the disk still full: the notes go by themselves.
            own_server.resume()
            qtbot.waitUntil(lambda: "Enregistré" in window.saved_label.text(), timeout=15000)
            assert _notes(own_server, database, item) == typed
            assert not copy.exists()
        finally:
            filler.unlink()
        keyboard.type(" Fin.")
        qtbot.waitUntil(lambda: window.journal_line.isHidden() and not window.unsaved, timeout=5000)
        assert _notes(own_server, database, item) == typed + " Fin."
        # One departure at 10:00; the return, refused and said, was not made.
        assert _stretches(own_server, database, meeting_id, someone.person_id) == [
            (None, dt.time(10, 0))
        ]
        assert services.seance_journal.pending() == 0
        window.close()


# A journal folder read-only for the user of the program (run as nobody) -------------------


def _require_nobody() -> None:
    """Root, setpriv, and a program nobody may read (its checkout and its Python)."""
    message = "running as nobody needs root and setpriv (CI runs as root)"
    if os.geteuid() == 0 and shutil.which("setpriv"):
        tried = subprocess.run(
            [*AS_NOBODY, sys.executable, "-c", "import irev_desktop.ui.seance.window"],
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO), "PYTHONDONTWRITEBYTECODE": "1"},
            capture_output=True,
            text=True,
            timeout=120,
        )
        if tried.returncode == 0:
            return
        message = (
            f"nobody cannot run the program from {REPO} with {sys.executable} (make the "
            f"checkout and its virtual environment readable by all): {tried.stderr[-500:]}"
        )
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the read-only journal tests: {message}")
    pytest.skip(message)


@pytest.fixture
def nobody_home() -> Iterator[Path]:
    """A folder of nobody's, outside pytest's (root's, mode 700) temporary folder."""
    _require_nobody()
    home = Path(tempfile.mkdtemp(prefix="irev-nobody-"))
    os.chown(home, NOBODY, NOBODY)
    try:
        yield home
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _give_to_nobody(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        os.chown(path, NOBODY, NOBODY)


def _read_only(folder: Path) -> None:
    """Nobody (the program) may still read the journal, no longer write it."""
    for path in folder.iterdir():
        path.chmod(0o444)
    folder.chmod(0o555)


class AsNobody:
    """The child program, run as nobody; each call sends one command, returns its answer."""

    def __init__(self, home: Path) -> None:
        self.errors = home / f"enfant-{time.monotonic_ns()}.log"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("IREV_", "PG"))}
        env.update(
            HOME=str(home),
            TMPDIR=str(home),
            XDG_RUNTIME_DIR=str(home),
            IREV_DESKTOP_KEYS=str(home / "cles"),
            PYTHONDONTWRITEBYTECODE="1",
            PYTHONPATH=str(REPO),
            QT_QPA_PLATFORM="offscreen",
        )
        with open(self.errors, "wb") as errors:
            self.process = subprocess.Popen(
                [*AS_NOBODY, sys.executable, str(CHILD)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=errors,
                cwd=REPO,
                env=env,
                text=True,
            )

    def __call__(self, do: str, **fields: Any) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps({"do": do, **fields}) + "\n")
        self.process.stdin.flush()
        ready, _, _ = select.select([self.process.stdout], [], [], ANSWER_TIMEOUT)
        line = self.process.stdout.readline() if ready else ""
        if not line:
            self.process.kill()
            self.process.wait()
            output = self.errors.read_text(errors="replace")[-3000:]
            pytest.fail(f"the program run as nobody did not answer {do!r}: {output}")
        answer: dict[str, Any] = json.loads(line)
        assert "exception" not in answer, answer["exception"]
        return answer

    def wait_until(
        self, condition: Callable[[dict[str, Any]], bool], timeout: float
    ) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        state = self("state")
        while not condition(state):
            if time.monotonic() > deadline:
                pytest.fail(f"not within {timeout} s; the window shows: {state}")
            state = self("wait", ms=200)
        return state

    def close(self) -> None:
        if self.process.poll() is None:
            self("quit")
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        assert self.process.returncode == 0, self.errors.read_text(errors="replace")[-3000:]


def test_a_read_only_journal_loses_no_kept_act_and_makes_none_twice(
    own_server: PgServer,
    url: str,  # noqa: F811
    nobody_home: Path,
) -> None:
    computer = AppPaths.for_server(url, nobody_home / "poste")
    database = _database(url)
    meeting_id, meeting = _prepared(computer)
    person = next(a.person_id for a in meeting.attendance if a.in_room)
    item = meeting.items[1].id
    _give_to_nobody(nobody_home)
    applied = _applied(own_server, database)
    child = AsNobody(nobody_home)
    try:
        journal = Path(child("open", url=url, data_dir=str(nobody_home / "poste"))["journal"])
        # Kept while the server is down, in the journal nobody may still write.
        own_server.interrupt()
        kept = [
            child(
                "act", kind="notes", args={"item_id": item, "text": "Gardé", "checkpoint": False}
            ),
            child(
                "act",
                kind="departure",
                args={"meeting_id": meeting_id, "person_id": person, "at": "09:40:00"},
            ),
        ]
        assert [(k["kept"], k["pending"], k["error"]) for k in kept] == [
            (True, 1, None),
            (True, 2, None),
        ]
        # Then the folder turns read-only for the program, and the server answers again.
        _read_only(journal.parent)
        own_server.resume()
        back = child(
            "act",
            kind="arrival",
            args={"meeting_id": meeting_id, "person_id": person, "at": "09:50:00"},
        )
        print(f"\njournal en lecture seule, serveur revenu : {back}")
        # The kept acts first, then this one, straight to the server; and said.
        assert (back["kept"], back["error"], back["pending"]) == (False, None, 0)
        assert "ne peut pas être écrit" in back["unwritable"]
        assert os.strerror(13) in back["unwritable"]  # EACCES, as the system words it
        assert child("replay") == {"sent": 0, "refused": [], "pending": 0}
        assert _applied(own_server, database) == applied + 3
        assert _notes(own_server, database, item) == "Gardé"
        assert _stretches(own_server, database, meeting_id, person) == [
            (None, dt.time(9, 40)),
            (dt.time(9, 50), None),
        ]
        # Neither the journal nor the server: a French error, nothing half-done.
        own_server.interrupt()
        lost = child(
            "act", kind="notes", args={"item_id": item, "text": "Perdu ?", "checkpoint": True}
        )
        assert lost["error_class"] == "StoreWriteError"
        assert "ni gardé sur ce poste ni enregistré" in lost["error"]
        assert lost["pending"] == 0
        own_server.resume()
    finally:
        child.close()
    # The file still lists the two kept acts (it could say neither « done » nor be
    # emptied): the program started again finds them made, and makes them not twice.
    assert journal.read_text(encoding="utf-8").count('"act"') == 2
    again = AsNobody(nobody_home)
    try:
        again("open", url=url, data_dir=str(nobody_home / "poste"))
        assert again("pending") == {"pending": 2}
        assert again("replay") == {"sent": 0, "refused": [], "pending": 0}
        assert again("pending") == {"pending": 0}
    finally:
        again.close()
    assert _applied(own_server, database) == applied + 3
    assert _notes(own_server, database, item) == "Gardé"
    assert len(_stretches(own_server, database, meeting_id, person)) == 2


def test_the_window_on_a_read_only_journal_sends_what_it_kept(
    own_server: PgServer,
    url: str,  # noqa: F811
    nobody_home: Path,
) -> None:
    computer = AppPaths.for_server(url, nobody_home / "poste")
    database = _database(url)
    meeting_id, meeting = _prepared(computer)
    someone = next(a for a in meeting.attendance if a.in_room)
    item = meeting.items[0].id
    _give_to_nobody(nobody_home)
    child = AsNobody(nobody_home)
    try:
        journal = Path(child("open", url=url, data_dir=str(nobody_home / "poste"))["journal"])
        child("window", meeting=meeting_id)
        child("type", text="Avant. ")
        child.wait_until(lambda s: "Enregistré" in s["saved"], 5)
        applied = _applied(own_server, database)

        own_server.interrupt()
        child("type", text="Pendant la coupure, l'élu s'en va. ")
        child.wait_until(lambda s: "Gardé sur ce poste" in s["saved"], 10)
        child("point", name=someone.person_name)
        state = child.wait_until(lambda s: "gardé sur ce poste" in s["message"], 5)
        assert state["server_line"] is not None and "ne répond pas" in state["server_line"]
        kept = state["pending"]
        assert kept >= 2

        # The journal turns read-only, the server answers again: the acts kept are sent
        # all the same, once, and the red line goes.
        _read_only(journal.parent)
        own_server.resume()
        state = child.wait_until(lambda s: s["server_line"] is None, 20)
        assert "Le serveur répond" in state["message"]
        assert state["pending"] == 0
        assert _applied(own_server, database) == applied + kept
        typed = "Avant. Pendant la coupure, l'élu s'en va. "
        assert _notes(own_server, database, item) == typed

        # Typed on: straight to the server, and the journal line says the journal is not
        # written.
        child("type", text="Suite.")
        state = child.wait_until(
            lambda s: "Enregistré" in s["saved"] and s["journal_line"] is not None, 5
        )
        assert "ne peut pas être écrit" in state["journal_line"]
        typed += "Suite."
        assert _notes(own_server, database, item) == typed

        # The server stops answering again: nothing can be kept; it is said, the text
        # stays, and it goes once the server is back.
        own_server.interrupt()
        child("advance", minutes=5)
        child("type", text=" Toujours là.")
        state = child.wait_until(lambda s: "NON ENREGISTRÉ" in s["saved"], 10)
        assert "ni gardé sur ce poste ni enregistré" in state["saved"]
        typed += " Toujours là."
        assert state["editor"] == typed
        assert not state["dialog_errors"]
        own_server.resume()
        child.wait_until(lambda s: "Enregistré" in s["saved"] and not s["unsaved"], 15)
    finally:
        child.close()
    assert _notes(own_server, database, item) == typed
    assert _stretches(own_server, database, meeting_id, someone.person_id) == [
        (None, dt.time(10, 0))
    ]
