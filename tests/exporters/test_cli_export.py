"""``irev-desktop export`` as a user meets it."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from irev_desktop.cli import main


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    db = str(tmp_path / "donnees" / "irev.sqlite")
    assert main(["--db", db, "demo"]) == 0
    found = re.search(r"séance n° (\d+)", capsys.readouterr().out)
    assert found is not None
    return db, found.group(1)


def test_export_writes_the_file_and_says_so_in_one_line(
    demo_db: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, meeting = demo_db
    target = tmp_path / "PV AG 8 mars.docx"
    code = main(["--db", db, "export", meeting, "--kind", "pv", "--output", str(target)])
    captured = capsys.readouterr()
    assert code == 0
    assert captured.out.count("\n") == 1
    assert captured.out.startswith("Document Word écrit : ")
    assert str(target) in captured.out and "procès-verbal" in captured.out
    assert "lundi 8 mars 2021" in captured.out
    assert docx.Document(str(target)).paragraphs[2].text == "Procès-verbal"


def test_extract_of_a_chosen_deliberation(
    demo_db: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, meeting = demo_db
    target = tmp_path / "extrait.docx"
    args = ["--db", db, "export", meeting, "--kind", "extrait", "--output", str(target)]
    assert main([*args, "--deliberation", "2021-02"]) == 0
    capsys.readouterr()
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "2021-02" in text and "2021-01" not in text


def test_one_convocation_letter_per_member(
    demo_db: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, meeting = demo_db
    target = tmp_path / "convocations.docx"
    args = ["--db", db, "export", meeting, "--kind", "convocation", "--output", str(target)]
    assert main([*args, "--par-membre"]) == 0
    capsys.readouterr()
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    # One letter for each person in office but the chair, who signs them.
    assert text.count("Objet") >= 5
    assert "Monsieur Laurent Buchaillat" in text and "Madame Hélène Roussel" in text


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            ["--kind", "extrait", "--deliberation", "1999-01"],
            "1999-01 n'appartient pas",
        ),
        (["--kind", "pv", "--deliberation", "2021-01"], "ne vaut que pour l'extrait"),
        (["--kind", "pv", "--template", "/nonexistent/entete.docx"], "introuvable"),
        (["--kind", "pv", "--par-membre"], "ne vaut que pour la convocation"),
    ],
)
def test_user_errors_are_one_french_line_and_exit_1(
    demo_db: tuple[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    db, meeting = demo_db
    target = tmp_path / "document.docx"
    code = main(["--db", db, "export", meeting, "--output", str(target), *extra])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.err.count("\n") == 1 and captured.err.startswith("irev-desktop : ")
    assert re.search(message, captured.err), captured.err
    assert "Traceback" not in captured.err
    assert not target.exists()


def test_an_unknown_meeting_is_a_user_error(
    demo_db: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = demo_db
    code = main(["--db", db, "export", "999", "--kind", "pv", "--output", str(tmp_path / "x.docx")])
    assert code == 1
    assert "La séance n° 999 n'existe pas." in capsys.readouterr().err
