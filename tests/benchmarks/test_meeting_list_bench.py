"""The meeting list on the 2,000 meetings of the generated archive.

``services.meetings.meetings()`` (``services.listing``, which the meeting list and the
archive page use) must never load the notes: every SQL statement it sends is recorded,
and none may name ``agenda_item`` or its notes. Its time is measured against the same
SELECT of the same columns with the sqlite3 module, fetched as plain rows, in paired
rounds in the same test. Target: at most 3 times. For the record, the same rows turned
by hand into the same ``MeetingSummary`` values (a date, a status) are measured too:
the gap between the two baselines is the price of typed values, whoever builds them.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

import pytest

from irev_desktop.domain.enums import MeetingStatus
from irev_desktop.model.rows import MeetingSummary
from irev_desktop.services.facade import Services

from .conftest import ARCHIVE_YEARS, paired_rounds, record

TARGET_RATIO = 3.0
RAW = (
    "SELECT m.id, m.body_id, b.short_name, m.title, m.date, m.status "
    "FROM meeting AS m JOIN body AS b ON b.id = m.body_id ORDER BY m.date DESC, m.id DESC"
)

pytestmark = pytest.mark.slow


def test_the_meeting_list_never_loads_notes(services: Services) -> None:
    statements: list[str] = []
    with services.store.plain_reading() as connection:  # serves this thread's next reads
        connection.set_trace_callback(statements.append)
    try:
        meetings = services.meetings.meetings()
    finally:
        with services.store.plain_reading() as connection:
            connection.set_trace_callback(None)
    assert len(meetings) == 100 * ARCHIVE_YEARS
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 1, statements
    assert not any("agenda_item" in s or "notes" in s for s in statements), statements


def test_meeting_list_service(benchmark: Any, services: Services, raw: sqlite3.Connection) -> None:
    def plain() -> list[Any]:
        return raw.execute(RAW).fetchall()

    def typed() -> list[MeetingSummary]:
        return [
            MeetingSummary(ident, body, short, title, dt.date.fromisoformat(day), MeetingStatus(st))
            for ident, body, short, title, day, st in raw.execute(RAW)
        ]

    assert len(plain()) == len(typed()) == 100 * ARCHIVE_YEARS
    meetings = benchmark(services.meetings.meetings)
    assert len(meetings) == 100 * ARCHIVE_YEARS
    paired = paired_rounds(plain, services.meetings.meetings)
    by_hand = paired_rounds(typed, services.meetings.meetings)
    record(benchmark, paired, TARGET_RATIO)
    benchmark.extra_info["typed_by_hand_ratio"] = round(by_hand.ratio, 3)
    print(
        f"\nmeeting list ({len(meetings)} meetings): service {paired.ours * 1000:.2f} ms, "
        f"raw sqlite3 {paired.baseline * 1000:.2f} ms; median ratio of {paired.rounds} "
        f"paired rounds {paired.ratio:.2f} (target ≤ {TARGET_RATIO}); "
        f"typed by hand {by_hand.baseline * 1000:.2f} ms, ratio {by_hand.ratio:.2f}"
    )
    assert meetings[0].date >= meetings[-1].date
    assert paired.ratio <= TARGET_RATIO
