"""A team's server: its roles, signed minutes frozen by the database itself, the pieces
kept in the database, and a register copied from a file to a server and back.

Against a real PostgreSQL server (tests/pg_server.py); nothing here runs on a file.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from irev_desktop.cli import main
from irev_desktop.db.server_schema import libpq_conninfo
from irev_desktop.domain.enums import MeetingStatus
from irev_desktop.domain.errors import StoreError, StoreInUseError, ValidationError
from irev_desktop.paths import AppPaths
from irev_desktop.sample_data.demo import load_demo
from irev_desktop.services.facade import Services

from ..pg_server import PgServer

pytestmark = pytest.mark.postgresql

_names = itertools.count(1)
PASSWORD = "un mot de passe assez long"


@pytest.fixture
def server(pg_server: PgServer) -> PgServer:
    return pg_server


@pytest.fixture
def team_db(server: PgServer) -> Iterator[str]:
    """An empty database, prepared by ``server init`` as its owner would."""
    name = f"equipe{next(_names)}"
    url = server.create_database(name)
    try:
        Services.init_server(url)
        yield name
    finally:
        server.drop_database(name)


def _signed_meeting(services: Services) -> int:
    return next(
        m.id for m in services.meetings.meetings() if m.status is MeetingStatus.MINUTES_SIGNED
    )


def _demo_with_a_signed_meeting(services: Services) -> int:
    load_demo(services)
    return _signed_meeting(services)


def test_init_makes_the_two_roles_and_can_be_run_again(server: PgServer, team_db: str) -> None:
    again = Services.init_server(server.url(team_db))
    assert again.roles == (f"{team_db}_secretariat", f"{team_db}_lecture")
    assert again.created == ()  # made by the first run
    with psycopg.connect(libpq_conninfo(server.url(team_db))) as connection:
        roles = {r for (r,) in connection.execute("SELECT rolname FROM pg_roles")}
    assert {f"{team_db}_secretariat", f"{team_db}_lecture"} <= roles


def test_a_reader_opens_read_only_and_cannot_write(
    server: PgServer, team_db: str, tmp_path: Path
) -> None:
    with Services.open(AppPaths.for_server(server.url(team_db), tmp_path), write=True) as admin:
        load_demo(admin)
    Services.add_server_user(server.url(team_db), "lea", "lecture", PASSWORD)
    reader = AppPaths.for_server(server.login_url(team_db, "lea", PASSWORD), tmp_path / "lea")
    with Services.open(reader, write=True) as services:
        assert not services.store.writable
        assert "lecture" in (services.store.read_only_reason or "")
        assert services.meetings.meetings()  # reads
        with pytest.raises(StoreInUseError, match="lecture"):
            services.registry.create_organisation("Autre GIP", "AUTRE")
    # Even by SQL, behind the program's back, the role may not write.
    conninfo = libpq_conninfo(server.login_url(team_db, "lea", PASSWORD))
    with (
        psycopg.connect(conninfo) as connection,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        connection.execute("UPDATE meeting SET title = 'x'")


def test_a_secretary_writes_but_signed_minutes_are_frozen_by_the_database(
    server: PgServer, team_db: str, tmp_path: Path
) -> None:
    with Services.open(AppPaths.for_server(server.url(team_db), tmp_path), write=True) as admin:
        signed = _demo_with_a_signed_meeting(admin)
    Services.add_server_user(server.url(team_db), "sam", "secretariat", PASSWORD)
    url = server.login_url(team_db, "sam", PASSWORD)
    with Services.open(AppPaths.for_server(url, tmp_path / "sam"), write=True) as services:
        assert services.store.writable
        services.registry.create_organisation("Autre GIP", "AUTRE")
        with pytest.raises(ValidationError, match="signé"):
            services.meetings.change_status(signed, MeetingStatus.MINUTES_DRAFT)
    with psycopg.connect(libpq_conninfo(url)) as connection:
        for statement in (
            f"UPDATE meeting SET title = 'réécrit' WHERE id = {signed}",
            f"UPDATE meeting SET status = 'minutes_draft' WHERE id = {signed}",
            f"DELETE FROM meeting WHERE id = {signed}",
            f"UPDATE agenda_item SET notes = 'réécrit' WHERE meeting_id = {signed}",
            f"DELETE FROM attendance WHERE meeting_id = {signed}",
            f"UPDATE seal SET digest = repeat('0', 64) WHERE meeting_id = {signed}",
            f"UPDATE deliberation SET title = 'réécrit' WHERE meeting_id = {signed}",
            "UPDATE presence SET left_at = NULL WHERE attendance_id IN "
            f"(SELECT id FROM attendance WHERE meeting_id = {signed})",
        ):
            assert _refusal(connection, statement) == "IRV01", statement
        # Nor in one transaction that first touches the meeting row, then rewrites it.
        assert (
            _refusal(
                connection,
                f"UPDATE meeting SET chair_id = chair_id WHERE id = {signed}; "
                f"UPDATE meeting SET title = 'réécrit', status = 'minutes_draft' "
                f"WHERE id = {signed}",
            )
            == "IRV01"
        )
        # Nor with a temporary table standing in for the meeting.
        assert _refusal(connection, "CREATE TEMP TABLE meeting (id int, status text)") in ("42501",)
        # Nor can the role take the guard away or empty the tables around it.
        for statement in (
            "ALTER TABLE meeting DISABLE TRIGGER irev_guard",
            "TRUNCATE meeting CASCADE",
            f"SET irev.chargement = 'on'; UPDATE meeting SET title = 'x' WHERE id = {signed}",
        ):
            assert _refusal(connection, statement) in ("42501", "IRV01"), statement
    with Services.open(AppPaths.for_server(url, tmp_path / "sam"), write=False) as services:
        assert not services.meetings.check_seal(signed).failed


def _refusal(connection: psycopg.Connection[tuple[object, ...]], statement: str) -> str | None:
    """The SQLSTATE the server refused ``statement`` with (None: it was carried out)."""
    try:
        connection.execute(statement)  # type: ignore[arg-type]
    except psycopg.Error as error:
        connection.rollback()
        return error.sqlstate
    connection.rollback()
    return None


def test_a_login_name_and_password_are_checked(server: PgServer, team_db: str) -> None:
    url = server.url(team_db)
    with pytest.raises(ValidationError, match="identifiant"):
        Services.add_server_user(url, "Léa Dupont", "lecture", PASSWORD)
    with pytest.raises(ValidationError, match="12 caractères"):
        Services.add_server_user(url, "lea", "lecture", "court")
    with pytest.raises(ValidationError, match="Rôle inconnu"):
        Services.add_server_user(url, "lea", "admin", PASSWORD)


def test_pieces_live_in_the_database_for_the_whole_team(
    server: PgServer, team_db: str, tmp_path: Path
) -> None:
    url = server.url(team_db)
    with Services.open(AppPaths.for_server(url, tmp_path / "poste-a"), write=True) as first:
        meeting = load_demo(first).main_meeting_id
        row = first.attachments.attach_bytes(meeting, "rapport d'activité.txt", b"bilan 2020")
    # Another computer, another local folder: the same file.
    with Services.open(AppPaths.for_server(url, tmp_path / "poste-b"), write=False) as second:
        assert second.attachments.read_bytes(row.id) == b"bilan 2020"
        copy = second.attachments.file_path(row.id)
        assert copy.name == "rapport d'activité.txt"
        assert copy.read_bytes() == b"bilan 2020"
        assert copy.is_relative_to(tmp_path / "poste-b")
    assert not (tmp_path / "poste-a" / "serveurs").exists() or not any(
        (tmp_path / "poste-a").rglob("*-pieces")
    )


def test_a_register_goes_to_a_server_and_back_identical(
    server: PgServer, pg_template: str, tmp_path: Path
) -> None:
    source = AppPaths(tmp_path / "source" / "irev.sqlite")
    with Services.open(source, write=True) as services:
        load_demo(services)
        meeting = services.meetings.meetings()[0].id
        services.attachments.attach_bytes(meeting, "annexe.pdf", b"%PDF-1.4 annexe")
        sealed = len(services.meetings.sealed_meetings())
    name = f"copie{next(_names)}"
    url = server.create_database(name, template=pg_template)
    try:
        there = AppPaths.for_server(url, tmp_path / "local")
        report = Services.copy_store(source, there)
        assert report.identical, report
        assert report.seals == sealed > 0 and not report.seals_failed_target
        assert report.pieces >= 1 and not report.pieces_failed
        # Every table compared, with its rows.
        assert {t.name for t in report.tables} >= {"meeting", "seal", "attachment"}
        back = AppPaths(tmp_path / "retour" / "irev.sqlite")
        report_back = Services.copy_store(there, back)
        assert report_back.identical, report_back
        with Services.open(back, write=False) as services:
            assert len(services.meetings.sealed_meetings()) == sealed
            assert all(
                not services.meetings.check_seal(i).failed
                for i in services.meetings.sealed_meetings()
            )
        # The server's ids go on after the copied ones.
        with Services.open(there, write=True) as services:
            new = services.registry.create_organisation("Un nouveau membre", "NOUVEAU")
            assert new.id > 1
    finally:
        server.drop_database(name)


def test_copy_refuses_a_target_that_is_not_empty(
    server: PgServer, pg_template: str, tmp_path: Path
) -> None:
    source = AppPaths(tmp_path / "a.sqlite")
    with Services.open(source, write=True) as services:
        load_demo(services)
    name = f"pleine{next(_names)}"
    url = server.create_database(name, template=pg_template)
    try:
        target = AppPaths.for_server(url, tmp_path / "local")
        with Services.open(target, write=True) as services:
            load_demo(services)
        with pytest.raises(ValidationError, match=r"pas vide|contient"):
            Services.copy_store(source, target)
    finally:
        server.drop_database(name)


def test_the_commands_init_a_server_add_a_login_and_copy(
    server: PgServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "registre.sqlite"
    assert main(["--db", str(source), "demo"]) == 0
    name = f"cli{next(_names)}"
    url = server.create_database(name).replace("postgresql+psycopg://", "postgresql://")
    try:
        assert main(["--db", url, "server", "init"]) == 0
        secret = tmp_path / "mdp.txt"
        secret.write_text(PASSWORD + "\n", encoding="utf-8")
        assert (
            main(
                [
                    "--db",
                    url,
                    "server",
                    "user",
                    "sam",
                    "--role",
                    "secretariat",
                    "--password-file",
                    str(secret),
                ]
            )
            == 0
        )
        capsys.readouterr()
        assert main(["copy-store", "--from", str(source), "--to", url]) == 0
        out = capsys.readouterr().out
        assert "identiques." in out and "tous valides." in out
        # A second copy into the same, now full, base is refused with a French message.
        assert main(["copy-store", "--from", str(source), "--to", url]) == 1
        assert "irev-desktop :" in capsys.readouterr().err
        assert main(["--db", str(source), "server", "init"]) == 1
    finally:
        server.drop_database(name)


def test_the_readme_setup_works_with_an_owner_who_is_not_a_superuser(
    server: PgServer, tmp_path: Path
) -> None:
    """As the README says: an owner with CREATEROLE, a database of theirs, server init,
    two logins; the secretary writes, the reader reads."""
    owner = f"proprietaire{next(_names)}"
    name = f"equipe{next(_names)}"
    server.admin(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD '{PASSWORD}'")
    server.admin(f"CREATE DATABASE {name} OWNER {owner} TEMPLATE template0 ENCODING 'UTF8'")
    try:
        url = server.login_url(name, owner, PASSWORD)
        done = Services.init_server(url)
        assert set(done.created) == {f"{name}_secretariat", f"{name}_lecture"}
        Services.add_server_user(url, f"lea{name}", "secretariat", PASSWORD)
        Services.add_server_user(url, f"sam{name}", "lecture", PASSWORD)
        secretary = AppPaths.for_server(
            server.login_url(name, f"lea{name}", PASSWORD), tmp_path / "lea"
        )
        with Services.open(secretary, write=True) as services:
            assert services.store.writable
            load_demo(services)
        reader = AppPaths.for_server(
            server.login_url(name, f"sam{name}", PASSWORD), tmp_path / "sam"
        )
        with Services.open(reader, write=True) as services:
            assert not services.store.writable
            assert services.meetings.meetings()
            assert services.search.search("assemblée")
    finally:
        server.drop_database(name)


def test_a_login_password_never_reaches_the_servers_log(server: PgServer, team_db: str) -> None:
    """Even a refused attempt (the server logs the statement it refused) shows only the
    password's SCRAM hash."""
    secret = "Secret-Alice-2026-unique"
    weak = f"faible{next(_names)}"
    server.admin(f"CREATE ROLE {weak} LOGIN PASSWORD '{PASSWORD}'")
    url = server.login_url(team_db, weak, PASSWORD)
    server.admin(f"GRANT CONNECT ON DATABASE {team_db} TO {weak}")
    with pytest.raises(StoreError):
        Services.add_server_user(url, "alice", "lecture", secret)
    Services.add_server_user(server.url(team_db), "alice", "lecture", secret)
    assert secret not in server.log_file.read_text(errors="replace")
