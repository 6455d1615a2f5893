"""The command line as a user or a backup script meets it."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from irev_desktop import __version__
from irev_desktop.cli import main
from irev_desktop.db.instance_lock import InstanceLock
from irev_desktop.paths import DB_ENV_VAR, AppPaths


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != DB_ENV_VAR}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "irev_desktop", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
    )


def table_counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    conn.close()
    return counts


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "donnees" / "irev.sqlite"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_demo_loads_once_and_a_second_run_changes_nothing(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db), "demo"]) == 0
    assert "Exemple chargé" in capsys.readouterr().out
    counts = table_counts(db)
    assert counts["meeting"] >= 4 and counts["deliberation"] >= 3
    assert main(["--db", str(db), "demo"]) == 0
    assert "déjà chargé" in capsys.readouterr().out
    assert table_counts(db) == counts


def test_meetings_json_lists_the_archive_newest_first(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["--db", str(db), "demo"])
    capsys.readouterr()
    assert main(["--db", str(db), "meetings", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"id", "date", "body", "title", "status"} <= rows[0].keys()
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates, reverse=True)
    assert "2021-03-08" in dates


def test_show_gives_the_whole_meeting_of_8_march_2021(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["--db", str(db), "demo"])
    capsys.readouterr()
    main(["--db", str(db), "meetings", "--json"])
    meeting_id = next(
        r["id"] for r in json.loads(capsys.readouterr().out) if r["date"] == "2021-03-08"
    )
    assert main(["--db", str(db), "show", str(meeting_id), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["chair_name"] == "Milouda Ala"
    assert data["mode"] == "video"
    titles = [i["title"] for i in data["items"]]
    assert any("Comité interministériel des villes" in t for t in titles)
    assert any("Assises" in t for t in titles)
    assert data["attachments"][0]["original_name"] == "IREV_rapport_dactivites_2020.pdf"
    report = next(d for d in data["deliberations"] if "rapport d'activités 2020" in d["title"])
    assert report["result"] == "adopted" and report["unanimous"]
    roles = {a["person_name"]: a["role"] for a in data["attendance"]}
    assert roles["Laurent Buchaillat"] == "vice_president"
    assert main(["--db", str(db), "show", str(meeting_id)]) == 0
    text = capsys.readouterr().out
    assert "lundi 8 mars 2021" in text and "Milouda Ala" in text


def test_user_errors_are_one_line_without_traceback(db: Path) -> None:
    main(["--db", str(db), "demo"])  # a read command never creates the store
    result = run("--db", str(db), "show", "999")
    assert result.returncode == 1
    assert result.stderr.strip() == "irev-desktop : La séance n° 999 n'existe pas."
    assert "Traceback" not in result.stderr


def test_a_corrupt_store_exits_non_zero_and_is_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "irev.sqlite"
    db.write_bytes(b"\x00\x01pas une base" * 500)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    for command in (["meetings"], ["demo"], ["backup", str(tmp_path / "b.sqlite")]):
        result = run("--db", str(db), *command)
        assert result.returncode == 1, command
        assert str(db) in result.stderr and "endommagé" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_a_store_in_use_still_reads_but_refuses_writes(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["--db", str(db), "demo"])
    lock = InstanceLock(AppPaths(db).lock_file)
    assert lock.try_acquire()
    try:
        reading = run("--db", str(db), "meetings")
        assert reading.returncode == 0 and "2021-03-08" in reading.stdout
        assert run("--db", str(db), "show", "1").returncode == 0
        assert run("--db", str(db), "backup", str(tmp_path / "copie.sqlite")).returncode == 0
        writing = run("--db", str(db), "demo")
        assert writing.returncode == 1
        assert "autre instance" in writing.stderr
    finally:
        lock.release()


def test_backup_and_restore_keep_the_replaced_store_aside(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["--db", str(db), "demo"])
    copy = tmp_path / "sauvegarde.sqlite"
    assert main(["--db", str(db), "backup", str(copy)]) == 0
    saved = table_counts(copy)
    other = tmp_path / "autre" / "irev.sqlite"  # restore creates the store it replaces
    assert main(["--db", str(other), "restore", str(copy)]) == 0
    output = capsys.readouterr().out
    assert "conservé" in output
    assert table_counts(other) == saved
    kept_aside = list(AppPaths(other).backups_dir.glob("*avant-restauration*"))
    assert len(kept_aside) == 1 and table_counts(kept_aside[0])["meeting"] == 0


def test_restore_refuses_a_file_that_is_not_a_backup(db: Path, tmp_path: Path) -> None:
    main(["--db", str(db), "demo"])
    bogus = tmp_path / "notes.txt"
    bogus.write_text("bonjour")
    before = table_counts(db)
    assert main(["--db", str(db), "restore", str(bogus)]) == 1
    assert table_counts(db) == before


def test_the_environment_variable_chooses_the_store(tmp_path: Path) -> None:
    db = tmp_path / "env" / "irev.sqlite"
    assert run("demo", env={DB_ENV_VAR: str(db)}).returncode == 0
    assert db.exists()
    result = run("meetings", env={DB_ENV_VAR: str(db)})
    assert result.returncode == 0 and "2021-03-08" in result.stdout
    assert AppPaths.resolve("/x/y.sqlite").db == Path("/x/y.sqlite")


def test_bad_command_line_is_a_usage_error() -> None:
    result = run("show", "pas-un-nombre")
    assert result.returncode == 2
    assert "erreur" in result.stderr and "Traceback" not in result.stderr
