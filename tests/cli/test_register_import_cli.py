"""``irev-desktop register-import``: the template, the dry run, the errors, the import."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from irev_desktop.cli import main
from irev_desktop.model.register_import import COLUMNS

from ..register_sheets import IREV_ROWS, row, write_csv, write_xlsx

REGISTER_TABLES = ("organisation", "member", "person", "body", "mandate", "audit_entry")


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as connection:
        return {
            table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in REGISTER_TABLES
        }


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "donnees" / "irev.sqlite"


@pytest.fixture
def demo_db(db: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["--db", str(db), "demo"]) == 0
    capsys.readouterr()
    return db


def test_the_template_is_a_workbook_to_fill_in(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    target = tmp_path / "modele.xlsx"
    assert main(["--db", str(db), "register-import", "--template", str(target)]) == 0
    assert "Modèle écrit" in capsys.readouterr().out
    assert not db.parent.exists()  # no store was needed, none was created
    book = load_workbook(target)
    assert book.sheetnames == ["Registre", "Instructions"]
    sheet = book["Registre"]
    assert [c.value for c in sheet[1]] == [c.title for c in COLUMNS]
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.bold
    assert sheet.column_dimensions["H"].width >= 40  # the functions are long
    assert sheet["A2"].value == "Région Hauts-de-France" and sheet["C2"].value == 40
    assert sheet["L2"].is_date and sheet["L2"].number_format == "DD/MM/YYYY"
    assert sheet.max_row == 15
    instructions = [c.value for c in book["Instructions"]["A"] if c.value]
    assert "Droits statutaires" in instructions and "Début du mandat" in instructions
    assert len(sheet.data_validations.dataValidation) == 4  # lists to choose from


def test_a_dry_run_prints_the_preview_and_writes_nothing(
    tmp_path: Path, demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        row(
            member="Métropole Européenne de Lille",
            rights=5,
            first_name="Claire",
            last_name="Vandamme",
            body="Bureau",
            role="secrétaire",
            start="01/09/2021",
        ),
        IREV_ROWS[0],
    ]
    path = write_xlsx(tmp_path / "bureau.xlsx", rows)
    before = counts(demo_db)

    assert main(["--db", str(demo_db), "register-import", str(path), "--dry-run"]) == 0

    out = capsys.readouterr().out
    assert counts(demo_db) == before
    assert "À créer : 1 membre, 1 personne, 1 mandat, 1 instance (Bureau)." in out
    assert "Déjà au registre, laissés tels quels : 1 membre, 1 personne, 1 mandat." in out
    assert "ligne 2 : Métropole Européenne de Lille · 5 · Claire · Vandamme" in out
    assert "Rien n'a été écrit (--dry-run)." in out

    assert main(["--db", str(demo_db), "register-import", str(path), "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["valid"] is True and data["written"] is None
    assert data["counts"]["members"] == 1 and data["counts"]["mandates_existing"] == 1
    assert data["mandates"][0]["role"] == "secretary" and data["mandates"][0]["body"] == "Bureau"
    assert data["rows"][0]["cells"]["Membre"] == "Métropole Européenne de Lille"
    assert counts(demo_db) == before


def test_errors_exit_1_one_per_line_and_nothing_is_written(
    tmp_path: Path, demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        row(member="Métropole Européenne de Lille", last_name="Vandamme"),
        row(member="Communauté urbaine de Dunkerque", rights="beaucoup"),
        row(first_name="Claire", last_name="Vandamme", body="CX", start="01/09/2021"),
    ]
    path = write_csv(tmp_path / "fautes.csv", rows)
    before = counts(demo_db)

    assert main(["--db", str(demo_db), "register-import", str(path)]) == 1

    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        "irev-desktop : le tableur « fautes.csv » compte 3 erreurs ; rien n'a été importé.",
        "ligne 2 : droits statutaires manquants",
        "ligne 3 : « beaucoup » n'est pas un nombre de droits",
        "ligne 4 : instance « CX » inconnue (instances : AG, CA, Bureau)",
    ]
    assert counts(demo_db) == before

    assert main(["--db", str(demo_db), "register-import", str(path), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["valid"] is False and data["written"] is None
    assert [e["line"] for e in data["errors"]] == [2, 3, 4]
    assert data["errors"][0]["column"] == "Droits statutaires"
    assert counts(demo_db) == before


def test_an_organisation_and_its_register_from_a_csv_on_a_new_store(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "irev.csv", IREV_ROWS, encoding="cp1252")
    base = ["--db", str(db), "register-import", str(path)]

    assert main([*base, "--dry-run"]) == 0  # checked against an empty register
    assert "À créer : 4 membres, 4 personnes, 4 mandats, 2 instances (AG, CA)." in (
        capsys.readouterr().out
    )
    assert not db.exists()
    assert main(base) == 1  # whose organisation?
    assert "--name et --short-name" in capsys.readouterr().err
    assert not db.exists()

    assert main([*base, "--name", "IREV", "--short-name", "IREV", "--city", "Lille"]) == 0
    assert capsys.readouterr().out.strip() == (
        "Import terminé : 4 membres, 4 personnes, 2 instances et 4 mandats créés."
    )
    written = counts(db)
    assert {k: written[k] for k in ("organisation", "member", "person", "body", "mandate")} == {
        "organisation": 1,
        "member": 4,
        "person": 4,
        "body": 2,
        "mandate": 4,
    }
    with sqlite3.connect(db) as connection:
        names = {r[0] for r in connection.execute("SELECT name FROM member")}
    assert "Département du Pas-de-Calais" in names and "État" in names  # Windows-1252 read

    assert main(base) == 0  # again: everything is already there
    assert "0 membre, 0 personne, 0 instance et 0 mandat créés" in capsys.readouterr().out
    assert counts(db)["mandate"] == 4
    assert main([*base, "--name", "Autre", "--short-name", "AUTRE"]) == 1
    assert "a déjà une organisation (IREV)" in capsys.readouterr().err


def test_a_file_with_errors_on_a_new_store_creates_no_store(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docx = tmp_path / "notes.xlsx"
    docx.write_bytes(b"PK\x03\x04 pas un classeur")
    command = ["--db", str(db), "register-import", str(docx), "--name", "IREV"]
    assert main([*command, "--short-name", "IREV"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[1] == (
        "Le fichier « notes.xlsx » n'est pas un classeur Excel lisible (le fichier est endommagé)."
    )
    assert not db.exists() and not db.parent.exists()


def test_the_command_line_is_explained_when_misused(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db), "register-import"]) == 1
    assert "Indiquez le tableur à importer" in capsys.readouterr().err
    template = str(tmp_path / "m.xlsx")
    assert main(["--db", str(db), "register-import", "x.csv", "--template", template]) == 1
    assert "soit --template" in capsys.readouterr().err
