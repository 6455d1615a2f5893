"""Séance mode under a real X server while its disk fills up, then frees again.

The program runs on a store kept on a small tmpfs; the test types into séance mode with
xdotool, fills the file system to the last byte, types again, and checks from outside
what a secretary depends on: the program still runs, the words typed since the failure
are in an emergency copy on another disk, and once there is room again they reach the
store by themselves. Mounting a tmpfs needs root (as CI runs); elsewhere it is skipped.
"""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from irev_desktop.paths import AppPaths
from irev_desktop.services.facade import Services

from ..tmpfs import fill
from ..tmpfs import small_disk as mounted
from .test_seance_x11 import WINDOW_NAME, Session, child_env, display  # noqa: F401

pytestmark = pytest.mark.x11

BEFORE = "Avant la panne. "
DURING = "Pendant la panne."


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with mounted(tmp_path / "petit-disque") as mount_point:
        yield mount_point


def stored_notes(db: Path, item_id: int) -> str:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as connection:
        (notes,) = connection.execute(
            "SELECT notes FROM agenda_item WHERE id = ?", (item_id,)
        ).fetchone()
    return str(notes)


def test_a_full_disk_under_x11_loses_nothing(
    display: str,  # noqa: F811
    small_disk: Path,
    tmp_path: Path,
) -> None:
    paths = AppPaths(small_disk / "irev.sqlite")
    subprocess.run(
        [sys.executable, "-m", "irev_desktop", "--db", str(paths.db), "demo"],
        check=True,
        capture_output=True,
        env=child_env(),
        timeout=120,
    )
    with Services.open(paths, write=False) as services:
        meeting = next(m.id for m in services.meetings.meetings() if m.status.value == "planned")
        item = services.meetings.meeting(meeting).items[0].id
    spare = tmp_path / "autre-disque"
    spare.mkdir()
    log = tmp_path / "programme.log"
    env = {**child_env(display), "TMPDIR": str(spare)}
    with open(log, "wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "irev_desktop", "--db", str(paths.db), "seance", str(meeting)],
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    session = Session(display, process, log)
    filler: Path | None = None
    try:
        window = session.wait_for_window(WINDOW_NAME, 30.0)
        session.xdotool("windowfocus", "--sync", window)
        time.sleep(0.4)
        session.type(BEFORE)
        time.sleep(1.5)
        assert stored_notes(paths.db, item) == BEFORE
        # The journal starts empty again, so the next write needs new room: there is none.
        with contextlib.closing(sqlite3.connect(paths.db)) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        filler = fill(small_disk)
        session.type(DURING)
        time.sleep(3)
        session.alive("typing on a full disk")
        session.screenshot(tmp_path / "disque-plein.png")
        assert stored_notes(paths.db, item) == BEFORE  # the disk refused it
        copies = list(spare.glob("irev-desktop-notes-non-enregistrees/point-*.txt"))
        assert [c.name for c in copies] == [f"point-{item}.txt"]
        assert copies[0].read_text(encoding="utf-8") == BEFORE + DURING
        filler.unlink()  # room again: the program retries by itself
        filler = None
        time.sleep(4)
        session.alive("the retry")
        assert stored_notes(paths.db, item) == BEFORE + DURING
        assert not copies[0].exists()
    finally:
        if filler is not None:
            filler.unlink()
        code = session.stop()
    assert code in (0, -15), f"ended with {code} on SIGTERM"
