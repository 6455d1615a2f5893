"""A one- or two-word search through the service, against the raw FTS5 query.

On the generated 20-year archive. Baseline: the same FTS5 query run with the sqlite3
module on the same file — MATCH on the already built expression, ranked by bm25, the
same 50 rows with their snippets — so the ratio is what the service adds: building the
query from what the user typed, the joins that name each hit's meeting, body and item,
and turning rows into SearchHit values; the two run in paired rounds in the same test.
Target: at most 2 times.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from irev_desktop.services.facade import Services
from irev_desktop.services.search import match_expression

from .conftest import paired_rounds, record

TARGET_RATIO = 2.0
QUERIES = {"one word": "assemblee", "two words": "budget primitif"}
RAW = (
    "SELECT rowid, kind, entity_id, meeting_id, title, "
    "snippet(search_index, -1, char(2), char(3), '…', 16), rank "
    "FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 50"
)
pytestmark = pytest.mark.slow


@pytest.mark.parametrize("words", QUERIES)
def test_search_service(
    benchmark: Any, services: Services, raw: sqlite3.Connection, words: str
) -> None:
    expression = match_expression(QUERIES[words])

    def raw_query() -> list[Any]:
        return raw.execute(RAW, (expression,)).fetchall()

    def search() -> list[Any]:
        return services.search.search(QUERIES[words])

    assert len(raw_query()) == 50
    hits = benchmark(search)
    assert len(hits) == 50
    paired = paired_rounds(raw_query, search)
    record(benchmark, paired, TARGET_RATIO)
    print(
        f"\nsearch, {words} ({QUERIES[words]!r}): service {paired.ours * 1000:.2f} ms, "
        f"raw FTS5 {paired.baseline * 1000:.2f} ms; median ratio of {paired.rounds} paired "
        f"rounds {paired.ratio:.2f} (target ≤ {TARGET_RATIO})"
    )
    assert paired.ratio <= TARGET_RATIO
