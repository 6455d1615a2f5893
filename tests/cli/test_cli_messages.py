"""What the command line says: French from argparse too, never a traceback, a full disk
told plainly, and read commands that never write."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from irev_desktop.cli import build_parser, main, system_error_message
from irev_desktop.cli.parser import translate_message
from irev_desktop.paths import DB_ENV_VAR, AppPaths

# argparse's own English words; none may reach a user.
ENGLISH = re.compile(
    r"usage:|positional arguments|optional arguments|show this help|show program|error:|"
    r"required|invalid choice|choose from|unrecognized|expected|ambiguous|invalid \w+ value|"
    r"Traceback|Error\b|No such file|Permission denied|No space left|Is a directory|"
    r"malformed|database",
)

SUBCOMMANDS = [
    [],
    ["demo"],
    ["selftest"],
    ["meetings"],
    ["show"],
    ["seance"],
    ["backup"],
    ["restore"],
    ["export"],
    ["archive"],
    ["archive", "export"],
    ["archive", "import"],
    ["search"],
    ["search-index"],
    ["search-index", "rebuild"],
    ["generate-archive"],
]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != DB_ENV_VAR}
    env.pop("DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "irev_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("messages") / "irev.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    return db


@pytest.mark.parametrize("command", SUBCOMMANDS, ids=lambda c: " ".join(c) or "programme")
def test_every_help_is_in_french(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main([*command, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("utilisation : irev-desktop")
    assert "affiche cette aide et quitte" in out
    assert not ENGLISH.search(out), ENGLISH.search(out)


def test_the_sections_of_the_help_are_french() -> None:
    text = build_parser().format_help()
    assert "\narguments:\n" in text and "\noptions:\n" in text
    assert "affiche la version du programme et quitte" in text


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["frobnique"], "choix invalide : 'frobnique'"),
        (["--inconnu"], "arguments non reconnus : --inconnu"),
        (["meetings", "--jsn"], "arguments non reconnus : --jsn"),
        (["export", "3"], "arguments obligatoires manquants : --kind, --output"),
        (["export", "3", "--kind", "pv2", "--output", "x.docx"], "choix invalide : 'pv2'"),
        (["show", "trois"], "argument SEANCE : « trois » n'est pas un nombre entier"),
        (["show", "99999999999999999999999"], "argument SEANCE : 99999999999999999999999"),
        (["search", "x", "--limit"], "argument --limit : une valeur est attendue"),
        (["search", "x", "--limit", "0"], "0 n'est pas entre 1 et 100000"),
        (["archive"], "arguments obligatoires manquants : ACTION"),
        (["show", "3", "4"], "arguments non reconnus : 4"),
    ],
)
def test_a_malformed_command_line_is_told_in_french_with_exit_2(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("utilisation : irev-desktop")
    assert " : erreur : " in err and expected in err
    assert not ENGLISH.search(err), err


def test_from_a_terminal_an_unknown_command_and_option_exit_2_in_french() -> None:
    for args in (["frobnique"], ["meetings", "--bavard"]):
        done = run(*args)
        assert done.returncode == 2
        assert "erreur" in done.stderr and not ENGLISH.search(done.stderr), done.stderr
        assert done.stdout == ""


def test_argparse_messages_are_translated() -> None:
    cases = {
        "the following arguments are required: SEANCE": "arguments obligatoires manquants",
        "argument --kind: invalid choice: 'x' (choose from 'pv', 'releve')": "choix invalide",
        "argument --kind: invalid choice: x (choose from pv, releve)": "choisissez parmi pv",
        "argument SEANCE: invalid int value: 'x'": "nombre entier attendu",
        "unrecognized arguments: --x": "arguments non reconnus",
        "ambiguous option: --j could match --json, --jour": "option ambiguë",
        "argument --to: expected one argument": "une valeur est attendue",
        "argument --a: not allowed with argument --b": "incompatible",
        "argument --json: ignored explicit argument 'x'": "valeur inattendue",
        "one of the arguments --a --b is required": "est obligatoire",
        "argument COMMANDE: unknown parser 'x' (choices: a, b)": "commande inconnue",
        "something argparse may say one day": "ligne de commande invalide",
    }
    for english, french in cases.items():
        assert french in translate_message(english), english


@pytest.mark.parametrize(
    "command",
    [
        ["meetings"],
        ["show", "3"],
        ["search", "rapport"],
        ["export", "3", "--kind", "pv", "--output", "{tmp}/pv.docx"],
        ["backup", "{tmp}/copie.sqlite"],
        ["archive", "export", "{tmp}/archive.zip"],
    ],
    ids=lambda c: c[0] if c[0] != "archive" else "archive-export",
)
def test_read_commands_never_create_a_store_nor_its_folder(
    command: list[str], tmp_path: Path
) -> None:
    missing = tmp_path / "absent" / "irev.sqlite"
    argv = [part.format(tmp=tmp_path) for part in command]
    done = run("--db", str(missing), *argv)
    assert done.returncode == 1
    assert done.stderr == (
        f"irev-desktop : Le dossier {missing.parent} n'existe pas : aucune base IREV Desktop "
        "à cet endroit. Vérifiez le chemin ; rien n'a été créé.\n"
    )
    assert not missing.parent.exists()
    empty = tmp_path / "vide.sqlite"
    empty.touch()
    done = run("--db", str(empty), *argv)
    assert done.returncode == 1
    assert "n'est pas une base IREV Desktop" in done.stderr
    assert empty.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vide.sqlite"]


def test_a_command_that_needs_a_store_does_not_create_its_folder(tmp_path: Path) -> None:
    missing = tmp_path / "absent" / "irev.sqlite"
    done = run("--db", str(missing), "search-index", "rebuild")
    assert done.returncode == 1 and "n'existe pas" in done.stderr
    assert not missing.parent.exists()


def test_a_command_that_creates_a_store_creates_its_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "nouveau" / "dossier" / "irev.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    assert db.is_file()


def test_system_errors_are_told_in_french(tmp_path: Path, store: Path) -> None:
    paths = AppPaths(store)
    folder = IsADirectoryError(21, "Is a directory", str(tmp_path))
    assert system_error_message(paths, folder) == (
        f"Impossible d'utiliser le fichier {tmp_path} : c'est un dossier."
    )
    full = OSError(28, "No space left on device", "/media/cle/pv.docx")
    assert system_error_message(paths, full).startswith("Le disque est plein : /media/cle")
    assert "endommagé" in system_error_message(
        paths, sqlite3.DatabaseError("database disk image is malformed")
    )
    message = system_error_message(paths, sqlite3.OperationalError("no such column: x"))
    assert "il manque" not in message and not ENGLISH.search(message.replace(str(store), ""))


def test_a_folder_or_a_damaged_store_given_as_db_is_told_in_french(tmp_path: Path) -> None:
    done = run("--db", str(tmp_path), "meetings")
    assert done.returncode == 1
    assert done.stderr == (
        f"irev-desktop : {tmp_path} est un dossier : indiquez le fichier de données "
        "(par exemple irev.sqlite).\n"
    )
    db = tmp_path / "irev.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])
    done = run("--db", str(db), "show", "3")
    assert done.returncode == 1
    assert "endommagé" in done.stderr
    assert not ENGLISH.search(done.stderr.replace(str(db), "")), done.stderr


@contextlib.contextmanager
def small_disk(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` mounted on ``folder``; the test is skipped where mounting is
    not permitted."""
    folder.mkdir()
    try:
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
            check=True,
            capture_output=True,
        )
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("monter un petit disque (tmpfs) n'est pas permis ici")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False, capture_output=True)


def fill(disk: Path, leave: int) -> None:
    """Fill ``disk`` up to ``leave`` bytes of free space."""
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    with open(disk / "remplissage", "wb") as handle, contextlib.suppress(OSError):
        handle.write(b"\0" * max(free - leave, 0))


def test_a_backup_onto_a_full_disk_says_so_and_leaves_nothing(store: Path, tmp_path: Path) -> None:
    with small_disk(tmp_path / "cle", "64k") as disk:
        done = run("--db", str(store), "backup", str(disk / "copie.sqlite"))
        assert done.returncode == 1
        assert done.stderr.startswith(
            f"irev-desktop : Le disque est plein : la copie {disk / 'copie.sqlite'} "
        )
        assert len(done.stderr.splitlines()) == 1 and "Traceback" not in done.stderr
        assert sorted(p.name for p in disk.iterdir()) == []


def test_an_export_onto_a_full_disk_says_so_and_leaves_nothing(store: Path, tmp_path: Path) -> None:
    with small_disk(tmp_path / "cle", "64k") as disk:
        fill(disk, 4096)
        target = disk / "pv.docx"
        done = run("--db", str(store), "export", "3", "--kind", "pv", "--output", str(target))
        assert done.returncode == 1
        assert done.stderr == (
            f"irev-desktop : Le disque est plein : « {target} » n'a pas pu être écrit ; "
            "aucun fichier partiel n'a été laissé.\n"
        )
        assert sorted(p.name for p in disk.iterdir()) == ["remplissage"]
    assert not (AppPaths(store).logs_dir / "erreurs.log").exists()


def test_an_archive_export_onto_a_full_disk_has_no_traceback(store: Path, tmp_path: Path) -> None:
    with small_disk(tmp_path / "cle", "64k") as disk:
        fill(disk, 4096)
        done = run("--db", str(store), "archive", "export", str(disk / "archive.zip"))
        assert done.returncode == 1, done.stderr
        assert "Traceback" not in done.stderr and len(done.stderr.splitlines()) == 1
