"""``irev-desktop seance SEANCE``: its arguments, and a wrong meeting told before any window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from irev_desktop import app
from irev_desktop.cli import build_parser, main
from irev_desktop.paths import DB_ENV_VAR, AppPaths
from irev_desktop.services.facade import Services


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "donnees" / "irev.sqlite"


@pytest.fixture
def window_runs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[AppPaths, int | None]]:
    """Stands in for the window: records what it was asked to open, opens nothing."""
    runs: list[tuple[AppPaths, int | None]] = []

    def fake_run(paths: AppPaths, argv: list[str] | None = None, seance: int | None = None) -> int:
        runs.append((paths, seance))
        return 0

    monkeypatch.setattr(app, "run", fake_run)
    return runs


def example_store(db: Path) -> int:
    """Loads the example into ``db``; returns the number of its planned meeting."""
    assert main(["--db", str(db), "demo"]) == 0
    with Services.open(AppPaths(db), write=False) as services:
        return next(m.id for m in services.meetings.meetings() if m.status.value == "planned")


def test_the_command_takes_one_meeting_number_and_the_usual_db() -> None:
    args = build_parser().parse_args(["--db", "registre.sqlite", "seance", "4"])
    assert args.command == "seance"
    assert args.meeting_id == 4
    assert args.db == "registre.sqlite"


@pytest.mark.parametrize("argv", [["seance"], ["seance", "quatre"], ["seance", "4", "5"]])
def test_a_malformed_command_line_exits_2_in_french(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args(argv)
    assert done.value.code == 2
    assert "erreur" in capsys.readouterr().err


def test_a_known_meeting_opens_the_window_in_seance_mode_on_it(
    db: Path, window_runs: list[tuple[AppPaths, int | None]], capsys: pytest.CaptureFixture[str]
) -> None:
    planned = example_store(db)
    capsys.readouterr()
    assert main(["--db", str(db), "seance", str(planned)]) == 0
    assert window_runs == [(AppPaths(db), planned)]


def test_an_unknown_meeting_is_one_french_line_and_no_window(
    db: Path, window_runs: list[tuple[AppPaths, int | None]], capsys: pytest.CaptureFixture[str]
) -> None:
    example_store(db)
    capsys.readouterr()
    assert main(["--db", str(db), "seance", "999"]) == 1
    err = capsys.readouterr().err
    assert err == "irev-desktop : La séance n° 999 n'existe pas.\n"
    assert window_runs == []


def test_from_a_terminal_an_unknown_meeting_exits_1_without_a_traceback(db: Path) -> None:
    Services.open(AppPaths(db), write=True).close()  # an empty store: reading never creates one
    env = {k: v for k, v in os.environ.items() if k != DB_ENV_VAR}
    env.pop("DISPLAY", None)  # were a window to open, it could not
    done = subprocess.run(
        [sys.executable, "-m", "irev_desktop", "--db", str(db), "seance", "7"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr == "irev-desktop : La séance n° 7 n'existe pas.\n"
    assert "Traceback" not in done.stderr
