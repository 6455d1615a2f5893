"""``search``, ``search-index rebuild`` and ``generate-archive`` from a terminal."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from irev_desktop.cli import main
from irev_desktop.sample_data.demo import REPORT_FILE_NAME


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "donnees" / "irev.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    return path


def search(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--db", str(db), "search", *args])
    return code, capsys.readouterr().out


def test_each_hit_names_its_meeting_where_and_the_snippet(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = search(db, capsys, "comite interministeriel")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "1 résultat, les plus pertinents d'abord :"
    assert lines[1].startswith("séance n° 3 du 2021-03-08 (AG) — point de l'ordre du jour : ")
    assert "Comité interministériel des villes" in lines[1]
    assert "[Comité] [interministériel]" in lines[2]


def test_an_attachment_hit_names_the_file(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = search(db, capsys, "participants")
    assert code == 0
    assert f"pièce jointe : {REPORT_FILE_NAME}" in out
    assert "800 [participants]" in out


def test_no_result(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert search(db, capsys, "ornithorynque") == (0, "Aucun résultat.\n")
    assert search(db, capsys, "") == (0, "Aucun résultat.\n")


@pytest.mark.parametrize(
    "query", ['"', "l'assemblée", "AND OR NOT", "NEAR(", "*", "(", "-", "--", "\x01", "a" * 10_000]
)
def test_awkward_queries_exit_cleanly(
    db: Path, capsys: pytest.CaptureFixture[str], query: str
) -> None:
    code, _ = search(db, capsys, "--", query)
    assert code == 0


def test_json_output(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = search(db, capsys, "rapport activites 2020", "--json")
    assert code == 0
    hits = json.loads(out)
    assert {h["kind"] for h in hits} >= {"deliberation", "attachment"}
    for hit in hits:
        assert set(hit) == {
            "kind",
            "kind_label",
            "id",
            "title",
            "snippet",
            "meeting",
            "item_id",
            "file_name",
            "rank",
        }
        assert "[" in hit["snippet"]
    attachment = next(h for h in hits if h["kind"] == "attachment")
    assert attachment["file_name"] == REPORT_FILE_NAME
    assert attachment["meeting"] == {
        "id": 3,
        "date": "2021-03-08",
        "body": "AG",
        "title": "Assemblée générale ordinaire",
    }
    code, out = search(db, capsys, "Buchaillat", "--json", "--kind", "person")
    assert [(h["title"], h["meeting"]) for h in json.loads(out)] == [("Laurent Buchaillat", None)]
    assert search(db, capsys, "ornithorynque", "--json") == (0, "[]\n")


def test_filters(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def found(*args: str) -> set[tuple[str, str]]:
        code, out = search(db, capsys, *args, "--json")
        assert code == 0
        return {(h["kind"], (h["meeting"] or {}).get("date", "")[:4]) for h in json.loads(out)}

    assert found("assemblee", "--kind", "meeting") == {("meeting", "2020"), ("meeting", "2021")}
    assert found("assemblee", "--kind", "meeting", "--from", "2021") == {("meeting", "2021")}
    assert found("assemblee", "--kind", "meeting", "--to", "2020") == {("meeting", "2020")}
    assert found("budget", "--body", "ag") == set()
    assert found("budget", "--body", "CA") != set()
    capsys.readouterr()
    assert main(["--db", str(db), "search", "budget", "--body", "XYZ"]) == 1
    assert "L'instance « XYZ » n'existe pas" in capsys.readouterr().err


def test_rebuild_command(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM search_index")
    conn.commit()
    conn.close()
    assert search(db, capsys, "assemblee") == (0, "Aucun résultat.\n")
    assert main(["--db", str(db), "search-index", "rebuild"]) == 0
    assert capsys.readouterr().out.startswith("Index de recherche reconstruit : 27 documents")
    code, out = search(db, capsys, "assemblee")
    assert code == 0 and "[Assemblée]" in out


def test_generate_archive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "demonstration.sqlite"
    assert main(["--db", str(target), "generate-archive", "--years", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Archive générée (2025–2025) en ")
    assert "100 séances" in out and "25 pièces jointes" in out
    code, out = search(target, capsys, "budget primitif")
    assert code == 0 and "résultats" in out
    # A store that holds records is never filled with invented ones.
    assert main(["--db", str(target), "generate-archive", "--years", "1"]) == 1
    assert "n'est pas vide" in capsys.readouterr().err


def test_generate_archive_refuses_the_example(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", str(db), "generate-archive", "--years", "1"]) == 1
    assert "n'est pas vide" in capsys.readouterr().err
