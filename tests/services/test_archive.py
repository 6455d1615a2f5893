"""The portable archive: export, import, and every refusal of a bad archive."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select

import irev_desktop
from irev_desktop.db import models
from irev_desktop.db.schema import SCHEMA_HEAD
from irev_desktop.domain.enums import (
    AttendanceStatus,
    Civility,
    ItemKind,
    MeetingMode,
    MeetingStatus,
    Role,
)
from irev_desktop.domain.errors import StoreInUseError, ValidationError
from irev_desktop.model.inputs import ItemFields, MeetingHeader
from irev_desktop.paths import AppPaths
from irev_desktop.services import archive as archive_module
from irev_desktop.services.archive import ArchiveService, column_type_label, zip_reader
from irev_desktop.services.archive import service as archive_service
from irev_desktop.services.attachments import stored_path
from irev_desktop.services.facade import Services

REPORT = b"%PDF-1.4 rapport d'activite 2020\n" * 50
BUDGET = b"PK\x03\x04 budget primitif 2021 " + bytes(range(256))
LOGO = b"\x89PNG\r\n\x1a\n" + bytes(range(40))
ARCHIVE_ACTIONS = ("archive.export", "archive.import")
DOC = Path(__file__).resolve().parents[2] / "docs" / "archive-format.md"


# Helpers ---------------------------------------------------------------------------------


def open_store(root: Path, *, write: bool = True) -> Services:
    return Services.open(AppPaths(db=root / "irev.sqlite"), write=write)


def fill(services: Services) -> None:
    """A small but complete store: every table holds rows, with every column type."""
    registry = services.registry
    org = registry.create_organisation(
        "Institut Régional de la Ville", "IREV", address="1 rue de l'Hôtel de Ville", city="Lille"
    )
    with services.store.writing() as session:  # no service sets a logo; an archive may
        logo = session.get(models.Organisation, org.id)
        assert logo is not None
        logo.logo, logo.logo_mime = LOGO, "image/png"
    state = registry.add_member(org.id, "État", 30, college="État")
    region = registry.add_member(org.id, "Région Hauts-de-France", 30, college="Collectivités")
    anne = registry.add_person("Anne", "Martin", civility=Civility.MADAME, email="a@irev.fr")
    jean = registry.add_person("Jean", "Dupont", civility=Civility.MONSIEUR)
    paul = registry.add_person("Paul", "Durand")
    body = registry.add_body(org.id, "Assemblée générale", "AG")
    services.mandates.add_mandate(
        anne.id, body.id, Role.PRESIDENT, dt.date(2020, 1, 1), member_id=state.id
    )
    services.mandates.add_mandate(
        jean.id,
        body.id,
        Role.MEMBER,
        dt.date(2020, 1, 1),
        member_id=region.id,
        end_date=dt.date(2026, 12, 31),
    )
    services.mandates.add_mandate(
        paul.id, body.id, Role.GOVERNMENT_COMMISSIONER, dt.date(2020, 6, 1)
    )
    first = services.meetings.create_meeting(
        body.id,
        MeetingHeader(
            title="Assemblée générale",
            date=dt.date(2021, 3, 8),
            planned_start=dt.time(14, 0),
            mode=MeetingMode.VIDEO,
            video_link="https://visio.example/ag",
            chair_id=anne.id,
            secretary_id=jean.id,
        ),
    )
    item = services.agenda.add_item(
        first.id,
        ItemFields(
            "Rapport d'activité 2020",
            ItemKind.DELIBERATION,
            rapporteur_id=anne.id,
            planned_minutes=20,
        ),
    )
    services.agenda.add_item(first.id, ItemFields("Questions diverses", ItemKind.DEBATE))
    services.agenda.save_notes(item.id, "La présidente présente le rapport.")
    services.agenda.save_notes(item.id, "La présidente présente le rapport ; pas d'objection.")
    services.attendance.set_status(first.id, anne.id, AttendanceStatus.PRESENT)
    services.attendance.set_status(first.id, jean.id, AttendanceStatus.PRESENT)
    services.attendance.record_arrival(first.id, jean.id, dt.time(14, 5))
    services.deliberations.record_unanimous(
        first.id,
        "Approbation du rapport d'activité 2020",
        "L'assemblée approuve le rapport.",
        item_id=item.id,
    )
    services.actions.add_action(
        first.id,
        "Publier le rapport",
        person_id=jean.id,
        due_date=dt.date(2021, 4, 1),
        item_id=item.id,
    )
    services.attachments.attach_bytes(first.id, "rapport.pdf", REPORT, item_id=item.id)
    services.attachments.attach_bytes(first.id, "rapport (copie).pdf", REPORT)
    services.attachments.attach_bytes(first.id, "budget.xlsx", BUDGET)
    second = services.meetings.create_meeting(
        body.id, MeetingHeader(title="Assemblée générale", date=dt.date(2021, 6, 28))
    )
    # The first meeting's minutes are adopted in the second one: a row that refers to a
    # row with a higher id, which the import must insert without tripping the foreign key.
    for status in (MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFT):
        services.meetings.change_status(first.id, status)
    services.meetings.change_status(
        first.id,
        MeetingStatus.MINUTES_ADOPTED,
        adopted_on=dt.date(2021, 6, 28),
        adopted_in_meeting_id=second.id,
    )
    services.meetings.change_status(first.id, MeetingStatus.MINUTES_SIGNED)


Dump = dict[str, list[tuple[Any, ...]]]


def dump(services: Services, *, skip_archive_audit: bool = True) -> Dump:
    """Every row of every table, read with Core."""
    result: Dump = {}
    with services.store.reading() as session:
        for table in models.Base.metadata.sorted_tables:
            rows = session.execute(select(table).order_by(*table.primary_key.columns)).all()
            if table.name == "audit_entry" and skip_archive_audit:
                rows = [row for row in rows if row.action not in ARCHIVE_ACTIONS]
            result[table.name] = [tuple(row) for row in rows]
    return result


def audit_actions(services: Services) -> list[str]:
    with services.store.reading() as session:
        query = select(models.AuditEntry.action).order_by(models.AuditEntry.id)
        return list(session.scalars(query))


def pieces_on_disk(services: Services) -> dict[str, bytes]:
    folder = services.paths.attachments_dir
    if not folder.is_dir():
        return {}
    return {path.name: path.read_bytes() for path in folder.glob("*/*") if path.is_file()}


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
def good_archive(source: Services, tmp_path: Path) -> Path:
    path = tmp_path / "export" / "irev.zip"
    path.parent.mkdir()
    ArchiveService(source.store).export(path)
    return path


def read_zip(path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    with zipfile.ZipFile(path) as archive:
        document = json.loads(archive.read("archive.json"))
        pieces = {name: archive.read(name) for name in archive.namelist() if name != "archive.json"}
    return document, pieces


def write_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def rewritten(
    good: Path,
    target: Path,
    *,
    change: Callable[[dict[str, Any]], None] | None = None,
    raw_json: bytes | None = None,
    members: Callable[[dict[str, bytes]], None] | None = None,
) -> Path:
    """A copy of a good archive with one thing broken."""
    document, pieces = read_zip(good)
    if change is not None:
        change(document)
    payload = raw_json if raw_json is not None else json.dumps(document).encode("utf-8")
    contents = {"archive.json": payload, **pieces}
    if members is not None:
        members(contents)
    return write_zip(target, contents)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# Export ----------------------------------------------------------------------------------


def test_export_writes_the_documented_document(source: Services, good_archive: Path) -> None:
    document, pieces = read_zip(good_archive)
    assert document["format"] == "irev-desktop-archive"
    assert document["version"] == archive_module.FORMAT_VERSION == 6
    assert document["program_version"] == irev_desktop.__version__
    assert document["schema_revision"] == SCHEMA_HEAD
    exported = dt.datetime.fromisoformat(document["exported_at"])
    assert exported.utcoffset() == dt.timedelta(0)
    assert list(document["tables"]) == [t.name for t in models.Base.metadata.sorted_tables]
    meeting = document["tables"]["meeting"][0]
    assert meeting["date"] == "2021-03-08"
    assert meeting["planned_start"] == "14:00:00"
    assert meeting["mode"] == "video"
    assert meeting["status"] == "minutes_signed"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", meeting["signed_at"])
    assert meeting["adopted_in_meeting_id"] == document["tables"]["meeting"][1]["id"]
    organisation = document["tables"]["organisation"][0]
    assert base64.b64decode(organisation["logo"]) == LOGO
    assert document["tables"]["person"][2]["civility"] is None
    assert document["tables"]["body"][0]["chair_casting_vote"] is True
    assert isinstance(document["tables"]["deliberation"][0]["weighted_for"], float)
    # The same file attached twice is stored once.
    assert sorted(pieces) == sorted(f"pieces/{sha(data)}" for data in (REPORT, BUDGET))
    assert pieces[f"pieces/{sha(REPORT)}"] == REPORT
    assert len(document["tables"]["attachment"]) == 3
    assert audit_actions(source)[-1] == "archive.export"


def test_export_summary_counts_rows_and_files(source: Services, tmp_path: Path) -> None:
    summary = ArchiveService(source.store).export(tmp_path / "s.zip")
    assert summary.path == tmp_path / "s.zip"
    assert summary.attachment_files == 2
    assert summary.counts["attachment"] == 3
    assert summary.counts["meeting"] == 2
    assert summary.counts["note_revision"] == 2
    assert set(summary.counts) == {t.name for t in models.Base.metadata.sorted_tables}


def test_export_with_a_missing_copy_fails_and_leaves_nothing(
    source: Services, tmp_path: Path
) -> None:
    stored_path(source.paths.attachments_dir, sha(BUDGET)).unlink()
    folder = tmp_path / "out"
    folder.mkdir()
    before = audit_actions(source)
    with pytest.raises(ValidationError, match=r"« budget\.xlsx »"):
        ArchiveService(source.store).export(folder / "irev.zip")
    assert list(folder.iterdir()) == []
    assert audit_actions(source) == before


def test_export_with_an_altered_copy_fails_and_leaves_nothing(
    source: Services, tmp_path: Path
) -> None:
    stored_path(source.paths.attachments_dir, sha(REPORT)).write_bytes(b"autre chose")
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ValidationError, match="altérée"):
        ArchiveService(source.store).export(folder / "irev.zip")
    assert list(folder.iterdir()) == []


def test_failed_export_keeps_an_older_file_at_destination(source: Services, tmp_path: Path) -> None:
    destination = tmp_path / "irev.zip"
    destination.write_bytes(b"ancienne archive")
    stored_path(source.paths.attachments_dir, sha(REPORT)).unlink()
    with pytest.raises(ValidationError):
        ArchiveService(source.store).export(destination)
    assert destination.read_bytes() == b"ancienne archive"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".partiel")) == []


def test_export_works_from_a_read_only_store(tmp_path: Path) -> None:
    writer = open_store(tmp_path / "a")
    fill(writer)
    expected = dump(writer, skip_archive_audit=False)
    writer.close()
    reader = open_store(tmp_path / "a", write=False)
    try:
        assert not reader.store.writable
        summary = ArchiveService(reader.store).export(tmp_path / "ro.zip")
        assert summary.counts["meeting"] == 2
        assert dump(reader, skip_archive_audit=False) == expected  # no audit line written
    finally:
        reader.close()
    document, _ = read_zip(tmp_path / "ro.zip")
    assert len(document["tables"]["audit_entry"]) == len(expected["audit_entry"])


def test_export_refuses_what_the_import_would_refuse(
    source: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_service, "MAX_TOTAL_BYTES", 1000)
    with pytest.raises(ValidationError, match="trop volumineuse"):
        ArchiveService(source.store).export(tmp_path / "gros.zip")
    assert not (tmp_path / "gros.zip").exists()


def test_export_refuses_a_folder(source: Services, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="dossier"):
        ArchiveService(source.store).export(tmp_path)


# Import ----------------------------------------------------------------------------------


def test_round_trip_into_an_empty_store(
    source: Services, empty: Services, good_archive: Path
) -> None:
    summary = ArchiveService(empty.store).import_archive(good_archive)
    assert dump(empty) == dump(source)
    assert pieces_on_disk(empty) == {sha(REPORT): REPORT, sha(BUDGET): BUDGET}
    assert summary.attachment_files == 2
    assert summary.counts["meeting"] == 2
    assert audit_actions(empty)[-1] == "archive.import"
    # The imported store works: its signed minutes still verify, its files open.
    meeting_id = dump(empty)["meeting"][0][0]
    assert empty.meetings.verify_signature(meeting_id) is True
    attachment_id = dump(empty)["attachment"][0][0]
    assert empty.attachments.read_bytes(attachment_id) == REPORT


def test_round_trip_of_an_empty_store(empty: Services, tmp_path: Path) -> None:
    path = tmp_path / "vide.zip"
    summary = ArchiveService(empty.store).export(path)
    assert summary.attachment_files == 0
    assert summary.counts["organisation"] == 0
    other = open_store(tmp_path / "c")
    try:
        ArchiveService(other.store).import_archive(path)
        assert dump(other) == dump(empty)
        assert all(not rows for rows in dump(other).values())
    finally:
        other.close()


def test_import_keeps_audit_lines_of_an_empty_store(
    source: Services, empty: Services, good_archive: Path
) -> None:
    with empty.store.writing() as session:
        session.execute(
            insert(models.AuditEntry), [{"action": "test.local", "entity": "test", "summary": ""}]
        )
    ArchiveService(empty.store).import_archive(good_archive)
    assert audit_actions(empty)[-2:] == ["test.local", "archive.import"]
    imported = dump(empty)["audit_entry"]
    # The archive's audit lines keep their ids; the store's own line follows them.
    assert imported[:-1] == dump(source)["audit_entry"]
    assert imported[-1][0] > imported[-2][0]


def test_import_into_a_non_empty_store_needs_replace(
    source: Services, good_archive: Path, tmp_path: Path
) -> None:
    other = open_store(tmp_path / "c")
    try:
        other.registry.create_organisation("Autre GIP", "AUTRE")
        other.registry.add_person("Claire", "Petit")
        before = dump(other, skip_archive_audit=False)
        with pytest.raises(ValidationError, match="--replace") as refused:
            ArchiveService(other.store).import_archive(good_archive)
        assert "n'est pas vide" in str(refused.value)
        assert "1 organisation" in str(refused.value)
        assert dump(other, skip_archive_audit=False) == before
        assert other.paths.latest_backup() is None

        ArchiveService(other.store).import_archive(good_archive, replace=True)
        assert dump(other) == dump(source)
        assert pieces_on_disk(other) == {sha(REPORT): REPORT, sha(BUDGET): BUDGET}
        backup = other.paths.latest_backup()
        assert backup is not None and backup.parent == other.paths.backups_dir
        assert "avant-import" in backup.name
    finally:
        other.close()


def test_import_refused_on_a_read_only_store(good_archive: Path, tmp_path: Path) -> None:
    open_store(tmp_path / "c").close()
    reader = open_store(tmp_path / "c", write=False)
    try:
        with pytest.raises(StoreInUseError):
            ArchiveService(reader.store).import_archive(good_archive)
        assert all(not rows for rows in dump(reader).values())
    finally:
        reader.close()


# Refusals --------------------------------------------------------------------------------


def _set(table: str, index: int, column: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        document["tables"][table][index][column] = value

    return change


def _duplicate_person(document: dict[str, Any]) -> None:
    people = document["tables"]["person"]
    people.append(dict(people[0], last_name="Doublon"))


def _second_organisation_same_short_name(document: dict[str, Any]) -> None:
    organisations = document["tables"]["organisation"]
    organisations.append(dict(organisations[0], id=99))


def _drop_column(table: str, column: str) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        del document["tables"][table][0][column]

    return change


def _other_piece(contents: dict[str, bytes]) -> None:
    contents[f"pieces/{sha(REPORT)}"] = REPORT[:-3] + b"XYZ"


def _unlisted_piece(contents: dict[str, bytes]) -> None:
    contents[f"pieces/{sha(b'orphelin')}"] = b"orphelin"


def _remove_piece(contents: dict[str, bytes]) -> None:
    del contents[f"pieces/{sha(BUDGET)}"]


def _remove_json(contents: dict[str, bytes]) -> None:
    del contents["archive.json"]


def _add(name: str) -> Callable[[dict[str, bytes]], None]:
    def members(contents: dict[str, bytes]) -> None:
        contents[name] = b"mauvais"

    return members


BROKEN_JSON = b'{"format": "irev-desktop-archive",\n "version": 1,,\n "tables": {}}'

CASES: dict[str, tuple[dict[str, Any], str]] = {
    "sans archive.json": ({"members": _remove_json}, "archive.json en est absent"),
    "JSON cassé": ({"raw_json": BROKEN_JSON}, r"pas un JSON valide \(erreur à la ligne 2, colonne"),
    "JSON non UTF-8": ({"raw_json": b'{"format": "\xe9"}'}, "UTF-8"),
    "NaN": (
        {"change": _set("deliberation", 0, "weighted_for", float("nan"))},
        "NaN",
    ),
    "mauvais format": (
        {"change": lambda d: d.update(format="autre-chose")},
        "n'est pas une archive IREV Desktop",
    ),
    "version plus récente": (
        {"change": lambda d: d.update(version=archive_module.FORMAT_VERSION + 1)},
        "créée par une version plus récente",
    ),
    "clé inconnue": ({"change": lambda d: d.update(extra=1)}, "« extra »"),
    "table inconnue": (
        {"change": lambda d: d["tables"].update(bidule=[])},
        "la table « bidule » est inconnue",
    ),
    "table manquante": (
        {"change": lambda d: d["tables"].pop("mandate")},
        "la table « mandate » manque",
    ),
    "colonne inconnue": (
        {"change": _set("person", 1, "colour", "bleu")},
        r"table person, ligne 2 : la colonne « colour » est inconnue",
    ),
    "colonne obligatoire manquante": (
        {"change": _drop_column("person", "last_name")},
        "la colonne obligatoire « last_name » manque",
    ),
    "date impossible": (
        {"change": _set("meeting", 0, "date", "2021-02-30")},
        "^Archive invalide : table meeting, ligne 1, colonne date : « 2021-02-30 » "
        "n'est pas une date.$",
    ),
    "heure mal écrite": ({"change": _set("meeting", 0, "planned_start", "14h")}, "une heure"),
    "date et heure": (
        {"change": _set("meeting", 0, "signed_at", "2021-07-01 10:00:00")},
        "colonne signed_at",
    ),
    "valeur d'énumération": (
        {"change": _set("meeting", 0, "mode", "téléportation")},
        r"colonne mode : « téléportation » n'est pas une valeur permise",
    ),
    "null interdit": ({"change": _set("body", 0, "name", None)}, "colonne name : la valeur est"),
    "texte trop long": (
        {"change": _set("body", 0, "short_name", "X" * 21)},
        "21 caractères, pour 20 au plus",
    ),
    "entier attendu": ({"change": _set("member", 0, "statutory_rights", "30")}, "entier"),
    "booléen attendu": ({"change": _set("body", 0, "chair_casting_vote", 1)}, "booléen"),
    "base64": ({"change": _set("organisation", 0, "logo", "pas du base64!")}, "base64"),
    "clé étrangère pendante": (
        {"change": _set("mandate", 0, "body_id", 999)},
        "table mandate, ligne 1, colonne body_id : 999 ne renvoie à aucune ligne de la table body",
    ),
    "identifiant en double": (
        {"change": _duplicate_person},
        r"table person, ligne 4 : l'identifiant \(id = « 1 »\) figure déjà à la ligne 1",
    ),
    "contrainte d'unicité": (
        {"change": _second_organisation_same_short_name},
        "doivent être uniques",
    ),
    "pièce altérée": ({"members": _other_piece}, "altérée"),
    "pièce absente": ({"members": _remove_piece}, "manque dans le zip"),
    "taille fausse": ({"change": _set("attachment", 2, "size", 3)}, "colonne size"),
    "pièce non citée": ({"members": _unlisted_piece}, "n'est citée par aucune ligne"),
    "élément ../evil": ({"members": _add("../evil")}, "« ../evil » n'est pas permis"),
    "chemin absolu": ({"members": _add("/etc/passwd")}, "« /etc/passwd » n'est pas permis"),
    "élément non prévu": ({"members": _add("notes.txt")}, "« notes.txt » n'est pas permis"),
    "pièce mal nommée": ({"members": _add("pieces/ABC")}, "« pieces/ABC » n'est pas permis"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_archive_is_refused_and_nothing_changes(
    case: str, source: Services, empty: Services, good_archive: Path, tmp_path: Path
) -> None:
    options, message = CASES[case]
    bad = rewritten(good_archive, tmp_path / "mauvaise.zip", **options)
    for store, replace in ((empty, False), (source, True)):
        before = dump(store, skip_archive_audit=False)
        files_before = pieces_on_disk(store)
        with pytest.raises(ValidationError, match=message):
            ArchiveService(store.store).import_archive(bad, replace=replace)
        assert dump(store, skip_archive_audit=False) == before
        assert pieces_on_disk(store) == files_before
        assert store.paths.latest_backup() is None


def test_not_a_zip_is_refused(empty: Services, tmp_path: Path) -> None:
    path = tmp_path / "texte.zip"
    path.write_text("ceci n'est pas un zip", encoding="utf-8")
    before = dump(empty, skip_archive_audit=False)
    with pytest.raises(ValidationError, match="n'est pas une archive IREV Desktop"):
        ArchiveService(empty.store).import_archive(path)
    assert dump(empty, skip_archive_audit=False) == before


def test_missing_file_is_refused(empty: Services, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="introuvable"):
        ArchiveService(empty.store).import_archive(tmp_path / "absente.zip")


def test_too_large_content_is_refused(
    empty: Services, good_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(zip_reader, "MAX_TOTAL_BYTES", 1000)
    with pytest.raises(ValidationError, match="2 Gio"):
        ArchiveService(empty.store).import_archive(good_archive)
    assert all(not rows for rows in dump(empty).values())


def test_too_large_json_is_refused(
    empty: Services, good_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(zip_reader, "MAX_JSON_BYTES", 100)
    with pytest.raises(ValidationError, match="512 Mio"):
        ArchiveService(empty.store).import_archive(good_archive)
    assert all(not rows for rows in dump(empty).values())


def test_duplicate_json_key_is_refused(empty: Services, tmp_path: Path) -> None:
    path = write_zip(
        tmp_path / "double.zip",
        {"archive.json": b'{"format": "irev-desktop-archive", "format": "x"}'},
    )
    with pytest.raises(ValidationError, match="« format » figure deux fois"):
        ArchiveService(empty.store).import_archive(path)


def test_missing_nullable_column_is_read_as_null(
    empty: Services, good_archive: Path, tmp_path: Path
) -> None:
    path = rewritten(
        good_archive, tmp_path / "sans-logo.zip", change=_drop_column("organisation", "logo")
    )
    ArchiveService(empty.store).import_archive(path)
    with empty.store.reading() as session:
        assert session.scalar(select(models.Organisation.logo)) is None
        assert session.scalar(select(models.Organisation.short_name)) == "IREV"


# The documented format -------------------------------------------------------------------


def test_documentation_lists_every_table_and_column() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert "irev-desktop-archive" in text
    for table in models.Base.metadata.sorted_tables:
        assert f"### `{table.name}`" in text, table.name
        for column in table.columns:
            line = f"| `{column.name}` | {column_type_label(column)} |"
            assert line in text, f"{table.name}.{column.name}"


def test_a_version_1_archive_without_voters_still_imports(tmp_path: Path) -> None:
    """Version 2 added the voters table; an archive written before reads as having none."""
    import json as json_module

    source_paths = AppPaths(tmp_path / "v1" / "irev.sqlite")
    with Services.open(source_paths, write=True) as source:
        source.registry.create_organisation("Ancienne archive", "ANC")
        written = ArchiveService(source.store).export(tmp_path / "v2.zip")
    old = tmp_path / "v1.zip"
    with zipfile.ZipFile(written.path) as new_zip, zipfile.ZipFile(old, "w") as old_zip:
        document = json_module.loads(new_zip.read("archive.json"))
        document["version"] = 1
        del document["tables"]["deliberation_voter"]
        old_zip.writestr("archive.json", json_module.dumps(document))
    target_paths = AppPaths(tmp_path / "cible" / "irev.sqlite")
    with Services.open(target_paths, write=True) as target:
        summary = ArchiveService(target.store).import_archive(old)
        assert summary.counts["deliberation_voter"] == 0
        assert [o.short_name for o in target.registry.organisations()] == ["ANC"]


def test_a_version_2_archive_turns_single_times_into_history(tmp_path: Path) -> None:
    """Version 3 replaced the single arrival, departure and proxy holder of each attendance
    row by the presence and proxy tables; a version 2 archive reads as that history."""
    import datetime as dt
    import json as json_module

    from irev_desktop.domain.quorum import Interval
    from irev_desktop.sample_data.demo import load_demo

    source_paths = AppPaths(tmp_path / "source" / "irev.sqlite")
    with Services.open(source_paths, write=True) as source:
        load_demo(source)
        written = ArchiveService(source.store).export(tmp_path / "v3.zip")
    old = tmp_path / "v2.zip"
    with zipfile.ZipFile(written.path) as new_zip, zipfile.ZipFile(old, "w") as old_zip:
        document = json_module.loads(new_zip.read("archive.json"))
        document["version"] = 2
        tables = document["tables"]
        tables.pop("seal")  # version 4
        stretches = {r["attendance_id"]: r for r in tables.pop("presence")}
        holders = {r["attendance_id"]: r["holder_id"] for r in tables.pop("proxy")}
        for meeting in tables["meeting"]:
            meeting.pop("seal_version")
        for row in tables["attendance"]:
            stretch = stretches.get(row["id"], {})
            row["arrived_at"] = stretch.get("arrived_at")
            row["left_at"] = stretch.get("left_at")
            row["proxy_holder_id"] = holders.get(row["id"])
        old_zip.writestr("archive.json", json_module.dumps(document))
        for name in new_zip.namelist():
            if name != "archive.json":
                old_zip.writestr(name, new_zip.read(name))
    target_paths = AppPaths(tmp_path / "cible" / "irev.sqlite")
    with Services.open(target_paths, write=True) as target:
        ArchiveService(target.store).import_archive(old)
        main = next(m for m in target.meetings.meetings() if m.date == dt.date(2021, 3, 8))
        people = {a.person_name: a for a in target.meetings.meeting(main.id).attendance}
        assert people["Didier Caron"].presence == (Interval(dt.time(10, 15), None),)
        assert [p.holder_name for p in people["Thomas Girard"].proxies] == ["Laurent Buchaillat"]
        assert people["Milouda Ala"].presence == (Interval(None, None),)


def test_minutes_signed_in_a_version_2_archive_still_verify_once_imported(
    tmp_path: Path,
) -> None:
    """``data/archive_v2_signed.zip`` was written by the program at format version 2, with
    the example data and two signed meetings (one with a late arrival and a proxy)."""
    import datetime as dt

    from irev_desktop.domain.quorum import Interval

    source = Path(__file__).with_name("data") / "archive_v2_signed.zip"
    with Services.open(AppPaths(tmp_path / "cible" / "irev.sqlite"), write=True) as target:
        ArchiveService(target.store).import_archive(source)
        signed = [m.id for m in target.meetings.meetings() if m.status.value == "minutes_signed"]
        assert len(signed) == 2
        assert all(target.meetings.verify_signature(i) is True for i in signed)
        main = next(m for m in target.meetings.meetings() if m.date == dt.date(2021, 3, 8))
        people = {a.person_name: a for a in target.meetings.meeting(main.id).attendance}
        assert people["Didier Caron"].presence == (Interval(dt.time(10, 15), None),)
