"""Séance mode under a real X server, typed into with real key events (xdotool).

The other window tests run on Qt's offscreen platform and send Qt key events; this one
starts ``irev-desktop seance SEANCE`` on the xcb platform of an Xvfb server, types the
way a secretary does (the séance opened, notes with accents, the time, a person pointed
through the completer, the next item, a vote panel opened and cancelled) and fails as
soon as the program has died, as it once did (SIGSEGV) on Enter in the pointing
completer. Then it stops the program with SIGTERM and reads the store.

Needs ``Xvfb`` and ``xdotool`` (Debian: xvfb, xdotool); ``import`` (imagemagick) is
used for screenshots when present. Missing tools skip the test, unless ``CI`` is set.
"""

from __future__ import annotations

import os
import re
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from irev_desktop.domain.enums import AttendanceStatus
from irev_desktop.model.dto import AttendanceDTO
from irev_desktop.model.inputs import ItemFields
from irev_desktop.paths import DB_ENV_VAR, AppPaths
from irev_desktop.services.facade import Services

pytestmark = pytest.mark.x11

SCREEN = "1600x1000x24"
WINDOW_NAME = "^Mode s.*ance"  # "Mode séance — …": no accent in the pattern, any locale
PERSON = "Milouda Ala"
FIRST_NOTES = "Ouverture à l'heure prévue, débat très animé sur l'été "
SECOND_NOTES = "Questions diverses, l'ordre du jour est épuisé à midi"
START_TIMEOUT = 30.0  # seconds for the séance window to show, on a busy machine
KEY_PAUSE = 0.4  # after each step, as a person would, and for the program to react


def require_tools() -> None:
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if not missing:
        return
    message = f"missing {', '.join(missing)} (Debian packages: xvfb xauth xdotool imagemagick)"
    if os.environ.get("CI"):
        pytest.fail(f"{message}: CI must have them")
    pytest.skip(message)


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    """A fresh Xvfb on a free display number (it picks one and tells it: -displayfd)."""
    require_tools()
    read_end, write_end = os.pipe()
    log = open(tmp_path / "xvfb.log", "wb")  # noqa: SIM115 - closed below
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 15)
        number = os.read(read_end, 64).decode().strip() if ready else ""
        if not number.isdigit():
            pytest.fail(f"Xvfb did not start: {(tmp_path / 'xvfb.log').read_text()}")
        yield f":{number}"
    finally:
        os.close(read_end)
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


@dataclass
class Example:
    paths: AppPaths
    meeting_id: int
    first_item: int
    second_item: int
    person_before: AttendanceDTO


@pytest.fixture
def example(tmp_path: Path) -> Example:
    """The example store, made by the command a user types; its planned meeting, given
    a second agenda item so that Ctrl+PgDown has somewhere to go."""
    paths = AppPaths(tmp_path / "donnees" / "irev.sqlite")
    subprocess.run(
        [sys.executable, "-m", "irev_desktop", "--db", str(paths.db), "demo"],
        check=True,
        capture_output=True,
        env=child_env(),
        timeout=120,
    )
    with Services.open(paths, write=True) as services:
        meeting_id = next(m.id for m in services.meetings.meetings() if m.status.value == "planned")
        first = services.meetings.meeting(meeting_id).items[0].id
        second = services.agenda.add_item(meeting_id, ItemFields("Questions diverses")).id
        person = attendance_of(services, meeting_id)
    assert person.status is not AttendanceStatus.PRESENT  # pointing will be an arrival
    return Example(paths, meeting_id, first, second, person)


def attendance_of(services: Services, meeting_id: int) -> AttendanceDTO:
    return next(
        a for a in services.meetings.meeting(meeting_id).attendance if a.person_name == PERSON
    )


def child_env(display: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in (DB_ENV_VAR, "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the real platform, not the tests' offscreen one
    if display is not None:
        env["DISPLAY"] = display
        env["QT_QPA_PLATFORM"] = "xcb"  # and never Wayland, on a developer's desktop
    return env


class Session:
    """The program under X, and the keyboard: every step checks that it still runs."""

    def __init__(self, display: str, process: subprocess.Popen[bytes], log: Path) -> None:
        self.display = display
        self.process = process
        self.log = log

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(
            ["xdotool", *args],
            env={**os.environ, "DISPLAY": self.display},
            capture_output=True,
            text=True,
            timeout=20,
        )
        if done.returncode != 0:
            pytest.fail(f"xdotool {' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout

    def alive(self, after: str) -> None:
        code = self.process.poll()
        if code is None:
            return
        how = f"killed by {signal.Signals(-code).name}" if code < 0 else f"exit code {code}"
        output = self.log.read_text(encoding="utf-8", errors="replace")[-3000:]
        pytest.fail(f"the program died after {after} ({how}); its output:\n{output}")

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "60", *keys)
        time.sleep(KEY_PAUSE)
        self.alive(f"key {' '.join(keys)}")

    def type(self, text: str) -> None:
        # A character the keyboard map lacks (é, è, à under Xvfb's US map) is typed by
        # xdotool through a key it maps for a moment, then maps back: a program busy for
        # longer than that reads the key with the old map, and the letter is lost (an
        # artefact of xdotool, not of the program). Such letters go one at a time, with
        # time for the program to read each before the map changes again.
        for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]", text):
            if run.isascii():
                self.xdotool("type", "--delay", "40", run)
            else:
                self.xdotool("type", "--delay", "250", run)
                time.sleep(0.25)
        time.sleep(KEY_PAUSE)
        self.alive(f"typing {text!r}")

    def wait_for_window(self, pattern: str, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.alive("start-up")
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", pattern],
                env={**os.environ, "DISPLAY": self.display},
                capture_output=True,
                text=True,
                timeout=20,
            )
            if found.stdout.split():
                return found.stdout.split()[0]
            time.sleep(0.2)
        pytest.fail(f"no window {pattern!r} within {timeout:.0f} s")

    def screenshot(self, target: Path) -> None:
        if shutil.which("import") is None:
            return
        subprocess.run(
            ["import", "-window", "root", str(target)],
            env={**os.environ, "DISPLAY": self.display},
            capture_output=True,
            timeout=20,
        )

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            pytest.fail("the program did not end within 10 s of SIGTERM")


def test_typing_a_seance_under_x11_never_kills_the_program(
    display: str, example: Example, tmp_path: Path
) -> None:
    log = tmp_path / "programme.log"
    command = ["irev_desktop", "--db", str(example.paths.db), "seance", str(example.meeting_id)]
    with open(log, "wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", *command],
            env=child_env(display),
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    session = Session(display, process, log)
    try:
        window = session.wait_for_window(WINDOW_NAME, START_TIMEOUT)
        # No window manager on this server: give the keyboard focus to the window itself.
        session.xdotool("windowfocus", "--sync", window)
        time.sleep(KEY_PAUSE)
        session.key("F6")  # the séance opens: start time, first item started
        session.type(FIRST_NOTES)
        session.key("ctrl+t")  # "[10 h 32]"
        # Pointing within the opening's own second counts as pointed at the opening
        # (and pointing again takes that back): leave a real moment between the two.
        time.sleep(1.2)
        session.key("ctrl+p")  # the pointing line...
        session.type("Mil")  # ...its completer offers Milouda Ala...
        session.key("Return")  # ...and Enter points her (this used to end in SIGSEGV)
        session.key("ctrl+Next")  # next item
        session.type(SECOND_NOTES)
        session.key("F9")  # the vote panel...
        session.screenshot(tmp_path / "vote.png")
        session.key("Escape")  # ...cancelled
        time.sleep(2)  # the notes are durable within a second of the last key
        session.alive("the last key")
        session.screenshot(tmp_path / "seance.png")
    finally:
        code = session.stop()
    assert code in (0, -signal.SIGTERM), f"ended with {code} on SIGTERM"

    with Services.open(example.paths, write=False) as services:
        meeting = services.meetings.meeting(example.meeting_id)
        notes = {item.id: item.notes for item in meeting.items}
        person = attendance_of(services, example.meeting_id)
    assert meeting.actual_start is not None  # F6
    assert notes[example.first_item].startswith(FIRST_NOTES + "[")  # the text, then the time
    assert notes[example.second_item] == SECOND_NOTES
    assert person != example.person_before
    assert person.arrived_at is not None or person.left_at is not None
