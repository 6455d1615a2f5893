"""The organisation's signing key: seals signed with it cannot be made again by someone who
has only the store file, and this computer's key folder sees a signed meeting deleted,
even the last one."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import stat
import zipfile
from pathlib import Path

import pytest

from irev_desktop.domain.enums import MeetingStatus
from irev_desktop.domain.errors import ValidationError
from irev_desktop.model.seal import ProblemKind, SealStatus
from irev_desktop.model.signing import Protection
from irev_desktop.paths import AppPaths
from irev_desktop.services import snapshot as snap
from irev_desktop.services.archive import ArchiveService
from irev_desktop.services.facade import Services
from irev_desktop.services.seal_chain import seal_digest
from irev_desktop.services.signing_keys import KeyService, SealSigner

from ..keyrings import MemoryKeyring, no_keyring, using_keyring
from .builders import cli_store
from .raw_sql import raw_connection, read_piece, replace_piece, run_sql, stored_bytes

PASSPHRASE = "une phrase secrète assez longue"
MAIN = dt.date(2021, 3, 8)


def organisation(services: Services) -> int:
    return services.registry.organisations()[0].id


def meetings_by_date(services: Services) -> list[int]:
    return [m.id for m in sorted(services.meetings.meetings(), key=lambda m: m.date)]


def sign(services: Services, meeting_id: int, signer: SealSigner | None) -> None:
    path = [
        MeetingStatus.HELD,
        MeetingStatus.MINUTES_DRAFT,
        MeetingStatus.MINUTES_ADOPTED,
        MeetingStatus.MINUTES_SIGNED,
    ]
    status = services.meetings.meeting(meeting_id).status
    for target in path[path.index(status) + 1 if status in path else 0 :]:
        services.meetings.change_status(
            meeting_id,
            target,
            adopted_on=services.meetings.meeting(meeting_id).date + dt.timedelta(days=30),
            signer=signer if target is MeetingStatus.MINUTES_SIGNED else None,
        )


def sql(services: Services, *statements: str, foreign_keys: bool = True) -> None:
    run_sql(services.paths, *statements, foreign_keys=foreign_keys)


@pytest.fixture
def keyed(demo: Services) -> tuple[Services, SealSigner, list[int]]:
    """The example with a key, and two more meetings signed with it (in signing order)."""
    key = demo.keys.create_key(organisation(demo), PASSPHRASE)
    signer = demo.keys.unlock(key.id, PASSPHRASE)
    already = set(demo.meetings.sealed_meetings())
    others = [m for m in meetings_by_date(demo) if m not in already][:2]
    for meeting_id in others:
        sign(demo, meeting_id, signer)
    return demo, signer, others


def test_a_seal_signed_with_the_key_verifies_and_names_the_key(keyed: tuple) -> None:
    services, _signer, signed = keyed
    key = services.keys.active_key(organisation(services))
    assert key is not None and key.on_this_computer
    assert key.protection is Protection.PASSPHRASE
    for meeting_id in signed:
        check = services.meetings.check_seal(meeting_id)
        assert check.status is SealStatus.OK, check.reasons
        assert check.key_fingerprint == key.fingerprint
    assert len(key.fingerprint) == 39 and key.fingerprint.count(" ") == 7


def test_the_private_key_is_outside_the_store_readable_by_its_owner_only(
    keyed: tuple, keys_folder: Path
) -> None:
    services, signer, _signed = keyed
    pem = services.keys.folder.pem_path(signer.public_key)
    assert pem.parent == keys_folder
    assert stat.S_IMODE(pem.stat().st_mode) == 0o600
    assert b"ENCRYPTED PRIVATE KEY" in pem.read_bytes()
    from cryptography.hazmat.primitives import serialization as ser

    raw = signer.private.private_bytes(ser.Encoding.Raw, ser.PrivateFormat.Raw, ser.NoEncryption())
    store = stored_bytes(services.paths)
    assert raw not in store and raw.hex().encode() not in store
    assert b"PRIVATE KEY" not in store


def test_signing_needs_the_key_once_the_organisation_has_one(demo: Services) -> None:
    demo.keys.create_key(organisation(demo), PASSPHRASE)
    meeting_id = next(m for m in meetings_by_date(demo) if m not in demo.meetings.sealed_meetings())
    with pytest.raises(ValidationError, match="déverrouillez-la pour signer"):
        sign(demo, meeting_id, None)
    assert demo.meetings.meeting(meeting_id).status is MeetingStatus.MINUTES_ADOPTED
    assert demo.meetings.check_seal(meeting_id).status is SealStatus.NOT_SIGNED


def test_a_wrong_or_short_passphrase_is_refused(demo: Services) -> None:
    with pytest.raises(ValidationError, match="au moins 10 caractères"):
        demo.keys.create_key(organisation(demo), "court")
    assert demo.keys.registered() == []
    key = demo.keys.create_key(organisation(demo), PASSPHRASE)
    with pytest.raises(ValidationError, match="incorrecte"):
        demo.keys.unlock(key.id, "pas la bonne phrase")


def test_a_new_key_retires_the_previous_one_whose_seals_still_verify(keyed: tuple) -> None:
    services, _signer, signed = keyed
    first = services.keys.active_key(organisation(services))
    second = services.keys.create_key(organisation(services), PASSPHRASE + " bis")
    keys = services.keys.registered()
    assert [k.id for k in keys] == [first.id, second.id]
    assert keys[0].retired_at is not None and keys[1].active
    with pytest.raises(ValidationError, match="déverrouillez-la"):
        sign(
            services,
            next(
                m
                for m in meetings_by_date(services)
                if m not in services.meetings.sealed_meetings()
            ),
            services.keys.unlock(first.id, PASSPHRASE),
        )
    for meeting_id in signed:
        assert services.meetings.check_seal(meeting_id).status is SealStatus.OK


def _forge(services: Services, meeting_id: int) -> None:
    """What someone with only the file can do: change the minutes, then make the seal again
    with the program's own functions (snapshot, digest), and every later link too."""
    with raw_connection(services.paths) as connection:
        connection.execute("UPDATE meeting SET place = 'Ailleurs' WHERE id = ?", (meeting_id,))
        seals = connection.execute(
            "SELECT seal.id, seal.meeting_id, seal.snapshot FROM seal ORDER BY seal.id"
        ).fetchall()
        previous = None
        for seal_id, sealed_meeting, text in seals:
            if sealed_meeting == meeting_id:
                data = json.loads(text)
                data["meeting"]["place"] = "Ailleurs"
                text = snap.canonical(data)
            digest = seal_digest(text, previous)
            connection.execute(
                "UPDATE seal SET snapshot = ?, digest = ?, previous_digest = ? WHERE id = ?",
                (text, digest, previous, seal_id),
            )
            connection.execute(
                "UPDATE meeting SET signed_digest = ? WHERE id = ?", (digest, sealed_meeting)
            )
            previous = digest


def test_a_seal_made_again_without_the_key_is_detected(keyed: tuple) -> None:
    services, _signer, signed = keyed
    _forge(services, signed[0])
    check = services.meetings.check_seal(signed[0])
    assert check.failed
    kinds = {p.kind for p in check.problems}
    assert ProblemKind.SIGNATURE in kinds
    assert "sans la clé privée" in " ".join(check.reasons)


def test_stripping_the_signatures_is_detected(keyed: tuple) -> None:
    services, _signer, signed = keyed
    sql(services, "UPDATE seal SET signature = NULL, signing_key_id = NULL")
    check = services.meetings.check_seal(signed[1])
    assert check.failed
    assert "n'est pas signé alors que l'organisation signe ses sceaux" in " ".join(check.reasons)
    # Dated back before the key, the seal still follows a signed one in the chain.
    sql(
        services,
        f"UPDATE seal SET signature = 'ab', signing_key_id = 1 WHERE meeting_id = {signed[0]}",
    )
    sql(
        services,
        f"UPDATE seal SET sealed_at = '2000-01-01 00:00:00' WHERE meeting_id = {signed[1]}",
    )
    later = services.meetings.check_seal(signed[1])
    assert "un sceau antérieur de l'organisation l'est" in " ".join(later.reasons)


def test_removing_the_key_from_the_register_is_seen_by_the_key_folder(keyed: tuple) -> None:
    services, _signer, _signed = keyed
    assert services.keys.local_findings() == []
    sql(
        services,
        "UPDATE seal SET signature = NULL, signing_key_id = NULL",
        "DELETE FROM signing_key",
    )
    findings = services.keys.local_findings()
    assert len(findings) == 1
    assert "n'est pas dans le registre" in findings[0]


def test_deleting_the_last_signed_meeting_is_seen_by_the_key_folder(keyed: tuple) -> None:
    services, _signer, signed = keyed
    last = signed[-1]
    day = services.meetings.meeting(last).date
    sql(
        services,
        f"DELETE FROM seal WHERE meeting_id = {last}",
        f"DELETE FROM meeting WHERE id = {last}",
        foreign_keys=False,
    )
    # The chain alone cannot see it: what remains is a whole chain.
    for meeting_id in services.meetings.sealed_meetings():
        check = services.meetings.check_seal(meeting_id)
        assert check.status is SealStatus.OK, check.reasons
    findings = services.keys.local_findings()
    assert len(findings) == 1
    assert f"{day.day} " in findings[0] and "n'est plus dans le registre" in findings[0]


def test_verify_reports_the_key_folder_and_fails(
    keyed: tuple, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from irev_desktop.cli import main

    services, _signer, signed = keyed
    db = cli_store(services.paths, monkeypatch)
    assert main(["--db", db, "verify"]) == 0
    assert "clé" not in capsys.readouterr().out.split("\n")[-2]
    sql(
        services,
        f"DELETE FROM seal WHERE meeting_id = {signed[-1]}",
        f"DELETE FROM meeting WHERE id = {signed[-1]}",
        foreign_keys=False,
    )
    assert main(["--db", db, "verify"]) == 1
    out = capsys.readouterr().out
    assert "n'est plus dans le registre" in out
    assert "Le dossier des clés de cet ordinateur signale 1 problème" in out


def test_an_archive_keeps_the_keys_and_refuses_a_forged_signature(
    keyed: tuple, tmp_path: Path
) -> None:
    services, _signer, signed = keyed
    exported = tmp_path / "archive.zip"
    ArchiveService(services.store).export(exported)
    with Services.open(
        AppPaths(tmp_path / "copie" / "irev.sqlite"), write=True, create=True
    ) as copy:
        ArchiveService(copy.store).import_archive(exported)
        assert [k.public_key for k in copy.keys.registered()] == [
            k.public_key for k in services.keys.registered()
        ]
        for meeting_id in signed:
            assert copy.meetings.check_seal(meeting_id).status is SealStatus.OK
    with zipfile.ZipFile(exported) as source:
        document = json.loads(source.read("archive.json"))
    seal = next(s for s in document["tables"]["seal"] if s["signature"])
    seal["signature"] = "00" * 64
    forged = tmp_path / "forgee.zip"
    with zipfile.ZipFile(forged, "w") as target:
        target.writestr("archive.json", json.dumps(document))
    with (
        Services.open(
            AppPaths(tmp_path / "autre" / "irev.sqlite"), write=True, create=True
        ) as other,
        pytest.raises(ValidationError, match="signature électronique du sceau"),
    ):
        ArchiveService(other.store).import_archive(forged)


def test_a_key_file_carried_to_another_computer_can_be_imported(
    keyed: tuple, tmp_path: Path
) -> None:
    services, signer, _signed = keyed
    pem = services.keys.folder.pem_path(signer.public_key)
    carried = tmp_path / "cle.pem"
    shutil.copy(pem, carried)
    # The same register, seen from a computer whose key folder is empty.
    elsewhere = KeyService(services.store, folder=tmp_path / "autre-poste")
    key = elsewhere.active_key(organisation(services))
    assert key is not None and not key.on_this_computer
    with pytest.raises(ValidationError, match="n'est pas sur cet ordinateur"):
        elsewhere.unlock(key.id, PASSPHRASE)
    with pytest.raises(ValidationError, match="incorrecte"):
        elsewhere.import_key(carried, "une autre phrase secrète")
    assert elsewhere.import_key(carried, PASSPHRASE).on_this_computer
    unlocked = elsewhere.unlock(key.id, PASSPHRASE)
    remaining = next(
        m for m in meetings_by_date(services) if m not in services.meetings.sealed_meetings()
    )
    sign(services, remaining, unlocked)
    assert services.meetings.check_seal(remaining).status is SealStatus.OK
    assert [line.digest for line in elsewhere.folder.journal(key.public_key)] == [
        services.meetings.check_seal(remaining).digest
    ]


def test_a_key_file_of_another_register_is_refused(demo: Services, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives import serialization as ser
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    stranger = Ed25519PrivateKey.generate().private_bytes(
        ser.Encoding.PEM,
        ser.PrivateFormat.PKCS8,
        ser.BestAvailableEncryption(PASSPHRASE.encode()),
    )
    path = tmp_path / "etrangere.pem"
    path.write_bytes(stranger)
    with pytest.raises(ValidationError, match="n'est pas une clé de signature de ce registre"):
        demo.keys.import_key(path, PASSPHRASE)
    garbage = tmp_path / "rien.pem"
    garbage.write_bytes(os.urandom(200))
    with pytest.raises(ValidationError, match="incorrecte, ou le fichier n'est pas"):
        demo.keys.import_key(garbage, PASSPHRASE)


def test_a_key_kept_by_the_keyring_signs_without_a_passphrase(demo: Services) -> None:
    memory = MemoryKeyring()
    with using_keyring(memory):
        key = demo.keys.create_key(organisation(demo), None)
        assert key.protection is Protection.KEYRING
        assert not demo.keys.folder.pem_path(key.public_key).exists()
        assert len(memory.secrets) == 1
        meeting_id = next(
            m for m in meetings_by_date(demo) if m not in demo.meetings.sealed_meetings()
        )
        sign(demo, meeting_id, demo.keys.unlock(key.id))
        assert demo.meetings.check_seal(meeting_id).key_fingerprint == key.fingerprint
        memory.secrets.clear()
        with pytest.raises(ValidationError, match="n'est plus dans le trousseau"):
            demo.keys.unlock(key.id)


def test_without_a_keyring_the_key_is_not_created(demo: Services) -> None:
    with using_keyring(no_keyring()), pytest.raises(ValidationError, match="phrase secrète"):
        demo.keys.create_key(organisation(demo), None)
    assert demo.keys.registered() == []


def test_the_signed_pdf_is_kept_beside_the_seal_and_checked(keyed: tuple, tmp_path: Path) -> None:
    from irev_desktop.exporters.kinds import DocumentKind
    from irev_desktop.services.pdf import PdfConverter

    class FixedPdf(PdfConverter):
        """Stands for LibreOffice: a PDF whose bytes follow the document's."""

        def convert(self, docx: bytes) -> bytes:
            return b"%PDF-1.7\n% " + hashlib.sha256(docx).hexdigest().encode() + b"\n%%EOF\n"

    services, _signer, signed = keyed
    services.export.pdf_converter = FixedPdf()
    first = tmp_path / "pv.pdf"
    services.export.export(signed[0], DocumentKind.PV, first)
    check = services.meetings.check_seal(signed[0])
    assert check.status is SealStatus.OK
    assert check.pdf_sha256 == hashlib.sha256(first.read_bytes()).hexdigest()
    assert read_piece(services.paths, check.pdf_sha256) == first.read_bytes()
    # A later PDF does not replace the one kept.
    services.export.export(signed[0], DocumentKind.PV, tmp_path / "encore.pdf")
    assert services.meetings.check_seal(signed[0]).pdf_sha256 == check.pdf_sha256
    # It travels in the archive, and is checked there.
    exported = tmp_path / "archive.zip"
    ArchiveService(services.store).export(exported)
    with zipfile.ZipFile(exported) as archive:
        assert f"pieces/{check.pdf_sha256}" in archive.namelist()
    with Services.open(
        AppPaths(tmp_path / "copie" / "irev.sqlite"), write=True, create=True
    ) as copy:
        ArchiveService(copy.store).import_archive(exported)
        assert copy.meetings.check_seal(signed[0]).status is SealStatus.OK
    replace_piece(services.paths, check.pdf_sha256, b"%PDF-1.7 autre chose")
    replaced = services.meetings.check_seal(signed[0])
    assert replaced.failed
    assert [p.kind for p in replaced.problems] == [ProblemKind.PDF]


def test_the_pv_prints_the_fingerprint_of_the_key(keyed: tuple, tmp_path: Path) -> None:
    import docx

    from irev_desktop.exporters.kinds import DocumentKind

    services, _signer, signed = keyed
    key = services.keys.active_key(organisation(services))
    output = services.export.export(signed[0], DocumentKind.PV, tmp_path / "pv.docx")
    text = "\n".join(p.text for p in docx.Document(str(output)).paragraphs)
    assert f"clé de l’organisation d’empreinte {key.fingerprint}" in text


def test_the_key_command_creates_shows_and_imports(
    demo: Services,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from irev_desktop.cli import main

    db = cli_store(demo.paths, monkeypatch)
    demo.store.close()
    secret = tmp_path / "phrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert main(["--db", db, "key", "show"]) == 0
    assert "Aucune clé de signature" in capsys.readouterr().out
    assert main(["--db", db, "key", "create", "--passphrase-file", str(secret)]) == 0
    created = capsys.readouterr().out
    assert "Clé de signature créée : empreinte " in created
    assert main(["--db", db, "key", "show"]) == 0
    shown = capsys.readouterr().out
    assert "en service" in shown and "chiffrée par la phrase secrète" in shown
    pem = next((tmp_path / "cles").glob("*.pem"))
    monkeypatch.setenv("IREV_DESKTOP_KEYS", str(tmp_path / "autre-poste"))
    assert main(["--db", db, "key", "show"]) == 0
    assert "absente de cet ordinateur" in capsys.readouterr().out
    monkeypatch.setenv("IREV_DESKTOP_KEY_PASSPHRASE", "mauvaise phrase secrète")
    assert main(["--db", db, "key", "import", str(pem)]) == 1
    assert "incorrecte" in capsys.readouterr().err
    assert main(["--db", db, "key", "import", str(pem), "--passphrase-file", str(secret)]) == 0
    assert "gardée sur cet ordinateur" in capsys.readouterr().out


def test_a_key_taken_out_and_the_organisation_renamed_is_still_seen(keyed: tuple) -> None:
    services, _signer, _signed = keyed
    sql(
        services,
        "UPDATE seal SET signature = NULL, signing_key_id = NULL",
        "DELETE FROM signing_key",
        "UPDATE organisation SET name = name || ' '",
    )
    findings = services.keys.local_findings()
    assert len(findings) == 1 and "n'est pas dans le registre" in findings[0]


def test_a_journal_that_cannot_be_written_is_said_and_the_minutes_stay_signed(
    demo: Services,
) -> None:
    key = demo.keys.create_key(organisation(demo), PASSPHRASE)
    signer = demo.keys.unlock(key.id, PASSPHRASE)
    journal = demo.keys.folder.pem_path(key.public_key).with_suffix(".journal")
    journal.mkdir()  # not a file: appending to it fails, whoever runs the test
    meeting_id = next(m for m in meetings_by_date(demo) if m not in demo.meetings.sealed_meetings())
    with pytest.raises(ValidationError, match="le journal de la clé de signature n'a pu"):
        sign(demo, meeting_id, signer)
    assert demo.meetings.meeting(meeting_id).status is MeetingStatus.MINUTES_SIGNED
    assert demo.meetings.check_seal(meeting_id).status is SealStatus.OK
