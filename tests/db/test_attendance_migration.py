"""Migration 0004: single arrival/departure/proxy columns become a history, nothing lost.

``data/store_0003_signed.sqlite`` was written by the program at schema 0003 with the
example data, meetings 1 and 3 signed; meeting 3 has a late arrival (Didier Caron at
10:15), a proxy (Thomas Girard to Laurent Buchaillat) and a row whose times the old
program left behind after a change of status (Camille Lefebvre, excused, 10:30–11:30).
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from irev_desktop.db.schema import SCHEMA_HEAD
from irev_desktop.domain.enums import AttendanceStatus
from irev_desktop.domain.quorum import Interval
from irev_desktop.paths import AppPaths
from irev_desktop.services.facade import Services

OLD_STORE = Path(__file__).with_name("data") / "store_0003_signed.sqlite"


@pytest.fixture
def upgraded(tmp_path: Path) -> Iterator[tuple[Services, Path]]:
    db = tmp_path / "irev.sqlite"
    shutil.copy(OLD_STORE, db)
    with Services.open(AppPaths(db=db), write=True) as services:
        yield services, db


def by_name(services: Services, meeting_id: int) -> dict[str, object]:
    return {a.person_name: a for a in services.meetings.meeting(meeting_id).attendance}


def test_the_old_store_is_brought_to_the_new_schema(upgraded: tuple[Services, Path]) -> None:
    _, db = upgraded
    with sqlite3.connect(db) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        columns = {row[1] for row in connection.execute("PRAGMA table_info(attendance)")}
        (check,) = connection.execute("PRAGMA integrity_check").fetchone()
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert revision == SCHEMA_HEAD
    assert "arrived_at" not in columns and "proxy_holder_id" not in columns
    assert check == "ok"


def test_arrivals_departures_and_proxies_become_history(upgraded: tuple[Services, Path]) -> None:
    services, _ = upgraded
    people = by_name(services, 3)
    caron = people["Didier Caron"]
    assert caron.presence == (Interval(dt.time(10, 15), None),)  # type: ignore[attr-defined]
    girard = people["Thomas Girard"]
    assert girard.status is AttendanceStatus.REPRESENTED  # type: ignore[attr-defined]
    assert [(p.holder_name, p.given_at, p.ended_at) for p in girard.proxies] == [  # type: ignore[attr-defined]
        ("Laurent Buchaillat", None, None)
    ]
    # Present throughout: one stretch from the opening to the close.
    assert people["Milouda Ala"].presence == (Interval(None, None),)  # type: ignore[attr-defined]
    # The times left on an excused row are kept, and still count for nothing.
    lefebvre = people["Camille Lefebvre"]
    assert lefebvre.status is AttendanceStatus.EXCUSED  # type: ignore[attr-defined]
    assert lefebvre.presence == (Interval(dt.time(10, 30), dt.time(11, 30)),)  # type: ignore[attr-defined]
    at_eleven = services.attendance.quorum(3, dt.time(11, 0))
    at_ten = services.attendance.quorum(3, dt.time(10, 10))
    assert at_eleven.present - at_ten.present == 10  # Didier Caron only: 10 of Pas-de-Calais


def test_minutes_signed_before_the_history_still_verify(upgraded: tuple[Services, Path]) -> None:
    services, _ = upgraded
    assert services.meetings.verify_signature(1) is True
    assert services.meetings.verify_signature(3) is True


def test_an_edit_of_the_migrated_history_breaks_the_old_seal(
    upgraded: tuple[Services, Path],
) -> None:
    services, db = upgraded
    with sqlite3.connect(db) as connection:
        connection.execute(
            "UPDATE presence SET arrived_at = '10:05:00.000000' "
            "WHERE arrived_at = '10:15:00.000000'"
        )
    assert services.meetings.verify_signature(3) is False
    assert services.meetings.verify_signature(1) is True


def test_a_proxy_edited_behind_the_programs_back_breaks_the_seal(
    upgraded: tuple[Services, Path],
) -> None:
    services, db = upgraded
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE proxy SET given_at = '10:40:00.000000'")
    assert services.meetings.verify_signature(3) is False
