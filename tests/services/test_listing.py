"""The start screen's lists, read with the sqlite3 module alone, say exactly what the ORM
says, never write, never read the notes, and load no SQLAlchemy."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from irev_desktop.db import models
from irev_desktop.domain.enums import MeetingStatus
from irev_desktop.domain.errors import StoreCorruptError
from irev_desktop.model.rows import BodyChoice, MeetingSummary
from irev_desktop.paths import AppPaths
from irev_desktop.sample_data.generator import generate_archive
from irev_desktop.services.facade import Services


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    paths = AppPaths(db=tmp_path_factory.mktemp("listing") / "irev.sqlite")
    with Services.open(paths, write=True) as services:
        generate_archive(services.store, years=2, last_year=2021)
        yield services


def through_the_orm(
    services: Services, body_id: int | None, year: int | None, status: MeetingStatus | None
) -> list[MeetingSummary]:
    with services.store.reading() as session:
        query = (
            select(models.Meeting, models.Body.short_name)
            .join(models.Body)
            .order_by(models.Meeting.date.desc(), models.Meeting.id.desc())
        )
        return [
            MeetingSummary(m.id, m.body_id, short, m.title, m.date, m.status)
            for m, short in session.execute(query)
            if (body_id is None or m.body_id == body_id)
            and (year is None or m.date.year == year)
            and (status is None or m.status is status)
        ]


def test_every_filter_gives_what_the_orm_gives(archive: Services) -> None:
    bodies = [None, *(body.id for body in archive.listing.body_choices())]
    statuses = [None, MeetingStatus.MINUTES_SIGNED, MeetingStatus.PLANNED]
    checked = 0
    for body_id in bodies:
        for year in (None, 2020, 2021, 1999):
            for status in statuses:
                listed = archive.listing.meetings(body_id=body_id, year=year, status=status)
                assert listed == through_the_orm(archive, body_id, year, status)
                checked += len(listed)
    assert checked > 200
    assert len(archive.listing.meetings()) == 200


def test_rows_are_typed(archive: Services) -> None:
    first = archive.listing.meetings()[0]
    assert isinstance(first.date, dt.date)
    assert isinstance(first.status, MeetingStatus)
    assert archive.meetings.meetings() == archive.listing.meetings()


def test_years_and_bodies(archive: Services) -> None:
    assert archive.listing.years() == [2021, 2020]
    assert archive.meetings.years() == [2021, 2020]
    assert archive.listing.body_choices() == [
        BodyChoice(b.id, b.short_name, b.name) for b in archive.registry.bodies()
    ]
    assert archive.listing.has_organisations()


def test_an_empty_store(services: Services) -> None:
    assert not services.listing.has_organisations()
    assert services.listing.meetings() == []
    assert services.listing.years() == []
    assert services.listing.body_choices() == []


def test_the_list_reads_no_notes_and_writes_nothing(archive: Services) -> None:
    statements: list[str] = []
    with archive.store.plain_reading() as connection:
        # The same connection serves the next reads of this thread.
        connection.set_trace_callback(statements.append)
    try:
        archive.listing.meetings(year=2021)
    finally:
        with archive.store.plain_reading() as connection:
            connection.set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 1
    assert not any("agenda_item" in s or "notes" in s for s in statements)
    with (
        pytest.raises(Exception, match="lecture seule"),
        archive.store.plain_reading() as connection,
    ):
        connection.execute("DELETE FROM meeting")
    assert len(archive.listing.meetings()) == 200


def test_a_corrupt_store_is_reported_by_the_list(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "irev.sqlite")
    with Services.open(paths, write=True) as services:
        generate_archive(services.store, years=1, last_year=2021)
    for suffix in ("-wal", "-shm"):
        paths.db.with_name(paths.db.name + suffix).unlink(missing_ok=True)
    data = paths.db.read_bytes()
    paths.db.write_bytes(data[: len(data) // 2])
    with pytest.raises(StoreCorruptError), Services.open(paths, write=False) as services:
        services.listing.meetings()


def test_opening_and_listing_never_import_sqlalchemy(archive: Services) -> None:
    """What the start screen does, in a fresh interpreter: SQLAlchemy stays unloaded."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from irev_desktop.paths import AppPaths\n"
        "from irev_desktop.services.facade import Services\n"
        f"services = Services.open(AppPaths(Path({str(archive.paths.db)!r})), write=False)\n"
        "assert services.listing.has_organisations()\n"
        "services.listing.body_choices(); services.listing.years()\n"
        "count = len(services.listing.meetings())\n"
        "services.close()\n"
        "print(count, 'sqlalchemy' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.split() == ["200", "False"]


def test_warm_up_loads_the_data_layer_in_a_fresh_interpreter() -> None:
    script = (
        "import sys, threading\n"
        "from irev_desktop.services.facade import Services\n"
        "worker = threading.Thread(target=Services.warm_up); worker.start(); worker.join()\n"
        "print('sqlalchemy.orm' in sys.modules, 'irev_desktop.services.meetings' in sys.modules,"
        " 'docx' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.split() == ["True", "True", "False"]


def test_a_read_nested_in_another_shares_its_snapshot(archive: Services) -> None:
    with archive.store.plain_reading() as outer:
        with archive.store.plain_reading() as inner:
            assert inner is outer
            assert len(archive.listing.meetings(year=2021)) == 100
        assert outer.in_transaction  # the inner read left the outer snapshot alone
    assert not outer.in_transaction
