"""A one- or two-word search through the service, against the raw FTS5 query.

On the generated 20-year archive. Baseline: the same FTS5 query run with the sqlite3
module on the same file — MATCH on the already built expression, ranked by bm25, the
same 50 rows with their snippets — so the ratio is what the service adds: building the
query from what the user typed, the joins that name each hit's meeting, body and item,
and turning rows into SearchHit values. Target: at most 2 times.
"""

from __future__ import annotations

import sqlite3
import time
from typing import Any

import pytest

from irev_desktop.services.facade import Services
from irev_desktop.services.search import match_expression

from .conftest import median

TARGET_RATIO = 2.0
QUERIES = {"one word": "assemblee", "two words": "budget primitif"}
RAW = (
    "SELECT rowid, kind, entity_id, meeting_id, title, "
    "snippet(search_index, -1, char(2), char(3), '…', 16), rank "
    "FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 50"
)
results: dict[str, float] = {}

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("words", QUERIES)
def test_baseline_raw_fts5_query(benchmark: Any, raw: sqlite3.Connection, words: str) -> None:
    expression = match_expression(QUERIES[words])
    rows = benchmark(lambda: raw.execute(RAW, (expression,)).fetchall())
    assert len(rows) == 50
    results[f"raw {words}"] = median(benchmark)


@pytest.mark.parametrize("words", QUERIES)
def test_search_service(
    benchmark: Any, services: Services, raw: sqlite3.Connection, words: str
) -> None:
    hits = benchmark(services.search.search, QUERIES[words])
    assert len(hits) == 50
    service, baseline = median(benchmark), results[f"raw {words}"]
    # The ratio is taken round by round, the raw query and the service one after the
    # other, so that a machine busier in one test than in the other does not skew it.
    expression = match_expression(QUERIES[words])
    ratios = []
    for _ in range(41):
        started = time.perf_counter()
        raw.execute(RAW, (expression,)).fetchall()
        middle = time.perf_counter()
        services.search.search(QUERIES[words])
        ratios.append((time.perf_counter() - middle) / (middle - started))
    ratio = sorted(ratios)[len(ratios) // 2]
    print(
        f"\nsearch, {words} ({QUERIES[words]!r}): service {service * 1000:.2f} ms, "
        f"raw FTS5 {baseline * 1000:.2f} ms; median ratio of 41 paired rounds {ratio:.2f} "
        f"(target ≤ {TARGET_RATIO})"
    )
    assert ratio <= TARGET_RATIO
