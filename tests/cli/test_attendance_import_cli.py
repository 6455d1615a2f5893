"""``irev-desktop attendance import SEANCE FICHIER``: a dry run writes nothing, a run
writes the confident matches, ``--invites`` adds the unknown, ``--json`` says it all,
and a missing file, a wrong meeting or a file that is no report are one French line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from irev_desktop.cli import main

from .. import report_samples as samples

MAIN = 3  # the example's assembly of 8 March 2021


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "donnees" / "irev.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    capsys.readouterr()
    return path


def cli(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def presence_rows(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT a.person_id, p.arrived_at, p.left_at FROM presence p "
            "JOIN attendance a ON a.id = p.attendance_id WHERE a.meeting_id = ? ORDER BY 1, 2",
            (MAIN,),
        ).fetchall()


def report(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_a_dry_run_writes_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = presence_rows(db)
    code, out, _ = cli(
        db,
        capsys,
        "attendance",
        "import",
        str(MAIN),
        report(tmp_path, "t.csv", samples.teams_english()),
        "--dry-run",
    )
    assert code == 0
    assert "LEFEBVRE Camille (Région HDF) → Camille Lefebvre (nom, 100/100)" in out
    assert "+33 3 21 00 00 00 → ? : 10:20–10:40 [à confirmer]" in out
    assert "Rien n'a été écrit (--dry-run)." in out
    assert presence_rows(db) == before


def test_a_run_writes_the_confident_matches_and_json_says_it(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = cli(
        db,
        capsys,
        "attendance",
        "import",
        str(MAIN),
        report(tmp_path, "z.csv", samples.zoom()),
        "--json",
        "--invites",
    )
    assert code == 0
    data = json.loads(out)
    assert data["kind"] == "Zoom" and data["written"] == 4 and data["dry_run"] is False
    actions = {p["name"]: p["action"] for p in data["participants"]}
    assert actions == {
        "Milouda Ala": "présence",
        "Cam (Camille Lefebvre)": "présence",
        "Didier Caron": "présence",
        "Thomas Girard": "rien",
        "Jeanne Martin, Cerema": "invité",
    }
    # Didier Caron now arrives at 10:14:30 (the example had 10:15).
    assert (7, "10:14:30.000000", None) in presence_rows(db)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["attendance", "import", str(MAIN), "ABSENT"], "ne peut pas être lu"),
        (["attendance", "import", "99", "REPORT"], "La séance n° 99 n'existe pas."),
        (["attendance", "import", str(MAIN), "LETTER"], "n'est pas un rapport de présence"),
    ],
)
def test_each_error_is_one_french_line(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    files = {
        "REPORT": report(tmp_path, "t.csv", samples.teams_french()),
        "LETTER": report(tmp_path, "lettre.csv", "Bonjour,\nà lundi.\n".encode()),
        "ABSENT": str(tmp_path / "absent.csv"),
    }
    before = presence_rows(db)
    code, _, err = cli(db, capsys, *[files.get(a, a) for a in args])
    assert code == 1
    assert message in err and err.count("\n") == 1
    assert presence_rows(db) == before


def test_a_threshold_out_of_bounds_is_refused_before_anything_runs(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = report(tmp_path, "t.csv", samples.teams_french())
    with pytest.raises(SystemExit) as leaving:
        main(["--db", str(db), "attendance", "import", str(MAIN), path, "--min-minutes", "-3"])
    _, err = capsys.readouterr()
    assert leaving.value.code == 2
    assert "--min-minutes : -3 n'est pas entre 0 et 240" in err
