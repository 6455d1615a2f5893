"""Who may write a store: file and folder permissions, and one writer whatever the path.

The permission tests run the program as the user nobody (``setpriv``), since root ignores
file modes; they need root and ``setpriv`` and are skipped otherwise.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from irev_desktop.db.store import Store, StoreNotWritableError, in_use_message
from irev_desktop.domain.errors import StoreError, StoreInUseError
from irev_desktop.paths import DB_ENV_VAR, AppPaths
from irev_desktop.sample_data.demo import load_demo
from irev_desktop.services.facade import Services

NOBODY = 65534
can_switch_user = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("setpriv") is None,
    reason="needs root and setpriv to run as another user",
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def example(db: Path) -> Path:
    with Services.open(AppPaths(db), write=True) as services:
        load_demo(services)
    return db


def as_nobody(*command: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in (DB_ENV_VAR, "XDG_RUNTIME_DIR")}
    env["HOME"] = "/nonexistent"
    return subprocess.run(
        ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *command],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def cli_as_nobody(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return as_nobody(sys.executable, "-m", "irev_desktop", "--db", str(db), *args)


def store_state_as_nobody(db: Path) -> tuple[str, str]:
    """(writable, read_only_reason) of the store opened as the window does, as nobody."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from irev_desktop.db.store import Store\n"
        "from irev_desktop.domain.errors import StoreInUseError\n"
        "from irev_desktop.paths import AppPaths\n"
        f"paths = AppPaths(Path({str(db)!r}))\n"
        "try:\n"
        "    store = Store.open(paths, write=True)\n"
        "except StoreInUseError as error:\n"
        "    print('refus:', error.message, file=sys.stderr)\n"
        "    store = Store.open(paths, write=False)\n"
        "with store.plain_reading() as conn:\n"
        "    count = conn.execute('SELECT count(*) FROM meeting').fetchone()[0]\n"
        "print(store.writable, count)\n"
        "print(store.read_only_reason)\n"
        "store.close()\n"
    )
    done = as_nobody(sys.executable, "-c", script)
    assert done.returncode == 0, done.stderr
    first, reason = done.stdout.splitlines()[:2]
    return first, reason


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder the user nobody can enter (pytest's own tmp_path is root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="irev-acces-"))
    folder.chmod(0o755)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(folder)


@can_switch_user
def test_a_read_only_file_opens_read_only_with_its_reason(shared_dir: Path) -> None:
    folder = shared_dir / "donnees"
    folder.mkdir()
    db = example(folder / "irev.sqlite")
    folder.chmod(0o777)  # the folder is writable by all, the file by root alone
    db.chmod(0o644)
    before = digest(db)
    state, reason = store_state_as_nobody(db)
    assert state == "False 4"
    assert reason.startswith(f"Le fichier {db} est en lecture seule : ")
    reading = cli_as_nobody(db, "meetings")
    assert reading.returncode == 0, reading.stderr
    assert "2021-03-08" in reading.stdout
    writing = cli_as_nobody(db, "demo")
    assert writing.returncode == 1
    assert f"Le fichier {db} est en lecture seule" in writing.stderr
    assert "Traceback" not in writing.stderr + reading.stderr
    assert digest(db) == before


@can_switch_user
def test_a_read_only_folder_opens_read_only_and_is_not_called_damaged(shared_dir: Path) -> None:
    folder = shared_dir / "donnees"
    folder.mkdir()
    db = example(folder / "irev.sqlite")
    db.chmod(0o666)  # the file is writable by all, its folder by root alone
    folder.chmod(0o755)
    before = digest(db)
    files = sorted(p.name for p in folder.iterdir())
    state, reason = store_state_as_nobody(db)
    assert state == "False 4"
    assert reason.startswith(f"Le dossier {folder} n'est pas accessible en écriture")
    for command in (["meetings"], ["show", "3"], ["search", "rapport"]):
        reading = cli_as_nobody(db, *command)
        assert reading.returncode == 0, (command, reading.stderr)
        assert "endommagé" not in reading.stderr
    outside = shared_dir / "copies"
    outside.mkdir(mode=0o777)
    outside.chmod(0o777)
    copied = cli_as_nobody(db, "backup", str(outside / "copie.sqlite"))
    assert copied.returncode == 0, copied.stderr
    writing = cli_as_nobody(db, "demo")
    assert writing.returncode == 1
    assert "n'est pas accessible en écriture" in writing.stderr
    assert "endommagé" not in writing.stderr and "Traceback" not in writing.stderr
    assert digest(db) == before
    assert sorted(p.name for p in folder.iterdir()) == files


def test_opening_for_writing_raises_a_store_in_use_error_when_not_writable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window falls back to reading on a StoreInUseError: a read-only file is one."""
    db = example(tmp_path / "irev.sqlite")
    reason = f"Le fichier {db} est en lecture seule : test."
    monkeypatch.setattr("irev_desktop.db.sqlite_files.write_denied", lambda _path: reason)
    with pytest.raises(StoreNotWritableError) as error:
        Store.open(AppPaths(db), write=True)
    assert isinstance(error.value, StoreInUseError) and error.value.message == reason
    with Store.open(AppPaths(db), write=False) as store:
        assert not store.writable and store.read_only_reason == reason


def test_a_writable_store_has_no_read_only_reason(tmp_path: Path) -> None:
    with Store.open(AppPaths(tmp_path / "irev.sqlite"), write=True) as store:
        assert store.writable and store.read_only_reason is None


def second_opener(first: Path, second: Path) -> None:
    """With ``first`` open for writing, ``second`` (the same file) is read-only."""
    with Store.open(AppPaths(first), write=True) as writer:
        assert writer.writable
        with pytest.raises(StoreInUseError, match="autre instance"):
            Store.open(AppPaths(second), write=True)
        with Store.open(AppPaths(second), write=False) as reader:
            assert not reader.writable
            assert reader.read_only_reason == in_use_message(AppPaths(second))
        done = subprocess.run(
            [sys.executable, "-m", "irev_desktop", "--db", str(second), "demo"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 1
        assert "autre instance" in done.stderr
    with Store.open(AppPaths(second), write=True) as again:  # released with the first
        assert again.writable


def test_a_symbolic_link_to_the_store_shares_its_lock(tmp_path: Path) -> None:
    db = example(tmp_path / "donnees" / "irev.sqlite")
    link = tmp_path / "lien.sqlite"
    link.symlink_to(db)
    second_opener(db, link)
    second_opener(link, db)


def test_a_link_to_the_folder_shares_the_lock(tmp_path: Path) -> None:
    db = example(tmp_path / "donnees" / "irev.sqlite")
    folder_link = tmp_path / "raccourci"
    folder_link.symlink_to(db.parent)
    second_opener(folder_link / "irev.sqlite", db)


@pytest.mark.parametrize("where", ["meme-dossier", "autre-dossier"])
def test_a_hard_link_to_the_store_shares_its_lock(tmp_path: Path, where: str) -> None:
    db = example(tmp_path / "donnees" / "irev.sqlite")
    folder = db.parent if where == "meme-dossier" else tmp_path / "ailleurs"
    folder.mkdir(exist_ok=True)
    hard = folder / "copie-liee.sqlite"
    os.link(db, hard)
    assert hard.stat().st_ino == db.stat().st_ino
    second_opener(db, hard)
    second_opener(hard, db)


def test_reading_never_creates_nor_fills_a_store(tmp_path: Path) -> None:
    missing = tmp_path / "absent" / "irev.sqlite"
    with pytest.raises(StoreError, match="n'existe pas"):
        Store.open(AppPaths(missing), write=False)
    assert not missing.parent.exists()
    empty = tmp_path / "vide.sqlite"
    empty.touch()
    with pytest.raises(StoreError, match="pas une base IREV Desktop"):
        Store.open(AppPaths(empty), write=False)
    assert empty.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vide.sqlite"]


def test_opening_an_existing_store_for_writing_never_creates_one(tmp_path: Path) -> None:
    missing = tmp_path / "absent" / "irev.sqlite"
    with pytest.raises(StoreError, match="n'existe pas"):
        Store.open(AppPaths(missing), write=True, create=False)
    assert not missing.parent.exists()
