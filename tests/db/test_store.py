"""SQLite set-up per connection, corrupt files and a store used by two instances."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from irev_desktop.db import engine as engine_module
from irev_desktop.db import models
from irev_desktop.db.instance_lock import InstanceLock
from irev_desktop.db.store import Store
from irev_desktop.domain.errors import StoreCorruptError, StoreInUseError
from irev_desktop.paths import AppPaths
from irev_desktop.services.facade import Services


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_connection_has_foreign_keys_wal_and_a_busy_timeout(services: Services) -> None:
    with services.store.reading() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_foreign_keys_are_enforced(services: Services) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), services.store.writing() as session:
        session.add(models.Member(organisation_id=999, name="Fantôme", statutory_rights=1))


def test_writes_begin_immediate(services: Services) -> None:
    statements: list[str] = []
    from sqlalchemy import event

    def record(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(services.store.engine, "before_cursor_execute", record)
    services.registry.create_organisation("Groupement", "GIP")
    event.remove(services.store.engine, "before_cursor_execute", record)
    assert statements[0] == "BEGIN IMMEDIATE"


def test_a_failed_write_leaves_nothing(services: Services) -> None:
    with pytest.raises(RuntimeError), services.store.writing() as session:
        session.add(models.Organisation(name="Éphémère", short_name="EPH"))
        session.flush()
        raise RuntimeError("boom")
    assert services.registry.organisations() == []


@pytest.mark.parametrize(
    "content",
    [b"ceci n'est pas une base de donnees" * 100, b"SQLite format 3\x00" + b"\xff" * 5000],
    ids=["texte", "en-tete-puis-dechets"],
)
def test_a_corrupt_file_is_reported_and_never_modified(tmp_path: Path, content: bytes) -> None:
    paths = AppPaths(tmp_path / "irev.sqlite")
    paths.db.write_bytes(content)
    before = digest(paths.db)
    with pytest.raises(StoreCorruptError) as error:
        Store.open(paths, write=True)
    assert str(paths.db) in error.value.message
    assert "Aucune sauvegarde" in error.value.message
    assert digest(paths.db) == before
    assert not paths.db.with_name("irev.sqlite-wal").exists()


def test_the_corrupt_message_names_the_latest_backup(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "irev.sqlite")
    with Services.open(paths, write=True) as services:
        backup = services.backups.automatic_backup("test")
    paths.db.write_bytes(b"garbage" * 1000)
    with pytest.raises(StoreCorruptError) as error:
        Store.open(paths, write=False)
    assert str(backup) in error.value.message


def test_a_truncated_store_is_reported_as_corrupt(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "irev.sqlite")
    with Services.open(paths, write=True) as services:
        services.registry.create_organisation("Groupement", "GIP")
    for suffix in ("-wal", "-shm"):
        paths.db.with_name(paths.db.name + suffix).unlink(missing_ok=True)
    data = paths.db.read_bytes()
    paths.db.write_bytes(data[: len(data) // 3])
    before = digest(paths.db)
    with pytest.raises(StoreCorruptError), Services.open(paths, write=False) as services:
        services.meetings.meetings()
        services.registry.organisations()
    assert digest(paths.db) == before


def test_a_second_instance_can_read_but_not_write(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "irev.sqlite")
    with Services.open(paths, write=True) as first:
        first.registry.create_organisation("Groupement", "GIP")
        with pytest.raises(StoreInUseError, match="autre instance"):
            Services.open(paths, write=True)
        with Services.open(paths, write=False) as second:
            assert [o.short_name for o in second.registry.organisations()] == ["GIP"]
            with pytest.raises(StoreInUseError):
                second.registry.create_organisation("Autre", "AUT")
    # Once the first instance is closed, writing works again.
    with Services.open(paths, write=True) as again:
        again.registry.create_organisation("Autre", "AUT")


def test_a_lock_held_elsewhere_is_released_when_its_holder_goes(tmp_path: Path) -> None:
    lock = InstanceLock(tmp_path / "x.lock")
    other = InstanceLock(tmp_path / "x.lock")
    assert lock.try_acquire()
    assert not other.try_acquire()
    lock.release()
    assert other.try_acquire()
    other.release()


def test_a_database_locked_by_another_writer_gives_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_SECONDS", 0.2)
    paths = AppPaths(tmp_path / "irev.sqlite")
    with Services.open(paths, write=True) as services:
        blocker = sqlite3.connect(paths.db, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreInUseError):
                services.registry.create_organisation("Groupement", "GIP")
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        services.registry.create_organisation("Groupement", "GIP")
        with services.store.reading() as session:
            assert session.scalars(select(models.Organisation.short_name)).all() == ["GIP"]
