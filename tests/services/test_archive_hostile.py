"""Hostile or broken archives: sizes that lie, zip bombs, control characters, lone
surrogates, texts beyond the program's own limits, and imports that die half-way.

Every refusal leaves the store as it was: same rows, no new file in the attachments
folder, no partial file left.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import random
import re
import sqlite3
import subprocess
import sys
import textwrap
import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Text, select

from irev_desktop.db import models
from irev_desktop.db.columns import column_kind
from irev_desktop.db.kinds import Kind
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.french import format_number_fr
from irev_desktop.model.inputs import MeetingHeader
from irev_desktop.paths import AppPaths
from irev_desktop.services import actions, agenda, attachments, deliberations, registry
from irev_desktop.services import archive as archive_module
from irev_desktop.services.archive import ArchiveLimits, ArchiveService, text_rule, zip_reader
from irev_desktop.services.archive import service as archive_service
from irev_desktop.services.facade import Services
from irev_desktop.services.partial_files import PARTIAL_PREFIX, remove_partial_files

from .test_archive import dump, fill, open_store, pieces_on_disk, read_zip

MIB = 1024**2
# Characters a terminal may take for a command, and the search's highlight markers.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


# Helpers ---------------------------------------------------------------------------------


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Services]:
    services = open_store(tmp_path / "a")
    fill(services)
    yield services
    services.close()


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Services]:
    services = open_store(tmp_path / "b")
    yield services
    services.close()


@pytest.fixture
def good(source: Services, tmp_path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The document and the pieces of a good archive, to be broken by each test."""
    path = tmp_path / "bonne.zip"
    ArchiveService(source.store).export(path)
    document, pieces = read_zip(path)
    return document, pieces


def folder_listing(services: Services) -> list[str]:
    """Every entry of the attachments folder, partial files included."""
    folder = services.paths.attachments_dir
    if not folder.is_dir():
        return []
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


def snapshot(services: Services) -> tuple[Any, ...]:
    return (
        dump(services, skip_archive_audit=False),
        pieces_on_disk(services),
        folder_listing(services),
        services.paths.latest_backup(),
    )


def refused(
    services: Services,
    archive: Path,
    message: str,
    *,
    replace: bool = False,
    limits: ArchiveLimits | None = None,
) -> str:
    """Import ``archive``, expect a refusal matching ``message``; the store is unchanged."""
    before = snapshot(services)
    with pytest.raises(ValidationError, match=message) as caught:
        ArchiveService(services.store).import_archive(archive, replace=replace, limits=limits)
    assert snapshot(services) == before
    assert not any(PARTIAL_PREFIX in name for name in folder_listing(services))
    text = caught.value.message
    text.encode("utf-8")  # printable as it is: no lone surrogate
    assert not CONTROL.search(text)
    return text


def with_piece(document: dict[str, Any], pieces: dict[str, bytes], data: bytes) -> dict[str, bytes]:
    """The archive's members with one more attached file (a row and its piece)."""
    sha = hashlib.sha256(data).hexdigest()
    rows = document["tables"]["attachment"]
    row = dict(rows[0], id=max(r["id"] for r in rows) + 1, sha256=sha, size=len(data))
    row["original_name"] = "gros.bin"
    rows.append(row)
    return {"archive.json": json.dumps(document).encode(), **pieces, f"pieces/{sha}": data}


def zip_of(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def set_value(document: dict[str, Any], table: str, column: str, value: Any) -> None:
    document["tables"][table][0][column] = value


def random_text(length: int, seed: int = 8) -> str:
    """A text deflate cannot shrink much (unlike "aaa…", which it would take for a bomb)."""
    rng = random.Random(seed)
    return "".join(rng.choices("abcdefghijklmnopqrstuvwxyz éèàç,.", k=length))


def lie_about_size(path: Path, name: str, size: int) -> None:
    """Rewrite the uncompressed size the zip's headers state for ``name``."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        offset = archive.getinfo(name).header_offset
    data[offset + 22 : offset + 26] = size.to_bytes(4, "little")  # local header
    encoded = name.encode()
    start = 0
    while (start := data.find(b"PK\x01\x02", start)) != -1:  # central directory
        length = int.from_bytes(data[start + 28 : start + 30], "little")
        if data[start + 46 : start + 46 + length] == encoded:
            data[start + 24 : start + 28] = size.to_bytes(4, "little")
        start += 4
    path.write_bytes(bytes(data))


# The limits are the program's own ---------------------------------------------------------


def test_default_limits_are_those_of_the_rest_of_the_program() -> None:
    limits = ArchiveLimits.default()
    assert limits.piece_bytes == attachments.MAX_ATTACHMENT_BYTES == 500 * MIB
    assert limits.json_bytes == archive_module.MAX_JSON_BYTES == 512 * MIB
    assert limits.total_bytes == archive_module.MAX_TOTAL_BYTES == 2 * 1024**3
    tables = models.Base.metadata.tables
    expected = {
        ("agenda_item", "notes"): agenda.MAX_NOTES_LENGTH,
        ("note_revision", "text"): agenda.MAX_NOTES_LENGTH,
        ("deliberation", "text"): deliberations.MAX_DELIBERATION_TEXT,
        ("action_item", "description"): actions.MAX_ACTION_LENGTH,
        ("organisation", "address"): registry.MAX_ADDRESS_LENGTH,
    }
    for (table, column), limit in expected.items():
        rule = text_rule(tables[table].c[column])
        assert rule.multiline and rule.limit == limit, (table, column)
    assert archive_module.binary_limit(tables["organisation"].c.logo) == registry.MAX_LOGO_BYTES


def test_every_text_column_has_its_cleaner_and_its_limit() -> None:
    """A column with a length is one line, cut at its length, as the services type it;
    every text column without one is listed with the limit of the service writing it."""
    for table in models.Base.metadata.sorted_tables:
        for column in table.columns:
            if column_kind(column) is not Kind.STRING:
                continue
            rule = text_rule(column)
            if isinstance(column.type, Text):
                assert (table.name, column.name) in archive_module.MULTILINE_TEXTS, column
            else:
                length = archive_module.max_length(column)
                assert not rule.multiline and rule.limit == length, column


def test_the_services_apply_the_same_limits(services: Services, tmp_path: Path) -> None:
    """The constants the archive reuses are the ones the services enforce."""
    org = services.registry.create_organisation("Institut", "IREV")
    with pytest.raises(ValidationError):
        services.registry.create_organisation(
            "Autre", "AUTRE", address="x" * (registry.MAX_ADDRESS_LENGTH + 1)
        )
    body = services.registry.add_body(org.id, "Assemblée générale", "AG")
    meeting = services.meetings.create_meeting(
        body.id, MeetingHeader(title="AG", date=dt.date(2021, 3, 8))
    )
    item = services.agenda.add_item(meeting.id, agenda.ItemFields("Point"))
    with pytest.raises(ValidationError):
        services.agenda.save_notes(item.id, "x" * (agenda.MAX_NOTES_LENGTH + 1))
    with pytest.raises(ValidationError):
        services.actions.add_action(meeting.id, "x" * (actions.MAX_ACTION_LENGTH + 1))
    with pytest.raises(ValidationError):
        services.deliberations.record_unanimous(
            meeting.id, "Titre", "x" * (deliberations.MAX_DELIBERATION_TEXT + 1)
        )
    big = tmp_path / "gros.bin"
    with big.open("wb") as handle:  # sparse: nothing is written
        handle.truncate(attachments.MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(ValidationError, match="ne peut être joint"):
        services.attachments.attach_file(meeting.id, big)


# Sizes ------------------------------------------------------------------------------------


def test_a_zip_bomb_is_refused_by_its_header_with_the_real_limits(
    good: tuple[dict[str, Any], dict[str, bytes]], empty: Services, source: Services, tmp_path: Path
) -> None:
    document, pieces = good
    bomb = b"\0" * (8 * MIB)  # deflates to about 8 KB
    members = with_piece(document, pieces, bomb)
    path = zip_of(tmp_path / "bombe.zip", members)
    assert path.stat().st_size < 100_000
    name = f"pieces/{hashlib.sha256(bomb).hexdigest()}"
    for store, replace in ((empty, False), (source, True)):
        text = refused(store, path, "bombe de décompression", replace=replace)
        assert name in text and "8 Mio" in text


def test_a_zip_bomb_in_archive_json_is_refused_before_it_is_parsed(
    good: tuple[dict[str, Any], dict[str, bytes]], empty: Services, tmp_path: Path
) -> None:
    document, pieces = good
    set_value(document, "agenda_item", "notes", "a" * (20 * MIB))  # 10 × the notes' limit
    members = {"archive.json": json.dumps(document).encode(), **pieces}
    path = zip_of(tmp_path / "bombe.zip", members)
    text = refused(empty, path, r"l'élément archive\.json se décompresse en .* bombe")
    assert "20 Mio au moins, à partir de" in text


def test_a_piece_larger_than_an_attachment_is_refused_by_its_header(
    good: tuple[dict[str, Any], dict[str, bytes]], empty: Services, tmp_path: Path
) -> None:
    document, pieces = good
    data = random.Random(1).randbytes(2 * MIB)  # does not compress: no bomb
    path = zip_of(tmp_path / "gros.zip", with_piece(document, pieces, data))
    limits = ArchiveLimits(1 * MIB, 512 * MIB, 2 * 1024**3, 100, 1 * MIB)
    name = f"pieces/{hashlib.sha256(data).hexdigest()}"
    text = refused(empty, path, "pour une pièce jointe", limits=limits)
    assert text == (
        f"Archive invalide : l'élément {name} annonce {format_number_fr(2 * MIB)} octets une "
        "fois décompressé, pour 1 Mio au plus pour une pièce jointe (le plus gros fichier "
        "que l'on puisse joindre)."
    )


def test_a_member_that_lies_about_its_size_is_refused_after_one_chunk(
    good: tuple[dict[str, Any], dict[str, bytes]], empty: Services, tmp_path: Path
) -> None:
    """The header says 1 KB, the member holds 50 MB: read no further than the header's
    word (then the checksum fails), and memory stays flat."""
    document, pieces = good
    data = random.Random(2).randbytes(1024) * (50 * 1024)  # 50 MB, repeats: a small zip
    name = f"pieces/{hashlib.sha256(data).hexdigest()}"
    path = zip_of(tmp_path / "menteuse.zip", with_piece(document, pieces, data))
    lie_about_size(path, name, 1024)
    assert path.stat().st_size < 1 * MIB
    tracemalloc.start()
    try:
        text = refused(empty, path, "illisible ou endommagé")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert name in text
    assert peak < 8 * MIB, peak


def test_the_reader_never_reads_past_the_limit_whatever_the_header(tmp_path: Path) -> None:
    """Even if zipfile believed a header claiming more, the reader stops at the limit."""
    data = random.Random(3).randbytes(1024) * (50 * 1024)  # 50 MB
    path = zip_of(tmp_path / "un.zip", {"pieces/" + "a" * 64: data})
    limits = ArchiveLimits(4 * MIB, 512 * MIB, 2 * 1024**3, 10**6, 1 * MIB)
    with zipfile.ZipFile(path) as archive:
        info = archive.infolist()[0]
        info.file_size = 10**9  # a header claiming far more than the member holds
        read = 0
        tracemalloc.start()
        try:
            with pytest.raises(
                ValidationError, match="dépasse, une fois décompressé, les 4 Mio admis"
            ) as caught:
                for chunk in zip_reader.chunks(archive, info, limits):
                    read += len(chunk)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert read <= 4 * MIB
    assert peak < 8 * MIB, peak
    assert "pieces/" + "a" * 64 in caught.value.message


def test_compression_methods_other_than_deflate_are_refused(
    good: tuple[dict[str, Any], dict[str, bytes]], empty: Services, tmp_path: Path
) -> None:
    document, pieces = good
    members = {"archive.json": json.dumps(document).encode(), **pieces}
    path = zip_of(tmp_path / "bz2.zip", members, zipfile.ZIP_BZIP2)
    refused(empty, path, r"l'élément archive\.json est compressé par une méthode non admise")


def test_too_large_a_total_names_the_piece(
    good: tuple[dict[str, Any], dict[str, bytes]],
    empty: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document, pieces = good
    path = zip_of(tmp_path / "total.zip", {"archive.json": json.dumps(document).encode(), **pieces})
    monkeypatch.setattr(zip_reader, "MAX_TOTAL_BYTES", 1000)
    refused(empty, path, "son contenu décompressé dépasse 2 Gio")


# Texts ------------------------------------------------------------------------------------


def stored_texts(db: Path) -> list[str]:
    """Every text value of every table, read with sqlite3 as it is stored."""
    connection = sqlite3.connect(db)
    try:
        values: list[str] = []
        for table in models.Base.metadata.sorted_tables:
            for column in table.columns:
                query = f'SELECT "{column.name}" FROM "{table.name}"'
                values.extend(v for (v,) in connection.execute(query) if isinstance(v, str))
        return values
    finally:
        connection.close()


def test_control_characters_are_cleaned_as_when_typing(
    good: tuple[dict[str, Any], dict[str, bytes]], empty: Services, tmp_path: Path
) -> None:
    document, pieces = good
    set_value(document, "meeting", "title", "AG\x1b[2J\x1b]0;pirate\x07 du\n8 mars\x00")
    set_value(document, "agenda_item", "notes", "Ligne\x02 une\x03\r\nligne\x0b deux\x9b31m\x1b")
    set_value(document, "person", "last_name", "  Mar\ttin\x7f ")
    set_value(document, "action_item", "description", "\n Publier\x1b le rapport \n")
    set_value(document, "deliberation", "text", "Texte\x00 adopté.\u2028Fin")
    set_value(document, "organisation", "address", "1 rue\x1b\nLille")
    path = zip_of(
        tmp_path / "controles.zip", {"archive.json": json.dumps(document).encode(), **pieces}
    )
    ArchiveService(empty.store).import_archive(path)
    with empty.store.reading() as session:
        assert session.scalar(select(models.Meeting.title)) == "AG[2J]0;pirate du 8 mars"
        assert session.scalar(select(models.AgendaItem.notes)) == "Ligne une\nligne\n deux31m"
        person = session.get(models.Person, document["tables"]["person"][0]["id"])
        assert person is not None and person.last_name == "Mar tin"
        assert session.scalar(select(models.ActionItem.description)) == "Publier le rapport"
        assert session.scalar(select(models.Deliberation.text)) == "Texte adopté.\nFin"
        assert session.scalar(select(models.Organisation.address)) == "1 rue\nLille"
    texts = stored_texts(empty.paths.db)
    assert texts and not any(CONTROL.search(text) for text in texts)


def test_an_archive_the_program_wrote_is_not_changed_by_the_cleaning(tmp_path: Path) -> None:
    """Generated years of records, with signed minutes: the import stores exactly what
    was exported, and every seal still verifies."""
    from irev_desktop.sample_data.generator import generate_archive

    with open_store(tmp_path / "g") as generated, open_store(tmp_path / "h") as copy:
        generate_archive(generated.store, years=1, seed=7)
        path = tmp_path / "g.zip"
        ArchiveService(generated.store).export(path)
        ArchiveService(copy.store).import_archive(path)
        assert dump(copy) == dump(generated)
        signed = [m.id for m in copy.meetings.meetings() if m.status.value == "minutes_signed"]
        assert signed
        assert all(copy.meetings.verify_signature(i) for i in signed)


def test_a_text_beyond_the_notes_limit_is_refused(
    good: tuple[dict[str, Any], dict[str, bytes]], empty: Services, tmp_path: Path
) -> None:
    document, pieces = good
    limit = agenda.MAX_NOTES_LENGTH
    set_value(document, "agenda_item", "notes", random_text(limit))
    members = {"archive.json": json.dumps(document).encode(), **pieces}
    ArchiveService(empty.store).import_archive(zip_of(tmp_path / "juste.zip", members))
    with empty.store.reading() as session:
        assert len(session.scalar(select(models.AgendaItem.notes)) or "") == limit

    set_value(document, "agenda_item", "notes", random_text(limit + 1))
    members = {"archive.json": json.dumps(document).encode(), **pieces}
    path = zip_of(tmp_path / "trop.zip", members)
    expected = (
        "Archive invalide : table agenda_item, ligne 1, colonne notes : le texte fait "
        f"{format_number_fr(limit + 1)} caractères, pour {format_number_fr(limit)} au plus."
    )
    with open_store(tmp_path / "c") as other:
        assert refused(other, path, "colonne notes") == expected


@pytest.mark.parametrize(
    ("table", "column", "limit"),
    [
        ("meeting", "title", 300),
        ("deliberation", "text", deliberations.MAX_DELIBERATION_TEXT),
        ("action_item", "description", actions.MAX_ACTION_LENGTH),
        ("organisation", "address", registry.MAX_ADDRESS_LENGTH),
        ("audit_entry", "summary", archive_module.MAX_AUDIT_SUMMARY_LENGTH),
    ],
)
def test_texts_beyond_their_column_limit_are_refused(
    table: str,
    column: str,
    limit: int,
    good: tuple[dict[str, Any], dict[str, bytes]],
    empty: Services,
    tmp_path: Path,
) -> None:
    document, pieces = good
    set_value(document, table, column, random_text(limit + 1).replace(" ", "x"))
    path = zip_of(tmp_path / "long.zip", {"archive.json": json.dumps(document).encode(), **pieces})
    refused(
        empty,
        path,
        f"^Archive invalide : table {table}, ligne 1, colonne {column} : le texte fait "
        f"{format_number_fr(limit + 1)} caractères, pour {format_number_fr(limit)} au plus.$",
    )


def test_a_huge_text_is_refused_before_it_is_cleaned(
    good: tuple[dict[str, Any], dict[str, bytes]], empty: Services, tmp_path: Path
) -> None:
    document, pieces = good
    set_value(document, "meeting", "title", random_text(10_000))
    path = zip_of(tmp_path / "long.zip", {"archive.json": json.dumps(document).encode(), **pieces})
    refused(
        empty,
        path,
        f"colonne title : le texte fait {format_number_fr(10_000)} caractères, pour 300 au plus",
    )


def test_a_logo_beyond_its_limit_is_refused(
    good: tuple[dict[str, Any], dict[str, bytes]], empty: Services, tmp_path: Path
) -> None:
    document, pieces = good
    logo = random.Random(4).randbytes(registry.MAX_LOGO_BYTES + 3)
    set_value(document, "organisation", "logo", base64.b64encode(logo).decode())
    path = zip_of(tmp_path / "logo.zip", {"archive.json": json.dumps(document).encode(), **pieces})
    refused(empty, path, "table organisation, ligne 1, colonne logo : la valeur fait")


# Lone surrogates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "column", "value", "message"),
    [
        (
            "meeting",
            "title",
            "AG \ud800 du 8 mars",
            r"table meeting, ligne 1, colonne title : le texte contient un demi-caractère "
            r"UTF-16 isolé \(U\+D800, position 4\)",
        ),
        ("agenda_item", "notes", "notes \udfff", "colonne notes : le texte contient"),
        ("meeting", "mode", "video\udc00", "colonne mode : le texte contient"),
        ("meeting", "date", "2021-03-0\ud801", "colonne date : le texte contient"),
    ],
)
def test_lone_surrogates_are_refused_with_a_french_message(
    table: str,
    column: str,
    value: str,
    message: str,
    good: tuple[dict[str, Any], dict[str, bytes]],
    empty: Services,
    tmp_path: Path,
) -> None:
    document, pieces = good
    set_value(document, table, column, value)
    # json.dumps writes "\ud800" as an escape: the archive is valid UTF-8.
    payload = json.dumps(document).encode("utf-8")
    path = zip_of(tmp_path / "demi.zip", {"archive.json": payload, **pieces})
    refused(empty, path, message)


def test_a_lone_surrogate_in_a_column_name_is_refused_and_printable(
    good: tuple[dict[str, Any], dict[str, bytes]], empty: Services, tmp_path: Path
) -> None:
    document, pieces = good
    set_value(document, "person", "nom\ud800\x1b[31m", "x")
    path = zip_of(tmp_path / "cle.zip", {"archive.json": json.dumps(document).encode(), **pieces})
    text = refused(empty, path, "la colonne « nom")
    assert "\ufffd" in text


# Partial files ----------------------------------------------------------------------------


def test_a_failed_write_removes_the_files_it_had_added(
    good: tuple[dict[str, Any], dict[str, bytes]],
    empty: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document, pieces = good
    path = zip_of(tmp_path / "ok.zip", {"archive.json": json.dumps(document).encode(), **pieces})

    def failing_insert(*_args: object) -> object:
        assert pieces_on_disk(empty)  # the pieces were copied before the rows
        raise RuntimeError("panne")

    monkeypatch.setattr(archive_service, "insert", failing_insert)
    before = snapshot(empty)
    with pytest.raises(RuntimeError, match="panne"):
        ArchiveService(empty.store).import_archive(path)
    assert snapshot(empty) == before


def test_an_interrupted_copy_leaves_no_partial_file(
    good: tuple[dict[str, Any], dict[str, bytes]],
    empty: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document, pieces = good
    path = zip_of(tmp_path / "ok.zip", {"archive.json": json.dumps(document).encode(), **pieces})

    def interrupted(_fd: int) -> None:
        assert any(PARTIAL_PREFIX in name for name in folder_listing(empty))
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    before = snapshot(empty)
    with pytest.raises(KeyboardInterrupt):
        ArchiveService(empty.store).import_archive(path)
    monkeypatch.undo()
    assert snapshot(empty) == before


def test_leftover_partial_files_are_removed_when_the_store_opens_for_writing(
    tmp_path: Path,
) -> None:
    paths = AppPaths(db=tmp_path / "irev.sqlite")
    with Services.open(paths, write=True) as services:
        fill(services)
        kept = folder_listing(services)
    folder = paths.attachments_dir
    leftover = folder / f"{PARTIAL_PREFIX}k3j2h1"
    leftover.write_bytes(b"\0" * 1000)
    other = folder / "notes.txt"  # not ours to remove
    other.write_text("à garder", encoding="utf-8")
    with Services.open(paths, write=True) as writer:
        assert not leftover.exists()
        assert other.exists()
        assert [n for n in folder_listing(writer) if n != "notes.txt"] == kept
        # A second copy, reading while the first holds the store, leaves files alone.
        leftover.write_bytes(b"\0")
        with Services.open(paths, write=False):
            assert leftover.exists()
    assert remove_partial_files(tmp_path / "absent") == 0


@pytest.mark.crash
def test_an_import_killed_mid_copy_is_cleaned_up_at_the_next_opening(
    good: tuple[dict[str, Any], dict[str, bytes]], tmp_path: Path
) -> None:
    document, pieces = good
    path = zip_of(tmp_path / "ok.zip", {"archive.json": json.dumps(document).encode(), **pieces})
    paths = AppPaths(db=tmp_path / "tuee" / "irev.sqlite")
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from irev_desktop.paths import AppPaths
        from irev_desktop.services.archive import ArchiveService
        from irev_desktop.services.facade import Services

        services = Services.open(AppPaths(db=Path({str(paths.db)!r})), write=True)
        os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)  # dies mid-copy
        ArchiveService(services.store).import_archive(Path({str(path)!r}))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert done.returncode == -9, done.stderr
    left = [p.name for p in paths.attachments_dir.iterdir() if p.name.startswith(PARTIAL_PREFIX)]
    assert left
    with Services.open(paths, write=True) as services:
        assert not any(PARTIAL_PREFIX in name for name in folder_listing(services))
        assert not services.meetings.meetings()
