"""``irev-desktop verify``, and what ``show`` and ``export`` say of signed minutes whose
seal fails: tampering and un-signing by SQL, an attached file replaced on disk, a person
renamed (not tampering)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import docx
import pytest

from irev_desktop.cli import main
from irev_desktop.exporters.seal_mark import NON_CONFORMING
from irev_desktop.paths import AppPaths
from irev_desktop.services.attachments import stored_path

SIGNED = 1  # the example's assembly of 30 June 2020, signed
MAIN = 3  # the example's assembly of 8 March 2021, minutes in draft


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "donnees" / "irev.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    capsys.readouterr()
    return path


def sql(db: Path, statement: str, *args: object) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(statement, args)
    conn.close()


def cli(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_example_verifies(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(db, capsys, "verify")
    assert code == 0
    assert out.strip() == "1 séance signée vérifiée : conforme."
    code, out, _ = cli(db, capsys, "verify", "--json")
    data = json.loads(out)
    assert code == 0 and data["ok"] is True
    assert data["meetings"][0]["status"] == "ok" and data["meetings"][0]["seal_version"] == 3
    code, out, _ = cli(db, capsys, "verify", str(MAIN))
    assert code == 0 and "n'est pas signée" in out
    code, _, err = cli(db, capsys, "verify", "99")
    assert code == 1 and "n'existe pas" in err


def test_tampering_by_sql_fails_verify_show_and_export(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sql(db, "UPDATE agenda_item SET notes = 'falsifié' WHERE meeting_id = ?", SIGNED)
    code, out, _ = cli(db, capsys, "verify")
    assert code == 1
    lines = out.strip().splitlines()
    assert lines[0].startswith("Séance n° 1 du mardi 30 juin 2020 : Le procès-verbal signé")
    assert lines[-1] == "1 séance signée vérifiée : 1 altérée."
    data = json.loads(cli(db, capsys, "verify", "--json")[1])
    assert data["ok"] is False and data["meetings"][0]["problems"][0]["kind"] == "content"

    code, out, _ = cli(db, capsys, "show", str(SIGNED))
    assert code == 0
    assert out.startswith("ATTENTION : le procès-verbal signé a été modifié depuis sa signature")
    assert "ALTÉRÉ depuis la signature" in out
    shown = json.loads(cli(db, capsys, "show", str(SIGNED), "--json")[1])
    assert shown["seal"]["status"] == "altered"

    target = tmp_path / "pv.docx"
    code, _, err = cli(db, capsys, "export", str(SIGNED), "--kind", "pv", "--output", str(target))
    assert code == 1 and "--force" in err and not target.exists()
    args = ("export", str(SIGNED), "--kind", "pv", "--output", str(target), "--force")
    assert cli(db, capsys, *args)[0] == 0
    document = docx.Document(str(target))
    assert NON_CONFORMING in " ".join(p.text for p in document.sections[0].header.paragraphs)


def test_a_vote_count_changed(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sql(db, "UPDATE deliberation SET votes_against = votes_against + 2 WHERE meeting_id = ?", 1)
    code, out, _ = cli(db, capsys, "verify", str(SIGNED))
    assert code == 1 and out.strip().endswith("1 altérée.")


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE meeting SET status = 'minutes_draft' WHERE id = ?",
        "UPDATE meeting SET signed_at = NULL WHERE id = ?",
    ],
)
def test_unsigning_by_sql_is_reported(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], statement: str
) -> None:
    sql(db, statement, SIGNED)
    sql(db, "UPDATE meeting SET place = 'ailleurs' WHERE id = ?", SIGNED)
    code, out, _ = cli(db, capsys, "verify")
    assert code == 1
    assert out.strip().splitlines()[-1] == (
        "1 séance signée vérifiée : 1 altérée, 1 à la signature incohérente."
    )
    code, out, _ = cli(db, capsys, "show", str(SIGNED))
    assert out.startswith("ATTENTION : la signature du procès-verbal a été modifiée")
    target = tmp_path / "pv.docx"
    code, _, err = cli(db, capsys, "export", str(SIGNED), "--kind", "pv", "--output", str(target))
    assert code == 1 and "NON CONFORME" in err


def test_an_attachment_replaced_on_disk(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sql(
        db,
        "UPDATE meeting SET status = 'minutes_adopted', adopted_on = '2021-11-25' WHERE id = ?",
        MAIN,
    )
    # Signed through the program, so that its digest is the program's own.
    from irev_desktop.domain.enums import MeetingStatus
    from irev_desktop.services.facade import Services

    paths = AppPaths(db=db)
    with Services.open(paths, write=True) as services:
        services.meetings.change_status(MAIN, MeetingStatus.MINUTES_SIGNED)
        sha256 = services.attachments.attachments(MAIN)[0].sha256
    assert cli(db, capsys, "verify")[1].strip() == "2 séances signées vérifiées : toutes conformes."
    stored_path(paths.attachments_dir, sha256).write_bytes(b"un autre fichier")
    code, out, _ = cli(db, capsys, "verify")
    assert code == 1
    assert "a été remplacé ou modifié sur le disque" in out
    assert out.strip().splitlines()[-1] == (
        "2 séances signées vérifiées : 1 pièce jointe modifiée."
    )
    assert cli(db, capsys, "verify", str(SIGNED))[0] == 0
    code, out, _ = cli(db, capsys, "show", str(MAIN))
    assert out.startswith("ATTENTION : le procès-verbal signé a été modifié")


def test_a_person_renamed_after_signing_is_not_tampering(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sql(
        db,
        "UPDATE person SET last_name = 'Renommée' "
        "WHERE id = (SELECT chair_id FROM meeting WHERE id = ?)",
        SIGNED,
    )
    code, out, _ = cli(db, capsys, "verify")
    assert code == 0 and out.strip().endswith("conforme.")
    code, out, _ = cli(db, capsys, "show", str(SIGNED))
    assert "Renommée" in out and "ATTENTION" not in out and "empreinte vérifiée" in out
    target = tmp_path / "pv.docx"
    assert cli(db, capsys, "export", str(SIGNED), "--kind", "pv", "--output", str(target))[0] == 0
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Empreinte SHA-256 du contenu signé" in text
