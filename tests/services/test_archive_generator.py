"""The generated archive: consistent, deterministic, searchable, and never mixed with a
real register."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from irev_desktop.domain.enums import MeetingStatus, Role
from irev_desktop.domain.errors import ValidationError
from irev_desktop.model.search import HitKind
from irev_desktop.paths import AppPaths
from irev_desktop.sample_data.generator import GeneratedArchive, generate_archive
from irev_desktop.services.facade import Services

Generated = tuple[Services, GeneratedArchive]


@pytest.fixture(scope="module")
def one_year(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    paths = AppPaths(db=tmp_path_factory.mktemp("archive") / "irev.sqlite")
    with Services.open(paths, write=True) as services:
        yield services, generate_archive(services.store, years=1, last_year=2021)


def query(services: Services, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(services.paths.db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_counts_scale_with_the_years(one_year: Generated) -> None:
    services, result = one_year
    counts = result.counts
    assert (result.first_year, result.last_year) == (2021, 2021)
    assert counts["organisation"] == 1 and counts["body"] == 3
    assert counts["meeting"] == 100
    assert 1_300 <= counts["agenda_item"] <= 1_700
    assert 200 <= counts["deliberation"] <= 300
    assert counts["attachment"] == 25
    assert 50 <= counts["person"] <= 110
    assert counts["attendance"] > counts["meeting"] * 7
    # The store says the same as the summary.
    assert len(services.meetings.meetings()) == counts["meeting"]


def test_every_meeting_has_a_body_of_its_organisation(
    one_year: Generated,
) -> None:
    services, _ = one_year
    orphans = query(
        services,
        "SELECT m.id FROM meeting m LEFT JOIN body b ON b.id = m.body_id WHERE b.id IS NULL",
    )
    assert orphans == []
    per_body = dict(
        query(
            services,
            "SELECT b.short_name, count(*) FROM meeting m JOIN body b "
            "ON b.id = m.body_id GROUP BY b.short_name",
        )
    )
    assert per_body == {"AG": 6, "CA": 34, "Bureau": 60}
    assert query(services, "PRAGMA foreign_key_check") == []


def test_deliberations_are_numbered_per_year_without_gaps(
    one_year: Generated,
) -> None:
    services, _ = one_year
    rows = query(services, "SELECT year, sequence, number FROM deliberation ORDER BY id")
    numbers = [number for _, _, number in rows]
    assert len(numbers) == len(set(numbers))
    assert [sequence for _, sequence, _ in rows] == list(range(1, len(rows) + 1))
    assert all(number == f"{year}-{sequence:02d}" for year, sequence, number in rows)
    # In the order of the meetings.
    dates = query(
        services,
        "SELECT m.date FROM deliberation d JOIN meeting m ON m.id = d.meeting_id ORDER BY d.id",
    )
    assert dates == sorted(dates)


def test_minutes_follow_their_lifecycle_and_signatures_hold(
    one_year: Generated,
) -> None:
    services, _ = one_year
    by_body: dict[int, list[tuple[int, MeetingStatus]]] = {}
    for meeting in reversed(services.meetings.meetings()):
        by_body.setdefault(meeting.body_id, []).append((meeting.id, meeting.status))
    for series in by_body.values():
        statuses = [status for _, status in series]
        assert statuses[-3:] == [
            MeetingStatus.MINUTES_ADOPTED,
            MeetingStatus.MINUTES_DRAFT,
            MeetingStatus.PLANNED,
        ]
        assert set(statuses[:-3]) == {MeetingStatus.MINUTES_SIGNED}
        for meeting_id, status in series[:3]:
            assert status is MeetingStatus.MINUTES_SIGNED
            assert services.meetings.verify_signature(meeting_id) is True
    detail = services.meetings.meeting(by_body[1][1][0])
    assert detail.items[0].title.startswith("Approbation du procès-verbal de la séance du")
    assert detail.adopted_on is not None


def test_a_president_chairs_and_quorum_is_computed(
    one_year: Generated,
) -> None:
    services, _ = one_year
    meeting = services.meetings.meetings()[-1]
    detail = services.meetings.meeting(meeting.id)
    president = services.mandates.holder(detail.body.id, Role.PRESIDENT, detail.date)
    assert president is not None and detail.chair_id == president.person_id
    assert detail.quorum is not None and detail.quorum.reached
    assert len(detail.items) >= 8 and all(item.notes for item in detail.items)


def test_the_generated_archive_is_searchable(one_year: Generated) -> None:
    services, result = one_year
    documents = services.search.document_count()
    counts = result.counts
    assert (
        documents
        == sum(
            counts[name]
            for name in ("meeting", "agenda_item", "deliberation", "person", "action_item")
        )
        + counts["attachment"]
    )
    hits = services.search.search("budget primitif")
    assert hits and hits[0].meeting_date is not None and hits[0].meeting_date.startswith("2021")
    pdf = services.search.search("document de travail", kinds=["attachment"])
    assert pdf and all(h.kind is HitKind.ATTACHMENT and h.file_name for h in pdf)
    assert services.search.search("oeuvre") == services.search.search("œuvre")


def test_same_seed_same_archive(tmp_path: Path, one_year: Generated) -> None:
    reference, _ = one_year
    with Services.open(AppPaths(db=tmp_path / "bis.sqlite"), write=True) as again:
        generate_archive(again.store, years=1, last_year=2021)

        def fingerprint(services: Services) -> str:
            rows = query(
                services,
                "SELECT i.title, i.notes, p.last_name FROM agenda_item i "
                "LEFT JOIN person p ON p.id = i.rapporteur_id ORDER BY i.id",
            )
            return hashlib.sha256(repr(rows).encode()).hexdigest()

        assert fingerprint(again) == fingerprint(reference)


def test_a_store_with_records_is_refused(one_year: Generated) -> None:
    services, result = one_year
    with pytest.raises(ValidationError, match="n'est pas vide"):
        generate_archive(services.store, years=1)
    assert services.search.document_count() > 0
    assert len(services.meetings.meetings()) == result.counts["meeting"]


def test_the_number_of_years_is_bounded(tmp_path: Path) -> None:
    with Services.open(AppPaths(db=tmp_path / "irev.sqlite"), write=True) as services:
        for years in (0, -1, 101):
            with pytest.raises(ValidationError, match="nombre d'années"):
                generate_archive(services.store, years=years)
