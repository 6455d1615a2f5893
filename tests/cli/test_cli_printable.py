"""The terminal never receives a control character from the store, even from a store
written before the sanitiser (or altered by hand)."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from irev_desktop.cli import main
from irev_desktop.domain.text import printable

# ESC, BEL, the C1 controls (CSI \x9b), CR and the search's highlight markers.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
HOSTILE = "AG\x1b[2J\x1b]0;pirate\x07 \x9b31m\rrouge\x02\x03\x00"


def test_printable_replaces_every_control_character_but_tab_and_line_feed() -> None:
    assert printable("a\tb\nc") == "a\tb\nc"
    assert printable("\x1b[31mrouge") == "\ufffd[31mrouge"
    assert printable("\x9b\x7f\x00\r\ud800") == "\ufffd" * 5
    assert printable("Procès-verbal — « 8 mars » ✓") == "Procès-verbal — « 8 mars » ✓"
    document = json.dumps({"t": "a\x1bb\x9bc\ud800"}, ensure_ascii=False)
    assert json.loads(printable(document)) == {"t": "a\x1bb\ufffdc\ufffd"}


@pytest.fixture
def hostile_db(tmp_path: Path) -> Path:
    """The demo, then a meeting title and notes holding escape sequences, written with
    sqlite3 as an old or altered store would hold them."""
    db = tmp_path / "donnees" / "irev.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    connection = sqlite3.connect(db)
    with connection:
        meeting_id = connection.execute("SELECT min(id) FROM meeting").fetchone()[0]
        connection.execute("UPDATE meeting SET title = ? WHERE id = ?", (HOSTILE, meeting_id))
        connection.execute(
            "UPDATE agenda_item SET notes = ? WHERE meeting_id = ?",
            (f"notes {HOSTILE}\nsuite", meeting_id),
        )
    connection.close()
    return db


def test_meetings_prints_no_escape_sequence(
    hostile_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(hostile_db), "meetings"]) == 0
    out = capsys.readouterr().out
    assert "\ufffd[2J" in out and "rouge" in out
    assert not CONTROL.search(out.replace("\n", ""))


def test_meetings_json_is_still_valid_json_without_control_characters(
    hostile_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(hostile_db), "meetings", "--json"]) == 0
    out = capsys.readouterr().out
    assert not CONTROL.search(out.replace("\n", ""))
    titles = [row["title"] for row in json.loads(out)]
    # json.dumps escapes the C0 controls (harmless \u001b text); C1 become U+FFFD.
    assert any(title.startswith("AG\x1b[2J") and "\ufffd31m" in title for title in titles)


@pytest.mark.parametrize("json_output", [False, True])
def test_show_prints_no_escape_sequence(
    hostile_db: Path, capsys: pytest.CaptureFixture[str], json_output: bool
) -> None:
    meeting_id = sqlite3.connect(hostile_db).execute("SELECT min(id) FROM meeting").fetchone()[0]
    args = ["--db", str(hostile_db), "show", str(meeting_id)] + (["--json"] if json_output else [])
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "rouge" in out
    assert not CONTROL.search(out.replace("\n", "").replace("\t", ""))


@pytest.mark.parametrize("json_output", [False, True])
def test_search_prints_no_escape_sequence(
    hostile_db: Path, capsys: pytest.CaptureFixture[str], json_output: bool
) -> None:
    assert main(["--db", str(hostile_db), "search-index", "rebuild"]) == 0
    capsys.readouterr()
    args = ["--db", str(hostile_db), "search", "rouge"] + (["--json"] if json_output else [])
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "rouge" in out
    assert not CONTROL.search(out.replace("\n", ""))
