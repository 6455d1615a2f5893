"""Séance mode on a team's server, under a real X server, while the server goes away.

``irev-desktop seance SEANCE`` runs on the xcb platform of an Xvfb server, on a
PostgreSQL database of a real server (``IREV_DESKTOP_DB``, the way a deployment gives
it; the remembered-server file and the local folders are the test's own). The test
types as a secretary does with xdotool: the séance opened, notes with accents, a person
pointed; then the server is stopped for real (``pg_ctl stop -m immediate``), and the
secretary goes on: more notes, the next item, the same person pointed out. The program
must still run, its red line must show (read from the screen: the line's own colour),
and, once the server is back, every word typed and each pointing must be in the
database exactly once, after which the line goes.

Needs ``Xvfb``, ``xdotool`` and the PostgreSQL server tools; missing ones skip the test,
unless ``CI`` is set. The screen is read with Qt itself (no screenshot tool needed).
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from irev_desktop.domain.enums import AttendanceStatus
from irev_desktop.model.inputs import ItemFields
from irev_desktop.paths import CHOICE_ENV_VAR, DB_ENV_VAR, AppPaths
from irev_desktop.sample_data.demo import load_demo
from irev_desktop.services.facade import Services
from irev_desktop.services.seance_journal import JOURNAL_FILE, JOURNAL_FOLDER

from ..pg_server import PgServer, server_for_tests
from .test_seance_x11 import (  # noqa: F401 - the fixture, shared
    KEY_PAUSE,
    PERSON,
    START_TIMEOUT,
    WINDOW_NAME,
    Session,
    child_env,
    display,
)

pytestmark = [pytest.mark.x11, pytest.mark.postgresql]

FIRST_NOTES = "Ouverture à l'heure prévue, débat très animé sur l'été "
DURING_NOTES = "pendant la coupure, le trésorier présente les comptes. "
# No space before « : ; ? ! »: the editor makes it the narrow no-break one, as French does.
SECOND_NOTES = "Questions diverses, néant, clôture à midi"
RED_LINE = "#fdecea"  # the background of the window's red line (serverLine), in style.py
SETTLE = 2.5  # seconds: the notes are durable within one, the journal sent within two

# Counts the pixels of one colour in one window of the X server: Qt of the tests' own
# environment, on the xcb platform, as a separate program (the tests' Qt is offscreen).
GRAB = """
import sys
from PySide6.QtGui import QColor, QGuiApplication, QImage
app = QGuiApplication(sys.argv[:1])
image = app.primaryScreen().grabWindow(int(sys.argv[1])).toImage()
image = image.convertToFormat(QImage.Format.Format_RGB32)
image.save(sys.argv[3])
pixels = memoryview(image.constBits().tobytes()).cast("I").tolist()
print(pixels.count(QColor(sys.argv[2]).rgb()))
"""


@pytest.fixture(scope="module")
def own_server() -> Iterator[PgServer]:
    """A server of this module's own: the test stops it."""
    yield from server_for_tests(durable=True)


def coloured_pixels(display: str, window: str, colour: str, shot: Path) -> int:  # noqa: F811
    env = {**child_env(display), "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        [sys.executable, "-c", GRAB, window, colour, str(shot)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return int(done.stdout.strip().splitlines()[-1])


def wait_for(what: str, check: Callable[[], Any], session: Session, timeout: float) -> Any:
    """``check()`` once it is truthy (the program still running meanwhile)."""
    deadline = time.monotonic() + timeout
    while True:
        session.alive(what)
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"{what}: not within {timeout:.0f} s")
        time.sleep(0.3)


def rows(server: PgServer, database: str, sql: str, *params: object) -> list[tuple[Any, ...]]:
    return server.query(database, sql, *params)


def test_a_seance_on_a_server_that_stops_under_x11(
    display: str,  # noqa: F811
    own_server: PgServer,
    tmp_path: Path,
) -> None:
    database = "seance_x11"
    url = own_server.create_database(database)
    with Services.open(AppPaths.for_server(url, tmp_path / "preparation"), write=True) as prep:
        load_demo(prep)
        meeting_id = next(m.id for m in prep.meetings.meetings() if m.status.value == "planned")
        first_item = prep.meetings.meeting(meeting_id).items[0].id
        second_item = prep.agenda.add_item(meeting_id, ItemFields("Questions diverses")).id
        person = next(
            a for a in prep.meetings.meeting(meeting_id).attendance if a.person_name == PERSON
        )
    assert person.status is not AttendanceStatus.PRESENT  # pointing is an arrival

    local = tmp_path / "poste"  # the program's folders: its journal, its settings
    env = {
        **child_env(display),
        DB_ENV_VAR: url,
        CHOICE_ENV_VAR: str(tmp_path / "base-choisie.json"),
        "XDG_DATA_HOME": str(local / "donnees"),
        "XDG_CONFIG_HOME": str(local / "config"),
    }
    log = tmp_path / "programme.log"
    with open(log, "wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "irev_desktop", "seance", str(meeting_id)],
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    session = Session(display, process, log)

    def stored() -> dict[str, Any]:
        notes = dict(
            rows(
                own_server,
                database,
                "SELECT id, notes FROM agenda_item WHERE meeting_id = %s",
                meeting_id,
            )
        )
        stretches = rows(
            own_server,
            database,
            "SELECT p.arrived_at, p.left_at FROM presence p JOIN attendance a "
            "ON a.id = p.attendance_id WHERE a.meeting_id = %s AND a.person_id = %s "
            "ORDER BY p.id",
            meeting_id,
            person.person_id,
        )
        (applied,) = rows(own_server, database, "SELECT count(*) FROM journal_applied")[0]
        (start,) = rows(
            own_server, database, "SELECT actual_start FROM meeting WHERE id = %s", meeting_id
        )[0]
        return {
            "first": notes[first_item],
            "second": notes[second_item],
            "stretches": stretches,
            "applied": applied,
            "start": start,
        }

    measured: dict[str, Any] = {}
    try:
        window = session.wait_for_window(WINDOW_NAME, START_TIMEOUT)
        session.xdotool("windowfocus", "--sync", window)
        time.sleep(KEY_PAUSE)
        session.key("F6")  # the séance opens: on the server
        session.type(FIRST_NOTES)
        time.sleep(1.2)  # a pointing within the opening's second counts as the opening
        session.key("ctrl+p")
        session.type("Mil")
        session.key("Return")  # Milouda Ala arrives
        session.key("Escape")  # back to the notes
        time.sleep(SETTLE)
        before = stored()
        assert before["start"] is not None
        assert before["first"] == FIRST_NOTES
        assert len(before["stretches"]) == 1 and before["stretches"][0][1] is None
        assert coloured_pixels(display, window, RED_LINE, tmp_path / "avant.png") == 0

        own_server.interrupt()
        cut = time.monotonic()
        session.type(DURING_NOTES)
        session.key("ctrl+Next")  # the next item: the notes and the switch, kept
        session.type(SECOND_NOTES)
        session.key("ctrl+p")
        session.type("Mil")
        session.key("Return")  # and she leaves: kept too
        session.key("Escape")
        time.sleep(SETTLE)
        session.alive("typing while the server is stopped")
        red = wait_for(
            "the red line",
            lambda: coloured_pixels(display, window, RED_LINE, tmp_path / "coupure.png"),
            session,
            10,
        )
        journal = next((local / "donnees").rglob(f"{JOURNAL_FOLDER}/{JOURNAL_FILE}"))
        records = [json.loads(line) for line in journal.read_text("utf-8").splitlines() if line]
        done = {r["done"] for r in records if "done" in r}
        kept = [r for r in records if "act" in r and r["id"] not in done]
        measured.update(red_pixels=red, kept=len(kept), typed_for_s=time.monotonic() - cut)
        # The notes of both items, the switch, the departure: on this computer.
        assert {r["act"] for r in kept} >= {"notes", "switch_item", "departure"}

        own_server.resume()
        back = time.monotonic()

        seen: list[dict[str, Any]] = []

        def replayed() -> bool:
            seen.append(stored())
            return bool(seen[-1]["second"] == SECOND_NOTES)

        wait_for("the kept acts on the server", replayed, session, 30)
        after = seen[-1]
        measured["replayed_after_s"] = time.monotonic() - back
        wait_for(
            "the red line gone",
            lambda: coloured_pixels(display, window, RED_LINE, tmp_path / "retour.png") == 0,
            session,
            15,
        )
        time.sleep(SETTLE)  # nothing more arrives: each act once, not once more later
        session.alive("the replay")
        final = stored()
    finally:
        code = session.stop()
    print(f"\nserveur arrêté sous X11 : {measured}")
    assert code in (0, -15), f"ended with {code} on SIGTERM"
    assert final == after
    assert final["first"] == FIRST_NOTES + DURING_NOTES
    assert final["second"] == SECOND_NOTES
    # Arrived, then left: one stretch, each pointing once.
    assert len(final["stretches"]) == 1
    arrived, left = final["stretches"][0]
    assert arrived is not None and left is not None and arrived < left
    assert isinstance(left, dt.time)
    # Every act kept during the cut made once on the server: no more, no fewer.
    assert final["applied"] == before["applied"] + len(kept)
