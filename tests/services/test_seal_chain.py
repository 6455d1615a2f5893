"""Seal version 3: what was signed is kept (a canonical snapshot the documents are drawn
from), and each seal is chained to the organisation's previous one, so that deleting,
un-signing or altering signed minutes shows on the next ones."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import docx
import pytest

from irev_desktop.domain.enums import (
    AttendanceStatus,
    Civility,
    ItemKind,
    MajorityRule,
    MeetingMode,
    MeetingStatus,
    QuorumBasis,
    Representation,
    Role,
    VoteResult,
    Weighting,
)
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.quorum import Interval
from irev_desktop.exporters.kinds import DocumentKind
from irev_desktop.model import dto
from irev_desktop.model.seal import ProblemKind, SealStatus
from irev_desktop.paths import AppPaths
from irev_desktop.sample_data.generator import generate_archive
from irev_desktop.services import snapshot as snap
from irev_desktop.services.archive import ArchiveService
from irev_desktop.services.facade import Services
from irev_desktop.services.seal_chain import BROKEN_LINK, seal_digest

from .raw_sql import raw_connection, run_sql

AG_2020 = dt.date(2020, 6, 30)
MAIN = dt.date(2021, 3, 8)


def meeting_on(services: Services, day: dt.date) -> int:
    return next(m.id for m in services.meetings.meetings() if m.date == day)


def sign(services: Services, meeting_id: int) -> None:
    """Walk the meeting to « PV signé » through the program."""
    status = services.meetings.meeting(meeting_id).status
    path = [
        MeetingStatus.HELD,
        MeetingStatus.MINUTES_DRAFT,
        MeetingStatus.MINUTES_ADOPTED,
        MeetingStatus.MINUTES_SIGNED,
    ]
    for target in path[path.index(status) + 1 if status in path else 0 :]:
        services.meetings.change_status(meeting_id, target, adopted_on=MAIN + dt.timedelta(days=30))


def sql(services: Services, *statements: tuple[str, tuple[object, ...]]) -> None:
    run_sql(services.paths, *statements)


@pytest.fixture
def chain(demo: Services) -> list[int]:
    """Three signed meetings of the example's organisation, in signing order."""
    first = meeting_on(demo, AG_2020)
    others = [m.id for m in demo.meetings.meetings() if m.id != first]
    others.sort(key=lambda i: demo.meetings.meeting(i).date)
    sign(demo, others[0])
    sign(demo, others[1])
    return [first, others[0], others[1]]


def body_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([*(p.text for p in document.paragraphs), *cells])


# The snapshot ------------------------------------------------------------------------


def _fixed_meeting() -> dto.MeetingDetail:
    quorum = dto.QuorumDTO(QuorumBasis.HEADS, "1/2", 4.0, 3.0, 1.0, 2.0, True, 3, 1, 0)
    return dto.MeetingDetail(
        id=7,
        organisation=dto.OrganisationDTO(1, "Groupement", "GIP", "1 rue", "Lille", False),
        body=dto.BodyDTO(
            2,
            1,
            "Assemblée générale",
            "AG",
            QuorumBasis.HEADS,
            1,
            2,
            Weighting.HEADS,
            MajorityRule.SIMPLE,
            1,
            15,
            5,
            True,
        ),
        title="Séance « ordinaire »",
        date=dt.date(2024, 5, 6),
        planned_start=dt.time(10),
        actual_start=dt.time(10, 5),
        actual_end=None,
        mode=MeetingMode.IN_PERSON,
        place="Salle 1",
        video_link="",
        chair_id=11,
        chair_name="Anne Élise",
        secretary_id=None,
        secretary_name="",
        status=MeetingStatus.MINUTES_SIGNED,
        adopted_on=dt.date(2024, 6, 1),
        signed_at=dt.datetime(2024, 6, 8, 17, 0),
        attendance=(
            dto.AttendanceDTO(
                1,
                11,
                "Anne Élise",
                "Directrice",
                Role.PRESIDENT,
                "Ville",
                Representation.TITULAIRE,
                AttendanceStatus.PRESENT,
                None,
                "",
                dt.time(10, 5),
                None,
                "",
                (Interval(dt.time(10, 5), None),),
                (dto.ProxyDTO(12, "Paul", None, dt.time(11)),),
            ),
        ),
        items=(
            dto.AgendaItemDTO(
                3, 7, 1, "Budget", ItemKind.DELIBERATION, 11, "Anne Élise", 20, "a\nb", None, None
            ),
        ),
        deliberations=(
            dto.DeliberationDTO(
                5,
                7,
                3,
                "2024-01",
                "Budget",
                "Texte",
                MajorityRule.SIMPLE,
                3,
                0,
                1,
                0,
                3.0,
                0.0,
                1.0,
                0.0,
                VoteResult.ADOPTED,
                False,
                False,
                3,
                1,
                4.5,
            ),
        ),
        actions=(dto.ActionItemDTO(9, 7, None, 11, "Anne Élise", "Suivre", None, True),),
        attachments=(
            dto.AttachmentDTO(
                4,
                7,
                None,
                "a.pdf",
                "application/pdf",
                3,
                "0" * 64,
                dt.datetime(2024, 5, 6, 9),
                "Annexe",
            ),
        ),
        quorum=quorum,
        in_office=(),
        convened_on=dt.date(2024, 4, 20),
        sealed=True,
        opening_quorum=quorum,
    )


def test_a_fixed_snapshot_has_a_pinned_digest() -> None:
    fixed = snap.Snapshot(_fixed_meeting(), {11: Civility.MADAME, 12: None}, "f" * 64)
    text = snap.dumps(fixed)
    assert text.isascii() and "\n" not in text
    assert snap.loads(text) == fixed
    first = seal_digest(text, None)
    assert first == PINNED_FIRST
    assert seal_digest(text, first) == PINNED_NEXT


PINNED_FIRST = "5f7f889e4f8d5af9daf206017ccb78a9ae681eedf9f42d22d283296b7d1e6158"
PINNED_NEXT = "74d6f74922a2495be793a9027a2102ae43a7bca338b1b2fdc838c642cf99c6df"


def test_every_meeting_of_the_example_round_trips(demo: Services) -> None:
    for summary in demo.meetings.meetings():
        request = demo.export.request(summary.id)
        taken = snap.Snapshot(request.meeting, dict(request.civilities), "0" * 64)
        assert snap.loads(snap.dumps(taken)) == taken
        assert snap.dumps(snap.loads(snap.dumps(taken))) == snap.dumps(taken)


def test_every_meeting_of_a_generated_archive_round_trips_and_verifies(tmp_path: Path) -> None:
    with Services.open(AppPaths(tmp_path / "gen" / "irev.sqlite"), write=True) as services:
        generate_archive(services.store, years=2)
        sealed = services.meetings.sealed_meetings()
        assert sealed
        for meeting_id in sealed:
            check = services.meetings.check_seal(meeting_id)
            assert check.status is SealStatus.OK, check.reasons
            assert check.seal_version == 3
        for summary in services.meetings.meetings():
            detail = services.meetings.meeting(summary.id)
            taken = snap.Snapshot(detail, {}, "0" * 64)
            assert snap.loads(snap.dumps(taken)) == taken


# Signing and checking ----------------------------------------------------------------


def test_signed_meetings_are_chained(demo: Services, chain: list[int]) -> None:
    with demo.store.reading() as session:
        from sqlalchemy import select

        from irev_desktop.db import models

        seals = list(session.scalars(select(models.Seal).order_by(models.Seal.id)))
    assert [s.meeting_id for s in seals] == chain
    assert seals[0].previous_digest is None
    assert [s.previous_digest for s in seals[1:]] == [s.digest for s in seals[:-1]]
    for meeting_id in chain:
        check = demo.meetings.check_seal(meeting_id)
        assert check.status is SealStatus.OK and check.seal_version == 3, check.reasons
        assert demo.meetings.verify_signature(meeting_id) is True


def test_tampering_by_sql_is_reported_and_breaks_the_next_link(
    demo: Services, chain: list[int]
) -> None:
    sql(demo, ("UPDATE meeting SET place = 'ailleurs' WHERE id = ?", (chain[0],)))
    check = demo.meetings.check_seal(chain[0])
    assert check.status is SealStatus.ALTERED
    assert [p.kind for p in check.problems] == [ProblemKind.CONTENT]
    assert "le lieu" in check.reasons[0]
    following = demo.meetings.check_seal(chain[1])
    assert following.failed
    assert [p.kind for p in following.problems] == [ProblemKind.CHAIN]
    assert following.reasons[0].startswith(BROKEN_LINK)
    assert demo.meetings.check_seal(chain[2]).status is SealStatus.OK


def test_unsigning_by_sql_breaks_the_next_link(demo: Services, chain: list[int]) -> None:
    sql(demo, ("UPDATE meeting SET status = 'minutes_adopted' WHERE id = ?", (chain[1],)))
    assert demo.meetings.check_seal(chain[1]).status is SealStatus.INCONSISTENT
    following = demo.meetings.check_seal(chain[2])
    assert [p.kind for p in following.problems] == [ProblemKind.CHAIN]
    assert "signature de la séance" in following.reasons[0]


@pytest.mark.parametrize("foreign_keys", [False, True])
def test_deleting_a_signed_meeting_breaks_the_next_link(
    demo: Services, chain: list[int], foreign_keys: bool
) -> None:
    with raw_connection(demo.paths, foreign_keys=foreign_keys) as conn:
        conn.execute("UPDATE meeting SET adopted_in_meeting_id = NULL")
        for table in ("deliberation_voter",):
            conn.execute(
                f"DELETE FROM {table} WHERE deliberation_id IN "
                "(SELECT id FROM deliberation WHERE meeting_id = ?)",
                (chain[0],),
            )
        conn.execute("DELETE FROM deliberation WHERE meeting_id = ?", (chain[0],))
        conn.execute("DELETE FROM meeting WHERE id = ?", (chain[0],))
    following = demo.meetings.check_seal(chain[1])
    assert [p.kind for p in following.problems] == [ProblemKind.CHAIN]
    assert following.reasons[0].startswith(BROKEN_LINK)


def test_a_seal_row_deleted_is_inconsistent_and_breaks_the_next_link(
    demo: Services, chain: list[int]
) -> None:
    sql(demo, ("DELETE FROM seal WHERE meeting_id = ?", (chain[1],)))
    assert demo.meetings.check_seal(chain[1]).status is SealStatus.INCONSISTENT
    following = demo.meetings.check_seal(chain[2])
    assert [p.kind for p in following.problems] == [ProblemKind.CHAIN]


def test_the_snapshot_rewritten_by_sql_is_detected(demo: Services, chain: list[int]) -> None:
    sql(
        demo,
        (
            "UPDATE seal SET snapshot = replace(snapshot, 'Assembl', 'Xssembl') "
            "WHERE meeting_id = ?",
            (chain[0],),
        ),
    )
    check = demo.meetings.check_seal(chain[0])
    assert check.status is SealStatus.ALTERED
    assert "empreinte du sceau" in check.reasons[0]


def test_the_signed_minutes_are_written_from_the_snapshot_after_a_rename(
    demo: Services, chain: list[int], tmp_path: Path
) -> None:
    meeting = demo.meetings.meeting(chain[0])
    person = next(a for a in meeting.attendance if a.status is AttendanceStatus.PRESENT)
    before = body_text(demo.export.export(chain[0], DocumentKind.PV, tmp_path / "avant.docx"))
    assert person.person_name in before
    sql(
        demo,
        (
            "UPDATE person SET first_name = 'Zéphyrin', last_name = 'Nouveaunom' WHERE id = ?",
            (person.person_id,),
        ),
    )
    renamed = demo.meetings.meeting(chain[0]).attendance
    assert any(a.person_name == "Zéphyrin Nouveaunom" for a in renamed)
    assert demo.meetings.check_seal(chain[0]).status is SealStatus.OK
    for kind in (DocumentKind.COMPTE_RENDU, DocumentKind.RELEVE, DocumentKind.EXTRAIT):
        after = body_text(demo.export.export(chain[0], kind, tmp_path / f"{kind.name}.docx"))
        assert "Nouveaunom" not in after
    after = body_text(demo.export.export(chain[0], DocumentKind.PV, tmp_path / "apres.docx"))
    assert person.person_name in after
    assert after == before


# Archives ----------------------------------------------------------------------------


def test_an_archive_keeps_the_chain(demo: Services, chain: list[int], tmp_path: Path) -> None:
    written = ArchiveService(demo.store).export(tmp_path / "a.zip")
    assert written.counts["seal"] == 3
    with Services.open(AppPaths(tmp_path / "cible" / "irev.sqlite"), write=True) as target:
        ArchiveService(target.store).import_archive(written.path)
        for meeting_id in chain:
            check = target.meetings.check_seal(meeting_id)
            assert check.status is SealStatus.OK and check.seal_version == 3, check.reasons


def _rewrite(source: Path, target: Path, change: object) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        document = json.loads(old.read("archive.json"))
        change(document["tables"])  # type: ignore[operator]
        new.writestr("archive.json", json.dumps(document))
        for name in old.namelist():
            if name != "archive.json":
                new.writestr(name, old.read(name))
    return target


def _cut_first(tables: dict[str, list[dict[str, object]]]) -> None:
    """Remove the first seal and the signature of its meeting, as if never signed."""
    first = tables["seal"].pop(0)
    for meeting in tables["meeting"]:
        if meeting["id"] == first["meeting_id"]:
            meeting.update(
                status="minutes_adopted", signed_digest=None, signed_at=None, seal_version=None
            )


def _unsign_first(tables: dict[str, list[dict[str, object]]]) -> None:
    first = tables["seal"][0]
    for meeting in tables["meeting"]:
        if meeting["id"] == first["meeting_id"]:
            meeting["status"] = "minutes_adopted"


@pytest.mark.parametrize("change", [_cut_first, _unsign_first])
def test_an_archive_with_a_broken_chain_is_refused(
    demo: Services, chain: list[int], tmp_path: Path, change: object
) -> None:
    written = ArchiveService(demo.store).export(tmp_path / "a.zip")
    broken = _rewrite(written.path, tmp_path / "rompue.zip", change)
    with Services.open(AppPaths(tmp_path / "cible" / "irev.sqlite"), write=True) as target:
        with pytest.raises(ValidationError, match="chaîne des signatures"):
            ArchiveService(target.store).import_archive(broken)
        assert target.meetings.meetings() == []
