"""Kill séance mode with SIGKILL while someone types: nothing older than a second is lost.

Each test starts the real séance window in a subprocess, types into it continuously,
kills it hard at some moment, reopens the store and compares with what was typed.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from irev_desktop.paths import AppPaths
from irev_desktop.sample_data.demo import load_demo
from irev_desktop.services.facade import Services

TYPIST = Path(__file__).with_name("typist.py")
DURABLE_WITHIN = 1.0  # seconds: what was typed earlier than this before the kill is stored


def typed_text() -> str:
    sys.path.insert(0, str(TYPIST.parent))
    try:
        import typist

        return typist.TEXT
    finally:
        sys.path.pop(0)


def read_log(log: Path) -> list[tuple[int, float]]:
    entries = []
    for line in log.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) == 2:
            entries.append((int(parts[0]), float(parts[1])))
    return entries


@pytest.mark.crash
@pytest.mark.parametrize("typing_seconds", [1.3, 2.2, 3.1])
def test_sigkill_while_typing_loses_nothing_older_than_a_second(
    tmp_path: Path, typing_seconds: float
) -> None:
    paths = AppPaths(tmp_path / "irev.sqlite")
    with Services.open(paths, write=True) as services:
        load_demo(services)
        meeting = next(m.id for m in services.meetings.meetings() if m.status.value == "planned")
        item = services.meetings.meeting(meeting).items[0].id
    log = tmp_path / "frappe.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, str(TYPIST), str(paths.db), str(meeting), str(log)],
        env=env,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not (log.exists() and log.stat().st_size > 0):
            assert process.poll() is None, process.stderr.read().decode()  # type: ignore[union-attr]
            assert time.monotonic() < deadline, "the typist never started"
            time.sleep(0.05)
        time.sleep(typing_seconds)
        killed_at = time.monotonic()
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    entries = read_log(log)
    text = typed_text()
    last_typed = entries[-1][0]
    must_have = max((count for count, at in entries if at <= killed_at - DURABLE_WITHIN), default=0)
    assert last_typed > 40, "the typist typed too little to judge"

    conn = sqlite3.connect(paths.db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    with Services.open(paths, write=True) as services:  # the lock died with the process
        stored = next(i for i in services.agenda.items(meeting) if i.id == item).notes
    assert text[:last_typed].startswith(stored), "stored notes are not what was typed"
    assert len(stored) >= must_have, (
        f"{must_have} characters were typed more than {DURABLE_WITHIN} s before the kill, "
        f"only {len(stored)} were stored (of {last_typed} typed)"
    )
