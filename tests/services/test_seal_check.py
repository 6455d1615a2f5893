"""The seal of signed minutes: tampering by SQL, un-signing by SQL, an attached file
replaced or removed, each detected by ``MeetingService.check_seal``; a person renamed is not
tampering, and the export of minutes whose seal fails is refused unless forced."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

from irev_desktop.domain.enums import MeetingStatus
from irev_desktop.domain.errors import ValidationError
from irev_desktop.exporters.kinds import DocumentKind
from irev_desktop.exporters.seal_mark import NON_CONFORMING
from irev_desktop.model.seal import ProblemKind, SealStatus
from irev_desktop.services.facade import Services

from .raw_sql import read_piece, replace_piece, run_sql


def signed_id(services: Services) -> int:
    return next(m.id for m in services.meetings.meetings() if m.date == dt.date(2020, 6, 30))


def main_id(services: Services) -> int:
    return next(m.id for m in services.meetings.meetings() if m.date == dt.date(2021, 3, 8))


def sql(services: Services, statement: str, *args: object) -> None:
    run_sql(services.paths, (statement, args))


@pytest.fixture
def signed(demo: Services) -> Iterator[int]:
    yield signed_id(demo)


def test_the_example_signed_minutes_are_sealed(demo: Services, signed: int) -> None:
    check = demo.meetings.check_seal(signed)
    assert check.status is SealStatus.OK and not check.failed
    assert check.reasons == ()
    assert check.seal_version == 3 and check.digest and len(check.short_digest) == 16
    assert demo.meetings.sealed_meetings() == [signed]
    unsigned = demo.meetings.check_seal(main_id(demo))
    assert unsigned.status is SealStatus.NOT_SIGNED and not unsigned.failed


def test_notes_changed_by_sql_are_tampering(demo: Services, signed: int) -> None:
    sql(demo, "UPDATE agenda_item SET notes = 'falsifié' WHERE meeting_id = ?", signed)
    check = demo.meetings.check_seal(signed)
    assert check.status is SealStatus.ALTERED
    assert [p.kind for p in check.problems] == [ProblemKind.CONTENT]
    assert "modifié depuis sa signature" in check.reasons[0]


def test_a_vote_count_changed_by_sql_is_tampering(demo: Services, signed: int) -> None:
    sql(demo, "UPDATE deliberation SET votes_for = votes_for + 1 WHERE meeting_id = ?", signed)
    assert demo.meetings.check_seal(signed).status is SealStatus.ALTERED


def test_unsigning_by_sql_keeping_the_digest_is_inconsistent(demo: Services, signed: int) -> None:
    sql(demo, "UPDATE meeting SET status = 'minutes_draft' WHERE id = ?", signed)
    check = demo.meetings.check_seal(signed)
    assert check.status is SealStatus.INCONSISTENT and check.failed
    assert "la signature a été retirée" in " ".join(check.reasons)
    assert signed in demo.meetings.sealed_meetings()


def test_a_signature_date_erased_then_an_edit_is_inconsistent_and_altered(
    demo: Services, signed: int
) -> None:
    sql(demo, "UPDATE meeting SET signed_at = NULL WHERE id = ?", signed)
    check = demo.meetings.check_seal(signed)
    assert check.status is SealStatus.INCONSISTENT
    assert [p.kind for p in check.problems] == [ProblemKind.RECORD]
    sql(demo, "UPDATE meeting SET place = 'ailleurs' WHERE id = ?", signed)
    kinds = [p.kind for p in demo.meetings.check_seal(signed).problems]
    assert kinds == [ProblemKind.RECORD, ProblemKind.CONTENT]


def test_a_digest_erased_is_inconsistent(demo: Services, signed: int) -> None:
    sql(demo, "UPDATE meeting SET signed_digest = NULL WHERE id = ?", signed)
    check = demo.meetings.check_seal(signed)
    assert check.status is SealStatus.INCONSISTENT
    assert "aucune empreinte" in check.reasons[0]


def sign_main(services: Services) -> int:
    meeting = main_id(services)
    services.meetings.change_status(
        meeting, MeetingStatus.MINUTES_ADOPTED, adopted_on=dt.date(2021, 11, 25)
    )
    services.meetings.change_status(meeting, MeetingStatus.MINUTES_SIGNED)
    return meeting


def test_an_attached_file_replaced_or_removed_is_detected(demo: Services) -> None:
    meeting = sign_main(demo)
    assert demo.meetings.check_seal(meeting).status is SealStatus.OK
    attachment = demo.attachments.attachments(meeting)[0]
    original = read_piece(demo.paths, attachment.sha256)
    replace_piece(demo.paths, attachment.sha256, original[:-1] + b"X")
    check = demo.meetings.check_seal(meeting)
    assert check.status is SealStatus.ALTERED
    assert [p.kind for p in check.problems] == [ProblemKind.ATTACHMENT_CHANGED]
    assert attachment.original_name in check.reasons[0]
    replace_piece(demo.paths, attachment.sha256, None)
    check = demo.meetings.check_seal(meeting)
    assert [p.kind for p in check.problems] == [ProblemKind.ATTACHMENT_MISSING]
    replace_piece(demo.paths, attachment.sha256, original)
    assert demo.meetings.check_seal(meeting).status is SealStatus.OK


def test_a_person_renamed_after_signing_is_not_tampering(demo: Services, signed: int) -> None:
    chair = demo.meetings.meeting(signed).chair_id
    sql(demo, "UPDATE person SET last_name = 'Renommée' WHERE id = ?", chair)
    assert "Renommée" in (demo.meetings.meeting(signed).chair_name or "")
    assert demo.meetings.check_seal(signed).status is SealStatus.OK


def header_texts(path: Path) -> str:
    document = docx.Document(str(path))
    return " ".join(p.text for s in document.sections for p in s.header.paragraphs)


def body_text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_the_minutes_of_a_failing_seal_are_refused_unless_forced(
    demo: Services, signed: int, tmp_path: Path
) -> None:
    good = demo.export.export(signed, DocumentKind.PV, tmp_path / "bon.docx")
    assert NON_CONFORMING not in header_texts(good)
    digest = demo.meetings.check_seal(signed).short_digest
    assert digest in body_text(good) and "version 3" in body_text(good)

    sql(demo, "UPDATE agenda_item SET notes = 'falsifié' WHERE meeting_id = ?", signed)
    target = tmp_path / "pv.docx"
    for kind in (DocumentKind.PV, DocumentKind.COMPTE_RENDU, DocumentKind.RELEVE):
        with pytest.raises(ValidationError, match="--force") as refused:
            demo.export.export(signed, kind, target)
        assert "modifié depuis sa signature" in refused.value.message
    assert not target.exists()
    # Documents not drawn from the signed record are written as usual.
    demo.export.export(signed, DocumentKind.EMARGEMENT, tmp_path / "emargement.docx")

    forced = demo.export.export(signed, DocumentKind.PV, target, force=True)
    assert NON_CONFORMING in header_texts(forced)


def test_the_export_of_unsigned_minutes_is_untouched(demo: Services, tmp_path: Path) -> None:
    written = demo.export.export(main_id(demo), DocumentKind.PV, tmp_path / "projet.docx")
    assert NON_CONFORMING not in header_texts(written)
    assert "Empreinte SHA-256" not in body_text(written)
