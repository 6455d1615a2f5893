"""Benchmarks: each target is a ratio against a baseline measured in the same run."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# The generated archive the scale benchmarks run on: 20 years (about 30 s to generate
# here, once per session); IREV_BENCH_YEARS chooses fewer for a quick look.
ARCHIVE_YEARS = int(os.environ.get("IREV_BENCH_YEARS", "20"))


def median(benchmark: Any) -> float:
    return float(benchmark.stats.stats.median)


@pytest.fixture(scope="session")
def generated_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The database file of a generated archive of ARCHIVE_YEARS years (never written to
    by the benchmarks: open it read-only)."""
    from irev_desktop.paths import AppPaths
    from irev_desktop.services.archive_generator import generate_archive
    from irev_desktop.services.facade import Services

    paths = AppPaths(tmp_path_factory.mktemp("archive") / "irev.sqlite")
    with Services.open(paths, write=True) as services:
        result = generate_archive(services.store, years=ARCHIVE_YEARS)
    size = paths.db.stat().st_size / 1024**2
    print(
        f"\ngenerated archive: {ARCHIVE_YEARS} years, {result.counts['meeting']} meetings, "
        f"{result.counts['agenda_item']} items in {result.seconds:.1f} s, {size:.0f} MB"
    )
    return paths.db


@pytest.fixture(scope="module")
def services(generated_archive: Path) -> Iterator[Any]:
    """The generated archive opened read-only through the services."""
    from irev_desktop.paths import AppPaths
    from irev_desktop.services.facade import Services

    with Services.open(AppPaths(generated_archive), write=False) as opened:
        yield opened


@pytest.fixture(scope="module")
def raw(generated_archive: Path) -> Iterator[sqlite3.Connection]:
    """The same file through the sqlite3 module alone: the baselines' connection."""
    conn = sqlite3.connect(generated_archive)
    yield conn
    conn.close()
