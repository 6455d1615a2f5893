"""Benchmarks: each target is a ratio against a baseline measured in the same run.

Every test measures its own baseline (``paired_rounds``): no test reads what another
stored, so any selection (``-k``), any order and ``--benchmark-disable`` give the same
verdicts. The ``benchmark`` fixture times the program's side for pytest-benchmark's
table (and its JSON, with the baseline and the ratio in ``extra_info``); the ratio
asserted never depends on it: disabled, the plugin runs a function once and keeps no
statistics.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

# The generated archive the scale benchmarks run on: 20 years (about 30 s to generate
# here, once per session); IREV_BENCH_YEARS chooses fewer for a quick look.
ARCHIVE_YEARS = int(os.environ.get("IREV_BENCH_YEARS", "20"))


@dataclass(frozen=True)
class Paired:
    """Medians of paired rounds, in seconds, and the median of the per-round ratios."""

    ours: float
    baseline: float
    ratio: float
    rounds: int


def paired_rounds(
    baseline: Callable[[], object], ours: Callable[[], object], rounds: int = 41
) -> Paired:
    """The baseline, then the program's code, ``rounds`` times after one warm-up round;
    each round gives a ratio, and the median of those is kept, so that a machine busier
    at one moment than at another weighs on both sides alike."""
    baseline()
    ours()
    theirs: list[float] = []
    own: list[float] = []
    for _ in range(rounds):
        started = time.perf_counter()
        baseline()
        middle = time.perf_counter()
        ours()
        ended = time.perf_counter()
        theirs.append(middle - started)
        own.append(ended - middle)
    ratios = [o / b for o, b in zip(own, theirs, strict=True)]
    return Paired(
        statistics.median(own), statistics.median(theirs), statistics.median(ratios), rounds
    )


def record(benchmark: Any, paired: Paired, target: float) -> None:
    """The baseline and the ratio beside the benchmark's own figures (``--benchmark-json``)."""
    benchmark.extra_info.update(
        baseline_ms=round(paired.baseline * 1000, 3),
        ours_ms=round(paired.ours * 1000, 3),
        ratio=round(paired.ratio, 3),
        target=target,
        paired_rounds=paired.rounds,
    )


@pytest.fixture(scope="session")
def generated_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The database file of a generated archive of ARCHIVE_YEARS years (never written to
    by the benchmarks: open it read-only)."""
    from irev_desktop.paths import AppPaths
    from irev_desktop.sample_data.generator import generate_archive
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
